//! Calendars as Outlook and Google export or publish them (iCalendar,
//! RFC 5545), read for what capture needs: each event's day, its title and
//! place, its organizer and attendees (and who declined), whether it was
//! cancelled, and its identity (UID, and RECURRENCE-ID for a changed
//! occurrence of a series). Repeating events are expanded into their
//! occurrences up to a day (`until`): daily, weekly (on given weekdays),
//! monthly (on a day of the month or an nth weekday) and yearly, with
//! INTERVAL, COUNT, UNTIL and EXDATE. A rule kring does not read is
//! reported, not guessed.
//!
//! Only the day of an event matters to kring, and a time with a TZID is
//! already local in that zone (Outlook's `W. Europe Standard Time`, or
//! `Europe/Amsterdam`): its date is the date written. A UTC time is moved
//! to the Netherlands' day. No time-zone database is needed.
//!
//! The file is read twice, line by line: first for the occurrences that
//! were changed on their own (so the series leaves them out), then for the
//! events. An .ics of any size is read in the memory of one event.

use crate::domain::amsterdam;
use crate::{Error, Result};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Weekday};
use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::path::Path;

/// One occurrence of an event, as capture sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    pub uid: String,
    /// The day it happened (in the Netherlands for a UTC time).
    pub on: NaiveDate,
    /// The occurrence's own identity within its series: its original day.
    pub instance: Option<NaiveDate>,
    pub summary: String,
    pub location: String,
    /// The organizer's and the attendees' addresses (lower case), except
    /// attendees who declined.
    pub addresses: Vec<String>,
    /// Addresses of attendees who declined.
    pub declined: Vec<String>,
}

/// An event as read, or passed over with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalendarItem {
    Event(Occurrence),
    Skipped { place: String, reason: String },
}

/// The most occurrences one series gives (a daily meeting for ten years).
const MAX_OCCURRENCES: usize = 4000;

/// Read every occurrence up to `until` of every event of an .ics file.
pub fn read_calendar(path: &Path, until: NaiveDate, each: &mut dyn FnMut(CalendarItem) -> Result<()>) -> Result<()> {
    let mut changed: HashSet<(String, NaiveDate)> = HashSet::new();
    events(path, &mut |event, _| {
        if let (Some(uid), Some(instance)) = (&event.uid, event.recurrence_id) {
            changed.insert((uid.clone(), instance));
        }
        Ok(())
    })?;
    events(path, &mut |event, line| {
        occurrences(path, event, line, until, &changed, each)
    })
}

/// One VEVENT's properties as capture reads them.
#[derive(Debug, Default, Clone)]
struct Event {
    uid: Option<String>,
    start: Option<When>,
    recurrence_id: Option<NaiveDate>,
    rrule: Option<String>,
    exdates: Vec<NaiveDate>,
    cancelled: bool,
    summary: String,
    location: String,
    organizer: Option<String>,
    attendees: Vec<(String, bool)>,
}

/// A DTSTART: the day it is on (only the day matters to capture).
#[derive(Debug, Clone, Copy)]
struct When {
    on: NaiveDate,
}

/// The events of the file, each with the line it starts on.
fn events(path: &Path, each: &mut dyn FnMut(Event, u64) -> Result<()>) -> Result<()> {
    let file = std::fs::File::open(path).map_err(|e| read_error(path, &e))?;
    let mut reader = BufReader::new(file);
    let mut first = true;
    let mut line_no = 0u64;
    let mut logical = String::new();
    let mut logical_at = 0u64;
    let mut depth: Vec<String> = Vec::new();
    let mut event: Option<(Event, u64)> = None;
    let mut raw = Vec::new();
    loop {
        raw.clear();
        let read = reader.read_until(b'\n', &mut raw).map_err(|e| read_error(path, &e))?;
        let text = String::from_utf8_lossy(&raw);
        let text = text.trim_end_matches(['\r', '\n']);
        let text = if first {
            text.trim_start_matches('\u{feff}')
        } else {
            text
        };
        if first {
            if !text.to_ascii_uppercase().starts_with("BEGIN:VCALENDAR") {
                return Err(Error::invalid(crate::t!(
                    "err-calendar-not-ics",
                    file = path.display().to_string()
                )));
            }
            first = false;
        }
        // A line that starts with a space or tab continues the one before.
        if read > 0 && (text.starts_with(' ') || text.starts_with('\t')) {
            if logical.len() < 1 << 20 {
                logical.push_str(&text[1..]);
            }
            line_no += 1;
            continue;
        }
        if !logical.is_empty() {
            property(&std::mem::take(&mut logical), logical_at, &mut depth, &mut event, each)?;
        }
        if read == 0 {
            return Ok(());
        }
        line_no += 1;
        logical.push_str(text);
        logical_at = line_no;
    }
}

