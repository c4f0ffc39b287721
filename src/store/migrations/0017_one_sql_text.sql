-- Version 17: nothing changes in a file. A team database is given SQLite's
-- `instr` and `json_each` over a list of ids as functions of its own
-- (0017_one_sql_text.pg.sql), so the store's SQL runs on it as written.
SELECT 1;
