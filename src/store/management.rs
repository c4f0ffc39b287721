//! The management report: what the relationships brought this school year
//! against the two before, and where they stand — a handful of grouped
//! queries, never one per company.

use super::{Id, Store};
use crate::domain::dates::school_year_days;
use crate::domain::health::{Band, Score};
use crate::domain::validate;
use crate::model::health::HealthFilter;
use crate::model::report::{
    AskLoad, BandCount, FormYears, ManagementReport, MonthAverage, Named, ProgrammePlaces, ReportScope,
};
use crate::store::db::params;
use crate::Result;
use std::collections::{HashMap, HashSet};

/// The forms in the report's order: the engagement forms, then circle
/// visits (attendance logged as contacts).
pub const FORMS: [&str; 10] = [
    "internship",
    "guest_lecture",
    "practice_assignment",
    "coaching",
    "partnership",
    "company_visit",
    "exam_curriculum",
    "recruitment",
    "other",
    "circle_visit",
];

/// Companies in scope (`column` names the company; parameter `?n` the
/// team): all, or those a member of the team owns.
fn in_team(column: &str, n: usize) -> String {
    format!(
        "(CAST(?{n} AS BIGINT) IS NULL OR {column} IN
          (SELECT tc.id FROM company tc JOIN staff ts ON ts.id = tc.owner_id WHERE ts.team_id = ?{n}))"
    )
}

/// A programme's collaborations or places only, when one is asked (`?n`).
fn of_programme(n: usize) -> String {
    format!("(CAST(?{n} AS TEXT) IS NULL OR programme = ?{n})")
}

/// Lists in the report name at most this many companies.
const LISTED: usize = 10;

impl Store {
    /// The management report of a school year (`2025-2026`) for `scope`.
    pub fn management_report(&self, school_year: &str, scope: ReportScope) -> Result<ManagementReport> {
        let year = validate::school_year(school_year)?;
        let first: i32 = year[..4].parse().unwrap_or_default();
        let years = [
            format!("{}-{}", first - 2, first - 1),
            format!("{}-{}", first - 1, first),
            year.clone(),
        ];
        // Everyone's health takes the longest (a second on 100k companies):
        // it is computed on a connection of its own while the rest is counted.
        let filter = HealthFilter {
            team: scope.team_id,
            ..Default::default()
        };
        let aside = self.opener().map(|open| {
            let filter = filter.clone();
            std::thread::spawn(move || open()?.health_scores(&filter))
        });
        let (forms, students, hours) = self.forms_by_year(&years, &scope)?;
        let (won, won_total) = self.won(&years, &scope)?;
        let (lost, lost_total) = self.lost(&years, &scope)?;
        let most_asked = self.most_asked(&years[2], &scope)?;
        let health_by_month = self.health_by_month(&scope)?;
        let scores = match aside.map(|thread| thread.join()) {
            Some(Ok(scores)) => scores?,
            // A thread that could not run leaves it to this connection.
            _ => self.health_scores(&filter)?,
        };
        let health = self.health_now(&years, &scope, scores)?;
        let goal_scope = match scope.team_id {
            Some(team) => crate::model::goals::GoalScope::Team(team),
            None => crate::model::goals::GoalScope::All,
        };
        Ok(ManagementReport {
            goals: self.goals(&year, goal_scope)?,
            most_asked,
            questions: self.question_board(&year)?.rows,
            places: self.places_by_programme(&year, &scope)?,
            health_by_month,
            made_on: self.today(),
            companies: health.companies,
            at_risk: health.at_risk,
            at_risk_total: health.at_risk_total,
            single_points: health.single_points,
            single_points_total: health.single_points_total,
            bands: health.bands,
            won,
            won_total,
            lost,
            lost_total,
            forms,
            students,
            hours,
            school_year: year,
            years,
            scope,
        })
    }