/// One unfolded line: BEGIN/END keep track of where it stands; inside a
/// VEVENT (not its alarms) the properties capture reads are kept.
fn property(
    line: &str,
    at: u64,
    depth: &mut Vec<String>,
    event: &mut Option<(Event, u64)>,
    each: &mut dyn FnMut(Event, u64) -> Result<()>,
) -> Result<()> {
    let (head, value) = line.split_once(':').unwrap_or((line, ""));
    let mut params = head.split(';');
    let name = params.next().unwrap_or("").to_ascii_uppercase();
    let params: Vec<(String, String)> = params
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| (k.to_ascii_uppercase(), v.trim_matches('"').to_string()))
        .collect();
    match name.as_str() {
        "BEGIN" => {
            let what = value.trim().to_ascii_uppercase();
            if what == "VEVENT" && depth.last().map(String::as_str) == Some("VCALENDAR") {
                *event = Some((Event::default(), at));
            }
            depth.push(what);
            return Ok(());
        }
        "END" => {
            let what = value.trim().to_ascii_uppercase();
            depth.pop();
            if what == "VEVENT" && depth.last().map(String::as_str) == Some("VCALENDAR") {
                if let Some((done, line)) = event.take() {
                    each(done, line)?;
                }
            }
            return Ok(());
        }
        _ => {}
    }
    if depth.last().map(String::as_str) != Some("VEVENT") {
        return Ok(());
    }
    let Some((event, _)) = event.as_mut() else {
        return Ok(());
    };
    let param = |key: &str| params.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    match name.as_str() {
        "UID" => event.uid = Some(value.trim().to_string()),
        "DTSTART" => event.start = when(value, param("VALUE")),
        "RECURRENCE-ID" => event.recurrence_id = when(value, param("VALUE")).map(|w| w.on),
        "RRULE" => event.rrule = Some(value.trim().to_string()),
        "EXDATE" => event
            .exdates
            .extend(value.split(',').filter_map(|v| when(v, param("VALUE")).map(|w| w.on))),
        "STATUS" => event.cancelled = value.trim().eq_ignore_ascii_case("CANCELLED"),
        "SUMMARY" => event.summary = unescape(value),
        "LOCATION" => event.location = unescape(value),
        "ORGANIZER" => event.organizer = mailto(value),
        "ATTENDEE" => {
            if let Some(address) = mailto(value).or_else(|| param("EMAIL").map(str::to_lowercase)) {
                let declined = param("PARTSTAT").is_some_and(|p| p.eq_ignore_ascii_case("DECLINED"));
                event.attendees.push((address, declined));
            }
        }
        _ => {}
    }
    Ok(())
}

fn mailto(value: &str) -> Option<String> {
    let value = value.trim();
    let address = value
        .get(..7)
        .filter(|p| p.eq_ignore_ascii_case("mailto:"))
        .map(|_| &value[7..])?;
    let address = address.trim().to_lowercase();
    (address.contains('@') && !address.chars().any(char::is_control)).then_some(address)
}

/// TEXT values: `\,` `\;` `\\` and `\n` as written.
fn unescape(value: &str) -> String {
    let text = value
        .replace("\\n", " ")
        .replace("\\N", " ")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\");
    crate::domain::capture::clean_subject(&text)
}

