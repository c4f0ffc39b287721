//! The management report as Markdown and as an HTML page with charts.

use super::html::{escape, Page};
use super::{form_label, svg};
use crate::domain::health::Band;
use crate::l10n::number;
use crate::model::report::{ManagementReport, Named};

fn band_colour(band: Band) -> &'static str {
    match band {
        Band::Thriving => "#2e8b57",
        Band::Healthy => "#7cb342",
        Band::Cooling => "#f0ad4e",
        Band::AtRisk => "#e07a1f",
        Band::Dormant => "#c0392b",
    }
}

/// "2026-2027", or "2026-2027 · team Techniek · programme Software Developer".
fn title(report: &ManagementReport) -> String {
    crate::t!("mreport-title", year = report.school_year.as_str())
}

fn scope_line(report: &ManagementReport) -> String {
    let mut parts = vec![match (&report.scope.team, &report.scope.programme) {
        (None, None) => crate::t!("mreport-whole-school"),
        _ => String::new(),
    }];
    if let Some(team) = &report.scope.team {
        parts.push(crate::t!("mreport-team", team = team.as_str()));
    }
    if let Some(programme) = &report.scope.programme {
        parts.push(crate::t!("mreport-programme", programme = programme.as_str()));
    }
    parts.retain(|p| !p.is_empty());
    parts.push(crate::t!(
        "mreport-made-on",
        date = crate::l10n::long_date(report.made_on)
    ));
    parts.join(" · ")
}

/// The headline numbers: relationships, won, lost, at risk, single points.
fn tiles(report: &ManagementReport) -> Vec<(String, i64)> {
    vec![
        (crate::t!("mreport-relationships"), report.companies),
        (crate::t!("mreport-won"), report.won_total),
        (crate::t!("mreport-lost"), report.lost_total),
        (crate::t!("mreport-at-risk"), report.at_risk_total),
        (crate::t!("mreport-single-points"), report.single_points_total),
    ]
}

/// The collaborations table: a row per form, a column per year, the change.
fn forms_table(report: &ManagementReport) -> (Vec<String>, Vec<Vec<String>>) {
    let mut headers = vec![crate::t!("mreport-form")];
    headers.extend(report.years.iter().cloned());
    headers.push(crate::t!("mreport-change"));
    let mut rows: Vec<Vec<String>> = report
        .forms
        .iter()
        .map(|f| {
            let mut row = vec![form_label(&f.form)];
            row.extend(f.counts.iter().map(|n| number(*n)));
            row.push(change(f.counts[1], f.counts[2]));
            row
        })
        .collect();
    let total: [i64; 3] = std::array::from_fn(|i| report.forms.iter().map(|f| f.counts[i]).sum());
    let mut last = vec![crate::t!("report-total")];
    last.extend(total.iter().map(|n| number(*n)));
    last.push(change(total[1], total[2]));
    rows.push(last);
    let mut students = vec![crate::t!("report-students")];
    students.extend(report.students.iter().map(|n| number(*n)));
    students.push(change(report.students[1], report.students[2]));
    rows.push(students);
    let mut hours = vec![crate::t!("report-hours")];
    hours.extend(report.hours.iter().map(|n| number(*n)));
    hours.push(change(report.hours[1], report.hours[2]));
    rows.push(hours);
    (headers, rows)
}

/// "+3", "−2", "0" against last year.
fn change(before: i64, now: i64) -> String {
    match now - before {
        d if d > 0 => format!("+{}", number(d)),
        d => number(d),
    }
}

fn named_rows(list: &[Named]) -> Vec<Vec<String>> {
    list.iter()
        .map(|n| {
            let detail = match n.detail.as_str() {
                "archived" => crate::t!("mreport-archived"),
                other => crate::domain::dates::from_iso(other).map_or_else(|| other.to_string(), crate::l10n::date),
            };
            vec![n.company.clone(), detail]
        })
        .collect()
}

/// The sections every format has, as (heading, headers, rows).
fn tables(report: &ManagementReport) -> Vec<(String, Vec<String>, Vec<Vec<String>>)> {
    let company = crate::t!("report-company");
    let mut out = Vec::new();
    out.push((
        crate::t!("mreport-won-heading", count = report.won_total),
        vec![company.clone()],
        report.won.iter().map(|n| vec![n.company.clone()]).collect(),
    ));
    out.push((
        crate::t!("mreport-lost-heading", count = report.lost_total),
        vec![company.clone(), crate::t!("mreport-last-contact")],
        named_rows(&report.lost),
    ));
    out.push((
        crate::t!("mreport-at-risk-heading", count = report.at_risk_total),
        vec![company.clone(), crate::t!("mreport-score")],
        named_rows(&report.at_risk),
    ));
    out.push((
        crate::t!("mreport-single-heading", count = report.single_points_total),
        vec![company.clone(), crate::t!("mreport-score")],
        named_rows(&report.single_points),
    ));
    out.push((
        crate::t!("mreport-asked-heading"),
        vec![
            company.clone(),
            crate::t!("mreport-contacts"),
            crate::t!("mreport-teams"),
        ],
        report
            .most_asked
            .iter()
            .map(|a| vec![a.company.clone(), number(a.contacts), number(a.teams)])
            .collect(),
    ));
    out.push((
        crate::t!("mreport-questions-heading"),
        vec![
            crate::t!("mreport-team-column"),
            crate::t!("mreport-period"),
            crate::t!("mreport-questions"),
            crate::t!("mreport-capacity"),
            crate::t!("mreport-short"),
        ],
        report
            .questions
            .iter()
            .map(|r| {
                vec![
                    r.team.clone().unwrap_or_else(|| crate::t!("mreport-no-team")),
                    r.period.clone().unwrap_or_default(),
                    number(r.questions),
                    r.capacity_assignments.map(number).unwrap_or_default(),
                    number(r.short_assignments()),
                ]
            })
            .collect(),
    ));
    out.push((
        crate::t!("mreport-places-heading"),
        vec![
            crate::t!("mreport-programme-column"),
            crate::t!("mreport-offered"),
            crate::t!("mreport-filled"),
        ],
        report
            .places
            .iter()
            .map(|p| vec![p.programme.clone(), number(p.offered), number(p.filled)])
            .collect(),
    ));
    out
}

