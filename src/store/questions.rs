//! Questions companies bring (vraagstukken): recorded, matched to a team
//! and the collaboration that carries them, run, delivered — or declined
//! with a reason the company can be told. Every move is a `question_step`
//! (who, when, why) besides its audit entry. The board weighs a school
//! year's questions against the capacity each team declared per period.

use super::{audit, date_col, staff::ensure_active, Ctx, Id, Store};
use crate::domain::dates::{days_between, iso, school_year_of};
use crate::domain::kinds::{EngagementStatus, QuestionStatus};
use crate::domain::validate;
use crate::model::engagements::NewEngagement;
use crate::model::questions::{
    Board, BoardRow, NewQuestion, Question, QuestionFilter, QuestionMatch, QuestionPatch, QuestionStep,
};
use crate::store::db::{params, Connection, OptionalExtension};
use crate::{Error, Result};
use chrono::NaiveDate;
use std::collections::BTreeMap;

const SELECT: &str = "
    SELECT q.id, q.company_id, c.name, q.person_id, p.name, q.title, q.kind, q.students, q.wanted_by,
           q.team_id, t.name, q.note, q.status, q.school_year, q.period, s.name, q.engagement_id, q.reason,
           q.asked_on
      FROM question q JOIN company c ON c.id = q.company_id
      LEFT JOIN person p ON p.id = q.person_id
      LEFT JOIN team t ON t.id = q.team_id
      LEFT JOIN staff s ON s.id = q.teacher_id";

fn row(r: &crate::store::db::Row, today: NaiveDate) -> rusqlite::Result<Question> {
    let status: QuestionStatus = r.get(12)?;
    let asked_on = date_col(r, 18)?.unwrap_or(today);
    Ok(Question {
        id: r.get(0)?,
        company_id: r.get(1)?,
        company: r.get(2)?,
        person_id: r.get(3)?,
        person: r.get(4)?,
        title: r.get(5)?,
        kind: r.get(6)?,
        students: r.get(7)?,
        wanted_by: date_col(r, 8)?,
        team_id: r.get(9)?,
        team: r.get(10)?,
        note: r.get(11)?,
        status,
        school_year: r.get(13)?,
        period: r.get(14)?,
        teacher: r.get(15)?,
        engagement_id: r.get(16)?,
        reason: r.get(17)?,
        asked_on,
        waiting_days: (status == QuestionStatus::New).then(|| days_between(asked_on, today).max(0)),
    })
}

fn not_found(id: Id) -> Error {
    Error::NotFound {
        what: "question",
        given: format!("#{id}"),
        hint: crate::t!("hint-see", command = "kring question list"),
    }
}

impl Store {
    pub fn add_question(&mut self, new: NewQuestion) -> Result<Id> {
        self.write(|tx, ctx| insert_question(tx, ctx, &new))
    }

    pub fn question(&self, id: Id) -> Result<Question> {
        question_in(self.conn(), id, self.today())
    }

