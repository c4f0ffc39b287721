//! The docs run: the README's tour is pasted into a shell on a fresh
//! machine (an empty HOME, no KRING_* settings), exactly as written.

use std::path::Path;
use std::process::Command;

/// The first ```sh block under a heading.
fn block_under(markdown: &str, heading: &str) -> String {
    let from = markdown.find(heading).unwrap_or_else(|| panic!("no heading {heading}"));
    let rest = &markdown[from..];
    let start = rest.find("```sh\n").expect("a sh block") + "```sh\n".len();
    let end = rest[start..].find("\n```").expect("the block ends");
    rest[start..start + end].to_string()
}

/// Every ```sh block after a heading, in order.
fn blocks_after(markdown: &str, heading: &str) -> Vec<String> {
    let from = markdown.find(heading).unwrap_or_else(|| panic!("no heading {heading}"));
    markdown[from..]
        .split("```sh\n")
        .skip(1)
        .map(|rest| rest[..rest.find("\n```").expect("the block ends")].to_string())
        .collect()
}

/// Run a script with bash -e -x in an empty HOME with kring on the PATH;
/// fails with the lines where it stopped.
fn run_in_a_fresh_home(script: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir(&home).unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_kring")).parent().unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let out = Command::new("bash")
        .args(["-e", "-x", "-c", script])
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", path)
        .env("HOME", &home)
        .env("USER", "sanne")
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the tour stopped at the last + line:\n{}",
        stderr
            .lines()
            .rev()
            .take(12)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n")
    );
    (dir, String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_readme_tour_runs_as_written_on_a_fresh_machine() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    // The install comes first, locked to the crates the tests ran with.
    let install = block_under(&readme, "## A five-minute tour");
    assert_eq!(install.trim(), "cargo install --locked --path .");
    let tour = block_under(&readme, "Then paste the tour");
    let (dir, stdout) = run_in_a_fresh_home(&tour);
    for shown in [
        "kring is ready for Sanne Bakker",
        "Machinefabriek De Zaan (Noëlle de Vries): E-mail: Stageplekken voorjaar  [person]",
        "Logged 2 contacts.",
        "similar names in hoorn",
        "would merge",
        "done: #1 Stageaanbod sturen",
        "attended   Noëlle de Vries",
        "Noëlle de Vries now works at Café De Ruïne",
        // The research question's collaboration counts as an assignment.
        "Machinefabriek De Zaan,1,2,0,1,0,0,0,0,0,0,1,,3\r\n",
        "question #1 matched to Stagebureau; collaboration #2 carries it",
        "invited 1 · yes 1 · no 0 · maybe 0 · no reply 0",
        "Noëlle de Vries (#3) — Café De Ruïne",
        "question     1        Onderzoek naar lasrobots",
    ] {
        assert!(stdout.contains(shown), "the tour's output lacks {shown:?}:\n{stdout}");
    }
    assert!(!stdout.contains('␍'), "CSV on stdout goes byte for byte into a file");
    assert!(dir.path().join("uitnodiging.csv").exists() && dir.path().join("kring.json").exists());
}

#[test]
fn the_user_guide_recipes_run_in_order() {
    let guide = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/user-guide.md")).unwrap();
    let recipes = blocks_after(&guide, "## Recipes");
    assert!(recipes.len() >= 3, "the guide's recipes: {}", recipes.len());
    let (_dir, stdout) = run_in_a_fresh_home(&recipes.join("\n"));
    for shown in [
        "is recognised for crebo 25180",
        "Evaluation:   Goede begeleiding",
        "attended   Kees Visser",
        "Ontwerp voor een tiny house (assignment) — 0 days",
        "matched to Bouwkunde; collaboration #2 carries it",
        "running",
        "Hotel Vos came; interaction #",
        "invited 1 · yes 1 · no 0 · maybe 0 · no reply 0 · attended 1 · people expected 2",
        "Eva Vos (#2) — Hotel Vos, Eigenaar",
        "Stagebegeleiding besproken.",
        "erased person #1",
        "noted who opened the door to Hotel Vos",
        "Bouwbedrijf Visser              Purmerend     Timmerman           blok 3     3        0       3",
        "Sanne Bakker: bestuurslid",
        "Hotel Vos rests until",
        "noted; Bouwbedrijf Visser was asked",
        "Kees Visser left Bouwbedrijf Visser",
        "Recognitions whose workplace trainer left (1)",
        "would change 1 company; 0 already as asked, 0 left out",
        "1 company as before, 0 changed by a colleague since",
    ] {
        assert!(stdout.contains(shown), "the recipes' output lacks {shown:?}:\n{stdout}");
    }
}
