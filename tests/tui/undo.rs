//! `u` takes back the last change made here: a delete (the record comes
//! back with its id and who took part), a logged interaction (with the
//! follow-up made with it), an edit of a company or person — and never over
//! what a colleague changed in between.

use super::*;

fn company_page(ui: &Ui) -> &kring::tui::screens::company::State {
    match ui.app.pages.last() {
        Some(kring::tui::app::Page::Company(state)) => state,
        _ => panic!("the company page: {}", ui.screen()),
    }
}

#[test]
fn a_deleted_interaction_and_follow_up_come_back_with_u() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2')).key(KeyCode::Enter);
    let page = company_page(&ui);
    let (company, entry) = (page.company.id, page.timeline[0].clone());
    let last_contact = ui.store.company(company).unwrap().last_contact;
    ui.key(KeyCode::Char('x')).key(KeyCode::Char('y'));
    assert!(ui.store.interaction(entry.id).is_err(), "deleted");
    ui.key(KeyCode::Char('u'));
    assert!(
        ui.screen().contains(&format!("interaction #{} is back", entry.id)),
        "{}",
        ui.screen()
    );
    let back = ui.store.interaction(entry.id).unwrap();
    assert_eq!(back, entry, "the same id, note and people");
    assert_eq!(ui.store.company(company).unwrap().last_contact, last_contact);
    assert!(
        !ui.store
            .search(&entry.summary[..8], 50)
            .unwrap()
            .interactions
            .is_empty(),
        "found again"
    );

    ui.key(KeyCode::BackTab); // the follow-ups
    let followup = company_page(&ui).selected_followup().expect("a follow-up").clone();
    ui.key(KeyCode::Char('x')).key(KeyCode::Char('y'));
    assert!(ui.store.followup(followup.id).is_err());
    ui.key(KeyCode::Char('u'));
    let back = ui.store.followup(followup.id).unwrap();
    assert_eq!(
        (back.due, back.action, back.staff_id),
        (followup.due, followup.action, followup.staff_id)
    );
}

#[test]
fn a_logged_call_is_taken_back_with_its_follow_up() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2')).key(KeyCode::Enter);
    let company = company_page(&ui).company.id;
    let before = ui.store.company(company).unwrap();
    let interactions = ui.store.count_interactions(company).unwrap();
    let open = |ui: &Ui| {
        ui.store
            .count_followups(&kring::model::followups::FollowupFilter {
                company: Some(company),
                ..Default::default()
            })
            .unwrap()
    };
    let followups = open(&ui);
    ui.key(KeyCode::Char('l'))
        .tab_to("Note")
        .keys("Gebeld, per ongeluk bij het verkeerde bedrijf");
    ui.tab_to("Follow-up on")
        .keys("+1w")
        .tab_to("Action")
        .keys("Terugbellen")
        .ctrl('s');
    assert_eq!(ui.store.count_interactions(company).unwrap(), interactions + 1);
    assert_eq!(open(&ui), followups + 1);
    ui.key(KeyCode::Char('u'));
    assert!(ui.screen().contains("taken back"), "{}", ui.screen());
    assert_eq!(ui.store.count_interactions(company).unwrap(), interactions);
    assert_eq!(open(&ui), followups, "the follow-up made with it goes too");
    assert_eq!(ui.store.company(company).unwrap().last_contact, before.last_contact);
}

#[test]
fn an_edit_is_taken_back_unless_a_colleague_changed_the_field_since() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    let store = demo_file_store(&path);
    let vos = store.resolve_company("Hotel Vos").unwrap();
    let mut ui = Ui::on(store, 120, 36);
    ui.key(KeyCode::Char('2'))
        .keys("/hotel vos")
        .key(KeyCode::Enter)
        .key(KeyCode::Enter);
    let before = ui.store.company(vos).unwrap();

    ui.key(KeyCode::Char('E'))
        .tab_to("City")
        .ctrl('u')
        .keys("Velsen")
        .tab_to("Tags")
        .ctrl('u')
        .keys("horeca")
        .ctrl('s');
    assert_eq!(ui.store.company(vos).unwrap().city.as_deref(), Some("Velsen"));
    ui.key(KeyCode::Char('u'));
    let back = ui.store.company(vos).unwrap();
    assert_eq!(back.city, before.city, "{}", ui.screen());
    let (mut tags, mut was) = (back.tags.clone(), before.tags.clone());
    tags.sort();
    was.sort();
    assert_eq!(tags, was, "the tags taken off come back");

    // A colleague changes the city after my edit: u refuses, theirs stands.
    ui.key(KeyCode::Char('E'))
        .tab_to("City")
        .ctrl('u')
        .keys("Velsen")
        .ctrl('s');
    colleague(&path, &["company", "edit", "Hotel Vos", "--city", "Heemskerk"]);
    ui.key(KeyCode::Char('u'));
    assert!(
        ui.screen().contains("Heemskerk"),
        "the refusal names their value: {}",
        ui.screen()
    );
    assert_eq!(ui.store.company(vos).unwrap().city.as_deref(), Some("Heemskerk"));
}

