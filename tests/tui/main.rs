//! The terminal UI, screen by screen: key events go into the app, and what
//! a person would see is checked (snapshots of the whole screen, taken with
//! ratatui's TestBackend on the fixed demo dataset and a fixed "today").

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kring::demo::{self, Scale};
use kring::store::{Clock, Store};
use kring::tui::app::App;
use kring::tui::theme::Theme;
use kring::tui::view;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

mod architecture;
mod circles;
mod files;
mod history;
mod network;
mod sizes;
mod state;
mod today;
mod undo;

fn demo_store() -> Store {
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut store = Store::open_in_memory(Clock::fixed(today)).unwrap();
    demo::generate(&mut store, Scale::Small).unwrap();
    store
}

/// The small demo in a database file (another connection, or a file the
/// test names, can then be set against it).
fn demo_file_store(path: &std::path::Path) -> Store {
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut store = Store::open(path, Clock::fixed(today)).unwrap();
    demo::generate(&mut store, Scale::Small).unwrap();
    store
}

struct Ui {
    store: Store,
    app: App,
    terminal: Terminal<TestBackend>,
}

impl Ui {
    fn new() -> Ui {
        Ui::sized(120, 36)
    }

    /// On Staff, the colleague of this name selected; their id.
    fn select_staff(&mut self, name: &str) -> i64 {
        self.key(KeyCode::Char('0'));
        let staff = &mut self.app.tabs.staff;
        let at = staff
            .rows
            .iter()
            .position(|s| s.name == name)
            .expect("on the staff list");
        staff.selected = at;
        staff.rows[at].id
    }

    fn sized(width: u16, height: u16) -> Ui {
        Ui::on(demo_store(), width, height)
    }

    fn on(store: Store, width: u16, height: u16) -> Ui {
        let app = App::new(&store, Theme::plain()).unwrap();
        let mut ui = Ui {
            store,
            app,
            terminal: Terminal::new(TestBackend::new(width, height)).unwrap(),
        };
        ui.draw();
        ui
    }

    fn draw(&mut self) {
        let app = &self.app;
        self.terminal.draw(|f| view::draw(f, app)).unwrap();
    }

    fn key(&mut self, code: KeyCode) -> &mut Self {
        self.app
            .on_key(&mut self.store, KeyEvent::new(code, KeyModifiers::NONE));
        self.draw();
        self
    }

    fn ctrl(&mut self, c: char) -> &mut Self {
        self.app
            .on_key(&mut self.store, KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
        self.draw();
        self
    }

    fn keys(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
        self
    }

    /// The open form (a test fails when none is).
    fn form(&self) -> &kring::tui::widgets::form::Form {
        match &self.app.overlay {
            Some(kring::tui::app::Overlay::Form(form, _)) => form,
            _ => panic!("a form is open: {}", self.screen()),
        }
    }

    /// Step the focused choice `label` with → until what it shows is
    /// `wanted`; returns what it shows then.
    fn choose(&mut self, label: &str, wanted: impl Fn(&str) -> bool) -> String {
        for _ in 0..20 {
            let chosen = self.form().field(label).chosen().to_string();
            if wanted(&chosen) {
                return chosen;
            }
            self.key(KeyCode::Right);
        }
        panic!("no choice of {label} is the one wanted: {}", self.screen())
    }

    /// Tab to the open form's field of this label (forms grow; tests name fields).
    fn tab_to(&mut self, label: &str) -> &mut Self {
        for _ in 0..40 {
            match &self.app.overlay {
                Some(kring::tui::app::Overlay::Form(form, _)) if form.fields[form.focus].label == label => return self,
                Some(kring::tui::app::Overlay::Form(..)) => {
                    self.key(KeyCode::Tab);
                }
                _ => panic!("no form is open: {}", self.screen()),
            }
        }
        panic!("the form has no field {label}")
    }

    fn screen(&self) -> String {
        let buffer = self.terminal.backend().buffer();
        let mut out = String::new();
        for y in 0..buffer.area.height {
            let line: String = (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect();
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }
}

#[test]
fn today_screen() {
    let ui = Ui::new();
    let screen = ui.screen();
    assert!(screen.contains("Overdue ("), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn companies_screen_filters_as_you_type() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2'));
    let all = ui.screen();
    assert!(all.contains("Companies (63)"), "{all}");
    ui.keys("/zaan");
    let screen = ui.screen();
    assert!(screen.contains("/zaan"), "{screen}");
    assert!(
        !screen.contains("Companies (63)"),
        "the count narrows as you type: {screen}"
    );
    insta::assert_snapshot!(screen);
    ui.key(KeyCode::Esc);
    assert!(ui.screen().contains("Companies (63)"), "esc clears the filter");
}

#[test]
fn a_companies_filter_with_a_typo_offers_the_near_names_not_a_new_company() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2')).keys("/Watrland");
    assert!(ui.screen().contains("no companies match"), "{}", ui.screen());
    assert!(ui.app.idle(&mut ui.store), "the near names are read once typing pauses");
    ui.draw();
    let screen = ui.screen();
    assert!(screen.contains("did you mean"), "{screen}");
    assert!(screen.contains("Boekhandel Waterland"), "{screen}");
    assert!(!ui.app.idle(&mut ui.store), "read once for this text");
    // Enter ends the typing, a second enter opens the near name.
    ui.key(KeyCode::Enter).key(KeyCode::Enter);
    match ui.app.pages.last() {
        Some(kring::tui::app::Page::Company(state)) => assert!(state.company.name.starts_with("Boekhandel Waterland")),
        _ => panic!("enter opens the near name: {}", ui.screen()),
    }
}

#[test]
fn companies_sort_by_last_contact_puts_the_coldest_first() {
    let mut ui = Ui::new();
    ui.keys("2o");
    assert!(ui.screen().contains("sorted by city"));
    ui.keys("oo");
    let screen = ui.screen();
    assert!(screen.contains("sorted by last contact"), "{screen}");
    let first = screen.lines().nth(4).unwrap();
    assert!(
        first.contains("Webbureau De Zaan"),
        "305 days without contact comes first: {first}"
    );
}

#[test]
fn company_detail_screen() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2')).key(KeyCode::Enter);
    let screen = ui.screen();
    assert!(screen.contains("Timeline ("), "{screen}");
    assert!(screen.contains("Contacts per month"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn people_and_person_screens() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('3'));
    insta::assert_snapshot!("people", ui.screen());
    ui.key(KeyCode::Enter);
    let screen = ui.screen();
    assert!(screen.contains("Interactions"), "{screen}");
    insta::assert_snapshot!("person", screen);
}

#[test]
fn followups_screen_marks_done_and_snoozes() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('4'));
    insta::assert_snapshot!(ui.screen());
    let first = ui.app.tabs.followups.current().unwrap().clone();
    ui.key(KeyCode::Char('d'));
    assert!(ui.screen().contains(&format!("done: {}", first.action)));
    assert!(ui.store.followup(first.id).unwrap().done_at.is_some());
    let next = ui.app.tabs.followups.current().unwrap().clone();
    ui.key(KeyCode::Char('s'));
    assert_eq!(
        ui.store.followup(next.id).unwrap().due,
        NaiveDate::from_ymd_opt(2026, 12, 3).unwrap()
    );
}

#[test]
fn search_everywhere_finds_and_opens() {
    let mut ui = Ui::new();
    ui.keys("/ruine");
    let screen = ui.screen();
    assert!(screen.contains("Search everywhere"), "{screen}");
    assert!(
        screen.contains("Ruïne") || screen.contains("Ruïters"),
        "accent-insensitive: {screen}"
    );
    insta::assert_snapshot!(screen);
    ui.key(KeyCode::Enter);
    assert!(ui.screen().contains("Timeline ("), "enter opens the company");
}

#[test]
fn search_says_how_many_more_match_and_opens_the_whole_list() {
    let mut ui = Ui::new();
    ui.keys("/b.v");
    let total = ui.store.company_text_matches("b.v").unwrap().len();
    assert!(total > 8, "the demo has many B.V.s: {total}");
    // Counted once typing pauses, not on every keystroke.
    assert!(!ui.screen().contains("more"), "{}", ui.screen());
    assert!(ui.app.idle(&mut ui.store));
    assert!(!ui.app.idle(&mut ui.store), "counted once for this text");
    ui.draw();
    let screen = ui.screen();
    assert!(screen.contains(&format!("Companies (8 of {total})")), "{screen}");
    assert!(screen.contains(&format!("… {} more", total - 8)), "{screen}");
    // Kinds read as words, not as stored.
    assert!(!screen.contains("internship_placed"), "{screen}");
    for _ in 0..8 {
        ui.key(KeyCode::Down);
    }
    ui.key(KeyCode::Enter);
    let screen = ui.screen();
    assert_eq!(ui.app.tab, kring::tui::app::Tab::Companies, "{screen}");
    assert!(
        screen.contains(&format!("Companies ({total})")),
        "every match, filtered: {screen}"
    );
}

#[test]
fn search_everywhere_finds_what_was_written_and_opens_the_meeting() {
    let mut ui = Ui::new();
    ui.keys("/rondvraag");
    let screen = ui.screen();
    assert!(
        screen.contains("Notes, minutes, questions and more"),
        "a group of its own: {screen}"
    );
    assert!(screen.contains("rondvraag"), "the agenda shows: {screen}");
    ui.key(KeyCode::Enter);
    assert!(
        matches!(ui.app.pages.last(), Some(kring::tui::app::Page::Meeting(_))),
        "enter opens the meeting: {}",
        ui.screen()
    );
}

#[test]
fn a_search_that_finds_nothing_offers_near_names_once_typing_pauses() {
    let mut ui = Ui::new();
    ui.keys("/ruine");
    assert!(!ui.app.idle(&mut ui.store), "found something: no need for near names");
    ui.key(KeyCode::Esc).keys("/Waterlnd");
    assert!(ui.screen().contains("nothing found"), "{}", ui.screen());
    assert!(!ui.screen().contains("Did you mean"), "not on every keystroke");
    assert!(ui.app.idle(&mut ui.store));
    ui.draw();
    let screen = ui.screen();
    assert!(screen.contains("Did you mean"), "{screen}");
    assert!(screen.contains("Boekhandel Waterland"), "{screen}");
    assert!(!ui.app.idle(&mut ui.store), "read once for this text");
    ui.key(KeyCode::Enter);
    match ui.app.pages.last() {
        Some(kring::tui::app::Page::Company(state)) => assert!(state.company.name.starts_with("Boekhandel Waterland")),
        _ => panic!("enter opens the near name: {}", ui.screen()),
    }
}

#[test]
fn logging_a_call_with_a_past_follow_up_shows_it_overdue_then_done() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2')).key(KeyCode::Enter);
    let company = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Company(state)) => state.company.id,
        _ => panic!("company page expected"),
    };
    ui.key(KeyCode::Char('l'));
    assert!(ui.screen().contains("Log an interaction"));
    // Kind: call (first). Date: today. Skip "With". Note, outcome, follow-up.
    ui.key(KeyCode::Tab).key(KeyCode::Tab).key(KeyCode::Tab);
    ui.keys("Gebeld over stageplekken");
    ui.key(KeyCode::Tab).key(KeyCode::Tab);
    ui.keys("yesterday");
    ui.key(KeyCode::Tab);
    ui.keys("Stageaanbod sturen");
    ui.ctrl('s');
    assert!(
        ui.screen()
            .contains("logged call on 2026-11-26, follow-up on 2026-11-25"),
        "{}",
        ui.screen()
    );
    let timeline = ui.store.timeline(company, 1).unwrap();
    assert_eq!(timeline[0].summary, "Gebeld over stageplekken");

    ui.key(KeyCode::Char('1'));
    assert!(ui.screen().contains("Stageaanbod sturen"), "{}", ui.screen());
    let position = ui
        .app
        .tabs
        .today
        .items()
        .iter()
        .position(|item| {
            item.followup()
                .is_some_and(|id| ui.store.followup(id).unwrap().action == "Stageaanbod sturen")
        })
        .unwrap();
    ui.app.tabs.today.selected = position;
    ui.key(KeyCode::Char('d'));
    assert!(ui.screen().contains("done: Stageaanbod sturen"), "{}", ui.screen());
}

