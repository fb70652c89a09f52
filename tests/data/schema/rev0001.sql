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
CREATE INDEX ix_party_group_council_id ON party_group (council_id);
CREATE INDEX ix_member_group_id ON member (group_id);
CREATE INDEX ix_task_type_group_id ON task_type (group_id);
INSERT INTO "alembic_version" (version_num) VALUES ('0001');
INSERT INTO "council" (id, name, extra_closing_days, created_at) VALUES (1, 'Fiktiv Kommune', '["06-05"]', '2025-11-01 08:00:00');
INSERT INTO "party_group" (id, council_id, name, list_letter, created_at) VALUES (1, 1, 'Fællesgruppen', 'F', '2025-11-01 08:00:00');
INSERT INTO "member" (id, group_id, name, committees, email, phone, active_from, active_to, words_per_minute, created_at) VALUES (1, 1, 'Åse Ærø', 'Økonomiudvalget', 'aase@example.dk', '+45 11 22 33 44', '2022-01-01', NULL, 130, '2025-11-01 08:00:00');
INSERT INTO "member" (id, group_id, name, committees, email, phone, active_from, active_to, words_per_minute, created_at) VALUES (2, 1, 'Bjørn Østergård', '', '', '', NULL, NULL, 130, '2025-11-01 08:00:00');
INSERT INTO "task_type" (id, group_id, code, label_da, label_en, description, legal_note, active, position) VALUES (1, 1, 'speech', 'Udarbejdelse af taler', 'Speeches', '', '', 1, 0);
INSERT INTO "task_type" (id, group_id, code, label_da, label_en, description, legal_note, active, position) VALUES (2, 1, 'politician_question', 'Politikerspørgsmål', 'Questions to the administration', '', '', 1, 1);
COMMIT;
