//! How often a follow-up comes back: every N days, weeks, months or years
//! ("2w", "1m", "1y"; Dutch "2 weken", "maand"). Occurrences are counted
//! from the series' first day, so a month-end stays one: 31 January, 28
//! February, 31 March.

use chrono::{Duration, Months, NaiveDate};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Every {
    Days(u32),
    Weeks(u32),
    Months(u32),
    Years(u32),
}

impl Every {
    /// "2w", "1m", "1y", "10d", "week", "2 weken", "maand", "jaar".
    pub fn parse(text: &str) -> Option<Every> {
        let folded = crate::domain::fold::fold(text).replace(' ', "");
        let split = folded.find(|c: char| !c.is_ascii_digit()).unwrap_or(folded.len());
        let (digits, unit) = folded.split_at(split);
        let n: u32 = if digits.is_empty() { 1 } else { digits.parse().ok()? };
        if n == 0 || n > 1000 {
            return None;
        }
        Some(match unit {
            "d" | "day" | "days" | "dag" | "dagen" => Every::Days(n),
            "w" | "week" | "weeks" | "weken" | "wk" => Every::Weeks(n),
            "m" | "month" | "months" | "maand" | "maanden" | "mnd" => Every::Months(n),
            "y" | "year" | "years" | "j" | "jaar" | "jaren" => Every::Years(n),
            _ => return None,
        })
    }

    /// The `n`th day of a series that starts on `start` (the 0th is `start`).
    pub fn nth(self, start: NaiveDate, n: u32) -> Option<NaiveDate> {
        match self {
            Every::Days(d) => start.checked_add_signed(Duration::days(i64::from(d) * i64::from(n))),
            Every::Weeks(w) => start.checked_add_signed(Duration::weeks(i64::from(w) * i64::from(n))),
            Every::Months(m) => start.checked_add_months(Months::new(m.checked_mul(n)?)),
            Every::Years(y) => start.checked_add_months(Months::new(y.checked_mul(n)?.checked_mul(12)?)),
        }
    }

    /// The first day of the series after `after`, counting from `start`.
    pub fn next_after(self, start: NaiveDate, after: NaiveDate) -> Option<NaiveDate> {
        (1..=100_000).map_while(|n| self.nth(start, n)).find(|day| *day > after)
    }

    /// As an iCalendar RRULE's FREQ and INTERVAL.
    pub fn rrule(self) -> String {
        let (freq, n) = match self {
            Every::Days(n) => ("DAILY", n),
            Every::Weeks(n) => ("WEEKLY", n),
            Every::Months(n) => ("MONTHLY", n),
            Every::Years(n) => ("YEARLY", n),
        };
        format!("FREQ={freq};INTERVAL={n}")
    }
}

/// As kring stores and prints it: "2w", "1m".
impl fmt::Display for Every {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Every::Days(n) => write!(f, "{n}d"),
            Every::Weeks(n) => write!(f, "{n}w"),
            Every::Months(n) => write!(f, "{n}m"),
            Every::Years(n) => write!(f, "{n}y"),
        }
    }
}

/// At most this many meetings in one series (two years of weekly ones).
pub const MAX_SERIES: u32 = 104;

#[derive(Debug, thiserror::Error)]
pub enum SeriesError {
    #[error("{}", crate::t!("err-meetings-end-before"))]
    EndsBefore,
    #[error("{}", crate::t!("err-series-too-long", max = MAX_SERIES))]
    TooLong,
}

/// The days of a series from `first`, `every` period, until `last` (none:
/// the end of the school year `first` is in); at most [`MAX_SERIES`].
pub fn series_days(first: NaiveDate, every: Every, last: Option<NaiveDate>) -> Result<Vec<NaiveDate>, SeriesError> {
    let last = last.unwrap_or_else(|| {
        let year = crate::domain::dates::school_year_of(first);
        let (_, end) = crate::domain::dates::school_year_days(&year);
        crate::domain::dates::from_iso(&end).unwrap_or(first)
    });
    if last < first {
        return Err(SeriesError::EndsBefore);
    }
    let days: Vec<_> = (0..=MAX_SERIES)
        .map_while(|n| every.nth(first, n))
        .take_while(|day| *day <= last)
        .collect();
    if days.len() > MAX_SERIES as usize {
        return Err(SeriesError::TooLong);
    }
    Ok(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn periods_read_as_people_type_them() {
        assert_eq!(Every::parse("2w"), Some(Every::Weeks(2)));
        assert_eq!(Every::parse("1m"), Some(Every::Months(1)));
        assert_eq!(Every::parse("maand"), Some(Every::Months(1)));
        assert_eq!(Every::parse("2 weken"), Some(Every::Weeks(2)));
        assert_eq!(Every::parse("1y"), Some(Every::Years(1)));
        assert_eq!(Every::parse("0w"), None);
        assert_eq!(Every::parse("soms"), None);
        assert_eq!(Every::Weeks(2).to_string(), "2w");
    }

    #[test]
    fn a_month_end_stays_a_month_end_and_a_leap_day_comes_back_as_the_last_of_february() {
        let start = day("2027-01-31");
        let every = Every::Months(1);
        assert_eq!(every.nth(start, 1), Some(day("2027-02-28")));
        assert_eq!(every.nth(start, 2), Some(day("2027-03-31")));
        assert_eq!(every.next_after(start, day("2027-02-28")), Some(day("2027-03-31")));
        assert_eq!(Every::Years(1).nth(day("2028-02-29"), 1), Some(day("2029-02-28")));
        assert_eq!(Every::Years(1).nth(day("2028-02-29"), 4), Some(day("2032-02-29")));
    }

    #[test]
    fn weeks_are_days_whatever_the_clocks_do() {
        // The last Sunday of March: the clocks change, the dates do not care.
        assert_eq!(Every::Weeks(2).nth(day("2027-03-21"), 1), Some(day("2027-04-04")));
        assert_eq!(Every::Weeks(2).rrule(), "FREQ=WEEKLY;INTERVAL=2");
    }
}
