//! vCard (RFC 6350, version 4.0; or 3.0 for clients that only take that):
//! one file with a card per contact person, for address books.

mod read;
pub use read::*;

use super::ics::{escape, line};
use crate::model::people::ContactExport;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    V3,
    V4,
}

/// How cards are written.
#[derive(Debug, Clone, Copy)]
pub struct CardOptions<'a> {
    pub version: Version,
    /// The database's UUID, from which each card's UID is derived.
    pub database_id: &'a str,
    /// Internal notes go into address books only when asked for.
    pub with_notes: bool,
}

/// One card per contact. Each has a `UID` (`urn:uuid:…`, the same for the
/// same person in every export, see [`crate::domain::uid`]) and a `REV`
/// (when the person or their company last changed): address books that
/// sync (khard, vdirsyncer, CardDAV servers) need both.
pub fn cards(contacts: &[ContactExport], options: CardOptions) -> String {
    let mut out = String::new();
    // Someone with two current jobs has one card (a UID names one card).
    let mut written = std::collections::HashSet::new();
    for c in contacts.iter().filter(|c| written.insert(c.person_id)) {
        card(&mut out, c, options);
    }
    out
}

/// One contact's card, appended to `out` (an export streams them).
pub fn card(out: &mut String, c: &ContactExport, options: CardOptions) {
    out.push_str("BEGIN:VCARD\r\n");
    line(
        out,
        if options.version == Version::V4 {
            "VERSION:4.0"
        } else {
            "VERSION:3.0"
        },
    );
    let uid = crate::domain::uid::derive(options.database_id, crate::domain::uid::Kind::Person, c.person_id);
    line(out, &format!("UID:urn:uuid:{uid}"));
    line(out, &format!("REV:{}", rev(&c.updated_at)));
    line(out, &format!("FN:{}", escape(&c.name)));
    // N is family;given;additional;prefix;suffix. The tussenvoegsel is an
    // additional name, so address books show "Noëlle de Vries" and sort
    // her under V, as Dutch lists do.
    let parts = &c.name_parts;
    line(
        out,
        &format!(
            "N:{};{};{};{};",
            escape(&parts.family),
            escape(&parts.given),
            escape(&parts.infix),
            escape(c.honorific.as_deref().unwrap_or(""))
        ),
    );
    line(out, &format!("ORG:{}", escape(&c.company)));
    if let Some(title) = &c.title {
        line(out, &format!("TITLE:{}", escape(title)));
    }
    // The role in the language kring speaks; kring reads it back in either.
    line(out, &format!("ROLE:{}", escape(&c.role.display_label())));
    if let Some(email) = &c.email {
        line(out, &format!("EMAIL;TYPE=work:{}", escape(email)));
    }
    // Each number with its type: their own (a mobile, or a work line), and
    // the company's switchboard.
    let numbers = [
        c.phone
            .as_deref()
            .map(|p| (if is_mobile(p) { "cell" } else { "work" }, p)),
        c.company_phone
            .as_deref()
            .filter(|p| Some(*p) != c.phone.as_deref())
            .map(|p| ("work", p)),
    ];
    for (kind, phone) in numbers.into_iter().flatten() {
        // 4.0 expects a URI unless the value is marked as text.
        let value = if options.version == Version::V4 {
            ";VALUE=text"
        } else {
            ""
        };
        line(out, &format!("TEL;TYPE={kind}{value}:{}", escape(phone)));
    }
    // The company's address is where they work.
    if c.street.is_some() || c.city.is_some() || c.postcode.is_some() {
        let part = |p: &Option<String>| escape(p.as_deref().unwrap_or(""));
        line(
            out,
            &format!(
                "ADR;TYPE=work:;;{};{};;{};",
                part(&c.street),
                part(&c.city),
                part(&c.postcode)
            ),
        );
    }
    if let (true, Some(notes)) = (options.with_notes, &c.notes) {
        line(out, &format!("NOTE:{}", escape(notes)));
    }
    out.push_str("END:VCARD\r\n");
}

/// A Dutch mobile number (06…, +316…, 00316…): its card type is `cell`.
fn is_mobile(phone: &str) -> bool {
    let digits: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    digits.starts_with("06") || digits.starts_with("+316") || digits.starts_with("00316")
}

