//! Capture's rules: which messages make one proposed contact, what a
//! proposal says, and how a message is remembered without keeping it.
//!
//! Messages of one thread with one company on one day are one contact
//! ("3 e-mails: Re: stageplekken voorjaar"), as a person would log it.
//! A message is remembered by a hash of its identifier with the company it
//! was proposed for, so it is never proposed twice, and nothing readable
//! of it is kept.

use super::kinds::{CaptureSource, InteractionKind, MatchedBy};
use chrono::NaiveDate;
use std::collections::HashMap;

/// The longest subject kept as a proposal's note.
const SUBJECT_CHARS: usize = 200;

/// A subject as a note: one line, no control characters (a CR, LF or ESC
/// in a header is someone's trick, not text), at most 200 characters.
pub fn clean_subject(subject: &str) -> String {
    let spaced: String = subject
        .chars()
        .map(|c| if super::text::is_unsafe(c) { ' ' } else { c })
        .collect();
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let joined = words.join(" ");
    match joined.char_indices().nth(SUBJECT_CHARS) {
        Some((cut, _)) => format!("{}…", &joined[..cut]),
        None => joined,
    }
}

/// A stable, unreadable name for an identifier: the first 128 bits of its
/// SHA-256, in hex. Equal identifiers give equal keys; the key says
/// nothing of the identifier (which may hold a name or an address).
pub fn hashed(parts: &[&str]) -> String {
    let mut context = ring::digest::Context::new(&ring::digest::SHA256);
    for part in parts {
        context.update(part.as_bytes());
        context.update(&[0]);
    }
    context.finish().as_ref()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// One message (or event) tied to one company.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// `hashed([identifier, company])`: what `capture_seen` remembers.
    pub key: String,
    /// `hashed([thread identifier])`.
    pub thread: String,
    pub on: NaiveDate,
    pub subject: String,
    pub company: i64,
    /// The company's contact persons among its addresses.
    pub persons: Vec<i64>,
    /// What kind of contact it was: an e-mail, a meeting, a visit.
    pub kind: InteractionKind,
}

/// A contact to propose: what was found of one thread, company and day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub source: CaptureSource,
    pub on: NaiveDate,
    pub company: i64,
    pub thread: String,
    pub subject: String,
    pub items: u32,
    pub persons: Vec<i64>,
    pub matched_by: MatchedBy,
    pub keys: Vec<String>,
    pub kind: InteractionKind,
}

/// Gathers found messages into proposals: one per thread, company and day.
#[derive(Debug, Default)]
pub struct Gatherer {
    at: HashMap<(String, i64, NaiveDate), usize>,
    proposals: Vec<Proposal>,
}

impl Gatherer {
    pub fn add(&mut self, source: CaptureSource, found: Found) {
        let place = (found.thread.clone(), found.company, found.on);
        let matched_by = if found.persons.is_empty() {
            MatchedBy::Domain
        } else {
            MatchedBy::Person
        };
        if let Some(&i) = self.at.get(&place) {
            let proposal = &mut self.proposals[i];
            if proposal.keys.contains(&found.key) {
                return;
            }
            proposal.items += 1;
            proposal.keys.push(found.key);
            for person in found.persons {
                if !proposal.persons.contains(&person) {
                    proposal.persons.push(person);
                }
            }
            if matched_by == MatchedBy::Person {
                proposal.matched_by = MatchedBy::Person;
            }
            return;
        }
        self.at.insert(place, self.proposals.len());
        self.proposals.push(Proposal {
            source,
            on: found.on,
            company: found.company,
            thread: found.thread,
            subject: found.subject,
            items: 1,
            persons: found.persons,
            matched_by,
            keys: vec![found.key],
            kind: found.kind,
        });
    }

    pub fn len(&self) -> usize {
        self.proposals.len()
    }

    pub fn is_empty(&self) -> bool {
        self.proposals.is_empty()
    }

    /// The proposals, oldest first.
    pub fn into_proposals(self) -> Vec<Proposal> {
        let mut proposals = self.proposals;
        proposals.sort_by_key(|p| (p.on, p.company));
        proposals
    }
}

/// The note an accepted proposal is logged with.
pub fn note(source: CaptureSource, items: u32, subject: &str) -> String {
    let subject = if subject.trim().is_empty() {
        crate::t!("capture-no-subject")
    } else {
        subject.to_string()
    };
    match source {
        CaptureSource::Mail => crate::t!("capture-note-mail", count = i64::from(items), subject = subject),
        CaptureSource::Calendar => subject,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(key: &str, thread: &str, company: i64, persons: &[i64]) -> Found {
        Found {
            key: key.into(),
            thread: thread.into(),
            on: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            subject: "Re: stageplekken voorjaar".into(),
            company,
            persons: persons.to_vec(),
            kind: InteractionKind::Email,
        }
    }

    #[test]
    fn a_thread_with_one_company_on_one_day_is_one_proposal() {
        let mut gatherer = Gatherer::default();
        gatherer.add(CaptureSource::Mail, found("a", "t", 1, &[]));
        gatherer.add(CaptureSource::Mail, found("b", "t", 1, &[7]));
        gatherer.add(CaptureSource::Mail, found("b", "t", 1, &[7]));
        gatherer.add(CaptureSource::Mail, found("c", "t", 2, &[]));
        gatherer.add(CaptureSource::Mail, found("d", "u", 1, &[]));
        let proposals = gatherer.into_proposals();
        assert_eq!(proposals.len(), 3);
        let first = proposals.iter().find(|p| p.company == 1 && p.thread == "t").unwrap();
        assert_eq!(first.items, 2, "the same message twice counts once");
        assert_eq!(first.persons, vec![7]);
        assert_eq!(first.matched_by, MatchedBy::Person);
        assert_eq!(first.keys, vec!["a".to_string(), "b".to_string()]);
    }

    #[test]
    fn subjects_lose_controls_and_length_and_keys_say_nothing() {
        assert_eq!(
            clean_subject("Re:\r\n stage\x1b[2J plekken\t "),
            "Re: stage [2J plekken"
        );
        assert_eq!(clean_subject(&"x".repeat(500)).chars().count(), 201);
        let key = hashed(&["<abc@mail.bakker.nl>", "12"]);
        assert_eq!(key.len(), 32);
        assert!(!key.contains("bakker"));
        assert_eq!(key, hashed(&["<abc@mail.bakker.nl>", "12"]));
        assert_ne!(key, hashed(&["<abc@mail.bakker.nl>", "13"]));
    }
}
