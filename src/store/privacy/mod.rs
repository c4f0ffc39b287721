//! The rights of the people in kring (GDPR/AVG): everything stored about a
//! person (art. 15), and erasure that leaves no trace of them in the file
//! (art. 17, in `erase`), nor — when asked — in kring's own copies (`copies`).

pub mod copies;
pub mod erase;
pub mod review;

use super::{Id, Store};
use crate::Result;
use erase::Verdict;
use serde_json::{json, Value};

impl Store {
    /// Everything kring holds about one person, for a request of access.
    pub fn person_export(&self, id: Id) -> Result<Value> {
        let person = self.person(id)?;
        let timeline = self.timeline_of_person(id, u32::MAX)?;
        let followups: Vec<Value> = {
            let mut stmt = self.conn().prepare(
                "SELECT f.due_on, f.action, c.name, f.done_at FROM followup f JOIN company c ON c.id = f.company_id
                  WHERE f.person_id = ?1 ORDER BY f.due_on",
            )?;
            let rows = stmt.query_map([id], |r| {
                Ok(json!({ "due": r.get::<_, String>(0)?, "action": r.get::<_, String>(1)?,
                           "company": r.get::<_, String>(2)?, "done_at": r.get::<_, Option<String>>(3)? }))
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let meetings: Vec<Value> = {
            let mut stmt = self.conn().prepare(
                "SELECT k.name, m.starts_at, a.status FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id
                   JOIN circle k ON k.id = m.circle_id WHERE a.person_id = ?1 ORDER BY m.starts_at",
            )?;
            let rows = stmt.query_map([id], |r| {
                Ok(json!({ "circle": r.get::<_, String>(0)?, "starts_at": r.get::<_, String>(1)?, "status": r.get::<_, String>(2)? }))
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let recognitions = self.json_rows(
            "SELECT r.crebo, r.programme, c.name, r.recognised_on, r.recheck_on FROM recognition r
               JOIN company c ON c.id = r.company_id WHERE r.trainer_person_id = ?1 ORDER BY r.id",
            id,
            &["crebo", "programme", "company", "recognised_on", "recheck_on"],
        )?;
        let topics = self.json_rows(
            "SELECT topic FROM person_topic WHERE person_id = ?1 ORDER BY topic_fold",
            id,
            &["topic"],
        )?;
        let questions = self.json_rows(
            "SELECT q.title, c.name, q.status, q.asked_on FROM question q JOIN company c ON c.id = q.company_id
              WHERE q.person_id = ?1 ORDER BY q.id",
            id,
            &["title", "company", "status", "asked_on"],
        )?;
        let invitations = self.json_rows(
            "SELECT k.name, c.name, i.reply, i.invited_at, CASE WHEN i.attended = 1 THEN 'yes' END
               FROM campaign_invitee i JOIN campaign k ON k.id = i.campaign_id JOIN company c ON c.id = i.company_id
              WHERE i.person_id = ?1 ORDER BY i.id",
            id,
            &["campaign", "company", "reply", "invited_at", "attended"],
        )?;
        let imports = self.json_rows(
            "SELECT b.source, b.imported_at, i.action, i.before FROM import_item i
               JOIN import_batch b ON b.id = i.import_id WHERE i.entity = 'person' AND i.entity_id = ?1",
            id,
            &["file", "imported_at", "action", "before"],
        )?;
        // Doors: who opened one to them, and those they opened to others.
        let introductions = self.json_rows(
            "SELECT CASE WHEN i.person_id = ?1 THEN 'introduced to us' ELSE 'introduced to us by them' END,
                    coalesce(c.name, p.name), i.introduced_on, i.note
               FROM introduction i LEFT JOIN company c ON c.id = i.company_id LEFT JOIN person p ON p.id = i.person_id
              WHERE i.person_id = ?1 OR i.by_person_id = ?1 ORDER BY i.id",
            id,
            &["what", "whom", "on", "note"],
        )?;
        let audit = self.json_rows(
            "SELECT a.at, s.name, a.action, a.detail FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
              WHERE a.entity = 'person' AND a.entity_id = ?1 ORDER BY a.id",
            id,
            &["at", "by", "action", "detail"],
        )?;
        let mentions = self.mentions_of(id)?;
        Ok(json!({
            "person": person,
            "interactions": timeline,
            "followups": followups,
            "meetings": meetings,
            "recognitions": recognitions,
            "topics": topics,
            "questions": questions,
            "invitations": invitations,
            "introductions": introductions,
            "imports": imports,
            "history": audit,
            "mentions": mentions,
            "exported_on": self.today(),
        }))
    }

    /// Everything else that names them: engagements, meeting minutes,
    /// other people's notes, history entries of other records.
    fn mentions_of(&self, id: Id) -> Result<Vec<Value>> {
        let plan = self.erase_plan(id)?;
        let mut mentions = Vec::new();
        for place in plan.places.iter().filter(|p| p.verdict != Verdict::Keep) {
            let text: Option<String> = self.conn().query_row(
                &format!(
                    "SELECT {} FROM {} WHERE {} = ?1",
                    place.column,
                    place.table,
                    crate::store::dialect::row_key(self.engine(), place.table)
                ),
                [place.row],
                |r| r.get(0),
            )?;
            mentions.push(json!({
                "table": place.table, "column": place.column, "id": place.row,
                "found": place.found, "surely_them": place.verdict == Verdict::Erase, "text": text,
            }));
        }
        Ok(mentions)
    }

    /// Rows of a query on one person as JSON objects with these keys.
    fn json_rows(&self, sql: &str, id: Id, keys: &[&str]) -> Result<Vec<Value>> {
        let mut stmt = self.conn().prepare(sql)?;
        let rows = stmt.query_map([id], |r| {
            let mut object = serde_json::Map::new();
            for (index, key) in keys.iter().enumerate() {
                let value: Option<String> = r.get(index)?;
                object.insert((*key).to_string(), value.map_or(Value::Null, Value::String));
            }
            Ok(Value::Object(object))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