    /// Questions matching `filter`: open ones by how long they wait, then the
    /// rest newest first.
    pub fn list_questions(&self, filter: &QuestionFilter) -> Result<Vec<Question>> {
        let company = if filter.company.is_some() {
            "q.company_id = ?1"
        } else {
            "CAST(?1 AS BIGINT) IS NULL"
        };
        let mut stmt = self.conn().prepare_cached(&format!(
            "{SELECT} WHERE {company} AND (q.team_id = ?2 OR ?2 IS NULL) AND (q.kind = ?3 OR ?3 IS NULL)
                AND (q.status = ?4 OR ?4 IS NULL) AND (?5 = 0 OR q.status IN ('new', 'matched', 'running'))
                AND (q.school_year = ?6 OR ?6 IS NULL)
              ORDER BY q.status IN ('new', 'matched', 'running') DESC,
                       CASE WHEN q.status IN ('new', 'matched', 'running') THEN q.asked_on END,
                       q.asked_on DESC, q.id DESC"
        ))?;
        let today = self.today();
        let rows = stmt.query_map(
            params![
                filter.company,
                filter.team,
                filter.kind.map(|k| k.as_str()),
                filter.status.map(|s| s.as_str()),
                filter.open,
                filter.school_year
            ],
            |r| row(r, today),
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A question's way so far, oldest step first.
    pub fn question_steps(&self, id: Id) -> Result<Vec<QuestionStep>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT q.status, q.at, s.name, q.note FROM question_step q LEFT JOIN staff s ON s.id = q.staff_id
              WHERE q.question_id = ?1 ORDER BY q.id",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(QuestionStep {
                status: r.get(0)?,
                at: r.get(1)?,
                by: r.get(2)?,
                note: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn edit_question(&mut self, id: Id, patch: QuestionPatch) -> Result<()> {
        self.write(|tx, ctx| edit_in(tx, ctx, id, &patch))
    }

    /// A team takes the question on: a collaboration of the question's form
    /// is agreed for it (or an existing one of the same company carries it),
    /// in the question's school year and period, with its students. Returns
    /// the collaboration.
    pub fn match_question(&mut self, id: Id, how: QuestionMatch) -> Result<Id> {
        self.write(|tx, ctx| match_in(tx, ctx, id, &how))
    }

    /// Move a question on: running, delivered, declined (with the reason the
    /// company is told) or withdrawn. The collaboration that carries it
    /// follows: running, done, or cancelled.
    pub fn set_question_status(&mut self, id: Id, status: QuestionStatus, note: Option<&str>) -> Result<()> {
        self.write(|tx, ctx| status_in(tx, ctx, id, status, note))
    }

    /// What a team can take on in a period of a school year (set again to change it).
    pub fn set_team_capacity(
        &mut self,
        team: Id,
        school_year: &str,
        period: &str,
        assignments: u32,
        students: u32,
    ) -> Result<()> {
        self.write(|tx, ctx| capacity_in(tx, ctx, team, school_year, period, assignments, students))
    }

    /// Demand against capacity for a school year: per team and period the
    /// capacity declared and the questions asked (declined and withdrawn
    /// ones left out), and the questions that wait longest.
    pub fn question_board(&self, school_year: &str) -> Result<Board> {
        let year = validate::school_year(school_year)?;
        let mut rows: BTreeMap<(Option<String>, Option<String>), BoardRow> = BTreeMap::new();
        let mut stmt = self.conn().prepare_cached(
            "SELECT t.name, c.period, c.assignments, c.students FROM team_capacity c JOIN team t ON t.id = c.team_id
              WHERE c.school_year = ?1",
        )?;
        let mut found = stmt.query([&year])?;
        while let Some(r) = found.next()? {
            let key = (Some(r.get::<_, String>(0)?), Some(r.get::<_, String>(1)?));
            let entry = rows.entry(key.clone()).or_default();
            (entry.team, entry.period) = key;
            entry.capacity_assignments = Some(r.get(2)?);
            entry.capacity_students = Some(r.get(3)?);
        }
        let mut stmt = self.conn().prepare_cached(
            "SELECT t.name, q.period, q.status, count(*), sum(coalesce(q.students, 0))
               FROM question q LEFT JOIN team t ON t.id = q.team_id
              WHERE q.school_year = ?1 AND q.status NOT IN ('declined', 'withdrawn')
              GROUP BY t.name, q.period, q.status",
        )?;
        let mut found = stmt.query([&year])?;
        while let Some(r) = found.next()? {
            let key = (r.get::<_, Option<String>>(0)?, r.get::<_, Option<String>>(1)?);
            let entry = rows.entry(key.clone()).or_default();
            (entry.team, entry.period) = key;
            let (status, count, students): (QuestionStatus, i64, i64) = (r.get(2)?, r.get(3)?, r.get(4)?);
            entry.questions += count;
            entry.students += students;
            match status {
                QuestionStatus::New => entry.new += count,
                QuestionStatus::Matched => entry.matched += count,
                QuestionStatus::Running => entry.running += count,
                _ => entry.delivered += count,
            }
        }
        let mut waiting = self.list_questions(&QuestionFilter {
            status: Some(QuestionStatus::New),
            school_year: Some(year.clone()),
            ..Default::default()
        })?;
        waiting.truncate(10);
        // Teams by name, the unassigned last; periods by name within a team.
        let mut rows: Vec<BoardRow> = rows.into_values().collect();
        rows.sort_by(|a, b| {
            (a.team.is_none(), &a.team, a.period.is_none(), &a.period).cmp(&(
                b.team.is_none(),
                &b.team,
                b.period.is_none(),
                &b.period,
            ))
        });
        Ok(Board {
            school_year: year,
            rows,
            waiting,
        })
    }
}

fn ensure_move(question: &Question, next: QuestionStatus) -> Result<()> {
    if question.status.may_become(next) {
        return Ok(());
    }
    Err(Error::invalid(crate::t!(
        "err-question-move",
        id = question.id,
        status = question.status.display_label(),
        next = next.display_label()
    )))
}

/// The person a company's question comes from works (or worked) there.
fn ensure_works_at(conn: &Connection, person: Id, company: Id) -> Result<()> {
    let works: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM employment WHERE person_id = ?1 AND company_id = ?2)",
        params![person, company],
        |r| r.get(0),
    )?;
    if works {
        return Ok(());
    }
    let (person, company): (String, String) = conn.query_row(
        "SELECT (SELECT name FROM person WHERE id = ?1), (SELECT name FROM company WHERE id = ?2)",
        params![person, company],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Err(Error::invalid(crate::t!(
        "err-question-person-elsewhere",
        person = person,
        company = company
    )))
}

fn step(conn: &Connection, ctx: &Ctx, question: Id, status: QuestionStatus, note: Option<&str>) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO question_step (question_id, status, at, staff_id, note) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![question, status, ctx.now, ctx.actor, note])?;
    Ok(())
}

