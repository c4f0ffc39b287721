-- Version 24: Today reads the network cheaply. The companies resting are
-- found through a small index of those that ever asked for rest (not by
-- reading every company). A recognition keeps the day its workplace
-- trainer left the company (`trainer_left_on`, kept by the store whenever
-- a job ends or a trainer is named), so Today reads the few flagged ones
-- from an index instead of asking, for every recognition, whether its
-- trainer still works there (on the large demo's 20k recognitions that
-- took 12 ms on a file and 107 ms on a server).
CREATE INDEX company_rest ON company (rest_until) WHERE rest_until IS NOT NULL;
ALTER TABLE recognition ADD COLUMN trainer_left_on TEXT;
UPDATE recognition
   SET trainer_left_on = (SELECT max(e.ended_on) FROM employment e
                           WHERE e.person_id = recognition.trainer_person_id AND e.company_id = recognition.company_id)
 WHERE trainer_person_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM employment e
                    WHERE e.person_id = recognition.trainer_person_id AND e.company_id = recognition.company_id
                      AND e.ended_on IS NULL);
CREATE INDEX recognition_trainer_left ON recognition (trainer_left_on) WHERE trainer_left_on IS NOT NULL;
