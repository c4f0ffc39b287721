//! Logging an interaction (at one company, or the same one at each marked
//! company) and correcting one that was logged.

use super::{date_at, Submitting, DATE_HINT};
use crate::domain::kinds::InteractionKind;
use crate::domain::recurrence::Every;
use crate::model::followups::NewFollowup;
use crate::model::interactions::{InteractionPatch, NewInteraction, TimelineEntry};
use crate::model::people::Contact;
use crate::model::teams::RecentContact;
use crate::model::Id;
use crate::tui::change::Change;
use crate::tui::forms::Purpose;
use crate::tui::widgets::form::{Choice, Field, FieldId, Form};

/// A choice of interaction kinds, read by their stored label, shown in the
/// language kring speaks.
fn kind_choice(form: &mut Form, selected: InteractionKind) -> Choice<InteractionKind> {
    let options = InteractionKind::ALL
        .iter()
        .map(|k| (k.label(), k.display_label(), *k))
        .collect();
    let at = InteractionKind::ALL.iter().position(|k| *k == selected).unwrap_or(0);
    Choice::add_showing(form, "Kind", options, at)
}

/// The people an interaction was with: a checklist of contacts, each
/// standing for its person.
#[derive(Debug, Clone)]
struct With {
    id: FieldId,
    people: Vec<Id>,
}

impl With {
    fn add(form: &mut Form, contacts: &[&Contact], ticked: impl Fn(&Contact) -> bool) -> With {
        let items = contacts.iter().map(|c| (c.name.clone(), ticked(c))).collect();
        With {
            id: form.add(Field::checklist("With", items).with_hint("space ticks")),
            people: contacts.iter().map(|c| c.id).collect(),
        }
    }

    fn ticked(&self, form: &Form) -> Vec<Id> {
        form.get(self.id)
            .ticked()
            .into_iter()
            .filter_map(|i| self.people.get(i).copied())
            .collect()
    }
}

/// Log an interaction at one company (with its people), or the same one at
/// each of several (no people: each company has its own).
#[derive(Debug, Clone)]
pub struct LogForm {
    companies: Vec<Id>,
    kind: Choice<InteractionKind>,
    date: FieldId,
    with: Option<With>,
    note: FieldId,
    outcome: FieldId,
    follow_up: FieldId,
    action: FieldId,
    every: FieldId,
    until: FieldId,
}

/// The form to log an interaction with `company`, its current contacts listed.
pub fn log_form(company: Id, name: &str, contacts: &[Contact]) -> (Form, Purpose) {
    log_form_seeing(company, name, contacts, &[])
}

/// The log form, saying first who else was in touch with the company lately.
pub fn log_form_seeing(company: Id, name: &str, contacts: &[Contact], recent: &[RecentContact]) -> (Form, Purpose) {
    let contacts: Vec<&Contact> = contacts.iter().filter(|c| c.current).collect();
    let mut form = Form::titled(crate::t!("form-log", name = name));
    let purpose = LogForm::add(&mut form, vec![company], Some(&contacts));
    form.note = recent.first().map(|c| recent_note(c, name));
    (form, Purpose::Log(purpose))
}

/// One interaction at each marked company; a follow-up, if asked, is made at each.
pub fn log_many_form(companies: Vec<Id>) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-log-many", count = companies.len()));
    let purpose = LogForm::add(&mut form, companies, None);
    (form, Purpose::Log(purpose))
}

/// "Techniek (Joost Mulder) had a call with Zaan 2 days ago: '…'": another
/// team's recent contact, said before logging.
fn recent_note(c: &RecentContact, name: &str) -> String {
    let note: String = c.summary.chars().take(60).collect();
    let kind = match crate::l10n::current() {
        crate::l10n::Language::En => crate::domain::text::with_article(&c.kind.label()),
        _ => c.kind.display_label(),
    };
    // Stored text: shown, never obeyed (a note may hold an ESC or a CR).
    let text = crate::t!(
        "form-log-recent",
        who = c.who(),
        kind = kind,
        name = name,
        ago = crate::l10n::ago(c.days_ago),
        note = note
    );
    crate::domain::text::one_line(&text).into_owned()
}

impl LogForm {
    fn add(form: &mut Form, companies: Vec<Id>, contacts: Option<&[&Contact]>) -> LogForm {
        let kind = kind_choice(form, InteractionKind::ALL[0]);
        let date = form.add(Field::date("Date", crate::t!("form-today")).with_hint(DATE_HINT));
        let with = contacts.map(|contacts| With::add(form, contacts, |_| false));
        LogForm {
            companies,
            kind,
            date,
            with,
            note: form.add(Field::multiline("Note", "").with_hint("enter: new line")),
            outcome: form.add(Field::text("Outcome", "")),
            follow_up: form.add(Field::date("Follow-up on", "").with_hint("empty: none; +2w, friday, 1-12")),
            action: form.add(Field::text("Action", "").with_hint("what to do then")),
            every: form.add(Field::text("Comes back", "").with_hint("empty: once; 2w, 1m, 1y")),
            until: form.add(Field::date("Until", "").with_hint("empty: for good")),
        }
    }

