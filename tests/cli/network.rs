//! The connector's network: organisations of every kind, memberships, staff
//! roles, introductions, places, rest periods, other schools' asks, people
//! who leave their company, alumni (issue 40). On a file and, with
//! KRING_TEST_DB, on a server.

use super::Db;
use std::io::Write;

/// What a command that succeeds says on stderr (notes and warnings).
fn warned(db: &Db, args: &[&str]) -> String {
    let out = db.cmd().args(args).assert().success().get_output().clone();
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// An association with two members, a municipality, and Sanne on its board.
fn network() -> Db {
    let db = Db::new();
    db.seed();
    db.ok(&["company", "add", "MKB Amsterdam", "--kind", "ondernemersvereniging"]);
    db.ok(&["company", "add", "Gemeente Purmerend", "--kind", "gemeente"]);
    db.ok(&["network", "join", "MKB Amsterdam", "zaan", "--since", "2025-01-01"]);
    db.ok(&["network", "join", "MKB Amsterdam", "ruine"]);
    db.ok(&[
        "network",
        "role",
        "Sanne Bakker",
        "MKB Amsterdam",
        "--title",
        "bestuurslid",
    ]);
    db
}

#[test]
fn an_organisation_has_a_kind_and_lists_filter_on_it() {
    let db = network();
    let kinds: Vec<String> = db
        .json(&["company", "list", "--kind", "association"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(kinds, ["MKB Amsterdam"]);
    assert_eq!(db.count(&["company", "list", "--kind", "government"]), 1);
    // A company stays a company unless told otherwise.
    let zaan = db.json(&["company", "show", "zaan"]);
    assert_eq!(zaan["company"]["kind"], "company");
    db.ok(&["company", "edit", "Gemeente Purmerend", "--kind", "education"]);
    assert_eq!(db.count(&["company", "list", "--kind", "education"]), 1);
    db.fails(&["company", "edit", "zaan", "--kind", "club"], "club");
    // Every organisation that is not a company, with its members and staff.
    let orgs = db.json(&["network"]);
    let mkb = orgs
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == "MKB Amsterdam")
        .unwrap();
    assert_eq!(mkb["members"], 2);
    assert_eq!(mkb["staff"][0], "Sanne Bakker");
}

#[test]
fn the_network_of_an_association_shows_its_members_and_what_we_do_with_them() {
    let db = network();
    db.ok(&[
        "engagement",
        "add",
        "zaan",
        "--form",
        "internship",
        "--students",
        "2",
        "--year",
        "2026-2027",
    ]);
    db.ok(&[
        "places",
        "set",
        "zaan",
        "--programme",
        "Mechatronica",
        "--period",
        "blok 3",
        "--offered",
        "3",
    ]);
    let shown = db.json(&["network", "MKB Amsterdam"]);
    let members = shown["members"].as_array().unwrap();
    assert_eq!(members.len(), 2);
    let zaan = members
        .iter()
        .find(|m| m["company"] == "Machinefabriek De Zaan")
        .unwrap();
    assert_eq!(zaan["since"], "2025-01-01");
    assert_eq!(zaan["collaborations"], 1);
    assert_eq!(zaan["places_open"], 3);
    assert_eq!(shown["staff"][0]["title"], "bestuurslid");
    assert_eq!(db.count(&["company", "list", "--member-of", "MKB Amsterdam"]), 2);
    let text = db.ok(&["network", "MKB Amsterdam"]);
    assert!(text.contains("Sanne Bakker: bestuurslid"), "{text}");
    // A membership ends; the history stays, the current count drops.
    db.ok(&["network", "leave", "MKB Amsterdam", "ruine", "--on", "2026-11-01"]);
    let after = db.json(&["network", "MKB Amsterdam"]);
    let ruine = after["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["company"] == "Café De Ruïne")
        .unwrap();
    assert_eq!(ruine["until"], "2026-11-01");
    db.fails(&["network", "leave", "MKB Amsterdam", "ruine"], "not a current member");
    db.fails(
        &["network", "join", "MKB Amsterdam", "zaan"],
        "member already (since 2025-01-01)",
    );
    db.fails(
        &["network", "join", "MKB Amsterdam", "MKB Amsterdam"],
        "member of itself",
    );
    // The company page says where it belongs.
    let page = db.json(&["company", "show", "zaan"]);
    assert_eq!(page["network"]["memberships"][0]["organisation"], "MKB Amsterdam");
}

#[test]
fn who_opened_the_door_is_on_the_company_page() {
    let db = network();
    db.ok(&[
        "network",
        "introduced",
        "ruine",
        "--by-org",
        "MKB Amsterdam",
        "--on",
        "2026-03-01",
    ]);
    db.ok(&[
        "network",
        "introduced",
        "zaan",
        "--person",
        "Noëlle",
        "--by-staff",
        "Joost Mulder",
    ]);
    let page = db.json(&["company", "show", "ruine"]);
    let intro = &page["network"]["introductions"][0];
    assert_eq!(intro["by"], "MKB Amsterdam");
    assert_eq!(intro["by_kind"], "organisation");
    assert_eq!(intro["introduced_on"], "2026-03-01");
    let zaan = db.ok(&["company", "show", "zaan"]);
    assert!(zaan.contains("Noëlle de Vries: introduced by Joost Mulder"), "{zaan}");
    let doors = db.json(&["network", "MKB Amsterdam"]);
    assert_eq!(doors["introduced"][0]["company"], "Café De Ruïne");
    db.fails(
        &["network", "introduced", "zaan"],
        "--by-person, --by-staff or --by-org",
    );
    db.fails(
        &["network", "introduced", "MKB Amsterdam", "--by-org", "MKB Amsterdam"],
        "nobody introduces themselves",
    );
}

#[test]
fn a_hybrid_teacher_works_at_a_company_and_it_shows_on_both_pages() {
    let db = network();
    db.ok(&[
        "network",
        "works",
        "Joost Mulder",
        "zaan",
        "--title",
        "werkvoorbereider",
        "--since",
        "2024-09-01",
    ]);
    let page = db.json(&["company", "show", "zaan"]);
    let tie = &page["network"]["staff"][0];
    assert_eq!(tie["staff"], "Joost Mulder");
    assert_eq!(tie["kind"], "works");
    db.ok(&[
        "network",
        "end",
        "Joost Mulder",
        "zaan",
        "--tie",
        "works",
        "--on",
        "2026-11-01",
    ]);
    let page = db.json(&["company", "show", "zaan"]);
    assert_eq!(page["network"]["staff"][0]["ended_on"], "2026-11-01");
    db.fails(
        &["network", "end", "Joost Mulder", "zaan", "--tie", "works"],
        "no current tie",
    );
}

#[test]
fn places_answer_who_still_has_room_for_a_programme_in_a_period() {
    let db = network();
    db.ok(&[
        "places",
        "set",
        "zaan",
        "--programme",
        "Mechatronica",
        "--period",
        "blok 3",
        "--offered",
        "3",
    ]);
    db.ok(&[
        "places",
        "set",
        "ruine",
        "--programme",
        "Mechatronica",
        "--period",
        "Blok 3",
        "--offered",
        "2",
    ]);
    db.ok(&[
        "places",
        "set",
        "ruine",
        "--programme",
        "mechatronica",
        "--period",
        "BLOK 3",
        "--filled",
        "2",
    ]);
    db.ok(&["places", "set", "ruine", "--programme", "Horeca", "--offered", "1"]);
    let open = db.json(&["places", "--programme", "mecha", "--period", "blok 3", "--open"]);
    let names: Vec<&str> = open
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["company"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Machinefabriek De Zaan"], "De Ruïne is full");
    // The same programme and period in other spellings is one row.
    let ruine = db.json(&["places", "--company", "ruine"]);
    assert_eq!(ruine.as_array().unwrap().len(), 2, "{ruine}");
    let mecha = ruine
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["programme"] == "Mechatronica")
        .unwrap();
    assert_eq!(
        (mecha["offered"].as_i64(), mecha["filled"].as_i64()),
        (Some(2), Some(2))
    );
    // Another school year's places are not this year's.
    db.ok(&[
        "places",
        "set",
        "zaan",
        "--programme",
        "Mechatronica",
        "--year",
        "2027-2028",
        "--offered",
        "5",
    ]);
    assert_eq!(db.count(&["places", "--programme", "mecha"]), 2);
    assert_eq!(db.count(&["places", "--year", "2027-2028"]), 1);
    db.fails(
        &["places", "set", "zaan", "--programme", "Mechatronica"],
        "--offered, --filled or --note",
    );
    db.fails(
        &["places", "set", "zaan", "--programme", " ", "--offered", "1"],
        "programme",
    );
    db.fails(
        &[
            "places",
            "set",
            "zaan",
            "--programme",
            "X",
            "--year",
            "2026",
            "--offered",
            "1",
        ],
        "2026",
    );
    // A campaign invites exactly the companies with room.
    db.ok(&["campaign", "add", "Stagemarkt blok 3"]);
    db.ok(&[
        "campaign",
        "invite",
        "Stagemarkt blok 3",
        "--open-places",
        "mechatronica",
        "--period",
        "blok 3",
    ]);
    let invited = db.json(&["campaign", "show", "Stagemarkt blok 3"]);
    let text = invited.to_string();
    assert!(
        text.contains("Machinefabriek De Zaan") && !text.contains("Ruïne"),
        "{text}"
    );
}

#[test]
fn filled_counts_come_from_the_student_systems_csv_all_or_nothing() {
    let db = network();
    db.ok(&[
        "places",
        "set",
        "zaan",
        "--programme",
        "Mechatronica",
        "--period",
        "blok 3",
        "--offered",
        "3",
    ]);
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("geplaatst.csv");
    std::fs::File::create(&good)
        .unwrap()
        .write_all("\u{feff}KvK;Opleiding;Periode;Geplaatst\r\n12345678;Mechatronica;Blok 3;2\r\n".as_bytes())
        .unwrap();
    db.ok(&["places", "import", good.to_str().unwrap()]);
    let zaan = db.json(&["places", "--company", "zaan"]);
    assert_eq!(zaan[0]["filled"], 2);
    assert_eq!(zaan[0]["open"], 1);
    // A company nobody knows on line 3: the line is named, nothing changes.
    let bad = dir.path().join("fout.csv");
    std::fs::write(
        &bad,
        "bedrijf,opleiding,periode,geplaatst\nMachinefabriek De Zaan,Mechatronica,blok 3,3\nBakkerij Nergens,Mechatronica,blok 3,1\n",
    )
    .unwrap();
    db.fails(&["places", "import", bad.to_str().unwrap()], "line 3");
    let count = dir.path().join("telling.csv");
    std::fs::write(
        &count,
        "bedrijf,opleiding,geplaatst\nMachinefabriek De Zaan,Mechatronica,drie\n",
    )
    .unwrap();
    db.fails(&["places", "import", count.to_str().unwrap()], "line 2, field filled");
}

#[test]
fn a_rest_period_is_honoured_by_campaigns_and_said_when_logging() {
    let db = network();
    db.ok(&["rest", "ruine", "--until", "2027-03-01", "--reason", "verbouwing"]);
    let resting = db.json(&["rest"]);
    assert_eq!(resting[0]["company"], "Café De Ruïne");
    assert_eq!(
        db.json(&["today"])["resting"][0]["until"],
        "2027-03-01",
        "Today says so too"
    );
    assert!(db.ok(&["today"]).contains("Resting: asked for no new asks (1)"));
    assert_eq!(resting[0]["reason"], "verbouwing");
    db.ok(&["campaign", "add", "Bedrijvendag"]);
    let said = warned(&db, &["campaign", "invite", "Bedrijvendag", "--status", "prospect"]);
    assert!(
        said.contains("left out: Café De Ruïne asked for rest until 2027-03-01"),
        "{said}"
    );
    assert!(!db
        .json(&["campaign", "show", "Bedrijvendag"])
        .to_string()
        .contains("Ruïne"));
    db.ok(&[
        "campaign",
        "invite",
        "Bedrijvendag",
        "--company",
        "ruine",
        "--include-resting",
    ]);
    assert!(db
        .json(&["campaign", "show", "Bedrijvendag"])
        .to_string()
        .contains("Ruïne"));
    // Logging a contact says so (the company may well call us).
    let logged = warned(&db, &["log", "ruine", "--kind", "call", "--note", "belde zelf"]);
    assert!(logged.contains("asked for rest until 2027-03-01"), "{logged}");
    // Mail to many at once names the resting company before anything is logged.
    let many = warned(
        &db,
        &[
            "log",
            "--companies",
            "status:prospect",
            "--kind",
            "email",
            "--note",
            "nieuwsbrief",
            "--dry-run",
        ],
    );
    assert!(many.contains("Café De Ruïne asked for rest until 2027-03-01"), "{many}");
    db.fails(&["rest", "ruine", "--until", "2026-01-01"], "in the past");
    db.fails(&["rest", "ruine"], "--until DATE");
    db.ok(&["rest", "ruine", "--end"]);
    assert_eq!(db.count(&["rest"]), 0);
}

#[test]
fn other_schools_asks_count_in_the_ask_load() {
    let db = network();
    db.ok(&["log", "zaan", "--kind", "call", "--note", "stage"]);
    let said = db.ok(&["asked", "zaan", "--by", "ROC van Amsterdam", "--what", "stageplaatsen"]);
    assert!(said.contains("asked 2×"), "{said}");
    db.ok(&["asked", "zaan", "--by", "roc van amsterdam", "--on", "2026-11-20"]);
    let page = db.json(&["company", "show", "zaan"]);
    assert_eq!(page["asked"]["times"], 3);
    assert_eq!(page["asked"]["schools"], 1, "one school, however it is spelled");
    assert_eq!(page["network"]["outside_asks"][0]["what"], "stageplaatsen");
    db.fails(&["asked", "zaan", "--by", ""], "school");
}

#[test]
fn a_praktijkopleider_who_leaves_prompts_a_successor_and_flags_the_recognition() {
    let db = network();
    db.ok(&[
        "company",
        "recognise",
        "zaan",
        "--crebo",
        "25180",
        "--trainer",
        "Noëlle",
    ]);
    let gone = db.json(&["person", "left", "Noëlle", "--on", "2026-11-20"]);
    assert_eq!(gone["company"], "Machinefabriek De Zaan");
    assert_eq!(gone["recognitions"][0], "25180");
    // The owner is asked to find the successor; the history stays.
    let followups = db.json(&["followup", "list", "--all"]);
    let find = followups
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["action"]
                .as_str()
                .unwrap()
                .contains("Find the successor of Noëlle de Vries")
        })
        .expect("a follow-up to find the successor");
    assert_eq!(find["company"], "Machinefabriek De Zaan");
    let person = db.json(&["person", "show", "Noëlle"]);
    assert_eq!(person["person"]["employments"][0]["until"], "2026-11-20", "{person}");
    // Today flags the recognition until a new trainer is named.
    let today = db.json(&["today"]);
    assert_eq!(today["trainers_gone"][0]["crebo"], "25180");
    assert_eq!(today["trainers_gone"][0]["trainer"], "Noëlle de Vries");
    db.ok(&[
        "person",
        "add",
        "Piet Smit",
        "--company",
        "zaan",
        "--role",
        "workplace_trainer",
        "--yes",
    ]);
    db.ok(&[
        "company",
        "recognise",
        "zaan",
        "--crebo",
        "25180",
        "--trainer",
        "Piet Smit",
    ]);
    assert_eq!(db.json(&["today"])["trainers_gone"], serde_json::json!([]));
    assert_eq!(
        db.json(&["company", "show", "zaan"])["recognitions"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    db.fails(&["person", "left", "Noëlle"], "no current job");
}

#[test]
fn a_named_successor_takes_over_the_role_and_the_recognition() {
    let db = network();
    db.ok(&[
        "company",
        "recognise",
        "zaan",
        "--crebo",
        "25180",
        "--trainer",
        "Noëlle",
    ]);
    db.ok(&["person", "add", "Piet Smit", "--company", "ruine", "--yes"]);
    let gone = db.json(&["person", "left", "Noëlle", "--successor", "Piet Smit"]);
    assert_eq!(gone["successor"], "Piet Smit");
    assert_eq!(gone["followup_id"], serde_json::Value::Null);
    let page = db.json(&["company", "show", "zaan"]);
    assert_eq!(page["recognitions"][0]["trainer"], "Piet Smit");
    let piet = page["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Piet Smit")
        .unwrap();
    assert_eq!(piet["role"], "workplace_trainer");
    assert_eq!(db.json(&["today"])["trainers_gone"], serde_json::json!([]));
    // No follow-up was made: the door did not close.
    let followups = db.json(&["followup", "list", "--all"]).to_string();
    assert!(!followups.contains("successor"), "{followups}");
    db.fails(
        &["person", "left", "Piet Smit", "--successor", "Piet Smit"],
        "succeed themselves",
    );
}

#[test]
fn someone_with_two_jobs_says_which_one_they_left() {
    let db = network();
    db.ok(&["person", "add", "Sam de Boer", "--company", "zaan", "--yes"]);
    db.execute(
        "INSERT INTO employment (person_id, company_id, role) SELECT id, (SELECT id FROM company WHERE name = 'Café De Ruïne'), 'other' FROM person WHERE name = 'Sam de Boer'",
        &[],
    );
    db.fails(&["person", "left", "Sam de Boer"], "--company");
    db.ok(&["person", "left", "Sam de Boer", "--company", "ruine"]);
    let sam = db.json(&["person", "show", "Sam de Boer"]);
    let current: Vec<&str> = sam["person"]["employments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["current"] == true)
        .map(|e| e["company"].as_str().unwrap())
        .collect();
    assert_eq!(current, ["Machinefabriek De Zaan"]);
}

#[test]
fn alumni_are_marked_and_listed() {
    let db = network();
    db.ok(&[
        "person",
        "alumnus",
        "Noëlle",
        "--programme",
        "Mechatronica",
        "--year",
        "2019",
    ]);
    let alumni = db.json(&["person", "list", "--alumni"]);
    assert_eq!(alumni.as_array().unwrap().len(), 1);
    assert_eq!(db.count(&["person", "list", "--alumni", "mecha"]), 1);
    assert_eq!(db.count(&["person", "list", "--alumni", "horeca"]), 0);
    let shown = db.json(&["person", "show", "Noëlle"]);
    assert_eq!(shown["person"]["alumnus_programme"], "Mechatronica");
    assert_eq!(shown["person"]["alumnus_year"], 2019);
    db.fails(
        &["person", "alumnus", "Noëlle", "--programme", "X", "--year", "19"],
        "alumnus year",
    );
    // A campaign for the companies where our alumni work.
    db.ok(&["campaign", "add", "Alumnidag"]);
    db.ok(&["campaign", "invite", "Alumnidag", "--alumni", "mechatronica"]);
    let invited = db.json(&["campaign", "show", "Alumnidag"]).to_string();
    assert!(
        invited.contains("Machinefabriek De Zaan") && !invited.contains("Ruïne"),
        "{invited}"
    );
    db.ok(&["person", "alumnus", "Noëlle", "--programme", ""]);
    assert_eq!(db.count(&["person", "list", "--alumni"]), 0);
}

#[test]
fn the_network_speaks_dutch() {
    let db = network();
    let text = db.ok(&["--lang", "nl", "network", "MKB Amsterdam"]);
    assert!(text.contains("vereniging") && text.contains("Leden (2)"), "{text}");
    db.ok(&["--lang", "nl", "rest", "ruine", "--until", "2027-03-01"]);
    let rest = db.ok(&["--lang", "nl", "rest"]);
    assert!(rest.contains("01-03-2027"), "{rest}");
}

#[test]
fn merging_companies_carries_their_network_and_undo_gives_it_back() {
    let db = network();
    db.ok(&["places", "set", "ruine", "--programme", "Horeca", "--offered", "2"]);
    db.ok(&["asked", "ruine", "--by", "ROC Top"]);
    db.ok(&["merge", "zaan", "ruine", "--yes"]);
    assert_eq!(db.json(&["places", "--company", "zaan"])[0]["programme"], "Horeca");
    assert_eq!(db.json(&["company", "show", "zaan"])["asked"]["schools"], 1);
    db.ok(&["merge", "undo"]);
    assert_eq!(db.count(&["places", "--company", "zaan"]), 0);
    assert_eq!(db.count(&["places", "--company", "ruine"]), 1);
}

#[test]
fn an_association_and_its_own_member_are_not_merged_into_one() {
    let db = network();
    db.fails(&["merge", "MKB Amsterdam", "zaan", "--yes"], "would be its own member");
    db.fails(&["merge", "zaan", "MKB Amsterdam", "--yes"], "would be its own member");
}

#[test]
fn erasing_a_person_removes_the_introductions_they_made_or_got() {
    let db = network();
    db.ok(&["network", "introduced", "ruine", "--by-person", "Noëlle"]);
    db.ok(&[
        "person",
        "alumnus",
        "Noëlle",
        "--programme",
        "Mechatronica",
        "--year",
        "2019",
    ]);
    // A request of access shows both first.
    let access = db.json(&["person", "export", "Noëlle"]);
    assert_eq!(access["introductions"][0]["whom"], "Café De Ruïne", "{access}");
    assert_eq!(access["person"]["alumnus_programme"], "Mechatronica");
    db.ok(&["person", "erase", "Noëlle", "--yes"]);
    let page = db.json(&["company", "show", "ruine"]);
    assert_eq!(page["network"]["introductions"], serde_json::json!([]));
}

#[test]
fn an_import_is_not_undone_over_the_network_built_on_it() {
    let db = network();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.csv");
    std::fs::write(
        &file,
        "Company,City,Name\nSmit BV,Hoorn,An Smit\nBakkerij Buis,Edam,Piet Buis\nStal BV,Edam,Jan Stal\n",
    )
    .unwrap();
    db.ok(&["import", "contacts", file.to_str().unwrap()]);
    db.ok(&["places", "set", "Smit", "--programme", "Logistiek", "--offered", "1"]);
    db.ok(&["network", "join", "MKB Amsterdam", "Stal"]);
    db.ok(&["network", "introduced", "zaan", "--by-person", "Piet Buis"]);
    let undone = db.json(&["import", "undo"]);
    let skipped: Vec<&str> = undone["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(skipped.contains(&"Smit BV") && skipped.contains(&"Stal BV"), "{undone}");
    assert!(skipped.contains(&"Piet Buis"), "{undone}");
    assert_eq!(db.count(&["places", "--company", "Smit"]), 1);
}

#[test]
fn goals_count_places_offered_and_filled() {
    let db = network();
    db.ok(&[
        "places",
        "set",
        "zaan",
        "--programme",
        "Mechatronica",
        "--offered",
        "3",
        "--filled",
        "1",
    ]);
    db.ok(&[
        "places",
        "set",
        "ruine",
        "--programme",
        "Horeca",
        "--period",
        "blok 3",
        "--offered",
        "2",
        "--filled",
        "2",
    ]);
    db.ok(&[
        "places",
        "set",
        "ruine",
        "--programme",
        "Horeca",
        "--year",
        "2025-2026",
        "--offered",
        "9",
    ]);
    db.ok(&["goal", "add", "--metric", "places_offered", "--target", "10"]);
    db.ok(&[
        "goal",
        "add",
        "--metric",
        "places-filled",
        "--target",
        "4",
        "--tag",
        "techniek",
    ]);
    let goals = db.json(&["goals"]);
    let count = |metric: &str| {
        goals
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["metric"] == metric)
            .unwrap()["count"]
            .clone()
    };
    assert_eq!(
        count("places_offered"),
        5,
        "this year's 3 and 2, not last year's 9: {goals}"
    );
    assert_eq!(count("places_filled"), 1, "only De Zaan has the tag techniek");
}

#[test]
fn an_offer_from_the_school_finds_companies_invites_them_and_becomes_a_question() {
    let db = network();
    db.ok(&["team", "add", "Techniek"]);
    db.ok(&["person", "edit", "Noëlle", "--topic", "lasrobots"]);
    db.ok(&[
        "company",
        "add",
        "Lasbedrijf Kok",
        "--sector",
        "techniek",
        "--city",
        "Hoorn",
    ]);
    db.ok(&["rest", "Lasbedrijf Kok", "--until", "2027-01-31"]);
    db.fails(&["offer", "add", "Hackathon"], "--sector, --tag or --topic");
    let said = db.ok(&[
        "offer",
        "add",
        "Hackathon lasrobots",
        "--team",
        "Techniek",
        "--students",
        "12",
        "--period",
        "blok 3",
        "--sector",
        "techniek",
        "--topic",
        "robot",
    ]);
    assert!(said.contains("2 companies could take it"), "{said}");
    let shown = db.json(&["offer", "show", "1"]);
    let zaan = shown["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["company"] == "Machinefabriek De Zaan")
        .unwrap();
    assert_eq!(zaan["matched_on"], serde_json::json!(["sector", "topic"]));
    // The campaign invites those not resting, and names the one resting.
    assert!(warned(&db, &["offer", "invite", "1"]).contains("left out: Lasbedrijf Kok"));
    let campaign = db
        .json(&["campaign", "show", "Hackathon lasrobots (offer #1)"])
        .to_string();
    assert!(
        campaign.contains("Machinefabriek De Zaan") && !campaign.contains("Lasbedrijf Kok"),
        "{campaign}"
    );
    // De Zaan takes it: it is their question now, matched to Techniek.
    let question = db.json(&["offer", "match", "1", "zaan"]);
    assert_eq!(question["company"], "Machinefabriek De Zaan");
    assert_eq!(question["status"], "matched");
    assert_eq!(question["team"], "Techniek");
    let offer = db.json(&["offer", "show", "1"]);
    assert_eq!(offer["offer"]["status"], "matched");
    assert_eq!(offer["offer"]["company"], "Machinefabriek De Zaan");
    db.fails(&["offer", "match", "1", "ruine"], "no longer open");
    db.fails(&["offer", "withdraw", "1"], "no longer open");
    assert_eq!(db.count(&["offer", "list"]), 0, "nothing open");
    assert_eq!(db.count(&["offer", "list", "--all"]), 1);
}

#[test]
fn an_import_that_places_a_known_contact_elsewhere_says_she_may_have_left() {
    let db = network();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.csv");
    std::fs::write(
        &file,
        "Company,City,Name,Email\nBouwbedrijf Visser,Purmerend,Noëlle de Vries,noelle@dezaan.nl\n",
    )
    .unwrap();
    let said = db.ok(&["import", "contacts", file.to_str().unwrap(), "--dry-run"]);
    assert!(
        said.contains("Noëlle de Vries works at Machinefabriek De Zaan in kring, at Bouwbedrijf Visser in the file")
            && said.contains("kring person left \"Noëlle de Vries\" --company \"Machinefabriek De Zaan\""),
        "{said}"
    );
    let report = db.json(&["import", "contacts", file.to_str().unwrap()]);
    assert_eq!(report["report"]["moved"][0]["from"], "Machinefabriek De Zaan");
    assert_eq!(
        report["report"]["companies_created"], 1,
        "the new company is not taken for her old one"
    );
    // Nothing is decided for her: she still works at De Zaan until someone says she left.
    let noelle = db.json(&["person", "show", "Noëlle"]);
    assert!(noelle["person"]["employments"]
        .to_string()
        .contains("Machinefabriek De Zaan"));
    // The same company under its own name is no move.
    std::fs::write(
        &file,
        "Company,City,Name,Email\nMachinefabriek De Zaan,Zaandam,Noëlle de Vries,noelle@dezaan.nl\n",
    )
    .unwrap();
    let again = db.json(&["import", "contacts", file.to_str().unwrap()]);
    assert_eq!(again["report"]["moved"], serde_json::json!([]));
}

#[test]
fn a_hybrid_teacher_is_a_route_in_for_health() {
    let db = network();
    let staff = |db: &Db| db.json(&["company", "show", "ruine"])["health"]["reasons"].to_string();
    db.ok(&["log", "ruine", "--kind", "call", "--note", "stage"]);
    assert!(staff(&db).contains("one staff member"), "{}", staff(&db));
    db.ok(&["network", "works", "Joost Mulder", "ruine", "--title", "kok (2 dagen)"]);
    assert!(!staff(&db).contains("one staff member"), "{}", staff(&db));
}

#[test]
fn a_trainer_who_moves_to_another_company_flags_the_recognition_too() {
    let db = network();
    db.ok(&[
        "company",
        "recognise",
        "zaan",
        "--crebo",
        "25180",
        "--trainer",
        "Noëlle",
    ]);
    assert_eq!(db.json(&["today"])["trainers_gone"], serde_json::json!([]));
    db.ok(&["person", "move", "Noëlle", "--to", "ruine"]);
    let gone = db.json(&["today"])["trainers_gone"].clone();
    assert_eq!(gone[0]["company"], "Machinefabriek De Zaan", "{gone}");
    assert_eq!(gone[0]["left_on"], "2026-11-26");
    // She comes back: nothing is flagged any more.
    db.ok(&["person", "move", "Noëlle", "--to", "zaan"]);
    assert_eq!(db.json(&["today"])["trainers_gone"], serde_json::json!([]));
}

#[test]
fn places_are_read_from_excels_own_files_a_dutch_csv_and_a_workbook() {
    let db = network();
    let dir = tempfile::tempdir().unwrap();
    // What Excel with a Dutch locale saves: Windows-1252, ';', CRLF.
    let csv = dir.path().join("geplaatst.csv");
    let mut bytes = b"Bedrijfsnaam;Opleiding;Periode;Geplaatst\r\nCaf".to_vec();
    bytes.push(0xE9); // é
    bytes.extend_from_slice(b" De Ru");
    bytes.push(0xEF); // ï
    bytes.extend_from_slice(b"ne;Horeca;blok 3;2\r\n");
    std::fs::write(&csv, bytes).unwrap();
    db.ok(&["places", "import", csv.to_str().unwrap()]);
    assert_eq!(db.json(&["places", "--company", "ruine"])[0]["filled"], 2);
    // A workbook from the student system, the count a number cell.
    let xlsx = dir.path().join("plaatsen.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (col, header) in ["KvK", "Opleiding", "Periode", "Aangeboden", "Geplaatst"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, col as u16, *header).unwrap();
    }
    sheet.write_number(1, 0, 12345678.0).unwrap();
    sheet.write_string(1, 1, "Mechatronica").unwrap();
    sheet.write_string(1, 2, "blok 3").unwrap();
    sheet.write_number(1, 3, 4.0).unwrap();
    sheet.write_number(1, 4, 1.0).unwrap();
    workbook.save(&xlsx).unwrap();
    db.ok(&["places", "import", xlsx.to_str().unwrap()]);
    let zaan = db.json(&["places", "--company", "zaan"]);
    assert_eq!(
        (zaan[0]["offered"].as_i64(), zaan[0]["open"].as_i64()),
        (Some(4), Some(3)),
        "{zaan}"
    );
}

#[test]
fn a_name_another_client_wrote_with_an_escape_is_not_obeyed_in_the_notes() {
    let db = network();
    // Another client (psql, sqlite3) may write what kring refuses.
    db.execute(
        "UPDATE company SET name = ?1 WHERE name = 'Café De Ruïne'",
        &["Café \u{1b}[2JRuïne\r"],
    );
    db.ok(&["rest", "#2", "--until", "2027-03-01"]);
    db.ok(&["campaign", "add", "Bedrijvendag"]);
    let said = warned(&db, &["campaign", "invite", "Bedrijvendag", "--status", "prospect"]);
    assert!(said.contains("left out: Café"), "{said}");
    assert!(!said.contains('\u{1b}') && !said.contains('\r'), "{said:?}");
    let many = warned(
        &db,
        &[
            "log",
            "--companies",
            "status:prospect",
            "--kind",
            "email",
            "--note",
            "x",
            "--dry-run",
        ],
    );
    assert!(!many.contains('\u{1b}') && !many.contains('\r'), "{many:?}");
    let listed = db.ok(&["rest"]);
    assert!(!listed.contains('\u{1b}'), "{listed:?}");
}
