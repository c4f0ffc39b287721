-- Version 17: SQLite's `instr` and `json_each` over a JSON array of ids, as
-- functions of the team database, so that the store's SQL runs on it as
-- written (kring rewrote those words before sending them).
CREATE OR REPLACE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN strpos(haystack, needle);

CREATE OR REPLACE FUNCTION json_each(ids TEXT) RETURNS TABLE (value BIGINT)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(ids AS JSON))
$$;
