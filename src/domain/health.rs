//! Relationship health: a score from 0 to 100 per company, computed from the
//! data, never typed in. The formula is documented in docs/health.md; every
//! score carries the reasons that cost it the most points.

use serde::Serialize;

/// What the score is computed from (all counted by the store).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HealthInput {
    /// Days since the last interaction; `None` when there never was one.
    pub days_since_contact: Option<i64>,
    /// The wanted contact cadence in days; `None` for ended relationships.
    pub cadence_days: Option<i64>,
    /// Interactions in the last 12 months, and in the 12 months before.
    pub contacts_last_year: i64,
    pub contacts_year_before: i64,
    /// Engagements agreed or running now.
    pub active_engagements: i64,
    /// Open follow-ups past their due date.
    pub overdue_followups: i64,
    /// Value delivered in the last 12 months: placements, assignments, guest
    /// lectures (interactions of those kinds), engagements done, and circle
    /// meetings attended.
    pub value_events: i64,
    /// Distinct staff members who had contact in the last 2 years.
    pub staff_in_touch: i64,
    /// Current contact persons at the company.
    pub current_contacts: i64,
    /// Days the oldest question the company brought has waited for anyone
    /// to take it on (`None`: no question waiting).
    pub question_waiting_days: Option<i64>,
    /// An organisation that is not a company (an association, a
    /// municipality, a school, a foundation): students are not placed
    /// there, so collaboration and value both ways are not asked of it; a
    /// year with contact earns those points instead.
    pub network_partner: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Band {
    Thriving,
    Healthy,
    Cooling,
    AtRisk,
    Dormant,
}

impl Band {
    /// Best first.
    pub const ALL: [Band; 5] = [
        Band::Thriving,
        Band::Healthy,
        Band::Cooling,
        Band::AtRisk,
        Band::Dormant,
    ];

    pub fn from_score(score: u8) -> Band {
        match score {
            80..=u8::MAX => Band::Thriving,
            60..=79 => Band::Healthy,
            40..=59 => Band::Cooling,
            20..=39 => Band::AtRisk,
            _ => Band::Dormant,
        }
    }

    /// How it reads to a person in the language kring speaks.
    pub fn display_label(self) -> String {
        crate::l10n::term("band", self.as_str()).unwrap_or_else(|| self.as_str().to_string())
    }

    /// The widest label in the language kring speaks: a column of bands
    /// lines up in Dutch too ("bekoelend", "in gevaar").
    pub fn widest_label() -> usize {
        [
            Band::Thriving,
            Band::Healthy,
            Band::Cooling,
            Band::AtRisk,
            Band::Dormant,
        ]
        .iter()
        .map(|b| b.display_label().chars().count())
        .max()
        .unwrap_or(0)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Band::Thriving => "thriving",
            Band::Healthy => "healthy",
            Band::Cooling => "cooling",
            Band::AtRisk => "at-risk",
            Band::Dormant => "dormant",
        }
    }

    pub fn parse(text: &str) -> Option<Band> {
        let key = text.trim().to_lowercase().replace(['_', ' '], "-");
        [
            Band::Thriving,
            Band::Healthy,
            Band::Cooling,
            Band::AtRisk,
            Band::Dormant,
        ]
        .into_iter()
        .find(|b| b.as_str() == key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Health {
    pub score: u8,
    pub band: Band,
    /// Why the score is not higher, biggest loss first.
    pub reasons: Vec<String>,
    /// Only one staff member, or one contact person: the relationship hangs on a person.
    pub single_point_of_contact: bool,
}

/// Points per ingredient (they add up to 100).
pub const RECENCY: i64 = 35;
pub const VALUE: i64 = 20;
pub const TREND: i64 = 15;
pub const ENGAGEMENT: i64 = 15;
pub const BUS_FACTOR: i64 = 15;
/// Points lost per overdue follow-up, and at most.
pub const OVERDUE_EACH: i64 = 7;
pub const OVERDUE_MAX: i64 = 20;
/// A question nobody took on for longer than this many days costs points:
/// the company asked and heard nothing.
pub const QUESTION_PATIENCE: i64 = 30;
pub const QUESTION_WAITING: i64 = 10;

/// A score without its reasons: what a list sorts and colours by, cheap
/// enough for 100k companies (the reasons are words in the reader's language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub score: u8,
    pub band: Band,
    pub single_point_of_contact: bool,
}

pub fn score(input: &HealthInput) -> Score {
    let score = assess(input, |_, _| {});
    Score {
        score,
        band: Band::from_score(score),
        single_point_of_contact: single_point(input),
    }
}

pub fn health(input: &HealthInput) -> Health {
    let mut losses: Vec<(i64, Loss)> = Vec::new();
    let score = assess(input, |points, loss| losses.push((points, loss)));
    // Biggest loss first; equal losses keep the order they were found in.
    losses.sort_by_key(|loss| std::cmp::Reverse(loss.0));
    Health {
        score,
        band: Band::from_score(score),
        reasons: losses.into_iter().map(|(_, loss)| loss.words(input)).collect(),
        single_point_of_contact: single_point(input),
    }
}

/// The ingredients that cost points, biggest loss first, as lasting keys
/// (what health's monthly memory keeps; [`loss_label`] words one).
pub fn loss_keys(input: &HealthInput) -> Vec<&'static str> {
    let mut losses: Vec<(i64, Loss)> = Vec::new();
    assess(input, |points, loss| losses.push((points, loss)));
    losses.sort_by_key(|loss| std::cmp::Reverse(loss.0));
    losses.into_iter().map(|(_, loss)| loss.key()).collect()
}

