//! `kring followup …`

use super::output::{list_each, opt, Table};
use super::Session;
use crate::domain::dates::parse_period_end;
use crate::model::followups::{FollowupFilter, FollowupRow, NewFollowup};
use crate::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum FollowupCommand {
    /// Add a follow-up for a company
    Add {
        company: String,
        /// Due date: 2026-12-01, 1-12, friday, +2w, …
        #[arg(long, allow_hyphen_values = true)]
        due: String,
        #[arg(long)]
        action: String,
        /// The contact person it concerns
        #[arg(long)]
        person: Option<String>,
        /// The staff member who must do it (default: you)
        #[arg(long = "for", value_name = "STAFF")]
        for_staff: Option<String>,
        /// It comes back: every 2w, 1m, 1y (marked done, the next one is made)
        #[arg(long, value_name = "PERIOD")]
        every: Option<String>,
        /// With --every: the last day it may come back
        #[arg(long, requires = "every", allow_hyphen_values = true)]
        until: Option<String>,
    },
    /// A series of follow-ups ends: the open one stays, none comes after it
    Stop {
        #[arg(value_name = "ID")]
        id: i64,
    },
    /// List open follow-ups, earliest due first
    List {
        /// Only those past their due date
        #[arg(long)]
        overdue: bool,
        /// Only mine
        #[arg(long)]
        mine: bool,
        /// Only those of this staff member
        #[arg(long = "for", value_name = "STAFF")]
        for_staff: Option<String>,
        /// Only for this company
        #[arg(long)]
        company: Option<String>,
        /// Only those due within this period: 7d, 2w, 1m
        #[arg(long, value_name = "PERIOD")]
        due_within: Option<String>,
        /// Include done follow-ups
        #[arg(long)]
        all: bool,
        #[arg(long)]
        limit: Option<u32>,
    },
    /// Mark follow-ups done: by id, or by company when it has one open follow-up
    Done {
        #[arg(required = true, value_name = "ID|COMPANY")]
        ids: Vec<String>,
    },
    /// Open again follow-ups marked done (by mistake, or too soon)
    Reopen {
        #[arg(required = true)]
        ids: Vec<i64>,
    },
    /// Put a follow-up off (default: a week after its due date, or after today when that is past)
    Snooze {
        /// The follow-up's id, or its company when it has one open follow-up
        #[arg(value_name = "ID|COMPANY")]
        id: String,
        /// The new due date: +1w, monday, 15-12, … (default: a week after its due date, or after today when that is past)
        #[arg(long, allow_hyphen_values = true)]
        until: Option<String>,
    },
    /// Correct a follow-up's due date or action
    Edit {
        id: i64,
        #[arg(long, allow_hyphen_values = true)]
        due: Option<String>,
        #[arg(long)]
        action: Option<String>,
    },
    /// Delete a follow-up made by mistake (asks first unless --yes)
    Delete {
        id: i64,
        #[arg(long)]
        yes: bool,
    },
    /// Give a follow-up to a colleague
    Reassign {
        id: i64,
        #[arg(long)]
        to: String,
    },
}

pub fn run(session: &mut Session, command: FollowupCommand) -> Result<()> {
    match command {
        FollowupCommand::Add {
            company,
            due,
            action,
            person,
            for_staff,
            every,
            until,
        } => {
            let repeat = match every.as_deref() {
                Some(text) => Some((
                    crate::domain::recurrence::Every::parse(text)
                        .ok_or_else(|| crate::Error::invalid(crate::t!("err-every", given = text)))?,
                    session.optional_date(until.as_deref())?,
                )),
                None => None,
            };
            let who = (person.as_deref(), for_staff.as_deref());
            add(session, &company, &due, action, who, repeat)
        }
        FollowupCommand::Stop { id } => {
            session.store.stop_series(id)?;
            session.out.line(crate::t!("cli-series-stopped", id = id))
        }
        FollowupCommand::Reopen { ids } => {
            for id in ids {
                session.store.reopen_followup(id)?;
                let f = session.store.followup(id)?;
                session.out.line(crate::t!(
                    "cli-reopened",
                    id = id,
                    action = f.action,
                    company = f.company,
                    date = crate::l10n::date(f.due)
                ))?;
            }
            Ok(())
        }
        FollowupCommand::List {
            overdue,
            mine,
            for_staff,
            company,
            due_within,
            all,
            limit,
        } => {
            let staff = match (&for_staff, mine) {
                (Some(s), _) => Some(session.store.resolve_staff(s)?),
                (None, true) => session.store.actor(),
                (None, false) => None,
            };
            let today = session.store.today();
            let filter = FollowupFilter {
                staff,
                company: company
                    .as_deref()
                    .map(|c| session.store.resolve_company(c))
                    .transpose()?,
                overdue,
                due_until: due_within.as_deref().map(|p| parse_period_end(p, today)).transpose()?,
                include_done: all,
                limit,
                ..Default::default()
            };
            print_list(session, &filter)
        }
        FollowupCommand::Done { ids } => done(session, &ids),
        FollowupCommand::Snooze { id, until } => snooze(session, &id, until.as_deref()),
        FollowupCommand::Edit { id, due, action } => {
            let due = session.optional_date(due.as_deref())?;
            session.store.edit_followup(id, due, action)?;
            say_followup(session, id, |f| {
                crate::t!(
                    "cli-followup-due",
                    id = id,
                    date = crate::l10n::date(f.due),
                    action = f.action.as_str()
                )
            })
        }
        FollowupCommand::Delete { id, yes } => delete(session, id, yes),
        FollowupCommand::Reassign { id, to } => {
            let staff = session.store.resolve_staff(&to)?;
            session.store.reassign_followup(id, staff)?;
            say_followup(session, id, |f| {
                crate::t!(
                    "cli-reassigned",
                    id = id,
                    who = opt(&f.staff),
                    action = f.action.as_str()
                )
            })
        }
    }
}

