//! Questions companies bring: from asked to delivered (with the collaboration
//! that carries them), declined with a reason, weighed against capacity.

use super::Db;

/// The seed plus a team that takes questions on.
fn with_team(db: &Db) {
    db.seed();
    db.ok(&["team", "add", "Techniek"]);
}

#[test]
fn a_question_goes_from_asked_to_delivered_and_its_collaboration_follows() {
    let db = Db::new();
    with_team(&db);
    let added = db.ok(&[
        "question",
        "add",
        "zaan",
        "Gastles over lassen",
        "--from",
        "noelle",
        "--kind",
        "guest-lecture",
        "--students",
        "24",
        "--wanted-by",
        "2027-03-01",
        "--on",
        "2026-11-16",
    ]);
    assert!(
        added.contains("question #1 from Machinefabriek De Zaan recorded"),
        "{added}"
    );
    let open = db.json(&["question", "list", "--open"]);
    assert_eq!(open[0]["status"], "new");
    assert_eq!(open[0]["kind"], "guest_lecture");
    assert_eq!(open[0]["person"], "Noëlle de Vries");
    assert_eq!(open[0]["waiting_days"], 10, "asked ten days before KRING_TODAY");
    assert_eq!(open[0]["school_year"], "2026-2027");

    let matched = db.ok(&[
        "question",
        "match",
        "1",
        "--team",
        "techniek",
        "--teacher",
        "Joost",
        "--period",
        "blok 3",
    ]);
    assert!(
        matched.contains("matched to Techniek; collaboration #1 carries it"),
        "{matched}"
    );
    let engagement = db.json(&["engagement", "show", "1"]);
    assert_eq!(engagement["form"], "guest_lecture");
    assert_eq!(engagement["status"], "agreed");
    assert_eq!(engagement["programme"], "Techniek");
    assert_eq!(engagement["period"], "blok 3");
    assert_eq!(engagement["students"], 24);
    assert_eq!(engagement["scope"], "Gastles over lassen");

    db.ok(&["question", "status", "1", "running"]);
    assert_eq!(db.json(&["engagement", "show", "1"])["status"], "running");
    db.ok(&["question", "status", "1", "delivered", "--note", "Goed ontvangen"]);
    let engagement = db.json(&["engagement", "show", "1"]);
    assert_eq!(engagement["status"], "done");
    assert_eq!(
        engagement["ends_on"], "2027-03-01",
        "its end stays the date it was wanted by"
    );

    let shown = db.json(&["question", "show", "1"]);
    assert_eq!(shown["status"], "delivered");
    assert_eq!(shown["teacher"], "Joost Mulder");
    assert_eq!(shown["engagement_id"], 1);
    assert!(shown["waiting_days"].is_null(), "a delivered question waits for nobody");
    let steps: Vec<(&str, &str)> = shown["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["status"].as_str().unwrap(), s["by"].as_str().unwrap()))
        .collect();
    assert_eq!(
        steps,
        [
            ("new", "Sanne Bakker"),
            ("matched", "Sanne Bakker"),
            ("running", "Sanne Bakker"),
            ("delivered", "Sanne Bakker")
        ]
    );
    assert_eq!(shown["steps"][3]["note"], "Goed ontvangen");
    let text = db.ok(&["question", "show", "1"]);
    assert!(text.contains("Question #1: Gastles over lassen"), "{text}");
    assert!(text.contains("Goed ontvangen"), "{text}");

    db.fails(
        &["question", "status", "1", "running"],
        "question #1 is delivered and cannot become running",
    );
    assert!(db.json(&["question", "list", "--open"]).as_array().unwrap().is_empty());
}

#[test]
fn declining_needs_the_reason_the_company_is_told_and_cancels_its_collaboration() {
    let db = Db::new();
    with_team(&db);
    db.ok(&[
        "question",
        "add",
        "zaan",
        "Onderzoek naar hergebruik van staal",
        "--kind",
        "research",
    ]);
    db.ok(&["question", "match", "1", "--team", "Techniek"]);
    db.fails(
        &["question", "status", "1", "declined"],
        "needs the reason the company will be told",
    );
    db.ok(&[
        "question",
        "status",
        "1",
        "declined",
        "--note",
        "Geen studenten beschikbaar dit jaar",
    ]);
    let shown = db.json(&["question", "show", "1"]);
    assert_eq!(shown["status"], "declined");
    assert_eq!(shown["reason"], "Geen studenten beschikbaar dit jaar");
    let engagement = db.json(&["engagement", "show", "1"]);
    assert_eq!(engagement["status"], "cancelled");
    assert_eq!(engagement["form"], "practice_assignment");
}

#[test]
fn a_wrong_question_is_refused_and_nothing_changes() {
    let db = Db::new();
    with_team(&db);
    // A namesake of the contact, at another company.
    db.ok(&["person", "add", "Piet Smit", "--company", "ruïne"]);
    db.fails(
        &["question", "add", "zaan", "Stagevraag", "--from", "Piet Smit"],
        "Piet Smit does not work at Machinefabriek De Zaan",
    );
    db.fails(
        &["question", "add", "zaan", "Stagevraag", "--kind", "feestje"],
        "feestje",
    );
    db.fails(
        &["question", "add", "zaan", "Stagevraag", "--on", "+3d"],
        "still to come",
    );
    db.fails(&["question", "add", "zaan", "   "], "question");
    db.fails(
        &["question", "add", "zaan", "Stagevraag", "--wanted-by", "31-02"],
        "31-02",
    );
    db.fails(&["question", "add", "Nergens BV", "Stagevraag"], "Nergens BV");

    db.ok(&["question", "add", "zaan", "Praktijkopdracht CNC"]);
    db.ok(&["engagement", "add", "ruïne", "--form", "internship"]);
    db.fails(
        &["question", "match", "1", "--team", "Techniek", "--engagement", "1"],
        "collaboration #1 is not with Machinefabriek De Zaan",
    );
    db.fails(
        &["question", "status", "1", "running"],
        "question #1 is new and cannot become running",
    );
    db.fails(
        &["question", "status", "1", "matched"],
        "kring question match 1 --team TEAM",
    );
    db.fails(&["question", "match", "1", "--team", "Kunst"], "Kunst");
    db.fails(&["question", "show", "9"], "question");
    db.fails(
        &[
            "team",
            "capacity",
            "Techniek",
            "--period",
            " ",
            "--assignments",
            "2",
            "--students",
            "10",
        ],
        "period",
    );
}

#[test]
fn the_board_weighs_questions_against_what_a_team_can_take_on() {
    let db = Db::new();
    with_team(&db);
    db.ok(&["team", "add", "Zorg"]);
    let set = db.ok(&[
        "team",
        "capacity",
        "Techniek",
        "--period",
        "blok 3",
        "--assignments",
        "1",
        "--students",
        "10",
    ]);
    assert!(
        set.contains("Techniek can take on 1 assignments and 10 students in blok 3 2026-2027"),
        "{set}"
    );
    // Declared again: the new figures count.
    db.ok(&[
        "team",
        "capacity",
        "Techniek",
        "--period",
        "blok 3",
        "--assignments",
        "2",
        "--students",
        "10",
    ]);
    for (company, title, on, students) in [
        ("zaan", "Robotarm ombouwen", "2026-10-01", "8"),
        ("ruïne", "Menukaart digitaal", "2026-11-20", "6"),
        ("zaan", "Veiligheidsscan", "2026-11-01", "4"),
    ] {
        db.ok(&[
            "question",
            "add",
            company,
            title,
            "--team",
            "Techniek",
            "--period",
            "blok 3",
            "--on",
            on,
            "--students",
            students,
        ]);
    }
    db.ok(&[
        "question",
        "add",
        "ruïne",
        "Gastles gastvrijheid",
        "--kind",
        "guest-lecture",
        "--on",
        "2026-09-15",
    ]);
    db.ok(&[
        "question",
        "add",
        "ruïne",
        "Afgeblazen",
        "--team",
        "Techniek",
        "--period",
        "blok 3",
    ]);
    db.ok(&["question", "status", "5", "withdrawn"]);
    db.ok(&["question", "match", "1", "--team", "Techniek"]);

    let board = db.json(&["question", "board"]);
    assert_eq!(board["school_year"], "2026-2027");
    let rows = board["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "{board}");
    let techniek = &rows[0];
    assert_eq!(techniek["team"], "Techniek");
    assert_eq!(techniek["period"], "blok 3");
    assert_eq!(techniek["capacity_assignments"], 2);
    assert_eq!(techniek["capacity_students"], 10);
    assert_eq!(techniek["questions"], 3, "the withdrawn one is left out");
    assert_eq!(techniek["students"], 18);
    assert_eq!(
        (techniek["new"].as_i64(), techniek["matched"].as_i64()),
        (Some(2), Some(1))
    );
    assert!(rows[1]["team"].is_null(), "the question for no team yet: {}", rows[1]);
    let waiting: Vec<i64> = board["waiting"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_i64().unwrap())
        .collect();
    assert_eq!(
        waiting,
        [4, 3, 2],
        "the longest waiting first, the matched one not waiting"
    );

    let text = db.ok(&["question", "board"]);
    assert!(text.contains("1 assignments, 8 students short"), "{text}");
    assert!(text.contains("(no team)"), "{text}");
    assert!(text.contains("Waiting longest"), "{text}");
    let dutch = db.ok(&["--lang", "nl", "question", "board"]);
    assert!(dutch.contains("1 opdrachten, 8 studenten tekort"), "{dutch}");
    assert!(dutch.contains("Wachten het langst"), "{dutch}");
    assert!(db
        .ok(&["question", "board", "--year", "2025-2026"])
        .contains("nothing asked"));
}

#[test]
fn a_question_left_waiting_shows_on_the_company_and_costs_health() {
    let db = Db::new();
    with_team(&db);
    db.ok(&[
        "question",
        "add",
        "zaan",
        "Stageplaatsen voor BOL 4",
        "--kind",
        "internship",
        "--on",
        "2026-10-17",
    ]);
    let page = db.json(&["company", "show", "zaan"]);
    assert_eq!(page["questions"][0]["title"], "Stageplaatsen voor BOL 4");
    let reasons = page["health"]["reasons"].as_array().unwrap();
    assert!(reasons.iter().any(|r| r == "question waiting 40 days"), "{reasons:?}");
    let text = db.ok(&["company", "show", "zaan"]);
    assert!(text.contains("Questions (1 open)"), "{text}");
    assert!(
        text.contains("Stageplaatsen voor BOL 4 (internship, 40 days)"),
        "{text}"
    );
    db.ok(&["question", "match", "1", "--team", "Techniek"]);
    let page = db.json(&["company", "show", "zaan"]);
    assert!(
        !page["health"]["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r.as_str().unwrap().contains("question")),
        "taken on, it no longer counts against the relationship"
    );
}

#[test]
fn questions_move_with_a_merge_and_forget_an_erased_person() {
    let db = Db::new();
    with_team(&db);
    db.ok(&["company", "add", "De Zaan Machinefabriek", "--city", "Zaandam"]);
    db.ok(&["question", "add", "De Zaan Machinefabriek", "Opdracht lasrobot"]);
    db.ok(&["merge", "1", "3", "--yes"]);
    assert_eq!(db.json(&["question", "show", "1"])["company"], "Machinefabriek De Zaan");
    db.ok(&["merge", "undo"]);
    assert_eq!(db.json(&["question", "show", "1"])["company"], "De Zaan Machinefabriek");

    db.ok(&[
        "question",
        "add",
        "1",
        "Gastles",
        "--from",
        "noelle",
        "--note",
        "Noëlle de Vries wil graag in maart",
    ]);
    db.ok(&["person", "erase", "noelle", "--yes"]);
    let shown = db.json(&["question", "show", "2"]);
    assert!(shown["person_id"].is_null(), "{shown}");
    assert!(!shown.to_string().contains("Noëlle"), "{shown}");
}
