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

/// A new colleague: name, e-mail, role, and the login they work under.
#[derive(Debug, Clone)]
pub struct AddStaffForm {
    name: FieldId,
    email: FieldId,
    role: Choice<crate::domain::kinds::StaffRole>,
    login: FieldId,
}

pub fn add_staff_form() -> (Form, Purpose) {
    use crate::domain::kinds::StaffRole;
    let mut form = Form::titled(crate::t!("form-add-staff"));
    let name = form.add(Field::text("Name", ""));
    let email = form.add(Field::text("E-mail", "").with_hint("where reminders go"));
    let roles = StaffRole::ALL.iter().map(|r| (r.display_label(), *r)).collect();
    let role = Choice::add(&mut form, "Role", roles, 0);
    form.set_hint(role.id, "←/→");
    let login = form.add(Field::text("Login", "").with_hint("on a team database: their PostgreSQL login"));
    (
        form,
        Purpose::AddStaff(AddStaffForm {
            name,
            email,
            role,
            login,
        }),
    )
}

impl AddStaffForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let text = |id| Some(form.text(id)).filter(|v| !v.is_empty());
        let name = form.text(self.name);
        if name.is_empty() {
            form.mark(self.name, Some(crate::t!("form-err-name")));
            return None;
        }
        Some(Change::AddStaff(Box::new(crate::model::staff::NewStaff {
            name,
            email: text(self.email),
            role: self.role.chosen(form)?,
            login: text(self.login),
        })))
    }
}

/// A new team (`N` on Staff): a programme, the internship office.
#[derive(Debug, Clone)]
pub struct NewTeamForm {
    name: FieldId,
}

pub fn new_team_form() -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-new-team"));
    let name = form.add(Field::text("Name", "").with_hint("Bouwkunde, Stagebureau"));
    (form, Purpose::NewTeam(NewTeamForm { name }))
}

impl NewTeamForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let name = form.text(self.name);
        if let Err(e) = crate::domain::validate::name("team name", &name) {
            form.mark(self.name, Some(e.to_string()));
            return None;
        }
        Some(Change::AddTeam(name))
    }
}

/// What a team can take on in a period (`C` on Questions).
#[derive(Debug, Clone)]
pub struct CapacityForm {
    school_year: String,
    team: Choice<Id>,
    period: FieldId,
    assignments: FieldId,
    students: FieldId,
}

pub fn capacity_form(teams: &[crate::model::teams::TeamRow], school_year: String) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-capacity", year = school_year.as_str()));
    let options = teams.iter().map(|t| (t.name.clone(), t.id)).collect();
    let team = Choice::add(&mut form, "Team", options, 0);
    let period = form.add(Field::text("Period", "").with_hint("blok 3, semester 2"));
    let assignments = form.add(Field::text("Assignments", ""));
    let students = form.add(Field::text("Students", ""));
    let purpose = CapacityForm {
        school_year,
        team,
        period,
        assignments,
        students,
    };
    (form, Purpose::Capacity(purpose))
}

impl CapacityForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let period = form.text(self.period);
        if let Err(e) = crate::domain::validate::name("period", &period) {
            form.mark(self.period, Some(e.to_string()));
        }
        let assignments = super::count(form, self.assignments, "form-err-number");
        let students = super::count(form, self.students, "form-err-number");
        if form.has_errors() {
            return None;
        }
        Some(Change::Capacity {
            team: self.team.chosen(form)?,
            school_year: self.school_year.clone(),
            period,
            assignments: assignments?.unwrap_or(0),
            students: students?.unwrap_or(0),
        })
    }
}

/// A colleague's account and e-mail address (`k` on Staff; an admin's).
#[derive(Debug, Clone)]
pub struct AccountForm {
    staff: Id,
    login: FieldId,
    email: FieldId,
}

pub fn account_form(colleague: &StaffRow) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-account", name = colleague.name.as_str()));
    let login = form.add(
        Field::text("Login", colleague.login.clone().unwrap_or_default())
            .with_hint("the account they work under; empty: none"),
    );
    let email = form.add(Field::text("E-mail", colleague.email.clone().unwrap_or_default()));
    (
        form,
        Purpose::Account(AccountForm {
            staff: colleague.id,
            login,
            email,
        }),
    )
}

impl AccountForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let login = form.text(self.login);
        if !login.is_empty() {
            if let Err(e) = crate::domain::validate::login(&login) {
                form.mark(self.login, Some(e.to_string()));
            }
        }
        let email = form.text(self.email);
        if !email.is_empty() {
            if let Err(e) = crate::domain::validate::email(&email) {
                form.mark(self.email, Some(e.to_string()));
            }
        }
        if form.has_errors() {
            return None;
        }
        Some(Change::Account {
            staff: self.staff,
            login: (form.get(self.login).changed()).then(|| Some(login).filter(|l| !l.is_empty())),
            email: form.get(self.email).changed().then_some(email),
        })
    }
}
