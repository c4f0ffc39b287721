//! Workbooks: `kring import contacts FILE.xlsx` does everything the CSV
//! import does; `kring export contacts --format xlsx` writes text cells that
//! Excel shows as they are. A bomb, a missing sheet, a file meant for
//! another command: a clear error, nothing changed.

use super::*;
use calamine::{open_workbook_auto, Data, Reader};

/// The list as a school keeps it in Excel: a KvK number Excel made a
/// number, a phone number typed as text, a date, a formula.
fn write_workbook(path: &Path) {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let notes = workbook.add_worksheet();
    notes.set_name("Toelichting").unwrap();
    notes
        .write_string(0, 0, "Stagebedrijven techniek, bijgewerkt november")
        .unwrap();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Bedrijven").unwrap();
    let headers = [
        "Bedrijfsnaam",
        "KvK-nummer",
        "Postcode",
        "Plaats",
        "Contactpersoon",
        "E-mailadres",
        "Telefoon",
        "Sinds",
        "Plaatsen",
    ];
    for (col, header) in headers.iter().enumerate() {
        sheet.write_string(0, col as u16, *header).unwrap();
    }
    sheet.write_string(1, 0, "Machinefabriek De Zaan").unwrap();
    sheet.write_number(1, 1, 12345678.0).unwrap();
    sheet.write_string(1, 2, "1505 AB").unwrap();
    sheet.write_string(1, 3, "Zaandam").unwrap();
    sheet.write_string(1, 4, "Noëlle de Vries").unwrap();
    sheet.write_string(1, 5, "noelle@dezaan.nl").unwrap();
    sheet.write_string(1, 6, "0612345678").unwrap();
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2024, 9, 1).unwrap();
    let format = rust_xlsxwriter::Format::new().set_num_format("dd-mm-yyyy");
    sheet.write_datetime_with_format(1, 7, &date, &format).unwrap();
    sheet
        .write_formula(1, 8, rust_xlsxwriter::Formula::new("=1+1").set_result("2"))
        .unwrap();
    sheet.write_string(3, 0, "Bakkerij De Korenschoof").unwrap();
    sheet.write_string(3, 3, "Wormerveer").unwrap();
    workbook.save(path).unwrap();
}

#[test]
fn a_workbook_is_imported_as_its_csv_would_be() {
    let db = Db::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("stagebedrijven.xlsx");
    write_workbook(&file);
    let file = file.to_str().unwrap();
    let before = db.dump();
    let err = db
        .cmd()
        .args(["import", "contacts", file, "--sheet", "Blad1"])
        .assert()
        .failure();
    let said = String::from_utf8_lossy(&err.get_output().stderr).to_string();
    assert!(
        said.contains("no sheet \"Blad1\"") && said.contains("Toelichting, Bedrijven"),
        "{said}"
    );
    assert_eq!(before, db.dump());

    let dry = db.ok(&["import", "contacts", file, "--sheet", "bedrijven", "--dry-run"]);
    assert!(dry.contains("workbook, sheet \"Bedrijven\""), "{dry}");
    assert_eq!(before, db.dump(), "a dry run writes nothing");
    // The sheet is set aside as CSV in a file with no name: nothing of its
    // contacts is left in the temporary folder.
    let tmp = tempfile::tempdir().unwrap();
    db.cmd()
        .env("TMPDIR", tmp.path())
        .args(["import", "contacts", file, "--sheet", "Bedrijven"])
        .assert()
        .success();
    assert_eq!(
        std::fs::read_dir(tmp.path()).unwrap().count(),
        0,
        "a file left in TMPDIR"
    );
    let shown = db.json(&["company", "show", "De Zaan"]);
    assert_eq!(shown["company"]["kvk"], "12345678", "a number cell without .0: {shown}");
    assert_eq!(shown["company"]["postcode"], "1505 AB");
    assert_eq!(shown["contacts"][0]["phone"], "0612345678", "the zero stays");
    assert_eq!(
        db.count(&["company", "list"]),
        2,
        "the row below a blank row comes in too"
    );
    db.ok(&["import", "undo"]);
    assert_eq!(db.count(&["company", "list"]), 0);
}

