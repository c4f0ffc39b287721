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

/// The student system's counts: every line checked first (a company that
/// is not found, a count that is not a number: line and field named), then
/// all of them in one transaction.
fn import(session: &mut Session, file: &std::path::Path, year: String) -> Result<()> {
    let text = crate::io::files::read_all(file)?;
    let text = String::from_utf8_lossy(&text);
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(delimiter(text))
        .from_reader(text.as_bytes());
    let bad = |e: csv::Error| Error::invalid(format!("{}: {e}", file.display()));
    let headers: Vec<String> = reader
        .headers()
        .map_err(bad)?
        .iter()
        .map(crate::domain::fold::fold)
        .collect();
    let column = |names: &[&str]| headers.iter().position(|h| names.contains(&h.trim()));
    let company_col = column(&["company", "bedrijf", "leerbedrijf", "organisatie"]);
    let kvk_col = column(&["kvk", "kvk-nummer", "kvk nummer", "kvknummer"]);
    let programme_col = column(&["programme", "opleiding", "crebo"]);
    let period_col = column(&["period", "periode", "blok"]);
    let filled_col = column(&["filled", "geplaatst", "bezet", "studenten", "aantal"]);
    let offered_col = column(&["offered", "aangeboden", "plaatsen"]);
    let (Some(programme_col), true) = (programme_col, company_col.is_some() || kvk_col.is_some()) else {
        return Err(Error::invalid(crate::t!("err-places-columns")));
    };
    if filled_col.is_none() && offered_col.is_none() {
        return Err(Error::invalid(crate::t!("err-places-columns")));
    }
    let mut changes = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let line = index + 2;
        let record = record.map_err(bad)?;
        let cell = |col: Option<usize>| col.and_then(|c| record.get(c)).map(str::trim).filter(|v| !v.is_empty());
        let count = |col: Option<usize>, field: &str| -> Result<Option<u32>> {
            cell(col)
                .map(|v| {
                    v.parse::<u32>().map_err(|_| {
                        Error::invalid(crate::t!("err-places-count", line = line, field = field, value = v))
                    })
                })
                .transpose()
        };
        let company = match (cell(kvk_col), cell(company_col)) {
            (Some(kvk), _) => session
                .store
                .company_by_kvk(kvk)
                .and_then(|found| found.ok_or_else(|| Error::invalid(crate::t!("err-places-no-kvk", kvk = kvk)))),
            (None, Some(name)) => session.store.resolve_company(name),
            (None, None) => Err(Error::invalid(crate::t!("err-places-no-company"))),
        }
        .map_err(|e| Error::invalid(crate::t!("err-places-line", line = line, reason = e.to_string())))?;
        let Some(programme) = cell(Some(programme_col)) else {
            let reason = crate::t!("err-places-no-programme");
            return Err(Error::invalid(crate::t!(
                "err-places-line",
                line = line,
                reason = reason
            )));
        };
        changes.push(PlaceChange {
            company,
            programme: programme.to_string(),
            school_year: year.clone(),
            period: cell(period_col).unwrap_or_default().to_string(),
            offered: count(offered_col, "offered")?,
            filled: count(filled_col, "filled")?,
            note: None,
        });
    }
    let done = session.store.set_many_places(&changes)?;
    session.out.line(crate::t!("cli-places-imported", count = done))
}

/// A semicolon when the header has more of them than commas (Dutch Excel).
fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    match header.matches(';').count() > header.matches(',').count() {
        true => b';',
        false => b',',
    }
}
