//! Campaigns (`C` on Circles): the invitation rounds and events, newest
//! first, beside the invited companies of the one selected — what they
//! answered and who came. A new campaign, an invitation by filter (how
//! many it would reach is asked first), a reply, who came (logged at the
//! company), the mail-merge list and last year's round copied: a key each.

use super::{cell, empty_line, pane, steps, Reply};
use crate::domain::kinds::Reply as Answer;
use crate::model::campaigns::{CampaignState, Invitee};
use crate::tui::effect::{Change, ExportOf, FormFor};
use crate::tui::keymap::Action;
use crate::tui::keymap::{bind, Binding};
use crate::tui::theme::Theme;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// Its own keys (moving and the global keys come with every screen).
pub const KEYS: &[Binding] = {
    use crate::tui::keymap::Key::*;
    &[
        bind!(
            [Char('a')],
            NewCampaign,
            "a new campaign: an event or an invitation round",
            "new"
        ),
        bind!(
            [Char('i')],
            Invite,
            "invite companies by filter (tag:horeca city:Edam …; asks first)",
            "invite"
        ),
        bind!([Char('y')], ReplyYes, "the selected company said yes", "yes"),
        bind!([Char('n')], ReplyNo, "the selected company said no"),
        bind!([Char('m')], ReplyMaybe, "the selected company said maybe"),
        bind!(
            [Char('c')],
            Came,
            "the selected company came (logged at it as an event)",
            "came"
        ),
        bind!(
            [Char('E')],
            Export,
            "the mail-merge list of the campaign (CSV)",
            "export"
        ),
        bind!(
            [Char('K')],
            CopyCampaign,
            "copy the campaign: the same companies invited afresh"
        ),
        bind!([Enter], Open, "open the selected company", "open"),
        bind!([Tab], NextPane, "campaigns / invited companies", "pane"),
        bind!([BackTab], PrevPane, "campaigns / invited companies"),
        bind!([Esc, Char('h')], Back, "back", "back"),
    ]
};

pub struct State {
    pub campaigns: Vec<CampaignState>,
    pub selected: usize,
    /// The invited company selected, in the campaign selected.
    pub invitee: usize,
    /// Moving goes over the invited companies (else over the campaigns).
    pub on_invitees: bool,
    /// A campaign just made: selected once the page is read again.
    pub select: Option<crate::model::Id>,
}

impl State {
    pub fn new(campaigns: Vec<CampaignState>) -> State {
        State {
            campaigns,
            selected: 0,
            invitee: 0,
            on_invitees: false,
            select: None,
        }
    }

    /// Read again: the same campaign and company stay selected.
    pub fn refresh(&mut self, fresh: State) {
        let id = self.select.take().or(self.current().map(|c| c.campaign.id));
        self.campaigns = fresh.campaigns;
        self.selected = id
            .and_then(|id| self.campaigns.iter().position(|c| c.campaign.id == id))
            .unwrap_or(0);
        let n = self.current().map_or(0, |c| c.invitees.len());
        self.invitee = self.invitee.min(n.saturating_sub(1));
    }

    pub fn current(&self) -> Option<&CampaignState> {
        self.campaigns.get(self.selected)
    }

    fn selected_invitee(&self) -> Option<&Invitee> {
        self.current()?.invitees.get(self.invitee)
    }

    fn moved(&mut self, delta: i64) {
        let clamp = |at: usize, n: usize| (at as i64 + delta).clamp(0, n.saturating_sub(1) as i64) as usize;
        if self.on_invitees {
            let n = self.current().map_or(0, |c| c.invitees.len());
            self.invitee = clamp(self.invitee, n);
        } else {
            self.selected = clamp(self.selected, self.campaigns.len());
            self.invitee = 0;
        }
    }
}