/// The collaboration carrying a question moves with it; one already done
/// or cancelled keeps its end.
fn carry_to_engagement(conn: &Connection, ctx: &Ctx, engagement: Id, status: QuestionStatus) -> Result<()> {
    let next = match status {
        QuestionStatus::Running => EngagementStatus::Running,
        QuestionStatus::Delivered => EngagementStatus::Done,
        QuestionStatus::Declined | QuestionStatus::Withdrawn => EngagementStatus::Cancelled,
        QuestionStatus::New | QuestionStatus::Matched => return Ok(()),
    };
    let changed = conn.execute(
        "UPDATE engagement SET status = ?2,
                ends_on = CASE WHEN ?2 = 'done' THEN coalesce(ends_on, ?3) ELSE ends_on END, updated_at = ?4
          WHERE id = ?1 AND status NOT IN ('done', 'cancelled')",
        params![engagement, next, iso(ctx.today), ctx.now],
    )?;
    if changed > 0 {
        audit::record(
            conn,
            ctx,
            "engagement",
            engagement,
            "update",
            serde_json::json!({ "status": next.as_str() }),
        )?;
    }
    Ok(())
}

fn question_in(conn: &Connection, id: Id, today: NaiveDate) -> Result<Question> {
    conn.query_row(&format!("{SELECT} WHERE q.id = ?1"), [id], |r| row(r, today))
        .optional()?
        .ok_or_else(|| not_found(id))
}

