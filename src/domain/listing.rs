//! A saved view's words read as a company or person listing, where they
//! are one of those — what Today counts ("Praktijkopleiders zonder contact:
//! 12") and the terminal UI's lists apply. Only the flags that choose rows
//! are read (order and limit do not change how many there are); a flag this
//! reader does not know makes the view one it leaves to the command line.

use crate::domain::filter_words::FilterWords;
use crate::domain::kinds::{CompanyStatus, ContactRole, OrganisationKind};

/// A listing's filters, as words (names and dates are read by the store).
#[derive(Debug, Clone, PartialEq)]
pub enum Listing {
    Companies(CompanyWords),
    People(PeopleWords),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CompanyWords {
    pub filter: FilterWords,
    pub member_of: Option<String>,
    pub archived: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PeopleWords {
    pub company: Option<String>,
    pub search: Option<String>,
    /// `Some("")`: every alumnus.
    pub alumni: Option<String>,
    pub role: Option<ContactRole>,
    pub topic: Option<String>,
    pub tag: Option<String>,
    pub do_not_contact: bool,
    /// As typed: `2026-08-01`, `-1y`.
    pub no_contact_since: Option<String>,
    pub without_basis: bool,
}

/// The listing the words make, or `None` when they make another command
/// (or use a flag this reader leaves to the command line).
pub fn listing(words: &[String]) -> Option<Listing> {
    let (what, flags) = match words {
        [a, b, rest @ ..] if a == "company" && b == "list" => ("company", rest),
        [a, b, rest @ ..] if a == "person" && b == "list" => ("person", rest),
        _ => return None,
    };
    let mut flags = Flags::new(flags);
    match what {
        "company" => companies(&mut flags).map(Listing::Companies),
        _ => people(&mut flags).map(Listing::People),
    }
}

/// `--name value`, `--name=value` and bare switches, one at a time.
struct Flags<'a> {
    words: &'a [String],
    at: usize,
}

impl<'a> Flags<'a> {
    fn new(words: &'a [String]) -> Flags<'a> {
        Flags { words, at: 0 }
    }

    /// The next flag's name and, when it was written with `=`, its value.
    fn next(&mut self) -> Option<(String, Option<String>)> {
        let word = self.words.get(self.at)?;
        self.at += 1;
        let name = word.strip_prefix("--")?;
        Some(match name.split_once('=') {
            Some((name, value)) => (name.to_string(), Some(value.to_string())),
            None => (name.to_string(), None),
        })
    }

    /// A flag's value: after `=`, else the next word.
    fn value(&mut self, given: Option<String>) -> Option<String> {
        given.or_else(|| {
            let word = self.words.get(self.at)?.clone();
            self.at += 1;
            Some(word)
        })
    }

    /// An optional value (`--alumni`, `--alumni Zorg`): the next word unless it is a flag.
    fn optional(&mut self, given: Option<String>) -> String {
        given
            .or_else(|| {
                let word = self.words.get(self.at).filter(|w| !w.starts_with("--"))?.clone();
                self.at += 1;
                Some(word)
            })
            .unwrap_or_default()
    }

    fn done(&self) -> bool {
        self.at >= self.words.len()
    }
}

fn companies(flags: &mut Flags) -> Option<CompanyWords> {
    let mut words = CompanyWords::default();
    while !flags.done() {
        let (name, given) = flags.next()?;
        let f = &mut words.filter;
        match name.as_str() {
            "status" => f.status = Some(CompanyStatus::parse(&flags.value(given)?).ok()?),
            "owner" => f.owner = Some(flags.value(given)?),
            "tag" => f.tag = Some(flags.value(given)?),
            "city" => f.city = Some(flags.value(given)?),
            "sector" => f.sector = Some(flags.value(given)?),
            "kind" => f.kind = Some(OrganisationKind::parse(&flags.value(given)?).ok()?),
            "circle" => f.circle = Some(flags.value(given)?),
            "search" => f.text = Some(flags.value(given)?),
            "recognised" => f.recognised = Some(true),
            "member-of" => words.member_of = Some(flags.value(given)?),
            "archived" => words.archived = true,
            "sort" | "limit" => {
                flags.value(given)?;
            }
            "json" => {}
            _ => return None,
        }
    }
    Some(words)
}

fn people(flags: &mut Flags) -> Option<PeopleWords> {
    let mut words = PeopleWords::default();
    while !flags.done() {
        let (name, given) = flags.next()?;
        match name.as_str() {
            "company" => words.company = Some(flags.value(given)?),
            "search" => words.search = Some(flags.value(given)?),
            "alumni" => words.alumni = Some(flags.optional(given)),
            "role" => words.role = Some(ContactRole::parse(&flags.value(given)?).ok()?),
            "topic" => words.topic = Some(flags.value(given)?),
            "tag" => words.tag = Some(flags.value(given)?),
            "do-not-contact" => words.do_not_contact = true,
            "no-contact-since" => words.no_contact_since = Some(flags.value(given)?),
            "without-basis" => words.without_basis = true,
            "limit" => {
                flags.value(given)?;
            }
            "json" => {}
            _ => return None,
        }
    }
    Some(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn person_and_company_listings_are_read() {
        let Some(Listing::People(p)) = listing(&words(
            "person list --role praktijkopleider --no-contact-since=-1y --alumni --without-basis",
        )) else {
            panic!("a person listing");
        };
        assert_eq!(p.role, Some(ContactRole::WorkplaceTrainer));
        assert_eq!(p.no_contact_since.as_deref(), Some("-1y"));
        assert_eq!(p.alumni.as_deref(), Some(""));
        assert!(p.without_basis);
        let Some(Listing::Companies(c)) = listing(&words("company list --tag techniek --status actief --sort city"))
        else {
            panic!("a company listing");
        };
        assert_eq!(c.filter.tag.as_deref(), Some("techniek"));
        assert_eq!(c.filter.status, Some(CompanyStatus::Active));
    }

    #[test]
    fn other_commands_and_unknown_flags_are_left_to_the_command_line() {
        assert_eq!(listing(&words("followup list --overdue")), None);
        assert_eq!(listing(&words("company list --colour red")), None);
        assert_eq!(listing(&words("person list --role baas")), None);
        assert_eq!(listing(&words("company list --tag")), None, "a flag without its value");
    }
}