#[test]
fn two_likely_duplicates_are_compared_side_by_side_merged_and_taken_back() {
    use kring::model::companies::{CompanyFilter, NewCompany};
    let mut store = demo_store();
    let vos = store.resolve_company("Hotel Vos").unwrap();
    let twin = store
        .add_company(NewCompany {
            name: "Hotel Vos".into(),
            website: Some("https://hotelvos.nl".into()),
            ..Default::default()
        })
        .unwrap();
    let mut ui = Ui::on(store, 120, 36);
    let count = |ui: &Ui| ui.store.count_companies(&CompanyFilter::default()).unwrap();
    let before = count(&ui);
    ui.key(KeyCode::Char('2')).key(KeyCode::Char('D'));
    let listed = ui.screen();
    assert!(
        listed.contains(&format!("Hotel Vos #{vos}")) && listed.contains(&format!("Hotel Vos #{twin}")),
        "{listed}"
    );
    let at = ui
        .app
        .pages
        .iter()
        .find_map(|p| match p {
            kring::tui::app::Page::Duplicates(state) => state.groups.iter().position(|g| g.ids.contains(&twin)),
            _ => None,
        })
        .unwrap();
    for _ in 0..at {
        ui.key(KeyCode::Down);
    }
    ui.key(KeyCode::Enter);
    let asked = ui.screen();
    assert!(
        asked.contains(&format!("kept: #{vos}")) && asked.contains(&format!("folded in: #{twin}")),
        "{asked}"
    );
    assert!(asked.contains("Beverwijk"), "both records side by side: {asked}");
    assert!(asked.contains("the kept one takes: website"), "{asked}");
    insta::assert_snapshot!(asked);
    ui.key(KeyCode::Char('n'));
    assert_eq!(count(&ui), before, "a no merges nothing");
    ui.key(KeyCode::Enter).key(KeyCode::Char('y'));
    assert!(
        ui.screen().contains(&format!("#{twin} folded into #{vos}")),
        "{}",
        ui.screen()
    );
    assert_eq!(count(&ui), before - 1);
    assert_eq!(
        ui.store.company(vos).unwrap().website.as_deref(),
        Some("https://hotelvos.nl")
    );
    ui.key(KeyCode::Char('u'));
    assert!(ui.screen().contains("both are back"), "{}", ui.screen());
    assert_eq!(count(&ui), before);
    assert_eq!(ui.store.company(vos).unwrap().website, None);
}

#[test]
fn a_colleague_changes_team_and_u_puts_them_back() {
    let mut ui = Ui::new();
    let rik = ui.select_staff("Rik van Dam");
    ui.key(KeyCode::Char('t'));
    assert!(ui.screen().contains("Rik van Dam's team"), "{}", ui.screen());
    ui.choose("Team", |team| team == "Connectors");
    ui.ctrl('s');
    assert!(ui.screen().contains("team: Connectors"), "{}", ui.screen());
    assert_eq!(ui.store.team_of(rik).unwrap().as_deref(), Some("Connectors"));
    ui.key(KeyCode::Char('u'));
    assert_eq!(ui.store.team_of(rik).unwrap().as_deref(), Some("Techniek"));
}

