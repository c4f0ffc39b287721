//! The forms of the TUI — log an interaction, company, person, snooze,
//! reassign — and how a submitted form becomes a store call. Fields are
//! checked with the same domain rules (and messages) as the CLI, and errors
//! are shown next to the field they concern.

use crate::domain::dates::{iso, parse_date};
use crate::domain::kinds::{CompanyStatus, ContactRole, InteractionKind};
use crate::domain::validate;
use crate::model::companies::{CompanyPatch, NewCompany};
use crate::model::edits::Seen;
use crate::model::followups::NewFollowup;
use crate::model::interactions::{InteractionPatch, NewInteraction};
use crate::model::people::{NewPerson, PersonPatch};
use crate::store::{Id, Store};
use crate::tui::widgets::form::{Field, Form};
use crate::{Error, Result};

/// The company form's fields and the columns they edit.
const COMPANY_FIELDS: [(&str, &str); 11] = [
    ("Name", "name"),
    ("City", "city"),
    ("Street", "street"),
    ("Postcode", "postcode"),
    ("KvK", "kvk"),
    ("Sector", "sector"),
    ("Status", "status"),
    ("Website", "website"),
    ("Cadence", "cadence_days"),
    ("Motivation", "motivation"),
    ("Agreements", "agreements"),
];

/// The person form's fields stored on the person (role and title are the job's).
const PERSON_FIELDS: [(&str, &str); 4] = [
    ("Name", "name"),
    ("E-mail", "email"),
    ("Phone", "phone"),
    ("Notes", "notes"),
];

fn company_columns() -> Vec<&'static str> {
    COMPANY_FIELDS.iter().map(|(_, c)| *c).collect()
}

fn person_columns() -> Vec<&'static str> {
    PERSON_FIELDS.iter().map(|(_, c)| *c).collect()
}

fn label_of(column: &str) -> &'static str {
    COMPANY_FIELDS
        .iter()
        .chain(&PERSON_FIELDS)
        .find(|(_, c)| *c == column)
        .map_or("", |(label, _)| label)
}

/// What a form is for: decides how it is built and what submitting does.
#[derive(Debug, Clone, PartialEq)]
pub enum Purpose {
    Log {
        company: Id,
        contacts: Vec<Id>,
    },
    EditInteraction {
        id: Id,
        contacts: Vec<Id>,
    },
    AddCompany,
    /// `Seen`: the record's values when the form opened (no lost update).
    EditCompany(Id, Seen),
    AddPerson {
        company: Id,
    },
    EditPerson(Id, Seen),
    SnoozeTo(Id),
    EditFollowup(Id),
    Minutes(Id),
    ActionItem {
        meeting: Id,
        companies: Vec<Id>,
    },
    Reassign {
        followup: Id,
        staff: Vec<Id>,
    },
}

fn kinds() -> Vec<String> {
    InteractionKind::ALL
        .iter()
        .map(|k| k.as_str().replace('_', " "))
        .collect()
}

fn statuses() -> Vec<String> {
    CompanyStatus::ALL.iter().map(|s| s.as_str().to_string()).collect()
}

fn roles() -> Vec<String> {
    ContactRole::ALL.iter().map(|r| r.as_str().replace('_', " ")).collect()
}

const DATE_HINT: &str = "today, yesterday, 20-11, -3d, friday";

/// The form to log an interaction with `company`, its current contacts listed.
pub fn log_form(store: &Store, company: Id) -> Result<(Form, Purpose)> {
    let name = store.company(company)?.name;
    let contacts: Vec<_> = store.contacts_of(company)?.into_iter().filter(|c| c.current).collect();
    let form = Form::new(
        format!("Log an interaction — {name}"),
        vec![
            Field::choice("Kind", kinds(), 0),
            Field::text("Date", "today").with_hint(DATE_HINT),
            Field::checklist("With", contacts.iter().map(|c| (c.name.clone(), false)).collect())
                .with_hint("space ticks"),
            Field::multiline("Note", "").with_hint("enter: new line"),
            Field::text("Outcome", ""),
            Field::text("Follow-up on", "").with_hint("empty: none; +2w, friday, 1-12"),
            Field::text("Action", "").with_hint("what to do then"),
        ],
    );
    Ok((
        form,
        Purpose::Log {
            company,
            contacts: contacts.iter().map(|c| c.id).collect(),
        },
    ))
}

