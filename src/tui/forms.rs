//! The forms of the TUI — log an interaction, company, person, snooze,
//! reassign — built from what the runner read, and how a submitted form
//! becomes a `Change` for the runner to save. Fields are checked with the
//! same domain rules (and messages) as the CLI, and errors are shown next to
//! the field they concern. Nothing here touches the database.

pub mod circles;
pub mod engagements;
pub mod files;
pub mod recognitions;
pub mod records;

pub use records::{company_columns, company_form, person_columns, person_form};

use crate::domain::dates::parse_date;
use crate::domain::kinds::InteractionKind;
use crate::model::circles::{Meeting, Member};
use crate::model::followups::FollowupRow;
use crate::model::followups::NewFollowup;
use crate::model::interactions::TimelineEntry;
use crate::model::interactions::{InteractionPatch, NewInteraction};
use crate::model::people::Contact;
use crate::model::staff::StaffRow;
use crate::model::teams::RecentContact;
use crate::model::Id;
use crate::tui::effect::Change;
pub use crate::tui::effect::Purpose;
use crate::tui::widgets::form::{Field, Form};
use crate::Error;
use chrono::NaiveDate;

/// A choice of interaction kinds, read by their stored label, shown in the
/// language kring speaks.
fn kind_field(selected: usize) -> Field {
    let kinds = InteractionKind::ALL;
    Field::choice("Kind", kinds.iter().map(|k| k.label()).collect(), selected)
        .showing(kinds.iter().map(|k| k.display_label()).collect())
}

pub(super) const DATE_HINT: &str = "today, yesterday, 20-11, -3d, friday";

/// The form to log an interaction with `company`, its current contacts listed.
pub fn log_form(company: Id, name: &str, contacts: &[Contact]) -> (Form, Purpose) {
    log_form_seeing(company, name, contacts, &[])
}

/// The log form, saying first who else was in touch with the company lately.
pub fn log_form_seeing(company: Id, name: &str, contacts: &[Contact], recent: &[RecentContact]) -> (Form, Purpose) {
    let contacts: Vec<_> = contacts.iter().filter(|c| c.current).collect();
    let mut form = Form::new(
        crate::t!("form-log", name = name),
        vec![
            kind_field(0),
            Field::date("Date", crate::t!("form-today")).with_hint(DATE_HINT),
            Field::checklist("With", contacts.iter().map(|c| (c.name.clone(), false)).collect())
                .with_hint("space ticks"),
            Field::multiline("Note", "").with_hint("enter: new line"),
            Field::text("Outcome", ""),
            Field::date("Follow-up on", "").with_hint("empty: none; +2w, friday, 1-12"),
            Field::text("Action", "").with_hint("what to do then"),
        ],
    );
    form.note = recent.first().map(|c| {
        let who = c.who();
        let note: String = c.summary.chars().take(60).collect();
        let kind = match crate::l10n::current() {
            crate::l10n::Language::En => crate::domain::text::with_article(&c.kind.label()),
            _ => c.kind.display_label(),
        };
        // Stored text: shown, never obeyed (a note may hold an ESC or a CR).
        let text = crate::t!(
            "form-log-recent",
            who = who,
            kind = kind,
            name = name,
            ago = crate::l10n::ago(c.days_ago),
            note = note
        );
        crate::domain::text::one_line(&text).into_owned()
    });
    let contacts = contacts.iter().map(|c| c.id).collect();
    (form, Purpose::Log { company, contacts })
}

/// One interaction at each marked company: no "With" (each company has its
/// own people); a follow-up, if asked, is made at each.
pub fn log_many_form(companies: Vec<Id>) -> (Form, Purpose) {
    let form = Form::new(
        crate::t!("form-log-many", count = companies.len()),
        vec![
            kind_field(0),
            Field::date("Date", crate::t!("form-today")).with_hint(DATE_HINT),
            Field::multiline("Note", "").with_hint("enter: new line"),
            Field::text("Outcome", ""),
            Field::date("Follow-up on", "").with_hint("empty: none; +2w, friday, 1-12"),
            Field::text("Action", "").with_hint("what to do then"),
        ],
    );
    (form, Purpose::LogMany { companies })
}

