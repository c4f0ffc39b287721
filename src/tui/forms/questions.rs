//! Questions companies bring: recorded from the company's page (`Q`), and
//! declined or withdrawn from the Questions tab (`x`), with the reason.

use super::{Purpose, Submitting, DATE_HINT};
use crate::domain::kinds::{QuestionKind, QuestionStatus};
use crate::domain::validate;
use crate::model::people::Contact;
use crate::model::questions::NewQuestion;
use crate::model::teams::TeamRow;
use crate::model::Id;
use crate::tui::change::Change;
use crate::tui::widgets::form::{Choice, Field, FieldId, Form};

/// A question the company brings: what, of which kind, who asked, how many
/// students, by when, for which team.
#[derive(Debug, Clone)]
pub struct QuestionForm {
    company: Id,
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
    let mut form = Form::titled(crate::t!("form-question", company = name));
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
    let f = &mut form;
    let title = f.add(Field::text("Question", "").with_hint("what they ask, in a line"));
    let kind = Choice::add_showing(f, "Kind", kinds, 0);
    let from = Choice::add(f, "Asked by", people, 0);
    let students = f.add(Field::text("Students", ""));
    let wanted_by = f.add(Field::text("Wanted by", "").with_hint(DATE_HINT));
    let team = Choice::add(f, "Team", programmes, 0);
    let period = f.add(Field::text("Period", "").with_hint("blok 3, semester 2"));
    let note = f.add(Field::text("Note", ""));
    let purpose = QuestionForm {
        company,
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
