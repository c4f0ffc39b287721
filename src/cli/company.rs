//! `kring company …`

use super::output::Out;
use super::output::{ago, fit, list_each, opt, Table};
use super::vocabulary::vocabulary;
use super::Session;
use crate::domain::kinds::{CompanyStatus, OrganisationKind};
use crate::model::companies::Company;
use crate::model::companies::{CompanyFilter, CompanyPatch, CompanyRow, CompanySort, NewCompany};
use crate::model::followups::FollowupRow;
use crate::model::health::CompanyHealth;
use crate::model::page::CompanyPage;
use crate::model::people::Contact;
use crate::usecases::company_page::{company_page, Reading};
use crate::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum CompanyCommand {
    /// Add a company
    Add {
        name: String,
        #[command(flatten)]
        fields: CompanyFields,
        /// Add it even when it looks like a company kring has (needed when not run in a terminal)
        #[arg(short, long)]
        yes: bool,
    },
    /// List companies (not archived unless --archived)
    List(ListArgs),
    /// Show a company: fields, people, open follow-ups, timeline
    Show {
        company: String,
        /// How many interactions of the timeline to show
        #[arg(long, default_value_t = 20)]
        limit: u32,
        /// The whole timeline, back to the first contact
        #[arg(long, conflicts_with = "limit")]
        all: bool,
    },
    /// Change a company's fields (an empty value clears a field)
    Edit {
        company: String,
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        fields: CompanyFields,
        /// Remove a tag (repeatable)
        #[arg(long = "untag", value_name = "TAG")]
        untag: Vec<String>,
    },
    /// Record an SBB recognition (erkend leerbedrijf) for a programme
    Recognise {
        company: String,
        /// Crebo number of the programme: 5 digits
        #[arg(long)]
        crebo: String,
        #[arg(long)]
        programme: Option<String>,
        /// The workplace trainer (a contact person there)
        #[arg(long)]
        trainer: Option<String>,
        /// Recognised since
        #[arg(long, allow_hyphen_values = true)]
        since: Option<String>,
        /// When to check the recognition again
        #[arg(long, allow_hyphen_values = true)]
        recheck: Option<String>,
    },
    /// Record that an SBB recognition was checked again, and when the next check is
    Rechecked {
        company: String,
        /// Crebo number of the programme: 5 digits
        #[arg(long)]
        crebo: String,
        /// When to check it next (default: a year from today)
        #[arg(long, allow_hyphen_values = true)]
        next: Option<String>,
    },
    /// Archive a company (nothing is deleted; --undo restores it)
    Archive {
        company: String,
        #[arg(long)]
        undo: bool,
    },
}

