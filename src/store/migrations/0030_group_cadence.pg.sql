-- Version 30: a cadence per tag or kind of organisation (see schema.sql).
-- (The PostgreSQL form: the generated columns stored, the triggers one
-- function.)
ALTER TABLE tag ADD COLUMN cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0);
CREATE TABLE kind_cadence (
    kind         TEXT PRIMARY KEY
                 CHECK (kind IN ('company', 'association', 'government', 'education', 'foundation')),
    cadence_days INTEGER NOT NULL CHECK (cadence_days > 0)
);
CREATE TRIGGER kind_cadence_changed AFTER INSERT OR UPDATE OR DELETE ON kind_cadence
    FOR EACH STATEMENT EXECUTE FUNCTION kring_changed();
ALTER TABLE company ADD COLUMN group_cadence_days INTEGER;
ALTER TABLE company ADD COLUMN group_cadence_from TEXT;
DROP INDEX IF EXISTS company_owner;
DROP INDEX IF EXISTS company_contact_due;
ALTER TABLE company DROP COLUMN IF EXISTS contact_due_on;
ALTER TABLE company DROP COLUMN IF EXISTS effective_cadence;
ALTER TABLE company ADD COLUMN effective_cadence INTEGER GENERATED ALWAYS AS (
        COALESCE(cadence_days, CASE WHEN status IN ('prospect', 'active') THEN group_cadence_days END, CASE status
            WHEN 'prospect' THEN 30
            WHEN 'active'   THEN 60
            WHEN 'dormant'  THEN 180
        END)) STORED;
ALTER TABLE company ADD COLUMN contact_due_on TEXT GENERATED ALWAYS AS (
        kring_add_days(COALESCE(last_contact_on, substr(created_at, 1, 10)),
            COALESCE(cadence_days, CASE WHEN status IN ('prospect', 'active') THEN group_cadence_days END, CASE status
            WHEN 'prospect' THEN 30
            WHEN 'active'   THEN 60
            WHEN 'dormant'  THEN 180
        END))) STORED;
CREATE INDEX company_owner ON company (owner_id, contact_due_on);
CREATE INDEX company_contact_due ON company (contact_due_on) WHERE archived = 0;
CREATE FUNCTION kring_regroup_cadence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Which companies: the trigger's table says how to find them.
    IF TG_TABLE_NAME = 'company_tag' THEN
        IF NOT EXISTS (SELECT 1 FROM tag WHERE cadence_days IS NOT NULL
                        AND id IN (CASE WHEN TG_OP <> 'DELETE' THEN NEW.tag_id END,
                                   CASE WHEN TG_OP <> 'INSERT' THEN OLD.tag_id END)) THEN
            RETURN NULL;
        END IF;
        UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
            group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
         WHERE id IN (CASE WHEN TG_OP <> 'DELETE' THEN NEW.company_id END,
                      CASE WHEN TG_OP <> 'INSERT' THEN OLD.company_id END);
    ELSIF TG_TABLE_NAME = 'tag' THEN
        UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
            group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
         WHERE id IN (SELECT company_id FROM company_tag WHERE tag_id = NEW.id);
    ELSIF TG_TABLE_NAME = 'company' THEN
        IF NOT EXISTS (SELECT 1 FROM kind_cadence WHERE kind IN (NEW.kind, CASE WHEN TG_OP = 'UPDATE' THEN OLD.kind END)) THEN
            RETURN NULL;
        END IF;
        UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
            group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
         WHERE id = NEW.id;
    ELSE
        UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
            group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
         WHERE kind IN (CASE WHEN TG_OP <> 'DELETE' THEN NEW.kind END,
                        CASE WHEN TG_OP <> 'INSERT' THEN OLD.kind END);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER company_tag_cadence AFTER INSERT OR UPDATE OR DELETE ON company_tag
    FOR EACH ROW EXECUTE FUNCTION kring_regroup_cadence();
CREATE TRIGGER tag_cadence_update AFTER UPDATE OF cadence_days ON tag
    FOR EACH ROW EXECUTE FUNCTION kring_regroup_cadence();
CREATE TRIGGER company_cadence AFTER INSERT OR UPDATE OF kind ON company
    FOR EACH ROW EXECUTE FUNCTION kring_regroup_cadence();
CREATE TRIGGER kind_cadence_regroup AFTER INSERT OR UPDATE OR DELETE ON kind_cadence
    FOR EACH ROW EXECUTE FUNCTION kring_regroup_cadence();