/// A DATE or DATE-TIME value: `20261126`, `20261126T140000`, `…Z`.
fn when(value: &str, kind: Option<&str>) -> Option<When> {
    let value = value.trim();
    let on = NaiveDate::parse_from_str(value.get(..8)?, "%Y%m%d").ok()?;
    if kind.is_some_and(|k| k.eq_ignore_ascii_case("DATE")) || value.len() == 8 {
        return Some(When { on });
    }
    let time = chrono::NaiveTime::parse_from_str(value.get(9..15)?, "%H%M%S").ok()?;
    if value.ends_with('Z') || value.ends_with('z') {
        let local = amsterdam::from_utc(NaiveDateTime::new(on, time));
        return Some(When { on: local.date() });
    }
    Some(When { on })
}

fn read_error(path: &Path, e: &std::io::Error) -> Error {
    Error::Io(crate::t!(
        "err-capture-read",
        file = path.display().to_string(),
        reason = e.to_string()
    ))
}

/// The occurrences of one event up to `until`, each handed on.
fn occurrences(
    path: &Path,
    event: Event,
    line: u64,
    until: NaiveDate,
    changed: &HashSet<(String, NaiveDate)>,
    each: &mut dyn FnMut(CalendarItem) -> Result<()>,
) -> Result<()> {
    let place = || crate::t!("calendar-place", file = path.display().to_string(), line = line as i64);
    let (Some(uid), Some(start)) = (event.uid.clone(), event.start) else {
        return each(CalendarItem::Skipped {
            place: place(),
            reason: crate::t!("calendar-skip-incomplete"),
        });
    };
    if event.cancelled {
        return Ok(());
    }
    let days = match (&event.rrule, event.recurrence_id) {
        (Some(rule), None) => match expand(rule, start.on, until) {
            Ok(days) => days,
            Err(part) => {
                return each(CalendarItem::Skipped {
                    place: place(),
                    reason: crate::t!("calendar-skip-rule", part = part),
                })
            }
        },
        _ => vec![start.on],
    };
    let mut addresses: Vec<String> = Vec::new();
    let mut declined = Vec::new();
    for (address, no) in event
        .organizer
        .iter()
        .map(|a| (a.clone(), false))
        .chain(event.attendees)
    {
        let list = if no { &mut declined } else { &mut addresses };
        if !list.contains(&address) {
            list.push(address);
        }
    }
    let series = event.rrule.is_some() && event.recurrence_id.is_none();
    for on in days {
        if on > until || event.exdates.contains(&on) || series && changed.contains(&(uid.clone(), on)) {
            continue;
        }
        each(CalendarItem::Event(Occurrence {
            uid: uid.clone(),
            on,
            instance: if series { Some(on) } else { event.recurrence_id },
            summary: event.summary.clone(),
            location: event.location.clone(),
            addresses: addresses.clone(),
            declined: declined.clone(),
        }))?;
    }
    Ok(())
}

/// A repeat rule as read: what it repeats by and where it stops.
struct Rule {
    freq: String,
    interval: i64,
    count: Option<usize>,
    last: NaiveDate,
    by_day: Vec<(i32, Weekday)>,
    by_month_day: Vec<u32>,
}

/// Read a rule; the part of it kring does not read as the error.
fn parse_rule(rule: &str, until: NaiveDate) -> std::result::Result<Rule, String> {
    let mut read = Rule {
        freq: String::new(),
        interval: 1,
        count: None,
        last: until,
        by_day: Vec::new(),
        by_month_day: Vec::new(),
    };
    for part in rule.split(';').filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').ok_or_else(|| part.to_string())?;
        let bad = || part.to_string();
        match key.to_ascii_uppercase().as_str() {
            "FREQ" => read.freq = value.to_ascii_uppercase(),
            "INTERVAL" => read.interval = value.parse().ok().filter(|i| *i > 0).ok_or_else(bad)?,
            "COUNT" => read.count = Some(value.parse().map_err(|_| bad())?),
            "UNTIL" => read.last = read.last.min(when(value, None).ok_or_else(bad)?.on),
            "BYDAY" => {
                for day in value.split(',') {
                    read.by_day.push(weekday(day).ok_or_else(bad)?);
                }
            }
            "BYMONTHDAY" => {
                for day in value.split(',') {
                    let day = day.parse().ok().filter(|d| (1..=31).contains(d)).ok_or_else(bad)?;
                    read.by_month_day.push(day);
                }
            }
            // The week's first day matters only to rules kring does not read.
            "WKST" => {}
            _ => return Err(part.to_string()),
        }
    }
    if read.freq.is_empty() {
        return Err("FREQ".to_string());
    }
    Ok(read)
}