#[derive(Debug, Args)]
pub struct CompanyFields {
    /// KvK number (8 digits, spaces allowed)
    #[arg(long)]
    pub kvk: Option<String>,
    #[arg(long)]
    pub sector: Option<String>,
    #[arg(long)]
    pub street: Option<String>,
    #[arg(long)]
    pub postcode: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    #[arg(long)]
    pub website: Option<String>,
    /// The company's general e-mail address (info@…)
    #[arg(long)]
    pub email: Option<String>,
    /// The company's general phone number (the switchboard)
    #[arg(long)]
    pub phone: Option<String>,
    /// How the relationship started (bedrijvendag, LinkedIn, …)
    #[arg(long)]
    pub source: Option<String>,
    /// Where the relationship stands
    #[arg(long, value_parser = vocabulary::<CompanyStatus>())]
    pub status: Option<CompanyStatus>,
    /// The staff member who owns the relationship
    #[arg(long)]
    pub owner: Option<String>,
    /// Wanted contact cadence in days (0 = the default of the status)
    #[arg(long)]
    pub cadence: Option<u32>,
    /// What's in it for them
    #[arg(long)]
    pub motivation: Option<String>,
    /// Agreements, compensation
    #[arg(long)]
    pub agreements: Option<String>,
    /// Recognised training company (SBB): true or false
    #[arg(long)]
    pub recognised: Option<bool>,
    /// What sort of organisation: company, association, government, education, foundation
    #[arg(long, value_parser = vocabulary::<OrganisationKind>())]
    pub kind: Option<OrganisationKind>,
    /// Add a tag (repeatable)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_parser = vocabulary::<CompanyStatus>())]
    pub status: Option<CompanyStatus>,
    #[arg(long)]
    pub owner: Option<String>,
    #[arg(long)]
    pub tag: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    #[arg(long)]
    pub sector: Option<String>,
    /// Only recognised training companies
    #[arg(long)]
    pub recognised: bool,
    /// Only organisations of this kind (association, government, education, foundation, company)
    #[arg(long, value_parser = vocabulary::<OrganisationKind>())]
    pub kind: Option<OrganisationKind>,
    /// Only current members of this business circle
    #[arg(long)]
    pub circle: Option<String>,
    /// Only current members of this organisation (an association)
    #[arg(long)]
    pub member_of: Option<String>,
    /// Name, city or tag contains this text
    #[arg(long)]
    pub search: Option<String>,
    /// Include archived companies
    #[arg(long)]
    pub archived: bool,
    #[arg(long, value_enum, default_value_t = SortKey::Name)]
    pub sort: SortKey,
    #[arg(long)]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SortKey {
    Name,
    City,
    Status,
    LastContact,
    Followups,
    /// Most approached in the last 90 days first
    Asked,
}

pub fn run(session: &mut Session, command: CompanyCommand) -> Result<()> {
    match command {
        CompanyCommand::Add { name, fields, yes } => add(session, name, fields, yes),
        CompanyCommand::List(args) => list(session, args),
        CompanyCommand::Show { company, limit, all } => show(session, &company, if all { u32::MAX } else { limit }),
        CompanyCommand::Edit {
            company,
            name,
            fields,
            untag,
        } => edit(session, &company, name, fields, untag),
        CompanyCommand::Rechecked { company, crebo, next } => {
            let company = session.store.resolve_company(&company)?;
            let crebo = crate::domain::validate::crebo(&crebo)?;
            let found = session.store.recognitions(Some(company))?;
            let r = found
                .iter()
                .find(|r| r.crebo == crebo)
                .ok_or_else(|| crate::Error::invalid(crate::t!("err-no-recognition", crebo = crebo.as_str())))?;
            let next = match next {
                Some(next) => Some(session.date(&next)?),
                None => crate::domain::dates::a_year_after(session.store.today()),
            };
            session.store.mark_rechecked(r.id, next)?;
            let next = next.map(crate::l10n::date).unwrap_or_default();
            session.out.line(crate::t!(
                "cli-rechecked",
                company = r.company.as_str(),
                crebo = r.crebo.as_str(),
                next = next
            ))
        }
        CompanyCommand::Recognise {
            company,
            crebo,
            programme,
            trainer,
            since,
            recheck,
        } => {
            let company = session.store.resolve_company(&company)?;
            let trainer = trainer
                .as_deref()
                .map(|t| session.store.resolve_contact(company, t))
                .transpose()?;
            let id = session
                .store
                .add_recognition(crate::model::recognition::NewRecognition {
                    company,
                    crebo,
                    programme,
                    trainer,
                    recognised_on: session.optional_date(since.as_deref())?,
                    recheck_on: session.optional_date(recheck.as_deref())?,
                })?;
            let r = session
                .store
                .recognitions(Some(company))?
                .into_iter()
                .find(|r| r.id == id);
            if session.out.json {
                return session.out.json_value(&r);
            }
            session.out.line(format!(
                "{} is recognised for crebo {}",
                session.store.company(company)?.name,
                r.map(|r| r.crebo).unwrap_or_default()
            ))
        }
        CompanyCommand::Archive { company, undo } => {
            let id = session.store.resolve_company(&company)?;
            session.store.archive_company(id, !undo)?;
            let name = session.store.company(id)?.name;
            session.out.line(if undo {
                crate::t!("cli-restored", name = name, id = id)
            } else {
                crate::t!("cli-archived", name = name, id = id)
            })
        }
    }
}

