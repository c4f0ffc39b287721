//! Contact per month as bars: the company page's chart of the last year.

use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart, BarGroup, Block};
use ratatui::Frame;

/// A bar per month (`2026-03` labelled `03`), its count on top when there
/// is one, inside `block` (the screen's pane).
pub fn monthly_bars(frame: &mut Frame, area: Rect, block: Block, months: &[(String, u64)], theme: &Theme) {
    let bars: Vec<Bar> = months
        .iter()
        .map(|(month, count)| {
            let label = month.get(5..7).unwrap_or("").to_string();
            Bar::default()
                .value(*count)
                .label(Line::from(label))
                .text_value(if *count > 0 { count.to_string() } else { String::new() })
        })
        .collect();
    let chart = BarChart::default()
        .block(block)
        .data(BarGroup::default().bars(&bars))
        .bar_width(2)
        .bar_gap(1)
        .bar_style(theme.good())
        .value_style(Style::default());
    frame.render_widget(chart, area);
}
