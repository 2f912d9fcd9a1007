"""Product photos and QR codes as image bytes, made with Pillow and qrcode (no Qt)."""

from __future__ import annotations

import io

from livehelper.domain.errors import UnreadableFileError
from livehelper.domain.messages import Message

THUMBNAIL_SIZE = (480, 480)
MAX_SOURCE_BYTES = 40 * 1024 * 1024


def make_thumbnail(data: bytes, source: str) -> tuple[bytes, str]:
    """A JPEG thumbnail (at most 480×480) of any image Pillow reads; (bytes, mime type)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if len(data) > MAX_SOURCE_BYTES:
        raise UnreadableFileError(Message("{source} is larger than 40 MB", source=source))
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            picture = ImageOps.exif_transpose(image).convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise UnreadableFileError(Message(
            "{source} is not an image that can be read (JPEG, PNG, WebP, BMP or GIF)", source=source)) from error
    picture.thumbnail(THUMBNAIL_SIZE)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue(), "image/jpeg"


def qr_png(text: str, box_size: int = 10) -> bytes:
    """A PNG of the QR code for `text` (a shop link)."""
    import qrcode
    from qrcode.image.pil import PilImage

    code = qrcode.QRCode(border=2, box_size=box_size, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    out = io.BytesIO()
    code.make_image(image_factory=PilImage).save(out, "PNG")
    return out.getvalue()
