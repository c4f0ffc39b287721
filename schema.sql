-- kring — the current schema, as a fresh database gets it.
--
-- This file is the readable truth. Older databases are carried here by the
-- migrations in src/store/migrations.rs; a test checks that a database
-- migrated from version 1 ends up with exactly this schema.
--
-- Conventions
--   * ids are AUTOINCREMENT: an id names one record for ever, and is never
--     handed out again after that record is deleted (import log, audit log and
--     open forms refer to records by id)
--   * dates are ISO text 'YYYY-MM-DD'; timestamps are UTC 'YYYY-MM-DD HH:MM:SS'
--   * *_fold columns hold a lower-cased, accent-free copy of a name, written by
--     the store (src/domain/fold.rs), so lookups are case- and accent-insensitive
--     with a plain index on every database engine
--   * nothing but people is ever deleted for real: the rest is archived or ended

-- Key/value settings of this database (e.g. 'me' = the staff id of the owner).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- A team of staff: a programme, the internship office, the connectors.
CREATE TABLE team (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL UNIQUE,
    name_fold  TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- School-side people: connector, internship office, teachers.
CREATE TABLE staff (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL,
    name_fold  TEXT NOT NULL,
    email      TEXT,
    role       TEXT NOT NULL DEFAULT 'connector'
               CHECK (role IN ('connector', 'internship_office', 'teacher', 'manager', 'other')),
    left_on    TEXT,                         -- NULL while the staff member is active
    created_at TEXT NOT NULL,
    login      TEXT,
    team_id    INTEGER REFERENCES team (id)
);
-- login: the account they work under (their user name on a shared host, or
-- their PostgreSQL role), so kring knows who acts without --as.
CREATE INDEX staff_name_fold ON staff (name_fold);
CREATE UNIQUE INDEX staff_login ON staff (login);
CREATE INDEX staff_team ON staff (team_id);

-- An organisation the school works with or wants to.
CREATE TABLE company (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT NOT NULL,
    name_fold       TEXT NOT NULL,
    kvk             TEXT UNIQUE,             -- 8 digits, no spaces
    sector          TEXT,
    street          TEXT,
    postcode        TEXT,
    city            TEXT,
    city_fold       TEXT,
    website         TEXT,
    source          TEXT,                    -- how the relationship started
    status          TEXT NOT NULL DEFAULT 'prospect'
                    CHECK (status IN ('prospect', 'active', 'dormant', 'ended')),
    owner_id        INTEGER REFERENCES staff (id),
    cadence_days    INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0),  -- NULL: default of the status
    motivation      TEXT,                    -- what's in it for them
    agreements      TEXT,                    -- agreements, compensation
    recognised      INTEGER NOT NULL DEFAULT 0,  -- SBB recognised training company
    last_contact_on TEXT,                    -- denormalised: latest interaction date (triggers below)
    archived        INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    -- The cadence we keep with the company; the defaults per status are the
    -- ones in src/domain/cadence.rs (a test keeps the two equal).
    email           TEXT,
    phone           TEXT,
    kind            TEXT NOT NULL DEFAULT 'company'
                    CHECK (kind IN ('company', 'association', 'government', 'education', 'foundation')),
    rest_until      TEXT,
    rest_reason     TEXT,
    group_cadence_days INTEGER,
    group_cadence_from TEXT,
    effective_cadence INTEGER GENERATED ALWAYS AS (
        COALESCE(cadence_days, CASE WHEN status IN ('prospect', 'active') THEN group_cadence_days END, CASE status
            WHEN 'prospect' THEN 30
            WHEN 'active'   THEN 60
            WHEN 'dormant'  THEN 180
        END)) VIRTUAL,
    contact_due_on TEXT GENERATED ALWAYS AS (
        date(COALESCE(last_contact_on, substr(created_at, 1, 10)),
             '+' || COALESCE(cadence_days, CASE WHEN status IN ('prospect', 'active') THEN group_cadence_days END, CASE status
            WHEN 'prospect' THEN 30
            WHEN 'active'   THEN 60
            WHEN 'dormant'  THEN 180
        END) || ' days')) VIRTUAL
);
-- effective_cadence: the cadence we keep — the company's own, else the
-- group cadence for a prospect or an active relationship (version 30: the
-- shortest of its tags', else its kind's,
-- kept in group_cadence_days by the triggers below, with where it came from
-- in group_cadence_from: 'tag:stagebedrijf', 'kind:association'), else the
-- status's default. contact_due_on: the day we are due to speak to the
-- company again — "losing touch" after it.
-- email, phone: the company's general address and number (info@…, the
-- switchboard), for when there is no contact person to write to.
-- kind: what sort of organisation it is (version 22): a company, an
-- association (ondernemersvereniging, branchevereniging), a government
-- (gemeente, provincie), an education or knowledge institution, a
-- foundation. rest_until, rest_reason: the company asked for no new asks
-- until that day, and why.
-- Name lookups, and the default company list (ids in name order, not
-- archived) without reading the rows.
CREATE INDEX company_name_fold ON company (name_fold, archived);
CREATE INDEX company_city_fold ON company (city_fold);
CREATE INDEX company_owner ON company (owner_id, contact_due_on);
CREATE INDEX company_contact_due ON company (contact_due_on) WHERE archived = 0;
-- The few archived companies, to leave out of counts cheaply.
CREATE INDEX company_archived ON company (id) WHERE archived <> 0;
CREATE INDEX company_email_lower ON company (lower(email));
-- Today's companies resting (version 24).
CREATE INDEX company_rest ON company (rest_until) WHERE rest_until IS NOT NULL;

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE            -- stored folded (lower case, no accents)
    , cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0)
);
-- cadence_days (version 30): how often to speak to a company with this tag
-- ("stagebedrijf": every 42 days), unless the company has its own.

