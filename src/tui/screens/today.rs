//! Today: overdue follow-ups, those due this week, companies losing touch,
//! and the next circle meeting. Mine first, or only mine.

use super::{cell, empty_line, pane, Col};
use super::{mark_done, snooze_to, snooze_week, steps, Reply};
use crate::model::engagements::Engagement;
use crate::model::followups::FollowupRow;
use crate::model::today::{LosingTouch, Today};
use crate::model::Id;
use crate::tui::effect::{Change, FormFor, Want};
use crate::tui::keymap::Action;
use crate::tui::keymap::{bind, Binding};
use crate::tui::screens::{At, TabScreen};
use crate::tui::tab::{Data, Query};
use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use std::collections::HashSet;
/// Its own keys (moving and the global keys come with every screen).
pub const KEYS: &[Binding] = {
    use crate::tui::keymap::Key::*;
    &[
        bind!([Char('/')], Search, "search everywhere", "search"),
        bind!([Enter], Open, "open the company; on a heading: the whole list", "open"),
        bind!([Char('l')], Log, "log an interaction", "log"),
        bind!([Char('d')], Done, "mark the follow-up done", "done"),
        bind!([Char('v')], Evaluate, "evaluate the selected collaboration that ended"),
        bind!(
            [Char('r')],
            Rechecked,
            "the selected SBB recognition was checked again (asks the next date)"
        ),
        bind!([Char('s')], Snooze, "snooze one week"),
        bind!([Char('S')], SnoozeTo, "snooze to a date"),
        bind!([Char('m')], ToggleMine, "mine / everyone's", "mine/all"),
        bind!([Tab], NextPane, "next tab"),
        bind!([BackTab], PrevPane, "previous tab"),
        bind!([Esc], Back, "back"),
    ]
};

pub struct State {
    pub data: Today,
    /// Companies on the list that hang on one staff member or one contact.
    pub single_point: HashSet<Id>,
    pub only_mine: bool,
    /// Index into [`State::items`].
    pub selected: usize,
    /// The selection was put on the first row by kring, not moved by the
    /// person: it follows the first row when the lists are read again (a
    /// follow-up made elsewhere appears where `d` finds it).
    placed: bool,
}

/// The sections of Today; each heading is selectable, and `enter` on it
/// opens the whole list (Today shows the first rows of each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    Overdue,
    DueSoon,
    LosingTouch,
    Evaluations,
    Rechecks,
    TrainersGone,
    Resting,
    OthersOnMine,
    Views,
}

