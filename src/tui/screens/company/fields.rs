//! The company page's fields: status, health and its trend, questions,
//! owner, address, contact, collaborations, network, documents, tags.

use super::State;
use crate::model::engagements::Engagement;
use crate::model::health::{CompanyHealth, HealthTrend};
use crate::model::questions::Question;
use crate::model::teams::{Asked, RecentContact};
use crate::tui::screens::{cell, pane};
use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

/// "; asked 6× by 3 teams" (in the last 90 days).
fn asked(asked: &Asked) -> String {
    match asked.times {
        0 => String::new(),
        n => crate::t!("company-asked", times = n, whom = asked.by_whom()),
    }
}

/// The newest contact by another team, in the warning colour.
fn recent_line<'a>(c: &RecentContact, of: usize, width: u16, theme: &Theme) -> Line<'a> {
    let who = c.who();
    let more = if of > 1 {
        crate::t!("company-more", count = of - 1)
    } else {
        String::new()
    };
    let text = format!(
        "{:<13}{who}: {}{more} — {}",
        crate::t!("company-also-talking"),
        crate::t!(
            "company-kind-days-ago",
            kind = c.kind.display_label(),
            ago = crate::l10n::ago(c.days_ago)
        ),
        c.summary
    );
    // One row: the pane has no room to wrap.
    let room = width.saturating_sub(2) as usize;
    Line::from(Span::styled(cell(&text, room).trim_end().to_string(), theme.warning()))
}

