PRAGMA foreign_keys=OFF;
BEGIN;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE council (
	id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	extra_closing_days VARCHAR DEFAULT '[]' NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);
CREATE TABLE party_group (
	id INTEGER NOT NULL, 
	council_id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	list_letter VARCHAR NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_party_group_name UNIQUE (council_id, name), 
	CONSTRAINT uq_party_group_letter UNIQUE (council_id, list_letter), 
	FOREIGN KEY(council_id) REFERENCES council (id) ON DELETE CASCADE
);
CREATE TABLE member (
	id INTEGER NOT NULL, 
	group_id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	committees VARCHAR DEFAULT '' NOT NULL, 
	email VARCHAR DEFAULT '' NOT NULL, 
	phone VARCHAR DEFAULT '' NOT NULL, 
	active_from DATE, 
	active_to DATE, 
	words_per_minute INTEGER DEFAULT '130' NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(group_id) REFERENCES party_group (id) ON DELETE CASCADE
);
CREATE TABLE task_type (
	id INTEGER NOT NULL, 
	group_id INTEGER NOT NULL, 
	code VARCHAR NOT NULL, 
	label_da VARCHAR NOT NULL, 
	label_en VARCHAR DEFAULT '' NOT NULL, 
	description VARCHAR DEFAULT '' NOT NULL, 
	legal_note VARCHAR DEFAULT '' NOT NULL, 
	active BOOLEAN DEFAULT 1 NOT NULL, 
	position INTEGER DEFAULT '0' NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_task_type_code UNIQUE (group_id, code), 
	FOREIGN KEY(group_id) REFERENCES party_group (id) ON DELETE CASCADE
);
CREATE TABLE meeting (
	id INTEGER NOT NULL, 
	group_id INTEGER NOT NULL, 
	uid VARCHAR NOT NULL, 
	body_kind VARCHAR DEFAULT 'council' NOT NULL, 
	body_name VARCHAR DEFAULT '' NOT NULL, 
	title VARCHAR DEFAULT '' NOT NULL, 
	date DATE NOT NULL, 
	start_time TIME, 
	end_time TIME, 
	place VARCHAR DEFAULT '' NOT NULL, 
	group_meeting_start TIME, 
	group_meeting_end TIME, 
	notes VARCHAR DEFAULT '' NOT NULL, 
	source VARCHAR DEFAULT '' NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(group_id) REFERENCES party_group (id) ON DELETE CASCADE, 
	UNIQUE (uid)
);
CREATE TABLE agenda_item (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	position INTEGER DEFAULT '0' NOT NULL, 
	number VARCHAR NOT NULL, 
	title VARCHAR NOT NULL, 
	case_number VARCHAR DEFAULT '' NOT NULL, 
	initials VARCHAR DEFAULT '' NOT NULL, 
	sections_json VARCHAR DEFAULT '{}' NOT NULL, 
	attachments INTEGER DEFAULT '0' NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);