/// A selectable row of the Today screen.
pub enum Item<'a> {
    Heading(Heading),
    Overdue(&'a FollowupRow),
    Due(&'a FollowupRow),
    Losing(&'a LosingTouch),
    /// A collaboration that ended without an evaluation.
    Evaluate(&'a Engagement),
    Recheck(&'a crate::model::recognition::Recognition),
    /// A recognition whose workplace trainer left.
    TrainerGone(&'a crate::model::network::TrainerGone),
    /// A company that asked for rest.
    Resting(&'a crate::model::network::Resting),
    Other(&'a crate::model::today::OthersContact),
    /// A saved view with rows to show.
    View(&'a crate::model::views::ViewCount),
}

impl Item<'_> {
    pub fn company(&self) -> Option<Id> {
        match self {
            Item::Heading(_) | Item::View(_) => None,
            Item::Overdue(f) | Item::Due(f) => Some(f.company_id),
            Item::Losing(c) => Some(c.id),
            Item::Evaluate(e) => Some(e.company_id),
            Item::Recheck(r) => Some(r.company_id),
            Item::TrainerGone(t) => Some(t.company_id),
            Item::Resting(r) => Some(r.company_id),
            Item::Other(o) => Some(o.company_id),
        }
    }

    pub fn followup(&self) -> Option<Id> {
        self.followup_row().map(|f| f.id)
    }

    pub fn followup_row(&self) -> Option<&FollowupRow> {
        match self {
            Item::Overdue(f) | Item::Due(f) => Some(f),
            _ => None,
        }
    }
}

impl State {
    /// Nothing read yet.
    pub fn empty() -> State {
        State {
            data: Today::default(),
            single_point: HashSet::new(),
            only_mine: false,
            selected: 0,
            placed: true,
        }
    }

    /// What was read; the selection stays where the person moved it (as far
    /// as it still exists); otherwise, and when the list changed to or from
    /// "only mine", it is on the first row under a heading.
    pub fn refresh(&mut self, data: Today, single_point: HashSet<Id>, only_mine: bool) {
        let keep = only_mine == self.only_mine && !self.placed;
        let selected = self.selected;
        *self = State {
            data,
            single_point,
            only_mine,
            selected: 0,
            placed: !keep,
        };
        self.selected = match keep {
            true => selected.min(self.items().len().saturating_sub(1)),
            false => self.first_row(),
        };
    }

    /// The first row that is not a heading (or the first heading).
    fn first_row(&self) -> usize {
        self.items()
            .iter()
            .position(|item| !matches!(item, Item::Heading(_)))
            .unwrap_or(0)
    }

    /// Every selectable row, in the order drawn: each section's heading,
    /// then its rows. The later sections appear only when they hold something.
    pub fn items(&self) -> Vec<Item<'_>> {
        let d = &self.data;
        let mut items = vec![Item::Heading(Heading::Overdue)];
        items.extend(d.overdue.iter().map(Item::Overdue));
        items.push(Item::Heading(Heading::DueSoon));
        items.extend(d.due_this_week.iter().map(Item::Due));
        items.push(Item::Heading(Heading::LosingTouch));
        items.extend(d.losing_touch.iter().map(Item::Losing));
        if !d.evaluations_due.is_empty() {
            items.push(Item::Heading(Heading::Evaluations));
            items.extend(d.evaluations_due.iter().map(Item::Evaluate));
        }
        if !d.rechecks_due.is_empty() {
            items.push(Item::Heading(Heading::Rechecks));
            items.extend(d.rechecks_due.iter().map(Item::Recheck));
        }
        if !d.trainers_gone.is_empty() {
            items.push(Item::Heading(Heading::TrainersGone));
            items.extend(d.trainers_gone.iter().map(Item::TrainerGone));
        }
        if !d.resting.is_empty() {
            items.push(Item::Heading(Heading::Resting));
            items.extend(d.resting.iter().map(Item::Resting));
        }
        if !d.others_on_mine.is_empty() {
            items.push(Item::Heading(Heading::OthersOnMine));
            items.extend(d.others_on_mine.iter().map(Item::Other));
        }
        if !d.views.is_empty() {
            items.push(Item::Heading(Heading::Views));
            items.extend(d.views.iter().map(Item::View));
        }
        items
    }

    pub fn current(&self) -> Option<Item<'_>> {
        self.items().into_iter().nth(self.selected)
    }

    pub fn step(&mut self, delta: i64) {
        let n = self.items().len() as i64;
        self.placed = false;
        if n > 0 {
            self.selected = (self.selected as i64 + delta).clamp(0, n - 1) as usize;
        }
    }
}

/// What a key does on Today.
pub fn on_action(state: &mut State, action: Action, today: chrono::NaiveDate) -> crate::Result<Reply> {
    if let Some(delta) = steps(action, 10) {
        state.step(delta);
        return Ok(Reply::nothing());
    }
    let current = state.current();
    let company = current.as_ref().and_then(|item| item.company());
    let followup = current.as_ref().and_then(|item| item.followup_row()).cloned();
    let to_evaluate = match current {
        Some(Item::Evaluate(e)) => Some(e.id),
        _ => None,
    };
    let recheck = match current {
        Some(Item::Recheck(r)) => Some(crate::tui::forms::recognitions::rechecked_form(r, today)),
        _ => None,
    };
    let heading = match current {
        Some(Item::Heading(heading)) => Some(heading),
        _ => None,
    };
    if let (Action::Open, Some(Item::View(view))) = (action, &current) {
        return Ok(Reply::save(Change::ApplyView {
            name: view.name.clone(),
            filter: None,
        }));
    }
    Ok(match action {
        Action::Open if heading.is_some() => whole_list(heading),
        Action::Rechecked => match recheck {
            Some(form) => Reply {
                form: Some(form),
                ..Reply::default()
            },
            None => Reply::say(crate::t!("today-select-recheck-first")),
        },
        Action::Open => company.map(Reply::open_company).unwrap_or_default(),
        Action::Log => match company {
            Some(company) => Reply::form(FormFor::Log(company)),
            None => Reply::say(crate::t!("today-select-company-first")),
        },
        Action::Done => mark_done(followup.as_ref())?,
        Action::Evaluate => match to_evaluate {
            Some(id) => Reply::form(FormFor::Evaluate(id)),
            None => Reply::say(crate::t!("today-select-evaluation-first")),
        },
        Action::Snooze => snooze_week(followup.map(|f| (f.id, f.due)), today)?,
        Action::SnoozeTo => snooze_to(followup.map(|f| f.id))?,
        Action::ToggleMine => Reply::load(Want::List(Query::Today {
            only_mine: !state.only_mine,
        })),
        _ => Reply::nothing(),
    })
}

/// The whole list behind a heading of Today.
fn whole_list(heading: Option<Heading>) -> Reply {
    use crate::tui::screens::Go;
    use crate::tui::tab::Tab;
    let go = match heading {
        Some(Heading::Overdue | Heading::DueSoon) => Go::Tab(Tab::Followups),
        Some(Heading::LosingTouch) => Go::Companies(crate::model::companies::CompanySort::ContactDue),
        Some(Heading::Evaluations) => Go::Tab(Tab::Engagements),
        Some(Heading::Rechecks) => return Reply::say(crate::t!("today-rechecks-where")),
        Some(Heading::TrainersGone) => return Reply::say(crate::t!("today-trainers-gone-where")),
        Some(Heading::Resting) => return Reply::say(crate::t!("today-resting-where")),
        Some(Heading::OthersOnMine | Heading::Views) | None => return Reply::nothing(),
    };
    Reply {
        go: Some(go),
        ..Reply::default()
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let mut lines = heading(state, theme);
    // Selectable rows are counted across the sections, as `items` lists them.
    let mut index = 0;
    // A few lines, and what the year is about: above the day's lists.
    goals(&mut lines, &state.data, theme);
    let width = area.width.saturating_sub(2) as usize;
    followup_section(&mut lines, state, Section::Overdue, &mut index, width, theme);
    followup_section(&mut lines, state, Section::DueThisWeek, &mut index, width, theme);
    losing_touch(&mut lines, state, &mut index, width, theme);
    evaluations_and_rechecks(&mut lines, state, &mut index, theme);
    trainers_gone(&mut lines, state, &mut index, theme);
    resting(&mut lines, state, &mut index, theme);
    views(&mut lines, state, &mut index, theme);
    others_on_mine(&mut lines, state, &mut index, theme);
    // Keep the selection on screen: skip whole lines above it when needed.
    let height = super::inner_height(area) as usize;
    let selected_line = lines.iter().position(|l| l.style == theme.selected()).unwrap_or(0);
    let skip = selected_line.saturating_sub(height.saturating_sub(2));
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((skip as u16, 0))
            .block(pane(crate::t!("today-pane"), true, theme)),
        area,
    );
}

/// The date, whose lists these are, and the next circle meeting.
fn heading<'a>(state: &State, theme: &Theme) -> Vec<Line<'a>> {
    let d = &state.data;
    let whose = if state.only_mine {
        crate::t!("today-mine")
    } else {
        crate::t!("today-mine-first")
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(crate::l10n::long_date(d.date), theme.heading()),
        Span::styled(
            format!("   {} · {whose}", d.me.clone().unwrap_or_default()),
            theme.dim(),
        ),
    ])];
    if let Some(meeting) = &d.next_meeting {
        let place = meeting.place.as_deref().map(|p| format!(", {p}")).unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled(crate::t!("today-next-meeting"), theme.dim()),
            Span::raw(format!("{} — {}{place}", meeting.starts_at, meeting.circle)),
        ]));
    }
    if d.inbox > 0 {
        lines.push(Line::from(Span::styled(
            crate::t!("today-inbox", count = d.inbox as i64),
            theme.heading(),
        )));
    }
    lines.push(Line::from(""));
    if !d.has_companies && d.date != chrono::NaiveDate::default() {
        lines.push(Line::from(Span::styled(
            crate::t!("today-no-companies"),
            theme.heading(),
        )));
        for step in [
            crate::t!("today-begin-add"),
            crate::t!("today-begin-import"),
            crate::t!("today-begin-demo"),
        ] {
            lines.push(empty_line(step, theme));
        }
        lines.push(Line::from(""));
    }
    lines
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    Overdue,
    DueThisWeek,
}

