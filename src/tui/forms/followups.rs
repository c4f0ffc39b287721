//! A follow-up put off to a date, corrected, or handed to a colleague.

use super::{date_at, Submitting, DATE_HINT};
use crate::model::followups::FollowupRow;
use crate::model::staff::StaffRow;
use crate::model::Id;
use crate::tui::change::Change;
use crate::tui::forms::Purpose;
use crate::tui::widgets::form::{Choice, Field, FieldId, Form};

/// Snooze to a date typed as the CLI takes it.
#[derive(Debug, Clone)]
pub struct SnoozeForm {
    followup: Id,
    date: FieldId,
}

pub fn snooze_form(followup: Id) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-snooze"));
    let date = form.add(Field::date("Date", "+1w").with_hint(DATE_HINT));
    (form, Purpose::Snooze(SnoozeForm { followup, date }))
}

impl SnoozeForm {
    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        Some(Change::Snooze {
            followup: self.followup,
            to: date_at(form, self.date, at.today)?,
        })
    }
}

/// A follow-up's date and action.
#[derive(Debug, Clone)]
pub struct FollowupForm {
    id: Id,
    due: FieldId,
    action: FieldId,
}

pub fn followup_form(f: &FollowupRow) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-edit-followup", id = f.id, company = f.company.as_str()));
    let purpose = FollowupForm {
        id: f.id,
        due: form.add(Field::date("Due", f.due.to_string()).with_hint(DATE_HINT)),
        action: form.add(Field::text("Action", f.action.clone())),
    };
    (form, Purpose::EditFollowup(purpose))
}

impl FollowupForm {
    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        Some(Change::EditFollowup {
            due: date_at(form, self.due, at.today)?,
            id: self.id,
            action: Some(form.text(self.action)),
            seen: None,
        })
    }
}

/// A follow-up to a colleague (the active ones).
#[derive(Debug, Clone)]
pub struct ReassignForm {
    followup: Id,
    colleague: Choice<Id>,
}

pub fn reassign_form(followup: Id, staff: &[StaffRow]) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-reassign"));
    let options = staff
        .iter()
        .filter(|s| s.active)
        .map(|s| (s.name.clone(), s.id))
        .collect();
    let colleague = Choice::add(&mut form, "Colleague", options, 0);
    (form, Purpose::Reassign(ReassignForm { followup, colleague }))
}

impl ReassignForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        Some(Change::Reassign {
            followup: self.followup,
            to: self.colleague.chosen(form)?,
            name: form.get(self.colleague.id).chosen().to_string(),
            seen: None,
        })
    }
}