CREATE TABLE company_tag (
    company_id INTEGER NOT NULL REFERENCES company (id),
    tag_id     INTEGER NOT NULL REFERENCES tag (id),
    PRIMARY KEY (company_id, tag_id)
);
CREATE INDEX company_tag_companies ON company_tag (tag_id, company_id);

-- A cadence per kind of organisation (version 30): associations every 90
-- days, say; a tag's cadence, or the company's own, comes first.
CREATE TABLE kind_cadence (
    kind         TEXT PRIMARY KEY
                 CHECK (kind IN ('company', 'association', 'government', 'education', 'foundation')),
    cadence_days INTEGER NOT NULL CHECK (cadence_days > 0)
);
-- A company's group cadence follows its tags and kind, whoever changes them.
CREATE TRIGGER company_tag_cadence_insert AFTER INSERT ON company_tag
    WHEN (SELECT cadence_days FROM tag WHERE id = NEW.tag_id) IS NOT NULL BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE id = NEW.company_id;
END;
CREATE TRIGGER company_tag_cadence_delete AFTER DELETE ON company_tag
    WHEN (SELECT cadence_days FROM tag WHERE id = OLD.tag_id) IS NOT NULL BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE id = OLD.company_id;
END;
CREATE TRIGGER company_tag_cadence_update AFTER UPDATE ON company_tag
    WHEN (SELECT cadence_days FROM tag WHERE id IN (OLD.tag_id, NEW.tag_id) AND cadence_days IS NOT NULL) IS NOT NULL BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE id IN (OLD.company_id, NEW.company_id);
END;
CREATE TRIGGER tag_cadence_update AFTER UPDATE OF cadence_days ON tag BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE id IN (SELECT company_id FROM company_tag WHERE tag_id = NEW.id);
END;
CREATE TRIGGER company_kind_cadence AFTER UPDATE OF kind ON company
    WHEN EXISTS (SELECT 1 FROM kind_cadence WHERE kind IN (OLD.kind, NEW.kind)) BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE id = NEW.id;
END;
CREATE TRIGGER company_cadence_insert AFTER INSERT ON company
    WHEN EXISTS (SELECT 1 FROM kind_cadence WHERE kind = NEW.kind) BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE id = NEW.id;
