//! `kring capture mail` and `kring capture calendar`: read a source, tie
//! each message or event to the companies its addresses belong to, gather
//! them into proposed contacts and put those in the inbox — all of a run
//! in one transaction, or nothing (a dry run shows what it would propose
//! and writes nothing).

use crate::domain::amsterdam;
use crate::domain::capture::{hashed, Found, Gatherer, Proposal};
use crate::domain::kinds::{CaptureSource, InteractionKind};
use crate::io::calendar::{read_calendar, CalendarItem, Occurrence};
use crate::io::fetch::{fetch, is_url};
use crate::io::imap::{read_imap, Credential, FolderRead, FolderState, ImapSource};
use crate::io::mailbox::{read_mail, Mail, MailHeaders};
use crate::model::capture::{CaptureSaved, FolderMark};
use crate::model::Id;
use crate::store::capture::AddressBook;
use crate::store::Store;
use crate::Result;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

/// A capture run as asked for.
#[derive(Debug, Clone)]
pub struct CaptureRun {
    pub source: PathBuf,
    /// Leave out what happened before this day.
    pub since: Option<NaiveDate>,
    pub dry_run: bool,
    /// Accept at once what matched a contact person.
    pub auto: bool,
    /// How to log in to a mail server (an `imaps://` source).
    pub credential: Option<Credential>,
}

/// What became of one folder of a mail server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FolderOutcome {
    pub folder: String,
    /// `read`, `renumbered` (read again whole) or `missing`.
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A message or event passed over, and why.
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
    pub kind: InteractionKind,
    pub note: String,
    pub matched_by: String,
}

/// What a run read and did. Counts only: of what matched nobody, nothing
/// is kept, not even here.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CaptureReport {
    /// What the source was: eml, folder, mbox, maildir, ics.
    pub source: &'static str,
    /// Messages read (mail).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<usize>,
    /// Occurrences of events read (calendar).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<usize>,
    pub matched: usize,
    pub unmatched: usize,
    pub before_since: usize,
    /// Calendar: invitations the owner declined.
    pub declined: usize,
    pub skipped: Vec<Passed>,
    /// A mail server's folders.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub folders: Vec<FolderOutcome>,
    #[serde(flatten)]
    pub saved: CaptureSaved,
    /// With a dry run: what would be proposed.
    pub would_propose: Vec<Shown>,
}

impl CaptureReport {
    /// Messages or events read.
    pub fn read(&self) -> usize {
        self.messages.or(self.events).unwrap_or(0)
    }
}

/// What one run gathers, shared by mail and calendar.
struct Run<'r> {
    run: &'r CaptureRun,
    today: NaiveDate,
    report: CaptureReport,
    gatherer: Gatherer,
}

impl Run<'_> {
    /// The companies `addresses` belong to, each with its contact persons
    /// among them; `None` (and counted) when they match nobody.
    fn companies(&mut self, book: &mut AddressBook<'_>, addresses: &[String]) -> Result<Option<BTreeMap<Id, Vec<Id>>>> {
        let mut companies: BTreeMap<Id, Vec<Id>> = BTreeMap::new();
        for address in addresses {
            for found in book.find(address)? {
                let persons = companies.entry(found.company).or_default();
                if let Some(person) = found.person.filter(|p| !persons.contains(p)) {
                    persons.push(person);
                }
            }
        }
        if companies.is_empty() {
            self.report.unmatched += 1;
            return Ok(None);
        }
        Ok(Some(companies))
    }

    /// Whether a matched item's day is one to propose (else counted or
    /// named as passed over, by its place in the run).
    fn in_range(&mut self, on: Option<NaiveDate>, number: usize) -> Option<NaiveDate> {
        let place = || crate::t!("capture-message-place", number = number as i64);
        let Some(on) = on else {
            let reason = crate::t!("capture-skip-no-date");
            self.report.skipped.push(Passed { place: place(), reason });
            return None;
        };
        if self.run.since.is_some_and(|since| on < since) {
            self.report.before_since += 1;
            return None;
        }
        if on > self.today {
            let reason = crate::t!("capture-skip-future", date = crate::l10n::date(on));
            self.report.skipped.push(Passed { place: place(), reason });
            return None;
        }
        self.report.matched += 1;
        Some(on)
    }

    /// Put the proposals in the inbox, or (a dry run) show them.
    fn finish(self, store: &mut Store) -> Result<CaptureReport> {
        self.finish_marking(store, &[])
    }

    /// As `finish`, and note where each folder of a mail server stopped, in
    /// the same transaction.
    fn finish_marking(mut self, store: &mut Store, marks: &[FolderMark<'_>]) -> Result<CaptureReport> {
        let proposals = self.gatherer.into_proposals();
        if self.run.dry_run {
            self.report.saved.already = proposals
                .iter()
                .map(|p| store.captured_before(&p.keys))
                .sum::<Result<usize>>()?;
            self.report.would_propose = show(store, &proposals)?;
            return Ok(self.report);
        }
        self.report.saved = store.save_captures(proposals, store.actor(), self.run.auto, marks)?;
        Ok(self.report)
    }
}

