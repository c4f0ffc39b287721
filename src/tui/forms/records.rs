//! The company and person forms: every field a person edits in the
//! terminal, the company's owner, tags and general e-mail and phone
//! included, and a person's topics (the tags of people). An edit saves only
//! what was changed and is refused when a colleague changed the same field
//! since the form opened (the values seen are sent along).

use super::{Change, Purpose};
use crate::domain::kinds::{CompanyStatus, ContactRole};
use crate::domain::validate;
use crate::model::companies::{Company, CompanyPatch, NewCompany};
use crate::model::edits::Seen;
use crate::model::people::{NewPerson, Person, PersonPatch};
use crate::model::staff::StaffRow;
use crate::model::Id;
use crate::tui::effect::{CompanyChoices, TagChange};
use crate::tui::widgets::form::{Field, Form};
use crate::Error;

/// The company form's fields and the columns they edit.
const COMPANY_FIELDS: [(&str, &str); 14] = [
    ("Name", "name"),
    ("City", "city"),
    ("Street", "street"),
    ("Postcode", "postcode"),
    ("KvK", "kvk"),
    ("Sector", "sector"),
    ("Status", "status"),
    ("Owner", "owner_id"),
    ("E-mail", "email"),
    ("Phone", "phone"),
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

/// The form label of a column (for a conflict on it).
pub(super) fn label_of(column: &str) -> &'static str {
    COMPANY_FIELDS
        .iter()
        .chain(&PERSON_FIELDS)
        .find(|(_, c)| *c == column)
        .map_or("", |(label, _)| label)
}

fn status_field(selected: usize) -> Field {
    let statuses = CompanyStatus::ALL;
    Field::choice(
        "Status",
        statuses.iter().map(|s| s.as_str().to_string()).collect(),
        selected,
    )
    .showing(statuses.iter().map(|s| s.display_label()).collect())
}

fn role_field(selected: usize) -> Field {
    let roles = ContactRole::ALL;
    Field::choice("Role", roles.iter().map(|r| r.label()).collect(), selected)
        .showing(roles.iter().map(|r| r.display_label()).collect())
}

/// The columns a company form shows, for the runner to read what was seen.
pub fn company_columns() -> Vec<&'static str> {
    COMPANY_FIELDS.iter().map(|(_, c)| *c).collect()
}

/// The columns a person form shows, for the runner to read what was seen.
pub fn person_columns() -> Vec<&'static str> {
    PERSON_FIELDS.iter().map(|(_, c)| *c).collect()
}

/// Tags or topics as a person types them: "horeca, stagefestival".
fn listed(items: &[String]) -> String {
    items.join(", ")
}

