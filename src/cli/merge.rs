//! `kring duplicates` and `kring merge A B`.

use super::Session;
use crate::Result;
use clap::Args;

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
pub struct MergeArgs {
    /// The record that stays (id or name)
    pub keep: String,
    /// The record merged into it (a company is archived, a person removed)
    pub merge: String,
    /// A and B are people, not companies
    #[arg(long)]
    pub people: bool,
    /// Show what would move; change nothing
    #[arg(long)]
    pub dry_run: bool,
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
        return out.line("no likely duplicates");
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
    let store = &mut session.store;
    let report = if args.people {
        let (keep, gone) = (store.resolve_person(&args.keep)?, store.resolve_person(&args.merge)?);
        store.merge_people(keep, gone, args.dry_run)?
    } else {
        let (keep, gone) = (store.resolve_company(&args.keep)?, store.resolve_company(&args.merge)?);
        store.merge_companies(keep, gone, args.dry_run)?
    };
    let out = &session.out;
    if out.json {
        return out.json_value(&report);
    }
    let mut moved: Vec<String> = report
        .moved
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(what, n)| format!("{n} {what}"))
        .collect();
    moved.sort();
    let verb = if args.dry_run { "would merge" } else { "merged" };
    out.line(format!(
        "{verb} #{} into #{}: moved {}; filled in {}",
        report.merged,
        report.kept,
        if moved.is_empty() {
            "nothing".into()
        } else {
            moved.join(", ")
        },
        if report.filled.is_empty() {
            "nothing".into()
        } else {
            report.filled.join(", ")
        }
    ))
}
