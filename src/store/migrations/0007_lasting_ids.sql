-- Version 7 (after the table rebuild in migrations.rs that makes every id
-- AUTOINCREMENT, so that no id is ever handed out twice):
--
-- A company's general e-mail address and phone number (info@…, the
-- switchboard), which spreadsheets carry without a contact person.
ALTER TABLE company ADD COLUMN email TEXT;
ALTER TABLE company ADD COLUMN phone TEXT;
CREATE INDEX company_email_lower ON company (lower(email));

-- Every merge, with what `kring merge undo` needs to restore both records
-- exactly as they were: the two rows and every row that moved (JSON).
CREATE TABLE merge_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    entity    TEXT NOT NULL CHECK (entity IN ('company', 'person')),
    kept_id   INTEGER NOT NULL,
    merged_id INTEGER NOT NULL,
    staff_id  INTEGER REFERENCES staff (id),
    merged_at TEXT NOT NULL,
    undo      TEXT NOT NULL,
    undone_at TEXT
);
CREATE INDEX merge_log_records ON merge_log (entity, kept_id, merged_id);
