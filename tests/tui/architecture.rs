//! The shape of the code, checked on the source: the layers (who may reach
//! the store), and rooms of a size a reader can hold (no file over 800
//! lines, no function over 100 outside tests), in every folder however deep.

/// Every `.rs` file under `src/<dir>`, however deep.
fn sources_under(dir: &str) -> Vec<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir),
        &mut out,
    );
    out.sort();
    out
}

/// The lines of these files whose code (not a comment) holds one of `words`.
fn lines_naming(files: &[std::path::PathBuf], words: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            // A type is named as a whole word (rustls's `RootCertStore` is
            // not kring's `Store`); a path anywhere (`tokio_postgres::`).
            let named = |w: &&str| {
                if !w.starts_with(char::is_uppercase) {
                    return code.contains(*w);
                }
                code.match_indices(*w).any(|(at, _)| {
                    !code[..at]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphanumeric() || c == '_')
                })
            };
            if words.iter().any(named) {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    found
}

/// The layering holds, in every folder however deep: in the TUI only the
/// runner (and the loop that hands it the store) reaches the store; io,
/// the model and the domain never do; and no rusqlite or postgres type
/// leaves src/store. Checked on the source, so a new `use` fails.
#[test]
fn only_the_runner_and_the_use_cases_reach_the_store() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let runner = root.join("tui/runner");
    let the_loop = root.join("tui/mod.rs");
    let mut below_the_store: Vec<_> = sources_under("tui")
        .into_iter()
        .filter(|p| !p.starts_with(&runner) && *p != the_loop)
        .collect();
    assert!(below_the_store.len() > 30, "the walk found the screens and forms");
    for dir in ["io", "model", "domain", "l10n"] {
        below_the_store.extend(sources_under(dir));
    }
    let offenders = lines_naming(&below_the_store, &["crate::store", "Store", "rusqlite", "postgres::"]);
    assert!(offenders.is_empty(), "{}", offenders.join("\n"));

    let store = root.join("store");
    let outside: Vec<_> = sources_under("")
        .into_iter()
        .filter(|p| !p.starts_with(&store))
        .collect();
    let leaks = lines_naming(
        &outside,
        &["rusqlite", "postgres::Client", "postgres::Row", "tokio_postgres"],
    );
    assert!(
        leaks.is_empty(),
        "database types outside src/store:\n{}",
        leaks.join("\n")
    );
}

/// A file's code without its test module (`#[cfg(test)]` to the end of
/// the item that follows it).
fn without_tests(text: &str) -> Vec<&str> {
    let lines: Vec<&str> = text.lines().collect();
    let mut kept = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_start().starts_with("#[cfg(test)]") && i + 1 < lines.len() {
            let next = lines[i + 1];
            let indent = &next[..next.len() - next.trim_start().len()];
            let closing = format!("{indent}}}");
            i += 1;
            // A `mod tests;` in a file of its own ends on its own line.
            if !next.trim_end().ends_with(';') {
                while i < lines.len() && lines[i] != closing {
                    i += 1;
                }
            }
            i += 1;
            continue;
        }
        kept.push(lines[i]);
        i += 1;
    }
    kept
}

/// Each function of the code as (its name, its length in lines): from its
/// `fn` line to the brace that closes it at the same indentation (the code
/// is rustfmt'ed, so that brace is alone on its line).
fn functions(code: &[&str]) -> Vec<(String, usize)> {
    let mut found = Vec::new();
    for (at, line) in code.iter().enumerate() {
        let trimmed = line.trim_start();
        let signature = [
            "fn ",
            "pub fn ",
            "pub(crate) fn ",
            "pub(super) fn ",
            "const fn ",
            "pub const fn ",
        ]
        .iter()
        .find_map(|start| trimmed.strip_prefix(start));
        let Some(rest) = signature else {
            continue;
        };
        // A declaration (in a trait) or a one-line body has no closing line.
        if trimmed.ends_with(';')
            || (trimmed.ends_with('}') && trimmed.matches('{').count() == trimmed.matches('}').count())
        {
            continue;
        }
        let indent = &line[..line.len() - trimmed.len()];
        let closing = format!("{indent}}}");
        let Some(end) = code[at..].iter().position(|l| *l == closing) else {
            continue;
        };
        let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        found.push((name, end + 1));
    }
    found
}

#[test]
fn no_file_over_800_lines_and_no_function_over_100_outside_tests() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = sources_under("");
    assert!(files.len() > 150, "the walk found the sources: {}", files.len());
    let benches = root.join("benches");
    for entry in std::fs::read_dir(&benches).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            for inner in std::fs::read_dir(&path).unwrap() {
                files.push(inner.unwrap().path());
            }
        }
    }
    let mut too_big = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let lines = text.lines().count();
        if lines > 800 {
            too_big.push(format!("{}: {lines} lines", path.display()));
        }
        for (name, length) in functions(&without_tests(&text)) {
            if length > 100 {
                too_big.push(format!("{}: fn {name} is {length} lines", path.display()));
            }
        }
    }
    assert!(too_big.is_empty(), "rooms too big to hold:\n{}", too_big.join("\n"));
}

#[test]
fn the_function_measure_counts_what_a_reader_reads() {
    let code = "fn short() {\n    one();\n}\n\nimpl X {\n    pub fn longer(&self) {\n        if a {\n            b();\n        }\n    }\n    fn decl(&self);\n}\n";
    let lines: Vec<&str> = code.lines().collect();
    assert_eq!(
        functions(&lines),
        vec![("short".to_string(), 3), ("longer".to_string(), 5)]
    );
    let with_tests = "fn kept() {\n}\n#[cfg(test)]\nmod tests {\n    fn gone() {\n    }\n}\nfn after() {\n}\n";
    let code = without_tests(with_tests);
    let names: Vec<String> = functions(&code).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["kept", "after"]);
}
