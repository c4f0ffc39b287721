//! Every screen at 80x24 and 160x48: what matters stays (a follow-up's
//! action, who it is for, its date, its company), lesser columns go first,
//! text cut short ends in "…", and nothing is drawn past the edge.

use super::*;

/// Every screen, reached by keys from Today, with a name for its snapshot.
const SCREENS: &[(&str, &str)] = &[
    ("today", ""),
    ("companies", "2"),
    ("company", "2\n"),
    ("people", "3"),
    ("person", "3\n"),
    ("followups", "4"),
    ("circles", "5"),
    ("circle", "5\n"),
    ("meeting", "5\n\n"),
    ("goals", "6"),
    ("questions", "7"),
    ("collaborations", "8"),
    ("health", "9"),
    ("staff", "0"),
    ("log", "0L"),
    ("inbox", "@"),
    ("duplicates", "2D"),
    ("search", "/stage"),
    ("log_form", "l"),
    ("help", "?"),
];

fn reach(ui: &mut Ui, keys: &str) {
    for c in keys.chars() {
        match c {
            '\n' => ui.key(KeyCode::Enter),
            c => ui.key(KeyCode::Char(c)),
        };
    }
}

#[test]
fn every_screen_at_80x24_and_160x48() {
    for (width, height) in [(80u16, 24u16), (160, 48)] {
        for (name, keys) in SCREENS {
            let mut ui = Ui::sized(width, height);
            reach(&mut ui, keys);
            let screen = ui.screen();
            for line in screen.lines() {
                assert!(
                    unicode_width::UnicodeWidthStr::width(line) <= width as usize,
                    "{name} at {width}x{height}: a line past the edge:\n{screen}"
                );
            }
            assert!(
                !screen.contains("\u{1b}"),
                "{name}: no control characters reach the terminal"
            );
            insta::assert_snapshot!(format!("{name}_{width}x{height}"), screen);
        }
    }
}

#[test]
fn at_80x24_a_follow_up_keeps_its_action_who_and_when() {
    let mut ui = Ui::sized(80, 24);
    let first = ui.app.tabs.today.data.overdue[0].clone();
    let screen = ui.screen();
    let row = screen
        .lines()
        .find(|l| l.contains(&first.company[..10]))
        .unwrap_or_else(|| panic!("{screen}"));
    let action: String = first.action.chars().take(12).collect();
    assert!(row.contains(&action), "the action: {row}");
    let staff = first.staff.clone().unwrap_or_default();
    assert!(row.contains(&staff[..staff.len().min(6)]), "who it is for: {row}");
    assert!(row.contains("late"), "how late: {row}");

    reach(&mut ui, "4");
    let screen = ui.screen();
    let f = &ui.app.tabs.followups.rows[0];
    let row = screen
        .lines()
        .find(|l| l.contains(&f.company[..10]))
        .unwrap_or_else(|| panic!("{screen}"));
    let action: String = f.action.chars().take(12).collect();
    assert!(row.contains(&action), "the action: {row}");
    assert!(row.contains(&kring_date(f.due)), "the date: {row}");
}

/// A date as the English UI writes it in lists.
pub fn kring_date(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}
