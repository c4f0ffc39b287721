use super::*;

/// A company's general address or number is the company's, recognised
/// by name or hinted at as such, never taken for the person's.
#[test]
fn a_companys_general_email_and_phone_are_the_companys() {
    for header in [
        "E-mail bedrijf",
        "Algemeen e-mailadres",
        "Company e-mail",
        "General email address",
    ] {
        assert_eq!(Column::from_header(header), Some(Column::CompanyEmail), "{header}");
    }
    for header in [
        "Telefoon bedrijf",
        "Algemeen telefoonnummer",
        "Company phone",
        "General phone",
    ] {
        assert_eq!(Column::from_header(header), Some(Column::CompanyPhone), "{header}");
    }
    assert_eq!(likely_field("E-mail van het bedrijf"), Some("company_email"));
    assert_eq!(likely_field("Telefoonnr. organisatie"), Some("company_phone"));
    assert_eq!(likely_field("E-mail contactpersoon"), Some("email"));
}

#[test]
fn headers_in_dutch_and_english() {
    assert_eq!(Column::from_header("Bedrijfsnaam"), Some(Column::Company));
    assert_eq!(Column::from_header("KvK-nummer"), Some(Column::Kvk));
    assert_eq!(Column::from_header("E-mailadres"), Some(Column::Email));
    assert_eq!(Column::from_header("Woonplaats"), Some(Column::City));
    assert_eq!(Column::from_header("Last name"), Some(Column::LastName));
    assert_eq!(Column::from_header("Schoenmaat"), None);
}

#[test]
fn windows_1252_and_bom() {
    assert_eq!(decode(b"Ru\xefne \x80").unwrap().0, "Ruïne €");
    assert_eq!(
        decode("\u{feff}Café".as_bytes()).unwrap(),
        ("Café".to_string(), "utf-8")
    );
}

#[test]
fn semicolons_quotes_newlines_blank_rows_and_trailing_columns() {
    let text = "Bedrijfsnaam;Plaats;Opmerkingen;Schoenmaat;\r\n\"Smit; Zonen\";Hoorn;\"regel 1\r\nregel \"\"2\"\"\";44;\r\n;;;;\r\n";
    let sheet = read(text.as_bytes()).unwrap();
    assert_eq!(sheet.delimiter, ';');
    assert_eq!(sheet.ignored, vec!["Schoenmaat"]);
    assert_eq!(sheet.row_count, 1);
    let row = &sheet.rows().next().unwrap().unwrap();
    assert_eq!(row.get(Column::Company), Some("Smit; Zonen"));
    assert_eq!(row.get(Column::Notes), Some("regel 1\nregel \"2\""));
    assert_eq!(row.line, 2);
}

#[test]
fn a_file_without_a_company_or_name_column_is_refused() {
    let err = read(b"Plaats,Telefoon\nHoorn,06\n").unwrap_err();
    assert!(err.to_string().contains("no company column"), "{err}");
}

#[test]
fn linkedin_notes_above_the_header_are_skipped() {
    let text = "Notes:\n\"When exporting your connection data, some addresses may be missing.\"\n\n\
                First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
                Jeroen,de Vries,https://www.linkedin.com/in/jdevries,,Drukkerij Zuiderzee,Stagebegeleider,01 Mar 2024\n";
    let sheet = read(text.as_bytes()).unwrap();
    assert_eq!(sheet.layout, Layout::LinkedIn);
    assert_eq!(sheet.preamble_lines, 3);
    let row = &sheet.rows().next().unwrap().unwrap();
    assert_eq!(row.line, 5);
    assert_eq!(
        row.get(Column::ProfileUrl),
        Some("https://www.linkedin.com/in/jdevries")
    );
    assert_eq!(row.get(Column::Website), None);
    assert_eq!(row.person_name().as_deref(), Some("Jeroen de Vries"));
}
