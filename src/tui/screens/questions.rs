//! Questions: this school year's board — per team and period the capacity
//! declared against the questions asked — over the questions themselves in
//! columns by status (new, matched, running, delivered, ended). ←/→ moves
//! between columns, `>` moves a question on (asks first), Enter opens its
//! company.

use super::{cell, pane, steps, Reply};
use crate::domain::kinds::QuestionStatus;
use crate::model::questions::{Board, BoardRow, Question};
use crate::tui::effect::{Change, FormFor};
use crate::tui::keymap::Action;
use crate::tui::keymap::{bind, Binding};
use crate::tui::screens::{At, TabScreen};
use crate::tui::tab::{Data, Query};
use crate::tui::theme::Theme;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
/// Its own keys (moving and the global keys come with every screen).
pub const KEYS: &[Binding] = {
    use crate::tui::keymap::Key::*;
    &[
        bind!([Enter], Open, "open the company", "open"),
        bind!([Right], NextColumn, "next column", "column"),
        bind!([Left], PrevColumn, "previous column"),
        bind!(
            [Char('>')],
            Advance,
            "move the question on: matched (to its team), running, delivered (asks first)",
            "move on"
        ),
        bind!([Char('l')], Log, "log an interaction at its company"),
        bind!(
            [Char('e')],
            Edit,
            "change the question: title, kind, who asked, students, when, team, note"
        ),
        bind!(
            [Char('x'), Delete],
            Delete,
            "decline the question (the reason for the company) or record it withdrawn; with o: withdraw the offer"
        ),
        bind!(
            [Char('o')],
            Offers,
            "the school's open offers / the questions (enter: a company takes it, x: withdraw, a: a new offer)",
            "offers"
        ),
        bind!([Char('a')], AddOffer, "a new offer from the school (with o)"),
        bind!(
            [Char('i')],
            Invite,
            "with o: invite the selected offer's candidates through a campaign (asks first)"
        ),
        bind!(
            [Char('C')],
            Capacity,
            "what a team can take on in a period: assignments and students"
        ),
        bind!([Tab], NextPane, "next tab"),
        bind!([BackTab], PrevPane, "previous tab"),
    ]
};

/// The columns, left to right; declined and withdrawn share the last.
const COLUMNS: [&[QuestionStatus]; 5] = [
    &[QuestionStatus::New],
    &[QuestionStatus::Matched],
    &[QuestionStatus::Running],
    &[QuestionStatus::Delivered],
    &[QuestionStatus::Declined, QuestionStatus::Withdrawn],
];

pub struct State {
    pub board: Option<Board>,
    /// Per column, its questions (open ones by how long they wait).
    pub columns: [Vec<Question>; 5],
    pub column: usize,
    pub selected: [usize; 5],
    /// The school's open offers, with how many companies each could go to.
    pub offers: Vec<(crate::model::offers::Offer, usize)>,
    /// `o`: the offers shown instead of the questions' columns.
    pub offers_view: Option<super::offers::Offers>,
}

impl State {
    pub fn empty() -> State {
        State {
            board: None,
            columns: Default::default(),
            column: 0,
            selected: [0; 5],
            offers: Vec::new(),
            offers_view: None,
        }
    }

    /// What was read; the column and selections stay where they were.
    pub fn refresh(&mut self, board: Board, questions: Vec<Question>) {
        let mut columns: [Vec<Question>; 5] = Default::default();
        for q in questions {
            if let Some(at) = COLUMNS.iter().position(|statuses| statuses.contains(&q.status)) {
                columns[at].push(q);
            }
        }
        for (selected, column) in self.selected.iter_mut().zip(&columns) {
            *selected = (*selected).min(column.len().saturating_sub(1));
        }
        self.columns = columns;
        self.board = Some(board);
    }

    pub fn current(&self) -> Option<&Question> {
        self.columns[self.column].get(self.selected[self.column])
    }

    fn step(&mut self, delta: i64) {
        let n = self.columns[self.column].len();
        let at = &mut self.selected[self.column];
        *at = super::stepped(*at, n, delta);
    }
}

/// The next status a key moves a question to: new → matched (to the team it
/// was asked of), matched → running → delivered.
fn next_status(q: &Question) -> Option<QuestionStatus> {
    match q.status {
        QuestionStatus::New if q.team_id.is_some() => Some(QuestionStatus::Matched),
        QuestionStatus::Matched => Some(QuestionStatus::Running),
        QuestionStatus::Running => Some(QuestionStatus::Delivered),
        _ => None,
    }
}

