//! `kring bulk`: one change to many companies — `kring bulk --companies
//! "tag:techniek status:active" --add-tag stagebedrijf` — shown first,
//! made after a yes, in one transaction; `kring bulk undo` takes the whole
//! change back (a company a colleague changed since stays as they left it,
//! and is named).

use super::output::{confirm, fit, Table};
use super::vocabulary::vocabulary;
use super::Session;
use crate::domain::filter_words::FilterWords;
use crate::domain::kinds::CompanyStatus;
use crate::model::bulk_changes::{BulkChange, BulkPlan, BulkUndo};
use crate::model::Id;
use crate::{Error, Result};
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct BulkArgs {
    #[command(subcommand)]
    pub command: Option<BulkCommand>,
    /// Which companies: words such as "tag:techniek status:active city:Utrecht owner:Jan" and text found in a name, city or tag; "*" for every company
    #[arg(long, value_name = "FILTER", required = true)]
    pub companies: Option<String>,
    /// Add this tag (repeatable)
    #[arg(long = "add-tag", value_name = "TAG")]
    pub add_tag: Vec<String>,
    /// Remove this tag (repeatable)
    #[arg(long = "remove-tag", value_name = "TAG")]
    pub remove_tag: Vec<String>,
    /// Set the status
    #[arg(long = "set-status", value_name = "STATUS", value_parser = vocabulary::<CompanyStatus>())]
    pub set_status: Option<CompanyStatus>,
    /// Give the companies to this colleague (on a team database, a colleague's companies only by an admin)
    #[arg(long = "set-owner", value_name = "STAFF")]
    pub set_owner: Option<String>,
    /// Set the contact cadence in days (0 = the default of the status)
    #[arg(long = "set-cadence", value_name = "DAYS")]
    pub set_cadence: Option<u32>,
    /// Show what would change; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Change without asking (needed when not run in a terminal)
    #[arg(short, long)]
    pub yes: bool,
}

#[derive(Debug, Subcommand)]
pub enum BulkCommand {
    /// Take a bulk change back: your last one, or the one with this number
    Undo { id: Option<Id> },
    /// The bulk changes made, newest first
    List {
        #[arg(long, default_value_t = 20)]
        limit: u32,
    },
}

pub fn run(session: &mut Session, args: BulkArgs) -> Result<()> {
    match args.command {
        Some(BulkCommand::Undo { id }) => {
            let undo = session.store.undo_bulk_change(id)?;
            say_undo(session, &undo)
        }
        Some(BulkCommand::List { limit }) => list(session, limit),
        None => change(session, args),
    }
}

fn change(session: &mut Session, args: BulkArgs) -> Result<()> {
    let words = FilterWords::parse(args.companies.as_deref().unwrap_or_default())?;
    let change = BulkChange {
        add_tags: args.add_tag,
        remove_tags: args.remove_tag,
        status: args.set_status,
        owner: args
            .set_owner
            .as_deref()
            .map(|o| session.store.resolve_staff(o))
            .transpose()?,
        cadence_days: args.set_cadence,
    };
    let companies = session.store.select_companies(&words)?;
    // With --yes the change is planned once, inside its transaction.
    if !args.yes || args.dry_run {
        let plan = session.store.plan_bulk_change(&companies, &change)?;
        if args.dry_run || plan.changed.is_empty() {
            return say_plan(session, &plan, true);
        }
        say_plan(session, &plan, true)?;
        let question = crate::t!("bulk-confirm", companies = plan.changed.len());
        if !confirm(&question)? {
            return Err(Error::invalid(crate::t!("bulk-not-changed")));
        }
    }
    // Planned again inside the change's transaction: what a colleague did
    // between the question and the answer is taken into account.
    let made = session.store.make_bulk_change(&companies, &change)?;
    say_plan(session, &made, false)
}

fn say_plan(session: &Session, plan: &BulkPlan, dry: bool) -> Result<()> {
    let out = &session.out;
    if out.json {
        return out.json_value(plan);
    }
    for item in &plan.changed {
        let changes: Vec<String> = item.changes.iter().map(|c| c.said()).collect();
        out.line(format!(
            "{:>6}  {}  {}",
            item.company_id,
            fit(&item.company, 34),
            changes.join("; ")
        ))?;
    }
    for left in &plan.left_out {
        out.line(format!(
            "{:>6}  {}  {}",
            left.company_id,
            fit(&left.company, 34),
            left.reason
        ))?;
    }
    let said = match (dry, plan.change_id) {
        (true, _) => crate::t!(
            "bulk-would",
            changed = plan.changed.len(),
            unchanged = plan.unchanged,
            left = plan.left_out.len()
        ),
        (false, Some(id)) => crate::t!(
            "bulk-done",
            id = id,
            changed = plan.changed.len(),
            unchanged = plan.unchanged,
            left = plan.left_out.len()
        ),
        (false, None) => crate::t!("bulk-nothing-changed"),
    };
    out.line(said)
}

fn say_undo(session: &Session, undo: &BulkUndo) -> Result<()> {
    let out = &session.out;
    if out.json {
        return out.json_value(undo);
    }
    for refused in &undo.refused {
        out.line(format!(
            "{:>6}  {}  {}",
            refused.company_id,
            fit(&refused.company, 34),
            refused.reason
        ))?;
    }
    out.line(crate::t!(
        "bulk-undone",
        id = undo.change_id,
        restored = undo.restored.len(),
        refused = undo.refused.len()
    ))
}

fn list(session: &Session, limit: u32) -> Result<()> {
    let changes = session.store.bulk_changes(limit)?;
    if session.out.json {
        return session.out.json_value(&changes);
    }
    let table = Table::new(&[
        ("ID", 6),
        ("MADE", 16),
        ("MADE BY", 20),
        ("COMPANIES", 9),
        ("UNDONE", 16),
    ]);
    session.out.line(table.header())?;
    for c in &changes {
        session.out.line(table.row(&[
            c.id.to_string(),
            c.at.chars().take(16).collect(),
            c.staff.clone().unwrap_or_default(),
            c.companies.to_string(),
            c.undone_at.as_deref().unwrap_or("").chars().take(16).collect(),
        ]))?;
    }
    Ok(())
}