    /// How often the follow-up comes back, and until when: `Some(None)`
    /// when it comes once; `None` when a field is wrong (marked).
    fn repeat(&self, form: &mut Form, at: Submitting) -> Option<Option<(Every, Option<chrono::NaiveDate>)>> {
        let every = form.text(self.every);
        if every.is_empty() {
            return Some(None);
        }
        let Some(every) = Every::parse(&every) else {
            form.mark(self.every, Some(crate::t!("err-every", given = every)));
            return None;
        };
        if form.text(self.follow_up).is_empty() {
            form.mark(self.follow_up, Some(crate::t!("form-err-series-needs-date")));
            return None;
        }
        if self.companies.len() > 1 {
            form.mark(self.every, Some(crate::t!("form-err-series-one-company")));
            return None;
        }
        let until = super::optional_date_at(form, self.until, at.today)?;
        Some(Some((every, until)))
    }

    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        let first = *self.companies.first()?;
        let persons = self.with.as_ref().map(|w| w.ticked(form)).unwrap_or_default();
        let repeat = self.repeat(form, at);
        let new = self.interaction(form, first, persons, at)?;
        let repeat = repeat?;
        match self.with {
            Some(_) => Some(Change::Log {
                new,
                today: at.today,
                repeat,
            }),
            None => Some(Change::LogMany {
                companies: self.companies.clone(),
                new,
            }),
        }
    }

    /// The interaction the form describes (at `company`, with `persons`),
    /// or `None` when a field is wrong (marked on the form).
    fn interaction(
        &self,
        form: &mut Form,
        company: Id,
        persons: Vec<Id>,
        at: Submitting,
    ) -> Option<Box<NewInteraction>> {
        let on = date_at(form, self.date, at.today);
        let due = match form.text(self.follow_up).is_empty() {
            true => None,
            false => date_at(form, self.follow_up, at.today),
        };
        // The same rule as the CLI's (domain::logging), shown next to the
        // field; an empty action is taken from the note by the store.
        if let Err(e) = crate::domain::logging::note(&form.text(self.note)) {
            form.mark(self.note, Some(e.to_string()));
        }
        let on = on.filter(|_| !form.has_errors())?;
        let followup = due.map(|due| NewFollowup {
            company,
            person: persons.first().copied(),
            staff: None,
            due,
            action: form.text(self.action),
            interaction: None,
        });
        Some(Box::new(NewInteraction {
            rating: None,
            company,
            kind: self.kind.chosen(form)?,
            on,
            persons,
            summary: form.text(self.note),
            outcome: Some(form.text(self.outcome)).filter(|o| !o.is_empty()),
            staff: None,
            followup,
        }))
    }
}

/// Correct a logged interaction: its kind, date, people, note and outcome.
#[derive(Debug, Clone)]
pub struct EditInteractionForm {
    id: Id,
    kind: Choice<InteractionKind>,
    date: FieldId,
    with: With,
    note: FieldId,
    outcome: FieldId,
}

pub fn edit_interaction_form(entry: &TimelineEntry, contacts: &[Contact]) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!(
        "form-edit-interaction",
        id = entry.id,
        company = entry.company.as_str()
    ));
    let contacts: Vec<&Contact> = contacts.iter().collect();
    let purpose = EditInteractionForm {
        id: entry.id,
        kind: kind_choice(&mut form, entry.kind),
        date: form.add(Field::date("Date", entry.on.to_string()).with_hint(DATE_HINT)),
        with: With::add(&mut form, &contacts, |c| entry.persons.contains(&c.name)),
        note: form.add(Field::multiline("Note", entry.summary.clone())),
        outcome: form.add(Field::text("Outcome", entry.outcome.clone().unwrap_or_default())),
    };
    (form, Purpose::EditInteraction(purpose))
}

impl EditInteractionForm {
    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        let on = date_at(form, self.date, at.today)?;
        let patch = InteractionPatch {
            kind: self.kind.chosen(form),
            on: Some(on),
            summary: Some(form.text(self.note)),
            outcome: Some(form.text(self.outcome)),
            persons: Some(self.with.ticked(form)),
        };
        Some(Change::EditInteraction(self.id, Box::new(patch)))
    }
}

/// A proposal of the inbox changed before it is logged: its kind, date
/// and note (the people are those capture found).
#[derive(Debug, Clone)]
pub struct CaptureForm {
    id: Id,
    kind: Choice<InteractionKind>,
    date: FieldId,
    note: FieldId,
}

pub fn capture_form(entry: &crate::model::capture::InboxEntry) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-capture", company = entry.company.as_str()));
    let purpose = CaptureForm {
        id: entry.id,
        kind: kind_choice(&mut form, entry.kind),
        date: form.add(Field::date("Date", entry.on.to_string()).with_hint(DATE_HINT)),
        note: form.add(Field::multiline("Note", entry.note.clone())),
    };
    (form, Purpose::Capture(purpose))
}

impl CaptureForm {
    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        let edit = crate::model::capture::CaptureEdit {
            kind: self.kind.chosen(form),
            on: Some(date_at(form, self.date, at.today)?),
            note: Some(form.text(self.note)),
            persons: None,
        };
        Some(Change::Inbox(crate::tui::change::Decision::AcceptEdited(
            self.id,
            Box::new(edit),
        )))
    }
}
