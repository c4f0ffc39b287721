//! The circle forms: a new circle, a meeting planned (date, time, place and
//! an agenda of several lines), a company joining. What is typed is checked
//! with the CLI's rules; a company is found by name when saving, so a slip
//! of the finger is answered with the nearest names.

use super::{date_field, Change, Purpose, DATE_HINT};
use crate::domain::validate;
use crate::model::Id;
use crate::tui::widgets::form::{Field, Form};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

pub fn new_circle_form() -> (Form, Purpose) {
    let form = Form::new(
        crate::t!("form-add-circle"),
        vec![
            Field::text("Name", "").with_hint("Bedrijvenkring Techniek Zaanstreek"),
            Field::multiline("Description", "").with_hint("enter: new line"),
        ],
    );
    (form, Purpose::AddCircle)
}

pub fn meeting_form(circle: Id, name: &str) -> (Form, Purpose) {
    let form = Form::new(
        crate::t!("form-plan-meeting", circle = name),
        vec![
            Field::date("Date", "").with_hint(DATE_HINT),
            Field::text("Time", "16:00").with_hint("16:00"),
            Field::text("Place", ""),
            Field::multiline("Agenda", "").with_hint("enter: new line; ctrl-s saves"),
        ],
    );
    (form, Purpose::PlanMeeting(circle))
}

pub fn member_form(circle: Id, name: &str) -> (Form, Purpose) {
    let form = Form::new(
        crate::t!("form-add-member", circle = name),
        vec![Field::text("Company", "").with_hint("its name or #id")],
    );
    (form, Purpose::AddMember(circle))
}

/// The change a circle form asks for; `None` with the fields in error marked.
pub fn to_change(form: &mut Form, purpose: &Purpose, today: NaiveDate) -> Option<Change> {
    match purpose {
        Purpose::AddCircle => {
            let name = form.value("Name");
            if let Err(e) = validate::name("circle name", &name) {
                form.set_error("Name", Some(e.to_string()));
                return None;
            }
            Some(Change::AddCircle {
                name,
                description: form.value("Description"),
            })
        }
        Purpose::PlanMeeting(circle) => {
            let date = date_field(form, "Date", today);
            let time_text = form.value("Time");
            let time = NaiveTime::parse_from_str(&time_text, "%H:%M").ok();
            if time.is_none() {
                form.set_error("Time", Some(crate::t!("err-time", given = time_text.as_str())));
            }
            Some(Change::PlanMeeting {
                circle: *circle,
                starts_at: NaiveDateTime::new(date?, time?),
                place: form.value("Place"),
                agenda: form.value("Agenda"),
            })
        }
        Purpose::AddMember(circle) => {
            let company = form.value("Company");
            if company.is_empty() {
                form.set_error("Company", Some(crate::t!("form-err-which-company")));
                return None;
            }
            Some(Change::AddMember {
                circle: *circle,
                company,
            })
        }
        _ => None,
    }
}