/// The days a repeat rule gives from `start` up to `until`; the part of
/// a rule kring does not read as the error.
fn expand(rule: &str, start: NaiveDate, until: NaiveDate) -> std::result::Result<Vec<NaiveDate>, String> {
    let Rule {
        freq,
        interval,
        count,
        last,
        by_day,
        by_month_day,
    } = parse_rule(rule, until)?;
    let mut days = Vec::new();
    let push = |day: NaiveDate, days: &mut Vec<NaiveDate>| -> bool {
        if day < start {
            return true;
        }
        if day > last || count.is_some_and(|c| days.len() >= c) || days.len() >= MAX_OCCURRENCES {
            return false;
        }
        days.push(day);
        true
    };
    match freq.as_str() {
        "DAILY" => {
            let mut day = start;
            while push(day, &mut days) {
                day += Duration::days(interval);
            }
        }
        "WEEKLY" => {
            let week_start = start - Duration::days(i64::from(start.weekday().num_days_from_monday()));
            let weekdays: Vec<Weekday> = match by_day.is_empty() {
                true => vec![start.weekday()],
                false => by_day.iter().map(|(_, w)| *w).collect(),
            };
            let mut week = week_start;
            'weeks: loop {
                let mut in_week: Vec<NaiveDate> = weekdays
                    .iter()
                    .map(|w| week + Duration::days(i64::from(w.num_days_from_monday())))
                    .collect();
                in_week.sort();
                for day in in_week {
                    if !push(day, &mut days) {
                        break 'weeks;
                    }
                }
                week += Duration::weeks(interval);
            }
        }
        "MONTHLY" => {
            let mut month = NaiveDate::from_ymd_opt(start.year(), start.month(), 1).expect("a first day");
            'months: loop {
                for day in month_days(month, &by_day, &by_month_day, start.day()) {
                    if !push(day, &mut days) {
                        break 'months;
                    }
                }
                month = month + chrono::Months::new(interval as u32);
                if month > last {
                    break;
                }
            }
        }
        "YEARLY" => {
            let mut year = start.year();
            loop {
                let Some(day) = NaiveDate::from_ymd_opt(year, start.month(), start.day()) else {
                    year += interval as i32;
                    continue;
                };
                if !push(day, &mut days) {
                    break;
                }
                year += interval as i32;
            }
        }
        other => return Err(format!("FREQ={other}")),
    }
    Ok(days)
}

/// `TU`, `2TU`, `-1FR`.
fn weekday(text: &str) -> Option<(i32, Weekday)> {
    let text = text.trim().to_ascii_uppercase();
    let (n, day) = text.split_at(text.len().checked_sub(2)?);
    let n = if n.is_empty() { 0 } else { n.parse().ok()? };
    let day = match day {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    };
    Some((n, day))
}

/// The days of one month a MONTHLY rule gives, in order.
fn month_days(first: NaiveDate, by_day: &[(i32, Weekday)], by_month_day: &[u32], start_day: u32) -> Vec<NaiveDate> {
    let next = first + chrono::Months::new(1);
    let all: Vec<NaiveDate> = first.iter_days().take_while(|d| *d < next).collect();
    let mut days: Vec<NaiveDate> = if !by_day.is_empty() {
        by_day
            .iter()
            .flat_map(|(n, w)| {
                let of_day: Vec<NaiveDate> = all.iter().copied().filter(|d| d.weekday() == *w).collect();
                match *n {
                    0 => of_day,
                    n if n > 0 => of_day.get(n as usize - 1).copied().into_iter().collect(),
                    n => of_day
                        .len()
                        .checked_sub(n.unsigned_abs() as usize)
                        .and_then(|i| of_day.get(i).copied())
                        .into_iter()
                        .collect(),
                }
            })
            .collect()
    } else {
        let wanted = if by_month_day.is_empty() {
            vec![start_day]
        } else {
            by_month_day.to_vec()
        };
        all.iter().copied().filter(|d| wanted.contains(&d.day())).collect()
    };
    days.sort();
    days.dedup();
    days
}

#[cfg(test)]
mod tests;
