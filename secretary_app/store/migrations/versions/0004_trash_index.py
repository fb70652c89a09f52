"""A partial index for the board's trash: counting a group's deleted requests stays instant
on a store of 100,000 requests (it scanned the whole group before).

Revision ID: 0004
Revises: 0003
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_request_trash ON request (group_id) WHERE deleted_at IS NOT NULL")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_request_trash")
