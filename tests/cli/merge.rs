//! Duplicates and merging.

use super::Db;

#[test]
fn duplicates_are_listed_and_merged_with_everything_moved() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "company",
        "add",
        "De Zaan Machinefabriek B.V.",
        "--city",
        "Zaandam",
        "--website",
        "dezaan.nl",
        "--tag",
        "metaal",
    ]);
    db.ok(&[
        "person",
        "add",
        "Piet Smit",
        "--company",
        "3",
        "--email",
        "piet@dezaan.nl",
    ]);
    db.ok(&[
        "log",
        "3",
        "--kind",
        "visit",
        "--note",
        "Rondleiding gehad",
        "--follow-up",
        "2026-12-10",
        "--action",
        "offerte sturen",
    ]);
    db.ok(&["circle", "add", "Techniekkring"]);
    db.ok(&["circle", "join", "Techniekkring", "3"]);
    let found = db.json(&["duplicates", "--companies"]);
    assert_eq!(found[0]["ids"], serde_json::json!([1, 3]));
    assert_eq!(found[0]["reason"], "similar names in zaandam");

    let done = db.json(&["merge", "1", "3", "--yes"]);
    assert_eq!(done["moved"]["people"], 1);
    assert_eq!(done["moved"]["interactions"], 1);
    assert_eq!(done["moved"]["follow-ups"], 1);
    assert_eq!(done["moved"]["tags"], 1);
    assert_eq!(done["moved"]["circle memberships"], 1);
    let kept = db.json(&["company", "show", "1"]);
    assert_eq!(kept["company"]["kvk"], "12345678", "A's fields win");
    assert_eq!(kept["company"]["website"], "dezaan.nl", "A's empty fields take B's");
    assert_eq!(kept["company"]["last_contact"], "2026-11-26");
    assert!(
        kept["company"]["tags"].to_string().contains("metaal"),
        "{}",
        kept["company"]["tags"]
    );
    assert_eq!(db.count(&["person", "list", "--company", "1"]), 2);
    assert_eq!(db.json(&["company", "show", "3"])["company"]["archived"], true);
    assert_eq!(db.count(&["duplicates", "--companies"]), 0);
    let history = db.json(&["history", "1"]);
    assert_eq!(history[0]["action"], "merge");
    assert_eq!(history[0]["detail"]["merged"], 3);
    db.fails(&["merge", "1", "1"], "cannot be merged with itself");
}

#[test]
fn people_with_one_email_are_merged_into_one() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "person",
        "add",
        "N. de Vries",
        "--company",
        "Ruïne",
        "--email",
        "Noelle@DeZaan.nl",
        "--phone",
        "06-1",
        "--yes",
    ]);
    db.ok(&[
        "log",
        "Ruïne",
        "--kind",
        "call",
        "--note",
        "Gebeld",
        "--with",
        "N. de Vries",
    ]);
    let found = db.json(&["duplicates", "--people"]);
    assert_eq!(found[0]["reason"], "same e-mail");
    assert_eq!(found[0]["ids"], serde_json::json!([1, 2]));
    db.ok(&["merge", "--people", "1", "2", "--yes"]);
    let person = db.json(&["person", "show", "1"]);
    assert_eq!(person["person"]["phone"], "06-1");
    assert_eq!(person["person"]["email"], "noelle@dezaan.nl", "A's e-mail wins");
    assert_eq!(person["person"]["employments"].as_array().unwrap().len(), 2);
    assert_eq!(db.count(&["person", "list"]), 1);
    db.fails(&["person", "show", "2"], "no person");
}

/// Every row of the user's data (no logs, no counters, no search index).
/// Sorted: a row put back may take another place in its table.
fn data(db: &Db) -> Vec<String> {
    let dump = db.dump_where(|t| !matches!(t, "audit_log" | "merge_log" | "sqlite_sequence") && !t.contains("_fts"));
    let mut lines: Vec<String> = dump.lines().map(str::to_string).collect();
    lines.sort();
    lines
}

