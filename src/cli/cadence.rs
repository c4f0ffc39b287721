//! `kring cadence`: how often to speak to companies by group — a tag
//! ("stagebedrijf": every 42 days) or a kind of organisation (associations:
//! every 90) — below a company's own cadence and above its status's default.

use super::output::Table;
use super::vocabulary::vocabulary;
use super::Session;
use crate::domain::kinds::OrganisationKind;
use crate::{Error, Result};
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum CadenceCommand {
    /// The tags and kinds with a cadence, and how many companies follow each
    List,
    /// A tag's cadence: DAYS, or none
    Tag {
        tag: String,
        /// Days between contacts, or none
        days: String,
    },
    /// A kind of organisation's cadence (association, government, …): DAYS, or none
    Kind {
        #[arg(value_parser = vocabulary::<OrganisationKind>())]
        kind: OrganisationKind,
        /// Days between contacts, or none
        days: String,
    },
}

/// Days as typed: a number, or none (`geen`).
fn days(given: &str) -> Result<Option<u32>> {
    match crate::domain::fold::fold(given.trim()).as_str() {
        "none" | "geen" | "0" => Ok(None),
        text => text
            .parse::<u32>()
            .map(Some)
            .map_err(|_| Error::invalid(crate::t!("err-cadence-days", given = given))),
    }
}

pub fn run(session: &mut Session, command: Option<CadenceCommand>) -> Result<()> {
    match command.unwrap_or(CadenceCommand::List) {
        CadenceCommand::List => list(session),
        CadenceCommand::Tag { tag, days: given } => {
            let days = days(&given)?;
            let companies = session.store.set_tag_cadence(&tag, days)?;
            let tag = crate::domain::fold::fold(&tag);
            said(session, &format!("tag:{tag}"), days, companies)
        }
        CadenceCommand::Kind { kind, days: given } => {
            let days = days(&given)?;
            let companies = session.store.set_kind_cadence(kind, days)?;
            said(session, &format!("kind:{}", kind.as_str()), days, companies)
        }
    }
}

fn said(session: &Session, source: &str, days: Option<u32>, companies: i64) -> Result<()> {
    if session.out.json {
        return session.out.json_value(&serde_json::json!({
            "source": source, "cadence_days": days, "companies": companies,
        }));
    }
    let group = crate::model::companies::cadence_source_said(source);
    session.out.line(match days {
        Some(days) => crate::t!("cli-cadence-set", group = group, days = days, companies = companies),
        None => crate::t!("cli-cadence-cleared", group = group, companies = companies),
    })
}

fn list(session: &Session) -> Result<()> {
    let rules = session.store.cadence_rules()?;
    if session.out.json {
        return session.out.json_value(&rules);
    }
    if rules.is_empty() {
        return session.out.line(crate::t!("cli-cadence-none"));
    }
    let table = Table::new(&[("GROUP", 30), ("EVERY", 8), ("COMPANIES", 0)]);
    session.out.line(table.header())?;
    for rule in &rules {
        session.out.line(table.row(&[
            crate::model::companies::cadence_source_said(&rule.source),
            rule.cadence_days.to_string(),
            rule.companies.to_string(),
        ]))?;
    }
    Ok(())
}