fn followup_section<'a>(
    lines: &mut Vec<Line<'a>>,
    state: &State,
    which: Section,
    index: &mut usize,
    width: usize,
    theme: &Theme,
) {
    let d = &state.data;
    let (rows, total) = match which {
        Section::Overdue => (&d.overdue, d.overdue_total),
        Section::DueThisWeek => (&d.due_this_week, d.due_this_week_total),
    };
    let shown = crate::l10n::shown_of(rows.len(), total);
    let (title, empty) = match which {
        Section::Overdue => (
            crate::t!("today-overdue", shown = shown),
            crate::t!("today-nothing-overdue"),
        ),
        Section::DueThisWeek => (
            crate::t!("today-due-soon", shown = shown),
            crate::t!("today-nothing-due"),
        ),
    };
    lines.push(heading_line(&title, state, index, theme));
    if rows.is_empty() {
        lines.push(empty_line(empty, theme));
    }
    for f in rows {
        let when = match which {
            Section::Overdue => {
                let style = if f.days_overdue >= 7 {
                    theme.overdue()
                } else {
                    theme.warning()
                };
                // As wide as the widest "days late" the language writes.
                let width = crate::t!("today-days-late", days = 9999).chars().count();
                let late = crate::t!("today-days-late", days = f.days_overdue);
                Span::styled(format!(" {late:>width$} "), style)
            }
            Section::DueThisWeek => Span::raw(format!(" {:<10} ", crate::l10n::short_date(f.due))),
        };
        // The company, the action and who it is for stay; each gives way a little.
        let room = width.saturating_sub(when.width());
        let w = super::fit(room, &[Col::new(30, 16, 1), Col::new(44, 20, 2), Col::new(16, 10, 3)]);
        lines.push(row(
            *index == state.selected,
            vec![
                when,
                Span::raw(format!("{} ", cell(&f.company, w[0]))),
                Span::raw(cell(&f.action, w[1])),
                Span::styled(
                    format!(" {}", cell(f.staff.as_deref().unwrap_or(""), w[2])),
                    theme.dim(),
                ),
            ],
            theme,
        ));
        *index += 1;
    }
    lines.push(Line::from(""));
}

