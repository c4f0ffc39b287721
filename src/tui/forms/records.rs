//! The company and person forms: every field a person edits in the
//! terminal, the company's owner, tags and general e-mail and phone
//! included, and a person's topics (the tags of people). An edit saves only
//! what was changed and is refused when a colleague changed the same field
//! since the form opened (the values seen are sent along).

use super::{Purpose, Submitting};
use crate::domain::kinds::{CompanyStatus, ContactRole, MailingBasis, OrganisationKind};
use crate::domain::validate;
use crate::model::companies::{Company, CompanyPatch, NewCompany};
use crate::model::edits::Seen;
use crate::model::people::{NewPerson, Person, PersonPatch};
use crate::model::staff::StaffRow;
use crate::model::Id;
use crate::tui::change::{Change, TagChange};
use crate::tui::widgets::form::{Choice, Field, FieldId, Form};
use crate::Error;

/// The company form's fields and the columns they edit.
const COMPANY_FIELDS: [(&str, &str); 15] = [
    ("Name", "name"),
    ("Kind", "kind"),
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
const PERSON_FIELDS: [(&str, &str); 5] = [
    ("Name", "name"),
    ("E-mail", "email"),
    ("Phone", "phone"),
    ("Notes", "notes"),
    ("Mailing basis", "mailing_basis"),
];

/// The form label of a column (for a conflict on it).
pub(super) fn label_of(column: &str) -> &'static str {
    COMPANY_FIELDS
        .iter()
        .chain(&PERSON_FIELDS)
        .find(|(_, c)| *c == column)
        .map_or("", |(label, _)| label)
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
fn owners(company: Option<&Company>, staff: &[StaffRow], me: Option<Id>) -> (Vec<(String, Option<Id>)>, usize) {
    let current = company.map_or(me, |c| c.owner_id);
    let mut options: Vec<(String, Option<Id>)> = Vec::new();
    if current.is_none() {
        options.push((crate::l10n::phrase("(none)").into_owned(), None));
    }
    for s in staff.iter().filter(|s| s.active || Some(s.id) == current) {
        options.push((s.name.clone(), Some(s.id)));
    }
    let selected = options.iter().position(|(_, id)| *id == current).unwrap_or(0);
    (options, selected)
}

/// A company to add, or one to edit with the values seen when the form
/// opened (an edit saves only what was changed, and is refused when a
/// colleague changed the same field since).
#[derive(Debug, Clone)]
pub struct CompanyForm {
    /// The company edited; `None`: a new one.
    id: Option<Id>,
    pub(super) seen: Option<Seen>,
    name: FieldId,
    city: FieldId,
    street: FieldId,
    postcode: FieldId,
    kvk: FieldId,
    sector: FieldId,
    status: Choice<CompanyStatus>,
    kind: Choice<OrganisationKind>,
    owner: Choice<Option<Id>>,
    tags: FieldId,
    email: FieldId,
    phone: FieldId,
    website: FieldId,
    cadence: FieldId,
    motivation: FieldId,
    agreements: FieldId,
    /// The tags it had when the form opened.
    tags_before: Vec<String>,
    /// Each field that edits a column, with the column (what was seen).
    columns: Vec<(FieldId, &'static str)>,
}

/// A company to edit (with the values seen when the form opened), or a new one.
pub fn company_form(company: Option<(&Company, Seen)>, staff: &[StaffRow], me: Option<Id>) -> (Form, Purpose) {
    let c = company.as_ref().map(|(c, _)| *c);
    let text = |f: fn(&Company) -> Option<String>| c.and_then(f).unwrap_or_default();
    let mut form = Form::titled(match c {
        Some(c) => crate::t!("form-edit", name = c.name.as_str()),
        None => crate::t!("form-add-company"),
    });
    let statuses = CompanyStatus::ALL
        .iter()
        .map(|s| (s.as_str().to_string(), s.display_label(), *s))
        .collect();
    let status_at = c
        .and_then(|c| CompanyStatus::ALL.iter().position(|s| *s == c.status))
        .unwrap_or(0);
    let kinds = OrganisationKind::ALL
        .iter()
        .map(|k| (k.as_str().to_string(), k.display_label(), *k))
        .collect();
    let kind_at = c
        .and_then(|c| OrganisationKind::ALL.iter().position(|k| *k == c.kind))
        .unwrap_or(0);
    let (owners, owner_at) = owners(c, staff, me);
    let cadence = c.filter(|c| !c.cadence_is_default).and_then(|c| c.cadence_days);
    let tags_before = c.map(|c| c.tags.clone()).unwrap_or_default();
    let f = &mut form;
    let name = f.add(Field::text("Name", text(|c| Some(c.name.clone()))));
    let city = f.add(Field::text("City", text(|c| c.city.clone())));
    let street = f.add(Field::text("Street", text(|c| c.street.clone())));
    let postcode = f.add(Field::text("Postcode", text(|c| c.postcode.clone())));
    let kvk = f.add(Field::text("KvK", text(|c| c.kvk.clone())).with_hint("8 digits"));
    let sector = f.add(Field::text("Sector", text(|c| c.sector.clone())));
    let status = Choice::add_showing(f, "Status", statuses, status_at);
    let kind = Choice::add_showing(f, "Kind", kinds, kind_at);
    f.set_hint(kind.id, "a company, or where you meet them: association, government…");
    let owner = Choice::add(f, "Owner", owners, owner_at);
    f.set_hint(owner.id, "who keeps the relationship");
    let tags = f.add(Field::text("Tags", listed(&tags_before)).with_hint("comma-separated: horeca, stagefestival"));
    let email = f.add(Field::text("E-mail", text(|c| c.email.clone())).with_hint("the general address"));
    let phone = f.add(Field::text("Phone", text(|c| c.phone.clone())).with_hint("the general number"));
    let website = f.add(Field::text("Website", text(|c| c.website.clone())));
    let cadence = f.add(
        Field::text("Cadence", cadence.map(|d| d.to_string()).unwrap_or_default())
            .with_hint("days; empty: the status default"),
    );
    let motivation =
        f.add(Field::text("Motivation", text(|c| c.motivation.clone())).with_hint("what's in it for them"));
    let agreements = f.add(Field::text("Agreements", text(|c| c.agreements.clone())));
    let columns = vec![
        (name, "name"),
        (city, "city"),
        (street, "street"),
        (postcode, "postcode"),
        (kvk, "kvk"),
        (sector, "sector"),
        (status.id, "status"),
        (kind.id, "kind"),
        (owner.id, "owner_id"),
        (email, "email"),
        (phone, "phone"),
        (website, "website"),
        (cadence, "cadence_days"),
        (motivation, "motivation"),
        (agreements, "agreements"),
    ];
    let purpose = CompanyForm {
        id: c.map(|c| c.id),
        seen: company.map(|(_, seen)| seen),
        name,
        city,
        street,
        postcode,
        kvk,
        sector,
        status,
        kind,
        owner,
        tags,
        email,
        phone,
        website,
        cadence,
        motivation,
        agreements,
        tags_before,
        columns,
    };
    (form, Purpose::Company(purpose))
}

impl CompanyForm {
    /// Name, KvK, e-mail and cadence checked; `None` when one is wrong (marked on the form).
    fn checked(&self, form: &mut Form) -> Option<(String, String, u32)> {
        let name = form.text(self.name);
        if let Err(e) = validate::name("company name", &name) {
            form.mark(self.name, Some(e.to_string()));
        }
        let kvk = form.text(self.kvk);
        if !kvk.is_empty() {
            if let Err(e) = validate::kvk(&kvk) {
                form.mark(self.kvk, Some(e.to_string()));
            }
        }
        let email = form.text(self.email);
        if !email.is_empty() {
            if let Err(e) = validate::email(&email) {
                form.mark(self.email, Some(e.to_string()));
            }
        }
        let cadence_text = form.text(self.cadence);
        // 0: the status default.
        let cadence = match cadence_text.parse::<u32>() {
            _ if cadence_text.is_empty() => 0,
            Ok(days) if days > 0 => days,
            _ => {
                let error = crate::t!("form-not-days", text = cadence_text.as_str());
                form.mark(self.cadence, Some(error));
                0
            }
        };
        (!form.has_errors()).then_some((name, kvk, cadence))
    }

    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        let (name, kvk, cadence) = self.checked(form)?;
        let status = self.status.chosen(form)?;
        let kind = self.kind.chosen(form)?;
        let owner = self.owner.chosen(form).flatten();
        let tags = tag_change(&self.tags_before, &form.text(self.tags));
        let (Some(id), Some(seen)) = (self.id, &self.seen) else {
            return Some(Change::AddCompany(Box::new(NewCompany {
                name,
                kvk: Some(kvk),
                sector: Some(form.text(self.sector)),
                street: Some(form.text(self.street)),
                postcode: Some(form.text(self.postcode)),
                city: Some(form.text(self.city)),
                website: Some(form.text(self.website)),
                email: Some(form.text(self.email)),
                phone: Some(form.text(self.phone)),
                status: Some(status),
                owner: owner.or(at.me),
                cadence_days: Some(cadence).filter(|d| *d > 0),
                motivation: Some(form.text(self.motivation)),
                agreements: Some(form.text(self.agreements)),
                tags: tags.add,
                kind: Some(kind),
                ..Default::default()
            })));
        };
        let changed = |id: FieldId| form.changed_text(id);
        let columns: Vec<&str> = self
            .columns
            .iter()
            .filter(|(field, _)| form.get(*field).changed())
            .map(|(_, column)| *column)
            .collect();
        let patch = CompanyPatch {
            name: changed(self.name).map(|_| name.clone()),
            kvk: changed(self.kvk),
            sector: changed(self.sector),
            street: changed(self.street),
            postcode: changed(self.postcode),
            city: changed(self.city),
            website: changed(self.website),
            email: changed(self.email),
            phone: changed(self.phone),
            status: form.get(self.status.id).changed().then_some(status),
            kind: form.get(self.kind.id).changed().then_some(kind),
            owner: owner.filter(|_| form.get(self.owner.id).changed()),
            cadence_days: form.get(self.cadence).changed().then_some(cadence),
            motivation: changed(self.motivation),
            agreements: changed(self.agreements),
            add_tags: tags.add,
            remove_tags: tags.remove,
            seen: Some(seen.only(&columns)),
            ..Default::default()
        };
        Some(Change::EditCompany(id, Box::new(patch), name))
    }
}

/// A person to add at a company, or one to edit (with the values and
/// topics seen when the form opened).
#[derive(Debug, Clone)]
pub struct PersonForm {
    of: PersonOf,
    pub(super) seen: Option<Seen>,
    name: FieldId,
    email: FieldId,
    phone: FieldId,
    role: Choice<ContactRole>,
    title: FieldId,
    notes: FieldId,
    basis: Choice<Option<MailingBasis>>,
    basis_on: FieldId,
    /// The topics field (an edit only) and the topics it opened with.
    topics: Option<(FieldId, Vec<String>)>,
}

#[derive(Debug, Clone, Copy)]
enum PersonOf {
    NewAt(Id),
    Edited(Id),
}

/// A person to edit (with the values and topics seen), or a new one at a
/// company (id, name).
pub fn person_form(
    person: Option<(&Person, Seen, Vec<String>)>,
    company: Option<(Id, &str)>,
) -> Result<(Form, Purpose), Error> {
    let of = match (&person, company) {
        (Some((p, _, _)), _) => PersonOf::Edited(p.id),
        (None, Some((company, _))) => PersonOf::NewAt(company),
        (None, None) => return Err(Error::invalid(crate::t!("form-choose-company"))),
    };
    let p = person.as_ref().map(|(p, _, _)| *p);
    let current = p.and_then(|p| p.employments.iter().find(|e| e.current));
    let mut form = Form::titled(match (p, company) {
        (Some(p), _) => crate::t!("form-edit", name = p.name.as_str()),
        (None, Some((_, name))) => crate::t!("form-add-person-at", company = name.to_string()),
        (None, None) => crate::t!("form-add-person"),
    });
    let get = |f: fn(&Person) -> Option<String>| p.and_then(f).unwrap_or_default();
    let roles = ContactRole::ALL
        .iter()
        .map(|r| (r.label(), r.display_label(), *r))
        .collect();
    let role_at = current
        .and_then(|e| ContactRole::ALL.iter().position(|r| *r == e.role))
        .unwrap_or(0);
    let f = &mut form;
    let name = f.add(Field::text("Name", get(|p| Some(p.name.clone()))));
    let email = f.add(Field::text("E-mail", get(|p| p.email.clone())));
    let phone = f.add(Field::text("Phone", get(|p| p.phone.clone())));
    let role = Choice::add_showing(f, "Role", roles, role_at);
    let title = f.add(
        Field::text("Title", current.and_then(|e| e.title.clone()).unwrap_or_default()).with_hint("as they write it"),
    );
    let notes = f.add(Field::text("Notes", get(|p| p.notes.clone())));
    let (basis, basis_on) = basis_fields(f, p);
    let (seen, topics) = match person {
        Some((_, seen, topics)) => {
            let field = f.add(
                Field::text("Topics", listed(&topics)).with_hint("what they can speak or advise on, comma-separated"),
            );
            (Some(seen), Some((field, topics)))
        }
        None => (None, None),
    };
    let purpose = PersonForm {
        of,
        seen,
        name,
        email,
        phone,
        role,
        title,
        notes,
        basis,
        basis_on,
        topics,
    };
    Ok((form, Purpose::Person(purpose)))
}

/// The basis for mailing someone (AVG), and the day it was given.
fn basis_fields(f: &mut Form, p: Option<&Person>) -> (Choice<Option<MailingBasis>>, FieldId) {
    let mut bases = vec![("none".to_string(), crate::t!("basis-none"), None)];
    bases.extend(
        MailingBasis::ALL
            .iter()
            .map(|b| (b.as_str().to_string(), b.display_label(), Some(*b))),
    );
    let now = p.and_then(|p| p.mailing_basis.as_deref());
    let at = MailingBasis::ALL
        .iter()
        .position(|b| Some(b.as_str()) == now)
        .map_or(0, |i| i + 1);
    let basis = Choice::add_showing(f, "Mailing basis", bases, at);
    f.set_hint(basis.id, "AVG: consent, or the school's legitimate interest");
    let on = p.and_then(|p| p.mailing_basis_on.clone()).unwrap_or_default();
    let basis_on = f.add(Field::text("Since", on).with_hint("the day consent was given; empty: today"));
    (basis, basis_on)
}

impl PersonForm {
    /// The basis as the form says it; `None` when the day is wrong (marked).
    fn basis(&self, form: &mut Form, today: chrono::NaiveDate) -> Option<Option<(MailingBasis, chrono::NaiveDate)>> {
        let basis = self.basis.chosen(form)?;
        let on = super::optional_date_at(form, self.basis_on, today)?.unwrap_or(today);
        if on > today {
            form.mark(
                self.basis_on,
                Some(crate::t!("err-consent-future", day = crate::l10n::date(on))),
            );
            return None;
        }
        Some(basis.map(|b| (b, on)))
    }
}

impl PersonForm {
    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        let basis = self.basis(form, at.today);
        let name = form.text(self.name);
        if let Err(e) = validate::name("person name", &name) {
            form.mark(self.name, Some(e.to_string()));
        }
        let email = form.text(self.email);
        if !email.is_empty() {
            if let Err(e) = validate::email(&email) {
                form.mark(self.email, Some(e.to_string()));
            }
        }
        if form.has_errors() {
            return None;
        }
        let basis = basis?;
        let role = self.role.chosen(form)?;
        match self.of {
            PersonOf::Edited(id) => {
                let changed = |field: FieldId| form.changed_text(field);
                let seen_fields = [
                    (self.name, "name"),
                    (self.email, "email"),
                    (self.phone, "phone"),
                    (self.notes, "notes"),
                    (self.basis.id, "mailing_basis"),
                ];
                let columns: Vec<&str> = seen_fields
                    .iter()
                    .filter(|(field, _)| form.get(*field).changed())
                    .map(|(_, column)| *column)
                    .collect();
                let patch = PersonPatch {
                    name: changed(self.name).map(|_| name.clone()),
                    email: changed(self.email),
                    phone: changed(self.phone),
                    notes: changed(self.notes),
                    role: form.get(self.role.id).changed().then_some(role),
                    title: changed(self.title),
                    do_not_contact: None,
                    mailing_basis: (form.get(self.basis.id).changed() || form.get(self.basis_on).changed())
                        .then_some(basis),
                    seen: self.seen.as_ref().map(|seen| seen.only(&columns)),
                    ..PersonPatch::default()
                };
                let topics = match &self.topics {
                    Some((field, before)) => tag_change(before, &form.text(*field)),
                    None => TagChange::default(),
                };
                Some(Change::EditPerson(id, Box::new(patch), name, Box::new(topics)))
            }
            PersonOf::NewAt(company) => Some(Change::AddPerson(Box::new(NewPerson {
                name,
                email: Some(email),
                phone: Some(form.text(self.phone)),
                notes: Some(form.text(self.notes)),
                do_not_contact: false,
                company: Some(company),
                role: Some(role),
                title: Some(form.text(self.title)),
                mailing_basis: basis,
                ..NewPerson::default()
            }))),
        }
    }
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

/// Someone moved to another company: the job here ends (its history kept),
/// a job there begins.
#[derive(Debug, Clone)]
pub struct MoveForm {
    person: Id,
    to: FieldId,
    role: Choice<crate::domain::kinds::ContactRole>,
    title: FieldId,
}

pub fn move_form(person: &crate::model::people::Person) -> (Form, Purpose) {
    use crate::domain::kinds::ContactRole;
    let mut form = Form::titled(crate::t!("form-move", name = person.name.as_str()));
    let to = form.add(Field::text("New company", "").with_hint("its name or #id"));
    let roles = ContactRole::ALL
        .iter()
        .map(|r| (r.label(), r.display_label(), *r))
        .collect();
    let role = Choice::add_showing(&mut form, "Role", roles, 0);
    let title = form.add(Field::text("Title", "").with_hint("as they write it"));
    (
        form,
        Purpose::Move(MoveForm {
            person: person.id,
            to,
            role,
            title,
        }),
    )
}

impl MoveForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let to = form.text(self.to);
        if to.is_empty() {
            form.mark(self.to, Some(crate::t!("form-err-which-company")));
            return None;
        }
        Some(Change::MovePerson {
            person: self.person,
            to,
            role: self.role.chosen(form)?,
            title: Some(form.text(self.title)).filter(|t| !t.is_empty()),
        })
    }
}
