//! kring in Dutch or English: message catalogues in Project Fluent's format
//! (`en.ftl`, `nl.ftl`, compiled in), the language chosen once at start
//! (`--lang`, `language =` in the config file, else the locale), and the
//! dates of lists written the way the language writes them.
//!
//! Commands, flags and `--json` keys stay English: scripts depend on them.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

pub const ENGLISH: &str = include_str!("en.ftl");
pub const DUTCH: &str = include_str!("nl.ftl");

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    Nl,
}

impl Language {
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Nl => "nl",
        }
    }

    /// `nl`, `nl_NL.UTF-8`, `nl-BE`, `Dutch`, `nederlands` → Dutch; `en…`,
    /// `C`, `POSIX` → English; anything else is not a language kring speaks.
    pub fn parse(text: &str) -> Option<Language> {
        let lower = text.trim().to_lowercase();
        if lower.starts_with("nl") || lower == "dutch" || lower == "nederlands" {
            Some(Language::Nl)
        } else if lower.starts_with("en") || lower == "c" || lower.starts_with("c.") || lower == "posix" {
            Some(Language::En)
        } else {
            None
        }
    }
}

/// Where the language came from, for `kring config show`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Default,
    File,
    /// The variable that said so, and its value.
    Environment(String, String),
    Flag,
}

/// The language to speak: `--lang`, else the config file's `language`, else
/// the locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as POSIX orders
/// them: the first one set decides), else English.
pub fn choose(
    flag: Option<&str>,
    configured: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<(Language, Source), String> {
    let known = |text: &str, what: &str| {
        Language::parse(text).ok_or_else(|| format!("{what} '{text}': kring speaks nl (Dutch) and en (English)"))
    };
    if let Some(flag) = flag {
        return Ok((known(flag, "--lang")?, Source::Flag));
    }
    if let Some(configured) = configured {
        return Ok((known(configured, "language")?, Source::File));
    }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = env(name).filter(|v| !v.is_empty()) {
            let language = if Language::parse(&value) == Some(Language::Nl) {
                Language::Nl
            } else {
                Language::En
            };
            return Ok((language, Source::Environment(name.into(), value)));
        }
    }
    Ok((Language::En, Source::Default))
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// A language for this thread only: tests render Dutch screens beside
    /// English ones in one process.
    static THIS_THREAD: std::cell::Cell<Option<Language>> = const { std::cell::Cell::new(None) };
}

/// Speak this language from now on (once, at start).
pub fn set(language: Language) {
    CURRENT.store(language as u8, Ordering::Relaxed);
}

/// Speak this language on this thread (tests).
pub fn set_for_this_thread(language: Option<Language>) {
    THIS_THREAD.with(|l| l.set(language));
}

pub fn current() -> Language {
    if let Some(language) = THIS_THREAD.with(|l| l.get()) {
        return language;
    }
    match CURRENT.load(Ordering::Relaxed) {
        1 => Language::Nl,
        _ => Language::En,
    }
}

fn bundle(language: Language) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| [load(Language::En, ENGLISH), load(Language::Nl, DUTCH)]);
    &bundles[language as usize]
}

fn load(language: Language, source: &str) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(resource, _)| resource);
    let locale = language.code().parse().expect("a valid language identifier");
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // No Unicode isolation marks around values: a terminal shows them as junk.
    bundle.set_use_isolating(false);
    // Counts in thousands, as the language writes them (1,204 / 1.204).
    bundle.set_formatter(Some(match language {
        Language::En => |v, _| grouped(v, ','),
        Language::Nl => |v, _| grouped(v, '.'),
    }));
    bundle
        .add_resource(resource)
        .expect("message ids are unique (the catalogue test checks)");
    bundle
}

/// The message `id` in the current language, with its arguments; the id
/// itself when a catalogue lacks it (the catalogue test keeps that from
/// happening).
pub fn message(id: &str, args: &[(&str, FluentValue)]) -> String {
    message_in(current(), id, args)
}

pub fn message_in(language: Language, id: &str, args: &[(&str, FluentValue)]) -> String {
    let bundle = bundle(language);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, as_count(name, value));
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// The arguments that are counts of things, written with thousands
/// grouped; other numbers (an id, a year, a postcode) are written as they are.
const COUNTS: &[&str] = &[
    "count",
    "total",
    "shown",
    "more",
    "companies",
    "followups",
    "people",
    "students",
    "rows",
];

