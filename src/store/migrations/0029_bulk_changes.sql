-- Version 29: bulk changes and the basis for mailing a person.
-- A change made at once to many companies (a tag added or removed, a status,
-- an owner, a cadence), kept with what it changed on each so that one undo
-- takes the whole change back; a company a colleague changed since is left
-- as they left it, and named.
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
-- The AVG's basis for mailing a contact person: their consent (on a day) or
-- the school's legitimate interest; NULL: none recorded.
ALTER TABLE person ADD COLUMN mailing_basis TEXT CHECK (mailing_basis IN ('consent', 'legitimate_interest'));
ALTER TABLE person ADD COLUMN mailing_basis_on TEXT;
