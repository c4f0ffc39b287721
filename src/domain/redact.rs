//! Finding one person in free text, for erasure (GDPR/AVG art. 17) and for a
//! request of access (art. 15): their full name as a whole phrase in any case,
//! with or without accents; their e-mail addresses in any case; their phone
//! numbers however they are written (`06-12345678`, `+31 6 1234 5678`,
//! `+31 (0)6 12 34 56 78`). Pure text rules: which record a mention belongs
//! to, and so whether it is *this* person, is the store's question.

use super::fold::{fold, fold_mapped};
use std::ops::Range;

/// What replaces a mention of an erased person.
pub const REMOVED: &str = "[removed]";

/// What a mention is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Found {
    Name,
    /// The first name alone: too common to erase unasked, listed for review.
    FirstName,
    Email,
    Phone,
}

impl Found {
    pub fn label(self) -> &'static str {
        match self {
            Found::Name => "name",
            Found::FirstName => "first name",
            Found::Email => "e-mail address",
            Found::Phone => "phone number",
        }
    }
}

/// One place in a text: the bytes of the original text, and what they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub bytes: Range<usize>,
    pub found: Found,
}

/// The ways a person can be named in text.
#[derive(Debug, Clone)]
pub struct Identity {
    name: Vec<char>,
    first_name: Option<Vec<char>>,
    emails: Vec<Vec<char>>,
    phones: Vec<String>,
}

impl Identity {
    pub fn new(name: &str, emails: &[&str], phones: &[&str]) -> Identity {
        let folded = fold(name);
        let first_name = folded
            .split_once(' ')
            .map(|(first, _)| first)
            .filter(|first| first.chars().count() >= 2)
            .map(|first| first.chars().collect());
        Identity {
            name: folded.chars().collect(),
            first_name,
            emails: emails
                .iter()
                .map(|e| fold(e))
                .filter(|e| e.contains('@'))
                .map(|e| e.chars().collect())
                .collect(),
            phones: phones.iter().filter_map(|p| phone_key(p)).collect(),
        }
    }

    /// Every mention in `text`, in order, none overlapping (the longer wins).
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let (chars, spans) = fold_mapped(text);
        let mut found = Vec::new();
        let to_bytes = |at: Range<usize>| spans[at.start].0..spans[at.end - 1].1;
        if !self.name.is_empty() {
            for at in phrase_matches(&chars, &self.name, is_word_char) {
                found.push(Mention {
                    bytes: to_bytes(at),
                    found: Found::Name,
                });
            }
        }
        if let Some(first) = &self.first_name {
            for at in phrase_matches(&chars, first, is_word_char) {
                found.push(Mention {
                    bytes: to_bytes(at),
                    found: Found::FirstName,
                });
            }
        }
        for email in &self.emails {
            for at in phrase_matches(&chars, email, is_address_char) {
                found.push(Mention {
                    bytes: to_bytes(at),
                    found: Found::Email,
                });
            }
        }
        for phone in &self.phones {
            for bytes in phone_matches(text, phone) {
                found.push(Mention {
                    bytes,
                    found: Found::Phone,
                });
            }
        }
        // Longest first at each start, then drop what overlaps a kept one.
        found.sort_by_key(|m| (m.bytes.start, std::cmp::Reverse(m.bytes.end)));
        let mut kept: Vec<Mention> = Vec::with_capacity(found.len());
        for mention in found {
            if kept.last().is_none_or(|last| mention.bytes.start >= last.bytes.end) {
                kept.push(mention);
            }
        }
        kept
    }
}

