use super::*;
use fluent_syntax::ast;

/// Each message of a catalogue with the variables it uses, sorted.
fn messages(source: &str, name: &str) -> Vec<(String, Vec<String>)> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{name} does not parse: {errors:?}"),
    };
    let mut out = Vec::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = Vec::new();
            if let Some(pattern) = &message.value {
                variables_of(pattern, &mut variables);
            }
            variables.sort();
            variables.dedup();
            out.push((message.id.name.to_string(), variables));
        }
    }
    out.sort();
    out
}

fn variables_of(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
    match expression {
        ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => out.push(id.name.to_string()),
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                out.push(id.name.to_string());
            }
            for variant in variants {
                variables_of(&variant.value, out);
            }
        }
        _ => {}
    }
}

#[test]
fn both_catalogues_hold_the_same_messages_with_the_same_variables() {
    let english = messages(ENGLISH, "en.ftl");
    let dutch = messages(DUTCH, "nl.ftl");
    let ids = |m: &[(String, Vec<String>)]| m.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>();
    let only_english: Vec<_> = ids(&english)
        .into_iter()
        .filter(|id| !ids(&dutch).contains(id))
        .collect();
    let only_dutch: Vec<_> = ids(&dutch)
        .into_iter()
        .filter(|id| !ids(&english).contains(id))
        .collect();
    assert!(only_english.is_empty(), "not in nl.ftl: {only_english:?}");
    assert!(only_dutch.is_empty(), "not in en.ftl: {only_dutch:?}");
    assert_eq!(english, dutch, "the same variables in both languages");
    assert!(english.len() > 100, "{} messages", english.len());
}

#[test]
fn every_key_of_the_keymap_has_its_help_in_dutch() {
    for context in crate::tui::screens::all_contexts() {
        for binding in crate::tui::screens::bindings(context) {
            for english in std::iter::once(binding.help).chain(binding.bar) {
                let dutch = message_in(Language::Nl, &key_id(english), &[]);
                assert_ne!(dutch, key_id(english), "no Dutch for the key help {english:?}");
                assert_eq!(message_in(Language::En, &key_id(english), &[]), english);
            }
        }
    }
}

#[test]
fn the_language_comes_from_the_flag_the_file_or_the_locale() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    };
    let no_env = env(&[]);
    assert_eq!(choose(None, None, no_env).unwrap(), (Language::En, Source::Default));
    let dutch_locale = env(&[("LANG", "nl_NL.UTF-8")]);
    assert_eq!(choose(None, None, dutch_locale).unwrap().0, Language::Nl);
    // LC_ALL decides before LANG; the first one set decides.
    let english_all = env(&[("LC_ALL", "en_GB.UTF-8"), ("LANG", "nl_NL.UTF-8")]);
    assert_eq!(choose(None, None, english_all).unwrap().0, Language::En);
    let messages_nl = env(&[("LC_MESSAGES", "nl_BE.UTF-8"), ("LANG", "C.UTF-8")]);
    assert_eq!(
        choose(None, None, messages_nl).unwrap(),
        (
            Language::Nl,
            Source::Environment("LC_MESSAGES".into(), "nl_BE.UTF-8".into())
        )
    );
    assert_eq!(choose(None, Some("nl"), no_env).unwrap(), (Language::Nl, Source::File));
    assert_eq!(
        choose(Some("en"), Some("nl"), dutch_locale).unwrap(),
        (Language::En, Source::Flag)
    );
    let wrong = choose(Some("fr"), None, no_env).unwrap_err();
    assert!(wrong.contains("--lang 'fr'"), "{wrong}");
}

#[test]
fn dates_are_written_as_the_language_writes_them() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    set_for_this_thread(Some(Language::Nl));
    assert_eq!(date(day), "27-11-2026");
    assert_eq!(short_date(day), "vr 27 nov");
    assert_eq!(long_date(day), "vrijdag 27 november 2026");
    assert_eq!(
        crate::t!("today-no-contact-for", days = 12, cadence = 30),
        "12 dagen geen contact, ritme 30"
    );
    set_for_this_thread(Some(Language::En));
    assert_eq!(date(day), "2026-11-27");
    assert_eq!(short_date(day), "Fri 27-11");
    assert_eq!(crate::t!("today-nothing-overdue"), "  nothing overdue");
    set_for_this_thread(None);
}

