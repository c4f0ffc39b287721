//! Contact persons and where they work. People change jobs: a move ends the
//! old employment (they become a former contact there) and starts a new one.

use super::dialect::{words_match, words_query};
use super::{audit, companies, date_col, Ctx, Id, Store};
use crate::domain::fold::fold;
use crate::domain::kinds::ContactRole;
use crate::domain::names::NameParts;
use crate::domain::validate;
use crate::model::people::{
    Contact, ContactExport, Employment, NewPerson, Person, PersonFilter, PersonPatch, PersonRow,
};
use crate::store::db::Engine;
use crate::store::db::{params, params_from_iter, Connection, OptionalExtension};
use crate::{Error, Result};
use rusqlite::types::Value;

const PERSON_SELECT: &str = "
    SELECT p.id, p.name, p.email, p.phone, e.company_id, c.name, e.role, e.title, p.do_not_contact
      FROM person p
      LEFT JOIN employment e ON e.id = (SELECT id FROM employment WHERE person_id = p.id
                                          ORDER BY ended_on IS NOT NULL, ended_on DESC, id DESC LIMIT 1)
      LEFT JOIN company c ON c.id = e.company_id";

fn person_row(r: &crate::store::db::Row) -> rusqlite::Result<PersonRow> {
    Ok(PersonRow {
        id: r.get(0)?,
        name: r.get(1)?,
        email: r.get(2)?,
        phone: r.get(3)?,
        company_id: r.get(4)?,
        company: r.get(5)?,
        role: r.get(6)?,
        title: r.get(7)?,
        do_not_contact: r.get(8)?,
    })
}

impl PersonFilter {
    fn where_clause(&self, engine: Engine) -> (String, Vec<Value>) {
        let mut conditions = Vec::new();
        let mut values: Vec<Value> = Vec::new();
        if let Some(company) = self.company {
            values.push(company.into());
            conditions.push(format!(
                "p.id IN (SELECT person_id FROM employment WHERE company_id = ?{} AND ended_on IS NULL)",
                values.len()
            ));
        }
        if let Some(programme) = &self.alumni {
            values.push(fold(programme.trim()).into());
            conditions.push(format!(
                "p.alumnus_programme IS NOT NULL AND instr(lower(p.alumnus_programme), ?{}) > 0",
                values.len()
            ));
        }
        if let Some(role) = self.role {
            values.push(role.as_str().to_string().into());
            conditions.push(format!(
                "p.id IN (SELECT person_id FROM employment WHERE role = ?{} AND ended_on IS NULL)",
                values.len()
            ));
        }
        if let Some(topic) = &self.topic {
            values.push(fold(topic.trim()).into());
            conditions.push(format!(
                "p.id IN (SELECT person_id FROM person_topic WHERE instr(topic_fold, ?{}) > 0)",
                values.len()
            ));
        }
        if let Some(tag) = &self.tag {
            values.push(fold(tag.trim()).into());
            conditions.push(format!(
                "p.id IN (SELECT e.person_id FROM employment e JOIN company_tag ct ON ct.company_id = e.company_id
                            JOIN tag t ON t.id = ct.tag_id WHERE t.name = ?{} AND e.ended_on IS NULL)",
                values.len()
            ));
        }
        if let Some(dnc) = self.do_not_contact {
            conditions.push(format!("p.do_not_contact = {}", i64::from(dnc)));
        }
        if self.without_basis {
            conditions.push("p.mailing_basis IS NULL".into());
        }
        if let Some(since) = self.no_contact_since {
            values.push(crate::domain::dates::iso(since).into());
            conditions.push(format!(
                "NOT EXISTS (SELECT 1 FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
                              WHERE ip.person_id = p.id AND i.occurred_on >= ?{})",
                values.len()
            ));
        }
        // Words typed match the start of words in the name or e-mail address.
        if let Some(words) = words_query(engine, &fold(self.text.as_deref().unwrap_or(""))) {
            values.push(words.into());
            conditions.push(format!(
                "p.id IN ({})",
                words_match(engine, "person", &format!("?{}", values.len()))
            ));
        }
        let clause = if conditions.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", conditions.join(" AND "))
        };
        (clause, values)
    }
}