pub fn on_action(state: &mut State, action: Action) -> Reply {
    if let Some(delta) = steps(action, 10) {
        state.moved(delta);
        return Reply::nothing();
    }
    if let Action::NextPane | Action::PrevPane = action {
        state.on_invitees = !state.on_invitees;
        return Reply::nothing();
    }
    if action == Action::NewCampaign {
        return Reply::form(FormFor::NewCampaign);
    }
    let Some(campaign) = state.current().map(|c| c.campaign.clone()) else {
        return match action {
            Action::Invite | Action::Export | Action::CopyCampaign => Reply::say(crate::t!("campaign-none")),
            _ => Reply::nothing(),
        };
    };
    match action {
        Action::Invite => return Reply::form(FormFor::Invite(campaign.id)),
        Action::Export => return Reply::form(FormFor::Export(ExportOf::MailMerge(campaign.id))),
        Action::CopyCampaign => return Reply::form(FormFor::CopyCampaign(campaign.id)),
        _ => {}
    }
    let Some(invitee) = state.selected_invitee().cloned() else {
        return match action {
            Action::ReplyYes | Action::ReplyNo | Action::ReplyMaybe | Action::Came | Action::Open => {
                Reply::say(crate::t!("campaign-no-invitee"))
            }
            _ => Reply::nothing(),
        };
    };
    let answer = |reply: Answer| {
        Reply::save(Change::CampaignReply {
            campaign: campaign.id,
            company: invitee.company_id,
            name: invitee.company.clone(),
            reply,
        })
    };
    match action {
        Action::ReplyYes => answer(Answer::Yes),
        Action::ReplyNo => answer(Answer::No),
        Action::ReplyMaybe => answer(Answer::Maybe),
        Action::Came => Reply::save(Change::Came {
            campaign: campaign.id,
            company: invitee.company_id,
            person: invitee.person_id,
            name: invitee.company.clone(),
        }),
        Action::Open => Reply::open_company(invitee.company_id),
        _ => Reply::nothing(),
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let [left, right] = Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(area);
    let width = left.width.saturating_sub(2) as usize;
    let mut lines = Vec::new();
    if state.campaigns.is_empty() {
        lines.push(empty_line(crate::t!("campaign-none"), theme));
    }
    for (i, c) in state.campaigns.iter().enumerate() {
        let on = c.campaign.held_on.map(crate::l10n::date).unwrap_or_default();
        let counts = crate::t!("campaign-counts", invited = c.invited, yes = c.yes, came = c.attended);
        let text = format!("{} {} {counts}", cell(&on, 10), c.campaign.name);
        let line = Line::from(cell(&text, width).trim_end().to_string());
        lines.push(match i == state.selected {
            true if !state.on_invitees => line.style(theme.selected()),
            true => line.style(theme.heading()),
            false => line,
        });
    }
    let title = crate::t!("campaigns-title", count = state.campaigns.len());
    frame.render_widget(
        Paragraph::new(lines).block(pane(title, !state.on_invitees, theme)),
        left,
    );
    draw_invitees(frame, right, state, theme);
}

fn draw_invitees(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let Some(c) = state.current() else {
        frame.render_widget(Paragraph::new("").block(pane("", false, theme)), area);
        return;
    };
    let width = area.width.saturating_sub(2) as usize;
    let mut lines = Vec::new();
    if c.invitees.is_empty() {
        lines.push(empty_line(crate::t!("campaign-nobody-invited"), theme));
    }
    let height = super::inner_height(area) as usize;
    let skip = state.invitee.saturating_sub(height.saturating_sub(1));
    for (i, invitee) in c.invitees.iter().enumerate().skip(skip).take(height) {
        let reply = invitee
            .reply
            .map(|r| r.display_label())
            .unwrap_or_else(|| crate::t!("campaign-no-reply"));
        let came = if invitee.attended {
            crate::t!("campaign-came")
        } else {
            String::new()
        };
        let text = format!(
            "{} {} {} {came}",
            cell(&invitee.company, 30),
            cell(invitee.person.as_deref().unwrap_or(""), 22),
            cell(&reply, 10)
        );
        let line = Line::from(cell(&text, width).trim_end().to_string());
        lines.push(match i == state.invitee && state.on_invitees {
            true => line.style(theme.selected()),
            false => line,
        });
    }
    let title = crate::t!(
        "campaign-invitees",
        name = c.campaign.name.as_str(),
        no_reply = c.no_reply
    );
    frame.render_widget(Paragraph::new(lines).block(pane(title, state.on_invitees, theme)), area);
}
