//! Yearly goals, each counted from the data kring already holds, for one
//! school year (1 August to 31 July) and for whoever it belongs to: the
//! whole school, a team (its members) or one staff member.
//!
//! - companies: companies with a collaboration agreed, running or done that year
//! - students: students in those collaborations
//! - placements, lectures, assignments: collaborations of that form, plus
//!   interactions of that kind at companies without such a collaboration
//!   that year (each real event counted once)
//! - new_companies: companies first contacted that year
//! - meetings: circle meetings held (for a team or person: attended)
//! - contacts: interactions logged
//!
//! A collaboration or company belongs to whoever is on it (its staff
//! member), else the company's owner; an interaction to who logged it.

use super::{audit, Id, Store};
use crate::domain::dates::iso;
use crate::domain::kinds::GoalMetric;
use crate::domain::validate;
use crate::model::goals::{GoalProgress, GoalScope, NewGoal};
use crate::store::db::{params, Connection};
use crate::{Error, Result};

/// [`Store::goals_of`]'s scope: a staff member's own goals, then their team's.
const MINE_AND_MY_TEAMS: i64 = 3;

impl Store {
    pub fn add_goal(&mut self, new: NewGoal) -> Result<Id> {
        let year = validate::school_year(&new.school_year)?;
        validate::in_range("target", i64::from(new.target), 0, validate::MAX_GOAL)?;
        if let Some(max) = new.max {
            validate::in_range("target", i64::from(max), 0, validate::MAX_GOAL)?;
        }
        if new.max.is_some_and(|max| max < new.target) {
            return Err(Error::invalid(crate::t!(
                "err-goal-range",
                max = new.max.unwrap_or_default(),
                target = new.target
            )));
        }
        if new.team.is_some() && new.staff.is_some() {
            return Err(Error::invalid(crate::t!("err-goal-whose")));
        }
        let tag = new.tag.as_deref().map(super::tags::normalise);
        let note = validate::optional(new.note.as_deref());
        self.write(|tx, ctx| {
            tx.execute(
                "INSERT INTO goal (school_year, team_id, staff_id, metric, tag, target, max, note, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![year, new.team, new.staff, new.metric, tag, new.target, new.max, note, ctx.now],
            )?;
            let id = tx.last_insert_rowid()?;
            audit::record(
                tx,
                ctx,
                "goal",
                id,
                "create",
                serde_json::json!({ "metric": new.metric.as_str(), "target": new.target, "year": year }),
            )?;
            Ok(id)
        })
    }

