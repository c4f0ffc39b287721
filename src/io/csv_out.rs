//! Writing CSV that spreadsheets open as intended: RFC 4180 with CRLF; for
//! Excel with a Dutch locale `;` and a UTF-8 BOM (so ë, ï, é survive). Cells
//! a spreadsheet would run as a formula are neutralised (OWASP CSV injection).

use crate::{Error, Result};

/// `excel`: `;` and a BOM; otherwise `,` and no BOM.
pub fn write(headers: &[&str], rows: &[Vec<String>], excel: bool) -> Result<Vec<u8>> {
    let mut out: Vec<u8> = if excel { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(if excel { b';' } else { b',' })
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        writer.write_record(headers).map_err(csv_error)?;
        for row in rows {
            writer
                .write_record(row.iter().map(|cell| neutralise(cell)))
                .map_err(csv_error)?;
        }
        writer.flush().map_err(|e| Error::Io(e.to_string()))?;
    }
    Ok(out)
}

/// A cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a
/// leading `'`, so "@Home Zorg" stays a name and `=HYPERLINK(…)` stays text.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

fn csv_error(e: csv::Error) -> Error {
    Error::Io(format!("cannot write CSV: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_gets_a_bom_semicolons_and_crlf_and_formulas_are_defused() {
        let rows = vec![vec![
            "Café De Ruïne".into(),
            "=HYPERLINK(\"x\")".into(),
            "regel 1\nregel 2; ook".into(),
        ]];
        let bytes = write(&["Naam", "Opmerking", "Notitie"], &rows, true).unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        assert!(text.starts_with("Naam;Opmerking;Notitie\r\n"), "{text}");
        let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(text.as_bytes());
        let record = reader.records().next().unwrap().unwrap();
        assert_eq!(&record[0], "Café De Ruïne");
        assert_eq!(&record[1], "'=HYPERLINK(\"x\")");
        assert_eq!(&record[2], "regel 1\nregel 2; ook");
        assert_eq!(neutralise("@Home Zorg"), "'@Home Zorg");
        assert_eq!(neutralise("-5"), "'-5");
        assert_eq!(neutralise("Smit"), "Smit");
    }
}