#[test]
fn marked_companies_get_one_interaction_each_all_at_once() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2'));
    assert!(!ui.screen().contains("● "), "nothing marked yet");
    let selected = |ui: &Ui| ui.app.tabs.companies.selected_id().unwrap();
    let first = selected(&ui);
    ui.key(KeyCode::Char(' '));
    let second = selected(&ui);
    assert_ne!(first, second, "space moves on to the next company");
    ui.key(KeyCode::Char(' '));
    let screen = ui.screen();
    assert!(screen.contains("2 marked"), "{screen}");
    assert!(screen.contains("● "), "a mark shows on the row: {screen}");

    // A wrong date: nothing is logged anywhere, the marks stay.
    let before = |ui: &Ui, id| ui.store.timeline(id, 1).unwrap().first().map(|e| e.id);
    let (was_first, was_second) = (before(&ui, first), before(&ui, second));
    ui.key(KeyCode::Char('l'));
    assert!(
        ui.screen().contains("Log one interaction at 2 companies"),
        "{}",
        ui.screen()
    );
    ui.key(KeyCode::Tab).ctrl('u').keys("31-02-2026");
    ui.key(KeyCode::Tab).keys("Uitnodiging stagefestival");
    ui.ctrl('s');
    assert!(ui.screen().contains("is not a date on the calendar"), "{}", ui.screen());
    assert_eq!((before(&ui, first), before(&ui, second)), (was_first, was_second));

    ui.ctrl('u').keys("today"); // the cursor went to the date in error
    ui.ctrl('s');
    assert!(ui.screen().contains("logged call at 2 companies"), "{}", ui.screen());
    for id in [first, second] {
        assert_eq!(
            ui.store.timeline(id, 1).unwrap()[0].summary,
            "Uitnodiging stagefestival"
        );
    }
    assert!(ui.app.tabs.companies.marked.is_empty(), "the marks are used up");

    // `*` marks what the filter lists; esc clears the filter, then the marks.
    ui.keys("/zaan").key(KeyCode::Enter).key(KeyCode::Char('*'));
    let listed = ui.app.tabs.companies.list.ids.clone();
    assert!(!listed.is_empty());
    assert_eq!(ui.app.tabs.companies.marked.iter().copied().collect::<Vec<_>>(), {
        let mut sorted = listed.clone();
        sorted.sort();
        sorted
    });
    ui.key(KeyCode::Esc);
    assert_eq!(
        ui.app.tabs.companies.marked.len(),
        listed.len(),
        "the first esc clears the filter"
    );
    ui.key(KeyCode::Esc);
    assert!(ui.app.tabs.companies.marked.is_empty(), "{}", ui.screen());
    assert!(ui.screen().contains("marks cleared"));
}

#[test]
fn log_form_shows_errors_next_to_fields_and_saves_nothing() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2')).key(KeyCode::Char('l'));
    ui.key(KeyCode::Tab);
    ui.ctrl('u').keys("31-02-2026");
    ui.ctrl('s');
    let screen = ui.screen();
    assert!(
        screen.contains("'31-02-2026' is not a date on the calendar"),
        "{screen}"
    );
    assert!(
        screen.contains("the note (what was said or done) cannot be empty"),
        "{screen}"
    );
    insta::assert_snapshot!(screen);
    let company = ui.app.tabs.companies.selected_id().unwrap();
    let before = ui.store.timeline(company, 100).unwrap().len();
    ui.key(KeyCode::Esc);
    assert!(ui.screen().contains("Discard what you typed?"));
    ui.key(KeyCode::Char('y'));
    assert_eq!(ui.store.timeline(company, 100).unwrap().len(), before);
}

#[test]
fn deleting_an_interaction_asks_first() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2')).key(KeyCode::Enter);
    let (company, first) = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Company(state)) => (state.company.id, state.timeline[0].id),
        _ => panic!("company page expected"),
    };
    ui.key(KeyCode::Char('x'));
    insta::assert_snapshot!(ui.screen());
    ui.key(KeyCode::Char('n'));
    assert_eq!(ui.store.timeline(company, 1).unwrap()[0].id, first);
    ui.key(KeyCode::Char('x')).key(KeyCode::Char('y'));
    assert_ne!(ui.store.timeline(company, 1).unwrap()[0].id, first);
}

#[test]
fn company_form_validates_inline() {
    let mut ui = Ui::new();
    ui.keys("2a");
    ui.keys("Nieuwe Firma");
    for _ in 0..4 {
        ui.key(KeyCode::Tab);
    }
    ui.keys("123");
    ui.ctrl('s');
    let screen = ui.screen();
    assert!(screen.contains("invalid KvK number '123'"), "{screen}");
    ui.ctrl('u').keys("1234 5678");
    ui.ctrl('s');
    assert!(ui.screen().contains("Nieuwe Firma added"), "{}", ui.screen());
    assert!(ui.store.resolve_company("nieuwe firma").is_ok());
}

#[test]
fn adding_a_likely_duplicate_warns_and_offers_the_one_that_exists() {
    use kring::model::companies::CompanyFilter;
    let mut ui = Ui::new();
    let count = |ui: &Ui| ui.store.count_companies(&CompanyFilter::default()).unwrap();
    let before = count(&ui);
    let vos = ui.store.resolve_company("Hotel Vos").unwrap();
    let kvk = ui.store.company(vos).unwrap().kvk.unwrap();

    // The same name in no city: asked, and o opens the one there.
    ui.keys("2a").keys("hotel VOS").ctrl('s');
    let asked = ui.screen();
    assert!(
        asked.contains(&format!(
            "Likely the same as Hotel Vos (Beverwijk) #{vos}: the same name"
        )),
        "{asked}"
    );
    ui.key(KeyCode::Char('o'));
    assert!(
        ui.screen().contains("Timeline ("),
        "the existing one opens: {}",
        ui.screen()
    );
    assert_eq!(count(&ui), before, "nothing added");

    // The same name in another city is another company: no question.
    ui.key(KeyCode::Esc)
        .key(KeyCode::Char('a'))
        .keys("Hotel Vos")
        .tab_to("City")
        .keys("Groningen")
        .ctrl('s');
    assert!(ui.screen().contains("Hotel Vos added"), "{}", ui.screen());
    assert_eq!(count(&ui), before + 1);

    // Its KvK number under another name: asked; n goes back to the form, y adds.
    ui.key(KeyCode::Char('a'))
        .keys("Vos Hotels")
        .tab_to("KvK")
        .keys(&kvk)
        .ctrl('s');
    assert!(ui.screen().contains("the same KvK number"), "{}", ui.screen());
    ui.key(KeyCode::Char('n'));
    assert!(
        matches!(ui.app.overlay, Some(kring::tui::app::Overlay::Form(..))),
        "back to the form"
    );
    ui.ctrl('s').key(KeyCode::Char('y'));
    // The store still refuses a second company with one KvK number: said on the form.
    assert!(ui.screen().contains(&kvk), "{}", ui.screen());
    assert_eq!(count(&ui), before + 1);
}

#[test]
fn adding_a_person_with_an_e_mail_that_is_known_warns() {
    let mut ui = Ui::new();
    let person = ui.store.person_ids(&Default::default()).unwrap()[0];
    let known = ui.store.person(person).unwrap();
    let email = known.email.clone().expect("demo people have e-mail");
    ui.key(KeyCode::Char('2')).key(KeyCode::Enter).key(KeyCode::Char('p'));
    ui.keys("Iemand Anders")
        .tab_to("E-mail")
        .keys(&email.to_uppercase())
        .ctrl('s');
    let asked = ui.screen();
    assert!(
        asked.contains(&format!("Likely the same as {} (", known.name)),
        "{asked}"
    );
    assert!(
        asked.contains(&format!("#{person}: the same e-mail address")),
        "{asked}"
    );
}

#[test]
fn help_overlay_lists_the_keys_of_this_screen() {
    let mut ui = Ui::new();
    ui.keys("2?");
    let screen = ui.screen();
    assert!(screen.contains("filter by name, city or tag"), "{screen}");
    insta::assert_snapshot!(screen);
    // More keys than rows: the last ones are a scroll away, and it says so.
    assert!(screen.contains("more: ↓"), "{screen}");
    assert!(!screen.contains("ctrl-c"), "{screen}");
    for _ in 0..20 {
        ui.key(KeyCode::Down);
    }
    assert!(ui.screen().contains("ctrl-c"), "{}", ui.screen());
    ui.key(KeyCode::Char('x'));
    assert!(!ui.screen().contains("Keys ("));
}

#[test]
fn quit_asks_only_with_unsaved_input() {
    let mut ui = Ui::new();
    ui.keys("2l");
    ui.key(KeyCode::Tab).keys("x");
    ui.ctrl('c');
    assert!(!ui.app.quit);
    assert!(ui.screen().contains("Quit and lose what you typed?"));
    ui.key(KeyCode::Char('y'));
    assert!(ui.app.quit);

    let mut ui = Ui::new();
    ui.key(KeyCode::Char('q'));
    assert!(ui.app.quit, "q quits at once when nothing is typed");
}

#[test]
fn narrow_terminal_still_draws() {
    let ui = Ui::sized(60, 20);
    insta::assert_snapshot!(ui.screen());
}

#[test]
fn the_user_guide_lists_every_key_binding() {
    use kring::tui::screens::{all_contexts, bindings};
    let guide = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/user-guide.md")).unwrap();
    for context in all_contexts() {
        for binding in bindings(context) {
            let row = format!("`{}`", binding.keys[0].label());
            assert!(
                guide
                    .lines()
                    .any(|line| line.contains(&row) && line.contains(binding.help)),
                "docs/user-guide.md lacks the key {row} ({}) of {context:?}",
                binding.help
            );
        }
    }
}

#[test]
fn a_follow_up_is_corrected_and_deleted_from_the_company_screen() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2')).key(KeyCode::Enter);
    ui.key(KeyCode::BackTab); // timeline → follow-ups
    let id = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Company(state)) => state.selected_followup().expect("a follow-up").id,
        _ => panic!("company page expected"),
    };
    ui.key(KeyCode::Char('e'));
    assert!(
        ui.screen().contains(&format!("Edit follow-up #{id}")),
        "{}",
        ui.screen()
    );
    ui.key(KeyCode::Tab).ctrl('u').keys("Offerte nabellen").ctrl('s');
    assert_eq!(ui.store.followup(id).unwrap().action, "Offerte nabellen");
    ui.key(KeyCode::Char('x'));
    assert!(
        ui.screen().contains("Delete the follow-up \"Offerte nabellen\""),
        "{}",
        ui.screen()
    );
    ui.key(KeyCode::Char('y'));
    assert!(ui.store.followup(id).is_err(), "deleted");
}

#[test]
fn the_company_screen_shows_the_history_of_changes() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2')).key(KeyCode::Enter);
    let id = ui.app.tabs.companies.selected_id().unwrap();
    ui.store
        .edit_company(
            id,
            kring::model::companies::CompanyPatch {
                city: Some("Zaandam".into()),
                ..Default::default()
            },
        )
        .unwrap();
    ui.key(KeyCode::Char('H'));
    let screen = ui.screen();
    assert!(screen.contains("History of changes"), "{screen}");
    assert!(screen.contains("city: Wormerveer → Zaandam"), "{screen}");
    ui.key(KeyCode::Char('H'));
    assert!(ui.screen().contains("Timeline ("));
}