/// `text` with the given mentions replaced by [`REMOVED`].
pub fn redact(text: &str, mentions: &[&Mention]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for mention in mentions {
        out.push_str(&text[at..mention.bytes.start]);
        out.push_str(REMOVED);
        at = mention.bytes.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Where `needle` stands in `haystack` as a whole: the characters on either
/// side are not `inside` characters ("Ad" is not in "Advies").
fn phrase_matches(haystack: &[char], needle: &[char], inside: fn(char) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    if needle.is_empty() || haystack.len() < needle.len() {
        return out;
    }
    let mut start = 0;
    while start + needle.len() <= haystack.len() {
        let end = start + needle.len();
        let bounded = (start == 0 || !inside(haystack[start - 1]))
            && (end == haystack.len() || !continues(haystack, end, inside));
        if bounded && same_phrase(&haystack[start..end], needle) {
            out.push(start..end);
            start = end;
        } else {
            start += 1;
        }
    }
    out
}

/// Equal, where a space, a hyphen and an underscore all count as the break
/// between two words ("noelle-de-vries.csv", "Jansen de Vries").
fn same_phrase(text: &[char], needle: &[char]) -> bool {
    let gap = |c: char| matches!(c, ' ' | '-' | '_');
    text.iter().zip(needle).all(|(a, b)| a == b || (gap(*a) && gap(*b)))
}

/// Whether the text goes on with the same word at `at`: a word character, or
/// in an address, a dot followed by one (a domain continues; a full stop ends).
fn continues(haystack: &[char], at: usize, inside: fn(char) -> bool) -> bool {
    let ch = haystack[at];
    if ch == '.' && inside('.') {
        return haystack.get(at + 1).is_some_and(|next| next.is_alphanumeric());
    }
    inside(ch)
}

fn is_word_char(ch: char) -> bool {
    ch.is_alphanumeric()
}

fn is_address_char(ch: char) -> bool {
    ch.is_alphanumeric() || matches!(ch, '.' | '_' | '%' | '+' | '-' | '@')
}

/// A phone number as digits with its country code: `06-12345678`,
/// `0031 6 12345678`, `+31 (0)6 1234 5678` all become `31612345678`. A
/// number without a country code is taken as Dutch. None for what has too few
/// digits to be a phone number.
pub fn phone_key(text: &str) -> Option<String> {
    let trimmed = text.trim();
    let international = trimmed.starts_with('+');
    let digits: String = trimmed
        .replace("(0)", "")
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let key = if international {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_string()
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("31{rest}")
    } else {
        digits
    };
    (key.len() >= 8).then_some(key)
}

/// The byte ranges of `text` that are the phone number with key `key`.
fn phone_matches(text: &str, key: &str) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, ch) = chars[i];
        let starts_number = (ch == '+' || ch.is_ascii_digit())
            && (i == 0 || !(chars[i - 1].1.is_alphanumeric() || chars[i - 1].1 == '+'));
        if !starts_number {
            i += 1;
            continue;
        }
        let mut matched = None;
        let mut j = i;
        // A phone number is at most about 25 characters however it is written.
        while j < chars.len() && j - i < 30 {
            let c = chars[j].1;
            let allowed = c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '/' | '(' | ')') || (j == i && c == '+');
            if !allowed || (c == ' ' && chars.get(j + 1).is_some_and(|n| n.1 == ' ')) {
                break;
            }
            let ends_number = c.is_ascii_digit() && chars.get(j + 1).is_none_or(|n| !n.1.is_ascii_digit());
            if ends_number {
                let end = chars.get(j + 1).map_or(text.len(), |n| n.0);
                if phone_key(&text[start..end]).as_deref() == Some(key) {
                    matched = Some((end, j));
                    break;
                }
            }
            j += 1;
        }
        match matched {
            Some((end, last)) if chars.get(last + 1).is_none_or(|n| !n.1.is_alphanumeric()) => {
                out.push(start..end);
                i = last + 1;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scrub(who: &Identity, text: &str) -> String {
        let found = who.mentions(text);
        let erased: Vec<&Mention> = found.iter().filter(|m| m.found != Found::FirstName).collect();
        redact(text, &erased)
    }

    #[test]
    fn the_name_in_any_case_and_with_or_without_accents() {
        let noelle = Identity::new("Noëlle de Vries", &[], &[]);
        assert_eq!(scrub(&noelle, "Gebeld met NOELLE DE VRIES."), "Gebeld met [removed].");
        assert_eq!(scrub(&noelle, "noëlle de  vries belt"), "[removed] belt");
        assert_eq!(scrub(&noelle, "Noelle de\nVries, en Piet"), "[removed], en Piet");
        assert_eq!(
            scrub(&noelle, "Noëlle de Vriesland"),
            "Noëlle de Vriesland",
            "a longer word is someone else"
        );
        assert_eq!(scrub(&noelle, "import noelle-de-vries.csv"), "import [removed].csv");
        assert_eq!(scrub(&noelle, "Sprak Noëlle de Vries.Daarna"), "Sprak [removed].Daarna");
    }

    #[test]
    fn a_word_that_merely_contains_the_name_stays() {
        let ad = Identity::new("Ad", &[], &[]);
        assert_eq!(
            scrub(&ad, "Advies van Ad over Adres"),
            "Advies van [removed] over Adres"
        );
    }

    #[test]
    fn the_first_name_alone_is_found_but_kept_for_review() {
        let noelle = Identity::new("Noëlle de Vries", &[], &[]);
        let found = noelle.mentions("Noëlle belde; Noëlle de Vries ook");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].found, Found::FirstName);
        assert_eq!(found[1].found, Found::Name, "the whole name wins over its first word");
    }

    #[test]
    fn e_mail_addresses_in_any_case_but_not_inside_longer_ones() {
        let who = Identity::new("X Y", &["Noelle@DeZaan.nl"], &[]);
        assert_eq!(scrub(&who, "Mail noelle@dezaan.nl."), "Mail [removed].");
        assert_eq!(scrub(&who, "NOELLE@DEZAAN.NL;"), "[removed];");
        assert_eq!(scrub(&who, "info.noelle@dezaan.nl"), "info.noelle@dezaan.nl");
        assert_eq!(scrub(&who, "noelle@dezaan.nl.com"), "noelle@dezaan.nl.com");
    }

    #[test]
    fn phone_numbers_however_they_are_written() {
        let who = Identity::new("X Y", &[], &["06-12345678"]);
        for written in [
            "06-12345678",
            "0612345678",
            "+31 6 1234 5678",
            "+31 (0)6 12 34 56 78",
            "0031 6 12345678",
            "06 1234 5678",
            "+31612345678",
        ] {
            assert_eq!(
                scrub(&who, &format!("bel {written} morgen")),
                "bel [removed] morgen",
                "{written}"
            );
        }
        assert_eq!(
            scrub(&who, "bel 06-123456789"),
            "bel 06-123456789",
            "a longer number is another one"
        );
        assert_eq!(scrub(&who, "order 106123456780"), "order 106123456780");
        assert_eq!(scrub(&who, "tel:0612345678, 2 stagiairs"), "tel:[removed], 2 stagiairs");
    }

    #[test]
    fn phone_keys() {
        assert_eq!(phone_key("06-12345678").as_deref(), Some("31612345678"));
        assert_eq!(phone_key("+32 470 12 34 56").as_deref(), Some("32470123456"));
        assert_eq!(phone_key("112"), None);
    }
}
