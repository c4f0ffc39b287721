//! SBB recognitions (erkend leerbedrijf): one per programme (crebo) at a
//! company, recorded from its page, and checked again when due (Today lists
//! those due within two weeks).

use super::{date_field, Change, Purpose, DATE_HINT};
use crate::model::recognition::{NewRecognition, Recognition};
use crate::model::Id;
use crate::tui::widgets::form::{Field, Form};
use chrono::NaiveDate;

pub fn recognise_form(company: Id, name: &str) -> (Form, Purpose) {
    let form = Form::new(
        crate::t!("form-recognise", name = name),
        vec![
            Field::text("Crebo", "").with_hint("5 digits"),
            Field::text("Programme", ""),
            Field::date("Since", "").with_hint("empty: not known"),
            Field::date("Re-check", "").with_hint("when to check it again; empty: not set"),
        ],
    );
    (form, Purpose::Recognise(company))
}

/// Checked again: the next check, a year on by default.
pub fn rechecked_form(r: &Recognition, today: NaiveDate) -> (Form, Purpose) {
    let next = crate::domain::dates::a_year_after(today)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let form = Form::new(
        crate::t!("form-rechecked", name = r.company.as_str(), crebo = r.crebo.as_str()),
        vec![Field::date("Next check", next).with_hint(DATE_HINT)],
    );
    (form, Purpose::Rechecked(r.id))
}

/// An optional date: empty is none; a wrong one is marked on the form.
fn optional_date(form: &mut Form, label: &str, today: NaiveDate) -> Result<Option<NaiveDate>, ()> {
    if form.value(label).is_empty() {
        return Ok(None);
    }
    date_field(form, label, today).map(Some).ok_or(())
}

pub fn to_change(form: &mut Form, purpose: &Purpose, today: NaiveDate) -> Option<Change> {
    match purpose {
        Purpose::Recognise(company) => {
            let crebo = form.value("Crebo");
            if let Err(e) = crate::domain::validate::crebo(&crebo) {
                form.set_error("Crebo", Some(e.to_string()));
            }
            let since = optional_date(form, "Since", today);
            let recheck = optional_date(form, "Re-check", today);
            if form.has_errors() {
                return None;
            }
            Some(Change::Recognise(Box::new(NewRecognition {
                company: *company,
                crebo,
                programme: Some(form.value("Programme")).filter(|p| !p.is_empty()),
                trainer: None,
                recognised_on: since.ok()?,
                recheck_on: recheck.ok()?,
            })))
        }
        Purpose::Rechecked(id) => Some(Change::Rechecked {
            id: *id,
            next: optional_date(form, "Next check", today).ok()?,
        }),
        _ => None,
    }
}
