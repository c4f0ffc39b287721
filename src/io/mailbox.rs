//! Mail as people have it on disk, read for its headers only: one `.eml`
//! file, a folder of them (what dragging mails out of Outlook or
//! Thunderbird gives), an mbox file (Thunderbird's folders, Google Takeout)
//! or a Maildir. A message's body is passed over unread, so a mailbox of
//! any size is read in the memory of one message's headers.
//!
//! Nothing here decides what a message means for kring: it hands each
//! message's headers (or why it could not) to the caller, one at a time.

use super::headers::parse;
pub use super::headers::{headers_of, Mail, MailHeaders, MAX_HEADER};
use crate::{Error, Result};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// What a mail source turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailSource {
    Eml,
    Mbox,
    Maildir,
    Folder,
    Msg,
}

impl MailSource {
    pub fn name(self) -> &'static str {
        match self {
            MailSource::Eml => "eml",
            MailSource::Mbox => "mbox",
            MailSource::Maildir => "maildir",
            MailSource::Folder => "folder",
            MailSource::Msg => "msg",
        }
    }
}

/// Read every message of `source`, handing each to `each` as it is read.
pub fn read_mail(source: &Path, each: &mut dyn FnMut(Mail) -> Result<()>) -> Result<MailSource> {
    let meta = std::fs::metadata(source).map_err(|e| cannot_read(source, &e))?;
    if meta.is_dir() {
        if source.join("cur").is_dir() || source.join("new").is_dir() {
            for sub in ["new", "cur"] {
                read_folder(&source.join(sub), false, each)?;
            }
            return Ok(MailSource::Maildir);
        }
        read_folder(source, true, each)?;
        return Ok(MailSource::Folder);
    }
    if is_msg(source) {
        each(super::outlook_msg::read_msg(source))?;
        return Ok(MailSource::Msg);
    }
    let mut file = BufReader::new(File::open(source).map_err(|e| cannot_read(source, &e))?);
    let start = file.fill_buf().map_err(|e| cannot_read(source, &e))?;
    refuse_other_formats(source, start)?;
    if start.starts_with(b"From ") {
        read_mbox(source, file, each)?;
        return Ok(MailSource::Mbox);
    }
    each(read_one(source, file))?;
    Ok(MailSource::Eml)
}

/// A file given to the wrong command says what it is.
fn refuse_other_formats(path: &Path, start: &[u8]) -> Result<()> {
    let text = String::from_utf8_lossy(&start[..start.len().min(64)]).to_ascii_uppercase();
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with("BEGIN:VCALENDAR") {
        return Err(Error::invalid(crate::t!(
            "err-capture-is-calendar",
            file = path.display().to_string()
        )));
    }
    if text.starts_with("BEGIN:VCARD") {
        return Err(Error::invalid(crate::t!(
            "err-capture-is-vcard",
            file = path.display().to_string()
        )));
    }
    if start.starts_with(b"PK\x03\x04") || start.starts_with(b"\xD0\xCF\x11\xE0") && !is_msg(path) {
        return Err(Error::invalid(crate::t!(
            "err-capture-is-workbook",
            file = path.display().to_string()
        )));
    }
    Ok(())
}

fn is_msg(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("msg"))
}

fn cannot_read(path: &Path, e: &std::io::Error) -> Error {
    Error::Io(crate::t!(
        "err-capture-read",
        file = path.display().to_string(),
        reason = e.to_string()
    ))
}

/// The message files of a folder, in name order (and of its subfolders,
/// for a folder of exported mail): `.eml` and Outlook's `.msg` files, or
/// every file of a Maildir's `cur` and `new`.
fn read_folder(folder: &Path, only_eml: bool, each: &mut dyn FnMut(Mail) -> Result<()>) -> Result<()> {
    if !folder.is_dir() {
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(|e| cannot_read(folder, &e))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if only_eml {
                read_folder(&path, true, each)?;
            }
            continue;
        }
        let extension = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
        match extension.as_deref() {
            Some("msg") if only_eml => each(super::outlook_msg::read_msg(&path))?,
            Some("eml") => each(read_file(&path))?,
            _ if !only_eml && !path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')) => {
                each(read_file(&path))?
            }
            _ => {}
        }
    }
    Ok(())
}