fn losing_touch<'a>(lines: &mut Vec<Line<'a>>, state: &State, index: &mut usize, width: usize, theme: &Theme) {
    let d = &state.data;
    let title = crate::t!(
        "today-losing-touch",
        shown = d.losing_touch.len(),
        total = crate::l10n::count(d.losing_touch_total)
    );
    lines.push(heading_line(&title, state, index, theme));
    if d.losing_touch.is_empty() {
        lines.push(empty_line(crate::t!("today-all-within-cadence"), theme));
    }
    for c in &d.losing_touch {
        let since = c.since_said();
        let single = if state.single_point.contains(&c.id) {
            crate::t!("today-single-point")
        } else {
            String::new()
        };
        // The name and how long since stay; the city and owner go first.
        let room = width.saturating_sub(1 + single.chars().count());
        let w = super::fit(
            room,
            &[
                Col::new(30, 12, 0),
                Col::lesser(14, 8, 2),
                Col::new(42, 16, 1),
                Col::lesser(16, 8, 3),
            ],
        );
        lines.push(row(
            *index == state.selected,
            vec![
                Span::raw(format!(
                    " {}",
                    super::cells(&[&c.name, c.city.as_deref().unwrap_or("")], &w[..2])
                )),
                Span::styled(format!(" {}", cell(&since, w[2])), theme.warning()),
                Span::styled(
                    match w[3] {
                        0 => String::new(),
                        n => format!(" {}", cell(c.owner.as_deref().unwrap_or(""), n)),
                    },
                    theme.dim(),
                ),
                Span::styled(single, theme.warning()),
            ],
            theme,
        ));
        *index += 1;
    }
}