impl Store {
    /// Current contact persons at the companies matching `filter`, handed to
    /// `each` one at a time as Dutch lists sort them (on "Vries", not "de",
    /// then by company): an export of every contact streams from the
    /// database, never held in memory. Do-not-contact persons only when
    /// asked for, and only those with a basis for mailing when `reach` says
    /// so. Returns how many there were.
    pub fn export_contacts(
        &self,
        filter: &crate::model::companies::CompanyFilter,
        reach: crate::model::people::Reach,
        each: &mut dyn FnMut(ContactExport) -> Result<()>,
    ) -> Result<u64> {
        let (clause, mut values) = filter.where_clause(self.conn().engine());
        values.push(i64::from(reach.include_do_not_contact).into());
        let dnc = values.len();
        values.push(i64::from(reach.basis_only).into());
        let basis = values.len();
        let joiner = if clause.is_empty() { " WHERE" } else { " AND" };
        let sql = format!(
            "SELECT p.name, p.email, p.phone, e.role, e.title, c.name, c.kvk, c.street, c.postcode, c.city, c.sector,
                    c.website, c.status, s.name, p.notes, c.email, c.phone,
                    p.id, p.given_name, p.infix, p.family_name, p.honorific, p.salutation, p.updated_at, c.updated_at
               FROM company c JOIN employment e ON e.company_id = c.id AND e.ended_on IS NULL
               JOIN person p ON p.id = e.person_id LEFT JOIN staff s ON s.id = c.owner_id
               {clause}{joiner} (p.do_not_contact = 0 OR ?{dnc} = 1) AND (p.mailing_basis IS NOT NULL OR ?{basis} = 0)
              ORDER BY p.sort_key{bytewise}, c.name_fold, p.id",
            bytewise = super::dialect::bytewise(self.conn().engine())
        );
        let mut stmt = self.conn().prepare(&sql)?;
        // Row by row (not query_map, which reads every row first), and on a
        // server as the rows arrive.
        let mut count = 0;
        stmt.for_each(params_from_iter(values), |r| {
            let name: String = r.get(0)?;
            let (given, infix, family): (Option<String>, Option<String>, Option<String>) =
                (r.get(18)?, r.get(19)?, r.get(20)?);
            let name_parts = NameParts::of(&name, given.as_deref(), infix.as_deref(), family.as_deref());
            let honorific: Option<String> = r.get(21)?;
            let stored_salutation: Option<String> = r.get(22)?;
            let salutation = stored_salutation
                .unwrap_or_else(|| crate::domain::names::salutation(&name_parts, honorific.as_deref()));
            let (person_updated, company_updated): (String, String) = (r.get(23)?, r.get(24)?);
            each(ContactExport {
                person_id: r.get(17)?,
                name,
                name_parts,
                honorific,
                salutation,
                updated_at: person_updated.max(company_updated),
                email: r.get(1)?,
                phone: r.get(2)?,
                role: r.get(3)?,
                title: r.get(4)?,
                company: r.get(5)?,
                kvk: r.get(6)?,
                street: r.get(7)?,
                postcode: r.get(8)?,
                city: r.get(9)?,
                sector: r.get(10)?,
                website: r.get(11)?,
                status: r.get(12)?,
                owner: r.get(13)?,
                notes: r.get(14)?,
                company_email: r.get(15)?,
                company_phone: r.get(16)?,
            })?;
            count += 1;
            Ok(())
        })?;
        Ok(count)
    }