pub fn edit_interaction_form(store: &Store, id: Id) -> Result<(Form, Purpose)> {
    let entry = store.interaction(id)?;
    let contacts = store.contacts_of(entry.company_id)?;
    let kind = InteractionKind::ALL
        .iter()
        .position(|k| k.as_str() == entry.kind)
        .unwrap_or(0);
    let form = Form::new(
        format!("Edit interaction #{id} — {}", entry.company),
        vec![
            Field::choice("Kind", kinds(), kind),
            Field::text("Date", entry.on.to_string()).with_hint(DATE_HINT),
            Field::checklist(
                "With",
                contacts
                    .iter()
                    .map(|c| (c.name.clone(), entry.persons.contains(&c.name)))
                    .collect(),
            ),
            Field::multiline("Note", entry.summary.clone()),
            Field::text("Outcome", entry.outcome.clone().unwrap_or_default()),
        ],
    );
    Ok((
        form,
        Purpose::EditInteraction {
            id,
            contacts: contacts.iter().map(|c| c.id).collect(),
        },
    ))
}

pub fn company_form(store: &Store, id: Option<Id>) -> Result<(Form, Purpose)> {
    let company = id.map(|id| store.company(id)).transpose()?;
    let text =
        |f: fn(&crate::model::companies::Company) -> Option<String>| company.as_ref().and_then(f).unwrap_or_default();
    let status = company
        .as_ref()
        .and_then(|c| CompanyStatus::ALL.iter().position(|s| s.as_str() == c.status))
        .unwrap_or(0);
    let cadence = company
        .as_ref()
        .filter(|c| !c.cadence_is_default)
        .and_then(|c| c.cadence_days);
    let form = Form::new(
        match &company {
            Some(c) => format!("Edit {}", c.name),
            None => "Add a company".to_string(),
        },
        vec![
            Field::text("Name", company.as_ref().map(|c| c.name.clone()).unwrap_or_default()),
            Field::text("City", text(|c| c.city.clone())),
            Field::text("Street", text(|c| c.street.clone())),
            Field::text("Postcode", text(|c| c.postcode.clone())),
            Field::text("KvK", text(|c| c.kvk.clone())).with_hint("8 digits"),
            Field::text("Sector", text(|c| c.sector.clone())),
            Field::choice("Status", statuses(), status),
            Field::text("Website", text(|c| c.website.clone())),
            Field::text("Cadence", cadence.map(|d| d.to_string()).unwrap_or_default())
                .with_hint("days; empty: the status default"),
            Field::text("Motivation", text(|c| c.motivation.clone())).with_hint("what's in it for them"),
            Field::text("Agreements", text(|c| c.agreements.clone())),
        ],
    );
    let purpose = match id {
        Some(id) => Purpose::EditCompany(id, store.seen("company", id, &company_columns())?),
        None => Purpose::AddCompany,
    };
    Ok((form, purpose))
}

pub fn person_form(store: &Store, id: Option<Id>, company: Option<Id>) -> Result<(Form, Purpose)> {
    let person = id.map(|id| store.person(id)).transpose()?;
    let current = person.as_ref().and_then(|p| p.employments.iter().find(|e| e.current));
    let role = current
        .and_then(|e| ContactRole::ALL.iter().position(|r| r.as_str() == e.role))
        .unwrap_or(0);
    let title = match (&person, company) {
        (Some(p), _) => format!("Edit {}", p.name),
        (None, Some(c)) => format!("Add a contact person at {}", store.company(c)?.name),
        (None, None) => "Add a contact person".into(),
    };
    let get = |f: fn(&crate::model::people::Person) -> Option<String>| person.as_ref().and_then(f).unwrap_or_default();
    let form = Form::new(
        title,
        vec![
            Field::text("Name", person.as_ref().map(|p| p.name.clone()).unwrap_or_default()),
            Field::text("E-mail", get(|p| p.email.clone())),
            Field::text("Phone", get(|p| p.phone.clone())),
            Field::choice("Role", roles(), role),
            Field::text("Title", current.and_then(|e| e.title.clone()).unwrap_or_default())
                .with_hint("as they write it"),
            Field::text("Notes", get(|p| p.notes.clone())),
        ],
    );
    let purpose = match (id, company) {
        (Some(id), _) => Purpose::EditPerson(id, store.seen("person", id, &person_columns())?),
        (None, Some(company)) => Purpose::AddPerson { company },
        (None, None) => return Err(Error::invalid("choose a company first: open it and press p")),
    };
    Ok((form, purpose))
}

