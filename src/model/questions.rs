//! Questions companies bring (vraagstukken), their steps, and the board
//! that weighs them against what teams can take on.

use super::Id;
use crate::domain::kinds::{QuestionKind, QuestionStatus};
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone)]
pub struct NewQuestion {
    pub company: Id,
    pub title: String,
    pub from: Option<Id>,
    pub kind: QuestionKind,
    pub students: Option<u32>,
    pub wanted_by: Option<NaiveDate>,
    pub team: Option<Id>,
    pub note: Option<String>,
    /// When the company asked (default: today).
    pub asked_on: Option<NaiveDate>,
    /// The school year it is for (default: that of `wanted_by`, else of `asked_on`).
    pub school_year: Option<String>,
    pub period: Option<String>,
}

/// A change to a question's own fields; `None` keeps a field, an empty
/// text clears it.
#[derive(Debug, Clone, Default)]
pub struct QuestionPatch {
    pub title: Option<String>,
    pub from: Option<Option<Id>>,
    pub kind: Option<QuestionKind>,
    pub students: Option<u32>,
    pub wanted_by: Option<NaiveDate>,
    pub team: Option<Id>,
    pub note: Option<String>,
    pub school_year: Option<String>,
    pub period: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Question {
    pub id: Id,
    pub company_id: Id,
    pub company: String,
    pub person_id: Option<Id>,
    pub person: Option<String>,
    pub title: String,
    pub kind: QuestionKind,
    pub students: Option<i64>,
    pub wanted_by: Option<NaiveDate>,
    pub team_id: Option<Id>,
    pub team: Option<String>,
    pub note: Option<String>,
    pub status: QuestionStatus,
    pub school_year: String,
    pub period: Option<String>,
    pub teacher: Option<String>,
    pub engagement_id: Option<Id>,
    pub reason: Option<String>,
    pub asked_on: NaiveDate,
    /// Days since it was asked, while nobody has taken it on (status new).
    pub waiting_days: Option<i64>,
}

/// One move of a question: to which status, when, by whom, and why.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuestionStep {
    pub status: QuestionStatus,
    pub at: String,
    pub by: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct QuestionFilter {
    pub company: Option<Id>,
    pub team: Option<Id>,
    pub kind: Option<QuestionKind>,
    pub status: Option<QuestionStatus>,
    /// Only new, matched and running ones.
    pub open: bool,
    pub school_year: Option<String>,
}

/// How a question is taken on: by a team, perhaps a teacher, in a period,
/// carried by a new collaboration or by one that exists.
#[derive(Debug, Clone)]
pub struct QuestionMatch {
    pub team: Id,
    pub teacher: Option<Id>,
    pub period: Option<String>,
    pub engagement: Option<Id>,
}

/// One row of the board: a team's period, its declared capacity, and the
/// questions asked of it by status.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct BoardRow {
    pub team: Option<String>,
    pub period: Option<String>,
    pub capacity_assignments: Option<i64>,
    pub capacity_students: Option<i64>,
    pub questions: i64,
    pub students: i64,
    pub new: i64,
    pub matched: i64,
    pub running: i64,
    pub delivered: i64,
}

impl BoardRow {
    /// Questions beyond what the team said it can take on (none when it
    /// declared no capacity: then nothing is known to be short).
    pub fn short_assignments(&self) -> i64 {
        self.capacity_assignments
            .map_or(0, |capacity| (self.questions - capacity).max(0))
    }

    pub fn short_students(&self) -> i64 {
        self.capacity_students
            .map_or(0, |capacity| (self.students - capacity).max(0))
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Board {
    pub school_year: String,
    pub rows: Vec<BoardRow>,
    /// Questions nobody has taken on yet, the longest waiting first.
    pub waiting: Vec<Question>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_is_short_only_beyond_a_declared_capacity() {
        let mut row = BoardRow {
            questions: 5,
            students: 30,
            ..Default::default()
        };
        assert_eq!(
            (row.short_assignments(), row.short_students()),
            (0, 0),
            "nothing declared"
        );
        row.capacity_assignments = Some(3);
        row.capacity_students = Some(40);
        assert_eq!((row.short_assignments(), row.short_students()), (2, 0));
    }
}
