-- Version 11: a person's name in its parts, as Dutch address books and mail
-- merges need them ("Jeroen" / "de" / "Vries", "Dhr."), the profile page an
-- address book or LinkedIn gives, and the department of a job. The parts are
-- empty for people entered by their full name alone: kring derives them from
-- the name when it needs them. Written to run on SQLite and PostgreSQL alike.
ALTER TABLE person ADD COLUMN given_name TEXT;
ALTER TABLE person ADD COLUMN infix TEXT;
ALTER TABLE person ADD COLUMN family_name TEXT;
ALTER TABLE person ADD COLUMN honorific TEXT;
ALTER TABLE person ADD COLUMN profile_url TEXT;
ALTER TABLE employment ADD COLUMN department TEXT;
