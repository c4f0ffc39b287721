//! Reports: the school-year ledger counts every form of collaboration, the
//! management report and the company's sheet.

use crate::Db;

/// Every form of collaboration has its column; a company that only coached
/// or only helped with an exam is in the ledger; hours are summed where
/// known and left empty where nobody knows them.
#[test]
fn the_ledger_counts_every_form_and_the_hours_where_known() {
    let db = Db::new();
    db.seed();
    let add = |company: &str, form: &str, extra: &[&str]| {
        let mut args = vec!["engagement", "add", company, "--form", form, "--year", "2025-2026"];
        args.extend_from_slice(extra);
        db.ok(&args);
    };
    add("zaan", "coaching", &["--hours", "12"]);
    add("zaan", "partnership", &[]);
    add("ruine", "exam_curriculum", &["--hours", "6"]);
    add("ruine", "recruitment", &["--status", "cancelled", "--hours", "100"]);
    let report = db.json(&["report", "year", "2025-2026"]);
    let total = &report["total"];
    assert_eq!(total["coaching"], 1);
    assert_eq!(total["partnerships"], 1);
    assert_eq!(total["exam_curriculum"], 1);
    assert_eq!(total["recruitment"], 0, "a cancelled one never counts");
    assert_eq!(total["hours"], 18, "the cancelled one's hours neither");
    assert_eq!(
        report["companies"].as_array().unwrap().len(),
        2,
        "coaching and an exam are enough"
    );
    let zaan = &report["companies"][1];
    assert_eq!(zaan["company"], "Machinefabriek De Zaan");
    assert_eq!(zaan["hours"], 12);
    let csv = db.ok(&["report", "year", "2025-2026", "--format", "csv"]);
    let header = csv.lines().next().unwrap();
    assert!(
        header.contains("Coaching,Partnerships,Company visits,Exams/curriculum,Recruitment,Other,Circle visits,Hours"),
        "{header}"
    );
    let nl = db.ok(&["--lang", "nl", "report", "year", "2025-2026"]);
    assert!(nl.contains("| Bedrijf | Stages | Studenten | Gastlessen |"), "{nl}");
    assert!(nl.contains("| **Totaal** |"), "{nl}");
    db.fails(
        &["engagement", "add", "zaan", "--form", "coaching", "--hours", "20000"],
        "hours",
    );
}

/// The ledger's totals on the demo are the collaborations counted straight
/// from the tables.
#[test]
fn the_ledger_totals_equal_what_the_tables_hold() {
    let db = Db::new();
    db.ok(&["demo"]);
    let total = db.json(&["report", "year", "2025-2026"])["total"].clone();
    let count = |sql: &str| db.query(sql).parse::<i64>().unwrap();
    let forms = |form: &str| {
        count(&format!(
            "SELECT count(*) FROM engagement WHERE school_year = '2025-2026' AND status <> 'cancelled' AND form = '{form}'"
        ))
    };
    let logged = |kind: &str| {
        count(&format!(
            "SELECT count(*) FROM interaction WHERE kind = '{kind}' AND occurred_on BETWEEN '2025-08-01' AND '2026-07-31'"
        ))
    };
    assert_eq!(total["internships"], forms("internship"));
    assert_eq!(total["coaching"], forms("coaching"));
    assert_eq!(total["partnerships"], forms("partnership"));
    assert_eq!(total["company_visits"], forms("company_visit"));
    assert_eq!(total["exam_curriculum"], forms("exam_curriculum"));
    assert_eq!(total["recruitment"], forms("recruitment"));
    assert_eq!(total["lectures"], forms("guest_lecture") + logged("guest_lecture"));
    assert_eq!(
        total["assignments"],
        forms("practice_assignment") + logged("assignment")
    );
    let visits = count(
        "SELECT count(*) FROM interaction WHERE meeting_id IS NOT NULL AND occurred_on BETWEEN '2025-08-01' AND '2026-07-31'",
    );
    assert_eq!(total["circle_visits"], visits);
    let hours = count(
        "SELECT coalesce(sum(hours), 0) FROM engagement WHERE school_year = '2025-2026' AND status <> 'cancelled'",
    );
    assert!(hours > 0, "the demo knows some hours");
    assert_eq!(total["hours"], hours);
    let internships: i64 = total["internships"].as_i64().unwrap();
    assert!(internships > 0, "the demo has last year's internships");
}