/// A snooze, a follow-up's edit and a reassignment are taken back with `u`
/// — unless a colleague changed the follow-up since: then `u` refuses and
/// names their value, which stands.
#[test]
fn a_follow_ups_undo_never_writes_over_a_colleagues_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    let store = demo_file_store(&path);
    let mut ui = Ui::on(store, 120, 36);
    ui.key(KeyCode::Char('4'));
    let first = ui.app.tabs.followups.current().expect("a follow-up").clone();
    ui.key(KeyCode::Char('s'));
    let snoozed = ui.store.followup(first.id).unwrap().due;
    assert!(snoozed > first.due, "snoozed a week");
    colleague(
        &path,
        &["followup", "edit", &first.id.to_string(), "--due", "2027-01-15"],
    );
    ui.key(KeyCode::Char('u'));
    assert!(
        ui.screen().contains("nothing was undone") && ui.screen().contains("2027-01-15"),
        "the refusal names their date: {}",
        ui.screen()
    );
    assert_eq!(ui.store.followup(first.id).unwrap().due.to_string(), "2027-01-15");

    // Without a colleague in between, u takes the snooze back.
    let id = ui.app.tabs.followups.current().unwrap().id;
    let due = ui.store.followup(id).unwrap().due;
    ui.key(KeyCode::Char('s')).key(KeyCode::Char('u'));
    assert_eq!(ui.store.followup(id).unwrap().due, due, "{}", ui.screen());

    // A reassignment, and a colleague giving it to someone else since.
    let id = ui.app.tabs.followups.current().unwrap().id;
    let was = ui.store.followup(id).unwrap().staff_id;
    ui.key(KeyCode::Char('r')).ctrl('s');
    let given = ui.store.followup(id).unwrap().staff_id;
    assert_ne!(given, was, "{}", ui.screen());
    let given_name = ui.store.followup(id).unwrap().staff.unwrap();
    let other = ["Aïcha Benali", "Rik van Dam"]
        .into_iter()
        .find(|n| *n != given_name)
        .unwrap();
    colleague(&path, &["followup", "reassign", &id.to_string(), "--to", other]);
    ui.key(KeyCode::Char('u'));
    assert!(
        ui.screen().contains("nothing was undone") && ui.screen().contains(other),
        "{}",
        ui.screen()
    );
    assert_eq!(ui.store.followup(id).unwrap().staff.as_deref(), Some(other));
}

/// The first mark of someone's attendance is taken back whole: they are not
/// recorded any more, and the meeting's contact with their company goes.
#[test]
fn a_first_attendance_mark_is_taken_back_with_u() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('5')).key(KeyCode::Enter).key(KeyCode::Enter);
    let (meeting, person, company) = match ui.app.pages.last_mut() {
        Some(kring::tui::app::Page::Meeting(state)) => {
            let at = state
                .invitees
                .iter()
                .position(|p| p.status.is_none())
                .expect("someone not yet recorded");
            state.selected = at;
            let p = &state.invitees[at];
            (state.meeting.id, p.person_id, p.company_id)
        }
        _ => panic!("meeting page expected"),
    };
    let contacts = |ui: &Ui| ui.store.timeline(company, 500).unwrap().len();
    let before = contacts(&ui);
    ui.key(KeyCode::Char('a'));
    assert!(ui.store.attendance(meeting).unwrap().iter().any(|a| a.id == person));
    ui.key(KeyCode::Char('u'));
    assert!(
        ui.screen().contains("undone — attendance not recorded"),
        "{}",
        ui.screen()
    );
    assert!(
        !ui.store.attendance(meeting).unwrap().iter().any(|a| a.id == person),
        "not recorded any more"
    );
    assert_eq!(contacts(&ui), before, "the meeting's contact with the company went too");
}

/// `A` on a company's page archives it after asking; `u` brings it back.
#[test]
fn a_company_is_archived_from_its_page_and_u_brings_it_back() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2')).key(KeyCode::Enter);
    let (id, name) = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Company(state)) => (state.company.id, state.company.name.clone()),
        _ => panic!("a company page"),
    };
    ui.key(KeyCode::Char('A'));
    assert!(ui.screen().contains(&format!("Archive {name}?")), "{}", ui.screen());
    ui.key(KeyCode::Char('y'));
    assert!(ui.store.company(id).unwrap().archived, "archived");
    assert!(ui.screen().contains(&format!("archived {name}")), "{}", ui.screen());
    ui.key(KeyCode::Char('u'));
    assert!(!ui.store.company(id).unwrap().archived, "u brings it back");
}

