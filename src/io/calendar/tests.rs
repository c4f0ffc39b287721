use super::*;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/calendar")
        .join(name)
}

fn all(path: &Path, until: &str) -> Vec<CalendarItem> {
    let mut items = Vec::new();
    read_calendar(path, day(until), &mut |item| {
        items.push(item);
        Ok(())
    })
    .unwrap();
    items
}

fn events(items: &[CalendarItem]) -> Vec<&Occurrence> {
    items
        .iter()
        .filter_map(|i| match i {
            CalendarItem::Event(o) => Some(o),
            CalendarItem::Skipped { .. } => None,
        })
        .collect()
}

#[test]
fn outlooks_series_its_exception_and_its_moved_occurrence() {
    let items = all(&fixture("outlook.ics"), "2026-11-26");
    let events = events(&items);
    let days: Vec<(String, &str)> = events.iter().map(|e| (e.on.to_string(), e.summary.as_str())).collect();
    assert_eq!(
        days,
        vec![
            ("2026-10-20".to_string(), "Projectoverleg stage Korenschoof"),
            ("2026-11-18".to_string(), "Projectoverleg stage Korenschoof (bij hen)"),
            ("2026-11-25".to_string(), "Lunch met Piet"),
            ("2026-11-23".to_string(), "Tandarts"),
        ],
        "the exdate, the moved occurrence's own day, no cancelled and no future event"
    );
    let first = events[0];
    assert!(
        first.uid.ends_with("A1B2C3D4E5F60718293A4B5C6D7E8F90"),
        "a folded UID is unfolded"
    );
    assert_eq!(first.addresses, vec!["s.bakker@school.nl", "noelle@korenschoof.nl"]);
    assert_eq!(first.instance, Some(day("2026-10-20")));
    assert_eq!(
        events[1].instance,
        Some(day("2026-11-17")),
        "the moved one keeps its identity"
    );
    assert_eq!(events[1].location, "Molenstraat 12, Zaandam");
    assert_eq!(events[2].declined, vec!["s.bakker@school.nl"]);
}

#[test]
fn googles_utc_times_monthly_rule_and_all_day_event() {
    let items = all(&fixture("google.ics"), "2026-11-26");
    let days: Vec<String> = events(&items).iter().map(|e| e.on.to_string()).collect();
    assert_eq!(
        days,
        vec!["2026-09-08", "2026-10-13", "2026-11-10", "2026-11-19"],
        "the second Tuesday of each month, then the all-day event"
    );
    assert!(
        items
            .iter()
            .any(|i| matches!(i, CalendarItem::Skipped { reason, .. } if reason.contains("FREQ=HOURLY"))),
        "a rule kring does not read is said: {items:?}"
    );
}

#[test]
fn rules_expand_as_calendars_do() {
    let days = |rule: &str, start: &str, until: &str| -> Vec<String> {
        expand(rule, day(start), day(until))
            .unwrap()
            .iter()
            .map(|d| d.to_string())
            .collect()
    };
    assert_eq!(
        days("FREQ=DAILY;COUNT=3", "2026-11-01", "2026-12-31"),
        ["2026-11-01", "2026-11-02", "2026-11-03"]
    );
    assert_eq!(
        days("FREQ=WEEKLY;BYDAY=MO,WE", "2026-11-04", "2026-11-16"),
        ["2026-11-04", "2026-11-09", "2026-11-11", "2026-11-16"]
    );
    assert_eq!(
        days("FREQ=MONTHLY;BYDAY=-1FR", "2026-10-30", "2026-12-31"),
        ["2026-10-30", "2026-11-27", "2026-12-25"]
    );
    assert_eq!(
        days("FREQ=MONTHLY;BYMONTHDAY=31", "2026-10-31", "2027-01-31"),
        ["2026-10-31", "2026-12-31", "2027-01-31"]
    );
    assert_eq!(
        days("FREQ=YEARLY", "2024-02-29", "2029-01-01"),
        ["2024-02-29", "2028-02-29"]
    );
    assert_eq!(days("FREQ=DAILY;UNTIL=20261103", "2026-11-01", "2026-12-31").len(), 3);
    assert_eq!(days("FREQ=DAILY", "2000-01-01", "2099-01-01").len(), MAX_OCCURRENCES);
    assert_eq!(
        expand("FREQ=MONTHLY;BYSETPOS=-1", day("2026-01-01"), day("2026-12-31")),
        Err("BYSETPOS=-1".into())
    );
}

#[test]
fn a_file_that_is_no_calendar_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mail.eml");
    std::fs::write(&path, "From: a@b.nl\r\n\r\n").unwrap();
    let err = read_calendar(&path, day("2026-11-26"), &mut |_| Ok(())).unwrap_err();
    assert!(err.to_string().contains("not an iCalendar file"), "{err}");
}

#[test]
fn hostile_calendars_are_read_without_harm() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evil.ics");
    let mut text = String::from("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261101T100000\r\n");
    text.push_str("SUMMARY:a\\nb\x1b[2J\r\n");
    // A line folded a million times does not grow past a megabyte.
    for _ in 0..200_000 {
        text.push_str(" xxxxxxxxxx\r\n");
    }
    text.push_str("ATTENDEE:mailto:a@b.nl\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:no uid\r\nEND:VEVENT\r\n");
    text.push_str("BEGIN:VEVENT\r\nUID:y\r\nDTSTART:garbage\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    std::fs::write(&path, text).unwrap();
    let items = all(&path, "2026-11-26");
    assert_eq!(items.len(), 3, "{items:?}");
    match &items[0] {
        CalendarItem::Event(e) => {
            assert!(e.summary.starts_with("a b [2J"), "{}", &e.summary[..20]);
            assert!(e.summary.chars().count() <= 201);
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(&items[1], CalendarItem::Skipped { place, .. } if place.contains("line")));
}