#[test]
fn taking_attendance_at_a_circle_meeting() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('5'));
    assert!(
        ui.screen().contains("Bedrijvenkring Techniek Zaanstreek"),
        "{}",
        ui.screen()
    );
    ui.key(KeyCode::Enter); // the circle
    ui.key(KeyCode::Enter); // its first (past) meeting
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
    let before = ui
        .store
        .timeline(company, 500)
        .unwrap()
        .iter()
        .filter(|i| i.kind.as_str() == "meeting")
        .count();
    ui.key(KeyCode::Char('a'));
    let attendance = ui.store.attendance(meeting).unwrap();
    assert!(attendance.iter().any(|a| a.id == person && a.status == "attended"));
    let after = ui
        .store
        .timeline(company, 500)
        .unwrap()
        .iter()
        .filter(|i| i.kind.as_str() == "meeting")
        .count();
    assert!(after >= before.max(1), "the meeting counts as contact with the company");
    ui.key(KeyCode::Char('w')).keys("Stageplekken besproken").ctrl('s');
    assert_eq!(
        ui.store.meeting(meeting).unwrap().minutes.as_deref(),
        Some("Stageplekken besproken")
    );
    ui.key(KeyCode::Char('n'));
    // Company, for whom (me first), due, action.
    ui.key(KeyCode::Tab)
        .key(KeyCode::Tab)
        .key(KeyCode::Tab)
        .keys("Offerte sturen")
        .ctrl('s');
    assert!(ui.screen().contains("added as a follow-up"), "{}", ui.screen());
    insta::assert_snapshot!(ui.screen());
}

/// The small demo in a database file, and the app on it.
fn demo_on_file(path: &std::path::Path) -> (Store, App, NaiveDate) {
    let store = demo_file_store(path);
    let app = App::new(&store, Theme::plain()).unwrap();
    let today = store.today();
    (store, app, today)
}

#[test]
fn changes_made_by_another_process_show_up_without_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    let (mut store, mut app, today) = demo_on_file(&path);
    app.on_key(&mut store, KeyEvent::new(KeyCode::Char('2'), KeyModifiers::NONE));
    assert_eq!(app.tabs.companies.list.cursor.total, 63);
    assert!(!app.sync(&mut store), "nothing changed yet");

    // Another process (here: another connection) adds a company.
    let mut other = Store::open(&path, Clock::fixed(today)).unwrap();
    other
        .add_company(kring::model::companies::NewCompany {
            name: "Nieuwe Buurman BV".into(),
            ..Default::default()
        })
        .unwrap();
    assert!(app.sync(&mut store), "the change is noticed");
    assert_eq!(app.tabs.companies.list.cursor.total, 64);
    assert!(!app.sync(&mut store), "and noticed once");
}

/// The runner on its own thread (as the real terminal runs it): jobs are
/// answered in the order sent, every one of them, and another process's
/// change is news at the next look, once.
#[test]
fn the_worker_answers_every_job_in_order_and_hears_other_processes() {
    use kring::tui::effect::{Effect, Msg, Want};
    use kring::tui::runner::worker::{work, Inbox, Job};
    use kring::tui::tab::Query;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    let (mut store, _app, today) = demo_on_file(&path);
    let (jobs, for_worker) = std::sync::mpsc::channel();
    let (to_loop, answers) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        scope.spawn(|| work(&mut store, for_worker, to_loop, 30));
        jobs.send(Job::Sync).unwrap();
        jobs.send(Job::Effect(Effect::Load(Want::List(Query::Staff)))).unwrap();
        let Inbox::Answer(nothing) = answers.recv().unwrap() else {
            panic!("only answers come from the worker")
        };
        assert!(nothing.is_none(), "nothing changed yet");
        let Inbox::Answer(staff) = answers.recv().unwrap() else {
            panic!("only answers come from the worker")
        };
        assert!(
            matches!(staff.as_deref(), Some(Msg::Loaded(_))),
            "the list, after the look"
        );

        let mut other = Store::open(&path, Clock::fixed(today)).unwrap();
        other
            .add_company(kring::model::companies::NewCompany {
                name: "Nieuwe Buurman BV".into(),
                ..Default::default()
            })
            .unwrap();
        jobs.send(Job::Sync).unwrap();
        jobs.send(Job::Sync).unwrap();
        let Inbox::Answer(news) = answers.recv().unwrap() else {
            panic!("only answers come from the worker")
        };
        assert!(matches!(news.as_deref(), Some(Msg::DataChanged)), "the change is news");
        let Inbox::Answer(again) = answers.recv().unwrap() else {
            panic!("only answers come from the worker")
        };
        assert!(again.is_none(), "and news once");
        drop(jobs);
    });
}

#[test]
fn a_colleagues_team_change_shows_on_staff_without_ctrl_r() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    let (mut store, mut app, today) = demo_on_file(&path);
    app.on_key(&mut store, KeyEvent::new(KeyCode::Char('0'), KeyModifiers::NONE));
    let colleague = app
        .tabs
        .staff
        .rows
        .iter()
        .find(|s| s.left_on.is_none() && s.name != "Sanne Bakker")
        .expect("a colleague")
        .clone();
    // Another process puts the colleague in a new team.
    let mut other = Store::open(&path, Clock::fixed(today)).unwrap();
    let team = other.add_team("Zorg en welzijn").unwrap();
    other.set_team(colleague.id, Some(team)).unwrap();
    // A key handled before kring looks for others' changes (here: a move
    // down the list) must not count their change as seen.
    app.on_key(&mut store, KeyEvent::new(KeyCode::Down, KeyModifiers::NONE));
    assert!(app.sync(&mut store), "the change is noticed");
    let now = app.tabs.staff.rows.iter().find(|s| s.id == colleague.id).unwrap();
    assert_eq!(now.team.as_deref(), Some("Zorg en welzijn"), "{now:?}");

    // A colleague puts me in another team while Goals shows mine.
    app.on_key(&mut store, KeyEvent::new(KeyCode::Char('6'), KeyModifiers::NONE));
    assert_eq!(app.tabs.goals.team.as_ref().map(|t| t.0.as_str()), Some("Connectors"));
    let me = store.actor().unwrap();
    other.set_team(me, Some(team)).unwrap();
    app.on_key(&mut store, KeyEvent::new(KeyCode::Down, KeyModifiers::NONE));
    assert!(app.sync(&mut store), "the change is noticed");
    assert_eq!(
        app.tabs.goals.team.as_ref().map(|t| t.0.as_str()),
        Some("Zorg en welzijn"),
        "my new team's goals show at once"
    );
}

#[test]
fn a_list_left_unchanged_is_shown_again_as_it_was_and_any_change_reads_it_anew() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    let (mut store, mut app, today) = demo_on_file(&path);
    let key =
        |app: &mut App, store: &mut Store, code: KeyCode| app.on_key(store, KeyEvent::new(code, KeyModifiers::NONE));
    key(&mut app, &mut store, KeyCode::Char('2'));
    key(&mut app, &mut store, KeyCode::Down);
    key(&mut app, &mut store, KeyCode::Down);
    let selected = app.tabs.companies.list.cursor.selected;
    // To a company and back, to Today and back: the list is where it was.
    key(&mut app, &mut store, KeyCode::Enter);
    key(&mut app, &mut store, KeyCode::Esc);
    key(&mut app, &mut store, KeyCode::Char('1'));
    let back = app.update(kring::tui::effect::Msg::Key(KeyEvent::new(
        KeyCode::Char('2'),
        KeyModifiers::NONE,
    )));
    assert!(back.is_empty(), "nothing to read again");
    assert_eq!(app.tabs.companies.list.cursor.selected, selected);
    assert_eq!(app.tabs.companies.list.cursor.total, 63);

    // Another process adds a company while Today is shown: noticed when
    // idle, and the company list is read again when it is shown.
    key(&mut app, &mut store, KeyCode::Char('1'));
    let mut other = Store::open(&path, Clock::fixed(today)).unwrap();
    other
        .add_company(kring::model::companies::NewCompany {
            name: "Nieuwe Buurman BV".into(),
            ..Default::default()
        })
        .unwrap();
    assert!(app.sync(&mut store));
    key(&mut app, &mut store, KeyCode::Char('2'));
    assert_eq!(
        app.tabs.companies.list.cursor.total, 64,
        "read again after another process's change"
    );

    // While kring waits for a key, the lists shown before are read again
    // ahead, one a pause: going back to one then reads nothing.
    key(&mut app, &mut store, KeyCode::Char('1'));
    other
        .add_company(kring::model::companies::NewCompany {
            name: "Tweede Buurman BV".into(),
            ..Default::default()
        })
        .unwrap();
    assert!(app.sync(&mut store), "Today is read again at once");
    let mut pauses = 0;
    while app.idle(&mut store) {
        pauses += 1;
    }
    assert!(
        pauses >= 2,
        "Companies and the lists of the start (Follow-ups, Circles) are read again"
    );
    let back = app.update(kring::tui::effect::Msg::Key(KeyEvent::new(
        KeyCode::Char('2'),
        KeyModifiers::NONE,
    )));
    assert!(back.is_empty(), "nothing left to read");
    assert_eq!(app.tabs.companies.list.cursor.total, 65);
    assert!(!app.idle(&mut store), "nothing more to read while nothing changes");

    // The list on screen is read at once when another process changes something.
    key(&mut app, &mut store, KeyCode::Char('3'));
    let people = app.tabs.people.list.cursor.total;
    other
        .add_person(kring::model::people::NewPerson {
            name: "Nieuwe Collega".into(),
            ..Default::default()
        })
        .unwrap();
    assert!(app.sync(&mut store));
    assert_eq!(app.tabs.people.list.cursor.total, people + 1);
}

#[test]
fn a_change_made_in_kring_has_every_list_read_again_when_next_shown() {
    let mut ui = Ui::sized(120, 36);
    ui.key(KeyCode::Char('9'));
    let health = ui.app.tabs.health.total;
    ui.key(KeyCode::Char('2'));
    let companies = ui.app.tabs.companies.list.cursor.total;
    ui.key(KeyCode::Char('a'))
        .keys("Hotel Vos")
        .tab_to("City")
        .keys("Groningen")
        .ctrl('s');
    assert!(ui.screen().contains("Hotel Vos added"), "{}", ui.screen());
    assert_eq!(ui.app.tabs.companies.list.cursor.total, companies + 1);
    ui.key(KeyCode::Char('9'));
    assert_eq!(
        ui.app.tabs.health.total,
        health + 1,
        "Health is read again: {}",
        ui.screen()
    );
}