END;
CREATE TRIGGER kind_cadence_insert AFTER INSERT ON kind_cadence BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE kind = NEW.kind;
END;
CREATE TRIGGER kind_cadence_update AFTER UPDATE ON kind_cadence BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE kind IN (OLD.kind, NEW.kind);
END;
CREATE TRIGGER kind_cadence_delete AFTER DELETE ON kind_cadence BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE kind = OLD.kind;
END;

-- A contact person. Deleting a person is a real deletion (GDPR): every link
-- to them cascades or is cleared. The name's parts (version 11) are kept
-- when a source has them apart ("Joost" / "van 't" / "Hek"; infix is the
-- tussenvoegsel, honorific "Dhr.", "Mevr.", "ir."), else derived from the
-- name when needed; profile_url is their own page (LinkedIn, a personal site).
CREATE TABLE person (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    name           TEXT NOT NULL,
    name_fold      TEXT NOT NULL,
    email          TEXT,
    phone          TEXT,
    notes          TEXT,
    do_not_contact INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL, given_name TEXT, infix TEXT, family_name TEXT, honorific TEXT, profile_url TEXT, salutation TEXT, sort_key TEXT NOT NULL DEFAULT '',
    alumnus_programme TEXT,
    alumnus_year   INTEGER CHECK (alumnus_year IS NULL OR alumnus_year BETWEEN 1900 AND 2999),
    mailing_basis  TEXT CHECK (mailing_basis IN ('consent', 'legitimate_interest')),
    mailing_basis_on TEXT
);
-- alumnus_programme, alumnus_year: a former student of ours (version 22).
-- mailing_basis (version 29): the AVG's basis for mailing them, their
-- consent (given on mailing_basis_on) or the school's legitimate interest;
-- NULL: none recorded.
CREATE INDEX person_name_fold ON person (name_fold);
CREATE INDEX person_email ON person (email);
-- Imports match people by e-mail whatever its case.
CREATE INDEX person_email_lower ON person (lower(email));

-- A person works (or worked) at a company in a role. ended_on NULL = current.
CREATE TABLE employment (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    company_id INTEGER NOT NULL REFERENCES company (id),
    role       TEXT NOT NULL DEFAULT 'other'
               CHECK (role IN ('workplace_trainer', 'owner', 'hr', 'expert', 'other')),
    title      TEXT,                     -- job title as they write it ("Stagebegeleider")
    started_on TEXT,
    ended_on   TEXT, department TEXT
);
CREATE INDEX employment_person ON employment (person_id);
CREATE INDEX employment_company ON employment (company_id, ended_on);

-- One logged contact with a company.
CREATE TABLE interaction (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id  INTEGER NOT NULL REFERENCES company (id),
    staff_id    INTEGER REFERENCES staff (id),
    occurred_on TEXT NOT NULL,
    kind        TEXT NOT NULL
                CHECK (kind IN ('call', 'email', 'visit', 'meeting', 'event', 'guest_lecture',
                                'internship_placed', 'assignment', 'other')),
    summary     TEXT NOT NULL DEFAULT '',
    outcome     TEXT,
    meeting_id  INTEGER REFERENCES meeting (id),   -- set when it came from circle attendance
    created_at  TEXT NOT NULL,
    rating      INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    captured_from TEXT CHECK (captured_from IN ('mail', 'calendar'))
);
-- captured_from: set when it was accepted from the capture inbox.
CREATE INDEX interaction_company ON interaction (company_id, occurred_on);
CREATE INDEX interaction_staff ON interaction (staff_id, occurred_on);

CREATE TABLE interaction_person (
    interaction_id INTEGER NOT NULL REFERENCES interaction (id) ON DELETE CASCADE,
    person_id      INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, person_id)
);
CREATE INDEX interaction_person_person ON interaction_person (person_id);

