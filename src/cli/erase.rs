//! `kring person erase`: the GDPR/AVG right to be forgotten, from the
//! terminal. Shows what it will do (`--dry-run`), asks, erases in one
//! transaction, rewrites the file, and says which of kring's own copies
//! still hold the person (`--purge-backups` erases them there too).

use super::Session;
use crate::domain::fold::fold;
use crate::store::privacy::copies::{self, Purged, Sought};
use crate::store::privacy::erase::{default_wait, ErasePlan, Verdict};
use crate::{Error, Result};
use clap::Args;
use serde_json::json;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct EraseArgs {
    #[arg(required_unless_present = "finish")]
    pub person: Option<String>,
    #[arg(long)]
    pub yes: bool,
    /// Show every place that would change (and what is kept or left for review), change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Also scrub the mentions kring cannot be sure are this person (listed by --dry-run)
    #[arg(long)]
    pub scrub_ambiguous: bool,
    /// Erase them from kring's own backups and safety copies too (older-schema copies are removed)
    #[arg(long)]
    pub purge_backups: bool,
    /// Finish an erasure that could not empty the -wal file because another kring had it open
    #[arg(long, conflicts_with_all = ["dry_run", "scrub_ambiguous"])]
    pub finish: bool,
}

pub fn run(session: &mut Session, args: EraseArgs) -> Result<()> {
    if args.finish {
        session.store.finish_erase(default_wait())?;
        return session
            .out
            .line("finished: the database file and its -wal hold no erased data any more");
    }
    let given = args.person.clone().unwrap_or_default();
    let id = match session.store.resolve_person(&given) {
        Ok(id) => id,
        // Erased before: their copies can still be purged, by their full name.
        Err(Error::NotFound { .. }) if args.purge_backups => return purge_only(session, &given, args.dry_run),
        Err(e) => return Err(e),
    };
    let person = session.store.person(id)?;
    let sought = Sought {
        id: Some(id),
        name_fold: fold(&person.name),
        email: person.email.clone(),
    };
    let held_by = session.store.copies_holding(&sought)?;
    if args.dry_run {
        let plan = session.store.erase_plan(id)?;
        return show_plan(session, &plan, &held_by, args.scrub_ambiguous);
    }
    if !args.yes
        && !super::output::confirm(&format!(
            "Erase {} (#{id}) and every trace of them? This cannot be undone.",
            person.name
        ))?
    {
        return Err(Error::invalid("not erased (pass --yes to erase without asking)"));
    }
    let plan = session.store.erase_person(id, args.scrub_ambiguous, default_wait())?;
    let out = &session.out;
    let left: Vec<_> = plan.places.iter().filter(|p| p.verdict == Verdict::Review).collect();
    if !args.scrub_ambiguous {
        for place in &left {
            out.line(format!("  left for review: {}", describe(place)))?;
        }
    }
    let scrubbed = plan.count(Verdict::Erase) + if args.scrub_ambiguous { left.len() } else { 0 };
    let review = match (args.scrub_ambiguous, left.len()) {
        (false, n) if n > 0 => format!("; {n} left for review (listed above)"),
        _ => String::new(),
    };
    out.line(format!(
        "erased person #{id}: the record, its links, and their name or details in {scrubbed} place(s){review}"
    ))?;
    report_copies(session, &sought, held_by, args.purge_backups)
}

fn show_plan(session: &Session, plan: &ErasePlan, held_by: &[PathBuf], scrub_ambiguous: bool) -> Result<()> {
    let out = &session.out;
    if out.json {
        return out.json_value(&json!({
            "person": plan.person,
            "name": plan.name,
            "places": plan.places,
            "copies_holding_them": held_by,
        }));
    }
    out.line(format!(
        "Erasing {} (#{}) would delete their record and links, and:",
        plan.name, plan.person
    ))?;
    if plan.places.is_empty() {
        out.line("  (no mention of them in any text)")?;
    }
    for place in &plan.places {
        let what = match place.verdict {
            Verdict::Erase => "erase ",
            Verdict::Review if scrub_ambiguous => "erase ",
            Verdict::Review => "review",
            Verdict::Keep => "keep  ",
            Verdict::Left => "leave ",
        };
        out.line(format!("  {what} {}", describe(place)))?;
    }
    if !held_by.is_empty() {
        out.line("kring's own copies that still hold them (--purge-backups erases them there too):")?;
        for copy in held_by {
            out.line(format!("  {}", copy.display()))?;
        }
    }
    Ok(())
}

fn describe(place: &crate::store::privacy::erase::Place) -> String {
    let found: Vec<&str> = place.found.iter().map(|f| f.label()).collect();
    format!(
        "{} #{} {}: {} ({})",
        place.table.replace('_', " "),
        place.row,
        place.column,
        found.join(", "),
        place.reason
    )
}

/// After the erasure: the copies that still hold the person, and with
/// `--purge-backups` what was done to each.
fn report_copies(session: &Session, sought: &Sought, held_by: Vec<PathBuf>, purge: bool) -> Result<()> {
    let out = &session.out;
    if held_by.is_empty() {
        return Ok(());
    }
    if !purge {
        out.line("still held by kring's own copies (erase there too with `--purge-backups`, or delete them):")?;
        for copy in &held_by {
            out.line(format!("  {}", copy.display()))?;
        }
        return Ok(());
    }
    for copy in held_by {
        match copies::purge(&copy, sought, session.store.clock())? {
            Purged::Rewritten => out.line(format!("  erased from {}", copy.display()))?,
            Purged::Removed => {
                session.store.forget_copy(&copy)?;
                out.line(format!("  removed {} (an older schema version)", copy.display()))?
            }
        }
    }
    Ok(())
}

/// `--purge-backups` for someone no longer in the database: found in the
/// copies by their full name.
fn purge_only(session: &mut Session, given: &str, dry_run: bool) -> Result<()> {
    let sought = Sought {
        id: None,
        name_fold: fold(given),
        email: None,
    };
    let held_by = session.store.copies_holding(&sought)?;
    if held_by.is_empty() {
        return Err(Error::not_found("person (in the database or kring's copies)", given));
    }
    if dry_run {
        for copy in &held_by {
            session
                .out
                .line(crate::t!("cli-would-erase-from", path = copy.display().to_string()))?;
        }
        return Ok(());
    }
    report_copies(session, &sought, held_by, true)
}
