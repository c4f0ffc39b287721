//! The forms of the TUI. Each form is a type (in the modules below): built
//! from what the runner read, it keeps a handle to each of its fields and
//! the values its choices stand for, and `submit` turns what was typed into
//! a `Change` for the runner to save — or marks the fields in error, checked
//! with the same domain rules (and messages) as the CLI. [`Purpose`] is the
//! form that is open. Nothing here touches the database.

pub mod bulk;
pub mod campaigns;
pub mod circles;
pub mod engagements;
pub mod files;
pub mod followups;
pub mod goals;
pub mod interactions;
pub mod network;
pub mod questions;
pub mod recognitions;
pub mod records;
pub mod staff;
pub mod views;

pub use circles::{action_item_form, minutes_form};
pub use followups::{followup_form, reassign_form, snooze_form};
pub use interactions::{capture_form, edit_interaction_form, log_form, log_form_seeing, log_many_form};
pub use records::{company_columns, company_form, person_columns, person_form};
pub use staff::handover_form;

use crate::domain::dates::parse_date;
use crate::model::Id;
use crate::tui::change::Change;
use crate::tui::widgets::form::{FieldId, Form};
use crate::Error;
use chrono::NaiveDate;

pub(super) const DATE_HINT: &str = "today, yesterday, 20-11, -3d, friday";

/// The form that is open, with what it needs to become a change.
#[derive(Debug, Clone)]
pub enum Purpose {
    Log(interactions::LogForm),
    EditInteraction(interactions::EditInteractionForm),
    Snooze(followups::SnoozeForm),
    EditFollowup(followups::FollowupForm),
    Reassign(followups::ReassignForm),
    Handover(staff::HandoverForm),
    SetTeam(staff::TeamForm),
    AddStaff(staff::AddStaffForm),
    Move(records::MoveForm),
    AddGoal(goals::GoalForm),
    Company(records::CompanyForm),
    Person(records::PersonForm),
    Collaboration(engagements::CollaborationForm),
    Evaluate(engagements::EvaluateForm),
    Circle(circles::CircleForm),
    Meeting(circles::MeetingForm),
    Member(circles::MemberForm),
    Minutes(circles::MinutesForm),
    ActionItem(circles::ActionItemForm),
    Import(files::ImportForm),
    Export(files::ExportForm),
    OpenDocument(files::OpenDocumentForm),
    Recognise(recognitions::RecogniseForm),
    Rechecked(recognitions::RecheckedForm),
    Capture(interactions::CaptureForm),
    Rest(network::RestForm),
    Places(network::PlacesForm),
    Left(network::LeftForm),
    Network(network::NetworkForm),
    TakeOffer(network::TakeOfferForm),
    Alumnus(network::AlumnusForm),
    Offer(network::OfferForm),
    EndTies(network::EndTiesForm),
    Introduced(network::IntroducedForm),
    PlacesImport(network::PlacesImportForm),
    Bulk(bulk::BulkForm),
    Campaign(campaigns::CampaignForm),
    Invite(campaigns::InviteForm),
    Attach(files::AttachForm),
    Question(questions::QuestionForm),
    CloseQuestion(questions::CloseQuestionForm),
    SaveView(views::SaveViewForm),
    EditGoal(goals::EditGoalForm),
    Cadence(bulk::CadenceForm),
    Experts(views::TopicForm),
    NewTeam(staff::NewTeamForm),
    ReadSource(files::ReadSourceForm),
    Account(staff::AccountForm),
    Capacity(staff::CapacityForm),
    ChooseView(views::ChooseViewForm),
}

/// What a form knows when it is submitted: the day relative dates are read
/// against, and who "me" is (the owner of a company added).
#[derive(Debug, Clone, Copy)]
pub struct Submitting {
    pub today: NaiveDate,
    pub me: Option<Id>,
}