/// The kring binary, as a colleague's process on the same file.
fn colleague(path: &std::path::Path, args: &[&str]) {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_kring"));
    command.env("KRING_DB", path).env("KRING_TODAY", "2026-11-26");
    if !matches!(args[0], "init" | "staff") {
        command.env("KRING_USER", "Joost Mulder");
    }
    let output = command.args(args).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn an_edit_saves_only_what_was_changed_and_never_overwrites_a_colleagues_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    colleague(&path, &["init", "--me", "Sanne Bakker"]);
    colleague(&path, &["staff", "add", "Joost Mulder"]);
    colleague(
        &path,
        &["company", "add", "Smit BV", "--city", "Hoorn", "--website", "smit.nl"],
    );
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let store = Store::open(&path, Clock::fixed(today)).unwrap();
    let mut ui = Ui::on(store, 120, 36);
    let website = |ui: &Ui| ui.store.company(1).unwrap().website;

    // I edit the street while a colleague changes the website: both stay.
    ui.keys("2").key(KeyCode::Enter).keys("e").tab_to("Street");
    ui.keys("Dorpsstraat 1");
    colleague(&path, &["company", "edit", "Smit", "--website", "https://collega.nl"]);
    ui.ctrl('s');
    assert!(ui.screen().contains("Smit BV saved"), "{}", ui.screen());
    let company = ui.store.company(1).unwrap();
    assert_eq!(company.street.as_deref(), Some("Dorpsstraat 1"));
    assert_eq!(
        company.website.as_deref(),
        Some("https://collega.nl"),
        "the colleague's change is kept"
    );

    // We both change the website: my save is refused, naming the field, the
    // other value and who; my input stays in the form.
    ui.keys("e").tab_to("Website");
    ui.ctrl('u').keys("https://mijn.nl");
    colleague(&path, &["company", "edit", "Smit", "--website", "https://derde.nl"]);
    ui.ctrl('s');
    let screen = ui.screen();
    assert!(
        screen.contains("changed meanwhile by Joost Mulder to 'https://derde.nl'"),
        "{screen}"
    );
    assert!(screen.contains("https://mijn.nl"), "my input is kept: {screen}");
    assert_eq!(website(&ui).as_deref(), Some("https://derde.nl"), "nothing was saved");
    // Having seen it, saving again replaces it with mine.
    ui.ctrl('s');
    assert_eq!(website(&ui).as_deref(), Some("https://mijn.nl"));
}

#[test]
fn the_company_itself_is_edited_from_any_pane_owner_and_tags_included() {
    let mut ui = Ui::new();
    let id = ui.store.resolve_company("Hotel Vos").unwrap();
    ui.key(KeyCode::Char('2')).keys("/hotel vos").key(KeyCode::Enter);
    ui.key(KeyCode::Char('e'));
    assert!(
        ui.screen().contains("Edit Hotel Vos"),
        "e on Companies edits the selected one"
    );
    ui.key(KeyCode::Esc);
    ui.key(KeyCode::Enter);
    // The timeline has the focus: e edits the interaction, E the company.
    ui.key(KeyCode::Tab).key(KeyCode::Tab);
    ui.key(KeyCode::Char('E'));
    assert!(ui.screen().contains("Edit Hotel Vos"), "{}", ui.screen());
    let before = ui.store.company(id).unwrap();
    ui.tab_to("Owner");
    let owner = ui.choose("Owner", |o| Some(o) != before.owner.as_deref());
    ui.tab_to("Tags").key(KeyCode::End).keys(", Stagefestival 2027");
    ui.tab_to("E-mail").ctrl('u').keys("info@hotelvos.nl");
    ui.tab_to("Phone").ctrl('u').keys("0251-123456");
    ui.ctrl('s');
    assert!(ui.screen().contains("Hotel Vos saved"), "{}", ui.screen());
    let after = ui.store.company(id).unwrap();
    assert_eq!(after.owner.as_deref(), Some(owner.as_str()));
    assert_eq!(after.email.as_deref(), Some("info@hotelvos.nl"));
    assert_eq!(after.phone.as_deref(), Some("0251-123456"));
    let mut expected = before.tags.clone();
    expected.push("stagefestival 2027".into());
    let mut tags = after.tags.clone();
    tags.sort();
    expected.sort();
    assert_eq!(tags.len(), expected.len(), "{tags:?}");
    assert!(
        after.tags.iter().any(|t| t.to_lowercase().contains("stagefestival")),
        "{tags:?}"
    );

    // A tag taken out of the list is taken off the company.
    ui.key(KeyCode::Char('E'))
        .tab_to("Tags")
        .ctrl('u')
        .keys("Stagefestival 2027")
        .ctrl('s');
    let after = ui.store.company(id).unwrap();
    assert_eq!(after.tags.len(), 1, "{:?}", after.tags);
}

#[test]
fn a_persons_topics_are_edited_with_the_person() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('3')).key(KeyCode::Enter);
    let person = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Person(state)) => state.person.id,
        _ => panic!("the person page"),
    };
    ui.key(KeyCode::Char('e'))
        .tab_to("Topics")
        .key(KeyCode::End)
        .keys(", intellectueel eigendom");
    // A wrong e-mail refuses the whole save: the topic is not added either.
    ui.tab_to("E-mail").ctrl('u').keys("geen-adres").ctrl('s');
    assert!(!ui
        .store
        .topics_of(person)
        .unwrap()
        .iter()
        .any(|t| t == "intellectueel eigendom"));
    ui.ctrl('u').ctrl('s');
    assert!(ui
        .store
        .topics_of(person)
        .unwrap()
        .iter()
        .any(|t| t == "intellectueel eigendom"));
    let experts = ui.store.experts("eigendom").unwrap();
    assert!(experts.iter().any(|e| e.person_id == person), "found as an expert");
}

#[test]
fn done_by_mistake_is_undone_with_u_right_after() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('4'));
    let first = ui.app.tabs.followups.current().unwrap().clone();
    ui.key(KeyCode::Char('d'));
    assert!(ui.screen().contains("u undoes"), "{}", ui.screen());
    ui.key(KeyCode::Char('u'));
    assert!(
        ui.screen().contains(&format!("reopened: {}", first.action)),
        "{}",
        ui.screen()
    );
    assert!(ui.store.followup(first.id).unwrap().done_at.is_none());
    // Only right after: another key in between, and u has nothing to undo.
    ui.key(KeyCode::Char('d')).key(KeyCode::Down).key(KeyCode::Char('u'));
    assert!(ui.screen().contains("nothing to undo"), "{}", ui.screen());
    assert!(ui.store.followup(first.id).unwrap().done_at.is_some());
}

#[test]
fn the_tui_refuses_to_snooze_into_the_past_as_the_cli_does() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('4'));
    let first = ui.app.tabs.followups.current().unwrap().clone();
    ui.key(KeyCode::Char('S')).ctrl('u').keys("2026-11-01");
    ui.ctrl('s');
    let screen = ui.screen();
    assert!(screen.contains("cannot snooze into the past"), "{screen}");
    assert_eq!(ui.store.followup(first.id).unwrap().due, first.due, "nothing changed");
}

#[test]
fn today_shows_the_real_total_when_a_section_is_capped() {
    let mut store = demo_store();
    let company = store.resolve_company("1").unwrap();
    for n in 0..60 {
        store
            .add_followup(kring::model::followups::NewFollowup {
                company,
                person: None,
                staff: None,
                due: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap() + chrono::Duration::days(n),
                action: format!("Oude belofte {n}"),
                interaction: None,
            })
            .unwrap();
    }
    let total = store
        .count_followups(&kring::model::followups::FollowupFilter {
            overdue: true,
            ..Default::default()
        })
        .unwrap();
    let ui = Ui::on(store, 120, 36);
    let screen = ui.screen();
    assert!(screen.contains(&format!("Overdue (50 of {total})")), "{screen}");
}

#[test]
fn the_company_timeline_pages_back_to_the_first_contact() {
    let mut store = demo_store();
    // The first company of the list, which Enter opens.
    let id = store.company_ids(&Default::default()).unwrap()[0];
    for n in 0..450 {
        store
            .log_interaction(kring::model::interactions::NewInteraction {
                rating: None,
                company: id,
                kind: kring::domain::kinds::InteractionKind::Call,
                on: NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Duration::days(n),
                persons: vec![],
                summary: format!("Oud gesprek {n}"),
                outcome: None,
                staff: None,
                followup: None,
            })
            .unwrap();
    }
    let total = store.count_interactions(id).unwrap();
    let mut ui = Ui::on(store, 120, 36);
    ui.keys("2").key(KeyCode::Enter);
    assert!(
        ui.screen().contains(&format!("Timeline (200 of {total})")),
        "{}",
        ui.screen()
    );
    for _ in 0..5 {
        ui.key(KeyCode::End);
    }
    let Some(kring::tui::app::Page::Company(state)) = ui.app.pages.last() else {
        panic!("the company is open");
    };
    assert_eq!(state.timeline.len() as u64, total, "every interaction was read");
    assert!(
        ui.screen().contains("Oud gesprek 0"),
        "the first contact: {}",
        ui.screen()
    );
}

#[test]
fn left_open_past_midnight_today_moves_on() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut store = Store::open_in_memory(Clock::starting(today)).unwrap();
    demo::generate(&mut store, Scale::Small).unwrap();
    let company = store.company_ids(&Default::default()).unwrap()[0];
    store
        .add_followup(kring::model::followups::NewFollowup {
            company,
            person: None,
            staff: None,
            due: today,
            action: "Vandaag nog bellen".into(),
            interaction: None,
        })
        .unwrap();
    let mut ui = Ui::on(store, 120, 36);
    assert!(ui.screen().contains("Thursday 26 November 2026"), "{}", ui.screen());
    assert!(!ui.app.new_day(&mut ui.store, today), "the same day: nothing happens");
    let overdue_before = ui.app.tabs.today.data.overdue_total;
    assert!(ui.app.new_day(&mut ui.store, today.succ_opt().unwrap()));
    ui.draw();
    let screen = ui.screen();
    assert!(screen.contains("Friday 27 November 2026"), "{screen}");
    assert!(screen.contains("a new day: 2026-11-27"), "{screen}");
    assert_eq!(ui.store.today(), today.succ_opt().unwrap());
    assert!(
        ui.app.tabs.today.data.overdue_total > overdue_before,
        "yesterday's promise is overdue now"
    );
}

#[test]
fn a_form_left_open_on_an_erased_person_saves_onto_nobody() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    colleague(&path, &["init", "--me", "Sanne Bakker"]);
    colleague(&path, &["staff", "add", "Joost Mulder"]);
    colleague(&path, &["company", "add", "Smit BV"]);
    colleague(&path, &["person", "add", "An Smit", "--company", "Smit BV"]);
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut ui = Ui::on(Store::open(&path, Clock::fixed(today)).unwrap(), 120, 36);
    ui.keys("3").key(KeyCode::Enter).keys("e");
    ui.key(KeyCode::Tab).keys("an@smit.nl");
    // Meanwhile: erased, and someone new added (who must not get An's id).
    colleague(&path, &["person", "erase", "An Smit", "--yes"]);
    colleague(&path, &["person", "add", "Kees Kok", "--company", "Smit BV"]);
    ui.ctrl('s');
    let screen = ui.screen();
    assert!(screen.contains("no longer there"), "{screen}");
    let kees = ui.store.resolve_person("Kees Kok").unwrap();
    assert_eq!(
        ui.store.person(kees).unwrap().email,
        None,
        "Kees got nothing of the form"
    );
    assert_eq!(ui.store.person(kees).unwrap().name, "Kees Kok");
}

#[test]
fn a_question_is_answered_with_y_or_enter_never_with_j() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2')).key(KeyCode::Enter);
    let (company, first) = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Company(state)) => (state.company.id, state.timeline[0].id),
        _ => panic!("company page expected"),
    };
    ui.key(KeyCode::Char('x'));
    assert!(
        ui.screen().contains("y yes  n no"),
        "the bar shows the answers: {}",
        ui.screen()
    );
    // j moves down everywhere else; here it is not "ja".
    ui.key(KeyCode::Char('j'));
    assert_eq!(ui.store.timeline(company, 1).unwrap()[0].id, first, "j deleted it");
    assert!(ui.app.overlay.is_some(), "the question is still open");
    ui.key(KeyCode::Enter);
    assert_ne!(ui.store.timeline(company, 1).unwrap()[0].id, first, "enter is yes");
}

