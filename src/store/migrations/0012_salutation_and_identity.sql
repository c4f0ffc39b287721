-- Version 12: how a letter to a person opens ("Beste Noëlle", "Geachte heer
-- Van 't Hek"), for mail merges; empty means kring derives it from the name
-- and the form of address. The database's own identity (a UUID in the
-- setting 'database_id') is written by the code that runs this migration:
-- exported cards and calendar entries carry UIDs derived from it, the same
-- every month and different from every other school's. Runs on SQLite and
-- PostgreSQL alike.
ALTER TABLE person ADD COLUMN salutation TEXT;