/// A workbook of the ledger goes to a file, never onto a terminal; Excel
/// reads the same rows back.
#[test]
fn the_ledger_as_a_workbook() {
    let db = Db::new();
    db.seed();
    db.ok(&["engagement", "add", "zaan", "--form", "coaching", "--year", "2025-2026"]);
    let file = db.path.with_file_name("ledger.xlsx");
    db.ok(&[
        "report",
        "year",
        "2025-2026",
        "--format",
        "xlsx",
        "-o",
        file.to_str().unwrap(),
    ]);
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"PK"), "a zip, as xlsx is");
    let (csv, _) = kring::io::workbook::sheet_as_csv(&file, None).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.contains("Machinefabriek De Zaan"), "{csv}");
    assert!(csv.lines().next().unwrap().contains("Coaching"), "{csv}");
}

/// Health has a memory: a month's scores are kept once (the first
/// computation stands), and the company's page tells how it moved since and
/// which reasons came.
#[test]
fn health_keeps_each_month_and_the_page_shows_the_trend() {
    let db = Db::new();
    db.seed();
    let on = |day: &str, args: &[&str]| {
        let out = db.cmd().env("KRING_TODAY", day).args(args).assert().success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    db.ok(&[
        "log",
        "zaan",
        "--kind",
        "visit",
        "--on",
        "2026-08-20",
        "--note",
        "Rondleiding",
    ]);
    db.ok(&[
        "engagement",
        "add",
        "zaan",
        "--form",
        "internship",
        "--year",
        "2026-2027",
        "--status",
        "running",
    ]);
    let kept = on("2026-09-10", &["health", "--snapshot", "--json"]);
    assert!(kept.contains("\"kept\": 2"), "{kept}");
    let again = on("2026-09-20", &["health", "--snapshot", "--json"]);
    assert!(again.contains("\"kept\": 0"), "a month is kept once: {again}");
    let september: i64 = db
        .query("SELECT score FROM health_snapshot WHERE month = '2026-09' AND company_id = 1")
        .parse()
        .unwrap();
    // The collaboration ends; two months later the page says what changed.
    db.ok(&["engagement", "edit", "1", "--status", "done"]);
    let page = db.json(&["company", "show", "zaan"]);
    let trend = &page["health_trend"];
    assert_eq!(trend["month"], "2026-09");
    assert_eq!(trend["then"], september);
    assert!(trend["now"].as_i64().unwrap() < september, "{trend}");
    assert!(
        trend["new_losses"]
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k == "no-collaboration"),
        "{trend}"
    );
    let shown = db.ok(&["company", "show", "zaan"]);
    assert!(shown.contains(&format!("was {september} in September 2026")), "{shown}");
    let since = shown.lines().find(|l| l.contains("since then:")).unwrap_or_default();
    assert!(since.contains("no collaboration running"), "{shown}");
    let nl = db.ok(&["--lang", "nl", "company", "show", "zaan"]);
    assert!(nl.contains(&format!("was {september} in september 2026")), "{nl}");
    // `kring health` for everyone keeps November's month the first time.
    db.ok(&["health"]);
    assert_eq!(
        db.query("SELECT count(*) FROM health_snapshot WHERE month = '2026-11'"),
        "2"
    );
}

