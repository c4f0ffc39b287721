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