/// What a kept loss key means, in a few words of the reader's language;
/// an unknown key (a newer kring's) is shown as it is.
pub fn loss_label(key: &str) -> String {
    crate::l10n::message_if_any(&format!("health-loss-{key}")).unwrap_or_else(|| key.to_string())
}

/// Scores from 0 to 100 as a line of block characters, one per score:
/// `▆▆▅▃▂` (what a terminal can draw of a trend).
pub fn sparkline(scores: &[u8]) -> String {
    const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    scores
        .iter()
        .map(|s| BLOCKS[(usize::from((*s).min(100)) * 7 + 50) / 100])
        .collect()
}

fn single_point(input: &HealthInput) -> bool {
    input.staff_in_touch == 1 || input.current_contacts == 1
}

/// Why points were lost (worded by [`Loss::words`]).
#[derive(Debug, Clone, Copy)]
enum Loss {
    Recency,
    Trend,
    NoCollaboration,
    OneWay,
    LittleValue,
    Staff,
    ContactPersons,
    Overdue,
    QuestionWaiting(i64),
    /// A partner in the network not met for a year.
    NotMet,
}

impl Loss {
    fn key(self) -> &'static str {
        match self {
            Loss::Recency => "recency",
            Loss::Trend => "trend",
            Loss::NoCollaboration => "no-collaboration",
            Loss::OneWay => "one-way",
            Loss::LittleValue => "little-value",
            Loss::Staff => "staff",
            Loss::ContactPersons => "contact-persons",
            Loss::Overdue => "overdue",
            Loss::QuestionWaiting(_) => "question-waiting",
            Loss::NotMet => "not-met",
        }
    }

    fn words(self, input: &HealthInput) -> String {
        match self {
            Loss::Recency => match (input.days_since_contact, input.cadence_days) {
                (None, _) => crate::t!("health-never-contacted"),
                (Some(days), Some(cadence)) => crate::t!("health-no-contact-cadence", days = days, cadence = cadence),
                (Some(days), None) => crate::t!("health-no-contact", days = days),
            },
            Loss::Trend if input.contacts_last_year == 0 => crate::t!("health-no-contact-this-year"),
            Loss::Trend => crate::t!(
                "health-falling",
                last_year = input.contacts_last_year,
                year_before = input.contacts_year_before
            ),
            Loss::NoCollaboration => crate::t!("health-no-collaboration"),
            Loss::OneWay => crate::t!("health-one-way"),
            Loss::LittleValue => crate::t!("health-little-value"),
            Loss::Staff if input.staff_in_touch == 0 => crate::t!("health-no-staff"),
            Loss::Staff => crate::t!("health-one-staff"),
            Loss::ContactPersons if input.current_contacts == 0 => crate::t!("health-no-contact-person"),
            Loss::ContactPersons => crate::t!("health-one-contact-person"),
            Loss::Overdue => crate::t!("health-overdue", count = input.overdue_followups),
            Loss::QuestionWaiting(days) => crate::t!("health-question-waiting", days = days),
            Loss::NotMet => crate::t!("health-not-met"),
        }
    }
}