/// A count is marked for [`grouped`] (by a minimum of one integer digit,
/// which changes nothing else; plural forms still see the number).
fn as_count<'a>(name: &str, value: &FluentValue<'a>) -> FluentValue<'a> {
    match value {
        FluentValue::Number(n) if COUNTS.contains(&name) => {
            let mut n = n.clone();
            n.options.minimum_integer_digits = Some(1);
            FluentValue::Number(n)
        }
        other => other.clone(),
    }
}

/// A marked count of a thousand or more, its thousands grouped by `separator`.
fn grouped(value: &FluentValue, separator: char) -> Option<String> {
    match value {
        FluentValue::Number(n)
            if n.options.minimum_integer_digits == Some(1) && n.value.fract() == 0.0 && n.value.abs() >= 1000.0 =>
        {
            Some(count_with(n.value as i64, separator))
        }
        _ => None,
    }
}

fn count_with(n: i64, separator: char) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::from(if n < 0 { "-" } else { "" });
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// A count as the current language writes it: 21,356 / 21.356.
pub fn count(n: u64) -> String {
    count_with(n as i64, if current() == Language::Nl { '.' } else { ',' })
}

/// A whole number, negative too, as the current language writes it: -1,204 / -1.204.
pub fn number(n: i64) -> String {
    count_with(n, if current() == Language::Nl { '.' } else { ',' })
}

/// "3 of 1,204" when a list shows fewer than there are; else the count.
pub fn shown_of(shown: usize, total: u64) -> String {
    if shown as u64 >= total {
        count(total)
    } else {
        message(
            "shown-of",
            &[("shown", FluentValue::from(shown)), ("total", FluentValue::from(total))],
        )
    }
}

/// The catalogue id of a key's help text: its English words, folded
/// (`"mark done"` → `key-mark-done`), as gettext keys on the English text.
pub fn key_id(english: &str) -> String {
    let mut id = String::from("key");
    let mut dash = true;
    for ch in english.chars() {
        if ch.is_ascii_alphanumeric() {
            if dash {
                id.push('-');
            }
            id.push(ch.to_ascii_lowercase());
            dash = false;
        } else {
            dash = true;
        }
    }
    id
}

/// A key's help text (`keymap` writes them in English) in the current language.
pub fn key_help(english: &'static str) -> std::borrow::Cow<'static, str> {
    match current() {
        Language::En => english.into(),
        language => message_in(language, &key_id(english), &[]).into(),
    }
}

/// The catalogue id of a form's label or hint, from its English words
/// (`"Follow-up on"` → `ui-follow-up-on`).
pub fn phrase_id(english: &str) -> String {
    format!("ui{}", &key_id(english)["key".len()..])
}

/// A form's label or hint (forms name their fields in English, and find
/// them by that name) in the current language.
pub fn phrase(english: &str) -> std::borrow::Cow<'_, str> {
    match current() {
        Language::En => english.into(),
        language => {
            let id = phrase_id(english);
            let said = message_in(language, &id, &[]);
            if said == id {
                english.into()
            } else {
                said.into()
            }
        }
    }
}

/// The catalogue id of a vocabulary's value: `term-form-guest-lecture`.
pub fn term_id(vocabulary: &str, stored: &str) -> String {
    format!(
        "term-{}-{}",
        vocabulary.replace([' ', '_'], "-"),
        stored.replace('_', "-")
    )
}

/// A vocabulary's value (an interaction's kind, a collaboration's form) in
/// the current language; none in English, where its own label reads well.
pub fn term(vocabulary: &str, stored: &str) -> Option<String> {
    match current() {
        Language::En => None,
        language => Some(message_in(language, &term_id(vocabulary, stored), &[])),
    }
}

/// A vocabulary's value as `language` writes it; `None` when that
/// language has no word of its own for it (English: the label).
pub fn term_in(language: Language, vocabulary: &str, stored: &str) -> Option<String> {
    let id = term_id(vocabulary, stored);
    let said = message_in(language, &id, &[]);
    (said != id).then_some(said)
}

/// `t!("today-overdue")`, `t!("today-losing", shown = 3, total = 10)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::l10n::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::l10n::message($id, &[$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+])
    };
}

/// "12 days ago", "today", "in 3 days" from a signed day count (positive = past).
pub fn ago(days: i64) -> String {
    match days {
        0 => crate::t!("ago-today"),
        1 => crate::t!("ago-yesterday"),
        -1 => crate::t!("ago-tomorrow"),
        d if d > 0 => crate::t!("ago-days", days = d),
        d => crate::t!("ago-in-days", days = -d),
    }
}

