-- Version 20: nothing changes in a file. SQLite ends every index with the
-- rowid, so (staff_id, occurred_on) already reads in (occurred_on, id)
-- order; a team database's indexes end where they are written
-- (0020_tiebreak_indexes.pg.sql).
SELECT 1;
