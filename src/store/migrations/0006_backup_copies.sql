-- Version 6: the copies of the database that kring wrote where the user
-- chose (`kring backup FILE`), so that erasing a person can name every copy
-- of kring's that still holds them. Copies beside the database (backups,
-- before-restore and before-migration safety copies) are found by name.
CREATE TABLE backup_copy (
    path    TEXT PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('backup', 'before-restore', 'before-migration')),
    made_at TEXT NOT NULL
);
