//! The store: schema and migrations, denormalised last contact, transactions
//! that roll back, name resolution, and the today view.

use chrono::NaiveDate;
use kring::domain::kinds::{CompanyStatus, ContactRole, InteractionKind, StaffRole};
use kring::model::companies::{CompanyFilter, CompanyPatch, NewCompany};
use kring::model::followups::{FollowupFilter, NewFollowup};
use kring::model::interactions::{InteractionPatch, NewInteraction};
use kring::model::people::NewPerson;
use kring::model::staff::NewStaff;
use kring::model::today::TodayOptions;
use kring::store::migrations::{self, schema_fingerprint, LATEST};
use kring::store::{Clock, Id, Store};
use kring::Error;
use rusqlite::Connection;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

const TODAY: &str = "2026-11-26";

fn store() -> Store {
    with_me(Store::open_in_memory(Clock::fixed(day(TODAY))).unwrap())
}

/// The store with its first staff member, Sanne, as "me".
fn with_me(mut store: Store) -> Store {
    store
        .init(NewStaff {
            name: "Sanne Bakker".into(),
            email: None,
            role: StaffRole::Connector,
            login: None,
        })
        .unwrap();
    store
}

fn company(store: &mut Store, name: &str, city: &str) -> Id {
    store
        .add_company(NewCompany {
            name: name.into(),
            city: Some(city.into()),
            status: Some(CompanyStatus::Active),
            owner: store.actor(),
            ..Default::default()
        })
        .unwrap()
}

fn person(store: &mut Store, name: &str, company: Id) -> Id {
    store
        .add_person(NewPerson {
            name: name.into(),
            company: Some(company),
            role: Some(ContactRole::WorkplaceTrainer),
            ..Default::default()
        })
        .unwrap()
}

fn log(store: &mut Store, company: Id, on: &str) -> kring::Result<kring::model::interactions::Logged> {
    store.log_interaction(NewInteraction {
        rating: None,
        company,
        kind: InteractionKind::Call,
        on: day(on),
        persons: vec![],
        summary: "Gebeld".into(),
        outcome: None,
        staff: None,
        followup: None,
    })
}

#[test]
fn migrated_database_has_the_same_schema_as_a_fresh_one() {
    let mut fresh = Connection::open_in_memory().unwrap();
    migrations::bring_up_to_date(&mut fresh).unwrap();
    let mut migrated = Connection::open_in_memory().unwrap();
    migrations::migrate_to(&mut migrated, 1).unwrap();
    assert_eq!(migrations::user_version(&migrated).unwrap(), 1);
    migrations::bring_up_to_date(&mut migrated).unwrap();
    assert_eq!(migrations::user_version(&fresh).unwrap(), LATEST);
    assert_eq!(migrations::user_version(&migrated).unwrap(), LATEST);
    assert_eq!(
        schema_fingerprint(&fresh).unwrap(),
        schema_fingerprint(&migrated).unwrap()
    );
}

#[test]
fn status_default_cadences_in_schema_match_the_domain() {
    let mut store = store();
    for status in CompanyStatus::ALL {
        let id = store
            .add_company(NewCompany {
                name: format!("Firma {status}"),
                status: Some(*status),
                ..Default::default()
            })
            .unwrap();
        let company = store.company(id).unwrap();
        assert_eq!(
            company.cadence_days,
            status.default_cadence_days().map(i64::from),
            "{status}"
        );
    }
}

