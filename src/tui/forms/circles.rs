//! The circle forms: a new circle, a meeting planned (date, time, place and
//! an agenda of several lines), a company joining, a meeting's minutes and
//! its action items. What is typed is checked with the CLI's rules; a
//! company is found by name when saving, so a slip of the finger is
//! answered with the nearest names.

use super::{date_at, Submitting, DATE_HINT};
use crate::domain::validate;
use crate::model::circles::{Meeting, Member};
use crate::model::staff::StaffRow;
use crate::model::Id;
use crate::tui::change::Change;
use crate::tui::forms::Purpose;
use crate::tui::widgets::form::{Choice, Field, FieldId, Form};
use crate::Error;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// A new circle: its name and what it is for.
#[derive(Debug, Clone)]
pub struct CircleForm {
    name: FieldId,
    description: FieldId,
}

pub fn new_circle_form() -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-add-circle"));
    let purpose = CircleForm {
        name: form.add(Field::text("Name", "").with_hint("Bedrijvenkring Techniek Zaanstreek")),
        description: form.add(Field::multiline("Description", "").with_hint("enter: new line")),
    };
    (form, Purpose::Circle(purpose))
}

impl CircleForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let name = form.text(self.name);
        if let Err(e) = validate::name("circle name", &name) {
            form.mark(self.name, Some(e.to_string()));
            return None;
        }
        Some(Change::AddCircle {
            name,
            description: form.text(self.description),
        })
    }
}

/// A meeting of a circle: when, where, and its agenda.
#[derive(Debug, Clone)]
pub struct MeetingForm {
    circle: Id,
    date: FieldId,
    time: FieldId,
    place: FieldId,
    agenda: FieldId,
    every: FieldId,
    until: FieldId,
}

pub fn meeting_form(circle: Id, name: &str) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-plan-meeting", circle = name));
    let purpose = MeetingForm {
        circle,
        date: form.add(Field::date("Date", "").with_hint(DATE_HINT)),
        time: form.add(Field::text("Time", "16:00").with_hint("16:00")),
        place: form.add(Field::text("Place", "")),
        agenda: form.add(Field::multiline("Agenda", "").with_hint("enter: new line; ctrl-s saves")),
        every: form.add(Field::text("Comes back", "").with_hint("empty: once; 1w, 2w, 1m")),
        until: form.add(Field::date("Until", "").with_hint("empty: the end of the school year")),
    };
    (form, Purpose::Meeting(purpose))
}

impl MeetingForm {
    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        let date = date_at(form, self.date, at.today);
        let time_text = form.text(self.time);
        let time = NaiveTime::parse_from_str(&time_text, "%H:%M").ok();
        if time.is_none() {
            form.mark(self.time, Some(crate::t!("err-time", given = time_text.as_str())));
        }
        let until = super::optional_date_at(form, self.until, at.today);
        let (date, time) = (date?, time?);
        let days = self.days(form, date, until?)?;
        Some(Change::PlanMeeting {
            circle: self.circle,
            starts: days.into_iter().map(|d| NaiveDateTime::new(d, time)).collect(),
            place: form.text(self.place),
            agenda: form.text(self.agenda),
        })
    }

    /// The day, or the days of a series (marked on the form when wrong).
    fn days(&self, form: &mut Form, first: NaiveDate, until: Option<NaiveDate>) -> Option<Vec<NaiveDate>> {
        let every = form.text(self.every);
        if every.is_empty() {
            return Some(vec![first]);
        }
        let Some(period) = crate::domain::recurrence::Every::parse(&every) else {
            form.mark(self.every, Some(crate::t!("err-every", given = every)));
            return None;
        };
        match crate::domain::recurrence::series_days(first, period, until) {
            Ok(days) => Some(days),
            Err(e) => {
                form.mark(self.every, Some(e.to_string()));
                None
            }
        }
    }
}

/// A company joining a circle, by name or #id as typed.
#[derive(Debug, Clone)]
pub struct MemberForm {
    circle: Id,
    company: FieldId,
}

pub fn member_form(circle: Id, name: &str) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-add-member", circle = name));
    let company = form.add(Field::text("Company", "").with_hint("its name or #id"));
    (form, Purpose::Member(MemberForm { circle, company }))
}

impl MemberForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let company = form.text(self.company);
        if company.is_empty() {
            form.mark(self.company, Some(crate::t!("form-err-which-company")));
            return None;
        }
        Some(Change::AddMember {
            circle: self.circle,
            company,
        })
    }
}

/// A meeting's minutes.
#[derive(Debug, Clone)]
pub struct MinutesForm {
    meeting: Id,
    minutes: FieldId,
}

pub fn minutes_form(m: &Meeting) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!(
        "form-minutes",
        circle = m.circle.as_str(),
        at = m.starts_at.as_str()
    ));
    let minutes = form.add(
        Field::multiline("Minutes", m.minutes.clone().unwrap_or_default()).with_hint("enter: new line; ctrl-s saves"),
    );
    (form, Purpose::Minutes(MinutesForm { meeting: m.id, minutes }))
}

impl MinutesForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        Some(Change::Minutes {
            meeting: self.meeting,
            text: form.get(self.minutes).value.clone(),
        })
    }
}

/// An action item from a meeting: for which member company, for whom on
/// the school's side (me first), when, what.
#[derive(Debug, Clone)]
pub struct ActionItemForm {
    meeting: Id,
    company: Choice<Id>,
    staff: Choice<Id>,
    due: FieldId,
    action: FieldId,
}

pub fn action_item_form(
    m: &Meeting,
    members: &[Member],
    staff: &[StaffRow],
    me: Option<Id>,
) -> Result<(Form, Purpose), Error> {
    let members: Vec<(String, Id)> = members
        .iter()
        .filter(|m| m.current)
        .map(|m| (m.company.clone(), m.company_id))
        .collect();
    if members.is_empty() {
        return Err(Error::invalid(crate::t!("form-no-members")));
    }
    let mut staff: Vec<&StaffRow> = staff.iter().filter(|s| s.active).collect();
    staff.sort_by_key(|s| Some(s.id) != me);
    let mut form = Form::titled(crate::t!("form-action-item", circle = m.circle.as_str()));
    let purpose = ActionItemForm {
        meeting: m.id,
        company: Choice::add(&mut form, "Company", members, 0),
        staff: Choice::add(
            &mut form,
            "For",
            staff.iter().map(|s| (s.name.clone(), s.id)).collect(),
            0,
        ),
        due: form.add(Field::date("Due", "+2w").with_hint(DATE_HINT)),
        action: form.add(Field::text("Action", "")),
    };
    Ok((form, Purpose::ActionItem(purpose)))
}

impl ActionItemForm {
    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        Some(Change::ActionItem {
            due: date_at(form, self.due, at.today)?,
            meeting: self.meeting,
            company: self.company.chosen(form)?,
            staff: self.staff.chosen(form),
            action: form.text(self.action),
        })
    }
}
