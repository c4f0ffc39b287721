-- Version 15: the questions companies bring (vraagstukken), each step of
-- their way from new to delivered, and the capacity a team declares per
-- period to weigh them against.
-- A question a company brings (vraagstuk): a practice assignment, a research
-- question, a guest-lecture request. It moves new → matched → running →
-- delivered, or ends declined or withdrawn; `question_step` keeps each move
-- with who and when. Matching links the collaboration that carries it.
CREATE TABLE question (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id    INTEGER NOT NULL REFERENCES company (id),
    person_id     INTEGER REFERENCES person (id) ON DELETE SET NULL,
    title         TEXT NOT NULL,
    kind          TEXT NOT NULL DEFAULT 'assignment'
                  CHECK (kind IN ('assignment', 'research', 'guest_lecture', 'internship', 'event', 'other')),
    students      INTEGER CHECK (students IS NULL OR students >= 0),
    wanted_by     TEXT,
    team_id       INTEGER REFERENCES team (id),
    note          TEXT,
    status        TEXT NOT NULL DEFAULT 'new'
                  CHECK (status IN ('new', 'matched', 'running', 'delivered', 'declined', 'withdrawn')),
    school_year   TEXT NOT NULL,
    period        TEXT,
    teacher_id    INTEGER REFERENCES staff (id),
    engagement_id INTEGER REFERENCES engagement (id),
    reason        TEXT,                   -- why it was declined or withdrawn, as told to the company
    asked_on      TEXT NOT NULL,
    staff_id      INTEGER REFERENCES staff (id),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX question_company ON question (company_id);
CREATE INDEX question_year ON question (school_year, team_id);
-- Health and the board: questions nobody has taken on yet.
CREATE INDEX question_waiting ON question (company_id, asked_on) WHERE status = 'new';
CREATE INDEX question_person ON question (person_id);

CREATE TABLE question_step (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    question_id INTEGER NOT NULL REFERENCES question (id),
    status      TEXT NOT NULL,
    at          TEXT NOT NULL,
    staff_id    INTEGER REFERENCES staff (id),
    note        TEXT
);
CREATE INDEX question_step_question ON question_step (question_id);

-- What a team can take on in a period of a school year: assignments and
-- students, against which the questions are weighed.
CREATE TABLE team_capacity (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    team_id     INTEGER NOT NULL REFERENCES team (id),
    school_year TEXT NOT NULL,
    period      TEXT NOT NULL,
    assignments INTEGER NOT NULL CHECK (assignments >= 0),
    students    INTEGER NOT NULL CHECK (students >= 0),
    updated_at  TEXT NOT NULL,
    UNIQUE (team_id, school_year, period)
);