pub fn followup_form(store: &Store, id: Id) -> Result<(Form, Purpose)> {
    let f = store.followup(id)?;
    let form = Form::new(
        format!("Edit follow-up #{id} — {}", f.company),
        vec![
            Field::text("Due", f.due.to_string()).with_hint(DATE_HINT),
            Field::text("Action", f.action),
        ],
    );
    Ok((form, Purpose::EditFollowup(id)))
}

pub fn minutes_form(store: &Store, meeting: Id) -> Result<(Form, Purpose)> {
    let m = store.meeting(meeting)?;
    let form = Form::new(
        format!("Minutes — {} {}", m.circle, m.starts_at),
        vec![Field::multiline("Minutes", m.minutes.unwrap_or_default()).with_hint("enter: new line; ctrl-s saves")],
    );
    Ok((form, Purpose::Minutes(meeting)))
}

pub fn action_item_form(store: &Store, meeting: Id) -> Result<(Form, Purpose)> {
    let m = store.meeting(meeting)?;
    let members: Vec<_> = store.members(m.circle_id)?.into_iter().filter(|m| m.current).collect();
    if members.is_empty() {
        return Err(Error::invalid("this circle has no member companies"));
    }
    let form = Form::new(
        format!("Action item — {}", m.circle),
        vec![
            Field::choice("Company", members.iter().map(|m| m.company.clone()).collect(), 0),
            Field::text("Due", "+2w").with_hint(DATE_HINT),
            Field::text("Action", ""),
        ],
    );
    Ok((
        form,
        Purpose::ActionItem {
            meeting,
            companies: members.iter().map(|m| m.company_id).collect(),
        },
    ))
}

pub fn snooze_form(followup: Id) -> (Form, Purpose) {
    let form = Form::new("Snooze to", vec![Field::text("Date", "+1w").with_hint(DATE_HINT)]);
    (form, Purpose::SnoozeTo(followup))
}

pub fn reassign_form(store: &Store, followup: Id) -> Result<(Form, Purpose)> {
    let staff: Vec<_> = store.list_staff()?.into_iter().filter(|s| s.active).collect();
    let form = Form::new(
        "Reassign to",
        vec![Field::choice(
            "Colleague",
            staff.iter().map(|s| s.name.clone()).collect(),
            0,
        )],
    );
    Ok((
        form,
        Purpose::Reassign {
            followup,
            staff: staff.iter().map(|s| s.id).collect(),
        },
    ))
}

/// Check the fields and call the store. On a field error, marks the field
/// and returns `Ok(None)`; a store error goes on the form as a whole.
/// `Ok(Some(message))` is what the status bar says after saving.
pub fn submit(store: &mut Store, form: &mut Form, purpose: &mut Purpose) -> Result<Option<String>> {
    form.clear_errors();
    let result = match purpose {
        Purpose::Log { company, contacts } => submit_log(store, form, *company, contacts),
        Purpose::EditInteraction { id, contacts } => submit_edit_interaction(store, form, *id, contacts),
        Purpose::AddCompany | Purpose::EditCompany(..) => submit_company(store, form, purpose),
        Purpose::AddPerson { .. } | Purpose::EditPerson(..) => submit_person(store, form, purpose),
        Purpose::SnoozeTo(id) => {
            let due = date_field(store, form, "Date")?;
            match due {
                Some(due) => store
                    .snooze_followup(*id, due)
                    .map(|_| Some(format!("snoozed to {}", iso(due)))),
                None => Ok(None),
            }
        }
        Purpose::Minutes(meeting) => store
            .set_minutes(*meeting, &form.field("Minutes").value)
            .map(|_| Some("minutes saved".into())),
        Purpose::ActionItem { meeting, companies } => match date_field(store, form, "Due")? {
            Some(due) => {
                let company = companies[form.field("Company").index.min(companies.len() - 1)];
                store
                    .meeting_action(*meeting, company, due, &form.value("Action"), None)
                    .map(|id| Some(format!("action item #{id} added as a follow-up")))
            }
            None => Ok(None),
        },
        Purpose::EditFollowup(id) => match date_field(store, form, "Due")? {
            Some(due) => store
                .edit_followup(*id, Some(due), Some(form.value("Action")))
                .map(|_| Some(format!("follow-up #{id} updated"))),
            None => Ok(None),
        },
        Purpose::Reassign { followup, staff } => {
            let to = staff[form.field("Colleague").index.min(staff.len().saturating_sub(1))];
            store
                .reassign_followup(*followup, to)
                .map(|_| Some(format!("reassigned to {}", form.field("Colleague").chosen())))
        }
    };
    match result {
        Err(Error::Sqlite(e)) => Err(Error::Sqlite(e)),
        Err(Error::Conflict(conflict)) => {
            // The message goes next to the field; the form keeps the user's
            // input, and now knows the other value: saving again replaces it.
            if let Purpose::EditCompany(_, seen) | Purpose::EditPerson(_, seen) = purpose {
                for (column, value) in &mut seen.values {
                    if *column == conflict.column {
                        *value = conflict.current.clone();
                    }
                }
            }
            let label = label_of(conflict.column);
            match form.fields.iter().any(|f| f.label == label) {
                true => form.set_error(label, Some(conflict.short())),
                false => form.error = Some(conflict.to_string()),
            }
            Ok(None)
        }
        Err(other) => {
            form.error = Some(other.to_string());
            Ok(None)
        }
        ok => ok,
    }
}

