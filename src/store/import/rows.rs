//! One import's rows: each matched to the companies and people there are
//! (by KvK, e-mail, name and city, web domain), or created.

use super::super::companies::insert_company;
use super::super::domains::DomainIndex;
use super::super::people::insert_person;
use super::super::{audit, Ctx, Id};
use super::*;
use crate::domain::fold::fold;
use crate::domain::kinds::CompanyStatus;
use crate::domain::matching::{company_domain, names_can_be_one, work_email_domain};
use crate::domain::names::NameParts;
use crate::domain::validate;
use crate::model::companies::NewCompany;
use crate::model::people::NewPerson;
use crate::store::db::{params, Connection, OptionalExtension};
use crate::{Error, Result};

/// The state of one import: the transaction, and a lazily built index of web
/// domains to companies (built on the first row that needs it).
pub(super) struct Importer<'a> {
    pub(super) conn: &'a Connection,
    pub(super) ctx: &'a Ctx,
    /// For the inserts: `bulk` when created records are recorded at the end.
    pub(super) insert_ctx: &'a Ctx,
    pub(super) batch: Id,
    pub(super) domains: Option<DomainIndex>,
    /// A domain match this row's name contradicted: said on its line.
    pub(super) refused_domain: Option<String>,
    /// Owners found to be active colleagues (checked once, not per row).
    pub(super) active_owners: Vec<Id>,
    /// The person the row's e-mail address belongs to, if anyone's: looked
    /// up once per row, for the company and for the person.
    pub(super) email_owner: Option<Id>,
}