/// `B` on marked companies: the change is shown and asked first, made to
/// each at once, and `u` takes it all back — except where a colleague
/// changed what it set since, which is named and left as they left it.
#[test]
fn a_bulk_change_on_marked_companies_is_asked_first_and_taken_back_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    let store = demo_file_store(&path);
    let mut ui = Ui::on(store, 120, 36);
    ui.key(KeyCode::Char('2')).key(KeyCode::Char('B'));
    assert!(ui.screen().contains("mark the companies first"), "{}", ui.screen());
    let selected = |ui: &Ui| ui.app.tabs.companies.selected_id().unwrap();
    let first = selected(&ui);
    ui.key(KeyCode::Char(' '));
    let second = selected(&ui);
    ui.key(KeyCode::Char(' '));
    let before: Vec<_> = [first, second]
        .iter()
        .map(|id| ui.store.company(*id).unwrap())
        .collect();

    ui.key(KeyCode::Char('B'));
    assert!(ui.screen().contains("Change 2 companies at once"), "{}", ui.screen());
    ui.keys("stagefestival").tab_to("Cadence").keys("45").ctrl('s');
    let asked = ui.screen();
    assert!(asked.contains("Change 2 companies?"), "{asked}");
    assert!(asked.contains("+stagefestival"), "{asked}");
    for company in &before {
        assert!(!ui
            .store
            .company(company.id)
            .unwrap()
            .tags
            .contains(&"stagefestival".to_string()));
    }
    ui.key(KeyCode::Char('y'));
    assert!(ui.screen().contains("2 companies changed"), "{}", ui.screen());
    for company in &before {
        let now = ui.store.company(company.id).unwrap();
        assert!(now.tags.contains(&"stagefestival".to_string()), "{now:?}");
        assert_eq!(now.cadence_days, Some(45));
    }
    assert!(ui.app.tabs.companies.marked.is_empty(), "the marks are used up");

    // A colleague sets the second's cadence since: u leaves theirs, names it.
    let second_name = before[1].name.clone();
    colleague(&path, &["company", "edit", &format!("#{second}"), "--cadence", "30"]);
    ui.key(KeyCode::Char('u'));
    let said = ui.screen();
    assert!(
        said.contains("undone for 1") && said.contains(&second_name[..10]),
        "{said}"
    );
    let first_now = ui.store.company(first).unwrap();
    assert_eq!(first_now.tags, before[0].tags);
    assert_eq!(first_now.cadence_days, before[0].cadence_days);
    let second_now = ui.store.company(second).unwrap();
    assert_eq!(second_now.cadence_days, Some(30));
    assert!(
        second_now.tags.contains(&"stagefestival".to_string()),
        "left whole: {second_now:?}"
    );
}

/// The basis for mailing someone (AVG) is set on the person's form, shown
/// on their page, refused with a day to come, and taken back with `u`.
#[test]
fn a_persons_basis_for_mailing_is_set_shown_and_taken_back() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('3')).key(KeyCode::Enter);
    let person = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Person(state)) => state.person.clone(),
        _ => panic!("the person page"),
    };
    assert!(ui.screen().contains("no basis recorded"), "{}", ui.screen());
    ui.key(KeyCode::Char('e'))
        .tab_to("Mailing basis")
        .key(KeyCode::Right)
        .tab_to("Since")
        .keys("31-12-2026")
        .ctrl('s');
    assert!(ui.screen().contains("in the future"), "{}", ui.screen());
    assert_eq!(ui.store.person(person.id).unwrap().mailing_basis, None);
    ui.ctrl('u').keys("01-03-2026").ctrl('s');
    let now = ui.store.person(person.id).unwrap();
    assert_eq!(
        (now.mailing_basis.as_deref(), now.mailing_basis_on.as_deref()),
        (Some("consent"), Some("2026-03-01"))
    );
    assert!(
        ui.screen().contains("consent, given 01-03-2026") || ui.screen().contains("consent, given 2026-03-01"),
        "{}",
        ui.screen()
    );
    ui.key(KeyCode::Char('u'));
    assert_eq!(
        ui.store.person(person.id).unwrap().mailing_basis,
        None,
        "{}",
        ui.screen()
    );
}

