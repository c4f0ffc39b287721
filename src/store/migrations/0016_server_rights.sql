-- Version 16: nothing changes in a file. On a team database the server's
-- rules are written anew by its owner (src/store/postgres/rights.sql, which
-- every upgrade of a team database applies whole): only linked, current
-- staff write; a leaver reads nothing; every "who" column is the login's;
-- history is kept whichever client changes a record; id counters move
-- forward only.
SELECT 1;
