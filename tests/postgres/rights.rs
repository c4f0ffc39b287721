//! What docs/team.md promises a school's IT holds on the server, whatever
//! client connects: each promise tried as the login in question through
//! `psql` (as an attacker would) and through kring (which says the same in
//! its own words).

use super::{host, Pg, NEXT};
use std::process::{Command, Stdio};
use std::sync::atomic::Ordering;

impl Pg {
    /// A further login of this test, in `group` (kring_staff or kring_admin).
    fn login(&self, name: &str, group: &str) -> String {
        let login = format!("{name}_{}", self.db);
        self.sql_as("postgres", &format!("CREATE ROLE {login} LOGIN IN ROLE {group}"))
            .unwrap();
        login
    }

    /// One number from SQL run as the superuser.
    fn count(&self, sql: &str) -> i64 {
        self.sql_as("postgres", sql).unwrap().trim().parse().unwrap()
    }

    /// kring's `--json` answer as `user`.
    fn json(&self, user: &str, args: &[&str]) -> serde_json::Value {
        let mut with_json = args.to_vec();
        with_json.push("--json");
        let out = self.kring(user, &with_json).unwrap_or_else(|e| panic!("{args:?}: {e}"));
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}\n{out}"))
    }

    /// kring as `user` must refuse, saying `says` (and nothing raw).
    fn kring_refuses(&self, user: &str, args: &[&str], says: &str) {
        match self.kring(user, args) {
            Ok(out) => panic!("{user} was allowed: {args:?}\n{out}"),
            Err(e) => {
                assert!(e.contains(says), "{args:?}: {e}");
                assert!(!e.contains("permission denied"), "raw refusal: {e}");
            }
        }
    }
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn a_login_nobody_linked_reads_but_writes_nothing_and_neither_does_an_unlinked_admin() {
    let pg = Pg::new();
    let stranger = pg.login("stranger", "kring_staff");
    let loose_admin = pg.login("eva", "kring_admin");
    let entries = pg.count("SELECT count(*) FROM audit_log");
    for who in [&stranger, &loose_admin] {
        assert_eq!(pg.sql_as(who, "SELECT count(*) FROM company").unwrap().trim(), "2");
        for sql in [
            "INSERT INTO company (name, name_fold, created_at, updated_at) VALUES ('Nieuw BV', 'nieuw bv', 'd', 'd')",
            "INSERT INTO interaction (company_id, occurred_on, kind, created_at) VALUES (1, '2026-12-01', 'call', 'x')",
            "INSERT INTO audit_log (at, entity, entity_id, action) VALUES ('x', 'company', 1, 'create')",
            "UPDATE company SET city = 'Hoorn'",
            "DELETE FROM followup",
        ] {
            pg.refused(who, sql, "is not linked to a current staff member");
        }
        pg.kring_refuses(who, &["company", "add", "Nieuw BV"], "is not linked to a staff member");
        pg.kring_refuses(who, &["log", "ruine", "--kind", "call", "--note", "x"], "is not linked");
    }
    assert_eq!(pg.count("SELECT count(*) FROM company"), 2);
    assert_eq!(
        pg.count("SELECT count(*) FROM audit_log"),
        entries,
        "no entry without a staff id"
    );
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn a_leavers_login_reads_and_writes_nothing_and_it_is_disabled_or_left_to_it() {
    let pg = Pg::new();
    let joost = pg.staff.as_str();
    pg.kring(
        joost,
        &["followup", "add", "ruine", "--due", "+1w", "--action", "Terugbellen"],
    )
    .unwrap();
    // A terminal UI Joost left open.
    let mut open = pg.store(joost);
    let out = pg
        .kring(
            &pg.admin,
            &["staff", "leave", "Joost Mulder", "--handover-to", "Sanne Bakker"],
        )
        .unwrap();
    assert!(
        out.contains(&format!("For IT: disable the login '{joost}'"))
            && out.contains(&format!("ALTER ROLE \"{joost}\" NOLOGIN;")),
        "an admin whose role may not alter roles is told what remains: {out}"
    );
    for table in ["company", "person", "interaction", "followup", "staff", "audit_log"] {
        let seen = pg.sql_as(joost, &format!("SELECT count(*) FROM {table}")).unwrap();
        assert_eq!(seen.trim(), "0", "a leaver reads nothing of {table}");
    }
    pg.refused(
        joost,
        "INSERT INTO followup (company_id, staff_id, due_on, action, created_at) VALUES (1, 2, '2027-01-01', 'x', 'x')",
        "is not linked to a current staff member",
    );
    pg.kring_refuses(joost, &["company", "list"], "belongs to a staff member who has left");
    let write = open.add_company(kring::model::companies::NewCompany {
        name: "Na Vertrek BV".into(),
        ..Default::default()
    });
    assert!(write.is_err(), "the open session writes nothing either");
    assert_eq!(pg.count("SELECT count(*) FROM company WHERE name = 'Na Vertrek BV'"), 0);

    // An admin whose role may alter roles disables the login at once.
    let admin = pg.login("it_admin", "kring_admin");
    pg.sql_as("postgres", &format!("ALTER ROLE {admin} CREATEROLE"))
        .unwrap();
    pg.kring(&pg.admin, &["staff", "link", "Sanne Bakker", "--none"]).ok();
    let piet = pg.login("piet", "kring_staff");
    pg.sql_as(
        "postgres",
        &format!(
            "INSERT INTO staff (name, name_fold, created_at, login) VALUES ('IT Beheer', 'it beheer', 'x', '{admin}'),
                                                                      ('Piet Smit', 'piet smit', 'x', '{piet}')"
        ),
    )
    .unwrap();
    let out = pg
        .kring(&admin, &["staff", "leave", "Piet Smit", "--handover-to", "IT Beheer"])
        .unwrap();
    assert!(out.contains(&format!("The login '{piet}' is disabled")), "{out}");
    assert_eq!(
        pg.sql_as(
            "postgres",
            &format!("SELECT rolcanlogin FROM pg_roles WHERE rolname = '{piet}'")
        )
        .unwrap()
        .trim(),
        "f"
    );
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn every_who_column_is_the_logins_own_unless_it_names_a_colleague_on_purpose() {
    let pg = Pg::new();
    let joost = pg.staff.as_str();
    pg.sql_as(
        "postgres",
        "INSERT INTO staff (name, name_fold, created_at, left_on) VALUES ('Piet Weg', 'piet weg', 'x', '2026-06-01')",
    )
    .unwrap();
    let sanne_call = pg.json(&pg.admin, &["log", "ruine", "--kind", "call", "--note", "Sanne belde"])["interaction"]
        .as_i64()
        .unwrap();
    let own = |sql: &str| pg.sql_as(joost, sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
    for (sql, says) in [
        (
            "INSERT INTO interaction (company_id, staff_id, occurred_on, kind, created_at) VALUES (1, 1, '2026-12-01', 'call', 'x')",
            "must be your own staff id",
        ),
        (
            "INSERT INTO interaction (company_id, staff_id, occurred_on, kind, created_at) VALUES (1, NULL, '2026-12-01', 'call', 'x')",
            "must be your own staff id",
        ),
        (
            &format!("UPDATE interaction SET staff_id = 2 WHERE id = {sanne_call}"),
            "says who did it",
        ),
        (
            "INSERT INTO question (company_id, title, school_year, asked_on, staff_id, created_at, updated_at)
               VALUES (1, 'Gastles', '2026-2027', '2026-12-01', 1, 'x', 'x')",
            "must be your own staff id",
        ),
        (
            "INSERT INTO campaign (name, name_fold, staff_id, created_at) VALUES ('Stagefestival', 'stagefestival', 1, 'x')",
            "must be your own staff id",
        ),
        (
            "INSERT INTO import_batch (source, format, staff_id, imported_at, rows) VALUES ('x.csv', 'csv', 1, 'x', 0)",
            "must be your own staff id",
        ),
        (
            "INSERT INTO merge_log (entity, kept_id, merged_id, staff_id, merged_at, undo) VALUES ('company', 1, 2, 1, 'x', '{}')",
            "must be your own staff id",
        ),
        (
            "INSERT INTO followup (company_id, staff_id, due_on, action, created_at) VALUES (1, 3, '2027-01-01', 'x', 'x')",
            "has left",
        ),
    ] {
        pg.refused(joost, sql, says);
    }
    let mine = own(
        "INSERT INTO interaction (company_id, staff_id, occurred_on, kind, created_at)
           VALUES (1, 2, '2026-12-01', 'call', 'x') RETURNING id",
    );
    pg.refused(
        joost,
        &format!("UPDATE interaction SET staff_id = 1 WHERE id = {}", mine.trim()),
        "says who did it",
    );
    // On purpose: a follow-up for a colleague, a company owned by one.
    own("INSERT INTO followup (company_id, staff_id, due_on, action, created_at) VALUES (1, 1, '2027-01-01', 'Offerte', 'x')");
    own("INSERT INTO company (name, name_fold, owner_id, created_at, updated_at) VALUES ('Voor Sanne', 'voor sanne', 1, '2026-12-01', '2026-12-01')");
    // An admin may act for a colleague.
    pg.sql_as(
        &pg.admin,
        "INSERT INTO interaction (company_id, staff_id, occurred_on, kind, created_at) VALUES (1, 2, '2026-12-01', 'visit', 'x')",
    )
    .unwrap();
    assert_eq!(
        pg.count(&format!("SELECT staff_id FROM interaction WHERE id = {sanne_call}")),
        1,
        "Sanne's call is still hers"
    );
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn staff_delete_only_their_own_interactions_and_follow_ups() {
    let pg = Pg::new();
    let (sanne, joost) = (pg.admin.as_str(), pg.staff.as_str());
    let logged = |who: &str, note: &str| {
        pg.json(who, &["log", "ruine", "--kind", "call", "--note", note])["interaction"]
            .as_i64()
            .unwrap()
            .to_string()
    };
    let hers = logged(sanne, "Sanne belde");
    pg.kring_refuses(
        joost,
        &["interaction", "delete", &hers, "--yes"],
        "only the colleague who logged it (Sanne Bakker) or an admin may delete this interaction",
    );
    pg.refused(
        joost,
        &format!("DELETE FROM interaction WHERE id = {hers}"),
        "only the colleague who logged it (Sanne Bakker)",
    );
    let his = logged(joost, "Joost belde");
    pg.kring(joost, &["interaction", "delete", &his, "--yes"]).unwrap();

    let followup = |who: &str, for_whom: &str| {
        pg.json(
            who,
            &[
                "followup", "add", "ruine", "--due", "+1w", "--action", "Bellen", "--for", for_whom,
            ],
        )["id"]
            .as_i64()
            .unwrap()
            .to_string()
    };
    let sannes_own = followup(sanne, "Sanne Bakker");
    let made_by_joost = followup(joost, "Sanne Bakker");
    pg.kring_refuses(
        joost,
        &["followup", "delete", &sannes_own, "--yes"],
        "only the colleague it is for (Sanne Bakker)",
    );
    pg.refused(
        joost,
        &format!("DELETE FROM followup WHERE id = {sannes_own}"),
        "only the colleague it is for (Sanne Bakker)",
    );
    pg.kring(joost, &["followup", "delete", &made_by_joost, "--yes"])
        .expect("the one who made it may take it back");
    // An admin may delete anyone's.
    pg.kring(sanne, &["interaction", "delete", &logged(joost, "nog een"), "--yes"])
        .unwrap();
    assert_eq!(
        pg.count(&format!("SELECT count(*) FROM interaction WHERE id = {hers}")),
        1
    );
    assert_eq!(
        pg.count(&format!("SELECT count(*) FROM followup WHERE id = {sannes_own}")),
        1
    );
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn a_merge_that_hands_over_a_colleagues_relationship_needs_its_owner_or_an_admin() {
    let pg = Pg::new();
    let (sanne, joost) = (pg.admin.as_str(), pg.staff.as_str());
    pg.kring(sanne, &["log", "ruine", "--kind", "visit", "--note", "Rondleiding"])
        .unwrap();
    let his = pg.json(joost, &["company", "add", "Ruïne Edam BV", "--city", "Edam"]);
    let his_id = his["id"].as_i64().unwrap_or_else(|| panic!("{his}")).to_string();
    pg.kring_refuses(
        joost,
        &["merge", &his_id, "1", "--yes"],
        "only Sanne Bakker (who owns Café De Ruïne) or an admin may merge it",
    );
    pg.kring_refuses(joost, &["merge", &his_id, "1", "--dry-run"], "only Sanne Bakker");
    pg.refused(
        joost,
        &format!("UPDATE interaction SET company_id = {his_id} WHERE company_id = 1"),
        "only Sanne Bakker (who owns company #1) or an admin may move its records",
    );
    assert_eq!(pg.count("SELECT count(*) FROM interaction WHERE company_id = 1"), 1);
    assert_eq!(pg.count("SELECT archived FROM company WHERE id = 1"), 0);
    // His own into hers: he gives it away, which he may.
    pg.kring(joost, &["merge", "1", &his_id, "--yes"]).unwrap();
    // And an admin may fold anyone's into anyone's.
    pg.kring(sanne, &["merge", "2", "1", "--yes"]).unwrap();
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn changes_made_through_psql_are_in_history_with_the_login_that_made_them() {
    let pg = Pg::new();
    let joost = pg.staff.as_str();
    pg.sql_as(
        joost,
        "UPDATE person SET phone = '06-12345678' WHERE name = 'Noëlle de Vries';
         UPDATE company SET city = NULL, city_fold = NULL WHERE id = 2;",
    )
    .unwrap();
    pg.sql_as(
        "postgres",
        "UPDATE company SET name = 'Café De Ruïne B.V.' WHERE id = 1",
    )
    .unwrap();
    let history = pg.json(joost, &["history", "2"]);
    let entry = history
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["detail"]["via"] == "psql")
        .unwrap_or_else(|| panic!("no entry for psql's change: {history}"));
    assert_eq!(entry["staff"], "Joost Mulder", "{entry}");
    assert_eq!(entry["action"], "update");
    assert!(entry["detail"]["fields"].to_string().contains("city"), "{entry}");
    let text = pg.kring(joost, &["history", "2"]).unwrap();
    assert!(text.contains("Joost Mulder") && text.contains("changed city"), "{text}");
    let person = pg.json(joost, &["history", "person", "Noëlle"]);
    assert!(
        person
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["staff"] == "Joost Mulder" && c["detail"]["fields"].to_string().contains("phone")),
        "{person}"
    );
    let owners = pg.json(joost, &["history", "1"]);
    assert!(
        owners
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["detail"]["login"] == "postgres" && c["staff"].is_null()),
        "the owner's change names its login: {owners}"
    );

    // kring's own changes carry kring's words, never a second entry.
    let before = pg.count("SELECT count(*) FROM audit_log WHERE detail LIKE '%\"via\"%'");
    let csv = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        csv.path(),
        "Company,City,Name,Email\nBakkerij Zon,Hoorn,Els Zon,els@zon.nl\n",
    )
    .unwrap();
    let csv = csv.path().to_str().unwrap();
    for args in [
        &["person", "move", "Noëlle", "--to", "ruine"][..],
        &["log", "ruine", "--kind", "call", "--with", "noelle", "--note", "Gebeld"],
        &[
            "followup", "add", "ruine", "--due", "+1w", "--action", "Offerte", "--person", "noelle",
        ],
        &["company", "edit", "ruine", "--tag", "horeca", "--city", "Volendam"],
        &[
            "person",
            "add",
            "Kees de Boer",
            "--company",
            "ruine",
            "--email",
            "kees@ruine.nl",
        ],
        &["person", "move", "Kees de Boer", "--to", "Jansen"],
        &[
            "engagement",
            "add",
            "ruine",
            "--form",
            "guest_lecture",
            "--students",
            "20",
        ],
        &["question", "add", "ruine", "Praktijkopdracht keuken"],
        &["import", "contacts", csv],
        &["import", "undo"],
        &["merge", "1", "2", "--yes"],
    ] {
        pg.kring(joost, args).unwrap_or_else(|e| panic!("{args:?}: {e}"));
    }
    let after = pg.count("SELECT count(*) FROM audit_log WHERE detail LIKE '%\"via\"%'");
    let extra = pg
        .sql_as(
            "postgres",
            "SELECT string_agg(entity || ' ' || action || ' ' || detail, E'\\n') FROM audit_log WHERE detail LIKE '%\"via\"%'",
        )
        .unwrap();
    assert_eq!(after, before, "kring wrote its own entries: {extra}");
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn nobody_but_the_owner_sets_an_id_counter_so_no_id_is_handed_out_twice() {
    let pg = Pg::new();
    let joost = pg.staff.as_str();
    for who in [joost, pg.admin.as_str()] {
        pg.refused(who, "SELECT setval('interaction_id_seq', 1)", "permission denied");
    }
    let first = pg.json(joost, &["log", "ruine", "--kind", "call", "--note", "vergissing"])["interaction"]
        .as_i64()
        .unwrap();
    pg.kring(joost, &["interaction", "delete", &first.to_string(), "--yes"])
        .unwrap();
    let csv = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(csv.path(), "Company,City\nBakkerij Zon,Hoorn\n").unwrap();
    pg.kring(
        joost,
        &["import", "contacts", csv.path().to_str().unwrap(), "--dry-run"],
    )
    .unwrap();
    let next = pg.json(joost, &["log", "ruine", "--kind", "call", "--note", "echt"])["interaction"]
        .as_i64()
        .unwrap();
    assert!(next > first, "{next} after {first}");
    assert_eq!(
        pg.count(&format!(
            "SELECT count(*) FROM audit_log WHERE entity = 'interaction' AND entity_id = {next} AND action = 'delete'"
        )),
        0
    );
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn an_import_is_undone_by_whoever_made_it_or_an_admin_and_by_nobody_else() {
    let pg = Pg::new();
    let (sanne, joost) = (pg.admin.as_str(), pg.staff.as_str());
    let dir = tempfile::tempdir().unwrap();
    let csv = |name: &str, rows: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, format!("Company,City,Name,Email\n{rows}")).unwrap();
        path.to_str().unwrap().to_string()
    };
    let his = csv(
        "joost.csv",
        "Bakkerij Zon,Hoorn,Els Zon,els@zon.nl\nSlagerij Vos,Edam,Bo Vos,bo@vos.nl\n",
    );
    pg.kring(joost, &["import", "contacts", &his]).unwrap();
    let undone = pg.json(joost, &["import", "undo"]);
    assert_eq!(undone["companies_removed"], 2, "{undone}");
    assert_eq!(undone["people_removed"], 2, "{undone}");
    assert_eq!(pg.count("SELECT count(*) FROM company WHERE name = 'Bakkerij Zon'"), 0);

    pg.kring(joost, &["import", "contacts", &his]).unwrap();
    let hers = csv("sanne.csv", "Garage Smit,Purmerend,Jan Smit,jan@smit.nl\n");
    pg.kring(sanne, &["import", "contacts", &hers]).unwrap();
    pg.kring_refuses(
        joost,
        &["import", "undo"],
        "only Sanne Bakker (who imported it) or an admin may undo import",
    );
    let garage = pg.count("SELECT id FROM company WHERE name = 'Garage Smit'");
    pg.refused(
        joost,
        &format!("DELETE FROM company WHERE id = {garage}"),
        "a company is archived, not deleted",
    );
    pg.refused(
        joost,
        "DELETE FROM person WHERE email = 'jan@smit.nl'",
        "only an admin may erase a person",
    );
    pg.kring(sanne, &["import", "undo"]).unwrap();
    // Now Joost's is the last: an admin may undo a colleague's.
    let undone = pg.json(sanne, &["import", "undo"]);
    assert_eq!(undone["companies_removed"], 2, "{undone}");
    assert_eq!(pg.count("SELECT count(*) FROM company"), 2);
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn refusals_on_a_server_speak_kring_and_a_dry_run_is_refused_as_the_real_thing() {
    let pg = Pg::new();
    let joost = pg.staff.as_str();
    pg.kring_refuses(
        joost,
        &[
            "staff",
            "leave",
            "Joost Mulder",
            "--handover-to",
            "Sanne Bakker",
            "--dry-run",
        ],
        "only an admin may mark Joost Mulder as left",
    );
    pg.kring_refuses(
        joost,
        &[
            "staff",
            "leave",
            "Sanne Bakker",
            "--handover-to",
            "Joost Mulder",
            "--dry-run",
        ],
        "only an admin may hand over a colleague's companies",
    );
    pg.kring_refuses(joost, &["team", "add", "Techniek"], "only an admin may add a team");
    assert_eq!(pg.count("SELECT count(*) FROM staff WHERE left_on IS NOT NULL"), 0);
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn a_staff_member_writes_the_backup_as_the_export_one_rule_for_the_same_json() {
    let pg = Pg::new();
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("backup.json");
    let export = dir.path().join("export.json");
    pg.kring(&pg.staff, &["backup", backup.to_str().unwrap()]).unwrap();
    pg.kring(&pg.staff, &["export", "all", "-o", export.to_str().unwrap()])
        .unwrap();
    let tables = |path: &std::path::Path| {
        let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        doc["tables"].clone()
    };
    assert_eq!(tables(&backup), tables(&export));
    assert!(tables(&backup)["company"].as_array().unwrap().len() == 2);
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn a_flood_of_notifications_is_read_a_bounded_number_at_a_time_and_counts_once() {
    let pg = Pg::new();
    let sanne = pg.store(&pg.admin);
    let start = sanne.data_version().unwrap();
    let stranger = pg.login("stranger", "kring_staff");
    pg.sql_as(
        &stranger,
        "SELECT count(pg_notify('kring_changed', g::text)) FROM generate_series(1, 20000) g",
    )
    .unwrap();
    let mut last = start;
    let mut looks = 0;
    loop {
        looks += 1;
        let now = sanne.data_version().unwrap();
        assert!(now <= last + 1, "one look counts a burst once, however long");
        if now == last && looks > 1 {
            break;
        }
        last = now;
        assert!(looks < 40, "20000 notifications take a bounded number of looks");
    }
    assert!(last > start, "the burst was heard");
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn the_documented_setup_gives_a_database_that_exports_cards_and_calendars() {
    let host = host();
    let n = format!("{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
    let (db, admin) = (format!("kring_setup{n}"), format!("admin_{n}"));
    let pg = Pg {
        host: host.clone(),
        db: db.clone(),
        admin: admin.clone(),
        staff: String::new(),
    };
    let setup = Command::new(env!("CARGO_BIN_EXE_kring"))
        .args(["db", "setup", "--print-sql", "--database", &db])
        .output()
        .unwrap();
    pg.psql_input("postgres", "postgres", &String::from_utf8(setup.stdout).unwrap())
        .unwrap();
    pg.sql_as("postgres", &format!("CREATE ROLE {admin} LOGIN IN ROLE kring_admin"))
        .unwrap();
    pg.kring(&admin, &["init", "--me", "Sanne Bakker"]).unwrap();
    pg.kring(
        &admin,
        &["company", "add", "Machinefabriek De Zaan", "--city", "Zaandam"],
    )
    .unwrap();
    pg.kring(
        &admin,
        &[
            "person",
            "add",
            "Noëlle de Vries",
            "--company",
            "zaan",
            "--email",
            "n@zaan.nl",
        ],
    )
    .unwrap();
    pg.kring(
        &admin,
        &["followup", "add", "zaan", "--due", "+1w", "--action", "Bellen"],
    )
    .unwrap();
    let cards = pg.kring(&admin, &["export", "contacts", "--format", "vcard"]).unwrap();
    assert!(cards.contains("UID:urn:uuid:"), "{cards}");
    let calendar = pg.kring(&admin, &["export", "followups"]).unwrap();
    assert!(calendar.contains("BEGIN:VCALENDAR"), "{calendar}");
}

#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn the_move_as_the_guide_writes_it_works_for_its_admin_and_an_open_session_on_the_file_cannot_lose_a_change() {
    let host = host();
    let n = format!("{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
    let (db, admin) = (format!("kring_moved{n}"), format!("admin_{n}"));
    let pg = Pg {
        host: host.clone(),
        db: db.clone(),
        admin: admin.clone(),
        staff: String::new(),
    };
    let setup = Command::new(env!("CARGO_BIN_EXE_kring"))
        .args(["db", "setup", "--print-sql", "--database", &db])
        .output()
        .unwrap();
    pg.psql_input("postgres", "postgres", &String::from_utf8(setup.stdout).unwrap())
        .unwrap();
    pg.sql_as("postgres", &format!("CREATE ROLE {admin} LOGIN IN ROLE kring_admin"))
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kring.sqlite");
    let on_file = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_kring"))
            .args(args)
            .env("KRING_DB", &file)
            .env("KRING_TODAY", "2026-12-02")
            .env("USER", "sanne")
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    assert!(on_file(&["demo"]).status.success());
    assert!(on_file(&["backup"]).status.success(), "the README tour makes a backup");
    // A terminal UI open on the file, with a follow-up it will mark done.
    let mut open = kring::store::Store::open(&file, kring::store::Clock::fixed("2026-12-02".parse().unwrap())).unwrap();
    let followup = open
        .list_followups(&Default::default())
        .unwrap()
        .first()
        .map(|f| f.id)
        .expect("the demo has follow-ups");
    let url = pg.url(&admin);
    let moved = on_file(&["migrate-to", &url, "--json"]);
    assert!(moved.status.success(), "{}", String::from_utf8_lossy(&moved.stderr));
    let moved: serde_json::Value = serde_json::from_slice(&moved.stdout).unwrap();
    assert_eq!(moved["linked_login"], admin.as_str(), "{moved}");
    assert!(
        moved["tables"].get("backup_copy").is_none(),
        "a file's copies stay the file's: {moved}"
    );

    let refused = open.complete_followup(followup).unwrap_err().to_string();
    assert!(refused.contains("moved to") && refused.contains(&url), "{refused}");
    assert_eq!(
        pg.count(&format!(
            "SELECT count(*) FROM followup WHERE id = {followup} AND done_at IS NOT NULL"
        )),
        0
    );
    // The admin works on the server as themselves, and an erase there
    // names no copy on the laptop the file came from.
    pg.kring(
        &admin,
        &[
            "log",
            "Visser Logistiek",
            "--kind",
            "call",
            "--note",
            "Eerste op de server",
        ],
    )
    .unwrap();
    let someone = pg.count("SELECT min(id) FROM person").to_string();
    let erase = pg.json(&admin, &["person", "erase", &someone, "--dry-run"]);
    assert_eq!(erase["copies_holding_them"], serde_json::json!([]), "{erase}");
}

/// The capture inbox on the server, tried through psql as a staff login:
/// a proposal is one's own (never a colleague's mailbox put in their name),
/// stays whose it was, and only an admin removes proposals or what kring
/// remembers of the messages (so nobody makes old mail be proposed again).
#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn a_staff_login_proposes_only_for_itself_and_removes_nothing() {
    let pg = Pg::new();
    let insert = |staff: i64| {
        format!(
            "INSERT INTO capture (source, occurred_on, company_id, staff_id, kind, matched_by, thread, created_at)
               VALUES ('mail', '2026-12-01', 1, {staff}, 'email', 'domain', 'draad', '2026-12-01 10:00:00')"
        )
    };
    // Joost is staff #2, Sanne (an admin) #1.
    pg.refused(&pg.staff, &insert(1), "must be your own staff id");
    pg.sql_as(&pg.staff, &insert(2)).unwrap();
    pg.sql_as(
        &pg.staff,
        "INSERT INTO capture_seen (key, capture_id) SELECT 'sleutel', id FROM capture",
    )
    .unwrap();
    pg.refused(&pg.staff, "UPDATE capture SET staff_id = 1", "stays so");
    for sql in [
        "DELETE FROM capture",
        "DELETE FROM capture_seen",
        "DELETE FROM capture_folder",
    ] {
        pg.refused(&pg.staff, sql, "permission denied");
    }
    assert_eq!(pg.count("SELECT count(*) FROM capture_seen"), 1);
    pg.sql_as(&pg.admin, "DELETE FROM capture").unwrap();
    assert_eq!(
        pg.count("SELECT count(*) FROM capture_seen"),
        0,
        "the hashes go with their proposal"
    );
}

/// The network's tables (version 22) under the same rules as the rest: a
/// staff login records through kring with its own name on every entry; by
/// psql it may not put a colleague's name on a row, nor delete places.
#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn the_network_is_written_by_staff_under_their_own_name() {
    let pg = Pg::new();
    let joost = pg.staff.as_str();
    let before = pg.count("SELECT coalesce(max(id), 0) FROM audit_log");
    for args in [
        &["company", "edit", "ruine", "--kind", "association"][..],
        &["network", "join", "ruine", "jansen", "--since", "2025-01-01"],
        &["network", "introduced", "jansen", "--by-org", "ruine"],
        &[
            "places",
            "set",
            "jansen",
            "--programme",
            "Mechatronica",
            "--offered",
            "2",
        ],
        &["rest", "jansen", "--until", "2027-03-01", "--reason", "drukte"],
        &["asked", "jansen", "--by", "ROC van Amsterdam"],
    ] {
        pg.kring(joost, args).unwrap_or_else(|e| panic!("{args:?}: {e}"));
    }
    let network = pg.json(joost, &["network", "ruine"]);
    assert_eq!(network["members"][0]["company"], "Jansen-de Vries BV");
    assert_eq!(pg.json(joost, &["places", "--open"])[0]["open"], 2);
    // Every change is in the history under Joost's name, none "via another client".
    let others = pg
        .sql_as(
            "postgres",
            &format!(
                "SELECT entity, action, staff_id, detail FROM audit_log
                  WHERE id > {before} AND (detail LIKE '%another client%' OR staff_id IS DISTINCT FROM 2)"
            ),
        )
        .unwrap();
    assert_eq!(others.trim(), "", "entries not Joost's");
    for sql in [
        "INSERT INTO place (company_id, programme, programme_fold, school_year, offered, staff_id, created_at, updated_at)
           VALUES (2, 'Zorg', 'zorg', '2026-2027', 1, 1, 'x', 'x')",
        "INSERT INTO outside_ask (company_id, asked_on, asked_by, staff_id, created_at) VALUES (2, '2026-12-01', 'X', 1, 'x')",
        "INSERT INTO introduction (company_id, by_company_id, staff_id, created_at) VALUES (2, 1, 1, 'x')",
    ] {
        pg.refused(joost, sql, "must be your own staff id");
    }
    pg.refused(joost, "DELETE FROM place", "permission denied");
    // By psql under his own name it goes in, and the history says so.
    pg.sql_as(
        joost,
        "INSERT INTO outside_ask (company_id, asked_on, asked_by, staff_id, created_at) VALUES (2, '2026-12-01', 'Y', 2, 'x')",
    )
    .unwrap();
    assert_eq!(
        pg.count("SELECT count(*) FROM audit_log WHERE entity = 'outside_ask' AND detail LIKE '%psql%'"),
        1
    );
}

/// Links to documents under the server's rules: a staff login links in its
/// own name only, and removes only its own links; an admin any.
#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn a_staff_login_removes_only_its_own_links() {
    let pg = Pg::new();
    let insert = |staff: i64| {
        format!(
            "INSERT INTO attachment (company_id, location, staff_id, created_at)
               SELECT id, 'https://x.nl/{staff}', {staff}, '2026-12-01 10:00:00' FROM company ORDER BY id LIMIT 1"
        )
    };
    // Joost is staff #2, Sanne (an admin) #1.
    pg.refused(&pg.staff, &insert(1), "must be your own staff id");
    pg.sql_as(&pg.staff, &insert(2)).unwrap();
    pg.sql_as(&pg.admin, &insert(1)).unwrap();
    pg.refused(
        &pg.staff,
        "DELETE FROM attachment WHERE location LIKE '%/1'",
        "only the colleague who attached it",
    );
    pg.sql_as(&pg.staff, "DELETE FROM attachment WHERE location LIKE '%/2'")
        .unwrap();
    pg.sql_as(&pg.admin, "DELETE FROM attachment").unwrap();
    assert_eq!(pg.count("SELECT count(*) FROM attachment"), 0);
}

/// Saved views are the team's to run, and each is removed only by whoever
/// saved it or an admin; a view is kept in one's own name.
#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn a_saved_view_is_removed_by_its_maker_or_an_admin() {
    let pg = Pg::new();
    pg.kring(&pg.admin, &["view", "save", "alle bedrijven", "--", "company", "list"])
        .unwrap();
    let ran = pg.kring(&pg.staff, &["view", "alle bedrijven", "--json"]).unwrap();
    assert!(ran.starts_with('['), "a colleague runs it: {ran}");
    let refused = pg.kring(&pg.staff, &["view", "delete", "alle bedrijven"]).unwrap_err();
    assert!(refused.contains("only the colleague who saved it"), "{refused}");
    pg.refused(
        &pg.staff,
        "INSERT INTO saved_view (name, name_fold, command, staff_id, created_at)
           VALUES ('x', 'x', '[\"company\",\"list\"]', 1, '2026-12-01 10:00:00')",
        "must be your own staff id",
    );
    pg.kring(&pg.admin, &["view", "delete", "alle bedrijven"]).unwrap();
}

/// A bulk change on a team database: a staff member gives away only
/// companies nobody else owns (a colleague's are left out and named), undoes
/// only their own changes, and what a change did is kept as written.
#[test]
#[ignore = "needs a PostgreSQL cluster: KRING_TEST_PG_HOST (.ci/pg start)"]
fn a_bulk_change_stays_within_the_rights_and_is_undone_by_its_maker_or_an_admin() {
    let pg = Pg::new();
    let (sanne, joost) = (pg.admin.as_str(), pg.staff.as_str());
    pg.kring(joost, &["company", "add", "Bakkerij Zon", "--city", "Hoorn"])
        .unwrap();
    // Sanne owns the other two: Joost may tag them, not give them away.
    let made = pg.json(
        joost,
        &[
            "bulk",
            "--companies",
            "*",
            "--set-owner",
            "Joost",
            "--add-tag",
            "noord",
            "--yes",
        ],
    );
    let left: Vec<&str> = made["left_out"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["company"].as_str().unwrap())
        .collect();
    assert_eq!(left, ["Café De Ruïne", "Jansen-de Vries BV"], "{made}");
    assert!(
        made["left_out"][0]["reason"].as_str().unwrap().contains("Sanne Bakker"),
        "{made}"
    );
    assert_eq!(pg.count("SELECT count(*) FROM company WHERE owner_id = 1"), 2);
    let tagged = pg.json(joost, &["bulk", "--companies", "*", "--add-tag", "noord", "--yes"]);
    assert_eq!(tagged["changed"].as_array().unwrap().len(), 2, "{tagged}");
    let change = tagged["change_id"].as_i64().unwrap().to_string();
    // Sanne's own change is not Joost's to undo.
    let hers = pg.json(sanne, &["bulk", "--companies", "*", "--set-cadence", "45", "--yes"]);
    let hers = hers["change_id"].as_i64().unwrap().to_string();
    pg.kring_refuses(
        joost,
        &["bulk", "undo", &hers],
        "only the colleague who made bulk change",
    );
    pg.refused(
        joost,
        &format!("UPDATE bulk_change SET undone_at = '2026-12-01' WHERE id = {hers}"),
        "only the colleague who made it or an admin",
    );
    pg.refused(
        joost,
        &format!("UPDATE bulk_change SET description = '{{}}' WHERE id = {change}"),
        "kept as it was made",
    );
    pg.refused(
        joost,
        "INSERT INTO bulk_change (at, staff_id, description) VALUES ('2026-12-01', 1, '{}')",
        "must be your own staff id",
    );
    pg.refused(joost, "DELETE FROM bulk_change_item", "permission denied");
    let undone = pg.json(joost, &["bulk", "undo", &change]);
    assert_eq!(undone["restored"].as_array().unwrap().len(), 2, "{undone}");
    assert_eq!(
        pg.count("SELECT count(*) FROM company_tag"),
        1,
        "the first change's tag on Bakkerij Zon stays"
    );
    // An admin may undo a colleague's.
    let admin_undo = pg.json(sanne, &["bulk", "undo", &hers]);
    assert_eq!(admin_undo["refused"].as_array().unwrap().len(), 0, "{admin_undo}");
    assert_eq!(
        pg.count("SELECT count(*) FROM company WHERE cadence_days IS NOT NULL"),
        0
    );
}
