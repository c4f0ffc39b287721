//! The address-book corpus (`tests/corpus/`, sources in its README): each
//! export imports whole, every person comes out with the right name parts,
//! e-mail, phone, company and job title, and a second import adds nothing.

use super::Db;
use serde_json::Value;

/// What a person must look like after the import.
struct Expected {
    name: &'static str,
    parts: (&'static str, &'static str, &'static str),
    email: Option<&'static str>,
    phone: Option<&'static str>,
    company: Option<&'static str>,
    title: Option<&'static str>,
}

const fn p(
    name: &'static str,
    parts: (&'static str, &'static str, &'static str),
    email: Option<&'static str>,
    phone: Option<&'static str>,
    company: Option<&'static str>,
    title: Option<&'static str>,
) -> Expected {
    Expected {
        name,
        parts,
        email,
        phone,
        company,
        title,
    }
}

fn corpus(file: &str) -> String {
    format!("{}/tests/corpus/{file}", env!("CARGO_MANIFEST_DIR"))
}

/// Import the file into a fresh database, check every person, import again.
fn imports_whole_and_right(file: &str, people: &[Expected]) -> Db {
    let db = Db::new();
    let path = corpus(file);
    let report = db.json(&["import", "contacts", &path]);
    assert!(
        report["report"]["rejected"].as_array().unwrap().is_empty(),
        "{file}: {report}"
    );
    assert_eq!(
        report["report"]["people_created"],
        people.len(),
        "{file}: every person comes in: {report}"
    );
    for expected in people {
        let shown = db.json(&["person", "show", expected.name]);
        let person = &shown["person"];
        let at = |field: &str| person[field].as_str().map(str::to_string);
        assert_eq!(at("name").as_deref(), Some(expected.name), "{file}: {person}");
        let (given, infix, family) = expected.parts;
        let parts = &person["name_parts"];
        assert_eq!(
            (
                parts["given"].as_str(),
                parts["infix"].as_str(),
                parts["family"].as_str()
            ),
            (Some(given), Some(infix), Some(family)),
            "{file}: {} name parts",
            expected.name
        );
        assert_eq!(
            at("email").as_deref(),
            expected.email,
            "{file}: {} e-mail",
            expected.name
        );
        assert_eq!(
            at("phone").as_deref(),
            expected.phone,
            "{file}: {} phone",
            expected.name
        );
        let job: Option<&Value> = person["employments"].as_array().unwrap().first();
        assert_eq!(
            job.and_then(|j| j["company"].as_str()),
            expected.company,
            "{file}: {} company",
            expected.name
        );
        assert_eq!(
            job.and_then(|j| j["title"].as_str()),
            expected.title,
            "{file}: {} job title",
            expected.name
        );
    }
    let again = db.json(&["import", "contacts", &path, "--dry-run"]);
    for count in ["people_created", "companies_created"] {
        assert_eq!(
            again["report"][count], 0,
            "{file}: a second import adds nothing: {again}"
        );
    }
    db
}

#[test]
fn an_iphone_export_with_cr_cr_lf_line_ends() {
    let db = imports_whole_and_right(
        "iphone.vcf",
        &[
            p(
                "Jeroen de Vries",
                ("Jeroen", "de", "Vries"),
                Some("j.devries@drukkerijzuiderzee.nl"),
                Some("06 12 34 56 78"),
                Some("Drukkerij Zuiderzee"),
                Some("Stagebegeleider"),
            ),
            p(
                "Sanne Bakker",
                ("Sanne", "", "Bakker"),
                Some("sanne.bakker@icloud.com"),
                Some("+31 6 98765432"),
                None,
                None,
            ),
        ],
    );
    let jeroen = db.json(&["person", "show", "Jeroen"]);
    assert_eq!(jeroen["person"]["employments"][0]["department"], "Productie");
    let company = db.json(&["company", "show", "Zuiderzee"]);
    assert_eq!(company["company"]["city"], "Hoorn");
}

#[test]
fn an_android_export_in_quoted_printable() {
    imports_whole_and_right(
        "android.vcf",
        &[
            p(
                "Joost van 't Hek",
                ("Joost", "van 't", "Hek"),
                Some("joost@garagevanthek.nl"),
                Some("0229-123456"),
                Some("Garage van 't Hek"),
                Some("Eigenaar"),
            ),
            p(
                "Elif Aydoğan",
                ("Elif", "", "Aydoğan"),
                None,
                Some("+31687654321"),
                None,
                None,
            ),
        ],
    );
}

#[test]
fn an_outlook_2003_card_with_junk_in_a_property_kring_does_not_use() {
    let db = imports_whole_and_right(
        "outlook-2003.vcf",
        &[p(
            "Renée Smit",
            ("Renée", "", "Smit"),
            Some("r.smit@delinde.nl"),
            Some("0229-765432"),
            Some("Zorgcentrum De Linde"),
            Some("HR-adviseur"),
        )],
    );
    let renee = db.json(&["person", "show", "Renée"]);
    assert_eq!(renee["person"]["honorific"], "Mevr.", "N's prefix is a form of address");
    let company = db.json(&["company", "show", "Linde"]);
    assert_eq!(company["company"]["website"], "http://www.delinde.nl");
}

#[test]
fn a_gmail_export_with_a_private_contact_and_a_tel_uri() {
    let db = imports_whole_and_right(
        "gmail.vcf",
        &[
            p(
                "Mohammed El Idrissi",
                ("Mohammed", "", "El Idrissi"),
                Some("m.elidrissi@bouwbedrijfwaterland.nl"),
                Some("+31-299-123456 ext. 102"),
                Some("Bouwbedrijf Waterland"),
                Some("Uitvoerder"),
            ),
            p(
                "Lotte Visser",
                ("Lotte", "", "Visser"),
                Some("lotte.visser@gmail.com"),
                None,
                None,
                None,
            ),
        ],
    );
    let mohammed = db.json(&["person", "show", "Mohammed"]);
    assert_eq!(
        mohammed["person"]["profile_url"], "https://www.linkedin.com/in/mohammed-el-idrissi",
        "a LinkedIn URL is the person's page"
    );
    let company = db.json(&["company", "show", "Waterland"]);
    assert!(company["company"]["website"].is_null(), "never the company's website");
}

#[test]
fn a_macos_company_card_becomes_a_company() {
    let db = imports_whole_and_right("macos.vcf", &[]);
    let company = db.json(&["company", "show", "Korenschoof"]);
    assert_eq!(company["company"]["email"], "info@korenschoof.nl");
    assert_eq!(company["company"]["phone"], "075-6543210");
    assert_eq!(company["company"]["city"], "Zaandam");
    assert_eq!(db.count(&["person", "list"]), 0, "no person named after the company");
}

#[test]
fn a_shift_jis_card_is_read_in_its_charset() {
    imports_whole_and_right(
        "feature-phone-shift-jis.vcf",
        &[p(
            "山田 花子",
            ("花子", "", "山田"),
            Some("hanako@yamada-shoji.jp"),
            Some("+81-3-1234-5678"),
            Some("ヤマダ商事"),
            None,
        )],
    );
}

#[test]
fn an_english_outlook_export_keeps_the_tussenvoegsel_and_the_phones() {
    let db = imports_whole_and_right(
        "outlook-en.csv",
        &[
            p(
                "Jeroen de Vries",
                ("Jeroen", "de", "Vries"),
                Some("j.devries@drukkerijzuiderzee.nl"),
                Some("0229-212121"),
                Some("Drukkerij Zuiderzee"),
                Some("Stagebegeleider"),
            ),
            p(
                "Anouk van Dijk",
                ("Anouk", "van", "Dijk"),
                Some("anouk@home-zorg.nl"),
                Some("+31 6 11223344"),
                Some("@Home Zorg B.V."),
                Some("Teamleider"),
            ),
            p(
                "Pieter Jansen",
                ("Pieter", "", "Jansen"),
                Some("pieter.jansen@hotmail.com"),
                Some("06-55554444"),
                None,
                None,
            ),
        ],
    );
    let jeroen = db.json(&["person", "show", "Jeroen"]);
    assert_eq!(
        jeroen["person"]["honorific"], "Mr.",
        "Outlook's Title is not the job title"
    );
    let company = db.json(&["company", "show", "Zuiderzee"]);
    assert_eq!(company["company"]["street"], "Havenweg 12");
    assert_eq!(company["company"]["postcode"], "1621 AB");
    let dry = db.ok(&["import", "contacts", &corpus("outlook-en.csv"), "--dry-run"]);
    assert!(dry.contains("read as: Outlook (English) export"), "{dry}");
    assert!(dry.contains("'Home Phone' (--map \"Home Phone=phone\")"), "{dry}");
    assert!(dry.contains("'Middle Name' → middle name"), "{dry}");
}

#[test]
fn a_dutch_outlook_export_in_windows_1252() {
    imports_whole_and_right(
        "outlook-nl.csv",
        &[
            p(
                "Joost van 't Hek",
                ("Joost", "van 't", "Hek"),
                Some("joost@garagevanthek.nl"),
                Some("0299-445566"),
                Some("Garage van 't Hek"),
                Some("Eigenaar"),
            ),
            p(
                "Noëlle de Vries",
                ("Noëlle", "de", "Vries"),
                Some("noelle@dezaan.nl"),
                Some("06-98765432"),
                Some("Machinefabriek De Zaan"),
                Some("Praktijkopleider"),
            ),
        ],
    );
}

#[test]
fn both_google_contacts_layouts() {
    let db = imports_whole_and_right(
        "google-new.csv",
        &[
            p(
                "Fatima El Amrani",
                ("Fatima", "", "El Amrani"),
                Some("f.elamrani@delinde.nl"),
                Some("06 24 68 13 57"),
                Some("Zorgcentrum De Linde"),
                Some("Praktijkbegeleider"),
            ),
            p(
                "Bram van der Meer",
                ("Bram", "van der", "Meer"),
                Some("bram.vandermeer@outlook.com"),
                Some("+31 6 13572468"),
                None,
                None,
            ),
        ],
    );
    let bram = db.json(&["person", "show", "Bram"]);
    assert_eq!(bram["person"]["honorific"], "ir.");
    imports_whole_and_right(
        "google-old.csv",
        &[
            p(
                "Sanne de Boer",
                ("Sanne", "de", "Boer"),
                Some("sanne@hoveniersbedrijfdeboer.nl"),
                Some("0228-515151"),
                Some("Hoveniersbedrijf De Boer"),
                Some("Bedrijfsleider"),
            ),
            p(
                "Kees Mulder",
                ("Kees", "", "Mulder"),
                Some("keesmulder@ziggo.nl"),
                Some("06-10203040"),
                None,
                None,
            ),
        ],
    );
}

#[test]
fn linkedin_connections_never_become_one_company() {
    let db = imports_whole_and_right(
        "linkedin-connections.csv",
        &[
            p(
                "Mohammed El Idrissi",
                ("Mohammed", "", "El Idrissi"),
                None,
                None,
                Some("Bouwbedrijf Waterland"),
                Some("Uitvoerder"),
            ),
            p(
                "Eva van den Berg",
                ("Eva", "van den", "Berg"),
                Some("eva.vandenberg@gmail.com"),
                None,
                Some("Accountantskantoor Van den Berg"),
                Some("Partner"),
            ),
            p(
                "Tim Kok",
                ("Tim", "", "Kok"),
                None,
                None,
                Some("Drukkerij Zuiderzee"),
                Some("Drukker"),
            ),
        ],
    );
    assert_eq!(db.count(&["company", "list"]), 3, "three connections, three companies");
    let tim = db.json(&["person", "show", "Tim"]);
    assert_eq!(tim["person"]["profile_url"], "https://www.linkedin.com/in/timkok");
}
