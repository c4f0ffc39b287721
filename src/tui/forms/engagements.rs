//! The collaboration forms: a new one at a company, an edit (only what was
//! changed is saved, so a colleague's change to another field stands), and
//! the evaluation with its rating.

use super::{optional_date_at, Submitting};
use crate::domain::kinds::{EngagementForm, EngagementStatus};
use crate::model::engagements::{Engagement, EngagementPatch, NewEngagement};
use crate::model::Id;
use crate::tui::change::Change;
use crate::tui::forms::Purpose;
use crate::tui::widgets::form::{Choice, Field, FieldId, Form};
use chrono::NaiveDate;

/// A new collaboration at a company, or one to edit.
#[derive(Debug, Clone)]
pub struct CollaborationForm {
    /// The company of a new one; the collaboration edited.
    of: Of,
    form: Choice<EngagementForm>,
    year: FieldId,
    period: FieldId,
    starts: FieldId,
    ends: FieldId,
    students: FieldId,
    hours: FieldId,
    status: Choice<EngagementStatus>,
    scope: FieldId,
    expectations: FieldId,
    compensation: FieldId,
}

#[derive(Debug, Clone, Copy)]
enum Of {
    NewAt(Id),
    Edited(Id),
}

pub fn new_form(company: Id, name: &str, today: NaiveDate) -> (Form, Purpose) {
    let year = crate::domain::dates::school_year_of(today);
    let mut form = Form::titled(crate::t!("form-add-engagement", name = name));
    let purpose = CollaborationForm::add(&mut form, Of::NewAt(company), None, &year);
    (form, Purpose::Collaboration(purpose))
}

pub fn edit_form(engagement: &Engagement) -> (Form, Purpose) {
    let year = engagement.school_year.clone().unwrap_or_default();
    let mut form = Form::titled(crate::t!(
        "form-edit-engagement",
        id = engagement.id,
        name = engagement.company.as_str()
    ));
    let purpose = CollaborationForm::add(&mut form, Of::Edited(engagement.id), Some(engagement), &year);
    (form, Purpose::Collaboration(purpose))
}

