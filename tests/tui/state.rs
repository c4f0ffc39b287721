//! The app as a state machine, as atuin tests its own: messages in,
//! effects and state out, no database and no runner. What a key asks to be
//! read, what an answer that came too late does, how a page read again
//! keeps its place, and what is asked before a change that moves records.

use super::*;
use kring::domain::id_set::IdSet;
use kring::tui::app::{Overlay, Page};
use kring::tui::effect::{Change, Effect, HandoverOrder, ListOf, Loaded, Msg, Preview, Want};
use kring::tui::tab::{Data, Ids, TABS};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    app.update(Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

#[test]
fn each_tab_key_reads_that_tabs_list_and_nothing_else() {
    let mut app = App::empty(Theme::plain(), day(), Some(1));
    for tab in TABS {
        let effects = press(&mut app, KeyCode::Char(tab.key()));
        assert_eq!(app.tab, tab);
        match &effects[..] {
            [Effect::Load(Want::List(query))] => assert_eq!(query.tab(), tab, "{query:?}"),
            _ => panic!("{tab:?}: one read of its list, got {} effects", effects.len()),
        }
    }
    // Tab and shift-tab go round in the same order.
    press(&mut app, KeyCode::Char(TABS[0].key()));
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.tab, TABS[1]);
    press(&mut app, KeyCode::BackTab);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(app.tab, TABS[TABS.len() - 1]);
}

#[test]
fn a_filters_matches_that_come_after_more_was_typed_are_dropped() {
    let mut app = App::empty(Theme::plain(), day(), Some(1));
    press(&mut app, KeyCode::Char('2'));
    let listed = app.update(Msg::Loaded(Loaded::List(Data::Companies(Ids {
        base: vec![1, 2, 3, 4, 5],
        matches: None,
        keep: false,
    }))));
    assert!(
        matches!(
            listed[..],
            [Effect::Load(Want::Rows {
                list: ListOf::Companies,
                ..
            })]
        ),
        "the ids came: their rows are read"
    );
    press(&mut app, KeyCode::Char('/'));
    let z = press(&mut app, KeyCode::Char('z'));
    let za = press(&mut app, KeyCode::Char('a'));
    assert!(matches!(&z[..], [Effect::Load(Want::Matches(ListOf::Companies, t))] if t == "z"));
    assert!(matches!(&za[..], [Effect::Load(Want::Matches(ListOf::Companies, t))] if t == "za"));
    let late = app.update(Msg::Loaded(Loaded::Matches(
        ListOf::Companies,
        "z".into(),
        [1, 2].into_iter().collect::<IdSet>(),
    )));
    assert!(late.is_empty(), "the matches of 'z' came after 'za' was typed");
    assert_eq!(app.tabs.companies.list.ids, vec![1, 2, 3, 4, 5]);
    let now = app.update(Msg::Loaded(Loaded::Matches(
        ListOf::Companies,
        "za".into(),
        [2].into_iter().collect::<IdSet>(),
    )));
    assert!(matches!(now[..], [Effect::Load(Want::Rows { .. })]));
    assert_eq!(app.tabs.companies.list.ids, vec![2], "narrowed, in the list's order");
}

#[test]
fn a_page_read_again_keeps_its_place_and_another_records_read_opens_nothing() {
    let mut app = App::empty(Theme::plain(), day(), Some(1));
    let circle = |id: i64, name: &str, open: bool| {
        Msg::Loaded(Loaded::Circle {
            id,
            name: name.into(),
            members: Vec::new(),
            meetings: Vec::new(),
            open,
        })
    };
    app.update(circle(4, "Bedrijvenkring Techniek", true));
    assert_eq!(app.pages.len(), 1, "opened");
    app.update(circle(4, "Bedrijvenkring Techniek Zaanstreek", false));
    match app.pages.last() {
        Some(Page::Circle(state)) => assert_eq!(state.name, "Bedrijvenkring Techniek Zaanstreek"),
        _ => panic!("the circle, read again"),
    }
    app.update(circle(5, "Kring Zorg", false));
    assert_eq!(app.pages.len(), 1, "another circle's read opens no page");
    match app.pages.last() {
        Some(Page::Circle(state)) => assert_eq!(state.id, 4),
        _ => panic!("still the first circle"),
    }
    app.update(circle(5, "Kring Zorg", true));
    assert_eq!(app.pages.len(), 2, "asked to open: a page on top");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.pages.len(), 1, "esc goes back");
}

#[test]
fn a_handover_is_asked_about_with_what_it_would_move_and_only_a_yes_moves_it() {
    let mut app = App::empty(Theme::plain(), day(), Some(1));
    let order = HandoverOrder {
        leaver: 2,
        to: 1,
        to_name: "Sanne Bakker".into(),
        dossier: "/tmp/overdracht.md".into(),
        login: None,
    };
    let plan = kring::model::handover::Handover {
        leaver: "Joost Mulder".into(),
        to: "Sanne Bakker".into(),
        companies: vec![(7, "Zaan".into()), (8, "Edam".into())],
        followups: vec![11],
        left: true,
        companies_remaining: 0,
        followups_remaining: 0,
        dry_run: true,
        login: None,
    };
    let change = Change::Handover(Box::new(order));
    assert!(change.previewed_first());
    let asked = app.update(Msg::Previewed(change, Box::new(Preview::Handover(plan))));
    assert!(asked.is_empty(), "nothing moves before the answer");
    match &app.overlay {
        Some(Overlay::Confirm { question, .. }) => assert!(
            question.contains("Hand 2 companies and 1 open follow-ups from Joost Mulder to Sanne Bakker"),
            "{question}"
        ),
        _ => panic!("the dry run is asked about"),
    }
    let yes = press(&mut app, KeyCode::Char('y'));
    assert!(matches!(yes[..], [Effect::Save(Change::Handover(_))]));
}
