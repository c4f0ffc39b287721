//! iCalendar (RFC 5545) for circle meetings, so they land in Outlook,
//! Thunderbird or khal. Times are local to Europe/Amsterdam, with the zone
//! described in the file (VTIMEZONE), lines folded at 75 octets, CRLF.

use crate::domain::uid;
use crate::model::circles::Meeting;
use chrono::{Duration, NaiveDateTime};

/// How long a meeting is taken to last when nothing says otherwise.
const MEETING_HOURS: i64 = 2;

const AMSTERDAM: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// A meeting's invitees for `--with-attendees`: (name, e-mail).
pub type Guests = std::collections::HashMap<crate::model::Id, Vec<(String, String)>>;

/// The start of a calendar file. `METHOD:PUBLISH`: a calendar to subscribe
/// to or import; `METHOD:REQUEST` where events invite attendees (RFC 5546:
/// PUBLISH carries no attendees; a REQUEST names its ORGANIZER).
pub fn calendar_start() -> String {
    calendar_with_method("PUBLISH")
}

fn calendar_with_method(method: &str) -> String {
    format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//kring//kring//NL\r\nCALSCALE:GREGORIAN\r\nMETHOD:{method}\r\n")
}

/// Who sends the invitations of a calendar with attendees.
#[derive(Debug, Clone)]
pub struct Organizer {
    pub name: String,
    pub email: String,
}

/// The revision of every event in an export: a calendar takes an event with
/// a higher SEQUENCE as the newer, so each export supersedes the ones before
/// it. Minutes since 2020 of the export's `stamp` (`YYYYMMDDTHHMMSSZ`).
fn sequence(stamp: &str) -> i64 {
    chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%SZ")
        .ok()
        .zip(chrono::NaiveDate::from_ymd_opt(2020, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0)))
        .map_or(0, |(at, epoch)| (at - epoch).num_minutes().max(0))
}

/// A calendar with one event per meeting. `stamp` is the UTC time of export
/// (`YYYYMMDDTHHMMSSZ`); UIDs are derived from `database_id`, so the same
/// meeting replaces itself in a calendar on the next import. Guests become
/// `ATTENDEE`s asked to reply, so the file can serve as an invitation.
pub fn meetings(
    meetings: &[Meeting],
    guests: &Guests,
    organizer: Option<&Organizer>,
    database_id: &str,
    stamp: &str,
) -> String {
    let mut out = match organizer {
        Some(_) => calendar_with_method("REQUEST"),
        None => calendar_start(),
    };
    out.push_str(AMSTERDAM);
    for m in meetings {
        let Ok(start) = NaiveDateTime::parse_from_str(&m.starts_at, "%Y-%m-%d %H:%M") else {
            continue;
        };
        // Real time: a meeting across a change of the clocks lasts as long.
        let end = crate::domain::amsterdam::after(start, Duration::hours(MEETING_HOURS))
            .unwrap_or(start + Duration::hours(MEETING_HOURS));
        out.push_str("BEGIN:VEVENT\r\n");
        line(
            &mut out,
            &format!("UID:{}", uid::derive(database_id, uid::Kind::Meeting, m.id)),
        );
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(&mut out, &format!("SEQUENCE:{}", sequence(stamp)));
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
        let invited = guests.get(&m.id).is_some_and(|g| !g.is_empty());
        if let (true, Some(organizer), Some(email)) = (invited, organizer, organizer.and_then(|o| address(&o.email))) {
            line(
                &mut out,
                &format!("ORGANIZER;CN=\"{}\":mailto:{email}", parameter(&organizer.name)),
            );
        }
        for (name, email) in guests.get(&m.id).into_iter().flatten() {
            let Some(email) = address(email) else { continue };
            line(
                &mut out,
                &format!(
                    "ATTENDEE;CN=\"{}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{email}",
                    parameter(name)
                ),
            );
        }
        out.push_str("END:VEVENT\r\n");
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

/// How follow-ups go into a calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowupForm {
    /// All-day events on the due date: what Outlook shows (it ignores to-dos
    /// in an imported file).
    Event,
    /// To-dos with a due date, for clients with a task list (Thunderbird, khal).
    Todo,
}

/// Open follow-ups, each on its due date, as "Company — action", with the
/// note of the interaction it came from as the description: written one
/// at a time, [`calendar_start`], a [`followup`] each, then [`CALENDAR_END`].
pub const CALENDAR_END: &str = "END:VCALENDAR\r\n";

/// One follow-up as an event or a to-do, appended to `out`. `stamp` is the
/// UTC time of export.
pub fn followup(
    out: &mut String,
    f: &crate::model::followups::FollowupRow,
    note: Option<&str>,
    form: FollowupForm,
    database_id: &str,
    stamp: &str,
) {
    let (component, kind) = match form {
        FollowupForm::Event => ("VEVENT", uid::Kind::Followup),
        FollowupForm::Todo => ("VTODO", uid::Kind::FollowupTodo),
    };
    out.push_str(&format!("BEGIN:{component}\r\n"));
    line(out, &format!("UID:{}", uid::derive(database_id, kind, f.id)));
    line(out, &format!("DTSTAMP:{stamp}"));
    line(out, &format!("SEQUENCE:{}", sequence(stamp)));
    let due = f.due.format("%Y%m%d");
    match form {
        FollowupForm::Event => {
            let next = (f.due + Duration::days(1)).format("%Y%m%d");
            line(out, &format!("DTSTART;VALUE=DATE:{due}"));
            line(out, &format!("DTEND;VALUE=DATE:{next}"));
            // A reminder on the day, not a busy block in the agenda.
            line(out, "TRANSP:TRANSPARENT");
        }
        FollowupForm::Todo => line(out, &format!("DUE;VALUE=DATE:{due}")),
    }
    // A follow-up that comes back: the calendar shows the series.
    if let Some(every) = f.every.as_deref().and_then(crate::domain::recurrence::Every::parse) {
        let until = f
            .repeat_until
            .as_deref()
            .map(|u| format!(";UNTIL={}", u.replace('-', "")))
            .unwrap_or_default();
        line(out, &format!("RRULE:{}{until}", every.rrule()));
    }
    line(
        out,
        &format!("SUMMARY:{}", escape(&format!("{} — {}", f.company, f.action))),
    );
    let mut description = note.unwrap_or_default().to_string();
    if !description.is_empty() {
        description.push_str("\n\n");
    }
    description.push_str(&crate::t!("ics-followup", id = f.id));
    if let Some(person) = &f.person {
        description.push('\n');
        description.push_str(&crate::t!("ics-contact", name = person.as_str()));
    }
    if let Some(staff) = &f.staff {
        description.push('\n');
        description.push_str(&crate::t!("ics-for", name = staff.as_str()));
    }
    line(out, &format!("DESCRIPTION:{}", escape(&description)));
    if form == FollowupForm::Todo {
        line(out, "STATUS:NEEDS-ACTION");
    }
    out.push_str(&format!("END:{component}\r\n"));
}

/// A parameter value (RFC 5545 3.2): no quotes and no control characters,
/// so stored text cannot end the parameter or the line.
fn parameter(text: &str) -> String {
    text.chars()
        .filter(|c| *c != '"' && !c.is_control() && !crate::domain::text::is_unsafe(*c))
        .collect()
}

/// An e-mail address fit for a `mailto:` URI, or none when it holds what a
/// URI cannot (spaces, quotes, control characters).
fn address(email: &str) -> Option<&str> {
    let email = email.trim();
    let fits = email.contains('@')
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\'));
    fits.then_some(email)
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
