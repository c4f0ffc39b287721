-- Version 28: saved views. A listing someone uses again ("praktijkopleiders
-- without contact this year") kept by name as its arguments, shared by the
-- whole team; only listings are kept (kring checks when saving and again
-- when running).
CREATE TABLE saved_view (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL,
    name_fold  TEXT NOT NULL UNIQUE,
    command    TEXT NOT NULL,
    staff_id   INTEGER REFERENCES staff (id),
    created_at TEXT NOT NULL
);
