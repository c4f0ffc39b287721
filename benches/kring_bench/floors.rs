//! The floors: the same queries as kring's, for the `sqlite3` shell to run on the same file.

/// The overdue and losing-touch queries `kring today` runs, for the baseline.
pub(super) const TODAY_SQL: &str = "
SELECT f.id, f.due_on, c.name FROM followup f JOIN company c ON c.id = f.company_id
 WHERE f.done_at IS NULL AND f.due_on < '2026-11-26' ORDER BY f.due_on LIMIT 20;
SELECT f.id, f.due_on, c.name FROM followup f JOIN company c ON c.id = f.company_id
 WHERE f.done_at IS NULL AND f.due_on >= '2026-11-26' AND f.due_on <= '2026-12-03' ORDER BY f.due_on LIMIT 20;
SELECT c.id, c.name FROM company c WHERE c.archived = 0 AND c.contact_due_on < '2026-11-26'
 ORDER BY c.contact_due_on LIMIT 20;
SELECT count(*) FROM company c WHERE c.archived = 0 AND c.contact_due_on < '2026-11-26';";

pub(super) const LIST_SQL: &str = "
SELECT c.id, c.name, c.kvk, c.city, c.sector, c.status, s.name, c.last_contact_on, c.contact_due_on,
       (SELECT count(*) FROM followup f WHERE f.company_id = c.id AND f.done_at IS NULL),
       (SELECT group_concat(t.name, ',') FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.company_id = c.id),
       c.archived
  FROM company c LEFT JOIN staff s ON s.id = c.owner_id WHERE c.archived = 0 ORDER BY c.name_fold, c.id;";

pub(super) const PERSON_LIST_SQL: &str = "
SELECT p.id, p.name, p.email, p.phone, e.company_id, c.name, e.role, e.title, p.do_not_contact
  FROM person p
  LEFT JOIN employment e ON e.id = (SELECT id FROM employment WHERE person_id = p.id
                                      ORDER BY ended_on IS NOT NULL, ended_on DESC, id DESC LIMIT 1)
  LEFT JOIN company c ON c.id = e.company_id
 ORDER BY p.name_fold, p.id;";

pub(super) const FOLLOWUP_LIST_SQL: &str = "
SELECT f.id, f.due_on, f.company_id, c.name, p.name, f.staff_id, s.name, f.action, f.done_at
  FROM followup f JOIN company c ON c.id = f.company_id
  LEFT JOIN person p ON p.id = f.person_id LEFT JOIN staff s ON s.id = f.staff_id
 WHERE f.done_at IS NULL ORDER BY f.due_on, f.id;";

/// What health is computed from: the same grouped counts `kring health`
/// reads, and the companies (sorted by last contact, standing in for the
/// sort by score).
pub(super) const HEALTH_SQL: &str = "
SELECT company_id, count(CASE WHEN occurred_on >= '2025-11-26' THEN 1 END),
       count(CASE WHEN occurred_on < '2025-11-26' THEN 1 END),
       count(CASE WHEN occurred_on >= '2025-11-26' AND (kind IN ('internship_placed', 'assignment', 'guest_lecture')
                   OR meeting_id IS NOT NULL) THEN 1 END),
       count(DISTINCT staff_id)
  FROM interaction WHERE occurred_on >= '2024-11-26' AND occurred_on <= '2026-11-26' GROUP BY company_id;
SELECT company_id, count(CASE WHEN status IN ('agreed', 'running') THEN 1 END),
       count(CASE WHEN status = 'done' AND coalesce(ends_on, '') >= '2025-11-26' THEN 1 END)
  FROM engagement GROUP BY company_id;
SELECT company_id, count(*) FROM followup WHERE done_at IS NULL AND due_on < '2026-11-26' GROUP BY company_id;
SELECT company_id, count(*) FROM employment WHERE ended_on IS NULL GROUP BY company_id;
SELECT company_id, min(asked_on) FROM question WHERE status = 'new' GROUP BY company_id;
SELECT c.id, c.name, c.city, c.status, s.name, c.last_contact_on, c.effective_cadence
  FROM company c LEFT JOIN staff s ON s.id = c.owner_id WHERE c.archived = 0 ORDER BY c.last_contact_on, c.name;";

/// The groupings `kring duplicates` makes, in SQL: companies by name and
/// city and by website (kring compares names and web domains a little
/// more loosely, in Rust), people by e-mail and by name at one company.
pub(super) const DUPLICATES_SQL: &str = "
SELECT group_concat(id), group_concat(name, char(31)) FROM company WHERE archived = 0
 GROUP BY name_fold, coalesce(city_fold, '') HAVING count(*) > 1;
SELECT group_concat(id), group_concat(name, char(31)) FROM company WHERE archived = 0 AND website IS NOT NULL
 GROUP BY lower(website) HAVING count(*) > 1;
SELECT group_concat(id), group_concat(name, char(31)) FROM
  (SELECT id, name, lower(email) AS key FROM person WHERE email IS NOT NULL ORDER BY id) GROUP BY key HAVING count(*) > 1;
SELECT group_concat(id), group_concat(name, char(31)) FROM
  (SELECT DISTINCT p.id, p.name, p.name_fold || '/' || e.company_id AS key
     FROM person p JOIN employment e ON e.person_id = p.id AND e.ended_on IS NULL ORDER BY p.id)
 GROUP BY key HAVING count(*) > 1;";

/// What `kring search zaan` asks the full-text indexes.
pub(super) const SEARCH_SQL: &str = "
SELECT id FROM company WHERE name_fold >= 'zaan' AND name_fold < 'zaao' LIMIT 8;
SELECT rowid FROM company_fts WHERE company_fts MATCH 'zaan*' LIMIT 200;
SELECT id FROM person WHERE name_fold >= 'zaan' AND name_fold < 'zaao' LIMIT 8;
SELECT rowid FROM person_fts WHERE person_fts MATCH 'zaan*' LIMIT 200;
SELECT rowid FROM interaction_fts WHERE interaction_fts MATCH 'zaan*' ORDER BY rowid DESC LIMIT 200;";

/// A company's page: the company, its people, open follow-ups, the last 50
/// interactions and the interactions per month.
pub(super) const COMPANY_SQL: &str = "
SELECT * FROM company WHERE id = 1;
SELECT p.name, e.role FROM employment e JOIN person p ON p.id = e.person_id WHERE e.company_id = 1;
SELECT * FROM followup WHERE company_id = 1 AND done_at IS NULL ORDER BY due_on;
SELECT i.*, s.name FROM interaction i LEFT JOIN staff s ON s.id = i.staff_id
 WHERE i.company_id = 1 ORDER BY i.occurred_on DESC, i.id DESC LIMIT 50;
SELECT substr(occurred_on, 1, 7), count(*) FROM interaction WHERE company_id = 1 GROUP BY 1;";
