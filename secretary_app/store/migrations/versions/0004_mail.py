"""Requests from the inbox: imported mails and their attachments, remembered sender
addresses, the administration's mailbox per council.

Revision ID: 0004_mail
Revises: 0004 (the trash index already on main; re-chain at merge)
"""
from alembic import op
import sqlalchemy as sa

revision = "0004_mail"
down_revision = "0004"
branch_labels = None
depends_on = None


def _fk(target: str, nullable: bool = False) -> sa.ForeignKey:
    return sa.ForeignKey(target, ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "mail_message",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("group_id", sa.Integer, _fk("party_group.id"), nullable=False, index=True),
        sa.Column("request_id", sa.Integer, _fk("request.id"), nullable=False, index=True),
        sa.Column("direction", sa.String, nullable=False),
        sa.Column("message_id", sa.String, nullable=False, index=True),
        sa.Column("in_reply_to", sa.String, nullable=False),
        sa.Column("references_json", sa.String, nullable=False),
        sa.Column("conversation_key", sa.String, nullable=False, index=True),
        sa.Column("topic", sa.String, nullable=False),
        sa.Column("subject", sa.String, nullable=False),
        sa.Column("sender_name", sa.String, nullable=False),
        sa.Column("sender_address", sa.String, nullable=False),
        sa.Column("sent_at", sa.DateTime, nullable=True),
        sa.Column("body_text", sa.String, nullable=False),
        sa.Column("new_text", sa.String, nullable=False),
        sa.Column("original_name", sa.String, nullable=False),
        sa.Column("original_sha256", sa.String, nullable=False, index=True),
        sa.Column("stored_dir", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_mail_message_topic", "mail_message", ["group_id", "topic"])
    op.create_table(
        "mail_attachment",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("mail_id", sa.Integer, _fk("mail_message.id"), nullable=False, index=True),
        sa.Column("request_id", sa.Integer, _fk("request.id"), nullable=False, index=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("content_type", sa.String, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("stored_name", sa.String, nullable=False),
        sa.Column("inline", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "member_mail_address",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("member_id", sa.Integer, _fk("member.id"), nullable=False, index=True),
        sa.Column("address", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("member_id", "address", name="uq_member_mail_address"),
    )
    op.create_table(
        "council_mailbox",
        sa.Column("council_id", sa.Integer, _fk("council.id"), primary_key=True),
        sa.Column("admin_address", sa.String, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("council_mailbox")
    op.drop_table("member_mail_address")
    op.drop_table("mail_attachment")
    op.drop_index("ix_mail_message_topic", "mail_message")
    op.drop_table("mail_message")
