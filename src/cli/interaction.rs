//! `kring log …` and `kring interaction edit|delete`.

use super::Session;
use crate::domain::kinds::InteractionKind;
use crate::store::followups::NewFollowup;
use crate::store::interactions::{InteractionPatch, NewInteraction};
use crate::{Error, Result};
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct LogArgs {
    /// The company (id or name)
    pub company: String,
    /// call, email, visit, meeting, event, guest_lecture, internship_placed, assignment, other
    #[arg(long)]
    pub kind: String,
    /// A contact person who took part (repeatable)
    #[arg(long = "with", value_name = "PERSON")]
    pub with: Vec<String>,
    /// When it happened (default today): 2026-11-20, 20-11, yesterday, -3d, …
    #[arg(long, allow_hyphen_values = true)]
    pub on: Option<String>,
    /// What was said or done
    #[arg(long)]
    pub note: String,
    /// The outcome, if any
    #[arg(long)]
    pub outcome: Option<String>,
    /// Add a follow-up due on this date (+2w, friday, 20-12, …)
    #[arg(long = "follow-up", value_name = "DATE", allow_hyphen_values = true)]
    pub follow_up: Option<String>,
    /// What the follow-up is (default: "Follow up: " and the note's first line)
    #[arg(long, requires = "follow_up")]
    pub action: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum InteractionCommand {
    /// Correct a logged interaction
    Edit {
        id: i64,
        #[arg(long)]
        kind: Option<String>,
        #[arg(long, allow_hyphen_values = true)]
        on: Option<String>,
        #[arg(long)]
        note: Option<String>,
        #[arg(long)]
        outcome: Option<String>,
    },
    /// Delete an interaction logged by mistake (asks first unless --yes)
    Delete {
        id: i64,
        #[arg(long)]
        yes: bool,
    },
}

pub fn log(session: &mut Session, args: LogArgs) -> Result<()> {
    let kind = InteractionKind::parse(&args.kind)?;
    let company = session.store.resolve_company(&args.company)?;
    let on = match &args.on {
        Some(text) => session.date(text)?,
        None => session.store.today(),
    };
    let persons = args
        .with
        .iter()
        .map(|p| session.store.resolve_contact(company, p))
        .collect::<Result<Vec<_>>>()?;
    let followup = match &args.follow_up {
        Some(text) => Some(NewFollowup {
            company,
            person: persons.first().copied(),
            staff: None,
            due: session.date(text)?,
            // Empty: the store takes it from the note (the rule every face shares).
            action: args.action.clone().unwrap_or_default(),
            interaction: None,
        }),
        None => None,
    };
    let logged = session.store.log_interaction(NewInteraction {
        company,
        kind,
        on,
        persons,
        summary: args.note,
        outcome: args.outcome,
        staff: None,
        followup,
    })?;
    let recent = session.store.recent_contacts(company, session.collision_days)?;
    let shown = session.store.company(company)?;
    super::output::tell_recent_contacts(&shown.name, shown.owner.as_deref(), &recent);
    if session.out.json {
        return session.out.json_value(&serde_json::json!({
            "interaction": logged.interaction,
            "followup": logged.followup,
            "recent_contacts": recent,
        }));
    }
    let name = shown.name;
    let mut message = crate::t!(
        "cli-logged",
        kind = kind.display_label(),
        name = name,
        date = crate::l10n::date(on),
        id = logged.interaction
    );
    if let Some(id) = logged.followup {
        let f = session.store.followup(id)?;
        super::output::warn_if_past(session, f.due);
        message.push_str(&crate::t!(
            "cli-logged-followup",
            id = id,
            date = crate::l10n::date(f.due),
            action = f.action
        ));
    }
    session.out.line(message)
}

pub fn run(session: &mut Session, command: InteractionCommand) -> Result<()> {
    match command {
        InteractionCommand::Edit {
            id,
            kind,
            on,
            note,
            outcome,
        } => {
            let patch = InteractionPatch {
                kind: kind.as_deref().map(InteractionKind::parse).transpose()?,
                on: session.optional_date(on.as_deref())?,
                summary: note,
                outcome,
                persons: None,
            };
            session.store.edit_interaction(id, patch)?;
            let entry = session.store.interaction(id)?;
            if session.out.json {
                return session.out.json_value(&entry);
            }
            session.out.line(crate::t!(
                "cli-interaction-updated",
                id = id,
                date = crate::l10n::date(entry.on),
                kind = entry.kind.display_label(),
                company = entry.company
            ))
        }
        InteractionCommand::Delete { id, yes } => {
            let entry = session.store.interaction(id)?;
            let what = crate::t!(
                "cli-interaction-what",
                date = crate::l10n::date(entry.on),
                kind = entry.kind.display_label(),
                company = entry.company
            );
            if !yes && !super::output::confirm(&crate::t!("cli-ask-delete-interaction", id = id, what = what.as_str()))?
            {
                return Err(Error::invalid(crate::t!("cli-not-deleted")));
            }
            session.store.delete_interaction(id)?;
            session
                .out
                .line(crate::t!("cli-interaction-deleted", id = id, what = what))
        }
    }
}
