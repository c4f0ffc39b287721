-- Version 10: the yearly goals a connector agrees with a programme ("five
-- multinationals, 40 to 60 students"), counted from what kring already holds.
CREATE TABLE goal (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    school_year TEXT NOT NULL,
    team_id     INTEGER REFERENCES team (id),
    staff_id    INTEGER REFERENCES staff (id),
    metric      TEXT NOT NULL
                CHECK (metric IN ('companies', 'students', 'placements', 'lectures', 'assignments',
                                  'new_companies', 'meetings', 'contacts')),
    tag         TEXT,
    target      INTEGER NOT NULL CHECK (target >= 0),
    max         INTEGER CHECK (max IS NULL OR max >= target),
    note        TEXT,
    created_at  TEXT NOT NULL,
    CHECK (team_id IS NULL OR staff_id IS NULL)
);
CREATE INDEX goal_year ON goal (school_year);
