//! Naming things on the command line: by id, or by name — case- and
//! accent-insensitive, exact match first, then prefix, then anywhere in the
//! name. More than one match is an error that lists the candidates.

use super::{Id, Store};
use crate::domain::fold::fold;
use crate::store::db::{params, params_from_iter, Connection};
use crate::{Error, Result};
use rusqlite::types::Value;

#[derive(Debug, Clone, Copy)]
pub(crate) enum Entity {
    Company,
    Person,
    Staff,
    Circle,
    Campaign,
}

impl Entity {
    fn what(self) -> &'static str {
        match self {
            Entity::Company => "company",
            Entity::Person => "person",
            Entity::Staff => "staff member",
            Entity::Circle => "circle",
            Entity::Campaign => "campaign",
        }
    }

    fn plural(self) -> &'static str {
        match self {
            Entity::Company => "companies",
            Entity::Person => "people",
            Entity::Staff => "staff members",
            Entity::Circle => "circles",
            Entity::Campaign => "campaigns",
        }
    }

    /// SELECT id, label FROM … ; `{where}` is replaced by a fixed condition.
    fn select(self) -> &'static str {
        match self {
            Entity::Company => {
                "SELECT c.id, c.name || coalesce(' (' || c.city || ')', '') || ' #' || c.id
                   FROM company c WHERE {where} ORDER BY c.archived, c.name_fold, c.id LIMIT 9"
            }
            Entity::Person => {
                "SELECT p.id, p.name || coalesce(' (' || (SELECT co.name FROM employment e JOIN company co ON co.id = e.company_id
                         WHERE e.person_id = p.id ORDER BY e.ended_on IS NOT NULL, e.id DESC LIMIT 1) || ')', '') || ' #' || p.id
                   FROM person p WHERE {where} ORDER BY p.name_fold, p.id LIMIT 9"
            }
            Entity::Staff => {
                "SELECT s.id, s.name || CASE WHEN s.left_on IS NULL THEN '' ELSE ' (left)' END || ' #' || s.id
                   FROM staff s WHERE {where} ORDER BY s.left_on IS NOT NULL, s.name_fold, s.id LIMIT 9"
            }
            Entity::Circle => {
                "SELECT k.id, k.name || ' #' || k.id FROM circle k WHERE {where} ORDER BY k.archived, k.name_fold, k.id LIMIT 9"
            }
            Entity::Campaign => {
                "SELECT g.id, g.name || coalesce(' (' || g.held_on || ')', '') || ' #' || g.id
                   FROM campaign g WHERE {where} ORDER BY g.name_fold, g.id LIMIT 9"
            }
        }
    }

    fn alias(self) -> &'static str {
        match self {
            Entity::Company => "c",
            Entity::Person => "p",
            Entity::Staff => "s",
            Entity::Circle => "k",
            Entity::Campaign => "g",
        }
    }
}

/// The largest character: a prefix range `[p, p + MAX)` holds every name starting with p.
const MAX_CHAR: char = '\u{10FFFF}';

pub(crate) fn resolve(conn: &Connection, entity: Entity, given: &str) -> Result<(Id, String)> {
    resolve_scoped(conn, entity, given, None)
}

