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

-- Everything else people write, searchable: person notes and topics, meeting
-- agendas and minutes, collaborations' scope and evaluation, questions, and
-- campaigns. One full-text index over a view of them; the key of a row says
-- where it comes from: id * 8 + 1 a person's notes, + 2 a topic
-- (person_topic), + 3 a meeting, + 4 a collaboration, + 5 a question, + 6 a
-- campaign.
CREATE VIEW written (key, body) AS
    SELECT id * 8 + 1, notes FROM person WHERE notes IS NOT NULL
    UNION ALL SELECT id * 8 + 2, topic FROM person_topic
    UNION ALL SELECT id * 8 + 3, coalesce(agenda, '') || ' ' || coalesce(minutes, '') FROM meeting
    UNION ALL SELECT id * 8 + 4, coalesce(scope, '') || ' ' || coalesce(evaluation, '') FROM engagement
    UNION ALL SELECT id * 8 + 5, title || ' ' || coalesce(note, '') || ' ' || coalesce(reason, '') FROM question
    UNION ALL SELECT id * 8 + 6, name || ' ' || coalesce(place, '') || ' ' || coalesce(note, '') FROM campaign;
CREATE VIRTUAL TABLE written_fts USING fts5(
    body,
    content = 'written', content_rowid = 'key',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4 5 6'
);
CREATE TRIGGER written_fts_person_insert AFTER INSERT ON person WHEN NEW.notes IS NOT NULL BEGIN
    INSERT INTO written_fts (rowid, body) VALUES (NEW.id * 8 + 1, NEW.notes);
END;
CREATE TRIGGER written_fts_person_delete AFTER DELETE ON person WHEN OLD.notes IS NOT NULL BEGIN
    INSERT INTO written_fts (written_fts, rowid, body) VALUES ('delete', OLD.id * 8 + 1, OLD.notes);
END;
CREATE TRIGGER written_fts_person_update AFTER UPDATE OF notes ON person BEGIN
    INSERT INTO written_fts (written_fts, rowid, body) SELECT 'delete', OLD.id * 8 + 1, OLD.notes WHERE OLD.notes IS NOT NULL;
    INSERT INTO written_fts (rowid, body) SELECT NEW.id * 8 + 1, NEW.notes WHERE NEW.notes IS NOT NULL;
END;
CREATE TRIGGER written_fts_topic_insert AFTER INSERT ON person_topic BEGIN
    INSERT INTO written_fts (rowid, body) VALUES (NEW.id * 8 + 2, NEW.topic);
END;
CREATE TRIGGER written_fts_topic_delete AFTER DELETE ON person_topic BEGIN
    INSERT INTO written_fts (written_fts, rowid, body) VALUES ('delete', OLD.id * 8 + 2, OLD.topic);
END;
CREATE TRIGGER written_fts_meeting_insert AFTER INSERT ON meeting BEGIN
    INSERT INTO written_fts (rowid, body) VALUES (NEW.id * 8 + 3, coalesce(NEW.agenda, '') || ' ' || coalesce(NEW.minutes, ''));
END;
CREATE TRIGGER written_fts_meeting_delete AFTER DELETE ON meeting BEGIN
    INSERT INTO written_fts (written_fts, rowid, body)
    VALUES ('delete', OLD.id * 8 + 3, coalesce(OLD.agenda, '') || ' ' || coalesce(OLD.minutes, ''));
END;
CREATE TRIGGER written_fts_meeting_update AFTER UPDATE OF agenda, minutes ON meeting BEGIN
    INSERT INTO written_fts (written_fts, rowid, body)
    VALUES ('delete', OLD.id * 8 + 3, coalesce(OLD.agenda, '') || ' ' || coalesce(OLD.minutes, ''));
    INSERT INTO written_fts (rowid, body) VALUES (NEW.id * 8 + 3, coalesce(NEW.agenda, '') || ' ' || coalesce(NEW.minutes, ''));
END;
CREATE TRIGGER written_fts_engagement_insert AFTER INSERT ON engagement BEGIN
    INSERT INTO written_fts (rowid, body) VALUES (NEW.id * 8 + 4, coalesce(NEW.scope, '') || ' ' || coalesce(NEW.evaluation, ''));
END;
CREATE TRIGGER written_fts_engagement_delete AFTER DELETE ON engagement BEGIN
    INSERT INTO written_fts (written_fts, rowid, body)
    VALUES ('delete', OLD.id * 8 + 4, coalesce(OLD.scope, '') || ' ' || coalesce(OLD.evaluation, ''));
END;
CREATE TRIGGER written_fts_engagement_update AFTER UPDATE OF scope, evaluation ON engagement BEGIN
    INSERT INTO written_fts (written_fts, rowid, body)
    VALUES ('delete', OLD.id * 8 + 4, coalesce(OLD.scope, '') || ' ' || coalesce(OLD.evaluation, ''));
    INSERT INTO written_fts (rowid, body) VALUES (NEW.id * 8 + 4, coalesce(NEW.scope, '') || ' ' || coalesce(NEW.evaluation, ''));
END;
CREATE TRIGGER written_fts_question_insert AFTER INSERT ON question BEGIN
    INSERT INTO written_fts (rowid, body)
    VALUES (NEW.id * 8 + 5, NEW.title || ' ' || coalesce(NEW.note, '') || ' ' || coalesce(NEW.reason, ''));
END;
CREATE TRIGGER written_fts_question_delete AFTER DELETE ON question BEGIN
    INSERT INTO written_fts (written_fts, rowid, body)
    VALUES ('delete', OLD.id * 8 + 5, OLD.title || ' ' || coalesce(OLD.note, '') || ' ' || coalesce(OLD.reason, ''));
END;
CREATE TRIGGER written_fts_question_update AFTER UPDATE OF title, note, reason ON question BEGIN
    INSERT INTO written_fts (written_fts, rowid, body)
    VALUES ('delete', OLD.id * 8 + 5, OLD.title || ' ' || coalesce(OLD.note, '') || ' ' || coalesce(OLD.reason, ''));
    INSERT INTO written_fts (rowid, body)
    VALUES (NEW.id * 8 + 5, NEW.title || ' ' || coalesce(NEW.note, '') || ' ' || coalesce(NEW.reason, ''));
END;
CREATE TRIGGER written_fts_campaign_insert AFTER INSERT ON campaign BEGIN
    INSERT INTO written_fts (rowid, body)
    VALUES (NEW.id * 8 + 6, NEW.name || ' ' || coalesce(NEW.place, '') || ' ' || coalesce(NEW.note, ''));
END;
CREATE TRIGGER written_fts_campaign_delete AFTER DELETE ON campaign BEGIN
    INSERT INTO written_fts (written_fts, rowid, body)
    VALUES ('delete', OLD.id * 8 + 6, OLD.name || ' ' || coalesce(OLD.place, '') || ' ' || coalesce(OLD.note, ''));
END;
CREATE TRIGGER written_fts_campaign_update AFTER UPDATE OF name, place, note ON campaign BEGIN
    INSERT INTO written_fts (written_fts, rowid, body)
    VALUES ('delete', OLD.id * 8 + 6, OLD.name || ' ' || coalesce(OLD.place, '') || ' ' || coalesce(OLD.note, ''));
    INSERT INTO written_fts (rowid, body)
    VALUES (NEW.id * 8 + 6, NEW.name || ' ' || coalesce(NEW.place, '') || ' ' || coalesce(NEW.note, ''));
END;

-- What was written before this version goes into the index too.
INSERT INTO written_fts (written_fts) VALUES ('rebuild');
