//! Today as a person works through it: every section scrolls into view,
//! each heading opens its whole list, and SBB re-checks are done from it.

use super::*;

/// Select the row of Today whose text holds `text` (a heading by its name).
fn select(ui: &mut Ui, text: &str) {
    ui.key(KeyCode::Char('g'));
    for _ in 0..200 {
        if row_text(ui).contains(text) {
            return;
        }
        ui.key(KeyCode::Down);
    }
    panic!("no row of Today holds {text:?}: {}", ui.screen());
}

/// The text of the selected row, as drawn.
fn row_text(ui: &Ui) -> String {
    use kring::tui::screens::today::Item;
    match ui.app.tabs.today.current() {
        Some(Item::Heading(h)) => format!("{h:?}"),
        Some(Item::Overdue(f) | Item::Due(f)) => f.action.clone(),
        Some(Item::Losing(c)) => c.name.clone(),
        Some(Item::Evaluate(e)) => e.company.clone(),
        Some(Item::Recheck(r)) => format!("{} {}", r.company, r.crebo),
        Some(Item::TrainerGone(t)) => format!("{} {}", t.company, t.trainer),
        Some(Item::Resting(r)) => r.company.clone(),
        Some(Item::Other(o)) => o.company.clone(),
        Some(Item::View(v)) => v.name.clone(),
        None => String::new(),
    }
}

#[test]
fn every_section_of_today_scrolls_into_view_and_its_heading_opens_the_whole_list() {
    let mut ui = Ui::sized(80, 24);
    // Starts on the first follow-up, not on a heading: d still marks it done.
    assert!(matches!(
        ui.app.tabs.today.current(),
        Some(kring::tui::screens::today::Item::Overdue(_))
    ));
    // The last section is reached by moving down, whatever the height.
    ui.key(KeyCode::Char('G'));
    let last = ui.app.tabs.today.data.others_on_mine.last().unwrap().company.clone();
    let bottom = ui.screen();
    assert!(
        bottom.contains(&last[..12]),
        "the last row of the last section: {bottom}"
    );
    insta::assert_snapshot!(bottom);
    select(&mut ui, "OthersOnMine");
    assert!(ui.screen().contains("Other teams' recent contact"), "{}", ui.screen());

    select(&mut ui, "Overdue");
    ui.key(KeyCode::Enter);
    assert_eq!(ui.app.tab, kring::tui::app::Tab::Followups, "{}", ui.screen());

    ui.key(KeyCode::Char('1'));
    select(&mut ui, "LosingTouch");
    ui.key(KeyCode::Enter);
    let screen = ui.screen();
    assert!(screen.contains("sorted by contact due"), "{screen}");
    // The list's first company is the one longest past its cadence.
    let first = ui.app.tabs.companies.list.window.first().map(|c| c.name.clone());
    let longest = ui.store.company_ids(&kring::model::companies::CompanyFilter {
        sort: kring::model::companies::CompanySort::ContactDue,
        ..Default::default()
    });
    let longest = ui.store.company(longest.unwrap()[0]).unwrap().name;
    assert_eq!(first.as_deref(), Some(longest.as_str()), "{screen}");
}

#[test]
fn an_sbb_recognition_is_recorded_on_its_company_and_checked_again_from_today() {
    let mut ui = Ui::new();
    let due = ui.app.tabs.today.data.rechecks_due.clone();
    assert!(!due.is_empty(), "the demo has re-checks due");
    let r = &due[0];
    select(&mut ui, &format!("{} {}", r.company, r.crebo));
    ui.key(KeyCode::Char('r'));
    assert!(ui.screen().contains("Checked again"), "{}", ui.screen());
    // A next check in the past is refused; nothing changes.
    ui.ctrl('u').keys("gisteren").ctrl('s');
    assert!(ui.screen().contains("after today"), "{}", ui.screen());
    ui.ctrl('u').keys("+52w").ctrl('s');
    assert!(ui.screen().contains("checked again; next check"), "{}", ui.screen());
    assert!(
        !ui.app.tabs.today.data.rechecks_due.iter().any(|x| x.id == r.id),
        "it leaves the list"
    );
    let history = ui.store.history(r.company_id).unwrap();
    assert!(
        history.iter().any(|h| h.action == "recheck"),
        "and the company's history says so"
    );

    // On a company's page, R records a recognition for a programme.
    ui.key(KeyCode::Char('2'))
        .keys("/hotel vos")
        .key(KeyCode::Enter)
        .key(KeyCode::Enter);
    ui.key(KeyCode::Char('R')).keys("1234").ctrl('s');
    assert!(ui.screen().contains("5 digits"), "{}", ui.screen());
    ui.ctrl('u').keys("25180").key(KeyCode::Tab).keys("Kok").ctrl('s');
    assert!(ui.screen().contains("crebo 25180 recorded"), "{}", ui.screen());
    assert!(
        ui.screen().contains("SBB 25180 Kok"),
        "shown on the page: {}",
        ui.screen()
    );
    let company = ui.store.resolve_company("Hotel Vos").unwrap();
    assert!(ui.store.company(company).unwrap().recognised);
}