/// Three school years counted by hand: Zaan's internships (1, 2, 1), an
/// assignment at Ruïne last year (in contact then, not since), Jansen's first
/// collaboration this year (its owner in team Techniek), a cancelled one.
fn three_years(db: &Db) {
    db.seed();
    db.ok(&["team", "add", "Techniek"]);
    db.ok(&["staff", "edit", "joost", "--team", "techniek"]);
    db.ok(&[
        "company",
        "add",
        "Bakkerij Jansen",
        "--city",
        "Hoorn",
        "--owner",
        "joost",
    ]);
    let add = |company: &str, form: &str, year: &str, extra: &[&str]| {
        let mut args = vec!["engagement", "add", company, "--form", form, "--year", year];
        args.extend_from_slice(extra);
        db.ok(&args);
    };
    // Two years back: Zaan one internship; last year: Zaan two, Ruïne one
    // assignment; this year (2026-2027): Zaan one internship (3 students),
    // Jansen its first collaboration, one cancelled that never counts.
    add("zaan", "internship", "2024-2025", &["--students", "1"]);
    add("zaan", "internship", "2025-2026", &["--students", "2"]);
    add("zaan", "internship", "2025-2026", &["--students", "2"]);
    add("ruine", "practice_assignment", "2025-2026", &[]);
    add("zaan", "internship", "2026-2027", &["--students", "3", "--hours", "40"]);
    add("jansen", "coaching", "2026-2027", &["--programme", "Bakker"]);
    add("jansen", "recruitment", "2026-2027", &["--status", "cancelled"]);
    // Ruïne: in contact last school year, not since: lost.
    db.ok(&[
        "log",
        "ruine",
        "--kind",
        "call",
        "--on",
        "2026-03-02",
        "--note",
        "Bellen",
    ]);
    for day in ["2026-09-01", "2026-10-01", "2026-11-02"] {
        db.ok(&["log", "zaan", "--kind", "visit", "--on", day, "--note", "Bezoek"]);
    }
    db.ok(&[
        "log",
        "jansen",
        "--kind",
        "guest_lecture",
        "--on",
        "2026-10-12",
        "--note",
        "Gastles brood",
    ]);
}

