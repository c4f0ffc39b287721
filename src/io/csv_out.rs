//! Writing CSV that spreadsheets open as intended: RFC 4180 with CRLF; for
//! Excel with a Dutch locale `;` and a UTF-8 BOM (so ë, ï, é survive).
//!
//! Safe whichever separator the reader splits on: a cell holding `,`, `;`,
//! a tab, a quote or a line break is always quoted; and because a reader
//! that splits on the *other* separator does not honour a quote in the
//! middle of a field (a Dutch Excel reading a `,` file splits on `;`), every
//! piece of a cell that such a reader would see as a cell of its own — after
//! a `,`, a `;`, a tab or a line break — is neutralised as a whole cell is
//! when it would start a formula (OWASP CSV injection). In Excel files a phone number is
//! written as `="+31 6 1234 5678"`, which Excel shows as exactly that text —
//! a phone number stays a phone number, with its `+` and leading zero.

use crate::Result;

/// `excel`: `;` and a BOM; otherwise `,` and no BOM.
pub fn write(headers: &[&str], rows: &[Vec<String>], excel: bool) -> Result<Vec<u8>> {
    let mut out = header(headers, excel);
    for row in rows {
        record(&mut out, row, excel);
    }
    Ok(out)
}

/// The start of a file: the BOM (for Excel) and the header line. A file
/// written a record at a time begins with this.
pub fn header(headers: &[&str], excel: bool) -> Vec<u8> {
    let mut out: Vec<u8> = if excel { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
    let header: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
    push_record(&mut out, &header, separator(excel), quote);
    out
}

/// One data row, its cells made safe for a spreadsheet, appended to `out`.
pub fn record<S: AsRef<str>>(out: &mut Vec<u8>, row: &[S], excel: bool) {
    for (index, cell) in row.iter().enumerate() {
        if index > 0 {
            out.push(separator(excel) as u8);
        }
        safe_cell_into(out, cell.as_ref(), excel);
    }
    out.extend_from_slice(b"\r\n");
}

/// `quote(&safe_cell(cell, excel))` written straight into `out`, without
/// the two strings in between: an export of 300k contacts writes 6M cells.
fn safe_cell_into(out: &mut Vec<u8>, cell: &str, excel: bool) {
    // Nearly every cell has no separator, quote or line break inside, no
    // space at either end and no formula's first character: it goes as it
    // is, after one look at its bytes.
    let special = cell
        .bytes()
        .any(|b| matches!(b, b',' | b';' | b'\t' | b'"' | b'\r' | b'\n'))
        || cell.starts_with(' ')
        || cell.ends_with(' ')
        || needs_neutralising(cell)
        || (excel && is_phone_shaped(cell));
    if !special {
        out.extend_from_slice(cell.as_bytes());
        return;
    }
    let inner;
    let (before, cell, after) = if excel && is_phone_shaped(cell) {
        ("=\"", cell, "\"")
    } else {
        inner = neutralise_inside(cell);
        let prefix = if needs_neutralising(&inner) { "'" } else { "" };
        (prefix, inner.as_ref(), "")
    };
    let special = |c: char| matches!(c, ',' | ';' | '\t' | '"' | '\r' | '\n');
    let quoted = before.contains(special)
        || cell.contains(special)
        || (before.is_empty() && cell.starts_with(' '))
        || (after.is_empty() && cell.ends_with(' '));
    if !quoted {
        out.extend_from_slice(before.as_bytes());
        out.extend_from_slice(cell.as_bytes());
        return;
    }
    out.push(b'"');
    for piece in [before, cell, after] {
        for (index, part) in piece.split('"').enumerate() {
            if index > 0 {
                out.extend_from_slice(b"\"\"");
            }
            out.extend_from_slice(part.as_bytes());
        }
    }
    out.push(b'"');
}

fn separator(excel: bool) -> char {
    if excel {
        ';'
    } else {
        ','
    }
}

fn push_record(out: &mut Vec<u8>, cells: &[String], separator: char, render: impl Fn(&str) -> String) {
    for (index, cell) in cells.iter().enumerate() {
        if index > 0 {
            out.push(separator as u8);
        }
        out.extend_from_slice(render(cell).as_bytes());
    }
    out.extend_from_slice(b"\r\n");
}

/// Quoted (with inner quotes doubled) when it holds either separator, a tab,
/// a quote, a line break, or space at an end that a reader might trim.
fn quote(cell: &str) -> String {
    let needs = cell.contains([',', ';', '\t', '"', '\r', '\n']) || cell.starts_with(' ') || cell.ends_with(' ');
    if needs {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// A phone-shaped cell for Excel as a constant text formula; anything else neutralised.
#[cfg(test)]
fn safe_cell(cell: &str, excel: bool) -> String {
    if excel && is_phone_shaped(cell) {
        return format!("=\"{cell}\"");
    }
    neutralise(cell)
}

/// Only digits, `+`, spaces, `-`, `.`, `/` and parentheses, with at least six
/// digits: nothing that can form a function call, a reference or DDE.
pub fn is_phone_shaped(cell: &str) -> bool {
    cell.chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '.' | '/' | '(' | ')'))
        && cell.chars().filter(char::is_ascii_digit).count() >= 6
        && cell.starts_with(|c: char| c == '+' || c == '(' || c.is_ascii_digit())
}

/// A cell whose first visible character is `=`, `+`, `-` or `@` (or that
/// starts with a tab or carriage return) gets a leading `'`, so "@Home Zorg"
/// stays a name and `=HYPERLINK(…)` stays text; so does every piece of it
/// after a separator or a line break (see [`neutralise_inside`]).
pub fn neutralise(cell: &str) -> String {
    let inner = neutralise_inside(cell);
    if needs_neutralising(&inner) {
        format!("'{inner}")
    } else {
        inner.into_owned()
    }
}

fn needs_neutralising(cell: &str) -> bool {
    cell.starts_with(['\t', '\r']) || cell.trim_start_matches(' ').starts_with(['=', '+', '-', '@'])
}

/// Where a reader that ignores the quotes would start a new cell (or row).
const BOUNDARIES: [char; 5] = [',', ';', '\t', '\n', '\r'];

/// `'` after every separator or line break inside the cell that is followed
/// by what would start a formula: `Joost;=cmd|…` becomes `Joost;'=cmd|…`,
/// which a reader splitting on `;` sees as the cells `Joost` and `'=cmd|…`.
/// Most cells have no such place and are borrowed as they are.
fn neutralise_inside(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = |at: usize| needs_neutralising(&cell[at..]);
    let places: Vec<usize> = cell
        .match_indices(BOUNDARIES)
        .map(|(at, b)| at + b.len())
        .filter(|&at| at < cell.len() && risky(at))
        .collect();
    if places.is_empty() {
        return std::borrow::Cow::Borrowed(cell);
    }
    let mut out = String::with_capacity(cell.len() + places.len());
    let mut from = 0;
    for at in places {
        out.push_str(&cell[from..at]);
        out.push('\'');
        from = at;
    }
    out.push_str(&cell[from..]);
    std::borrow::Cow::Owned(out)
}

/// Undo what [`write`] did to a cell, so kring's own export reads back as
/// the data: `="06-1234"` (a phone or number kept as text in Excel) is
/// `06-1234`, and a `'` before what would be a formula goes. Other cells
/// are left alone.
pub fn restore(cell: &str) -> std::borrow::Cow<'_, str> {
    if let Some(inner) = cell.strip_prefix("=\"").and_then(|c| c.strip_suffix('"')) {
        if is_phone_shaped(inner) {
            return std::borrow::Cow::Borrowed(inner);
        }
    }
    let whole = match cell.strip_prefix('\'') {
        Some(rest) if needs_neutralising(rest) => rest,
        _ => cell,
    };
    restore_inside(whole)
}

