-- Version 21: nothing changes in a file. SQLite ends every index with the
-- rowid, so (name_fold) already reads the lists in (name_fold, id) order;
-- a team database's indexes end where they are written
-- (0021_listing_indexes.pg.sql).
SELECT 1;