#[test]
fn last_contact_follows_interactions_through_insert_edit_and_delete() {
    let mut store = store();
    let id = company(&mut store, "Machinefabriek De Zaan", "Zaandam");
    assert_eq!(store.company(id).unwrap().last_contact, None);
    let newest = log(&mut store, id, "2026-10-01").unwrap();
    log(&mut store, id, "2026-06-15").unwrap();
    assert_eq!(store.company(id).unwrap().last_contact, Some(day("2026-10-01")));

    store
        .edit_interaction(
            newest.interaction,
            InteractionPatch {
                on: Some(day("2026-11-20")),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(store.company(id).unwrap().last_contact, Some(day("2026-11-20")));

    store.delete_interaction(newest.interaction).unwrap();
    assert_eq!(store.company(id).unwrap().last_contact, Some(day("2026-06-15")));
}

#[test]
fn a_failing_follow_up_rolls_back_its_interaction() {
    let mut store = store();
    let id = company(&mut store, "Drukkerij Purmerend", "Purmerend");
    let result = store.log_interaction(NewInteraction {
        rating: None,
        company: id,
        kind: InteractionKind::Visit,
        on: day("2026-11-25"),
        persons: vec![],
        summary: "Bezoek".into(),
        outcome: None,
        staff: None,
        followup: Some(NewFollowup {
            company: id,
            person: None,
            // No such colleague: the follow-up fails.
            staff: Some(999),
            due: day("2026-12-01"),
            action: "Offerte sturen".into(),
            interaction: None,
        }),
    });
    assert!(result.is_err());
    assert!(
        store.timeline(id, 10).unwrap().is_empty(),
        "the interaction must be rolled back"
    );
    assert_eq!(store.company(id).unwrap().last_contact, None);
    assert!(store.list_followups(&FollowupFilter::default()).unwrap().is_empty());
}

#[test]
fn persons_must_be_contacts_of_the_company() {
    let mut store = store();
    let a = company(&mut store, "Bakkerij Smit", "Hoorn");
    let b = company(&mut store, "Hotel Het Anker", "Enkhuizen");
    let at_b = person(&mut store, "Iris Bos", b);
    let err = store
        .log_interaction(NewInteraction {
            rating: None,
            company: a,
            kind: InteractionKind::Call,
            on: day(TODAY),
            persons: vec![at_b],
            summary: "x".into(),
            outcome: None,
            staff: None,
            followup: None,
        })
        .unwrap_err();
    assert!(
        err.to_string().contains("Iris Bos is not a contact at Bakkerij Smit"),
        "{err}"
    );
    assert!(store.timeline(a, 10).unwrap().is_empty());
}

#[test]
fn interactions_cannot_be_in_the_future() {
    let mut store = store();
    let id = company(&mut store, "Café De Ruïne", "Edam");
    let err = log(&mut store, id, "2026-11-27").unwrap_err();
    assert!(err.to_string().contains("future"), "{err}");
}

#[test]
fn moving_a_person_keeps_their_history() {
    let mut store = store();
    let a = company(&mut store, "Zorggroep Waterland", "Purmerend");
    let b = company(&mut store, "Thuiszorg Het Gooi", "Hilversum");
    let noelle = person(&mut store, "Noëlle de Vries", a);
    store.move_person(noelle, b, None, Some("Teamleider".into())).unwrap();
    let p = store.person(noelle).unwrap();
    assert_eq!(p.employments.len(), 2);
    assert!(p.employments[0].current && p.employments[0].company_id == b);
    assert_eq!(
        p.employments[0].role.as_str(),
        "workplace_trainer",
        "the role carries over"
    );
    assert!(!p.employments[1].current && p.employments[1].until == Some(day(TODAY)));
    let at_a = store.contacts_of(a).unwrap();
    assert_eq!(at_a.len(), 1);
    assert!(!at_a[0].current, "a former contact at the first company");
    assert!(store.move_person(noelle, b, None, None).is_err(), "already works there");
}

#[test]
fn names_resolve_ignoring_case_and_accents_and_ambiguity_lists_candidates() {
    let mut store = store();
    let ruine = company(&mut store, "Café De Ruïne", "Edam");
    company(&mut store, "Bouwbedrijf Zwart", "Hoorn");
    company(&mut store, "Bouwbedrijf Zwart", "Alkmaar");
    assert_eq!(store.resolve_company("cafe de ruine").unwrap(), ruine);
    assert_eq!(store.resolve_company("RUINE").unwrap(), ruine);
    assert_eq!(store.resolve_company(&ruine.to_string()).unwrap(), ruine);
    match store.resolve_company("bouwbedrijf") {
        Err(Error::Ambiguous { candidates, .. }) => {
            assert!(
                candidates.contains("(Hoorn)") && candidates.contains("(Alkmaar)"),
                "{candidates}"
            )
        }
        other => panic!("expected ambiguity, got {other:?}"),
    }
    assert!(matches!(store.resolve_company("Philips"), Err(Error::NotFound { .. })));
}

#[test]
fn kvk_numbers_are_unique_and_normalised() {
    let mut store = store();
    let id = store
        .add_company(NewCompany {
            name: "A".into(),
            kvk: Some("1234 5678".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(store.company(id).unwrap().kvk.as_deref(), Some("12345678"));
    let err = store
        .add_company(NewCompany {
            name: "B".into(),
            kvk: Some("12345678".into()),
            ..Default::default()
        })
        .unwrap_err();
    assert!(err.to_string().contains("already belongs to A"), "{err}");
    assert!(store
        .add_company(NewCompany {
            name: "C".into(),
            kvk: Some("1234".into()),
            ..Default::default()
        })
        .is_err());
}

#[test]
fn left_staff_get_no_new_work_but_keep_their_history() {
    let mut store = store();
    let henk = store
        .bulk("test", |b| {
            b.staff(
                &NewStaff {
                    name: "Henk Veenstra".into(),
                    email: None,
                    role: StaffRole::Teacher,
                    login: None,
                },
                Some(day("2026-01-31")),
            )
        })
        .unwrap();
    let err = store
        .add_company(NewCompany {
            name: "Firma".into(),
            owner: Some(henk),
            ..Default::default()
        })
        .unwrap_err();
    assert!(err.to_string().contains("Henk Veenstra left on 2026-01-31"), "{err}");
    let id = company(&mut store, "Firma", "Hoorn");
    let f = store
        .add_followup(NewFollowup {
            company: id,
            person: None,
            staff: None,
            due: day(TODAY),
            action: "bellen".into(),
            interaction: None,
        })
        .unwrap();
    assert!(store.reassign_followup(f, henk).is_err());
    assert_eq!(store.followup(f).unwrap().staff.as_deref(), Some("Sanne Bakker"));
}

#[test]
fn today_lists_overdue_due_soon_and_losing_touch_mine_first() {
    let mut store = store();
    let me = store.actor().unwrap();
    let joost = store
        .add_staff(NewStaff {
            name: "Joost".into(),
            email: None,
            role: StaffRole::Teacher,
            login: None,
        })
        .unwrap();
    let cold = company(&mut store, "Ingenieursbureau Zaandam", "Zaandam");
    log(&mut store, cold, "2026-07-09").unwrap(); // 140 days ago, cadence 60
    let warm = company(&mut store, "Warm BV", "Hoorn");
    log(&mut store, warm, "2026-11-20").unwrap();
    let theirs = store
        .add_company(NewCompany {
            name: "Koud Anders".into(),
            status: Some(CompanyStatus::Active),
            owner: Some(joost),
            ..Default::default()
        })
        .unwrap();
    log(&mut store, theirs, "2025-01-01").unwrap();
    let followup = |store: &mut Store, due: &str, staff: Id| {
        store
            .add_followup(NewFollowup {
                company: warm,
                person: None,
                staff: Some(staff),
                due: day(due),
                action: format!("bellen {due}"),
                interaction: None,
            })
            .unwrap()
    };
    let theirs_late = followup(&mut store, "2026-11-01", joost);
    let mine_late = followup(&mut store, "2026-11-14", me);
    let soon = followup(&mut store, "2026-11-30", me);
    followup(&mut store, "2026-12-20", me);

    let today = store.today_view(TodayOptions::default()).unwrap();
    let ids = |rows: &[kring::model::followups::FollowupRow]| rows.iter().map(|f| f.id).collect::<Vec<_>>();
    assert_eq!(ids(&today.overdue), vec![mine_late, theirs_late], "mine first");
    assert_eq!(today.overdue[0].days_overdue, 12);
    assert_eq!(ids(&today.due_this_week), vec![soon]);
    let losing: Vec<&str> = today.losing_touch.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(losing, vec!["Ingenieursbureau Zaandam", "Koud Anders"], "mine first");
    assert_eq!(today.losing_touch[0].days_since_contact, Some(140));
    assert_eq!(today.losing_touch[0].cadence_days, 60);
    assert_eq!(today.losing_touch_total, 2);

    let mine = store
        .today_view(TodayOptions {
            only_mine: true,
            limit: 20,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(ids(&mine.overdue), vec![mine_late]);
    assert_eq!(mine.losing_touch.len(), 1);

    // Logging a call takes the company off "losing touch".
    log(&mut store, cold, TODAY).unwrap();
    let after = store.today_view(TodayOptions::default()).unwrap();
    assert!(after.losing_touch.iter().all(|c| c.id != cold));
}

#[test]
fn company_filters_and_sorts() {
    let mut store = store();
    let a = company(&mut store, "Alfa", "Zaandam");
    let b = company(&mut store, "Bèta", "Hoorn");
    store
        .edit_company(
            b,
            CompanyPatch {
                add_tags: vec!["Techniek".into()],
                ..Default::default()
            },
        )
        .unwrap();
    store.archive_company(a, true).unwrap();
    let names = |f: &CompanyFilter, s: &Store| {
        s.list_companies(f)
            .unwrap()
            .into_iter()
            .map(|c| c.name)
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&CompanyFilter::default(), &store), vec!["Bèta"]);
    assert_eq!(
        names(
            &CompanyFilter {
                include_archived: true,
                ..Default::default()
            },
            &store
        ),
        vec!["Alfa", "Bèta"]
    );
    assert_eq!(
        names(
            &CompanyFilter {
                tag: Some("techniek".into()),
                ..Default::default()
            },
            &store
        ),
        vec!["Bèta"]
    );
    assert_eq!(
        names(
            &CompanyFilter {
                text: Some("beta".into()),
                ..Default::default()
            },
            &store
        ),
        vec!["Bèta"]
    );
    assert_eq!(
        names(
            &CompanyFilter {
                text: Some("hoorn".into()),
                ..Default::default()
            },
            &store
        ),
        vec!["Bèta"]
    );
    assert_eq!(store.count_companies(&CompanyFilter::default()).unwrap(), 1);
}

#[test]
fn a_version_1_database_with_data_is_carried_forward_and_searchable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.sqlite");
    {
        let mut conn = Connection::open(&path).unwrap();
        migrations::migrate_to(&mut conn, 1).unwrap();
        conn.execute_batch(
            "INSERT INTO staff (id, name, name_fold, created_at) VALUES (1, 'Sanne', 'sanne', '2025-01-01 10:00:00');
             INSERT INTO setting (key, value) VALUES ('me', '1');
             INSERT INTO company (id, name, name_fold, city, status, created_at, updated_at)
                  VALUES (1, 'Café De Ruïne', 'cafe de ruine', 'Edam', 'active', '2025-01-01 10:00:00', '2025-01-01 10:00:00');
             INSERT INTO interaction (company_id, staff_id, occurred_on, kind, summary, created_at)
                  VALUES (1, 1, '2025-03-01', 'visit', 'Rondleiding in de keuken', '2025-03-01 10:00:00');",
        )
        .unwrap();
    }
    let store = Store::open(&path, Clock::fixed(day(TODAY))).unwrap();
    let conn = Connection::open(&path).unwrap();
    assert_eq!(migrations::user_version(&conn).unwrap(), LATEST);
    assert_eq!(
        store.company(1).unwrap().last_contact,
        Some(day("2025-03-01")),
        "data kept"
    );
    let found = store.search("keuken", 5).unwrap();
    assert_eq!(found.interactions.len(), 1, "old notes are indexed by the migration");
    assert_eq!(store.search("ruine", 5).unwrap().companies[0].title, "Café De Ruïne");
}

#[test]
fn search_matches_accents_both_ways_and_word_prefixes() {
    let mut store = store();
    let ruine = company(&mut store, "Café De Ruïne", "Edam");
    let plain = company(&mut store, "Ruine Bouw", "Hoorn");
    let drukkerij = company(&mut store, "Drukkerij Van Dam", "Purmerend");
    let hits = |store: &Store, q: &str| {
        store
            .search(q, 10)
            .unwrap()
            .companies
            .iter()
            .map(|h| h.id)
            .collect::<Vec<_>>()
    };
    let mut both = hits(&store, "ruine");
    both.sort();
    assert_eq!(both, vec![ruine, plain], "'ruine' finds Ruïne and Ruine");
    let mut both = hits(&store, "ruïne");
    both.sort();
    assert_eq!(both, vec![ruine, plain], "'ruïne' finds Ruine and Ruïne");
    assert_eq!(
        hits(&store, "purmer"),
        vec![drukkerij],
        "a city word finds its companies"
    );
    assert_eq!(hits(&store, "r")[0], plain, "a name starting with the text ranks first");

    let zaan = company(&mut store, "Machinefabriek De Zaan", "Zaandam");
    store
        .log_interaction(NewInteraction {
            rating: None,
            company: zaan,
            kind: InteractionKind::Call,
            on: day("2026-11-01"),
            persons: vec![],
            summary: "Stageplekken besproken met de coördinator".into(),
            outcome: Some("Twee plekken".into()),
            staff: None,
            followup: None,
        })
        .unwrap();
    let notes = store.search("coordinator stage", 10).unwrap().interactions;
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].company_id, Some(zaan));
    assert_eq!(
        store.search("plekken twee", 10).unwrap().interactions.len(),
        1,
        "outcome is searched too"
    );
    assert!(
        store.search("\"NEAR(", 10).unwrap().is_empty(),
        "FTS syntax is not an error"
    );
}

#[test]
fn a_handover_that_fails_midway_changes_nothing() {
    use kring::model::handover::Scope;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    let mut store = Store::open(&path, Clock::fixed(day(TODAY))).unwrap();
    let me = store
        .init(NewStaff {
            name: "Sanne".into(),
            email: None,
            role: StaffRole::Connector,
            login: None,
        })
        .unwrap();
    let joost = store
        .add_staff(NewStaff {
            name: "Joost".into(),
            email: None,
            role: StaffRole::Teacher,
            login: None,
        })
        .unwrap();
    let id = store
        .add_company(NewCompany {
            name: "Firma".into(),
            owner: Some(joost),
            ..Default::default()
        })
        .unwrap();
    let followup = NewFollowup {
        company: id,
        person: None,
        staff: Some(joost),
        due: day(TODAY),
        action: "bellen".into(),
        interaction: None,
    };
    store.add_followup(followup).unwrap();
    // Sabotage the step that moves follow-ups, which runs after the companies moved.
    Connection::open(&path)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER sabotage BEFORE UPDATE OF staff_id ON followup BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;",
        )
        .unwrap();
    let err = store.handover(joost, me, &Scope::All, false).unwrap_err();
    assert!(err.to_string().contains("disk on fire"), "{err}");
    assert_eq!(
        store.company(id).unwrap().owner.as_deref(),
        Some("Joost"),
        "the company move was rolled back"
    );
    assert!(
        store.list_staff().unwrap().iter().all(|s| s.active),
        "Joost was not marked as left"
    );
}

#[test]
fn an_old_database_is_backed_up_before_it_is_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    {
        let mut conn = Connection::open(&path).unwrap();
        migrations::migrate_to(&mut conn, 1).unwrap();
    }
    Store::open(&path, Clock::fixed(day(TODAY))).unwrap();
    let backups: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|name| name.contains(&format!("before-v{LATEST}")))
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    let old = Connection::open(dir.path().join(&backups[0])).unwrap();
    assert_eq!(
        migrations::user_version(&old).unwrap(),
        1,
        "the backup is the database as it was"
    );
}

