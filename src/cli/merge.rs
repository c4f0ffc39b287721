//! `kring duplicates` and `kring merge A B`.

use super::Session;
use crate::model::merge::{MergeChoice, MergeReport};
use crate::store::Id;
use crate::{Error, Result};
use clap::{Args, Subcommand};
use std::io::IsTerminal;

#[derive(Debug, Args)]
pub struct DuplicatesArgs {
    /// Only companies
    #[arg(long, conflicts_with = "people")]
    pub companies: bool,
    /// Only people
    #[arg(long)]
    pub people: bool,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct MergeArgs {
    #[command(subcommand)]
    pub command: Option<MergeCommand>,
    /// The record that stays (id or name)
    #[arg(required = true)]
    pub keep: Option<String>,
    /// The record merged into it (a company is archived, a person removed)
    #[arg(required = true)]
    pub merge: Option<String>,
    /// A and B are people, not companies
    #[arg(long)]
    pub people: bool,
    /// Show what would happen; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Merge without asking (needed when not run in a terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// The KvK number the kept company ends with, when both have one
    #[arg(long, value_name = "NUMBER")]
    pub kvk: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum MergeCommand {
    /// Put both records of the last merge (or merge N) back as they were
    Undo {
        /// The merge's number (from `kring merge` or `kring history`)
        id: Option<Id>,
    },
}

pub fn duplicates(session: &mut Session, args: &DuplicatesArgs) -> Result<()> {
    let found: Vec<_> = session
        .store
        .duplicates()?
        .into_iter()
        .filter(|d| match d.entity {
            "company" => !args.people,
            _ => !args.companies,
        })
        .collect();
    let out = &session.out;
    if out.json {
        return out.json_value(&found);
    }
    if found.is_empty() {
        return out.line(crate::t!("cli-no-duplicates"));
    }
    for duplicate in &found {
        let records: Vec<String> = duplicate
            .ids
            .iter()
            .zip(&duplicate.names)
            .map(|(id, name)| format!("#{id} {name}"))
            .collect();
        out.line(format!(
            "{:<8} {}: {}",
            duplicate.entity,
            duplicate.reason,
            records.join("  |  ")
        ))?;
    }
    out.line(format!(
        "{} groups; merge with `kring merge KEEP OTHER` (people: `--people`)",
        found.len()
    ))
}

pub fn merge(session: &mut Session, args: &MergeArgs) -> Result<()> {
    if let Some(MergeCommand::Undo { id }) = args.command {
        return undo(session, id);
    }
    let (keep, merge) = (
        args.keep.as_deref().unwrap_or_default(),
        args.merge.as_deref().unwrap_or_default(),
    );
    let store = &mut session.store;
    let (keep, gone) = if args.people {
        (store.resolve_person(keep)?, store.resolve_person(merge)?)
    } else {
        (store.resolve_company(keep)?, store.resolve_company(merge)?)
    };
    let choice = MergeChoice { kvk: args.kvk.clone() };
    let run = |session: &mut Session, dry_run: bool| -> Result<MergeReport> {
        match args.people {
            true => session.store.merge_people(keep, gone, dry_run),
            false => session.store.merge_companies(keep, gone, &choice, dry_run),
        }
    };
    // A merge is shown before it is done: what moves, and each field where
    // the two differ side by side.
    let preview = run(session, true)?;
    if args.dry_run {
        return show(session, &preview);
    }
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            return Err(Error::invalid(
                "merging changes two records: add --yes to merge without a terminal to ask in \
                 (--dry-run shows what would happen); nothing was changed",
            ));
        }
        show(session, &preview)?;
        if !super::output::confirm(&crate::t!("cli-ask-merge"))? {
            return session.out.line(crate::t!("cli-not-merged"));
        }
    }
    let report = run(session, false)?;
    show(session, &report)
}

fn show(session: &Session, report: &MergeReport) -> Result<()> {
    let out = &session.out;
    if out.json {
        return out.json_value(report);
    }
    let moved = report.moved_list();
    let or_nothing = |list: &[String]| {
        if list.is_empty() {
            crate::t!("cli-nothing")
        } else {
            list.join(", ")
        }
    };
    let verb = if report.dry_run {
        crate::t!("cli-would-merge")
    } else {
        crate::t!("cli-merged")
    };
    out.line(crate::t!(
        "cli-merge-report",
        verb = verb,
        merged = report.merged,
        merged_name = report.merged_name.as_str(),
        kept = report.kept,
        kept_name = report.kept_name.as_str(),
        moved = or_nothing(&moved),
        filled = or_nothing(&report.filled)
    ))?;
    if !report.conflicts.is_empty() {
        out.line(format!(
            "{:<14} {:<30} {}",
            crate::t!("cli-merge-field"),
            crate::t!("cli-merge-stays"),
            crate::t!("cli-merge-other")
        ))?;
    }
    for conflict in &report.conflicts {
        out.line(format!(
            "{:<14} {:<30} {}",
            conflict.field,
            crate::domain::text::fit(&crate::domain::text::one_line(&conflict.kept), 30),
            crate::domain::text::one_line(&conflict.merged)
        ))?;
    }
    if let Some(id) = report.merge_id {
        out.line(crate::t!("cli-merge-was", id = id))?;
    }
    Ok(())
}

fn undo(session: &mut Session, id: Option<Id>) -> Result<()> {
    let report = session.store.undo_merge(id)?;
    if session.out.json {
        return session.out.json_value(&report);
    }
    session.out.line(crate::t!(
        "cli-merge-undone",
        id = report.merge_id,
        at = report.merged_at.to_string(),
        restored = report.restored,
        name = report.restored_name.as_str(),
        kept = report.kept
    ))
}
