//! A colleague leaving (to whom their companies go, where the dossier is
//! written) and a colleague's team.

use super::Purpose;
use crate::model::staff::StaffRow;
use crate::model::teams::TeamRow;
use crate::model::Id;
use crate::tui::change::{Change, HandoverOrder};
use crate::tui::widgets::form::{Choice, Field, FieldId, Form};

/// A leaver's handover: to which colleague, and where the dossier goes.
#[derive(Debug, Clone)]
pub struct HandoverForm {
    leaver: Id,
    to: Choice<Id>,
    dossier: FieldId,
}

pub fn handover_form(leaver: Id, name: &str, staff: &[StaffRow], dossier: &std::path::Path) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-handover", name = name));
    let options = staff
        .iter()
        .filter(|s| s.active && s.id != leaver)
        .map(|s| (s.name.clone(), s.id))
        .collect();
    let purpose = HandoverForm {
        leaver,
        to: Choice::add(&mut form, "To", options, 0),
        dossier: form
            .add(Field::text("Dossier", dossier.display().to_string()).with_hint("where the dossier is written")),
    };
    (form, Purpose::Handover(purpose))
}

impl HandoverForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let Some(to) = self.to.chosen(form) else {
            form.mark(self.to.id, Some(crate::t!("form-err-no-colleague")));
            return None;
        };
        let dossier = form.text(self.dossier);
        if dossier.is_empty() {
            form.mark(self.dossier, Some(crate::t!("form-err-dossier-path")));
            return None;
        }
        Some(Change::Handover(Box::new(HandoverOrder {
            leaver: self.leaver,
            to,
            to_name: form.get(self.to.id).chosen().to_string(),
            dossier: dossier.into(),
            login: None,
        })))
    }
}

/// A colleague's team: none, or one of the teams.
#[derive(Debug, Clone)]
pub struct TeamForm {
    staff: Id,
    team: Choice<Option<Id>>,
}

pub fn team_form(staff: &StaffRow, teams: &[TeamRow]) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-team", name = staff.name.as_str()));
    let mut options = vec![(crate::l10n::phrase("(none)").into_owned(), None)];
    options.extend(teams.iter().map(|t| (t.name.clone(), Some(t.id))));
    let at = options
        .iter()
        .position(|(name, _)| Some(name) == staff.team.as_ref())
        .unwrap_or(0);
    let team = Choice::add(&mut form, "Team", options, at);
    form.set_hint(team.id, "←/→");
    (form, Purpose::SetTeam(TeamForm { staff: staff.id, team }))
}

impl TeamForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        Some(Change::SetTeam {
            staff: self.staff,
            team: self.team.chosen(form).flatten(),
            name: form.get(self.team.id).chosen().to_string(),
        })
    }
}
