//! Links to documents: kept as an absolute path or a URL, never a copy;
//! listed on the page and in the dossier, flagged once the file is gone,
//! moved by a merge and gone with an erased person.

use crate::Db;

#[test]
fn a_document_is_linked_listed_flagged_when_gone_and_unlinked() {
    let db = Db::new();
    db.seed();
    let dir = db.path.parent().unwrap().to_path_buf();
    let contract = dir.join("stageovereenkomst zaan.pdf");
    std::fs::write(&contract, b"%PDF-1.4 getekend").unwrap();
    let attached = db.json(&["attach", "zaan", contract.to_str().unwrap(), "--note", "getekend 2026"]);
    assert_eq!(attached["location"], contract.to_str().unwrap());
    assert_eq!(attached["to"], serde_json::json!({ "kind": "company", "id": 1 }));
    db.ok(&["attach", "person:noelle", "https://sbb.nl/erkenning/noelle"]);
    db.ok(&[
        "engagement",
        "add",
        "zaan",
        "--form",
        "internship",
        "--year",
        "2026-2027",
    ]);
    db.ok(&["attach", "collaboration:1", "https://drive.school.nl/stage/42"]);
    // A typo is refused by name, and nothing is linked.
    db.fails(&["attach", "zaan", "bestaat-niet.pdf"], "no file at");
    db.fails(&["attach", "collaboration:99", "https://x.nl"], "#99");
    db.fails(&["attach", "vergadering:3", "https://x.nl"], "vergadering:3");
    let page = db.ok(&["company", "show", "zaan"]);
    assert!(page.contains("Documents:") && page.contains("getekend 2026"), "{page}");
    assert!(
        page.contains("https://drive.school.nl/stage/42"),
        "the collaboration's too: {page}"
    );
    assert!(!page.contains("sbb.nl/erkenning/noelle"), "the person's is on her page");
    assert!(db
        .ok(&["person", "show", "noelle"])
        .contains("https://sbb.nl/erkenning/noelle"));
    // The file moves away: the link stays, flagged.
    std::fs::remove_file(&contract).unwrap();
    let listed = db.ok(&["attachments", "zaan"]);
    assert!(listed.contains("[missing]"), "{listed}");
    let nl = db.ok(&["--lang", "nl", "attachments", "zaan"]);
    assert!(nl.contains("[ontbreekt]"), "{nl}");
    let dossier = dir.join("dossier.md");
    db.ok(&["staff", "dossier", "Sanne Bakker", "-o", dossier.to_str().unwrap()]);
    let dossier = std::fs::read_to_string(&dossier).unwrap();
    assert!(
        dossier.contains("### Documents") && dossier.contains("getekend 2026 (missing)"),
        "{dossier}"
    );
    db.ok(&["detach", "1"]);
    assert!(!db.ok(&["attachments", "zaan"]).contains("getekend"));
    db.fails(&["detach", "1"], "attachment");
}

/// A merge moves the links with the rest; erasing a person removes theirs,
/// and their name in a link on the company is scrubbed like any text.
#[test]
fn links_follow_a_merge_and_leave_with_an_erased_person() {
    let db = Db::new();
    db.seed();
    db.ok(&["company", "add", "De Zaan Machinefabriek"]);
    db.ok(&["attach", "de zaan machinefabriek", "https://x.nl/contract"]);
    db.ok(&["merge", "Machinefabriek De Zaan", "De Zaan Machinefabriek", "--yes"]);
    assert!(
        db.ok(&["attachments", "#1"]).contains("https://x.nl/contract"),
        "moved to the kept one"
    );
    db.ok(&["attach", "person:noelle", "https://x.nl/cv-noelle"]);
    db.ok(&[
        "attach",
        "#1",
        "https://x.nl/verslag",
        "--note",
        "gesprek met Noëlle de Vries",
    ]);
    db.ok(&["person", "erase", "noelle", "--yes"]);
    assert_eq!(
        db.query("SELECT count(*) FROM attachment WHERE location LIKE '%cv-noelle%'"),
        "0"
    );
    let left = db.ok(&["attachments", "#1"]);
    assert!(
        !left.contains("Noëlle") && left.contains("https://x.nl/verslag"),
        "{left}"
    );
}