/// What was typed in a list field, each item trimmed, none empty.
fn items(text: &str) -> Vec<String> {
    text.split(',')
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// What to add and take away to go from `before` to what was typed
/// (compared without case or accents, as the store keeps them).
fn tag_change(before: &[String], typed: &str) -> TagChange {
    let fold = crate::domain::fold::fold;
    let after = items(typed);
    TagChange {
        add: after
            .iter()
            .filter(|t| !before.iter().any(|b| fold(b) == fold(t)))
            .cloned()
            .collect(),
        remove: before
            .iter()
            .filter(|b| !after.iter().any(|t| fold(b) == fold(t)))
            .cloned()
            .collect(),
    }
}

/// The owners a company form offers: the active colleagues (and the owner
/// it has, even one who left); "(none)" only where it has none.
fn owners(company: Option<&Company>, staff: &[StaffRow], me: Option<Id>) -> (Vec<Option<Id>>, Vec<String>, usize) {
    let current = company.map_or(me, |c| c.owner_id);
    let mut ids: Vec<Option<Id>> = Vec::new();
    let mut names = Vec::new();
    if current.is_none() {
        ids.push(None);
        names.push(crate::l10n::phrase("(none)").into_owned());
    }
    for s in staff.iter().filter(|s| s.active || Some(s.id) == current) {
        ids.push(Some(s.id));
        names.push(s.name.clone());
    }
    let selected = ids.iter().position(|id| *id == current).unwrap_or(0);
    (ids, names, selected)
}

/// A company to edit (with the values seen when the form opened), or a new one.
pub fn company_form(company: Option<(&Company, Seen)>, staff: &[StaffRow], me: Option<Id>) -> (Form, Purpose) {
    let text = |f: fn(&Company) -> Option<String>| company.as_ref().and_then(|(c, _)| f(c)).unwrap_or_default();
    let status = company
        .as_ref()
        .and_then(|(c, _)| CompanyStatus::ALL.iter().position(|s| *s == c.status))
        .unwrap_or(0);
    let cadence = company
        .as_ref()
        .filter(|(c, _)| !c.cadence_is_default)
        .and_then(|(c, _)| c.cadence_days);
    let (owner_ids, owner_names, owner) = owners(company.as_ref().map(|(c, _)| *c), staff, me);
    let tags = company.as_ref().map(|(c, _)| c.tags.clone()).unwrap_or_default();
    let form = Form::new(
        match &company {
            Some((c, _)) => crate::t!("form-edit", name = c.name.as_str()),
            None => crate::t!("form-add-company"),
        },
        vec![
            Field::text("Name", text(|c| Some(c.name.clone()))),
            Field::text("City", text(|c| c.city.clone())),
            Field::text("Street", text(|c| c.street.clone())),
            Field::text("Postcode", text(|c| c.postcode.clone())),
            Field::text("KvK", text(|c| c.kvk.clone())).with_hint("8 digits"),
            Field::text("Sector", text(|c| c.sector.clone())),
            status_field(status),
            Field::choice("Owner", owner_names, owner).with_hint("who keeps the relationship"),
            Field::text("Tags", listed(&tags)).with_hint("comma-separated: horeca, stagefestival"),
            Field::text("E-mail", text(|c| c.email.clone())).with_hint("the general address"),
            Field::text("Phone", text(|c| c.phone.clone())).with_hint("the general number"),
            Field::text("Website", text(|c| c.website.clone())),
            Field::text("Cadence", cadence.map(|d| d.to_string()).unwrap_or_default())
                .with_hint("days; empty: the status default"),
            Field::text("Motivation", text(|c| c.motivation.clone())).with_hint("what's in it for them"),
            Field::text("Agreements", text(|c| c.agreements.clone())),
        ],
    );
    let choices = CompanyChoices {
        owners: owner_ids,
        tags,
    };
    let purpose = match company {
        Some((c, seen)) => Purpose::EditCompany(c.id, seen, choices),
        None => Purpose::AddCompany(choices),
    };
    (form, purpose)
}

/// A person to edit (with the values and topics seen), or a new one at a
/// company (id, name).
pub fn person_form(
    person: Option<(&Person, Seen, Vec<String>)>,
    company: Option<(Id, &str)>,
) -> Result<(Form, Purpose), Error> {
    let current = person
        .as_ref()
        .and_then(|(p, _, _)| p.employments.iter().find(|e| e.current));
    let role = current
        .and_then(|e| ContactRole::ALL.iter().position(|r| *r == e.role))
        .unwrap_or(0);
    let title = match (&person, company) {
        (Some((p, _, _)), _) => crate::t!("form-edit", name = p.name.as_str()),
        (None, Some((_, name))) => crate::t!("form-add-person-at", company = name.to_string()),
        (None, None) => crate::t!("form-add-person"),
    };
    let get = |f: fn(&Person) -> Option<String>| person.as_ref().and_then(|(p, _, _)| f(p)).unwrap_or_default();
    let mut fields = vec![
        Field::text("Name", get(|p| Some(p.name.clone()))),
        Field::text("E-mail", get(|p| p.email.clone())),
        Field::text("Phone", get(|p| p.phone.clone())),
        role_field(role),
        Field::text("Title", current.and_then(|e| e.title.clone()).unwrap_or_default()).with_hint("as they write it"),
        Field::text("Notes", get(|p| p.notes.clone())),
    ];
    if let Some((_, _, topics)) = &person {
        fields
            .push(Field::text("Topics", listed(topics)).with_hint("what they can speak or advise on, comma-separated"));
    }
    let form = Form::new(title, fields);
    let purpose = match (person, company) {
        (Some((p, seen, topics)), _) => Purpose::EditPerson(p.id, seen, topics),
        (None, Some((company, _))) => Purpose::AddPerson { company },
        (None, None) => return Err(Error::invalid(crate::t!("form-choose-company"))),
    };
    Ok((form, purpose))
}

/// Name, KvK, e-mail and cadence checked; `None` when one is wrong (marked on the form).
fn checked_company_fields(form: &mut Form) -> Option<(String, String, u32)> {
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
    let email = form.value("E-mail");
    if !email.is_empty() {
        if let Err(e) = validate::email(&email) {
            form.set_error("E-mail", Some(e.to_string()));
        }
    }
    let cadence_text = form.value("Cadence");
    // 0: the status default.
    let cadence = match cadence_text.parse::<u32>() {
        _ if cadence_text.is_empty() => 0,
        Ok(days) if days > 0 => days,
        _ => {
            form.set_error(
                "Cadence",
                Some(crate::t!("form-not-days", text = cadence_text.as_str())),
            );
            0
        }
    };
    (!form.has_errors()).then_some((name, kvk, cadence))
}

pub fn company_change(form: &mut Form, purpose: &Purpose, me: Option<Id>) -> Option<Change> {
    let (name, kvk, cadence) = checked_company_fields(form)?;
    let status = CompanyStatus::ALL[form.field("Status").index.min(CompanyStatus::ALL.len() - 1)];
    let choices = match purpose {
        Purpose::EditCompany(_, _, choices) | Purpose::AddCompany(choices) => choices,
        _ => return None,
    };
    let owner = choices.owners.get(form.field("Owner").index).copied().flatten();
    let tags = tag_change(&choices.tags, &form.value("Tags"));
    if let Purpose::EditCompany(id, seen, _) = purpose {
        let changed = |label: &str| form.changed_value(label);
        let columns: Vec<&str> = COMPANY_FIELDS
            .iter()
            .filter(|(label, _)| form.field(label).changed())
            .map(|(_, column)| *column)
            .collect();
        let patch = CompanyPatch {
            name: changed("Name").map(|_| name.clone()),
            kvk: changed("KvK"),
            sector: changed("Sector"),
            street: changed("Street"),
            postcode: changed("Postcode"),
            city: changed("City"),
            website: changed("Website"),
            email: changed("E-mail"),
            phone: changed("Phone"),
            status: form.field("Status").changed().then_some(status),
            owner: owner.filter(|_| form.field("Owner").changed()),
            cadence_days: form.field("Cadence").changed().then_some(cadence),
            motivation: changed("Motivation"),
            agreements: changed("Agreements"),
            add_tags: tags.add,
            remove_tags: tags.remove,
            seen: Some(seen.only(&columns)),
            ..Default::default()
        };
        return Some(Change::EditCompany(*id, Box::new(patch), name));
    }
    Some(Change::AddCompany(Box::new(NewCompany {
        name,
        kvk: Some(kvk),
        sector: Some(form.value("Sector")),
        street: Some(form.value("Street")),
        postcode: Some(form.value("Postcode")),
        city: Some(form.value("City")),
        website: Some(form.value("Website")),
        email: Some(form.value("E-mail")),
        phone: Some(form.value("Phone")),
        status: Some(status),
        owner: owner.or(me),
        cadence_days: Some(cadence).filter(|d| *d > 0),
        motivation: Some(form.value("Motivation")),
        agreements: Some(form.value("Agreements")),
        tags: tags.add,
        ..Default::default()
    })))
}

pub fn person_change(form: &mut Form, purpose: &Purpose) -> Option<Change> {
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
        return None;
    }
    let role = ContactRole::ALL[form.field("Role").index.min(ContactRole::ALL.len() - 1)];
    match purpose {
        Purpose::EditPerson(id, seen, topics) => {
            let changed = |label: &str| form.changed_value(label);
            let columns: Vec<&str> = PERSON_FIELDS
                .iter()
                .filter(|(label, _)| form.field(label).changed())
                .map(|(_, column)| *column)
                .collect();
            let patch = PersonPatch {
                name: changed("Name").map(|_| name.clone()),
                email: changed("E-mail"),
                phone: changed("Phone"),
                notes: changed("Notes"),
                role: form.field("Role").changed().then_some(role),
                title: changed("Title"),
                do_not_contact: None,
                seen: Some(seen.only(&columns)),
                ..PersonPatch::default()
            };
            let topics = tag_change(topics, &form.value("Topics"));
            Some(Change::EditPerson(*id, Box::new(patch), name, Box::new(topics)))
        }
        Purpose::AddPerson { company } => Some(Change::AddPerson(Box::new(NewPerson {
            name,
            email: Some(email),
            phone: Some(form.value("Phone")),
            notes: Some(form.value("Notes")),
            do_not_contact: false,
            company: Some(*company),
            role: Some(role),
            title: Some(form.value("Title")),
            ..NewPerson::default()
        }))),
        _ => None,
    }
}

