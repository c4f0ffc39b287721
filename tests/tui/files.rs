//! Importing and exporting from the terminal UI alone: the import's dry run
//! is shown (what comes in, what is matched, which lines are rejected) and
//! asked about; `u` or `U` takes it back; the list shown is exported with
//! its filter to a file the user names, never over the database.

use super::*;
use kring::model::companies::CompanyFilter;

fn all_companies(ui: &Ui) -> u64 {
    ui.store.count_companies(&CompanyFilter::default()).unwrap()
}

/// `I` on Companies, the file's name typed, saved: the dry run is asked about.
fn import(ui: &mut Ui, file: &std::path::Path) {
    ui.key(KeyCode::Char('2')).key(KeyCode::Char('I'));
    ui.keys(file.to_str().unwrap()).ctrl('s');
}

#[test]
fn an_import_shows_its_dry_run_asks_and_is_taken_back_with_u() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("stagefestival.csv");
    std::fs::write(
        &file,
        "Bedrijfsnaam;Plaats;Contactpersoon;E-mailadres\n\
         Bakkerij Het Gouden Korenaar;Purmerend;Anouk de Wit;anouk@korenaar.nl\n\
         Fietsenmaker Zwaan;Edam;Kees Zwaan;kees@@zwaan\n\
         Hotel Vos;;Ilse Vos;ilse@hotelvos.nl\n",
    )
    .unwrap();
    let mut ui = Ui::new();
    let before = all_companies(&ui);

    // A file that is not there: said on the form, which keeps the name typed.
    import(&mut ui, &dir.path().join("nergens.csv"));
    assert!(ui.screen().contains("cannot read"), "{}", ui.screen());
    ui.key(KeyCode::Esc).key(KeyCode::Char('y'));

    import(&mut ui, &file);
    let asked = ui.screen();
    assert!(asked.contains("would import 2 rows"), "the dry run first: {asked}");
    assert!(asked.contains("line 3"), "the rejected line is named: {asked}");
    assert!(asked.contains("stagefestival.csv.rejected.csv"), "{asked}");
    assert_eq!(all_companies(&ui), before, "nothing comes in before the yes");
    insta::assert_snapshot!(asked.replace(dir.path().to_str().unwrap(), "[dir]"));
    ui.key(KeyCode::Char('n'));
    assert!(
        matches!(ui.app.overlay, Some(kring::tui::app::Overlay::Form(..))),
        "a no goes back to the file's name"
    );
    ui.ctrl('s').key(KeyCode::Char('y'));
    assert!(ui.screen().contains("imported 2 rows"), "{}", ui.screen());
    assert_eq!(all_companies(&ui), before + 1, "the bakery is new, Hotel Vos matched");
    let rejected = std::fs::read_to_string(dir.path().join("stagefestival.csv.rejected.csv")).unwrap();
    assert!(rejected.contains("3,"), "{rejected}");

    ui.key(KeyCode::Char('u'));
    assert!(ui.screen().contains("undone"), "{}", ui.screen());
    assert_eq!(all_companies(&ui), before, "u takes the import back");

    // U asks about the last import by its number, then takes it back.
    import(&mut ui, &file);
    ui.key(KeyCode::Char('y'));
    assert_eq!(all_companies(&ui), before + 1);
    ui.key(KeyCode::Char('U'));
    assert!(ui.screen().contains("Undo import #"), "{}", ui.screen());
    ui.key(KeyCode::Char('y'));
    assert_eq!(all_companies(&ui), before);
    ui.key(KeyCode::Char('U'));
    assert!(ui.screen().contains("no import to undo"), "{}", ui.screen());
}

