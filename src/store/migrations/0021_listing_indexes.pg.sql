-- Version 21: on a team database the name indexes end with the id, and the
-- companies' carries whether one is archived, so the lists' order (name,
-- then id) is read from the index alone. With the name only, PostgreSQL
-- sorted every row each time a list was read again: the 100k companies of
-- the large demo 92 -> 10 ms, its 300k people 300 ms.
DROP INDEX company_name_fold;
CREATE INDEX company_name_fold ON company (name_fold, id) INCLUDE (archived);
DROP INDEX person_name_fold;
CREATE INDEX person_name_fold ON person (name_fold, id);