/// The report as Markdown (what a mail or a wiki takes).
pub fn markdown(report: &ManagementReport) -> String {
    let mut md = vec![
        format!("# {}", title(report)),
        String::new(),
        scope_line(report),
        String::new(),
    ];
    for (label, value) in tiles(report) {
        md.push(format!("- {label}: **{}**", number(value)));
    }
    let (headers, rows) = forms_table(report);
    md.extend([
        String::new(),
        format!("## {}", crate::t!("mreport-forms-heading")),
        String::new(),
    ]);
    md.extend(super::markdown_table(&headers, &rows));
    md.extend([
        String::new(),
        format!("## {}", crate::t!("mreport-health-heading")),
        String::new(),
    ]);
    for b in &report.bands {
        md.push(format!("- {}: {}", b.band.display_label(), number(b.companies)));
    }
    if !report.health_by_month.is_empty() {
        let months: Vec<String> = report
            .health_by_month
            .iter()
            .map(|m| format!("{} {:.0}", crate::l10n::short_month(&m.month), m.average))
            .collect();
        md.push(format!(
            "- {}: {}",
            crate::t!("mreport-average-by-month"),
            months.join(" · ")
        ));
    }
    md.extend([
        String::new(),
        format!("## {}", crate::t!("report-goals")),
        String::new(),
    ]);
    if report.goals.is_empty() {
        md.push(crate::t!("mreport-no-goals"));
    }
    for g in &report.goals {
        md.push(format!(
            "- {} — {}: {} ({}%)",
            g.whose,
            g.metric.display_label(),
            g.verdict(),
            g.percent()
        ));
    }
    for (heading, headers, rows) in tables(report) {
        md.extend([String::new(), format!("## {heading}"), String::new()]);
        if rows.is_empty() {
            md.push(crate::t!("mreport-none"));
        } else {
            md.extend(super::markdown_table(&headers, &rows));
        }
    }
    md.join("\n") + "\n"
}

/// The report as one HTML page with its charts.
pub fn html(report: &ManagementReport) -> String {
    let mut page = Page::new(crate::l10n::current().code(), &title(report));
    page.para("meta", &scope_line(report));
    let tiles: String = tiles(report)
        .iter()
        .map(|(label, value)| format!("<div class=\"tile\"><b>{}</b>{}</div>", number(*value), escape(label)))
        .collect();
    page.raw(&format!("<div class=\"tiles\">{tiles}</div>"));
    forms_section(&mut page, report);
    health_section(&mut page, report);
    goals_section(&mut page, report);
    for (heading, headers, rows) in tables(report) {
        page.raw("<section>").heading(&heading);
        if rows.is_empty() {
            page.para("note", &crate::t!("mreport-none"));
        } else {
            page.table(&headers, &rows);
        }
        page.raw("</section>");
    }
    page.finish()
}

/// Collaborations per form: a line per form over the three years, the table.
fn forms_section(page: &mut Page, report: &ManagementReport) {
    let heading = crate::t!("mreport-forms-heading");
    let series: Vec<(String, Vec<f64>)> = report
        .forms
        .iter()
        .filter(|f| f.counts.iter().any(|n| *n > 0))
        .map(|f| (form_label(&f.form), f.counts.iter().map(|n| *n as f64).collect()))
        .collect();
    let (headers, rows) = forms_table(report);
    page.raw("<section>").heading(&heading);
    page.raw(&svg::lines(&heading, &report.years, &series));
    page.table(&headers, &rows).raw("</section>");
}

/// Companies per band now, and the kept average per month.
fn health_section(page: &mut Page, report: &ManagementReport) {
    let heading = crate::t!("mreport-health-heading");
    let bars: Vec<(String, f64, &str)> = report
        .bands
        .iter()
        .map(|b| (b.band.display_label(), b.companies as f64, band_colour(b.band)))
        .collect();
    page.raw("<section>").heading(&heading);
    page.raw(&svg::bars(&heading, &bars));
    if report.health_by_month.len() > 1 {
        let label = crate::t!("mreport-average-by-month");
        let months: Vec<String> = report
            .health_by_month
            .iter()
            .map(|m| crate::l10n::short_month(&m.month))
            .collect();
        let averages = report.health_by_month.iter().map(|m| m.average).collect();
        page.para("note", &label);
        page.raw(&svg::lines(&label, &months, &[(label.clone(), averages)]));
    } else {
        page.para("note", &crate::t!("mreport-no-history"));
    }
    page.raw("</section>");
}

/// Each goal as a bar against its target.
fn goals_section(page: &mut Page, report: &ManagementReport) {
    page.raw("<section>").heading(&crate::t!("report-goals"));
    if report.goals.is_empty() {
        page.para("note", &crate::t!("mreport-no-goals"));
    }
    let mut rows = String::from("<table><tbody>");
    for g in &report.goals {
        let what = format!("{} — {}", g.whose, g.metric.display_label());
        rows.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&what),
            svg::progress(&what, g.percent()),
            escape(&g.verdict())
        ));
    }
    rows.push_str("</tbody></table>");
    if !report.goals.is_empty() {
        page.raw(&rows);
    }
    page.raw("</section>");
}
