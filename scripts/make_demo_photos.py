"""Draw the demo product photos shipped in resources/demo/ (original pictures, made with Pillow).

Run once when the demo catalog changes: python scripts/make_demo_photos.py
It needs a CJK font for the labels (Debian: fonts-wqy-microhei).
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parents[1] / "resources" / "demo"
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SIZE = 480


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT, size)


def backdrop(top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Image.Image:
    image = Image.new("RGB", (SIZE, SIZE))
    draw = ImageDraw.Draw(image)
    for y in range(SIZE):
        t = y / SIZE
        draw.line([(0, y), (SIZE, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=False)))
    return image


def grains(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], colours: list[tuple[int, int, int]],
           count: int, radius: int, seed: int) -> None:
    rng = random.Random(seed)
    x0, y0, x1, y1 = box
    for _ in range(count):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        r = radius * rng.uniform(0.7, 1.2)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=rng.choice(colours))


def label(draw: ImageDraw.ImageDraw, text: str, sub: str, centre_y: int, colour: str = "#5a2d0c") -> None:
    draw.text((SIZE // 2, centre_y), text, font=font(34), fill=colour, anchor="mm")
    draw.text((SIZE // 2, centre_y + 40), sub, font=font(24), fill=colour, anchor="mm")


def bag(name: str, sub: str, bag_colour: str, fill: list[tuple[int, int, int]], seed: int) -> Image.Image:
    image = backdrop((250, 244, 230), (226, 214, 190))
    draw = ImageDraw.Draw(image)
    draw.ellipse([60, 400, 420, 450], fill=(200, 186, 160))
    draw.rounded_rectangle([110, 90, 370, 420], radius=36, fill=bag_colour, outline="#7a5a30", width=4)
    draw.rectangle([110, 90, 370, 120], fill="#8b6a3e")
    draw.rounded_rectangle([140, 150, 340, 260], radius=18, fill="#fffaf0")
    label(draw, name, sub, 190)
    grains(draw, (40, 380, 440, 460), fill, 500, 5, seed)
    return image


def jar(name: str, sub: str) -> Image.Image:
    image = backdrop((236, 246, 236), (200, 224, 204))
    draw = ImageDraw.Draw(image)
    draw.ellipse([90, 400, 390, 450], fill=(170, 196, 170))
    draw.rounded_rectangle([130, 130, 350, 420], radius=30, fill=(245, 250, 245), outline="#6d8f6d", width=4)
    draw.rounded_rectangle([150, 95, 330, 140], radius=10, fill="#3f7a4a")
    rng = random.Random(7)
    for _ in range(70):
        x, y = rng.uniform(150, 330), rng.uniform(300, 405)
        draw.ellipse([x - 14, y - 5, x + 14, y + 5], fill=rng.choice([(250, 248, 220), (240, 214, 120)]))
    draw.rounded_rectangle([150, 170, 330, 280], radius=12, fill="#fffdf5")
    label(draw, name, sub, 205, "#2f5a35")
    return image


def giftbox(name: str, sub: str) -> Image.Image:
    image = backdrop((252, 236, 228), (236, 200, 186))
    draw = ImageDraw.Draw(image)
    draw.ellipse([60, 405, 420, 455], fill=(205, 160, 150))
    draw.rectangle([80, 150, 400, 420], fill="#b3261e", outline="#7d1a15", width=4)
    draw.rectangle([70, 130, 410, 180], fill="#c8372d", outline="#7d1a15", width=4)
    draw.rectangle([225, 130, 255, 420], fill="#f2c14e")
    draw.polygon([(240, 130), (180, 80), (200, 130)], fill="#f2c14e")
    draw.polygon([(240, 130), (300, 80), (280, 130)], fill="#f2c14e")
    draw.rounded_rectangle([110, 230, 370, 340], radius=14, fill="#fff6e8")
    label(draw, name, sub, 265, "#8a1c15")
    return image


def crisps(name: str, sub: str) -> Image.Image:
    image = bag(name, sub, "#e9a23b", [(230, 170, 60), (200, 130, 40)], 3)
    draw = ImageDraw.Draw(image)
    rng = random.Random(11)
    for _ in range(14):
        x, y = rng.uniform(50, 430), rng.uniform(395, 450)
        draw.rounded_rectangle([x - 22, y - 12, x + 22, y + 12], radius=5, fill=(214, 150, 52),
                               outline=(170, 110, 30))
    return image


def noodles(name: str, sub: str) -> Image.Image:
    image = backdrop((246, 242, 232), (220, 212, 196))
    draw = ImageDraw.Draw(image)
    for i in range(60):
        x = 150 + i * 3
        draw.line([(x, 120), (x + 8, 420)], fill=(236, 222, 180) if i % 2 else (218, 198, 150), width=3)
    draw.rectangle([140, 240, 340, 300], fill="#a33b2a")
    draw.text((SIZE // 2, 270), name, font=font(34), fill="#fff4e0", anchor="mm")
    draw.text((SIZE // 2, 350), sub, font=font(24), fill="#5a2d0c", anchor="mm")
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    pictures = {
        "millet.jpg": bag("米脂黄小米", "2.5kg/袋", "#d9b26f", [(242, 196, 60), (230, 176, 40)], 1),
        "honeysuckle.jpg": jar("巨鹿金银花", "50g/罐"),
        "crisps.jpg": crisps("小米锅巴", "200g×3袋"),
        "giftbox.jpg": giftbox("富硒小米礼盒", "1.5kg/盒"),
        "dates.jpg": bag("佳县红枣", "500g/袋", "#c9a27a", [(150, 30, 30), (120, 20, 25)], 5),
        "noodles.jpg": noodles("杂粮挂面", "1kg/把"),
    }
    for name, picture in pictures.items():
        picture.filter(ImageFilter.SMOOTH).save(OUT / name, "JPEG", quality=82, optimize=True)
        print(OUT / name, (OUT / name).stat().st_size)


if __name__ == "__main__":
    main()