CREATE TABLE request (
	id INTEGER NOT NULL, 
	group_id INTEGER NOT NULL, 
	member_id INTEGER NOT NULL, 
	task_type_id INTEGER NOT NULL, 
	title VARCHAR NOT NULL, 
	description VARCHAR DEFAULT '' NOT NULL, 
	channel VARCHAR DEFAULT 'email' NOT NULL, 
	received_at DATETIME NOT NULL, 
	due_date DATE, 
	status VARCHAR DEFAULT 'new' NOT NULL, 
	priority INTEGER DEFAULT '1' NOT NULL, 
	estimated_minutes INTEGER, 
	tags VARCHAR DEFAULT '' NOT NULL, 
	position FLOAT DEFAULT '0' NOT NULL, 
	sent_date DATE, 
	answer_due DATE, 
	answered_date DATE, 
	answer_to_all BOOLEAN, 
	decline_reason VARCHAR DEFAULT '' NOT NULL, 
	guard_verdict VARCHAR, 
	guard_decision VARCHAR, 
	meeting_id INTEGER, 
	agenda_item_id INTEGER, 
	deleted_at DATETIME, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(group_id) REFERENCES party_group (id) ON DELETE CASCADE, 
	FOREIGN KEY(member_id) REFERENCES member (id) ON DELETE CASCADE, 
	FOREIGN KEY(task_type_id) REFERENCES task_type (id) ON DELETE RESTRICT, 
	FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE SET NULL, 
	FOREIGN KEY(agenda_item_id) REFERENCES agenda_item (id) ON DELETE SET NULL
);
CREATE TABLE time_entry (
	id INTEGER NOT NULL, 
	request_id INTEGER NOT NULL, 
	work_date DATE NOT NULL, 
	minutes INTEGER NOT NULL, 
	note VARCHAR DEFAULT '' NOT NULL, 
	started_at DATETIME, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_time_entry_minutes CHECK (minutes > 0 AND minutes <= 1440), 
	FOREIGN KEY(request_id) REFERENCES request (id) ON DELETE CASCADE
);
CREATE TABLE guard_event (
	id INTEGER NOT NULL, 
	group_id INTEGER NOT NULL, 
	request_id INTEGER, 
	at DATETIME NOT NULL, 
	verdict VARCHAR NOT NULL, 
	reasons_json VARCHAR DEFAULT '[]' NOT NULL, 
	action VARCHAR DEFAULT 'check' NOT NULL, 
	justification VARCHAR DEFAULT '' NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(group_id) REFERENCES party_group (id) ON DELETE CASCADE, 
	FOREIGN KEY(request_id) REFERENCES request (id) ON DELETE SET NULL
);
CREATE TABLE draft (
	id INTEGER NOT NULL, 
	group_id INTEGER NOT NULL, 
	member_id INTEGER NOT NULL, 
	request_id INTEGER, 
	agenda_item_id INTEGER, 
	kind VARCHAR DEFAULT 'speech' NOT NULL, 
	title VARCHAR DEFAULT '' NOT NULL, 
	body VARCHAR DEFAULT '' NOT NULL, 
	body_format VARCHAR DEFAULT 'html' NOT NULL, 
	plain_text VARCHAR DEFAULT '' NOT NULL, 
	limit_seconds INTEGER, 
	limit_chars INTEGER, 
	sent_members_at DATETIME, 
	sent_media_at DATETIME, 
	deleted_at DATETIME, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(group_id) REFERENCES party_group (id) ON DELETE CASCADE, 
	FOREIGN KEY(member_id) REFERENCES member (id) ON DELETE CASCADE, 
	FOREIGN KEY(request_id) REFERENCES request (id) ON DELETE SET NULL, 
	FOREIGN KEY(agenda_item_id) REFERENCES agenda_item (id) ON DELETE SET NULL
);
CREATE TABLE draft_version (
	id INTEGER NOT NULL, 
	draft_id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	body VARCHAR NOT NULL, 
	body_format VARCHAR DEFAULT 'html' NOT NULL, 
	plain_text VARCHAR DEFAULT '' NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(draft_id) REFERENCES draft (id) ON DELETE CASCADE
);
CREATE INDEX ix_party_group_council_id ON party_group (council_id);
CREATE INDEX ix_member_group_id ON member (group_id);
CREATE INDEX ix_task_type_group_id ON task_type (group_id);
CREATE INDEX ix_meeting_group_id ON meeting (group_id);
CREATE INDEX ix_agenda_item_meeting_id ON agenda_item (meeting_id);
CREATE INDEX ix_request_status ON request (status);
CREATE INDEX ix_request_group_id ON request (group_id);
CREATE INDEX ix_request_task_type_id ON request (task_type_id);
CREATE INDEX ix_request_member_id ON request (member_id);
CREATE INDEX ix_request_agenda_item_id ON request (agenda_item_id);
CREATE INDEX ix_request_meeting_id ON request (meeting_id);
CREATE INDEX ix_request_board ON request (member_id, status, position);
CREATE INDEX ix_request_received ON request (group_id, received_at);
CREATE INDEX ix_time_entry_work_date ON time_entry (work_date);
CREATE INDEX ix_time_entry_request_id ON time_entry (request_id);
CREATE INDEX ix_guard_event_request_id ON guard_event (request_id);
CREATE INDEX ix_guard_event_group_id ON guard_event (group_id);
CREATE INDEX ix_draft_member_id ON draft (member_id);
CREATE INDEX ix_draft_agenda_item_id ON draft (agenda_item_id);
CREATE INDEX ix_draft_request_id ON draft (request_id);
CREATE INDEX ix_draft_group_id ON draft (group_id);
CREATE INDEX ix_draft_version_draft_id ON draft_version (draft_id);
CREATE TRIGGER guard_event_no_update BEFORE UPDATE ON guard_event
        WHEN NEW.verdict IS NOT OLD.verdict OR NEW.reasons_json IS NOT OLD.reasons_json
          OR NEW.action IS NOT OLD.action OR NEW.justification IS NOT OLD.justification
          OR NEW.at IS NOT OLD.at OR NEW.group_id IS NOT OLD.group_id
        BEGIN SELECT RAISE(ABORT, 'guard_event is append-only'); END;
