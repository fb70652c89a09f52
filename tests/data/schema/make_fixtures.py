"""Write one real database per released schema revision, kept as SQL (run once per release).

    .venv/bin/python tests/data/schema/make_fixtures.py 0002

Each database is built by Alembic's upgrade to that revision plus a few rows in plain SQL (as
the app of that release would have stored them), then written out as ``revNNNN.sql``: its
schema exactly as SQLite holds it (tables, indexes, FTS5 tables, triggers, in creation order)
followed by every row. Text, not a binary database in git: reviewable, and the test rebuilds the
file with ``sqlite3`` (FTS5 shadow tables refill through the triggers, as they did in the app).
tests/unit/test_schema_upgrades.py upgrades each to head. Never regenerate an existing file: it
stands for what users have on disk.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

ROWS_0001 = """
INSERT INTO council (id, name, extra_closing_days, created_at) VALUES (1, 'Fiktiv Kommune', '["06-05"]', '2025-11-01 08:00:00');
INSERT INTO party_group (id, council_id, name, list_letter, created_at) VALUES (1, 1, 'Fællesgruppen', 'F', '2025-11-01 08:00:00');
INSERT INTO member (id, group_id, name, committees, email, phone, active_from, active_to, created_at)
  VALUES (1, 1, 'Åse Ærø', 'Økonomiudvalget', 'aase@example.dk', '+45 11 22 33 44', '2022-01-01', NULL, '2025-11-01 08:00:00'),
         (2, 1, 'Bjørn Østergård', '', '', '', NULL, NULL, '2025-11-01 08:00:00');
INSERT INTO task_type (id, group_id, code, label_da, label_en, description, legal_note, active, position)
  VALUES (1, 1, 'speech', 'Udarbejdelse af taler', 'Speeches', '', '', 1, 0),
         (2, 1, 'politician_question', 'Politikerspørgsmål', 'Questions to the administration', '', '', 1, 1);
"""

ROWS_0002 = ROWS_0001 + """
UPDATE member SET words_per_minute = 145 WHERE id = 1;
INSERT INTO meeting (id, group_id, uid, body_kind, body_name, title, date, start_time, end_time, place, notes, source, created_at)
  VALUES (1, 1, 'fixture-0002-1@secretary-app', 'council', 'Kommunalbestyrelsen', 'Budget', '2026-01-26', '10:30:00.000000', NULL, 'Rådhuset', '', 'manual', '2026-01-02 09:00:00');
INSERT INTO agenda_item (id, meeting_id, position, number, title, case_number, initials, sections_json, attachments)
  VALUES (1, 1, 0, '1.2.', 'Godkendelse af budget', 'SAG-2024-04469', 'rojh', '{"Baggrund": "Tekst"}', 1);
INSERT INTO request (id, group_id, member_id, task_type_id, title, description, channel, received_at, status, priority, tags, position, created_at, updated_at, meeting_id)
  VALUES (1, 1, 1, 1, 'Tale om cykelstier', 'Budgetforhandlingerne', 'email', '2026-01-05 08:30:00', 'in_progress', 1, 'budget', 1.0, '2026-01-05 08:30:00', '2026-01-05 08:30:00', 1),
         (2, 1, 2, 2, 'Spørgsmål om skolemad', '', 'kb_postkasse', '2026-01-06 09:00:00', 'waiting', 2, '', 1.0, '2026-01-06 09:00:00', '2026-01-06 09:00:00', NULL);
UPDATE request SET sent_date = '2026-01-06', answer_due = '2026-01-20' WHERE id = 2;
INSERT INTO time_entry (id, request_id, work_date, minutes, note, created_at)
  VALUES (1, 1, '2026-01-05', 45, 'første udkast', '2026-01-05 10:00:00'), (2, 1, '2026-01-07', 30, '', '2026-01-07 10:00:00');
INSERT INTO guard_event (id, group_id, request_id, at, verdict, reasons_json, action, justification)
  VALUES (1, 1, 1, '2026-01-05 08:31:00', 'ok', '[]', 'check', '');
INSERT INTO draft (id, group_id, member_id, request_id, kind, title, body, body_format, plain_text, created_at, updated_at)
  VALUES (1, 1, 1, 1, 'speech', 'Cykelstier', '<p>Kære borgmester</p>', 'html', 'Kære borgmester', '2026-01-05 11:00:00', '2026-01-05 11:00:00');
INSERT INTO draft_version (id, draft_id, name, body, body_format, plain_text, created_at)
  VALUES (1, 1, 'v1', '<p>Kære borgmester</p>', 'html', 'Kære borgmester', '2026-01-05 11:00:00');
"""

ROWS = {"0001": ROWS_0001, "0002": ROWS_0002}


_SHADOW = ("_data", "_idx", "_docsize", "_config", "_content")


def dump_sql(db: Path) -> str:
    """The database as SQL: schema in creation order (FTS5 shadow tables left to their virtual
    table), then the rows of every ordinary table."""
    con = sqlite3.connect(db)
    try:
        objs = con.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
        virtual = {n for t, n, sql in objs if t == "table" and sql.upper().startswith("CREATE VIRTUAL TABLE")}

        def shadow(name: str) -> bool:
            return any(name.startswith(v + "_") and name[len(v):] in _SHADOW for v in virtual)

        out, tables = ["PRAGMA foreign_keys=OFF;", "BEGIN;"], []
        for kind, name, sql in objs:
            if name.startswith("sqlite_") or shadow(name):
                continue
            out.append(sql + ";")
            if kind == "table" and name not in virtual:
                tables.append(name)
        for table in tables:
            cols = [c[1] for c in con.execute(f'PRAGMA table_info("{table}")')]
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                values = ", ".join(con.execute("SELECT quote(?)", (v,)).fetchone()[0] for v in row)
                out.append(f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({values});')
        out.append("COMMIT;")
        return "\n".join(out) + "\n"
    finally:
        con.close()


def make(rev: str) -> Path:
    import tempfile

    from secretary_app.store.migrate import upgrade

    target = HERE / f"rev{rev}.sql"
    if target.exists():
        raise SystemExit(f"{target} exists; fixtures stand for released files and are never rebuilt")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "secretary.sqlite3"
        upgrade(db, rev)
        con = sqlite3.connect(db)
        con.executescript(ROWS[rev])
        con.commit()
        con.close()
        target.write_text(dump_sql(db), encoding="utf-8")
    return target


if __name__ == "__main__":
    for rev in sys.argv[1:] or sorted(ROWS):
        print(make(rev))