pub fn on_action(state: &mut State, action: Action) -> Reply {
    if action == Action::Offers {
        state.offers_view = match state.offers_view {
            Some(_) => None,
            None => Some(super::offers::Offers::default()),
        };
        return Reply::nothing();
    }
    if action == Action::AddOffer && state.offers_view.is_none() {
        state.offers_view = Some(super::offers::Offers::default());
    }
    if let Some(view) = &mut state.offers_view {
        return view.on_action(action, &state.offers);
    }
    if let Some(delta) = steps(action, 10) {
        state.step(delta);
        return Reply::nothing();
    }
    match action {
        Action::NextColumn => state.column = (state.column + 1).min(COLUMNS.len() - 1),
        Action::PrevColumn => state.column = state.column.saturating_sub(1),
        Action::Open => {
            return state
                .current()
                .map(|q| Reply::open_company(q.company_id))
                .unwrap_or_default()
        }
        Action::Log => {
            return state
                .current()
                .map(|q| Reply::form(FormFor::Log(q.company_id)))
                .unwrap_or_default()
        }
        Action::Advance => return advance(state.current()),
        Action::Capacity => return Reply::form(FormFor::Capacity),
        Action::Edit => {
            return state
                .current()
                .map(|q| Reply::form(FormFor::EditQuestion(q.id)))
                .unwrap_or_default()
        }
        Action::Delete => {
            return state
                .current()
                .map(|q| Reply::form(FormFor::CloseQuestion(q.id)))
                .unwrap_or_default()
        }
        _ => {}
    }
    Reply::nothing()
}

