//! Drawing the whole frame: tabs, the current screen, the status bar and any
//! overlay. Reads the app's state; changes nothing.

use super::app::{App, Overlay, Page, TABS};
use super::keymap;
use super::screens::{
    circles, companies, company, duplicates, engagements, followups, goals, health, log, people, person, questions,
    search, staff, today,
};
use super::widgets::popup::draw_box;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, app: &App) {
    let theme = &app.theme;
    let [tabs, body, status] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(3), Constraint::Length(1)]).areas(frame.area());

    let page_title = app.pages.last().map(|page| match page {
        Page::Company(state) => state.company.name.clone(),
        Page::Person(state) => state.person.name.clone(),
        Page::Circle(state) => state.name.clone(),
        Page::Meeting(state) => format!("{} {}", state.meeting.circle, state.meeting.starts_at),
        Page::Duplicates(_) => crate::t!("duplicates-page"),
        Page::Log(_) => crate::t!("log-page"),
    });
    // The key that opens each tab: 1 to 9, then 0.
    let key = |i: usize| (i + 1) % 10;
    let named = |i: usize, tab: &super::app::Tab| format!(" {} {} ", key(i), tab.title());
    // Where the names of all tabs do not fit, the tab shown keeps its name
    // and the others theirs from the left while room lasts; the rest show
    // their number only.
    let numbers: usize = TABS
        .iter()
        .enumerate()
        .map(|(i, _)| format!(" {} ", key(i)).len())
        .sum();
    let mut room =
        (tabs.width as usize).saturating_sub(7 + numbers + page_title.as_ref().map_or(0, |t| t.chars().count() + 4));
    let extra = |i: usize, tab: &super::app::Tab| named(i, tab).chars().count() - format!(" {} ", key(i)).len();
    let mut with_name = [false; TABS.len()];
    let shown = TABS.iter().position(|t| *t == app.tab).unwrap_or(0);
    let order = std::iter::once(shown).chain((0..TABS.len()).filter(|i| *i != shown));
    for i in order {
        let cost = extra(i, &TABS[i]);
        if cost <= room {
            room -= cost;
            with_name[i] = true;
        } else if i != shown {
            break;
        }
    }
    let mut spans = vec![Span::styled(" kring ", theme.title())];
    for (i, tab) in TABS.iter().enumerate() {
        let style = if *tab == app.tab && app.pages.is_empty() {
            theme.selected()
        } else {
            theme.dim()
        };
        let text = match with_name[i] {
            true => named(i, tab),
            false => format!(" {} ", key(i)),
        };
        spans.push(Span::styled(text, style));
    }
    if let Some(title) = page_title {
        spans.push(Span::styled(format!(" › {title} "), theme.selected()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), tabs);

    match app.pages.last() {
        Some(Page::Company(state)) => company::draw(frame, body, state, theme),
        Some(Page::Person(state)) => person::draw(frame, body, state, theme),
        Some(Page::Circle(state)) => circles::draw_circle(frame, body, state, theme),
        Some(Page::Meeting(state)) => circles::draw_meeting(frame, body, state, theme),
        Some(Page::Duplicates(state)) => duplicates::draw(frame, body, state, theme),
        Some(Page::Log(state)) => log::draw(frame, body, state, theme),
        None => match app.tab {
            super::app::Tab::Today => today::draw(frame, body, &app.today, theme),
            super::app::Tab::Companies => companies::draw(frame, body, &app.companies, theme),
            super::app::Tab::People => people::draw(frame, body, &app.people, theme),
            super::app::Tab::Followups => followups::draw(frame, body, &app.followups, theme),
            super::app::Tab::Circles => circles::draw_list(frame, body, &app.circles, theme),
            super::app::Tab::Goals => goals::draw(frame, body, &app.goals, theme),
            super::app::Tab::Questions => questions::draw(frame, body, &app.questions, theme),
            super::app::Tab::Engagements => engagements::draw(frame, body, &app.engagements, theme),
            super::app::Tab::Health => health::draw(frame, body, &app.health, theme),
            super::app::Tab::Staff => staff::draw(frame, body, &app.staff, theme),
        },
    }

    frame.render_widget(Paragraph::new(status_line(app)), status);

    match &app.overlay {
        None => {}
        Some(Overlay::Help(scroll)) => draw_help(frame, app, *scroll),
        Some(Overlay::Search(state)) => search::draw(frame, body, state, theme),
        Some(Overlay::Form(form, _)) => form.draw(frame, body, theme),
        Some(Overlay::Confirm { question, under, .. }) => {
            if let Some(Overlay::Form(form, _)) = under.as_deref() {
                form.draw(frame, body, theme);
            }
            draw_box(
                frame,
                body,
                &crate::t!("confirm-title"),
                // Stored text (a file's name) is shown, never obeyed.
                question
                    .lines()
                    .map(|l| Line::from(crate::domain::text::for_terminal(l).into_owned()))
                    .collect(),
                theme,
            );
        }
    }
}

/// The last message when there is one, else the keys that matter here.
fn status_line(app: &App) -> Line<'_> {
    let theme = &app.theme;
    if let Some(message) = &app.message {
        let style = if message.error { theme.error() } else { theme.good() };
        return Line::from(Span::styled(format!(" {}", message.text), style));
    }
    let mut spans = Vec::new();
    for (key, help) in keymap::bar(app.context()) {
        spans.push(Span::styled(format!(" {key}"), theme.key()));
        spans.push(Span::styled(format!(" {} ", crate::l10n::key_help(help)), theme.dim()));
    }
    Line::from(spans)
}

fn draw_help(frame: &mut Frame, app: &App, scroll: usize) {
    let theme = &app.theme;
    let mut lines: Vec<Line> = keymap::bindings(app.context())
        .skip(scroll)
        .map(|b| {
            let keys = b.keys.iter().map(|k| k.label()).collect::<Vec<_>>().join(", ");
            Line::from(vec![
                Span::styled(format!("{keys:<16}"), theme.key()),
                Span::raw(crate::l10n::key_help(b.help)),
            ])
        })
        .collect();
    // What does not fit is a key away, and says so.
    let room = frame.area().height.saturating_sub(2) as usize;
    if lines.len() > room {
        let more = lines.len() - room + 1;
        lines.truncate(room - 1);
        lines.push(Line::from(Span::styled(
            crate::t!("help-more", count = more),
            theme.dim(),
        )));
    }
    draw_box(frame, frame.area(), &crate::t!("help-title"), lines, theme);
}
