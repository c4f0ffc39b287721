-- Version 22: the connector's network. An organisation has a kind (a
-- company, an entrepreneurs' or trade association, a municipality, a
-- school, a foundation); companies are members of associations; staff hold
-- roles in organisations or work at a company beside the school (a hybrid
-- teacher); someone opened the door to a company or a person; a company
-- offers places per programme and period; a company may ask for rest; other
-- schools ask companies too; a contact person may be an alumnus.
ALTER TABLE company ADD COLUMN kind TEXT NOT NULL DEFAULT 'company'
    CHECK (kind IN ('company', 'association', 'government', 'education', 'foundation'));
ALTER TABLE company ADD COLUMN rest_until TEXT;
ALTER TABLE company ADD COLUMN rest_reason TEXT;
ALTER TABLE person ADD COLUMN alumnus_programme TEXT;
ALTER TABLE person ADD COLUMN alumnus_year INTEGER CHECK (alumnus_year IS NULL OR alumnus_year BETWEEN 1900 AND 2999);

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
