//! Capture in the store: whose address is this, the proposals a capture run
//! makes, and the inbox where a person accepts or skips them.
//!
//! An address is a contact person's (their e-mail, at a company they work
//! at now) or, failing that, a company's by its own domain; the school's
//! own domain (its staff's addresses) is never a company's. Addresses that
//! match nobody are looked up and forgotten: nothing of them is written.

use super::db::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use super::domains::DomainIndex;
use super::interactions::insert_interaction;
use super::{audit, date_col, Ctx, Id, Store};
use crate::domain::capture::{note, Proposal};
use crate::domain::dates::iso;
use crate::domain::kinds::{CaptureSource, CaptureStatus, MatchedBy};
use crate::domain::matching::work_email_domain;
use crate::model::capture::{CaptureEdit, CaptureSaved, FolderMark, InboxEntry};
use crate::model::interactions::NewInteraction;
use crate::{Error, Result};
use std::collections::HashMap;

/// One company an address belongs to, and the contact person if it is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddressMatch {
    pub company: Id,
    pub person: Option<Id>,
}

/// Looks addresses up, remembering the answers for the run (in memory
/// only, and at most [`AddressBook::REMEMBERED`] of them). It reads in one
/// transaction: one snapshot for the whole mailbox, and no lock taken and
/// let go for each of its lookups.
pub struct AddressBook<'s> {
    conn: Transaction<'s>,
    domains: Option<DomainIndex>,
    own_domains: Vec<String>,
    known: HashMap<String, Vec<AddressMatch>>,
}

