//! Goals of this school year, from the Goals tab: a new one (for the
//! school, a team or oneself), a target changed.

use super::Purpose;
use crate::model::goals::GoalProgress;
use crate::model::teams::TeamRow;
use crate::model::Id;
use crate::tui::change::Change;
use crate::tui::widgets::form::{Choice, Field, FieldId, Form};

/// Whose goal it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whose {
    School,
    Team(Id),
    Me(Id),
}

/// A goal of this school year: whose, what is counted and how many.
#[derive(Debug, Clone)]
pub struct GoalForm {
    school_year: String,
    whose: Choice<Whose>,
    metric: Choice<crate::domain::kinds::GoalMetric>,
    target: FieldId,
    max: FieldId,
    tag: FieldId,
    note: FieldId,
}

pub fn goal_form(today: chrono::NaiveDate, teams: &[TeamRow], me: Option<Id>) -> (Form, Purpose) {
    use crate::domain::kinds::GoalMetric;
    let school_year = crate::domain::dates::school_year_of(today);
    let mut form = Form::titled(crate::t!("form-add-goal", year = school_year.as_str()));
    let mut whose = vec![(crate::t!("goal-for-school"), Whose::School)];
    whose.extend(teams.iter().map(|t| (t.name.clone(), Whose::Team(t.id))));
    whose.extend(me.map(|me| (crate::t!("goal-for-me"), Whose::Me(me))));
    let metrics = GoalMetric::ALL
        .iter()
        .map(|m| (m.label(), m.display_label(), *m))
        .collect();
    let whose = Choice::add(&mut form, "For", whose, 0);
    let metric = Choice::add_showing(&mut form, "Counts", metrics, 0);
    let target = form.add(Field::text("Target", ""));
    let max = form.add(Field::text("At most", "").with_hint("empty: no upper bound"));
    let tag = form.add(Field::text("Tag", "").with_hint("empty: every company"));
    let note = form.add(Field::text("Note", ""));
    let purpose = GoalForm {
        school_year,
        whose,
        metric,
        target,
        max,
        tag,
        note,
    };
    (form, Purpose::AddGoal(purpose))
}

/// A target, read as the CLI reads it: a number, needed.
fn target(form: &mut Form, field: FieldId) -> Option<u32> {
    match super::count(form, field, "form-err-number") {
        Some(None) => {
            form.mark(field, Some(crate::t!("form-err-number", value = "")));
            None
        }
        target => target.flatten(),
    }
}

impl GoalForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let max = super::count(form, self.max, "form-err-number");
        let target = target(form, self.target);
        let text = |id| Some(form.text(id)).filter(|v| !v.is_empty());
        let (tag, note) = (text(self.tag), text(self.note));
        let (team, staff) = match self.whose.chosen(form)? {
            Whose::School => (None, None),
            Whose::Team(team) => (Some(team), None),
            Whose::Me(me) => (None, Some(me)),
        };
        Some(Change::AddGoal(Box::new(crate::model::goals::NewGoal {
            school_year: self.school_year.clone(),
            team,
            staff,
            metric: self.metric.chosen(form)?,
            tag,
            target: target?,
            max: max?,
            note,
        })))
    }
}

/// A goal's target, upper bound and note changed.
#[derive(Debug, Clone)]
pub struct EditGoalForm {
    id: Id,
    target: FieldId,
    max: FieldId,
    note: FieldId,
}

pub fn edit_goal_form(goal: &GoalProgress) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!(
        "form-edit-goal",
        what = goal.metric.display_label(),
        whose = goal.whose.as_str()
    ));
    let target = form.add(Field::text("Target", goal.target.to_string()));
    let max = form.add(
        Field::text("At most", goal.max.map(|m| m.to_string()).unwrap_or_default()).with_hint("empty: no upper bound"),
    );
    let note = form.add(Field::text("Note", goal.note.clone().unwrap_or_default()));
    let purpose = EditGoalForm {
        id: goal.id,
        target,
        max,
        note,
    };
    (form, Purpose::EditGoal(purpose))
}

impl EditGoalForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let max = super::count(form, self.max, "form-err-number");
        let target = target(form, self.target);
        Some(Change::EditGoal {
            id: self.id,
            target: target?,
            max: max?,
            note: form.text(self.note),
        })
    }
}
