//! One change to the marked companies (`B` on Companies): tags, status,
//! owner, cadence. Submitting shows what it would do first (a dry run) and
//! asks; `u` takes the whole change back.

use super::Purpose;
use crate::domain::kinds::CompanyStatus;
use crate::model::bulk_changes::BulkChange;
use crate::model::staff::StaffRow;
use crate::model::Id;
use crate::tui::change::{BulkOrder, CadenceOf, Change};
use crate::tui::widgets::form::{Choice, Field, FieldId, Form};

#[derive(Debug, Clone)]
pub struct BulkForm {
    companies: Vec<Id>,
    add_tags: FieldId,
    remove_tags: FieldId,
    status: Choice<Option<CompanyStatus>>,
    owner: Choice<Option<Id>>,
    cadence: FieldId,
}

pub fn bulk_form(companies: Vec<Id>, staff: &[StaffRow]) -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-bulk", companies = companies.len()));
    let unchanged = || crate::l10n::phrase("(unchanged)").into_owned();
    let mut statuses = vec![("unchanged".to_string(), unchanged(), None)];
    statuses.extend(
        CompanyStatus::ALL
            .iter()
            .map(|s| (s.as_str().to_string(), s.display_label(), Some(*s))),
    );
    let mut owners = vec![(unchanged(), None)];
    owners.extend(staff.iter().filter(|s| s.active).map(|s| (s.name.clone(), Some(s.id))));
    let f = &mut form;
    let add_tags = f.add(Field::text("Add tags", "").with_hint("comma-separated: stagebedrijf, horeca"));
    let remove_tags = f.add(Field::text("Remove tags", "").with_hint("comma-separated"));
    let status = Choice::add_showing(f, "Status", statuses, 0);
    let owner = Choice::add(f, "Owner", owners, 0);
    let cadence = f.add(Field::text("Cadence", "").with_hint("days; empty: unchanged; 0: the status default"));
    let purpose = BulkForm {
        companies,
        add_tags,
        remove_tags,
        status,
        owner,
        cadence,
    };
    (form, Purpose::Bulk(purpose))
}

fn tags(form: &Form, id: FieldId) -> Vec<String> {
    form.text(id)
        .split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

impl BulkForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let cadence = super::count(form, self.cadence, "form-err-number")?;
        let change = BulkChange {
            add_tags: tags(form, self.add_tags),
            remove_tags: tags(form, self.remove_tags),
            status: self.status.chosen(form)?,
            owner: self.owner.chosen(form)?,
            cadence_days: cadence,
        };
        if change.is_empty() {
            form.mark(self.add_tags, Some(crate::t!("form-err-bulk-nothing")));
            return None;
        }
        Some(Change::Bulk(Box::new(BulkOrder {
            companies: self.companies.clone(),
            change,
            changed: 0,
        })))
    }
}

/// A tag's or a kind's cadence (`K` on Companies): `kring cadence`.
#[derive(Debug, Clone)]
pub struct CadenceForm {
    group: FieldId,
    days: FieldId,
}

pub fn cadence_form() -> (Form, Purpose) {
    let mut form = Form::titled(crate::t!("form-cadence"));
    let group = form.add(Field::text("Group", "").with_hint("tag:stagebedrijf or kind:association"));
    let days = form.add(Field::text("Every", "").with_hint("days; empty: no cadence of its own"));
    (form, Purpose::Cadence(CadenceForm { group, days }))
}

impl CadenceForm {
    pub(super) fn submit(&self, form: &mut Form) -> Option<Change> {
        let days = super::count(form, self.days, "form-err-number")?;
        let group = form.text(self.group);
        let read = match group.split_once(':') {
            Some((key, tag)) if matches!(key.trim(), "tag" | "label") && !tag.trim().is_empty() => {
                Some(CadenceOf::Tag(tag.trim().to_string()))
            }
            Some((key, kind)) if matches!(key.trim(), "kind" | "soort") => {
                crate::domain::kinds::OrganisationKind::parse(kind.trim())
                    .ok()
                    .map(CadenceOf::Kind)
            }
            _ => None,
        };
        let Some(of) = read else {
            form.mark(self.group, Some(crate::t!("form-err-cadence-group", given = group)));
            return None;
        };
        Some(Change::SetCadence {
            of,
            days: days.filter(|d| *d > 0),
        })
    }
}
