-- Version 9: teams (a programme, the internship office, the connectors), so
-- kring can say when another team was just in touch with a company.
CREATE TABLE team (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL UNIQUE,
    name_fold  TEXT NOT NULL,
    created_at TEXT NOT NULL
);
ALTER TABLE staff ADD COLUMN team_id INTEGER REFERENCES team (id);
CREATE INDEX staff_team ON staff (team_id);