fn advance(question: Option<&Question>) -> Reply {
    let Some(q) = question else { return Reply::nothing() };
    let Some(to) = next_status(q) else {
        let why = match q.status {
            QuestionStatus::New => crate::t!("questions-match-needs-team", id = q.id),
            _ => crate::t!("questions-ended", id = q.id, status = q.status.display_label()),
        };
        return Reply {
            say: Some(why),
            ..Reply::default()
        };
    };
    let ask = crate::t!(
        "questions-ask-advance",
        id = q.id,
        title = q.title.as_str(),
        status = to.display_label()
    );
    Reply {
        ask: Some((
            ask,
            Change::AdvanceQuestion {
                id: q.id,
                to,
                team: q.team_id,
            },
        )),
        ..Reply::default()
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let rows = state.board.as_ref().map_or(0, |b| b.rows.len()) as u16;
    let height = (rows + 3).clamp(4, area.height / 3);
    let [board_area, columns_area] = Layout::vertical([Constraint::Length(height), Constraint::Min(5)]).areas(area);
    draw_board(frame, board_area, state, theme);
    if let Some(view) = &state.offers_view {
        return view.draw(frame, columns_area, &state.offers, theme);
    }
    // All five columns where they fit; on a narrow terminal three, around
    // the selected one (←/→ slides them).
    let shown = if columns_area.width >= 110 { COLUMNS.len() } else { 3 };
    let first = state.column.saturating_sub(shown / 2).min(COLUMNS.len() - shown);
    let areas = Layout::horizontal(vec![Constraint::Ratio(1, shown as u32); shown]).split(columns_area);
    for (i, area) in areas.iter().enumerate() {
        draw_column(frame, *area, state, first + i, theme);
    }
}

fn draw_board(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let year = state.board.as_ref().map(|b| b.school_year.clone()).unwrap_or_default();
    let width = area.width.saturating_sub(2) as usize;
    // The number columns are as wide as their headings in this language.
    let (capacity, asked) = (crate::t!("col-capacity"), crate::t!("col-asked"));
    let widths = (capacity.chars().count().max(9), asked.chars().count().max(9));
    let mut lines = vec![Line::from(Span::styled(
        cell(
            &format!(
                " {} {} {capacity:>w1$} {asked:>w2$} {}",
                cell(&crate::t!("col-team"), 16),
                cell(&crate::t!("col-period"), 12),
                crate::t!("col-short"),
                w1 = widths.0,
                w2 = widths.1,
            ),
            width,
        ),
        theme.heading(),
    ))];
    let rows = state.board.as_ref().map(|b| b.rows.as_slice()).unwrap_or_default();
    for r in rows {
        lines.push(board_line(r, width, widths, theme));
    }
    if rows.is_empty() {
        lines.push(Line::from(Span::styled(crate::t!("questions-none"), theme.dim())));
    }
    let title = crate::t!("questions-board-title", year = year);
    frame.render_widget(Paragraph::new(lines).block(pane(title, false, theme)), area);
}

fn board_line<'a>(r: &BoardRow, width: usize, (w1, w2): (usize, usize), theme: &Theme) -> Line<'a> {
    let none = |text: &Option<String>, id| text.clone().unwrap_or_else(|| crate::l10n::message(id, &[]));
    let capacity = match (r.capacity_assignments, r.capacity_students) {
        (Some(a), Some(s)) => format!("{a} / {s}"),
        _ => "-".into(),
    };
    let text = format!(
        " {} {} {capacity:>w1$} {:>w2$} ",
        cell(&none(&r.team, "cli-board-no-team"), 16),
        cell(&none(&r.period, "cli-board-no-period"), 12),
        format!("{} / {}", r.questions, r.students),
    );
    let short = match (r.short_assignments(), r.short_students()) {
        (0, 0) => String::new(),
        (a, s) => crate::t!("cli-board-short", assignments = a, students = s),
    };
    let room = width.saturating_sub(crate::domain::text::display_width(&text));
    Line::from(vec![
        Span::raw(text),
        Span::styled(cell(&short, room).trim_end().to_string(), theme.overdue()),
    ])
}

fn draw_column(frame: &mut Frame, area: Rect, state: &State, at: usize, theme: &Theme) {
    let questions = &state.columns[at];
    let width = area.width.saturating_sub(2) as usize;
    let room = super::inner_height(area) as usize / 3;
    let selected = state.selected[at];
    // Keep the selection in view: three lines per question.
    let first = selected.saturating_sub(room.saturating_sub(1));
    let mut lines = Vec::new();
    for (i, q) in questions.iter().enumerate().skip(first).take(room.max(1)) {
        let chosen = at == state.column && i == selected;
        let style = if chosen { theme.selected() } else { theme.dim() };
        let (first_line, second_line) = two_lines(&format!("#{} {}", q.id, q.title), width);
        // How long it waits comes first: the company's name may be cut.
        let waiting = q
            .waiting_days
            .map(|d| format!("{} · ", crate::t!("questions-days-short", days = d)))
            .unwrap_or_default();
        let about = Line::from(Span::styled(cell(&format!("{waiting}{}", q.company), width), style));
        for text in [first_line, second_line] {
            let line = Line::from(Span::raw(text));
            lines.push(if chosen { line.style(theme.selected()) } else { line });
        }
        lines.push(about);
    }
    if questions.is_empty() {
        lines.push(Line::from(Span::styled(
            crate::t!("questions-column-empty"),
            theme.dim(),
        )));
    }
    let status = match at {
        4 => crate::t!("questions-ended-column"),
        _ => COLUMNS[at][0].display_label(),
    };
    let title = format!("{status} ({})", questions.len());
    frame.render_widget(
        Paragraph::new(lines).block(pane(title, at == state.column, theme)),
        area,
    );
}

/// A title over two lines of `width`, broken between words where it can;
/// what does not fit ends in "…".
fn two_lines(text: &str, width: usize) -> (String, String) {
    let width_of = crate::domain::text::display_width;
    if width_of(text) <= width {
        return (cell(text, width), String::new());
    }
    let mut first = String::new();
    let mut words = text.split(' ').peekable();
    while let Some(word) = words.peek() {
        let next = if first.is_empty() {
            word.to_string()
        } else {
            format!("{first} {word}")
        };
        if width_of(&next) > width {
            break;
        }
        first = next;
        words.next();
    }
    if first.is_empty() {
        // One word longer than the line: cut it.
        return (cell(text, width), String::new());
    }
    let rest = words.collect::<Vec<_>>().join(" ");
    (cell(&first, width), cell(&rest, width))
}

impl TabScreen for State {
    const KEYS: &'static [Binding] = KEYS;

    fn new(_today: chrono::NaiveDate) -> State {
        State::empty()
    }

    fn query(&self, _at: At) -> Query {
        Query::Questions
    }

    fn refresh(&mut self, data: Data) -> Vec<crate::tui::effect::Effect> {
        if let Data::Questions(board, rows, offers) = data {
            State::refresh(self, board, rows);
            if let Some(view) = &mut self.offers_view {
                view.selected = view.selected.min(offers.len().saturating_sub(1));
            }
            self.offers = offers;
        }
        Vec::new()
    }

    fn on_action(&mut self, action: Action, _at: At) -> crate::Result<Reply> {
        Ok(on_action(self, action))
    }

    fn draw(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        draw(frame, area, self, theme)
    }
}

#[cfg(test)]
mod tests {
    use super::two_lines;

    #[test]
    fn a_title_breaks_between_words_and_ends_in_an_ellipsis_when_too_long() {
        let (a, b) = two_lines("#3 Onderzoek naar het personeelstekort in de zorg", 20);
        assert_eq!(a.trim_end(), "#3 Onderzoek naar");
        assert_eq!(b.trim_end(), "het personeelstekor…");
        assert_eq!(two_lines("#1 Kort", 20).0.trim_end(), "#1 Kort");
        assert_eq!(two_lines("Donaudampfschifffahrtsgesellschaft", 10).0, "Donaudamp…");
    }
}
