//! Local time in Europe/Amsterdam, where every meeting of a circle happens:
//! the EU summer-time rules (clocks go forward at 02:00 on the last Sunday of
//! March, back at 03:00 on the last Sunday of October). Pure, no tz database:
//! the rule has been the same since 1996 and covers what kring schedules.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

/// A local time that does not exist: skipped when the clocks go forward.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0} does not exist in the Netherlands: the clocks go from 02:00 to 03:00 that night (summer time); choose 03:00 or later")]
pub struct SkippedTime(pub String);

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let first_of_next = match month {
        12 => NaiveDate::from_ymd_opt(year + 1, 1, 1),
        _ => NaiveDate::from_ymd_opt(year, month + 1, 1),
    }
    .expect("a valid month");
    let mut day = first_of_next.pred_opt().expect("not the first day ever");
    while day.weekday() != Weekday::Sun {
        day = day.pred_opt().expect("not the first day ever");
    }
    day
}

fn at(date: NaiveDate, hour: u32) -> NaiveDateTime {
    date.and_time(NaiveTime::from_hms_opt(hour, 0, 0).expect("a valid hour"))
}

/// Hours ahead of UTC at this local time (2 in summer, 1 in winter). The
/// hour that happens twice in October is taken as its first (summer) one.
pub fn utc_offset_hours(local: NaiveDateTime) -> Result<i64, SkippedTime> {
    let year = local.year();
    let (spring, autumn) = (last_sunday(year, 3), last_sunday(year, 10));
    if local >= at(spring, 2) && local < at(spring, 3) {
        return Err(SkippedTime(local.format("%Y-%m-%d %H:%M").to_string()));
    }
    Ok(if local >= at(spring, 3) && local < at(autumn, 3) {
        2
    } else {
        1
    })
}

/// The local time as UTC.
pub fn to_utc(local: NaiveDateTime) -> Result<NaiveDateTime, SkippedTime> {
    Ok(local - Duration::hours(utc_offset_hours(local)?))
}

/// A UTC time as local time.
pub fn from_utc(utc: NaiveDateTime) -> NaiveDateTime {
    let year = utc.year();
    // Summer time runs from 01:00 UTC on the last Sunday of March to 01:00
    // UTC on the last Sunday of October.
    let summer = utc >= at(last_sunday(year, 3), 1) && utc < at(last_sunday(year, 10), 1);
    utc + Duration::hours(if summer { 2 } else { 1 })
}

/// What the clock on the wall shows `length` after `start` (real time: a
/// two-hour meeting from 01:30 on the night the clocks go forward ends at 04:30).
pub fn after(start: NaiveDateTime, length: Duration) -> Result<NaiveDateTime, SkippedTime> {
    Ok(from_utc(to_utc(start)? + length))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn the_hour_skipped_in_march_does_not_exist() {
        // 2027: last Sunday of March is the 28th.
        let err = to_utc(local("2027-03-28 02:30")).unwrap_err();
        assert!(err.to_string().contains("does not exist"), "{err}");
        assert!(to_utc(local("2027-03-28 01:59")).is_ok());
        assert_eq!(to_utc(local("2027-03-28 03:00")).unwrap(), local("2027-03-28 01:00"));
        assert!(to_utc(local("2027-03-21 02:30")).is_ok(), "a week earlier is fine");
    }

    #[test]
    fn a_meeting_ends_its_length_later_in_real_time_across_a_change() {
        let two_hours = Duration::hours(2);
        assert_eq!(
            after(local("2027-03-28 01:30"), two_hours).unwrap(),
            local("2027-03-28 04:30")
        );
        // 2027: last Sunday of October is the 31st; 02:00–03:00 happens twice.
        assert_eq!(
            after(local("2027-10-31 01:30"), two_hours).unwrap(),
            local("2027-10-31 02:30")
        );
        assert_eq!(
            after(local("2027-06-10 16:00"), two_hours).unwrap(),
            local("2027-06-10 18:00")
        );
        assert_eq!(
            after(local("2027-12-10 16:00"), two_hours).unwrap(),
            local("2027-12-10 18:00")
        );
    }
}
