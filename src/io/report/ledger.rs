//! The school-year ledger as a table: its columns in the reader's language,
//! and one row of cells per company.

use crate::model::report::YearRow;

/// The message ids of the columns, in order.
const COLUMNS: [&str; 14] = [
    "report-company",
    "report-internships",
    "report-students",
    "report-lectures",
    "report-assignments",
    "report-coaching",
    "report-partnerships",
    "report-company-visits",
    "report-exam-curriculum",
    "report-recruitment",
    "report-other",
    "report-circle-visits",
    "report-hours",
    "report-collaborations",
];

/// The columns, in the language kring speaks (a ledger is read by people).
pub fn headers() -> Vec<String> {
    COLUMNS.iter().map(|id| crate::l10n::message(id, &[])).collect()
}

/// A row's cells; hours are empty where nobody knows them.
pub fn cells(row: &YearRow) -> Vec<String> {
    let mut cells = vec![
        row.company.clone(),
        row.internships.to_string(),
        row.students.to_string(),
    ];
    cells.extend(row.counts()[1..].iter().map(i64::to_string));
    cells.push(row.hours.map(|h| h.to_string()).unwrap_or_default());
    cells.push(row.collaborations().to_string());
    cells
}

/// The ledger as a Markdown table, the total in bold on the last line.
pub fn markdown(rows: &[YearRow], total: &YearRow) -> Vec<String> {
    let mut table: Vec<Vec<String>> = rows.iter().map(cells).collect();
    let mut last = cells(total);
    last[0] = format!("**{}**", crate::t!("report-total"));
    table.push(last);
    super::markdown_table(&headers(), &table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_a_cell_per_column() {
        let row = YearRow {
            company: "Zaan".into(),
            coaching: 1,
            hours: Some(12),
            ..Default::default()
        };
        let cells = cells(&row);
        assert_eq!(cells.len(), headers().len());
        assert_eq!(cells[5], "1", "coaching sits under its header");
        assert_eq!(cells[12], "12");
        assert_eq!(cells[13], "1", "one collaboration in all");
    }

    #[test]
    fn a_bar_in_a_name_keeps_its_column() {
        let row = YearRow {
            company: "Bakker | Zonen".into(),
            ..Default::default()
        };
        let lines = markdown(&[row], &YearRow::default());
        assert!(lines[2].starts_with("| Bakker \\| Zonen | 0 |"), "{lines:?}");
    }
}