fn read_file(path: &Path) -> Mail {
    match File::open(path) {
        Ok(file) => read_one(path, BufReader::new(file)),
        Err(e) => Mail::Skipped {
            place: path.display().to_string(),
            reason: e.to_string(),
        },
    }
}

/// One message in a file of its own: its headers, up to the first empty line.
fn read_one(path: &Path, mut reader: impl BufRead) -> Mail {
    let place = || path.display().to_string();
    let mut header = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        match reader.by_ref().take(MAX_HEADER as u64 + 1).read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                return Mail::Skipped {
                    place: place(),
                    reason: e.to_string(),
                }
            }
        }
        if is_blank(&line) {
            break;
        }
        header.extend_from_slice(&line);
        if header.len() > MAX_HEADER {
            return Mail::Skipped {
                place: place(),
                reason: crate::t!("capture-skip-huge", kib = (MAX_HEADER / 1024) as i64),
            };
        }
    }
    parse(&header, place)
}

fn is_blank(line: &[u8]) -> bool {
    line == b"\n" || line == b"\r\n"
}

/// An mbox: messages each start with a `From ` line; a body line that
/// starts with `From ` is written `>From ` by mailers, so a `From ` line
/// after an empty line (or at the very start) begins the next message —
/// if it looks like one (`From sender Mon Nov 30 10:00:00 2026`: a time
/// in it), since not every mailer escaped every body line.
fn read_mbox(path: &Path, mut reader: impl BufRead, each: &mut dyn FnMut(Mail) -> Result<()>) -> Result<()> {
    #[derive(PartialEq)]
    enum In {
        Header,
        Body,
        TooLong,
    }
    let mut line = Vec::new();
    let mut header = Vec::new();
    let mut state = In::Body;
    let mut started = false;
    let (mut number, mut line_no, mut starts_at, mut previous_blank) = (0u64, 0u64, 0u64, true);
    let mut finish = |header: &mut Vec<u8>, state: &In, number: u64, at: u64| -> Result<()> {
        let place = || {
            crate::t!(
                "capture-mbox-place",
                file = path.display().to_string(),
                number = number as i64,
                line = at as i64
            )
        };
        let mail = match state {
            In::TooLong => Mail::Skipped {
                place: place(),
                reason: crate::t!("capture-skip-huge", kib = (MAX_HEADER / 1024) as i64),
            },
            _ => parse(header, place),
        };
        header.clear();
        each(mail)
    };
    loop {
        line.clear();
        // A line is read whole only up to the limit: a hostile line of
        // gigabytes is read on in pieces, never held.
        let read = reader
            .by_ref()
            .take(MAX_HEADER as u64 + 1)
            .read_until(b'\n', &mut line)
            .map_err(|e| cannot_read(path, &e))?;
        if read == 0 {
            break;
        }
        let whole = line.ends_with(b"\n") || read <= MAX_HEADER;
        line_no += 1;
        if previous_blank && is_separator(&line) {
            if started {
                finish(&mut header, &state, number, starts_at)?;
            }
            started = true;
            number += 1;
            starts_at = line_no;
            state = In::Header;
            previous_blank = false;
            continue;
        }
        previous_blank = is_blank(&line);
        match state {
            In::Header if previous_blank => state = In::Body,
            In::Header => {
                header.extend_from_slice(&line);
                if header.len() > MAX_HEADER || !whole {
                    header.clear();
                    state = In::TooLong;
                }
            }
            In::Body | In::TooLong => {}
        }
    }
    if started {
        finish(&mut header, &state, number, starts_at)?;
    }
    Ok(())
}

fn is_separator(line: &[u8]) -> bool {
    line.starts_with(b"From ")
        && line.windows(5).any(|w| {
            w[0].is_ascii_digit()
                && w[1].is_ascii_digit()
                && w[2] == b':'
                && w[3].is_ascii_digit()
                && w[4].is_ascii_digit()
        })
}

#[cfg(test)]
mod tests;
