//! Saved views from the lists: the filter shown kept under a name (`S`),
//! or a saved view chosen and listed (`V`).

use super::Purpose;
use crate::tui::change::Change;
use crate::tui::widgets::form::{Choice, Field, FieldId, Form};

/// A name for the list's filter, shown with the command it will run.
#[derive(Debug, Clone)]
pub struct SaveViewForm {
    words: Vec<String>,
    name: FieldId,
}

pub fn save_view_form(words: Vec<String>) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-save-view"));
    form.note = Some(format!("kring {}", words.join(" ")));
    let name = form.add(Field::text("Name", "").with_hint("what the team will call it"));
    (form, Purpose::SaveView(SaveViewForm { words, name }))
}

impl SaveViewForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let name = form.text(self.name);
        if let Err(e) = crate::domain::validate::name("view name", &name) {
            form.mark(self.name, Some(e.to_string()));
            return None;
        }
        Some(Change::SaveView {
            name,
            words: self.words.clone(),
        })
    }
}

/// A saved view of this list to show.
#[derive(Debug, Clone)]
pub struct ChooseViewForm {
    view: Choice<String>,
}

pub fn choose_view_form(names: Vec<String>) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-choose-view"));
    let options = names.iter().map(|n| (n.clone(), n.clone())).collect();
    let view = Choice::add(&mut form, "View", options, 0);
    form.set_hint(view.id, "←/→; enter lists it");
    (form, Purpose::ChooseView(ChooseViewForm { view }))
}

impl ChooseViewForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        Some(Change::ApplyView {
            name: self.view.chosen(form)?,
            filter: None,
        })
    }
}

/// Who can speak or advise on a topic (`T` on People): the people list
/// narrowed to that topic.
#[derive(Debug, Clone)]
pub struct TopicForm {
    topic: FieldId,
}

pub fn topic_form() -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-experts"));
    let topic = form.add(Field::text("Topic", "").with_hint("part of it will do: duurzaam, AI"));
    (form, Purpose::Experts(TopicForm { topic }))
}

impl TopicForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let topic = form.text(self.topic);
        if topic.trim().is_empty() {
            form.mark(self.topic, Some(crate::t!("form-err-topic")));
            return None;
        }
        Some(Change::ApplyView {
            name: crate::t!("experts-on", topic = topic.as_str()),
            filter: Some(crate::tui::change::ViewFilter::People(Box::new(
                crate::model::people::PersonFilter {
                    topic: Some(topic),
                    ..Default::default()
                },
            ))),
        })
    }
}