-- Keep company.last_contact_on equal to the latest interaction date, in the
-- same transaction as the change, whoever makes it.
CREATE TRIGGER interaction_last_contact_insert AFTER INSERT ON interaction
BEGIN
    UPDATE company SET last_contact_on = NEW.occurred_on
     WHERE id = NEW.company_id
       AND (last_contact_on IS NULL OR last_contact_on < NEW.occurred_on);
END;
CREATE TRIGGER interaction_last_contact_update AFTER UPDATE OF occurred_on, company_id ON interaction
BEGIN
    UPDATE company SET last_contact_on =
        (SELECT max(occurred_on) FROM interaction WHERE company_id = company.id)
     WHERE id IN (OLD.company_id, NEW.company_id);
END;
CREATE TRIGGER interaction_last_contact_delete AFTER DELETE ON interaction
BEGIN
    UPDATE company SET last_contact_on =
        (SELECT max(occurred_on) FROM interaction WHERE company_id = OLD.company_id)
     WHERE id = OLD.company_id;
END;

-- A dated promise to do something next.
CREATE TABLE followup (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id     INTEGER NOT NULL REFERENCES company (id),
    person_id      INTEGER REFERENCES person (id) ON DELETE SET NULL,
    staff_id       INTEGER REFERENCES staff (id),
    interaction_id INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
    meeting_id     INTEGER REFERENCES meeting (id),
    due_on         TEXT NOT NULL,
    action         TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    done_at        TEXT,
    every          TEXT,
    repeat_until   TEXT,
    series_id      INTEGER
);
-- every, repeat_until, series_id (version 25): a follow-up that comes back
-- ('2w', '1m', '1y'), until when, and its series (the first one's id).
CREATE INDEX followup_series ON followup (series_id) WHERE series_id IS NOT NULL;
CREATE INDEX followup_open_due ON followup (due_on) WHERE done_at IS NULL;
CREATE INDEX followup_company ON followup (company_id, done_at);
CREATE INDEX followup_staff ON followup (staff_id, due_on);
CREATE INDEX followup_open_staff ON followup (staff_id, due_on) WHERE done_at IS NULL;
-- Deleting a person clears their follow-ups' person_id through this index.
CREATE INDEX followup_person ON followup (person_id);

-- A collaboration of one form with a company over a period.
CREATE TABLE engagement (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id   INTEGER NOT NULL REFERENCES company (id),
    form         TEXT NOT NULL
                 CHECK (form IN ('internship', 'guest_lecture', 'company_visit', 'practice_assignment',
                                 'coaching', 'partnership', 'exam_curriculum', 'recruitment', 'other')),
    programme    TEXT,
    school_year  TEXT,                    -- '2025-2026'
    period       TEXT,
    starts_on    TEXT,
    ends_on      TEXT,
    students     INTEGER CHECK (students IS NULL OR students >= 0),
    status       TEXT NOT NULL DEFAULT 'proposed'
                 CHECK (status IN ('proposed', 'agreed', 'running', 'done', 'cancelled')),
    scope        TEXT,
    expectations TEXT,
    compensation TEXT,
    evaluation   TEXT,
    evaluated_on TEXT,
    staff_id     INTEGER REFERENCES staff (id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    rating       INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    hours        INTEGER CHECK (hours IS NULL OR hours >= 0)
);
-- hours: what the company put into it, where someone knows (version 26).
CREATE INDEX engagement_company ON engagement (company_id);
-- Today's "to evaluate": ended collaborations without an evaluation.
CREATE INDEX engagement_unevaluated ON engagement (ends_on) WHERE evaluation IS NULL AND status <> 'cancelled';

-- SBB recognition of a company as a training company, per programme.
CREATE TABLE recognition (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id        INTEGER NOT NULL REFERENCES company (id),
    crebo             TEXT NOT NULL CHECK (length(crebo) = 5),
    programme         TEXT,
    trainer_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    recognised_on     TEXT,
    recheck_on        TEXT,
    trainer_left_on   TEXT
);
-- trainer_left_on: the day the workplace trainer left the company (version
-- 24), kept by the store; set until a new trainer is named. Today lists these.
CREATE INDEX recognition_company ON recognition (company_id);
-- Today's re-checks due.
CREATE INDEX recognition_recheck ON recognition (recheck_on) WHERE recheck_on IS NOT NULL;
CREATE INDEX recognition_trainer ON recognition (trainer_person_id);
CREATE INDEX recognition_trainer_left ON recognition (trainer_left_on) WHERE trainer_left_on IS NOT NULL;

-- Business circle (bedrijvenkring).
CREATE TABLE circle (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE,
    name_fold   TEXT NOT NULL,
    description TEXT,
    archived    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);

CREATE TABLE circle_member (
    circle_id  INTEGER NOT NULL REFERENCES circle (id),
    company_id INTEGER NOT NULL REFERENCES company (id),
    joined_on  TEXT NOT NULL,
    left_on    TEXT,
    PRIMARY KEY (circle_id, company_id, joined_on)
);
CREATE INDEX circle_member_company ON circle_member (company_id);

CREATE TABLE meeting (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    circle_id  INTEGER NOT NULL REFERENCES circle (id),
    starts_at  TEXT NOT NULL,             -- local time 'YYYY-MM-DD HH:MM' (Europe/Amsterdam)
    place      TEXT,
    agenda     TEXT,
    minutes    TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX meeting_circle ON meeting (circle_id, starts_at);

-- Who was invited to / attended a meeting: a contact person or a staff member.
CREATE TABLE meeting_attendance (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    person_id  INTEGER REFERENCES person (id) ON DELETE CASCADE,
    staff_id   INTEGER REFERENCES staff (id),
    status     TEXT NOT NULL DEFAULT 'invited'
               CHECK (status IN ('invited', 'attended', 'apologised')),
    CHECK ((person_id IS NULL) <> (staff_id IS NULL))
);
CREATE UNIQUE INDEX meeting_attendance_person ON meeting_attendance (meeting_id, person_id) WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX meeting_attendance_staff ON meeting_attendance (meeting_id, staff_id) WHERE staff_id IS NOT NULL;
CREATE INDEX meeting_attendance_person_id ON meeting_attendance (person_id);

-- A yearly goal of the whole school, a team or a staff member, counted from
-- the data (see src/store/goals.rs); `max` makes it a range (40 to 60 students).
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
CREATE INDEX goal_year ON goal (school_year);

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

-- Capture: what kring finds in a mailbox or a calendar waits as a proposal
-- until a person accepts it (it becomes an interaction that remembers where
-- it came from) or skips it. Only what matched a company is kept: addresses
-- of people who are no contact are never written, and message and event
-- identifiers only as hashes.
CREATE TABLE capture (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    source         TEXT NOT NULL CHECK (source IN ('mail', 'calendar')),
    occurred_on    TEXT NOT NULL,
    company_id     INTEGER NOT NULL REFERENCES company (id),
    staff_id       INTEGER REFERENCES staff (id),
    kind           TEXT NOT NULL
                   CHECK (kind IN ('call', 'email', 'visit', 'meeting', 'event', 'guest_lecture',
                                   'internship_placed', 'assignment', 'other')),
    subject        TEXT NOT NULL DEFAULT '',
    items          INTEGER NOT NULL DEFAULT 1 CHECK (items >= 1),
    matched_by     TEXT NOT NULL CHECK (matched_by IN ('person', 'domain')),
    thread         TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'skipped')),
    interaction_id INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL,
    decided_at     TEXT
);
-- thread: a hash of the thread's first Message-ID (or the event's UID):
-- messages of one thread with one company on one day are one proposal,
-- whichever run read them.
CREATE INDEX capture_open ON capture (staff_id, status, occurred_on);
CREATE INDEX capture_thread ON capture (thread, company_id, occurred_on);
CREATE INDEX capture_company ON capture (company_id);
CREATE INDEX capture_interaction ON capture (interaction_id);

