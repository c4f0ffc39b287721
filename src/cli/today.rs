//! `kring today` (and `kring` with no subcommand, until the TUI opens).

use super::output::{fit, opt};
use super::Session;
use crate::model::today::TodayOptions;
use crate::Result;
use clap::Args;

#[derive(Debug, Args, Default)]
pub struct TodayArgs {
    /// Only my follow-ups and companies
    #[arg(long)]
    pub mine: bool,
    /// At most this many rows per section
    #[arg(long, default_value_t = 20)]
    pub limit: u32,
}

pub fn run(session: &mut Session, args: &TodayArgs) -> Result<()> {
    let limit = if args.limit == 0 { 20 } else { args.limit };
    let today = session.store.today_view(TodayOptions {
        only_mine: args.mine,
        limit,
        collision_days: session.collision_days,
    })?;
    let out = &session.out;
    if out.json {
        return out.json_value(&today);
    }
    let who = today.me.clone().unwrap_or_default();
    out.line(crate::t!(
        "cli-today-heading",
        date = crate::l10n::long_date(today.date),
        who = who
    ))?;
    if let Some(meeting) = &today.next_meeting {
        let place = meeting.place.as_deref().map(|p| format!(", {p}")).unwrap_or_default();
        out.line(format!(
            "{}{} — {}{place}",
            crate::t!("today-next-meeting"),
            meeting.starts_at,
            meeting.circle
        ))?;
    }
    if today.inbox > 0 {
        out.line(crate::t!("cli-today-inbox", count = today.inbox as i64))?;
    }
    if !today.has_companies {
        out.line("")?;
        out.line(crate::t!("cli-today-no-companies"))?;
        out.line(super::setup::first_steps())?;
    }
    out.line("")?;
    out.line(crate::t!(
        "cli-today-overdue",
        shown = crate::l10n::shown_of(today.overdue.len(), today.overdue_total)
    ))?;
    if today.overdue.is_empty() {
        out.line(crate::t!("today-nothing-overdue"))?;
    }
    for f in &today.overdue {
        out.line(format!(
            "  #{:<5} {}  {:>3}{}  {}  {}  ({})",
            f.id,
            crate::l10n::date(f.due),
            f.days_overdue,
            crate::t!("cli-today-late"),
            fit(&f.company, 28),
            f.action,
            opt(&f.staff)
        ))?;
    }
    out.line("")?;
    out.line(crate::t!(
        "today-due-soon",
        shown = crate::l10n::shown_of(today.due_this_week.len(), today.due_this_week_total)
    ))?;
    if today.due_this_week.is_empty() {
        out.line(crate::t!("today-nothing-due"))?;
    }
    for f in &today.due_this_week {
        out.line(format!(
            "  #{:<5} {}  {}  {}  ({})",
            f.id,
            crate::l10n::short_date(f.due),
            fit(&f.company, 28),
            f.action,
            opt(&f.staff)
        ))?;
    }
    out.line("")?;
    out.line(crate::t!(
        "today-losing-touch",
        shown = today.losing_touch.len(),
        total = today.losing_touch_total
    ))?;
    if today.losing_touch.is_empty() {
        out.line(crate::t!("today-all-within-cadence"))?;
    }
    for c in &today.losing_touch {
        let since = c.since_said();
        out.line(format!(
            "  #{:<5} {}  {}  {since}  ({})",
            c.id,
            fit(&c.name, 30),
            fit(&opt(&c.city), 12),
            opt(&c.owner)
        ))?;
    }
    print_evaluations_and_rechecks(out, &today)?;
    print_others_on_mine(out, &today)?;
    print_goals(out, &today)
}

/// This year's goals that are mine or my team's, one line each.
fn print_goals(out: &super::Out, today: &crate::model::today::Today) -> Result<()> {
    if today.goals.is_empty() {
        return Ok(());
    }
    out.line("")?;
    out.line(crate::t!("today-goals", count = today.goals.len()))?;
    for g in &today.goals {
        out.line(format!(
            "  {}  {} {:>3}%  {}",
            fit(&g.whose, 20),
            g.bar(10),
            g.percent(),
            g.verdict()
        ))?;
    }
    Ok(())
}

/// Other teams' recent contact with the companies I own.
fn print_others_on_mine(out: &super::Out, today: &crate::model::today::Today) -> Result<()> {
    if today.others_on_mine.is_empty() {
        return Ok(());
    }
    out.line("")?;
    out.line(crate::t!("today-others-on-mine", count = today.others_on_mine.len()))?;
    for o in &today.others_on_mine {
        let c = &o.contact;
        let who = c.who();
        out.line(format!(
            "  {}  {}  {who}: {} — {}",
            crate::l10n::date(c.on),
            fit(&o.company, 28),
            c.kind.display_label(),
            c.summary
        ))?;
    }
    Ok(())
}

/// Collaborations that ended without an evaluation, SBB recognitions due a check.
fn print_evaluations_and_rechecks(out: &super::Out, today: &crate::model::today::Today) -> Result<()> {
    if !today.evaluations_due.is_empty() {
        out.line("")?;
        let shown = crate::l10n::shown_of(today.evaluations_due.len(), today.evaluations_due_total);
        out.line(crate::t!("today-evaluations", count = shown))?;
        for e in &today.evaluations_due {
            let ended = e
                .ends_on
                .map(|d| format!(", {}", crate::t!("today-ended", date = crate::l10n::date(d))))
                .unwrap_or_default();
            out.line(format!(
                "  #{:<5} {}  {}{ended}  → kring engagement evaluate {} --text ...",
                e.id,
                fit(&e.company, 30),
                e.form.display_label(),
                e.id
            ))?;
        }
    }
    if !today.trainers_gone.is_empty() {
        out.line("")?;
        out.line(crate::t!("today-trainers-gone", count = today.trainers_gone.len()))?;
        for t in &today.trainers_gone {
            let left = t
                .left_on
                .map(|d| format!(" ({})", crate::t!("today-left-on", date = crate::l10n::date(d))))
                .unwrap_or_default();
            out.line(format!(
                "  {}  crebo {}  {}{left}",
                fit(&t.company, 30),
                t.crebo,
                t.trainer
            ))?;
        }
    }
    if !today.resting.is_empty() {
        out.line("")?;
        out.line(crate::t!("today-resting", count = today.resting.len()))?;
        for r in &today.resting {
            let reason = r.reason.as_deref().map(|w| format!("  {w}")).unwrap_or_default();
            out.line(format!(
                "  {}  {}{reason}",
                fit(&r.company, 30),
                crate::t!("today-until", date = crate::l10n::date(r.until))
            ))?;
        }
    }
    if !today.views.is_empty() {
        out.line("")?;
        out.line(crate::t!("today-views"))?;
        for v in &today.views {
            out.line(format!("  {}: {}", v.name, crate::l10n::number(v.count as i64)))?;
        }
    }
    if !today.rechecks_due.is_empty() {
        out.line("")?;
        out.line(crate::t!(
            "today-rechecks",
            count = crate::l10n::shown_of(today.rechecks_due.len(), today.rechecks_due_total)
        ))?;
        for r in &today.rechecks_due {
            let when = r.recheck_on.map(crate::l10n::date).unwrap_or_default();
            out.line(format!(
                "  {when}  {}  crebo {} {}",
                fit(&r.company, 30),
                r.crebo,
                opt(&r.programme)
            ))?;
        }
    }
    Ok(())
}