/// Another team's recent contact with companies I own.
fn others_on_mine<'a>(lines: &mut Vec<Line<'a>>, state: &State, index: &mut usize, theme: &Theme) {
    let d = &state.data;
    if d.others_on_mine.is_empty() {
        return;
    }
    lines.push(Line::from(""));
    let title = crate::t!("today-others-on-mine", count = d.others_on_mine.len());
    lines.push(heading_line(&title, state, index, theme));
    for o in &d.others_on_mine {
        let c = &o.contact;
        let who = c.who();
        let selected = *index == state.selected;
        *index += 1;
        lines.push(row(
            selected,
            vec![
                Span::raw(format!(" {}  ", cell(&o.company, 30))),
                Span::styled(format!("{} ", cell(&who, 28)), theme.warning()),
                Span::raw(crate::t!(
                    "today-days-ago",
                    kind = c.kind.display_label(),
                    ago = crate::l10n::ago(c.days_ago)
                )),
                Span::styled(cell(&c.summary, 40).trim_end().to_string(), theme.dim()),
            ],
            theme,
        ));
    }
}

/// This year's goals that are mine or my team's, one line each (all of
/// them, with what makes them up, on the Goals tab).
fn goals<'a>(lines: &mut Vec<Line<'a>>, d: &Today, theme: &Theme) {
    if d.goals.is_empty() {
        return;
    }
    lines.push(Line::from(""));
    lines.push(section(&crate::t!("today-goals", count = d.goals.len()), theme));
    for g in &d.goals {
        lines.push(Line::from(vec![
            Span::raw(format!(" {}  ", cell(&g.whose, 20))),
            Span::styled(g.bar(10), theme.good()),
            Span::raw(format!(" {:>3}%  {}", g.percent(), g.verdict())),
        ]));
    }
}

/// Collaborations that ended without an evaluation, SBB recognitions due a check.
fn evaluations_and_rechecks<'a>(lines: &mut Vec<Line<'a>>, state: &State, index: &mut usize, theme: &Theme) {
    let d = &state.data;
    if !d.evaluations_due.is_empty() {
        lines.push(Line::from(""));
        let shown = crate::l10n::shown_of(d.evaluations_due.len(), d.evaluations_due_total);
        let title = crate::t!("today-evaluations", count = shown);
        lines.push(heading_line(&title, state, index, theme));
        for e in &d.evaluations_due {
            let ended = e
                .ends_on
                .map(|t| crate::t!("today-ended", date = crate::l10n::date(t)))
                .unwrap_or_default();
            lines.push(row(
                *index == state.selected,
                vec![
                    Span::raw(format!(" {}  ", cell(&e.company, 30))),
                    Span::raw(format!("{}  ", cell(&e.form.display_label(), 20))),
                    Span::styled(ended, theme.dim()),
                ],
                theme,
            ));
            *index += 1;
        }
    }
    if !d.rechecks_due.is_empty() {
        lines.push(Line::from(""));
        let title = crate::t!(
            "today-rechecks",
            count = crate::l10n::shown_of(d.rechecks_due.len(), d.rechecks_due_total)
        );
        lines.push(heading_line(&title, state, index, theme));
        for r in &d.rechecks_due {
            let when = r.recheck_on.map(crate::l10n::date).unwrap_or_default();
            let selected = *index == state.selected;
            *index += 1;
            lines.push(row(
                selected,
                vec![
                    Span::raw(format!(" {}  ", cell(&r.company, 30))),
                    Span::raw(format!(
                        "crebo {} {}  ",
                        r.crebo,
                        r.programme.clone().unwrap_or_default()
                    )),
                    Span::styled(when, theme.warning()),
                ],
                theme,
            ));
        }
    }
}

