//! `kring health`: relationships by health score, worst first, each with
//! the reasons it is not higher.

use super::output::{fit, opt, JsonArray};
use super::Session;
use crate::domain::health::Band;
use crate::l10n::column;
use crate::model::health::HealthFilter;
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
}

pub fn run(session: &mut Session, args: &HealthArgs) -> Result<()> {
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
        band,
        companies: None,
        single_point_only: args.single,
        limit: args.limit,
    };
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
