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
    for context in crate::tui::keymap::ALL_CONTEXTS {
        for binding in crate::tui::keymap::bindings(context) {
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
