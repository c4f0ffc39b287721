//! iCalendar (RFC 5545) for circle meetings, so they land in Outlook,
//! Thunderbird or khal. Times are local to Europe/Amsterdam, with the zone
//! described in the file (VTIMEZONE), lines folded at 75 octets, CRLF.

use crate::model::circles::Meeting;
use chrono::{Duration, NaiveDateTime};

/// How long a meeting is taken to last when nothing says otherwise.
const MEETING_HOURS: i64 = 2;

const AMSTERDAM: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// A calendar with one event per meeting. `stamp` is the UTC time of export
/// (`YYYYMMDDTHHMMSSZ`).
pub fn meetings(meetings: &[Meeting], stamp: &str) -> String {
    let mut out =
        String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//kring//kring//NL\r\nCALSCALE:GREGORIAN\r\n");
    out.push_str(AMSTERDAM);
    for m in meetings {
        let Ok(start) = NaiveDateTime::parse_from_str(&m.starts_at, "%Y-%m-%d %H:%M") else {
            continue;
        };
        // Real time: a meeting across a change of the clocks lasts as long.
        let end = crate::domain::amsterdam::after(start, Duration::hours(MEETING_HOURS))
            .unwrap_or(start + Duration::hours(MEETING_HOURS));
        out.push_str("BEGIN:VEVENT\r\n");
        line(&mut out, &format!("UID:kring-meeting-{}@kring", m.id));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(
            &mut out,
            &format!("DTSTART;TZID=Europe/Amsterdam:{}", start.format("%Y%m%dT%H%M%S")),
        );
        line(
            &mut out,
            &format!("DTEND;TZID=Europe/Amsterdam:{}", end.format("%Y%m%dT%H%M%S")),
        );
        line(&mut out, &format!("SUMMARY:{}", escape(&m.circle)));
        if let Some(place) = &m.place {
            line(&mut out, &format!("LOCATION:{}", escape(place)));
        }
        if let Some(agenda) = &m.agenda {
            line(&mut out, &format!("DESCRIPTION:{}", escape(agenda)));
        }
        out.push_str("END:VEVENT\r\n");
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

/// Open follow-ups as to-dos (VTODO) with a due date, so they land in a
/// calendar's task list. `stamp` is the UTC time of export.
pub fn followups(rows: &[crate::model::followups::FollowupRow], stamp: &str) -> String {
    let mut out =
        String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//kring//kring//NL\r\nCALSCALE:GREGORIAN\r\n");
    for f in rows {
        out.push_str("BEGIN:VTODO\r\n");
        line(&mut out, &format!("UID:kring-followup-{}@kring", f.id));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(&mut out, &format!("DUE;VALUE=DATE:{}", f.due.format("%Y%m%d")));
        line(
            &mut out,
            &format!("SUMMARY:{}", escape(&format!("{} — {}", f.action, f.company))),
        );
        let mut description = format!("kring follow-up #{}", f.id);
        if let Some(person) = &f.person {
            description.push_str(&format!("\ncontact: {person}"));
        }
        if let Some(staff) = &f.staff {
            description.push_str(&format!("\nfor: {staff}"));
        }
        line(&mut out, &format!("DESCRIPTION:{}", escape(&description)));
        line(&mut out, "STATUS:NEEDS-ACTION");
        out.push_str("END:VTODO\r\n");
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

/// Text values escape backslash, semicolon, comma and line breaks (RFC 5545
/// 3.3.11, RFC 6350 3.4). Every line break — CR LF, a lone LF or a lone CR —
/// becomes `\\n`, and every other control character but tab is dropped: a
/// raw CR would end the content line in a reader and let stored text forge
/// properties (an extra ATTENDEE, a second VEVENT, an EMAIL).
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if crate::domain::text::is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Append a content line, folded so no line exceeds 75 octets (3.1),
/// never splitting a UTF-8 character.
pub(crate) fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for ch in content.chars() {
        let len = ch.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_on_character_boundaries() {
        let mut out = String::new();
        line(&mut out, &format!("SUMMARY:{}", "Coöperatie ".repeat(12)));
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets: {physical:?}", physical.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(
            unfolded.trim_end(),
            format!("SUMMARY:{}", "Coöperatie ".repeat(12)).trim_end()
        );
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        assert_eq!(escape("a\rATTENDEE:x\r\nb\u{1b}[2J\u{0}c"), "a\\nATTENDEE:x\\nb[2Jc");
    }
}