    /// Per form the collaborations of each year (cancelled ones left out),
    /// the internships' students and the hours known: one pass over each
    /// table for the three years.
    fn forms_by_year(&self, years: &[String; 3], scope: &ReportScope) -> Result<(Vec<FormYears>, [i64; 3], [i64; 3])> {
        let mut counts: HashMap<String, [i64; 3]> = HashMap::new();
        let (mut students, mut hours) = ([0; 3], [0; 3]);
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT school_year, form, count(*), sum(CASE WHEN form = 'internship' THEN coalesce(students, 0) ELSE 0 END),
                    coalesce(sum(hours), 0)
               FROM engagement
              WHERE school_year IN (?1, ?2, ?3) AND status <> 'cancelled' AND {} AND {}
              GROUP BY school_year, form",
            of_programme(4),
            in_team("company_id", 5)
        ))?;
        let mut rows = stmt.query(params![years[0], years[1], years[2], scope.programme, scope.team_id])?;
        while let Some(r) = rows.next()? {
            let (year, form): (String, String) = (r.get(0)?, r.get(1)?);
            let Some(at) = years.iter().position(|y| *y == year) else {
                continue;
            };
            counts.entry(form).or_default()[at] += r.get::<_, i64>(2)?;
            students[at] += r.get::<_, i64>(3)?;
            hours[at] += r.get::<_, i64>(4)?;
        }
        if scope.programme.is_none() {
            self.logged_forms(years, scope, &mut counts)?;
        }
        let forms = FORMS
            .iter()
            .map(|form| FormYears {
                form: form.to_string(),
                counts: counts.get(*form).copied().unwrap_or_default(),
            })
            .collect();
        Ok((forms, students, hours))
    }

    /// Lectures and assignments logged as contacts, and circle visits, per
    /// school year (a programme's report leaves them out: a contact has none).
    fn logged_forms(
        &self,
        years: &[String; 3],
        scope: &ReportScope,
        counts: &mut HashMap<String, [i64; 3]>,
    ) -> Result<()> {
        let bounds: Vec<(String, String)> = years.iter().map(|y| school_year_days(y)).collect();
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT CASE WHEN occurred_on >= ?3 THEN 2 WHEN occurred_on >= ?2 THEN 1 ELSE 0 END AS at,
                    count(CASE WHEN kind = 'guest_lecture' THEN 1 END),
                    count(CASE WHEN kind = 'assignment' THEN 1 END), count(meeting_id)
               FROM interaction
              WHERE occurred_on BETWEEN ?1 AND ?4 AND {}
              GROUP BY 1",
            in_team("company_id", 5)
        ))?;
        let mut rows = stmt.query(params![
            bounds[0].0,
            bounds[1].0,
            bounds[2].0,
            bounds[2].1,
            scope.team_id
        ])?;
        while let Some(r) = rows.next()? {
            let at = r.get::<_, i64>(0)?.clamp(0, 2) as usize;
            for (form, column) in [("guest_lecture", 1), ("practice_assignment", 2), ("circle_visit", 3)] {
                counts.entry(form.to_string()).or_default()[at] += r.get::<_, i64>(column)?;
            }
        }
        Ok(())
    }

    /// Companies whose first collaboration (not cancelled) is of this year.
    fn won(&self, years: &[String; 3], scope: &ReportScope) -> Result<(Vec<Named>, i64)> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT c.id, c.name, f.first
               FROM (SELECT company_id, min(school_year) AS first FROM engagement
                      WHERE status <> 'cancelled' AND school_year IS NOT NULL AND {} AND {}
                      GROUP BY company_id) f
               JOIN company c ON c.id = f.company_id
              WHERE f.first = ?1
              ORDER BY c.name_fold",
            of_programme(2),
            in_team("company_id", 3)
        ))?;
        let mut rows = stmt.query(params![years[2], scope.programme, scope.team_id])?;
        let mut won = Vec::new();
        while let Some(r) = rows.next()? {
            won.push(Named {
                company_id: r.get(0)?,
                company: r.get(1)?,
                detail: String::new(),
            });
        }
        let total = won.len() as i64;
        won.truncate(LISTED);
        Ok((won, total))
    }

    /// Archived this school year (the audit log says when), or in contact
    /// last school year and not since: the most recent contact first.
    fn lost(&self, years: &[String; 3], scope: &ReportScope) -> Result<(Vec<Named>, i64)> {
        let (last_from, _) = school_year_days(&years[1]);
        let (this_from, this_until) = school_year_days(&years[2]);
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT c.id, c.name, c.last_contact_on, c.archived
               FROM company c
              WHERE ((c.archived = 0 AND c.last_contact_on >= ?1 AND c.last_contact_on < ?2)
                  OR (c.archived = 1 AND c.id IN (SELECT entity_id FROM audit_log
                        WHERE entity = 'company' AND action = 'archive' AND substr(at, 1, 10) BETWEEN ?2 AND ?3)))
                AND {}
              ORDER BY c.last_contact_on DESC, c.name_fold",
            in_team("c.id", 4)
        ))?;
        let mut rows = stmt.query(params![last_from, this_from, this_until, scope.team_id])?;
        let mut lost = Vec::new();
        while let Some(r) = rows.next()? {
            let last: Option<String> = r.get(2)?;
            let archived: bool = r.get::<_, i64>(3)? != 0;
            lost.push(Named {
                company_id: r.get(0)?,
                company: r.get(1)?,
                detail: match archived {
                    true => "archived".to_string(),
                    false => last.unwrap_or_default(),
                },
            });
        }
        let total = lost.len() as i64;
        lost.truncate(LISTED);
        Ok((lost, total))
    }

    /// The companies approached most this school year, and by how many teams.
    fn most_asked(&self, year: &str, scope: &ReportScope) -> Result<Vec<AskLoad>> {
        let (from, until) = school_year_days(year);
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT c.id, c.name, a.contacts, a.teams
               FROM (SELECT i.company_id, count(*) AS contacts, count(DISTINCT s.team_id) AS teams
                       FROM interaction i LEFT JOIN staff s ON s.id = i.staff_id
                      WHERE i.occurred_on BETWEEN ?1 AND ?2 AND {}
                      GROUP BY i.company_id ORDER BY 2 DESC, 1 LIMIT ?3) a
               JOIN company c ON c.id = a.company_id
              ORDER BY a.contacts DESC, c.name_fold",
            in_team("i.company_id", 4)
        ))?;
        let rows = stmt.query_map(params![from, until, LISTED as i64, scope.team_id], |r| {
            Ok(AskLoad {
                company_id: r.get(0)?,
                company: r.get(1)?,
                contacts: r.get(2)?,
                teams: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Places offered and filled this school year, per programme.
    fn places_by_programme(&self, year: &str, scope: &ReportScope) -> Result<Vec<ProgrammePlaces>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT programme, sum(offered), sum(filled) FROM place
              WHERE school_year = ?1 AND {} AND {}
              GROUP BY programme ORDER BY programme",
            of_programme(2),
            in_team("company_id", 3)
        ))?;
        let rows = stmt.query_map(params![year, scope.programme, scope.team_id], |r| {
            Ok(ProgrammePlaces {
                programme: r.get(0)?,
                offered: r.get(1)?,
                filled: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The average kept score of each month of the last year.
    fn health_by_month(&self, scope: &ReportScope) -> Result<Vec<MonthAverage>> {
        let since = super::health_history::month_of(self.today() - chrono::Months::new(11));
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT month, avg(score), count(*) FROM health_snapshot
              WHERE month >= ?1 AND {}
              GROUP BY month ORDER BY month",
            in_team("company_id", 2)
        ))?;
        let rows = stmt.query_map(params![since, scope.team_id], |r| {
            Ok(MonthAverage {
                month: r.get(0)?,
                average: r.get(1)?,
                companies: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Health now, for everyone in scope: the bands, those at risk that
    /// collaborated in the last two years, and the single points of contact
    /// that collaborate this year.
    fn health_now(&self, years: &[String; 3], scope: &ReportScope, scores: Vec<(Id, Score)>) -> Result<HealthNow> {
        let recent = self.collaborating(&years[1..], scope)?;
        let this_year = self.collaborating(&years[2..], scope)?;
        let mut now = HealthNow {
            companies: scores.len() as i64,
            bands: Band::ALL.iter().map(|b| BandCount { band: *b, companies: 0 }).collect(),
            ..Default::default()
        };
        let mut at_risk: Vec<(u8, Id)> = Vec::new();
        let mut single: Vec<(u8, Id)> = Vec::new();
        for (id, score) in &scores {
            if let Some(count) = now.bands.iter_mut().find(|b| b.band == score.band) {
                count.companies += 1;
            }
            if matches!(score.band, Band::AtRisk | Band::Dormant) {
                now.at_risk_total += 1;
                if recent.contains(id) {
                    at_risk.push((score.score, *id));
                }
            }
            if score.single_point_of_contact {
                now.single_points_total += 1;
                if this_year.contains(id) {
                    single.push((score.score, *id));
                }
            }
        }
        now.at_risk = self.named_scores(at_risk)?;
        now.single_points = self.named_scores(single)?;
        Ok(now)
    }

    /// Companies with a collaboration (not cancelled) in one of `years`.
    fn collaborating(&self, years: &[String], scope: &ReportScope) -> Result<HashSet<Id>> {
        let list = serde_json::Value::from(years.to_vec()).to_string();
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT DISTINCT company_id FROM engagement
              WHERE school_year IN (SELECT value FROM json_each(?1, '$')) AND status <> 'cancelled' AND {} AND {}",
            of_programme(2),
            in_team("company_id", 3)
        ))?;
        let rows = stmt.query_map(params![list, scope.programme, scope.team_id], |r| r.get::<_, Id>(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The worst ten of `scored` with their names, worst first.
    fn named_scores(&self, mut scored: Vec<(u8, Id)>) -> Result<Vec<Named>> {
        scored.sort();
        scored.truncate(LISTED);
        let ids = serde_json::Value::from(scored.iter().map(|(_, id)| *id).collect::<Vec<_>>()).to_string();
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT id, name FROM company WHERE id IN (SELECT value FROM json_each(?1))")?;
        let names: HashMap<Id, String> = stmt
            .query_map(params![ids], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(scored
            .into_iter()
            .map(|(score, id)| Named {
                company_id: id,
                company: names.get(&id).cloned().unwrap_or_default(),
                detail: score.to_string(),
            })
            .collect())
    }
}

#[derive(Default)]
struct HealthNow {
    companies: i64,
    bands: Vec<BandCount>,
    at_risk: Vec<Named>,
    at_risk_total: i64,
    single_points: Vec<Named>,
    single_points_total: i64,
}
