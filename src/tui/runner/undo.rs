//! What takes a change back (`u`): read from the store before the change is
//! made — the follow-up's old date, the company's old fields, the rows of
//! what is deleted — or, where it is known only once made (a logged
//! interaction, an import), right after. An undo that would overwrite what a
//! colleague changed in between is refused like any conflicting edit.

use crate::domain::kinds::MailingBasis;
use crate::model::circles::AttendanceStatus;
use crate::model::companies::CompanyPatch;
use crate::model::people::PersonPatch;
use crate::model::Id;
use crate::store::Store;
use crate::tui::effect::{Change, TagChange};
use crate::Result;

/// The change that takes `change` back, read before it is made; `None`
/// where it is known only once made (see [`after`]) or nothing takes it back.
pub fn before(store: &Store, change: &Change) -> Result<Option<Change>> {
    Ok(match change {
        Change::Inbox(crate::tui::change::Decision::Reopen(_)) => None,
        Change::Inbox(decision) => Some(Change::Inbox(decision.undo())),
        Change::Archive {
            company,
            name,
            archived,
        } => Some(Change::Archive {
            company: *company,
            name: name.clone(),
            archived: !archived,
        }),
        Change::Complete { followup, what } => Some(Change::Reopen {
            followup: *followup,
            what: what.clone(),
        }),
        // Back to its date, even one in the past (which a snooze refuses);
        // only the date, so a colleague's new wording in between stands.
        Change::Snooze { followup, .. } => Some(Change::EditFollowup {
            id: *followup,
            due: store.followup(*followup)?.due,
            action: None,
            seen: None,
        }),
        Change::EditFollowup { id, .. } => {
            let before = store.followup(*id)?;
            Some(Change::EditFollowup {
                id: *id,
                due: before.due,
                action: Some(before.action),
                seen: None,
            })
        }
        Change::Reassign { followup, .. } => {
            let before = store.followup(*followup)?;
            before.staff_id.map(|to| Change::Reassign {
                followup: *followup,
                to,
                name: before.staff.unwrap_or_default(),
                seen: None,
            })
        }
        Change::Attend { meeting, person, .. } => {
            let before = store.invitees(*meeting)?.into_iter().find(|i| i.person_id == *person);
            let status = before
                .and_then(|i| i.status)
                .and_then(|s| AttendanceStatus::from_stored(&s));
            Some(match status {
                Some(status) => Change::Attend {
                    meeting: *meeting,
                    person: *person,
                    status,
                },
                // Not recorded before: the first mark is taken back whole.
                None => Change::Unattend {
                    meeting: *meeting,
                    person: *person,
                },
            })
        }
        Change::AddMember { circle, company } => Some(Change::RemoveMember {
            circle: *circle,
            company: store.resolve_company(company)?,
            name: company.clone(),
        }),
        Change::SetTeam { staff, .. } => {
            let name = store.team_of(*staff)?;
            let team = name.as_deref().map(|n| store.resolve_team(n)).transpose()?;
            Some(Change::SetTeam {
                staff: *staff,
                team,
                name: name.unwrap_or_else(|| crate::l10n::phrase("(none)").into_owned()),
            })
        }
        Change::DeleteInteraction(id) => Some(Change::Restore(Box::new(store.removable_interaction(*id)?))),
        Change::DeleteFollowup(id) => Some(Change::Restore(Box::new(store.removable_followup(*id)?))),
        // A record that is gone has no undo: the save says why it fails.
        Change::EditCompany(id, patch, name) => company_back(store, *id, patch)
            .ok()
            .map(|back| Change::EditCompany(*id, Box::new(back), name.clone())),
        Change::EditPerson(id, patch, name, topics) => person_back(store, *id, patch).ok().map(|back| {
            Change::EditPerson(
                *id,
                Box::new(back),
                name.clone(),
                Box::new(TagChange {
                    add: topics.remove.clone(),
                    remove: topics.add.clone(),
                }),
            )
        }),
        _ => None,
    })
}