fn add(session: &mut Session, name: String, fields: CompanyFields, yes: bool) -> Result<()> {
    let status = fields.status;
    let owner = match &fields.owner {
        Some(owner) => Some(session.store.resolve_staff(owner)?),
        None => session.store.actor(),
    };
    let new = NewCompany {
        name,
        kvk: fields.kvk,
        sector: fields.sector,
        street: fields.street,
        postcode: fields.postcode,
        city: fields.city,
        website: fields.website,
        email: fields.email,
        phone: fields.phone,
        source: fields.source,
        status,
        owner,
        cadence_days: fields.cadence,
        motivation: fields.motivation,
        agreements: fields.agreements,
        recognised: fields.recognised.unwrap_or(false),
        tags: fields.tags,
        kind: fields.kind,
    };
    // What is wrong with it is said before what it looks like.
    crate::domain::validate::name("company name", &new.name)?;
    if !super::output::agree_to_likely(&session.store.likely_same_company(&new)?, yes)? {
        return session.out.line(crate::t!("cli-not-added"));
    }
    let id = session.store.add_company(new)?;
    let company = session.store.company(id)?;
    if session.out.json {
        return session.out.json_value(&company);
    }
    session
        .out
        .line(crate::t!("cli-company-added", id = id, name = company.name))
}

fn edit(
    session: &mut Session,
    given: &str,
    name: Option<String>,
    fields: CompanyFields,
    untag: Vec<String>,
) -> Result<()> {
    let id = session.store.resolve_company(given)?;
    let owner = fields
        .owner
        .as_deref()
        .map(|o| session.store.resolve_staff(o))
        .transpose()?;
    let patch = CompanyPatch {
        seen: None,
        name,
        kvk: fields.kvk,
        sector: fields.sector,
        street: fields.street,
        postcode: fields.postcode,
        city: fields.city,
        website: fields.website,
        email: fields.email,
        phone: fields.phone,
        source: fields.source,
        status: fields.status,
        owner,
        cadence_days: fields.cadence,
        motivation: fields.motivation,
        agreements: fields.agreements,
        recognised: fields.recognised,
        kind: fields.kind,
        add_tags: fields.tags,
        remove_tags: untag,
    };
    session.store.edit_company(id, patch)?;
    let company = session.store.company(id)?;
    if session.out.json {
        return session.out.json_value(&company);
    }
    session
        .out
        .line(crate::t!("cli-company-updated", id = id, name = company.name))
}

fn list(session: &mut Session, args: ListArgs) -> Result<()> {
    let filter = CompanyFilter {
        status: args.status,
        owner: args
            .owner
            .as_deref()
            .map(|o| session.store.resolve_staff(o))
            .transpose()?,
        tag: args.tag,
        city: args.city,
        sector: args.sector,
        recognised: args.recognised.then_some(true),
        kind: args.kind,
        member_of: args
            .member_of
            .as_deref()
            .map(|o| session.store.resolve_company(o))
            .transpose()?,
        circle: args
            .circle
            .as_deref()
            .map(|c| session.store.resolve_circle(c))
            .transpose()?,
        text: args.search,
        include_archived: args.archived,
        sort: match args.sort {
            SortKey::Name => CompanySort::Name,
            SortKey::City => CompanySort::City,
            SortKey::Status => CompanySort::Status,
            SortKey::LastContact => CompanySort::LastContact,
            SortKey::Followups => CompanySort::OpenFollowups,
            SortKey::Asked => CompanySort::Asked {
                since: session.store.today() - chrono::Duration::days(i64::from(crate::model::teams::ASKED_DAYS)),
            },
        },
        limit: args.limit,
        offset: 0,
    };
    let table = Table::new(&[
        ("ID", 6),
        ("NAME", 34),
        ("CITY", 14),
        ("STATUS", 8),
        ("OWNER", 16),
        ("LAST CONTACT", 12),
        ("OPEN", 4),
        ("TAGS", 0),
    ]);
    let row = |c: &CompanyRow| {
        vec![
            c.id.to_string(),
            c.name.clone(),
            opt(&c.city),
            c.status.to_string(),
            opt(&c.owner),
            c.last_contact.map(|d| d.to_string()).unwrap_or_else(|| "never".into()),
            c.open_followups.to_string(),
            c.tags.join(","),
        ]
    };
    let store = &session.store;
    list_each(&session.out, &table, row, |each| store.for_each_company(&filter, each))
}