#[test]
fn logging_follows_one_rule_in_the_cli_and_the_tui() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kring.sqlite");
    colleague(&path, &["init", "--me", "Sanne Bakker"]);
    colleague(&path, &["staff", "add", "Joost Mulder"]);
    colleague(&path, &["company", "add", "Smit BV"]);
    // The CLI: a follow-up without an action takes one from the note; an
    // empty note is refused.
    colleague(
        &path,
        &[
            "log",
            "Smit",
            "--kind",
            "call",
            "--note",
            "Gebeld over stages",
            "--follow-up",
            "2026-12-10",
        ],
    );
    let refused = std::process::Command::new(env!("CARGO_BIN_EXE_kring"))
        .env("KRING_DB", &path)
        .env("KRING_TODAY", "2026-11-26")
        .args(["log", "Smit", "--kind", "call", "--note", "  "])
        .output()
        .unwrap();
    let cli_error = String::from_utf8_lossy(&refused.stderr).into_owned();
    assert!(!refused.status.success());
    // The TUI: the same note, a follow-up date, no action.
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut ui = Ui::on(Store::open(&path, Clock::fixed(today)).unwrap(), 120, 36);
    ui.keys("2").key(KeyCode::Enter).keys("l");
    ui.ctrl('s');
    let screen = ui.screen();
    assert!(
        cli_error.contains("the note (what was said or done) cannot be empty"),
        "{cli_error}"
    );
    assert!(
        screen.contains("the note (what was said or done) cannot be empty"),
        "the same message: {screen}"
    );
    assert!(ui.app.overlay.is_some(), "the form stays open");
    // Type the note and a follow-up date; leave the action empty.
    let form_labels = ["Note", "Follow-up on"];
    let Some(kring::tui::app::Overlay::Form(form, _)) = ui.app.overlay.as_ref() else {
        panic!("a form");
    };
    let labels: Vec<&str> = form.fields.iter().map(|f| f.label).collect();
    for label in form_labels {
        let at = labels.iter().position(|l| *l == label).unwrap();
        let focus = match ui.app.overlay.as_ref() {
            Some(kring::tui::app::Overlay::Form(form, _)) => form.focus,
            _ => unreachable!(),
        };
        for _ in 0..(at + labels.len() - focus) % labels.len() {
            ui.key(KeyCode::Tab);
        }
        ui.keys(if label == "Note" {
            "Gebeld over stages"
        } else {
            "2026-12-10"
        });
    }
    ui.ctrl('s');
    let actions: Vec<String> = ui
        .store
        .list_followups(&Default::default())
        .unwrap()
        .into_iter()
        .map(|f| f.action)
        .collect();
    assert_eq!(
        actions,
        vec!["Follow up: Gebeld over stages"; 2],
        "the CLI's and the TUI's follow-up agree"
    );
}

/// The app without a database: messages in, effects out. What a runner
/// would read is made here by hand, so these show the update alone.
mod without_a_database {
    use super::*;
    use kring::model::followups::FollowupRow;
    use kring::model::people::Contact;
    use kring::tui::effect::{Change, Effect, FormFor, Loaded, Msg, Want};
    use kring::tui::forms;
    use kring::tui::tab::{Data, Query};

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    fn followup(id: i64, action: &str, company: &str) -> FollowupRow {
        FollowupRow {
            every: None,
            repeat_until: None,
            id,
            due: day(),
            days_overdue: 0,
            company_id: 7,
            company: company.into(),
            person: None,
            staff_id: None,
            staff: None,
            action: action.into(),
            done_at: None,
        }
    }

    fn key(app: &mut App, c: char) -> Vec<Effect> {
        app.update(Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)))
    }

    fn on_followups() -> App {
        let mut app = App::empty(Theme::plain(), day(), Some(1));
        assert!(matches!(
            key(&mut app, '4')[..],
            [Effect::Load(Want::List(Query::Followups { only_mine: false }))]
        ));
        let rows = vec![
            followup(11, "send the offer", "Zaan"),
            followup(12, "call back", "Edam"),
        ];
        assert!(app
            .update(Msg::Loaded(Loaded::List(Data::Followups(rows, false))))
            .is_empty());
        app
    }

    #[test]
    fn done_asks_to_save_and_undo_reopens_what_was_done() {
        let mut app = on_followups();
        key(&mut app, 'j');
        let effects = key(&mut app, 'd');
        let [Effect::Save(change @ Change::Complete { followup: 12, .. })] = &effects[..] else {
            panic!("d completes the selected follow-up");
        };
        // The runner said it went through: the status bar says so and the list is read again.
        // (What takes it back is the runner's to read from the store: given here as it would.)
        let reopen = Change::Reopen {
            followup: 12,
            what: "call back (Edam)".into(),
        };
        let after = app.update(Msg::Saved {
            change: change.clone(),
            made: None,
            undo: Some(Box::new(reopen)),
        });
        assert!(matches!(after[..], [Effect::Load(Want::List(Query::Followups { .. }))]));
        assert_eq!(app.message.as_ref().unwrap().text, "done: call back (Edam) — u undoes");
        let undo = key(&mut app, 'u');
        assert!(matches!(undo[..], [Effect::Save(Change::Reopen { followup: 12, .. })]));
        assert!(key(&mut app, 'u').is_empty(), "undo is for the key right before");
        assert!(app.message.as_ref().unwrap().error);
    }

    #[test]
    fn a_refused_save_keeps_the_form_and_what_was_typed() {
        let mut app = App::empty(Theme::plain(), day(), Some(1));
        let contact = Contact {
            id: 3,
            name: "Noëlle de Vries".into(),
            email: None,
            phone: None,
            role: kring::domain::kinds::ContactRole::WorkplaceTrainer,
            title: None,
            since: None,
            until: None,
            current: true,
            do_not_contact: false,
        };
        let (form, purpose) = forms::log_form(7, "Zaan", &[contact]);
        app.update(Msg::Loaded(Loaded::Form(Box::new(form), purpose)));
        // Kind, Date, With, then the note.
        for code in [KeyCode::Tab, KeyCode::Tab, KeyCode::Tab] {
            app.update(Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
        }
        for c in "spoke about stages".chars() {
            key(&mut app, c);
        }
        let effects = app.update(Msg::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)));
        let [Effect::Save(Change::Log { new, .. })] = &effects[..] else {
            panic!("ctrl-s saves the log");
        };
        assert_eq!(
            (new.company, new.summary.as_str(), new.on),
            (7, "spoke about stages", day())
        );
        app.update(Msg::Refused(kring::Error::Busy));
        match &app.overlay {
            Some(kring::tui::app::Overlay::Form(form, _)) => {
                assert_eq!(form.value("Note"), "spoke about stages");
                assert!(form.error.as_deref().unwrap().contains("busy"), "{:?}", form.error);
            }
            _ => panic!("the form stays open"),
        }
    }

    #[test]
    fn another_teams_note_in_the_log_form_is_shown_not_obeyed() {
        let recent = kring::model::teams::RecentContact {
            on: day(),
            days_ago: 2,
            kind: kring::domain::kinds::InteractionKind::Call,
            summary: "Gebeld\u{1b}]52;c;aGk=\u{7}\rweg".into(),
            staff: "Joost Mulder".into(),
            team: Some("Techniek".into()),
        };
        let (form, _) = forms::log_form_seeing(7, "Zaan", &[], &[recent]);
        let note = form.note.expect("the notice");
        assert!(
            note.starts_with("Techniek (Joost Mulder) had a call with Zaan 2 days ago"),
            "{note}"
        );
        assert!(!note.chars().any(char::is_control), "{note:?}");
    }

    #[test]
    fn a_colleagues_contact_of_today_is_of_today_in_dutch() {
        kring::l10n::set_for_this_thread(Some(kring::l10n::Language::Nl));
        let recent = |days_ago| kring::model::teams::RecentContact {
            on: day(),
            days_ago,
            kind: kring::domain::kinds::InteractionKind::Call,
            summary: "Gebeld".into(),
            staff: "Joost Mulder".into(),
            team: Some("Techniek".into()),
        };
        let note = |days_ago| {
            forms::log_form_seeing(7, "Zaan", &[], &[recent(days_ago)])
                .0
                .note
                .unwrap()
        };
        let (today, yesterday, earlier) = (note(0), note(1), note(4));
        kring::l10n::set_for_this_thread(None);
        assert!(today.contains("had vandaag contact met Zaan"), "{today}");
        assert!(!today.contains("0 d"), "{today}");
        assert!(yesterday.contains("had gisteren contact"), "{yesterday}");
        assert!(earlier.contains("had 4 dagen geleden contact"), "{earlier}");
    }

    #[test]
    fn a_new_company_is_previewed_and_a_likely_duplicate_asked_about() {
        use kring::tui::effect::Preview;
        let type_and_save = |app: &mut App| {
            let (form, purpose) = forms::company_form(None, &[], Some(1));
            app.update(Msg::Loaded(Loaded::Form(Box::new(form), purpose)));
            for c in "Hotel Vos".chars() {
                app.update(Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)));
            }
            app.update(Msg::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)))
        };
        let mut app = App::empty(Theme::plain(), day(), Some(1));
        let effects = type_and_save(&mut app);
        let [Effect::Preview(change @ Change::AddCompany(new))] = &effects[..] else {
            panic!("a new company is tried first: {}", effects.len());
        };
        assert_eq!(new.name, "Hotel Vos");
        // Nothing like it: saved at once.
        let none = app.update(Msg::Previewed(change.clone(), Box::new(Preview::Likely(Vec::new()))));
        assert!(matches!(none[..], [Effect::Save(Change::AddCompany(_))]));

        // One like it: asked; no goes back to the form as typed, yes saves.
        let mut app = App::empty(Theme::plain(), day(), Some(1));
        let effects = type_and_save(&mut app);
        let [Effect::Preview(change)] = &effects[..] else {
            panic!("tried first");
        };
        let like = kring::model::merge::Likely {
            id: 41,
            name: "Hotel Vos".into(),
            place: Some("Beverwijk".into()),
            why: "name".into(),
        };
        let asked = app.update(Msg::Previewed(change.clone(), Box::new(Preview::Likely(vec![like]))));
        assert!(asked.is_empty(), "nothing saved before the answer");
        assert!(matches!(app.overlay, Some(kring::tui::app::Overlay::Confirm { .. })));
        let no = app.update(Msg::Key(KeyEvent::new(KeyCode::Char('n'), KeyModifiers::NONE)));
        assert!(no.is_empty());
        match &app.overlay {
            Some(kring::tui::app::Overlay::Form(form, _)) => assert_eq!(form.value("Name"), "Hotel Vos"),
            _ => panic!("a no goes back to the form"),
        }
        app.update(Msg::Previewed(
            change.clone(),
            Box::new(Preview::Likely(vec![kring::model::merge::Likely {
                id: 41,
                name: "Hotel Vos".into(),
                place: None,
                why: "name".into(),
            }])),
        ));
        let yes = app.update(Msg::Key(KeyEvent::new(KeyCode::Char('y'), KeyModifiers::NONE)));
        assert!(matches!(yes[..], [Effect::Save(Change::AddCompany(_))]));
    }

    #[test]
    fn an_empty_note_never_reaches_the_runner() {
        let mut app = App::empty(Theme::plain(), day(), None);
        let (form, purpose) = forms::log_form(7, "Zaan", &[]);
        app.update(Msg::Loaded(Loaded::Form(Box::new(form), purpose)));
        let effects = app.update(Msg::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)));
        assert!(effects.is_empty(), "the note rule stops it in the form");
        match &app.overlay {
            Some(kring::tui::app::Overlay::Form(form, _)) => assert!(form.field("Note").error.is_some()),
            _ => panic!("the form stays open"),
        }
    }

    #[test]
    fn past_midnight_every_list_is_read_again_for_the_new_day() {
        let mut app = on_followups();
        let tomorrow = day().succ_opt().unwrap();
        let effects = app.update(Msg::NewDay(tomorrow));
        assert_eq!(app.date, tomorrow);
        let wants: Vec<_> = effects
            .iter()
            .map(|e| match e {
                Effect::Load(want) => format!("{want:?}"),
                _ => panic!("a new day only reads"),
            })
            .collect();
        assert!(wants.iter().any(|w| w.starts_with("List(Today")), "{wants:?}");
        assert!(wants.iter().any(|w| w.starts_with("List(Followups")), "{wants:?}");
        // Snoozing a week now counts from the new day.
        let snooze = key(&mut app, 's');
        let [Effect::Save(Change::Snooze { to, .. })] = &snooze[..] else {
            panic!("s snoozes");
        };
        assert_eq!(*to, tomorrow + chrono::Duration::days(7));
    }

    #[test]
    fn a_company_opens_from_the_list_as_a_read_and_then_a_page() {
        let mut app = on_followups();
        let effects = app.update(Msg::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)));
        assert!(matches!(
            effects[..],
            [Effect::Load(Want::Company {
                id: 7,
                open: true,
                history: false
            })]
        ));
        assert!(app.pages.is_empty(), "nothing is pushed before the page is read");
        let log = key(&mut app, 'l');
        assert!(matches!(log[..], [Effect::OpenForm(FormFor::Log(7))]));
    }
}