#[test]
fn health_scores_computed_aside_are_used_until_anything_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    let mut store = with_me(Store::open(&path, Clock::fixed(day(TODAY))).unwrap());
    let smit = company(&mut store, "Smit BV", "Hoorn");
    company(&mut store, "Vos Metaal", "Zaandam");
    assert!(!store.health_scores_warm());
    let warm_up = store.health_warm_up().expect("not computed yet");
    std::thread::spawn(move || warm_up.run());
    let started = std::time::Instant::now();
    while !store.health_scores_warm() {
        assert!(started.elapsed().as_secs() < 30, "the scores were never computed");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let before = store.all_health_scores().unwrap();
    assert_eq!(before.len(), 2);

    // A contact logged (here, or by another process): computed again.
    log(&mut store, smit, TODAY).unwrap();
    assert!(!store.health_scores_warm(), "a change makes them stale");
    let after = store.all_health_scores().unwrap();
    assert!(after[&smit].score > before[&smit].score, "the contact counts");
    let mut other = Store::open(&path, Clock::fixed(day(TODAY))).unwrap();
    person(&mut other, "Piet Smit", smit);
    assert!(!store.health_scores_warm(), "another process's change too");
    assert!(store.all_health_scores().unwrap()[&smit].score > after[&smit].score);

    // The file removed while kring is open: computing aside never makes a new one.
    log(&mut store, smit, TODAY).unwrap();
    drop(other);
    for suffix in ["", "-wal", "-shm"] {
        std::fs::remove_file(format!("{}{suffix}", path.display())).ok();
    }
    if let Some(warm_up) = store.health_warm_up() {
        warm_up.run();
    }
    assert!(!path.exists(), "no new database where the old one was removed");
}

