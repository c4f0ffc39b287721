//! `kring campaign …`: outreach in bulk — invite fifty or eighty companies
//! at once (by the filters of `export contacts`), export the mail-merge
//! list, keep their replies, and log who came.

use super::output::{fit, list, Out, Table};
use super::vocabulary::vocabulary;
use super::Session;
use crate::domain::kinds::{CampaignKind, CompanyStatus, Reply};
use crate::model::campaigns::{CampaignState, NewCampaign};
use crate::model::companies::CompanyFilter;
use crate::model::Id;
use crate::Result;
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum CampaignCommand {
    /// Start a campaign: an invitation round, an event (a company day, a festival), a mailing
    Add {
        name: String,
        /// When it takes place
        #[arg(long, allow_hyphen_values = true)]
        on: Option<String>,
        /// Where
        #[arg(long)]
        at: Option<String>,
        /// What it is (default: an invitation)
        #[arg(long, value_parser = vocabulary::<CampaignKind>())]
        kind: Option<CampaignKind>,
        #[arg(long)]
        note: Option<String>,
    },
    /// Make a campaign again from an earlier one (last year's stagefestival): the same companies invited afresh
    Copy {
        /// The campaign to copy
        from: String,
        /// The new campaign's name
        name: String,
        /// When the new one takes place
        #[arg(long, allow_hyphen_values = true)]
        on: Option<String>,
        /// Where (default: where the old one was)
        #[arg(long)]
        at: Option<String>,
        /// Invite companies that asked for rest too (left out otherwise)
        #[arg(long)]
        include_resting: bool,
    },
    /// Campaigns with their counts, the newest first
    List,
    /// Invite companies and their main contact person, by the filters of `export contacts`
    Invite {
        name: String,
        #[command(flatten)]
        which: Which,
        /// Show how many would be invited; invite nobody
        #[arg(long)]
        dry_run: bool,
        /// Invite companies that asked for rest too (left out otherwise)
        #[arg(long)]
        include_resting: bool,
    },
    /// The invitees as a mail-merge list (CSV; --excel for Excel with a Dutch locale)
    Export {
        name: String,
        #[arg(long)]
        excel: bool,
        /// Only those who have not replied (for a reminder round)
        #[arg(long)]
        no_reply: bool,
        /// A person without a recorded basis for mailing (AVG) is left out: their company's general address instead
        #[arg(long)]
        basis_only: bool,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// What an invited company answered: yes, no or maybe
    Reply {
        name: String,
        company: String,
        /// What they answered
        #[arg(value_parser = vocabulary::<Reply>())]
        reply: Reply,
        /// How many people they will bring
        #[arg(long)]
        people: Option<u32>,
        #[arg(long)]
        note: Option<String>,
    },
    /// They came: logs an interaction of kind event at the company with who came
    Attended {
        name: String,
        company: String,
        /// A contact person who came (repeatable)
        #[arg(long = "with", value_name = "PERSON")]
        with: Vec<String>,
        /// The day they came (default: the campaign's date; never a day still to come)
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
    },
    /// Invited, yes, no, maybe, no reply and attended, and who has not replied
    Show { name: String },
}

/// Which companies: the filters of `kring export contacts`, plus a team's.
#[derive(Debug, Args, Default)]
pub struct Which {
    #[arg(long)]
    pub tag: Option<String>,
    #[arg(long, value_parser = vocabulary::<CompanyStatus>())]
    pub status: Option<CompanyStatus>,
    #[arg(long)]
    pub sector: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    #[arg(long)]
    pub circle: Option<String>,
    #[arg(long)]
    pub owner: Option<String>,
    /// Companies owned by a member of this team
    #[arg(long)]
    pub team: Option<String>,
    /// Only recognised training companies
    #[arg(long)]
    pub recognised: bool,
    /// This company (repeatable; with no other filter, only these)
    #[arg(long = "company", value_name = "COMPANY")]
    pub companies: Vec<String>,
    /// Only organisations of this kind (association, government, …)
    #[arg(long, value_parser = vocabulary::<crate::domain::kinds::OrganisationKind>())]
    pub kind: Option<crate::domain::kinds::OrganisationKind>,
    /// Only companies with places still open this school year for this programme
    #[arg(long, value_name = "PROGRAMME")]
    pub open_places: Option<String>,
    /// With --open-places: in this period
    #[arg(long, requires = "open_places")]
    pub period: Option<String>,
    /// Only companies where an alumnus works (of a programme containing this text, when given)
    #[arg(long, num_args = 0..=1, default_missing_value = "")]
    pub alumni: Option<String>,
}

impl Which {
    /// Some filter or some company named: not "every company".
    pub fn filtered_or_named(&self) -> bool {
        self.filtered() || !self.companies.is_empty()
    }

    fn filtered(&self) -> bool {
        self.tag.is_some()
            || self.status.is_some()
            || self.sector.is_some()
            || self.city.is_some()
            || self.circle.is_some()
            || self.owner.is_some()
            || self.team.is_some()
            || self.recognised
            || self.kind.is_some()
            || self.open_places.is_some()
            || self.alumni.is_some()
    }
}

/// The companies `which` names, in the order of the company list.
pub fn companies(session: &Session, which: &Which) -> Result<Vec<Id>> {
    let store = &session.store;
    let mut ids: Vec<Id> = which
        .companies
        .iter()
        .map(|c| store.resolve_company(c))
        .collect::<Result<_>>()?;
    if !which.filtered() {
        if ids.is_empty() {
            return Err(crate::Error::invalid(crate::t!("err-campaign-which")));
        }
        return Ok(ids);
    }
    let filter = CompanyFilter {
        status: which.status,
        owner: which.owner.as_deref().map(|o| store.resolve_staff(o)).transpose()?,
        tag: which.tag.clone(),
        circle: which.circle.as_deref().map(|c| store.resolve_circle(c)).transpose()?,
        sector: which.sector.clone(),
        city: which.city.clone(),
        recognised: which.recognised.then_some(true),
        kind: which.kind,
        ..Default::default()
    };
    let mut found = store.company_ids(&filter)?;
    if let Some(programme) = &which.open_places {
        let room: std::collections::HashSet<Id> = store
            .places(&crate::model::network::PlaceFilter {
                programme: Some(programme.clone()),
                period: which.period.clone(),
                school_year: Some(crate::domain::dates::school_year_of(store.today())),
                open: true,
                ..Default::default()
            })?
            .into_iter()
            .map(|p| p.company_id)
            .collect();
        found.retain(|id| room.contains(id));
    }
    if let Some(programme) = &which.alumni {
        let alumni: std::collections::HashSet<Id> = store.alumni_companies(programme)?.into_iter().collect();
        found.retain(|id| alumni.contains(id));
    }
    if let Some(team) = &which.team {
        let members = store.team_members(store.resolve_team(team)?)?;
        let mut owned = std::collections::HashSet::new();
        for m in members {
            owned.extend(store.company_ids(&CompanyFilter {
                owner: Some(m.id),
                ..Default::default()
            })?);
        }
        found.retain(|id| owned.contains(id));
    }
    ids.extend(found);
    Ok(ids)
}

pub fn run(session: &mut Session, command: CampaignCommand) -> Result<()> {
    match command {
        CampaignCommand::Copy {
            from,
            name,
            on,
            at,
            include_resting,
        } => copy(session, &from, name, on, at, include_resting),
        CampaignCommand::Add {
            name,
            on,
            at,
            kind,
            note,
        } => {
            let id = session.store.add_campaign(NewCampaign {
                name: name.clone(),
                kind: kind.unwrap_or(CampaignKind::Invitation),
                on: session.optional_date(on.as_deref())?,
                place: at,
                note,
            })?;
            if session.out.json {
                return session.out.json_value(&session.store.campaign(id)?);
            }
            session
                .out
                .line(crate::t!("cli-campaign-added", id = id, name = name.trim()))
        }
        CampaignCommand::List => print_list(session),
        CampaignCommand::Invite {
            name,
            which,
            dry_run,
            include_resting,
        } => invite(session, &name, &which, dry_run, include_resting),
        CampaignCommand::Export {
            name,
            excel,
            no_reply,
            basis_only,
            output,
        } => {
            if let Some(path) = &output {
                session.refuse_protected(path)?;
            }
            let state = session.store.campaign_state(session.store.resolve_campaign(&name)?)?;
            let only = crate::model::campaigns::MailMerge {
                no_reply,
                basis_only,
                excel,
            };
            export(session, &state, only, output)
        }
        CampaignCommand::Reply {
            name,
            company,
            reply,
            people,
            note,
        } => {
            let campaign = session.store.resolve_campaign(&name)?;
            let company = session.store.resolve_company(&company)?;
            session.store.reply(campaign, company, reply, people, note.as_deref())?;
            let shown = session.store.company(company)?;
            session.out.line(crate::t!(
                "cli-campaign-replied",
                company = shown.name,
                reply = reply.display_label()
            ))
        }
        CampaignCommand::Attended {
            name,
            company,
            with,
            on,
        } => attended(session, &name, &company, &with, on.as_deref()),
        CampaignCommand::Show { name } => {
            let state = session.store.campaign_state(session.store.resolve_campaign(&name)?)?;
            if session.out.json {
                return session.out.json_value(&state);
            }
            show(&session.out, &state)
        }
    }
}

/// `campaign list`: each campaign with its invited, yes and no-reply counts.
fn print_list(session: &mut Session) -> Result<()> {
    let rows = session.store.list_campaigns()?;
    let table = Table::new(&[
        ("ID", 5),
        ("CAMPAIGN", 32),
        ("DATE", 11),
        ("INVITED", 8),
        ("YES", 5),
        ("NO REPLY", 0),
    ]);
    list(&session.out, &rows, &table, |s| {
        vec![
            s.campaign.id.to_string(),
            s.campaign.name.clone(),
            s.campaign.held_on.map(crate::l10n::date).unwrap_or_default(),
            s.invited.to_string(),
            s.yes.to_string(),
            s.no_reply.to_string(),
        ]
    })
}

/// `campaign invite`: the companies `which` names (not those already invited).
/// Companies resting (they asked for no new asks) are left out, and named,
/// unless `include_resting`.
fn invite(session: &mut Session, name: &str, which: &Which, dry_run: bool, include_resting: bool) -> Result<()> {
    let campaign = session.store.resolve_campaign(name)?;
    let mut ids = companies(session, which)?;
    let resting = session.store.resting_among(&ids)?;
    if !include_resting {
        ids.retain(|id| !resting.iter().any(|r| r.company_id == *id));
    }
    let added = session.store.invite(campaign, &ids, dry_run)?;
    if session.out.json {
        return session.out.json_value(&serde_json::json!({
            "campaign": campaign, "matched": ids.len(), "invited": added, "dry_run": dry_run,
            "resting": resting, "resting_left_out": !include_resting && !resting.is_empty(),
        }));
    }
    for r in &resting {
        let until = crate::l10n::date(r.until);
        super::output::note(&match include_resting {
            true => crate::t!(
                "cli-campaign-resting-invited",
                company = r.company.as_str(),
                until = until
            ),
            false => crate::t!(
                "cli-campaign-resting-left-out",
                company = r.company.as_str(),
                until = until
            ),
        });
    }
    let name = session.store.campaign(campaign)?.name;
    let mut said = if dry_run {
        crate::t!("cli-campaign-would-invite", count = added, name = name.as_str())
    } else {
        crate::t!("cli-campaign-invited", count = added, name = name.as_str())
    };
    if ids.len() > added {
        said.push_str(&crate::t!("cli-campaign-already", count = ids.len() - added));
    }
    session.out.line(said)
}

/// `campaign attended`: who came, logged on the campaign's date (or `--on`).
fn attended(session: &mut Session, name: &str, company: &str, with: &[String], on: Option<&str>) -> Result<()> {
    let on = session.optional_date(on)?;
    let campaign = session.store.resolve_campaign(name)?;
    let company = session.store.resolve_company(company)?;
    let persons = with
        .iter()
        .map(|p| session.store.resolve_contact(company, p))
        .collect::<Result<Vec<_>>>()?;
    let interaction = session.store.attended(campaign, company, &persons, on)?;
    if session.out.json {
        return session
            .out
            .json_value(&serde_json::json!({ "interaction": interaction }));
    }
    let shown = session.store.company(company)?;
    session.out.line(crate::t!(
        "cli-campaign-attended",
        company = shown.name,
        id = interaction
    ))
}

fn show(out: &Out, s: &CampaignState) -> Result<()> {
    let c = &s.campaign;
    let when = [c.held_on.map(crate::l10n::date), c.place.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    out.line(format!(
        "{} (#{}) — {}{}",
        c.name,
        c.id,
        c.kind.display_label(),
        if when.is_empty() {
            String::new()
        } else {
            format!(", {when}")
        }
    ))?;
    out.line(crate::t!(
        "cli-campaign-counts",
        invited = s.invited,
        yes = s.yes,
        no = s.no,
        maybe = s.maybe,
        none = s.no_reply,
        attended = s.attended,
        people = s.expected_people
    ))?;
    let waiting: Vec<_> = s.invitees.iter().filter(|i| i.reply.is_none() && !i.attended).collect();
    if !waiting.is_empty() {
        out.line("")?;
        out.line(crate::t!("cli-campaign-no-reply", count = waiting.len()))?;
        for i in waiting {
            out.line(format!(
                "  {} {}",
                fit(&i.company, 34),
                i.person.as_deref().or(i.email.as_deref()).unwrap_or("-")
            ))?;
        }
    }
    Ok(())
}

/// The mail-merge list: one row per invitee, the contact's name in parts and
/// the salutation; someone marked do-not-contact since the invitation is
/// left out (their company's row stays, without them).
fn export(
    session: &Session,
    s: &CampaignState,
    only: crate::model::campaigns::MailMerge,
    output: Option<PathBuf>,
) -> Result<()> {
    let merge = crate::usecases::export::mail_merge(&session.store, s, only)?;
    if merge.without_basis > 0 {
        eprintln!(
            "{}",
            crate::t!("cli-campaign-without-basis", count = merge.without_basis)
        );
    }
    super::export::emit(&merge.bytes, output, &crate::t!("cli-n-contacts", count = merge.rows))
}

/// `campaign copy`: the old one's kind, place and note, its companies invited
/// afresh in one transaction; resting companies left out and named.
fn copy(
    session: &mut Session,
    from: &str,
    name: String,
    on: Option<String>,
    at: Option<String>,
    include_resting: bool,
) -> Result<()> {
    let old = session.store.resolve_campaign(from)?;
    let kind = session.store.campaign(old)?.kind;
    let resting = session.store.resting_among(&session.store.campaign_companies(old)?)?;
    let leave_out: Vec<_> = match include_resting {
        true => Vec::new(),
        false => resting.iter().map(|r| r.company_id).collect(),
    };
    let new = NewCampaign {
        name: name.clone(),
        kind,
        on: session.optional_date(on.as_deref())?,
        place: at,
        note: None,
    };
    let (id, invited) = session.store.copy_campaign(old, new, &leave_out)?;
    if session.out.json {
        return session.out.json_value(&serde_json::json!({
            "campaign": session.store.campaign(id)?, "invited": invited,
            "resting": resting, "resting_left_out": !leave_out.is_empty(),
        }));
    }
    for r in resting.iter().filter(|r| leave_out.contains(&r.company_id)) {
        let until = crate::l10n::date(r.until);
        super::output::note(&crate::t!(
            "cli-campaign-resting-left-out",
            company = r.company.as_str(),
            until = until
        ));
    }
    session.out.line(crate::t!(
        "cli-campaign-copied",
        id = id,
        name = name.trim(),
        count = invited
    ))
}
