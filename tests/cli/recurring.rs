//! Follow-ups that come back (issue 42): `followup add --every`, done makes
//! the next, counted from the series' first day; reopen takes it back;
//! `followup stop` ends the series. On a file and, with KRING_TEST_DB, a server.

use super::Db;

fn open_of(db: &Db, action: &str) -> Vec<serde_json::Value> {
    db.json(&["followup", "list"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["action"] == action)
        .cloned()
        .collect()
}

#[test]
fn a_monthly_follow_up_on_the_31st_comes_back_on_each_months_last_day() {
    let db = Db::new();
    db.seed();
    let made = db.json(&[
        "followup",
        "add",
        "zaan",
        "--due",
        "2027-01-31",
        "--action",
        "Maandoverleg",
        "--every",
        "1m",
        "--until",
        "2027-04-30",
    ]);
    assert_eq!(made["every"], "1m");
    let mut dues = Vec::new();
    for _ in 0..4 {
        let open = open_of(&db, "Maandoverleg");
        assert_eq!(open.len(), 1, "one open at a time: {open:?}");
        dues.push(open[0]["due"].as_str().unwrap().to_string());
        db.ok(&["followup", "done", &open[0]["id"].to_string()]);
    }
    assert_eq!(dues, ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"]);
    assert!(
        open_of(&db, "Maandoverleg").is_empty(),
        "the series ended on its last day"
    );
}

#[test]
fn done_says_the_next_and_reopen_takes_it_back() {
    let db = Db::new();
    db.seed();
    let made = db.json(&[
        "followup",
        "add",
        "zaan",
        "--due",
        "2026-11-30",
        "--action",
        "Projectteam",
        "--every",
        "2w",
    ]);
    let id = made["id"].to_string();
    let said = db.ok(&["followup", "done", &id]);
    assert!(
        said.contains("next in the series") && said.contains("2026-12-14"),
        "{said}"
    );
    assert_eq!(open_of(&db, "Projectteam")[0]["due"], "2026-12-14");
    db.ok(&["followup", "reopen", &id]);
    let open = open_of(&db, "Projectteam");
    assert_eq!(open.len(), 1, "{open:?}");
    assert_eq!(open[0]["due"], "2026-11-30");
    // Stopped, the series makes no next one.
    db.ok(&["followup", "stop", &id]);
    db.ok(&["followup", "done", &id]);
    assert!(open_of(&db, "Projectteam").is_empty());
    let once = db.json(&["followup", "add", "zaan", "--due", "+1w", "--action", "Eenmalig"]);
    db.fails(&["followup", "stop", &once["id"].to_string()], "does not come back");
}

#[test]
fn a_wrong_period_or_an_end_before_the_start_is_refused() {
    let db = Db::new();
    db.seed();
    db.fails(
        &[
            "followup", "add", "zaan", "--due", "+1w", "--action", "X", "--every", "soms",
        ],
        "soms",
    );
    db.fails(
        &[
            "followup",
            "add",
            "zaan",
            "--due",
            "2027-02-01",
            "--action",
            "X",
            "--every",
            "1w",
            "--until",
            "2027-01-01",
        ],
        "end before",
    );
}

#[test]
fn the_calendar_export_carries_the_series_as_a_rule() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "followup",
        "add",
        "zaan",
        "--due",
        "2026-12-01",
        "--action",
        "Projectteam",
        "--every",
        "2w",
        "--until",
        "2027-06-30",
    ]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("acties.ics");
    db.ok(&["export", "followups", "--format", "ics", "-o", file.to_str().unwrap()]);
    let ics = std::fs::read_to_string(&file).unwrap();
    assert!(ics.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20270630\r\n"), "{ics}");
}

/// The fortnightly project team is one command: a series of meetings at the
/// same local time across the change of the clocks, to the end of the school
/// year or a day given; a series with a time the clocks skip is refused
/// whole.
#[test]
fn a_fortnightly_meeting_is_one_command() {
    let db = Db::new();
    db.ok(&["circle", "add", "Projectteam Duurzaam Bouwen"]);
    let planned = db.json(&[
        "meeting",
        "add",
        "projectteam",
        "--on",
        "2026-10-15",
        "--time",
        "15:30",
        "--every",
        "2w",
        "--until",
        "2026-12-31",
    ]);
    let ids = planned["meetings"].as_array().unwrap();
    assert_eq!(
        ids.len(),
        6,
        "15 Oct, 29 Oct, 12 Nov, 26 Nov, 10 Dec, 24 Dec: {planned}"
    );
    let meetings = db.json(&["meeting", "list", "--circle", "projectteam"]);
    let starts: Vec<&str> = meetings
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["starts_at"].as_str().unwrap())
        .collect();
    assert!(
        starts.contains(&"2026-10-29 15:30"),
        "after the clocks went back, still 15:30: {starts:?}"
    );
    assert!(starts.contains(&"2026-12-24 15:30"), "{starts:?}");
    let said = db.ok(&["meeting", "add", "projectteam", "--on", "2027-01-07", "--every", "1m"]);
    assert!(
        said.contains("planned 7 meetings from 2027-01-07 to 2027-07-07"),
        "to the end of the school year: {said}"
    );
    // 28 March 2027: the clocks skip 02:00–03:00; a series meeting at 02:30 is refused whole.
    let before = db.dump();
    db.fails(
        &[
            "meeting",
            "add",
            "projectteam",
            "--on",
            "2027-03-14",
            "--time",
            "02:30",
            "--every",
            "1w",
            "--until",
            "2027-04-30",
        ],
        "2027-03-28 02:30 does not exist",
    );
    assert_eq!(before, db.dump(), "nothing planned");
    db.fails(
        &[
            "meeting",
            "add",
            "projectteam",
            "--on",
            "2027-01-07",
            "--every",
            "fortnightly",
        ],
        "fortnightly",
    );
    db.fails(
        &[
            "meeting",
            "add",
            "projectteam",
            "--on",
            "2027-01-07",
            "--every",
            "1d",
            "--until",
            "2028-01-01",
        ],
        "more than 104",
    );
    db.fails(
        &[
            "meeting",
            "add",
            "projectteam",
            "--on",
            "2027-01-07",
            "--until",
            "2027-02-01",
        ],
        "--every",
    );
}
