-- Version 13: the key a person's name sorts on as Dutch lists sort it —
-- the family name without its tussenvoegsel, then the given name ("Vries"
-- before "Zaan", not "de" before "van"), folded. Kept by the store whenever
-- a name changes (the rule is Rust's: domain::names), so that an export of
-- every contact can stream in that order from the database instead of
-- sorting in memory. Filled for existing people by the migration's code.
-- Written to run on SQLite and PostgreSQL alike.
ALTER TABLE person ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
