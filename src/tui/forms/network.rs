//! The network from a company's or a person's page: a rest period the
//! company asked for, places it offers, a contact person who left.

use super::{date_at, optional_date_at, Submitting, DATE_HINT};
use crate::domain::dates::school_year_of;
use crate::model::network::PlaceChange;
use crate::model::Id;
use crate::tui::change::{Change, NetworkOrder, Opener};
use crate::tui::forms::Purpose;
use crate::tui::widgets::form::{Field, FieldId, Form};

/// No new asks until a day (empty: the rest ends), and why.
#[derive(Debug, Clone)]
pub struct RestForm {
    company: Id,
    until: FieldId,
    reason: FieldId,
}

pub fn rest_form(company: &crate::model::companies::Company) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-rest", name = company.name.as_str()));
    let until = company.rest_until.map(|d| d.to_string()).unwrap_or_default();
    let purpose = RestForm {
        company: company.id,
        until: form
            .add(Field::date("Rest until", until).with_hint("no new asks before this day; empty: the rest ends")),
        reason: form.add(Field::text("Reason", company.rest_reason.clone().unwrap_or_default())),
    };
    (form, Purpose::Rest(purpose))
}

impl RestForm {
    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        let until = optional_date_at(form, self.until, at.today)?;
        if until.is_some_and(|u| u < at.today) {
            form.mark(self.until, Some(crate::t!("err-rest-past")));
            return None;
        }
        Some(Change::Rest {
            company: self.company,
            until,
            reason: Some(form.text(self.reason)).filter(|r| !r.is_empty()),
        })
    }
}

/// Places a company offers for a programme in a period of this school year.
#[derive(Debug, Clone)]
pub struct PlacesForm {
    company: Id,
    programme: FieldId,
    period: FieldId,
    offered: FieldId,
    filled: FieldId,
}

pub fn places_form(company: Id, name: &str) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-places", name = name));
    let purpose = PlacesForm {
        company,
        programme: form.add(Field::text("Programme", "").with_hint("a crebo or the school's own name")),
        period: form.add(Field::text("Period", "").with_hint("blok 3, Q2…; empty: the whole year")),
        offered: form.add(Field::text("Offered", "").with_hint("places offered; empty: as it was")),
        filled: form.add(Field::text("Filled", "").with_hint("places filled (a count); empty: as it was")),
    };
    (form, Purpose::Places(purpose))
}

impl PlacesForm {
    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        let programme = form.text(self.programme);
        if let Err(e) = crate::domain::validate::name("programme", &programme) {
            form.mark(self.programme, Some(e.to_string()));
        }
        let offered = count(form, self.offered);
        let filled = count(form, self.filled);
        if form.has_errors() {
            return None;
        }
        let (offered, filled) = (offered?, filled?);
        if offered.is_none() && filled.is_none() {
            form.mark(self.offered, Some(crate::t!("err-places-nothing")));
            return None;
        }
        Some(Change::Places(Box::new(PlaceChange {
            company: self.company,
            programme,
            school_year: school_year_of(at.today),
            period: form.text(self.period),
            offered,
            filled,
            note: None,
        })))
    }
}

/// A count, or nothing when the field is empty; `None` when it is no count.
fn count(form: &mut Form, id: FieldId) -> Option<Option<u32>> {
    let text = form.text(id);
    if text.is_empty() {
        return Some(None);
    }
    match text.parse::<u32>() {
        Ok(n) => Some(Some(n)),
        Err(_) => {
            form.mark(id, Some(crate::t!("err-not-a-count", value = text.as_str())));
            None
        }
    }
}

/// A contact person left the company: when, and who (if anyone) takes over.
#[derive(Debug, Clone)]
pub struct LeftForm {
    person: Id,
    company: Id,
    on: FieldId,
    successor: FieldId,
}

pub fn left_form(person: Id, name: &str, company: Id, company_name: &str) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-left", name = name, company = company_name));
    let purpose = LeftForm {
        person,
        company,
        on: form.add(Field::date("Last day", "today").with_hint(DATE_HINT)),
        successor: form.add(
            Field::text("Successor", "").with_hint("who takes over; empty: the owner gets a follow-up to find one"),
        ),
    };
    (form, Purpose::Left(purpose))
}

impl LeftForm {
    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        let on = date_at(form, self.on, at.today)?;
        Some(Change::PersonLeft {
            person: self.person,
            company: self.company,
            on,
            successor: Some(form.text(self.successor)).filter(|s| !s.is_empty()),
        })
    }
}

/// The student system's counts of places, read from a CSV file.
#[derive(Debug, Clone)]
pub struct PlacesImportForm {
    file: FieldId,
}

pub fn places_import_form() -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-places-import"));
    let file = form.add(Field::text("File", "").with_hint("CSV: company or kvk, programme, period, filled, offered"));
    (form, Purpose::PlacesImport(PlacesImportForm { file }))
}

impl PlacesImportForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let file = form.text(self.file);
        if file.trim().is_empty() {
            form.mark(self.file, Some(crate::t!("err-places-which-file")));
            return None;
        }
        Some(Change::ImportPlaces(std::path::PathBuf::from(file.trim())))
    }
}

