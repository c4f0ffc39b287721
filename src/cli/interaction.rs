//! `kring log …` and `kring interaction edit|delete`.

use super::vocabulary::vocabulary;
use super::Session;
use crate::domain::kinds::InteractionKind;
use crate::model::followups::NewFollowup;
use crate::model::interactions::{InteractionPatch, NewInteraction};
use crate::{Error, Result};
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct LogArgs {
    /// The company (id or name)
    #[arg(required_unless_present = "companies", conflicts_with = "companies")]
    pub company: Option<String>,
    /// Many companies at once, one interaction each, all or none: tag:horeca,
    /// status:active, city:Hoorn, sector:bouw, circle:NAME, owner:NAME, team:NAME,
    /// campaign:NAME (its invitees); several joined by commas must all hold
    #[arg(long, value_name = "WHICH", conflicts_with = "with")]
    pub companies: Option<String>,
    /// With --companies: list the companies, log nothing
    #[arg(long, requires = "companies")]
    pub dry_run: bool,
    /// What kind of contact it was
    #[arg(long, value_parser = vocabulary::<InteractionKind>())]
    pub kind: InteractionKind,
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
    /// How it went, 1 to 5 (a guest lecture, a workshop)
    #[arg(long)]
    pub rating: Option<u8>,
}

#[derive(Debug, Subcommand)]
pub enum InteractionCommand {
    /// Correct a logged interaction
    Edit {
        id: i64,
        #[arg(long, value_parser = vocabulary::<InteractionKind>())]
        kind: Option<InteractionKind>,
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
    let kind = args.kind;
    if let Some(which) = args.companies.clone() {
        return log_at_each(session, &which, kind, args);
    }
    let company = session
        .store
        .resolve_company(args.company.as_deref().unwrap_or_default())?;
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
        rating: args.rating,
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
    if let Some(until) = shown.resting(session.store.today()) {
        super::output::note(&crate::t!("cli-resting-note", until = crate::l10n::date(until)));
    }
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
                kind,
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

/// `kring log --companies tag:horeca …`: one interaction per company.
fn log_at_each(session: &mut Session, which: &str, kind: InteractionKind, args: LogArgs) -> Result<()> {
    let (which, invited) = selector(session, which)?;
    let mut companies = match (which.filtered_or_named(), &invited) {
        (false, Some(invited)) => invited.clone(),
        _ => super::campaign::companies(session, &which)?,
    };
    if let Some(invited) = &invited {
        companies.retain(|c| invited.contains(c));
    }
    if companies.is_empty() {
        return Err(crate::Error::invalid(crate::t!("err-log-no-companies")));
    }
    let on = match &args.on {
        Some(text) => session.date(text)?,
        None => session.store.today(),
    };
    // A round of mail to many is an ask: whoever asked for rest is named first.
    for r in session.store.resting_among(&companies)? {
        super::output::note(&crate::t!(
            "cli-log-resting",
            company = r.company.as_str(),
            until = crate::l10n::date(r.until)
        ));
    }
    if args.dry_run {
        let names = companies
            .iter()
            .map(|id| Ok((*id, session.store.company(*id)?.name)))
            .collect::<Result<Vec<_>>>()?;
        if session.out.json {
            let rows: Vec<_> = names
                .iter()
                .map(|(id, name)| serde_json::json!({ "id": id, "name": name }))
                .collect();
            return session
                .out
                .json_value(&serde_json::json!({ "companies": rows, "dry_run": true }));
        }
        session.out.line(crate::t!(
            "cli-log-would",
            count = names.len(),
            kind = kind.display_label()
        ))?;
        for (id, name) in names {
            session.out.line(format!("  #{id:<6} {name}"))?;
        }
        return Ok(());
    }
    let followup = match &args.follow_up {
        Some(text) => Some(NewFollowup {
            company: 0,
            person: None,
            staff: None,
            due: session.date(text)?,
            action: args.action.clone().unwrap_or_default(),
            interaction: None,
        }),
        None => None,
    };
    let logged = session.store.log_at_each(
        &companies,
        NewInteraction {
            company: 0,
            kind,
            on,
            persons: Vec::new(),
            summary: args.note,
            outcome: args.outcome,
            staff: None,
            followup,
            rating: args.rating,
        },
    )?;
    if session.out.json {
        return session.out.json_value(&logged);
    }
    session.out.line(crate::t!(
        "cli-logged-many",
        count = logged.len(),
        kind = kind.display_label(),
        date = crate::l10n::date(on)
    ))
}

/// `tag:horeca,city:Hoorn` as the campaign filters, and a campaign's
/// invitees (in the order they were invited) when it names one.
fn selector(session: &Session, text: &str) -> Result<(super::campaign::Which, Option<Vec<crate::model::Id>>)> {
    let mut which = super::campaign::Which::default();
    let mut invitees = None;
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (key, value) = part
            .split_once(':')
            .map(|(k, v)| (k.trim().to_lowercase(), v.trim().to_string()))
            .ok_or_else(|| crate::Error::invalid(crate::t!("err-log-selector", part = part)))?;
        match key.as_str() {
            "tag" => which.tag = Some(value),
            "status" => which.status = Some(crate::domain::kinds::CompanyStatus::parse(&value)?),
            "sector" => which.sector = Some(value),
            "city" => which.city = Some(value),
            "circle" => which.circle = Some(value),
            "owner" => which.owner = Some(value),
            "team" => which.team = Some(value),
            "company" => which.companies.push(value),
            "campaign" => {
                let id = session.store.resolve_campaign(&value)?;
                let invited = session.store.campaign_state(id)?.invitees;
                invitees = Some(invited.iter().map(|i| i.company_id).collect());
            }
            _ => return Err(crate::Error::invalid(crate::t!("err-log-selector", part = part))),
        }
    }
    if !which.filtered_or_named() && invitees.is_none() {
        return Err(crate::Error::invalid(crate::t!("err-log-selector", part = text)));
    }
    Ok((which, invitees))
}
