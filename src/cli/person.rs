//! `kring person …`

use super::output::{fit, list_each, opt, Table};
use super::vocabulary::vocabulary;
use super::Session;
use crate::domain::kinds::{ContactRole, MailingBasis};
use crate::model::people::{NewPerson, PersonFilter, PersonPatch, PersonRow};
use crate::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    /// Add a contact person at a company
    Add {
        name: String,
        #[arg(long)]
        company: String,
        /// Their role at the company (workplace_trainer: the praktijkopleider)
        #[arg(long, value_parser = vocabulary::<ContactRole>())]
        role: Option<ContactRole>,
        /// Job title as they write it ("Stagebegeleider")
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        phone: Option<String>,
        #[arg(long)]
        notes: Option<String>,
        /// Never include in mailings or exports
        #[arg(long)]
        do_not_contact: bool,
        #[command(flatten)]
        basis: BasisArgs,
        /// Add them even when they look like someone kring has (needed when not run in a terminal)
        #[arg(short, long)]
        yes: bool,
    },
    /// List people (current company shown)
    List {
        /// Only current contacts at this company
        #[arg(long)]
        company: Option<String>,
        /// Name or e-mail contains this text
        #[arg(long)]
        search: Option<String>,
        /// Only alumni (of a programme containing this text, when given)
        #[arg(long, num_args = 0..=1, default_missing_value = "")]
        alumni: Option<String>,
        #[command(flatten)]
        who: PeopleFilterArgs,
        #[arg(long)]
        limit: Option<u32>,
    },
    /// Show a person with their employment history and interactions
    Show { person: String },
    /// Change a person's fields (an empty value clears a field)
    Edit {
        person: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        phone: Option<String>,
        #[arg(long)]
        notes: Option<String>,
        #[arg(long, value_parser = vocabulary::<ContactRole>())]
        role: Option<ContactRole>,
        #[arg(long)]
        title: Option<String>,
        /// true or false
        #[arg(long)]
        do_not_contact: Option<bool>,
        /// The given name ("Noëlle"); the full name follows unless --name is given
        #[arg(long)]
        given_name: Option<String>,
        /// The tussenvoegsel ("de", "van 't")
        #[arg(long)]
        infix: Option<String>,
        /// The family name without its tussenvoegsel ("Vries")
        #[arg(long)]
        family_name: Option<String>,
        /// Form of address: Dhr., Mevr., ir. …
        #[arg(long)]
        honorific: Option<String>,
        /// How a letter opens ("Geachte heer Van 't Hek"); empty: derived again
        #[arg(long)]
        salutation: Option<String>,
        /// A topic they can speak or advise on ("intellectueel eigendom"); repeatable
        #[arg(long = "topic", value_name = "TOPIC")]
        topics: Vec<String>,
        /// Take a topic away; repeatable
        #[arg(long = "untopic", value_name = "TOPIC")]
        untopics: Vec<String>,
        #[command(flatten)]
        basis: BasisArgs,
    },
    /// Everything stored about a person, as JSON (a GDPR request of access)
    Export { person: String },
    /// Erase a person for good (GDPR): record, links, every mention; asks first unless --yes
    Erase(super::erase::EraseArgs),
    /// The person left their company: the job ends (history kept); a successor takes over, or the owner is asked to find one
    Left {
        person: String,
        /// The last day (default: today)
        #[arg(long, allow_hyphen_values = true)]
        on: Option<String>,
        /// Who takes over (a person at the company, or who now works there)
        #[arg(long)]
        successor: Option<String>,
        /// The company they left, when they work at more than one
        #[arg(long)]
        company: Option<String>,
    },
    /// Mark a person a former student of ours (an alumnus)
    Alumnus {
        person: String,
        /// The programme they followed (empty: not an alumnus)
        #[arg(long)]
        programme: String,
        /// The year they finished
        #[arg(long)]
        year: Option<i32>,
    },
    /// The person now works elsewhere: end the old employment, keep the history
    Move {
        person: String,
        #[arg(long)]
        to: String,
        #[arg(long, value_parser = vocabulary::<ContactRole>())]
        role: Option<ContactRole>,
        #[arg(long)]
        title: Option<String>,
    },
}