/// A follow-up that comes back, from the log form: "Comes back 2w" makes a
/// series; marked done, the next one is there two weeks on. A series needs
/// its first day, and a wrong period is said on the field.
#[test]
fn the_log_form_makes_a_follow_up_that_comes_back() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2')).key(KeyCode::Enter);
    let company = company_page(&ui).company.id;
    ui.key(KeyCode::Char('l'))
        .tab_to("Note")
        .keys("Projectoverleg")
        .tab_to("Comes back")
        .keys("2w")
        .ctrl('s');
    assert!(ui.screen().contains("needs its first day"), "{}", ui.screen());
    ui.tab_to("Follow-up on")
        .keys("+1w")
        .tab_to("Action")
        .keys("Projectoverleg voorbereiden");
    ui.tab_to("Comes back").ctrl('u').keys("soms").ctrl('s');
    assert!(ui.screen().contains("soms"), "{}", ui.screen());
    ui.ctrl('u').keys("2w").ctrl('s');
    assert!(ui.screen().contains("↻ 2w"), "{}", ui.screen());
    let open = ui
        .store
        .list_followups(&kring::model::followups::FollowupFilter {
            company: Some(company),
            ..Default::default()
        })
        .unwrap();
    let first = open
        .iter()
        .find(|f| f.action == "Projectoverleg voorbereiden")
        .expect("made")
        .clone();
    assert_eq!(first.every.as_deref(), Some("2w"));
    let next = ui.store.complete_followup(first.id).unwrap().expect("the next one");
    assert_eq!(
        ui.store.followup(next).unwrap().due,
        first.due + chrono::Duration::weeks(2)
    );
}

/// A handover taken back with `u`: the companies and follow-ups it moved go
/// back and the leaver is a colleague again — except a company someone gave
/// to another colleague since, which stays and is named. After the hour it
/// is refused.
#[test]
fn a_handover_is_taken_back_with_u_unless_a_colleague_moved_it_on() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kring.sqlite");
    let dossier = dir.path().join("overdracht-joost.md");
    let store = demo_file_store(&db);
    let joost = store.resolve_staff("Joost Mulder").unwrap();
    let his = |store: &kring::store::Store| {
        store
            .list_companies(&kring::model::companies::CompanyFilter {
                owner: Some(joost),
                ..Default::default()
            })
            .unwrap()
    };
    let before = his(&store);
    assert!(before.len() > 1, "Joost owns companies in the demo");
    let mut ui = Ui::on(store, 120, 40);
    ui.select_staff("Joost Mulder");
    ui.key(KeyCode::Char('h'))
        .key(KeyCode::Tab)
        .ctrl('u')
        .keys(dossier.to_str().unwrap())
        .ctrl('s');
    ui.key(KeyCode::Char('y'));
    assert!(his(&ui.store).is_empty(), "handed over: {}", ui.screen());
    // Someone gives one of them to Marloes meanwhile.
    let moved_on = &before[0];
    let edited = std::process::Command::new(env!("CARGO_BIN_EXE_kring"))
        .env("KRING_DB", &db)
        .env("KRING_TODAY", "2026-11-26")
        .env("KRING_USER", "Sanne Bakker")
        .args(["company", "edit", &format!("#{}", moved_on.id), "--owner", "Marloes"])
        .output()
        .unwrap();
    assert!(edited.status.success(), "{}", String::from_utf8_lossy(&edited.stderr));
    ui.key(KeyCode::Char('u'));
    let said = ui.screen();
    assert!(said.contains("handover taken back"), "{said}");
    assert!(said.contains(&moved_on.name[..12]), "the one kept is named: {said}");
    let back = his(&ui.store);
    assert_eq!(back.len(), before.len() - 1, "{said}");
    let joost_row = ui
        .store
        .list_staff()
        .unwrap()
        .into_iter()
        .find(|s| s.id == joost)
        .unwrap();
    assert!(joost_row.active, "Joost is a colleague again");

    // Later than the hour: refused, nothing moves.
    let mut store =
        kring::store::Store::open(&db, Clock::fixed(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())).unwrap();
    let sanne = store.resolve_staff("Sanne Bakker").unwrap();
    let late = store
        .undo_handover((joost, sanne), (&[], &[]), "2026-11-26 10:30:00")
        .unwrap_err()
        .to_string();
    assert!(late.contains("within 60 minutes"), "{late}");
}