pub(crate) fn insert_question(conn: &Connection, ctx: &Ctx, new: &NewQuestion) -> Result<Id> {
    let title = validate::name("question", &new.title)?;
    if let Some(n) = new.students {
        validate::in_range("students", i64::from(n), 0, validate::MAX_STUDENTS)?;
    }
    let asked_on = new.asked_on.unwrap_or(ctx.today);
    if asked_on > ctx.today {
        return Err(Error::invalid(crate::t!(
            "err-question-asked-later",
            date = crate::l10n::date(asked_on)
        )));
    }
    let year = match new.school_year.as_deref() {
        Some(y) => validate::school_year(y)?,
        None => school_year_of(new.wanted_by.unwrap_or(asked_on)),
    };
    if let Some(person) = new.from {
        ensure_works_at(conn, person, new.company)?;
    }
    conn.execute(
        "INSERT INTO question (company_id, person_id, title, kind, students, wanted_by, team_id, note,
                               school_year, period, asked_on, staff_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
        params![
            new.company,
            new.from,
            title,
            new.kind,
            new.students,
            new.wanted_by.map(iso),
            new.team,
            validate::optional(new.note.as_deref()),
            year,
            validate::optional(new.period.as_deref()),
            iso(asked_on),
            ctx.actor,
            ctx.now
        ],
    )?;
    let id = conn.last_insert_rowid()?;
    step(conn, ctx, id, QuestionStatus::New, None)?;
    audit::record(
        conn,
        ctx,
        "question",
        id,
        "create",
        serde_json::json!({ "company": new.company, "kind": new.kind.as_str() }),
    )?;
    Ok(id)
}

fn edit_in(conn: &Connection, ctx: &Ctx, id: Id, patch: &QuestionPatch) -> Result<()> {
    let old = question_in(conn, id, ctx.today)?;
    let title = match &patch.title {
        Some(t) => validate::name("question", t)?,
        None => old.title.clone(),
    };
    if let Some(n) = patch.students {
        validate::in_range("students", i64::from(n), 0, validate::MAX_STUDENTS)?;
    }
    let year = match &patch.school_year {
        Some(y) => validate::school_year(y)?,
        None => old.school_year.clone(),
    };
    let text = |new: &Option<String>, old: &Option<String>| match new {
        Some(v) => validate::optional(Some(v)),
        None => old.clone(),
    };
    let person = patch.from.unwrap_or(old.person_id);
    if let Some(person) = person.filter(|p| Some(*p) != old.person_id) {
        ensure_works_at(conn, person, old.company_id)?;
    }
    conn.execute(
        "UPDATE question SET title = ?2, person_id = ?3, kind = ?4, students = ?5, wanted_by = ?6,
                team_id = ?7, note = ?8, school_year = ?9, period = ?10, updated_at = ?11 WHERE id = ?1",
        params![
            id,
            title,
            person,
            patch.kind.unwrap_or(old.kind),
            patch.students.map(i64::from).or(old.students),
            patch.wanted_by.or(old.wanted_by).map(iso),
            patch.team.or(old.team_id),
            text(&patch.note, &old.note),
            year,
            text(&patch.period, &old.period),
            ctx.now
        ],
    )?;
    audit::record(
        conn,
        ctx,
        "question",
        id,
        "update",
        serde_json::json!({ "company": old.company_id }),
    )
}

pub(crate) fn match_in(conn: &Connection, ctx: &Ctx, id: Id, how: &QuestionMatch) -> Result<Id> {
    let old = question_in(conn, id, ctx.today)?;
    ensure_move(&old, QuestionStatus::Matched)?;
    let period = validate::optional(how.period.as_deref()).or(old.period.clone());
    if let Some(teacher) = how.teacher {
        ensure_active(conn, teacher)?;
    }
    let engagement = match how.engagement.or(old.engagement_id) {
        Some(engagement) => carrying_engagement(conn, engagement, &old)?,
        None => {
            let team: String = conn.query_row("SELECT name FROM team WHERE id = ?1", [how.team], |r| r.get(0))?;
            super::engagements::insert_engagement(
                conn,
                ctx,
                &NewEngagement {
                    company: old.company_id,
                    form: old.kind.engagement_form(),
                    programme: Some(team),
                    school_year: Some(old.school_year.clone()),
                    period: period.clone(),
                    starts_on: None,
                    ends_on: old.wanted_by,
                    students: old.students.and_then(|n| u32::try_from(n).ok()),
                    status: EngagementStatus::Agreed,
                    scope: Some(old.title.clone()),
                    expectations: old.note.clone(),
                    compensation: None,
                    hours: None,
                },
            )?
        }
    };
    if let Some(teacher) = how.teacher {
        conn.execute(
            "UPDATE engagement SET staff_id = ?2 WHERE id = ?1",
            params![engagement, teacher],
        )?;
    }
    conn.execute(
        "UPDATE question SET status = 'matched', team_id = ?2, teacher_id = coalesce(?3, teacher_id),
                period = ?4, engagement_id = ?5, updated_at = ?6 WHERE id = ?1",
        params![id, how.team, how.teacher, period, engagement, ctx.now],
    )?;
    step(conn, ctx, id, QuestionStatus::Matched, None)?;
    audit::record(
        conn,
        ctx,
        "question",
        id,
        "match",
        serde_json::json!({ "company": old.company_id, "team": how.team, "engagement": engagement }),
    )?;
    Ok(engagement)
}