    /// Change a goal's target, range top or note (`Some(0)` for max: no range).
    pub fn edit_goal(&mut self, id: Id, target: Option<u32>, max: Option<u32>, note: Option<&str>) -> Result<()> {
        for n in target.iter().chain(max.iter()) {
            validate::in_range("target", i64::from(*n), 0, validate::MAX_GOAL)?;
        }
        self.write(|tx, ctx| {
            let (old_target, old_max): (i64, Option<i64>) = tx
                .query_row("SELECT target, max FROM goal WHERE id = ?1", [id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .map_err(|_| Error::not_found("goal", id.to_string()))?;
            let target = target.map_or(old_target, i64::from);
            let max = match max {
                Some(0) => None,
                Some(m) => Some(i64::from(m)),
                None => old_max,
            };
            if max.is_some_and(|m| m < target) {
                return Err(Error::invalid(crate::t!(
                    "err-goal-range",
                    max = max.unwrap_or_default(),
                    target = target
                )));
            }
            tx.execute(
                // --note "" clears the note; no --note keeps it.
                "UPDATE goal SET target = ?2, max = ?3, note = CASE WHEN ?5 THEN ?4 ELSE note END WHERE id = ?1",
                params![
                    id,
                    target,
                    max,
                    note.and_then(|n| validate::optional(Some(n))),
                    note.is_some()
                ],
            )?;
            audit::record(
                tx,
                ctx,
                "goal",
                id,
                "update",
                serde_json::json!({ "target": [old_target, target], "max": [old_max, max] }),
            )
        })
    }

    pub fn remove_goal(&mut self, id: Id) -> Result<()> {
        self.write(|tx, ctx| {
            if tx.execute("DELETE FROM goal WHERE id = ?1", [id])? == 0 {
                return Err(Error::not_found("goal", id.to_string()));
            }
            audit::record(tx, ctx, "goal", id, "remove", serde_json::json!({}))
        })
    }

    /// This school year's goals that are mine or my team's (Today's).
    pub fn my_goals(&self) -> Result<Vec<GoalProgress>> {
        match self.actor() {
            Some(me) => self.goals_of(me),
            None => Ok(Vec::new()),
        }
    }

    /// This school year's goals of a staff member and of their team.
    pub fn goals_of(&self, me: Id) -> Result<Vec<GoalProgress>> {
        let year = crate::domain::dates::school_year_of(self.today());
        // One statement for both (Today reads this on every refresh).
        self.goals_where(&year, MINE_AND_MY_TEAMS, me)
    }

    /// The goals of a school year (all, or a team's or staff member's) with
    /// their counts and what makes them up.
    pub fn goals(&self, school_year: &str, scope: GoalScope) -> Result<Vec<GoalProgress>> {
        let (kind, who) = match scope {
            GoalScope::All => (0, 0),
            GoalScope::Team(id) => (1, id),
            GoalScope::Staff(id) => (2, id),
        };
        self.goals_where(school_year, kind, who)
    }

    /// Goals whose scope is `kind` (0 all, 1 team `who`, 2 staff member
    /// `who`, [`MINE_AND_MY_TEAMS`]).
    fn goals_where(&self, school_year: &str, kind: i64, who: Id) -> Result<Vec<GoalProgress>> {
        let year = validate::school_year(school_year)?;
        let mut stmt = self.conn().prepare_cached(
            "SELECT g.id, g.school_year, g.team_id, g.staff_id, coalesce(t.name, s.name),
                    g.metric, g.tag, g.target, g.max, g.note
               FROM goal g LEFT JOIN team t ON t.id = g.team_id LEFT JOIN staff s ON s.id = g.staff_id
              WHERE g.school_year = ?1
                AND (?2 = 0 OR (?2 = 1 AND g.team_id = ?3) OR (?2 = 2 AND g.staff_id = ?3)
                     OR (?2 = 3 AND (g.staff_id = ?3
                                     OR g.team_id = (SELECT team_id FROM staff WHERE id = ?3))))
              ORDER BY g.team_id IS NULL AND g.staff_id IS NULL DESC,
                       CASE WHEN ?2 = 3 THEN g.staff_id IS NULL ELSE g.staff_id IS NOT NULL END, g.id",
        )?;
        let goals = stmt.query_map(params![year, kind, who], |r| {
            let team: Option<Id> = r.get(2)?;
            let staff: Option<Id> = r.get(3)?;
            let scope = match (team, staff) {
                (Some(t), _) => GoalScope::Team(t),
                (_, Some(s)) => GoalScope::Staff(s),
                _ => GoalScope::All,
            };
            Ok((
                scope,
                GoalProgress {
                    id: r.get(0)?,
                    school_year: r.get(1)?,
                    // Neither a team's nor a colleague's: the whole school's.
                    whose: r
                        .get::<_, Option<String>>(4)?
                        .unwrap_or_else(|| crate::t!("goal-the-school")),
                    metric: r.get(5)?,
                    tag: r.get(6)?,
                    target: r.get(7)?,
                    max: r.get(8)?,
                    note: r.get(9)?,
                    count: 0,
                    made_of: Vec::new(),
                },
            ))
        })?;
        let today = iso(self.today());
        goals
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .map(|(scope, mut goal)| {
                goal.made_of = made_of(self.conn(), &goal, scope, &today)?;
                goal.count = goal.made_of.iter().map(|(_, n)| n).sum();
                Ok(goal)
            })
            .collect()
    }
}

/// The staff ids a goal's scope covers, as a condition on `column`.
fn scope_condition(scope: GoalScope, column: &str) -> String {
    match scope {
        GoalScope::All => "1 = 1".into(),
        GoalScope::Team(t) => format!("{column} IN (SELECT id FROM staff WHERE team_id = {t})"),
        GoalScope::Staff(s) => format!("{column} = {s}"),
    }
}

/// Per company, what it adds to the goal's count.
fn made_of(conn: &Connection, goal: &GoalProgress, scope: GoalScope, today: &str) -> Result<Vec<(String, i64)>> {
    let (from, until) = crate::domain::dates::school_year_days(&goal.school_year);
    let engaged = scope_condition(scope, "coalesce(e.staff_id, c.owner_id)");
    let logged = scope_condition(scope, "i.staff_id");
    let owned = scope_condition(scope, "c.owner_id");
    let tagged = "(c.id IN (SELECT ct.company_id FROM company_tag ct JOIN tag t ON t.id = ct.tag_id WHERE t.name = ?4) OR ?4 IS NULL)";
    let live = "e.status IN ('agreed', 'running', 'done')";
    let form_and_kind = match goal.metric {
        GoalMetric::Placements => Some(("internship", "internship_placed")),
        GoalMetric::Lectures => Some(("guest_lecture", "guest_lecture")),
        GoalMetric::Assignments => Some(("practice_assignment", "assignment")),
        _ => None,
    };
    // The scope conditions hold only ids kring made, never typed text.
    let sql = match goal.metric {
        GoalMetric::Companies => format!(
            "SELECT c.name, 1 FROM company c WHERE {tagged} AND c.id IN
               (SELECT e.company_id FROM engagement e JOIN company c ON c.id = e.company_id
                 WHERE e.school_year = ?1 AND {live} AND {engaged})"
        ),
        GoalMetric::Students => format!(
            "SELECT c.name, sum(coalesce(e.students, 0)) FROM engagement e JOIN company c ON c.id = e.company_id
              WHERE e.school_year = ?1 AND {live} AND {engaged} AND {tagged} GROUP BY c.id"
        ),
        GoalMetric::Placements | GoalMetric::Lectures | GoalMetric::Assignments => {
            let (form, kind) = form_and_kind.expect("a form-counted metric");
            format!(
                "SELECT name, sum(n) FROM (
                   SELECT c.id, c.name, count(*) AS n FROM engagement e JOIN company c ON c.id = e.company_id
                    WHERE e.school_year = ?1 AND {live} AND e.form = '{form}' AND {engaged} AND {tagged}
                    GROUP BY c.id
                   UNION ALL
                   SELECT c.id, c.name, count(*) FROM interaction i JOIN company c ON c.id = i.company_id
                    WHERE i.occurred_on BETWEEN ?2 AND ?3 AND i.kind = '{kind}' AND {logged} AND {tagged}
                      AND NOT EXISTS (SELECT 1 FROM engagement e WHERE e.company_id = c.id
                                       AND e.school_year = ?1 AND e.form = '{form}' AND {live})
                    GROUP BY c.id) AS made
                 GROUP BY id, name"
            )
        }
        GoalMetric::NewCompanies => format!(
            "SELECT c.name, 1 FROM company c
              WHERE {owned} AND {tagged}
                AND (SELECT min(occurred_on) FROM interaction WHERE company_id = c.id) BETWEEN ?2 AND ?3"
        ),
        GoalMetric::Meetings => match scope {
            GoalScope::All => "SELECT k.name, count(*) FROM meeting m JOIN circle k ON k.id = m.circle_id
                 WHERE substr(m.starts_at, 1, 10) BETWEEN ?2 AND (CASE WHEN ?3 < ?5 THEN ?3 ELSE ?5 END) AND (CAST(?4 AS TEXT) IS NULL OR 1 = 1) GROUP BY k.id"
                .to_string(),
            _ => format!(
                "SELECT k.name, count(DISTINCT m.id) FROM meeting m JOIN circle k ON k.id = m.circle_id
                   JOIN meeting_attendance a ON a.meeting_id = m.id AND a.status = 'attended'
                  WHERE substr(m.starts_at, 1, 10) BETWEEN ?2 AND (CASE WHEN ?3 < ?5 THEN ?3 ELSE ?5 END) AND (CAST(?4 AS TEXT) IS NULL OR 1 = 1)
                    AND {} GROUP BY k.id",
                scope_condition(scope, "a.staff_id")
            ),
        },
        // Places count where the companies are owned: a team's goal is its companies' places.
        GoalMetric::PlacesOffered | GoalMetric::PlacesFilled => format!(
            "SELECT c.name, sum(p.{}) FROM place p JOIN company c ON c.id = p.company_id
              WHERE p.school_year = ?1 AND c.archived = 0 AND {owned} AND {tagged}
              GROUP BY c.id",
            if goal.metric == GoalMetric::PlacesOffered { "offered" } else { "filled" }
        ),
        GoalMetric::Contacts => format!(
            "SELECT c.name, count(*) FROM interaction i JOIN company c ON c.id = i.company_id
              WHERE i.occurred_on BETWEEN ?2 AND ?3 AND {logged} AND {tagged} GROUP BY c.id"
        ),
    };
    let sql = format!("SELECT * FROM ({sql}) AS made ORDER BY 2 DESC, 1");
    let mut stmt = conn.prepare(&sql)?;
    let uses_today = sql.contains("?5");
    let rows = if uses_today {
        stmt.query_map(params![goal.school_year, from, until, goal.tag, today], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    } else {
        stmt.query_map(params![goal.school_year, from, until, goal.tag], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };
    Ok(rows)
}
