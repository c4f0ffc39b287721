//! Validation of the fields people type: KvK numbers, e-mail addresses, websites.

use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum FieldError {
    #[error("{}", crate::t!("err-kvk", given = .0.as_str()))]
    Kvk(String),
    #[error("{}", crate::t!("err-email", given = .0.as_str()))]
    Email(String),
    #[error("{}", crate::t!("err-empty", what = crate::l10n::noun(.0)))]
    Empty(&'static str),
    #[error("{}", crate::t!("err-school-year", given = .0.as_str()))]
    SchoolYear(String),
    #[error("{}", crate::t!("err-out-of-range", what = crate::l10n::noun(what), value = *value, min = *min, max = *max))]
    OutOfRange {
        what: &'static str,
        value: i64,
        min: i64,
        max: i64,
    },
    #[error("{}", crate::t!("err-too-long", what = crate::l10n::noun(.0), length = *.1, most = MAX_NAME))]
    TooLong(&'static str, usize),
    #[error("{}", crate::t!("err-control", what = crate::l10n::noun(.0)))]
    Control(&'static str),
    #[error("{}", crate::t!("err-login", given = .0.as_str()))]
    Login(String),
    #[error("{}", crate::t!("err-crebo", given = .0.as_str()))]
    Crebo(String),
}

/// The longest name kring takes (a company, a person, a circle): longer is
/// a pasted paragraph, not a name.
pub const MAX_NAME: usize = 200;

/// A KvK number as stored: exactly 8 digits. Spaces, dots and dashes people
/// type between the digits are dropped.
pub fn kvk(text: &str) -> Result<String, FieldError> {
    let digits: String = text.chars().filter(|c| !matches!(c, ' ' | '.' | '-')).collect();
    if digits.len() == 8 && digits.chars().all(|c| c.is_ascii_digit()) {
        Ok(digits)
    } else {
        Err(FieldError::Kvk(text.trim().to_string()))
    }
}

/// A crebo number (a vocational programme's code at SBB): exactly 5 digits.
pub fn crebo(text: &str) -> Result<String, FieldError> {
    let digits = text.trim();
    if digits.len() == 5 && digits.chars().all(|c| c.is_ascii_digit()) {
        Ok(digits.to_string())
    } else {
        Err(FieldError::Crebo(digits.to_string()))
    }
}

/// An e-mail address: trimmed, one `@`, a dot in the domain, no spaces.
/// Deliberately loose: the point is to catch typos, not to implement RFC 5322.
pub fn email(text: &str) -> Result<String, FieldError> {
    let trimmed = text.trim();
    let bad = || FieldError::Email(trimmed.to_string());
    let (local, domain) = trimmed.split_once('@').ok_or_else(bad)?;
    let well_formed = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !trimmed
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == ',' || c == ';');
    if well_formed {
        Ok(trimmed.to_string())
    } else {
        Err(bad())
    }
}

/// A school year: two consecutive years, `2025-2026` (also `2025/2026`, `25-26`).
pub fn school_year(text: &str) -> Result<String, FieldError> {
    let bad = || FieldError::SchoolYear(text.trim().to_string());
    let (a, b) = text.trim().split_once(['-', '/']).ok_or_else(bad)?;
    let year = |s: &str| -> Result<i32, FieldError> {
        let n: i32 = s.trim().parse().map_err(|_| bad())?;
        match s.trim().len() {
            2 => Ok(2000 + n),
            4 => Ok(n),
            _ => Err(bad()),
        }
    };
    let (first, second) = (year(a)?, year(b)?);
    if second != first + 1 || !(1900..=2198).contains(&first) {
        return Err(bad());
    }
    Ok(format!("{first}-{second}"))
}

/// The most students one collaboration takes: more is a typo (an extra 0).
pub const MAX_STUDENTS: i64 = 1000;
/// More hours than a year of full-time work on one collaboration is a typo.
pub const MAX_HOURS: i64 = 10_000;

/// The longest contact cadence: once in ten years.
pub const MAX_CADENCE_DAYS: i64 = 3650;

/// The furthest any "days ahead" or "days back" a person gives reaches: ten
/// years (remind's --days, the config's collision_days).
pub const MAX_DAYS: i64 = 3650;

/// The largest goal target or capacity a person gives: more is a typo.
pub const MAX_GOAL: i64 = 100_000;

/// A number `what` must lie in `min..=max`.
pub fn in_range(what: &'static str, value: i64, min: i64, max: i64) -> Result<i64, FieldError> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(FieldError::OutOfRange { what, value, min, max })
    }
}

/// A required name: trimmed, not empty, one line, at most [`MAX_NAME`]
/// characters. Any script is welcome (emoji, Arabic, Chinese…).
pub fn name(what: &'static str, text: &str) -> Result<String, FieldError> {
    let trimmed = text.trim();
    let length = trimmed.chars().count();
    if trimmed.is_empty() {
        Err(FieldError::Empty(what))
    } else if length > MAX_NAME {
        Err(FieldError::TooLong(what, length))
    } else if trimmed.chars().any(char::is_control) {
        Err(FieldError::Control(what))
    } else {
        Ok(trimmed.to_string())
    }
}

/// Optional free text: trimmed, `None` when empty.
pub fn optional(text: Option<&str>) -> Option<String> {
    text.map(str::trim).filter(|t| !t.is_empty()).map(str::to_string)
}

/// A login: an account name on a shared host or a PostgreSQL role, as both
/// allow without quoting — lower-case letters, digits, `_`, `.` and `-`,
/// starting with a letter or `_`, at most 63 characters.
pub fn login(given: &str) -> Result<String, FieldError> {
    let login = given.trim();
    let plain = login.len() <= 63
        && login.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && login
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '.' | '-'));
    match plain {
        true => Ok(login.to_string()),
        false => Err(FieldError::Login(given.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_any_script_on_one_line() {
        assert_eq!(
            name("company name", "  🍞 Bakkerij Brood "),
            Ok("🍞 Bakkerij Brood".into())
        );
        assert_eq!(name("company name", "شركة النور"), Ok("شركة النور".into()));
        assert_eq!(
            name("company name", "Smit\nBV"),
            Err(FieldError::Control("company name"))
        );
        assert_eq!(name("company name", "a\0b"), Err(FieldError::Control("company name")));
        let long = "x".repeat(10_000);
        assert_eq!(
            name("company name", &long),
            Err(FieldError::TooLong("company name", 10_000))
        );
        assert_eq!(name("person name", " "), Err(FieldError::Empty("person name")));
    }

    #[test]
    fn kvk_numbers() {
        assert_eq!(kvk("12345678"), Ok("12345678".into()));
        assert_eq!(kvk("1234 5678"), Ok("12345678".into()));
        assert_eq!(kvk(" 1234.5678 "), Ok("12345678".into()));
        for bad in ["1234567", "123456789", "1234567a", "", "１２３４５６７８"] {
            assert!(kvk(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn emails() {
        assert_eq!(email(" an@firma.nl "), Ok("an@firma.nl".into()));
        assert!(email("jörg.müller@bäcker.de").is_ok());
        for bad in [
            "an",
            "an@",
            "@firma.nl",
            "an@firma",
            "an @firma.nl",
            "a@b@c.nl",
            "an@.nl",
            "an@firma..nl",
            "a@b.nl;c@d.nl",
        ] {
            assert!(email(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn numbers_have_sane_limits() {
        assert_eq!(in_range("students", 12, 0, MAX_STUDENTS), Ok(12));
        let err = in_range("students", 20_000, 0, MAX_STUDENTS).unwrap_err();
        assert_eq!(
            err.to_string(),
            "students 20000 is out of range: it is a number from 0 to 1000"
        );
    }

    #[test]
    fn school_years_are_from_1900_to_2199() {
        assert!(school_year("0000-0001").is_err());
        assert!(school_year("1899-1900").is_err());
        assert!(school_year("2199-2200").is_err());
        assert_eq!(school_year("2198-2199").unwrap(), "2198-2199");
        assert_eq!(school_year("1900/1901").unwrap(), "1900-1901");
    }

    #[test]
    fn school_years() {
        assert_eq!(school_year("2025-2026"), Ok("2025-2026".into()));
        assert_eq!(school_year("25/26"), Ok("2025-2026".into()));
        for bad in ["2025", "2025-2027", "2026-2025", "twee", "2025-26x"] {
            assert!(school_year(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn names() {
        assert_eq!(name("company name", "  Smit  "), Ok("Smit".into()));
        assert_eq!(name("company name", "  "), Err(FieldError::Empty("company name")));
    }
}
