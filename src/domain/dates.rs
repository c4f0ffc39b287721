//! Dates as people type them: ISO, day-first, relative words and offsets.
//!
//! Everything takes `today` as an argument: the clock is injected so that
//! tests and snapshots are stable.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum DateError {
    #[error("{}", crate::t!("err-date-unreadable", given = .0.as_str()))]
    Unreadable(String),
    #[error("{}", crate::t!("err-date-no-such", given = .0.as_str()))]
    NoSuchDate(String),
    #[error("{}", crate::t!("err-period-unreadable", given = .0.as_str()))]
    BadPeriod(String),
    #[error("{}", crate::t!("err-date-out-of-range", given = .0.as_str(), first = FIRST_YEAR, last = LAST_YEAR))]
    OutOfRange(String),
}

/// The years a date may fall in: wide enough for any relationship, narrow
/// enough to catch a typo such as `0000-01-01` or `+9999y`.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2199;

/// Parse a date as a Dutch user types it. Day-first for numeric dates.
///
/// * `2026-11-20` (ISO), `20-11-2026`, `20/11/2026`, `20.11.2026`, `20-11-26`
/// * `20-11`, `20/11`: that day in the current year
/// * `today`/`vandaag`, `yesterday`/`gisteren`, `tomorrow`/`morgen`
/// * `+3d`, `+2w`, `-1m`, `+1y` (Dutch `j` for jaar works too)
/// * a weekday (`friday`, `vrijdag`, `fri`, `vr`): the next one after today
pub fn parse_date(text: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let date = parse_any_date(text, today)?;
    if (FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        Ok(date)
    } else {
        Err(DateError::OutOfRange(text.trim().to_string()))
    }
}

fn parse_any_date(text: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let trimmed = text.trim();
    let lower = trimmed.to_lowercase();
    let unreadable = || DateError::Unreadable(trimmed.to_string());
    if lower.is_empty() {
        return Err(unreadable());
    }
    if let Some(date) = relative_word(&lower, today) {
        return Ok(date);
    }
    if lower.starts_with('+') || lower.starts_with('-') {
        return offset(&lower, today).ok_or_else(unreadable);
    }
    if let Some(weekday) = weekday(&lower) {
        return Ok(next_weekday(today, weekday));
    }
    numeric(trimmed, today)
}

/// Parse a period such as `7d`, `2w`, `1m`, `1y` into days from `today`
/// (so a month is a calendar month, not 30 days).
pub fn parse_period_end(text: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let lower = text.trim().to_lowercase();
    let signed = format!("+{}", lower.trim_start_matches('+'));
    offset(&signed, today)
        .filter(|d| d.year() <= LAST_YEAR)
        .ok_or_else(|| DateError::BadPeriod(text.trim().to_string()))
}

/// Whole days from `earlier` to `later` (negative when `later` is before).
/// The same day a year later (28 February for 29 February).
pub fn a_year_after(day: NaiveDate) -> Option<NaiveDate> {
    day.checked_add_months(chrono::Months::new(12))
}

pub fn days_between(earlier: NaiveDate, later: NaiveDate) -> i64 {
    (later - earlier).num_days()
}

/// The date as kring stores and prints it: `YYYY-MM-DD`.
pub fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// The school year a day falls in (they start on 1 August): `2026-2027`.
pub fn school_year_of(day: NaiveDate) -> String {
    let first = if day.month() >= 8 { day.year() } else { day.year() - 1 };
    format!("{first}-{}", first + 1)
}

/// The first and last day of a school year written `2026-2027`, as ISO
/// text (the year is validated first: `validate::school_year`).
pub fn school_year_days(year: &str) -> (String, String) {
    let first: i32 = year.get(..4).and_then(|y| y.parse().ok()).unwrap_or_default();
    (format!("{first}-08-01"), format!("{}-07-31", first + 1))
}

