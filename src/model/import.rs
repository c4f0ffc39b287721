//! Model types of import: what the store hands out and takes in, independent of SQL.

use super::companies::NewCompany;
use super::people::NewPerson;
use super::Id;
use serde::Serialize;

/// One row to import: a company and maybe a contact person there, or a
/// person without a company (a private contact, an independent expert).
#[derive(Debug, Clone, Default)]
pub struct ImportRow {
    pub line: u64,
    pub company: Option<NewCompany>,
    pub person: Option<NewPerson>,
    /// A new company's status and owner (a staff member's name) as the
    /// file gives them (kring's own export has both); a matched company
    /// keeps its own.
    pub status: Option<String>,
    pub owner: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    /// The import's number (for `kring import undo`); none in a dry run.
    pub import_id: Option<Id>,
    pub companies_created: usize,
    pub companies_matched: usize,
    pub companies_updated: usize,
    pub people_created: usize,
    pub people_matched: usize,
    pub people_updated: usize,
    /// What happened to each row: `line N: …`.
    pub lines: Vec<String>,
    /// Rows left out with `skip_invalid`: (line, reason).
    pub rejected: Vec<(u64, String)>,
    pub dry_run: bool,
}

impl ImportReport {
    pub(crate) fn counts(&self) -> [usize; 7] {
        [
            self.companies_created,
            self.companies_matched,
            self.companies_updated,
            self.people_created,
            self.people_matched,
            self.people_updated,
            self.lines.len(),
        ]
    }

    /// Forget what a rolled-back row counted.
    pub(crate) fn restore(&mut self, [cc, cm, cu, pc, pm, pu, lines]: [usize; 7]) {
        self.companies_created = cc;
        self.companies_matched = cm;
        self.companies_updated = cu;
        self.people_created = pc;
        self.people_matched = pm;
        self.people_updated = pu;
        self.lines.truncate(lines);
    }
}