/// The management report's year-on-year numbers on a database counted by
/// hand: three school years of collaborations, a company won, one lost, the
/// most asked, a team's own report.
#[test]
fn the_management_report_counts_what_was_done_year_on_year() {
    let db = Db::new();
    three_years(&db);
    let report = db.json(&["report", "management", "--year", "2026-2027"]);
    assert_eq!(
        report["years"],
        serde_json::json!(["2024-2025", "2025-2026", "2026-2027"])
    );
    let form = |name: &str| {
        report["forms"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["form"] == name)
            .unwrap()["counts"]
            .clone()
    };
    assert_eq!(form("internship"), serde_json::json!([1, 2, 1]));
    assert_eq!(form("practice_assignment"), serde_json::json!([0, 1, 0]));
    assert_eq!(form("coaching"), serde_json::json!([0, 0, 1]));
    assert_eq!(form("recruitment"), serde_json::json!([0, 0, 0]), "cancelled");
    assert_eq!(
        form("guest_lecture"),
        serde_json::json!([0, 0, 1]),
        "the logged lecture counts"
    );
    assert_eq!(report["students"], serde_json::json!([1, 4, 3]));
    assert_eq!(report["hours"], serde_json::json!([0, 0, 40]));
    assert_eq!(report["won_total"], 1);
    assert_eq!(report["won"][0]["company"], "Bakkerij Jansen");
    assert_eq!(report["lost_total"], 1);
    assert_eq!(report["lost"][0]["company"], "Café De Ruïne");
    assert_eq!(report["most_asked"][0]["company"], "Machinefabriek De Zaan");
    assert_eq!(report["most_asked"][0]["contacts"], 3);
    assert_eq!(report["companies"], 3);
    // A team's report: the companies its members own.
    let team = db.json(&["report", "management", "--year", "2026-2027", "--team", "techniek"]);
    assert_eq!(team["scope"]["team"], "Techniek");
    assert_eq!(team["companies"], 1);
    assert_eq!(team["won_total"], 1);
    assert_eq!(
        team["forms"][0]["counts"],
        serde_json::json!([0, 0, 0]),
        "Zaan is not the team's"
    );
    // A programme's: its collaborations only (a contact has no programme).
    let bakker = db.json(&["report", "management", "--year", "2026-2027", "--programme", "Bakker"]);
    let coaching = bakker["forms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["form"] == "coaching")
        .unwrap()["counts"]
        .clone();
    assert_eq!(coaching, serde_json::json!([0, 0, 1]));
    assert_eq!(
        bakker["forms"][1]["counts"],
        serde_json::json!([0, 0, 0]),
        "no logged lectures"
    );
    // Markdown in both languages.
    let md = db.ok(&["report", "management", "--year", "2026-2027"]);
    assert!(
        md.starts_with("# Relationships with companies, school year 2026-2027"),
        "{md}"
    );
    assert!(md.contains("| Internship | 1 | 2 | 1 | -1 |"), "{md}");
    let nl = db.ok(&["--lang", "nl", "report", "management", "--year", "2026-2027"]);
    assert!(nl.contains("| Stage | 1 | 2 | 1 | -1 |"), "{nl}");
    assert!(nl.contains("## Gewonnen: een eerste samenwerking dit jaar (1)"), "{nl}");
    db.fails(&["report", "management", "--team", "nobody"], "nobody");
}

/// The company's sheet says what was done together and nothing the school
/// keeps for itself: not a contact's note, an evaluation, a rating, the
/// expectations or compensation, the company's own notes, health or load.
#[test]
fn the_company_sheet_has_nothing_internal_on_it() {
    let db = Db::new();
    db.seed();
    db.ok(&[
        "engagement",
        "add",
        "zaan",
        "--form",
        "internship",
        "--year",
        "2026-2027",
        "--students",
        "2",
        "--programme",
        "Mechatronica",
        "--scope",
        "Twee stagiairs op de werkvloer",
        "--expectations",
        "GEHEIM-VERWACHTING",
        "--compensation",
        "GEHEIM-VERGOEDING",
        "--hours",
        "30",
    ]);
    db.ok(&[
        "engagement",
        "evaluate",
        "1",
        "--text",
        "GEHEIM-EVALUATIE",
        "--rating",
        "2",
    ]);
    db.ok(&[
        "log",
        "zaan",
        "--kind",
        "guest_lecture",
        "--on",
        "2026-10-12",
        "--note",
        "GEHEIM-NOTITIE",
    ]);
    db.ok(&[
        "log",
        "zaan",
        "--kind",
        "call",
        "--on",
        "2026-10-13",
        "--note",
        "GEHEIM-GESPREK",
    ]);
    db.ok(&[
        "company",
        "edit",
        "zaan",
        "--motivation",
        "GEHEIM-MOTIEF",
        "--agreements",
        "GEHEIM-AFSPRAAK",
    ]);
    for format in ["md", "html", "json"] {
        let sheet = db.ok(&["report", "company", "zaan", "--format", format, "--year", "2026-2027"]);
        assert!(!sheet.contains("GEHEIM"), "{format}: {sheet}");
        assert!(
            !sheet.to_lowercase().contains("health") && !sheet.contains("asked"),
            "{format}: {sheet}"
        );
        assert!(sheet.contains("Twee stagiairs op de werkvloer"), "{format}: {sheet}");
        assert!(sheet.contains("Noëlle de Vries"), "{format}: {sheet}");
    }
    let md = db.ok(&["report", "company", "zaan", "--year", "2026-2027"]);
    assert!(md.contains("## Internships (2 students)"), "{md}");
    assert!(
        md.contains("12-10-2026") || md.contains("2026-10-12"),
        "the lecture's day: {md}"
    );
    assert!(md.contains("Your people gave our students 30 hours this year."), "{md}");
    let nl = db.ok(&["report", "company", "zaan", "--year", "2026-2027", "--lang", "nl"]);
    assert!(nl.starts_with("# Wat we samen deden: Machinefabriek De Zaan"), "{nl}");
    assert!(nl.contains("12-10-2026"), "{nl}");
    let file = db.path.with_file_name("zaan.html");
    db.ok(&[
        "report",
        "company",
        "zaan",
        "--format",
        "html",
        "-o",
        file.to_str().unwrap(),
    ]);
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>") && !html.contains("<script"),
        "{html}"
    );
}

/// Debian's Chromium, where `.ci/run` installs it (or `KRING_TEST_CHROMIUM`).
fn chromium() -> std::path::PathBuf {
    std::env::var_os("KRING_TEST_CHROMIUM")
        .map(Into::into)
        .unwrap_or_else(|| "/usr/bin/chromium".into())
}

/// The page as the browser built it, and what it said on its console.
fn render(page: &std::path::Path) -> (String, Vec<String>) {
    let out = std::process::Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
        ])
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let console = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_string)
        .collect();
    (String::from_utf8(out.stdout).unwrap(), console)
}

