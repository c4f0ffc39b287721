//! Finding the expert, outreach campaigns, and logging one interaction at
//! many companies — each all or nothing.

use super::Db;

/// The seed plus a law firm with a speaker, and two horeca companies.
fn with_outreach(db: &Db) {
    db.seed();
    db.ok(&[
        "company",
        "add",
        "Advocatenkantoor Smit",
        "--city",
        "Hoorn",
        "--tag",
        "juridisch",
    ]);
    db.ok(&[
        "person",
        "add",
        "Jan Smit",
        "--company",
        "smit",
        "--email",
        "jan@smit.nl",
    ]);
    db.ok(&["company", "edit", "ruïne", "--tag", "horeca"]);
    db.ok(&[
        "company",
        "add",
        "Hotel Vos",
        "--city",
        "Edam",
        "--tag",
        "horeca",
        "--email",
        "info@hotelvos.nl",
    ]);
    db.ok(&[
        "person",
        "add",
        "Eva Vos",
        "--company",
        "vos",
        "--email",
        "eva@hotelvos.nl",
    ]);
    db.ok(&["person", "add", "Piet Vos", "--company", "vos", "--do-not-contact"]);
}

#[test]
fn people_get_topics_and_experts_finds_them_with_how_they_spoke() {
    let db = Db::new();
    with_outreach(&db);
    let said = db.ok(&[
        "person",
        "edit",
        "Jan Smit",
        "--topic",
        "intellectueel eigendom",
        "--topic",
        "Financiën",
    ]);
    assert!(
        said.contains("Jan Smit speaks on: Financiën, intellectueel eigendom"),
        "{said}"
    );
    db.ok(&["person", "edit", "noelle", "--topic", "Lassen"]);
    db.ok(&[
        "log",
        "smit",
        "--kind",
        "guest_lecture",
        "--with",
        "jan",
        "--note",
        "Gastles IE",
        "--rating",
        "5",
        "--on",
        "2026-10-01",
    ]);
    db.ok(&[
        "log",
        "smit",
        "--kind",
        "guest_lecture",
        "--with",
        "jan",
        "--note",
        "Tweede",
        "--rating",
        "4",
        "--on",
        "2026-11-01",
    ]);

    let experts = db.json(&["experts", "eigendom"]);
    assert_eq!(experts.as_array().unwrap().len(), 1, "{experts}");
    let jan = &experts[0];
    assert_eq!(jan["name"], "Jan Smit");
    assert_eq!(jan["company"], "Advocatenkantoor Smit");
    assert_eq!(jan["last_spoke_on"], "2026-11-01");
    assert_eq!(jan["times_spoke"], 2);
    assert_eq!(jan["rating"], 4.5);
    assert_eq!(
        db.json(&["experts", "FINANCIEN"])[0]["name"],
        "Jan Smit",
        "accents and case fold"
    );
    let text = db.ok(&["experts", "eigendom"]);
    assert!(
        text.contains("last spoke for us 2026-11-01 (2×) · rated 4.5/5"),
        "{text}"
    );
    let typo = db.ok(&["experts", "finacien"]);
    assert!(typo.contains("did you mean \"Financiën\"?"), "{typo}");
    let shown = db.json(&["person", "show", "jan"]);
    assert_eq!(
        shown["topics"],
        serde_json::json!(["Financiën", "intellectueel eigendom"])
    );

    db.fails(
        &["person", "edit", "jan", "--untopic", "astronomie"],
        "Jan Smit has no topic \"astronomie\"",
    );
    // A wrong field and a topic in one command: neither is written.
    db.fails(
        &["person", "edit", "jan", "--email", "geen-adres", "--topic", "octrooien"],
        "e-mail",
    );
    assert!(db.json(&["experts", "octrooien"]).as_array().unwrap().is_empty());
    db.fails(
        &["log", "smit", "--kind", "guest_lecture", "--note", "x", "--rating", "6"],
        "rating",
    );
    db.ok(&["person", "edit", "jan", "--untopic", "financien"]);
    assert!(db.json(&["experts", "financiën"]).as_array().unwrap().is_empty());
}

