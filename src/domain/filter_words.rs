//! A company selection written as words: `tag:techniek status:active
//! city:Utrecht`, plus any text matched in a name, city or tag — what
//! `kring bulk --companies` and the companies screen's filter box read.
//! Keys in English or Dutch; a value with spaces in quotes
//! (`circle:"Kring Oost"`). `*` alone selects every company.

use crate::domain::kinds::{CompanyStatus, OrganisationKind, UnknownValue};

/// The words as read; names (an owner, a circle) are looked up by the caller.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilterWords {
    pub status: Option<CompanyStatus>,
    pub owner: Option<String>,
    pub tag: Option<String>,
    pub city: Option<String>,
    pub sector: Option<String>,
    pub kind: Option<OrganisationKind>,
    pub circle: Option<String>,
    pub recognised: Option<bool>,
    /// The rest, matched anywhere in a name, city or tag.
    pub text: Option<String>,
    /// `*`: every company (said on purpose, never by an empty filter).
    pub every: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum FilterError {
    #[error("{}", crate::t!("err-filter-key", word = .0.as_str(), known = KEYS.join(", ")))]
    UnknownKey(String),
    #[error("{}", crate::t!("err-filter-yes-no", word = .0.as_str()))]
    YesNo(String),
    #[error(transparent)]
    Value(#[from] UnknownValue),
    #[error("{}", crate::t!("err-filter-empty"))]
    Empty,
}

/// The keys, as said in errors (their Dutch forms are read too).
const KEYS: [&str; 8] = [
    "tag",
    "status",
    "owner",
    "city",
    "sector",
    "kind",
    "circle",
    "recognised",
];

impl FilterWords {
    pub fn parse(text: &str) -> Result<FilterWords, FilterError> {
        let mut words = FilterWords::default();
        let mut rest = Vec::new();
        for word in split(text) {
            if word == "*" {
                words.every = true;
                continue;
            }
            let Some((key, value)) = word.split_once(':').filter(|(k, _)| !k.is_empty() && !k.contains(' ')) else {
                rest.push(word);
                continue;
            };
            let value = value.trim().to_string();
            match crate::domain::fold::fold(key).as_str() {
                "tag" | "label" => words.tag = Some(value),
                "status" => words.status = Some(CompanyStatus::parse(&value)?),
                "owner" | "eigenaar" => words.owner = Some(value),
                "city" | "plaats" | "stad" => words.city = Some(value),
                "sector" | "branche" => words.sector = Some(value),
                "kind" | "soort" => words.kind = Some(OrganisationKind::parse(&value)?),
                "circle" | "kring" => words.circle = Some(value),
                "recognised" | "recognized" | "erkend" => words.recognised = Some(yes_no(&value)?),
                _ => return Err(FilterError::UnknownKey(word)),
            }
        }
        let text = rest.join(" ");
        words.text = (!text.trim().is_empty()).then(|| text.trim().to_string());
        if words == FilterWords::default() {
            return Err(FilterError::Empty);
        }
        Ok(words)
    }
}

fn yes_no(value: &str) -> Result<bool, FilterError> {
    match crate::domain::fold::fold(value).as_str() {
        "yes" | "ja" | "true" | "1" => Ok(true),
        "no" | "nee" | "false" | "0" => Ok(false),
        _ => Err(FilterError::YesNo(value.to_string())),
    }
}

/// Words split on spaces; a double-quoted part keeps its spaces (the
/// quotes go).
fn split(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_in_either_language_and_quoted_values() {
        let words = FilterWords::parse(r#"tag:techniek status:actief kring:"Kring Oost" erkend:ja bakker"#).unwrap();
        assert_eq!(words.tag.as_deref(), Some("techniek"));
        assert_eq!(words.status, Some(CompanyStatus::Active));
        assert_eq!(words.circle.as_deref(), Some("Kring Oost"));
        assert_eq!(words.recognised, Some(true));
        assert_eq!(words.text.as_deref(), Some("bakker"));
        assert!(!words.every);
    }

    #[test]
    fn every_company_only_when_said() {
        assert!(FilterWords::parse("*").unwrap().every);
        assert!(matches!(FilterWords::parse("  "), Err(FilterError::Empty)));
    }

    #[test]
    fn a_wrong_key_or_value_is_named() {
        let unknown = FilterWords::parse("colour:red").unwrap_err().to_string();
        assert!(unknown.contains("colour:red") && unknown.contains("tag"), "{unknown}");
        let status = FilterWords::parse("status:busy").unwrap_err().to_string();
        assert!(status.contains("busy"), "{status}");
        assert!(matches!(
            FilterWords::parse("erkend:misschien"),
            Err(FilterError::YesNo(_))
        ));
    }
}