/// Check the fields and say what to save. On a field error, marks the field
/// and returns `None` (the form stays open).
pub fn to_change(form: &mut Form, purpose: &Purpose, today: NaiveDate, me: Option<Id>) -> Option<Change> {
    form.clear_errors();
    let at = Submitting { today, me };
    match purpose {
        Purpose::Log(f) => f.submit(form, at),
        Purpose::EditInteraction(f) => f.submit(form, at),
        Purpose::Snooze(f) => f.submit(form, at),
        Purpose::EditFollowup(f) => f.submit(form, at),
        Purpose::Reassign(f) => f.submit(form),
        Purpose::Handover(f) => f.submit(form),
        Purpose::SetTeam(f) => f.submit(form),
        Purpose::AddStaff(f) => f.submit(form),
        Purpose::Move(f) => f.submit(form),
        Purpose::AddGoal(f) => f.submit(form),
        Purpose::Company(f) => f.submit(form, at),
        Purpose::Person(f) => f.submit(form, at),
        Purpose::Collaboration(f) => f.submit(form, at),
        Purpose::Evaluate(f) => f.submit(form),
        Purpose::Circle(f) => f.submit(form),
        Purpose::Meeting(f) => f.submit(form, at),
        Purpose::Member(f) => f.submit(form),
        Purpose::Minutes(f) => f.submit(form),
        Purpose::ActionItem(f) => f.submit(form, at),
        Purpose::Import(f) => f.submit(form),
        Purpose::Export(f) => f.submit(form),
        Purpose::OpenDocument(f) => f.submit(form),
        Purpose::Recognise(f) => f.submit(form, at),
        Purpose::Rechecked(f) => f.submit(form, at),
        Purpose::Capture(f) => f.submit(form, at),
        Purpose::Rest(f) => f.submit(form, at),
        Purpose::Places(f) => f.submit(form, at),
        Purpose::Left(f) => f.submit(form, at),
        Purpose::Network(f) => f.submit(form),
        Purpose::TakeOffer(f) => f.submit(form),
        Purpose::Alumnus(f) => f.submit(form),
        Purpose::Offer(f) => f.submit(form),
        Purpose::EndTies(f) => f.submit(form, at),
        Purpose::Bulk(f) => f.submit(form),
        Purpose::Campaign(f) => f.submit(form, at),
        Purpose::Invite(f) => f.submit(form),
        Purpose::Attach(f) => f.submit(form),
        Purpose::Question(f) => f.submit(form, at),
        Purpose::CloseQuestion(f) => f.submit(form),
        Purpose::SaveView(f) => f.submit(form),
        Purpose::EditGoal(f) => f.submit(form),
        Purpose::Cadence(f) => f.submit(form),
        Purpose::Experts(f) => f.submit(form),
        Purpose::NewTeam(f) => f.submit(form),
        Purpose::ReadSource(f) => f.submit(form, at),
        Purpose::Account(f) => f.submit(form),
        Purpose::Capacity(f) => f.submit(form),
        Purpose::ChooseView(f) => f.submit(form),
        Purpose::Introduced(f) => f.submit(form),
        Purpose::PlacesImport(f) => f.submit(form),
    }
}

/// A save was refused: the reason goes on the form, which keeps what was
/// typed. On a conflict the form now knows the other value, so saving again
/// replaces it deliberately.
pub fn refused(form: &mut Form, purpose: &mut Purpose, error: Error) {
    let Error::Conflict(conflict) = error else {
        form.error = Some(error.to_string());
        return;
    };
    let seen = match purpose {
        Purpose::Company(f) => f.seen.as_mut(),
        Purpose::Person(f) => f.seen.as_mut(),
        _ => None,
    };
    if let Some(seen) = seen {
        for (column, value) in &mut seen.values {
            if *column == conflict.column {
                *value = conflict.current.clone();
            }
        }
    }
    let label = records::label_of(conflict.column);
    match form.fields.iter().any(|f| f.label == label) {
        true => form.set_error(label, Some(conflict.short())),
        false => form.error = Some(conflict.to_string()),
    }
    form.focus_first_error();
}

/// A date field: parsed with the CLI's rules; an error marks the field.
fn date_at(form: &mut Form, id: FieldId, today: NaiveDate) -> Option<NaiveDate> {
    match parse_date(&form.text(id), today) {
        Ok(date) => Some(date),
        Err(e) => {
            form.mark(id, Some(e.to_string()));
            None
        }
    }
}

/// An optional date: empty is none (`Some(None)`); `None` when it is wrong
/// (marked on the form).
fn optional_date_at(form: &mut Form, id: FieldId, today: NaiveDate) -> Option<Option<NaiveDate>> {
    match form.text(id).is_empty() {
        true => Some(None),
        false => date_at(form, id, today).map(Some),
    }
}

/// A count typed in a field (students, hours, a goal's bounds): empty is none; `None` when it
/// is no number (the field is marked with the message `error`).
pub(super) fn count(form: &mut Form, field: FieldId, error: &str) -> Option<Option<u32>> {
    let value = form.text(field);
    if value.is_empty() {
        return Some(None);
    }
    match value.parse::<u32>() {
        Ok(n) => Some(Some(n)),
        Err(_) => {
            form.mark(
                field,
                Some(crate::l10n::message(error, &[("value", value.as_str().into())])),
            );
            None
        }
    }
}