#[test]
fn every_value_of_every_vocabulary_reads_in_dutch() {
    use crate::domain::kinds::*;
    set_for_this_thread(Some(Language::Nl));
    let mut labels = Vec::new();
    labels.extend(CompanyStatus::ALL.iter().map(|v| (v.as_str(), v.display_label())));
    labels.extend(InteractionKind::ALL.iter().map(|v| (v.as_str(), v.display_label())));
    labels.extend(ContactRole::ALL.iter().map(|v| (v.as_str(), v.display_label())));
    labels.extend(StaffRole::ALL.iter().map(|v| (v.as_str(), v.display_label())));
    labels.extend(EngagementForm::ALL.iter().map(|v| (v.as_str(), v.display_label())));
    labels.extend(EngagementStatus::ALL.iter().map(|v| (v.as_str(), v.display_label())));
    labels.extend(GoalMetric::ALL.iter().map(|v| (v.as_str(), v.display_label())));
    labels.extend(QuestionKind::ALL.iter().map(|v| (v.as_str(), v.display_label())));
    labels.extend(QuestionStatus::ALL.iter().map(|v| (v.as_str(), v.display_label())));
    labels.extend(CampaignKind::ALL.iter().map(|v| (v.as_str(), v.display_label())));
    labels.extend(Reply::ALL.iter().map(|v| (v.as_str(), v.display_label())));
    labels.extend(AttendanceStatus::ALL.iter().map(|v| (v.as_str(), v.display_label())));
    labels.extend(OrganisationKind::ALL.iter().map(|v| (v.as_str(), v.display_label())));
    labels.extend(AffiliationKind::ALL.iter().map(|v| (v.as_str(), v.display_label())));
    labels.extend(OfferStatus::ALL.iter().map(|v| (v.as_str(), v.display_label())));
    set_for_this_thread(None);
    for (stored, dutch) in labels {
        assert!(!dutch.starts_with("term-"), "no Dutch for {stored}: {dutch}");
    }
    assert_eq!(
        EngagementForm::Internship.display_label(),
        "internship",
        "English reads its label"
    );
}

/// The terminal UI's sources (every file under src/tui), read as text by
/// the tests below: (path under src/tui, text).
fn tui_sources() -> Vec<(String, String)> {
    fn walk(dir: &std::path::Path, root: &std::path::Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let name = path.strip_prefix(root).unwrap().display().to_string();
                out.push((name, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui");
    let mut out = Vec::new();
    walk(&root, &root, &mut out);
    out.sort();
    out
}

/// Words in a string literal handed straight to what a person reads — a
/// status message, a pane's title, an empty list's line, a question, a
/// form's title, a styled span — bypass the catalogue. (Tests at the end of
/// a file are not what a person reads.)
#[test]
fn no_text_of_the_terminal_ui_bypasses_the_catalogue() {
    const READ_BY_PEOPLE: &[&str] = &[
        "say(\"",
        "empty_line(\"",
        "pane(\"",
        "Error::invalid(\"",
        "Form::new(\"",
        "question: \"",
        "draw_box(frame, body, \"",
        "Span::styled(\"",
        "Span::raw(\"",
        "cell(\"",
    ];
    let mut bypassing = Vec::new();
    for (file, source) in &tui_sources() {
        let code = source.split("#[cfg(test)]").next().unwrap_or(source);
        for (n, line) in code.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for pattern in READ_BY_PEOPLE {
                let mut rest = line;
                while let Some(at) = rest.find(pattern) {
                    let literal = &rest[at + pattern.len()..];
                    let text: String = literal.chars().take_while(|c| *c != '"').collect();
                    // The product's own name is the same in every language.
                    let words = text.chars().filter(|c| c.is_alphabetic()).count();
                    if words >= 2 && text.trim() != "kring" {
                        bypassing.push(format!("{file}:{}: {}", n + 1, line.trim()));
                    }
                    rest = &literal[text.len()..];
                }
            }
        }
    }
    assert!(
        bypassing.is_empty(),
        "user-facing text outside the catalogue:\n{}",
        bypassing.join("\n")
    );
}

/// Every form field's name and hint (forms find fields by their English
/// name; the form shows them through `phrase`) has its Dutch.
#[test]
fn every_form_label_and_hint_has_its_dutch() {
    let forms: String = tui_sources()
        .into_iter()
        .filter(|(f, _)| f.starts_with("forms"))
        .map(|(_, source)| source.split("#[cfg(test)]").next().unwrap_or_default().to_string())
        .collect();
    let mut phrases = Vec::new();
    for opening in [
        "Field::text(",
        "Field::date(",
        "Field::multiline(",
        "Field::choice(",
        "Field::checklist(",
        ".with_hint(",
        "DATE_HINT: &str = ",
    ] {
        for piece in forms.split(opening).skip(1) {
            let piece = piece.trim_start();
            if let Some(literal) = piece.strip_prefix('"') {
                phrases.push(literal.chars().take_while(|c| *c != '"').collect::<String>());
            }
        }
    }
    // A choice's label and a hint set on a field by its handle come after
    // the form (or the handle): the first string in the call.
    for opening in ["Choice::add(", "Choice::add_showing(", "set_hint("] {
        for piece in forms.split(opening).skip(1) {
            let call = piece.split(')').next().unwrap_or("");
            if let Some((_, rest)) = call.split_once('"') {
                phrases.push(rest.chars().take_while(|c| *c != '"').collect::<String>());
            }
        }
    }
    assert!(phrases.len() > 30, "{phrases:?}");
    // Arrows and other signs read the same in every language.
    for english in phrases.into_iter().filter(|p| p.chars().any(char::is_alphanumeric)) {
        let dutch = message_in(Language::Nl, &phrase_id(&english), &[]);
        assert_ne!(dutch, phrase_id(&english), "no Dutch for the form text {english:?}");
        assert_eq!(message_in(Language::En, &phrase_id(&english), &[]), english);
    }
}

/// Every thing an error names ("no company matches …", "company name cannot
/// be empty", "unknown kind …") reads in Dutch: the names are found in the
/// sources where errors are made.
#[test]
fn every_thing_an_error_names_has_its_dutch() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut sources = Vec::new();
    let mut folders = vec![root];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                sources.push(std::fs::read_to_string(path).unwrap());
            }
        }
    }
    let mut nouns = Vec::new();
    for source in &sources {
        for opening in [
            "not_found(\"",
            "what: \"",
            "validate::name(\"",
            " name(\"",
            "FieldError::Empty(\"",
            "in_range(\"",
            "Entity::Company => \"",
            "Entity::Person => \"",
            "Entity::Staff => \"",
            "Entity::Circle => \"",
        ] {
            for piece in source.split(opening).skip(1) {
                nouns.push(piece.chars().take_while(|c| *c != '"').collect::<String>());
            }
        }
        // The vocabularies: `CompanyStatus, "status" {`.
        for line in source.lines() {
            if let Some((_, rest)) = line.trim_end().strip_suffix("\" {").and_then(|l| l.split_once(", \"")) {
                if !rest.contains('"') {
                    nouns.push(rest.to_string());
                }
            }
        }
    }
    // One letter is a table alias in the same match (`Entity::Company => "c"`).
    nouns.retain(|noun| noun.chars().count() > 1);
    nouns.sort();
    nouns.dedup();
    assert!(nouns.len() > 25, "{nouns:?}");
    for english in nouns {
        let id = super::noun_id(&english);
        assert_ne!(
            message_in(Language::Nl, &id, &[]),
            id,
            "no Dutch for {english:?} in errors"
        );
        assert_eq!(message_in(Language::En, &id, &[]), english);
    }
}

