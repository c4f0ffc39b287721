//! Circles from the terminal UI alone: start one, companies join and leave,
//! a meeting is planned (the date read as it is typed, an agenda of several
//! lines), an action item is for a colleague.

use super::*;

/// Open the circle of this name from the Circles tab.
fn open_circle(ui: &mut Ui, name: &str) -> i64 {
    ui.key(KeyCode::Char('5'));
    let at = ui
        .app
        .tabs
        .circles
        .rows
        .iter()
        .position(|c| c.name == name)
        .expect("the circle is listed");
    ui.app.tabs.circles.selected = at;
    ui.key(KeyCode::Enter);
    ui.app.tabs.circles.rows[at].id
}

#[test]
fn a_circle_is_started_companies_join_a_meeting_is_planned_and_a_member_leaves() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('5')).key(KeyCode::Char('a'));
    ui.keys("Kring Zorg Waterland")
        .key(KeyCode::Tab)
        .keys("Zorg en welzijn");
    ui.ctrl('s');
    assert!(ui.screen().contains("Kring Zorg Waterland added"), "{}", ui.screen());
    let circle = open_circle(&mut ui, "Kring Zorg Waterland");
    assert!(ui.screen().contains("press a to add a company"), "{}", ui.screen());

    // A slip of the finger joins nothing and is answered with the nearest names.
    ui.key(KeyCode::Char('a')).keys("Hotel Voss").ctrl('s');
    let refused = ui.screen();
    assert!(refused.contains("Hotel Vos"), "did you mean: {refused}");
    assert!(ui.store.members(circle).unwrap().is_empty(), "nobody joined");
    ui.ctrl('u').keys("Hotel Vos").ctrl('s');
    assert!(ui.screen().contains("Hotel Vos joined the circle"), "{}", ui.screen());
    ui.key(KeyCode::Char('a')).keys("Drukkerij Zuiderzee").ctrl('s');
    let members = ui.store.members(circle).unwrap();
    assert_eq!(members.iter().filter(|m| m.current).count(), 2, "{members:?}");

    // A meeting: the date is read as it is typed, a wrong time is refused
    // beside its field and nothing typed elsewhere is lost.
    ui.key(KeyCode::Char('n')).keys("+1w");
    assert!(ui.screen().contains("= Thursday 3 December 2026"), "{}", ui.screen());
    ui.key(KeyCode::Tab).ctrl('u').keys("25:00");
    ui.key(KeyCode::Tab).keys("Het Noord College, Hoorn");
    ui.key(KeyCode::Tab)
        .keys("Welkom")
        .key(KeyCode::Enter)
        .keys("Stageplekken");
    // Up goes to the line above, at the same column (here: its end).
    ui.key(KeyCode::Up).keys(" allemaal");
    assert_eq!(ui.form().value("Agenda"), "Welkom allemaal\nStageplekken");
    ui.ctrl('s');
    assert!(ui.screen().contains("cannot read time '25:00'"), "{}", ui.screen());
    assert_eq!(
        ui.form().value("Place"),
        "Het Noord College, Hoorn",
        "nothing typed is lost"
    );
    assert_eq!(
        ui.form().fields[ui.form().focus].label,
        "Time",
        "the cursor is on the field in error"
    );
    ui.ctrl('u').keys("16:30").ctrl('s');
    assert!(
        ui.screen().contains("meeting planned on 2026-12-03 16:30"),
        "{}",
        ui.screen()
    );
    let meetings = ui.store.meetings(Some(circle)).unwrap();
    assert_eq!(meetings.len(), 1);
    assert_eq!(meetings[0].place.as_deref(), Some("Het Noord College, Hoorn"));
    assert_eq!(meetings[0].agenda.as_deref(), Some("Welkom allemaal\nStageplekken"));
    insta::assert_snapshot!(ui.screen());

    // A member leaves only after a yes; u takes a join back.
    ui.key(KeyCode::Char('x'));
    assert!(ui.screen().contains("tab to the members first"), "{}", ui.screen());
    ui.key(KeyCode::Tab).key(KeyCode::Char('x'));
    assert!(
        ui.screen().contains("leaves Kring Zorg Waterland today?"),
        "{}",
        ui.screen()
    );
    ui.key(KeyCode::Char('n'));
    assert_eq!(
        ui.store.members(circle).unwrap().iter().filter(|m| m.current).count(),
        2
    );
    ui.key(KeyCode::Char('x')).key(KeyCode::Char('y'));
    let members = ui.store.members(circle).unwrap();
    assert_eq!(members.iter().filter(|m| m.current).count(), 1, "{members:?}");
    assert!(
        members.iter().any(|m| !m.current),
        "the one who left is still listed, with the day"
    );
}

