//! `kring network …`, `kring rest …`, `kring asked …`: where the school meets
//! companies, and how much a company is asked.

use super::output::{list, opt, Out, Table};
use super::vocabulary::vocabulary;
use super::Session;
use crate::domain::kinds::AffiliationKind;
use crate::model::network::{Introduced, Introducer, NewIntroduction};
use crate::model::page::CompanyNetwork;
use crate::model::Id;
use crate::{Error, Result};
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct NetworkArgs {
    #[command(subcommand)]
    pub command: Option<NetworkCommand>,
    /// An organisation: its members and what we do with them (none: every organisation that is not a company)
    pub organisation: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum NetworkCommand {
    /// A company becomes a member of an organisation (an association)
    Join {
        organisation: String,
        company: String,
        /// Member since
        #[arg(long, allow_hyphen_values = true)]
        since: Option<String>,
    },
    /// A company's membership of an organisation ends
    Leave {
        organisation: String,
        company: String,
        /// The last day (default: today)
        #[arg(long, allow_hyphen_values = true)]
        on: Option<String>,
    },
    /// A staff member holds a role in an organisation ("bestuurslid")
    Role {
        staff: String,
        organisation: String,
        /// The role as they would write it
        #[arg(long)]
        title: Option<String>,
        #[arg(long, allow_hyphen_values = true)]
        since: Option<String>,
    },
    /// A staff member also works at a company (a hybrid teacher)
    Works {
        staff: String,
        company: String,
        /// Their job there
        #[arg(long)]
        title: Option<String>,
        #[arg(long, allow_hyphen_values = true)]
        since: Option<String>,
    },
    /// A staff member's role in an organisation, or work at a company, ends
    End {
        staff: String,
        organisation: String,
        /// Which tie ends: role or works
        #[arg(long, value_parser = vocabulary::<AffiliationKind>(), default_value = "role")]
        tie: AffiliationKind,
        #[arg(long, allow_hyphen_values = true)]
        on: Option<String>,
    },
    /// Record who opened the door to a company (or with --person to a person)
    Introduced {
        /// The company introduced (or the person's company with --person)
        company: String,
        /// A contact person of that company was introduced, not the company
        #[arg(long)]
        person: Option<String>,
        /// Introduced by a contact person
        #[arg(long, group = "by")]
        by_person: Option<String>,
        /// Introduced by a staff member
        #[arg(long, group = "by")]
        by_staff: Option<String>,
        /// Introduced by an organisation
        #[arg(long, group = "by")]
        by_org: Option<String>,
        #[arg(long, allow_hyphen_values = true)]
        on: Option<String>,
        #[arg(long)]
        note: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct RestArgs {
    /// The company (none: every company resting today)
    pub company: Option<String>,
    /// No new asks until this day
    #[arg(long, allow_hyphen_values = true, requires = "company")]
    pub until: Option<String>,
    /// Why, as the company said it
    #[arg(long, requires = "until")]
    pub reason: Option<String>,
    /// The rest ends today: the company may be asked again
    #[arg(long, conflicts_with = "until", requires = "company")]
    pub end: bool,
}

#[derive(Debug, Args)]
pub struct AskedArgs {
    pub company: String,
    /// The other school, as the company named it
    #[arg(long)]
    pub by: String,
    /// When (default: today)
    #[arg(long, allow_hyphen_values = true)]
    pub on: Option<String>,
    /// What they asked for
    #[arg(long)]
    pub what: Option<String>,
}

pub fn run(session: &mut Session, args: NetworkArgs) -> Result<()> {
    match (args.command, args.organisation) {
        (Some(command), _) => change(session, command),
        (None, Some(organisation)) => show(session, &organisation),
        (None, None) => organisations(session),
    }
}

fn change(session: &mut Session, command: NetworkCommand) -> Result<()> {
    let today = session.store.today();
    let said = match command {
        NetworkCommand::Join {
            organisation,
            company,
            since,
        } => {
            let (org, company) = (resolve(session, &organisation)?, resolve(session, &company)?);
            let since = session.optional_date(since.as_deref())?;
            session.store.join_organisation(org, company, since)?;
            crate::t!(
                "cli-network-joined",
                company = name(session, company)?,
                organisation = name(session, org)?
            )
        }
        NetworkCommand::Leave {
            organisation,
            company,
            on,
        } => {
            let (org, company) = (resolve(session, &organisation)?, resolve(session, &company)?);
            let on = session.optional_date(on.as_deref())?.unwrap_or(today);
            session.store.leave_organisation(org, company, on)?;
            crate::t!(
                "cli-network-left",
                company = name(session, company)?,
                organisation = name(session, org)?
            )
        }
        NetworkCommand::Role {
            staff,
            organisation,
            title,
            since,
        } => affiliate(session, &staff, &organisation, AffiliationKind::Role, title, since)?,
        NetworkCommand::Works {
            staff,
            company,
            title,
            since,
        } => affiliate(session, &staff, &company, AffiliationKind::Works, title, since)?,
        NetworkCommand::End {
            staff,
            organisation,
            tie,
            on,
        } => {
            let (who, org) = (session.store.resolve_staff(&staff)?, resolve(session, &organisation)?);
            let on = session.optional_date(on.as_deref())?.unwrap_or(today);
            session.store.end_affiliation(who, org, tie, on)?;
            crate::t!("cli-network-ended", organisation = name(session, org)?)
        }
        NetworkCommand::Introduced {
            company,
            person,
            by_person,
            by_staff,
            by_org,
            on,
            note,
        } => {
            let company = resolve(session, &company)?;
            let introduced = match &person {
                Some(p) => Introduced::Person(session.store.resolve_contact(company, p)?),
                None => Introduced::Company(company),
            };
            let by = match (by_person, by_staff, by_org) {
                (Some(p), _, _) => Introducer::Person(session.store.resolve_person(&p)?),
                (_, Some(s), _) => Introducer::Staff(session.store.resolve_staff(&s)?),
                (_, _, Some(o)) => Introducer::Organisation(resolve(session, &o)?),
                _ => return Err(Error::invalid(crate::t!("err-introduced-by-whom"))),
            };
            let on = session.optional_date(on.as_deref())?;
            session.store.add_introduction(NewIntroduction {
                introduced,
                by,
                on,
                note,
            })?;
            crate::t!("cli-network-introduced", company = name(session, company)?)
        }
    };
    session.out.line(said)
}

fn affiliate(
    session: &mut Session,
    staff: &str,
    organisation: &str,
    kind: AffiliationKind,
    title: Option<String>,
    since: Option<String>,
) -> Result<String> {
    let (who, org) = (session.store.resolve_staff(staff)?, resolve(session, organisation)?);
    let since = session.optional_date(since.as_deref())?;
    session.store.add_affiliation(who, org, kind, title.as_deref(), since)?;
    let staff = session.store.staff_name(who)?;
    Ok(match kind {
        AffiliationKind::Role => crate::t!("cli-network-role", staff = staff, organisation = name(session, org)?),
        AffiliationKind::Works => crate::t!("cli-network-works", staff = staff, company = name(session, org)?),
    })
}

fn resolve(session: &Session, given: &str) -> Result<crate::model::Id> {
    session.store.resolve_company(given)
}

fn name(session: &Session, id: crate::model::Id) -> Result<String> {
    Ok(session.store.company(id)?.name)
}

/// Every organisation that is not a company, with its members.
fn organisations(session: &mut Session) -> Result<()> {
    let rows = session.store.organisations()?;
    let table = Table::new(&[("ID", 6), ("NAME", 34), ("KIND", 14), ("MEMBERS", 8), ("STAFF", 0)]);
    list(&session.out, &rows, &table, |o| {
        vec![
            o.id.to_string(),
            o.name.clone(),
            o.kind.display_label(),
            o.members.to_string(),
            o.staff.join(", "),
        ]
    })
}

fn show(session: &mut Session, given: &str) -> Result<()> {
    let id = resolve(session, given)?;
    let network = session.store.network(id)?;
    let out = &session.out;
    if out.json {
        return out.json_value(&network);
    }
    out.line(format!(
        "{} (#{}) · {}",
        network.organisation,
        network.organisation_id,
        network.kind.display_label()
    ))?;
    for m in &network.member_of {
        out.line(format!(
            "  {}",
            crate::t!("cli-network-member-of", organisation = m.organisation.as_str())
        ))?;
    }
    for a in &network.staff {
        let title = a.title.clone().unwrap_or_else(|| a.kind.display_label());
        let ended = a
            .ended_on
            .map(|d| format!(" ({})", crate::t!("cli-network-until", day = crate::l10n::date(d))));
        out.line(format!("  {}: {title}{}", a.staff, ended.unwrap_or_default()))?;
    }
    out.line("")?;
    let current = network.members.iter().filter(|m| m.until.is_none()).count();
    out.line(crate::t!(
        "cli-network-members",
        count = current,
        year = network.school_year.as_str()
    ))?;
    let table = Table::new(&[
        ("COMPANY", 30),
        ("STATUS", 9),
        ("OWNER", 16),
        ("LAST CONTACT", 12),
        ("WORK", 5),
        ("ROOM", 5),
        ("MEMBER", 0),
    ]);
    out.line(table.header())?;
    for m in &network.members {
        let member = match (m.since, m.until) {
            (_, Some(until)) => crate::t!("cli-network-until", day = crate::l10n::date(until)),
            (Some(since), None) => crate::t!("cli-network-since", day = crate::l10n::date(since)),
            (None, None) => String::new(),
        };
        out.line(table.row(&[
            m.company.clone(),
            m.status.display_label(),
            opt(&m.owner),
            m.last_contact.map(crate::l10n::date).unwrap_or_default(),
            m.collaborations.to_string(),
            m.places_open.to_string(),
            member,
        ]))?;
    }
    if !network.introduced.is_empty() {
        out.line("")?;
        out.line(crate::t!("cli-network-doors"))?;
        for i in &network.introduced {
            let whom = i.person.clone().or(i.company.clone()).unwrap_or_default();
            out.line(format!("  {whom}{}", on_day(i.introduced_on)))?;
        }
    }
    Ok(())
}

fn on_day(day: Option<chrono::NaiveDate>) -> String {
    day.map(|d| format!(" ({})", crate::l10n::date(d))).unwrap_or_default()
}

/// `kring rest`: list, set or end a company's rest.
pub fn rest(session: &mut Session, args: RestArgs) -> Result<()> {
    let Some(company) = args.company else {
        let rows = session.store.resting()?;
        let table = Table::new(&[("ID", 6), ("COMPANY", 30), ("UNTIL", 11), ("OWNER", 16), ("REASON", 0)]);
        return list(&session.out, &rows, &table, |r| {
            vec![
                r.company_id.to_string(),
                r.company.clone(),
                crate::l10n::date(r.until),
                opt(&r.owner),
                opt(&r.reason),
            ]
        });
    };
    let id = session.store.resolve_company(&company)?;
    if args.until.is_none() && !args.end {
        return Err(Error::invalid(crate::t!("err-rest-until-or-end")));
    }
    let until = session.optional_date(args.until.as_deref())?;
    session.store.set_rest(id, until, args.reason.as_deref())?;
    let name = name(session, id)?;
    if session.out.json {
        return session.out.json_value(&session.store.company(id)?);
    }
    session.out.line(match until {
        Some(day) => crate::t!("cli-rest-set", company = name, until = crate::l10n::date(day)),
        None => crate::t!("cli-rest-ended", company = name),
    })
}

/// `kring asked COMPANY --by SCHOOL`: another school asked them.
pub fn asked(session: &mut Session, args: AskedArgs) -> Result<()> {
    let id = session.store.resolve_company(&args.company)?;
    let on = session
        .optional_date(args.on.as_deref())?
        .unwrap_or(session.store.today());
    session.store.add_outside_ask(id, on, &args.by, args.what.as_deref())?;
    let asked = session.store.asked(id)?;
    session.out.line(crate::t!(
        "cli-asked-logged",
        company = name(session, id)?,
        times = asked.times,
        days = asked.days
    ))
}

/// On `company show`: memberships, staff ties, who opened the door, places
/// this school year, other schools' asks — those there are.
pub fn print_company_network(out: &Out, network: &CompanyNetwork, company: Id) -> Result<()> {
    let mut lines = Vec::new();
    for m in &network.memberships {
        let ended = m
            .ended_on
            .map(|d| format!(" ({})", crate::t!("cli-network-until", day = crate::l10n::date(d))));
        lines.push(
            match m.company_id == company {
                true => crate::t!("cli-network-member-of", organisation = m.organisation.as_str()),
                false => crate::t!("cli-network-has-member", company = m.company.as_str()),
            } + &ended.unwrap_or_default(),
        );
    }
    for a in &network.staff {
        let what = a.title.clone().unwrap_or_else(|| a.kind.display_label());
        lines.push(format!("{}: {what}", a.staff));
    }
    for i in &network.introductions {
        let whom = i.person.as_deref().map(|p| format!("{p}: ")).unwrap_or_default();
        lines.push(format!(
            "{whom}{}{}",
            crate::t!("cli-network-introduced-by", by = i.by.as_str()),
            on_day(i.introduced_on)
        ));
    }
    for p in &network.places {
        let period = match p.period.is_empty() {
            true => crate::t!("places-whole-year"),
            false => p.period.clone(),
        };
        lines.push(crate::t!(
            "cli-network-places",
            programme = p.programme.as_str(),
            period = period,
            offered = p.offered,
            filled = p.filled
        ));
    }
    for a in &network.outside_asks {
        let what = a.what.as_deref().map(|w| format!(": {w}")).unwrap_or_default();
        lines.push(format!(
            "{}{what} ({})",
            crate::t!("cli-network-asked-by", school = a.asked_by.as_str()),
            crate::l10n::date(a.asked_on)
        ));
    }
    if lines.is_empty() {
        return Ok(());
    }
    out.line("")?;
    out.line(crate::t!("cli-network-heading"))?;
    for line in lines {
        out.line(format!("  {line}"))?;
    }
    Ok(())
}
