//! Search everywhere: companies and people by name (accent-insensitive,
//! best match first), interactions by the words in their notes (FTS5).
//!
//! Every part is capped, so a common word or a one-letter prefix costs a
//! bounded amount of work, whatever the size of the database.

use super::dialect::{words_match, words_query, words_query_or_nothing};
use super::{date_col, Id, Store};
use crate::domain::fold::fold;
use crate::domain::id_set::IdSet;
use crate::model::search::{Hit, SearchResults};
use crate::store::db::{params, Engine, OptionalExtension};
use crate::Result;

/// A kind of name to look near: its kind, every name, and the detail shown.
type NearKind = (&'static str, &'static str, &'static str);

const NEAR_COMPANIES: NearKind = (
    "company",
    "SELECT id, name FROM company WHERE archived = 0",
    "SELECT coalesce(city, '') FROM company WHERE id = ?1",
);

const NEAR_PEOPLE: NearKind = (
    "person",
    "SELECT id, name FROM person",
    "SELECT coalesce((SELECT c.name FROM employment e JOIN company c ON c.id = e.company_id
                       WHERE e.person_id = ?1 AND e.ended_on IS NULL LIMIT 1), '')",
);

/// How many interaction matches are read before ranking (newest ids first).
const FTS_WINDOW: u32 = 200;

impl Store {
    pub fn search(&self, text: &str, per_group: u32) -> Result<SearchResults> {
        let key = fold(text);
        if key.is_empty() {
            return Ok(SearchResults::default());
        }
        Ok(SearchResults {
            companies: self.search_companies(&key, per_group)?,
            people: self.search_people(&key, per_group)?,
            interactions: self.search_interactions(&key, per_group)?,
            written: self.search_written(&key, per_group)?,
        })
    }

    /// When a search finds nothing: the company and person names near what
    /// was typed (`drukerij` → "Drukkerij Zuiderzee"), nearest first. Reads
    /// every name, so only after a search came back empty.
    pub fn near_names(&self, text: &str, limit: usize) -> Result<Vec<Hit>> {
        self.near_names_of(text, limit, &[NEAR_COMPANIES, NEAR_PEOPLE])
    }

    /// The company names near a filter that matched nothing, so that a
    /// typo leads to the company rather than to adding it twice.
    pub fn near_company_names(&self, text: &str, limit: usize) -> Result<Vec<Hit>> {
        self.near_names_of(text, limit, &[NEAR_COMPANIES])
    }

