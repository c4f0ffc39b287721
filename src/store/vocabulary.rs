//! The closed vocabularies as SQLite reads and writes them: their stored
//! spelling, so read models carry the typed value. A stored value outside the
//! vocabulary (a hand-edited file) is an error that names it, not a panic.

use crate::domain::kinds::{
    CampaignKind, CompanyStatus, ContactRole, EngagementForm, EngagementStatus, GoalMetric, InteractionKind,
    QuestionKind, QuestionStatus, Reply, StaffRole,
};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

macro_rules! stored {
    ($($name:ident),+) => {$(
        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let text = value.as_str()?;
                // Rows are read by the thousand: the exact spelling first,
                // the forgiving parse only for what a hand-edit left.
                $name::from_stored(text)
                    .map_or_else(|| $name::parse(text), Ok)
                    .map_err(|e| FromSqlError::Other(Box::new(e)))
            }
        }

        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }
    )+};
}

stored!(
    CompanyStatus,
    InteractionKind,
    ContactRole,
    StaffRole,
    EngagementForm,
    EngagementStatus,
    GoalMetric,
    QuestionKind,
    QuestionStatus,
    CampaignKind,
    Reply
);
