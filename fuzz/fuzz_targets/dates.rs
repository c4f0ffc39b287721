//! The date parser and the field validators, as people type into them:
//! any text gives a date (within the years kring keeps) or an error.
#![no_main]

use chrono::{Datelike, NaiveDate};
use kring::domain::dates::{parse_date, parse_period_end, FIRST_YEAR, LAST_YEAR};
use kring::domain::validate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for today in [
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        NaiveDate::from_ymd_opt(2199, 12, 31).unwrap(),
    ] {
        if let Ok(date) = parse_date(text, today) {
            assert!((FIRST_YEAR..=LAST_YEAR).contains(&date.year()), "{text:?} gave {date}");
        }
        let _ = parse_period_end(text, today);
    }
    let _ = validate::kvk(text);
    let _ = validate::email(text);
    let _ = validate::school_year(text);
    let _ = validate::name("name", text);
});
