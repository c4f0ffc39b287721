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

#[test]
fn thunderbird_and_roundcube_address_books_are_recognised() {
    let thunderbird = "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,\
                       Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,\
                       Home City,Home State,Home ZipCode,Home Country,Work Address,Work Address 2,Work City,\
                       Work State,Work ZipCode,Work Country,Job Title,Department,Organization,Web Page 1,Web Page 2,\
                       Birth Year,Birth Month,Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes,\n\
                       Noëlle,de Vries,Noëlle de Vries,,noelle@dezaan.nl,noelle@gmail.com,,075 123 4567,,,,06 12345678,,,,,,,\
                       Molenstraat 12,,Zaandam,,1505 AB,,Praktijkopleider,Werkplaats,Machinefabriek De Zaan,https://dezaan.nl,,,,,,,,,Bellen na 14u,\n";
    let sheet = read(thunderbird.as_bytes()).unwrap();
    assert_eq!(sheet.layout, Layout::ThunderbirdEnglish);
    let row = sheet.rows().next().unwrap().unwrap();
    assert_eq!(
        row.get(Column::Email),
        Some("noelle@dezaan.nl"),
        "the primary address, not the private one"
    );
    assert_eq!(row.get(Column::Company), Some("Machinefabriek De Zaan"));
    assert_eq!(row.get(Column::City), Some("Zaandam"), "the work address, not home");
    assert_eq!(row.get(Column::Postcode), Some("1505 AB"));
    assert_eq!(row.get(Column::Phone), Some("075 123 4567"));
    assert_eq!(row.get(Column::Website), Some("https://dezaan.nl"));
    assert_eq!(row.person_name().as_deref(), Some("Noëlle de Vries"));

    let dutch = "Voornaam,Achternaam,Weergavenaam,Bijnaam,Primaire e-mail,Secundaire e-mail,Werktelefoon,\
                 Werkadres,Werkplaats,Werkpostcode,Functie,Organisatie,Webpagina 1,Aantekeningen\n\
                 Piet,Jansen,Piet Jansen,,piet@garagejansen.nl,,0299 123456,Dorpsstraat 1,Edam,1135 AA,Eigenaar,Garage Jansen,garagejansen.nl,APK-gastles\n";
    let sheet = read(dutch.as_bytes()).unwrap();
    assert_eq!(sheet.layout, Layout::ThunderbirdDutch);
    let row = sheet.rows().next().unwrap().unwrap();
    assert_eq!(row.get(Column::Email), Some("piet@garagejansen.nl"));
    assert_eq!(row.get(Column::City), Some("Edam"));
    assert_eq!(row.get(Column::Notes), Some("APK-gastles"));

    let roundcube = "First Name,Middle Name,Last Name,Display Name,Nickname,Email Home,Email Work,Email Other,\
                     Phone Home,Phone Work,Phone Mobile,Organization,Department,Job Title,Notes\n\
                     Sanne,,Visser,Sanne Visser,,sanne@hotmail.com,s.visser@visserlogistiek.nl,,,0229 765432,,Visser Logistiek B.V.,Planning,Planner,\n";
    let sheet = read(roundcube.as_bytes()).unwrap();
    assert_eq!(sheet.layout, Layout::Roundcube);
    let row = sheet.rows().next().unwrap().unwrap();
    assert_eq!(
        row.get(Column::Email),
        Some("s.visser@visserlogistiek.nl"),
        "the work address"
    );
    assert_eq!(row.get(Column::Phone), Some("0229 765432"));
    assert_eq!(row.get(Column::Company), Some("Visser Logistiek B.V."));
}

/// Line ends and stray byte-order marks are taken out in place, exactly as
/// replacing them in a copy would (a lone CR stays; text around them is
/// untouched, whatever its script).
#[test]
fn crlf_and_byte_order_marks_go_in_place_as_a_copy_would_lose_them() {
    for text in [
        "Bedrijf;Plaats\r\nDe Zaan;Zaandam\r\n",
        "\u{feff}Bedrijf\r\n\u{feff}Café Ruïne\r\n",
        "a\r\r\nb\rc\n\r",
        "Noëlle\u{feff}\u{feff}; 日本\r\n",
        "",
        "\r",
        "\u{feff}",
    ] {
        let copied = text.replace("\r\n", "\n").replace('\u{feff}', "");
        assert_eq!(super::without_crlf_and_boms(text.to_string()), copied, "{text:?}");
    }
}

