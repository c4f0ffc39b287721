//! Reports for people: the school-year ledger, the management report and
//! the sheet a company gets, as Markdown and as one self-contained HTML page
//! with its charts drawn in SVG.

pub mod html;
pub mod ledger;
pub mod management;
pub mod sheet;
pub mod svg;

/// A form of collaboration as a heading or cell reads it: `Guest lecture`,
/// `Gastles`; circle visits and the school's events are no engagement form.
pub fn form_label(form: &str) -> String {
    use crate::domain::kinds::EngagementForm;
    let label = match form {
        "circle_visit" => crate::t!("report-circle-visits"),
        "event" => crate::t!("sheet-event"),
        form => EngagementForm::parse(form).map_or_else(|_| form.replace('_', " "), |f| f.display_label()),
    };
    let mut chars = label.chars();
    chars
        .next()
        .map_or(String::new(), |first| first.to_uppercase().chain(chars).collect())
}

/// A Markdown table, a `|` in a cell escaped (a company called "A | B"
/// stays in its column); numbers aligned right after the first column.
pub fn markdown_table(headers: &[String], rows: &[Vec<String>]) -> Vec<String> {
    let cell = |c: &str| c.replace('|', "\\|");
    let mut lines = vec![
        format!(
            "| {} |",
            headers.iter().map(|h| cell(h)).collect::<Vec<_>>().join(" | ")
        ),
        format!("|---|{}", "---:|".repeat(headers.len().saturating_sub(1))),
    ];
    lines.extend(
        rows.iter()
            .map(|r| format!("| {} |", r.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | "))),
    );
    lines
}