CREATE TABLE capture_person (
    capture_id INTEGER NOT NULL REFERENCES capture (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (capture_id, person_id)
);
CREATE INDEX capture_person_person ON capture_person (person_id);

-- Every message or event a proposal was made of, as a hash of its
-- Message-ID (or UID and RECURRENCE-ID): never proposed again, accepted or
-- skipped.
CREATE TABLE capture_seen (
    key        TEXT PRIMARY KEY,
    capture_id INTEGER NOT NULL REFERENCES capture (id) ON DELETE CASCADE
);
CREATE INDEX capture_seen_capture ON capture_seen (capture_id);

-- Where a capture from an IMAP folder stopped: the folder (a hash of
-- user@host/folder), its UIDVALIDITY and the last UID read, so a daily run
-- reads only what is new (and all again when the server renumbered).
CREATE TABLE capture_folder (
    folder       TEXT PRIMARY KEY,
    staff_id     INTEGER REFERENCES staff (id),
    uid_validity INTEGER NOT NULL,
    last_uid     INTEGER NOT NULL,
    read_at      TEXT NOT NULL
);

-- The connector's network (version 22).
-- A company's membership of an association (organisation_id: a company of
-- any kind, usually an association), dated.
CREATE TABLE membership (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES company (id),
    company_id      INTEGER NOT NULL REFERENCES company (id),
    started_on      TEXT,
    ended_on        TEXT,
    created_at      TEXT NOT NULL,
    CHECK (organisation_id <> company_id)
);
CREATE INDEX membership_organisation ON membership (organisation_id, ended_on);
CREATE INDEX membership_company ON membership (company_id);

