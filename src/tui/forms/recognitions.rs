//! SBB recognitions (erkend leerbedrijf): one per programme (crebo) at a
//! company, recorded from its page, and checked again when due (Today lists
//! those due within two weeks).

use super::{optional_date_at, Submitting, DATE_HINT};
use crate::model::recognition::{NewRecognition, Recognition};
use crate::model::Id;
use crate::tui::change::Change;
use crate::tui::forms::Purpose;
use crate::tui::widgets::form::{Field, FieldId, Form};
use chrono::NaiveDate;

/// A recognition at a company: its crebo, programme, since when, next check.
#[derive(Debug, Clone)]
pub struct RecogniseForm {
    company: Id,
    crebo: FieldId,
    programme: FieldId,
    since: FieldId,
    recheck: FieldId,
}

pub fn recognise_form(company: Id, name: &str) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-recognise", name = name));
    let purpose = RecogniseForm {
        company,
        crebo: form.add(Field::text("Crebo", "").with_hint("5 digits")),
        programme: form.add(Field::text("Programme", "")),
        since: form.add(Field::date("Since", "").with_hint("empty: not known")),
        recheck: form.add(Field::date("Re-check", "").with_hint("when to check it again; empty: not set")),
    };
    (form, Purpose::Recognise(purpose))
}

impl RecogniseForm {
    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        let crebo = form.text(self.crebo);
        if let Err(e) = crate::domain::validate::crebo(&crebo) {
            form.mark(self.crebo, Some(e.to_string()));
        }
        let since = optional_date_at(form, self.since, at.today);
        let recheck = optional_date_at(form, self.recheck, at.today);
        if form.has_errors() {
            return None;
        }
        Some(Change::Recognise(Box::new(NewRecognition {
            company: self.company,
            crebo,
            programme: Some(form.text(self.programme)).filter(|p| !p.is_empty()),
            trainer: None,
            recognised_on: since?,
            recheck_on: recheck?,
        })))
    }
}

/// Checked again: the next check, a year on by default.
#[derive(Debug, Clone)]
pub struct RecheckedForm {
    id: Id,
    next: FieldId,
}

pub fn rechecked_form(r: &Recognition, today: NaiveDate) -> (Form, Purpose) {
    let next = crate::domain::dates::a_year_after(today)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let mut form = Form::titled(crate::t!(
        "form-rechecked",
        name = r.company.as_str(),
        crebo = r.crebo.as_str()
    ));
    let next = form.add(Field::date("Next check", next).with_hint(DATE_HINT));
    (form, Purpose::Rechecked(RecheckedForm { id: r.id, next }))
}

impl RecheckedForm {
    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        Some(Change::Rechecked {
            id: self.id,
            next: optional_date_at(form, self.next, at.today)?,
        })
    }
}