impl CollaborationForm {
    fn add(form: &mut Form, of: Of, e: Option<&Engagement>, year: &str) -> CollaborationForm {
        let text = |f: fn(&Engagement) -> Option<String>| e.and_then(f).unwrap_or_default();
        let forms = EngagementForm::ALL
            .iter()
            .map(|f| (f.label(), f.display_label(), *f))
            .collect();
        let form_at = e.map_or(0, |e| {
            EngagementForm::ALL.iter().position(|f| *f == e.form).unwrap_or(0)
        });
        let statuses = EngagementStatus::ALL
            .iter()
            .map(|s| (s.label(), s.display_label(), *s))
            .collect();
        let status_at = e.map_or(0, |e| {
            EngagementStatus::ALL.iter().position(|s| *s == e.status).unwrap_or(0)
        });
        CollaborationForm {
            of,
            form: Choice::add_showing(form, "Form", forms, form_at),
            year: form.add(Field::text("School year", year).with_hint("2026-2027")),
            period: form.add(Field::text("Period", text(|e| e.period.clone())).with_hint("semester 2, blok 3")),
            starts: form
                .add(Field::date("Starts", text(|e| e.starts_on.map(|d| d.to_string()))).with_hint("empty: not set")),
            ends: form.add(Field::date("Ends", text(|e| e.ends_on.map(|d| d.to_string()))).with_hint("empty: not set")),
            students: form.add(Field::text("Students", text(|e| e.students.map(|n| n.to_string())))),
            hours: form.add(
                Field::text("Hours", text(|e| e.hours.map(|n| n.to_string()))).with_hint("the company's, where known"),
            ),
            status: Choice::add_showing(form, "Status", statuses, status_at),
            scope: form.add(Field::multiline("Scope", text(|e| e.scope.clone())).with_hint("what was agreed")),
            expectations: form.add(Field::text("Expectations", text(|e| e.expectations.clone()))),
            compensation: form
                .add(Field::text("Compensation", text(|e| e.compensation.clone())).with_hint("travel, parking, time")),
        }
    }

    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        match self.of {
            Of::NewAt(company) => self.added(form, company, at.today),
            Of::Edited(id) => self.edited(form, id, at.today),
        }
    }

    fn added(&self, form: &mut Form, company: Id, today: NaiveDate) -> Option<Change> {
        let (starts_on, ends_on, students, hours) = (
            optional_date_at(form, self.starts, today),
            optional_date_at(form, self.ends, today),
            super::count(form, self.students, "form-err-students"),
            super::count(form, self.hours, "form-err-hours"),
        );
        if form.has_errors() {
            return None;
        }
        let text = |id| Some(form.text(id)).filter(|v| !v.is_empty());
        Some(Change::AddEngagement(Box::new(NewEngagement {
            company,
            form: self.form.chosen(form)?,
            programme: None,
            school_year: text(self.year),
            period: text(self.period),
            starts_on: starts_on.flatten(),
            ends_on: ends_on.flatten(),
            students: students.flatten(),
            status: self.status.chosen(form)?,
            scope: text(self.scope),
            expectations: text(self.expectations),
            compensation: text(self.compensation),
            hours: hours.flatten(),
        })))
    }

    /// Only the fields the user changed: `Some("")` clears a text.
    fn edited(&self, form: &mut Form, id: Id, today: NaiveDate) -> Option<Change> {
        let changed = |form: &Form, field: FieldId| form.get(field).changed();
        let starts_on = changed(form, self.starts).then(|| optional_date_at(form, self.starts, today));
        let ends_on = changed(form, self.ends).then(|| optional_date_at(form, self.ends, today));
        let students = changed(form, self.students).then(|| super::count(form, self.students, "form-err-students"));
        let hours = changed(form, self.hours).then(|| super::count(form, self.hours, "form-err-hours"));
        if form.has_errors() {
            return None;
        }
        let patch = EngagementPatch {
            form: self.form.chosen(form).filter(|_| changed(form, self.form.id)),
            programme: None,
            school_year: form.changed_text(self.year),
            period: form.changed_text(self.period),
            // An emptied date cannot be cleared through a patch: it stays.
            starts_on: starts_on.flatten().flatten(),
            ends_on: ends_on.flatten().flatten(),
            students: students.flatten().flatten(),
            hours: hours.flatten().flatten(),
            status: self.status.chosen(form).filter(|_| changed(form, self.status.id)),
            scope: form.changed_text(self.scope),
            expectations: form.changed_text(self.expectations),
            compensation: form.changed_text(self.compensation),
        };
        Some(Change::EditEngagement(id, Box::new(patch)))
    }
}

/// A collaboration's evaluation: what it brought, and a rating.
#[derive(Debug, Clone)]
pub struct EvaluateForm {
    id: Id,
    evaluation: FieldId,
    rating: Choice<Option<u8>>,
}

pub fn evaluate_form(engagement: &Engagement) -> (Form, Purpose) {
    let rating = engagement.rating.map_or(0, |r| r.clamp(0, 5) as usize);
    let mut form = Form::titled(crate::t!(
        "form-evaluate",
        form = engagement.form.display_label(),
        name = engagement.company.as_str()
    ));
    let evaluation = form.add(
        Field::multiline("Evaluation", engagement.evaluation.clone().unwrap_or_default())
            .with_hint("what it brought both sides"),
    );
    // Ratings offered: none, or 1 to 5.
    let mut ratings = vec![("-".to_string(), None)];
    ratings.extend((1..=5u8).map(|r| (r.to_string(), Some(r))));
    let rating = Choice::add(&mut form, "Rating", ratings, rating);
    form.set_hint(rating.id, "1 to 5; - none");
    let purpose = EvaluateForm {
        id: engagement.id,
        evaluation,
        rating,
    };
    (form, Purpose::Evaluate(purpose))
}

impl EvaluateForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        Some(Change::Evaluate {
            id: self.id,
            text: form.text(self.evaluation),
            rating: self.rating.chosen(form).flatten(),
        })
    }
}
