"""orders and tasks

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 12:47:21.646239
"""

import sqlalchemy as sa
from alembic import op


# SQLite adds a column in place only with a constant default; anything else rebuilds the orders table, and
# dropping the old one would cascade to order_items. Rows that exist get their created_at instead.
EPOCH = '1970-01-01 00:00:00'

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pending_order_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=20), nullable=False),
    sa.Column('order_no', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.Column('unit_price_fen', sa.BigInteger(), nullable=False),
    sa.Column('merchant_code', sa.String(length=64), nullable=False),
    sa.Column('sku_text', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pending_order_items'))
    )
    with op.batch_alter_table('pending_order_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pending_order_items_order_no'), ['order_no'], unique=False)

    op.create_table('packing_tasks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('assignee', sa.String(length=40), nullable=False),
    sa.Column('courier', sa.String(length=20), nullable=False),
    sa.Column('tracking_no', sa.String(length=40), nullable=True),
    sa.Column('problem_reason', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('exported_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_packing_tasks_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_packing_tasks')),
    sa.UniqueConstraint('order_id', name=op.f('uq_packing_tasks_order_id')),
    sa.UniqueConstraint('tracking_no', name=op.f('uq_packing_tasks_tracking_no'))
    )
    with op.batch_alter_table('packing_tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_packing_tasks_assignee'), ['assignee'], unique=False)
        batch_op.create_index(batch_op.f('ix_packing_tasks_exported_at'), ['exported_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_packing_tasks_state'), ['state'], unique=False)

    op.create_table('title_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_title_rules_product_id_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_title_rules')),
    sa.UniqueConstraint('title', name=op.f('uq_title_rules_title'))
    )
    with op.batch_alter_table('title_rules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_title_rules_product_id'), ['product_id'], unique=False)

    op.create_table('task_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('from_state', sa.String(length=20), nullable=True),
    sa.Column('to_state', sa.String(length=20), nullable=False),
    sa.Column('who', sa.String(length=40), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['task_id'], ['packing_tasks.id'], name=op.f('fk_task_history_task_id_packing_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_history'))
    )
    with op.batch_alter_table('task_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_history_task_id'), ['task_id'], unique=False)

    with op.batch_alter_table('order_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('position', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('merchant_code', sa.String(length=64), server_default='', nullable=False))
        batch_op.add_column(sa.Column('sku_text', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('sub_order_no', sa.String(length=64), server_default='', nullable=False))
        batch_op.add_column(sa.Column('status', sa.String(length=60), server_default='', nullable=False))
        batch_op.create_index(batch_op.f('ix_order_items_merchant_code'), ['merchant_code'], unique=False)

    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('after_sale', sa.String(length=40), server_default='', nullable=False))
        batch_op.add_column(sa.Column('shipping_fen', sa.BigInteger(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('goods_fen', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('buyer_name', sa.String(length=60), server_default='', nullable=False))
        batch_op.add_column(sa.Column('buyer_phone', sa.String(length=40), server_default='', nullable=False))
        batch_op.add_column(sa.Column('address', sa.String(length=300), server_default='', nullable=False))
        batch_op.add_column(sa.Column('province', sa.String(length=40), server_default='', nullable=False))
        batch_op.add_column(sa.Column('city', sa.String(length=40), server_default='', nullable=False))
        batch_op.add_column(sa.Column('district', sa.String(length=40), server_default='', nullable=False))
        batch_op.add_column(sa.Column('name_hidden', sa.Boolean(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('phone_hidden', sa.Boolean(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('address_hidden', sa.Boolean(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('buyer_note', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('seller_note', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('title_summary', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('channel', sa.String(length=20), server_default='', nullable=False))
        batch_op.add_column(sa.Column('paid_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('imported_at', sa.DateTime(timezone=True), server_default=EPOCH, nullable=False))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), server_default=EPOCH, nullable=False))
        batch_op.create_index(batch_op.f('ix_orders_status'), ['status'], unique=False)

    op.execute(sa.text("UPDATE orders SET imported_at = created_at, updated_at = created_at"))



def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_orders_status'))
        batch_op.drop_column('updated_at')
        batch_op.drop_column('imported_at')
        batch_op.drop_column('paid_at')
        batch_op.drop_column('channel')
        batch_op.drop_column('title_summary')
        batch_op.drop_column('seller_note')
        batch_op.drop_column('buyer_note')
        batch_op.drop_column('address_hidden')
        batch_op.drop_column('phone_hidden')
        batch_op.drop_column('name_hidden')
        batch_op.drop_column('district')
        batch_op.drop_column('city')
        batch_op.drop_column('province')
        batch_op.drop_column('address')
        batch_op.drop_column('buyer_phone')
        batch_op.drop_column('buyer_name')
        batch_op.drop_column('goods_fen')
        batch_op.drop_column('shipping_fen')
        batch_op.drop_column('after_sale')

    with op.batch_alter_table('order_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_items_merchant_code'))
        batch_op.drop_column('status')
        batch_op.drop_column('sub_order_no')
        batch_op.drop_column('sku_text')
        batch_op.drop_column('merchant_code')
        batch_op.drop_column('position')

    with op.batch_alter_table('task_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_history_task_id'))

    op.drop_table('task_history')
    with op.batch_alter_table('title_rules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_title_rules_product_id'))

    op.drop_table('title_rules')
    with op.batch_alter_table('packing_tasks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_packing_tasks_state'))
        batch_op.drop_index(batch_op.f('ix_packing_tasks_exported_at'))
        batch_op.drop_index(batch_op.f('ix_packing_tasks_assignee'))

    op.drop_table('packing_tasks')
    with op.batch_alter_table('pending_order_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pending_order_items_order_no'))

    op.drop_table('pending_order_items')
