//! Where the school meets companies: memberships of associations, staff
//! members' roles in organisations and work at companies (a hybrid
//! teacher), and who opened the door to a company or a person.

use super::{audit, date_col, Ctx, Id, Store};
use crate::domain::dates::{iso, school_year_of};
use crate::domain::kinds::AffiliationKind;
use crate::domain::validate;
use crate::model::network::{
    Affiliation, CompanyTies, EndedTies, Introduced, Introducer, Introduction, Membership, Network, NetworkMember,
    NewIntroduction, OrganisationRow,
};
use crate::store::db::{params, Connection, OptionalExtension};
use crate::{Error, Result};
use chrono::NaiveDate;

const MEMBERSHIP: &str = "
    SELECT m.id, m.organisation_id, o.name, m.company_id, c.name, m.started_on, m.ended_on
      FROM membership m JOIN company o ON o.id = m.organisation_id JOIN company c ON c.id = m.company_id";

fn membership(r: &crate::store::db::Row) -> rusqlite::Result<Membership> {
    Ok(Membership {
        id: r.get(0)?,
        organisation_id: r.get(1)?,
        organisation: r.get(2)?,
        company_id: r.get(3)?,
        company: r.get(4)?,
        started_on: date_col(r, 5)?,
        ended_on: date_col(r, 6)?,
    })
}

const AFFILIATION: &str = "
    SELECT a.id, a.staff_id, s.name, a.company_id, c.name, a.kind, a.title, a.started_on, a.ended_on
      FROM staff_affiliation a JOIN staff s ON s.id = a.staff_id JOIN company c ON c.id = a.company_id";

fn affiliation(r: &crate::store::db::Row) -> rusqlite::Result<Affiliation> {
    Ok(Affiliation {
        id: r.get(0)?,
        staff_id: r.get(1)?,
        staff: r.get(2)?,
        company_id: r.get(3)?,
        company: r.get(4)?,
        kind: r.get(5)?,
        title: r.get(6)?,
        started_on: date_col(r, 7)?,
        ended_on: date_col(r, 8)?,
    })
}

const INTRODUCTION: &str = "
    SELECT i.id, i.company_id, c.name, i.person_id, p.name,
           CASE WHEN i.by_person_id IS NOT NULL THEN 'person'
                WHEN i.by_staff_id IS NOT NULL THEN 'staff' ELSE 'organisation' END,
           coalesce(i.by_person_id, i.by_staff_id, i.by_company_id),
           coalesce(bp.name, bs.name, bc.name), i.introduced_on, i.note
      FROM introduction i
      LEFT JOIN company c ON c.id = i.company_id LEFT JOIN person p ON p.id = i.person_id
      LEFT JOIN person bp ON bp.id = i.by_person_id LEFT JOIN staff bs ON bs.id = i.by_staff_id
      LEFT JOIN company bc ON bc.id = i.by_company_id";

fn introduction(r: &crate::store::db::Row) -> rusqlite::Result<Introduction> {
    Ok(Introduction {
        id: r.get(0)?,
        company_id: r.get(1)?,
        company: r.get(2)?,
        person_id: r.get(3)?,
        person: r.get(4)?,
        by_kind: r.get(5)?,
        by_id: r.get(6)?,
        by: r.get(7)?,
        introduced_on: date_col(r, 8)?,
        note: r.get(9)?,
    })
}

impl Store {
    /// `company` becomes a member of `organisation` (since a day, if known).
    pub fn join_organisation(&mut self, organisation: Id, company: Id, since: Option<NaiveDate>) -> Result<Id> {
        self.write(|tx, ctx| join_in(tx, ctx, organisation, company, since))
    }

    /// The company's current membership of `organisation` ends on `on`.
    pub fn leave_organisation(&mut self, organisation: Id, company: Id, on: NaiveDate) -> Result<()> {
        self.write(|tx, ctx| leave_in(tx, ctx, organisation, company, on))
    }

    /// A staff member's role in an organisation, or work at a company.
    pub fn add_affiliation(
        &mut self,
        staff: Id,
        company: Id,
        kind: AffiliationKind,
        title: Option<&str>,
        since: Option<NaiveDate>,
    ) -> Result<Id> {
        self.write(|tx, ctx| affiliate_in(tx, ctx, staff, company, kind, title, since))
    }