/// Ties that end: a membership of an organisation, a colleague's role or job.
#[derive(Debug, Clone)]
pub struct EndTiesForm {
    company: Id,
    member_of: FieldId,
    colleague: FieldId,
    tie: crate::tui::widgets::form::Choice<crate::domain::kinds::AffiliationKind>,
    on: FieldId,
}

pub fn end_ties_form(company: Id, name: &str) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-end-ties", name = name));
    let member_of = form.add(Field::text("No longer member of", "").with_hint("the organisation it left"));
    let colleague = form.add(Field::text("Colleague", "").with_hint("whose role in it, or job there, ended"));
    let ties = crate::domain::kinds::AffiliationKind::ALL
        .iter()
        .map(|k| (k.display_label(), *k))
        .collect();
    let tie = crate::tui::widgets::form::Choice::add(&mut form, "Their tie", ties, 0);
    let on = form.add(Field::date("Last day", "today").with_hint(DATE_HINT));
    (
        form,
        Purpose::EndTies(EndTiesForm {
            company,
            member_of,
            colleague,
            tie,
            on,
        }),
    )
}

impl EndTiesForm {
    pub(super) fn submit(&self, form: &mut Form, at: Submitting) -> Option<Change> {
        let given = |form: &Form, id: FieldId| Some(form.text(id)).filter(|t| !t.trim().is_empty());
        let (member_of, colleague) = (given(form, self.member_of), given(form, self.colleague));
        if member_of.is_none() && colleague.is_none() {
            form.mark(self.member_of, Some(crate::t!("err-end-ties-nothing")));
            return None;
        }
        let on = date_at(form, self.on, at.today)?;
        let tie = self.tie.chosen(form)?;
        Some(Change::EndTies {
            company: self.company,
            member_of,
            colleague: colleague.map(|name| (name, tie)),
            on,
        })
    }
}

/// Who opened the door to a person (on their page).
#[derive(Debug, Clone)]
pub struct IntroducedForm {
    person: Id,
    by: FieldId,
    opener: crate::tui::widgets::form::Choice<Opener>,
}

pub fn introduced_form(person: Id, name: &str) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-introduced", name = name));
    let by = form.add(Field::text("Introduced by", "").with_hint("who opened the door to them"));
    let opener = crate::tui::widgets::form::Choice::add(&mut form, "Who that is", openers(), 1);
    (form, Purpose::Introduced(IntroducedForm { person, by, opener }))
}

impl IntroducedForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let by = form.text(self.by);
        if by.trim().is_empty() {
            form.mark(self.by, Some(crate::t!("err-introduced-by-whom-form")));
            return None;
        }
        let opener = self.opener.chosen(form)?;
        Some(Change::IntroducePerson {
            person: self.person,
            by: (opener, by),
        })
    }
}

/// The kinds of opener, as the forms offer them.
fn openers() -> Vec<(String, Opener)> {
    vec![
        (crate::t!("opener-organisation"), Opener::Organisation),
        (crate::t!("opener-person"), Opener::Person),
        (crate::t!("opener-staff"), Opener::Staff),
    ]
}

/// A former student of ours: the programme (empty: not an alumnus) and year.
#[derive(Debug, Clone)]
pub struct AlumnusForm {
    person: Id,
    programme: FieldId,
    year: FieldId,
}

pub fn alumnus_form(person: &crate::model::people::Person) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-alumnus", name = person.name.as_str()));
    let programme = form.add(
        Field::text("Programme", person.alumnus_programme.clone().unwrap_or_default())
            .with_hint("the programme they followed here; empty: not an alumnus"),
    );
    let year = form.add(Field::text(
        "Year",
        person.alumnus_year.map(|y| y.to_string()).unwrap_or_default(),
    ));
    (
        form,
        Purpose::Alumnus(AlumnusForm {
            person: person.id,
            programme,
            year,
        }),
    )
}

impl AlumnusForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let year = form.text(self.year);
        let year = match year.trim() {
            "" => None,
            text => match text.parse::<i32>() {
                Ok(y) if (1900..=2999).contains(&y) => Some(y),
                _ => {
                    form.mark(self.year, Some(crate::t!("err-not-a-year", value = text)));
                    return None;
                }
            },
        };
        Some(Change::Alumnus {
            person: self.person,
            programme: form.text(self.programme),
            year,
        })
    }
}

#[derive(Debug, Clone)]
pub struct NetworkForm {
    company: Id,
    member_of: FieldId,
    introduced_by: FieldId,
    opener: crate::tui::widgets::form::Choice<Opener>,
    asked_by: FieldId,
    colleague: FieldId,
    tie: crate::tui::widgets::form::Choice<crate::domain::kinds::AffiliationKind>,
    title: FieldId,
}

