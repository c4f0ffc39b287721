//! History from the terminal UI: a company's changes scroll back to the
//! first, and the database's whole log is read a page at a time.

use super::*;
use kring::model::companies::CompanyPatch;

#[test]
fn a_companys_history_scrolls_back_to_its_first_change() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2')).key(KeyCode::Enter);
    let id = ui.app.tabs.companies.selected_id().unwrap();
    let original = ui.store.company(id).unwrap().agreements.unwrap_or_default();
    // Forty changes: more than a pane shows.
    for n in 0..40 {
        let patch = CompanyPatch {
            agreements: Some(format!("Afspraak versie {n}")),
            ..Default::default()
        };
        ui.store.edit_company(id, patch).unwrap();
    }
    ui.key(KeyCode::Char('H'));
    let screen = ui.screen();
    assert!(screen.contains("Afspraak versie 39"), "newest first: {screen}");
    assert!(!screen.contains("→ Afspraak versie 0\n"), "{screen}");
    ui.key(KeyCode::Char('G'));
    let screen = ui.screen();
    let was: String = original.chars().take(20).collect();
    assert!(
        screen.contains(&format!("agreements: {was}")),
        "the oldest change, from what it was: {screen}"
    );
    assert!(!screen.contains("Afspraak versie 39"), "{screen}");
}

#[test]
fn the_whole_log_is_read_a_page_at_a_time_and_opens_the_company() {
    let mut store = demo_store();
    let vos = store.resolve_company("Hotel Vos").unwrap();
    // A long log: 450 changes, the newest on Hotel Vos.
    let other = store.resolve_company("Drukkerij Zuiderzee").unwrap();
    for n in 0..450 {
        let patch = CompanyPatch {
            agreements: Some(format!("Afspraak {n}")),
            ..Default::default()
        };
        store.edit_company(other, patch).unwrap();
    }
    store
        .edit_company(
            vos,
            CompanyPatch {
                city: Some("Velsen".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let total: usize = store.all_history(None, None).unwrap().len();
    let mut ui = Ui::on(store, 120, 36);
    ui.key(KeyCode::Char('0')).key(KeyCode::Char('L'));
    let first = ui.screen();
    assert!(
        first.contains("Every change, newest first (200+)"),
        "a first page: {first}"
    );

    // The newest change is mine, on Hotel Vos: enter opens it.
    ui.key(KeyCode::Enter);
    assert!(ui.screen().contains("Hotel Vos #"), "{}", ui.screen());
    ui.key(KeyCode::Esc);
    // Scrolling on reads the next pages, to the very first change.
    for _ in 0..(total / 20 + 5) {
        ui.key(KeyCode::PageDown);
    }
    let read = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Log(state)) => state.changes.len(),
        _ => panic!("the log"),
    };
    assert_eq!(read, total, "every change read, none twice");
}