/// The inbox: `@` shows what capture found; `a` logs one (Today's count
/// drops, the company's last contact moves), `s` skips one, `u` takes the
/// skip back, `A` logs the rest.
#[test]
fn the_inbox_logs_and_skips_with_one_key_each_and_u_takes_it_back() {
    let mut ui = Ui::new();
    assert!(ui.screen().contains("4 contacts from your mail and calendar to log"));
    ui.key(KeyCode::Char('@'));
    let first = ui.app.tabs.inbox.rows[0].clone();
    assert_eq!(ui.app.tabs.inbox.rows.len(), 4, "{}", ui.screen());
    assert!(ui.screen().contains(&first.company), "{}", ui.screen());
    ui.key(KeyCode::Char('a'));
    assert_eq!(ui.app.tabs.inbox.rows.len(), 3, "{}", ui.screen());
    assert!(ui.screen().contains("Logged 1 contact."), "{}", ui.screen());
    let company = ui.store.company(first.company_id).unwrap();
    assert_eq!(company.last_contact, Some(first.on));

    let skipped = ui.app.tabs.inbox.rows[0].id;
    ui.key(KeyCode::Char('s'));
    assert_eq!(ui.app.tabs.inbox.rows.len(), 2);
    ui.key(KeyCode::Char('u'));
    assert_eq!(ui.app.tabs.inbox.rows.len(), 3, "u brings the skipped one back");
    assert!(ui.app.tabs.inbox.rows.iter().any(|e| e.id == skipped));

    ui.key(KeyCode::Char('A'));
    assert!(ui.app.tabs.inbox.rows.is_empty(), "{}", ui.screen());
    assert!(ui.screen().contains("Nothing to log"), "{}", ui.screen());
    ui.key(KeyCode::Char('1'));
    assert!(!ui.screen().contains("from your mail and calendar"), "{}", ui.screen());
}

/// `e` on a proposal: its kind and note changed in a form, then logged.
#[test]
fn a_proposal_is_changed_in_a_form_and_logged() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('@'));
    let first = ui.app.tabs.inbox.rows[0].clone();
    ui.key(KeyCode::Char('e'));
    assert!(
        ui.screen().contains(&format!("Log the contact with {}", first.company)),
        "{}",
        ui.screen()
    );
    ui.choose("Kind", |k| k == "call");
    ui.tab_to("Note");
    ui.ctrl('u');
    ui.keys("Gebeld over de stageplekken");
    ui.ctrl('s');
    assert_eq!(ui.app.tabs.inbox.rows.len(), 3, "{}", ui.screen());
    let timeline = ui.store.timeline(first.company_id, 1).unwrap();
    assert_eq!(timeline[0].kind, kring::domain::kinds::InteractionKind::Call);
    assert_eq!(timeline[0].summary, "Gebeld over de stageplekken");
}

/// Saved views on Today: enter lists one on its tab; on Companies `S` keeps
/// the filter shown as a view, `V` lists a saved one again.
#[test]
fn saved_views_show_on_today_and_are_kept_and_chosen_on_the_lists() {
    let mut ui = Ui::sized(120, 40);
    ui.key(KeyCode::Char('2')).key(KeyCode::Char('V'));
    assert!(ui.screen().contains("no saved view lists these yet"), "{}", ui.screen());
    // Prospects only, kept as a view.
    while ui.app.tabs.companies.filter.status != Some(kring::domain::kinds::CompanyStatus::Prospect) {
        ui.key(KeyCode::Char('f'));
    }
    let prospects = ui.app.tabs.companies.list.cursor.total;
    ui.key(KeyCode::Char('S'));
    assert!(
        ui.screen().contains("kring company list --status prospect"),
        "{}",
        ui.screen()
    );
    ui.keys("Prospects").ctrl('s');
    let view = ui.store.view("prospects").unwrap();
    assert_eq!(view.command, ["company", "list", "--status", "prospect"]);
    // Another filter, then the view chosen again.
    ui.key(KeyCode::Char('f'));
    assert_ne!(
        ui.app.tabs.companies.filter.status,
        Some(kring::domain::kinds::CompanyStatus::Prospect)
    );
    ui.key(KeyCode::Char('V')).ctrl('s');
    assert_eq!(
        ui.app.tabs.companies.filter.status,
        Some(kring::domain::kinds::CompanyStatus::Prospect)
    );
    assert_eq!(ui.app.tabs.companies.list.cursor.total, prospects, "{}", ui.screen());

    // Today lists it with its count; enter shows it on its tab.
    ui.store
        .save_view(
            "Praktijkopleiders",
            &["person", "list", "--role", "praktijkopleider"].map(String::from),
            false,
        )
        .unwrap();
    ui.key(KeyCode::Char('f')).key(KeyCode::Char('1')).ctrl('r');
    select(&mut ui, "Praktijkopleiders");
    let count = ui
        .app
        .tabs
        .today
        .data
        .views
        .iter()
        .find(|v| v.name == "Praktijkopleiders")
        .unwrap()
        .count;
    assert!(count > 0);
    ui.key(KeyCode::Enter);
    assert_eq!(ui.app.tab, kring::tui::tab::Tab::People, "{}", ui.screen());
    assert_eq!(
        u64::from(ui.app.tabs.people.list.cursor.total),
        count,
        "{}",
        ui.screen()
    );
}
