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
