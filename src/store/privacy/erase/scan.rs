//! Finding the person in free text: every row of every free-text column that
//! mentions them, what each row is about, and the verdict on each mention.

use super::*;
use crate::domain::redact::{self, Found, Identity, Mention};
use crate::store::db::{Connection, OptionalExtension};
use crate::store::dialect;
use crate::store::Id;
use crate::Result;
use serde_json::Value;
use std::collections::HashSet;

/// What a row is about: which people it names through links, and which companies.
#[derive(Default)]
pub(super) struct RowContext {
    pub(super) people: HashSet<Id>,
    pub(super) companies: HashSet<Id>,
}

/// One row of one column that mentions the person: its text as it is now,
/// and a place for each verdict on the mentions in it.
pub(super) struct Finding {
    pub(super) table: &'static str,
    pub(super) column: &'static str,
    pub(super) row: Id,
    pub(super) text: String,
    pub(super) places: Vec<Place>,
}

/// Every row of every free-text column that mentions the person.
pub(super) fn scan(conn: &Connection, subject: &Subject) -> Result<Vec<Finding>> {
    let mut out = Vec::new();
    for (table, column) in FREE_TEXT {
        // Fixed names from FREE_TEXT only.
        let mut stmt = conn.prepare(&format!(
            "SELECT {}, {column} FROM {table} WHERE {column} IS NOT NULL AND {column} <> ''",
            dialect::row_key(conn.engine(), table)
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let text: String = row.get(1)?;
            let found = found_in(&subject.identity, &text, column);
            if found.is_empty() {
                continue;
            }
            let rowid: Id = row.get(0)?;
            let context = context_of(conn, table, rowid)?;
            // One place per verdict, so a row can be partly erased and partly kept.
            let mut places: Vec<Place> = Vec::new();
            for kind in found {
                if kind == Found::FirstName && !context.people.contains(&subject.id) {
                    continue; // a first name alone matters only where the record is about them
                }
                let (verdict, reason) = judge(subject, &context, table, kind);
                match places.iter_mut().find(|p| p.verdict == verdict) {
                    Some(place) => place.found.push(kind),
                    None => places.push(Place {
                        table,
                        column,
                        row: rowid,
                        found: vec![kind],
                        verdict,
                        reason,
                    }),
                }
            }
            out.push(Finding {
                table,
                column,
                row: rowid,
                text,
                places,
            });
        }
    }
    for (table, column, reason) in LEFT_AS_NAMES {
        // Fixed names from LEFT_AS_NAMES only.
        let mut stmt = conn.prepare(&format!(
            "SELECT {}, {column} FROM {table}",
            dialect::row_key(conn.engine(), table)
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let text: String = row.get(1)?;
            let found: Vec<Found> = found_in(&subject.identity, &text, column)
                .into_iter()
                .filter(|f| *f != Found::FirstName)
                .collect();
            if found.is_empty() {
                continue;
            }
            let rowid: Id = row.get(0)?;
            out.push(Finding {
                table,
                column,
                row: rowid,
                places: vec![Place {
                    table,
                    column,
                    row: rowid,
                    found,
                    verdict: Verdict::Left,
                    reason: reason.to_string(),
                }],
                text,
            });
        }
    }
    Ok(out)
}

/// The kinds of mention in a text (in a JSON column: in any of its strings).
pub(super) fn found_in(identity: &Identity, text: &str, column: &str) -> Vec<Found> {
    let mut kinds: Vec<Found> = Vec::new();
    let mut add = |t: &str| {
        for m in identity.mentions(t) {
            if !kinds.contains(&m.found) {
                kinds.push(m.found);
            }
        }
    };
    match json_column(column)
        .then(|| serde_json::from_str::<Value>(text).ok())
        .flatten()
    {
        Some(value) => visit_strings(&value, &mut add),
        None => add(text),
    }
    kinds
}

pub(super) fn json_column(column: &str) -> bool {
    matches!(column, "detail" | "before" | "undo")
}

pub(super) fn visit_strings(value: &Value, f: &mut impl FnMut(&str)) {
    match value {
        Value::String(s) => f(s),
        Value::Array(items) => items.iter().for_each(|v| visit_strings(v, f)),
        Value::Object(map) => map.values().for_each(|v| visit_strings(v, f)),
        _ => {}
    }
}

/// The text with the mentions `erase` accepts replaced; None when nothing changes.
pub(super) fn scrub(identity: &Identity, text: &str, column: &str, erase: impl Fn(&Mention) -> bool) -> Option<String> {
    let scrub_text = |t: &str| -> Option<String> {
        let found = identity.mentions(t);
        let chosen: Vec<&Mention> = found.iter().filter(|m| erase(m)).collect();
        (!chosen.is_empty()).then(|| redact::redact(t, &chosen))
    };
    if json_column(column) {
        if let Ok(mut value) = serde_json::from_str::<Value>(text) {
            let mut changed = false;
            scrub_strings(&mut value, &mut |s: &mut String| {
                if let Some(new) = scrub_text(s) {
                    *s = new;
                    changed = true;
                }
            });
            return changed.then(|| value.to_string());
        }
    }
    scrub_text(text)
}

pub(super) fn scrub_strings(value: &mut Value, f: &mut impl FnMut(&mut String)) {
    match value {
        Value::String(s) => f(s),
        Value::Array(items) => items.iter_mut().for_each(|v| scrub_strings(v, f)),
        Value::Object(map) => map.values_mut().for_each(|v| scrub_strings(v, f)),
        _ => {}
    }
}

/// Whether a mention of `kind` in a row with `context` is this person.
pub(super) fn judge(subject: &Subject, context: &RowContext, table: &str, kind: Found) -> (Verdict, String) {
    let about_them = context.people.contains(&subject.id);
    let about_namesake = context.people.iter().find(|p| subject.namesakes.contains(p));
    match kind {
        Found::FirstName => (Verdict::Review, "their first name alone, in a record about them".into()),
        Found::Email | Found::Phone if !subject.shared_contact.is_empty() => {
            (Verdict::Review, subject.shared_contact.join("; "))
        }
        Found::Email | Found::Phone => (Verdict::Erase, format!("their {}", kind.label())),
        Found::Name if subject.namesakes.is_empty() && !subject.staff_namesake => {
            (Verdict::Erase, "nobody else has this name".into())
        }
        Found::Name => match (about_them, about_namesake) {
            (true, None) => (Verdict::Erase, format!("the {table} record is about them")),
            (false, Some(other)) => (Verdict::Keep, format!("about their namesake, person #{other}")),
            (true, Some(other)) => (
                Verdict::Review,
                format!("names them and their namesake, person #{other}"),
            ),
            (false, None) if subject.staff_namesake => (Verdict::Review, "a staff member has the same name".into()),
            (false, None) => {
                let theirs = context.companies.iter().any(|c| subject.companies.contains(c));
                let namesakes = context.companies.iter().any(|c| subject.namesake_companies.contains(c));
                match (theirs, namesakes) {
                    (true, false) => (Verdict::Erase, "at a company where they work or worked".into()),
                    (false, true) => (
                        Verdict::Keep,
                        "at a company where their namesake works or worked".into(),
                    ),
                    _ => (
                        Verdict::Review,
                        "someone else has the same name; cannot tell who is meant".into(),
                    ),
                }
            }
        },
    }
}

/// The people and companies a row is about, through its links.
pub(super) fn context_of(conn: &Connection, table: &str, rowid: Id) -> Result<RowContext> {
    let mut context = RowContext::default();
    let entity = match table {
        "audit_log" | "import_item" => {
            let entity: Option<(String, Option<Id>)> = conn
                .query_row(
                    &format!(
                        "SELECT entity, entity_id FROM {table} WHERE {} = ?1",
                        dialect::row_key(conn.engine(), table)
                    ),
                    [rowid],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            match entity {
                Some((entity, Some(id))) => Some((entity, id)),
                _ => None,
            }
        }
        "import_batch" | "merge_log" => None,
        // A step is about its question.
        "question_step" => conn
            .query_row("SELECT question_id FROM question_step WHERE id = ?1", [rowid], |r| {
                r.get(0)
            })
            .optional()?
            .map(|question| ("question".to_string(), question)),
        other => Some((other.to_string(), rowid)),
    };
    let Some((entity, id)) = entity else { return Ok(context) };
    let Some((people_sql, companies_sql)) = people_and_companies_of(&entity) else {
        return Ok(context);
    };
    context.people = ids(conn, people_sql, [id])?;
    context.companies = ids(conn, companies_sql, [id])?;
    Ok(context)
}

/// The statements that find the people and the companies a record of
/// `entity` is about (its id is ?1).
fn people_and_companies_of(entity: &str) -> Option<(&'static str, &'static str)> {
    Some(match entity {
        "interaction" => (
            "SELECT person_id FROM interaction_person WHERE interaction_id = ?1",
            "SELECT company_id FROM interaction WHERE id = ?1",
        ),
        "followup" => (
            "SELECT person_id FROM followup WHERE id = ?1 AND person_id IS NOT NULL
             UNION SELECT ip.person_id FROM followup f JOIN interaction_person ip ON ip.interaction_id = f.interaction_id
              WHERE f.id = ?1",
            "SELECT company_id FROM followup WHERE id = ?1",
        ),
        "engagement" => ("SELECT CAST(?1 AS BIGINT) WHERE 1 = 0", "SELECT company_id FROM engagement WHERE id = ?1"),
        "recognition" => (
            "SELECT trainer_person_id FROM recognition WHERE id = ?1 AND trainer_person_id IS NOT NULL",
            "SELECT company_id FROM recognition WHERE id = ?1",
        ),
        "company" => ("SELECT CAST(?1 AS BIGINT) WHERE 1 = 0", "SELECT id FROM company WHERE id = ?1"),
        "question" => (
            "SELECT person_id FROM question WHERE id = ?1 AND person_id IS NOT NULL",
            "SELECT company_id FROM question WHERE id = ?1",
        ),
        "campaign" => (
            "SELECT person_id FROM campaign_invitee WHERE campaign_id = ?1 AND person_id IS NOT NULL",
            "SELECT company_id FROM campaign_invitee WHERE campaign_id = ?1",
        ),
        "campaign_invitee" => (
            "SELECT person_id FROM campaign_invitee WHERE id = ?1 AND person_id IS NOT NULL",
            "SELECT company_id FROM campaign_invitee WHERE id = ?1",
        ),
        "person" => (
            "SELECT id FROM person WHERE id = ?1",
            "SELECT company_id FROM employment WHERE person_id = ?1",
        ),
        "meeting" => (
            "SELECT person_id FROM meeting_attendance WHERE meeting_id = ?1 AND person_id IS NOT NULL",
            "SELECT CAST(?1 AS BIGINT) WHERE 1 = 0",
        ),
        "circle" => (
            "SELECT CAST(?1 AS BIGINT) WHERE 1 = 0",
            "SELECT company_id FROM circle_member WHERE circle_id = ?1 AND left_on IS NULL",
        ),
        // Someone's job title or topic is about them, at their companies.
        "employment" => (
            "SELECT person_id FROM employment WHERE id = ?1",
            "SELECT company_id FROM employment WHERE id = ?1",
        ),
        "person_topic" => (
            "SELECT person_id FROM person_topic WHERE id = ?1",
            "SELECT e.company_id FROM person_topic t JOIN employment e ON e.person_id = t.person_id WHERE t.id = ?1",
        ),
        // The network (version 22): a staff member's role is at an organisation;
        // an introduction is of a company or a person, by someone.
        "staff_affiliation" => (
            "SELECT CAST(?1 AS BIGINT) WHERE 1 = 0",
            "SELECT company_id FROM staff_affiliation WHERE id = ?1",
        ),
        "introduction" => (
            "SELECT person_id FROM introduction WHERE id = ?1 AND person_id IS NOT NULL
             UNION SELECT by_person_id FROM introduction WHERE id = ?1 AND by_person_id IS NOT NULL",
            "SELECT company_id FROM introduction WHERE id = ?1 AND company_id IS NOT NULL
             UNION SELECT by_company_id FROM introduction WHERE id = ?1 AND by_company_id IS NOT NULL",
        ),
        "place" => ("SELECT CAST(?1 AS BIGINT) WHERE 1 = 0", "SELECT company_id FROM place WHERE id = ?1"),
        // An offer is about the company it was matched with, if any.
        "offer" => (
            "SELECT CAST(?1 AS BIGINT) WHERE 1 = 0",
            "SELECT q.company_id FROM offer o JOIN question q ON q.id = o.question_id WHERE o.id = ?1",
        ),
        "outside_ask" => (
            "SELECT CAST(?1 AS BIGINT) WHERE 1 = 0",
            "SELECT company_id FROM outside_ask WHERE id = ?1",
        ),
        // A link is about its person, or the company it (or its collaboration or recognition) is at.
        "attachment" => (
            "SELECT person_id FROM attachment WHERE id = ?1 AND person_id IS NOT NULL",
            "SELECT company_id FROM attachment WHERE id = ?1 AND company_id IS NOT NULL
             UNION SELECT g.company_id FROM attachment a JOIN engagement g ON g.id = a.engagement_id WHERE a.id = ?1
             UNION SELECT r.company_id FROM attachment a JOIN recognition r ON r.id = a.recognition_id WHERE a.id = ?1",
        ),
        _ => return None,
    })
}
