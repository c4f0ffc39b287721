//! `kring engagement …`: collaborations with a company.

use super::output::{fit, list, opt, Table};
use super::vocabulary::vocabulary;
use super::Session;
use crate::domain::kinds::{EngagementForm, EngagementStatus};
use crate::model::engagements::{EngagementFilter, EngagementPatch, NewEngagement};
use crate::Result;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum EngagementCommand {
    /// Record a collaboration with a company
    Add {
        company: String,
        /// The form it takes
        #[arg(long, value_parser = vocabulary::<EngagementForm>())]
        form: EngagementForm,
        #[command(flatten)]
        fields: EngagementFields,
    },
    /// List collaborations, newest first
    List {
        #[arg(long)]
        company: Option<String>,
        #[arg(long, value_parser = vocabulary::<EngagementStatus>())]
        status: Option<EngagementStatus>,
        #[arg(long, value_parser = vocabulary::<EngagementForm>())]
        form: Option<EngagementForm>,
        /// School year, e.g. 2025-2026
        #[arg(long)]
        year: Option<String>,
    },
    /// Show one collaboration
    Show { id: i64 },
    /// Change a collaboration (an empty value clears a text field)
    Edit {
        id: i64,
        #[arg(long, value_parser = vocabulary::<EngagementForm>())]
        form: Option<EngagementForm>,
        #[command(flatten)]
        fields: EngagementFields,
    },
    /// Record how it went (marks it done)
    Evaluate {
        id: i64,
        /// The evaluation: what it brought both sides
        #[arg(long)]
        text: String,
        /// How it went, 1 to 5
        #[arg(long)]
        rating: Option<u8>,
    },
}

#[derive(Debug, Args)]
pub struct EngagementFields {
    /// Programme or course
    #[arg(long)]
    pub programme: Option<String>,
    /// School year: 2025-2026
    #[arg(long)]
    pub year: Option<String>,
    /// Period within the year: "semester 2", "blok 3"
    #[arg(long)]
    pub period: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    pub from: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    pub to: Option<String>,
    #[arg(long)]
    pub students: Option<u32>,
    /// The hours the company put into it, where known (the year report sums them)
    #[arg(long)]
    pub hours: Option<u32>,
    /// Where it stands
    #[arg(long, value_parser = vocabulary::<EngagementStatus>())]
    pub status: Option<EngagementStatus>,
    /// What was agreed
    #[arg(long)]
    pub scope: Option<String>,
    /// Expectations on both sides
    #[arg(long)]
    pub expectations: Option<String>,
    /// Compensation (travel, parking, time)
    #[arg(long)]
    pub compensation: Option<String>,
}

pub fn run(session: &mut Session, command: EngagementCommand) -> Result<()> {
    match command {
        EngagementCommand::Add { company, form, fields } => {
            let company = session.store.resolve_company(&company)?;
            let id = session.store.add_engagement(NewEngagement {
                company,
                form,
                programme: fields.programme,
                school_year: fields.year,
                period: fields.period,
                starts_on: session.optional_date(fields.from.as_deref())?,
                ends_on: session.optional_date(fields.to.as_deref())?,
                students: fields.students,
                status: fields.status.unwrap_or(EngagementStatus::Proposed),
                scope: fields.scope,
                expectations: fields.expectations,
                compensation: fields.compensation,
                hours: fields.hours,
            })?;
            show(session, id)
        }
        EngagementCommand::List {
            company,
            status,
            form,
            year,
        } => {
            let filter = EngagementFilter {
                company: company
                    .as_deref()
                    .map(|c| session.store.resolve_company(c))
                    .transpose()?,
                status,
                form,
                school_year: year.as_deref().map(crate::domain::validate::school_year).transpose()?,
            };
            let rows = session.store.list_engagements(&filter)?;
            let table = Table::new(&[
                ("ID", 5),
                ("COMPANY", 30),
                ("FORM", 20),
                ("YEAR", 10),
                ("STATUS", 9),
                ("STUDENTS", 8),
                ("PROGRAMME", 0),
            ]);
            list(&session.out, &rows, &table, |e| {
                vec![
                    e.id.to_string(),
                    e.company.clone(),
                    e.form.to_string(),
                    opt(&e.school_year),
                    e.status.to_string(),
                    e.students.map(|s| s.to_string()).unwrap_or_default(),
                    opt(&e.programme),
                ]
            })
        }
        EngagementCommand::Show { id } => show(session, id),
        EngagementCommand::Edit { id, form, fields } => {
            let patch = EngagementPatch {
                form,
                programme: fields.programme,
                school_year: fields.year,
                period: fields.period,
                starts_on: session.optional_date(fields.from.as_deref())?,
                ends_on: session.optional_date(fields.to.as_deref())?,
                students: fields.students,
                hours: fields.hours,
                status: fields.status,
                scope: fields.scope,
                expectations: fields.expectations,
                compensation: fields.compensation,
            };
            session.store.edit_engagement(id, patch)?;
            show(session, id)
        }
        EngagementCommand::Evaluate { id, text, rating } => {
            session.store.evaluate_engagement(id, &text, rating)?;
            show(session, id)
        }
    }
}

fn show(session: &mut Session, id: i64) -> Result<()> {
    let e = session.store.engagement(id)?;
    let out = &session.out;
    if out.json {
        return out.json_value(&e);
    }
    out.line(crate::t!(
        "cli-engagement-title",
        id = e.id,
        form = e.form.display_label(),
        company = e.company.as_str()
    ))?;
    let date = crate::l10n::date;
    let period = match (e.starts_on, e.ends_on) {
        (Some(s), Some(t)) => Some(format!("{} – {}", date(s), date(t))),
        (Some(s), None) => Some(crate::t!("cli-from", date = date(s))),
        (None, Some(t)) => Some(crate::t!("cli-person-until", date = date(t))),
        (None, None) => None,
    };
    for (label, value) in [
        ("Status", Some(e.status.display_label())),
        ("Programme", e.programme.clone()),
        ("School year", e.school_year.clone()),
        ("Period", e.period.clone()),
        ("Dates", period),
        ("Students", e.students.map(|s| s.to_string())),
        ("Hours", e.hours.map(|h| h.to_string())),
        ("Scope", e.scope.clone()),
        ("Expectations", e.expectations.clone()),
        ("Compensation", e.compensation.clone()),
        ("Evaluation", e.evaluation.clone()),
        ("Evaluated on", e.evaluated_on.map(date)),
        ("Rating", e.rating.map(|r| format!("{r}/5"))),
    ] {
        if let Some(value) = value {
            out.line(format!(
                "  {}{value}",
                fit(&format!("{}:", crate::l10n::phrase(label)), 14)
            ))?;
        }
    }
    Ok(())
}
