//! Likely duplicates (as `kring duplicates` finds them) and merging them:
//! `enter` on a pair shows both records side by side — which fields the
//! kept one takes from the other, where they differ (the kept one's value
//! stays), and what moves — and asks; `s` swaps which one is kept.

use super::{cell, empty_line, pane, steps, Reply};
use crate::model::merge::Duplicate;
use crate::tui::effect::{Change, MergeOrder};
use crate::tui::keymap::Action;
use crate::tui::keymap::{bind, Binding};
use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
/// Its own keys (moving and the global keys come with every screen).
pub const KEYS: &[Binding] = {
    use crate::tui::keymap::Key::*;
    &[
        bind!(
            [Enter],
            Open,
            "compare the pair side by side, then merge (asks first)",
            "compare"
        ),
        bind!([Char('s')], Swap, "keep the other one of the pair", "swap"),
        bind!([Esc, Char('h')], Back, "back", "back"),
    ]
};

pub struct State {
    pub groups: Vec<Duplicate>,
    pub selected: usize,
    /// Keep the second of the pair (fold the first into it) instead.
    pub keep_second: bool,
}

impl State {
    pub fn new(groups: Vec<Duplicate>) -> State {
        State {
            groups,
            selected: 0,
            keep_second: false,
        }
    }

    /// Read again: the selection stays where it was.
    pub fn refresh(&mut self, fresh: State) {
        self.groups = fresh.groups;
        self.selected = self.selected.min(self.groups.len().saturating_sub(1));
    }

    /// The pair to merge: (kept, folded in), by the current choice.
    fn pair(&self) -> Option<(&'static str, crate::model::Id, crate::model::Id)> {
        let group = self.groups.get(self.selected)?;
        let (a, b) = (*group.ids.first()?, *group.ids.get(1)?);
        Some(match self.keep_second {
            false => (group.entity, a, b),
            true => (group.entity, b, a),
        })
    }
}

pub fn on_action(state: &mut State, action: Action) -> Reply {
    if let Some(delta) = steps(action, 10) {
        let n = state.groups.len() as i64;
        if n > 0 {
            state.selected = (state.selected as i64 + delta).clamp(0, n - 1) as usize;
        }
        return Reply::nothing();
    }
    match action {
        Action::Swap => {
            state.keep_second = !state.keep_second;
            Reply::nothing()
        }
        Action::Open => match state.pair() {
            Some((entity, keep, gone)) => Reply::preview(Change::Merge(Box::new(MergeOrder { entity, keep, gone }))),
            None => Reply::nothing(),
        },
        _ => Reply::nothing(),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let width = area.width.saturating_sub(2) as usize;
    let mut lines = vec![Line::from(Span::styled(
        crate::t!("duplicates-keeps", which = if state.keep_second { 2 } else { 1 }),
        theme.dim(),
    ))];
    if state.groups.is_empty() {
        lines.push(empty_line(crate::t!("duplicates-none"), theme));
    }
    let height = super::inner_height(area).saturating_sub(1) as usize;
    let skip = state.selected.saturating_sub(height.saturating_sub(1));
    for (i, group) in state.groups.iter().enumerate().skip(skip).take(height) {
        let what = crate::l10n::noun(group.entity);
        let names = group
            .names
            .iter()
            .zip(&group.ids)
            .map(|(name, id)| format!("{name} #{id}"))
            .collect::<Vec<_>>()
            .join("  ·  ");
        let text = format!("{} {}  — {}", cell(&what, 8), names, group.reason);
        let line = Line::from(cell(&text, width).trim_end().to_string());
        lines.push(match i == state.selected {
            true => line.style(theme.selected()),
            false => line,
        });
    }
    let title = crate::t!("duplicates-title", count = state.groups.len());
    frame.render_widget(Paragraph::new(lines).block(pane(title, true, theme)), area);
}

/// Both records side by side, what the kept one takes from the other,
/// where they differ, and what moves: the question before a merge.
pub fn merge_question(
    order: &MergeOrder,
    report: &crate::model::merge::MergeReport,
    fields: &[(String, String, String)],
) -> String {
    let width = 30;
    let mut lines = vec![format!(
        "{:<12} {} {}",
        "",
        cell(&crate::t!("merge-keeps", id = order.keep), width),
        crate::t!("merge-folds", id = order.gone)
    )];
    for (label, kept, gone) in fields {
        lines.push(format!(
            "{:<12} {} {}",
            cell(label, 12),
            cell(kept, width),
            cell(gone, width).trim_end()
        ));
    }
    if !report.filled.is_empty() {
        lines.push(crate::t!("merge-fills", fields = report.filled.join(", ")));
    }
    for conflict in &report.conflicts {
        lines.push(crate::t!(
            "merge-conflict",
            field = conflict.field.as_str(),
            kept = conflict.kept.as_str(),
            merged = conflict.merged.as_str()
        ));
    }
    let moved = report.moved_list();
    if !moved.is_empty() {
        lines.push(crate::t!("merge-moves", what = moved.join(", ")));
    }
    lines.push(crate::t!(
        "ask-merge",
        gone = format!("{} #{}", report.merged_name, order.gone),
        kept = format!("{} #{}", report.kept_name, order.keep)
    ));
    lines.join("\n")
}