/// Today's headings give real totals: 51 recognitions due a check show 50
/// rows under "51", not a cap dressed as a count — and an archived
/// company's recognition is in neither.
#[test]
fn today_counts_every_recognition_due_a_check_beyond_the_fifty_it_lists() {
    let mut store = store();
    for n in 0..53 {
        let id = company(&mut store, &format!("Leerbedrijf {n}"), "Hoorn");
        store
            .add_recognition(kring::model::recognition::NewRecognition {
                company: id,
                crebo: "25180".into(),
                programme: None,
                trainer: None,
                recognised_on: None,
                recheck_on: Some(day("2026-10-01")),
            })
            .unwrap();
    }
    for name in ["Leerbedrijf 3", "Leerbedrijf 40"] {
        let id = store.resolve_company(name).unwrap();
        store.archive_company(id, true).unwrap();
    }
    let today = store.today_view(TodayOptions::default()).unwrap();
    assert_eq!(today.rechecks_due.len(), 50);
    assert_eq!(today.rechecks_due_total, 51);
}

/// The demo obeys kring's own rules: nobody logs, attends or is given work
/// after the day they left.
#[test]
fn the_demo_has_no_work_by_a_colleague_after_they_left() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.sqlite");
    let mut store = Store::open(&path, Clock::fixed(day("2026-11-26"))).unwrap();
    kring::demo::generate(&mut store, kring::demo::Scale::Small).unwrap();
    drop(store);
    let conn = Connection::open(&path).unwrap();
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert!(
        count("SELECT count(*) FROM staff WHERE left_on IS NOT NULL") > 0,
        "the demo has a leaver"
    );
    assert_eq!(
        count(
            "SELECT count(*) FROM interaction i JOIN staff s ON s.id = i.staff_id
              WHERE s.left_on IS NOT NULL AND i.occurred_on > s.left_on"
        ),
        0,
        "interactions after leaving"
    );
    assert_eq!(
        count(
            "SELECT count(*) FROM followup f JOIN staff s ON s.id = f.staff_id
              WHERE s.left_on IS NOT NULL AND f.done_at IS NULL"
        ),
        0,
        "open follow-ups for a leaver"
    );
    assert_eq!(
        count("SELECT count(*) FROM company c JOIN staff s ON s.id = c.owner_id WHERE s.left_on IS NOT NULL"),
        0,
        "companies owned by a leaver"
    );
}