fn show(session: &mut Session, given: &str, limit: u32) -> Result<()> {
    let id = session.store.resolve_company(given)?;
    let reading = Reading {
        collision_days: session.collision_days,
        ..Reading::full(limit)
    };
    let page = company_page(&session.store, id, reading)?;
    let out = &session.out;
    super::output::tell_recent_contacts(&page.company.name, page.company.owner.as_deref(), &page.recent_contacts);
    if out.json {
        return out.json_value(&serde_json::json!({
            "company": page.company,
            "health": page.health,
            "health_history": page.health_history,
            "health_trend": page.health_trend,
            "engagements": page.engagements,
            "recognitions": page.recognitions,
            "questions": page.questions,
            "contacts": page.contacts,
            "followups": page.followups,
            "timeline": page.timeline,
            "timeline_total": page.timeline_total,
            "recent_contacts": page.recent_contacts,
            "asked": page.asked,
            "network": page.network,
            "attachments": page.attachments,
        }));
    }
    print_fields(out, &page.company, session.store.today())?;
    print_asked(out, &page.asked)?;
    if let Some(h) = &page.health {
        print_health(out, h)?;
        if let Some(trend) = &page.health_trend {
            super::health::print_trend(out, trend)?;
        }
    }
    print_people(out, &page.contacts)?;
    super::network::print_company_network(out, &page.network, page.company.id)?;
    print_collaborations(out, &page)?;
    super::question::print_open(out, &page.questions)?;
    print_followups(out, &page.followups)?;
    super::attach::print_all(out, &page.attachments)?;
    out.line("")?;
    out.line(crate::t!("cli-show-timeline"))?;
    print_timeline(out, &page.timeline, page.timeline_total, id)
}

