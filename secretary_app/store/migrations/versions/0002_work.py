"""The work: requests, time entries, guard audit log, drafts, meetings, search.

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None



def upgrade() -> None:
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("group_id", sa.Integer, sa.ForeignKey("party_group.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("uid", sa.String, nullable=False, unique=True),
        sa.Column("body_kind", sa.String, nullable=False, server_default="council"),
        sa.Column("body_name", sa.String, nullable=False, server_default=""),
        sa.Column("title", sa.String, nullable=False, server_default=""),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("start_time", sa.Time, nullable=True),
        sa.Column("end_time", sa.Time, nullable=True),
        sa.Column("place", sa.String, nullable=False, server_default=""),
        sa.Column("group_meeting_start", sa.Time, nullable=True),
        sa.Column("group_meeting_end", sa.Time, nullable=True),
        sa.Column("notes", sa.String, nullable=False, server_default=""),
        sa.Column("source", sa.String, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("number", sa.String, nullable=False),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("case_number", sa.String, nullable=False, server_default=""),
        sa.Column("initials", sa.String, nullable=False, server_default=""),
        sa.Column("sections_json", sa.String, nullable=False, server_default="{}"),
        sa.Column("attachments", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "request",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("group_id", sa.Integer, sa.ForeignKey("party_group.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("member_id", sa.Integer, sa.ForeignKey("member.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("task_type_id", sa.Integer, sa.ForeignKey("task_type.id", ondelete="RESTRICT"), nullable=False, index=True),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("description", sa.String, nullable=False, server_default=""),
        sa.Column("channel", sa.String, nullable=False, server_default="email"),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("due_date", sa.Date, nullable=True),
        sa.Column("status", sa.String, nullable=False, server_default="new", index=True),
        sa.Column("priority", sa.Integer, nullable=False, server_default="1"),
        sa.Column("estimated_minutes", sa.Integer, nullable=True),
        sa.Column("tags", sa.String, nullable=False, server_default=""),
        sa.Column("position", sa.Float, nullable=False, server_default="0"),
        sa.Column("sent_date", sa.Date, nullable=True),
        sa.Column("answer_due", sa.Date, nullable=True),
        sa.Column("answered_date", sa.Date, nullable=True),
        sa.Column("answer_to_all", sa.Boolean, nullable=True),
        sa.Column("decline_reason", sa.String, nullable=False, server_default=""),
        sa.Column("guard_verdict", sa.String, nullable=True),
        sa.Column("guard_decision", sa.String, nullable=True),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meeting.id", ondelete="SET NULL"), nullable=True, index=True),
        sa.Column("agenda_item_id", sa.Integer, sa.ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True, index=True),
        sa.Column("deleted_at", sa.DateTime, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_request_board", "request", ["member_id", "status", "position"])
    op.create_index("ix_request_received", "request", ["group_id", "received_at"])
    op.create_table(
        "time_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("request_id", sa.Integer, sa.ForeignKey("request.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("work_date", sa.Date, nullable=False, index=True),
        sa.Column("minutes", sa.Integer, nullable=False),
        sa.Column("note", sa.String, nullable=False, server_default=""),
        sa.Column("started_at", sa.DateTime, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.CheckConstraint("minutes > 0 AND minutes <= 1440", name="ck_time_entry_minutes"),
    )
    op.create_table(
        "guard_event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("group_id", sa.Integer, sa.ForeignKey("party_group.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("request_id", sa.Integer, sa.ForeignKey("request.id", ondelete="SET NULL"), nullable=True, index=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("verdict", sa.String, nullable=False),
        sa.Column("reasons_json", sa.String, nullable=False, server_default="[]"),
        sa.Column("action", sa.String, nullable=False, server_default="check"),
        sa.Column("justification", sa.String, nullable=False, server_default=""),
    )
    # The audit log is append-only: what was decided, and why, cannot be edited later.
    # (Only the link to an erased request may be cleared by its foreign key.)
    op.execute(
        """
        CREATE TRIGGER guard_event_no_update BEFORE UPDATE ON guard_event
        WHEN NEW.verdict IS NOT OLD.verdict OR NEW.reasons_json IS NOT OLD.reasons_json
          OR NEW.action IS NOT OLD.action OR NEW.justification IS NOT OLD.justification
          OR NEW.at IS NOT OLD.at OR NEW.group_id IS NOT OLD.group_id
        BEGIN SELECT RAISE(ABORT, 'guard_event is append-only'); END
        """
    )
    op.create_table(
        "draft",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("group_id", sa.Integer, sa.ForeignKey("party_group.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("member_id", sa.Integer, sa.ForeignKey("member.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("request_id", sa.Integer, sa.ForeignKey("request.id", ondelete="SET NULL"), nullable=True, index=True),
        sa.Column("agenda_item_id", sa.Integer, sa.ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True, index=True),
        sa.Column("kind", sa.String, nullable=False, server_default="speech"),
        sa.Column("title", sa.String, nullable=False, server_default=""),
        sa.Column("body", sa.String, nullable=False, server_default=""),
        sa.Column("body_format", sa.String, nullable=False, server_default="html"),
        sa.Column("plain_text", sa.String, nullable=False, server_default=""),
        sa.Column("limit_seconds", sa.Integer, nullable=True),
        sa.Column("limit_chars", sa.Integer, nullable=True),
        sa.Column("sent_members_at", sa.DateTime, nullable=True),
        sa.Column("sent_media_at", sa.DateTime, nullable=True),
        sa.Column("deleted_at", sa.DateTime, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "draft_version",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("draft_id", sa.Integer, sa.ForeignKey("draft.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("body", sa.String, nullable=False),
        sa.Column("body_format", sa.String, nullable=False, server_default="html"),
        sa.Column("plain_text", sa.String, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    # Full-text search, kept in sync by triggers so no code path can forget it.
    for table, cols in (("request", ("title", "description", "tags")), ("draft", ("title", "plain_text"))):
        col_list = ", ".join(cols)
        new_vals = ", ".join(f"new.{c}" for c in cols)
        old_vals = ", ".join(f"old.{c}" for c in cols)
        op.execute(
            f"CREATE VIRTUAL TABLE {table}_fts USING fts5({col_list}, content='{table}', "
            f"content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {table}_fts(rowid, {col_list}) VALUES (new.id, {new_vals}); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {table}_fts({table}_fts, rowid, {col_list}) VALUES ('delete', old.id, {old_vals}); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {col_list} ON {table} BEGIN "
            f"INSERT INTO {table}_fts({table}_fts, rowid, {col_list}) VALUES ('delete', old.id, {old_vals}); "
            f"INSERT INTO {table}_fts(rowid, {col_list}) VALUES (new.id, {new_vals}); END"
        )


def downgrade() -> None:
    for table in ("request", "draft"):
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    op.execute("DROP TRIGGER IF EXISTS guard_event_no_update")
    for table in ("draft_version", "draft", "guard_event", "time_entry", "request", "agenda_item", "meeting"):
        op.drop_table(table)