#[test]
fn a_merge_without_a_terminal_needs_yes_and_a_dry_run_shows_the_conflicts() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "company",
        "add",
        "De Zaan BV",
        "--city",
        "Zaandam",
        "--website",
        "zaan.nl",
        "--sector",
        "metaal",
    ]);
    db.ok(&["company", "edit", "1", "--sector", "techniek"]);
    db.fails(&["merge", "1", "3"], "add --yes");
    let preview = db.json(&["merge", "1", "3", "--dry-run"]);
    assert_eq!(preview["dry_run"], true);
    let conflicts = preview["conflicts"].as_array().unwrap();
    assert!(
        conflicts
            .iter()
            .any(|c| c["field"] == "sector" && c["kept"] == "techniek" && c["merged"] == "metaal"),
        "each conflicting field side by side: {preview}"
    );
    let text = db.ok(&["merge", "1", "3", "--dry-run"]);
    assert!(text.contains("would merge #3 De Zaan BV into #1"), "{text}");
    assert!(text.contains("sector") && text.contains("metaal"), "{text}");
}

#[test]
fn companies_with_different_kvk_numbers_are_not_merged_unless_one_is_chosen() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "company",
        "add",
        "De Zaan Holding",
        "--city",
        "Zaandam",
        "--kvk",
        "87654321",
    ]);
    db.fails(
        &["merge", "1", "3", "--yes"],
        "different KvK numbers are different legal entities",
    );
    db.fails(
        &["merge", "1", "3", "--yes", "--kvk", "11112222"],
        "neither company's KvK",
    );
    db.ok(&["merge", "1", "3", "--yes", "--kvk", "87654321"]);
    assert_eq!(db.json(&["company", "show", "1"])["company"]["kvk"], "87654321");
    // The number given up is in the surviving record's history.
    let history = db.json(&["history", "1"]);
    assert_eq!(history[0]["action"], "merge");
    assert_eq!(history[0]["detail"]["merged_kvk"], "87654321");
    assert_eq!(
        history[0]["detail"]["changes"]["kvk"],
        serde_json::json!(["12345678", "87654321"])
    );
}

#[test]
fn merge_undo_puts_both_companies_back_as_they_were() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "company",
        "add",
        "De Zaan BV",
        "--city",
        "Zaandam",
        "--website",
        "zaan.nl",
        "--tag",
        "metaal",
    ]);
    db.ok(&["person", "add", "Piet Smit", "--company", "3"]);
    db.ok(&[
        "log",
        "3",
        "--kind",
        "visit",
        "--note",
        "Rondleiding",
        "--follow-up",
        "2026-12-10",
        "--action",
        "offerte",
    ]);
    db.ok(&["circle", "add", "Techniekkring"]);
    db.ok(&["circle", "join", "Techniekkring", "3"]);
    db.ok(&["circle", "join", "Techniekkring", "1"]);
    let before = data(&db);
    let merged = db.json(&["merge", "1", "3", "--yes"]);
    assert_eq!(merged["merge_id"], 1);
    assert_ne!(data(&db), before);
    let undone = db.json(&["merge", "undo"]);
    assert_eq!(undone["restored"], 3);
    assert_eq!(data(&db), before, "every row as it was before the merge");
    db.fails(&["merge", "undo"], "no merge to undo");
}

#[test]
fn merge_undo_puts_a_merged_person_back_under_their_own_id() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "person",
        "add",
        "N. de Vries",
        "--company",
        "Ruïne",
        "--email",
        "noelle@dezaan.nl",
        "--phone",
        "06-1",
        "--yes",
    ]);
    db.ok(&[
        "log",
        "Ruïne",
        "--kind",
        "call",
        "--note",
        "Gebeld",
        "--with",
        "N. de Vries",
    ]);
    let before = data(&db);
    db.ok(&["merge", "--people", "1", "2", "--yes"]);
    db.fails(&["person", "show", "2"], "no person");
    db.ok(&["merge", "undo"]);
    assert_eq!(data(&db), before);
    assert_eq!(db.json(&["person", "show", "2"])["person"]["name"], "N. de Vries");
}

#[test]
fn merge_undo_is_refused_when_the_kept_record_changed_since() {
    let db = Db::new();
    db.seed();
    db.ok(&["company", "add", "De Zaan BV", "--city", "Zaandam"]);
    db.ok(&["merge", "1", "3", "--yes"]);
    db.ok(&["company", "edit", "1", "--website", "https://nieuw.nl"]);
    db.fails(&["merge", "undo"], "was changed after it");
}