#[test]
fn a_campaign_goes_from_invitation_to_who_came_with_its_counts() {
    let db = Db::new();
    with_outreach(&db);
    db.ok(&[
        "campaign",
        "add",
        "Stagefestival 2027",
        "--on",
        "2026-11-20",
        "--at",
        "Het Noord College",
        "--kind",
        "event",
    ]);
    let before = db.dump();
    let would = db.ok(&["campaign", "invite", "stagefestival", "--tag", "horeca", "--dry-run"]);
    assert!(
        would.contains("2 companies would be invited to Stagefestival 2027"),
        "{would}"
    );
    assert_eq!(before, db.dump(), "a dry run changes nothing");
    db.ok(&["campaign", "invite", "stagefestival", "--tag", "horeca"]);
    let again = db.ok(&[
        "campaign",
        "invite",
        "stagefestival",
        "--tag",
        "horeca",
        "--company",
        "zaan",
    ]);
    assert!(
        again.contains("one company invited to Stagefestival 2027; 2 already were"),
        "{again}"
    );

    let state = db.json(&["campaign", "show", "stagefestival"]);
    assert_eq!(state["invited"], 3);
    let vos = state["invitees"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["company"] == "Hotel Vos")
        .unwrap();
    assert_eq!(
        vos["person"], "Eva Vos",
        "the main contact, never the one who asked not to be contacted"
    );

    db.ok(&[
        "campaign",
        "reply",
        "stagefestival",
        "Hotel Vos",
        "yes",
        "--people",
        "3",
    ]);
    db.ok(&[
        "campaign",
        "reply",
        "stagefestival",
        "zaan",
        "no",
        "--note",
        "Geen tijd in maart",
    ]);
    db.fails(
        &["campaign", "reply", "stagefestival", "smit", "yes"],
        "Advocatenkantoor Smit was not invited to Stagefestival 2027",
    );
    db.fails(&["campaign", "reply", "stagefestival", "vos", "graag"], "graag");
    db.fails(&["campaign", "reply", "festival 2099", "vos", "yes"], "festival 2099");

    let csv = db.ok(&["campaign", "export", "stagefestival", "--excel"]);
    assert!(csv.starts_with('\u{feff}'), "Excel's byte-order mark");
    assert!(
        csv.contains("Hotel Vos;Eva Vos;Eva;;Vos;Beste Eva;eva@hotelvos.nl;;Edam;yes"),
        "{csv}"
    );
    assert!(!csv.contains("Piet"), "{csv}");
    let reminders = db.ok(&["campaign", "export", "stagefestival", "--no-reply"]);
    assert!(
        reminders.contains("Café De Ruïne") && !reminders.contains("Hotel Vos"),
        "{reminders}"
    );

    let came = db.ok(&["campaign", "attended", "stagefestival", "vos", "--with", "eva"]);
    assert!(came.contains("Hotel Vos came; interaction #"), "{came}");
    let timeline = db.json(&["timeline", "vos", "--limit", "1"]);
    assert_eq!(timeline["timeline"][0]["kind"], "event");
    assert_eq!(timeline["timeline"][0]["on"], "2026-11-20", "on the day it was held");
    db.fails(
        &["campaign", "attended", "stagefestival", "vos"],
        "already recorded as having come",
    );
    // Someone who walked in without an invitation.
    db.ok(&["campaign", "attended", "stagefestival", "smit", "--with", "jan"]);

    let state = db.json(&["campaign", "show", "stagefestival"]);
    for (key, n) in [
        ("invited", 4),
        ("yes", 1),
        ("no", 1),
        ("maybe", 0),
        ("no_reply", 2),
        ("attended", 2),
        ("expected_people", 3),
    ] {
        assert_eq!(state[key], n, "{key}: {state}");
    }
    let text = db.ok(&["campaign", "show", "stagefestival"]);
    assert!(
        text.contains("No reply yet (1)"),
        "the walk-in came, so only one is owed a reminder: {text}"
    );
    let dutch = db.ok(&["--lang", "nl", "campaign", "show", "stagefestival"]);
    assert!(dutch.contains("uitgenodigd 4 · ja 1 · nee 1"), "{dutch}");
}