pub fn network_form(company: Id, name: &str) -> (Form, Purpose) {
    use crate::tui::widgets::form::Choice;
    let mut form = Form::titled(crate::t!("form-network", name = name));
    let member_of = form.add(Field::text("Member of", "").with_hint("an association or other organisation it joined"));
    let introduced_by = form.add(Field::text("Introduced by", "").with_hint("who opened the door to it"));
    let opener = Choice::add(&mut form, "Who that is", openers(), 0);
    let asked_by = form.add(Field::text("Asked by school", "").with_hint("another school asked it (as it told you)"));
    let colleague =
        form.add(Field::text("Colleague", "").with_hint("a colleague with a role in it, or who works there"));
    let ties = crate::domain::kinds::AffiliationKind::ALL
        .iter()
        .map(|k| (k.display_label(), *k))
        .collect();
    let tie = Choice::add(&mut form, "Their tie", ties, 0);
    let title = form.add(Field::text("Title", "").with_hint("bestuurslid, docent-werkvoorbereider…"));
    let purpose = NetworkForm {
        company,
        member_of,
        introduced_by,
        opener,
        asked_by,
        colleague,
        tie,
        title,
    };
    (form, Purpose::Network(purpose))
}

impl NetworkForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let given = |id: FieldId| Some(form.text(id)).filter(|t| !t.trim().is_empty());
        let member_of = given(self.member_of);
        let introduced_by = given(self.introduced_by);
        let asked_by = given(self.asked_by);
        let colleague = given(self.colleague);
        let title = given(self.title);
        if member_of.is_none() && introduced_by.is_none() && asked_by.is_none() && colleague.is_none() {
            form.mark(self.member_of, Some(crate::t!("err-network-nothing")));
            return None;
        }
        let opener = self.opener.chosen(form)?;
        let tie = self.tie.chosen(form)?;
        Some(Change::Network(Box::new(NetworkOrder {
            company: self.company,
            member_of,
            introduced_by: introduced_by.map(|name| (opener, name)),
            asked_by,
            colleague: colleague.map(|name| (name, tie, title)),
        })))
    }
}

/// A team's offer looking for a company, and who it is for.
#[derive(Debug, Clone)]
pub struct OfferForm {
    title: FieldId,
    kind: crate::tui::widgets::form::Choice<crate::domain::kinds::QuestionKind>,
    team: FieldId,
    students: FieldId,
    period: FieldId,
    sector: FieldId,
    tag: FieldId,
    topic: FieldId,
}

pub fn offer_form() -> (Form, Purpose) {
    use crate::domain::kinds::QuestionKind;
    let mut form = Form::titled(crate::t!("form-offer"));
    let title = form.add(Field::text("Title", ""));
    let kinds = QuestionKind::ALL.iter().map(|k| (k.display_label(), *k)).collect();
    let kind = crate::tui::widgets::form::Choice::add(&mut form, "Kind", kinds, 0);
    let team = form.add(Field::text("Team", "").with_hint("the team that offers it"));
    let students = form.add(Field::text("Students", ""));
    let period = form.add(Field::text("Period", ""));
    let sector = form.add(Field::text("Sector", "").with_hint("for companies in this sector"));
    let tag = form.add(Field::text("Tag", "").with_hint("or with this tag"));
    let topic = form.add(Field::text("Topic", "").with_hint("or with a contact person who knows this"));
    let purpose = OfferForm {
        title,
        kind,
        team,
        students,
        period,
        sector,
        tag,
        topic,
    };
    (form, Purpose::Offer(purpose))
}

impl OfferForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let title = form.text(self.title);
        if let Err(e) = crate::domain::validate::name("offer", &title) {
            form.mark(self.title, Some(e.to_string()));
        }
        let students = count(form, self.students);
        let text = |form: &Form, id: FieldId| Some(form.text(id)).filter(|t| !t.trim().is_empty());
        let (sector, tag, topic) = (text(form, self.sector), text(form, self.tag), text(form, self.topic));
        let (team, period) = (text(form, self.team), text(form, self.period));
        if sector.is_none() && tag.is_none() && topic.is_none() {
            form.mark(self.sector, Some(crate::t!("err-offer-for-whom")));
        }
        let kind = self.kind.chosen(form)?;
        if form.has_errors() {
            return None;
        }
        Some(Change::AddOffer {
            new: Box::new(crate::model::offers::NewOffer {
                title,
                kind,
                team: None,
                students: students?,
                school_year: None,
                period,
                sector,
                tag,
                topic,
                note: None,
            }),
            team,
        })
    }
}

/// The company that takes an offer from the school.
#[derive(Debug, Clone)]
pub struct TakeOfferForm {
    offer: Id,
    company: FieldId,
}

pub fn take_offer_form(offer: &crate::model::offers::Offer) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!(
        "form-take-offer",
        id = offer.id,
        title = offer.title.as_str()
    ));
    let company = form.add(Field::text("Company", "").with_hint("name or #id; it becomes that company's question"));
    (
        form,
        Purpose::TakeOffer(TakeOfferForm {
            offer: offer.id,
            company,
        }),
    )
}

impl TakeOfferForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let company = form.text(self.company);
        if company.trim().is_empty() {
            form.mark(self.company, Some(crate::t!("err-offer-which-company")));
            return None;
        }
        Some(Change::TakeOffer {
            offer: self.offer,
            company,
        })
    }
}