#[test]
fn u_never_takes_back_a_colleagues_later_import() {
    let dir = tempfile::tempdir().unwrap();
    let mine = dir.path().join("mine.csv");
    std::fs::write(&mine, "Bedrijfsnaam;Plaats\nBakkerij Korenaar;Purmerend\n").unwrap();
    let mut ui = Ui::new();
    import(&mut ui, &mine);
    ui.key(KeyCode::Char('y'));
    // A colleague imports in between (the same database, another process).
    let theirs = kring::model::import::ImportRow {
        line: 2,
        company: Some(kring::model::companies::NewCompany {
            name: "Zeilmakerij Monnickendam".into(),
            ..Default::default()
        }),
        ..Default::default()
    };
    ui.store
        .import_rows("colleague.csv", "csv", [Ok(theirs)], false, false, &mut |_| Ok(()))
        .unwrap();
    let before = all_companies(&ui);
    ui.key(KeyCode::Char('u'));
    assert!(ui.screen().contains("no longer the last one"), "{}", ui.screen());
    assert_eq!(all_companies(&ui), before, "nothing was undone");
}

#[test]
fn the_companies_listed_are_exported_for_excel_and_never_over_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kring.sqlite");
    let mut ui = Ui::on(demo_file_store(&db), 120, 36);
    ui.key(KeyCode::Char('2')).keys("/zaandam").key(KeyCode::Enter);

    // Over the database itself: refused, and the database is whole.
    ui.key(KeyCode::Char('E'))
        .key(KeyCode::Tab)
        .ctrl('u')
        .keys(db.to_str().unwrap())
        .ctrl('s');
    assert!(!ui.screen().contains("written to"), "{}", ui.screen());
    assert!(ui.store.count_companies(&CompanyFilter::default()).unwrap() > 0);
    ui.key(KeyCode::Esc).key(KeyCode::Char('y'));

    let target = dir.path().join("uitnodiging.csv");
    ui.key(KeyCode::Char('E'))
        .key(KeyCode::Tab)
        .ctrl('u')
        .keys(target.to_str().unwrap())
        .ctrl('s');
    assert!(ui.screen().contains("written to"), "{}", ui.screen());
    let bytes = std::fs::read(&target).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a byte-order mark, for Excel");
    let text = String::from_utf8(bytes).unwrap();
    let rows: Vec<&str> = text.lines().skip(1).collect();
    assert!(!rows.is_empty(), "{text}");
    assert!(
        rows.iter().all(|r| r.contains(";Zaandam;")),
        "only the companies listed: {text}"
    );
    let mut expected = 0;
    let filter = CompanyFilter {
        text: Some("zaandam".into()),
        ..Default::default()
    };
    ui.store
        .export_contacts(&filter, Default::default(), &mut |_| {
            expected += 1;
            Ok(())
        })
        .unwrap();
    assert_eq!(rows.len(), expected, "every contact of the companies listed");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "personal data: readable by its owner only");
    }
}

#[test]
fn follow_ups_and_meetings_are_exported_as_calendars() {
    let dir = tempfile::tempdir().unwrap();
    let mut ui = Ui::new();
    let followups = dir.path().join("opvolgingen.ics");
    ui.key(KeyCode::Char('4')).key(KeyCode::Char('E'));
    ui.ctrl('u').keys(followups.to_str().unwrap()).ctrl('s');
    let text = std::fs::read_to_string(&followups).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR"), "{text}");
    assert!(text.contains("BEGIN:VEVENT"), "{text}");

    let meetings = dir.path().join("kring.ics");
    ui.key(KeyCode::Char('5')).key(KeyCode::Enter).key(KeyCode::Char('E'));
    ui.ctrl('u').keys(meetings.to_str().unwrap()).ctrl('s');
    let text = std::fs::read_to_string(&meetings).unwrap();
    assert!(text.contains("Bedrijvenkring Techniek Zaanstreek"), "{text}");
}