/// `2026-11-26 14:03:00` (UTC, as kring stores times) as a vCard timestamp.
fn rev(stored: &str) -> String {
    let digits: String = stored.chars().filter(char::is_ascii_digit).take(14).collect();
    if digits.len() == 14 {
        format!("{}T{}Z", &digits[..8], &digits[8..])
    } else {
        "19700101T000000Z".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_folded_escaped_cards_of_both_versions() {
        let text = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Noëlle de\r\n  Vries\r\nORG:Bakkerij\\, De Korenschoof;Stage\r\n\
                    EMAIL;TYPE=home:noelle@gmail.com\r\nEMAIL;TYPE=work:n.devries@korenschoof.nl\r\n\
                    TEL;VALUE=uri:tel:+31-20-1234567\r\nADR;TYPE=work:;;Dorpsstraat 1;Zaandam;;1501 AA;NL\r\n\
                    NOTE:Eerste regel\\nTweede; regel\r\nEND:VCARD\r\n\
                    BEGIN:VCARD\nVERSION:3.0\nN:Jansen;Piet;;;\nitem1.ORG:Garage Jansen\nEND:VCARD\n";
        let cards = parse(text).unwrap();
        assert_eq!(cards.len(), 2);
        assert_eq!(cards[0].name.as_deref(), Some("Noëlle de Vries"));
        assert_eq!(cards[0].organisation.as_deref(), Some("Bakkerij, De Korenschoof"));
        assert_eq!(cards[0].email.as_deref(), Some("n.devries@korenschoof.nl"));
        assert_eq!(cards[0].phone.as_deref(), Some("+31-20-1234567"));
        assert_eq!(cards[0].city.as_deref(), Some("Zaandam"));
        assert_eq!(cards[0].postcode.as_deref(), Some("1501 AA"));
        assert_eq!(cards[0].note.as_deref(), Some("Eerste regel\nTweede; regel"));
        assert_eq!(cards[1].name.as_deref(), Some("Piet Jansen"));
        assert_eq!(cards[1].organisation.as_deref(), Some("Garage Jansen"));
        assert_eq!(cards[1].line, 12);
    }

    #[test]
    fn reads_outlook_quoted_printable() {
        let text =
            "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:No=C3=ABlle =\r\nBakker\r\n\
                    ORG:Zorg\r\nTEL;WORK;VOICE:020-1234567\r\nEND:VCARD\r\n";
        let cards = parse(text).unwrap();
        assert_eq!(cards[0].name.as_deref(), Some("Noëlle Bakker"));
        assert_eq!(cards[0].phone.as_deref(), Some("020-1234567"));
    }

    #[test]
    fn broken_files_name_the_line() {
        let missing_end = parse("BEGIN:VCARD\nVERSION:3.0\nFN:A\n").unwrap_err().to_string();
        assert!(
            missing_end.contains("line 1") && missing_end.contains("END:VCARD"),
            "{missing_end}"
        );
        let version = parse("BEGIN:VCARD\nVERSION:5.0\nEND:VCARD\n").unwrap_err().to_string();
        assert!(version.contains("line 2") && version.contains("5.0"), "{version}");
        let outside = parse("FN:A\n").unwrap_err().to_string();
        assert!(outside.contains("line 1"), "{outside}");
        // Inside a card, a broken line spoils that card: it says where.
        let no_colon = parse("BEGIN:VCARD\nzomaar tekst\nEND:VCARD").unwrap();
        let (line, problem) = no_colon[0].problem.clone().unwrap_or_default();
        assert!(line == 2 && problem.contains("no ':'"), "{line}: {problem}");
    }

    #[test]
    fn our_own_export_reads_back() {
        let contact = ContactExport {
            name: "Anouk van Dijk".into(),
            company: "@Home Zorg; B.V.".into(),
            email: Some("anouk@home-zorg.nl".into()),
            notes: Some("Lang verhaal\nover stages, met; tekens".into()),
            ..ContactExport::default()
        };
        for version in [Version::V3, Version::V4] {
            let options = CardOptions {
                version,
                database_id: "3f2a9c1e-5b7d-4e21-9a0b-c4d5e6f70812",
                with_notes: true,
            };
            let cards = parse(&cards(std::slice::from_ref(&contact), options)).unwrap();
            assert_eq!(cards[0].name.as_deref(), Some("Anouk van Dijk"));
            assert_eq!(cards[0].organisation.as_deref(), Some("@Home Zorg; B.V."));
            assert_eq!(cards[0].note, contact.notes);
        }
    }
}
