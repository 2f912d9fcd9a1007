"""Render resources/icons/livehelper.svg into the PNGs the app uses and the .ico the Windows build uses.

    python scripts/make_icons.py

Each size is rendered from the SVG on its own (not scaled down from the biggest), so the 16 px icon stays sharp.
The generated files are committed; run this again after editing the SVG.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "livehelper.svg"
PNG_SIZES = (16, 32, 48, 256)  # what QIcon picks from: title bar, taskbar, alt-tab, about dialog
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # Windows shell sizes at 100–200 % scaling


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    rendered = {size: render_png(size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        target = ICONS / f"livehelper-{size}.png"
        target.write_bytes(rendered[size])
        print(f"wrote {target.relative_to(ROOT)}")
    images = [Image.open(io.BytesIO(rendered[size])).convert("RGBA") for size in ICO_SIZES]
    ico = ICONS / "livehelper.ico"
    images[-1].save(ico, format="ICO", sizes=[(size, size) for size in ICO_SIZES], append_images=images[:-1])
    print(f"wrote {ico.relative_to(ROOT)} ({', '.join(map(str, ICO_SIZES))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
