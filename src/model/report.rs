//! Model types of report: what the store hands out and takes in, independent of SQL.

use super::Id;
use serde::Serialize;

/// One company's line of the school-year ledger: every form of
/// collaboration, counted (cancelled ones never count).
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct YearRow {
    pub company_id: Id,
    pub company: String,
    /// Internship engagements of the year.
    pub internships: i64,
    /// Students on those internships.
    pub students: i64,
    /// Guest lectures: engagements of the year plus lectures logged as contacts.
    pub lectures: i64,
    /// Practice assignments: engagements of the year plus assignment contacts.
    pub assignments: i64,
    pub coaching: i64,
    pub partnerships: i64,
    /// Students' visits to the company.
    pub company_visits: i64,
    /// Exams and curriculum work.
    pub exam_curriculum: i64,
    pub recruitment: i64,
    /// Collaborations of another form.
    pub other: i64,
    /// Circle meetings attended.
    pub circle_visits: i64,
    /// Hours the company put in, summed over the collaborations where they
    /// are known; `None` when none is.
    pub hours: Option<i64>,
}

impl YearRow {
    /// Whether the company did anything that year.
    pub fn any(&self) -> bool {
        self.counts().iter().any(|n| *n > 0)
    }

    /// The counted columns, in the ledger's order (after students).
    pub fn counts(&self) -> [i64; 10] {
        [
            self.internships,
            self.lectures,
            self.assignments,
            self.coaching,
            self.partnerships,
            self.company_visits,
            self.exam_curriculum,
            self.recruitment,
            self.other,
            self.circle_visits,
        ]
    }

    /// All collaborations of the year, of every form.
    pub fn collaborations(&self) -> i64 {
        self.counts().iter().sum()
    }
}