pub fn capture_mail(store: &mut Store, run: &CaptureRun) -> Result<CaptureReport> {
    let source = run.source.to_string_lossy().into_owned();
    if ImapSource::is_imap(&source) {
        return capture_imap(store, run, &ImapSource::parse(&source)?);
    }
    let mut this = Run {
        run,
        today: store.today(),
        report: CaptureReport::default(),
        gatherer: Gatherer::default(),
    };
    let mut read = 0;
    {
        let mut book = store.address_book()?;
        let source = read_mail(&run.source, &mut |mail| {
            read += 1;
            match mail {
                Mail::Skipped { place, reason } => this.report.skipped.push(Passed { place, reason }),
                Mail::Read(headers) => tie_message(&mut this, &mut book, headers, read)?,
            }
            Ok(())
        })?;
        this.report.source = source.name();
    }
    this.report.messages = Some(read);
    this.finish(store)
}

/// A mail server's folders, each from where the last run stopped.
fn capture_imap(store: &mut Store, run: &CaptureRun, source: &ImapSource) -> Result<CaptureReport> {
    let credential = run.credential.as_ref().ok_or_else(|| {
        crate::Error::invalid(crate::t!(
            "err-imap-no-password",
            user = source.user.as_str(),
            server = source.host.as_str()
        ))
    })?;
    // Where each folder stood, read before the run's snapshot is taken.
    let mut known = HashMap::new();
    for folder in &source.folders {
        let key = hashed(&[&source.folder_name(folder)]);
        if let Some((uid_validity, last_uid)) = store.capture_folder(&key)? {
            known.insert(key, FolderState { uid_validity, last_uid });
        }
    }
    let mut this = Run {
        run,
        today: store.today(),
        report: CaptureReport {
            source: "imap",
            ..Default::default()
        },
        gatherer: Gatherer::default(),
    };
    let mut read = 0;
    let outcome = {
        let mut book = store.address_book()?;
        let known_state = |name: &str| Ok(known.get(&hashed(&[name])).copied());
        read_imap(source, credential, run.since, &known_state, &mut |mail| {
            read += 1;
            match mail {
                Mail::Skipped { place, reason } => this.report.skipped.push(Passed { place, reason }),
                Mail::Read(headers) => tie_message(&mut this, &mut book, headers, read)?,
            }
            Ok(())
        })?
    };
    this.report.messages = Some(read);
    let keys: Vec<(String, FolderState)> = outcome
        .iter()
        .filter_map(|(folder, how)| match how {
            FolderRead::Read { state, .. } => Some((hashed(&[&source.folder_name(folder)]), *state)),
            FolderRead::Missing(_) => None,
        })
        .collect();
    this.report.folders = outcome
        .into_iter()
        .map(|(folder, how)| match how {
            FolderRead::Read { renumbered, .. } => FolderOutcome {
                folder,
                status: if renumbered { "renumbered" } else { "read" },
                reason: None,
            },
            FolderRead::Missing(reason) => FolderOutcome {
                folder,
                status: "missing",
                reason: Some(reason),
            },
        })
        .collect();
    let marks: Vec<FolderMark<'_>> = keys
        .iter()
        .map(|(key, state)| FolderMark {
            folder: key,
            uid_validity: state.uid_validity,
            last_uid: state.last_uid,
        })
        .collect();
    this.finish_marking(store, &marks)
}

