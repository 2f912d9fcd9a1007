"""SQLAlchemy 2 typed models. Every schema change also gets an Alembic revision in migrations/."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ProductRecord(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    spec: Mapped[str] = mapped_column(String(40), default="")
    price_fen: Mapped[int] = mapped_column(BigInteger, index=True)
    stock: Mapped[int] = mapped_column(Integer, default=0, index=True)
    merchant_code: Mapped[str | None] = mapped_column(String(64), unique=True)
    origin: Mapped[str] = mapped_column(String(40), default="")
    selling_points: Mapped[str] = mapped_column(Text, default="")
    shop_link: Mapped[str] = mapped_column(String(500), default="")
    low_stock_threshold: Mapped[int] = mapped_column(Integer, default=10)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    has_photo: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class ProductPhotoRecord(Base):
    """Thumbnails live in the database so that every PC sharing it sees them."""

    __tablename__ = "product_photos"

    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), primary_key=True)
    image: Mapped[bytes] = mapped_column(LargeBinary)
    mime: Mapped[str] = mapped_column(String(32))


class StockMovementRecord(Base):
    """One line of the stock ledger (入库, 盘点, 发货, 退回). Append-only: products.stock is the running sum."""

    __tablename__ = "stock_movements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    qty: Mapped[int] = mapped_column(Integer)
    balance: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200), default="")
    who: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("packing_tasks.id", ondelete="SET NULL"), index=True)


class TallyEventRecord(Base):
    """One sale tallied during a live session. Append-only: undo sets `void`."""

    __tablename__ = "tally_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("live_sessions.id", ondelete="RESTRICT"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="RESTRICT"), index=True)
    qty: Mapped[int] = mapped_column(Integer)
    unit_price_fen: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    source: Mapped[str] = mapped_column(String(20), default="desktop")
    void: Mapped[bool] = mapped_column(Boolean, default=False)


class OrderRecord(Base):
    """An order as the platform exported it. Buyer fields are personal data: never logged."""

    __tablename__ = "orders"
    __table_args__ = (UniqueConstraint("platform", "order_no"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(20))
    order_no: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(60), default="", index=True)
    after_sale: Mapped[str] = mapped_column(String(40), default="", server_default="")
    amount_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    shipping_fen: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    goods_fen: Mapped[int | None] = mapped_column(BigInteger)
    buyer_name: Mapped[str] = mapped_column(String(60), default="", server_default="")
    buyer_phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    address: Mapped[str] = mapped_column(String(300), default="", server_default="")
    province: Mapped[str] = mapped_column(String(40), default="", server_default="")
    city: Mapped[str] = mapped_column(String(40), default="", server_default="")
    district: Mapped[str] = mapped_column(String(40), default="", server_default="")
    name_hidden: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    phone_hidden: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    address_hidden: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    buyer_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    seller_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    title_summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    channel: Mapped[str] = mapped_column(String(20), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)  # import time if unknown
    paid_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class OrderItemRecord(Base):
    __tablename__ = "order_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    title: Mapped[str] = mapped_column(String(200))
    qty: Mapped[int] = mapped_column(Integer)
    unit_price_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    merchant_code: Mapped[str] = mapped_column(String(64), default="", server_default="", index=True)
    sku_text: Mapped[str] = mapped_column(String(200), default="", server_default="")
    sub_order_no: Mapped[str] = mapped_column(String(64), default="", server_default="")
    status: Mapped[str] = mapped_column(String(60), default="", server_default="")
    product_id: Mapped[int | None] = mapped_column(
        ForeignKey("products.id", ondelete="RESTRICT"), index=True)


class PendingItemRecord(Base):
    """Taobao item-list lines (ExportOrderDetailList) whose order list has not been imported yet."""

    __tablename__ = "pending_order_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(20))
    order_no: Mapped[str] = mapped_column(String(64), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    qty: Mapped[int] = mapped_column(Integer)
    unit_price_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    merchant_code: Mapped[str] = mapped_column(String(64), default="")
    sku_text: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(60), default="")


class PackingTaskRecord(Base):
    """One parcel to pack for one order. `version` grows with every change; stale changes are refused."""

    __tablename__ = "packing_tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), unique=True)
    state: Mapped[str] = mapped_column(String(20), index=True)
    assignee: Mapped[str] = mapped_column(String(40), default="", index=True)
    courier: Mapped[str] = mapped_column(String(20), default="")
    tracking_no: Mapped[str | None] = mapped_column(String(40), unique=True)
    problem_reason: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    exported_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    # Set on a task whose order was merged into another task's parcel (that task ships it; this one is 已取消).
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("packing_tasks.id", ondelete="SET NULL"), index=True)


class TaskHistoryRecord(Base):
    """Append-only audit of packing-task changes: who moved it from which state to which, when."""

    __tablename__ = "task_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("packing_tasks.id", ondelete="CASCADE"), index=True)
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    who: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    version: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(200))


class TitleRuleRecord(Base):
    """A platform title the user confirmed once as meaning a catalog product."""

    __tablename__ = "title_rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), unique=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class CueDeckRecord(Base):
    """A deck of cue cards kept as the plain text the streamer edits (cards split by '---')."""

    __tablename__ = "cue_decks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    product_id: Mapped[int | None] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), unique=True)
    title: Mapped[str] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class SettingRecord(Base):
    """Settings shared by every PC on the database (per-PC ones live in prefs.json)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class LiveSessionRecord(Base):
    """One stream. Open while `ended_at` is empty; its figures all come from the tally log."""

    __tablename__ = "live_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(80))
    platform: Mapped[str] = mapped_column(String(20))
    goal_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)


class SessionProductRecord(Base):
    """The line-up of a session: position 1 is the platform's 1号链接."""

    __tablename__ = "session_products"

    session_id: Mapped[int] = mapped_column(ForeignKey("live_sessions.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="RESTRICT"), index=True)
    oversell_allowed: Mapped[bool] = mapped_column(Boolean, default=False)


class ExplainSwitchRecord(Base):
    """From `at` on, `product_id` was being explained (empty: nothing)."""

    __tablename__ = "explain_switches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("live_sessions.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class LineupRecord(Base):
    """A saved line-up to start the next stream from."""

    __tablename__ = "lineups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)


class LineupItemRecord(Base):
    __tablename__ = "lineup_items"

    lineup_id: Mapped[int] = mapped_column(ForeignKey("lineups.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))


class HelperRecord(Base):
    """Someone allowed on the LAN helper page. Only the SHA-256 of the token is kept; revoked helpers stay listed."""

    __tablename__ = "helpers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="packer")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    full_address: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # None: until revoked
