//! Dutch names in their parts: given name, tussenvoegsel (infix) and family
//! name — "Jeroen" / "de" / "Vries", "Joost" / "van 't" / "Hek". Address
//! books keep them apart (Outlook's Middle Name, vCard's N); a full name
//! typed as one string is split where a tussenvoegsel starts. Pure.

use serde::Serialize;

/// Words that start a Dutch (or Flemish, French, German) family name
/// without being part of what it sorts on.
const INFIX_WORDS: &[&str] = &[
    "van", "de", "der", "den", "het", "'t", "te", "ten", "ter", "in", "'s", "op", "aan", "bij", "uit", "onder", "voor",
    "over", "la", "le", "du", "d'", "di", "da", "del", "des", "dos", "von", "zu", "vd", "v.d.",
];

/// Forms of address that go before a name, never into a job title.
const HONORIFICS: &[&str] = &[
    "dhr", "dhr.", "mevr", "mevr.", "mw", "mw.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "drs",
    "drs.", "ir", "ir.", "ing", "ing.", "prof", "prof.", "mr. dr.", "heer", "mevrouw", "de heer", "sir", "madam",
];

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NameParts {
    pub given: String,
    pub infix: String,
    pub family: String,
}

fn is_infix_word(word: &str) -> bool {
    INFIX_WORDS.contains(&word.to_lowercase().as_str())
}

/// Whether every word of `text` is a tussenvoegsel ("de", "van der", "van 't").
pub fn is_infix(text: &str) -> bool {
    let mut words = text.split_whitespace().peekable();
    words.peek().is_some() && words.all(is_infix_word)
}

/// Whether `text` is a form of address ("Dhr.", "Mevr.", "ir.") rather than
/// a job title.
pub fn is_honorific(text: &str) -> bool {
    let folded = text.trim().to_lowercase();
    !folded.is_empty()
        && (HONORIFICS.contains(&folded.as_str()) || folded.split_whitespace().all(|w| HONORIFICS.contains(&w)))
}

