//! vCard (RFC 6350, version 4.0; or 3.0 for clients that only take that):
//! one file with a card per contact person, for address books.

use super::ics::{escape, line};
use crate::store::people::ContactExport;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    V3,
    V4,
}

pub fn cards(contacts: &[ContactExport], version: Version) -> String {
    let mut out = String::new();
    for c in contacts {
        out.push_str("BEGIN:VCARD\r\n");
        line(
            &mut out,
            if version == Version::V4 {
                "VERSION:4.0"
            } else {
                "VERSION:3.0"
            },
        );
        line(&mut out, &format!("FN:{}", escape(&c.name)));
        // N is family;given: the first word is taken as the given name
        // ("Noëlle de Vries" → "de Vries"; "Noëlle"), required by vCard 3.0.
        let (given, family) = c.name.split_once(' ').unwrap_or(("", c.name.as_str()));
        line(&mut out, &format!("N:{};{};;;", escape(family), escape(given)));
        line(&mut out, &format!("ORG:{}", escape(&c.company)));
        if let Some(title) = &c.title {
            line(&mut out, &format!("TITLE:{}", escape(title)));
        }
        line(&mut out, &format!("ROLE:{}", escape(&c.role.replace('_', " "))));
        if let Some(email) = &c.email {
            line(&mut out, &format!("EMAIL:{}", escape(email)));
        }
        if let Some(phone) = &c.phone {
            // 4.0 expects a URI unless the value is marked as text.
            let prefix = if version == Version::V4 {
                "TEL;VALUE=text"
            } else {
                "TEL"
            };
            line(&mut out, &format!("{prefix}:{}", escape(phone)));
        }
        if let Some(notes) = &c.notes {
            line(&mut out, &format!("NOTE:{}", escape(notes)));
        }
        out.push_str("END:VCARD\r\n");
    }
    out
}