#[test]
fn logging_at_many_companies_is_all_or_nothing() {
    let db = Db::new();
    with_outreach(&db);
    let before = db.dump();
    let listed = db.ok(&[
        "log",
        "--companies",
        "tag:horeca",
        "--kind",
        "email",
        "--note",
        "Uitnodiging",
        "--dry-run",
    ]);
    assert!(listed.contains("2 companies would each get one email"), "{listed}");
    assert!(
        listed.contains("Café De Ruïne") && listed.contains("Hotel Vos"),
        "{listed}"
    );
    assert_eq!(before, db.dump());
    db.fails(
        &[
            "log",
            "--companies",
            "tag:horeca",
            "--kind",
            "email",
            "--note",
            "Uitnodiging",
            "--on",
            "+2d",
        ],
        "future",
    );
    db.fails(
        &["log", "--companies", "kleur:rood", "--kind", "email", "--note", "x"],
        "kleur:rood",
    );
    db.fails(
        &[
            "log",
            "--companies",
            "tag:bestaatniet",
            "--kind",
            "email",
            "--note",
            "x",
        ],
        "no company matches",
    );
    let logged = db.json(&[
        "log",
        "--companies",
        "tag:horeca,city:Edam",
        "--kind",
        "email",
        "--note",
        "Uitnodiging stagefestival",
    ]);
    assert_eq!(logged.as_array().unwrap().len(), 2);
    for company in ["ruïne", "vos"] {
        let t = db.json(&["timeline", company, "--limit", "1"]);
        assert_eq!(t["timeline"][0]["summary"], "Uitnodiging stagefestival", "{company}");
    }
    assert_eq!(db.json(&["timeline", "zaan"])["timeline"].as_array().unwrap().len(), 0);
}

#[test]
fn invitations_and_topics_follow_a_merge_and_leave_with_an_erased_person() {
    let db = Db::new();
    with_outreach(&db);
    db.ok(&["campaign", "add", "Bedrijvendag"]);
    db.ok(&["campaign", "invite", "bedrijvendag", "--company", "vos"]);
    db.ok(&[
        "person",
        "add",
        "E. Vos",
        "--company",
        "vos",
        "--email",
        "e.vos@privé.nl",
    ]);
    db.ok(&["person", "edit", "E. Vos", "--topic", "gastvrijheid"]);
    let eva: i64 = db.json(&["person", "show", "eva"])["person"]["id"].as_i64().unwrap();
    let e = db.json(&["person", "show", "E. Vos"])["person"]["id"].as_i64().unwrap();
    db.ok(&["merge", "--people", &eva.to_string(), &e.to_string(), "--yes"]);
    assert_eq!(
        db.json(&["experts", "gastvrijheid"])[0]["name"],
        "Eva Vos",
        "the topic came along"
    );
    db.ok(&["person", "erase", "eva", "--yes"]);
    assert!(db.json(&["experts", "gastvrijheid"]).as_array().unwrap().is_empty());
    let state = db.json(&["campaign", "show", "bedrijvendag"]);
    assert!(state["invitees"][0]["person"].is_null(), "{state}");
    assert_eq!(state["invited"], 1, "the company stays invited");
}

