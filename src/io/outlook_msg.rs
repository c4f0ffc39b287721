//! Outlook's own `.msg` files (what dragging a mail out of Outlook for
//! Windows gives): an OLE compound file of MAPI properties ([MS-OXMSG]),
//! read with the `cfb` crate for what capture needs of one message.
//!
//! A received message keeps the headers it arrived with
//! (`PR_TRANSPORT_MESSAGE_HEADERS`): they are read as any message's. A
//! message written and sent from Outlook has none: then the properties
//! are read — subject, Message-ID, In-Reply-To, the sender's and each
//! recipient's SMTP address, and when it was sent.

use super::headers::{headers_of, identifier, Mail, MailHeaders};
use crate::domain::capture::clean_subject;
use std::io::Read;
use std::path::Path;

const HEADERS: &str = "__substg1.0_007D001F";
const HEADERS_8BIT: &str = "__substg1.0_007D001E";
const SUBJECT: &str = "__substg1.0_0037001F";
const MESSAGE_ID: &str = "__substg1.0_1035001F";
const IN_REPLY_TO: &str = "__substg1.0_1042001F";
const SENDER_SMTP: &str = "__substg1.0_5D01001F";
const SENDER_ADDRESS: &str = "__substg1.0_0C1F001F";
const RECIPIENT_SMTP: &str = "__substg1.0_39FE001F";
const RECIPIENT_ADDRESS: &str = "__substg1.0_3003001F";
const PROPERTIES: &str = "__properties_version1.0";
/// PR_CLIENT_SUBMIT_TIME, else PR_MESSAGE_DELIVERY_TIME (PT_SYSTIME).
const SENT_TAGS: [u32; 2] = [0x0039_0040, 0x0E06_0040];

/// Read one .msg file.
pub fn read_msg(path: &Path) -> Mail {
    let place = || path.display().to_string();
    let skipped = |reason: String| Mail::Skipped { place: place(), reason };
    let mut file = match cfb::open(path) {
        Ok(file) => file,
        Err(e) => return skipped(crate::t!("capture-skip-msg-unreadable", reason = e.to_string())),
    };
    if let Some(bytes) = stream(&mut file, &format!("/{HEADERS}")) {
        return headers_of(utf16(&bytes).as_bytes(), place);
    }
    if let Some(bytes) = stream(&mut file, &format!("/{HEADERS_8BIT}")) {
        return headers_of(&bytes, place);
    }
    from_properties(&mut file)
}

fn from_properties(file: &mut cfb::CompoundFile<std::fs::File>) -> Mail {
    let text = |file: &mut cfb::CompoundFile<std::fs::File>, name: &str| -> Option<String> {
        stream(file, &format!("/{name}"))
            .map(|b| utf16(&b))
            .filter(|t| !t.trim().is_empty())
    };
    let message_id = text(file, MESSAGE_ID).map(|id| identifier(&id));
    let thread = text(file, IN_REPLY_TO)
        .map(|id| identifier(&id))
        .or_else(|| message_id.clone());
    let mut addresses = Vec::new();
    let sender = text(file, SENDER_SMTP).or_else(|| text(file, SENDER_ADDRESS));
    add(&mut addresses, sender);
    let recipients: Vec<String> = file
        .read_storage("/")
        .map(|entries| {
            entries
                .filter(|e| e.is_storage() && e.name().starts_with("__recip_version1.0_"))
                .map(|e| e.path().display().to_string())
                .collect()
        })
        .unwrap_or_default();
    for recipient in recipients {
        let address = text(file, &format!("{}/{RECIPIENT_SMTP}", recipient.trim_start_matches('/'))).or_else(|| {
            text(
                file,
                &format!("{}/{RECIPIENT_ADDRESS}", recipient.trim_start_matches('/')),
            )
        });
        add(&mut addresses, address);
    }
    Mail::Read(MailHeaders {
        message_id,
        thread,
        sent: stream(file, &format!("/{PROPERTIES}")).and_then(|p| sent(&p)),
        subject: clean_subject(&text(file, SUBJECT).unwrap_or_default()),
        addresses,
    })
}

fn stream(file: &mut cfb::CompoundFile<std::fs::File>, path: &str) -> Option<Vec<u8>> {
    if !file.is_stream(path) {
        return None;
    }
    let mut bytes = Vec::new();
    // A property is small; a stream larger than the header limit is no
    // property capture needs.
    let limit = super::headers::MAX_HEADER as u64 * 4;
    file.open_stream(path).ok()?.take(limit).read_to_end(&mut bytes).ok()?;
    Some(bytes)
}

/// PT_UNICODE: UTF-16LE, maybe ending in a NUL.
fn utf16(bytes: &[u8]) -> String {
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    String::from_utf16_lossy(&units).trim_end_matches('\0').to_string()
}