/// The formula: the score, each loss of points told to `lost` as it is found.
fn assess(input: &HealthInput, mut lost: impl FnMut(i64, Loss)) -> u8 {
    let mut score = 0;

    let recency = recency_points(input);
    score += recency;
    if recency < RECENCY {
        lost(RECENCY - recency, Loss::Recency);
    }

    let trend = trend_points(input);
    score += trend;
    if trend < TREND {
        lost(TREND - trend, Loss::Trend);
    }

    score += match input.network_partner {
        true => partner_points(input, &mut lost),
        false => work_points(input, &mut lost),
    };

    let (staff_points, contact_points) = bus_factor_points(input);
    score += staff_points + contact_points;
    if staff_points < 8 {
        lost(8 - staff_points, Loss::Staff);
    }
    if contact_points < 7 {
        lost(7 - contact_points, Loss::ContactPersons);
    }

    let penalty = (input.overdue_followups * OVERDUE_EACH).min(OVERDUE_MAX);
    score -= penalty;
    if penalty > 0 {
        lost(penalty, Loss::Overdue);
    }

    if let Some(days) = input.question_waiting_days.filter(|d| *d > QUESTION_PATIENCE) {
        score -= QUESTION_WAITING;
        lost(QUESTION_WAITING, Loss::QuestionWaiting(days));
    }

    score.clamp(0, 100) as u8
}

/// A network partner: collaboration and value both ways are met by a year with contact.
fn partner_points(input: &HealthInput, lost: &mut impl FnMut(i64, Loss)) -> i64 {
    if input.contacts_last_year > 0 {
        return ENGAGEMENT + VALUE;
    }
    lost(ENGAGEMENT + VALUE, Loss::NotMet);
    0
}

/// A company: a collaboration agreed or running, and value both ways.
fn work_points(input: &HealthInput, lost: &mut impl FnMut(i64, Loss)) -> i64 {
    let engagement = if input.active_engagements > 0 { ENGAGEMENT } else { 0 };
    if engagement == 0 {
        lost(ENGAGEMENT, Loss::NoCollaboration);
    }
    let value = match input.value_events {
        0 => 0,
        1 => VALUE / 2,
        _ => VALUE,
    };
    if value == 0 {
        lost(VALUE, Loss::OneWay);
    } else if value < VALUE {
        lost(VALUE - value, Loss::LittleValue);
    }
    engagement + value
}

/// Full points within the cadence; down to 10 at twice the cadence, and to
/// 0 at three times. No cadence (an ended relationship): half points.
fn recency_points(input: &HealthInput) -> i64 {
    let Some(days) = input.days_since_contact else {
        return 0;
    };
    let Some(cadence) = input.cadence_days.filter(|c| *c > 0) else {
        return RECENCY / 2;
    };
    let (days, cadence) = (days.max(0) as f64, cadence as f64);
    let points = if days <= cadence {
        RECENCY as f64
    } else if days <= 2.0 * cadence {
        RECENCY as f64 - (RECENCY - 10) as f64 * (days - cadence) / cadence
    } else if days <= 3.0 * cadence {
        10.0 * (3.0 * cadence - days) / cadence
    } else {
        0.0
    };
    points.round() as i64
}

