//! A goal of this school year, from the Goals tab.

use super::Purpose;
use crate::tui::change::Change;
use crate::tui::widgets::form::{Choice, Field, FieldId, Form};

/// A goal of this school year for the school: what is counted and how many.
#[derive(Debug, Clone)]
pub struct GoalForm {
    school_year: String,
    metric: Choice<crate::domain::kinds::GoalMetric>,
    target: FieldId,
    max: FieldId,
    tag: FieldId,
    note: FieldId,
}

pub fn goal_form(today: chrono::NaiveDate) -> (Form, Purpose) {
    use crate::domain::kinds::GoalMetric;
    let school_year = crate::domain::dates::school_year_of(today);
    let mut form = Form::titled(crate::t!("form-add-goal", year = school_year.as_str()));
    let metrics = GoalMetric::ALL
        .iter()
        .map(|m| (m.label(), m.display_label(), *m))
        .collect();
    let metric = Choice::add_showing(&mut form, "Counts", metrics, 0);
    let target = form.add(Field::text("Target", ""));
    let max = form.add(Field::text("At most", "").with_hint("empty: no upper bound"));
    let tag = form.add(Field::text("Tag", "").with_hint("empty: every company"));
    let note = form.add(Field::text("Note", ""));
    let purpose = GoalForm {
        school_year,
        metric,
        target,
        max,
        tag,
        note,
    };
    (form, Purpose::AddGoal(purpose))
}

impl GoalForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let max = super::count(form, self.max, "form-err-number");
        // The target is needed: empty is no number either.
        let target = match super::count(form, self.target, "form-err-number") {
            Some(None) => {
                form.mark(self.target, Some(crate::t!("form-err-number", value = "")));
                None
            }
            target => target.flatten(),
        };
        let text = |id| Some(form.text(id)).filter(|v| !v.is_empty());
        let (tag, note) = (text(self.tag), text(self.note));
        Some(Change::AddGoal(Box::new(crate::model::goals::NewGoal {
            school_year: self.school_year.clone(),
            team: None,
            staff: None,
            metric: self.metric.chosen(form)?,
            tag,
            target: target?,
            max: max?,
            note,
        })))
    }
}
