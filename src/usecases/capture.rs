//! `kring capture mail`: read a mail source's headers, tie each message to
//! the companies its addresses belong to, gather them into proposed
//! contacts and put those in the inbox — all of a run in one transaction,
//! or nothing (a dry run shows what it would propose and writes nothing).

use crate::domain::amsterdam;
use crate::domain::capture::{hashed, Found, Gatherer, Proposal};
use crate::domain::kinds::CaptureSource;
use crate::io::mailbox::{read_mail, Mail, MailHeaders, MailSource};
use crate::model::capture::CaptureSaved;
use crate::model::Id;
use crate::store::capture::AddressBook;
use crate::store::Store;
use crate::Result;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// A capture run as asked for.
#[derive(Debug, Clone)]
pub struct MailRun {
    pub source: PathBuf,
    /// Leave out what was sent before this day.
    pub since: Option<NaiveDate>,
    pub dry_run: bool,
    /// Accept at once what matched a contact person.
    pub auto: bool,
}

/// A message passed over, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Passed {
    pub place: String,
    pub reason: String,
}

/// One proposal as a dry run shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Shown {
    pub on: NaiveDate,
    pub company: String,
    pub persons: Vec<String>,
    pub note: String,
    pub matched_by: String,
}

/// What a run read and did. Counts only: of the messages that matched
/// nobody, nothing is kept, not even here.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MailReport {
    pub source: &'static str,
    pub messages: usize,
    pub matched: usize,
    pub unmatched: usize,
    pub before_since: usize,
    pub skipped: Vec<Passed>,
    #[serde(flatten)]
    pub saved: CaptureSaved,
    /// With a dry run: what would be proposed.
    pub would_propose: Vec<Shown>,
}

pub fn capture_mail(store: &mut Store, run: &MailRun) -> Result<MailReport> {
    let today = store.today();
    let mut report = MailReport::default();
    let mut gatherer = Gatherer::default();
    {
        let mut book = store.address_book()?;
        let source = read_mail(&run.source, &mut |mail| {
            report.messages += 1;
            match mail {
                Mail::Skipped { place, reason } => report.skipped.push(Passed { place, reason }),
                Mail::Read(headers) => tie(&mut book, headers, run, today, &mut report, &mut gatherer)?,
            }
            Ok(())
        })?;
        report.source = source_name(source);
    }
    let proposals = gatherer.into_proposals();
    if run.dry_run {
        report.saved.already = proposals
            .iter()
            .map(|p| store.captured_before(&p.keys))
            .sum::<Result<usize>>()?;
        report.would_propose = show(store, &proposals)?;
        return Ok(report);
    }
    report.saved = store.save_captures(proposals, store.actor(), run.auto)?;
    Ok(report)
}

fn source_name(source: MailSource) -> &'static str {
    source.name()
}

/// Tie one message to its companies, or count it as matching nobody.
fn tie(
    book: &mut AddressBook<'_>,
    headers: MailHeaders,
    run: &MailRun,
    today: NaiveDate,
    report: &mut MailReport,
    gatherer: &mut Gatherer,
) -> Result<()> {
    // company → its contact persons among the addresses (none: by domain).
    let mut companies: BTreeMap<Id, Vec<Id>> = BTreeMap::new();
    for address in &headers.addresses {
        for found in book.find(address)? {
            let persons = companies.entry(found.company).or_default();
            if let Some(person) = found.person.filter(|p| !persons.contains(p)) {
                persons.push(person);
            }
        }
    }
    if companies.is_empty() {
        report.unmatched += 1;
        return Ok(());
    }
    // Only a message that matched is named, by its place in the run.
    let number = report.messages as i64;
    let place = || crate::t!("capture-message-place", number = number);
    let Some(sent) = headers.sent else {
        report.skipped.push(Passed {
            place: place(),
            reason: crate::t!("capture-skip-no-date"),
        });
        return Ok(());
    };
    let on = amsterdam::from_utc(sent).date();
    if run.since.is_some_and(|since| on < since) {
        report.before_since += 1;
        return Ok(());
    }
    if on > today {
        report.skipped.push(Passed {
            place: place(),
            reason: crate::t!("capture-skip-future", date = crate::l10n::date(on)),
        });
        return Ok(());
    }
    report.matched += 1;
    let identity = message_identity(&headers);
    let thread = hashed(&[headers.thread.as_deref().unwrap_or(&identity)]);
    for (company, persons) in companies {
        gatherer.add(
            CaptureSource::Mail,
            Found {
                key: hashed(&[&identity, &company.to_string()]),
                thread: thread.clone(),
                on,
                subject: headers.subject.clone(),
                company,
                persons,
            },
        );
    }
    Ok(())
}

/// What tells a message from every other: its Message-ID, else (a mailer
/// that wrote none) its date, subject and addresses together.
fn message_identity(headers: &MailHeaders) -> String {
    match &headers.message_id {
        Some(id) => id.clone(),
        None => format!(
            "{:?}\n{}\n{}",
            headers.sent,
            headers.subject,
            headers.addresses.join(",")
        ),
    }
}

fn show(store: &Store, proposals: &[Proposal]) -> Result<Vec<Shown>> {
    proposals
        .iter()
        .map(|p| {
            let (company, persons) = store.proposal_names(p.company, &p.persons)?;
            Ok(Shown {
                on: p.on,
                company,
                persons,
                note: crate::domain::capture::note(p.source, p.items, &p.subject),
                matched_by: p.matched_by.display_label(),
            })
        })
        .collect()
}