#[test]
fn importing_the_database_itself_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kring.sqlite");
    let mut ui = Ui::on(demo_file_store(&db), 120, 36);
    let before = all_companies(&ui);
    import(&mut ui, &db);
    let screen = ui.screen();
    assert!(
        !screen.contains("would import"),
        "no dry run of a database file: {screen}"
    );
    assert!(
        matches!(ui.app.overlay, Some(kring::tui::app::Overlay::Form(..))),
        "said on the form, which stays: {screen}"
    );
    assert_eq!(all_companies(&ui), before);
    assert!(!dir.path().join("kring.sqlite.rejected.csv").exists());
    assert!(ui.store.last_import().unwrap().is_none(), "no import recorded");
}

/// `W` on a company's page writes its sheet, `W` on the Health tab the
/// management report: HTML files where the user says, the status bar
/// saying where.
#[test]
fn the_reports_are_written_from_the_terminal_ui() {
    let dir = tempfile::tempdir().unwrap();
    let mut ui = Ui::new();
    let sheet = dir.path().join("samen.html");
    ui.key(KeyCode::Char('2')).key(KeyCode::Enter);
    let company = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Company(state)) => state.company.name.clone(),
        _ => panic!("a company page"),
    };
    ui.key(KeyCode::Char('W'));
    assert!(ui.screen().contains("what-we-did-together-"), "{}", ui.screen());
    ui.ctrl('u').keys(sheet.to_str().unwrap()).ctrl('s');
    let html = std::fs::read_to_string(&sheet).unwrap();
    assert!(html.contains(&format!("What we did together: {company}")), "{html}");
    assert!(!html.to_lowercase().contains("health"), "nothing internal");
    let report = dir.path().join("verslag.html");
    ui.key(KeyCode::Esc).key(KeyCode::Char('9')).key(KeyCode::Char('W'));
    ui.ctrl('u').keys(report.to_str().unwrap()).ctrl('s');
    assert!(ui.screen().contains("verslag.html"), "{}", ui.screen());
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains("<svg class=\"chart\""), "with its charts");
}

/// `o` on a company's page opens a linked document with the system's
/// opener (here a script that notes what it was given); a file that is gone
/// is said, not opened.
#[test]
fn a_linked_document_opens_from_the_company_page() {
    let dir = tempfile::tempdir().unwrap();
    let opened = dir.path().join("opened.txt");
    let opener = dir.path().join("opener.sh");
    std::fs::write(&opener, format!("#!/bin/sh\necho \"$1\" > '{}'\n", opened.display())).unwrap();
    std::fs::set_permissions(&opener, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    // No other test reads KRING_OPENER; it is set before the opener runs.
    std::env::set_var("KRING_OPENER", &opener);
    let contract = dir.path().join("overeenkomst.pdf");
    std::fs::write(&contract, b"%PDF").unwrap();
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2')).key(KeyCode::Enter);
    let company = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Company(state)) => state.company.id,
        _ => panic!("a company page"),
    };
    ui.key(KeyCode::Char('o'));
    eprintln!(
        "MESSAGE {:?} OVERLAY {}",
        ui.app.message.is_some(),
        ui.app.overlay.is_some()
    );
    assert!(ui.screen().contains("no documents linked"), "{}", ui.screen());
    ui.store
        .attach(
            kring::model::attachments::AttachedTo::Company(company),
            contract.to_str().unwrap(),
            Some("getekend"),
        )
        .unwrap();
    ui.key(KeyCode::Esc).key(KeyCode::Enter);
    assert!(ui.screen().contains("Documents"), "{}", ui.screen());
    ui.key(KeyCode::Char('o')).ctrl('s');
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !opened.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(
        std::fs::read_to_string(&opened).unwrap().trim(),
        contract.to_str().unwrap()
    );
    std::fs::remove_file(&contract).unwrap();
    ui.key(KeyCode::Char('o')).ctrl('s');
    assert!(ui.screen().contains("is gone"), "{}", ui.screen());
}