#[test]
fn contacts_are_exported_as_a_workbook_of_text_cells() {
    let db = Db::new();
    db.ok(&[
        "company",
        "add",
        "Machinefabriek De Zaan",
        "--city",
        "Zaandam",
        "--postcode",
        "1505 AB",
    ]);
    db.ok(&[
        "person",
        "add",
        "=HYPERLINK(\"http://x\")",
        "--company",
        "zaan",
        "--phone",
        "0612345678",
    ]);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("contacten.xlsx");
    db.ok(&["export", "contacts", "--format", "xlsx", "-o", out.to_str().unwrap()]);
    let mut workbook = open_workbook_auto(&out).unwrap();
    let range = workbook.worksheet_range("Contacts").unwrap();
    let rows: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0][0], Data::String("Name".into()));
    let cell = |name: &str| {
        let at = rows[0].iter().position(|h| *h == Data::String(name.into())).unwrap();
        rows[1][at].clone()
    };
    assert_eq!(cell("Phone"), Data::String("0612345678".into()));
    assert_eq!(cell("Postcode"), Data::String("1505 AB".into()));
    assert_eq!(
        cell("Name"),
        Data::String("=HYPERLINK(\"http://x\")".into()),
        "text, never a formula"
    );
    assert!(workbook
        .worksheet_formula("Contacts")
        .unwrap()
        .rows()
        .all(|r| r.iter().all(|f| f.is_empty())));
    // And it is read back by the import.
    let again = Db::new();
    again.ok(&["import", "contacts", out.to_str().unwrap()]);
    assert_eq!(
        again.json(&["company", "show", "zaan"])["contacts"][0]["phone"],
        "0612345678"
    );
}

#[test]
fn a_zip_bomb_and_files_for_other_commands_are_refused() {
    let db = Db::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lijst.xlsx");
    write_workbook(&file);
    // Claim a part four gigabytes large, as a bomb's directory does.
    let mut bytes = std::fs::read(&file).unwrap();
    let central = bytes.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    bytes[central + 24..central + 28].copy_from_slice(&0xFFFF_FFF0u32.to_le_bytes());
    let bomb = dir.path().join("bom.xlsx");
    std::fs::write(&bomb, bytes).unwrap();
    db.fails(&["import", "contacts", bomb.to_str().unwrap()], "would unpack to");

    let ics = dir.path().join("agenda.csv");
    std::fs::write(&ics, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").unwrap();
    db.fails(
        &["import", "contacts", ics.to_str().unwrap()],
        "is an iCalendar file: use `kring capture calendar`",
    );
    let eml = dir.path().join("mail.eml");
    std::fs::write(&eml, "From: a@b.nl\r\nSubject: x\r\n\r\nhoi\r\n").unwrap();
    db.fails(
        &["import", "contacts", eml.to_str().unwrap()],
        "is an e-mail: use `kring capture mail`",
    );
    let csv = dir.path().join("lijst.csv");
    std::fs::write(&csv, "Bedrijfsnaam\r\nX\r\n").unwrap();
    db.fails(
        &["import", "contacts", csv.to_str().unwrap(), "--sheet", "Blad1"],
        "--sheet is for a workbook",
    );
}

/// The sample list as a workbook another program wrote (openpyxl, with the
/// KvK numbers that are all digits as numbers, as Excel makes them): it
/// comes in exactly as the CSV it was made from.
#[test]
fn a_workbook_of_the_sample_list_comes_in_as_its_csv() {
    let fixture = |name: &str| Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    let (from_csv, from_xlsx) = (Db::new(), Db::new());
    from_csv.ok(&[
        "import",
        "contacts",
        fixture("stagebedrijven-excel-nl.csv").to_str().unwrap(),
    ]);
    from_xlsx.ok(&[
        "import",
        "contacts",
        fixture("stagebedrijven-excel-nl.xlsx").to_str().unwrap(),
    ]);
    let shown = |db: &Db, what: &str| -> Vec<String> {
        db.json(&[what, "list"])
            .as_array()
            .unwrap()
            .iter()
            .map(|r| format!("{} {} {} {}", r["name"], r["city"], r["kvk"], r["email"]))
            .collect()
    };
    assert_eq!(shown(&from_csv, "company").len(), 40);
    assert_eq!(shown(&from_csv, "company"), shown(&from_xlsx, "company"));
    assert_eq!(shown(&from_csv, "person"), shown(&from_xlsx, "person"));
}
