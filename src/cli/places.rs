//! `kring places …`: places companies offer per programme and period, and
//! how many are filled ("who still has room for Mechatronica in blok 3").

use super::output::{list, opt, Table};
use super::Session;
use crate::domain::dates::school_year_of;
use crate::model::network::{Place, PlaceChange, PlaceFilter};
use crate::{Error, Result};
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct PlacesArgs {
    #[command(subcommand)]
    pub command: Option<PlacesCommand>,
    /// Only this programme (a crebo or the school's name; part of it will do)
    #[arg(long)]
    pub programme: Option<String>,
    /// Only this period ("blok 3", "Q2")
    #[arg(long)]
    pub period: Option<String>,
    /// The school year (default: this one)
    #[arg(long)]
    pub year: Option<String>,
    /// Only one company's places
    #[arg(long)]
    pub company: Option<String>,
    /// Only where places are still open
    #[arg(long)]
    pub open: bool,
}

#[derive(Debug, Subcommand)]
pub enum PlacesCommand {
    /// Record places a company offers, or how many are filled
    Set {
        company: String,
        /// The programme: a crebo or the school's own name
        #[arg(long)]
        programme: String,
        /// The period ("blok 3"; none: the whole year)
        #[arg(long, default_value = "")]
        period: String,
        /// The school year (default: this one)
        #[arg(long)]
        year: Option<String>,
        /// Places offered
        #[arg(long)]
        offered: Option<u32>,
        /// Places filled (a count: no student names)
        #[arg(long)]
        filled: Option<u32>,
        #[arg(long)]
        note: Option<String>,
    },
    /// Read filled (and offered) counts from the student system's CSV: company (or kvk), programme, period, filled, offered
    Import {
        file: PathBuf,
        /// The school year of the counts (default: this one)
        #[arg(long)]
        year: Option<String>,
    },
}

pub fn run(session: &mut Session, args: PlacesArgs) -> Result<()> {
    let this_year = school_year_of(session.store.today());
    match args.command {
        Some(PlacesCommand::Set {
            company,
            programme,
            period,
            year,
            offered,
            filled,
            note,
        }) => {
            let company = session.store.resolve_company(&company)?;
            let place = session.store.set_places(PlaceChange {
                company,
                programme,
                school_year: year.unwrap_or(this_year),
                period,
                offered,
                filled,
                note,
            })?;
            if session.out.json {
                return session.out.json_value(&place);
            }
            session.out.line(crate::t!(
                "cli-places-set",
                company = place.company.as_str(),
                programme = place.programme.as_str(),
                period = period_label(&place),
                offered = place.offered,
                filled = place.filled
            ))?;
            if let Some(until) = place.resting_until {
                session
                    .out
                    .line(crate::t!("cli-resting-note", until = crate::l10n::date(until)))?;
            }
            Ok(())
        }
        Some(PlacesCommand::Import { file, year }) => import(session, &file, year.unwrap_or(this_year)),
        None => {
            let filter = PlaceFilter {
                programme: args.programme,
                period: args.period,
                school_year: Some(
                    crate::domain::validate::school_year(&args.year.unwrap_or(this_year)).map_err(Error::from)?,
                ),
                company: args
                    .company
                    .as_deref()
                    .map(|c| session.store.resolve_company(c))
                    .transpose()?,
                open: args.open,
            };
            let places = session.store.places(&filter)?;
            let table = Table::new(&[
                ("COMPANY", 30),
                ("CITY", 12),
                ("PROGRAMME", 18),
                ("PERIOD", 9),
                ("OFFERED", 7),
                ("FILLED", 6),
                ("OPEN", 4),
                ("NOTE", 0),
            ]);
            list(&session.out, &places, &table, |p| {
                let resting = p
                    .resting_until
                    .map(|d| crate::t!("cli-places-resting", until = crate::l10n::date(d)));
                vec![
                    p.company.clone(),
                    opt(&p.city),
                    p.programme.clone(),
                    period_label(p),
                    p.offered.to_string(),
                    p.filled.to_string(),
                    p.open.to_string(),
                    [resting, p.note.clone()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join("; "),
                ]
            })
        }
    }
}

fn period_label(place: &Place) -> String {
    match place.period.is_empty() {
        true => crate::t!("places-whole-year"),
        false => place.period.clone(),
    }
}

/// The student system's counts: every line checked first, then all of
/// them in one transaction (`usecases::places`).
fn import(session: &mut Session, file: &std::path::Path, year: String) -> Result<()> {
    let changes = crate::usecases::places::read_counts(&session.store, file, &year)?;
    let done = session.store.set_many_places(&changes)?;
    session.out.line(crate::t!("cli-places-imported", count = done))
}
