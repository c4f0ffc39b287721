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

    let done = db.json(&["merge", "1", "3"]);
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
    db.ok(&["merge", "--people", "1", "2"]);
    let person = db.json(&["person", "show", "1"]);
    assert_eq!(person["person"]["phone"], "06-1");
    assert_eq!(person["person"]["email"], "noelle@dezaan.nl", "A's e-mail wins");
    assert_eq!(person["person"]["employments"].as_array().unwrap().len(), 2);
    assert_eq!(db.count(&["person", "list"]), 1);
    db.fails(&["person", "show", "2"], "no person");
}