/// `followup snooze`: to a date, or a week on from the later of today and its due date.
fn snooze(session: &mut Session, id: &str, until: Option<&str>) -> Result<()> {
    let id = session.store.resolve_followup(id)?;
    let due = match until {
        Some(until) => session.date(until)?,
        None => crate::domain::dates::snoozed(session.store.followup(id)?.due, session.store.today()),
    };
    session.store.snooze_followup(id, due)?;
    say_followup(session, id, |f| {
        crate::t!(
            "cli-snoozed",
            id = id,
            date = crate::l10n::date(f.due),
            action = f.action.as_str()
        )
    })
}

/// The follow-up as it is now: as JSON with `--json`, else the line `said` makes.
fn say_followup(session: &mut Session, id: i64, said: impl FnOnce(&FollowupRow) -> String) -> Result<()> {
    let f = session.store.followup(id)?;
    if session.out.json {
        return session.out.json_value(&f);
    }
    session.out.line(said(&f))
}

/// `followup delete`: asks first on a terminal (`--yes` without one).
fn delete(session: &mut Session, id: i64, yes: bool) -> Result<()> {
    let f = session.store.followup(id)?;
    let what = crate::t!(
        "cli-followup-what",
        action = f.action,
        company = f.company,
        date = crate::l10n::date(f.due)
    );
    if !yes && !super::output::confirm(&crate::t!("cli-ask-delete-followup", id = id, what = what.as_str()))? {
        return Err(crate::Error::invalid(crate::t!("cli-not-deleted")));
    }
    session.store.delete_followup(id)?;
    session
        .out
        .line(crate::t!("cli-followup-deleted", id = id, what = what))
}

/// `followup done`: every one named, or none when one is wrong.
fn done(session: &mut Session, ids: &[String]) -> Result<()> {
    // All named first, so a wrong one changes nothing.
    let ids = ids
        .iter()
        .map(|given| session.store.resolve_followup(given))
        .collect::<Result<Vec<_>>>()?;
    for id in ids {
        let next = session.store.complete_followup(id)?;
        let f = session.store.followup(id)?;
        session
            .out
            .line(crate::t!("cli-done", id = id, action = f.action, company = f.company))?;
        if let Some(next) = next {
            let n = session.store.followup(next)?;
            session.out.line(crate::t!(
                "cli-next-in-series",
                id = next,
                date = crate::l10n::date(n.due)
            ))?;
        }
    }
    Ok(())
}

fn add(
    session: &mut Session,
    company: &str,
    due: &str,
    action: String,
    (person, for_staff): (Option<&str>, Option<&str>),
    repeat: Option<(crate::domain::recurrence::Every, Option<chrono::NaiveDate>)>,
) -> Result<()> {
    let company = session.store.resolve_company(company)?;
    let person = person.map(|p| session.store.resolve_contact(company, p)).transpose()?;
    let staff = for_staff.map(|s| session.store.resolve_staff(s)).transpose()?;
    let due = session.date(due)?;
    let new = NewFollowup {
        company,
        person,
        staff,
        due,
        action,
        interaction: None,
    };
    let id = match repeat {
        Some((every, until)) => session.store.add_recurring_followup(new, every, until)?,
        None => session.store.add_followup(new)?,
    };
    let row = session.store.followup(id)?;
    super::output::warn_if_past(session, due);
    if session.out.json {
        return session.out.json_value(&row);
    }
    session.out.line(crate::t!(
        "cli-followup-added",
        id = id,
        company = row.company,
        date = crate::l10n::date(row.due),
        action = row.action
    ))
}

fn print_list(session: &Session, filter: &FollowupFilter) -> Result<()> {
    let table = Table::new(&[
        ("ID", 6),
        ("DUE", 10),
        ("LATE", 5),
        ("COMPANY", 30),
        ("FOR", 16),
        ("ACTION", 0),
    ]);
    let row = |f: &FollowupRow| {
        let late = match (&f.done_at, f.days_overdue) {
            (Some(_), _) => crate::t!("cli-done-state"),
            (None, d) if d > 0 => format!("{d}d"),
            _ => String::new(),
        };
        vec![
            f.id.to_string(),
            f.due.to_string(),
            late,
            f.company.clone(),
            opt(&f.staff),
            match &f.every {
                Some(every) => format!("{} (↻ {every})", f.action),
                None => f.action.clone(),
            },
        ]
    };
    list_each(&session.out, &table, row, |each| {
        session.store.for_each_followup(filter, each)
    })
}
