"""Press monitoring: watch terms, feed sources, clippings, their matches and their search index.

Revision ID: 0005
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004_mail"
branch_labels = None
depends_on = None

FTS_COLS = ("title", "summary", "body_text", "outlet")


def _fk(name: str, target: str, ondelete: str = "CASCADE", nullable: bool = False):
    return sa.Column(name, sa.Integer, sa.ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


def upgrade() -> None:
    op.create_table(
        "press_watch_term",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("group_id", "party_group.id"),
        _fk("member_id", "member.id", nullable=True),
        sa.Column("term", sa.String, nullable=False),
        sa.Column("exclusions", sa.String, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "press_source",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("group_id", "party_group.id"),
        sa.Column("kind", sa.String, nullable=False, server_default="feed"),
        sa.Column("url", sa.String, nullable=False),
        sa.Column("title", sa.String, nullable=False, server_default=""),
        sa.Column("keep_text", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("interval_minutes", sa.Integer, nullable=False, server_default="60"),
        sa.Column("etag", sa.String, nullable=False, server_default=""),
        sa.Column("last_modified", sa.String, nullable=False, server_default=""),
        sa.Column("last_checked_at", sa.DateTime, nullable=True),
        sa.Column("last_ok_at", sa.DateTime, nullable=True),
        sa.Column("last_error", sa.String, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("group_id", "url", name="uq_press_source_url"),
    )
    op.create_table(
        "press_clipping",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("group_id", "party_group.id"),
        _fk("source_id", "press_source.id", ondelete="SET NULL", nullable=True),
        sa.Column("guid", sa.String, nullable=False, server_default=""),
        sa.Column("url", sa.String, nullable=False, server_default=""),
        sa.Column("url_key", sa.String, nullable=False, server_default=""),
        sa.Column("headline_key", sa.String, nullable=False, server_default=""),
        sa.Column("outlet", sa.String, nullable=False, server_default=""),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("author", sa.String, nullable=False, server_default=""),
        sa.Column("summary", sa.String, nullable=False, server_default=""),
        sa.Column("body_text", sa.String, nullable=False, server_default=""),
        sa.Column("published_at", sa.DateTime, nullable=True),
        sa.Column("fetched_at", sa.DateTime, nullable=False),
        sa.Column("status", sa.String, nullable=False, server_default="new"),
        sa.Column("tone", sa.String, nullable=True),
        _fk("request_id", "request.id", ondelete="SET NULL", nullable=True),
        _fk("draft_id", "draft.id", ondelete="SET NULL", nullable=True),
        sa.Column("decided_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_press_clipping_inbox", "press_clipping", ["group_id", "status", "published_at"])
    op.create_index("ix_press_clipping_url", "press_clipping", ["group_id", "url_key"])
    op.create_index("ix_press_clipping_guid", "press_clipping", ["group_id", "guid"])
    op.create_index("ix_press_clipping_headline", "press_clipping", ["group_id", "headline_key"])
    op.create_table(
        "press_clipping_member",
        sa.Column("id", sa.Integer, primary_key=True),
        _fk("clipping_id", "press_clipping.id"),
        _fk("member_id", "member.id", nullable=True),
        sa.Column("terms_json", sa.String, nullable=False, server_default="[]"),
        sa.Column("kept", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_press_clipping_member_unique", "press_clipping_member",
                    ["clipping_id", sa.text("coalesce(member_id, 0)")], unique=True)
    # Search across clippings, kept in step by triggers so no code path can forget it.
    cols = ", ".join(FTS_COLS)
    new_vals = ", ".join(f"new.{c}" for c in FTS_COLS)
    old_vals = ", ".join(f"old.{c}" for c in FTS_COLS)
    op.execute(f"CREATE VIRTUAL TABLE press_clipping_fts USING fts5({cols}, content='press_clipping', "
               "content_rowid='id', tokenize='unicode61 remove_diacritics 2')")
    op.execute(f"CREATE TRIGGER press_clipping_fts_ai AFTER INSERT ON press_clipping BEGIN "
               f"INSERT INTO press_clipping_fts(rowid, {cols}) VALUES (new.id, {new_vals}); END")
    op.execute(f"CREATE TRIGGER press_clipping_fts_ad AFTER DELETE ON press_clipping BEGIN "
               f"INSERT INTO press_clipping_fts(press_clipping_fts, rowid, {cols}) "
               f"VALUES ('delete', old.id, {old_vals}); END")
    op.execute(f"CREATE TRIGGER press_clipping_fts_au AFTER UPDATE OF {cols} ON press_clipping BEGIN "
               f"INSERT INTO press_clipping_fts(press_clipping_fts, rowid, {cols}) "
               f"VALUES ('delete', old.id, {old_vals}); "
               f"INSERT INTO press_clipping_fts(rowid, {cols}) VALUES (new.id, {new_vals}); END")


def downgrade() -> None:
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS press_clipping_fts_{suffix}")
    op.execute("DROP TABLE IF EXISTS press_clipping_fts")
    for table in ("press_clipping_member", "press_clipping", "press_source", "press_watch_term"):
        op.drop_table(table)