/// A date field: parsed with the CLI's rules; an error marks the field.
fn date_field(store: &Store, form: &mut Form, label: &str) -> Result<Option<chrono::NaiveDate>> {
    match parse_date(&form.value(label), store.today()) {
        Ok(date) => Ok(Some(date)),
        Err(e) => {
            form.set_error(label, Some(e.to_string()));
            Ok(None)
        }
    }
}

fn chosen_kind(form: &Form) -> InteractionKind {
    InteractionKind::ALL[form.field("Kind").index.min(InteractionKind::ALL.len() - 1)]
}

fn ticked(form: &Form, contacts: &[Id]) -> Vec<Id> {
    form.field("With")
        .ticked()
        .into_iter()
        .filter_map(|i| contacts.get(i).copied())
        .collect()
}

fn submit_log(store: &mut Store, form: &mut Form, company: Id, contacts: &[Id]) -> Result<Option<String>> {
    let on = date_field(store, form, "Date")?;
    let followup_text = form.value("Follow-up on");
    let due = if followup_text.is_empty() {
        None
    } else {
        date_field(store, form, "Follow-up on")?
    };
    // The same rule as the CLI's (domain::logging), shown next to the field;
    // an empty action is taken from the note by the store.
    if let Err(e) = crate::domain::logging::note(&form.value("Note")) {
        form.set_error("Note", Some(e.to_string()));
    }
    let Some(on) = on.filter(|_| !form.has_errors()) else {
        return Ok(None);
    };
    let persons = ticked(form, contacts);
    let followup = due.map(|due| NewFollowup {
        company,
        person: persons.first().copied(),
        staff: None,
        due,
        action: form.value("Action"),
        interaction: None,
    });
    let outcome = Some(form.value("Outcome")).filter(|o| !o.is_empty());
    let logged = store.log_interaction(NewInteraction {
        company,
        kind: chosen_kind(form),
        on,
        persons,
        summary: form.field("Note").value.trim().to_string(),
        outcome,
        staff: None,
        followup,
    })?;
    let mut message = format!("logged {} on {}", chosen_kind(form), iso(on));
    if let (Some(_), Some(due)) = (logged.followup, due) {
        message.push_str(&format!(", follow-up on {}", iso(due)));
        if due < store.today() {
            message.push_str(" — in the past, so it is overdue");
        }
    }
    Ok(Some(message))
}

fn submit_edit_interaction(store: &mut Store, form: &mut Form, id: Id, contacts: &[Id]) -> Result<Option<String>> {
    let Some(on) = date_field(store, form, "Date")? else {
        return Ok(None);
    };
    let patch = InteractionPatch {
        kind: Some(chosen_kind(form)),
        on: Some(on),
        summary: Some(form.field("Note").value.trim().to_string()),
        outcome: Some(form.value("Outcome")),
        persons: Some(ticked(form, contacts)),
    };
    store.edit_interaction(id, patch)?;
    Ok(Some(format!("interaction #{id} updated")))
}