/// `W` on the Goals tab writes this school year's ledger as a workbook
/// Excel opens: the same rows as `kring report year`.
#[test]
fn the_year_ledger_is_written_from_the_goals_tab() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("jaar.xlsx");
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('6')).key(KeyCode::Char('W'));
    assert!(ui.screen().contains("school-year-ledger-"), "{}", ui.screen());
    ui.ctrl('u').keys(file.to_str().unwrap()).ctrl('s');
    let (csv, _) = kring::io::workbook::sheet_as_csv(&file, None).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.lines().next().unwrap().starts_with("Company,Internships,Students"),
        "{csv}"
    );
    let year = kring::domain::dates::school_year_of(ui.store.today());
    let rows = ui.store.year_report(&year).unwrap();
    assert_eq!(
        csv.lines().count(),
        rows.len() + 2,
        "a line per company, the header and the total"
    );
}

/// A request of access and one to be forgotten, from the person's page:
/// `W` writes what kring holds (JSON), `X` asks and erases; the page closes.
#[test]
fn a_person_is_exported_and_erased_from_their_page() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("inzage.json");
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('3')).key(KeyCode::Enter);
    let (id, name) = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Person(state)) => (state.person.id, state.person.name.clone()),
        _ => panic!("a person's page"),
    };
    ui.key(KeyCode::Char('W'));
    ui.ctrl('u').keys(file.to_str().unwrap()).ctrl('s');
    let export: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(export["person"]["name"], name.as_str());
    ui.key(KeyCode::Char('X'));
    assert!(ui.screen().contains("cannot be undone"), "{}", ui.screen());
    ui.key(KeyCode::Char('n'));
    assert!(ui.store.person(id).is_ok(), "no: nothing happens");
    ui.key(KeyCode::Char('X')).key(KeyCode::Char('y'));
    assert!(ui.store.person(id).is_err(), "erased");
    assert!(ui.app.pages.is_empty(), "the page closed");
    assert!(ui.screen().contains(&format!("erased {name}")), "{}", ui.screen());
}

/// `a` on the Staff tab adds a colleague; an empty name is marked, not saved.
#[test]
fn a_colleague_is_added_from_the_staff_tab() {
    let mut ui = Ui::new();
    let before = ui.store.list_staff().unwrap().len();
    ui.key(KeyCode::Char('0')).key(KeyCode::Char('a'));
    ui.ctrl('s');
    assert!(ui.screen().contains("a name is needed"), "{}", ui.screen());
    ui.keys("Fatima Yilmaz")
        .key(KeyCode::Tab)
        .keys("f.yilmaz@school.nl")
        .ctrl('s');
    let staff = ui.store.list_staff().unwrap();
    assert_eq!(staff.len(), before + 1);
    let added = staff.iter().find(|s| s.name == "Fatima Yilmaz").expect("added");
    assert_eq!(added.email.as_deref(), Some("f.yilmaz@school.nl"));
    assert!(
        ui.screen().contains("Fatima Yilmaz added to the staff"),
        "{}",
        ui.screen()
    );
}

/// `M` on a person's page: they moved; the job at the old company ends (its
/// history kept) and one at the new company begins. A company nobody knows
/// is said, and nothing moves.
#[test]
fn a_person_moves_to_another_company_from_their_page() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('3')).key(KeyCode::Enter);
    let id = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Person(state)) => state.person.id,
        _ => panic!("a person's page"),
    };
    let before = ui.store.person(id).unwrap();
    let old = before.employments.iter().find(|e| e.current).unwrap().company_id;
    ui.key(KeyCode::Char('M')).keys("Bestaat Niet BV").ctrl('s');
    assert_eq!(
        ui.store.person(id).unwrap().employments,
        before.employments,
        "nothing moved"
    );
    let other = ui
        .store
        .list_companies(&Default::default())
        .unwrap()
        .into_iter()
        .find(|c| c.id != old)
        .unwrap();
    assert!(
        matches!(ui.app.overlay, Some(kring::tui::app::Overlay::Form(..))),
        "the form stays, saying why: {}",
        ui.screen()
    );
    ui.ctrl('u').keys(&format!("#{}", other.id)).ctrl('s');
    let after = ui.store.person(id).unwrap();
    let current: Vec<_> = after
        .employments
        .iter()
        .filter(|e| e.current)
        .map(|e| e.company_id)
        .collect();
    assert_eq!(current, [other.id], "{after:?}");
    assert!(
        after.employments.iter().any(|e| e.company_id == old && !e.current),
        "the old job is history"
    );
}

