//! Places offered, as a list on the Collaborations tab (`p`): "who still
//! has room for Mechatronica in blok 3", by programme, period and company.

use super::{cell, pane, steps, Reply};
use crate::model::network::{Place, PlaceFilter};
use crate::tui::keymap::Action;
use crate::tui::tab::Query;
use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

#[derive(Default)]
pub struct Places {
    pub rows: Vec<Place>,
    pub selected: usize,
    /// `f`: only where places are still open.
    pub open_only: bool,
}

impl Places {
    /// The school year's places (every year's when `None`).
    pub fn query(&self, year: Option<String>) -> Query {
        Query::Places(PlaceFilter {
            school_year: year,
            open: self.open_only,
            ..Default::default()
        })
    }

    pub fn refresh(&mut self, rows: Vec<Place>) {
        self.selected = self.selected.min(rows.len().saturating_sub(1));
        self.rows = rows;
    }

    /// A key on the list: `None` when the list is to be read again.
    pub fn on_action(&mut self, action: Action) -> Option<Reply> {
        if let Some(delta) = steps(action, 10) {
            self.selected = super::stepped(self.selected, self.rows.len(), delta);
            return Some(Reply::nothing());
        }
        let current = self.rows.get(self.selected);
        Some(match action {
            Action::Open => current.map(|p| Reply::open_company(p.company_id)).unwrap_or_default(),
            Action::Log => current
                .map(|p| Reply::form(crate::tui::effect::FormFor::Log(p.company_id)))
                .unwrap_or_default(),
            Action::CycleStatus => {
                self.open_only = !self.open_only;
                self.selected = 0;
                return None;
            }
            Action::ToggleYear => return None,
            Action::Import => Reply {
                form: Some(crate::tui::forms::network::places_import_form()),
                ..Reply::default()
            },
            _ => Reply::nothing(),
        })
    }

    pub fn draw(&self, frame: &mut Frame, area: Rect, year: Option<&str>, theme: &Theme) {
        let height = super::inner_height(area).saturating_sub(1) as usize;
        let header = format!(
            "{} {} {} {} {} {} {}",
            cell(&crate::t!("col-programme"), 20),
            cell(&crate::t!("col-period"), 10),
            cell(&crate::t!("col-company"), 28),
            cell(&crate::t!("col-city"), 12),
            cell(&crate::t!("col-offered"), 10),
            cell(&crate::t!("col-filled"), 6),
            crate::t!("col-open"),
        );
        let mut lines = vec![Line::from(Span::styled(header, theme.heading()))];
        let skip = self.selected.saturating_sub(height.saturating_sub(1));
        for (i, p) in self.rows.iter().enumerate().skip(skip).take(height) {
            let period = match p.period.is_empty() {
                true => crate::t!("places-whole-year"),
                false => p.period.clone(),
            };
            let text = format!(
                "{} {} {} {} {} {} ",
                cell(&p.programme, 20),
                cell(&period, 10),
                cell(&p.company, 28),
                cell(p.city.as_deref().unwrap_or(""), 12),
                cell(&p.offered.to_string(), 10),
                cell(&p.filled.to_string(), 6),
            );
            let open = Span::styled(p.open.to_string(), if p.open > 0 { theme.title() } else { theme.dim() });
            let resting = p
                .resting_until
                .map(|d| format!("  {}", crate::t!("cli-places-resting", until = crate::l10n::date(d))))
                .unwrap_or_default();
            let line = Line::from(vec![Span::raw(text), open, Span::styled(resting, theme.warning())]);
            lines.push(match i == self.selected {
                true => line.style(theme.selected()),
                false => line,
            });
        }
        if self.rows.is_empty() {
            lines.push(Line::from(Span::styled(crate::t!("places-none"), theme.dim())));
        }
        let open: i64 = self.rows.iter().map(|p| p.open).sum();
        let mut title = crate::t!(
            "places-title",
            open = open,
            year = year
                .map(str::to_string)
                .unwrap_or_else(|| crate::t!("engagements-every-year"))
        );
        if self.open_only {
            title.push_str(&crate::t!("places-only-open"));
        }
        frame.render_widget(Paragraph::new(lines).block(pane(title, true, theme)), area);
    }
}