pub fn run(session: &mut Session, command: PersonCommand) -> Result<()> {
    match command {
        PersonCommand::Add {
            name,
            company,
            role,
            title,
            email,
            phone,
            notes,
            do_not_contact,
            basis,
            yes,
        } => {
            let mailing_basis = basis.read(session)?.flatten();
            let new = NewPerson {
                mailing_basis,
                name,
                email,
                phone,
                notes,
                do_not_contact,
                company: Some(session.store.resolve_company(&company)?),
                role,
                title,
                ..NewPerson::default()
            };
            add(session, new, yes)
        }
        PersonCommand::List {
            company,
            search,
            alumni,
            who,
            limit,
        } => print_list(session, company.as_deref(), search, alumni, who, limit),
        PersonCommand::Left {
            person,
            on,
            successor,
            company,
        } => left(session, &person, on, successor, company),
        PersonCommand::Alumnus {
            person,
            programme,
            year,
        } => alumnus(session, &person, &programme, year),
        PersonCommand::Show { person } => show(session, &person),
        PersonCommand::Export { person } => {
            let id = session.store.resolve_person(&person)?;
            let data = session.store.person_export(id)?;
            session.out.json_value(&data)
        }
        PersonCommand::Erase(args) => super::erase::run(session, args),
        PersonCommand::Edit {
            person,
            name,
            email,
            phone,
            notes,
            role,
            title,
            do_not_contact,
            given_name,
            infix,
            family_name,
            honorific,
            salutation,
            topics,
            untopics,
            basis,
        } => {
            // Only the fields named on the command line are written.
            let patch = PersonPatch {
                mailing_basis: basis.read(session)?,
                name,
                email,
                phone,
                notes,
                do_not_contact,
                role,
                title,
                given_name,
                infix,
                family_name,
                honorific,
                salutation,
                seen: None,
            };
            edit(session, &person, patch, &topics, &untopics)
        }
        PersonCommand::Move {
            person,
            to,
            role,
            title,
        } => move_to(session, &person, &to, role, title),
    }
}

/// `person add`: at a company; a likely duplicate is asked about first.
fn add(session: &mut Session, new: NewPerson, yes: bool) -> Result<()> {
    crate::domain::validate::name("person name", &new.name)?;
    if !super::output::agree_to_likely(&session.store.likely_same_person(&new)?, yes)? {
        return session.out.line(crate::t!("cli-not-added"));
    }
    let company = new.company;
    let id = session.store.add_person(new)?;
    let person = session.store.person(id)?;
    if session.out.json {
        return session.out.json_value(&person);
    }
    let company = company.map(|c| session.store.company(c)).transpose()?;
    session.out.line(crate::t!(
        "cli-person-added",
        id = id,
        name = person.name,
        company = company.map(|c| c.name).unwrap_or_default()
    ))
}

/// `person edit`: the fields named change; topics alone only touch topics.
fn edit(session: &mut Session, person: &str, patch: PersonPatch, topics: &[String], untopics: &[String]) -> Result<()> {
    let id = session.store.resolve_person(person)?;
    let texts = [
        &patch.name,
        &patch.email,
        &patch.phone,
        &patch.notes,
        &patch.title,
        &patch.given_name,
        &patch.infix,
        &patch.family_name,
    ];
    let fields_given = texts.iter().any(|f| f.is_some())
        || patch.honorific.is_some()
        || patch.salutation.is_some()
        || patch.role.is_some()
        || patch.do_not_contact.is_some()
        || patch.mailing_basis.is_some();
    let topics_given = !topics.is_empty() || !untopics.is_empty();
    if topics_given && !fields_given {
        session.store.set_topics(id, topics, untopics)?;
        return topics_changed(session, id);
    }
    session.store.edit_person_with_topics(id, patch, topics, untopics)?;
    let person = session.store.person(id)?;
    if session.out.json {
        return session.out.json_value(&person);
    }
    session
        .out
        .line(crate::t!("cli-person-updated", id = id, name = person.name))
}

