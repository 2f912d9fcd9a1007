"""parcels: tasks merged into another task's parcel; orders found by payment time

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 09:12:40.118302
"""

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('packing_tasks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_packing_tasks_merged_into_id'), ['merged_into_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_packing_tasks_merged_into_id_packing_tasks'), 'packing_tasks',
                                    ['merged_into_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_orders_paid_at'), ['paid_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_orders_paid_at'))

    with op.batch_alter_table('packing_tasks', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_packing_tasks_merged_into_id_packing_tasks'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_packing_tasks_merged_into_id'))
        batch_op.drop_column('merged_into_id')