/// Read a date that kring itself stored.
pub fn from_iso(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

fn relative_word(lower: &str, today: NaiveDate) -> Option<NaiveDate> {
    match lower {
        "today" | "vandaag" | "now" | "nu" => Some(today),
        "yesterday" | "gisteren" => today.pred_opt(),
        "tomorrow" | "morgen" => today.succ_opt(),
        "overmorgen" => today.checked_add_signed(Duration::days(2)),
        "eergisteren" => today.checked_sub_signed(Duration::days(2)),
        _ => None,
    }
}

fn offset(lower: &str, today: NaiveDate) -> Option<NaiveDate> {
    let (sign, rest) = lower.split_at(1);
    let negative = sign == "-";
    let unit_at = rest.find(|c: char| !c.is_ascii_digit())?;
    let (digits, unit) = rest.split_at(unit_at);
    let amount: u32 = digits.parse().ok()?;
    if amount > 100 * 366 {
        return None;
    }
    let days = |n: u32| Duration::days(i64::from(n));
    let signed_days = |n: u32| if negative { -days(n) } else { days(n) };
    match unit {
        "d" | "day" | "days" | "dag" | "dagen" => today.checked_add_signed(signed_days(amount)),
        "w" | "week" | "weeks" | "weken" => today.checked_add_signed(signed_days(amount.checked_mul(7)?)),
        "m" | "month" | "months" | "maand" | "maanden" => add_months(today, amount, negative),
        "y" | "j" | "year" | "years" | "jaar" | "jaren" => add_months(today, amount.checked_mul(12)?, negative),
        _ => None,
    }
}

fn add_months(today: NaiveDate, months: u32, negative: bool) -> Option<NaiveDate> {
    if negative {
        today.checked_sub_months(Months::new(months))
    } else {
        today.checked_add_months(Months::new(months))
    }
}

fn weekday(lower: &str) -> Option<Weekday> {
    Some(match lower {
        "monday" | "mon" | "maandag" | "ma" => Weekday::Mon,
        "tuesday" | "tue" | "dinsdag" | "di" => Weekday::Tue,
        "wednesday" | "wed" | "woensdag" | "wo" => Weekday::Wed,
        "thursday" | "thu" | "donderdag" | "do" => Weekday::Thu,
        "friday" | "fri" | "vrijdag" | "vr" => Weekday::Fri,
        "saturday" | "sat" | "zaterdag" | "za" => Weekday::Sat,
        "sunday" | "sun" | "zondag" | "zo" => Weekday::Sun,
        _ => return None,
    })
}

/// The next `weekday` strictly after `today` (a week ahead when today is that day).
fn next_weekday(today: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() as i64 - today.weekday().num_days_from_monday() as i64) % 7;
    today + Duration::days(if ahead == 0 { 7 } else { ahead })
}

fn numeric(text: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let unreadable = || DateError::Unreadable(text.to_string());
    let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()) || p.len() > 4)
    {
        return Err(unreadable());
    }
    let num = |s: &str| s.parse::<u32>().map_err(|_| unreadable());
    let (year, month, day) = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => (num(y)? as i32, num(m)?, num(d)?),
        [d, m, y] if y.len() == 4 && d.len() <= 2 && m.len() <= 2 => (num(y)? as i32, num(m)?, num(d)?),
        [d, m, y] if y.len() == 2 && d.len() <= 2 && m.len() <= 2 => (2000 + num(y)? as i32, num(m)?, num(d)?),
        [d, m] if d.len() <= 2 && m.len() <= 2 => (today.year(), num(m)?, num(d)?),
        _ => return Err(unreadable()),
    };
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| DateError::NoSuchDate(text.to_string()))
}

/// Where a snooze without a date moves a follow-up: a week on from its due
/// date, or from today when that is past — never earlier than it was.
pub fn snoozed(due: NaiveDate, today: NaiveDate) -> NaiveDate {
    days_after(due.max(today), 7)
}

/// `n` days before `day`; the earliest date there is when that is further
/// back than the calendar goes (a count read from a file is never a crash).
pub fn days_before(day: NaiveDate, n: u32) -> NaiveDate {
    day.checked_sub_days(chrono::Days::new(u64::from(n)))
        .unwrap_or(NaiveDate::MIN)
}