/// The README shows Today as the real TUI draws it on the demo data, at the
/// README's own size; `KRING_UPDATE_README=1 cargo test --test tui readme`
/// draws it again after a deliberate change.
#[test]
fn the_readme_shows_the_real_today_screen() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let intro = readme
        .find("This is Today on the demo data")
        .expect("the README's capture");
    let start = intro + readme[intro..].find("```\n").unwrap() + 4;
    let end = start + readme[start..].find("```\n").unwrap();
    let shown: Vec<&str> = readme[start..end].lines().collect();
    let width = shown.iter().map(|l| l.chars().count()).max().unwrap() as u16;
    let ui = Ui::sized(width, shown.len() as u16);
    let drawn = ui.screen();
    if std::env::var_os("KRING_UPDATE_README").is_some() {
        std::fs::write(&path, format!("{}{drawn}{}", &readme[..start], &readme[end..])).unwrap();
        return;
    }
    let shown: Vec<&str> = shown.iter().map(|l| l.trim_end()).collect();
    assert_eq!(
        drawn.lines().collect::<Vec<_>>(),
        shown,
        "README.md's Today differs from the TUI"
    );
}

/// The README's Dutch capture, at 80x24 (any terminal size keeps what matters).
#[test]
fn today_speaks_dutch_as_the_readme_shows() {
    kring::l10n::set_for_this_thread(Some(kring::l10n::Language::Nl));
    let ui = Ui::sized(80, 24);
    let drawn = ui.screen();
    let big = Ui::sized(160, 48).screen();
    kring::l10n::set_for_this_thread(None);
    for dutch in [
        "1 Vandaag",
        "2 Bedr",
        "0 Mdw",
        "Te laat (13)",
        "d te laat",
        "? hulp",
        "q stoppen",
    ] {
        assert!(drawn.contains(dutch), "{dutch:?} in {drawn}");
    }
    for english in [
        "Today",
        "Overdue",
        "late",
        "search",
        "help",
        "quit",
        "Losing touch",
        "cadence",
    ] {
        assert!(
            !big.contains(english),
            "English {english:?} on the Dutch screen:\n{big}"
        );
    }
    assert!(big.contains("Contact verwatert"), "{big}");
    assert!(big.contains("vr 27 nov"), "dates as Dutch writes them: {big}");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let intro = readme
        .find("Dit is Vandaag in 80×24")
        .expect("the README's Dutch capture");
    let start = intro + readme[intro..].find("```\n").unwrap() + 4;
    let end = start + readme[start..].find("```\n").unwrap();
    if std::env::var_os("KRING_UPDATE_README").is_some() {
        std::fs::write(&path, format!("{}{drawn}{}", &readme[..start], &readme[end..])).unwrap();
        return;
    }
    let shown: Vec<&str> = readme[start..end].lines().map(str::trim_end).collect();
    assert_eq!(
        drawn.lines().collect::<Vec<_>>(),
        shown,
        "README.md's Dutch Today differs"
    );
    insta::assert_snapshot!("today_in_dutch_160x48", big);
}

#[test]
fn the_list_screens_speak_dutch() {
    kring::l10n::set_for_this_thread(Some(kring::l10n::Language::Nl));
    let mut ui = Ui::sized(160, 48);
    let mut screens = Vec::new();
    for (key, expected) in [
        ('2', "Bedrijven (63) · gesorteerd op naam"),
        ('3', "NAAM"),
        ('4', "ACTIE"),
        ('6', "Doelen 2026-2027"),
        ('8', "Samenwerkingen 2026-2027"),
        ('5', "Bedrijvenkringen"),
    ] {
        ui.key(KeyCode::Char(key));
        let screen = ui.screen();
        assert!(screen.contains(expected), "{expected:?} in {screen}");
        for english in [
            "NAME",
            "CITY",
            "OWNER",
            "COMPANY",
            "ACTION",
            "sorted by",
            "to filter",
            "search",
            "quit",
            "days ago",
            "What makes",
        ] {
            assert!(!screen.contains(english), "English {english:?} on tab {key}:\n{screen}");
        }
        screens.push(screen);
    }
    ui.key(KeyCode::Enter);
    let meetings = ui.screen();
    assert!(meetings.contains("Bijeenkomsten — enter opent"), "{meetings}");
    ui.key(KeyCode::Char('2'));
    ui.key(KeyCode::Enter);
    let company = ui.screen();
    for dutch in [
        "Eigenaar",
        "Open opvolging",
        "Tijdlijn (",
        "Contact per maand",
        "Personen",
    ] {
        assert!(company.contains(dutch), "{dutch:?} on the company page: {company}");
    }
    for english in [
        "Owner",
        "Open follow-ups",
        "Timeline",
        "Contacts per month",
        "cadence",
        "never",
    ] {
        assert!(
            !company.contains(english),
            "English {english:?} on the company page:\n{company}"
        );
    }
    ui.key(KeyCode::Esc);
    ui.keys("/zaan");
    let filtered = Ui::screen(&ui);
    kring::l10n::set_for_this_thread(None);
    assert!(filtered.contains("naam, plaats of label"), "{filtered}");
    insta::assert_snapshot!("companies_in_dutch_160x48", screens[0]);
}

#[test]
fn the_staff_hint_calls_l_the_change_log_in_dutch() {
    kring::l10n::set_for_this_thread(Some(kring::l10n::Language::Nl));
    let mut ui = Ui::sized(160, 48);
    ui.key(KeyCode::Char('0'));
    let staff = ui.screen();
    kring::l10n::set_for_this_thread(None);
    assert!(staff.contains("L wijzigingen"), "{staff}");
    assert!(!staff.contains("L vastleggen"), "L opens the change log: {staff}");
}

#[test]
fn forms_speak_dutch_and_still_save() {
    kring::l10n::set_for_this_thread(Some(kring::l10n::Language::Nl));
    let mut ui = Ui::sized(120, 36);
    ui.key(KeyCode::Char('l'));
    ui.key(KeyCode::Down); // to the date, whose hint shows while it has focus
    let form = ui.screen();
    for dutch in [
        "Contactmoment vastleggen —",
        "Soort",
        "‹ telefoongesprek ›",
        "Datum",
        "vandaag",
        "Notitie",
        "Opvolgen op",
        "vandaag, gisteren",
    ] {
        assert!(form.contains(dutch), "{dutch:?} in the log form: {form}");
    }
    for english in ["Log an interaction", "Kind", "Outcome", "Follow-up on", "yesterday"] {
        assert!(
            !form.contains(english),
            "English {english:?} in the Dutch form:\n{form}"
        );
    }
    // The fields are found by their English names and the kind by its stored
    // spelling: saving works in Dutch.
    ui.key(KeyCode::Down);
    ui.key(KeyCode::Down);
    ui.keys("Gebeld over stages");
    ui.ctrl('s');
    let saved = ui.screen();
    kring::l10n::set_for_this_thread(None);
    assert!(saved.contains("vastgelegd op"), "{saved}");
}

#[test]
fn an_empty_database_says_how_to_begin() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut store = Store::open_in_memory(Clock::fixed(today)).unwrap();
    store
        .init(kring::model::staff::NewStaff {
            name: "Sanne Bakker".into(),
            email: None,
            role: kring::domain::kinds::StaffRole::Connector,
            login: None,
        })
        .unwrap();
    let mut ui = Ui::on(store, 100, 24);
    let screen = ui.screen();
    assert!(screen.contains("No companies yet. To begin:"), "{screen}");
    assert!(screen.contains("kring --demo"), "{screen}");
    ui.key(KeyCode::Char('2'));
    let screen = ui.screen();
    assert!(
        screen.contains("no companies yet — press a to add one") && !screen.contains("match"),
        "Companies says how to begin, not that a filter matched nothing: {screen}"
    );
    assert!(
        !Ui::new().screen().contains("No companies yet"),
        "not once there are companies"
    );
    // Every other list says what to do next, too.
    for (key, hint) in [
        ('3', "press p, or import your address book"),
        ('4', "give it a follow-up date"),
        ('5', "press a to start one"),
        ('8', "press c to add one"),
    ] {
        ui.key(KeyCode::Char(key));
        let screen = ui.screen();
        assert!(screen.contains(hint), "{key}: {screen}");
    }
}

/// The company screen and the log form say who of another team was just in touch.
#[test]
fn the_company_screen_and_log_form_name_another_teams_recent_contact() {
    use kring::domain::kinds::{InteractionKind, StaffRole};
    use kring::model::companies::NewCompany;
    use kring::model::interactions::NewInteraction;
    use kring::model::staff::NewStaff;
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut store = Store::open_in_memory(Clock::fixed(today)).unwrap();
    let staff = |name: &str| NewStaff {
        name: name.into(),
        email: None,
        role: StaffRole::Teacher,
        login: None,
    };
    let sanne = store.init(staff("Sanne Bakker")).unwrap();
    let joost = store.add_staff(staff("Joost Mulder")).unwrap();
    let techniek = store.add_team("Techniek").unwrap();
    let bureau = store.add_team("Stagebureau").unwrap();
    store.set_team(joost, Some(techniek)).unwrap();
    store.set_team(sanne, Some(bureau)).unwrap();
    let company = store
        .add_company(NewCompany {
            name: "Café De Ruïne".into(),
            owner: Some(sanne),
            ..Default::default()
        })
        .unwrap();
    store
        .log_interaction(NewInteraction {
            rating: None,
            company,
            kind: InteractionKind::Call,
            on: today - chrono::Duration::days(5),
            persons: vec![],
            summary: "Stageplekken besproken".into(),
            outcome: None,
            staff: Some(joost),
            followup: None,
        })
        .unwrap();
    let mut ui = Ui::on(store, 120, 36);
    let today = ui.screen();
    assert!(
        today.contains("Other teams' recent contact with my companies (1)"),
        "{today}"
    );
    assert!(today.contains("Techniek (Joost Mulder)"), "{today}");
    ui.key(KeyCode::Char('2')).key(KeyCode::Enter);
    let page = ui.screen();
    assert!(
        page.contains("Also talking Techniek (Joost Mulder): call 5 days ago — Stageplekken besproken"),
        "{page}"
    );
    ui.key(KeyCode::Char('l'));
    let form = ui.screen();
    assert!(
        form.contains("Techniek (Joost Mulder) had a call with Café De Ruïne 5 days ago: 'Stageplekken besproken'"),
        "{form}"
    );
}

