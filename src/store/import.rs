//! Importing companies and contact persons from a spreadsheet, all or
//! nothing: every row in one transaction; the first bad row (with its line
//! number) rolls everything back. Rows match existing records by KvK
//! number, then by name and city; people by e-mail, then by name at the company.

use super::companies::{insert_company, NewCompany};
use super::people::{insert_person, NewPerson};
use super::{audit, Ctx, Id, Store};
use crate::domain::fold::fold;
use crate::domain::validate;
use crate::{Error, Result};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::Serialize;

/// One row to import: a company and maybe a contact person there.
#[derive(Debug, Clone)]
pub struct ImportRow {
    pub line: u64,
    pub company: NewCompany,
    pub person: Option<NewPerson>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    pub companies_created: usize,
    pub companies_matched: usize,
    pub people_created: usize,
    pub people_matched: usize,
    /// What happened to each row: `line N: …`.
    pub lines: Vec<String>,
    /// Rows left out with `skip_invalid`: (line, reason).
    pub rejected: Vec<(u64, String)>,
    pub dry_run: bool,
}

impl ImportReport {
    fn counts(&self) -> [usize; 5] {
        [
            self.companies_created,
            self.companies_matched,
            self.people_created,
            self.people_matched,
            self.lines.len(),
        ]
    }

    /// Forget what a rolled-back row counted.
    fn restore(&mut self, [cc, cm, pc, pm, lines]: [usize; 5]) {
        (
            self.companies_created,
            self.companies_matched,
            self.people_created,
            self.people_matched,
        ) = (cc, cm, pc, pm);
        self.lines.truncate(lines);
    }
}

impl Store {
    /// Import the rows in one transaction (rolled back with `dry_run`, or at
    /// the first bad row, whose line number the error names). With
    /// `skip_invalid`, a bad row is left out (and reported) instead.
    pub fn import_rows(
        &mut self,
        source: &str,
        rows: &[ImportRow],
        dry_run: bool,
        skip_invalid: bool,
    ) -> Result<ImportReport> {
        let ctx = Ctx {
            now: self.clock.now(),
            today: self.clock.today,
            actor: self.actor,
            bulk: false,
        };
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut report = ImportReport {
            dry_run,
            ..Default::default()
        };
        for row in rows {
            // Each row in a savepoint, so a rejected row leaves no half behind.
            tx.execute_batch("SAVEPOINT import_row")?;
            let counts = report.counts();
            match import_row(&tx, &ctx, row, &mut report) {
                Ok(()) => tx.execute_batch("RELEASE import_row")?,
                Err(e) if skip_invalid => {
                    tx.execute_batch("ROLLBACK TO import_row; RELEASE import_row")?;
                    report.restore(counts);
                    report.rejected.push((row.line, e.to_string()));
                }
                Err(e) => return Err(Error::invalid(format!("line {}: {e}", row.line))),
            }
        }
        audit::record(
            &tx,
            &ctx,
            "database",
            0,
            "import",
            serde_json::json!({
                "source": source,
                "companies_created": report.companies_created,
                "people_created": report.people_created
            }),
        )?;
        if dry_run {
            tx.rollback()?;
        } else {
            tx.commit()?;
        }
        Ok(report)
    }
}

fn import_row(conn: &Connection, ctx: &Ctx, row: &ImportRow, report: &mut ImportReport) -> Result<()> {
    let name = validate::name("company name", &row.company.name)?;
    let kvk = validate::optional(row.company.kvk.as_deref())
        .map(|k| validate::kvk(&k))
        .transpose()?;
    let existing = match &kvk {
        Some(kvk) => conn
            .query_row("SELECT id FROM company WHERE kvk = ?1", [kvk], |r| r.get(0))
            .optional()?,
        None => None,
    };
    let existing: Option<Id> = match existing {
        Some(id) => Some(id),
        None => conn
            .query_row(
                "SELECT id FROM company WHERE name_fold = ?1 AND coalesce(city_fold, '') = ?2 AND archived = 0",
                params![fold(&name), fold(row.company.city.as_deref().unwrap_or(""))],
                |r| r.get(0),
            )
            .optional()?,
    };
    let (company, what) = match existing {
        Some(id) => {
            report.companies_matched += 1;
            (id, format!("{name}: matched #{id}"))
        }
        None => {
            report.companies_created += 1;
            let id = insert_company(
                conn,
                ctx,
                &NewCompany {
                    kvk: kvk.clone(),
                    ..row.company.clone()
                },
            )?;
            (id, format!("{name}: created"))
        }
    };
    let mut line = format!("line {}: {what}", row.line);
    if let Some(person) = &row.person {
        let email = validate::optional(person.email.as_deref())
            .map(|e| validate::email(&e))
            .transpose()?;
        let by_email: Option<Id> = match &email {
            Some(email) => conn
                .query_row("SELECT id FROM person WHERE lower(email) = lower(?1)", [email], |r| {
                    r.get(0)
                })
                .optional()?,
            None => None,
        };
        let found = match by_email {
            Some(id) => Some(id),
            None => conn
                .query_row(
                    "SELECT p.id FROM person p JOIN employment e ON e.person_id = p.id
                      WHERE e.company_id = ?1 AND p.name_fold = ?2 LIMIT 1",
                    params![company, fold(&person.name)],
                    |r| r.get(0),
                )
                .optional()?,
        };
        match found {
            Some(id) => {
                report.people_matched += 1;
                line.push_str(&format!("; {} matched #{id}", person.name));
            }
            None => {
                report.people_created += 1;
                insert_person(
                    conn,
                    ctx,
                    &NewPerson {
                        company: Some(company),
                        email,
                        ..person.clone()
                    },
                )?;
                line.push_str(&format!("; {} added", person.name));
            }
        }
    }
    report.lines.push(line);
    Ok(())
}
