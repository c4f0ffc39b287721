-- Version 27: links to documents. A signed internship agreement, an SBB
-- letter, minutes as a PDF: a path or URL attached to one company, person,
-- collaboration, recognition or meeting. kring keeps the link, never a copy
-- of the file (documents stay where the school keeps them).
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