/// Tie one message to its companies.
fn tie_message(this: &mut Run<'_>, book: &mut AddressBook<'_>, headers: MailHeaders, number: usize) -> Result<()> {
    let Some(companies) = this.companies(book, &headers.addresses)? else {
        return Ok(());
    };
    let on = headers.sent.map(|sent| amsterdam::from_utc(sent).date());
    let Some(on) = this.in_range(on, number) else {
        return Ok(());
    };
    let identity = message_identity(&headers);
    let thread = hashed(&[headers.thread.as_deref().unwrap_or(&identity)]);
    for (company, persons) in companies {
        this.gatherer.add(
            CaptureSource::Mail,
            Found {
                key: hashed(&[&identity, &company.to_string()]),
                thread: thread.clone(),
                on,
                subject: headers.subject.clone(),
                company,
                persons,
                kind: InteractionKind::Email,
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

pub fn capture_calendar(store: &mut Store, run: &CaptureRun) -> Result<CaptureReport> {
    let mut this = Run {
        run,
        today: store.today(),
        report: CaptureReport {
            source: "ics",
            ..Default::default()
        },
        gatherer: Gatherer::default(),
    };
    let owner = store.actor();
    let mut read = 0;
    // A published calendar is fetched first (it is read twice).
    let source = run.source.to_string_lossy();
    let fetched = is_url(&source).then(|| fetch(&source)).transpose()?;
    let file = fetched.as_ref().map_or(run.source.as_path(), |f| f.path());
    {
        let mut book = store.address_book()?;
        let mine = book.owner_addresses(owner)?;
        read_calendar(file, this.today, &mut |item| {
            read += 1;
            match item {
                CalendarItem::Skipped { place, reason } => this.report.skipped.push(Passed { place, reason }),
                CalendarItem::Event(event) if event.declined.iter().any(|a| mine.contains(a)) => {
                    this.report.declined += 1
                }
                CalendarItem::Event(event) => tie_event(&mut this, &mut book, event, read)?,
            }
            Ok(())
        })?;
    }
    this.report.events = Some(read);
    this.finish(store)
}

/// Tie one occurrence of an event to its companies: a meeting, or a visit
/// when it was at the company's address.
fn tie_event(this: &mut Run<'_>, book: &mut AddressBook<'_>, event: Occurrence, number: usize) -> Result<()> {
    let Some(companies) = this.companies(book, &event.addresses)? else {
        return Ok(());
    };
    let Some(on) = this.in_range(Some(event.on), number) else {
        return Ok(());
    };
    let instance = event.instance.unwrap_or(event.on).to_string();
    let thread = hashed(&[&event.uid, &instance]);
    for (company, persons) in companies {
        let kind = match book.at_company(company, &event.location)? {
            true => InteractionKind::Visit,
            false => InteractionKind::Meeting,
        };
        this.gatherer.add(
            CaptureSource::Calendar,
            Found {
                key: hashed(&[&event.uid, &instance, &company.to_string()]),
                thread: thread.clone(),
                on,
                subject: event.summary.clone(),
                company,
                persons,
                kind,
            },
        );
    }
    Ok(())
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
                kind: p.kind,
                note: crate::domain::capture::note(p.source, p.items, &p.subject),
                matched_by: p.matched_by.display_label(),
            })
        })
        .collect()
}
