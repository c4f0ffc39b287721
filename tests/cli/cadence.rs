//! A cadence per tag or kind: below a company's own cadence, above its
//! status's default; the shortest of its tags' wins; followed by every
//! company whoever tags it; said where losing touch and health are.

use crate::Db;

fn cadence(db: &Db, company: &str) -> (String, String) {
    let shown = db.json(&["company", "show", company]);
    let c = &shown["company"];
    (c["cadence_days"].to_string(), c["cadence_from"].to_string())
}

#[test]
fn a_tags_cadence_applies_below_a_companys_own_and_is_said() {
    let db = Db::new();
    db.seed();
    // De Zaan: active, tagged techniek, last contact never (created today).
    assert_eq!(cadence(&db, "zaan"), ("60".into(), "null".into()));
    let before = db.dump();
    db.fails(&["cadence", "tag", "bestaatniet", "30"], "no tag matches 'bestaatniet'");
    db.fails(
        &["cadence", "tag", "techniek", "vaak"],
        "'vaak' is not a number of days",
    );
    db.fails(&["cadence", "kind", "club", "30"], "club");
    assert_eq!(db.dump(), before, "nothing changed");

    let said = db.ok(&["cadence", "tag", "techniek", "21"]);
    assert!(said.contains("tag techniek: every 21 days (1 company"), "{said}");
    assert_eq!(cadence(&db, "zaan"), ("21".into(), "\"tag:techniek\"".into()));
    assert!(db
        .ok(&["company", "show", "zaan"])
        .contains("every 21 days (tag techniek)"));

    // A shorter tag wins; its removal gives the other back.
    db.ok(&["company", "edit", "zaan", "--tag", "stagebedrijf"]);
    assert_eq!(cadence(&db, "zaan").0, "21", "a tag without a cadence changes nothing");
    db.ok(&["cadence", "tag", "stagebedrijf", "14"]);
    assert_eq!(cadence(&db, "zaan"), ("14".into(), "\"tag:stagebedrijf\"".into()));
    db.ok(&["company", "edit", "zaan", "--untag", "stagebedrijf"]);
    assert_eq!(cadence(&db, "zaan").0, "21");

    // The company's own cadence still wins.
    db.ok(&["company", "edit", "zaan", "--cadence", "45"]);
    assert_eq!(cadence(&db, "zaan"), ("45".into(), "null".into()));
    db.ok(&["company", "edit", "zaan", "--cadence", "0"]);
    assert_eq!(cadence(&db, "zaan").0, "21");

    // A dormant or ended relationship keeps its status's cadence.
    db.ok(&["company", "edit", "zaan", "--status", "dormant"]);
    assert_eq!(cadence(&db, "zaan"), ("180".into(), "null".into()));
    db.ok(&["company", "edit", "zaan", "--status", "active"]);

    // Losing touch and health say whose cadence it is (a month later).
    let later = db
        .cmd()
        .env("KRING_TODAY", "2027-01-15")
        .args(["today"])
        .output()
        .unwrap();
    let today = String::from_utf8_lossy(&later.stdout);
    assert!(today.contains("cadence 21 · tag techniek"), "{today}");
    let health = db
        .cmd()
        .env("KRING_TODAY", "2027-01-15")
        .args(["health", "--json"])
        .output()
        .unwrap();
    let health: serde_json::Value = serde_json::from_slice(&health.stdout).unwrap();
    let zaan = health
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Machinefabriek De Zaan")
        .unwrap();
    assert_eq!(zaan["cadence_from"], "tag:techniek");
    assert!(zaan["reasons"].to_string().contains("tag techniek"), "{zaan}");

    // `none` takes the tag's cadence away: the status's default again.
    assert!(db
        .ok(&["cadence", "tag", "techniek", "none"])
        .contains("no cadence of its own"));
    assert_eq!(cadence(&db, "zaan"), ("60".into(), "null".into()));
}

#[test]
fn a_kinds_cadence_follows_every_company_of_that_kind_and_is_listed() {
    let db = Db::new();
    db.ok(&[
        "company",
        "add",
        "MKB Waterland",
        "--kind",
        "association",
        "--status",
        "active",
    ]);
    db.ok(&["cadence", "kind", "association", "90"]);
    assert_eq!(cadence(&db, "Waterland"), ("90".into(), "\"kind:association\"".into()));
    // A new association follows at once; a company that becomes one too.
    db.ok(&[
        "company",
        "add",
        "Ondernemers Edam",
        "--kind",
        "association",
        "--status",
        "prospect",
    ]);
    assert_eq!(cadence(&db, "Edam").0, "90");
    db.ok(&["company", "add", "Bakkerij Jansen", "--status", "active"]);
    assert_eq!(cadence(&db, "Jansen").0, "60");
    db.ok(&["company", "edit", "Jansen", "--kind", "association"]);
    assert_eq!(cadence(&db, "Jansen").0, "90");
    // A tag's cadence comes before the kind's.
    db.ok(&["company", "edit", "Jansen", "--tag", "bakkers"]);
    db.ok(&["cadence", "tag", "bakkers", "120"]);
    assert_eq!(cadence(&db, "Jansen"), ("120".into(), "\"tag:bakkers\"".into()));
    let rules = db.json(&["cadence", "list"]);
    assert_eq!(rules[0]["source"], "kind:association");
    assert_eq!(rules[0]["companies"], 2);
    assert_eq!(rules[1]["source"], "tag:bakkers");
    assert_eq!(rules[1]["companies"], 1);
    let nl = db.ok(&["--lang", "nl", "cadence"]);
    assert!(nl.contains("soort vereniging") && nl.contains("label bakkers"), "{nl}");
    db.ok(&["cadence", "kind", "association", "none"]);
    assert_eq!(cadence(&db, "Waterland").0, "60");
}