/// A date in a list: `27-11-2026` in Dutch, `2026-11-27` in English.
pub fn date(day: chrono::NaiveDate) -> String {
    match current() {
        Language::En => day.format("%Y-%m-%d").to_string(),
        Language::Nl => day.format("%d-%m-%Y").to_string(),
    }
}

/// A short date with its weekday: `vr 27 nov` in Dutch, `Fri 27-11` in English.
pub fn short_date(day: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    match current() {
        Language::En => day.format("%a %d-%m").to_string(),
        Language::Nl => {
            const DAYS: [&str; 7] = ["ma", "di", "wo", "do", "vr", "za", "zo"];
            format!(
                "{} {} {}",
                DAYS[day.weekday().num_days_from_monday() as usize],
                day.day(),
                MONTHS_SHORT[day.month0() as usize]
            )
        }
    }
}

const MONTHS_SHORT: [&str; 12] = [
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];

const MONTHS_LONG: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// A month as people write it: `september 2026`, `September 2026`; a
/// stored month (`2026-09`) that is no month is shown as it is.
pub fn month(stored: &str) -> String {
    let Some(day) = chrono::NaiveDate::parse_from_str(&format!("{stored}-01"), "%Y-%m-%d").ok() else {
        return stored.to_string();
    };
    use chrono::Datelike;
    match current() {
        Language::En => day.format("%B %Y").to_string(),
        Language::Nl => format!("{} {}", MONTHS_LONG[day.month0() as usize], day.year()),
    }
}

/// A month in three letters: `sep`, `Sep`.
pub fn short_month(stored: &str) -> String {
    let Some(day) = chrono::NaiveDate::parse_from_str(&format!("{stored}-01"), "%Y-%m-%d").ok() else {
        return stored.to_string();
    };
    use chrono::Datelike;
    match current() {
        Language::En => day.format("%b").to_string(),
        Language::Nl => MONTHS_SHORT[day.month0() as usize].to_string(),
    }
}

/// A long date: `donderdag 3 december 2026`, `Thursday 3 December 2026`.
pub fn long_date(day: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    match current() {
        Language::En => day.format("%A %-d %B %Y").to_string(),
        Language::Nl => {
            const DAYS: [&str; 7] = [
                "maandag",
                "dinsdag",
                "woensdag",
                "donderdag",
                "vrijdag",
                "zaterdag",
                "zondag",
            ];
            format!(
                "{} {} {} {}",
                DAYS[day.weekday().num_days_from_monday() as usize],
                day.day(),
                MONTHS_LONG[day.month0() as usize],
                day.year()
            )
        }
    }
}

#[cfg(test)]
mod tests;

/// What remains for IT once a colleague with a login has left: done, or
/// the SQL to run.
pub fn login_for_it(login: &crate::model::handover::LoginToDisable) -> String {
    match login.done {
        true => crate::t!("login-disabled", login = login.login.as_str(), sql = login.sql.as_str()),
        false => crate::t!("login-for-it", login = login.login.as_str(), sql = login.sql.as_str()),
    }
}

/// The catalogue id of a thing an error names (`"company name"` →
/// `what-company-name`).
pub fn noun_id(english: &str) -> String {
    format!("what{}", &key_id(english)["key".len()..])
}

/// A thing an error names ("company name", "follow-up") in the current
/// language; as written when a catalogue lacks it.
pub fn noun(english: &str) -> String {
    match current() {
        Language::En => english.to_string(),
        language => {
            let id = noun_id(english);
            let said = message_in(language, &id, &[]);
            if said == id {
                english.to_string()
            } else {
                said
            }
        }
    }
}

/// The catalogue id of a CLI table's column heading (`"NEXT MEETING"` →
/// `cli-col-next-meeting`).
pub fn column_id(english: &str) -> String {
    format!("cli-col{}", &key_id(english)["key".len()..])
}

/// A CLI table's column heading in the current language.
pub fn column(english: &str) -> String {
    match current() {
        Language::En => english.to_string(),
        _ if english.is_empty() => String::new(),
        language => message_in(language, &column_id(english), &[]),
    }
}

/// The message `id` in the current language, if the catalogue has it.
pub fn message_if_any(id: &str) -> Option<String> {
    let said = message(id, &[]);
    (said != id).then_some(said)
}