/// A file read a chunk at a time gives exactly the rows (and line numbers,
/// and errors) of the same bytes held whole: Windows-1252 and UTF-8, CRLF
/// line ends falling across the chunks' seams, a byte-order mark at the
/// start and one pasted in halfway, blank lines, a note over two lines.
#[test]
fn a_file_read_in_chunks_reads_as_the_same_bytes_held() {
    let dir = tempfile::tempdir().unwrap();
    for windows_1252 in [false, true] {
        for shift in [0, 1, 2] {
            let mut text = "\u{feff}Bedrijfsnaam;Plaats;Contactpersoon;Notities\r\n".to_string();
            // Moves every later CRLF by a byte against the chunks' seams.
            text.push_str(&format!("Bedrijf{};Hoorn;;\r\n", "x".repeat(shift)));
            for n in 0..6000 {
                text.push_str(&format!(
                    "Café Ruïne {n};Zaandam;Noëlle {n};\"regel één\r\nregel twee\"\r\n"
                ));
                if n % 1000 == 999 {
                    text.push_str("\r\n\u{feff};;;\r\n");
                }
            }
            let bytes = match windows_1252 {
                true => encoding_rs::WINDOWS_1252
                    .encode(&text.replace('\u{feff}', ""))
                    .0
                    .into_owned(),
                false => text.into_bytes(),
            };
            let path = dir.path().join("lijst.csv");
            std::fs::write(&path, &bytes).unwrap();
            let held = read_with(bytes.clone(), Encoding::Auto, &[]).unwrap();
            let streamed = read_file(&path, Encoding::Auto, &[]).unwrap();
            assert_eq!(streamed.encoding, held.encoding);
            assert_eq!(streamed.row_count, held.row_count);
            let rows = |sheet: &Sheet| sheet.rows().collect::<Result<Vec<_>>>().unwrap();
            let (held_rows, streamed_rows) = (rows(&held), rows(&streamed));
            assert_eq!(held_rows.len(), 6001);
            assert_eq!(streamed_rows, held_rows, "windows-1252: {windows_1252}, shift {shift}");
            assert_eq!(streamed_rows.last().unwrap().line, 12011, "each row's own line");

            // A broken row far into the file is named by the same line.
            let mut broken = bytes;
            let at = broken.windows(8).position(|w| w == b"ne 5000;").unwrap();
            broken.insert(at, 0);
            std::fs::write(&path, &broken).unwrap();
            let held = read_with(broken, Encoding::Auto, &[]).unwrap_err().to_string();
            let streamed = read_file(&path, Encoding::Auto, &[]).unwrap_err().to_string();
            assert_eq!(streamed, held);
            assert!(streamed.starts_with("line 10013,"), "{streamed}");
        }
    }
}

/// A file that is not UTF-8 where UTF-8 was asked for is refused naming
/// the byte, as the same bytes held are; a blank file is refused.
#[test]
fn a_file_read_in_chunks_is_refused_as_the_same_bytes_held() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lijst.csv");
    let mut bytes = "Bedrijfsnaam;Plaats\r\n".repeat(5000).into_bytes();
    bytes.extend_from_slice(b"Caf\xE9;Edam\r\n");
    std::fs::write(&path, &bytes).unwrap();
    let held = read_with(bytes, Encoding::Utf8, &[]).unwrap_err().to_string();
    let streamed = read_file(&path, Encoding::Utf8, &[]).unwrap_err().to_string();
    assert_eq!(streamed, held);
    std::fs::write(&path, " \r\n\t\n").unwrap();
    assert!(read_file(&path, Encoding::Auto, &[]).is_err());
}
