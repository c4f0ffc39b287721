-- Version 15: the questions companies bring (vraagstukken), each step of
-- their way from new to delivered, and the capacity a team declares per
-- period to weigh them against; the topics people can speak on and a
-- rating for how a guest lecture or collaboration went (to find an expert);
-- outreach campaigns with their invitees, replies and attendance.
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

-- What a contact person can speak or advise on ("intellectueel eigendom",
-- "financiën"), to find an expert or a guest speaker.
CREATE TABLE person_topic (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    topic      TEXT NOT NULL,
    topic_fold TEXT NOT NULL,
    UNIQUE (person_id, topic_fold)
);
CREATE INDEX person_topic_fold ON person_topic (topic_fold);

-- How a guest lecture or a collaboration went, 1 to 5.
ALTER TABLE interaction ADD COLUMN rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5);
ALTER TABLE engagement ADD COLUMN rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5);

-- Outreach in bulk: an invitation round, an event (a company day, an
-- internship festival), a mailing; the companies invited with their main
-- contact, their reply and whether they came.
CREATE TABLE campaign (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL UNIQUE,
    name_fold  TEXT NOT NULL,
    kind       TEXT NOT NULL DEFAULT 'invitation' CHECK (kind IN ('invitation', 'event', 'mailing')),
    held_on    TEXT,
    place      TEXT,
    note       TEXT,
    staff_id   INTEGER REFERENCES staff (id),
    created_at TEXT NOT NULL
);

CREATE TABLE campaign_invitee (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id INTEGER NOT NULL REFERENCES campaign (id),
    company_id  INTEGER NOT NULL REFERENCES company (id),
    person_id   INTEGER REFERENCES person (id) ON DELETE SET NULL,
    reply       TEXT CHECK (reply IS NULL OR reply IN ('yes', 'no', 'maybe')),
    people      INTEGER CHECK (people IS NULL OR people >= 0),
    note        TEXT,
    replied_at  TEXT,
    attended    INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
    invited_at  TEXT NOT NULL
);
CREATE INDEX campaign_invitee_campaign ON campaign_invitee (campaign_id, company_id);
CREATE INDEX campaign_invitee_company ON campaign_invitee (company_id);
CREATE INDEX campaign_invitee_person ON campaign_invitee (person_id);
