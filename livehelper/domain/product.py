"""Products of the catalog: the values a user enters and the rules they must satisfy."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from livehelper.domain.errors import ValidationError
from livehelper.domain.messages import Message
from livehelper.domain.money import MAX_PRICE_FEN, format_fen

MAX_STOCK = 10_000_000
DEFAULT_LOW_STOCK = 10
_MERCHANT_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-/]*$")
_LINK = re.compile(r"^https?://\S+$", re.IGNORECASE)
_LIMITS = {"name": 60, "spec": 40, "merchant_code": 64, "origin": 40, "selling_points": 1000,
           "shop_link": 500}


@dataclass(frozen=True)
class ProductDraft:
    """What the user typed for a product, before or without a database id."""

    name: str
    price_fen: int
    spec: str = ""
    stock: int = 0
    merchant_code: str = ""
    origin: str = ""
    selling_points: str = ""
    shop_link: str = ""
    low_stock_threshold: int = DEFAULT_LOW_STOCK
    active: bool = True

    @property
    def label(self) -> str:
        """How lists name the product (product_label)."""
        return product_label(self.name, self.spec)

    def normalised(self) -> ProductDraft:
        """Strip surrounding whitespace from every text field."""
        changes = {f.name: getattr(self, f.name).strip() for f in fields(self)
                   if isinstance(getattr(self, f.name), str)}
        return replace(self, **changes)

    def validate(self) -> ProductDraft:
        """Return the normalised draft or raise ValidationError for the first bad field."""
        draft = self.normalised()
        if not draft.name:
            raise ValidationError("name", Message("a name is required"))
        for name, limit in _LIMITS.items():
            if len(getattr(draft, name)) > limit:
                raise ValidationError(name, Message("at most {limit} characters", limit=limit))
        if draft.price_fen < 0:
            raise ValidationError("price_fen", Message("a price cannot be negative"))
        if draft.price_fen > MAX_PRICE_FEN:
            raise ValidationError("price_fen", Message(
                "'{value}' is too large for a price (at most 1,000,000.00 yuan)", value=format_fen(draft.price_fen)))
        if not 0 <= draft.stock <= MAX_STOCK:
            raise ValidationError("stock", Message(
                "stock must be a whole number from 0 to {maximum}", maximum=MAX_STOCK))
        if not 0 <= draft.low_stock_threshold <= MAX_STOCK:
            raise ValidationError("low_stock_threshold", Message(
                "the low-stock level must be a whole number from 0 to {maximum}", maximum=MAX_STOCK))
        if draft.merchant_code and not _MERCHANT_CODE.match(draft.merchant_code):
            raise ValidationError("merchant_code", Message(
                "'{value}' is not a merchant code (letters, digits and - _ . / only)",
                value=draft.merchant_code))
        if draft.shop_link and not _LINK.match(draft.shop_link):
            raise ValidationError("shop_link", Message(
                "'{value}' is not a web link (it should start with https://)", value=draft.shop_link))
        return draft


@dataclass(frozen=True)
class Product(ProductDraft):
    id: int = 0
    version: int = 1
    has_photo: bool = False
    reserved: int = 0  # 占用: units in packing tasks not yet shipped (derived, see domain/stock.py)

    @property
    def on_hand(self) -> int:
        """在库: `stock` is the on-hand figure, changed only through stock movements."""
        return self.stock

    @property
    def available(self) -> int:
        """可售 = on hand − reserved: what low-stock and sold-out warnings are about."""
        return self.stock - self.reserved

    @property
    def is_low_stock(self) -> bool:
        return self.available <= self.low_stock_threshold

    def draft(self) -> ProductDraft:
        return ProductDraft(**{f.name: getattr(self, f.name) for f in fields(ProductDraft)})


def product_label(name: str, spec: str) -> str:
    """How lists name a product: 米脂黄小米 2.5kg/袋 (the spec may be empty)."""
    return f"{name} {spec}".strip()


def parse_count(text: str, field_name: str) -> int:
    """Parse a stock-like whole number typed by a person ("120", " 1,200 ", "120件")."""
    cleaned = text.strip().replace(",", "").removesuffix("件").removesuffix("个").strip()
    if not cleaned.isdigit() or not cleaned.isascii():
        raise ValidationError(field_name, Message(
            "'{value}' is not a whole number (expected e.g. 120)", value=text.strip()))
    value = int(cleaned) if len(cleaned.lstrip("0")) <= 9 else MAX_STOCK + 1
    if value > MAX_STOCK:
        raise ValidationError(field_name, Message(
            "'{value}' is too large (at most {maximum})", value=text.strip(), maximum=MAX_STOCK))
    return value
