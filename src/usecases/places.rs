//! The student system's counts of places (a CSV: company or KvK,
//! programme, period, filled, offered), read for `kring places import` and
//! the terminal UI alike: every line is checked and its company found
//! before anything is written, and a bad line is named by line and field.

use crate::model::network::PlaceChange;
use crate::store::Store;
use crate::{Error, Result};
use std::path::Path;

/// The student system's counts: every line checked first (a company that
/// is not found, a count that is not a number: line and field named), then
/// all of them in one transaction.
pub fn read_counts(store: &Store, file: &Path, year: &str) -> Result<Vec<PlaceChange>> {
    // As a contacts import reads a file: a workbook's first sheet, UTF-16
    // or UTF-8 or Excel's Windows-1252, and whichever separator the header has.
    let bytes = crate::io::files::read_all(file)?;
    let bytes = match crate::io::workbook::is_workbook(file, &bytes) {
        true => crate::io::workbook::sheet_as_csv(file, None)?.0,
        false => bytes,
    };
    let (text, _) = crate::io::spreadsheet::decode(&bytes)?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(crate::io::spreadsheet::delimiter(&text) as u8)
        .from_reader(text.as_bytes());
    let bad = |e: csv::Error| Error::invalid(format!("{}: {e}", file.display()));
    let headers: Vec<String> = reader
        .headers()
        .map_err(bad)?
        .iter()
        .map(crate::domain::fold::fold)
        .collect();
    let column = |names: &[&str]| headers.iter().position(|h| names.contains(&h.trim()));
    // The company's columns by the names a contacts import knows them by
    // ("Bedrijfsnaam", "KvK-nummer"); the counts' columns are this file's own.
    use crate::io::spreadsheet::Column;
    let known = |wanted: Column| headers.iter().position(|h| Column::from_header(h) == Some(wanted));
    let company_col = known(Column::Company).or_else(|| column(&["leerbedrijf"]));
    let kvk_col = known(Column::Kvk);
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
            (Some(kvk), _) => store
                .company_by_kvk(kvk)
                .and_then(|found| found.ok_or_else(|| Error::invalid(crate::t!("err-places-no-kvk", kvk = kvk)))),
            (None, Some(name)) => store.resolve_company(name),
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
            school_year: year.to_string(),
            period: cell(period_col).unwrap_or_default().to_string(),
            offered: count(offered_col, "offered")?,
            filled: count(filled_col, "filled")?,
            note: None,
        });
    }
    Ok(changes)
}