/// `person move`: to another company (the old employment ends today).
fn move_to(
    session: &mut Session,
    person: &str,
    to: &str,
    role: Option<ContactRole>,
    title: Option<String>,
) -> Result<()> {
    let id = session.store.resolve_person(person)?;
    let company = session.store.resolve_company(to)?;
    session.store.move_person(id, company, role, title)?;
    let person = session.store.person(id)?;
    if session.out.json {
        return session.out.json_value(&person);
    }
    session.out.line(crate::t!(
        "cli-person-moved",
        name = person.name,
        company = session.store.company(company)?.name
    ))
}

/// After `person edit --topic …` alone: what they can speak on now.
fn topics_changed(session: &mut Session, id: i64) -> Result<()> {
    let person = session.store.person(id)?;
    let topics = session.store.topics_of(id)?;
    if session.out.json {
        return session
            .out
            .json_value(&serde_json::json!({ "id": id, "name": person.name, "topics": topics }));
    }
    session.out.line(crate::t!(
        "cli-person-topics",
        name = person.name,
        topics = if topics.is_empty() {
            "-".to_string()
        } else {
            topics.join(", ")
        }
    ))
}

fn show(session: &mut Session, given: &str) -> Result<()> {
    let id = session.store.resolve_person(given)?;
    let person = session.store.person(id)?;
    let timeline = session.store.timeline_of_person(id, 50)?;
    let topics = session.store.topics_of(id)?;
    let documents = session
        .store
        .attachments(crate::model::attachments::AttachedTo::Person(id))?;
    let out = &session.out;
    if out.json {
        return out.json_value(
            &serde_json::json!({ "person": person, "timeline": timeline, "topics": topics,
                                                   "attachments": documents }),
        );
    }
    let dnc = if person.do_not_contact {
        format!("  [{}]", crate::t!("cli-show-do-not-contact"))
    } else {
        String::new()
    };
    out.line(format!("{} (#{}){dnc}", person.name, person.id))?;
    let parts = &person.name_parts;
    let parts = [parts.given.as_str(), parts.infix.as_str(), parts.family.as_str()]
        .map(|p| if p.is_empty() { "–" } else { p })
        .join(" / ");
    let label = |id: &str| fit(&format!("{}:", crate::l10n::message(id, &[])), 10);
    out.line(format!("  {}{parts}", label("cli-person-name")))?;
    if let Some(honorific) = &person.honorific {
        out.line(format!("  {}{honorific}", label("cli-person-honorific")))?;
    }
    out.line(format!("  {}{}", label("cli-person-salutation"), person.salutation))?;
    let topics = (!topics.is_empty()).then(|| topics.join(", "));
    for (id, value) in [
        ("cli-person-email", &person.email),
        ("cli-person-phone", &person.phone),
        ("cli-person-notes", &person.notes),
        ("cli-person-topics-label", &topics),
        ("cli-person-mailing", &Some(person.basis_said())),
    ] {
        if let Some(value) = value {
            out.line(format!("  {}{value}", label(id)))?;
        }
    }
    out.line("")?;
    out.line(crate::t!("cli-person-works"))?;
    for e in &person.employments {
        let period = match (e.since, e.until) {
            (Some(s), Some(u)) => format!("{} – {}", crate::l10n::date(s), crate::l10n::date(u)),
            (Some(s), None) => crate::t!("cli-person-since", date = crate::l10n::date(s)),
            (None, Some(u)) => crate::t!("cli-person-until", date = crate::l10n::date(u)),
            (None, None) => String::new(),
        };
        let role = e.title.clone().unwrap_or_else(|| e.role.display_label());
        let state = if e.current {
            String::new()
        } else {
            format!("  [{}]", crate::t!("cli-show-former"))
        };
        out.line(format!(
            "  {} #{}  {}  {period}{state}",
            fit(&e.company, 30),
            e.company_id,
            fit(&role, 18)
        ))?;
    }
    super::attach::print_all(out, &documents)?;
    out.line("")?;
    out.line(crate::t!("cli-person-interactions"))?;
    if timeline.is_empty() {
        out.line(format!("  ({})", crate::t!("company-none")))?;
    }
    for entry in &timeline {
        out.line(format!(
            "  {}  {}  {}  {}",
            crate::l10n::date(entry.on),
            entry.kind.display_label(),
            entry.company,
            crate::t!("cli-person-by", who = opt(&entry.staff))
        ))?;
        for line in entry.summary.lines() {
            out.line(format!("      {line}"))?;
        }
    }
    Ok(())
}