impl AddressBook<'_> {
    const REMEMBERED: usize = 100_000;

    /// The companies `address` belongs to: those where it is a current
    /// contact's, else the one company whose domain it has.
    pub fn find(&mut self, address: &str) -> Result<Vec<AddressMatch>> {
        if let Some(found) = self.known.get(address) {
            return Ok(found.clone());
        }
        let found = self.look_up(address)?;
        if self.known.len() >= Self::REMEMBERED {
            self.known.clear();
        }
        self.known.insert(address.to_string(), found.clone());
        Ok(found)
    }

    /// Whether an event's place is the company's own address (a visit,
    /// not a meeting): its street, as kring has it, is in the location.
    pub fn at_company(&self, company: Id, location: &str) -> Result<bool> {
        let street: Option<String> = self
            .conn
            .prepare_cached("SELECT street FROM company WHERE id = ?1")?
            .query_row([company], |r| r.get(0))?;
        let location = crate::domain::fold::fold(location);
        Ok(street
            .map(|s| crate::domain::fold::fold(&s))
            .is_some_and(|street| street.len() >= 4 && location.contains(&street)))
    }

    /// The addresses of the staff member whose mail or calendar this is.
    pub fn owner_addresses(&self, staff: Option<Id>) -> Result<Vec<String>> {
        let Some(staff) = staff else { return Ok(vec![]) };
        let email: Option<String> = self
            .conn
            .prepare_cached("SELECT email FROM staff WHERE id = ?1")?
            .query_row([staff], |r| r.get(0))
            .optional()?
            .flatten();
        Ok(email.map(|e| e.trim().to_lowercase()).into_iter().collect())
    }

    fn look_up(&mut self, address: &str) -> Result<Vec<AddressMatch>> {
        let people: Vec<AddressMatch> = self
            .conn
            .prepare_cached(
                "SELECT p.id, e.company_id FROM person p
                   JOIN employment e ON e.person_id = p.id AND e.ended_on IS NULL
                   JOIN company c ON c.id = e.company_id AND c.archived = 0
                  WHERE lower(p.email) = ?1",
            )?
            .query_map([address], |r| {
                Ok(AddressMatch {
                    person: Some(r.get(0)?),
                    company: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        if !people.is_empty() {
            return Ok(people);
        }
        let Some(domain) = work_email_domain(address) else {
            return Ok(vec![]);
        };
        if self.own_domains.contains(&domain) {
            return Ok(vec![]);
        }
        if self.domains.is_none() {
            self.domains = Some(DomainIndex::read(&self.conn)?);
        }
        let index = self.domains.as_ref().expect("read above");
        Ok(index
            .company(&domain)
            .map(|company| AddressMatch { company, person: None })
            .into_iter()
            .collect())
    }
}

impl Store {
    /// An address book for one capture run.
    pub fn address_book(&mut self) -> Result<AddressBook<'_>> {
        let conn = self.conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
        let mut own_domains: Vec<String> = conn
            .prepare("SELECT email FROM staff WHERE email IS NOT NULL")?
            .query_map([], |r| r.get::<_, String>(0))?
            .filter_map(|email| email.ok().and_then(|e| work_email_domain(&e)))
            .collect();
        own_domains.sort();
        own_domains.dedup();
        Ok(AddressBook {
            conn,
            domains: None,
            own_domains,
            known: HashMap::new(),
        })
    }

    /// The names a dry run shows a proposal with: its company's and its
    /// people's (one cached statement each: a large mailbox has thousands).
    pub fn proposal_names(&self, company: Id, persons: &[Id]) -> Result<(String, Vec<String>)> {
        let company = self
            .conn()
            .prepare_cached("SELECT name FROM company WHERE id = ?1")?
            .query_row([company], |r| r.get(0))?;
        let mut stmt = self.conn().prepare_cached("SELECT name FROM person WHERE id = ?1")?;
        let persons = persons
            .iter()
            .map(|id| stmt.query_row([id], |r| r.get(0)))
            .collect::<Result<_>>()?;
        Ok((company, persons))
    }

    /// Where the last capture from an IMAP folder stopped: its UIDVALIDITY
    /// and the last UID read.
    pub fn capture_folder(&self, folder: &str) -> Result<Option<(u32, u32)>> {
        self.conn()
            .prepare_cached("SELECT uid_validity, last_uid FROM capture_folder WHERE folder = ?1")?
            .query_row([folder], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
    }

    /// How many of these message keys were captured or skipped before (for
    /// a dry run, which writes nothing).
    pub fn captured_before(&self, keys: &[String]) -> Result<usize> {
        Ok(keys.len() - unseen_keys(self.conn(), keys)?.len())
    }

    /// Put a run's proposals in the inbox of `staff` (the mailbox's owner),
    /// in one transaction: messages seen before are left out, messages of a
    /// thread already proposed for that company and day join it. With
    /// `auto`, what matched a contact person is accepted at once.
    pub fn save_captures(
        &mut self,
        proposals: Vec<Proposal>,
        staff: Option<Id>,
        auto: bool,
        marks: &[FolderMark<'_>],
    ) -> Result<CaptureSaved> {
        self.write(|tx, ctx| {
            for mark in marks {
                tx.prepare_cached(
                    "INSERT INTO capture_folder (folder, staff_id, uid_validity, last_uid, read_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (folder) DO UPDATE SET staff_id = excluded.staff_id,
                        uid_validity = excluded.uid_validity, last_uid = excluded.last_uid, read_at = excluded.read_at",
                )?
                .execute(params![mark.folder, staff, mark.uid_validity, mark.last_uid, ctx.now])?;
            }
            let mut saved = CaptureSaved::default();
            for mut proposal in proposals {
                let fresh = unseen_keys(tx, &proposal.keys)?;
                saved.already += proposal.keys.len() - fresh.len();
                if fresh.is_empty() {
                    continue;
                }
                proposal.items = fresh.len() as u32;
                proposal.keys = fresh;
                if let Some(id) = join_earlier(tx, &proposal, staff)? {
                    saved.joined += proposal.keys.len();
                    remember_keys(tx, id, &proposal.keys)?;
                    continue;
                }
                let id = insert_capture(tx, ctx, &proposal, staff)?;
                saved.proposed += 1;
                if auto && proposal.matched_by == MatchedBy::Person {
                    saved.accepted.push(accept(tx, ctx, id, &CaptureEdit::default())?);
                }
            }
            Ok(saved)
        })
    }

    /// The inbox: open proposals, newest first — of the acting staff
    /// member's mail and calendar, or everyone's with `everyone` (or when
    /// nobody is known to be acting, on a file of one's own).
    pub fn inbox(&self, everyone: bool) -> Result<Vec<InboxEntry>> {
        self.inbox_of(self.actor().filter(|_| !everyone))
    }

    /// The open proposals of `staff`'s mail and calendar (everyone's with
    /// none), newest first.
    pub fn inbox_of(&self, staff: Option<Id>) -> Result<Vec<InboxEntry>> {
        let mine = staff;
        let mut stmt = self.conn().prepare_cached(&format!(
            "{INBOX_SELECT} WHERE c.status = 'open' AND (CAST(?1 AS BIGINT) IS NULL OR c.staff_id = ?1)
              ORDER BY c.occurred_on DESC, c.id DESC"
        ))?;
        let entries: Vec<InboxEntry> = stmt.query_map([mine], inbox_row)?.collect::<rusqlite::Result<_>>()?;
        entries.into_iter().map(|e| with_persons(self.conn(), e)).collect()
    }

    /// One proposal, whatever became of it.
    pub fn capture(&self, id: Id) -> Result<InboxEntry> {
        capture_entry(self.conn(), id)
    }

    /// How many proposals wait in `staff`'s inbox (everyone's with none).
    pub fn inbox_count_of(&self, staff: Option<Id>) -> Result<u64> {
        let n: i64 = self
            .conn()
            .prepare_cached(INBOX_COUNT)?
            .query_row([staff], |r| r.get(0))?;
        Ok(n as u64)
    }

    /// Accept proposals as they are (or one with `edit`'s changes), in one
    /// transaction: each becomes an interaction that remembers where it
    /// came from. Answers the interactions' ids.
    pub fn accept_captures(&mut self, ids: &[Id], edit: &CaptureEdit) -> Result<Vec<Id>> {
        self.write(|tx, ctx| ids.iter().map(|id| accept(tx, ctx, *id, edit)).collect())
    }

    /// Skip proposals: they leave the inbox and are never proposed again.
    pub fn skip_captures(&mut self, ids: &[Id]) -> Result<()> {
        self.write(|tx, ctx| {
            for &id in ids {
                let entry = open_entry(tx, ctx, id)?;
                tx.execute(
                    "UPDATE capture SET status = 'skipped', decided_at = ?2 WHERE id = ?1",
                    params![id, ctx.now],
                )?;
                audit::record(
                    tx,
                    ctx,
                    "capture",
                    id,
                    "skip",
                    serde_json::json!({ "company": entry.company_id }),
                )?;
            }
            Ok(())
        })
    }

    /// Take decisions back, in one transaction: a skipped proposal is open
    /// again; an accepted one is open again and the interaction it became
    /// is deleted.
    pub fn reopen_captures(&mut self, ids: &[Id]) -> Result<()> {
        self.write(|tx, ctx| ids.iter().try_for_each(|id| reopen(tx, ctx, *id)))
    }
}

fn reopen(tx: &Connection, ctx: &Ctx, id: Id) -> Result<()> {
    let entry = capture_entry(tx, id)?;
    ensure_mine(ctx, tx, id)?;
    if let Some(interaction) = entry.interaction {
        tx.execute("DELETE FROM interaction WHERE id = ?1", [interaction])?;
        audit::record(
            tx,
            ctx,
            "interaction",
            interaction,
            "delete",
            serde_json::json!({ "company": entry.company_id, "on": iso(entry.on), "kind": entry.kind }),
        )?;
    }
    tx.execute(
        "UPDATE capture SET status = 'open', decided_at = NULL, interaction_id = NULL WHERE id = ?1",
        [id],
    )?;
    audit::record(
        tx,
        ctx,
        "capture",
        id,
        "reopen",
        serde_json::json!({ "company": entry.company_id }),
    )
}

fn unseen_keys(conn: &Connection, keys: &[String]) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT 1 FROM capture_seen WHERE key = ?1")?;
    let mut fresh = Vec::new();
    for key in keys {
        if stmt.query_row([key], |_| Ok(())).optional()?.is_none() {
            fresh.push(key.clone());
        }
    }
    Ok(fresh)
}

fn remember_keys(conn: &Connection, capture: Id, keys: &[String]) -> Result<()> {
    let mut stmt =
        conn.prepare_cached("INSERT INTO capture_seen (key, capture_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")?;
    for key in keys {
        stmt.execute(params![key, capture])?;
    }
    Ok(())
}

/// An earlier run's proposal of the same thread, company, day and inbox:
/// the new messages join it (counted and their people added while it is
/// open; an accepted or skipped one only remembers them).
fn join_earlier(conn: &Connection, proposal: &Proposal, staff: Option<Id>) -> Result<Option<Id>> {
    let earlier: Option<(Id, CaptureStatus)> = conn
        .prepare_cached(
            "SELECT id, status FROM capture
              WHERE thread = ?1 AND company_id = ?2 AND occurred_on = ?3 AND source = ?4
                AND coalesce(staff_id, 0) = coalesce(?5, 0)",
        )?
        .query_row(
            params![
                proposal.thread,
                proposal.company,
                iso(proposal.on),
                proposal.source,
                staff
            ],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((id, status)) = earlier else {
        return Ok(None);
    };
    if status == CaptureStatus::Open {
        conn.prepare_cached(
            "UPDATE capture SET items = items + ?2,
                    matched_by = CASE WHEN ?3 = 'person' THEN 'person' ELSE matched_by END
              WHERE id = ?1",
        )?
        .execute(params![id, proposal.items, proposal.matched_by])?;
        link_people(conn, id, &proposal.persons)?;
    }
    Ok(Some(id))
}

fn link_people(conn: &Connection, capture: Id, persons: &[Id]) -> Result<()> {
    let mut stmt = conn
        .prepare_cached("INSERT INTO capture_person (capture_id, person_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")?;
    for person in persons {
        stmt.execute(params![capture, person])?;
    }
    Ok(())
}

pub(crate) fn insert_capture(conn: &Connection, ctx: &Ctx, proposal: &Proposal, staff: Option<Id>) -> Result<Id> {
    conn.prepare_cached(
        "INSERT INTO capture (source, occurred_on, company_id, staff_id, kind, subject, items, matched_by,
                              thread, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        proposal.source,
        iso(proposal.on),
        proposal.company,
        staff,
        proposal.kind,
        proposal.subject,
        proposal.items,
        proposal.matched_by,
        proposal.thread,
        ctx.now
    ])?;
    let id = conn.last_insert_rowid()?;
    link_people(conn, id, &proposal.persons)?;
    remember_keys(conn, id, &proposal.keys)?;
    Ok(id)
}

/// A proposal still open, in the acting staff member's own inbox.
fn open_entry(conn: &Connection, ctx: &Ctx, id: Id) -> Result<InboxEntry> {
    let entry = capture_entry(conn, id)?;
    ensure_mine(ctx, conn, id)?;
    if entry.status != CaptureStatus::Open {
        return Err(Error::invalid(crate::t!(
            "err-capture-decided",
            id = id,
            status = entry.status.display_label()
        )));
    }
    Ok(entry)
}

/// A proposal from a colleague's mailbox is theirs to decide: it would be
/// logged as their contact.
fn ensure_mine(ctx: &Ctx, conn: &Connection, id: Id) -> Result<()> {
    let (owner, name): (Option<Id>, Option<String>) = conn.query_row(
        "SELECT c.staff_id, s.name FROM capture c LEFT JOIN staff s ON s.id = c.staff_id WHERE c.id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    match (owner, ctx.actor) {
        (Some(owner), Some(me)) if owner != me => Err(Error::Forbidden(crate::t!(
            "err-capture-not-yours",
            id = id,
            name = name.unwrap_or_default()
        ))),
        _ => Ok(()),
    }
}

fn accept(conn: &Connection, ctx: &Ctx, id: Id, edit: &CaptureEdit) -> Result<Id> {
    let entry = open_entry(conn, ctx, id)?;
    let logged = insert_interaction(
        conn,
        ctx,
        &NewInteraction {
            company: entry.company_id,
            kind: edit.kind.unwrap_or(entry.kind),
            on: edit.on.unwrap_or(entry.on),
            persons: edit.persons.clone().unwrap_or_else(|| entry.person_ids.clone()),
            summary: edit.note.clone().unwrap_or_else(|| entry.note.clone()),
            outcome: None,
            staff: None,
            followup: None,
            rating: None,
        },
    )?;
    let interaction = logged.interaction;
    conn.execute(
        "UPDATE interaction SET captured_from = ?2 WHERE id = ?1",
        params![interaction, entry.source],
    )?;
    conn.execute(
        "UPDATE capture SET status = 'accepted', decided_at = ?2, interaction_id = ?3 WHERE id = ?1",
        params![id, ctx.now, interaction],
    )?;
    audit::record(
        conn,
        ctx,
        "interaction",
        interaction,
        "accept",
        serde_json::json!({ "company": entry.company_id, "from": entry.source }),
    )?;
    Ok(interaction)
}

const INBOX_SELECT: &str = "
    SELECT c.id, c.source, c.occurred_on, c.company_id, co.name, c.kind, c.subject, c.items, c.matched_by,
           c.status, s.name, c.interaction_id
      FROM capture c JOIN company co ON co.id = c.company_id LEFT JOIN staff s ON s.id = c.staff_id";

fn inbox_row(r: &super::db::Row) -> rusqlite::Result<InboxEntry> {
    let source: CaptureSource = r.get(1)?;
    let subject: String = r.get(6)?;
    let items: u32 = r.get(7)?;
    Ok(InboxEntry {
        id: r.get(0)?,
        source,
        on: date_col(r, 2)?.unwrap_or_default(),
        company_id: r.get(3)?,
        company: r.get(4)?,
        person_ids: vec![],
        persons: vec![],
        kind: r.get(5)?,
        note: note(source, items, &subject),
        subject,
        items,
        matched_by: r.get(8)?,
        status: r.get(9)?,
        staff: r.get(10)?,
        interaction: r.get(11)?,
    })
}

fn with_persons(conn: &Connection, mut entry: InboxEntry) -> Result<InboxEntry> {
    let people: Vec<(Id, String)> = conn
        .prepare_cached(
            "SELECT p.id, p.name FROM capture_person cp JOIN person p ON p.id = cp.person_id
              WHERE cp.capture_id = ?1 ORDER BY p.sort_key, p.id",
        )?
        .query_map([entry.id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    (entry.person_ids, entry.persons) = people.into_iter().unzip();
    Ok(entry)
}

fn capture_entry(conn: &Connection, id: Id) -> Result<InboxEntry> {
    let entry = conn
        .query_row(&format!("{INBOX_SELECT} WHERE c.id = ?1"), [id], inbox_row)
        .optional()?
        .ok_or_else(|| Error::not_found("proposal", format!("#{id}")))?;
    with_persons(conn, entry)
}

/// How many proposals wait in `?1`'s inbox (everyone's when null).
pub(super) const INBOX_COUNT: &str =
    "SELECT count(*) FROM capture WHERE status = 'open' AND (CAST(?1 AS BIGINT) IS NULL OR staff_id = ?1)";