#[test]
fn the_goals_tab_shows_each_goal_and_what_makes_up_the_selected_one() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('6'));
    let screen = ui.screen();
    assert!(screen.contains("Goals 2026-2027 (4)"), "{screen}");
    assert!(screen.contains("What makes up #"), "{screen}");
    assert!(
        screen.contains("Team Connectors"),
        "a coordinator's view of my team: {screen}"
    );
    assert!(screen.contains("Marloes Kramer"), "{screen}");
    insta::assert_snapshot!(screen);
    let first = ui.screen();
    ui.key(KeyCode::Char('j'));
    assert_ne!(first, ui.screen(), "another goal, another explanation");
}

#[test]
fn today_shows_my_goals_one_line_each() {
    let mut store = demo_store();
    let me = store.actor().unwrap();
    store
        .add_goal(kring::model::goals::NewGoal {
            school_year: "2026-2027".into(),
            team: None,
            staff: Some(me),
            metric: kring::domain::kinds::GoalMetric::Contacts,
            tag: None,
            target: 50,
            max: None,
            note: Some("mijn eigen doel".into()),
        })
        .unwrap();
    let ui = Ui::on(store, 120, 60);
    let screen = ui.screen();
    assert!(screen.contains("My and my team's goals (1)"), "{screen}");
    let line = screen.lines().find(|l| l.contains("contacts —")).unwrap_or_default();
    assert!(line.contains('█') || line.contains('░'), "a bar: {line}");
}

#[test]
fn the_questions_tab_shows_the_board_and_moves_a_question_on() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('7'));
    let screen = ui.screen();
    assert!(
        screen.contains("Questions 2026-2027: demand against capacity"),
        "{screen}"
    );
    assert!(
        screen.contains("1 assignments, 6 students short"),
        "blok 3 of Techniek: {screen}"
    );
    assert!(screen.contains("new (4)"), "{screen}");
    assert!(
        screen.contains("70d · Expeditie"),
        "the longest waiting first: {screen}"
    );
    insta::assert_snapshot!(screen);

    // To the matched column, and on to running: asked first.
    ui.key(KeyCode::Right).key(KeyCode::Char('>'));
    let asked = ui.screen();
    assert!(
        asked.contains("Move question #5 \"Nieuwe website voor de werkplaats\" on to running?"),
        "{asked}"
    );
    ui.key(KeyCode::Char('y'));
    let after = ui.screen();
    assert!(after.contains("question #5 is now running"), "{after}");
    assert!(
        after.contains("matched (0)") && after.contains("running (2)"),
        "{after}"
    );
    let q = ui.store.question(5).unwrap();
    assert_eq!(q.status, kring::domain::kinds::QuestionStatus::Running);

    // A declined one goes no further; Enter opens the company of the selected one.
    ui.key(KeyCode::Right)
        .key(KeyCode::Right)
        .key(KeyCode::Right)
        .key(KeyCode::Char('>'));
    assert!(
        ui.screen().contains("question #8 is declined: it goes no further"),
        "{}",
        ui.screen()
    );
    ui.key(KeyCode::Enter);
    assert!(ui.screen().contains("Ontwerpstudio de Groot #"), "{}", ui.screen());
}

#[test]
fn the_questions_tab_fits_a_small_terminal() {
    let mut ui = Ui::sized(80, 24);
    ui.key(KeyCode::Char('7'));
    let screen = ui.screen();
    assert!(screen.contains("Techniek"), "{screen}");
    insta::assert_snapshot!(screen);
}

#[test]
fn a_collaboration_is_added_evaluated_and_edited_without_the_cli() {
    use kring::domain::kinds::{EngagementForm, EngagementStatus};
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2')).key(KeyCode::Enter);
    let company = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Company(state)) => state.company.id,
        _ => panic!("company page expected"),
    };
    let count = |ui: &Ui| {
        ui.store
            .list_engagements(&kring::model::engagements::EngagementFilter {
                company: Some(company),
                ..Default::default()
            })
            .unwrap()
            .len()
    };
    let before = count(&ui);
    ui.key(KeyCode::Char('c'));
    assert!(ui.screen().contains("New collaboration"), "{}", ui.screen());
    ui.key(KeyCode::Right); // internship → guest lecture
    for _ in 0..5 {
        ui.key(KeyCode::Tab); // to Students
    }
    ui.keys("twee");
    ui.ctrl('s');
    assert!(
        ui.screen().contains("'twee' is not a number of students"),
        "{}",
        ui.screen()
    );
    assert_eq!(count(&ui), before, "nothing saved");
    ui.ctrl('u').keys("2");
    ui.ctrl('s');
    assert!(ui.screen().contains("(guest lecture)"), "{}", ui.screen());
    assert_eq!(count(&ui), before + 1);

    // On Collaborations (8), this school year: evaluate it, with a rating.
    ui.key(KeyCode::Esc).key(KeyCode::Char('8'));
    let at = ui
        .app
        .tabs
        .engagements
        .rows
        .iter()
        .position(|e| e.company_id == company && e.form == EngagementForm::GuestLecture);
    ui.app.tabs.engagements.selected = at.expect("listed under this school year");
    let id = ui.app.tabs.engagements.rows[ui.app.tabs.engagements.selected].id;
    assert_eq!(ui.store.engagement(id).unwrap().students, Some(2));
    ui.key(KeyCode::Char('v'));
    ui.keys("Enthousiaste studenten");
    ui.key(KeyCode::Tab);
    for _ in 0..4 {
        ui.key(KeyCode::Right);
    }
    ui.ctrl('s');
    assert!(ui.screen().contains("evaluated"), "{}", ui.screen());
    let evaluated = ui.store.engagement(id).unwrap();
    assert_eq!(evaluated.evaluation.as_deref(), Some("Enthousiaste studenten"));
    assert_eq!(evaluated.rating, Some(4));
    assert_eq!(evaluated.status, EngagementStatus::Done);

    // An edit saves what was changed only: a colleague's scope stands.
    ui.key(KeyCode::Char('e'));
    ui.store
        .edit_engagement(
            id,
            kring::model::engagements::EngagementPatch {
                scope: Some("Gastles lassen, door de collega".into()),
                ..Default::default()
            },
        )
        .unwrap();
    ui.key(KeyCode::Tab).key(KeyCode::Tab).keys("blok 3");
    ui.ctrl('s');
    let edited = ui.store.engagement(id).unwrap();
    assert_eq!(edited.period.as_deref(), Some("blok 3"));
    assert_eq!(edited.scope.as_deref(), Some("Gastles lassen, door de collega"));

    // f filters by status, y shows every year.
    ui.key(KeyCode::Char('f'));
    assert!(ui
        .app
        .tabs
        .engagements
        .rows
        .iter()
        .all(|e| e.status == EngagementStatus::Proposed));
    let this_year = ui.app.tabs.engagements.total;
    ui.key(KeyCode::Char('y'));
    assert!(ui.app.tabs.engagements.total >= this_year);
    assert!(ui.screen().contains("every year"), "{}", ui.screen());
}

#[test]
fn the_collaborations_tab_at_80x24_and_160x48() {
    for (width, height) in [(80, 24), (160, 48)] {
        let mut ui = Ui::sized(width, height);
        ui.key(KeyCode::Char('8'));
        let screen = ui.screen();
        assert!(screen.contains("Collaborations 2026-2027"), "{screen}");
        assert!(screen.contains("COMPANY") && screen.contains("FORM"), "{screen}");
        assert_eq!(
            screen.contains("STUDENTS"),
            width >= 120,
            "lesser columns go first: {screen}"
        );
        insta::assert_snapshot!(format!("collaborations_{width}x{height}"), screen);
    }
}

#[test]
fn a_refused_save_puts_the_cursor_on_the_field_in_error_and_keeps_the_rest() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('2'));
    let company = ui.app.tabs.companies.selected_id().unwrap();
    ui.key(KeyCode::Char('l'));
    ui.key(KeyCode::Tab).ctrl('u').keys("31-02-2026");
    ui.key(KeyCode::Tab).key(KeyCode::Tab).keys("Gebeld over de open dag");
    ui.ctrl('s');
    let focused = match &ui.app.overlay {
        Some(kring::tui::app::Overlay::Form(form, _)) => {
            assert_eq!(
                form.field("Note").value,
                "Gebeld over de open dag",
                "nothing typed is lost"
            );
            form.fields[form.focus].label
        }
        _ => panic!("the form stays open"),
    };
    assert_eq!(focused, "Date", "the cursor goes to the date in error");
    // So the fix is typed straight into it.
    ui.ctrl('u').keys("today");
    ui.ctrl('s');
    assert_eq!(
        ui.store.timeline(company, 1).unwrap()[0].summary,
        "Gebeld over de open dag"
    );
}

#[test]
fn a_collaboration_that_ended_is_evaluated_right_from_today() {
    let mut ui = Ui::sized(160, 48);
    ui.key(KeyCode::Char('v'));
    assert!(
        ui.screen().contains("select a collaboration"),
        "v on a follow-up says what it is for"
    );
    let (at, id) = ui
        .app
        .tabs
        .today
        .items()
        .iter()
        .enumerate()
        .find_map(|(n, item)| match item {
            kring::tui::screens::today::Item::Evaluate(e) => Some((n, e.id)),
            _ => None,
        })
        .expect("the demo has a collaboration to evaluate");
    ui.app.tabs.today.selected = at;
    ui.key(KeyCode::Char('v'));
    assert!(ui.screen().contains("Evaluate"), "{}", ui.screen());
    ui.keys("Goede begeleiding, graag volgend jaar weer");
    ui.ctrl('s');
    assert_eq!(
        ui.store.engagement(id).unwrap().evaluation.as_deref(),
        Some("Goede begeleiding, graag volgend jaar weer")
    );
    let still_listed = ui
        .app
        .tabs
        .today
        .items()
        .iter()
        .any(|item| matches!(item, kring::tui::screens::today::Item::Evaluate(e) if e.id == id));
    assert!(!still_listed, "evaluated: off Today's list");
}

