"""An imported file's orders as the import preview lists them: order number, masked buyer, items, amount, state.

The preview is shown on the seller's own screen, but it is often shared (a screenshot to a helper, a screen
recording): buyers are masked as everywhere else (`masking`), and a virtual number shows its extension.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from livehelper.domain.masking import mask_name, show_phone
from livehelper.domain.messages import Message
from livehelper.domain.money import format_fen
from livehelper.domain.orders import Order, OrderLine

MAX_ROWS = 500  # the preview lists the first orders; the counts above it cover the whole file


@dataclass(frozen=True)
class PreviewRow:
    order_no: str
    buyer: str  # 王* 138****5678 · 浙江省 杭州市
    items: str  # 米脂黄小米 ×2，小米锅巴 ×1 (or the order list's title text)
    amount: str  # 59.80
    status: str  # the platform's status text
    packs: bool  # becomes a packing task


def _items(order: Order, lines: Iterable[OrderLine]) -> str:
    listed = "，".join(f"{line.title} ×{line.qty}" for line in lines)
    if listed:
        return listed
    if order.title_summary:
        count = f" ×{order.item_count}" if order.item_count else ""
        return f"{order.title_summary}{count}"
    return ""


def preview_rows(orders: Iterable[Order], limit: int = MAX_ROWS) -> list[PreviewRow]:
    rows = []
    for order in orders:
        if len(rows) >= limit:
            break
        buyer = order.buyer
        name = "" if buyer.name_hidden and "*" not in buyer.name else mask_name(buyer.name)
        phone = "" if buyer.phone_hidden and "*" not in buyer.phone else show_phone(buyer.phone)
        place = " ".join(part for part in (buyer.province, buyer.city) if part)
        who = " ".join(part for part in (name, phone) if part)
        rows.append(PreviewRow(order.order_no, " · ".join(part for part in (who, place) if part),
                               _items(order, order.lines), format_fen(order.paid_fen or 0), order.status,
                               order.awaiting_shipment))
    return rows


NO_ADDRESS_ON_TASK = Message("the export had no address: print the label in the platform's own shipping tool")


def task_gaps(platform: str, has_items: bool, title_summary: str, has_address: bool) -> tuple[Message, ...]:
    """What a packing task cannot show because its order's file lacked it, and what to do (issue 15): a Taobao
    order list without its item list, an export without the recipient (拼多多's 27 columns, 千牛's 14)."""
    gaps: list[Message] = []
    if not has_items and platform != "manual":
        if platform == "taobao":
            gaps.append(Message("no item lines yet ({title}): import the Taobao item list (ExportOrderDetailList / "
                                "销售明细) of the same orders", title=title_summary or "—"))
        elif title_summary:
            gaps.append(Message("the export names the items only as: {title}", title=title_summary))
    if not has_address:
        gaps.append(NO_ADDRESS_ON_TASK)
    return tuple(gaps)
