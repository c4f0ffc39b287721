-- Version 23: offers from the school, and goals that count places. An
-- offer runs the other way from a company's question: a team proposes an
-- assignment or a series of guest lectures and looks for a company that
-- wants it (candidates by sector, tag or topic, invited through a
-- campaign); matched, it becomes that company's question. A goal can count
-- the places companies offer and those filled: the goal table is made
-- again with the wider list of metrics (SQLite cannot change a CHECK).
CREATE TABLE offer (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'assignment'
                CHECK (kind IN ('assignment', 'research', 'guest_lecture', 'internship', 'event', 'other')),
    team_id     INTEGER REFERENCES team (id),
    students    INTEGER CHECK (students IS NULL OR students >= 0),
    school_year TEXT NOT NULL,
    period      TEXT,
    sector      TEXT,
    tag         TEXT,
    topic       TEXT,
    note        TEXT,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'matched', 'withdrawn')),
    campaign_id INTEGER REFERENCES campaign (id),
    question_id INTEGER REFERENCES question (id),
    staff_id    INTEGER REFERENCES staff (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX offer_year ON offer (school_year, status);

ALTER TABLE goal RENAME TO goal_before_v23;
CREATE TABLE goal (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    school_year TEXT NOT NULL,
    team_id     INTEGER REFERENCES team (id),
    staff_id    INTEGER REFERENCES staff (id),
    metric      TEXT NOT NULL
                CHECK (metric IN ('companies', 'students', 'placements', 'lectures', 'assignments',
                                  'new_companies', 'meetings', 'contacts', 'places_offered', 'places_filled')),
    tag         TEXT,
    target      INTEGER NOT NULL CHECK (target >= 0),
    max         INTEGER CHECK (max IS NULL OR max >= target),
    note        TEXT,
    created_at  TEXT NOT NULL,
    CHECK (team_id IS NULL OR staff_id IS NULL)
);
INSERT INTO goal (id, school_year, team_id, staff_id, metric, tag, target, max, note, created_at)
    SELECT id, school_year, team_id, staff_id, metric, tag, target, max, note, created_at FROM goal_before_v23;
DROP TABLE goal_before_v23;
CREATE INDEX goal_year ON goal (school_year);
