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
    /// The record could not be read (an address card with a broken value):
    /// why. It is rejected as a row that is bad in itself.
    pub problem: Option<String>,
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
    /// How many rows the file had (rejected ones too).
    pub rows: usize,
    /// What happened to each row: `line N: …`.
    pub lines: ReportLines,
    /// Rows left out with `skip_invalid`: (line, reason).
    pub rejected: Vec<(u64, String)>,
    pub dry_run: bool,
    /// Owners the file names who are no current staff member here (a list
    /// exported elsewhere): their companies went to the import's owner.
    pub owners_unknown: Vec<String>,
    /// Known people the file places at another company: they may have left
    /// (`kring person left`), which the import does not decide for them.
    pub moved: Vec<Moved>,
}

/// A known person the file places elsewhere than kring does.
#[derive(Debug, Clone, Default, serde::Serialize, PartialEq)]
pub struct Moved {
    pub person: String,
    /// Where kring has them now.
    pub from: String,
    /// Where the file has them.
    pub to: String,
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
            self.lines.text.len(),
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

/// The report's line for each row, kept as one text: an import of 100k
/// rows holds 100k lines until it is done, and a `String` each would be
/// twice their size. Written as a list of strings in `--json`.
#[derive(Debug, Clone, Default)]
pub struct ReportLines {
    text: String,
    /// Where each line ends in `text`.
    ends: Vec<u32>,
}

impl ReportLines {
    pub fn push(&mut self, line: &str) {
        self.text.push_str(line);
        self.ends.push(self.text.len() as u32);
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(start, end)| &self.text[start as usize..*end as usize])
    }

    /// Forget the lines after the first `bytes` of text.
    fn truncate(&mut self, bytes: usize) {
        self.text.truncate(bytes);
        let keep = self.ends.partition_point(|end| *end as usize <= bytes);
        self.ends.truncate(keep);
    }
}

impl<'a> IntoIterator for &'a ReportLines {
    type Item = &'a str;
    type IntoIter = Box<dyn Iterator<Item = &'a str> + 'a>;

    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl Serialize for ReportLines {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}
