//! `kring privacy review`: the AVG's storage limitation. Who kring holds
//! without a reason left — contact persons and prospects with no contact
//! and no collaboration for some years — with what it holds on each; with
//! `--erase`, after a confirmation, the people are erased and the prospects
//! archived.

use super::output::{fit, note};
use super::Session;
use crate::l10n::column;
use crate::model::retention::RetentionReview;
use crate::store::privacy::erase::default_wait;
use crate::{Error, Result};
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum PrivacyCommand {
    /// Contact persons and prospects with no contact and no collaboration for years, and what kring holds on each
    Review {
        /// How many years without contact (default: retention_years in the config file, else 2)
        #[arg(long)]
        years: Option<u32>,
        /// Erase the people listed and archive the prospects listed, after a confirmation
        #[arg(long)]
        erase: bool,
        /// Do not ask first (for --erase)
        #[arg(long, requires = "erase")]
        yes: bool,
    },
}

pub fn run(session: &mut Session, command: PrivacyCommand) -> Result<()> {
    let PrivacyCommand::Review { years, erase, yes } = command;
    let years = years.unwrap_or_else(|| session.config.retention_years());
    crate::domain::validate::in_range("years", i64::from(years), 1, 50)?;
    if erase {
        // Erasing is an admin's on a team database: said before anything else.
        session.store.require_admin(&crate::t!("admin-erase-person"))?;
    }
    let review = session.store.retention_review(years)?;
    if !erase {
        return show(session, &review);
    }
    let (people, prospects) = crate::store::privacy::review::listed(&review);
    if people.is_empty() && prospects.is_empty() {
        return session.out.line(crate::t!("review-nothing", years = years));
    }
    let question = crate::t!("review-confirm", people = people.len(), prospects = prospects.len());
    if !yes && !super::output::confirm(&question)? {
        return Err(Error::invalid(crate::t!("review-not-erased")));
    }
    // One rewrite of the file for the whole list, not one per person.
    session.store.erase_people(&people, default_wait())?;
    for id in &prospects {
        session.store.archive_company(*id, true)?;
    }
    if session.out.json {
        return session
            .out
            .json_value(&serde_json::json!({ "erased": people, "archived": prospects }));
    }
    session.out.line(crate::t!(
        "review-done",
        people = people.len(),
        prospects = prospects.len()
    ))
}

/// The review as a list, or as JSON.
fn show(session: &Session, review: &RetentionReview) -> Result<()> {
    let out = &session.out;
    if out.json {
        return out.json_value(review);
    }
    let since = crate::l10n::date(review.since);
    out.line(crate::t!(
        "review-people",
        count = review.people.len(),
        years = review.years,
        since = since.as_str()
    ))?;
    if !review.people.is_empty() {
        out.line(format!(
            "  {}  {}  {}  {}",
            fit(&column("NAME"), 26),
            fit(&column("COMPANY"), 28),
            fit(&column("LAST CONTACT"), 12),
            column("HOLDS")
        ))?;
    }
    for p in &review.people {
        let last = p
            .last_contact
            .map(crate::l10n::date)
            .unwrap_or_else(|| crate::t!("cli-show-never"));
        let mut holds = Vec::new();
        if p.email {
            holds.push(crate::t!("review-email"));
        }
        if p.phone {
            holds.push(crate::t!("review-phone"));
        }
        holds.push(crate::t!("review-contacts", count = p.contacts));
        if p.topics > 0 {
            holds.push(crate::t!("review-topics", count = p.topics));
        }
        out.line(format!(
            "  {}  {}  {}  {}",
            fit(&p.name, 26),
            fit(p.company.as_deref().unwrap_or(""), 28),
            fit(&last, 12),
            holds.join(", ")
        ))?;
    }
    out.line("")?;
    out.line(crate::t!(
        "review-prospects",
        count = review.prospects.len(),
        years = review.years
    ))?;
    for c in &review.prospects {
        let last = c
            .last_contact
            .map(crate::l10n::date)
            .unwrap_or_else(|| crate::t!("cli-show-never"));
        out.line(format!(
            "  {}  {}  {}",
            fit(&c.name, 40),
            fit(&last, 12),
            crate::t!("review-people-there", count = c.people)
        ))?;
    }
    if !review.people.is_empty() || !review.prospects.is_empty() {
        note(&crate::t!("review-how-to-erase"));
    }
    Ok(())
}
