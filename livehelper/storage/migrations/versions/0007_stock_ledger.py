"""stock ledger: append-only movements (入库, 盘点, 发货, 退回); each product's 库存 becomes an opening 盘点

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 07:45:00.000000
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

OPENING_REASON = '期初库存'  # what the ledger says for the 库存 a product had before the ledger existed


def upgrade() -> None:
    movements = op.create_table(
        'stock_movements',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('product_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('qty', sa.Integer(), nullable=False),
        sa.Column('balance', sa.Integer(), nullable=False),
        sa.Column('reason', sa.String(length=200), nullable=False),
        sa.Column('who', sa.String(length=40), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('task_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_stock_movements_product_id_products'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['task_id'], ['packing_tasks.id'],
                                name=op.f('fk_stock_movements_task_id_packing_tasks'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_movements')),
    )
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stock_movements_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_movements_task_id'), ['task_id'], unique=False)
    # An earlier database: every product's current 库存 is where its ledger starts.
    products = sa.table('products', sa.column('id', sa.Integer()), sa.column('stock', sa.Integer()))
    rows = op.get_bind().execute(sa.select(products.c.id, products.c.stock).where(
        products.c.stock != 0).order_by(products.c.id)).all()
    now = datetime.now(UTC)
    if rows:
        op.bulk_insert(movements, [
            {'product_id': product_id, 'kind': 'count', 'qty': stock, 'balance': stock, 'reason': OPENING_REASON,
             'who': 'system', 'at': now, 'task_id': None} for product_id, stock in rows])


def downgrade() -> None:
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stock_movements_task_id'))
        batch_op.drop_index(batch_op.f('ix_stock_movements_product_id'))
    op.drop_table('stock_movements')
