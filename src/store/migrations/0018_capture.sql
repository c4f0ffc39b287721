-- Version 18: capture. What kring finds in a mailbox or a calendar waits
-- as a proposal until a person accepts it (it becomes an interaction that
-- remembers where it came from) or skips it. Only what matched a company
-- is kept: the addresses of people who are no contact are never written,
-- and message and event identifiers only as hashes.
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

ALTER TABLE interaction ADD COLUMN captured_from TEXT CHECK (captured_from IN ('mail', 'calendar'));