/// Every value of every vocabulary can be written where it is stored, and
/// nothing else can: the schema's CHECK lists and the domain agree (a value
/// added to `domain::kinds` and forgotten in schema.sql fails here).
#[test]
fn every_value_of_every_vocabulary_is_written_to_a_file_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    let mut store = Store::open(&path, Clock::fixed(day(TODAY))).unwrap();
    kring::demo::generate(&mut store, kring::demo::Scale::Small).unwrap();
    drop(store);
    let conn = Connection::open(&path).unwrap();
    for (table, column, values) in kring::store::vocabulary::columns() {
        let row: i64 = conn
            .query_row(&format!("SELECT min(rowid) FROM {table}"), [], |r| r.get(0))
            .unwrap_or_else(|e| panic!("the demo has a {table}: {e}"));
        let write = |value: &str| {
            conn.execute(
                &format!("UPDATE {table} SET {column} = ?1 WHERE rowid = ?2"),
                rusqlite::params![value, row],
            )
        };
        for value in &values {
            write(value).unwrap_or_else(|e| panic!("{table}.{column} = '{value}': {e}"));
        }
        let refused = write("no_such_value").expect_err("a value outside the vocabulary");
        assert!(refused.to_string().contains("CHECK"), "{table}.{column}: {refused}");
    }
}

