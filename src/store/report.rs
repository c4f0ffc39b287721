//! The school-year ledger: per company, what the collaboration produced.

use super::Store;
use crate::domain::validate;
use crate::model::report::YearRow;
use crate::store::db::params;
use crate::Result;

/// Per company, the year's engagements of every form (not cancelled), and
/// the lectures, assignments and circle visits logged as contacts in the
/// school year's days.
const LEDGER: &str = "WITH e AS (
         SELECT company_id,
                count(CASE WHEN form = 'internship' THEN 1 END) AS internships,
                sum(CASE WHEN form = 'internship' THEN coalesce(students, 0) ELSE 0 END) AS students,
                count(CASE WHEN form = 'guest_lecture' THEN 1 END) AS lectures,
                count(CASE WHEN form = 'practice_assignment' THEN 1 END) AS assignments,
                count(CASE WHEN form = 'coaching' THEN 1 END) AS coaching,
                count(CASE WHEN form = 'partnership' THEN 1 END) AS partnerships,
                count(CASE WHEN form = 'company_visit' THEN 1 END) AS visits,
                count(CASE WHEN form = 'exam_curriculum' THEN 1 END) AS exams,
                count(CASE WHEN form = 'recruitment' THEN 1 END) AS recruitment,
                count(CASE WHEN form = 'other' THEN 1 END) AS other,
                sum(hours) AS hours
           FROM engagement WHERE school_year = ?1 AND status <> 'cancelled' GROUP BY company_id),
     i AS (
         SELECT company_id,
                count(CASE WHEN kind = 'guest_lecture' THEN 1 END) AS lectures,
                count(CASE WHEN kind = 'assignment' THEN 1 END) AS assignments,
                count(meeting_id) AS visits
           FROM interaction WHERE occurred_on BETWEEN ?2 AND ?3 GROUP BY company_id),
     ids AS (SELECT company_id FROM e UNION SELECT company_id FROM i)
     SELECT c.id, c.name, coalesce(e.internships, 0), coalesce(e.students, 0),
            coalesce(e.lectures, 0) + coalesce(i.lectures, 0), coalesce(e.assignments, 0) + coalesce(i.assignments, 0),
            coalesce(e.coaching, 0), coalesce(e.partnerships, 0), coalesce(e.visits, 0), coalesce(e.exams, 0),
            coalesce(e.recruitment, 0), coalesce(e.other, 0), coalesce(i.visits, 0), e.hours
       FROM ids JOIN company c ON c.id = ids.company_id
       LEFT JOIN e ON e.company_id = c.id LEFT JOIN i ON i.company_id = c.id
      ORDER BY c.name_fold";

impl Store {
    /// The ledger of a school year (`2025-2026`: 1 August 2025 to 31 July 2026),
    /// companies with anything to show, by name.
    pub fn year_report(&self, school_year: &str) -> Result<Vec<YearRow>> {
        let year = validate::school_year(school_year)?;
        let (from, until) = crate::domain::dates::school_year_days(&year);
        let mut stmt = self.conn().prepare_cached(LEDGER)?;
        let rows = stmt.query_map(params![year, from, until], |r| {
            Ok(YearRow {
                company_id: r.get(0)?,
                company: r.get(1)?,
                internships: r.get(2)?,
                students: r.get(3)?,
                lectures: r.get(4)?,
                assignments: r.get(5)?,
                coaching: r.get(6)?,
                partnerships: r.get(7)?,
                company_visits: r.get(8)?,
                exam_curriculum: r.get(9)?,
                recruitment: r.get(10)?,
                other: r.get(11)?,
                circle_visits: r.get(12)?,
                hours: r.get(13)?,
            })
        })?;
        let rows: Vec<YearRow> = rows.collect::<rusqlite::Result<_>>()?;
        Ok(rows.into_iter().filter(YearRow::any).collect())
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
            t.coaching += r.coaching;
            t.partnerships += r.partnerships;
            t.company_visits += r.company_visits;
            t.exam_curriculum += r.exam_curriculum;
            t.recruitment += r.recruitment;
            t.other += r.other;
            t.circle_visits += r.circle_visits;
            t.hours = match (t.hours, r.hours) {
                (None, None) => None,
                (a, b) => Some(a.unwrap_or(0) + b.unwrap_or(0)),
            };
            t
        },
    )
}
