-- Version 30: a cadence per tag or kind of organisation.
-- A tag ("stagebedrijf": every six weeks) or a kind (associations: every
-- quarter) can carry a cadence; a company's own cadence still wins, then
-- the shortest of its tags', then its kind's, then its status's default
-- (a group's cadence is for prospects and active relationships: a dormant
-- or ended one keeps its status's).
-- The group cadence is kept on the company (by triggers, whoever changes a
-- tag or kind), so that "losing touch" stays one index read; and which one
-- applied is kept beside it.
ALTER TABLE tag ADD COLUMN cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0);
CREATE TABLE kind_cadence (
    kind         TEXT PRIMARY KEY
                 CHECK (kind IN ('company', 'association', 'government', 'education', 'foundation')),
    cadence_days INTEGER NOT NULL CHECK (cadence_days > 0)
);
ALTER TABLE company ADD COLUMN group_cadence_days INTEGER;
ALTER TABLE company ADD COLUMN group_cadence_from TEXT;
-- The cadence and the day contact is due follow the group cadence too.
DROP INDEX company_owner;
DROP INDEX company_contact_due;
ALTER TABLE company DROP COLUMN contact_due_on;
ALTER TABLE company DROP COLUMN effective_cadence;
ALTER TABLE company ADD COLUMN
    effective_cadence INTEGER GENERATED ALWAYS AS (
        COALESCE(cadence_days, CASE WHEN status IN ('prospect', 'active') THEN group_cadence_days END, CASE status
            WHEN 'prospect' THEN 30
            WHEN 'active'   THEN 60
            WHEN 'dormant'  THEN 180
        END)) VIRTUAL;
ALTER TABLE company ADD COLUMN
    contact_due_on TEXT GENERATED ALWAYS AS (
        date(COALESCE(last_contact_on, substr(created_at, 1, 10)),
             '+' || COALESCE(cadence_days, CASE WHEN status IN ('prospect', 'active') THEN group_cadence_days END, CASE status
            WHEN 'prospect' THEN 30
            WHEN 'active'   THEN 60
            WHEN 'dormant'  THEN 180
        END) || ' days')) VIRTUAL;
CREATE INDEX company_owner ON company (owner_id, contact_due_on);
CREATE INDEX company_contact_due ON company (contact_due_on) WHERE archived = 0;
-- A company's group cadence follows its tags and kind, whoever changes them.
CREATE TRIGGER company_tag_cadence_insert AFTER INSERT ON company_tag
    WHEN (SELECT cadence_days FROM tag WHERE id = NEW.tag_id) IS NOT NULL BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE id = NEW.company_id;
END;
CREATE TRIGGER company_tag_cadence_delete AFTER DELETE ON company_tag
    WHEN (SELECT cadence_days FROM tag WHERE id = OLD.tag_id) IS NOT NULL BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE id = OLD.company_id;
END;
CREATE TRIGGER company_tag_cadence_update AFTER UPDATE ON company_tag
    WHEN (SELECT cadence_days FROM tag WHERE id IN (OLD.tag_id, NEW.tag_id) AND cadence_days IS NOT NULL) IS NOT NULL BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE id IN (OLD.company_id, NEW.company_id);
END;
CREATE TRIGGER tag_cadence_update AFTER UPDATE OF cadence_days ON tag BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE id IN (SELECT company_id FROM company_tag WHERE tag_id = NEW.id);
END;
CREATE TRIGGER company_kind_cadence AFTER UPDATE OF kind ON company
    WHEN EXISTS (SELECT 1 FROM kind_cadence WHERE kind IN (OLD.kind, NEW.kind)) BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE id = NEW.id;
END;
CREATE TRIGGER company_cadence_insert AFTER INSERT ON company
    WHEN EXISTS (SELECT 1 FROM kind_cadence WHERE kind = NEW.kind) BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE id = NEW.id;
END;
CREATE TRIGGER kind_cadence_insert AFTER INSERT ON kind_cadence BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE kind = NEW.kind;
END;
CREATE TRIGGER kind_cadence_update AFTER UPDATE ON kind_cadence BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE kind IN (OLD.kind, NEW.kind);
END;
CREATE TRIGGER kind_cadence_delete AFTER DELETE ON kind_cadence BEGIN
    UPDATE company SET group_cadence_days = COALESCE(
            (SELECT min(t.cadence_days) FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = company.id),
            (SELECT k.cadence_days FROM kind_cadence k WHERE k.kind = company.kind)),
        group_cadence_from = COALESCE(
            (SELECT 'tag:' || t.name FROM company_tag ct JOIN tag t ON t.id = ct.tag_id
              WHERE ct.company_id = company.id AND t.cadence_days IS NOT NULL ORDER BY t.cadence_days, t.name LIMIT 1),
            (SELECT 'kind:' || k.kind FROM kind_cadence k WHERE k.kind = company.kind))
     WHERE kind = OLD.kind;
END;