/// Undo [`neutralise_inside`]: the `'` after a separator or line break that
/// precedes what would start a formula goes.
fn restore_inside(cell: &str) -> std::borrow::Cow<'_, str> {
    let places: Vec<usize> = cell
        .match_indices(BOUNDARIES)
        .map(|(at, b)| at + b.len())
        .filter(|&at| cell[at..].starts_with('\'') && needs_neutralising(&cell[at + 1..]))
        .collect();
    if places.is_empty() {
        return std::borrow::Cow::Borrowed(cell);
    }
    let mut out = String::with_capacity(cell.len());
    let mut from = 0;
    for at in places {
        out.push_str(&cell[from..at]);
        from = at + 1;
    }
    out.push_str(&cell[from..]);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_is_each_cell_made_safe_and_quoted() {
        let cells = [
            "06-12345678",
            "+31 6 1234 5678",
            "=HYPERLINK(\"x\")",
            "@Home Zorg",
            " leading",
            "trailing ",
            "-5 ",
            "Smit; Zonen",
            "a \"quote\"",
            "line\nbreak",
            "\tTab",
            "",
            "gewoon",
            "Noëlle",
            "  =SUM(A1)",
            "a=b",
            "Smit-Jansen",
            "-",
            "lone\rcr",
            "123456",
            "a,b",
        ];
        for excel in [true, false] {
            for cell in cells {
                let mut out = Vec::new();
                record(&mut out, &[cell], excel);
                let expected = format!("{}\r\n", quote(&safe_cell(cell, excel)));
                assert_eq!(String::from_utf8(out).unwrap(), expected, "{cell:?}, excel: {excel}");
            }
        }
    }

    #[test]
    fn what_is_written_for_excel_reads_back_as_it_was() {
        for cell in [
            "06-12345678",
            "+31 6 1234 5678",
            "=HYPERLINK(\"x\")",
            "@Home Zorg",
            "-5",
            "\tTab",
            "Gewoon",
            "'quoted'",
        ] {
            assert_eq!(restore(&safe_cell(cell, true)), cell, "{cell:?}");
            assert_eq!(restore(&safe_cell(cell, false)), cell, "{cell:?}");
        }
        assert_eq!(
            restore("=SUM(A1)"),
            "=SUM(A1)",
            "a formula that kring did not write stays"
        );
    }

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
        assert_eq!(neutralise("  =1+1"), "'  =1+1");
    }

    #[test]
    fn a_cell_stays_one_cell_whichever_separator_the_reader_uses() {
        let hostile = "Joost;=cmd|' /C calc'!A0";
        for excel in [false, true] {
            let bytes = write(
                &["Naam", "Plaats"],
                &[vec![hostile.into(), "Hoorn, Noord-Holland".into()]],
                excel,
            )
            .unwrap();
            let text = String::from_utf8(bytes).unwrap();
            for separator in [b',', b';', b'\t'] {
                let mut reader = csv::ReaderBuilder::new()
                    .delimiter(separator)
                    .flexible(true)
                    .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
                let record = reader.records().next().unwrap().unwrap();
                for cell in record.iter() {
                    assert!(
                        !cell.trim_start().starts_with(['=', '+', '-', '@']),
                        "sep {separator}: {cell:?} in {text:?}"
                    );
                }
                assert!(
                    record.iter().any(|c| c.starts_with("Joost;'=cmd")),
                    "sep {separator}: the cell is not split: {record:?}"
                );
            }
        }
    }

    /// A reader that splits every line on one separator and honours a quote
    /// only at the start of a piece (as Excel does with the other
    /// separator) still sees no piece that starts a formula.
    #[test]
    fn no_piece_of_a_cell_starts_a_formula_for_a_reader_that_ignores_inner_quotes() {
        let hostile = [
            "Joost;=cmd|' /C calc'!A0;x",
            "Joost,=cmd|' /C calc'!A0,x",
            "a; +1; -2; @SUM(A1)",
            "regel 1\n=HYPERLINK(\"x\")",
            "tab\t=1+1",
            "a;\t=1",
            "a;  =1",
        ];
        for excel in [false, true] {
            let rows: Vec<Vec<String>> = hostile
                .iter()
                .map(|h| vec!["Sanne".to_string(), h.to_string()])
                .collect();
            let text = String::from_utf8(write(&["Naam", "Notitie"], &rows, excel).unwrap()).unwrap();
            for separator in [',', ';', '\t'] {
                for line in text.trim_start_matches('\u{feff}').split(['\n', '\r']) {
                    for piece in line.split(separator) {
                        let seen = piece.trim_start_matches('"').trim_start_matches(' ');
                        assert!(
                            !seen.starts_with(['=', '+', '-', '@', '\t']),
                            "{separator:?}: {piece:?} in {line:?}"
                        );
                    }
                }
            }
            // And kring reads its own file back as it was.
            let mut reader = csv::ReaderBuilder::new()
                .delimiter(if excel { b';' } else { b',' })
                .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
            for (record, cell) in reader.records().zip(hostile) {
                assert_eq!(restore(&record.unwrap()[1]), cell);
            }
        }
    }

    #[test]
    fn phone_numbers_stay_phone_numbers_in_excel() {
        let row = vec![vec!["+31 6 1234 5678".to_string(), "0612345678".into(), "+1 =2".into()]];
        let text = String::from_utf8(write(&["a", "b", "c"], &row, true).unwrap()).unwrap();
        assert!(
            text.ends_with("\"=\"\"+31 6 1234 5678\"\"\";\"=\"\"0612345678\"\"\";'+1 =2\r\n"),
            "{text}"
        );
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let record = reader.records().next().unwrap().unwrap();
        assert_eq!(
            &record[0], "=\"+31 6 1234 5678\"",
            "Excel evaluates it to the text +31 6 1234 5678"
        );
        let plain = String::from_utf8(write(&["a", "b", "c"], &row, false).unwrap()).unwrap();
        assert!(plain.ends_with("'+31 6 1234 5678,0612345678,'+1 =2\r\n"), "{plain}");
    }
}