/// Words joined by one space, the empty ones left out.
pub fn join_words(words: &[&str]) -> String {
    words
        .iter()
        .filter(|w| !w.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A job title that is really a form of address ("Dhr." in Outlook's
/// Title column, "ir." in a vCard's TITLE) goes to the honorific instead:
/// (title, honorific).
pub fn title_and_honorific(title: Option<String>, honorific: Option<String>) -> (Option<String>, Option<String>) {
    match title {
        Some(title) if is_honorific(&title) => (None, honorific.or(Some(title))),
        title => (title, honorific),
    }
}

impl NameParts {
    /// The parts as stored columns (given, infix, family): an empty part is none.
    pub fn columns(parts: Option<&NameParts>) -> [Option<String>; 3] {
        let part = |text: &str| (!text.is_empty()).then(|| text.to_string());
        match parts {
            Some(p) => [part(&p.given), part(&p.infix), part(&p.family)],
            None => [None, None, None],
        }
    }

    /// Split a full name: the given name is everything before the first
    /// tussenvoegsel (or the first word when there is none), the family
    /// name what follows the tussenvoegsels. One word is a family name.
    pub fn split(full: &str) -> NameParts {
        let words: Vec<&str> = full.split_whitespace().collect();
        match words.len() {
            0 => return NameParts::default(),
            1 => {
                return NameParts {
                    family: words[0].to_string(),
                    ..NameParts::default()
                }
            }
            _ => {}
        }
        // The family name is at least the last word: a name ending in "de"
        // keeps it as its family name.
        let last = words.len() - 1;
        let infix_start = (1..last).find(|&i| is_infix_word(words[i]));
        let (given_end, family_start) = match infix_start {
            Some(start) => {
                let mut end = start;
                while end < last && is_infix_word(words[end]) {
                    end += 1;
                }
                (start, end)
            }
            None => (1, 1),
        };
        NameParts {
            given: words[..given_end].join(" "),
            infix: words[given_end..family_start].join(" "),
            family: words[family_start..].join(" "),
        }
    }

    /// From the separate fields an address book gives: a middle name that is
    /// a tussenvoegsel is the infix (else it belongs to the given names), and
    /// a last name typed with its tussenvoegsel ("de Vries") is split.
    pub fn from_fields(given: Option<&str>, middle: Option<&str>, family: Option<&str>) -> NameParts {
        let clean = |s: Option<&str>| s.map(str::trim).unwrap_or("").to_string();
        let (mut given, middle, family) = (clean(given), clean(middle), clean(family));
        let mut infix = String::new();
        if is_infix(&middle) {
            infix = middle;
        } else if !middle.is_empty() {
            given = join_words(&[given.as_str(), middle.as_str()]);
        }
        let words: Vec<&str> = family.split_whitespace().collect();
        let lead = words.iter().take_while(|w| is_infix_word(w)).count();
        let family = if lead > 0 && lead < words.len() {
            let lead_infix = words[..lead].join(" ");
            infix = join_words(&[infix.as_str(), lead_infix.as_str()]);
            words[lead..].join(" ")
        } else {
            family
        };
        NameParts { given, infix, family }
    }

    /// The name as it is written: "Jeroen de Vries".
    pub fn display(&self) -> String {
        join_words(&[self.given.as_str(), self.infix.as_str(), self.family.as_str()])
    }

    pub fn is_empty(&self) -> bool {
        self.given.is_empty() && self.infix.is_empty() && self.family.is_empty()
    }

    /// The stored parts where there are any, else the parts of the full name.
    pub fn of(full: &str, given: Option<&str>, infix: Option<&str>, family: Option<&str>) -> NameParts {
        let stored = NameParts {
            given: given.unwrap_or("").to_string(),
            infix: infix.unwrap_or("").to_string(),
            family: family.unwrap_or("").to_string(),
        };
        if stored.is_empty() {
            NameParts::split(full)
        } else {
            stored
        }
    }
}

/// A form of address that says "heer" or "mevrouw" (Dutch mail merges
/// open formally then): `Some(true)` for a man, `Some(false)` for a woman.
fn addressed_as_man(honorific: &str) -> Option<bool> {
    let folded = honorific.trim().trim_end_matches('.').to_lowercase();
    match folded.as_str() {
        "dhr" | "heer" | "de heer" | "meneer" => Some(true),
        "mevr" | "mw" | "mevrouw" => Some(false),
        _ => None,
    }
}

/// How a letter opens when nobody wrote it down: "Geachte heer Van 't Hek"
/// for a person addressed as Dhr. or Mevr. (the tussenvoegsel takes a
/// capital without the given name before it), else "Beste Noëlle".
pub fn salutation(parts: &NameParts, honorific: Option<&str>) -> String {
    let family = || {
        let mut infix = parts.infix.clone();
        if let Some(first) = infix.chars().next() {
            infix.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
        }
        join_words(&[infix.as_str(), parts.family.as_str()])
    };
    match honorific.and_then(addressed_as_man) {
        Some(true) if !parts.family.is_empty() => format!("Geachte heer {}", family()),
        Some(false) if !parts.family.is_empty() => format!("Geachte mevrouw {}", family()),
        _ if !parts.given.is_empty() => format!("Beste {}", parts.given),
        _ => format!("Beste {}", parts.display()),
    }
}

/// How Dutch lists sort people: on the family name without its
/// tussenvoegsel ("Vries", not "de"), then the given name.
pub fn sort_key(parts: &NameParts) -> (String, String, String) {
    use crate::domain::fold::fold;
    (fold(&parts.family), fold(&parts.given), fold(&parts.infix))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(given: &str, infix: &str, family: &str) -> NameParts {
        NameParts {
            given: given.into(),
            infix: infix.into(),
            family: family.into(),
        }
    }

    #[test]
    fn full_names_split_where_the_tussenvoegsel_starts() {
        assert_eq!(NameParts::split("Noëlle de Vries"), parts("Noëlle", "de", "Vries"));
        assert_eq!(NameParts::split("Joost van 't Hek"), parts("Joost", "van 't", "Hek"));
        assert_eq!(
            NameParts::split("Anne Marie van der Berg"),
            parts("Anne Marie", "van der", "Berg")
        );
        assert_eq!(NameParts::split("Piet Jansen"), parts("Piet", "", "Jansen"));
        assert_eq!(NameParts::split("Jan de"), parts("Jan", "", "de"));
        assert_eq!(NameParts::split("Madonna"), parts("", "", "Madonna"));
        // A given name that happens to be a tussenvoegsel is still the given name.
        assert_eq!(NameParts::split("De Lange"), parts("De", "", "Lange"));
    }

    #[test]
    fn fields_from_address_books() {
        assert_eq!(
            NameParts::from_fields(Some("Jeroen"), Some("de"), Some("Vries")),
            parts("Jeroen", "de", "Vries")
        );
        assert_eq!(
            NameParts::from_fields(Some("Jeroen"), None, Some("de Vries")),
            parts("Jeroen", "de", "Vries")
        );
        assert_eq!(
            NameParts::from_fields(Some("Jan"), Some("Pieter"), Some("Bakker")),
            parts("Jan Pieter", "", "Bakker")
        );
        assert_eq!(
            NameParts::from_fields(Some("Jeroen"), Some("de"), Some("Vries")).display(),
            "Jeroen de Vries"
        );
    }

    #[test]
    fn letters_open_formally_for_dhr_and_mevr_and_by_given_name_otherwise() {
        assert_eq!(salutation(&parts("Noëlle", "de", "Vries"), None), "Beste Noëlle");
        assert_eq!(
            salutation(&parts("Joost", "van 't", "Hek"), Some("Dhr.")),
            "Geachte heer Van 't Hek"
        );
        assert_eq!(
            salutation(&parts("Anne", "", "Bakker"), Some("mevr")),
            "Geachte mevrouw Bakker"
        );
        // A title that says nothing about how to address them: informal.
        assert_eq!(salutation(&parts("Sanne", "", "Smit"), Some("ir.")), "Beste Sanne");
        assert_eq!(salutation(&parts("", "", "Madonna"), None), "Beste Madonna");
    }

    #[test]
    fn dutch_lists_sort_on_the_family_name_not_the_tussenvoegsel() {
        let mut names = [
            parts("Noëlle", "de", "Vries"),
            parts("Piet", "", "Dekker"),
            parts("Joost", "van 't", "Hek"),
            parts("Ëlla", "", "Vos"),
        ];
        names.sort_by_key(sort_key);
        let order: Vec<String> = names.iter().map(NameParts::display).collect();
        assert_eq!(
            order,
            ["Piet Dekker", "Joost van 't Hek", "Ëlla Vos", "Noëlle de Vries"]
        );
    }

    #[test]
    fn honorifics_are_not_job_titles() {
        assert!(is_honorific("Dhr."));
        assert!(is_honorific("Mevr."));
        assert!(is_honorific("ir."));
        assert!(is_honorific("Mr. Dr."));
        assert!(!is_honorific("Stagebegeleider"));
        assert!(!is_honorific(""));
    }
}