    fn near_names_of(&self, text: &str, limit: usize, kinds: &[NearKind]) -> Result<Vec<Hit>> {
        let mut ranked: Vec<(usize, Hit)> = Vec::new();
        for &(kind, names, details) in kinds {
            let mut best = crate::domain::near::Nearest::new(text, limit);
            let mut stmt = self.conn().prepare_cached(names)?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let name: String = r.get(1)?;
                best.offer(&name, (r.get::<_, Id>(0)?, name.clone()));
            }
            for (n, (id, title)) in best.into_ranked() {
                let detail: String = self.conn().query_row(details, [id], |r| r.get(0))?;
                ranked.push((
                    n,
                    Hit {
                        kind,
                        id,
                        title,
                        detail,
                        company_id: (kind == "company").then_some(id),
                        date: None,
                    },
                ));
            }
        }
        ranked.sort_by_key(|(n, _)| *n);
        Ok(ranked.into_iter().take(limit).map(|(_, hit)| hit).collect())
    }

    /// Names starting with the text first, then names (or cities) with a
    /// word starting with each typed word; recent contact first among equals.
    fn search_companies(&self, key: &str, limit: u32) -> Result<Vec<Hit>> {
        let engine = self.conn().engine();
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT c.id, c.name, coalesce(c.city, ''), c.last_contact_on, min(h.rank) AS best
               FROM (SELECT * FROM (SELECT id, 0 AS rank FROM company WHERE name_fold >= ?1 AND name_fold < ?1 || '\u{10FFFF}' LIMIT ?2) AS named
                     UNION ALL
                     SELECT id, 0 FROM company WHERE lower(email) = ?1
                     UNION ALL
                     SELECT * FROM (SELECT id, 1 FROM ({}) AS w LIMIT ?4) AS worded) h
               JOIN company c ON c.id = h.id
              WHERE c.archived = 0
              GROUP BY c.id
              ORDER BY best, c.last_contact_on DESC NULLS LAST, c.name_fold LIMIT ?2",
            words_match(engine, "company", "?3")
        ))?;
        let query = words_query_or_nothing(engine, key);
        let rows = stmt.query_map(params![key, limit, query, FTS_WINDOW], |r| {
            Ok(Hit {
                kind: "company",
                id: r.get(0)?,
                title: r.get(1)?,
                detail: r.get(2)?,
                company_id: r.get(0)?,
                date: date_col(r, 3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn search_people(&self, key: &str, limit: u32) -> Result<Vec<Hit>> {
        let engine = self.conn().engine();
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT p.id, p.name, coalesce(c.name, ''), e.company_id, min(h.rank) AS best
               FROM (SELECT * FROM (SELECT id, 0 AS rank FROM person WHERE name_fold >= ?1 AND name_fold < ?1 || '\u{10FFFF}' LIMIT ?2) AS named
                     UNION ALL
                     SELECT * FROM (SELECT id, 1 FROM ({}) AS w LIMIT ?4) AS worded) h
               JOIN person p ON p.id = h.id
               LEFT JOIN employment e ON e.id = (SELECT id FROM employment WHERE person_id = p.id
                                                   ORDER BY ended_on IS NOT NULL, id DESC LIMIT 1)
               LEFT JOIN company c ON c.id = e.company_id
              GROUP BY p.id, c.name, e.company_id
              ORDER BY best, p.name_fold LIMIT ?2",
            words_match(engine, "person", "?3")
        ))?;
        let query = words_query_or_nothing(engine, key);
        let rows = stmt.query_map(params![key, limit, query, FTS_WINDOW], |r| {
            Ok(Hit {
                kind: "person",
                id: r.get(0)?,
                title: r.get(1)?,
                detail: r.get(2)?,
                company_id: r.get(3)?,
                date: None,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Person notes and topics, meetings, collaborations, questions and
    /// campaigns with every word (as a prefix): the newest first.
    fn search_written(&self, key: &str, limit: u32) -> Result<Vec<Hit>> {
        let engine = self.conn().engine();
        let Some(query) = words_query(engine, key) else {
            return Ok(Vec::new());
        };
        // Each source's key is its id * 8 + where it comes from (schema.sql: `written`).
        let sql = match engine {
            Engine::Sqlite => {
                "SELECT rowid FROM written_fts WHERE written_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2".to_string()
            }
            Engine::Postgres => {
                [
                    ("person", 1),
                    ("person_topic", 2),
                    ("meeting", 3),
                    ("engagement", 4),
                    ("question", 5),
                    ("campaign", 6),
                ]
                .iter()
                .map(|(table, code)| {
                    format!(
                        "SELECT id * 8 + {code} AS key FROM {table} WHERE written_search @@ to_tsquery('kring', ?1)"
                    )
                })
                .collect::<Vec<_>>()
                .join(" UNION ALL ")
                    + " ORDER BY key DESC LIMIT ?2"
            }
        };
        let keys: Vec<Id> = {
            let mut stmt = self.conn().prepare_cached(&sql)?;
            // Several keys may name one person (notes and topics): read a few more.
            let rows = stmt.query_map(params![query, i64::from(limit) * 2], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut hits: Vec<Hit> = Vec::new();
        for key in keys {
            let Some(hit) = self.written_hit(key / 8, key % 8)? else {
                continue;
            };
            if !hits.iter().any(|h| h.kind == hit.kind && h.id == hit.id) {
                hits.push(hit);
            }
        }
        hits.truncate(limit as usize);
        Ok(hits)
    }

    /// The hit for one key of the written index: what it is, where it leads.
    fn written_hit(&self, id: Id, code: Id) -> Result<Option<Hit>> {
        let first_line = |text: String| text.trim().lines().next().unwrap_or_default().to_string();
        let sql = match code {
            1 => "SELECT p.id, p.name, p.notes, (SELECT company_id FROM employment WHERE person_id = p.id AND ended_on IS NULL LIMIT 1), NULL
                    FROM person p WHERE p.id = ?1",
            2 => "SELECT p.id, p.name, t.topic, (SELECT company_id FROM employment WHERE person_id = p.id AND ended_on IS NULL LIMIT 1), NULL
                    FROM person_topic t JOIN person p ON p.id = t.person_id WHERE t.id = ?1",
            3 => "SELECT m.id, k.name || ' ' || m.starts_at, coalesce(m.minutes, m.agenda, ''), NULL, substr(m.starts_at, 1, 10)
                    FROM meeting m JOIN circle k ON k.id = m.circle_id WHERE m.id = ?1",
            4 => "SELECT e.id, c.name, coalesce(e.evaluation, e.scope, ''), e.company_id, e.ends_on
                    FROM engagement e JOIN company c ON c.id = e.company_id WHERE e.id = ?1",
            5 => "SELECT q.id, q.title, c.name, q.company_id, q.asked_on
                    FROM question q JOIN company c ON c.id = q.company_id WHERE q.id = ?1",
            6 => "SELECT g.id, g.name, coalesce(g.place, g.note, ''), NULL, g.held_on FROM campaign g WHERE g.id = ?1",
            _ => return Ok(None),
        };
        let kind = match code {
            1 | 2 => "person",
            3 => "meeting",
            4 => "engagement",
            5 => "question",
            _ => "campaign",
        };
        let hit = self
            .conn()
            .prepare_cached(sql)?
            .query_row([id], |r| {
                let detail: Option<String> = r.get(2)?;
                Ok(Hit {
                    kind,
                    id: r.get(0)?,
                    title: r.get(1)?,
                    detail: first_line(detail.unwrap_or_default()),
                    company_id: r.get(3)?,
                    date: date_col(r, 4)?,
                })
            })
            .optional()?;
        Ok(hit)
    }

    /// Every word must match (as a prefix). The newest matches by id are read,
    /// capped, then ordered newest first by date.
    fn search_interactions(&self, key: &str, limit: u32) -> Result<Vec<Hit>> {
        let engine = self.conn().engine();
        let Some(query) = words_query(engine, key) else {
            return Ok(Vec::new());
        };
        // (SQLite: ?1 the query, ?2 the window, ?3 the limit; PostgreSQL: ?1
        // the ids found first, ?2 the limit.)
        let (newest, limit_at) = match engine {
            Engine::Sqlite => (
                format!(
                    "SELECT id FROM ({}) AS w ORDER BY id DESC LIMIT ?2",
                    words_match(engine, "interaction", "?1")
                ),
                3,
            ),
            Engine::Postgres => ("SELECT value FROM json_each(?1)".to_string(), 2),
        };
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT i.id, i.summary, i.occurred_on, i.kind, c.name, i.company_id
               FROM interaction i JOIN company c ON c.id = i.company_id
              WHERE i.id IN ({newest})
              ORDER BY i.occurred_on DESC, i.id DESC LIMIT ?{limit_at}"
        ))?;
        let hit = |r: &crate::store::db::Row| {
            let on = date_col(r, 2)?;
            let stored: String = r.get(3)?;
            // As a person reads it ("internship placed"), in the language spoken.
            let kind =
                crate::domain::kinds::InteractionKind::from_stored(&stored).map_or(stored, |k| k.display_label());
            let company: String = r.get(4)?;
            let summary: String = r.get(1)?;
            Ok(Hit {
                kind: "interaction",
                id: r.get(0)?,
                title: summary.lines().next().unwrap_or("").to_string(),
                detail: format!("{} {kind} {company}", on.map(|d| d.to_string()).unwrap_or_default()),
                company_id: r.get(5)?,
                date: on,
            })
        };
        let rows = match engine {
            Engine::Sqlite => stmt.query_map(params![query, FTS_WINDOW, limit], hit)?,
            Engine::Postgres => {
                let ids = serde_json::to_string(&self.newest_interaction_matches(&query)?)
                    .map_err(|e| crate::Error::Database(e.to_string()))?;
                stmt.query_map(params![ids, limit], hit)?
            }
        };
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Store {
    /// On PostgreSQL: the newest [`FTS_WINDOW`] interactions matching the
    /// full-text `query`, newest first. Its planner cannot tell a common
    /// word from a rare one under a prefix query, and either plan is slow
    /// for the other (walking the newest ids scans the whole table for a
    /// rare word; the index's bitmap sorts every match of a common one). So:
    /// the newest 50,000 ids first, which holds the answer for any word
    /// that common; then, only when that found too few, all matches.
    fn newest_interaction_matches(&self, query: &str) -> Result<Vec<Id>> {
        let recent = self
            .conn()
            .prepare_cached(
                "SELECT id FROM interaction
              WHERE search @@ to_tsquery('kring', ?1) AND id > (SELECT coalesce(max(id), 0) - 50000 FROM interaction)
              ORDER BY id DESC LIMIT ?2",
            )?
            .query_map(params![query, FTS_WINDOW], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<Id>>>()?;
        if recent.len() >= FTS_WINDOW as usize {
            return Ok(recent);
        }
        // OFFSET 0 keeps the planner from walking the ids instead.
        let all = self
            .conn()
            .prepare_cached(
                "SELECT id FROM (SELECT id FROM interaction WHERE search @@ to_tsquery('kring', ?1) OFFSET 0) AS w
                  ORDER BY id DESC LIMIT ?2",
            )?
            .query_map(params![query, FTS_WINDOW], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<Id>>>()?;
        Ok(all)
    }

    /// The companies with a word in their name or city starting with each
    /// word of `text`, or with `text` in a tag: the set a list filter keeps.
    pub fn company_text_matches(&self, text: &str) -> Result<IdSet> {
        let key = fold(text);
        let engine = self.conn().engine();
        let Some(query) = words_query(engine, &key) else {
            return Ok(Default::default());
        };
        let mut stmt = self.conn().prepare_cached(&format!(
            "{}
             UNION ALL
             SELECT company_id FROM company_tag WHERE tag_id IN (SELECT id FROM tag WHERE instr(name, ?2) > 0)",
            words_match(engine, "company", "?1")
        ))?;
        let ids = collect_ids(stmt.query(params![query, key])?);
        ids
    }

    /// The people with a word in their name or e-mail starting with each word of `text`.
    pub fn person_text_matches(&self, text: &str) -> Result<IdSet> {
        let engine = self.conn().engine();
        let Some(query) = words_query(engine, &fold(text)) else {
            return Ok(Default::default());
        };
        let mut stmt = self.conn().prepare_cached(&words_match(engine, "person", "?1"))?;
        let ids = collect_ids(stmt.query([query])?);
        ids
    }
}

/// The first column of every row, as they come (no list of rows first).
fn collect_ids(mut rows: crate::store::db::Rows) -> Result<IdSet> {
    let mut ids = IdSet::new();
    while let Some(row) = rows.next()? {
        ids.insert(row.get(0)?);
    }
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use crate::store::db::Engine;
    use crate::store::dialect::words_query;

    #[test]
    fn a_full_text_query_quotes_words_and_drops_syntax() {
        let fts = |text| words_query(Engine::Sqlite, text);
        assert_eq!(fts("stage plek").as_deref(), Some("\"stage\"* \"plek\"*"));
        assert_eq!(
            fts("near(a b) or *").as_deref(),
            Some("\"near\"* \"a\"* \"b\"* \"or\"*")
        );
        assert_eq!(fts("-- ** ()"), None);
        let ts = |text| words_query(Engine::Postgres, text);
        assert_eq!(ts("jans vri").as_deref(), Some("jans:* & vri:*"));
        assert_eq!(ts("a:*|b & !c").as_deref(), Some("a:* & b:* & c:*"));
    }
}
