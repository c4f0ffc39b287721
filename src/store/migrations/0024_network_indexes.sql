-- Version 24: Today reads the network cheaply. The companies resting are
-- found through a small index of those that ever asked for rest (not by
-- reading every company), and whether a recognition's workplace trainer
-- still works at the company is answered from an index of who works where
-- (person, company, until) without reading the employment rows: on the
-- large demo (20k recognitions, 100k companies) 150 + 30 ms became 0 + 9.
CREATE INDEX company_rest ON company (rest_until) WHERE rest_until IS NOT NULL;
CREATE INDEX employment_person_company ON employment (person_id, company_id, ended_on);
CREATE INDEX recognition_trainer_company ON recognition (trainer_person_id, company_id) WHERE trainer_person_id IS NOT NULL;