/// Like [`resolve`], but with `scope` (a fixed condition on the alias and its
/// one bound value) narrowing the candidates, e.g. to one company's contacts.
pub(crate) fn resolve_scoped(
    conn: &Connection,
    entity: Entity,
    given: &str,
    scope: Option<(&str, Id)>,
) -> Result<(Id, String)> {
    let trimmed = given.trim();
    let a = entity.alias();
    let digits = trimmed.trim_start_matches('#');
    if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        if let Ok(id) = digits.parse::<Id>() {
            let sql = entity.select().replace("{where}", &format!("{a}.id = ?1"));
            if let Some(hit) = candidates(conn, &sql, params![id])?.into_iter().next() {
                return Ok(hit);
            }
        }
    }
    let key = fold(trimmed);
    if key.is_empty() {
        return Err(Error::invalid(format!("a {} name cannot be empty", entity.what())));
    }
    let attempts = [
        (format!("{a}.name_fold = ?1"), vec![key.clone()]),
        (
            format!("{a}.name_fold >= ?1 AND {a}.name_fold < ?2"),
            vec![key.clone(), format!("{key}{MAX_CHAR}")],
        ),
        (format!("instr({a}.name_fold, ?1) > 0"), vec![key.clone()]),
    ];
    for (condition, texts) in attempts {
        let mut values: Vec<Value> = texts.into_iter().map(Value::from).collect();
        let mut condition = condition;
        if let Some((scope_condition, scope_id)) = scope {
            values.push(scope_id.into());
            condition = format!(
                "{condition} AND {}",
                scope_condition.replace('?', &format!("?{}", values.len()))
            );
        }
        let sql = entity.select().replace("{where}", &condition);
        let found = candidates(conn, &sql, params_from_iter(values))?;
        match found.len() {
            0 => continue,
            1 => return Ok(found.into_iter().next().expect("one candidate")),
            _ => {
                let mut labels: Vec<String> = found.into_iter().map(|(_, label)| label).collect();
                if labels.len() > 8 {
                    labels.truncate(8);
                    labels.push("…".into());
                }
                return Err(Error::Ambiguous {
                    what: entity.plural(),
                    given: trimmed.to_string(),
                    candidates: labels.join(", "),
                });
            }
        }
    }
    let near = near_labels(conn, entity, trimmed, scope)?;
    let near = match near.is_empty() {
        true => String::new(),
        false => crate::t!("hint-did-you-mean", options = near.join(", ")),
    };
    Err(Error::NotFound {
        what: entity.what(),
        given: trimmed.to_string(),
        hint: near
            + &match entity {
                Entity::Company => crate::t!(
                    "hint-see-or-add",
                    list = "kring company list",
                    add = "kring company add"
                ),
                Entity::Person => crate::t!("hint-see", command = "kring person list"),
                Entity::Staff => crate::t!("hint-see", command = "kring staff list"),
                Entity::Circle => crate::t!("hint-see-or-add", list = "kring circle list", add = "kring circle add"),
                Entity::Campaign => crate::t!(
                    "hint-see-or-add",
                    list = "kring campaign list",
                    add = "kring campaign add"
                ),
            },
    })
}

/// Names near what was typed (a slip of the finger), as the candidates of
/// an ambiguous name read: "Drukkerij Zuiderzee (Edam) #12". Only asked
/// once nothing matched, so reading every name is affordable: on the large
/// demo (100,000 companies) see docs/benchmarks.md.
fn near_labels(conn: &Connection, entity: Entity, typed: &str, scope: Option<(&str, Id)>) -> Result<Vec<String>> {
    let a = entity.alias();
    let table = match entity {
        Entity::Company => "company",
        Entity::Person => "person",
        Entity::Staff => "staff",
        Entity::Circle => "circle",
        Entity::Campaign => "campaign",
    };
    let mut best = crate::domain::near::Nearest::new(typed, 3);
    {
        let (sql, id) = match scope {
            Some((condition, id)) => (
                format!(
                    "SELECT {a}.name, {a}.id FROM {table} {a} WHERE {}",
                    condition.replace('?', "?1")
                ),
                Some(id),
            ),
            None => (format!("SELECT {a}.name, {a}.id FROM {table} {a}"), None),
        };
        let mut stmt = conn.prepare_cached(&sql)?;
        let mut rows = match id {
            Some(id) => stmt.query([id])?,
            None => stmt.query([])?,
        };
        while let Some(r) = rows.next()? {
            let name: String = r.get(0)?;
            best.offer(&name, r.get::<_, Id>(1)?);
        }
    }
    let ids: Vec<Id> = best.into_ranked().into_iter().map(|(_, id)| id).collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // Ids kring made, never typed text.
    let list = ids.iter().map(Id::to_string).collect::<Vec<_>>().join(", ");
    let sql = entity.select().replace("{where}", &format!("{a}.id IN ({list})"));
    let found = candidates(conn, &sql, [])?;
    // In the order of nearness, not of the select.
    Ok(ids
        .iter()
        .filter_map(|id| found.iter().find(|(f, _)| f == id).map(|(_, label)| label.clone()))
        .collect())
}

