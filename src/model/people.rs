//! Model types of people: what the store hands out and takes in, independent of SQL.

use super::Id;
use crate::domain::kinds::ContactRole;
use crate::domain::names::NameParts;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Default)]
pub struct NewPerson {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub notes: Option<String>,
    pub do_not_contact: bool,
    pub company: Option<Id>,
    pub role: Option<ContactRole>,
    pub title: Option<String>,
    /// The name's parts when the source keeps them apart (see
    /// [`crate::domain::names`]); `name` is then their Dutch join.
    pub given_name: Option<String>,
    pub infix: Option<String>,
    pub family_name: Option<String>,
    /// "Dhr.", "Mevr.", "ir.": never a job title.
    pub honorific: Option<String>,
    /// Their own page: a LinkedIn profile, a personal site.
    pub profile_url: Option<String>,
    /// Their department at the company ("Accounting").
    pub department: Option<String>,
    /// How a letter to them opens, when it is not the one kring derives.
    pub salutation: Option<String>,
    /// The AVG's basis for mailing them, and the day (consent given, or
    /// the interest recorded).
    pub mailing_basis: Option<(crate::domain::kinds::MailingBasis, NaiveDate)>,
}

/// A change to a person; `None` leaves a field alone, `Some("")` clears it.
/// `role`/`title` change their current employment(s).
#[derive(Debug, Clone, Default)]
pub struct PersonPatch {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub notes: Option<String>,
    pub do_not_contact: Option<bool>,
    pub role: Option<ContactRole>,
    pub title: Option<String>,
    /// The name's parts and how letters open (`Some("")` clears a part:
    /// it is derived from the name again).
    pub given_name: Option<String>,
    pub infix: Option<String>,
    pub family_name: Option<String>,
    pub honorific: Option<String>,
    pub salutation: Option<String>,
    /// `Some(None)`: no basis recorded any more.
    pub mailing_basis: Option<Option<(crate::domain::kinds::MailingBasis, NaiveDate)>>,
    /// The values the editor saw of the fields it changes (see
    /// [`super::edits`]).
    pub seen: Option<super::edits::Seen>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PersonRow {
    pub id: Id,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub company_id: Option<Id>,
    pub company: Option<String>,
    pub role: Option<String>,
    pub title: Option<String>,
    pub do_not_contact: bool,
}

/// A person as seen from one company: current or former contact.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Contact {
    pub id: Id,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub role: ContactRole,
    pub title: Option<String>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub current: bool,
    pub do_not_contact: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Employment {
    pub company_id: Id,
    pub company: String,
    pub role: ContactRole,
    pub title: Option<String>,
    pub department: Option<String>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub current: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Person {
    pub id: Id,
    pub name: String,
    /// Given name, tussenvoegsel and family name: as stored, or derived from
    /// the name when they never were.
    pub name_parts: NameParts,
    pub honorific: Option<String>,
    /// How a letter to them opens: as stored, or derived ("Beste Noëlle").
    pub salutation: String,
    pub profile_url: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub notes: Option<String>,
    pub do_not_contact: bool,
    pub employments: Vec<Employment>,
    pub created_at: String,
    pub updated_at: String,
    /// A former student of ours: the programme, and the year they finished.
    pub alumnus_programme: Option<String>,
    pub alumnus_year: Option<i64>,
    /// The AVG's basis for mailing them: `consent` or `legitimate_interest`
    /// (none: nothing recorded), and since when.
    pub mailing_basis: Option<String>,
    pub mailing_basis_on: Option<String>,
}

/// Whom an export of contacts reaches: people marked do-not-contact only
/// when asked for; with `basis_only`, only people with a recorded basis
/// for mailing them (AVG).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reach {
    pub include_do_not_contact: bool,
    pub basis_only: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PersonFilter {
    pub company: Option<Id>,
    /// Only alumni; of a programme containing this text when it is not empty.
    pub alumni: Option<String>,
    /// Matches anywhere in the name or e-mail (case/accent-insensitive).
    pub text: Option<String>,
    /// Only people in this role at a current job (praktijkopleider…).
    pub role: Option<crate::domain::kinds::ContactRole>,
    /// Only people with a topic containing this text.
    pub topic: Option<String>,
    /// Only people working now at a company with this tag.
    pub tag: Option<String>,
    /// Only those who asked not to be contacted (`Some(true)`), or only the others.
    pub do_not_contact: Option<bool>,
    /// Only people not named in any contact since this day.
    pub no_contact_since: Option<chrono::NaiveDate>,
    /// Only people with no recorded basis for mailing them.
    pub without_basis: bool,
    pub limit: Option<u32>,
    pub offset: u32,
}

/// A current contact person with their company's fields: one export row.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct ContactExport {
    pub person_id: Id,
    pub name: String,
    /// Given name, tussenvoegsel, family name: stored or derived.
    pub name_parts: NameParts,
    pub honorific: Option<String>,
    /// How a letter opens: stored, or derived from the name parts.
    pub salutation: String,
    /// When the person or their company last changed (the vCard's REV).
    pub updated_at: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub notes: Option<String>,
    pub role: ContactRole,
    pub title: Option<String>,
    pub company: String,
    pub kvk: Option<String>,
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub sector: Option<String>,
    pub website: Option<String>,
    /// The company's general address and number.
    pub company_email: Option<String>,
    pub company_phone: Option<String>,
    pub status: String,
    pub owner: Option<String>,
}

impl Person {
    /// The basis for mailing them, as a person reads it: "consent, given
    /// 12-03-2026", "legitimate interest (since …)", "none recorded".
    pub fn basis_said(&self) -> String {
        let on = self
            .mailing_basis_on
            .as_deref()
            .and_then(crate::domain::dates::from_iso)
            .map(crate::l10n::date)
            .unwrap_or_default();
        match self.mailing_basis.as_deref() {
            Some("consent") => crate::t!("basis-consent", on = on),
            Some(other) => crate::t!(
                "basis-other",
                basis = crate::domain::kinds::MailingBasis::parse(other)
                    .map_or_else(|_| other.to_string(), |b| b.display_label()),
                on = on
            ),
            None => crate::t!("basis-none"),
        }
    }
}
