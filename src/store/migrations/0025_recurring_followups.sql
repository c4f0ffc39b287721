-- Version 25: follow-ups that come back. A follow-up of a series knows how
-- often (`every`: '2w', '1m', '1y' …), until when (`repeat_until`), and its
-- series (`series_id`: the first follow-up's id, whose due day counts the
-- occurrences, so a month-end stays one). Done, the next one is made.
ALTER TABLE followup ADD COLUMN every TEXT;
ALTER TABLE followup ADD COLUMN repeat_until TEXT;
ALTER TABLE followup ADD COLUMN series_id INTEGER;
CREATE INDEX followup_series ON followup (series_id) WHERE series_id IS NOT NULL;
