//! What people can speak or advise on, and finding the expert: "als wij het
//! niet hebben, dan moeten we het buiten zoeken". A topic is kept as typed
//! (trimmed) and matched folded: `financien` finds "financiën", part of a
//! topic finds it ("eigendom" → "intellectueel eigendom").

use super::{audit, date_col, Ctx, Id, Store};
use crate::domain::fold::fold;
use crate::domain::validate;
use crate::model::topics::Expert;
use crate::store::db::{params, Connection};
use crate::{Error, Result};

impl Store {
    /// Give a person topics and take others away, in one transaction.
    pub fn set_topics(&mut self, person: Id, add: &[String], remove: &[String]) -> Result<()> {
        self.write(|tx, ctx| change_topics(tx, ctx, person, add, remove))
    }

    /// `kring person edit` with `--topic`/`--untopic`: the fields and the
    /// topics change together, or nothing does.
    pub fn edit_person_with_topics(
        &mut self,
        person: Id,
        patch: crate::model::people::PersonPatch,
        add: &[String],
        remove: &[String],
    ) -> Result<()> {
        self.write(|tx, ctx| {
            super::people::update_person(tx, ctx, person, &patch)?;
            change_topics(tx, ctx, person, add, remove)
        })
    }

    /// A person's topics, alphabetically.
    pub fn topics_of(&self, person: Id) -> Result<Vec<String>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT topic FROM person_topic WHERE person_id = ?1 ORDER BY topic_fold")?;
        let rows = stmt.query_map([person], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every topic in use, with how many people have it (for a near match).
    pub fn all_topics(&self) -> Result<Vec<(String, i64)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT min(topic), count(*) FROM person_topic GROUP BY topic_fold ORDER BY count(*) DESC, min(topic)",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// People with a topic containing `topic`: the best rated first, then
    /// who spoke for us most recently, with their current company.
    pub fn experts(&self, topic: &str) -> Result<Vec<Expert>> {
        let key = fold(topic.trim());
        if key.is_empty() {
            return Err(Error::invalid(crate::t!("err-topic-empty")));
        }
        let mut stmt = self.conn().prepare_cached(
            "SELECT p.id, p.name, p.email, p.do_not_contact,
                    (SELECT string_agg(t.topic, '\u{1f}') FROM (SELECT topic FROM person_topic
                      WHERE person_id = p.id ORDER BY topic_fold) AS t),
                    c.id, c.name, e.title, spoke.last_on, coalesce(spoke.times, 0), spoke.rating
               FROM person p
               LEFT JOIN employment e ON e.id = (SELECT id FROM employment WHERE person_id = p.id AND ended_on IS NULL
                                                  ORDER BY coalesce(started_on, '') DESC, id DESC LIMIT 1)
               LEFT JOIN company c ON c.id = e.company_id
               LEFT JOIN (SELECT ip.person_id, max(i.occurred_on) AS last_on, count(*) AS times,
                                 avg(CAST(i.rating AS REAL)) AS rating
                            FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
                           WHERE i.kind IN ('guest_lecture', 'event')
                           GROUP BY ip.person_id) AS spoke ON spoke.person_id = p.id
              WHERE p.id IN (SELECT person_id FROM person_topic WHERE instr(topic_fold, ?1) > 0)
              ORDER BY spoke.rating DESC NULLS LAST, spoke.last_on DESC NULLS LAST, p.sort_key, p.id",
        )?;
        let rows = stmt.query_map([&key], |r| {
            let topics: Option<String> = r.get(4)?;
            Ok(Expert {
                person_id: r.get(0)?,
                name: r.get(1)?,
                email: r.get(2)?,
                do_not_contact: r.get(3)?,
                topics: topics
                    .map(|t| t.split('\u{1f}').map(str::to_string).collect())
                    .unwrap_or_default(),
                company_id: r.get(5)?,
                company: r.get(6)?,
                title: r.get(7)?,
                last_spoke_on: date_col(r, 8)?,
                times_spoke: r.get(9)?,
                rating: r.get(10)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

pub(crate) fn change_topics(conn: &Connection, ctx: &Ctx, person: Id, add: &[String], remove: &[String]) -> Result<()> {
    if add.is_empty() && remove.is_empty() {
        return Ok(());
    }
    let add: Vec<String> = add
        .iter()
        .map(|t| validate::name("topic", &t.split_whitespace().collect::<Vec<_>>().join(" ")))
        .collect::<std::result::Result<_, _>>()?;
    for topic in remove {
        let gone = conn.execute(
            "DELETE FROM person_topic WHERE person_id = ?1 AND topic_fold = ?2",
            params![person, fold(topic.trim())],
        )?;
        if gone == 0 {
            let name: String = conn.query_row("SELECT name FROM person WHERE id = ?1", [person], |r| r.get(0))?;
            return Err(Error::invalid(crate::t!(
                "err-no-such-topic",
                name = name,
                topic = topic.trim()
            )));
        }
    }
    for topic in &add {
        conn.execute(
            "INSERT INTO person_topic (person_id, topic, topic_fold) VALUES (?1, ?2, ?3)
             ON CONFLICT (person_id, topic_fold) DO NOTHING",
            params![person, topic, fold(topic)],
        )?;
    }
    // Names of topics only: they say what someone knows, not who they are.
    audit::record(
        conn,
        ctx,
        "person",
        person,
        "topics",
        serde_json::json!({ "added": add, "removed": remove }),
    )
}
