"""Foundation: council, party groups, members, task-type catalogue.

Revision ID: 0001
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "council",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False, unique=True),
        sa.Column("extra_closing_days", sa.String, nullable=False, server_default="[]"),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "party_group",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("council_id", sa.Integer, sa.ForeignKey("council.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("list_letter", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("council_id", "name", name="uq_party_group_name"),
        sa.UniqueConstraint("council_id", "list_letter", name="uq_party_group_letter"),
    )
    op.create_table(
        "member",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("group_id", sa.Integer, sa.ForeignKey("party_group.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("committees", sa.String, nullable=False, server_default=""),
        sa.Column("email", sa.String, nullable=False, server_default=""),
        sa.Column("phone", sa.String, nullable=False, server_default=""),
        sa.Column("active_from", sa.Date, nullable=True),
        sa.Column("active_to", sa.Date, nullable=True),
        sa.Column("words_per_minute", sa.Integer, nullable=False, server_default="130"),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "task_type",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("group_id", sa.Integer, sa.ForeignKey("party_group.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("code", sa.String, nullable=False),
        sa.Column("label_da", sa.String, nullable=False),
        sa.Column("label_en", sa.String, nullable=False, server_default=""),
        sa.Column("description", sa.String, nullable=False, server_default=""),
        sa.Column("legal_note", sa.String, nullable=False, server_default=""),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.UniqueConstraint("group_id", "code", name="uq_task_type_code"),
    )


def downgrade() -> None:
    for table in ("task_type", "member", "party_group", "council"):
        op.drop_table(table)
