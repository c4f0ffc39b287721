//! Model types of health: what the store hands out and takes in, independent of SQL.

use super::Id;
use crate::domain::health::Band;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct CompanyHealth {
    pub id: Id,
    pub name: String,
    pub city: Option<String>,
    pub status: String,
    pub owner: Option<String>,
    pub last_contact: Option<NaiveDate>,
    pub score: u8,
    pub band: Band,
    pub reasons: Vec<String>,
    pub single_point_of_contact: bool,
    pub staff_in_touch: i64,
    pub current_contacts: i64,
    /// The reasons' lasting keys, in the same order (what a month keeps).
    pub losses: Vec<&'static str>,
    /// A tag's or kind's cadence applied (`tag:stagebedrijf`); none: the
    /// company's own or its status's.
    pub cadence_from: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct HealthFilter {
    pub owner: Option<Id>,
    /// Only companies owned by someone in this staff member's team.
    pub team_of: Option<Id>,
    /// Only companies owned by a member of this team.
    pub team: Option<Id>,
    pub band: Option<Band>,
    /// Only these companies (a screen's visible rows); all when `None`.
    pub companies: Option<Vec<Id>>,
    /// Only companies that hang on one staff member or one contact.
    pub single_point_only: bool,
    /// At most this many (the worst).
    pub limit: Option<usize>,
}

/// A company's health as kept for a month: health's memory.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct HealthMonth {
    /// The month: `2026-09`.
    pub month: String,
    pub score: u8,
    /// The ingredients that cost points, biggest loss first, as keys
    /// (`recency`, `trend`, …; `domain::health::loss_label` words them).
    pub losses: Vec<String>,
}

/// How a company's health moved since a month kring kept: "was 72 in
/// September 2026, 48 now", and which reasons came or went.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct HealthTrend {
    pub month: String,
    pub then: u8,
    pub now: u8,
    /// Reasons that cost points now and did not then.
    pub new_losses: Vec<String>,
    /// Reasons that cost points then and no longer do.
    pub mended: Vec<String>,
    /// The score of each month kept since, and now: what a sparkline draws.
    pub scores: Vec<u8>,
}

impl HealthTrend {
    /// Against the oldest month kept (of those given, before this one):
    /// `None` until a month before this one was kept.
    pub fn since(history: &[HealthMonth], this_month: &str, now: &CompanyHealth) -> Option<HealthTrend> {
        let then = history.iter().find(|m| m.month.as_str() < this_month)?;
        let new_losses = now
            .losses
            .iter()
            .filter(|key| !then.losses.iter().any(|k| k == *key))
            .map(|key| key.to_string())
            .collect();
        let mended = then
            .losses
            .iter()
            .filter(|key| !now.losses.contains(&key.as_str()))
            .cloned()
            .collect();
        let mut scores: Vec<u8> = history
            .iter()
            .filter(|m| m.month.as_str() < this_month)
            .map(|m| m.score)
            .collect();
        scores.push(now.score);
        Some(HealthTrend {
            scores,
            month: then.month.clone(),
            then: then.score,
            now: now.score,
            new_losses,
            mended,
        })
    }
}
