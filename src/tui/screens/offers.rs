//! The school's open offers, on the Questions tab (`o`): a team's assignment
//! or lecture series looking for a company. Enter names the company that
//! takes one (it becomes that company's question); `x` withdraws one.

use super::{cell, pane, steps, Reply};
use crate::model::offers::Offer;
use crate::tui::change::Change;
use crate::tui::keymap::Action;
use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

#[derive(Default)]
pub struct Offers {
    pub selected: usize,
}

impl Offers {
    pub fn on_action(&mut self, action: Action, offers: &[(Offer, usize)]) -> Reply {
        if let Some(delta) = steps(action, 10) {
            self.selected = super::stepped(self.selected, offers.len(), delta);
            return Reply::nothing();
        }
        if action == Action::AddOffer {
            return Reply {
                form: Some(crate::tui::forms::network::offer_form()),
                ..Reply::default()
            };
        }
        let Some((offer, _)) = offers.get(self.selected) else {
            return Reply::nothing();
        };
        match action {
            Action::Open => Reply {
                form: Some(crate::tui::forms::network::take_offer_form(offer)),
                ..Reply::default()
            },
            Action::Invite => Reply::preview(Change::InviteForOffer {
                offer: offer.id,
                invited: 0,
            }),
            Action::Delete => Reply {
                ask: Some((
                    crate::t!("offers-ask-withdraw", id = offer.id, title = offer.title.as_str()),
                    Change::WithdrawOffer(offer.id),
                )),
                ..Reply::default()
            },
            _ => Reply::nothing(),
        }
    }

    pub fn draw(&self, frame: &mut Frame, area: Rect, offers: &[(Offer, usize)], theme: &Theme) {
        let header = format!(
            " {} {} {} {} {}",
            cell("#", 4),
            cell(&crate::t!("col-title"), 36),
            cell(&crate::t!("col-kind"), 14),
            cell(&crate::t!("col-team"), 14),
            crate::t!("col-candidates"),
        );
        let mut lines = vec![Line::from(Span::styled(header, theme.heading()))];
        for (i, (o, candidates)) in offers.iter().enumerate() {
            let text = format!(
                " {} {} {} {} {}",
                cell(&o.id.to_string(), 4),
                cell(&o.title, 36),
                cell(&o.kind.display_label(), 14),
                cell(o.team.as_deref().unwrap_or(""), 14),
                candidates
            );
            let line = Line::from(text);
            lines.push(match i == self.selected {
                true => line.style(theme.selected()),
                false => line,
            });
        }
        if offers.is_empty() {
            lines.push(Line::from(Span::styled(crate::t!("offers-none"), theme.dim())));
        }
        let title = crate::t!("offers-title", count = offers.len());
        frame.render_widget(Paragraph::new(lines).block(pane(title, true, theme)), area);
    }
}
