-- Version 20: on a team database the indexes that Today walks end with the
-- row's id, as SQLite's do by themselves. Today asks for the first few in
-- (date, id) order; with the date alone in the index PostgreSQL read and
-- sorted every row of the first date (704 of a colleague's interactions on
-- one day of the large demo: 17 ms where 5 rows were wanted).
DROP INDEX interaction_staff;
CREATE INDEX interaction_staff ON interaction (staff_id, occurred_on, id);
DROP INDEX followup_open_due;
CREATE INDEX followup_open_due ON followup (due_on, id) WHERE done_at IS NULL;
DROP INDEX followup_open_staff;
CREATE INDEX followup_open_staff ON followup (staff_id, due_on, id) WHERE done_at IS NULL;
