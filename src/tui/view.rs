//! Drawing the whole frame: tabs, the current screen, the status bar and any
//! overlay. Reads the app's state; changes nothing.

use super::app::{App, Overlay, Page};
use super::screens::{self, campaigns, circles, company, duplicates, log, person, search};
use super::tab::TABS;
use super::widgets::popup::{draw_box, draw_question};
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, app: &App) {
    let theme = &app.theme;
    // A message longer than the line takes a second one: a result is read
    // whole (where the dossier went), not cut.
    let message_rows = match &app.message {
        Some(message) if message.text.chars().count() + 1 > usize::from(frame.area().width) => 2,
        _ => 1,
    };
    let [tabs, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(message_rows),
    ])
    .areas(frame.area());

    let page_title = app.pages.last().map(|page| match page {
        Page::Company(state) => state.company.name.clone(),
        Page::Person(state) => state.person.name.clone(),
        Page::Circle(state) => state.name.clone(),
        // The date first: a narrow bar cuts the circle's name, not when it is.
        Page::Meeting(state) => format!("{} {}", state.meeting.starts_at, state.meeting.circle),
        Page::Duplicates(_) => crate::t!("duplicates-page"),
        Page::Log(_) => crate::t!("log-page"),
        Page::Campaigns(_) => crate::t!("campaigns-page"),
    });
    // The key that opens each tab: 1 to 9, then 0 and @.
    let key = |i: usize| TABS[i].key();
    let shown = TABS.iter().position(|t| *t == app.tab).unwrap_or(0);
    let bar = (tabs.width as usize).saturating_sub(7);
    // The tabs keep their short names; the page's name gets what is left
    // (the page itself says it whole).
    let title_room = bar.saturating_sub(short_labels_width(shown) + 5);
    // Too little room for a name worth reading: the page's pane says it.
    let page_title = page_title
        .filter(|_| title_room >= 12)
        .map(|title| crate::domain::text::fit(&title, title_room).trim_end().to_string());
    let room = bar.saturating_sub(page_title.as_ref().map_or(0, |t| t.chars().count() + 5));
    let labels = tab_labels(shown, room);
    let mut spans = vec![Span::styled(" kring ", theme.title())];
    for (i, tab) in TABS.iter().enumerate() {
        let style = if *tab == app.tab && app.pages.is_empty() {
            theme.selected()
        } else {
            theme.dim()
        };
        let text = match &labels[i] {
            Some(label) => format!(" {} {label}", key(i)),
            None => format!(" {}", key(i)),
        };
        spans.push(Span::styled(text, style));
    }
    if let Some(title) = page_title {
        spans.push(Span::styled(format!("  › {title} "), theme.selected()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), tabs);

    match app.pages.last() {
        Some(Page::Company(state)) => company::draw(frame, body, state, theme),
        Some(Page::Person(state)) => person::draw(frame, body, state, theme),
        Some(Page::Circle(state)) => circles::draw_circle(frame, body, state, theme),
        Some(Page::Meeting(state)) => circles::draw_meeting(frame, body, state, theme),
        Some(Page::Duplicates(state)) => duplicates::draw(frame, body, state, theme),
        Some(Page::Log(state)) => log::draw(frame, body, state, theme),
        Some(Page::Campaigns(state)) => campaigns::draw(frame, body, state, theme),
        None => app.tabs.draw(app.tab, frame, body, theme),
    }

    frame.render_widget(
        Paragraph::new(status_line(app)).wrap(ratatui::widgets::Wrap { trim: false }),
        status,
    );

    match &app.overlay {
        None => {}
        Some(Overlay::Help(scroll)) => draw_help(frame, app, *scroll),
        Some(Overlay::Search(state)) => search::draw(frame, body, state, theme),
        Some(Overlay::Form(form, _)) => form.draw(frame, body, theme),
        Some(Overlay::Confirm { question, under, .. }) => {
            if let Some(Overlay::Form(form, _)) = under.as_deref() {
                form.draw(frame, body, theme);
            }
            draw_question(
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
    for (key, help) in screens::bar(app.context()) {
        spans.push(Span::styled(format!(" {key}"), theme.key()));
        spans.push(Span::styled(format!(" {} ", crate::l10n::key_help(help)), theme.dim()));
    }
    Line::from(spans)
}

fn draw_help(frame: &mut Frame, app: &App, scroll: usize) {
    let theme = &app.theme;
    let mut lines: Vec<Line> = screens::bindings(app.context())
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

/// Each tab's label in the room there is: the tab shown keeps its name; the
/// others get a short name from the left while room lasts, then their full
/// name from the left with what is left over; only where even the short
/// names do not fit does a tab show its number alone.
/// The room every tab takes with short names (the shown one's in full).
fn short_labels_width(shown: usize) -> usize {
    TABS.iter()
        .enumerate()
        .map(|(i, tab)| match i == shown {
            true => tab.title().chars().count() + 3,
            false => tab.short_title().chars().count() + 3,
        })
        .sum()
}

fn tab_labels(shown: usize, room: usize) -> Vec<Option<String>> {
    // " 1" a tab, " Today" its label.
    let number = |i: usize| format!(" {}", TABS[i].key()).chars().count();
    let label = |text: &str| text.chars().count() + 1;
    let full: Vec<String> = TABS.iter().map(|t| t.title()).collect();
    let short: Vec<String> = TABS.iter().map(|t| t.short_title()).collect();
    let others: Vec<usize> = (0..TABS.len()).filter(|i| *i != shown).collect();
    let mut labels: Vec<Option<String>> = vec![None; TABS.len()];
    let mut used: usize = (0..TABS.len()).map(number).sum::<usize>() + label(&full[shown]);
    labels[shown] = Some(full[shown].clone());
    for &i in &others {
        if used + label(&short[i]) > room {
            return labels;
        }
        used += label(&short[i]);
        labels[i] = Some(short[i].clone());
    }
    // Every tab has a name: the full ones, from the left, while room lasts.
    for &i in &others {
        let more = full[i].chars().count().saturating_sub(short[i].chars().count());
        if used + more > room {
            break;
        }
        used += more;
        labels[i] = Some(full[i].clone());
    }
    labels
}