/// "25604 Software Developer (re-check 01-12-2026); 25491 …".
fn recognitions(list: &[crate::model::recognition::Recognition]) -> String {
    list.iter()
        .map(|r| {
            let mut text = r.crebo.clone();
            if let Some(programme) = &r.programme {
                text.push(' ');
                text.push_str(programme);
            }
            if let Some(day) = r.recheck_on {
                text.push_str(&crate::t!("company-recheck-on", date = crate::l10n::date(day)));
            }
            text
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The status, archived or not, and the programmes it is recognised for
/// with the next re-check.
fn status_text(state: &State) -> String {
    let c = &state.company;
    let mut status = c.status.display_label();
    if c.kind != crate::domain::kinds::OrganisationKind::Company {
        status = format!("{} · {status}", c.kind.display_label());
    }
    if c.archived {
        status.push_str(&crate::t!("company-archived"));
    }
    if !state.recognitions.is_empty() {
        status.push_str(&crate::t!(
            "company-recognised-for",
            list = recognitions(&state.recognitions)
        ));
    } else if c.recognised {
        status.push_str(&crate::t!("company-recognised"));
    }
    status
}

/// The score in its band's colour and the first reasons, on one row.
fn health_line(h: &CompanyHealth, trend: Option<&HealthTrend>, area: Rect, theme: &Theme) -> Line<'static> {
    let mut why = h.reasons.iter().take(2).cloned().collect::<Vec<_>>().join("; ");
    let said_already = [crate::t!("health-one-staff"), crate::t!("health-one-contact-person")]
        .iter()
        .any(|reason| why.contains(reason.as_str()));
    if h.single_point_of_contact && !said_already {
        why.push_str(&crate::t!("company-single-point"));
    }
    let score = crate::tui::screens::companies::health_span(Some(&(h.score, h.band)), theme);
    // The months kept, drawn: "▆▆▄ 71 in sep".
    let moved = trend.map_or(String::new(), |t| {
        let line = crate::domain::health::sparkline(&t.scores);
        format!(
            " {line} {}",
            crate::t!(
                "company-health-was",
                then = t.then,
                month = crate::l10n::short_month(&t.month)
            )
        )
    });
    // One row, cut short with "…": a wrapped reason would push the
    // fields below it out of the pane.
    let room = (area.width.saturating_sub(2) as usize)
        .saturating_sub(13 + score.width() + unicode_width::UnicodeWidthStr::width(moved.as_str()));
    let why = if why.is_empty() {
        String::new()
    } else {
        cell(&format!(" — {why}"), room).trim_end().to_string()
    };
    Line::from(vec![
        Span::styled(format!("{:<13}", crate::t!("field-health")), theme.dim()),
        score,
        Span::styled(moved, theme.dim()),
        Span::raw(why),
    ])
}

pub(super) fn draw_fields(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let c = &state.company;
    let field = |label: &str, value: String| {
        Line::from(vec![
            Span::styled(format!("{label:<13}"), theme.dim()),
            Span::raw(value),
        ])
    };
    let address = [c.street.clone(), c.postcode.clone(), c.city.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    // Whose cadence it is only when it is a group's: the line stays short.
    let cadence = match &c.cadence_from {
        Some(_) => c.cadence_said(),
        None => c
            .cadence_days
            .map(|d| crate::t!("company-every-days", days = d))
            .unwrap_or_else(|| crate::t!("company-none")),
    };
    let last = c
        .last_contact
        .map(crate::l10n::date)
        .unwrap_or_else(|| crate::t!("since-never"));
    let lines = vec![
        field(&crate::t!("field-status"), status_text(state)),
        field(&crate::t!("field-owner"), c.owner.clone().unwrap_or_default()),
        field(&crate::t!("field-address"), address),
        field(
            &crate::t!("field-kvk-sector"),
            format!(
                "{} · {}",
                c.kvk.clone().unwrap_or_default(),
                c.sector.clone().unwrap_or_default()
            ),
        ),
        field(
            &crate::t!("field-contact"),
            crate::t!(
                "company-contact",
                last = last,
                cadence = cadence,
                asked = asked(&state.asked)
            ),
        ),
        field(&crate::t!("field-collaborate"), collaborations(&state.engagements)),
    ];
    let mut lines = lines;
    let network = state.network.summary(c.id);
    if !network.is_empty() {
        lines.push(field(&crate::t!("field-network"), network));
    }
    lines.extend([
        field(&crate::t!("field-tags"), c.tags.join(", ")),
        field(&crate::t!("field-motivation"), c.motivation.clone().unwrap_or_default()),
        field(&crate::t!("field-agreements"), c.agreements.clone().unwrap_or_default()),
    ]);
    // Where the agreements are: under the contact line, when there are any.
    if let Some(first) = state.attachments.first() {
        let missing = state.attachments.iter().filter(|a| a.missing).count();
        let first = first.note.clone().unwrap_or_else(|| first.location.clone());
        let text = crate::t!(
            "company-documents",
            count = state.attachments.len(),
            missing = missing,
            first = first
        );
        lines.insert(5, field(&crate::t!("field-documents"), text));
    }
    if let Some(h) = &state.health {
        lines.insert(1, health_line(h, state.health_trend.as_ref(), area, theme));
    }
    // A question waiting on us is news: it goes under the health line.
    if !state.questions.is_empty() {
        let at = 1 + usize::from(state.health.is_some());
        lines.insert(at, field(&crate::t!("field-questions"), questions(&state.questions)));
    }
    if let Some(recent) = state.recent_contacts.first() {
        lines.insert(1, recent_line(recent, state.recent_contacts.len(), area.width, theme));
    }
    if let Some(until) = state.network.resting_until {
        let reason = c.rest_reason.as_deref().map(|r| format!(": {r}")).unwrap_or_default();
        let text = crate::t!("company-resting", until = crate::l10n::date(until)) + &reason;
        lines.insert(1, Line::from(Span::styled(text, theme.warning())));
    }
    let title = format!("{} #{}", c.name, c.id);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(pane(title, false, theme)),
        area,
    );
}

/// "Hackathon (assignment, waiting 45 days); Gastles (guest lecture, matched)":
/// the open questions, the longest waiting first.
fn questions(questions: &[Question]) -> String {
    let mut parts: Vec<String> = questions
        .iter()
        .take(2)
        .map(|q| {
            let state = match q.waiting_days {
                Some(days) => crate::t!("company-question-waiting", days = days),
                None => q.status.display_label(),
            };
            format!("{} ({}, {state})", q.title, q.kind.display_label())
        })
        .collect();
    if questions.len() > 2 {
        parts.push(
            crate::t!("company-more", count = questions.len() - 2)
                .trim()
                .to_string(),
        );
    }
    parts.join("; ")
}

/// "internship 2026-2027 (running); guest lecture 2025-2026 (done)": the
/// latest few collaborations, newest first.
fn collaborations(engagements: &[Engagement]) -> String {
    if engagements.is_empty() {
        return crate::t!("company-none-recorded");
    }
    let mut parts: Vec<String> = engagements
        .iter()
        .take(3)
        .map(|e| {
            let year = e.school_year.clone().map(|y| format!(" {y}")).unwrap_or_default();
            format!("{}{year} ({})", e.form.display_label(), e.status.display_label())
        })
        .collect();
    if engagements.len() > 3 {
        parts.push(
            crate::t!("company-more", count = engagements.len() - 3)
                .trim()
                .to_string(),
        );
    }
    parts.join("; ")
}