CREATE VIRTUAL TABLE request_fts USING fts5(title, description, tags, content='request', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER request_fts_ai AFTER INSERT ON request BEGIN INSERT INTO request_fts(rowid, title, description, tags) VALUES (new.id, new.title, new.description, new.tags); END;
CREATE TRIGGER request_fts_ad AFTER DELETE ON request BEGIN INSERT INTO request_fts(request_fts, rowid, title, description, tags) VALUES ('delete', old.id, old.title, old.description, old.tags); END;
CREATE TRIGGER request_fts_au AFTER UPDATE OF title, description, tags ON request BEGIN INSERT INTO request_fts(request_fts, rowid, title, description, tags) VALUES ('delete', old.id, old.title, old.description, old.tags); INSERT INTO request_fts(rowid, title, description, tags) VALUES (new.id, new.title, new.description, new.tags); END;
CREATE VIRTUAL TABLE draft_fts USING fts5(title, plain_text, content='draft', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER draft_fts_ai AFTER INSERT ON draft BEGIN INSERT INTO draft_fts(rowid, title, plain_text) VALUES (new.id, new.title, new.plain_text); END;
CREATE TRIGGER draft_fts_ad AFTER DELETE ON draft BEGIN INSERT INTO draft_fts(draft_fts, rowid, title, plain_text) VALUES ('delete', old.id, old.title, old.plain_text); END;
CREATE TRIGGER draft_fts_au AFTER UPDATE OF title, plain_text ON draft BEGIN INSERT INTO draft_fts(draft_fts, rowid, title, plain_text) VALUES ('delete', old.id, old.title, old.plain_text); INSERT INTO draft_fts(rowid, title, plain_text) VALUES (new.id, new.title, new.plain_text); END;
INSERT INTO "alembic_version" (version_num) VALUES ('0002');
INSERT INTO "council" (id, name, extra_closing_days, created_at) VALUES (1, 'Fiktiv Kommune', '["06-05"]', '2025-11-01 08:00:00');
INSERT INTO "party_group" (id, council_id, name, list_letter, created_at) VALUES (1, 1, 'Fællesgruppen', 'F', '2025-11-01 08:00:00');
INSERT INTO "member" (id, group_id, name, committees, email, phone, active_from, active_to, words_per_minute, created_at) VALUES (1, 1, 'Åse Ærø', 'Økonomiudvalget', 'aase@example.dk', '+45 11 22 33 44', '2022-01-01', NULL, 145, '2025-11-01 08:00:00');
INSERT INTO "member" (id, group_id, name, committees, email, phone, active_from, active_to, words_per_minute, created_at) VALUES (2, 1, 'Bjørn Østergård', '', '', '', NULL, NULL, 130, '2025-11-01 08:00:00');
INSERT INTO "task_type" (id, group_id, code, label_da, label_en, description, legal_note, active, position) VALUES (1, 1, 'speech', 'Udarbejdelse af taler', 'Speeches', '', '', 1, 0);
INSERT INTO "task_type" (id, group_id, code, label_da, label_en, description, legal_note, active, position) VALUES (2, 1, 'politician_question', 'Politikerspørgsmål', 'Questions to the administration', '', '', 1, 1);
INSERT INTO "meeting" (id, group_id, uid, body_kind, body_name, title, date, start_time, end_time, place, group_meeting_start, group_meeting_end, notes, source, created_at) VALUES (1, 1, 'fixture-0002-1@secretary-app', 'council', 'Kommunalbestyrelsen', 'Budget', '2026-01-26', '10:30:00.000000', NULL, 'Rådhuset', NULL, NULL, '', 'manual', '2026-01-02 09:00:00');
INSERT INTO "agenda_item" (id, meeting_id, position, number, title, case_number, initials, sections_json, attachments) VALUES (1, 1, 0, '1.2.', 'Godkendelse af budget', 'SAG-2024-04469', 'rojh', '{"Baggrund": "Tekst"}', 1);
INSERT INTO "request" (id, group_id, member_id, task_type_id, title, description, channel, received_at, due_date, status, priority, estimated_minutes, tags, position, sent_date, answer_due, answered_date, answer_to_all, decline_reason, guard_verdict, guard_decision, meeting_id, agenda_item_id, deleted_at, created_at, updated_at) VALUES (1, 1, 1, 1, 'Tale om cykelstier', 'Budgetforhandlingerne', 'email', '2026-01-05 08:30:00', NULL, 'in_progress', 1, NULL, 'budget', 1.0, NULL, NULL, NULL, NULL, '', NULL, NULL, 1, NULL, NULL, '2026-01-05 08:30:00', '2026-01-05 08:30:00');
INSERT INTO "request" (id, group_id, member_id, task_type_id, title, description, channel, received_at, due_date, status, priority, estimated_minutes, tags, position, sent_date, answer_due, answered_date, answer_to_all, decline_reason, guard_verdict, guard_decision, meeting_id, agenda_item_id, deleted_at, created_at, updated_at) VALUES (2, 1, 2, 2, 'Spørgsmål om skolemad', '', 'kb_postkasse', '2026-01-06 09:00:00', NULL, 'waiting', 2, NULL, '', 1.0, '2026-01-06', '2026-01-20', NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, '2026-01-06 09:00:00', '2026-01-06 09:00:00');
INSERT INTO "time_entry" (id, request_id, work_date, minutes, note, started_at, created_at) VALUES (1, 1, '2026-01-05', 45, 'første udkast', NULL, '2026-01-05 10:00:00');
INSERT INTO "time_entry" (id, request_id, work_date, minutes, note, started_at, created_at) VALUES (2, 1, '2026-01-07', 30, '', NULL, '2026-01-07 10:00:00');
INSERT INTO "guard_event" (id, group_id, request_id, at, verdict, reasons_json, action, justification) VALUES (1, 1, 1, '2026-01-05 08:31:00', 'ok', '[]', 'check', '');
INSERT INTO "draft" (id, group_id, member_id, request_id, agenda_item_id, kind, title, body, body_format, plain_text, limit_seconds, limit_chars, sent_members_at, sent_media_at, deleted_at, created_at, updated_at) VALUES (1, 1, 1, 1, NULL, 'speech', 'Cykelstier', '<p>Kære borgmester</p>', 'html', 'Kære borgmester', NULL, NULL, NULL, NULL, NULL, '2026-01-05 11:00:00', '2026-01-05 11:00:00');
INSERT INTO "draft_version" (id, draft_id, name, body, body_format, plain_text, created_at) VALUES (1, 1, 'v1', '<p>Kære borgmester</p>', 'html', 'Kære borgmester', '2026-01-05 11:00:00');
COMMIT;
