//! Teams and what one team should know of another's contact with a company.

use super::Id;
use crate::domain::kinds::InteractionKind;
use chrono::NaiveDate;
use serde::Serialize;

/// How far back "lately" reaches unless the config says otherwise.
pub const COLLISION_DAYS: u32 = 14;
/// The window of "asked N× by M teams".
pub const ASKED_DAYS: u32 = 90;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TeamRow {
    pub id: Id,
    pub name: String,
    /// Active members.
    pub members: i64,
}

/// Someone of another team (or, for a staff member without a team, anyone
/// else) in touch with a company lately.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RecentContact {
    pub on: NaiveDate,
    pub days_ago: i64,
    pub kind: InteractionKind,
    pub summary: String,
    pub staff: String,
    pub team: Option<String>,
}

impl RecentContact {
    /// "Techniek (Joost Mulder)", or the colleague alone when in no team.
    pub fn who(&self) -> String {
        match &self.team {
            Some(team) => format!("{team} ({})", self.staff),
            None => self.staff.clone(),
        }
    }
}

/// How often the school approached a company lately: by how many teams,
/// and by how many colleagues who are in no team.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Asked {
    /// Our own contacts and other schools' asks together.
    pub times: i64,
    pub teams: i64,
    pub colleagues: i64,
    /// Other schools that asked (as the company told us: `kring asked`).
    pub schools: i64,
    pub days: u32,
}

impl Asked {
    /// "3 teams", "2 colleagues", "1 team and 2 colleagues".
    pub fn by_whom(&self) -> String {
        let teams = |n: i64| crate::t!("whom-teams", count = n);
        let colleagues = |n: i64| crate::t!("whom-colleagues", count = n);
        let ours = match (self.teams, self.colleagues) {
            (0, 0) if self.schools > 0 => None,
            (t, 0) => Some(teams(t)),
            (0, c) => Some(colleagues(c)),
            (t, c) => Some(crate::t!("whom-both", teams = teams(t), colleagues = colleagues(c))),
        };
        let schools = (self.schools > 0).then(|| crate::t!("whom-schools", count = self.schools));
        match (ours, schools) {
            (Some(ours), Some(schools)) => crate::t!("whom-both", teams = ours, colleagues = schools),
            (ours, schools) => ours.or(schools).unwrap_or_default(),
        }
    }

    /// Asked by three or more teams, colleagues or other schools: worth bundling.
    pub fn crowded(&self) -> bool {
        self.teams + self.colleagues + self.schools >= 3
    }
}

/// A member of a team with what they carry.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TeamMember {
    pub id: Id,
    pub name: String,
    pub companies: i64,
    pub overdue: i64,
    pub at_risk: i64,
}
