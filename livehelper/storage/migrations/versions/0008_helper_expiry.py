"""helpers: an optional expiry for each helper's token (issue 19)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 09:00:00.000000
"""

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('helpers', sa.Column('expires_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('helpers') as batch:
        batch.drop_column('expires_at')