    /// The staff member's current ties of `kind` with the company end on `on`.
    pub fn end_affiliation(&mut self, staff: Id, company: Id, kind: AffiliationKind, on: NaiveDate) -> Result<()> {
        self.write(|tx, ctx| unaffiliate_in(tx, ctx, staff, company, kind, on))
    }

    /// A company's membership, introduction, another school's ask and a
    /// colleague's tie, in one transaction: all of them or none.
    pub fn record_ties(&mut self, company: Id, ties: &CompanyTies) -> Result<()> {
        self.write(|tx, ctx| {
            if let Some(organisation) = ties.member_of {
                join_in(tx, ctx, organisation, company, None)?;
            }
            if let Some(by) = ties.introduced_by {
                let new = NewIntroduction {
                    introduced: Introduced::Company(company),
                    by,
                    on: None,
                    note: None,
                };
                introduce_in(tx, ctx, new)?;
            }
            if let Some(school) = &ties.asked_by {
                super::asks::outside_ask_in(tx, ctx, company, ctx.today, school, None)?;
            }
            if let Some((staff, kind, title)) = &ties.colleague {
                affiliate_in(tx, ctx, *staff, company, *kind, title.as_deref(), None)?;
            }
            Ok(())
        })
    }

    /// A membership and a colleague's tie end, in one transaction.
    pub fn end_ties(&mut self, company: Id, ended: &EndedTies) -> Result<()> {
        self.write(|tx, ctx| {
            if let Some(organisation) = ended.member_of {
                leave_in(tx, ctx, organisation, company, ended.on)?;
            }
            if let Some((staff, kind)) = ended.colleague {
                unaffiliate_in(tx, ctx, staff, company, kind, ended.on)?;
            }
            Ok(())
        })
    }

    /// Mark a person an alumnus of a programme (and the year they
    /// finished); no programme: not an alumnus.
    pub fn set_alumnus(&mut self, person: Id, programme: Option<&str>, year: Option<i32>) -> Result<()> {
        let programme = validate::optional(programme);
        if let Some(year) = year {
            validate::in_range("alumnus year", i64::from(year), 1900, 2999)?;
        }
        let year = year.filter(|_| programme.is_some());
        self.write(|tx, ctx| {
            tx.execute(
                "UPDATE person SET alumnus_programme = ?2, alumnus_year = ?3, updated_at = ?4 WHERE id = ?1",
                params![person, programme, year, ctx.now],
            )?;
            audit::record(
                tx,
                ctx,
                "person",
                person,
                "update",
                serde_json::json!({ "fields": ["alumnus_programme", "alumnus_year"] }),
            )
        })
    }

