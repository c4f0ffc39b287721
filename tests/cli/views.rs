//! Saved views and the people filters they are made of: a listing kept by
//! name, run again by anyone on the team, never anything that changes.

use crate::Db;

fn names(value: &serde_json::Value) -> Vec<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn people_are_listed_by_role_topic_tag_and_contact() {
    let db = Db::new();
    db.seed();
    db.ok(&["company", "add", "Bakkerij Jansen", "--tag", "food"]);
    db.ok(&["person", "add", "Kees Jansen", "--company", "jansen", "--role", "owner"]);
    db.ok(&[
        "person",
        "add",
        "Mila Jansen",
        "--company",
        "jansen",
        "--role",
        "praktijkopleider",
    ]);
    db.ok(&["person", "edit", "kees", "--topic", "brood bakken"]);
    db.ok(&["person", "edit", "mila", "--do-not-contact", "true"]);
    db.ok(&[
        "log",
        "zaan",
        "--kind",
        "call",
        "--with",
        "noelle",
        "--on",
        "2026-10-01",
        "--note",
        "Bellen",
    ]);
    let trainers = db.json(&["person", "list", "--role", "praktijkopleider"]);
    assert_eq!(names(&trainers), ["Mila Jansen", "Noëlle de Vries"]);
    let quiet = db.json(&[
        "person",
        "list",
        "--role",
        "praktijkopleider",
        "--no-contact-since",
        "2026-08-01",
    ]);
    assert_eq!(names(&quiet), ["Mila Jansen"], "Noëlle was called in October");
    assert_eq!(
        names(&db.json(&["person", "list", "--topic", "brood"])),
        ["Kees Jansen"]
    );
    assert_eq!(
        names(&db.json(&["person", "list", "--tag", "techniek"])),
        ["Noëlle de Vries"]
    );
    assert_eq!(
        names(&db.json(&["person", "list", "--do-not-contact"])),
        ["Mila Jansen"]
    );
    db.fails(&["person", "list", "--role", "baas"], "baas");
    db.fails(
        &["person", "list", "--no-contact-since", "gisteren-ish"],
        "gisteren-ish",
    );
}

#[test]
fn a_view_keeps_a_listing_and_runs_it_again() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "person",
        "add",
        "Mila Jansen",
        "--company",
        "zaan",
        "--role",
        "praktijkopleider",
    ]);
    db.ok(&[
        "log",
        "zaan",
        "--kind",
        "call",
        "--with",
        "noelle",
        "--on",
        "2026-10-01",
        "--note",
        "Bellen",
    ]);
    let saved = db.ok(&[
        "view",
        "save",
        "Praktijkopleiders zonder contact",
        "--",
        "person",
        "list",
        "--role",
        "praktijkopleider",
        "--no-contact-since",
        "2026-08-01",
    ]);
    assert!(saved.contains("kept"), "{saved}");
    let ran = db.json(&["view", "praktijkopleiders zonder contact"]);
    assert_eq!(names(&ran), ["Mila Jansen"]);
    let extra = db.ok(&["view", "Praktijkopleiders zonder contact", "--limit", "1"]);
    assert!(extra.contains("Mila Jansen"), "{extra}");
    let listed = db.ok(&["view", "list"]);
    assert!(listed.contains("kring person list --role praktijkopleider"), "{listed}");
    db.fails(
        &[
            "view",
            "save",
            "Praktijkopleiders zonder contact",
            "--",
            "person",
            "list",
        ],
        "--replace",
    );
    db.ok(&[
        "view",
        "save",
        "Praktijkopleiders zonder contact",
        "--replace",
        "--",
        "person",
        "list",
    ]);
    assert_eq!(names(&db.json(&["view", "praktijkopleiders zonder contact"])).len(), 2);
    db.ok(&["view", "delete", "praktijkopleiders zonder contact"]);
    db.fails(&["view", "praktijkopleiders zonder contact"], "view");
}

/// A view is run by colleagues: it keeps listings only, checked when it is
/// saved and again when it runs (a view written into the database by other
/// means is refused, and changes nothing).
#[test]
fn a_view_never_changes_anything() {
    let db = Db::new();
    db.seed();
    for change in [
        vec!["company", "archive", "zaan"],
        vec!["person", "erase", "noelle", "--yes"],
        vec!["health", "--snapshot"],
        vec!["--db", "/tmp/other.sqlite", "company", "list"],
        vec!["view", "list"],
    ] {
        let mut args = vec!["view", "save", "sneaky", "--"];
        args.extend(change);
        db.fails(&args, "a view keeps a listing only");
    }
    db.ok(&["view", "save", "sneaky", "--", "company", "list"]);
    db.execute(
        "UPDATE saved_view SET command = ?1",
        &[r#"["person","erase","noelle","--yes"]"#],
    );
    let before = db.dump();
    db.fails(&["view", "sneaky"], "a view keeps a listing only");
    assert_eq!(before, db.dump(), "nothing changed");
    db.fails(
        &["view", "save", "x", "--", "company", "list", "--nonsense"],
        "--nonsense",
    );
    let nl = db
        .cmd()
        .args(["--lang", "nl", "view", "save", "x", "--", "company", "archive", "zaan"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&nl.stderr).contains("een weergave bewaart alleen een lijst"));
}

/// Views with rows to show are on Today, counted as `kring view NAME`
/// lists them; a view with none, or one of another command, is not.
#[test]
fn todays_views_count_what_the_view_lists() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "company",
        "add",
        "Bakkerij Jansen",
        "--tag",
        "food",
        "--status",
        "active",
    ]);
    db.ok(&[
        "person",
        "add",
        "Mila Jansen",
        "--company",
        "jansen",
        "--role",
        "praktijkopleider",
    ]);
    db.ok(&[
        "view",
        "save",
        "Praktijkopleiders zonder contact",
        "--",
        "person",
        "list",
        "--role",
        "praktijkopleider",
        "--no-contact-since",
        "-1y",
    ]);
    db.ok(&[
        "view", "save", "Actief", "--", "company", "list", "--status", "active", "--sort", "city",
    ]);
    db.ok(&["view", "save", "Niemand", "--", "person", "list", "--search", "zzzz"]);
    db.ok(&["view", "save", "Achterstand", "--", "followup", "list", "--overdue"]);
    let today = db.json(&["today"]);
    let views = today["views"].as_array().unwrap();
    let shown: Vec<(&str, u64)> = views
        .iter()
        .map(|v| (v["name"].as_str().unwrap(), v["count"].as_u64().unwrap()))
        .collect();
    for (name, count) in &shown {
        let listed = db.json(&["view", name]).as_array().unwrap().len() as u64;
        assert_eq!(*count, listed, "{name}: Today counts what the view lists");
    }
    assert_eq!(
        shown.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
        ["Actief", "Praktijkopleiders zonder contact"],
        "a view with nothing to show, or of another command, stays off Today"
    );
    let text = db.ok(&["today"]);
    assert!(
        text.contains("Saved views") && text.contains("Praktijkopleiders zonder contact: 2"),
        "{text}"
    );
}