/// Full points when contact held up or grew against the year before.
fn trend_points(input: &HealthInput) -> i64 {
    let (now, before) = (input.contacts_last_year, input.contacts_year_before);
    if now == 0 {
        0
    } else if now >= before {
        TREND
    } else {
        (TREND as f64 * now as f64 / before as f64).round() as i64
    }
}

/// Staff side: 8 points for two or more staff in touch, 3 for one.
/// Company side: 7 points for two or more current contacts, 3 for one.
fn bus_factor_points(input: &HealthInput) -> (i64, i64) {
    let staff = match input.staff_in_touch {
        0 => 0,
        1 => 3,
        _ => 8,
    };
    let contacts = match input.current_contacts {
        0 => 0,
        1 => 3,
        _ => 7,
    };
    (staff, contacts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A relationship with everything going for it.
    fn thriving() -> HealthInput {
        HealthInput {
            days_since_contact: Some(10),
            cadence_days: Some(60),
            contacts_last_year: 8,
            contacts_year_before: 6,
            active_engagements: 1,
            overdue_followups: 0,
            value_events: 3,
            staff_in_touch: 3,
            current_contacts: 2,
            question_waiting_days: None,
            network_partner: false,
        }
    }

    #[test]
    fn a_network_partner_is_not_asked_for_placements_only_to_be_met() {
        let association = HealthInput {
            active_engagements: 0,
            value_events: 0,
            network_partner: true,
            ..thriving()
        };
        let met = health(&association);
        assert_eq!(met.score, health(&thriving()).score, "{:?}", met.reasons);
        assert!(!met.reasons.iter().any(|r| r.contains("one-way")), "{:?}", met.reasons);
        // The same without a placement, as a company: one-way, and it costs.
        let company = health(&HealthInput {
            network_partner: false,
            ..association
        });
        assert!(company.score < met.score);
        // Not met for a year: it says so, and the points go.
        let quiet = health(&HealthInput {
            contacts_last_year: 0,
            ..association
        });
        assert!(
            quiet.reasons.iter().any(|r| r.contains("not met")),
            "{:?}",
            quiet.reasons
        );
        assert!(quiet.score < met.score - 30);
    }

    #[test]
    fn a_question_left_waiting_past_a_month_costs_ten_and_says_how_long() {
        let waiting = |days| {
            health(&HealthInput {
                question_waiting_days: Some(days),
                ..thriving()
            })
        };
        assert_eq!(waiting(30).score, 100, "a month is patience, not neglect");
        let h = waiting(40);
        assert_eq!(h.score, 90);
        assert_eq!(h.reasons, vec!["question waiting 40 days"]);
    }

    #[test]
    fn everything_right_scores_100_with_no_reasons() {
        let h = health(&thriving());
        assert_eq!((h.score, h.band), (100, Band::Thriving));
        assert!(h.reasons.is_empty(), "{:?}", h.reasons);
        assert!(!h.single_point_of_contact);
    }

    #[test]
    fn recency_against_cadence() {
        let at = |days| {
            recency_points(&HealthInput {
                days_since_contact: Some(days),
                cadence_days: Some(60),
                ..thriving()
            })
        };
        assert_eq!(at(60), 35, "within the cadence: full points");
        assert_eq!(at(90), 23, "halfway to twice the cadence");
        assert_eq!(at(120), 10, "twice the cadence");
        assert_eq!(at(150), 5);
        assert_eq!(at(180), 0, "three times the cadence");
        assert_eq!(at(400), 0);
        assert_eq!(
            recency_points(&HealthInput {
                days_since_contact: None,
                ..thriving()
            }),
            0
        );
        assert_eq!(
            recency_points(&HealthInput {
                cadence_days: None,
                ..thriving()
            }),
            17,
            "ended: half"
        );
    }

    #[test]
    fn trend_compares_with_the_year_before() {
        let t = |now, before| {
            trend_points(&HealthInput {
                contacts_last_year: now,
                contacts_year_before: before,
                ..thriving()
            })
        };
        assert_eq!(t(6, 6), 15);
        assert_eq!(t(3, 6), 8);
        assert_eq!(t(0, 6), 0);
        assert_eq!(t(2, 0), 15);
    }

    #[test]
    fn overdue_follow_ups_cost_up_to_twenty() {
        let with = |n| {
            health(&HealthInput {
                overdue_followups: n,
                ..thriving()
            })
            .score
        };
        assert_eq!(with(1), 93);
        assert_eq!(with(2), 86);
        assert_eq!(with(5), 80);
    }

    #[test]
    fn value_and_engagement_and_bus_factor() {
        assert_eq!(
            health(&HealthInput {
                value_events: 1,
                ..thriving()
            })
            .score,
            90
        );
        assert_eq!(
            health(&HealthInput {
                value_events: 0,
                ..thriving()
            })
            .score,
            80
        );
        assert_eq!(
            health(&HealthInput {
                active_engagements: 0,
                ..thriving()
            })
            .score,
            85
        );
        let lone = health(&HealthInput {
            staff_in_touch: 1,
            current_contacts: 1,
            ..thriving()
        });
        assert_eq!(lone.score, 91);
        assert!(lone.single_point_of_contact);
        assert!(lone
            .reasons
            .contains(&"only one staff member knows this company".to_string()));
        assert!(lone.reasons.contains(&"only one contact person".to_string()));
    }

    #[test]
    fn band_edges() {
        for (score, band) in [
            (100, Band::Thriving),
            (80, Band::Thriving),
            (79, Band::Healthy),
            (60, Band::Healthy),
            (59, Band::Cooling),
            (40, Band::Cooling),
            (39, Band::AtRisk),
            (20, Band::AtRisk),
            (19, Band::Dormant),
            (0, Band::Dormant),
        ] {
            assert_eq!(Band::from_score(score), band, "{score}");
        }
        assert_eq!(Band::parse("at risk"), Some(Band::AtRisk));
        assert_eq!(Band::parse("At-Risk"), Some(Band::AtRisk));
    }

    #[test]
    fn the_worked_example_of_docs_health_md() {
        // The engineering firm in Zaandam: 140 days without contact at cadence 60,
        // 2 contacts this year against 5, no collaboration running, one lecture,
        // one colleague in touch, two contacts, one overdue follow-up.
        let h = health(&HealthInput {
            days_since_contact: Some(140),
            cadence_days: Some(60),
            contacts_last_year: 2,
            contacts_year_before: 5,
            active_engagements: 0,
            overdue_followups: 1,
            value_events: 1,
            staff_in_touch: 1,
            current_contacts: 2,
            question_waiting_days: None,
            network_partner: false,
        });
        assert_eq!(h.score, 26, "7 + 6 + 0 + 10 + 3 + 7 - 7");
        assert_eq!(h.band, Band::AtRisk);
        assert_eq!(
            h.reasons,
            vec![
                "no contact for 140 days, cadence 60",
                "no collaboration agreed or running",
                "little value flowing back: one placement, assignment, lecture or circle visit in 12 months",
                "contact is falling: 2 in the last 12 months, 5 the year before",
                "1 overdue follow-up",
                "only one staff member knows this company",
            ]
        );
    }

    #[test]
    fn the_score_without_reasons_is_the_score_with_them() {
        for days in [None, Some(5), Some(100), Some(400)] {
            for contacts in [0, 1, 5] {
                for overdue in [0, 2, 5] {
                    for people in [0, 1, 3] {
                        let input = HealthInput {
                            days_since_contact: days,
                            contacts_last_year: contacts,
                            contacts_year_before: 3,
                            overdue_followups: overdue,
                            current_contacts: people,
                            staff_in_touch: people,
                            value_events: contacts,
                            question_waiting_days: Some(days.unwrap_or(0)),
                            ..thriving()
                        };
                        let full = health(&input);
                        let score = score(&input);
                        assert_eq!(
                            (score.score, score.band, score.single_point_of_contact),
                            (full.score, full.band, full.single_point_of_contact),
                            "{input:?}"
                        );
                    }
                }
            }
        }
    }
}