/// Every column heading of a CLI table has its Dutch.
#[test]
fn every_column_of_the_cli_tables_has_its_dutch() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cli");
    let mut headings = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for table in source.split("Table::new(&[").skip(1) {
            let columns = &table[..table.find("])").unwrap()];
            for piece in columns.split("(\"").skip(1) {
                headings.push(piece.chars().take_while(|c| *c != '"').collect::<String>());
            }
        }
    }
    headings.retain(|h| !h.is_empty());
    assert!(headings.len() > 15, "{headings:?}");
    for english in headings {
        let id = super::column_id(&english);
        assert_ne!(
            message_in(Language::Nl, &id, &[]),
            id,
            "no Dutch for the column {english:?}"
        );
        assert_eq!(message_in(Language::En, &id, &[]), english);
    }
}

/// Numbers in messages are written as Rust writes them: an id or a line
/// number of 1234567 must not become "1,234,567" (a script greps for it).
#[test]
fn numbers_are_not_grouped() {
    use fluent_bundle::FluentValue;
    for language in [Language::En, Language::Nl] {
        let said = message_in(language, "err-not-utf8", &[("byte", FluentValue::from(1_234_567))]);
        assert!(said.contains("1234567"), "{said}");
    }
}

#[test]
fn counts_are_grouped_as_each_language_writes_them_and_ids_are_not() {
    use super::{message_in, set_for_this_thread, shown_of, Language};
    set_for_this_thread(Some(Language::En));
    assert_eq!(shown_of(20, 15_791), "20 of 15,791");
    assert_eq!(shown_of(3, 3), "3");
    assert_eq!(shown_of(1_204, 1_204), "1,204");
    set_for_this_thread(Some(Language::Nl));
    assert_eq!(shown_of(20, 21_356), "20 van 21.356");
    let heading = message_in(Language::Nl, "today-rechecks", &[("count", 1204.into())]);
    assert!(heading.contains("(1.204)"), "{heading}");
    let id = message_in(
        Language::En,
        "cli-snoozed",
        &[("id", 12345.into()), ("date", "x".into()), ("action", "y".into())],
    );
    assert!(id.contains("#12345"), "an id stays as it is: {id}");
    set_for_this_thread(None);
}
