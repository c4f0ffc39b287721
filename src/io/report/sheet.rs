//! "What we did together": the company's sheet as Markdown and as one page.

use super::form_label;
use super::html::{escape, Page};
use crate::model::report::{CompanySheet, SheetItem};

/// A line of the sheet: "12-03-2027 · Software Developer · semester 2 · 3 students · done".
fn line(item: &SheetItem) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(on) = item.on {
        parts.push(crate::l10n::date(on));
    }
    if item.form != "internship" && item.form != "guest_lecture" && item.form != "practice_assignment" {
        parts.push(match item.form.as_str() {
            "circle_visit" => crate::t!("sheet-circle-meeting"),
            form => form_label(form),
        });
    }
    parts.extend(item.what.iter().map(|w| crate::domain::text::one_line(w).into_owned()));
    parts.extend(item.programme.iter().cloned());
    parts.extend(item.period.iter().cloned());
    if let Some(n) = item.students.filter(|n| *n > 0) {
        parts.push(crate::t!("sheet-students", count = n));
    }
    if let Some(h) = item.hours.filter(|h| *h > 0) {
        parts.push(crate::t!("sheet-hours", count = h));
    }
    if let Some(status) = &item.status {
        let label = crate::domain::kinds::EngagementStatus::parse(status)
            .map_or_else(|_| status.clone(), |s| s.display_label());
        parts.push(label);
    }
    parts.join(" · ")
}

/// The sections with something in them: heading and lines.
fn sections(sheet: &CompanySheet) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut add = |heading: String, items: &[SheetItem]| {
        if !items.is_empty() {
            out.push((heading, items.iter().map(line).collect()));
        }
    };
    add(
        crate::t!("sheet-internships", students = sheet.students),
        &sheet.internships,
    );
    add(crate::t!("sheet-lectures"), &sheet.lectures);
    add(crate::t!("sheet-assignments"), &sheet.assignments);
    add(crate::t!("sheet-other"), &sheet.other);
    add(crate::t!("sheet-events"), &sheet.events);
    let theirs: Vec<String> = sheet
        .their_people
        .iter()
        .map(|(name, role)| format!("{name} ({role})"))
        .collect();
    if !theirs.is_empty() {
        out.push((crate::t!("sheet-their-people"), theirs));
    }
    if !sheet.our_people.is_empty() {
        out.push((crate::t!("sheet-our-people"), sheet.our_people.clone()));
    }
    out
}

fn title(sheet: &CompanySheet) -> String {
    crate::t!("sheet-title", company = sheet.company.as_str())
}

fn thanks(sheet: &CompanySheet) -> String {
    let mut text = crate::t!("sheet-thanks", company = sheet.company.as_str());
    if sheet.hours > 0 {
        text = format!("{} {}", crate::t!("sheet-hours-given", count = sheet.hours), text);
    }
    text
}

fn nothing_yet(sheet: &CompanySheet) -> bool {
    [
        &sheet.internships,
        &sheet.lectures,
        &sheet.assignments,
        &sheet.other,
        &sheet.events,
    ]
    .iter()
    .all(|items| items.is_empty())
}

pub fn markdown(sheet: &CompanySheet) -> String {
    let mut md = vec![
        format!("# {}", title(sheet)),
        String::new(),
        crate::t!("sheet-year", year = sheet.school_year.as_str()),
    ];
    if nothing_yet(sheet) {
        md.extend([String::new(), crate::t!("sheet-nothing-yet")]);
    }
    for (heading, lines) in sections(sheet) {
        md.extend([String::new(), format!("## {heading}"), String::new()]);
        md.extend(lines.into_iter().map(|l| format!("- {l}")));
    }
    md.extend([String::new(), thanks(sheet)]);
    md.join("\n") + "\n"
}

pub fn html(sheet: &CompanySheet) -> String {
    let mut page = Page::new(crate::l10n::current().code(), &title(sheet));
    page.para("meta", &crate::t!("sheet-year", year = sheet.school_year.as_str()));
    if nothing_yet(sheet) {
        page.para("", &crate::t!("sheet-nothing-yet"));
    }
    for (heading, lines) in sections(sheet) {
        let items: String = lines.iter().map(|l| format!("<li>{}</li>", escape(l))).collect();
        page.raw("<section>")
            .heading(&heading)
            .raw(&format!("<ul>{items}</ul></section>"));
    }
    page.para("thanks", &thanks(sheet));
    page.finish()
}
