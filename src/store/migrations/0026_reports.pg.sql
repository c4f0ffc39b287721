-- Version 26: what the reports show.
-- (The PostgreSQL form: the company as a 64-bit id.)
-- The hours a company put into a collaboration, where someone knows them
-- (the year ledger sums them).
ALTER TABLE engagement ADD COLUMN hours INTEGER CHECK (hours IS NULL OR hours >= 0);
-- Health has a memory: each company's score once a month, kept the first
-- time the month's scores are computed for everyone (`kring health`,
-- `kring health --snapshot` from cron). `losses`: the ingredients that cost
-- points, biggest first, as words kring reads back in any language.
CREATE TABLE health_snapshot (
    company_id BIGINT NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    month      TEXT NOT NULL,                -- '2026-09'
    score      INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    losses     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (company_id, month)
);
CREATE INDEX health_snapshot_month ON health_snapshot (month);
CREATE TRIGGER health_snapshot_changed AFTER INSERT OR UPDATE OR DELETE ON health_snapshot
    FOR EACH STATEMENT EXECUTE FUNCTION kring_changed();
