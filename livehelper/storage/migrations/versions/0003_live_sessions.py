"""live sessions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 11:42:14.861245
"""

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('lineups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lineups')),
    sa.UniqueConstraint('name', name=op.f('uq_lineups_name'))
    )
    op.create_table('live_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=80), nullable=False),
    sa.Column('platform', sa.String(length=20), nullable=False),
    sa.Column('goal_fen', sa.BigInteger(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_live_sessions'))
    )
    with op.batch_alter_table('live_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_live_sessions_ended_at'), ['ended_at'], unique=False)

    op.create_table('explain_switches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_explain_switches_product_id_products'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['live_sessions.id'], name=op.f('fk_explain_switches_session_id_live_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_explain_switches'))
    )
    with op.batch_alter_table('explain_switches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_explain_switches_session_id'), ['session_id'], unique=False)

    op.create_table('lineup_items',
    sa.Column('lineup_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['lineup_id'], ['lineups.id'], name=op.f('fk_lineup_items_lineup_id_lineups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_lineup_items_product_id_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('lineup_id', 'position', name=op.f('pk_lineup_items'))
    )
    op.create_table('session_products',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('oversell_allowed', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_session_products_product_id_products'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['session_id'], ['live_sessions.id'], name=op.f('fk_session_products_session_id_live_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', 'position', name=op.f('pk_session_products'))
    )
    with op.batch_alter_table('session_products', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_products_product_id'), ['product_id'], unique=False)

    with op.batch_alter_table('tally_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_tally_events_session_id'), ['session_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_tally_events_session_id_live_sessions'), 'live_sessions', ['session_id'], ['id'], ondelete='RESTRICT')




def downgrade() -> None:

    with op.batch_alter_table('tally_events', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_tally_events_session_id_live_sessions'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_tally_events_session_id'))
        batch_op.drop_column('session_id')

    with op.batch_alter_table('session_products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_products_product_id'))

    op.drop_table('session_products')
    op.drop_table('lineup_items')
    with op.batch_alter_table('explain_switches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_explain_switches_session_id'))

    op.drop_table('explain_switches')
    with op.batch_alter_table('live_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_live_sessions_ended_at'))

    op.drop_table('live_sessions')
    op.drop_table('lineups')

