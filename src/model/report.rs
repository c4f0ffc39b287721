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

/// What the management report covers: the school, a team (the companies its
/// members own) or a programme (its collaborations and places).
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct ReportScope {
    pub team: Option<String>,
    #[serde(skip)]
    pub team_id: Option<Id>,
    pub programme: Option<String>,
}

/// A company named in a report, with what it is named for.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Named {
    pub company_id: Id,
    pub company: String,
    /// The score, a count or a day, as the list says.
    pub detail: String,
}

/// One form of collaboration over the report's three school years.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct FormYears {
    /// The form's key (`internship`, `guest_lecture`, … `circle_visit`).
    pub form: String,
    /// Two years back, last year, this year.
    pub counts: [i64; 3],
}

/// How often the school approached a company this school year, and by how
/// many teams.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AskLoad {
    pub company_id: Id,
    pub company: String,
    pub contacts: i64,
    pub teams: i64,
}

/// Places of a programme this school year.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ProgrammePlaces {
    pub programme: String,
    pub offered: i64,
    pub filled: i64,
}

/// Companies per health band now.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct BandCount {
    pub band: crate::domain::health::Band,
    pub companies: i64,
}

/// The average kept health score of a month.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct MonthAverage {
    pub month: String,
    pub average: f64,
    pub companies: i64,
}

/// The report a director asks for each year: what the relationships
/// brought this year against the two before, and where they stand.
#[derive(Debug, Clone, Serialize)]
pub struct ManagementReport {
    pub school_year: String,
    /// Two years back, last year, this year.
    pub years: [String; 3],
    pub scope: ReportScope,
    pub made_on: chrono::NaiveDate,
    /// Relationships in scope (not archived).
    pub companies: i64,
    /// A first collaboration this school year.
    pub won: Vec<Named>,
    /// Archived this school year, or in contact last year and not since.
    pub lost: Vec<Named>,
    pub lost_total: i64,
    pub won_total: i64,
    /// At risk or dormant now, of those that collaborated in the last two
    /// years: worst first, at most ten.
    pub at_risk: Vec<Named>,
    /// At risk or dormant now, all of them.
    pub at_risk_total: i64,
    pub forms: Vec<FormYears>,
    /// Students on internships, per year.
    pub students: [i64; 3],
    /// Hours the companies put in where known, per year.
    pub hours: [i64; 3],
    pub goals: Vec<crate::model::goals::GoalProgress>,
    /// The most approached companies this school year.
    pub most_asked: Vec<AskLoad>,
    /// Relationships that hang on one colleague or one contact.
    pub single_points_total: i64,
    /// Of those, the ones that collaborate this year (at most ten).
    pub single_points: Vec<Named>,
    /// Open questions against what the teams said they can take on.
    pub questions: Vec<crate::model::questions::BoardRow>,
    pub places: Vec<ProgrammePlaces>,
    pub bands: Vec<BandCount>,
    /// The kept months of the last year, oldest first.
    pub health_by_month: Vec<MonthAverage>,
}

/// One thing done together, as the company's sheet lists it: never a note,
/// an evaluation, a rating or anything else the school keeps for itself.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SheetItem {
    /// The form (`internship`, `guest_lecture`, … `circle_visit`, `event`).
    pub form: String,
    /// What it was: a collaboration's agreed scope, a circle's or event's name.
    pub what: Option<String>,
    pub programme: Option<String>,
    pub period: Option<String>,
    pub on: Option<chrono::NaiveDate>,
    pub students: Option<i64>,
    pub hours: Option<i64>,
    /// Where it stands: proposed, agreed, running, done.
    pub status: Option<String>,
}

impl SheetItem {
    /// Something that happened on a day: a lecture, a circle meeting, an event.
    pub fn dated(form: String, what: Option<String>, on: Option<chrono::NaiveDate>) -> SheetItem {
        SheetItem {
            form,
            what,
            on,
            programme: None,
            period: None,
            students: None,
            hours: None,
            status: None,
        }
    }
}

/// "What we did together": the one-page sheet for the company itself.
#[derive(Debug, Clone, Serialize)]
pub struct CompanySheet {
    pub company: String,
    pub school_year: String,
    pub made_on: chrono::NaiveDate,
    pub internships: Vec<SheetItem>,
    pub lectures: Vec<SheetItem>,
    pub assignments: Vec<SheetItem>,
    /// Coaching, partnerships, visits, exams, recruitment, other.
    pub other: Vec<SheetItem>,
    /// Circle meetings and the school's events attended.
    pub events: Vec<SheetItem>,
    /// The company's people (current contacts, name and role).
    pub their_people: Vec<(String, String)>,
    /// The school's people: the owner and whoever was in touch that year.
    pub our_people: Vec<String>,
    pub students: i64,
    pub hours: i64,
}