/// `person alumnus`: a former student of ours (an empty programme: not).
fn alumnus(session: &mut Session, person: &str, programme: &str, year: Option<i32>) -> Result<()> {
    let id = session.store.resolve_person(person)?;
    session.store.set_alumnus(id, Some(programme), year)?;
    let person = session.store.person(id)?;
    if session.out.json {
        return session.out.json_value(&person);
    }
    session.out.line(match &person.alumnus_programme {
        Some(programme) => crate::t!(
            "cli-alumnus-set",
            name = person.name.as_str(),
            programme = programme.as_str(),
            year = person.alumnus_year.map(|y| y.to_string()).unwrap_or_default()
        ),
        None => crate::t!("cli-alumnus-cleared", name = person.name.as_str()),
    })
}

/// `person left`: the job ends; the successor takes over or the owner is asked to find one.
fn left(
    session: &mut Session,
    person: &str,
    on: Option<String>,
    successor: Option<String>,
    company: Option<String>,
) -> Result<()> {
    let id = session.store.resolve_person(person)?;
    let company = company.map(|c| session.store.resolve_company(&c)).transpose()?;
    let successor = successor.map(|s| session.store.resolve_person(&s)).transpose()?;
    let on = session.optional_date(on.as_deref())?.unwrap_or(session.store.today());
    let gone = session.store.person_left(id, company, on, successor)?;
    if session.out.json {
        return session.out.json_value(&gone);
    }
    let out = &session.out;
    out.line(crate::t!(
        "cli-person-left",
        name = gone.person.as_str(),
        company = gone.company.as_str(),
        day = crate::l10n::date(gone.left_on)
    ))?;
    let recognitions = gone.recognitions.join(", ");
    match &gone.successor {
        Some(next) => {
            out.line(crate::t!("cli-person-left-successor", name = next.as_str()))?;
            if !recognitions.is_empty() {
                out.line(crate::t!(
                    "cli-person-left-trainer-passed",
                    crebos = recognitions,
                    name = next.as_str()
                ))?;
            }
        }
        None => {
            if let Some(followup) = gone.followup_id {
                let f = session.store.followup(followup)?;
                out.line(crate::t!(
                    "cli-person-left-followup",
                    id = followup,
                    staff = f.staff.unwrap_or_default(),
                    due = crate::l10n::date(f.due)
                ))?;
            }
            if !recognitions.is_empty() {
                out.line(crate::t!("cli-person-left-trainer-gone", crebos = recognitions))?;
            }
        }
    }
    Ok(())
}

/// Who of the people to list: by role, topic, their company's tag, contact.
#[derive(Debug, clap::Args)]
pub struct PeopleFilterArgs {
    /// Only people in this role at their current job: workplace_trainer (praktijkopleider), owner, hr, expert, other
    #[arg(long, value_parser = super::vocabulary::vocabulary::<crate::domain::kinds::ContactRole>())]
    pub role: Option<crate::domain::kinds::ContactRole>,
    /// Only people with a topic containing this text
    #[arg(long)]
    pub topic: Option<String>,
    /// Only people working now at a company with this tag
    #[arg(long)]
    pub tag: Option<String>,
    /// Only those who asked not to be contacted
    #[arg(long)]
    pub do_not_contact: bool,
    /// Only people not named in any contact since this day (2026-08-01, -1y)
    #[arg(long, allow_hyphen_values = true, value_name = "DATE")]
    pub no_contact_since: Option<String>,
    /// Only people with no recorded basis for mailing them (AVG): whom to ask
    #[arg(long)]
    pub without_basis: bool,
}

