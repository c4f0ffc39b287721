//! Questions companies bring: recorded from the company's page (`Q`), and
//! declined or withdrawn from the Questions tab (`x`), with the reason.

use super::{Purpose, Submitting, DATE_HINT};
use crate::domain::kinds::{QuestionKind, QuestionStatus};
use crate::domain::validate;
use crate::model::people::Contact;
use crate::model::questions::{NewQuestion, Question, QuestionPatch};
use crate::model::teams::TeamRow;
use crate::model::Id;
use crate::tui::change::Change;
use crate::tui::widgets::form::{Choice, Field, FieldId, Form};

/// A question the company brings: what, of which kind, who asked, how many
/// students, by when, for which team.
#[derive(Debug, Clone)]
pub struct QuestionForm {
    company: Id,
    /// The question edited; `None`: a new one.
    editing: Option<Id>,
    title: FieldId,
    kind: Choice<QuestionKind>,
    from: Choice<Option<Id>>,
    students: FieldId,
    wanted_by: FieldId,
    team: Choice<Option<Id>>,
    period: FieldId,
    note: FieldId,
}

pub fn question_form(company: Id, name: &str, contacts: &[Contact], teams: &[TeamRow]) -> (Form, Purpose) {
    question_form_for(company, name, contacts, teams, None)
}

/// The form with a question's values, to change them (`e` on Questions).
pub fn edit_question_form(q: &Question, contacts: &[Contact], teams: &[TeamRow]) -> (Form, Purpose) {
    question_form_for(q.company_id, &q.company, contacts, teams, Some(q))
}

fn question_form_for(
    company: Id,
    name: &str,
    contacts: &[Contact],
    teams: &[TeamRow],
    editing: Option<&Question>,
) -> (Form, Purpose) {
    let mut form = Form::titled(match editing {
        Some(q) => crate::t!("form-edit-question", id = q.id, company = name),
        None => crate::t!("form-question", company = name),
    });
    let kinds = QuestionKind::ALL
        .iter()
        .map(|k| (k.as_str().to_string(), k.display_label(), *k))
        .collect();
    let none = || crate::l10n::phrase("(none)").into_owned();
    let mut people = vec![(none(), None)];
    people.extend(
        contacts
            .iter()
            .filter(|c| c.current)
            .map(|c| (c.name.clone(), Some(c.id))),
    );
    let mut programmes = vec![(none(), None)];
    programmes.extend(teams.iter().map(|t| (t.name.clone(), Some(t.id))));
    let at = |found: Option<usize>| found.map_or(0, |i| i);
    let kind_at = at(editing.and_then(|q| QuestionKind::ALL.iter().position(|k| *k == q.kind)));
    let from_at = at(editing.and_then(|q| people.iter().position(|(_, id)| *id == q.person_id && id.is_some())));
    let team_at = at(editing.and_then(|q| programmes.iter().position(|(_, id)| *id == q.team_id && id.is_some())));
    let text = |f: fn(&Question) -> Option<String>| editing.and_then(f).unwrap_or_default();
    let f = &mut form;
    let title = f.add(Field::text("Question", text(|q| Some(q.title.clone()))).with_hint("what they ask, in a line"));
    let kind = Choice::add_showing(f, "Kind", kinds, kind_at);
    let from = Choice::add(f, "Asked by", people, from_at);
    let students = f.add(Field::text("Students", text(|q| q.students.map(|s| s.to_string()))));
    let wanted_by = f.add(Field::text("Wanted by", text(|q| q.wanted_by.map(|d| d.to_string()))).with_hint(DATE_HINT));
    let team = Choice::add(f, "Team", programmes, team_at);
    let period = f.add(Field::text("Period", text(|q| q.period.clone())).with_hint("blok 3, semester 2"));
    let note = f.add(Field::text("Note", text(|q| q.note.clone())));
    let purpose = QuestionForm {
        company,
        editing: editing.map(|q| q.id),
        title,
        kind,
        from,
        students,
        wanted_by,
        team,
        period,
        note,
    };
    (form, Purpose::Question(purpose))
}

impl QuestionForm {
    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        let title = form.text(self.title);
        if let Err(e) = validate::name("question", &title) {
            form.mark(self.title, Some(e.to_string()));
        }
        let students = super::count(form, self.students, "form-err-number");
        let wanted_by = super::optional_date_at(form, self.wanted_by, at.today);
        if form.has_errors() {
            return None;
        }
        let text = |id| Some(form.text(id)).filter(|v| !v.is_empty());
        if let Some(id) = self.editing {
            let patch = QuestionPatch {
                title: Some(title),
                from: Some(self.from.chosen(form)?),
                kind: Some(self.kind.chosen(form)?),
                students: students?,
                wanted_by: wanted_by?,
                team: self.team.chosen(form)?,
                note: Some(form.text(self.note)),
                school_year: None,
                period: Some(form.text(self.period)),
            };
            return Some(Change::EditQuestion(id, Box::new(patch)));
        }
        Some(Change::AddQuestion(Box::new(NewQuestion {
            company: self.company,
            title,
            from: self.from.chosen(form)?,
            kind: self.kind.chosen(form)?,
            students: students?,
            wanted_by: wanted_by?,
            team: self.team.chosen(form)?,
            note: text(self.note),
            asked_on: None,
            school_year: None,
            period: text(self.period),
        })))
    }
}

/// The school says no (declined, with the reason the company hears), or the
/// company took it back (withdrawn).
#[derive(Debug, Clone)]
pub struct CloseQuestionForm {
    id: Id,
    how: Choice<QuestionStatus>,
    reason: FieldId,
}

pub fn close_question_form(id: Id, title: &str) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-close-question", title = title));
    let hows = [QuestionStatus::Declined, QuestionStatus::Withdrawn]
        .iter()
        .map(|s| (s.as_str().to_string(), s.display_label(), *s))
        .collect();
    let how = Choice::add_showing(&mut form, "Status", hows, 0);
    let reason = form.add(Field::text("Reason", "").with_hint("what the company hears: no team free in blok 3"));
    (form, Purpose::CloseQuestion(CloseQuestionForm { id, how, reason }))
}

impl CloseQuestionForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let how = self.how.chosen(form)?;
        let reason = form.text(self.reason);
        if how == QuestionStatus::Declined && reason.is_empty() {
            form.mark(self.reason, Some(crate::t!("form-err-decline-reason")));
            return None;
        }
        Some(Change::CloseQuestion {
            id: self.id,
            to: how,
            reason: Some(reason).filter(|r| !r.is_empty()),
        })
    }
}
