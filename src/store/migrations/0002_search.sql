-- Version 2: full-text search. Interaction notes by their words; company and
-- person names by the start of any word in them ("zaan" finds "De Zaan").
-- External content: the text lives once, in its own table; triggers keep the
-- indexes in step. Diacritics are folded ("ruine" finds "Ruïne"); prefix
-- indexes make prefixes of up to six letters fast.
CREATE VIRTUAL TABLE interaction_fts USING fts5(
    summary, outcome,
    content = 'interaction', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4 5 6'
);
CREATE TRIGGER interaction_fts_insert AFTER INSERT ON interaction
BEGIN
    INSERT INTO interaction_fts (rowid, summary, outcome) VALUES (NEW.id, NEW.summary, NEW.outcome);
END;
CREATE TRIGGER interaction_fts_delete AFTER DELETE ON interaction
BEGIN
    INSERT INTO interaction_fts (interaction_fts, rowid, summary, outcome) VALUES ('delete', OLD.id, OLD.summary, OLD.outcome);
END;
CREATE TRIGGER interaction_fts_update AFTER UPDATE OF summary, outcome ON interaction
BEGIN
    INSERT INTO interaction_fts (interaction_fts, rowid, summary, outcome) VALUES ('delete', OLD.id, OLD.summary, OLD.outcome);
    INSERT INTO interaction_fts (rowid, summary, outcome) VALUES (NEW.id, NEW.summary, NEW.outcome);
END;

CREATE VIRTUAL TABLE company_fts USING fts5(
    name, city,
    content = 'company', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4 5 6'
);
CREATE TRIGGER company_fts_insert AFTER INSERT ON company
BEGIN
    INSERT INTO company_fts (rowid, name, city) VALUES (NEW.id, NEW.name, NEW.city);
END;
CREATE TRIGGER company_fts_delete AFTER DELETE ON company
BEGIN
    INSERT INTO company_fts (company_fts, rowid, name, city) VALUES ('delete', OLD.id, OLD.name, OLD.city);
END;
CREATE TRIGGER company_fts_update AFTER UPDATE OF name, city ON company
BEGIN
    INSERT INTO company_fts (company_fts, rowid, name, city) VALUES ('delete', OLD.id, OLD.name, OLD.city);
    INSERT INTO company_fts (rowid, name, city) VALUES (NEW.id, NEW.name, NEW.city);
END;

CREATE VIRTUAL TABLE person_fts USING fts5(
    name, email,
    content = 'person', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4 5 6'
);
CREATE TRIGGER person_fts_insert AFTER INSERT ON person
BEGIN
    INSERT INTO person_fts (rowid, name, email) VALUES (NEW.id, NEW.name, NEW.email);
END;
CREATE TRIGGER person_fts_delete AFTER DELETE ON person
BEGIN
    INSERT INTO person_fts (person_fts, rowid, name, email) VALUES ('delete', OLD.id, OLD.name, OLD.email);
END;
CREATE TRIGGER person_fts_update AFTER UPDATE OF name, email ON person
BEGIN
    INSERT INTO person_fts (person_fts, rowid, name, email) VALUES ('delete', OLD.id, OLD.name, OLD.email);
    INSERT INTO person_fts (rowid, name, email) VALUES (NEW.id, NEW.name, NEW.email);
END;

-- Name lookups, and the default company list (ids in name order, not
-- archived) without reading the rows.
DROP INDEX company_name_fold;
CREATE INDEX company_name_fold ON company (name_fold, archived);

INSERT INTO interaction_fts (interaction_fts) VALUES ('rebuild');
INSERT INTO company_fts (company_fts) VALUES ('rebuild');
INSERT INTO person_fts (person_fts) VALUES ('rebuild');
