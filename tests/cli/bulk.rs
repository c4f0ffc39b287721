//! Bulk changes: one change to many companies, shown first, made in one
//! transaction and taken back with one undo — which leaves alone what a
//! colleague changed since, and names it.

use crate::Db;

/// Three companies in Zaandam, one of them already as the change asks.
fn three_in_zaandam(db: &Db) {
    db.seed();
    db.ok(&[
        "company",
        "add",
        "Bouwbedrijf Kok",
        "--city",
        "Zaandam",
        "--status",
        "prospect",
    ]);
    db.ok(&[
        "company",
        "add",
        "Drukkerij Zaanstad",
        "--city",
        "Zaandam",
        "--tag",
        "stagebedrijf",
    ]);
}

fn tags_of(db: &Db, company: &str) -> String {
    db.query(&format!(
        "SELECT coalesce(string_agg(t.name, ',' ORDER BY t.name), '') FROM company c JOIN company_tag ct ON ct.company_id = c.id
           JOIN tag t ON t.id = ct.tag_id WHERE c.name = '{company}'"
    ))
}

fn field(db: &Db, company: &str, column: &str) -> String {
    db.query(&format!(
        "SELECT coalesce(CAST({column} AS TEXT), '') FROM company WHERE name = '{company}'"
    ))
}

#[test]
fn a_bulk_change_is_shown_first_made_at_once_and_undone_whole() {
    let db = Db::new();
    three_in_zaandam(&db);
    let before = db.dump();
    let dry = db.ok(&[
        "bulk",
        "--companies",
        "city:Zaandam",
        "--add-tag",
        "stagebedrijf",
        "--set-cadence",
        "45",
        "--dry-run",
    ]);
    assert!(dry.contains("would change 3 companies"), "{dry}");
    assert!(dry.contains("+stagebedrijf") && dry.contains("→ 45"), "{dry}");
    assert_eq!(db.dump(), before, "a dry run changes nothing");
    // Not in a terminal and no --yes: shown, refused, nothing changed.
    db.fails(
        &["bulk", "--companies", "city:Zaandam", "--add-tag", "stagebedrijf"],
        "add --yes when not run in a terminal",
    );
    assert_eq!(db.dump(), before);

    let made = db.json(&[
        "bulk",
        "--companies",
        "city:Zaandam",
        "--add-tag",
        "stagebedrijf",
        "--set-status",
        "active",
        "--yes",
    ]);
    assert_eq!(made["change_id"], 1);
    assert_eq!(made["changed"].as_array().unwrap().len(), 3);
    for company in ["Machinefabriek De Zaan", "Bouwbedrijf Kok", "Drukkerij Zaanstad"] {
        assert!(tags_of(&db, company).contains("stagebedrijf"), "{company}");
        assert_eq!(field(&db, company, "status"), "active", "{company}");
    }
    let history = db.ok(&["history", "Bouwbedrijf Kok"]);
    assert!(history.contains("stagebedrijf"), "{history}");

    // A colleague sets one of them back to prospect meanwhile.
    db.ok(&[
        "--as",
        "Joost",
        "company",
        "edit",
        "Bouwbedrijf Kok",
        "--status",
        "prospect",
    ]);
    let undone = db.ok(&["bulk", "undo"]);
    assert!(
        undone.contains("Bouwbedrijf Kok") && undone.contains("Joost Mulder"),
        "{undone}"
    );
    assert!(
        undone.contains("2 companies as before, 1 changed by a colleague"),
        "{undone}"
    );
    // De Zaan was active with its techniek tag before: so it stays, without the new tag.
    assert_eq!(field(&db, "Machinefabriek De Zaan", "status"), "active");
    assert_eq!(tags_of(&db, "Machinefabriek De Zaan"), "techniek");
    // Drukkerij had stagebedrijf already: the undo leaves that tag.
    assert_eq!(tags_of(&db, "Drukkerij Zaanstad"), "stagebedrijf");
    assert_eq!(field(&db, "Drukkerij Zaanstad", "status"), "prospect");
    // Kok: Joost's status stays; the rest of the change on it too.
    assert_eq!(field(&db, "Bouwbedrijf Kok", "status"), "prospect");
    assert_eq!(tags_of(&db, "Bouwbedrijf Kok"), "stagebedrijf");

    db.fails(&["bulk", "undo", "1"], "undone already");
    db.fails(&["bulk", "undo"], "no bulk change to undo");
    let listed = db.json(&["bulk", "list"]);
    assert_eq!(listed[0]["companies"], 3);
    assert!(listed[0]["undone_at"].is_string());
}

#[test]
fn a_wrong_filter_or_change_is_said_and_changes_nothing() {
    let db = Db::new();
    three_in_zaandam(&db);
    let before = db.dump();
    db.fails(
        &["bulk", "--companies", "colour:red", "--add-tag", "x", "--yes"],
        "'colour:red' is not a filter word",
    );
    db.fails(
        &["bulk", "--companies", "status:busy", "--add-tag", "x", "--yes"],
        "busy",
    );
    db.fails(&["bulk", "--companies", "city:Zaandam", "--yes"], "say what to change");
    db.fails(
        &["bulk", "--companies", "owner:Nobody", "--add-tag", "x", "--yes"],
        "Nobody",
    );
    db.fails(
        &["bulk", "--companies", "*", "--set-cadence", "100000", "--yes"],
        "cadence",
    );
    db.fails(
        &["bulk", "--companies", "", "--add-tag", "x", "--yes"],
        "say which companies",
    );
    assert_eq!(db.dump(), before);
    // Nothing to do is said, and no change is kept.
    let same = db.ok(&[
        "bulk",
        "--companies",
        "Machinefabriek",
        "--set-status",
        "active",
        "--yes",
    ]);
    assert!(same.contains("already"), "{same}");
    assert_eq!(db.query("SELECT count(*) FROM bulk_change"), "0");
}

#[test]
fn every_company_and_dutch_words() {
    let db = Db::new();
    three_in_zaandam(&db);
    db.ok(&["company", "archive", "Drukkerij Zaanstad"]);
    let archived_owner = field(&db, "Drukkerij Zaanstad", "owner_id");
    let made = db.json(&["bulk", "--companies", "*", "--set-owner", "Joost", "--yes"]);
    // Archived companies are not in a selection.
    assert_eq!(made["changed"].as_array().unwrap().len(), 3, "{made}");
    assert_eq!(field(&db, "Drukkerij Zaanstad", "owner_id"), archived_owner);
    assert!(!made.to_string().contains("Drukkerij"), "{made}");
    let nl = db.ok(&[
        "--lang",
        "nl",
        "bulk",
        "--companies",
        "plaats:Zaandam status:actief",
        "--remove-tag",
        "techniek",
        "--dry-run",
    ]);
    assert!(nl.contains("zou 1 bedrijf wijzigen"), "{nl}");
    assert!(nl.contains("-techniek"), "{nl}");
}