/// The new keys on a team database: a bulk change made from the marked
/// companies and taken back over a colleague's edit, a tag's cadence, and a
/// campaign made and answered — the same code as on a file, against the
/// server's rules (runs with `KRING_TEST_DB`, as `.ci/run` sets it).
#[test]
#[ignore = "needs a PostgreSQL server: KRING_TEST_DB=postgresql://… (.ci/run sets it)"]
fn postgresql_bulk_changes_cadences_and_campaigns_from_the_tui() {
    let server = std::env::var("KRING_TEST_DB").expect("KRING_TEST_DB names a PostgreSQL server");
    let name = format!("kring_tui_{}", std::process::id());
    let psql = |sql: &str| {
        let out = std::process::Command::new("psql")
            .args([server.as_str(), "-X", "-q", "-c", sql])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    };
    psql(&format!("CREATE DATABASE {name}"));
    let (main, query) = server.split_once('?').unwrap_or((&server, ""));
    let url = format!("{}/{name}?{query}", main.rsplit_once('/').unwrap().0);
    let cli = |user: Option<&str>, args: &[&str]| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_kring"));
        command
            .env("KRING_DB", &url)
            .env("KRING_TODAY", "2026-11-26")
            .env_remove("KRING_USER");
        if let Some(user) = user {
            command.env("KRING_USER", user);
        }
        let out = command.args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    cli(None, &["init", "--me", "Sanne Bakker"]);
    cli(None, &["staff", "add", "Joost Mulder"]);
    cli(
        None,
        &["company", "add", "Bakkerij Zon", "--city", "Hoorn", "--tag", "horeca"],
    );
    cli(
        None,
        &["company", "add", "Hotel Vos", "--city", "Edam", "--tag", "horeca"],
    );
    let store = {
        use kring::domain::location::{parse, Location};
        let Location::Postgres(target) = parse(&url).unwrap() else {
            unreachable!("a PostgreSQL URL")
        };
        Store::connect(
            &target,
            Clock::fixed(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()),
            false,
        )
        .unwrap()
    };
    let mut ui = Ui::on(store, 120, 36);
    ui.key(KeyCode::Char('2'))
        .key(KeyCode::Char('*'))
        .key(KeyCode::Char('B'));
    ui.keys("stagebedrijf")
        .tab_to("Cadence")
        .keys("30")
        .ctrl('s')
        .key(KeyCode::Char('y'));
    assert!(ui.screen().contains("2 companies changed"), "{}", ui.screen());
    cli(
        Some("Joost Mulder"),
        &["company", "edit", "Hotel Vos", "--cadence", "90"],
    );
    ui.key(KeyCode::Char('u'));
    assert!(ui.screen().contains("undone for 1"), "{}", ui.screen());
    let vos = ui.store.resolve_company("Hotel Vos").unwrap();
    assert_eq!(
        ui.store.company(vos).unwrap().cadence_days,
        Some(90),
        "Joost's cadence stays"
    );

    ui.key(KeyCode::Char('K'))
        .keys("tag:horeca")
        .tab_to("Every")
        .keys("21")
        .ctrl('s');
    let zon = ui.store.resolve_company("Bakkerij Zon").unwrap();
    let company = ui.store.company(zon).unwrap();
    assert_eq!(
        (company.cadence_days, company.cadence_from.as_deref()),
        (Some(21), Some("tag:horeca"))
    );

    ui.key(KeyCode::Char('5'))
        .key(KeyCode::Char('C'))
        .key(KeyCode::Char('a'));
    ui.keys("Proeverij").tab_to("Date").keys("yesterday").ctrl('s');
    ui.key(KeyCode::Char('i'))
        .keys("tag:horeca")
        .ctrl('s')
        .key(KeyCode::Char('y'));
    ui.key(KeyCode::Tab).key(KeyCode::Char('y'));
    let campaign = ui.store.resolve_campaign("Proeverij").unwrap();
    let state = ui.store.campaign_state(campaign).unwrap();
    assert_eq!((state.invited, state.yes), (2, 1), "{}", ui.screen());
    drop(ui);
    psql(&format!("DROP DATABASE {name} WITH (FORCE)"));
}
