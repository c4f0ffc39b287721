-- Version 5: indexes on the columns that point at a person, so deleting one
-- (an erasure, a merge, undoing an import) does not read every follow-up,
-- attendance and recognition to clear or cascade its links.
CREATE INDEX followup_person ON followup (person_id);
CREATE INDEX meeting_attendance_person_id ON meeting_attendance (person_id);
CREATE INDEX recognition_trainer ON recognition (trainer_person_id);
