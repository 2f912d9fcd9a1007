"""Shipped packing tasks not yet in a bulk-shipping file, with their order's platform (issue 15)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from livehelper.domain.tasks import TaskState
from livehelper.storage.models import OrderRecord, PackingTaskRecord

ShippedRow = tuple[int, str, str, str, str]  # task id, platform, order number, courier code, tracking number


def shipped_not_exported(session: Session) -> list[ShippedRow]:
    """Oldest change first, as the batch files list them."""
    rows = session.execute(select(
        PackingTaskRecord.id, OrderRecord.platform, OrderRecord.order_no, PackingTaskRecord.courier,
        PackingTaskRecord.tracking_no).join(OrderRecord, OrderRecord.id == PackingTaskRecord.order_id).where(
        PackingTaskRecord.state == TaskState.SHIPPED.value, PackingTaskRecord.exported_at.is_(None)).order_by(
        PackingTaskRecord.updated_at, PackingTaskRecord.id))
    return [(task_id, platform, order_no, courier or "", tracking or "")
            for task_id, platform, order_no, courier, tracking in rows]
