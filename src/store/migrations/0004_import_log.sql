-- Version 4: every spreadsheet or vCard import is recorded with what it
-- created and which empty fields it filled, so `kring import undo` can revert
-- the last one exactly. (Table text as in schema.sql: a test compares them.)
CREATE TABLE import_batch (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,            -- the file as it was named
    format      TEXT NOT NULL,            -- 'csv' or 'vcard'
    staff_id    INTEGER REFERENCES staff (id),
    imported_at TEXT NOT NULL,
    rows        INTEGER NOT NULL,
    undone_at   TEXT                      -- set by `kring import undo`
);
-- A record the import created, or whose empty fields it filled ('filled':
-- `before` holds {"fields": {name: [old, new]}, "updated_at": old}).
CREATE TABLE import_item (
    import_id INTEGER NOT NULL REFERENCES import_batch (id),
    entity    TEXT NOT NULL CHECK (entity IN ('company', 'person')),
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('created', 'filled')),
    before    TEXT,
    PRIMARY KEY (import_id, entity, entity_id, action)
);
-- Imports match people by e-mail whatever its case.
CREATE INDEX person_email_lower ON person (lower(email));