/// The pages the browser prints the page on (A4, as the page asks).
fn printed_pages(page: &std::path::Path) -> usize {
    let pdf = page.with_extension("pdf");
    let out = std::process::Command::new(chromium())
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let bytes = std::fs::read(&pdf).unwrap();
    // The page tree's root counts every page: the largest /Count.
    let text = String::from_utf8_lossy(&bytes);
    text.match_indices("/Count ")
        .filter_map(|(at, _)| {
            let digits: String = text[at + 7..].chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
        .max()
        .unwrap_or(0)
}

/// The n-th chart of a page the browser built: its series and points.
fn chart(dom: &str, n: usize) -> (usize, usize) {
    let start = dom.match_indices("<svg class=\"chart\"").nth(n).expect("the chart").0;
    let svg = &dom[start..start + dom[start..].find("</svg>").unwrap()];
    let points = svg.matches("class=\"point\"").count() + svg.matches("class=\"bar\"").count();
    (svg.matches("class=\"series\"").count(), points)
}

/// The reports as a real browser shows and prints them: no console error,
/// the charts with a series per form and a point per year, the health
/// bands and months, a bar per goal; the company's sheet on one page.
#[test]
#[ignore = "needs Chromium: .ci/run installs Debian's chromium"]
fn the_html_reports_render_and_print_in_a_real_browser() {
    let db = Db::new();
    db.ok(&["demo"]);
    let report = db.json(&["report", "management"]);
    let forms_used = report["forms"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["counts"].as_array().unwrap().iter().any(|n| n.as_i64() > Some(0)))
        .count();
    let months = report["health_by_month"].as_array().unwrap().len();
    let goals = report["goals"].as_array().unwrap().len();
    assert!(forms_used > 3 && months == 12 && goals > 0, "the demo shows it all");
    for lang in ["en", "nl"] {
        let page = db.path.with_file_name(format!("management-{lang}.html"));
        db.ok(&[
            "--lang",
            lang,
            "report",
            "management",
            "--format",
            "html",
            "-o",
            page.to_str().unwrap(),
        ]);
        let (dom, console) = render(&page);
        assert!(console.is_empty(), "{lang}: {console:?}");
        assert_eq!(
            chart(&dom, 0),
            (forms_used, 3 * forms_used),
            "{lang}: a line per form, a point per year"
        );
        assert_eq!(chart(&dom, 1), (1, 5), "{lang}: a bar per band");
        assert_eq!(chart(&dom, 2), (1, months), "{lang}: a point per month kept");
        assert_eq!(
            dom.matches("<svg class=\"progress\"").count(),
            goals,
            "{lang}: a bar per goal"
        );
        let pages = printed_pages(&page);
        // Four A4 pages here; fonts differ a little between machines.
        assert!((3..=5).contains(&pages), "{lang}: {pages} pages");
    }
    let sheet = db.path.with_file_name("sheet.html");
    db.ok(&[
        "report",
        "company",
        "2",
        "--year",
        "2025-2026",
        "--format",
        "html",
        "-o",
        sheet.to_str().unwrap(),
    ]);
    let (dom, console) = render(&sheet);
    assert!(console.is_empty(), "{console:?}");
    assert!(dom.contains("What we did together"), "{dom}");
    assert_eq!(printed_pages(&sheet), 1, "the sheet is one page");
}

/// The handover dossier holds what a successor needs first: the
/// collaborations still going, the open questions, the circles the company
/// belongs to and its answers to campaigns, beside contacts and follow-ups.
#[test]
fn the_handover_dossier_holds_collaborations_questions_circles_and_replies() {
    let db = Db::new();
    db.seed();
    db.ok(&["company", "edit", "zaan", "--owner", "joost"]);
    db.ok(&[
        "engagement",
        "add",
        "zaan",
        "--form",
        "internship",
        "--year",
        "2026-2027",
        "--status",
        "running",
        "--programme",
        "Mechatronica",
        "--scope",
        "Twee stagiairs",
    ]);
    db.ok(&[
        "engagement",
        "add",
        "zaan",
        "--form",
        "coaching",
        "--year",
        "2024-2025",
        "--status",
        "done",
    ]);
    db.ok(&[
        "question",
        "add",
        "zaan",
        "Lasrobot programmeren",
        "--kind",
        "assignment",
    ]);
    db.ok(&["circle", "add", "Bedrijvenkring Techniek Zaanstreek"]);
    db.ok(&["circle", "join", "techniek", "zaan"]);
    db.ok(&[
        "campaign",
        "add",
        "Stagefestival 2027",
        "--on",
        "2026-11-20",
        "--kind",
        "event",
    ]);
    db.ok(&["campaign", "invite", "stagefestival", "--company", "zaan"]);
    db.ok(&[
        "campaign",
        "reply",
        "stagefestival",
        "zaan",
        "maybe",
        "--note",
        "Na de kerst",
    ]);
    let file = db.path.with_file_name("dossier.md");
    db.ok(&["staff", "dossier", "Joost Mulder", "-o", file.to_str().unwrap()]);
    let dossier = std::fs::read_to_string(&file).unwrap();
    let section = |title: &str| {
        let start = dossier
            .find(&format!("### {title}"))
            .unwrap_or_else(|| panic!("{title}: {dossier}"));
        let rest = &dossier[start + 4..];
        rest[..rest.find("###").unwrap_or(rest.len())].to_string()
    };
    let going = section("Collaborations going on");
    assert!(
        going.contains("internship (running)") && going.contains("Twee stagiairs"),
        "{going}"
    );
    assert!(!going.contains("coaching"), "a collaboration done is history: {going}");
    assert!(section("Open questions").contains("Lasrobot programmeren"), "{dossier}");
    assert!(
        section("Business circles").contains("Bedrijvenkring Techniek Zaanstreek"),
        "{dossier}"
    );
    let replies = section("Answers to campaigns");
    assert!(
        replies.contains("Stagefestival 2027") && replies.contains("maybe — Na de kerst"),
        "{replies}"
    );
    let html = db.path.with_file_name("dossier.html");
    db.ok(&[
        "--lang",
        "nl",
        "staff",
        "dossier",
        "Joost Mulder",
        "--format",
        "html",
        "-o",
        html.to_str().unwrap(),
    ]);
    let html = std::fs::read_to_string(&html).unwrap();
    assert!(
        html.contains("Lopende samenwerkingen") && html.contains("misschien — Na de kerst"),
        "{html}"
    );
}

/// The reports' text, in English and in Dutch, as a reader gets it.
#[test]
fn the_reports_read_the_same_in_both_languages() {
    if crate::test_server().is_some() {
        return; // the same text on a server; the ids of a fresh database differ there
    }
    let db = Db::new();
    three_years(&db);
    db.ok(&["company", "edit", "zaan", "--owner", "joost"]);
    for lang in ["en", "nl"] {
        let management = db.ok(&["--lang", lang, "report", "management", "--year", "2026-2027"]);
        insta::assert_snapshot!(format!("management_{lang}"), management);
        let sheet = db.ok(&["--lang", lang, "report", "company", "zaan", "--year", "2025-2026"]);
        insta::assert_snapshot!(format!("sheet_{lang}"), sheet);
    }
}

/// `kring health` on a database file that may only be read lists as ever:
/// keeping the month's scores is left to a kring that may write.
#[test]
fn health_on_a_read_only_file_still_lists() {
    let db = Db::new();
    if !db.on_a_file("file permissions") {
        return;
    }
    db.seed();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&db.path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let listed = db.ok(&["health"]);
    assert!(listed.contains("Machinefabriek De Zaan"), "{listed}");
    std::fs::set_permissions(&db.path, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(
        db.query("SELECT count(*) FROM health_snapshot"),
        "0",
        "nothing was written"
    );
}

/// A report is never written over the database (nor one of its copies):
/// refused by name, the database as it was.
#[test]
fn a_report_is_never_written_over_the_database() {
    let db = Db::new();
    if !db.on_a_file("the database's own file") {
        return;
    }
    db.seed();
    let before = db.dump();
    let target = db.path.to_str().unwrap();
    for args in [
        vec!["report", "management", "--format", "html", "-o", target],
        vec!["report", "company", "zaan", "-o", target],
        vec!["report", "year", "2025-2026", "--format", "xlsx", "-o", target],
    ] {
        let out = db.cmd().args(&args).output().unwrap();
        assert!(!out.status.success(), "{args:?} was refused");
    }
    assert_eq!(before, db.dump(), "the database is as it was");
}