/// `a` on the Goals tab adds a goal for the school; a target that is no
/// number is marked on the form and nothing is added.
#[test]
fn a_goal_is_added_from_the_goals_tab() {
    let mut ui = Ui::new();
    let year = kring::domain::dates::school_year_of(ui.store.today());
    let before = ui
        .store
        .goals(&year, kring::model::goals::GoalScope::All)
        .unwrap()
        .len();
    ui.key(KeyCode::Char('6')).key(KeyCode::Char('a'));
    ui.key(KeyCode::Tab).keys("veertig").ctrl('s');
    assert!(ui.screen().contains("is not a whole number"), "{}", ui.screen());
    // The marked field has the cursor: the target, typed again.
    ui.ctrl('u').keys("40").ctrl('s');
    let goals = ui.store.goals(&year, kring::model::goals::GoalScope::All).unwrap();
    assert_eq!(goals.len(), before + 1, "{}", ui.screen());
    assert!(goals.iter().any(|g| g.target == 40), "{goals:?}");
}

/// `B` on Staff writes a backup copy: a whole database that opens, never
/// written over the database itself.
#[test]
fn b_on_staff_writes_a_backup_that_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    let store = demo_file_store(&path);
    let companies = store.count_companies(&CompanyFilter::default()).unwrap();
    let mut ui = Ui::on(store, 120, 36);
    ui.key(KeyCode::Char('0')).key(KeyCode::Char('B'));
    assert!(ui.screen().contains(".sqlite"), "{}", ui.screen());
    ui.tab_to("File").ctrl('u').keys(path.to_str().unwrap()).ctrl('s');
    assert!(
        !ui.screen().contains("written to"),
        "never over the database: {}",
        ui.screen()
    );
    ui.key(KeyCode::Esc).key(KeyCode::Char('y'));
    let copy = dir.path().join("copy.sqlite");
    ui.key(KeyCode::Char('B'))
        .tab_to("File")
        .ctrl('u')
        .keys(copy.to_str().unwrap())
        .ctrl('s');
    assert!(ui.screen().contains("written to"), "{}", ui.screen());
    let opened = Store::open(&copy, Clock::fixed(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())).unwrap();
    assert_eq!(opened.count_companies(&CompanyFilter::default()).unwrap(), companies);
    // Or the JSON export, which `kring import all` reads.
    let json = dir.path().join("kring.json");
    ui.key(KeyCode::Char('B')).tab_to("As").key(KeyCode::Right);
    ui.tab_to("File").ctrl('u').keys(json.to_str().unwrap()).ctrl('s');
    let text = std::fs::read_to_string(json).unwrap();
    assert!(
        text.starts_with('{') && text.contains("\"company\""),
        "{}",
        &text[..200.min(text.len())]
    );
}

/// `c` on the inbox reads a mail file: the contact it holds is proposed
/// there, to log with a key.
#[test]
fn c_on_the_inbox_reads_mail_into_proposals() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    let store = demo_file_store(&path);
    let person = store
        .list_people(&Default::default())
        .unwrap()
        .into_iter()
        .find(|p| p.email.is_some() && p.company.is_some())
        .expect("a contact with an e-mail address");
    let mail = dir.path().join("stage.eml");
    std::fs::write(
        &mail,
        format!(
            "From: Sanne Bakker <s.bakker@hetnoordcollege.nl>\r\nTo: {} <{}>\r\nSubject: Stageplaatsen blok 3\r\n\
             Date: Mon, 23 Nov 2026 10:00:00 +0100\r\nMessage-ID: <stage-1@hetnoordcollege.nl>\r\n\r\nDag, hoe staat het met de plaatsen?\r\n",
            person.name,
            person.email.as_deref().unwrap()
        ),
    )
    .unwrap();
    let mut ui = Ui::on(store, 120, 36);
    let before = ui.store.inbox(true).unwrap().len();
    ui.key(KeyCode::Char('@'))
        .key(KeyCode::Char('c'))
        .keys("imaps://me@mail.school.nl/INBOX")
        .ctrl('s');
    assert!(ui.screen().contains("needs a password"), "{}", ui.screen());
    ui.ctrl('u').keys(mail.to_str().unwrap()).ctrl('s');
    assert!(ui.screen().contains("1 new contact to log"), "{}", ui.screen());
    assert_eq!(ui.store.inbox(true).unwrap().len(), before + 1);
}

