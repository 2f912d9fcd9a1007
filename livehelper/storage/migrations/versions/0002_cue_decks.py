"""cue decks and shared settings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 11:06:24.397915
"""

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('cue_decks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=60), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_cue_decks_product_id_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cue_decks')),
    sa.UniqueConstraint('product_id', name=op.f('uq_cue_decks_product_id'))
    )
    with op.batch_alter_table('cue_decks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cue_decks_kind'), ['kind'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('cue_decks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cue_decks_kind'))

    op.drop_table('cue_decks')
    op.drop_table('settings')