/// The undo of a change whose record is known only once made: a logged
/// interaction (and the follow-up made with it), an import. For an edit,
/// the values it saved become what the undo expects to find.
pub fn after(store: &Store, change: &Change, made: Option<Id>, before: Option<Change>) -> Result<Option<Change>> {
    Ok(match (change, before) {
        (Change::Import(_), _) => made.map(|id| Change::UndoImport(Some(id))),
        (Change::Merge(_), _) => made.map(Change::UndoMerge),
        (Change::EditCompany(id, patch, _), Some(Change::EditCompany(back_id, mut back, name))) => {
            back.seen = Some(store.seen("company", *id, &edited_company_columns(patch))?);
            Some(Change::EditCompany(back_id, back, name))
        }
        (Change::EditPerson(id, patch, _, _), Some(Change::EditPerson(back_id, mut back, name, topics))) => {
            back.seen = Some(store.seen("person", *id, &edited_person_columns(patch))?);
            Some(Change::EditPerson(back_id, back, name, topics))
        }
        // A follow-up's date, wording or colleague as the change left them:
        // the undo is refused when someone changed them again since.
        (
            Change::Snooze { followup: id, .. } | Change::EditFollowup { id, .. },
            Some(Change::EditFollowup {
                id: back_id,
                due,
                action,
                ..
            }),
        ) => {
            let columns: &[&'static str] = match action {
                Some(_) => &["due_on", "action"],
                None => &["due_on"],
            };
            Some(Change::EditFollowup {
                id: back_id,
                due,
                action,
                seen: Some(Box::new(store.seen("followup", *id, columns)?)),
            })
        }
        (
            Change::Reassign { followup, .. },
            Some(Change::Reassign {
                followup: back_id,
                to,
                name,
                ..
            }),
        ) => Some(Change::Reassign {
            followup: back_id,
            to,
            name,
            seen: Some(Box::new(store.seen("followup", *followup, &["staff_id"])?)),
        }),
        (_, before) => before,
    })
}

/// The company's fields as they are, for each field the patch changes.
fn company_back(store: &Store, id: Id, patch: &CompanyPatch) -> Result<CompanyPatch> {
    let old = store.company(id)?;
    let text =
        |changed: &Option<String>, was: &Option<String>| changed.as_ref().map(|_| was.clone().unwrap_or_default());
    Ok(CompanyPatch {
        name: patch.name.as_ref().map(|_| old.name.clone()),
        kvk: text(&patch.kvk, &old.kvk),
        sector: text(&patch.sector, &old.sector),
        street: text(&patch.street, &old.street),
        postcode: text(&patch.postcode, &old.postcode),
        city: text(&patch.city, &old.city),
        website: text(&patch.website, &old.website),
        email: text(&patch.email, &old.email),
        phone: text(&patch.phone, &old.phone),
        source: text(&patch.source, &old.source),
        status: patch.status.map(|_| old.status),
        owner: patch.owner.and(old.owner_id),
        // 0: back to the status default.
        cadence_days: patch.cadence_days.map(|_| match old.cadence_is_default {
            true => 0,
            false => old.cadence_days.unwrap_or(0) as u32,
        }),
        motivation: text(&patch.motivation, &old.motivation),
        agreements: text(&patch.agreements, &old.agreements),
        recognised: patch.recognised.map(|_| old.recognised),
        kind: patch.kind.map(|_| old.kind),
        add_tags: patch.remove_tags.clone(),
        remove_tags: patch.add_tags.clone(),
        seen: None,
    })
}

fn edited_company_columns(patch: &CompanyPatch) -> Vec<&'static str> {
    [
        ("name", patch.name.is_some()),
        ("kvk", patch.kvk.is_some()),
        ("sector", patch.sector.is_some()),
        ("street", patch.street.is_some()),
        ("postcode", patch.postcode.is_some()),
        ("city", patch.city.is_some()),
        ("website", patch.website.is_some()),
        ("email", patch.email.is_some()),
        ("phone", patch.phone.is_some()),
        ("status", patch.status.is_some()),
        ("owner_id", patch.owner.is_some()),
        ("motivation", patch.motivation.is_some()),
        ("agreements", patch.agreements.is_some()),
        ("kind", patch.kind.is_some()),
    ]
    .into_iter()
    .filter_map(|(column, changed)| changed.then_some(column))
    .collect()
}

/// The person's fields (and job) as they are, for each field the patch changes.
fn person_back(store: &Store, id: Id, patch: &PersonPatch) -> Result<PersonPatch> {
    let old = store.person(id)?;
    let job = old.employments.iter().find(|e| e.current);
    let text =
        |changed: &Option<String>, was: &Option<String>| changed.as_ref().map(|_| was.clone().unwrap_or_default());
    Ok(PersonPatch {
        name: patch.name.as_ref().map(|_| old.name.clone()),
        email: text(&patch.email, &old.email),
        phone: text(&patch.phone, &old.phone),
        notes: text(&patch.notes, &old.notes),
        role: patch.role.and(job.map(|j| j.role)),
        title: text(&patch.title, &job.and_then(|j| j.title.clone())),
        mailing_basis: patch.mailing_basis.map(|_| {
            let basis = old.mailing_basis.as_deref().and_then(|b| MailingBasis::parse(b).ok());
            let on = old.mailing_basis_on.as_deref().and_then(crate::domain::dates::from_iso);
            basis.zip(on)
        }),
        ..PersonPatch::default()
    })
}

fn edited_person_columns(patch: &PersonPatch) -> Vec<&'static str> {
    [
        ("name", patch.name.is_some()),
        ("email", patch.email.is_some()),
        ("phone", patch.phone.is_some()),
        ("notes", patch.notes.is_some()),
        ("mailing_basis", patch.mailing_basis.is_some()),
    ]
    .into_iter()
    .filter_map(|(column, changed)| changed.then_some(column))
    .collect()
}
