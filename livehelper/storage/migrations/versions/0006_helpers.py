"""helpers: people allowed on the LAN helper page, each with a hashed token and a role

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 14:30:00.000000
"""

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'helpers',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('token_hash', sa.String(length=64), nullable=False),
        sa.Column('full_address', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_helpers')),
        sa.UniqueConstraint('name', name=op.f('uq_helpers_name')),
        sa.UniqueConstraint('token_hash', name=op.f('uq_helpers_token_hash')),
    )


def downgrade() -> None:
    op.drop_table('helpers')