#[test]
fn a_slip_of_the_finger_is_offered_the_name_it_meant() {
    let db = Db::new();
    db.seed();
    db.ok(&["company", "add", "Drukkerij Zuiderzee", "--city", "Edam"]);
    db.ok(&["company", "add", "Boekhandel Waterland", "--city", "Purmerend"]);
    db.fails(
        &["company", "show", "drukerij"],
        "did you mean Drukkerij Zuiderzee (Edam) #3?",
    );
    db.fails(
        &["log", "Waterlnd", "--kind", "call", "--note", "x"],
        "did you mean Boekhandel Waterland (Purmerend) #4?",
    );
    db.fails(
        &["person", "show", "Noelle de Vris"],
        "did you mean Noëlle de Vries (Machinefabriek De Zaan) #1?",
    );
    db.fails(&["company", "show", "qqqq"], "no company matches 'qqqq'; see");
    let found = db.ok(&["search", "drukerij"]);
    assert!(
        found.contains("nothing found") && found.contains("did you mean Drukkerij Zuiderzee (#3)?"),
        "{found}"
    );
    assert_eq!(db.count(&["search", "drukerij"]), 0, "--json stays the list of hits");
    let dutch = db
        .cmd()
        .args(["--lang", "nl", "company", "show", "Waterlnd"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&dutch.stderr).contains("bedoel je Boekhandel Waterland"));
}