#[test]
fn an_action_item_from_a_meeting_is_for_the_colleague_chosen() {
    let mut ui = Ui::new();
    open_circle(&mut ui, "Bedrijvenkring Techniek Zaanstreek");
    ui.key(KeyCode::Enter); // its first meeting
    let meeting = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Meeting(state)) => state.meeting.id,
        _ => panic!("the meeting page"),
    };
    ui.key(KeyCode::Char('n'));
    assert_eq!(ui.form().field("For").chosen(), "Sanne Bakker", "me first");
    ui.key(KeyCode::Tab);
    let colleague = ui.choose("For", |who| who != "Sanne Bakker");
    ui.key(KeyCode::Tab).key(KeyCode::Tab).keys("Rooster sturen").ctrl('s');
    let actions = ui
        .store
        .list_followups(&kring::model::followups::FollowupFilter {
            meeting: Some(meeting),
            ..Default::default()
        })
        .unwrap();
    let made = actions
        .iter()
        .find(|f| f.action == "Rooster sturen")
        .expect("the action item");
    assert_eq!(made.staff.as_deref(), Some(colleague.as_str()));
}

#[test]
fn g_and_end_move_through_a_circles_meetings_and_the_agenda_keeps_its_lines() {
    let mut ui = Ui::new();
    open_circle(&mut ui, "Bedrijvenkring Techniek Zaanstreek");
    ui.key(KeyCode::Char('n')).keys("+1w");
    ui.key(KeyCode::Tab).ctrl('u').keys("16:30");
    ui.key(KeyCode::Tab).keys("Aula Purmerend");
    ui.key(KeyCode::Tab)
        .keys("1. Stageplekken voorjaar")
        .key(KeyCode::Enter)
        .keys("2. Gastlessen");
    ui.ctrl('s');
    let circle = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Circle(state)) => state,
        _ => panic!("the circle page: {}", ui.screen()),
    };
    let count = circle.meetings.len();
    assert!(count > 2, "several meetings to move through: {count}");
    assert!(!circle.on_members, "the meetings pane has the keys");
    let selected = |ui: &Ui| match ui.app.pages.last() {
        Some(kring::tui::app::Page::Circle(state)) => state.selected,
        _ => panic!("the circle page"),
    };
    ui.key(KeyCode::Char('G'));
    assert_eq!(selected(&ui), count - 1, "G goes to the last meeting");
    ui.key(KeyCode::Home);
    assert_eq!(selected(&ui), 0, "home goes to the first");
    ui.key(KeyCode::End);
    assert_eq!(selected(&ui), count - 1, "end goes to the last");

    // The new meeting opened: its agenda a line per item.
    let planned = match ui.app.pages.last() {
        Some(kring::tui::app::Page::Circle(state)) => state
            .meetings
            .iter()
            .position(|m| m.place.as_deref() == Some("Aula Purmerend"))
            .expect("the planned meeting is listed"),
        _ => unreachable!(),
    };
    if let Some(kring::tui::app::Page::Circle(state)) = ui.app.pages.last_mut() {
        state.selected = planned;
    }
    ui.key(KeyCode::Enter);
    let screen = ui.screen();
    let lines: Vec<&str> = screen.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.contains("1. Stageplekken voorjaar"))
        .unwrap_or_else(|| panic!("the agenda shows: {screen}"));
    assert!(!lines[first].contains("Gastlessen"), "{screen}");
    assert!(
        lines[first + 1].contains("2. Gastlessen"),
        "the next item on the next line: {screen}"
    );
}

/// A series of meetings from the plan form: every two weeks until a day,
/// at the same local time across the change of the clocks; a start the
/// clocks skip plans none of them.
#[test]
fn the_plan_form_makes_a_series_of_meetings() {
    let mut ui = Ui::new();
    ui.key(KeyCode::Char('5')).key(KeyCode::Char('a'));
    ui.keys("Projectteam Zorg").ctrl('s');
    let circle = open_circle(&mut ui, "Projectteam Zorg");
    // 14 March + 2 weeks is 28 March 2027: the night the clocks skip 02:30.
    ui.key(KeyCode::Char('n'))
        .keys("2027-03-14")
        .tab_to("Time")
        .ctrl('u')
        .keys("02:30")
        .tab_to("Comes back")
        .keys("2w")
        .tab_to("Until")
        .keys("2027-04-30")
        .ctrl('s');
    assert!(
        ui.store.meetings(Some(circle)).unwrap().is_empty(),
        "refused whole: {}",
        ui.screen()
    );
    assert!(ui.screen().contains("02:30"), "the refusal says which: {}", ui.screen());
    ui.tab_to("Time").ctrl('u').keys("16:00").ctrl('s');
    let meetings = ui.store.meetings(Some(circle)).unwrap();
    let starts: Vec<String> = meetings.iter().map(|m| m.starts_at.to_string()).collect();
    assert_eq!(
        starts,
        [
            "2027-03-14 16:00",
            "2027-03-28 16:00",
            "2027-04-11 16:00",
            "2027-04-25 16:00"
        ],
        "{}",
        ui.screen()
    );
    assert!(ui.screen().contains("4 meetings"), "{}", ui.screen());
}
