//! A contact person leaves their company ("als die mensen weg zijn, dan is
//! de energie er ook uit"): the job ends with its history kept, someone is
//! asked to find the successor, and a recognition whose workplace trainer
//! they were shows on Today until a new trainer is named.

use super::{audit, date_col, staff, Id, Store};
use crate::domain::dates::iso;
use crate::model::followups::NewFollowup;
use crate::model::network::{Departure, TrainerGone};
use crate::store::db::{params, Connection, OptionalExtension};
use crate::{Error, Result};
use chrono::{Duration, NaiveDate};

/// The follow-up to find a successor is due this many days after the leaving is recorded.
pub const FIND_SUCCESSOR_DAYS: i64 = 14;

impl Store {
    /// `person` left `company` (their only current company when `None`) on
    /// `on`. With a successor (a person at the company, or who comes to work
    /// there) the trainer's recognitions pass to them; without, the
    /// company's owner gets a follow-up to find one.
    pub fn person_left(
        &mut self,
        person: Id,
        company: Option<Id>,
        on: NaiveDate,
        successor: Option<Id>,
    ) -> Result<Departure> {
        if successor == Some(person) {
            return Err(Error::invalid(crate::t!("err-successor-self")));
        }
        self.write(|tx, ctx| {
            let (job, company, role, title) = current_job(tx, person, company)?;
            tx.execute(
                "UPDATE employment SET ended_on = ?2 WHERE id = ?1",
                params![job, iso(on)],
            )?;
            let names = |sql: &str, id: Id| -> Result<String> { tx.query_row(sql, [id], |r| r.get(0)) };
            let person_name = names("SELECT name FROM person WHERE id = ?1", person)?;
            let company_name = names("SELECT name FROM company WHERE id = ?1", company)?;
            let recognitions: Vec<(Id, String)> = {
                let mut stmt = tx.prepare(
                    "SELECT id, crebo FROM recognition WHERE company_id = ?1 AND trainer_person_id = ?2 ORDER BY crebo",
                )?;
                let rows = stmt.query_map(params![company, person], |r| Ok((r.get(0)?, r.get(1)?)))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            let mut followup_id = None;
            let successor_name = match successor {
                Some(next) => {
                    take_over(tx, next, company, &role, title.as_deref(), on)?;
                    for (id, _) in &recognitions {
                        tx.execute(
                            "UPDATE recognition SET trainer_person_id = ?2 WHERE id = ?1",
                            params![id, next],
                        )?;
                    }
                    Some(names("SELECT name FROM person WHERE id = ?1", next)?)
                }
                None => {
                    let owner: Option<Id> =
                        tx.query_row("SELECT owner_id FROM company WHERE id = ?1", [company], |r| r.get(0))?;
                    let owner = match owner {
                        Some(o) if staff::ensure_active(tx, o).is_ok() => Some(o),
                        _ => None,
                    };
                    let new = NewFollowup {
                        company,
                        person: None,
                        staff: owner,
                        due: ctx.today + Duration::days(FIND_SUCCESSOR_DAYS),
                        action: crate::t!(
                            "followup-find-successor",
                            person = person_name.as_str(),
                            company = company_name.as_str()
                        ),
                        interaction: None,
                    };
                    followup_id = Some(super::followups::insert_followup(tx, ctx, &new)?);
                    None
                }
            };
            refresh_trainers(tx, person)?;
            if let Some(next) = successor {
                refresh_trainers(tx, next)?;
            }
            audit::record(
                tx,
                ctx,
                "person",
                person,
                "left",
                serde_json::json!({ "company": company, "on": iso(on), "successor": successor }),
            )?;
            Ok(Departure {
                person_id: person,
                person: person_name,
                company_id: company,
                company: company_name,
                left_on: on,
                successor: successor_name,
                followup_id,
                recognitions: recognitions.into_iter().map(|(_, crebo)| crebo).collect(),
            })
        })
    }

    /// Recognitions whose workplace trainer no longer works at the company:
    /// the recognition hangs on them until a new trainer is named. Read from
    /// the flag the store keeps (`refresh_trainers`), through its index.
    pub fn trainers_gone(&self) -> Result<Vec<TrainerGone>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT r.id, r.company_id, c.name, r.crebo, p.name, r.trainer_left_on
               FROM recognition r JOIN company c ON c.id = r.company_id JOIN person p ON p.id = r.trainer_person_id
              WHERE r.trainer_left_on IS NOT NULL AND c.archived = 0
              ORDER BY c.name_fold, r.crebo, r.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(TrainerGone {
                recognition_id: r.get(0)?,
                company_id: r.get(1)?,
                company: r.get(2)?,
                crebo: r.get(3)?,
                trainer: r.get(4)?,
                left_on: date_col(r, 5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// The person's current job at `company`, or their only current job:
/// (employment id, company, role, title).
fn current_job(conn: &Connection, person: Id, company: Option<Id>) -> Result<(Id, Id, String, Option<String>)> {
    let mut stmt = conn.prepare(
        "SELECT e.id, e.company_id, e.role, e.title, c.name FROM employment e JOIN company c ON c.id = e.company_id
          WHERE e.person_id = ?1 AND e.ended_on IS NULL ORDER BY e.id",
    )?;
    let jobs: Vec<(Id, Id, String, Option<String>, String)> = stmt
        .query_map([person], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let chosen: Vec<_> = jobs.iter().filter(|j| company.is_none_or(|c| c == j.1)).collect();
    match chosen.as_slice() {
        [one] => Ok((one.0, one.1, one.2.clone(), one.3.clone())),
        [] => Err(Error::invalid(crate::t!("err-no-current-job"))),
        several => Err(Error::invalid(crate::t!(
            "err-which-job",
            companies = several.iter().map(|j| j.4.as_str()).collect::<Vec<_>>().join(", ")
        ))),
    }
}

/// The successor works at the company from `on` in the leaver's role,
/// unless they work there already.
fn take_over(conn: &Connection, next: Id, company: Id, role: &str, title: Option<&str>, on: NaiveDate) -> Result<()> {
    let there: Option<Id> = conn
        .query_row(
            "SELECT id FROM employment WHERE person_id = ?1 AND company_id = ?2 AND ended_on IS NULL",
            params![next, company],
            |r| r.get(0),
        )
        .optional()?;
    if there.is_none() {
        conn.execute(
            "INSERT INTO employment (person_id, company_id, role, title, started_on) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![next, company, role, title, iso(on)],
        )?;
    }
    Ok(())
}

/// Keep the recognitions of `person` as trainer flagged while they work at
/// the company no more (the day they left), and unflagged while they do.
/// Called wherever a job ends, moves or a trainer is named.
pub(crate) fn refresh_trainers(conn: &Connection, person: Id) -> Result<()> {
    conn.execute(
        "UPDATE recognition
            SET trainer_left_on = CASE
                WHEN EXISTS (SELECT 1 FROM employment e WHERE e.person_id = recognition.trainer_person_id
                               AND e.company_id = recognition.company_id AND e.ended_on IS NULL) THEN NULL
                ELSE (SELECT max(e.ended_on) FROM employment e WHERE e.person_id = recognition.trainer_person_id
                        AND e.company_id = recognition.company_id) END
          WHERE trainer_person_id = ?1",
        [person],
    )?;
    Ok(())
}
