"""The third-party libraries LiveHelper ships with, and their licences, read from the installed packages.

The About dialog lists them; build.spec bundles the same packages' metadata so that the frozen app can read it.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, distribution

# Distribution names as on PyPI, the runtime dependencies and what they bring along; missing ones are skipped.
BUNDLED_DISTRIBUTIONS = (
    "PySide6-Essentials", "shiboken6", "SQLAlchemy", "alembic", "Mako", "MarkupSafe", "platformdirs", "Pillow",
    "qrcode", "openpyxl", "et-xmlfile", "xlrd", "msoffcrypto-tool", "olefile", "cryptography", "cffi", "pycparser",
    "requests", "urllib3", "certifi", "idna", "charset-normalizer", "fastapi",
    "starlette", "pydantic", "pydantic-core", "uvicorn", "h11", "anyio", "click", "psycopg", "psycopg-binary",
    "typing-extensions",
)
MAX_LICENCE_LENGTH = 60  # some packages put the whole licence text in the field: the first line is enough


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


def licence_of(name: str) -> str:
    metadata = distribution(name).metadata
    expression = metadata.get("License-Expression")
    if expression:
        return expression
    text = (metadata.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= MAX_LICENCE_LENGTH:
        return text
    classifiers = [value.split("::")[-1].strip() for value in metadata.get_all("Classifier") or []
                   if value.startswith("License ::")]
    if classifiers:
        return " / ".join(classifiers)
    return text.splitlines()[0][:MAX_LICENCE_LENGTH] if text else "?"


def bundled_libraries() -> list[Library]:
    """Python itself first, then every bundled distribution that is installed, in the order above."""
    libraries = [Library("Python", platform.python_version(), "PSF-2.0")]
    for name in BUNDLED_DISTRIBUTIONS:
        try:
            libraries.append(Library(name, distribution(name).version, licence_of(name)))
        except PackageNotFoundError:
            continue
    return libraries
