//! One message's headers as capture reads them, from whatever held them
//! (a file, an mbox, an IMAP server, an Outlook .msg): only From, To, Cc,
//! Date, Subject, Message-ID, In-Reply-To and References, parsed by
//! mail-parser (encoded words in every charset, folded lines, groups).

use crate::domain::capture::clean_subject;
use chrono::NaiveDateTime;
use mail_parser::{Address, HeaderValue, MessageParser};

/// The most header bytes one message may have. Real headers are a few KiB
/// (long `Received` chains some tens); a message with more is skipped with
/// the reason, so a hostile file cannot make kring hold megabytes per line.
pub const MAX_HEADER: usize = 256 * 1024;

/// What kring reads of one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailHeaders {
    pub message_id: Option<String>,
    /// The thread it belongs to: the first of `References`, else
    /// `In-Reply-To`, else its own `Message-ID`.
    pub thread: Option<String>,
    /// When it was sent, in UTC.
    pub sent: Option<NaiveDateTime>,
    pub subject: String,
    /// Every address on From, To and Cc, lower case, each once.
    pub addresses: Vec<String>,
}

/// One message of a source: read, or passed over with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mail {
    Read(MailHeaders),
    Skipped { place: String, reason: String },
}

/// One message's header block as a server returns it (IMAP's
/// `BODY[HEADER]`): read as a file's would be.
pub fn headers_of(header: &[u8], place: impl Fn() -> String) -> Mail {
    if header.len() > MAX_HEADER {
        return Mail::Skipped {
            place: place(),
            reason: crate::t!("capture-skip-huge", kib = (MAX_HEADER / 1024) as i64),
        };
    }
    parse(header, place)
}

pub(super) fn parse(header: &[u8], place: impl Fn() -> String) -> Mail {
    let Some(message) = MessageParser::new().parse_headers(header) else {
        return Mail::Skipped {
            place: place(),
            reason: crate::t!("capture-skip-no-headers"),
        };
    };
    let mut addresses = Vec::new();
    for address in [message.from(), message.to(), message.cc()].into_iter().flatten() {
        add_addresses(address, &mut addresses);
    }
    let message_id = message.message_id().map(identifier).filter(|id| !id.is_empty());
    let thread = first_id(message.references())
        .or_else(|| first_id(message.in_reply_to()))
        .or_else(|| message_id.clone());
    let sent = message
        .date()
        .and_then(|d| chrono::DateTime::from_timestamp(d.to_timestamp(), 0))
        .map(|d| d.naive_utc());
    Mail::Read(MailHeaders {
        message_id,
        thread,
        sent,
        subject: clean_subject(message.subject().unwrap_or("")),
        addresses,
    })
}

fn add_addresses(address: &Address<'_>, into: &mut Vec<String>) {
    for addr in address.iter() {
        let Some(text) = addr.address() else { continue };
        let text = text.trim().to_lowercase();
        if text.contains('@') && !text.chars().any(char::is_control) && !into.contains(&text) {
            into.push(text);
        }
    }
}

/// A message identifier as compared: without `<>`, surrounding space or
/// control characters.
pub(super) fn identifier(id: &str) -> String {
    id.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .chars()
        .filter(|c| !c.is_control())
        .collect()
}

fn first_id(value: &HeaderValue<'_>) -> Option<String> {
    let first = match value {
        HeaderValue::Text(text) => Some(text.as_ref()),
        HeaderValue::TextList(list) => list.first().map(|t| t.as_ref()),
        _ => None,
    };
    first.map(identifier).filter(|id| !id.is_empty())
}