    /// Companies where an alumnus (of a programme containing `programme`;
    /// any when it is empty) works now.
    pub fn alumni_companies(&self, programme: &str) -> Result<Vec<Id>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT e.company_id FROM person p
               JOIN employment e ON e.person_id = p.id AND e.ended_on IS NULL
              WHERE p.alumnus_programme IS NOT NULL AND instr(lower(p.alumnus_programme), ?1) > 0",
        )?;
        let rows = stmt.query_map([crate::domain::fold::fold(programme.trim())], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Record who opened the door to a company or a person.
    pub fn add_introduction(&mut self, new: NewIntroduction) -> Result<Id> {
        self.write(|tx, ctx| introduce_in(tx, ctx, new))
    }

    /// Who opened the door to a company, or to one of its people.
    pub fn introductions_of_company(&self, company: Id) -> Result<Vec<Introduction>> {
        self.introductions(
            "i.company_id = ?1 OR i.person_id IN (SELECT person_id FROM employment WHERE company_id = ?1)",
            company,
        )
    }

    /// Who opened the door to a person.
    pub fn introductions_of_person(&self, person: Id) -> Result<Vec<Introduction>> {
        self.introductions("i.person_id = ?1", person)
    }

    fn introductions(&self, condition: &str, id: Id) -> Result<Vec<Introduction>> {
        let sql = format!("{INTRODUCTION} WHERE {condition} ORDER BY i.introduced_on, i.id");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([id], introduction)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Organisations a company is (or was) a member of, and its own members.
    pub fn memberships_of(&self, company: Id) -> Result<Vec<Membership>> {
        let sql = format!(
            "{MEMBERSHIP} WHERE m.company_id = ?1 OR m.organisation_id = ?1
              ORDER BY m.ended_on IS NOT NULL, o.name_fold, c.name_fold, m.id"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([company], membership)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Staff members with a role in the organisation or work at it.
    pub fn affiliations_at(&self, company: Id) -> Result<Vec<Affiliation>> {
        self.affiliations("a.company_id = ?1", company)
    }

    /// A staff member's roles in organisations and work at companies.
    pub fn affiliations_of(&self, staff: Id) -> Result<Vec<Affiliation>> {
        self.affiliations("a.staff_id = ?1", staff)
    }

    fn affiliations(&self, condition: &str, id: Id) -> Result<Vec<Affiliation>> {
        let sql =
            format!("{AFFILIATION} WHERE {condition} ORDER BY a.ended_on IS NOT NULL, s.name_fold, c.name_fold, a.id");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([id], affiliation)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Organisations that are not companies, and any with members, by name.
    pub fn organisations(&self) -> Result<Vec<OrganisationRow>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.id, c.name, c.kind,
                    (SELECT count(*) FROM membership m WHERE m.organisation_id = c.id AND m.ended_on IS NULL),
                    (SELECT string_agg(s.name, '\u{1f}') FROM staff_affiliation a JOIN staff s ON s.id = a.staff_id
                      WHERE a.company_id = c.id AND a.ended_on IS NULL)
               FROM company c
              WHERE c.archived = 0
                AND (c.kind <> 'company' OR c.id IN (SELECT organisation_id FROM membership))
              ORDER BY c.name_fold, c.id",
        )?;
        let rows = stmt.query_map([], |r| {
            let staff: Option<String> = r.get(4)?;
            Ok(OrganisationRow {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: r.get(2)?,
                members: r.get(3)?,
                staff: staff
                    .map(|s| s.split('\u{1f}').map(str::to_string).collect())
                    .unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// `kring network ORG`: its members with what we do with them this
    /// school year, the staff tied to it, the doors it opened.
    pub fn network(&self, organisation: Id) -> Result<Network> {
        let org = self.company(organisation)?;
        let school_year = school_year_of(self.today());
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.id, c.name, c.kind, c.status, s.name, m.started_on, m.ended_on, c.last_contact_on,
                    (SELECT count(*) FROM engagement e
                      WHERE e.company_id = c.id AND e.school_year = ?2 AND e.status <> 'cancelled'),
                    (SELECT coalesce(sum(CASE WHEN p.offered > p.filled THEN p.offered - p.filled ELSE 0 END), 0)
                       FROM place p WHERE p.company_id = c.id AND p.school_year = ?2)
               FROM membership m JOIN company c ON c.id = m.company_id LEFT JOIN staff s ON s.id = c.owner_id
              WHERE m.organisation_id = ?1
              ORDER BY m.ended_on IS NOT NULL, c.name_fold, c.id, m.id",
        )?;
        let members = stmt
            .query_map(params![organisation, school_year], |r| {
                Ok(NetworkMember {
                    company_id: r.get(0)?,
                    company: r.get(1)?,
                    kind: r.get(2)?,
                    status: r.get(3)?,
                    owner: r.get(4)?,
                    since: date_col(r, 5)?,
                    until: date_col(r, 6)?,
                    last_contact: date_col(r, 7)?,
                    collaborations: r.get(8)?,
                    places_open: r.get(9)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let member_of = self
            .memberships_of(organisation)?
            .into_iter()
            .filter(|m| m.company_id == organisation)
            .collect();
        Ok(Network {
            organisation_id: organisation,
            organisation: org.name,
            kind: org.kind,
            school_year,
            members,
            staff: self.affiliations_at(organisation)?,
            introduced: self.introductions("i.by_company_id = ?1", organisation)?,
            member_of,
        })
    }
}

/// Whether the company is a current member of the organisation, and since when.
fn current_membership(conn: &Connection, organisation: Id, company: Id) -> Result<Option<Option<String>>> {
    conn.query_row(
        "SELECT started_on FROM membership
              WHERE organisation_id = ?1 AND company_id = ?2 AND ended_on IS NULL",
        params![organisation, company],
        |r| r.get(0),
    )
    .optional()
}

pub(crate) fn join_in(
    tx: &Connection,
    ctx: &Ctx,
    organisation: Id,
    company: Id,
    since: Option<NaiveDate>,
) -> Result<Id> {
    if organisation == company {
        return Err(Error::invalid(crate::t!("err-member-of-itself")));
    }
    match current_membership(tx, organisation, company)? {
        Some(Some(since)) => {
            return Err(Error::invalid(crate::t!("err-already-org-member", since = since)));
        }
        Some(None) => return Err(Error::invalid(crate::t!("err-already-org-member-undated"))),
        None => {}
    }
    tx.execute(
        "INSERT INTO membership (organisation_id, company_id, started_on, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![organisation, company, since.map(iso), ctx.now],
    )?;
    let id = tx.last_insert_rowid()?;
    audit::record(
        tx,
        ctx,
        "company",
        company,
        "join",
        serde_json::json!({ "organisation": organisation, "membership": id }),
    )?;
    Ok(id)
}

pub(crate) fn leave_in(tx: &Connection, ctx: &Ctx, organisation: Id, company: Id, on: NaiveDate) -> Result<()> {
    let ended = tx.execute(
        "UPDATE membership SET ended_on = ?3 WHERE organisation_id = ?1 AND company_id = ?2 AND ended_on IS NULL",
        params![organisation, company, iso(on)],
    )?;
    if ended == 0 {
        return Err(Error::invalid(crate::t!("err-not-a-member")));
    }
    audit::record(
        tx,
        ctx,
        "company",
        company,
        "leave",
        serde_json::json!({ "organisation": organisation }),
    )
}

pub(crate) fn affiliate_in(
    tx: &Connection,
    ctx: &Ctx,
    staff: Id,
    company: Id,
    kind: AffiliationKind,
    title: Option<&str>,
    since: Option<NaiveDate>,
) -> Result<Id> {
    let title = title.map(|t| validate::name("title", t)).transpose()?;
    tx.execute(
        "INSERT INTO staff_affiliation (staff_id, company_id, kind, title, started_on, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![staff, company, kind.as_str(), title, since.map(iso), ctx.now],
    )?;
    let id = tx.last_insert_rowid()?;
    audit::record(
        tx,
        ctx,
        "company",
        company,
        "affiliate",
        serde_json::json!({ "staff": staff, "kind": kind.as_str(), "affiliation": id }),
    )?;
    Ok(id)
}

pub(crate) fn unaffiliate_in(
    tx: &Connection,
    ctx: &Ctx,
    staff: Id,
    company: Id,
    kind: AffiliationKind,
    on: NaiveDate,
) -> Result<()> {
    let ended = tx.execute(
        "UPDATE staff_affiliation SET ended_on = ?4
              WHERE staff_id = ?1 AND company_id = ?2 AND kind = ?3 AND ended_on IS NULL",
        params![staff, company, kind.as_str(), iso(on)],
    )?;
    if ended == 0 {
        return Err(Error::invalid(crate::t!("err-no-affiliation")));
    }
    audit::record(
        tx,
        ctx,
        "company",
        company,
        "unaffiliate",
        serde_json::json!({ "staff": staff, "kind": kind.as_str() }),
    )
}

pub(crate) fn introduce_in(tx: &Connection, ctx: &Ctx, new: NewIntroduction) -> Result<Id> {
    let note = validate::optional(new.note.as_deref());
    if let (Introduced::Company(a), Introducer::Organisation(b)) = (new.introduced, new.by) {
        if a == b {
            return Err(Error::invalid(crate::t!("err-introduced-itself")));
        }
    }
    if let (Introduced::Person(a), Introducer::Person(b)) = (new.introduced, new.by) {
        if a == b {
            return Err(Error::invalid(crate::t!("err-introduced-itself")));
        }
    }
    let (company, person) = match new.introduced {
        Introduced::Company(id) => (Some(id), None),
        Introduced::Person(id) => (None, Some(id)),
    };
    let (by_person, by_staff, by_company) = match new.by {
        Introducer::Person(id) => (Some(id), None, None),
        Introducer::Staff(id) => (None, Some(id), None),
        Introducer::Organisation(id) => (None, None, Some(id)),
    };
    tx.execute(
        "INSERT INTO introduction (company_id, person_id, by_person_id, by_staff_id, by_company_id,
                                       introduced_on, note, staff_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            company,
            person,
            by_person,
            by_staff,
            by_company,
            new.on.map(iso),
            note,
            ctx.actor,
            ctx.now
        ],
    )?;
    let id = tx.last_insert_rowid()?;
    let (entity, of) = match new.introduced {
        Introduced::Company(id) => ("company", id),
        Introduced::Person(id) => ("person", id),
    };
    audit::record(
        tx,
        ctx,
        entity,
        of,
        "introduced",
        serde_json::json!({ "introduction": id, "by": new.by.kind() }),
    )?;
    Ok(id)
}