/// Recognitions whose workplace trainer left: a new trainer is to be named.
fn trainers_gone<'a>(lines: &mut Vec<Line<'a>>, state: &State, index: &mut usize, theme: &Theme) {
    let gone = &state.data.trainers_gone;
    if gone.is_empty() {
        return;
    }
    lines.push(Line::from(""));
    let title = crate::t!("today-trainers-gone", count = gone.len());
    lines.push(heading_line(&title, state, index, theme));
    for t in gone {
        let selected = *index == state.selected;
        *index += 1;
        let left = t
            .left_on
            .map(|d| crate::t!("today-left-on", date = crate::l10n::date(d)))
            .unwrap_or_default();
        lines.push(row(
            selected,
            vec![
                Span::raw(format!(" {}  ", cell(&t.company, 30))),
                Span::raw(format!("crebo {}  {}  ", t.crebo, cell(&t.trainer, 24))),
                Span::styled(left, theme.warning()),
            ],
            theme,
        ));
    }
}

/// Companies that asked for rest, the soonest back first.
fn resting<'a>(lines: &mut Vec<Line<'a>>, state: &State, index: &mut usize, theme: &Theme) {
    let resting = &state.data.resting;
    if resting.is_empty() {
        return;
    }
    lines.push(Line::from(""));
    lines.push(heading_line(
        &crate::t!("today-resting", count = resting.len()),
        state,
        index,
        theme,
    ));
    for r in resting {
        let selected = *index == state.selected;
        *index += 1;
        let until = crate::t!("today-until", date = crate::l10n::date(r.until));
        lines.push(row(
            selected,
            vec![
                Span::raw(format!(" {}  ", cell(&r.company, 30))),
                Span::styled(format!("{until}  "), theme.warning()),
                Span::styled(r.reason.clone().unwrap_or_default(), theme.dim()),
            ],
            theme,
        ));
    }
}

/// Saved views with rows to show; enter lists them on their tab.
fn views<'a>(lines: &mut Vec<Line<'a>>, state: &State, index: &mut usize, theme: &Theme) {
    let views = &state.data.views;
    if views.is_empty() {
        return;
    }
    lines.push(Line::from(""));
    lines.push(heading_line(&crate::t!("today-views"), state, index, theme));
    for v in views {
        let selected = *index == state.selected;
        *index += 1;
        lines.push(row(
            selected,
            vec![
                Span::raw(format!(" {}  ", cell(&v.name, 40))),
                Span::styled(crate::l10n::number(v.count as i64), theme.heading()),
            ],
            theme,
        ));
    }
}

fn section<'a>(title: &str, theme: &Theme) -> Line<'a> {
    Line::from(Span::styled(title.to_string(), theme.title()))
}

/// A section's heading: selectable (enter opens the whole list).
fn heading_line<'a>(title: &str, state: &State, index: &mut usize, theme: &Theme) -> Line<'a> {
    let selected = *index == state.selected;
    *index += 1;
    row(selected, vec![Span::styled(title.to_string(), theme.title())], theme)
}

fn row<'a>(selected: bool, spans: Vec<Span<'a>>, theme: &Theme) -> Line<'a> {
    let line = Line::from(spans);
    if selected {
        line.style(theme.selected())
    } else {
        line
    }
}

impl TabScreen for State {
    const KEYS: &'static [Binding] = KEYS;

    fn new(_today: chrono::NaiveDate) -> State {
        State::empty()
    }

    fn query(&self, _at: At) -> Query {
        Query::Today {
            only_mine: self.only_mine,
        }
    }

    fn refresh(&mut self, data: Data) -> Vec<crate::tui::effect::Effect> {
        if let Data::Today(data, single_point, only_mine) = data {
            State::refresh(self, *data, single_point, only_mine);
        }
        Vec::new()
    }

    fn on_action(&mut self, action: Action, at: At) -> crate::Result<Reply> {
        on_action(self, action, at.today)
    }

    fn draw(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        draw(frame, area, self, theme)
    }
}