fn candidates(conn: &Connection, sql: &str, params: impl crate::store::db::Params) -> Result<Vec<(Id, String)>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params, |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Store {
    /// A follow-up by its id (`12`, `#12`), or by its company when that
    /// company has exactly one open follow-up ("followup done zaan").
    pub fn resolve_followup(&self, given: &str) -> Result<Id> {
        let trimmed = given.trim();
        if let Ok(id) = trimmed.trim_start_matches('#').parse::<Id>() {
            return Ok(id);
        }
        let company = self.resolve_company(trimmed)?;
        let open = self.list_followups(&crate::model::followups::FollowupFilter {
            company: Some(company),
            ..Default::default()
        })?;
        match open.as_slice() {
            [one] => Ok(one.id),
            [] => Err(Error::NotFound {
                what: "open follow-up",
                given: trimmed.to_string(),
                hint: crate::t!(
                    "hint-at-see",
                    name = self.company(company)?.name,
                    command = "kring followup list --all"
                ),
            }),
            several => Err(Error::Ambiguous {
                what: "open follow-ups",
                given: trimmed.to_string(),
                candidates: several
                    .iter()
                    .map(|f| format!("#{} {} (due {})", f.id, f.action, f.due))
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }

    /// A meeting by its id, or by its circle: the circle's latest meeting
    /// that has begun today or before ("meeting attend techniek noelle" on
    /// the day, or the minutes the day after).
    pub fn resolve_meeting(&self, given: &str) -> Result<Id> {
        let trimmed = given.trim();
        if let Ok(id) = trimmed.trim_start_matches('#').parse::<Id>() {
            return Ok(id);
        }
        let circle = self.resolve_circle(trimmed)?;
        let today = crate::domain::dates::iso(self.today());
        let meetings = self.meetings(Some(circle))?;
        let begun = meetings
            .iter()
            .rev()
            .find(|m| m.starts_at.get(..10).unwrap_or(&m.starts_at) <= today.as_str());
        match (begun, meetings.first()) {
            (Some(m), _) => Ok(m.id),
            (None, next) => Err(Error::NotFound {
                what: "meeting that has begun",
                given: trimmed.to_string(),
                hint: match next {
                    Some(m) => crate::t!("hint-next-meeting", id = m.id, date = m.starts_at.as_str()),
                    None => crate::t!("hint-add-meeting", circle = trimmed),
                },
            }),
        }
    }

    /// Find a company by id or name. Returns its id.
    pub fn resolve_company(&self, given: &str) -> Result<Id> {
        Ok(resolve(self.conn(), Entity::Company, given)?.0)
    }

    /// Find a contact person by id or name. Returns their id.
    pub fn resolve_person(&self, given: &str) -> Result<Id> {
        Ok(resolve(self.conn(), Entity::Person, given)?.0)
    }

    /// Find a person among the (current or former) contacts of `company` first;
    /// when no contact there matches, among everyone.
    pub fn resolve_contact(&self, company: Id, given: &str) -> Result<Id> {
        let scope = (
            "p.id IN (SELECT person_id FROM employment WHERE company_id = ?)",
            company,
        );
        match resolve_scoped(self.conn(), Entity::Person, given, Some(scope)) {
            Err(Error::NotFound { .. }) => self.resolve_person(given),
            other => Ok(other?.0),
        }
    }

    /// Find a current contact person at one of a circle's member companies.
    pub fn resolve_circle_contact(&self, circle: Id, given: &str) -> Result<Id> {
        let scope = (
            "p.id IN (SELECT e.person_id FROM employment e JOIN circle_member cm ON cm.company_id = e.company_id
                       WHERE cm.circle_id = ? AND cm.left_on IS NULL AND e.ended_on IS NULL)",
            circle,
        );
        Ok(resolve_scoped(self.conn(), Entity::Person, given, Some(scope))?.0)
    }

    /// Find a campaign by id or name.
    pub fn resolve_campaign(&self, given: &str) -> Result<Id> {
        Ok(resolve(self.conn(), Entity::Campaign, given)?.0)
    }

    /// Find a business circle by id or name.
    pub fn resolve_circle(&self, given: &str) -> Result<Id> {
        Ok(resolve(self.conn(), Entity::Circle, given)?.0)
    }

    /// Find a staff member by id or name. Returns their id.
    pub fn resolve_staff(&self, given: &str) -> Result<Id> {
        Ok(resolve(self.conn(), Entity::Staff, given)?.0)
    }
}