    /// The ids of the people that match `filter`, by name.
    pub fn person_ids(&self, filter: &PersonFilter) -> Result<Vec<Id>> {
        let (clause, values) = filter.where_clause(self.conn().engine());
        let sql = format!("SELECT p.id FROM person p{clause} ORDER BY p.name_fold, p.id");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let ids = stmt.query_map(params_from_iter(values), |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// The rows of these people, in the order given.
    pub fn people_by_ids(&self, ids: &[Id]) -> Result<Vec<PersonRow>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = serde_json::to_string(ids).map_err(|e| Error::invalid(e.to_string()))?;
        let mut stmt = self.conn().prepare_cached(&format!(
            "{PERSON_SELECT} WHERE p.id IN (SELECT value FROM json_each(?1))"
        ))?;
        let rows = stmt.query_map([list], person_row)?;
        let mut found: std::collections::HashMap<Id, PersonRow> =
            rows.map(|r| r.map(|p| (p.id, p))).collect::<rusqlite::Result<_>>()?;
        Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
    }

    pub fn add_person(&mut self, new: NewPerson) -> Result<Id> {
        self.write(|tx, ctx| insert_person(tx, ctx, &new))
    }

    pub fn edit_person(&mut self, id: Id, patch: PersonPatch) -> Result<()> {
        self.write(|tx, ctx| update_person(tx, ctx, id, &patch))
    }

    /// End the person's current employment(s) and start one at `company`.
    pub fn move_person(&mut self, id: Id, company: Id, role: Option<ContactRole>, title: Option<String>) -> Result<()> {
        self.write(|tx, ctx| {
            let current: Vec<(Id, Id, String)> = {
                let mut stmt = tx
                    .prepare("SELECT id, company_id, role FROM employment WHERE person_id = ?1 AND ended_on IS NULL")?;
                let rows = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            if current.iter().any(|(_, c, _)| *c == company) {
                return Err(Error::invalid(crate::t!("err-already-works-there")));
            }
            let today = companies::today(ctx);
            tx.execute(
                "UPDATE employment SET ended_on = ?2 WHERE person_id = ?1 AND ended_on IS NULL",
                params![id, today],
            )?;
            let kept_role = role
                .map(|r| r.as_str().to_string())
                .or_else(|| current.first().map(|c| c.2.clone()));
            tx.execute(
                "INSERT INTO employment (person_id, company_id, role, title, started_on) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    id,
                    company,
                    kept_role.unwrap_or_else(|| "other".into()),
                    validate::optional(title.as_deref()),
                    today
                ],
            )?;
            super::departures::refresh_trainers(tx, id)?;
            let from: Vec<Id> = current.iter().map(|c| c.1).collect();
            audit::record(
                tx,
                ctx,
                "person",
                id,
                "move",
                serde_json::json!({ "from": from, "to": company }),
            )?;
            Ok(())
        })
    }

    pub fn list_people(&self, filter: &PersonFilter) -> Result<Vec<PersonRow>> {
        let mut out = Vec::new();
        self.for_each_person(filter, |row| {
            out.push(row);
            Ok(())
        })?;
        Ok(out)
    }

    /// The people `filter` names, by name, handed to `each` as they are
    /// read: a listing of 300k people prints without holding them.
    pub fn for_each_person(&self, filter: &PersonFilter, mut each: impl FnMut(PersonRow) -> Result<()>) -> Result<()> {
        let (clause, mut values) = filter.where_clause(self.conn().engine());
        let mut sql = format!("{PERSON_SELECT}{clause} ORDER BY p.name_fold, p.id");
        if let Some(limit) = filter.limit {
            values.push(i64::from(limit).into());
            values.push(i64::from(filter.offset).into());
            sql.push_str(&format!(" LIMIT ?{} OFFSET ?{}", values.len() - 1, values.len()));
        }
        // A whole listing streams; a page is one round trip.
        let whole = filter.limit.is_none();
        let mut stmt = self.conn().prepare_cached(&sql)?;
        stmt.for_each_row(params_from_iter(values), whole, |row| each(person_row(row)?))
    }

    /// Current contacts first, then former ones (most recently left first).
    pub fn contacts_of(&self, company: Id) -> Result<Vec<Contact>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT p.id, p.name, p.email, p.phone, e.role, e.title, e.started_on, e.ended_on, p.do_not_contact
               FROM employment e JOIN person p ON p.id = e.person_id
              WHERE e.company_id = ?1
              ORDER BY e.ended_on IS NOT NULL, e.ended_on DESC, p.name_fold",
        )?;
        let rows = stmt.query_map([company], |r| {
            let until = date_col(r, 7)?;
            Ok(Contact {
                id: r.get(0)?,
                name: r.get(1)?,
                email: r.get(2)?,
                phone: r.get(3)?,
                role: r.get(4)?,
                title: r.get(5)?,
                since: date_col(r, 6)?,
                until,
                current: until.is_none(),
                do_not_contact: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn person(&self, id: Id) -> Result<Person> {
        let person = self
            .conn()
            .query_row(
                "SELECT id, name, email, phone, notes, do_not_contact, created_at, updated_at,
                        given_name, infix, family_name, honorific, profile_url, salutation,
                        alumnus_programme, alumnus_year, mailing_basis, mailing_basis_on
                   FROM person WHERE id = ?1",
                [id],
                |r| {
                    let name: String = r.get(1)?;
                    let given: Option<String> = r.get(8)?;
                    let infix: Option<String> = r.get(9)?;
                    let family: Option<String> = r.get(10)?;
                    let name_parts = NameParts::of(&name, given.as_deref(), infix.as_deref(), family.as_deref());
                    let honorific: Option<String> = r.get(11)?;
                    let salutation = r
                        .get::<_, Option<String>>(13)?
                        .unwrap_or_else(|| crate::domain::names::salutation(&name_parts, honorific.as_deref()));
                    Ok(Person {
                        id: r.get(0)?,
                        name_parts,
                        salutation,
                        name,
                        email: r.get(2)?,
                        phone: r.get(3)?,
                        notes: r.get(4)?,
                        do_not_contact: r.get(5)?,
                        honorific,
                        profile_url: r.get(12)?,
                        employments: Vec::new(),
                        created_at: r.get(6)?,
                        updated_at: r.get(7)?,
                        alumnus_programme: r.get(14)?,
                        alumnus_year: r.get(15)?,
                        mailing_basis: r.get(16)?,
                        mailing_basis_on: r.get(17)?,
                    })
                },
            )
            .optional()?
            .ok_or_else(|| Error::not_found("person", format!("#{id}")))?;
        let mut stmt = self.conn().prepare_cached(
            "SELECT e.company_id, c.name, e.role, e.title, e.started_on, e.ended_on, e.department
               FROM employment e JOIN company c ON c.id = e.company_id
              WHERE e.person_id = ?1 ORDER BY e.ended_on IS NOT NULL, e.ended_on DESC, e.id DESC",
        )?;
        let employments = stmt
            .query_map([id], |r| {
                let until = date_col(r, 5)?;
                Ok(Employment {
                    company_id: r.get(0)?,
                    company: r.get(1)?,
                    role: r.get(2)?,
                    title: r.get(3)?,
                    department: r.get(6)?,
                    since: date_col(r, 4)?,
                    until,
                    current: until.is_none(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Person { employments, ..person })
    }

    /// Is `person` (now or formerly) a contact at `company`?
    pub(crate) fn works_or_worked_at(conn: &Connection, person: Id, company: Id) -> Result<bool> {
        let found: Option<i64> = conn
            .query_row(
                "SELECT 1 FROM employment WHERE person_id = ?1 AND company_id = ?2 LIMIT 1",
                params![person, company],
                |r| r.get(0),
            )
            .optional()?;
        Ok(found.is_some())
    }
}

/// The key a person sorts on in Dutch lists (`vries\u{1}noelle\u{1}de`): the
/// parts of [`domain::names::sort_key`](crate::domain::names::sort_key) in one
/// string that sorts byte for byte as the parts do (`\u{1}` sorts before any
/// letter, and a name holds no control character).
pub fn sort_key_of(name: &str, given: Option<String>, infix: Option<String>, family: Option<String>) -> String {
    let parts = NameParts::of(name, given.as_deref(), infix.as_deref(), family.as_deref());
    let (family, given, infix) = crate::domain::names::sort_key(&parts);
    format!("{family}\u{1}{given}\u{1}{infix}")
}

/// Give every person without a sort key theirs: people who came in from an
/// export of an older kring (`import all`), or a team database migrated to
/// version 13.
pub(crate) fn fill_missing_sort_keys(conn: &Connection) -> Result<()> {
    let missing: Vec<(Id, String)> = conn
        .prepare("SELECT id, name, given_name, infix, family_name FROM person WHERE sort_key = ''")?
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                sort_key_of(&r.get::<_, String>(1)?, r.get(2)?, r.get(3)?, r.get(4)?),
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    for (id, key) in missing {
        conn.execute("UPDATE person SET sort_key = ?2 WHERE id = ?1", params![id, key])?;
    }
    Ok(())
}

/// Keep a person's sort key with their name, after it or its parts changed.
fn refresh_sort_key(conn: &Connection, id: Id) -> Result<()> {
    let key = conn.query_row(
        "SELECT name, given_name, infix, family_name FROM person WHERE id = ?1",
        [id],
        |r| Ok(sort_key_of(&r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    conn.execute("UPDATE person SET sort_key = ?2 WHERE id = ?1", params![id, key])?;
    Ok(())
}

pub(crate) fn insert_person(conn: &Connection, ctx: &Ctx, new: &NewPerson) -> Result<Id> {
    let name = validate::name("person name", &new.name)?;
    let email = validate::optional(new.email.as_deref())
        .map(|e| validate::email(&e))
        .transpose()?;
    let part = |p: &Option<String>| validate::optional(p.as_deref());
    let sort_key = sort_key_of(&name, part(&new.given_name), part(&new.infix), part(&new.family_name));
    conn.prepare_cached(
        "INSERT INTO person (name, name_fold, email, phone, notes, do_not_contact, created_at, updated_at,
                             given_name, infix, family_name, honorific, profile_url, salutation, sort_key,
                             mailing_basis, mailing_basis_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?
    .execute(params![
        name,
        fold(&name),
        email,
        validate::optional(new.phone.as_deref()),
        validate::optional(new.notes.as_deref()),
        new.do_not_contact,
        ctx.now,
        part(&new.given_name),
        part(&new.infix),
        part(&new.family_name),
        part(&new.honorific),
        part(&new.profile_url),
        part(&new.salutation),
        sort_key,
        new.mailing_basis.map(|(basis, _)| basis.as_str()),
        new.mailing_basis.map(|(_, on)| crate::domain::dates::iso(on))
    ])?;
    let id = conn.last_insert_rowid()?;
    if let Some(company) = new.company {
        let role = new
            .role
            .or_else(|| new.title.as_deref().map(ContactRole::from_title))
            .unwrap_or(ContactRole::Other);
        conn.prepare_cached(
            "INSERT INTO employment (person_id, company_id, role, title, started_on, department)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            id,
            company,
            role.as_str(),
            validate::optional(new.title.as_deref()),
            companies::today(ctx),
            part(&new.department)
        ])?;
    }
    // The audit log names the record, not the person's data (GDPR).
    audit::record(
        conn,
        ctx,
        "person",
        id,
        "create",
        serde_json::json!({ "company": new.company }),
    )?;
    Ok(id)
}

/// The name parts, form of address and salutation a patch names, written;
/// the full name follows parts that change without a new `--name`, and
/// parts stored for the old name go when only the name changes (they are
/// derived from the new one). Returns the name and whether anything changed.
fn update_name_parts(
    conn: &Connection,
    id: Id,
    patch: &PersonPatch,
    old_name: &str,
    mut name: String,
) -> Result<(String, bool)> {
    type Stored = [Option<String>; 5];
    let old: Stored = conn.query_row(
        "SELECT given_name, infix, family_name, honorific, salutation FROM person WHERE id = ?1",
        [id],
        |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?]),
    )?;
    let given_parts = [&patch.given_name, &patch.infix, &patch.family_name];
    let mut new = old.clone();
    if given_parts.iter().any(|p| p.is_some()) {
        // Start from the parts as they are (stored or derived), then apply.
        let current = NameParts::of(old_name, old[0].as_deref(), old[1].as_deref(), old[2].as_deref());
        let mut parts = current.clone();
        for (part, given) in [&mut parts.given, &mut parts.infix, &mut parts.family]
            .into_iter()
            .zip(given_parts)
        {
            if let Some(value) = given {
                *part = value.trim().to_string();
            }
        }
        if parts.family.is_empty() && parts.given.is_empty() {
            return Err(Error::invalid(crate::t!("err-name-parts")));
        }
        if patch.name.is_none() {
            name = parts.display();
        }
        new[..3].clone_from_slice(&NameParts::columns(Some(&parts)));
    } else if name != old_name {
        new[..3].clone_from_slice(&[None, None, None]);
    }
    for (slot, given) in new[3..].iter_mut().zip([&patch.honorific, &patch.salutation]) {
        if let Some(value) = given {
            *slot = validate::optional(Some(value));
        }
    }
    if new == old {
        return Ok((name, false));
    }
    conn.execute(
        "UPDATE person SET given_name = ?2, infix = ?3, family_name = ?4, honorific = ?5, salutation = ?6 WHERE id = ?1",
        params![id, new[0], new[1], new[2], new[3], new[4]],
    )?;
    Ok((name, true))
}

pub(crate) fn update_person(conn: &Connection, ctx: &Ctx, id: Id, patch: &PersonPatch) -> Result<()> {
    if let Some(seen) = &patch.seen {
        super::edits::ensure_unchanged(conn, "person", id, seen)?;
    }
    let (old_name, old_email, old_phone, old_notes, old_dnc): (
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        bool,
    ) = conn
        .query_row(
            "SELECT name, email, phone, notes, do_not_contact FROM person WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?
        .ok_or_else(|| Error::not_found("person", format!("#{id}")))?;
    let name = match &patch.name {
        Some(n) => validate::name("person name", n)?,
        None => old_name.clone(),
    };
    let email = match &patch.email {
        Some(e) => validate::optional(Some(e)).map(|e| validate::email(&e)).transpose()?,
        None => old_email.clone(),
    };
    let phone = patch
        .phone
        .as_ref()
        .map_or(old_phone.clone(), |p| validate::optional(Some(p)));
    let notes = patch
        .notes
        .as_ref()
        .map_or(old_notes.clone(), |n| validate::optional(Some(n)));
    let dnc = patch.do_not_contact.unwrap_or(old_dnc);
    let (name, parts_changed) = update_name_parts(conn, id, patch, &old_name, name)?;
    conn.execute(
        "UPDATE person SET name = ?2, name_fold = ?3, email = ?4, phone = ?5, notes = ?6, do_not_contact = ?7, updated_at = ?8
          WHERE id = ?1",
        params![id, name, fold(&name), email, phone, notes, dnc, ctx.now],
    )?;
    refresh_sort_key(conn, id)?;
    if let Some(basis) = patch.mailing_basis {
        conn.execute(
            "UPDATE person SET mailing_basis = ?2, mailing_basis_on = ?3 WHERE id = ?1",
            params![
                id,
                basis.map(|(b, _)| b.as_str()),
                basis.map(|(_, on)| crate::domain::dates::iso(on))
            ],
        )?;
    }
    if let Some(role) = patch.role {
        conn.execute(
            "UPDATE employment SET role = ?2 WHERE person_id = ?1 AND ended_on IS NULL",
            params![id, role.as_str()],
        )?;
    }
    if let Some(title) = &patch.title {
        conn.execute(
            "UPDATE employment SET title = ?2 WHERE person_id = ?1 AND ended_on IS NULL",
            params![id, validate::optional(Some(title))],
        )?;
    }
    // Field names only: personal data stays out of the audit log.
    let mut fields = Vec::new();
    for (field, changed) in [
        ("name", name != old_name),
        ("email", email != old_email),
        ("phone", phone != old_phone),
        ("notes", notes != old_notes),
        ("do_not_contact", dnc != old_dnc),
        ("role", patch.role.is_some()),
        ("title", patch.title.is_some()),
        ("name_parts", parts_changed),
        ("mailing_basis", patch.mailing_basis.is_some()),
    ] {
        if changed {
            fields.push(field);
        }
    }
    if !fields.is_empty() {
        audit::record(
            conn,
            ctx,
            "person",
            id,
            "update",
            serde_json::json!({ "fields": fields }),
        )?;
    }
    Ok(())
}