-- A staff member's role in an organisation ('role': "bestuurslid MKB
-- Amsterdam") or work at a company beside the school ('works': a hybrid
-- teacher), dated: where the school meets companies.
CREATE TABLE staff_affiliation (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_id   INTEGER NOT NULL REFERENCES staff (id),
    company_id INTEGER NOT NULL REFERENCES company (id),
    kind       TEXT NOT NULL CHECK (kind IN ('role', 'works')),
    title      TEXT,
    started_on TEXT,
    ended_on   TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX staff_affiliation_staff ON staff_affiliation (staff_id);
CREATE INDEX staff_affiliation_company ON staff_affiliation (company_id);

-- Who opened the door to a company or to a person: a contact person, a
-- staff member or an organisation (exactly one of the by_ columns);
-- staff_id: who recorded it.
CREATE TABLE introduction (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id    INTEGER REFERENCES company (id),
    person_id     INTEGER REFERENCES person (id) ON DELETE CASCADE,
    by_person_id  INTEGER REFERENCES person (id) ON DELETE CASCADE,
    by_staff_id   INTEGER REFERENCES staff (id),
    by_company_id INTEGER REFERENCES company (id),
    introduced_on TEXT,
    note          TEXT,
    staff_id      INTEGER REFERENCES staff (id),
    created_at    TEXT NOT NULL,
    CHECK ((company_id IS NULL) <> (person_id IS NULL)),
    CHECK ((CASE WHEN by_person_id IS NULL THEN 0 ELSE 1 END)
         + (CASE WHEN by_staff_id IS NULL THEN 0 ELSE 1 END)
         + (CASE WHEN by_company_id IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE INDEX introduction_company ON introduction (company_id);
CREATE INDEX introduction_person ON introduction (person_id);
CREATE INDEX introduction_by_person ON introduction (by_person_id);
CREATE INDEX introduction_by_company ON introduction (by_company_id);

-- Places a company offers for a programme (a crebo or the school's own
-- name) in a period of a school year ('' the whole year), and how many are
-- filled: counts only, the students are the student system's.
CREATE TABLE place (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id     INTEGER NOT NULL REFERENCES company (id),
    programme      TEXT NOT NULL,
    programme_fold TEXT NOT NULL,
    school_year    TEXT NOT NULL,
    period         TEXT NOT NULL DEFAULT '',
    period_fold    TEXT NOT NULL DEFAULT '',
    offered        INTEGER NOT NULL CHECK (offered >= 0),
    filled         INTEGER NOT NULL DEFAULT 0 CHECK (filled >= 0),
    note           TEXT,
    staff_id       INTEGER REFERENCES staff (id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX place_company ON place (company_id);
CREATE INDEX place_programme ON place (school_year, programme_fold, period_fold);

-- Another school asked the company (as the company told us): counted in
-- the ask-load beside our own asks.
CREATE TABLE outside_ask (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES company (id),
    asked_on   TEXT NOT NULL,
    asked_by   TEXT NOT NULL,
    what       TEXT,
    staff_id   INTEGER REFERENCES staff (id),
    created_at TEXT NOT NULL
);
CREATE INDEX outside_ask_company ON outside_ask (company_id, asked_on);

-- An offer from the school (version 23): a team's assignment or lecture
-- series looking for a company. Candidates by sector, tag or topic (a
-- contact person's), invited through a campaign; matched, it becomes the
-- company's question (question_id) and goes on as one.
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

-- Health has a memory (version 26): each company's score once a month, kept
-- the first time the month's scores are computed for everyone (`kring
-- health`, `kring health --snapshot` from cron). `losses`: the ingredients
-- that cost points, biggest first, as keys kring words in any language.
CREATE TABLE health_snapshot (
    company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    month      TEXT NOT NULL,                -- '2026-09'
    score      INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    losses     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (company_id, month)
);
CREATE INDEX health_snapshot_month ON health_snapshot (month);

-- Links to documents (version 27): a path or URL attached to exactly one
-- company, person, collaboration, recognition or meeting. kring keeps the
-- link, never a copy: documents stay where the school keeps them.
CREATE TABLE attachment (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id     INTEGER REFERENCES company (id),
    person_id      INTEGER REFERENCES person (id) ON DELETE CASCADE,
    engagement_id  INTEGER REFERENCES engagement (id),
    recognition_id INTEGER REFERENCES recognition (id),
    meeting_id     INTEGER REFERENCES meeting (id),
    location       TEXT NOT NULL,
    note           TEXT,
    staff_id       INTEGER REFERENCES staff (id),
    created_at     TEXT NOT NULL,
    CHECK ((company_id IS NOT NULL) + (person_id IS NOT NULL) + (engagement_id IS NOT NULL)
           + (recognition_id IS NOT NULL) + (meeting_id IS NOT NULL) = 1)
);
CREATE INDEX attachment_company ON attachment (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX attachment_person ON attachment (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX attachment_engagement ON attachment (engagement_id) WHERE engagement_id IS NOT NULL;
CREATE INDEX attachment_recognition ON attachment (recognition_id) WHERE recognition_id IS NOT NULL;
CREATE INDEX attachment_meeting ON attachment (meeting_id) WHERE meeting_id IS NOT NULL;

-- Saved views (version 28): a listing kept by name as its arguments (a JSON
-- array), shared by the team; only listings are kept and run.
CREATE TABLE saved_view (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL,
    name_fold  TEXT NOT NULL UNIQUE,
    command    TEXT NOT NULL,
    staff_id   INTEGER REFERENCES staff (id),
    created_at TEXT NOT NULL
);

-- Bulk changes (version 29): a change made at once to many companies (a tag
-- added or removed, a status, an owner, a cadence), kept with what it changed
-- on each so that one undo takes the whole change back; a company a
-- colleague changed since is left as they left it, and named.
CREATE TABLE bulk_change (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    staff_id    INTEGER REFERENCES staff (id),
    description TEXT NOT NULL,               -- the change as asked: JSON
    undone_at   TEXT
);
-- fields: per company, JSON {"status": ["prospect", "active"], "tags_added": ["techniek"], …}:
-- each field's value before and after (as text), the tags it added and removed.
CREATE TABLE bulk_change_item (
    change_id  INTEGER NOT NULL REFERENCES bulk_change (id),
    company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    fields     TEXT NOT NULL,
    PRIMARY KEY (change_id, company_id)
);

-- Who changed what, when. Written by the store, never by callers.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    staff_id  INTEGER REFERENCES staff (id),
    entity    TEXT NOT NULL,              -- 'company', 'person', 'followup', ...
    entity_id INTEGER,
    action    TEXT NOT NULL,              -- 'create', 'update', 'archive', 'move', ...
    detail    TEXT                        -- JSON: changed fields, old -> new
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

-- Every spreadsheet or vCard import, and what it did, so that `kring import
-- undo` can revert the last one exactly.
CREATE TABLE import_batch (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
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

-- Copies of the database kring wrote where the user chose (`kring backup
-- FILE`), so that erasing a person can name each copy that still holds them.
-- Copies beside the database are found by their names.
CREATE TABLE backup_copy (
    path    TEXT PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('backup', 'before-restore', 'before-migration')),
    made_at TEXT NOT NULL
);

-- Full-text search. Interaction notes by their words; company and
-- person names by the start of any word in them ("zaan" finds "De Zaan").
-- External content: the text lives once, in its own table; triggers keep the
-- indexes in step. Diacritics are folded ("ruine" finds "Ruïne"); prefix
-- indexes make prefixes of up to six letters fast.
CREATE VIRTUAL TABLE interaction_fts USING fts5(
    summary, outcome,
    content = 'interaction', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4 5 6'
);
CREATE TRIGGER interaction_fts_insert AFTER INSERT ON interaction
BEGIN
    INSERT INTO interaction_fts (rowid, summary, outcome) VALUES (NEW.id, NEW.summary, NEW.outcome);
END;
CREATE TRIGGER interaction_fts_delete AFTER DELETE ON interaction
BEGIN
    INSERT INTO interaction_fts (interaction_fts, rowid, summary, outcome) VALUES ('delete', OLD.id, OLD.summary, OLD.outcome);
END;
CREATE TRIGGER interaction_fts_update AFTER UPDATE OF summary, outcome ON interaction
BEGIN
    INSERT INTO interaction_fts (interaction_fts, rowid, summary, outcome) VALUES ('delete', OLD.id, OLD.summary, OLD.outcome);
    INSERT INTO interaction_fts (rowid, summary, outcome) VALUES (NEW.id, NEW.summary, NEW.outcome);
END;

CREATE VIRTUAL TABLE company_fts USING fts5(
    name, city,
    content = 'company', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4 5 6'
);
CREATE TRIGGER company_fts_insert AFTER INSERT ON company
BEGIN
    INSERT INTO company_fts (rowid, name, city) VALUES (NEW.id, NEW.name, NEW.city);
END;
CREATE TRIGGER company_fts_delete AFTER DELETE ON company
BEGIN
    INSERT INTO company_fts (company_fts, rowid, name, city) VALUES ('delete', OLD.id, OLD.name, OLD.city);
END;
CREATE TRIGGER company_fts_update AFTER UPDATE OF name, city ON company
BEGIN
    INSERT INTO company_fts (company_fts, rowid, name, city) VALUES ('delete', OLD.id, OLD.name, OLD.city);
    INSERT INTO company_fts (rowid, name, city) VALUES (NEW.id, NEW.name, NEW.city);
END;

CREATE VIRTUAL TABLE person_fts USING fts5(
    name, email,
    content = 'person', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4 5 6'
);
CREATE TRIGGER person_fts_insert AFTER INSERT ON person
BEGIN
    INSERT INTO person_fts (rowid, name, email) VALUES (NEW.id, NEW.name, NEW.email);
END;
CREATE TRIGGER person_fts_delete AFTER DELETE ON person
BEGIN
    INSERT INTO person_fts (person_fts, rowid, name, email) VALUES ('delete', OLD.id, OLD.name, OLD.email);
END;
CREATE TRIGGER person_fts_update AFTER UPDATE OF name, email ON person
BEGIN
    INSERT INTO person_fts (person_fts, rowid, name, email) VALUES ('delete', OLD.id, OLD.name, OLD.email);
    INSERT INTO person_fts (rowid, name, email) VALUES (NEW.id, NEW.name, NEW.email);
END;

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