/// `n` days after `day`; the last date there is when further.
pub fn days_after(day: NaiveDate, n: u32) -> NaiveDate {
    day.checked_add_days(chrono::Days::new(u64::from(n)))
        .unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_snooze_puts_off_from_the_later_of_today_and_its_date() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let today = d("2026-12-07");
        assert_eq!(snoozed(d("2026-12-20"), today), d("2026-12-27"), "never earlier");
        assert_eq!(snoozed(d("2026-11-30"), today), d("2026-12-14"), "past: from today");
        assert_eq!(days_after(NaiveDate::MAX, 7), NaiveDate::MAX);
        assert_eq!(days_before(d("2026-12-07"), u32::MAX), NaiveDate::MIN);
    }

    use super::*;

    #[test]
    fn dates_outside_the_years_kring_keeps_are_refused() {
        let today = d(2026, 11, 26);
        assert_eq!(
            parse_date("0000-01-01", today),
            Err(DateError::OutOfRange("0000-01-01".into()))
        );
        assert_eq!(
            parse_date("9999-12-31", today),
            Err(DateError::OutOfRange("9999-12-31".into()))
        );
        assert_eq!(parse_date("+500y", today), Err(DateError::OutOfRange("+500y".into())));
        assert_eq!(parse_date("1900-01-01", today), Ok(d(1900, 1, 1)));
        assert!(parse_period_end("9999y", today).is_err());
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    // Thursday 26 November 2026.
    const TODAY: (i32, u32, u32) = (2026, 11, 26);

    #[test]
    fn reads_every_documented_form() {
        let today = d(TODAY.0, TODAY.1, TODAY.2);
        let cases = [
            ("2026-11-20", d(2026, 11, 20)),
            ("20-11-2026", d(2026, 11, 20)),
            ("20/11/2026", d(2026, 11, 20)),
            ("20.11.2026", d(2026, 11, 20)),
            ("5-3-2025", d(2025, 3, 5)),
            ("20-11-26", d(2026, 11, 20)),
            ("20/11", d(2026, 11, 20)),
            ("1-2", d(2026, 2, 1)),
            ("today", today),
            ("Vandaag", today),
            ("yesterday", d(2026, 11, 25)),
            ("gisteren", d(2026, 11, 25)),
            ("tomorrow", d(2026, 11, 27)),
            ("morgen", d(2026, 11, 27)),
            ("+3d", d(2026, 11, 29)),
            ("+2w", d(2026, 12, 10)),
            ("-1m", d(2026, 10, 26)),
            ("+1m", d(2026, 12, 26)),
            ("+1y", d(2027, 11, 26)),
            ("+1j", d(2027, 11, 26)),
            ("-10d", d(2026, 11, 16)),
            ("friday", d(2026, 11, 27)),
            ("vrijdag", d(2026, 11, 27)),
            ("thursday", d(2026, 12, 3)),
            ("mon", d(2026, 11, 30)),
            ("  2026-01-31 ", d(2026, 1, 31)),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_date(input, today), Ok(expected), "parse_date({input:?})");
        }
    }

    #[test]
    fn month_offset_clamps_to_month_end() {
        assert_eq!(parse_date("+1m", d(2026, 1, 31)), Ok(d(2026, 2, 28)));
    }

    #[test]
    fn rejects_what_it_cannot_read() {
        let today = d(TODAY.0, TODAY.1, TODAY.2);
        for input in [
            "",
            "soon",
            "20-11-2026x",
            "2026/13",
            "+3",
            "+3q",
            "++3d",
            "1-2-3-4",
            "11-2026-20",
            "+99999999y",
        ] {
            assert!(
                matches!(parse_date(input, today), Err(DateError::Unreadable(_))),
                "{input:?} should be unreadable, got {:?}",
                parse_date(input, today)
            );
        }
    }

    #[test]
    fn rejects_dates_not_on_the_calendar() {
        let today = d(TODAY.0, TODAY.1, TODAY.2);
        for input in ["31-02-2026", "2026-02-29", "00-00-0000", "32/1", "2026-13-01"] {
            assert_eq!(
                parse_date(input, today),
                Err(DateError::NoSuchDate(input.to_string())),
                "{input:?}"
            );
        }
    }

    #[test]
    fn error_names_the_text() {
        let today = d(TODAY.0, TODAY.1, TODAY.2);
        let message = parse_date("someday", today).unwrap_err().to_string();
        assert!(message.contains("'someday'"), "{message}");
    }

    #[test]
    fn periods() {
        let today = d(TODAY.0, TODAY.1, TODAY.2);
        assert_eq!(parse_period_end("7d", today), Ok(d(2026, 12, 3)));
        assert_eq!(parse_period_end("2w", today), Ok(d(2026, 12, 10)));
        assert!(parse_period_end("week", today).is_err());
    }
}