/// A colleague's team: none, or one of the teams.
pub fn team_form(staff: &StaffRow, teams: &[crate::model::teams::TeamRow]) -> (Form, Purpose) {
    let mut ids = vec![None];
    let mut names = vec![crate::l10n::phrase("(none)").into_owned()];
    for t in teams {
        ids.push(Some(t.id));
        names.push(t.name.clone());
    }
    let at = names.iter().position(|n| Some(n) == staff.team.as_ref()).unwrap_or(0);
    let form = Form::new(
        crate::t!("form-team", name = staff.name.as_str()),
        vec![Field::choice("Team", names, at).with_hint("←/→")],
    );
    (
        form,
        Purpose::SetTeam {
            staff: staff.id,
            teams: ids,
        },
    )
}

pub fn team_change(form: &Form, purpose: &Purpose) -> Option<Change> {
    let Purpose::SetTeam { staff, teams } = purpose else {
        return None;
    };
    let field = form.field("Team");
    Some(Change::SetTeam {
        staff: *staff,
        team: teams.get(field.index).copied().flatten(),
        name: field.chosen().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_typed_become_what_to_add_and_take_away() {
        let before = vec!["Horeca".to_string(), "stagefestival".to_string()];
        let change = tag_change(&before, "horeca, Bedrijvenkring ,, ");
        assert_eq!(change.add, vec!["Bedrijvenkring".to_string()]);
        assert_eq!(
            change.remove,
            vec!["stagefestival".to_string()],
            "case alone is no change"
        );
    }
}