/// An existing collaboration may carry a question of its own company only.
fn carrying_engagement(conn: &Connection, engagement: Id, question: &Question) -> Result<Id> {
    let company: Option<Id> = conn
        .query_row("SELECT company_id FROM engagement WHERE id = ?1", [engagement], |r| {
            r.get(0)
        })
        .optional()?;
    match company {
        None => Err(Error::NotFound {
            what: "engagement",
            given: format!("#{engagement}"),
            hint: crate::t!("hint-see", command = "kring engagement list"),
        }),
        Some(c) if c != question.company_id => Err(Error::invalid(crate::t!(
            "err-question-engagement-elsewhere",
            engagement = engagement,
            company = question.company.as_str()
        ))),
        Some(_) => Ok(engagement),
    }
}

pub(crate) fn status_in(
    conn: &Connection,
    ctx: &Ctx,
    id: Id,
    status: QuestionStatus,
    note: Option<&str>,
) -> Result<()> {
    let old = question_in(conn, id, ctx.today)?;
    if status == QuestionStatus::Matched {
        return Err(Error::invalid(crate::t!("err-question-match-with-team", id = id)));
    }
    ensure_move(&old, status)?;
    let note = validate::optional(note);
    if status == QuestionStatus::Declined && note.is_none() {
        return Err(Error::invalid(crate::t!("err-question-decline-reason", id = id)));
    }
    let ends = matches!(status, QuestionStatus::Declined | QuestionStatus::Withdrawn);
    conn.execute(
        "UPDATE question SET status = ?2, reason = CASE WHEN ?3 THEN ?4 ELSE reason END, updated_at = ?5
          WHERE id = ?1",
        params![id, status, ends, note, ctx.now],
    )?;
    if let Some(engagement) = old.engagement_id {
        carry_to_engagement(conn, ctx, engagement, status)?;
    }
    step(conn, ctx, id, status, note.as_deref())?;
    audit::record(
        conn,
        ctx,
        "question",
        id,
        "status",
        serde_json::json!({ "company": old.company_id, "status": [old.status.as_str(), status.as_str()] }),
    )
}

pub(crate) fn capacity_in(
    conn: &Connection,
    ctx: &Ctx,
    team: Id,
    school_year: &str,
    period: &str,
    assignments: u32,
    students: u32,
) -> Result<()> {
    let year = validate::school_year(school_year)?;
    let period = validate::name("period", period)?;
    validate::in_range("assignments", i64::from(assignments), 0, validate::MAX_STUDENTS)?;
    validate::in_range("students", i64::from(students), 0, 100 * validate::MAX_STUDENTS)?;
    conn.execute(
        "INSERT INTO team_capacity (team_id, school_year, period, assignments, students, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (team_id, school_year, period)
         DO UPDATE SET assignments = excluded.assignments, students = excluded.students,
                       updated_at = excluded.updated_at",
        params![team, year, period, assignments, students, ctx.now],
    )?;
    audit::record(
        conn,
        ctx,
        "team",
        team,
        "capacity",
        serde_json::json!({ "year": year, "period": period, "assignments": assignments, "students": students }),
    )
}
