//! Yearly goals and how far along they are.

use super::Id;
use crate::domain::kinds::GoalMetric;
use serde::Serialize;

#[derive(Debug, Clone)]
pub struct NewGoal {
    pub school_year: String,
    pub team: Option<Id>,
    pub staff: Option<Id>,
    pub metric: GoalMetric,
    pub tag: Option<String>,
    pub target: u32,
    pub max: Option<u32>,
    pub note: Option<String>,
}

/// Whose goals to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GoalScope {
    #[default]
    All,
    Team(Id),
    Staff(Id),
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct GoalProgress {
    pub id: Id,
    pub school_year: String,
    /// "the school", a team's name or a staff member's.
    pub whose: String,
    pub metric: GoalMetric,
    pub tag: Option<String>,
    pub target: i64,
    pub max: Option<i64>,
    pub note: Option<String>,
    pub count: i64,
    /// What makes up the count: a company and how much it adds, biggest first.
    pub made_of: Vec<(String, i64)>,
}

impl GoalProgress {
    /// Percent of the target (of the lower bound of a range).
    pub fn percent(&self) -> i64 {
        match self.target {
            0 => 100,
            t => self.count * 100 / t,
        }
    }

    /// Behind the pace the school year asks for on `today`: not reached,
    /// and short of the share of the target that the days gone by stand for
    /// (a goal of 40 placements is off track with 10 in mid-February).
    pub fn off_track(&self, today: chrono::NaiveDate) -> bool {
        let (first, _) = crate::domain::dates::school_year_days(&self.school_year);
        let Ok(start) = chrono::NaiveDate::parse_from_str(&first, "%Y-%m-%d") else {
            return false;
        };
        let elapsed = (today - start).num_days().clamp(0, 365);
        self.count < self.target && self.count * 365 < self.target * elapsed
    }

    /// A bar of `width` cells, filled as far as the target is reached.
    pub fn bar(&self, width: usize) -> String {
        let filled = (self.percent().clamp(0, 100) as usize * width) / 100;
        format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
    }

    /// "34 students — 6 short of 40", "within 40–60", "reached", "3 over 60".
    pub fn verdict(&self) -> String {
        let what = self.metric.display_label();
        let (count, target) = (self.count, self.target);
        match self.max {
            Some(max) if count > max => {
                crate::t!("goal-over", count = count, what = what, over = count - max, max = max)
            }
            Some(max) if count >= target => {
                crate::t!("goal-within", count = count, what = what, target = target, max = max)
            }
            _ if count >= target => crate::t!("goal-reached", count = count, what = what, target = target),
            _ => crate::t!(
                "goal-short",
                count = count,
                what = what,
                short = target - count,
                target = target
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn goal(count: i64, target: i64) -> GoalProgress {
        GoalProgress {
            id: 1,
            school_year: "2026-2027".into(),
            whose: "the school".into(),
            metric: GoalMetric::Placements,
            tag: None,
            target,
            max: None,
            note: None,
            count,
            made_of: Vec::new(),
        }
    }

    #[test]
    fn a_goal_is_off_track_when_behind_the_pace_of_the_school_year() {
        let february = NaiveDate::from_ymd_opt(2027, 2, 15).unwrap(); // about 54% of the year
        assert!(goal(10, 40).off_track(february));
        assert!(!goal(25, 40).off_track(february));
        assert!(!goal(40, 40).off_track(february), "reached");
        let first_day = NaiveDate::from_ymd_opt(2026, 8, 1).unwrap();
        assert!(!goal(0, 40).off_track(first_day), "nothing is expected yet");
    }
}
