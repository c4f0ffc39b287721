//! The hostile-input corpus (tests/hostile/, listed in cases.tsv): every
//! malformed file or argument gives its documented result, nothing panics,
//! and a rejected command leaves the database file byte for byte as it was.

use super::{kring, seeded};
use std::path::Path;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/hostile");

struct Case {
    file: String,
    ok: bool,
    message: String,
}

fn cases() -> Vec<Case> {
    let manifest = std::fs::read_to_string(Path::new(CORPUS).join("cases.tsv")).unwrap();
    manifest
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let mut parts = line.splitn(3, '\t');
            let (file, outcome, message) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
            assert!(matches!(outcome, "ok" | "error"), "cases.tsv: {line}");
            Case {
                file: file.to_string(),
                ok: outcome == "ok",
                message: message.to_string(),
            }
        })
        .collect()
}

#[test]
fn every_file_in_the_corpus_is_listed_and_there_are_at_least_50() {
    let listed: Vec<String> = cases().into_iter().map(|c| c.file).collect();
    let mut on_disk: Vec<String> = std::fs::read_dir(CORPUS)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "cases.tsv")
        .collect();
    on_disk.sort();
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(sorted, on_disk, "cases.tsv and the files in tests/hostile differ");
    assert!(listed.len() >= 50, "only {} hostile inputs", listed.len());
}

#[test]
fn hostile_inputs_give_clear_errors_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let template = seeded(dir.path());
    let mut failures = Vec::new();
    for case in cases() {
        let db = dir.path().join("case.sqlite");
        std::fs::copy(&template, &db).unwrap();
        let before = std::fs::read(&db).unwrap();
        let path = Path::new(CORPUS).join(&case.file);
        let args: Vec<String> = if case.file.ends_with(".args") {
            let text = std::fs::read_to_string(&path).unwrap();
            text.strip_suffix('\n')
                .unwrap_or(&text)
                .split('\n')
                .map(str::to_string)
                .collect()
        } else {
            vec!["import".into(), "contacts".into(), path.to_string_lossy().into_owned()]
        };
        let output = kring(&db).args(&args).output().unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        let problem = if text.contains("panicked") || text.contains("crashed") {
            Some("it panicked")
        } else if output.status.success() != case.ok {
            Some(if case.ok { "it failed" } else { "it succeeded" })
        } else if !text.contains(&case.message) {
            Some("the output lacks the expected text")
        } else if !case.ok && !matches!(output.status.code(), Some(1 | 2)) {
            // 1: kring refused; 2: the command line itself is wrong (clap).
            Some("the exit code is neither 1 nor 2")
        } else if !case.ok && std::fs::read(&db).unwrap() != before {
            Some("the database file changed")
        } else {
            None
        };
        if let Some(problem) = problem {
            let shown: String = text.chars().take(300).collect();
            failures.push(format!(
                "{}: {problem} (expected {:?}); output: {shown}",
                case.file, case.message
            ));
        }
        std::fs::remove_file(&db).ok();
    }
    assert!(
        failures.is_empty(),
        "{} cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