/// A CSV is read from its file again when it is imported (never held):
/// saved anew between the preview and the import, it is refused, and the
/// database is as it was — the rows shown are the rows imported or none.
#[test]
fn a_file_changed_between_its_preview_and_its_import_is_refused() {
    use kring::usecases::import::{self, ImportFile, Placing};
    let mut store = store();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stagebedrijven.csv");
    std::fs::write(&path, "Bedrijfsnaam;Plaats\r\nMachinefabriek De Zaan;Zaandam\r\n").unwrap();
    let file = ImportFile {
        path: path.clone(),
        with_people: false,
        mappings: Vec::new(),
        encoding: Default::default(),
        sheet: None,
    };
    let read = import::read(&file).unwrap();
    assert_eq!(read.count, 1);
    // Excel saves it again, with another row.
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(
        &path,
        "Bedrijfsnaam;Plaats\r\nMachinefabriek De Zaan;Zaandam\r\nCafé De Ruïne;Edam\r\n",
    )
    .unwrap();
    let before = store.list_companies(&CompanyFilter::default()).unwrap().len();
    let refused = import::import(&mut store, &path, &read, &Placing::default(), false, false).unwrap_err();
    assert!(refused.to_string().contains("changed since it was read"), "{refused}");
    assert_eq!(store.list_companies(&CompanyFilter::default()).unwrap().len(), before);
    // Read again, it imports both.
    let read = import::read(&file).unwrap();
    let report = import::import(&mut store, &path, &read, &Placing::default(), false, false).unwrap();
    assert_eq!(report.companies_created, 2);
}

/// The same for an address book: a vCard file is read again when it is
/// imported, and one changed since its preview is refused.
#[test]
fn a_vcard_file_changed_between_its_preview_and_its_import_is_refused() {
    use kring::usecases::import::{self, ImportFile, Placing};
    let mut store = store();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("contacts.vcf");
    let card = |name: &str| format!("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nORG:De Zaan\r\nEND:VCARD\r\n");
    std::fs::write(&path, card("Noëlle de Vries")).unwrap();
    let file = ImportFile {
        path: path.clone(),
        with_people: true,
        mappings: Vec::new(),
        encoding: Default::default(),
        sheet: None,
    };
    let read = import::read(&file).unwrap();
    assert_eq!(read.count, 1);
    std::fs::write(&path, card("Noëlle de Vries") + &card("Joost Mulder")).unwrap();
    let refused = import::import(&mut store, &path, &read, &Placing::default(), false, false).unwrap_err();
    assert!(refused.to_string().contains("changed since it was read"), "{refused}");
    assert!(store.list_companies(&CompanyFilter::default()).unwrap().is_empty());
    let read = import::read(&file).unwrap();
    let report = import::import(&mut store, &path, &read, &Placing::default(), false, false).unwrap();
    assert_eq!(report.people_created, 2);
}
