"""Data safety: an append-only audit log of erasures and other data-protection events.

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        # The group survives in the log by id only; no names or text about a person.
        sa.Column("group_id", sa.Integer, sa.ForeignKey("party_group.id", ondelete="SET NULL"),
                  nullable=True, index=True),
        sa.Column("summary_json", sa.String, nullable=False, server_default="{}"),
    )
    op.execute(
        """
        CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
        WHEN NEW.kind IS NOT OLD.kind OR NEW.summary_json IS NOT OLD.summary_json
          OR NEW.at IS NOT OLD.at
        BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END
        """
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
    op.drop_table("audit_event")