fn submit_company(store: &mut Store, form: &mut Form, purpose: &Purpose) -> Result<Option<String>> {
    let name = form.value("Name");
    if let Err(e) = validate::name("company name", &name) {
        form.set_error("Name", Some(e.to_string()));
    }
    let kvk = form.value("KvK");
    if !kvk.is_empty() {
        if let Err(e) = validate::kvk(&kvk) {
            form.set_error("KvK", Some(e.to_string()));
        }
    }
    let cadence_text = form.value("Cadence");
    let cadence = if cadence_text.is_empty() {
        Some(0)
    } else {
        match cadence_text.parse::<u32>() {
            Ok(days) if days > 0 => Some(days),
            _ => {
                form.set_error("Cadence", Some(format!("'{cadence_text}' is not a number of days")));
                None
            }
        }
    };
    if form.has_errors() {
        return Ok(None);
    }
    let status = CompanyStatus::ALL[form.field("Status").index.min(CompanyStatus::ALL.len() - 1)];
    match purpose {
        Purpose::EditCompany(id, seen) => {
            let changed = |label: &str| form.changed_value(label);
            let status_changed = form.field("Status").changed();
            let cadence_changed = form.field("Cadence").changed();
            let columns: Vec<&str> = COMPANY_FIELDS
                .iter()
                .filter(|(label, _)| form.field(label).changed())
                .map(|(_, column)| *column)
                .collect();
            store.edit_company(
                *id,
                CompanyPatch {
                    name: changed("Name").map(|_| name.clone()),
                    kvk: changed("KvK"),
                    sector: changed("Sector"),
                    street: changed("Street"),
                    postcode: changed("Postcode"),
                    city: changed("City"),
                    website: changed("Website"),
                    status: status_changed.then_some(status),
                    cadence_days: cadence.filter(|_| cadence_changed),
                    motivation: changed("Motivation"),
                    agreements: changed("Agreements"),
                    seen: Some(seen.only(&columns)),
                    ..Default::default()
                },
            )?;
            Ok(Some(format!("{name} saved")))
        }
        _ => {
            let owner = store.actor();
            store.add_company(NewCompany {
                name: name.clone(),
                kvk: Some(kvk),
                sector: Some(form.value("Sector")),
                street: Some(form.value("Street")),
                postcode: Some(form.value("Postcode")),
                city: Some(form.value("City")),
                website: Some(form.value("Website")),
                status: Some(status),
                owner,
                cadence_days: cadence.filter(|d| *d > 0),
                motivation: Some(form.value("Motivation")),
                agreements: Some(form.value("Agreements")),
                ..Default::default()
            })?;
            Ok(Some(format!("{name} added")))
        }
    }
}

fn submit_person(store: &mut Store, form: &mut Form, purpose: &Purpose) -> Result<Option<String>> {
    let name = form.value("Name");
    if let Err(e) = validate::name("person name", &name) {
        form.set_error("Name", Some(e.to_string()));
    }
    let email = form.value("E-mail");
    if !email.is_empty() {
        if let Err(e) = validate::email(&email) {
            form.set_error("E-mail", Some(e.to_string()));
        }
    }
    if form.has_errors() {
        return Ok(None);
    }
    let role = ContactRole::ALL[form.field("Role").index.min(ContactRole::ALL.len() - 1)];
    match purpose {
        Purpose::EditPerson(id, seen) => {
            let changed = |label: &str| form.changed_value(label);
            let columns: Vec<&str> = PERSON_FIELDS
                .iter()
                .filter(|(label, _)| form.field(label).changed())
                .map(|(_, column)| *column)
                .collect();
            store.edit_person(
                *id,
                PersonPatch {
                    name: changed("Name").map(|_| name.clone()),
                    email: changed("E-mail"),
                    phone: changed("Phone"),
                    notes: changed("Notes"),
                    role: form.field("Role").changed().then_some(role),
                    title: changed("Title"),
                    do_not_contact: None,
                    seen: Some(seen.only(&columns)),
                },
            )?;
            Ok(Some(format!("{name} saved")))
        }
        Purpose::AddPerson { company } => {
            store.add_person(NewPerson {
                name: name.clone(),
                email: Some(email),
                phone: Some(form.value("Phone")),
                notes: Some(form.value("Notes")),
                do_not_contact: false,
                company: Some(*company),
                role: Some(role),
                title: Some(form.value("Title")),
            })?;
            Ok(Some(format!("{name} added")))
        }
        _ => Ok(None),
    }
}