/// An SMTP address (an Exchange-internal X.500 one says nothing of a company).
fn add(addresses: &mut Vec<String>, address: Option<String>) {
    let Some(address) = address.map(|a| a.trim().to_lowercase()) else {
        return;
    };
    if address.contains('@') && !address.chars().any(char::is_control) && !addresses.contains(&address) {
        addresses.push(address);
    }
}

/// When it was sent, from the top-level property stream: a 32-byte header,
/// then 16-byte entries (tag, flags, value); a PT_SYSTIME value is a
/// FILETIME (100 ns since 1601, UTC).
fn sent(properties: &[u8]) -> Option<chrono::NaiveDateTime> {
    properties.get(32..)?.chunks_exact(16).find_map(|entry| {
        let tag = u32::from_le_bytes(entry[0..4].try_into().ok()?);
        if !SENT_TAGS.contains(&tag) {
            return None;
        }
        let filetime = u64::from_le_bytes(entry[8..16].try_into().ok()?);
        let unix = (filetime / 10_000_000).checked_sub(11_644_473_600)?;
        chrono::DateTime::from_timestamp(unix as i64, 0).map(|d| d.naive_utc())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn utf16le(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    /// A .msg as MS-OXMSG lays it out, with the streams capture reads.
    fn write_msg(path: &Path, headers: Option<&str>) {
        let mut file = cfb::create(path).unwrap();
        let mut put = |name: &str, bytes: &[u8]| file.create_stream(name).unwrap().write_all(bytes).unwrap();
        if let Some(headers) = headers {
            put(&format!("/{HEADERS}"), &utf16le(headers));
        }
        put(&format!("/{SUBJECT}"), &utf16le("RE: Stageplekken voorjaar"));
        put(&format!("/{MESSAGE_ID}"), &utf16le("<AM0PR10MB1234@outlook.com>"));
        put(&format!("/{IN_REPLY_TO}"), &utf16le("<a1@dezaan.nl>"));
        put(
            &format!("/{SENDER_ADDRESS}"),
            &utf16le("/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=SANNE"),
        );
        put(&format!("/{SENDER_SMTP}"), &utf16le("S.Bakker@school.nl"));
        let mut properties = vec![0u8; 32];
        // 2026-11-24 09:15:00 UTC as a FILETIME.
        let filetime: u64 = (1_795_511_700 + 11_644_473_600) * 10_000_000;
        properties.extend(0x0039_0040u32.to_le_bytes());
        properties.extend(6u32.to_le_bytes());
        properties.extend(filetime.to_le_bytes());
        put(&format!("/{PROPERTIES}"), &properties);
        file.create_storage("/__recip_version1.0_#00000000").unwrap();
        file.create_stream(format!("/__recip_version1.0_#00000000/{RECIPIENT_SMTP}"))
            .unwrap()
            .write_all(&utf16le("noelle@dezaan.nl"))
            .unwrap();
        file.flush().unwrap();
    }

    #[test]
    fn a_sent_message_is_read_from_its_properties() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("RE Stageplekken voorjaar.msg");
        write_msg(&path, None);
        let Mail::Read(headers) = read_msg(&path) else {
            panic!("read")
        };
        assert_eq!(headers.subject, "RE: Stageplekken voorjaar");
        assert_eq!(headers.message_id.as_deref(), Some("AM0PR10MB1234@outlook.com"));
        assert_eq!(headers.thread.as_deref(), Some("a1@dezaan.nl"));
        assert_eq!(headers.addresses, vec!["s.bakker@school.nl", "noelle@dezaan.nl"]);
        assert_eq!(headers.sent.unwrap().to_string(), "2026-11-24 09:15:00");
    }

    #[test]
    fn a_received_message_is_read_from_the_headers_it_came_with() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("Stageplekken.msg");
        write_msg(
            &path,
            Some("Message-ID: <a1@dezaan.nl>\r\nDate: Mon, 23 Nov 2026 09:12:40 +0100\r\nFrom: noelle@dezaan.nl\r\nTo: s.bakker@school.nl\r\nSubject: Stageplekken voorjaar\r\n\r\n"),
        );
        let Mail::Read(headers) = read_msg(&path) else {
            panic!("read")
        };
        assert_eq!(headers.message_id.as_deref(), Some("a1@dezaan.nl"));
        assert_eq!(headers.subject, "Stageplekken voorjaar");
        let garbage = dir.path().join("kapot.msg");
        std::fs::write(&garbage, b"\xD0\xCF\x11\xE0 not really").unwrap();
        assert!(matches!(read_msg(&garbage), Mail::Skipped { .. }));
    }
}