impl Importer<'_> {
    pub(super) fn row(&mut self, row: &ImportRow, report: &mut ImportReport) -> Result<()> {
        let email = match &row.person {
            Some(person) => validate::optional(person.email.as_deref())
                .map(|e| validate::email(&e))
                .transpose()?,
            None => None,
        };
        let created_before = report.companies_created;
        self.email_owner = match &email {
            Some(email) => self
                .conn
                .prepare_cached("SELECT id FROM person WHERE lower(email) = lower(?1) LIMIT 1")?
                .query_row([email], |r| r.get(0))
                .optional()?,
            None => None,
        };
        let (company, what) = match &row.company {
            Some(company) => {
                // The file's own status and owner come before the import's label.
                let company = NewCompany {
                    status: row
                        .status
                        .as_deref()
                        .map(CompanyStatus::parse)
                        .transpose()?
                        .or(company.status),
                    owner: match row.owner.as_deref().map(|o| (o, self.staff_named(o))) {
                        Some((_, Ok(owner))) => Some(owner),
                        // Someone who is not on the staff here (another
                        // school's list, a colleague who left): the
                        // import's owner takes it, and the report says so.
                        Some((name, Err(_))) => {
                            let name = name.trim().to_string();
                            if !report.owners_unknown.contains(&name) {
                                report.owners_unknown.push(name);
                            }
                            company.owner
                        }
                        None => company.owner,
                    },
                    ..company.clone()
                };
                let (id, what) = self.company(&company, email.as_deref(), report)?;
                (Some(id), what)
            }
            None => (None, String::new()),
        };
        // A company this row created has no one working there yet.
        let company_is_new = company.is_some() && report.companies_created > created_before;
        let mut line = format!("line {}: {what}", row.line);
        if let Some(person) = &row.person {
            let person = NewPerson {
                company,
                email,
                ..person.clone()
            };
            let said = self.person(&person, company, company_is_new, report)?;
            match company {
                Some(_) => line.push_str(&format!("; {said}")),
                None => line.push_str(&format!("{said} (no company)")),
            }
        }
        if let Some(refused) = self.refused_domain.take() {
            line.push_str(&format!(" — {refused}"));
        }
        report.lines.push(&line);
        Ok(())
    }

    /// The row's company: matched (and its empty fields filled) or created.
    pub(super) fn company(
        &mut self,
        row: &NewCompany,
        email: Option<&str>,
        report: &mut ImportReport,
    ) -> Result<(Id, String)> {
        let name = validate::name("company name", &row.name)?;
        let kvk = validate::optional(row.kvk.as_deref())
            .map(|k| validate::kvk(&k))
            .transpose()?;
        let company_row = NewCompany {
            name: name.clone(),
            kvk,
            ..row.clone()
        };
        Ok(match self.find_company(&company_row, email)? {
            Some((id, by)) => {
                report.companies_matched += 1;
                let filled = self.fill_company(id, &company_row)?;
                if filled.is_empty() {
                    (id, format!("{name}: matched #{id} by {by}"))
                } else {
                    report.companies_updated += 1;
                    (
                        id,
                        format!("{name}: matched #{id} by {by}, filled {}", filled.join(", ")),
                    )
                }
            }
            None => {
                if let Some(owner) = company_row
                    .owner
                    .filter(|o| self.insert_ctx.bulk && !self.active_owners.contains(o))
                {
                    crate::store::staff::ensure_active(self.conn, owner)?;
                    self.active_owners.push(owner);
                }
                let id = insert_company(self.conn, self.insert_ctx, &company_row)?;
                if !self.insert_ctx.bulk {
                    self.item("company", id, "created", None)?;
                }
                self.remember_domains(id, company_row.website.as_deref(), email);
                report.companies_created += 1;
                (id, format!("{name}: created"))
            }
        })
    }

    pub(super) fn person(
        &mut self,
        person: &NewPerson,
        company: Option<Id>,
        company_is_new: bool,
        report: &mut ImportReport,
    ) -> Result<String> {
        let found = match (self.email_owner, company) {
            (Some(id), _) => Some((id, "e-mail")),
            (None, Some(_)) if company_is_new => None,
            (None, Some(company)) => self
                .person_at(company, &fold(&person.name))?
                .map(|id| (id, "name at the company")),
            (None, None) => self
                .person_without_company(&person.name)?
                .map(|id| (id, "name (no company)")),
        };
        match found {
            Some((id, by)) => {
                report.people_matched += 1;
                if let Some(company) = company {
                    self.note_if_moved(id, company, &person.name, report)?;
                }
                let filled = self.fill_person(id, person)?;
                if filled.is_empty() {
                    Ok(format!("{} matched #{id} by {by}", person.name))
                } else {
                    report.people_updated += 1;
                    Ok(format!(
                        "{} matched #{id} by {by}, filled {}",
                        person.name,
                        filled.join(", ")
                    ))
                }
            }
            None => {
                let id = insert_person(self.conn, self.insert_ctx, person)?;
                if !self.insert_ctx.bulk {
                    self.item("person", id, "created", None)?;
                }
                report.people_created += 1;
                Ok(format!("{} added", person.name))
            }
        }
    }

    /// A known person the file places at another company than kring does:
    /// said in the report, with the command that records their leaving.
    fn note_if_moved(&self, person: Id, company: Id, name: &str, report: &mut ImportReport) -> Result<()> {
        let jobs: Vec<(Id, String)> = self
            .conn
            .prepare_cached(
                "SELECT e.company_id, c.name FROM employment e JOIN company c ON c.id = e.company_id
                  WHERE e.person_id = ?1 AND e.ended_on IS NULL",
            )?
            .query_map([person], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        if jobs.is_empty() || jobs.iter().any(|(id, _)| *id == company) {
            return Ok(());
        }
        let to: String = self
            .conn
            .query_row("SELECT name FROM company WHERE id = ?1", [company], |r| r.get(0))?;
        for (_, from) in jobs {
            report.moved.push(crate::model::import::Moved {
                person: name.to_string(),
                from,
                to: to.clone(),
            });
        }
        Ok(())
    }

    /// The one person of this name who works nowhere now (a second import of
    /// a private contact); none when there are several.
    /// Someone of this name who works or worked at `company` (the first
    /// taken on). Two single-table queries, not one join: the bundled SQLite
    /// plans a join again each time it runs while its tables grow (every row
    /// of an import into a new database), which was a sixth of the time.
    pub(super) fn person_at(&self, company: Id, name_fold: &str) -> Result<Option<Id>> {
        // No ORDER BY either: a statement whose plan has a choice to make
        // is planned again while its tables grow (a new database).
        let mut people: Vec<(Id, Id)> = self
            .conn
            .prepare_cached("SELECT id, person_id FROM employment WHERE company_id = ?1")?
            .query_map([company], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        people.sort_unstable();
        let people = people.into_iter().map(|(_, person)| person);
        let mut named = self.conn.prepare_cached("SELECT name_fold FROM person WHERE id = ?1")?;
        for id in people {
            let fold: String = named.query_row([id], |r| r.get(0))?;
            if fold == name_fold {
                return Ok(Some(id));
            }
        }
        Ok(None)
    }

    pub(super) fn person_without_company(&self, name: &str) -> Result<Option<Id>> {
        let ids: Vec<Id> = self
            .conn
            .prepare_cached(
                "SELECT p.id FROM person p WHERE p.name_fold = ?1
                   AND NOT EXISTS (SELECT 1 FROM employment e WHERE e.person_id = p.id AND e.ended_on IS NULL)
                 LIMIT 2",
            )?
            .query_map([fold(name)], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(match ids[..] {
            [id] => Some(id),
            _ => None,
        })
    }

    /// The existing company this row is, and how it was recognised.
    pub(super) fn find_company(&mut self, row: &NewCompany, email: Option<&str>) -> Result<Option<(Id, &'static str)>> {
        if let Some(kvk) = &row.kvk {
            let id = self
                .conn
                .prepare_cached("SELECT id FROM company WHERE kvk = ?1")?
                .query_row([kvk], |r| r.get(0))
                .optional()?;
            if let Some(id) = id {
                return Ok(Some((id, "KvK number")));
            }
        }
        let found = self.find_company_by_likeness(row, email)?;
        // A company with another KvK number is another legal entity.
        match found {
            Some((id, _)) if row.kvk.is_some() && self.kvk_of(id)?.is_some() => Ok(None),
            found => Ok(found),
        }
    }

    pub(super) fn kvk_of(&self, id: Id) -> Result<Option<String>> {
        self.conn
            .prepare_cached("SELECT kvk FROM company WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
    }

    /// By a contact's e-mail, the web domain, or the name (and city).
    pub(super) fn find_company_by_likeness(
        &mut self,
        row: &NewCompany,
        email: Option<&str>,
    ) -> Result<Option<(Id, &'static str)>> {
        // Only when someone has the address (a new one is the usual case).
        if let Some(email) = email.filter(|_| self.email_owner.is_some()) {
            let found: Option<(Id, String)> = self
                .conn
                .prepare_cached(
                    "SELECT e.company_id, c.name FROM person p
                       JOIN employment e ON e.person_id = p.id AND e.ended_on IS NULL
                       JOIN company c ON c.id = e.company_id AND c.archived = 0
                      WHERE lower(p.email) = lower(?1) LIMIT 1",
                )?
                .query_row([email], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            // A contact under a company whose name cannot be theirs has moved
            // on (or the list is another's): the row's company is found by
            // its own name, and the report says who seems to have left.
            match found {
                Some((id, name)) if names_can_be_one(&name, &row.name) => {
                    return Ok(Some((id, "a contact's e-mail")));
                }
                _ => {}
            }
        }
        // The companies of this name, read once: the one in the row's city
        // first (before any domain: a branch is its name and place).
        let city = fold(row.city.as_deref().unwrap_or(""));
        let namesakes: Vec<(Id, String)> = self
            .conn
            .prepare_cached("SELECT id, coalesce(city_fold, '') FROM company WHERE name_fold = ?1 AND archived = 0")?
            .query_map([fold(&row.name)], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        if let Some((id, _)) = namesakes.iter().find(|(_, c)| *c == city) {
            return Ok(Some((*id, "name and city")));
        }
        let domains = [
            row.website.as_deref().and_then(company_domain),
            email.and_then(work_email_domain),
        ];
        for domain in domains.into_iter().flatten() {
            let Some(id) = self.domains()?.company(&domain) else {
                continue;
            };
            // A domain alone never joins companies whose names differ, nor
            // branches in other cities (SBB recognises each location, each
            // has its own praktijkopleider): "Albert Heijn Zaandam" is not
            // "Albert Heijn Hoorn" because both mail from ah.nl.
            let (known, known_city): (String, String) = self
                .conn
                .prepare_cached("SELECT name, coalesce(city_fold, '') FROM company WHERE id = ?1")?
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            let same_place = city.is_empty() || known_city.is_empty() || known_city == city;
            if names_can_be_one(&known, &row.name) && same_place && fold(&known) == fold(&row.name) {
                return Ok(Some((id, "web domain and name")));
            }
            if names_can_be_one(&known, &row.name) && same_place {
                return Ok(Some((id, "web domain only")));
            }
            let why = match names_can_be_one(&known, &row.name) {
                false => "the names differ",
                true => "another place: a branch of its own",
            };
            self.refused_domain = Some(format!("shares web domain {domain} with #{id} {known} ({why})"));
        }
        // Else, when the name is unique, "Boekhandel Waterland" without a
        // city is the one in Hoorn (and a row from Hoorn is the one without
        // a city).
        let candidates: Vec<Id> = namesakes
            .iter()
            .filter(|(_, c)| city.is_empty() || c.is_empty())
            .map(|(id, _)| *id)
            .collect();
        Ok(match candidates[..] {
            [id] => Some((id, "name (one side has no city)")),
            _ => None,
        })
    }

    /// Web domain → company, read when the first row needs it.
    pub(super) fn domains(&mut self) -> Result<&DomainIndex> {
        if self.domains.is_none() {
            self.domains = Some(DomainIndex::read(self.conn)?);
        }
        Ok(self.domains.as_ref().expect("built above"))
    }

    pub(super) fn remember_domains(&mut self, id: Id, website: Option<&str>, email: Option<&str>) {
        if let Some(index) = &mut self.domains {
            index.remember(id, website, email);
        }
    }

    /// Fill the matched company's empty fields from the row; never overwrite.
    pub(super) fn fill_company(&self, id: Id, row: &NewCompany) -> Result<Vec<&'static str>> {
        let offered = [
            ("kvk", row.kvk.clone()),
            ("sector", validate::optional(row.sector.as_deref())),
            ("street", validate::optional(row.street.as_deref())),
            ("postcode", validate::optional(row.postcode.as_deref())),
            ("city", validate::optional(row.city.as_deref())),
            ("website", validate::optional(row.website.as_deref())),
            ("email", validate::optional(row.email.as_deref())),
            ("phone", validate::optional(row.phone.as_deref())),
        ];
        self.fill("company", id, &offered)
    }

    pub(super) fn fill_person(&self, id: Id, person: &NewPerson) -> Result<Vec<&'static str>> {
        let (parts, salutation) = self.news_about_name(id, person)?;
        let [given, infix, family] = NameParts::columns(parts.as_ref());
        let offered = [
            ("email", person.email.clone()),
            ("phone", validate::optional(person.phone.as_deref())),
            ("given_name", given),
            ("infix", infix),
            ("family_name", family),
            ("honorific", validate::optional(person.honorific.as_deref())),
            ("profile_url", validate::optional(person.profile_url.as_deref())),
            ("salutation", salutation),
        ];
        self.fill("person", id, &offered)
    }

    /// The row's name parts and salutation, each only when it says more than
    /// the matched person already has, stored or derived: kring's own export
    /// writes the derived ones, and reading them back changes nothing.
    pub(super) fn news_about_name(&self, id: Id, person: &NewPerson) -> Result<(Option<NameParts>, Option<String>)> {
        type Stored = (String, [Option<String>; 5]);
        let (name, [given, infix, family, honorific, salutation]): Stored = self.conn.query_row(
            "SELECT name, given_name, infix, family_name, honorific, salutation FROM person WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, [r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?])),
        )?;
        let current = NameParts::of(&name, given.as_deref(), infix.as_deref(), family.as_deref());
        let offered = NameParts::of(
            "",
            person.given_name.as_deref(),
            person.infix.as_deref(),
            person.family_name.as_deref(),
        );
        let parts = (!offered.is_empty() && offered != current).then_some(offered);
        let honorific = honorific.or_else(|| person.honorific.clone());
        let effective = salutation.unwrap_or_else(|| {
            crate::domain::names::salutation(parts.as_ref().unwrap_or(&current), honorific.as_deref())
        });
        let salutation = validate::optional(person.salutation.as_deref()).filter(|s| *s != effective);
        Ok((parts, salutation))
    }

    /// The active staff member of exactly this name (an owner column).
    pub(super) fn staff_named(&self, name: &str) -> Result<Id> {
        let id: Option<Id> = self
            .conn
            .prepare_cached("SELECT id FROM staff WHERE name_fold = ?1 AND left_on IS NULL")?
            .query_row([fold(name)], |r| r.get(0))
            .optional()?;
        id.ok_or_else(|| Error::invalid(crate::t!("err-import-owner", name = name.to_string())))
    }

    /// Set each offered field that is empty now; record the old values (and
    /// `updated_at`) so undo can put them back.
    pub(super) fn fill(
        &self,
        table: &str,
        id: Id,
        offered: &[(&'static str, Option<String>)],
    ) -> Result<Vec<&'static str>> {
        let offered: Vec<_> = offered.iter().filter_map(|(f, v)| v.clone().map(|v| (*f, v))).collect();
        if offered.is_empty() {
            return Ok(Vec::new());
        }
        let columns: Vec<&str> = offered.iter().map(|(f, _)| *f).collect();
        let sql = format!("SELECT updated_at, {} FROM {table} WHERE id = ?1", columns.join(", "));
        let (updated_at, current): (String, Vec<Option<String>>) = self.conn.query_row(&sql, [id], |r| {
            let values = (1..=columns.len()).map(|i| r.get(i)).collect::<rusqlite::Result<_>>()?;
            Ok((r.get(0)?, values))
        })?;
        let mut filled = Vec::new();
        let mut before = serde_json::Map::new();
        for ((field, value), current) in offered.iter().zip(current) {
            if current.as_deref().is_some_and(|c| !c.trim().is_empty()) {
                continue;
            }
            if *field == "kvk" {
                crate::store::companies::ensure_kvk_free(self.conn, value, Some(id))?;
            }
            self.conn.execute(
                &format!("UPDATE {table} SET {field} = ?1 WHERE id = ?2"),
                params![value, id],
            )?;
            if *field == "city" {
                self.conn.execute(
                    "UPDATE company SET city_fold = ?1 WHERE id = ?2",
                    params![fold(value), id],
                )?;
            }
            before.insert(field.to_string(), serde_json::json!([current, value]));
            filled.push(*field);
        }
        if !filled.is_empty() {
            self.conn.execute(
                &format!("UPDATE {table} SET updated_at = ?1 WHERE id = ?2"),
                params![self.ctx.now, id],
            )?;
            let detail = serde_json::json!({ "fields": before, "updated_at": updated_at });
            self.item(table, id, "filled", Some(detail.to_string()))?;
            let changes = before.keys().cloned().collect::<Vec<_>>();
            audit::record(
                self.conn,
                self.ctx,
                table,
                id,
                "import fill",
                serde_json::json!(changes),
            )?;
        }
        Ok(filled)
    }

    pub(super) fn item(&self, entity: &str, id: Id, action: &str, before: Option<String>) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO import_item (import_id, entity, entity_id, action, before)
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
            )?
            .execute(params![self.batch, entity, id, action, before])?;
        Ok(())
    }
}
