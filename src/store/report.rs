//! The school-year ledger: per company, what the collaboration produced.

use super::Store;
use crate::domain::validate;
use crate::model::report::YearRow;
use crate::store::db::params;
use crate::Result;

impl Store {
    /// The ledger of a school year (`2025-2026`: 1 August 2025 to 31 July 2026),
    /// companies with anything to show, by name.
    pub fn year_report(&self, school_year: &str) -> Result<Vec<YearRow>> {
        let year = validate::school_year(school_year)?;
        let (from, until) = crate::domain::dates::school_year_days(&year);
        let mut stmt = self.conn().prepare_cached(
            "WITH e AS (
                 SELECT company_id,
                        count(CASE WHEN form = 'internship' THEN 1 END) AS internships,
                        sum(CASE WHEN form = 'internship' THEN coalesce(students, 0) ELSE 0 END) AS students,
                        count(CASE WHEN form = 'practice_assignment' THEN 1 END) AS assignments
                   FROM engagement WHERE school_year = ?1 AND status <> 'cancelled' GROUP BY company_id),
             i AS (
                 SELECT company_id,
                        count(CASE WHEN kind = 'guest_lecture' THEN 1 END) AS lectures,
                        count(CASE WHEN kind = 'assignment' THEN 1 END) AS assignments,
                        count(meeting_id) AS visits
                   FROM interaction WHERE occurred_on BETWEEN ?2 AND ?3 GROUP BY company_id),
             ids AS (SELECT company_id FROM e UNION SELECT company_id FROM i)
             SELECT c.id, c.name, coalesce(e.internships, 0), coalesce(e.students, 0), coalesce(i.lectures, 0),
                    coalesce(e.assignments, 0) + coalesce(i.assignments, 0), coalesce(i.visits, 0)
               FROM ids JOIN company c ON c.id = ids.company_id
               LEFT JOIN e ON e.company_id = c.id LEFT JOIN i ON i.company_id = c.id
              ORDER BY c.name_fold",
        )?;
        let rows = stmt.query_map(params![year, from, until], |r| {
            Ok(YearRow {
                company_id: r.get(0)?,
                company: r.get(1)?,
                internships: r.get(2)?,
                students: r.get(3)?,
                lectures: r.get(4)?,
                assignments: r.get(5)?,
                circle_visits: r.get(6)?,
            })
        })?;
        let rows: Vec<YearRow> = rows.collect::<rusqlite::Result<_>>()?;
        Ok(rows
            .into_iter()
            .filter(|r| r.internships + r.lectures + r.assignments + r.circle_visits > 0)
            .collect())
    }
}

/// The sum of every column.
pub fn totals(rows: &[YearRow]) -> YearRow {
    rows.iter().fold(
        YearRow {
            company: crate::t!("report-total"),
            ..Default::default()
        },
        |mut t, r| {
            t.internships += r.internships;
            t.students += r.students;
            t.lectures += r.lectures;
            t.assignments += r.assignments;
            t.circle_visits += r.circle_visits;
            t
        },
    )
}
