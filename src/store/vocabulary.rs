//! The closed vocabularies as SQLite reads and writes them: their stored
//! spelling, so read models carry the typed value. A stored value outside the
//! vocabulary (a hand-edited file) is an error that names it, not a panic.

use crate::domain::kinds::{
    AffiliationKind, AttendanceStatus, CampaignKind, CaptureSource, CaptureStatus, CompanyStatus, ContactRole,
    EngagementForm, EngagementStatus, GoalMetric, InteractionKind, MatchedBy, OfferStatus, OrganisationKind,
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
    Reply,
    AttendanceStatus,
    CaptureSource,
    CaptureStatus,
    MatchedBy,
    OrganisationKind,
    AffiliationKind,
    OfferStatus
);

/// Where each vocabulary is stored: table, column, and every stored value.
/// Both schemas hold each column to exactly these values (a CHECK list); a
/// test writes every one of them on both engines.
pub fn columns() -> Vec<(&'static str, &'static str, Vec<&'static str>)> {
    fn values<T: Copy>(all: &[T], as_str: fn(T) -> &'static str) -> Vec<&'static str> {
        all.iter().map(|v| as_str(*v)).collect()
    }
    vec![
        ("company", "status", values(CompanyStatus::ALL, CompanyStatus::as_str)),
        (
            "company",
            "kind",
            values(OrganisationKind::ALL, OrganisationKind::as_str),
        ),
        (
            "staff_affiliation",
            "kind",
            values(AffiliationKind::ALL, AffiliationKind::as_str),
        ),
        (
            "interaction",
            "kind",
            values(InteractionKind::ALL, InteractionKind::as_str),
        ),
        ("employment", "role", values(ContactRole::ALL, ContactRole::as_str)),
        ("staff", "role", values(StaffRole::ALL, StaffRole::as_str)),
        (
            "engagement",
            "form",
            values(EngagementForm::ALL, EngagementForm::as_str),
        ),
        (
            "engagement",
            "status",
            values(EngagementStatus::ALL, EngagementStatus::as_str),
        ),
        ("goal", "metric", values(GoalMetric::ALL, GoalMetric::as_str)),
        ("question", "kind", values(QuestionKind::ALL, QuestionKind::as_str)),
        ("offer", "kind", values(QuestionKind::ALL, QuestionKind::as_str)),
        ("offer", "status", values(OfferStatus::ALL, OfferStatus::as_str)),
        (
            "question",
            "status",
            values(QuestionStatus::ALL, QuestionStatus::as_str),
        ),
        ("campaign", "kind", values(CampaignKind::ALL, CampaignKind::as_str)),
        ("campaign_invitee", "reply", values(Reply::ALL, Reply::as_str)),
        (
            "meeting_attendance",
            "status",
            values(AttendanceStatus::ALL, AttendanceStatus::as_str),
        ),
        ("capture", "source", values(CaptureSource::ALL, CaptureSource::as_str)),
        ("capture", "status", values(CaptureStatus::ALL, CaptureStatus::as_str)),
        ("capture", "matched_by", values(MatchedBy::ALL, MatchedBy::as_str)),
        ("capture", "kind", values(InteractionKind::ALL, InteractionKind::as_str)),
        (
            "interaction",
            "captured_from",
            values(CaptureSource::ALL, CaptureSource::as_str),
        ),
    ]
}
