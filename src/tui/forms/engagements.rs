//! The collaboration forms: a new one at a company, an edit (only what was
//! changed is saved, so a colleague's change to another field stands), and
//! the evaluation with its rating.

use super::{date_field, Change, Purpose};
use crate::domain::kinds::{EngagementForm, EngagementStatus};
use crate::model::engagements::{Engagement, EngagementPatch, NewEngagement};
use crate::model::Id;
use crate::tui::widgets::form::{Field, Form};
use chrono::NaiveDate;

/// Ratings offered: none, or 1 to 5.
const RATINGS: [&str; 6] = ["-", "1", "2", "3", "4", "5"];

pub fn new_form(company: Id, name: &str, today: NaiveDate) -> (Form, Purpose) {
    let year = crate::domain::dates::school_year_of(today);
    let form = Form::new(crate::t!("form-add-engagement", name = name), fields(None, &year));
    (form, Purpose::AddEngagement { company })
}

pub fn edit_form(engagement: &Engagement) -> (Form, Purpose) {
    let year = engagement.school_year.clone().unwrap_or_default();
    let form = Form::new(
        crate::t!(
            "form-edit-engagement",
            id = engagement.id,
            name = engagement.company.as_str()
        ),
        fields(Some(engagement), &year),
    );
    (form, Purpose::EditEngagement(engagement.id))
}

pub fn evaluate_form(engagement: &Engagement) -> (Form, Purpose) {
    let rating = engagement.rating.map_or(0, |r| r.clamp(0, 5) as usize);
    let form = Form::new(
        crate::t!(
            "form-evaluate",
            form = engagement.form.display_label(),
            name = engagement.company.as_str()
        ),
        vec![
            Field::multiline("Evaluation", engagement.evaluation.clone().unwrap_or_default())
                .with_hint("what it brought both sides"),
            Field::choice("Rating", RATINGS.iter().map(|r| r.to_string()).collect(), rating)
                .with_hint("1 to 5; - none"),
        ],
    );
    (form, Purpose::Evaluate(engagement.id))
}

fn fields(e: Option<&Engagement>, year: &str) -> Vec<Field> {
    let text = |f: fn(&Engagement) -> Option<String>| e.and_then(f).unwrap_or_default();
    let form = e.map_or(0, |e| {
        EngagementForm::ALL.iter().position(|f| *f == e.form).unwrap_or(0)
    });
    let status = e.map_or(0, |e| {
        EngagementStatus::ALL.iter().position(|s| *s == e.status).unwrap_or(0)
    });
    vec![
        Field::choice("Form", EngagementForm::ALL.iter().map(|f| f.label()).collect(), form)
            .showing(EngagementForm::ALL.iter().map(|f| f.display_label()).collect()),
        Field::text("School year", year).with_hint("2026-2027"),
        Field::text("Period", text(|e| e.period.clone())).with_hint("semester 2, blok 3"),
        Field::date("Starts", text(|e| e.starts_on.map(|d| d.to_string()))).with_hint("empty: not set"),
        Field::date("Ends", text(|e| e.ends_on.map(|d| d.to_string()))).with_hint("empty: not set"),
        Field::text("Students", text(|e| e.students.map(|n| n.to_string()))),
        Field::choice(
            "Status",
            EngagementStatus::ALL.iter().map(|s| s.label()).collect(),
            status,
        )
        .showing(EngagementStatus::ALL.iter().map(|s| s.display_label()).collect()),
        Field::multiline("Scope", text(|e| e.scope.clone())).with_hint("what was agreed"),
        Field::text("Expectations", text(|e| e.expectations.clone())),
        Field::text("Compensation", text(|e| e.compensation.clone())).with_hint("travel, parking, time"),
    ]
}

/// What a collaboration form asks to save, or `None` with the fields in
/// error marked.
pub fn to_change(form: &mut Form, purpose: &Purpose, today: NaiveDate) -> Option<Change> {
    match purpose {
        Purpose::AddEngagement { company } => added(form, *company, today),
        Purpose::EditEngagement(id) => edited(form, *id, today),
        Purpose::Evaluate(id) => Some(Change::Evaluate {
            id: *id,
            text: form.field("Evaluation").value.trim().to_string(),
            rating: form.field("Rating").chosen().parse().ok(),
        }),
        _ => None,
    }
}

fn added(form: &mut Form, company: Id, today: NaiveDate) -> Option<Change> {
    let (starts_on, ends_on, students) = (
        optional_date(form, "Starts", today),
        optional_date(form, "Ends", today),
        students(form),
    );
    if form.has_errors() {
        return None;
    }
    let text = |label| Some(form.value(label)).filter(|v| !v.is_empty());
    Some(Change::AddEngagement(Box::new(NewEngagement {
        company,
        form: chosen_form(form),
        programme: None,
        school_year: text("School year"),
        period: text("Period"),
        starts_on: starts_on.flatten(),
        ends_on: ends_on.flatten(),
        students: students.flatten(),
        status: chosen_status(form),
        scope: text("Scope"),
        expectations: text("Expectations"),
        compensation: text("Compensation"),
    })))
}

/// Only the fields the user changed: `Some("")` clears a text.
fn edited(form: &mut Form, id: Id, today: NaiveDate) -> Option<Change> {
    let changed = |form: &Form, label| form.field(label).changed();
    let starts_on = changed(form, "Starts").then(|| optional_date(form, "Starts", today));
    let ends_on = changed(form, "Ends").then(|| optional_date(form, "Ends", today));
    let students = changed(form, "Students").then(|| students(form));
    if form.has_errors() {
        return None;
    }
    let patch = EngagementPatch {
        form: changed(form, "Form").then(|| chosen_form(form)),
        programme: None,
        school_year: form.changed_value("School year"),
        period: form.changed_value("Period"),
        // An emptied date cannot be cleared through a patch: it stays.
        starts_on: starts_on.flatten().flatten(),
        ends_on: ends_on.flatten().flatten(),
        students: students.flatten().flatten(),
        status: changed(form, "Status").then(|| chosen_status(form)),
        scope: form.changed_value("Scope"),
        expectations: form.changed_value("Expectations"),
        compensation: form.changed_value("Compensation"),
    };
    Some(Change::EditEngagement(id, Box::new(patch)))
}

/// An empty date field is no date; `None` when it is wrong (marked).
fn optional_date(form: &mut Form, label: &str, today: NaiveDate) -> Option<Option<NaiveDate>> {
    match form.value(label).is_empty() {
        true => Some(None),
        false => date_field(form, label, today).map(Some),
    }
}

fn students(form: &mut Form) -> Option<Option<u32>> {
    let value = form.value("Students");
    if value.is_empty() {
        return Some(None);
    }
    match value.parse::<u32>() {
        Ok(n) => Some(Some(n)),
        Err(_) => {
            form.set_error("Students", Some(crate::t!("form-err-students", value = value)));
            None
        }
    }
}

fn chosen_form(form: &Form) -> EngagementForm {
    EngagementForm::ALL[form.field("Form").index.min(EngagementForm::ALL.len() - 1)]
}

fn chosen_status(form: &Form) -> EngagementStatus {
    EngagementStatus::ALL[form.field("Status").index.min(EngagementStatus::ALL.len() - 1)]
}