/// The name line and the company's fields, those that are filled in.
fn print_fields(out: &Out, company: &Company, today: NaiveDate) -> Result<()> {
    let archived = if company.archived {
        format!("  [{}]", crate::t!("cli-show-archived"))
    } else {
        String::new()
    };
    out.line(format!("{} (#{}){archived}", company.name, company.id))?;
    let address = [company.street.clone(), company.postcode.clone(), company.city.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let cadence = company.cadence_said();
    let last = match company.last_contact {
        Some(d) => format!("{} ({})", crate::l10n::date(d), ago((today - d).num_days())),
        None => crate::t!("cli-show-never"),
    };
    let resting = company.resting(today).map(|until| {
        let reason = company
            .rest_reason
            .as_deref()
            .map(|r| format!(": {r}"))
            .unwrap_or_default();
        format!(
            "{}{reason}",
            crate::t!("cli-places-resting", until = crate::l10n::date(until))
        )
    });
    let kind = (company.kind != crate::domain::kinds::OrganisationKind::Company).then(|| company.kind.display_label());
    let fields = [
        ("Kind", kind),
        ("Resting", resting),
        ("Status", Some(company.status.display_label())),
        ("Owner", company.owner.clone()),
        ("KvK", company.kvk.clone()),
        ("Sector", company.sector.clone()),
        ("Address", Some(address).filter(|a| !a.is_empty())),
        ("Website", company.website.clone()),
        ("E-mail", company.email.clone()),
        ("Phone", company.phone.clone()),
        ("Source", company.source.clone()),
        ("Cadence", Some(cadence)),
        ("Last contact", Some(last)),
        (
            "Recognised",
            company.recognised.then(|| crate::t!("cli-show-recognised")),
        ),
        ("Tags", Some(company.tags.join(", ")).filter(|t| !t.is_empty())),
        ("Motivation", company.motivation.clone()),
        ("Agreements", company.agreements.clone()),
    ];
    let width = label_width();
    for (label, value) in fields {
        if let Some(value) = value {
            out.line(format!(
                "  {}{value}",
                fit(&format!("{}:", crate::l10n::phrase(label)), width)
            ))?;
        }
    }
    Ok(())
}

/// The width of the column of a company's labels in the language shown
/// ("Laatste contact:" is longer than "Last contact:"), and a space.
fn label_width() -> usize {
    FIELD_LABELS
        .iter()
        .map(|label| crate::l10n::phrase(label).chars().count() + 2)
        .max()
        .unwrap_or(14)
        .max(14)
}

/// The labels of a company's fields, as `company show` prints them.
const FIELD_LABELS: [&str; 18] = [
    "Kind",
    "Resting",
    "Status",
    "Owner",
    "KvK",
    "Sector",
    "Address",
    "Website",
    "E-mail",
    "Phone",
    "Source",
    "Cadence",
    "Last contact",
    "Recognised",
    "Tags",
    "Motivation",
    "Agreements",
    "Asked",
];

/// "Asked: 6× by 3 teams in 90 days" — and a hint when that is a lot.
fn print_asked(out: &Out, asked: &crate::model::teams::Asked) -> Result<()> {
    if asked.times == 0 {
        return Ok(());
    }
    let bundle = if asked.crowded() {
        crate::t!("cli-show-bundle")
    } else {
        String::new()
    };
    out.line(format!(
        "  {}{}{bundle}",
        fit(&format!("{}:", crate::l10n::phrase("Asked")), label_width()),
        crate::t!(
            "cli-show-asked",
            times = asked.times,
            whom = asked.by_whom(),
            days = asked.days
        )
    ))
}

fn print_health(out: &Out, h: &CompanyHealth) -> Result<()> {
    out.line("")?;
    let single = if h.single_point_of_contact {
        format!(" — {}", crate::t!("cli-single-point"))
    } else {
        String::new()
    };
    out.line(crate::t!(
        "cli-show-health",
        score = h.score,
        band = h.band.display_label(),
        single = single,
        staff = h.staff_in_touch,
        contacts = h.current_contacts
    ))?;
    for reason in &h.reasons {
        out.line(format!("  - {reason}"))?;
    }
    Ok(())
}

fn print_people(out: &Out, contacts: &[Contact]) -> Result<()> {
    out.line("")?;
    out.line(crate::t!("cli-show-people"))?;
    if contacts.is_empty() {
        out.line(crate::t!("cli-show-no-people"))?;
    }
    for c in contacts {
        let reach = [c.email.clone(), c.phone.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        let state = match (c.current, c.until) {
            (true, _) => String::new(),
            (false, Some(until)) => format!(
                "  [{}]",
                crate::t!("cli-show-former-until", date = crate::l10n::date(until))
            ),
            (false, None) => format!("  [{}]", crate::t!("cli-show-former")),
        };
        let role = c.title.clone().unwrap_or_else(|| c.role.display_label());
        let dnc = if c.do_not_contact {
            format!("  [{}]", crate::t!("cli-show-do-not-contact"))
        } else {
            String::new()
        };
        out.line(format!(
            "  {} #{}  {}  {reach}{state}{dnc}",
            fit(&c.name, 24),
            c.id,
            fit(&role, 18)
        ))?;
    }
    Ok(())
}

fn print_collaborations(out: &Out, page: &CompanyPage) -> Result<()> {
    let (engagements, recognitions) = (&page.engagements, &page.recognitions);
    out.line("")?;
    out.line(crate::t!("cli-show-collaborations"))?;
    if engagements.is_empty() {
        out.line(crate::t!("cli-show-no-collaborations"))?;
    }
    for e in engagements {
        let students = e
            .students
            .map(|s| format!(", {}", crate::t!("cli-show-students", count = s)))
            .unwrap_or_default();
        let year = e.school_year.clone().map(|y| format!(" {y}")).unwrap_or_default();
        out.line(format!(
            "  #{} {}{year} ({}{students}) {}",
            e.id,
            e.form.display_label(),
            e.status.display_label(),
            opt(&e.programme)
        ))?;
    }
    for r in recognitions {
        let recheck = r
            .recheck_on
            .map(|d| format!(", {}", crate::t!("cli-show-recheck", date = crate::l10n::date(d))))
            .unwrap_or_default();
        let trainer = r
            .trainer
            .clone()
            .map(|t| format!(", {}", crate::t!("cli-show-trainer", name = t)))
            .unwrap_or_default();
        out.line(format!(
            "  {} {}{trainer}{recheck}",
            crate::t!("cli-show-sbb", crebo = r.crebo.as_str()),
            opt(&r.programme)
        ))?;
    }
    Ok(())
}

fn print_followups(out: &Out, followups: &[FollowupRow]) -> Result<()> {
    out.line("")?;
    out.line(crate::t!("dossier-followups"))?;
    if followups.is_empty() {
        out.line(format!("  ({})", crate::t!("company-none")))?;
    }
    for f in followups {
        let late = if f.days_overdue > 0 {
            format!("  {}", crate::t!("cli-show-overdue", days = f.days_overdue))
        } else {
            String::new()
        };
        out.line(format!(
            "  #{} {}  {}  ({}){late}",
            f.id,
            crate::l10n::date(f.due),
            f.action,
            opt(&f.staff)
        ))?;
    }
    Ok(())
}

/// The timeline's entries, newest first, and how many more there are.
fn print_timeline(
    out: &super::output::Out,
    timeline: &[crate::model::interactions::TimelineEntry],
    total: u64,
    company: crate::store::Id,
) -> Result<()> {
    if timeline.is_empty() {
        out.line(crate::t!("cli-show-no-interactions"))?;
    }
    for entry in timeline {
        let with = if entry.persons.is_empty() {
            String::new()
        } else {
            crate::t!("cli-show-with", names = entry.persons.join(", "))
        };
        out.line(format!(
            "  {}  {}{with}  #{}",
            crate::l10n::date(entry.on),
            crate::t!(
                "cli-show-kind-by",
                kind = entry.kind.display_label(),
                who = opt(&entry.staff)
            ),
            entry.id
        ))?;
        for line in entry.summary.lines() {
            out.line(format!("      {line}"))?;
        }
        if let Some(outcome) = &entry.outcome {
            out.line(format!("      → {outcome}"))?;
        }
    }
    let more = total.saturating_sub(timeline.len() as u64);
    if more > 0 {
        out.line(crate::t!(
            "cli-show-more",
            more = more,
            company = company,
            total = total
        ))?;
    }
    Ok(())
}

/// `kring timeline COMPANY [--limit N]`: the interactions alone, newest first.
pub fn timeline(session: &mut Session, given: &str, limit: Option<u32>) -> Result<()> {
    let id = session.store.resolve_company(given)?;
    let entries = session.store.timeline(id, limit.unwrap_or(u32::MAX))?;
    let total = session.store.count_interactions(id)?;
    let out = &session.out;
    if out.json {
        return out.json_value(&serde_json::json!({ "company": id, "timeline": entries, "total": total }));
    }
    out.line(crate::t!(
        "cli-show-timeline-of",
        name = session.store.company(id)?.name,
        id = id,
        shown = crate::l10n::shown_of(entries.len(), total)
    ))?;
    print_timeline(out, &entries, total, id)
}