/// `W` on Staff writes the management report for the school or one team.
#[test]
fn the_management_report_from_the_tui_can_be_one_teams() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    let store = demo_file_store(&path);
    let team = store.list_teams().unwrap()[0].name.clone();
    let mut ui = Ui::on(store, 120, 36);
    let target = dir.path().join("team.html");
    ui.key(KeyCode::Char('0')).key(KeyCode::Char('W'));
    ui.tab_to("For").key(KeyCode::Right);
    ui.tab_to("File").ctrl('u').keys(target.to_str().unwrap()).ctrl('s');
    assert!(ui.screen().contains("written to"), "{}", ui.screen());
    let html = std::fs::read_to_string(&target).unwrap();
    assert!(
        html.contains(&format!("team {team}")),
        "the team's report says whose it is"
    );
    assert!(!html.contains("the whole school"), "not the school's");
}

/// On Staff, `K` sets a colleague's login and e-mail address (a wrong one
/// is said), `D` writes their dossier again; on Follow-ups, `X` ends a
/// series.
#[test]
fn staff_accounts_dossiers_and_a_series_ended_from_the_tabs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    let mut store = demo_file_store(&path);
    let company = store.list_companies(&CompanyFilter::default()).unwrap()[0].id;
    let series = store
        .add_recurring_followup(
            kring::model::followups::NewFollowup {
                company,
                person: None,
                staff: None,
                due: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
                action: "Projectteam voorbereiden".into(),
                interaction: None,
            },
            kring::domain::recurrence::Every::parse("2w").unwrap(),
            None,
        )
        .unwrap();
    let mut ui = Ui::on(store, 120, 36);
    let joost = ui.select_staff("Joost Mulder");
    ui.key(KeyCode::Char('K'))
        .tab_to("E-mail")
        .ctrl('u')
        .keys("geen adres")
        .ctrl('s');
    assert!(ui.screen().contains("geen adres"), "{}", ui.screen());
    ui.ctrl('u')
        .keys("joost@school.nl")
        .tab_to("Login")
        .ctrl('u')
        .keys("jmulder")
        .ctrl('s');
    let row = ui
        .store
        .list_staff()
        .unwrap()
        .into_iter()
        .find(|s| s.id == joost)
        .unwrap();
    assert_eq!(
        (row.email.as_deref(), row.login.as_deref()),
        (Some("joost@school.nl"), Some("jmulder"))
    );

    let dossier = dir.path().join("joost.md");
    ui.key(KeyCode::Char('D'))
        .tab_to("File")
        .ctrl('u')
        .keys(dossier.to_str().unwrap())
        .ctrl('s');
    let text = std::fs::read_to_string(&dossier).unwrap();
    assert!(text.contains("Joost Mulder"), "{text}");

    ui.key(KeyCode::Char('4'));
    let at = ui
        .app
        .tabs
        .followups
        .rows
        .iter()
        .position(|f| f.id == series)
        .expect("listed");
    ui.app.tabs.followups.selected = at;
    ui.key(KeyCode::Char('X'));
    assert!(ui.screen().contains("ends"), "{}", ui.screen());
    assert_eq!(ui.store.complete_followup(series).unwrap(), None, "none comes after it");
}
