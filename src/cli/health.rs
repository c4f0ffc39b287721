//! `kring health`: relationships by health score, worst first, each with
//! the reasons it is not higher.

use super::output::{fit, opt, JsonArray, Out};
use super::Session;
use crate::domain::health::loss_label;
use crate::domain::health::Band;
use crate::l10n::column;
use crate::model::health::{HealthFilter, HealthTrend};
use crate::{Error, Result};
use clap::Args;

#[derive(Debug, Args)]
pub struct HealthArgs {
    /// Only this band: thriving, healthy, cooling, at-risk, dormant
    #[arg(long)]
    pub band: Option<String>,
    /// Only companies owned by this staff member
    #[arg(long)]
    pub owner: Option<String>,
    /// Only relationships that hang on one staff member or one contact person
    #[arg(long)]
    pub single: bool,
    /// At most this many companies (worst first)
    #[arg(long)]
    pub limit: Option<usize>,
    /// Keep this month's score of every company (health's memory; once a month from cron)
    #[arg(long)]
    pub snapshot: bool,
}

pub fn run(session: &mut Session, args: &HealthArgs) -> Result<()> {
    if args.snapshot {
        return snapshot(session);
    }
    let band = match &args.band {
        Some(text) => Some(Band::parse(text).ok_or_else(|| {
            Error::invalid(format!(
                "unknown band '{text}': use thriving, healthy, cooling, at-risk or dormant"
            ))
        })?),
        None => None,
    };
    let owner = args
        .owner
        .as_deref()
        .map(|o| session.store.resolve_staff(o))
        .transpose()?;
    let filter = HealthFilter {
        owner,
        team_of: None,
        team: None,
        band,
        companies: None,
        single_point_only: args.single,
        limit: args.limit,
    };
    let everyone = filter.owner.is_none() && filter.band.is_none() && !filter.single_point_only;
    if everyone {
        remember_the_month(session)?;
    }
    let out = &session.out;
    if out.json {
        let mut array = JsonArray::start(out)?;
        session.store.for_each_health(&filter, |row| array.push(&row))?;
        return array.finish();
    }
    out.line(format!(
        "{}  {}  {}  {}  {}",
        fit(&column("SCORE"), 5),
        fit(&column("BAND"), 9),
        fit(&column("COMPANY"), 32),
        fit(&column("OWNER"), 16),
        column("WHY")
    ))?;
    session.store.for_each_health(&filter, |row| {
        let single = if row.single_point_of_contact {
            format!(" [{}]", crate::t!("cli-single-point"))
        } else {
            String::new()
        };
        out.line(format!(
            "{:>5}  {}  {}  {}  {}{single}",
            row.score,
            fit(&row.band.display_label(), 9),
            fit(&row.name, 32),
            fit(&opt(&row.owner), 16),
            row.reasons.first().cloned().unwrap_or_default()
        ))
    })?;
    Ok(())
}

/// `kring health --snapshot`: this month's scores kept, and how many were new.
fn snapshot(session: &mut Session) -> Result<()> {
    let kept = session.store.keep_health_month()?;
    let month = crate::store::health_history::month_of(session.store.today());
    if session.out.json {
        return session
            .out
            .json_value(&serde_json::json!({ "month": month, "kept": kept }));
    }
    session
        .out
        .line(crate::t!("cli-health-kept", count = kept, month = month.as_str()))
}

/// Health computed for everyone is kept for the month the first time: the
/// trend on a company's page needs no cron on a file. A login that may only
/// read leaves it to a colleague's kring (or cron).
fn remember_the_month(session: &mut Session) -> Result<()> {
    if session.store.health_month_kept()? {
        return Ok(());
    }
    match session.store.keep_health_month() {
        // A login that may only read, a read-only copy of the file, a
        // colleague writing just now: the listing goes on without it.
        Ok(_) | Err(Error::Forbidden(_) | Error::ReadOnly | Error::Busy) => Ok(()),
        Err(e) => Err(e),
    }
}

/// "Trend ▆▆▅▃ was 72 in September 2026, 48 now", and the reasons that came or went.
pub(super) fn print_trend(out: &Out, trend: &HealthTrend) -> Result<()> {
    out.line(crate::t!(
        "cli-show-health-trend",
        line = crate::domain::health::sparkline(&trend.scores),
        then = trend.then,
        month = crate::l10n::month(&trend.month),
        now = trend.now
    ))?;
    let words = |keys: &[String]| keys.iter().map(|k| loss_label(k)).collect::<Vec<_>>().join(", ");
    if !trend.new_losses.is_empty() {
        out.line(format!(
            "  {}",
            crate::t!("cli-show-health-new", reasons = words(&trend.new_losses))
        ))?;
    }
    if !trend.mended.is_empty() {
        out.line(format!(
            "  {}",
            crate::t!("cli-show-health-mended", reasons = words(&trend.mended))
        ))?;
    }
    Ok(())
}