pub fn edit_interaction_form(entry: &TimelineEntry, contacts: &[Contact]) -> (Form, Purpose) {
    let id = entry.id;
    let kind = InteractionKind::ALL.iter().position(|k| *k == entry.kind).unwrap_or(0);
    let form = Form::new(
        crate::t!("form-edit-interaction", id = id, company = entry.company.as_str()),
        vec![
            kind_field(kind),
            Field::date("Date", entry.on.to_string()).with_hint(DATE_HINT),
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
    let contacts = contacts.iter().map(|c| c.id).collect();
    (form, Purpose::EditInteraction { id, contacts })
}

pub fn followup_form(f: &FollowupRow) -> (Form, Purpose) {
    let form = Form::new(
        crate::t!("form-edit-followup", id = f.id, company = f.company.as_str()),
        vec![
            Field::date("Due", f.due.to_string()).with_hint(DATE_HINT),
            Field::text("Action", f.action.clone()),
        ],
    );
    (form, Purpose::EditFollowup(f.id))
}

pub fn minutes_form(m: &Meeting) -> (Form, Purpose) {
    let form = Form::new(
        crate::t!("form-minutes", circle = m.circle.as_str(), at = m.starts_at.as_str()),
        vec![Field::multiline("Minutes", m.minutes.clone().unwrap_or_default())
            .with_hint("enter: new line; ctrl-s saves")],
    );
    (form, Purpose::Minutes(m.id))
}

/// An action item from a meeting: for which member company, for whom on
/// the school's side (me first), when, what.
pub fn action_item_form(
    m: &Meeting,
    members: &[Member],
    staff: &[StaffRow],
    me: Option<Id>,
) -> Result<(Form, Purpose), Error> {
    let members: Vec<_> = members.iter().filter(|m| m.current).collect();
    if members.is_empty() {
        return Err(Error::invalid(crate::t!("form-no-members")));
    }
    let mut staff: Vec<&StaffRow> = staff.iter().filter(|s| s.active).collect();
    staff.sort_by_key(|s| Some(s.id) != me);
    let names = staff.iter().map(|s| s.name.clone()).collect();
    let form = Form::new(
        crate::t!("form-action-item", circle = m.circle.as_str()),
        vec![
            Field::choice("Company", members.iter().map(|m| m.company.clone()).collect(), 0),
            Field::choice("For", names, 0),
            Field::date("Due", "+2w").with_hint(DATE_HINT),
            Field::text("Action", ""),
        ],
    );
    let companies = members.iter().map(|m| m.company_id).collect();
    Ok((
        form,
        Purpose::ActionItem {
            meeting: m.id,
            companies,
            staff: staff.iter().map(|s| s.id).collect(),
        },
    ))
}

pub fn snooze_form(followup: Id) -> (Form, Purpose) {
    let form = Form::new(
        crate::t!("form-snooze"),
        vec![Field::date("Date", "+1w").with_hint(DATE_HINT)],
    );
    (form, Purpose::SnoozeTo(followup))
}

/// A leaver's handover: to which colleague, and where the dossier goes.
pub fn handover_form(leaver: Id, name: &str, staff: &[StaffRow], dossier: &std::path::Path) -> (Form, Purpose) {
    let staff: Vec<_> = staff.iter().filter(|s| s.active && s.id != leaver).collect();
    let form = Form::new(
        crate::t!("form-handover", name = name),
        vec![
            Field::choice("To", staff.iter().map(|s| s.name.clone()).collect(), 0),
            Field::text("Dossier", dossier.display().to_string()).with_hint("where the dossier is written"),
        ],
    );
    let staff = staff.iter().map(|s| s.id).collect();
    (form, Purpose::Handover { leaver, staff })
}

pub fn reassign_form(followup: Id, staff: &[StaffRow]) -> (Form, Purpose) {
    let staff: Vec<_> = staff.iter().filter(|s| s.active).collect();
    let form = Form::new(
        crate::t!("form-reassign"),
        vec![Field::choice(
            "Colleague",
            staff.iter().map(|s| s.name.clone()).collect(),
            0,
        )],
    );
    let staff = staff.iter().map(|s| s.id).collect();
    (form, Purpose::Reassign { followup, staff })
}

/// Check the fields and say what to save. On a field error, marks the field
/// and returns `None` (the form stays open). `today` reads relative dates;
/// `me` owns a company added here.
pub fn to_change(form: &mut Form, purpose: &Purpose, today: NaiveDate, me: Option<Id>) -> Option<Change> {
    form.clear_errors();
    form.error = None;
    match purpose {
        Purpose::Log { company, contacts } => {
            let persons = ticked(form, contacts);
            let new = logged_interaction(form, *company, persons, today)?;
            Some(Change::Log { new, today })
        }
        Purpose::LogMany { companies } => {
            let first = *companies.first()?;
            let new = logged_interaction(form, first, Vec::new(), today)?;
            Some(Change::LogMany {
                companies: companies.clone(),
                new,
            })
        }
        Purpose::EditInteraction { id, contacts } => {
            let on = date_field(form, "Date", today)?;
            let patch = InteractionPatch {
                kind: Some(chosen_kind(form)),
                on: Some(on),
                summary: Some(form.field("Note").value.trim().to_string()),
                outcome: Some(form.value("Outcome")),
                persons: Some(ticked(form, contacts)),
            };
            Some(Change::EditInteraction(*id, Box::new(patch)))
        }
        Purpose::AddEngagement { .. } | Purpose::EditEngagement(_) | Purpose::Evaluate(_) => {
            engagements::to_change(form, purpose, today)
        }
        Purpose::AddCircle | Purpose::PlanMeeting(_) | Purpose::AddMember(_) => {
            circles::to_change(form, purpose, today)
        }
        Purpose::Import | Purpose::Export(_) => files::to_change(form, purpose),
        Purpose::Recognise(_) | Purpose::Rechecked(_) => recognitions::to_change(form, purpose, today),
        Purpose::SetTeam { .. } => records::team_change(form, purpose),
        Purpose::AddCompany(_) | Purpose::EditCompany(..) => records::company_change(form, purpose, me),
        Purpose::AddPerson { .. } | Purpose::EditPerson(..) => records::person_change(form, purpose),
        Purpose::SnoozeTo(id) => Some(Change::Snooze {
            followup: *id,
            to: date_field(form, "Date", today)?,
        }),
        Purpose::Minutes(meeting) => Some(Change::Minutes {
            meeting: *meeting,
            text: form.field("Minutes").value.clone(),
        }),
        Purpose::ActionItem {
            meeting,
            companies,
            staff,
        } => Some(Change::ActionItem {
            due: date_field(form, "Due", today)?,
            meeting: *meeting,
            company: companies[form.field("Company").index.min(companies.len() - 1)],
            staff: staff.get(form.field("For").index).copied(),
            action: form.value("Action"),
        }),
        Purpose::EditFollowup(id) => Some(Change::EditFollowup {
            due: date_field(form, "Due", today)?,
            id: *id,
            action: Some(form.value("Action")),
            seen: None,
        }),
        Purpose::Handover { leaver, staff } => {
            let Some(to) = staff.get(form.field("To").index).copied() else {
                form.set_error("To", Some(crate::t!("form-err-no-colleague")));
                return None;
            };
            let dossier = form.value("Dossier");
            if dossier.is_empty() {
                form.set_error("Dossier", Some(crate::t!("form-err-dossier-path")));
                return None;
            }
            Some(Change::Handover(Box::new(crate::tui::effect::HandoverOrder {
                leaver: *leaver,
                to,
                to_name: form.field("To").chosen().to_string(),
                dossier: dossier.into(),
                login: None,
            })))
        }
        Purpose::Reassign { followup, staff } => Some(Change::Reassign {
            followup: *followup,
            to: *staff.get(form.field("Colleague").index.min(staff.len().saturating_sub(1)))?,
            name: form.field("Colleague").chosen().to_string(),
            seen: None,
        }),
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
    if let Purpose::EditCompany(_, seen, _) | Purpose::EditPerson(_, seen, _) = purpose {
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
fn date_field(form: &mut Form, label: &str, today: NaiveDate) -> Option<NaiveDate> {
    match parse_date(&form.value(label), today) {
        Ok(date) => Some(date),
        Err(e) => {
            form.set_error(label, Some(e.to_string()));
            None
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

/// The interaction a log form describes (at `company`, with `persons`), or
/// `None` when a field is wrong (marked on the form).
fn logged_interaction(form: &mut Form, company: Id, persons: Vec<Id>, today: NaiveDate) -> Option<Box<NewInteraction>> {
    let on = date_field(form, "Date", today);
    let due = match form.value("Follow-up on").is_empty() {
        true => None,
        false => date_field(form, "Follow-up on", today),
    };
    // The same rule as the CLI's (domain::logging), shown next to the field;
    // an empty action is taken from the note by the store.
    if let Err(e) = crate::domain::logging::note(&form.value("Note")) {
        form.set_error("Note", Some(e.to_string()));
    }
    let on = on.filter(|_| !form.has_errors())?;
    let followup = due.map(|due| NewFollowup {
        company,
        person: persons.first().copied(),
        staff: None,
        due,
        action: form.value("Action"),
        interaction: None,
    });
    let new = NewInteraction {
        rating: None,
        company,
        kind: chosen_kind(form),
        on,
        persons,
        summary: form.field("Note").value.trim().to_string(),
        outcome: Some(form.value("Outcome")).filter(|o| !o.is_empty()),
        staff: None,
        followup,
    };
    Some(Box::new(new))
}