/// The kinds and titles `kring search --json` gives for a word.
fn found(db: &Db, word: &str) -> Vec<(String, String)> {
    let hits = db.json(&["search", word]);
    hits.as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["kind"].as_str().unwrap().to_string(),
                h["title"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn search_finds_what_people_wrote_wherever_they_wrote_it() {
    let db = Db::new();
    with_outreach(&db);
    db.ok(&["person", "edit", "Jan Smit", "--notes", "Spreekt graag over octrooien"]);
    db.ok(&["person", "edit", "Jan Smit", "--topic", "intellectueel eigendom"]);
    db.ok(&[
        "engagement",
        "add",
        "zaan",
        "--form",
        "guest_lecture",
        "--scope",
        "Gastles lasrobots",
    ]);
    db.ok(&[
        "engagement",
        "evaluate",
        "1",
        "--text",
        "Studenten wilden meer over de lasrobot",
        "--rating",
        "5",
    ]);
    db.ok(&[
        "question",
        "add",
        "zaan",
        "Onderzoek naar warmtepompen",
        "--note",
        "liefst in blok 3",
    ]);
    db.ok(&["campaign", "add", "Stagefestival", "--note", "kraampjes in de aula"]);
    db.ok(&["circle", "add", "Kring Techniek"]);
    db.ok(&[
        "meeting",
        "add",
        "techniek",
        "--on",
        "2026-12-10",
        "--agenda",
        "Rondleiding zonnepanelen",
    ]);
    let minutes = db.path.with_file_name("notulen.md");
    std::fs::write(&minutes, "Afspraak: excursie naar de windmolen").unwrap();
    db.ok(&["meeting", "minutes", "1", "--file", minutes.to_str().unwrap()]);

    let person = [("person".to_string(), "Jan Smit".to_string())];
    assert_eq!(found(&db, "octrooi"), person.clone(), "a person's notes");
    assert_eq!(found(&db, "intellectueel eigen"), person.clone(), "a topic, every word");
    assert_eq!(found(&db, "gastles")[0].0, "engagement", "a collaboration's scope");
    assert_eq!(
        found(&db, "lasrobot")[0],
        ("engagement".into(), "Machinefabriek De Zaan".into())
    );
    assert_eq!(
        found(&db, "warmtepomp"),
        [("question".into(), "Onderzoek naar warmtepompen".into())]
    );
    assert_eq!(
        found(&db, "blok"),
        [("question".into(), "Onderzoek naar warmtepompen".into())]
    );
    assert_eq!(found(&db, "aula"), [("campaign".into(), "Stagefestival".into())]);
    assert_eq!(found(&db, "zonnepanel")[0].0, "meeting", "an agenda");
    assert_eq!(found(&db, "windmolen")[0].0, "meeting", "minutes");
    assert!(
        db.ok(&["search", "aula"]).contains("kraampjes in de aula"),
        "the table shows where it was found"
    );

    // What is changed is found by its new words only; what is gone, not at all.
    db.ok(&["person", "edit", "Jan Smit", "--notes", "Spreekt over merkenrecht"]);
    assert!(found(&db, "octrooi").is_empty());
    assert_eq!(found(&db, "merkenrecht"), person);
    db.ok(&["person", "edit", "Jan Smit", "--untopic", "intellectueel eigendom"]);
    assert!(found(&db, "intellectueel").is_empty());
    db.ok(&["person", "erase", "Jan Smit", "--yes"]);
    assert!(
        found(&db, "merkenrecht").is_empty(),
        "an erased person's notes are not found"
    );
}

/// Nobody came to what has not happened yet: attendance of a campaign still
/// to come is refused (nothing changes), unless the day they came is given;
/// it is logged on the campaign's day, or that one.
#[test]
fn attendance_is_recorded_only_once_the_campaign_was_held() {
    let db = Db::new();
    db.seed();
    db.ok(&["campaign", "add", "Open dag 2027", "--on", "2027-01-23"]);
    db.fails(
        &["campaign", "attended", "Open dag 2027", "zaan"],
        "Open dag 2027 is on",
    );
    db.fails(
        &["campaign", "attended", "Open dag 2027", "zaan", "--on", "2026-12-24"],
        "still to come",
    );
    db.ok(&["campaign", "attended", "Open dag 2027", "zaan", "--on", "2026-11-25"]);
    let timeline = db.json(&["timeline", "zaan", "--limit", "1"]);
    assert_eq!(timeline["timeline"][0]["kind"], "event");
    assert_eq!(timeline["timeline"][0]["on"], "2026-11-25", "on the day they came");
}

/// Last year's stagefestival made again: its kind and place, the same
/// companies invited afresh (nobody has replied or come yet), a company
/// resting now left out and named, an archived one gone; all or nothing.
#[test]
fn a_campaign_is_copied_from_last_year_with_its_invitations() {
    let db = Db::new();
    with_outreach(&db);
    db.ok(&[
        "campaign",
        "add",
        "Stagefestival 2026",
        "--on",
        "2025-11-20",
        "--at",
        "Het Noord College",
        "--kind",
        "event",
    ]);
    db.ok(&[
        "campaign",
        "invite",
        "stagefestival 2026",
        "--tag",
        "horeca",
        "--company",
        "zaan",
    ]);
    db.ok(&["campaign", "reply", "stagefestival 2026", "zaan", "yes"]);
    db.ok(&["rest", "Hotel Vos", "--until", "2027-03-01", "--reason", "verbouwing"]);
    let before = db.json(&["campaign", "show", "stagefestival 2026"]);
    let copied = db.json(&[
        "campaign",
        "copy",
        "stagefestival 2026",
        "Stagefestival 2027",
        "--on",
        "2026-11-19",
    ]);
    let invited = before["invited"].as_i64().unwrap();
    assert_eq!(copied["invited"], invited - 1, "Hotel Vos rests: {copied}");
    assert_eq!(copied["campaign"]["place"], "Het Noord College");
    assert_eq!(copied["campaign"]["kind"], "event");
    let state = db.json(&["campaign", "show", "stagefestival 2027"]);
    assert_eq!(state["yes"], 0, "replies are not copied: {state}");
    assert!(state["invitees"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["company"] != "Hotel Vos"));
    assert_eq!(
        db.json(&["campaign", "show", "stagefestival 2026"])["yes"],
        1,
        "the old one is as it was"
    );
    db.fails(
        &["campaign", "copy", "stagefestival 2026", "Stagefestival 2027"],
        "Stagefestival 2027",
    );
    let out = db
        .cmd()
        .args(["campaign", "copy", "stagefestival 2026", "Zomerfeest"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Hotel Vos"),
        "the resting one is named"
    );
}