#[test]
fn the_health_tab_lists_relationships_worst_first_with_reasons() {
    for (width, height) in [(80, 24), (160, 48)] {
        let mut ui = Ui::sized(width, height);
        ui.key(KeyCode::Char('9'));
        let rows = &ui.app.tabs.health.rows;
        assert!(!rows.is_empty());
        assert!(rows.windows(2).all(|w| w[0].score <= w[1].score), "worst first");
        let screen = ui.screen();
        assert!(screen.contains("Relationships by health"), "{screen}");
        assert!(
            screen.contains(&rows[0].reasons[0].chars().take(12).collect::<String>()),
            "the reasons show: {screen}"
        );
        assert_eq!(
            screen.contains("OWNER"),
            width >= 120,
            "lesser columns go first: {screen}"
        );
        insta::assert_snapshot!(format!("health_{width}x{height}"), screen);
    }
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('9'));
    let all = ui.app.tabs.health.total;
    ui.key(KeyCode::Char('f'));
    assert!(ui
        .app
        .tabs
        .health
        .rows
        .iter()
        .all(|c| c.band == kring::domain::health::Band::Dormant));
    ui.key(KeyCode::Char('f'));
    assert!(ui
        .app
        .tabs
        .health
        .rows
        .iter()
        .all(|c| c.band == kring::domain::health::Band::AtRisk));
    for _ in 0..4 {
        ui.key(KeyCode::Char('f'));
    }
    assert_eq!(ui.app.tabs.health.total, all, "after thriving: every band again");
    ui.key(KeyCode::Char('p'));
    assert!(ui.app.tabs.health.rows.iter().all(|c| c.single_point_of_contact));
    assert!(ui.app.tabs.health.total < all);
    // My team (the Connectors: Sanne and Marloes) and nobody else's.
    ui.key(KeyCode::Char('p')).key(KeyCode::Char('t'));
    assert!(ui.screen().contains("my team's"), "{}", ui.screen());
    let team = ui.app.tabs.health.total;
    assert!(team < all, "the team's are fewer than everyone's");
    assert!(ui
        .app
        .tabs
        .health
        .rows
        .iter()
        .all(|c| matches!(c.owner.as_deref(), Some("Sanne Bakker" | "Marloes Kramer"))));
    ui.key(KeyCode::Char('t')).key(KeyCode::Char('m'));
    assert!(ui.app.tabs.health.total < team, "mine is fewer than my team's");
    assert!(ui
        .app
        .tabs
        .health
        .rows
        .iter()
        .all(|c| c.owner.as_deref() == Some("Sanne Bakker")));
    let first = ui.app.tabs.health.rows[0].id;
    ui.key(KeyCode::Enter);
    match ui.app.pages.last() {
        Some(kring::tui::app::Page::Company(state)) => assert_eq!(state.company.id, first),
        _ => panic!("enter opens the company"),
    }
}

#[test]
fn a_leaver_is_handed_over_after_the_dry_run_is_shown_and_agreed_to() {
    use kring::model::handover::Scope;
    let dir = tempfile::tempdir().unwrap();
    let dossier = dir.path().join("overdracht-joost.md");
    let mut ui = Ui::sized(160, 48);
    let joost = ui.select_staff("Joost Mulder");
    let owned = |ui: &mut Ui| ui.store.handover(joost, ui.app.me.unwrap(), &Scope::All, true).unwrap();
    let before = owned(&mut ui);
    assert!(!before.companies.is_empty(), "Joost owns companies in the demo");

    let hand_over = |ui: &mut Ui| {
        ui.key(KeyCode::Char('h'));
        assert!(ui.screen().contains("Joost Mulder leaves"), "{}", ui.screen());
        // "Sanne Bakker" (me) takes over.
        ui.choose("To", |to| to == "Sanne Bakker");
        ui.key(KeyCode::Tab).ctrl('u').keys(dossier.to_str().unwrap());
        ui.ctrl('s');
    };
    hand_over(&mut ui);
    let asked = ui.screen();
    let expected = format!(
        "Hand {} companies and {} open follow-ups from Joost Mulder to Sanne Bakker",
        before.companies.len(),
        before.followups.len()
    );
    assert!(asked.contains(&expected), "the dry run is shown first: {asked}");
    ui.key(KeyCode::Char('n'));
    assert_eq!(
        owned(&mut ui).companies.len(),
        before.companies.len(),
        "a no moves nothing"
    );
    assert!(!dossier.exists());
    assert!(
        ui.screen().contains("Joost Mulder leaves"),
        "a no goes back to the form, as typed: {}",
        ui.screen()
    );

    ui.ctrl('s');
    ui.key(KeyCode::Char('y'));
    assert!(ui.screen().contains("handed over to Sanne Bakker"), "{}", ui.screen());
    for (id, name) in &before.companies {
        let company = ui.store.company(*id).unwrap();
        assert_eq!(company.owner.as_deref(), Some("Sanne Bakker"), "{name} moved to Sanne");
    }
    let written = std::fs::read_to_string(&dossier).unwrap();
    assert!(
        written.contains(&before.companies[0].1),
        "the dossier names the companies"
    );
    let row = ui.app.tabs.staff.rows.iter().find(|s| s.id == joost).unwrap();
    assert!(!row.active, "Joost is marked as left");
    ui.app.tabs.staff.selected = ui.app.tabs.staff.rows.iter().position(|s| s.id == joost).unwrap();
    ui.key(KeyCode::Char('h'));
    assert!(ui.screen().contains("has already left"), "{}", ui.screen());
}

#[test]
fn the_staff_tab_at_80x24_and_160x48() {
    for (width, height) in [(80, 24), (160, 48)] {
        let mut ui = Ui::sized(width, height);
        ui.key(KeyCode::Char('0'));
        let screen = ui.screen();
        assert!(
            screen.contains("Sanne Bakker (me)") && screen.contains("Joost Mulder"),
            "{screen}"
        );
        insta::assert_snapshot!(format!("staff_{width}x{height}"), screen);
    }
}

#[test]
fn u_takes_back_a_snooze_a_reassignment_and_an_attendance_and_only_once() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('4'));
    let first = ui.app.tabs.followups.current().unwrap().clone();
    ui.key(KeyCode::Char('s'));
    assert_ne!(ui.store.followup(first.id).unwrap().due, first.due, "snoozed a week");
    // A colleague rewords it in between (another process on the same record).
    ui.store
        .edit_followup(first.id, None, Some("Bellen, door de collega".into()))
        .unwrap();
    ui.key(KeyCode::Char('u'));
    assert!(ui.screen().contains("undone — "), "{}", ui.screen());
    let back = ui.store.followup(first.id).unwrap();
    assert_eq!(back.due, first.due, "back on its date");
    assert_eq!(back.action, "Bellen, door de collega", "the colleague's wording stands");
    ui.key(KeyCode::Char('u'));
    assert!(
        ui.screen().contains("nothing to undo"),
        "an undo is not undone again: {}",
        ui.screen()
    );

    // A reassignment goes back to who had it.
    let at = ui
        .app
        .tabs
        .followups
        .rows
        .iter()
        .position(|f| f.id == first.id)
        .unwrap();
    ui.app.tabs.followups.selected = at;
    ui.key(KeyCode::Char('r')).key(KeyCode::Right).ctrl('s');
    let moved = ui.store.followup(first.id).unwrap();
    assert_ne!(moved.staff_id, first.staff_id, "reassigned");
    ui.key(KeyCode::Char('u'));
    assert_eq!(ui.store.followup(first.id).unwrap().staff_id, first.staff_id);

    // Attendance: a wrong key on a person already recorded is taken back.
    ui.key(KeyCode::Char('5')).key(KeyCode::Enter).key(KeyCode::Enter);
    let (meeting, person, before) = match ui.app.pages.last_mut() {
        Some(kring::tui::app::Page::Meeting(state)) => {
            let at = state
                .invitees
                .iter()
                .position(|p| p.status.as_deref() == Some("attended"))
                .expect("someone attended");
            state.selected = at;
            let p = &state.invitees[at];
            (state.meeting.id, p.person_id, p.status.clone())
        }
        _ => panic!("meeting page expected"),
    };
    let status = |ui: &Ui| {
        ui.store
            .invitees(meeting)
            .unwrap()
            .into_iter()
            .find(|i| i.person_id == person)
            .and_then(|i| i.status)
    };
    ui.key(KeyCode::Char('o'));
    assert_eq!(status(&ui).as_deref(), Some("apologised"));
    ui.key(KeyCode::Char('u'));
    assert_eq!(status(&ui), before, "back to attended");
}

#[test]
fn a_dossier_typed_over_the_database_itself_is_refused_and_nothing_moves() {
    use kring::model::handover::Scope;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kring.sqlite");
    let mut ui = Ui::on(demo_file_store(&db), 160, 48);
    let joost = ui.select_staff("Joost Mulder");
    let me = ui.app.me.unwrap();
    let before = ui.store.handover(joost, me, &Scope::All, true).unwrap().companies.len();
    ui.key(KeyCode::Char('h'));
    ui.key(KeyCode::Tab).ctrl('u').keys(db.to_str().unwrap());
    ui.ctrl('s');
    ui.key(KeyCode::Char('y'));
    let screen = ui.screen();
    assert!(!screen.contains("handed over to"), "{screen}");
    assert_eq!(
        ui.store.handover(joost, me, &Scope::All, true).unwrap().companies.len(),
        before,
        "nothing moved"
    );
    let today = ui.store.today();
    drop(ui);
    let reopened = Store::open(&db, Clock::fixed(today)).unwrap();
    assert!(
        reopened.list_staff().unwrap().iter().any(|s| s.id == joost && s.active),
        "the database is whole"
    );
}

/// Columns are as wide as the words in the language shown: in Dutch the
/// health bands ("in gevaar", "bekoelend") and the questions board's
/// headings keep every row's columns where the heading says.
#[test]
fn dutch_columns_line_up_under_their_headings() {
    kring::l10n::set_for_this_thread(Some(kring::l10n::Language::Nl));
    let mut ui = Ui::sized(120, 40);
    ui.key(KeyCode::Char('9'));
    let health = ui.screen();
    ui.key(KeyCode::Char('7'));
    let board = ui.screen();
    kring::l10n::set_for_this_thread(None);
    let column_of = |line: &str, word: &str| line.find(word).map(|at| line[..at].chars().count());
    let heading = health.lines().find(|l| l.contains("BEDRIJF")).expect("the heading");
    let at = column_of(heading, "BEDRIJF").unwrap();
    let rows: Vec<&str> = health
        .lines()
        .filter(|l| l.contains(" in gevaar ") || l.contains(" bekoelend ") || l.contains(" gezond "))
        .collect();
    assert!(rows.len() > 3, "{health}");
    for row in rows {
        let name = row.chars().skip(at).take(2).collect::<String>();
        assert!(
            name.chars().all(|c| c.is_alphanumeric()) && row.chars().nth(at - 1) == Some(' '),
            "the name starts under BEDRIJF in {row:?}\n{health}"
        );
    }
    let heading = board.lines().find(|l| l.contains("CAPACITEIT")).expect("the board");
    let end = column_of(heading, "CAPACITEIT").unwrap() + "CAPACITEIT".len();
    for row in board.lines().filter(|l| l.contains(" / ")).take(2) {
        let (left, _) = row.split_at(row.char_indices().nth(end).map_or(row.len(), |(i, _)| i));
        assert!(
            left.trim_end().ends_with(char::is_numeric) || left.trim_end().ends_with('-'),
            "capacity ends under its heading: {row:?}\n{board}"
        );
    }
}

/// At 80x24, in Dutch, the handover's question shows whole — what moves,
/// to whom, where the dossier goes and its question mark — and so does its
/// result: nobody confirms what they cannot read.
#[test]
fn the_handover_question_and_its_result_show_whole_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kring.sqlite");
    let dossier = dir.path().join("overdracht-joost.md");
    kring::l10n::set_for_this_thread(Some(kring::l10n::Language::Nl));
    let mut ui = Ui::on(demo_file_store(&db), 80, 24);
    ui.select_staff("Joost Mulder");
    ui.key(KeyCode::Char('h'));
    ui.key(KeyCode::Tab).ctrl('u').keys(dossier.to_str().unwrap());
    ui.ctrl('s');
    let question = ui
        .screen()
        .replace(['│', '\n'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let asked = ui.screen();
    ui.key(KeyCode::Char('y'));
    let result = ui.screen();
    kring::l10n::set_for_this_thread(None);
    for shown in [
        "van Joost Mulder overdragen aan",
        "als vertrokken markeren",
        "overdracht-joost.md?",
    ] {
        assert!(question.contains(shown), "{shown:?} in\n{asked}");
    }
    let result_text = result.lines().rev().take(2).collect::<Vec<_>>().join("");
    assert!(
        result_text.contains("overgedragen aan") && result_text.contains("overdracht-joost.md"),
        "{result}"
    );
    assert!(dossier.exists());
}
