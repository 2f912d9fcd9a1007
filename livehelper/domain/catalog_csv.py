"""The catalog CSV format: columns, parsing rows into product drafts, and writing them back."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from livehelper.domain.csv_text import decode_text, read_rows, unneutralise, write_csv
from livehelper.domain.errors import ImportRejected, RowProblem, UnreadableFileError, ValidationError
from livehelper.domain.messages import Message
from livehelper.domain.money import format_fen, parse_fen
from livehelper.domain.product import DEFAULT_LOW_STOCK, ProductDraft, parse_count

# field -> (Chinese header written on export, accepted header spellings)
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "merchant_code": ("商家编码", ("商家编码", "merchant_code", "sku")),
    "name": ("名称", ("名称", "商品名称", "name")),
    "spec": ("规格", ("规格", "spec")),
    "price_fen": ("价格", ("价格", "价格(元)", "price")),
    "stock": ("库存", ("库存", "stock")),
    "origin": ("产地", ("产地", "origin")),
    "selling_points": ("卖点", ("卖点", "selling_points")),
    "shop_link": ("店铺链接", ("店铺链接", "链接", "shop_link")),
    "low_stock_threshold": ("预警库存", ("预警库存", "low_stock_threshold")),
    "active": ("状态", ("状态", "active")),
}
REQUIRED = ("name", "price_fen")
ACTIVE_WORDS = {"在售": True, "上架": True, "active": True, "1": True, "yes": True,
                "停售": False, "下架": False, "inactive": False, "0": False, "no": False}


@dataclass(frozen=True)
class CatalogRow:
    row: int
    draft: ProductDraft
    fields: frozenset[str] = frozenset(COLUMNS)  # the columns the file has


def _header_map(header: list[str], source: str) -> dict[str, int]:
    wanted = {alias.lower(): field for field, (_, aliases) in COLUMNS.items() for alias in aliases}
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        field = wanted.get(cell.strip().lstrip("\ufeff").lower())
        if field and field not in found:
            found[field] = index
    missing = [COLUMNS[f][0] for f in REQUIRED if f not in found]
    if missing:
        raise UnreadableFileError(Message(
            "{source} is not a catalog file: column {columns} is missing (found: {found})",
            source=source, columns="、".join(missing), found="、".join(h.strip() for h in header[:8])))
    return found


def _field_value(field: str, text: str) -> object:
    if field == "price_fen":
        return parse_fen(text, field)
    if field in ("stock", "low_stock_threshold"):
        return parse_count(text, field) if text.strip() else (0 if field == "stock" else DEFAULT_LOW_STOCK)
    if field == "active":
        key = text.strip().lower()
        if not key:
            return True
        if key not in ACTIVE_WORDS:
            raise ValidationError(field, Message("'{value}' should be 在售 or 停售", value=text.strip()))
        return ACTIVE_WORDS[key]
    return unneutralise(text)


def parse_catalog(data: bytes, source: str) -> list[CatalogRow]:
    """Every row of a catalog CSV as a validated draft, or ImportRejected listing every bad row."""
    rows = read_rows(decode_text(data, source))
    while rows and not any(cell.strip() for cell in rows[0]):
        rows.pop(0)
    if not rows:
        raise UnreadableFileError(Message("{source} is empty", source=source))
    columns = _header_map(rows[0], source)
    parsed: list[CatalogRow] = []
    problems: list[RowProblem] = []
    codes_seen: dict[str, int] = {}
    for offset, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        values: dict[str, object] = {}
        try:
            for field, index in columns.items():
                values[field] = _field_value(field, cells[index] if index < len(cells) else "")
            draft = ProductDraft(**values).validate()  # type: ignore[arg-type]
        except ValidationError as error:
            problems.append(RowProblem(offset, COLUMNS[error.field_name][0], error.message))
            continue
        if draft.merchant_code:
            first = codes_seen.setdefault(draft.merchant_code, offset)
            if first != offset:
                problems.append(RowProblem(offset, COLUMNS["merchant_code"][0], Message(
                    "'{code}' is already used in row {row}", code=draft.merchant_code, row=first)))
                continue
        parsed.append(CatalogRow(offset, draft, frozenset(columns)))
    if problems:
        raise ImportRejected(problems)
    return parsed


def catalog_csv(drafts: Iterable[ProductDraft]) -> bytes:
    header = [chinese for chinese, _ in COLUMNS.values()]
    rows = ([d.merchant_code, d.name, d.spec, format_fen(d.price_fen), d.stock, d.origin, d.selling_points,
             d.shop_link, d.low_stock_threshold, "在售" if d.active else "停售"] for d in drafts)
    return write_csv(header, rows)