fn print_list(
    session: &mut Session,
    company: Option<&str>,
    search: Option<String>,
    alumni: Option<String>,
    who: PeopleFilterArgs,
    limit: Option<u32>,
) -> Result<()> {
    let company = company.map(|c| session.store.resolve_company(c)).transpose()?;
    let filter = PersonFilter {
        company,
        alumni,
        text: search,
        role: who.role,
        topic: who.topic,
        tag: who.tag,
        do_not_contact: who.do_not_contact.then_some(true),
        no_contact_since: session.optional_date(who.no_contact_since.as_deref())?,
        without_basis: who.without_basis,
        limit,
        offset: 0,
    };
    let table = Table::new(&[("ID", 6), ("NAME", 26), ("COMPANY", 32), ("ROLE", 18), ("EMAIL", 0)]);
    let row = |p: &PersonRow| {
        vec![
            p.id.to_string(),
            p.name.clone(),
            opt(&p.company),
            p.title.clone().or(p.role.clone()).unwrap_or_default(),
            opt(&p.email),
        ]
    };
    let store = &session.store;
    list_each(&session.out, &table, row, |each| store.for_each_person(&filter, each))
}

/// `kring experts TOPIC`: who can speak or advise on it, with their company,
/// when they last spoke for us and how that went.
pub fn experts(session: &mut Session, topic: &str) -> Result<()> {
    let experts = session.store.experts(topic)?;
    if session.out.json {
        return session.out.json_value(&experts);
    }
    let out = &session.out;
    if experts.is_empty() {
        let topics: Vec<(String, String)> = session
            .store
            .all_topics()?
            .into_iter()
            .map(|(t, _)| (t.clone(), t))
            .collect();
        let near = crate::domain::near::nearest(topic, &topics, 3);
        out.line(crate::t!("cli-experts-none", topic = topic.trim()))?;
        if !near.is_empty() {
            let near = near.iter().map(|t| format!("\"{t}\"")).collect::<Vec<_>>().join(", ");
            out.line(crate::t!("cli-did-you-mean", options = near))?;
        }
        return Ok(());
    }
    out.line(crate::t!(
        "cli-experts-title",
        topic = topic.trim(),
        count = experts.len()
    ))?;
    for e in &experts {
        let at = match (&e.company, &e.title) {
            (Some(c), Some(t)) => format!(" — {c}, {t}"),
            (Some(c), None) => format!(" — {c}"),
            _ => String::new(),
        };
        let dnc = if e.do_not_contact {
            format!("  [{}]", crate::t!("cli-show-do-not-contact"))
        } else {
            String::new()
        };
        out.line(format!("  {} (#{}){at}{dnc}", e.name, e.person_id))?;
        let mut about = vec![e.topics.join(", ")];
        if let Some(day) = e.last_spoke_on {
            about.push(crate::t!(
                "cli-experts-spoke",
                date = crate::l10n::date(day),
                times = e.times_spoke
            ));
        }
        if let Some(rating) = e.rating {
            about.push(crate::t!("cli-experts-rated", rating = format!("{rating:.1}")));
        }
        out.line(format!("      {}", about.join(" · ")))?;
    }
    Ok(())
}

/// The AVG's basis for mailing someone, as `person add` and `edit` take it.
#[derive(Debug, Args)]
pub struct BasisArgs {
    /// The basis for mailing them (AVG): consent, legitimate-interest, or none
    #[arg(long, value_name = "BASIS")]
    mailing_basis: Option<String>,
    /// The day they gave their consent (default: today)
    #[arg(long, allow_hyphen_values = true, requires = "mailing_basis")]
    consent_on: Option<String>,
}

impl BasisArgs {
    /// `None`: not said; `Some(None)`: none recorded (any more).
    fn read(&self, session: &Session) -> Result<Option<Option<(MailingBasis, NaiveDate)>>> {
        let Some(given) = self.mailing_basis.as_deref() else {
            return Ok(None);
        };
        if matches!(crate::domain::fold::fold(given.trim()).as_str(), "none" | "geen" | "") {
            return Ok(Some(None));
        }
        let basis = MailingBasis::parse(given)?;
        let on = session
            .optional_date(self.consent_on.as_deref())?
            .unwrap_or(session.store.today());
        if on > session.store.today() {
            return Err(crate::Error::invalid(crate::t!(
                "err-consent-future",
                day = crate::l10n::date(on)
            )));
        }
        Ok(Some(Some((basis, on))))
    }
}
