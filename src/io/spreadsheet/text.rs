//! A sheet's text: held (a workbook's sheet, a test's bytes), or read again
//! from its file a chunk at a time whenever its rows are wanted — a CSV of
//! 270k rows is 55 MB, and an import reads it twice (checked, then
//! imported) instead of holding it. Either way the rows see the same text:
//! decoded to UTF-8, each CRLF a LF, no byte-order marks.

use super::decode::windows_1252;
use crate::io::files::{read_only, Stamp};
use crate::{Error, Result};
use std::collections::VecDeque;
use std::io::Read;
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Text {
    /// Already decoded and with its line ends made LF.
    Held(String),
    /// A file in UTF-8 or Windows-1252, read again at each [`Text::open`].
    File { origin: Origin, windows_1252: bool },
}

/// Where a file's text is read from.
#[derive(Debug, Clone)]
pub(super) enum Origin {
    /// The user's file, as it was when it was checked (its size and time
    /// of change).
    Path(PathBuf, Stamp),
    /// A file of kring's own that has no name (a workbook's sheet as CSV):
    /// gone with kring, however it ends; read at offsets, never shared.
    Spilled(std::sync::Arc<std::fs::File>),
}

impl PartialEq for Origin {
    fn eq(&self, other: &Origin) -> bool {
        match (self, other) {
            (Origin::Path(a, at), Origin::Path(b, bt)) => a == b && at == bt,
            (Origin::Spilled(a), Origin::Spilled(b)) => std::sync::Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Eq for Origin {}

impl Origin {
    /// The file's bytes from its start.
    pub(super) fn bytes(&self) -> Result<Box<dyn Read + '_>> {
        match self {
            Origin::Path(path, checked) => {
                checked.unchanged(path)?;
                Ok(Box::new(read_only(path)?))
            }
            Origin::Spilled(file) => Ok(Box::new(At { file, offset: 0 })),
        }
    }
}

/// A file read from `offset` on without moving a cursor another reader of
/// it shares.
struct At<'a> {
    file: &'a std::fs::File,
    offset: u64,
}

impl Read for At<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        #[cfg(unix)]
        let n = std::os::unix::fs::FileExt::read_at(self.file, buf, self.offset)?;
        #[cfg(windows)]
        let n = std::os::windows::fs::FileExt::seek_read(self.file, buf, self.offset)?;
        self.offset += n as u64;
        Ok(n)
    }
}

impl Text {
    /// The text from its start, as the rows read it.
    pub(super) fn open(&self) -> Result<Box<dyn Read + '_>> {
        match self {
            Text::Held(text) => Ok(Box::new(text.as_bytes())),
            Text::File { origin, windows_1252 } => Ok(Box::new(Normalized {
                file: origin.bytes()?,
                windows_1252: *windows_1252,
                out: Vec::new(),
                served: 0,
                done: false,
            })),
        }
    }
}

fn read_error(e: std::io::Error) -> Error {
    Error::Io(format!("cannot read the file: {e}"))
}

/// What a file is, read through once (see [`crate::io::files::look`]).
pub(super) fn look(origin: &Origin) -> Result<crate::io::files::Look> {
    crate::io::files::look(origin.bytes()?)
}

/// How much of the file is read at a time.
const CHUNK: usize = 64 * 1024;

/// A file's bytes decoded, with each CRLF a LF and the byte-order marks
/// gone, a chunk at a time. A chunk is read on past a CR, or past what
/// could begin a mark, so that neither is ever cut in two.
struct Normalized<'a> {
    file: Box<dyn Read + 'a>,
    windows_1252: bool,
    out: Vec<u8>,
    served: usize,
    done: bool,
}

impl Normalized<'_> {
    fn fill(&mut self) -> std::io::Result<()> {
        let mut raw = vec![0; CHUNK];
        let mut len = read_full(&mut *self.file, &mut raw)?;
        raw.truncate(len);
        if len == 0 {
            self.done = true;
        }
        while len > 0 && might_continue(&raw) {
            let mut one = [0u8; 1];
            if self.file.read(&mut one)? == 0 {
                break;
            }
            raw.push(one[0]);
            len += 1;
        }
        let text = match self.windows_1252 {
            true => windows_1252(&raw).into_bytes(),
            false => raw,
        };
        self.out = without_crlf_and_boms_bytes(text);
        self.served = 0;
        Ok(())
    }
}

/// Whether `raw` ends in a CR or in the first bytes of a byte-order mark.
fn might_continue(raw: &[u8]) -> bool {
    raw.ends_with(b"\r") || raw.ends_with(b"\xEF") || raw.ends_with(b"\xEF\xBB")
}

/// Read until `buf` is full or the file ends.
fn read_full(file: &mut dyn Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match file.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

impl Read for Normalized<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.served == self.out.len() {
            if self.done {
                return Ok(0);
            }
            self.fill()?;
        }
        let n = buf.len().min(self.out.len() - self.served);
        buf[..n].copy_from_slice(&self.out[self.served..self.served + n]);
        self.served += n;
        Ok(n)
    }
}

/// The text's first lines (up to `lines` of them, at most `most` bytes).
pub(super) fn head(text: &Text, lines: usize, most: usize) -> Result<String> {
    let mut reader = text.open()?;
    let mut head = Vec::new();
    let mut chunk = [0u8; 4096];
    // Counted as they come (a file without line ends is read up to `most`
    // once, not counted again at every chunk).
    let mut newlines = 0;
    while newlines < lines && head.len() < most {
        let n = reader.read(&mut chunk).map_err(read_error)?;
        if n == 0 {
            break;
        }
        newlines += chunk[..n].iter().filter(|&&b| b == b'\n').count();
        head.extend_from_slice(&chunk[..n]);
    }
    Ok(String::from_utf8_lossy(&head).into_owned())
}

/// The text from byte `start` on, with where each of its newlines is kept
/// until the record after it has been placed (see [`Counted::line_at`]).
pub(super) struct Counted<'a> {
    inner: Box<dyn Read + 'a>,
    read: u64,
    newlines: VecDeque<u64>,
    counted: u64,
    counted_to: u64,
}

impl<'a> Counted<'a> {
    pub(super) fn from(text: &'a Text, start: usize) -> Result<Counted<'a>> {
        let mut inner = text.open()?;
        std::io::copy(&mut (&mut inner).take(start as u64), &mut std::io::sink()).map_err(read_error)?;
        Ok(Counted {
            inner,
            read: 0,
            newlines: VecDeque::new(),
            counted: 0,
            counted_to: 0,
        })
    }

    /// The 1-based line where the record at byte `at` starts (the reader
    /// reports the offset before the blank lines it skipped); `None` when
    /// `at` is before one asked for already (an error's position).
    pub(super) fn line_at(&mut self, at: u64) -> Option<u64> {
        if at < self.counted_to {
            return None;
        }
        while self.newlines.front().is_some_and(|&n| n < at) {
            self.newlines.pop_front();
            self.counted += 1;
        }
        let mut end = at;
        while self.newlines.front() == Some(&end) {
            self.newlines.pop_front();
            self.counted += 1;
            end += 1;
        }
        self.counted_to = end;
        Some(self.counted + 1)
    }
}

impl Read for Counted<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for (i, _) in buf[..n].iter().enumerate().filter(|(_, &b)| b == b'\n') {
            self.newlines.push_back(self.read + i as u64);
        }
        self.read += n as u64;
        Ok(n)
    }
}

/// The line of byte `at` of the text from `start` on, counted from the
/// beginning (an error reported out of order).
pub(super) fn line_from_start(text: &Text, start: usize, at: u64) -> u64 {
    let Ok(mut counted) = Counted::from(text, start) else {
        return 0;
    };
    let mut sink = vec![0u8; 4096];
    while counted.read <= at + 1 {
        match counted.read(&mut sink) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
    }
    counted.line_at(at).unwrap_or(0)
}

/// `text` with each CRLF as LF and every byte-order mark gone, in its own
/// memory: both are removed bytes, and what is left stays UTF-8 (a CR and a
/// mark are whole characters).
pub(super) fn without_crlf_and_boms(text: String) -> String {
    let bytes = without_crlf_and_boms_bytes(text.into_bytes());
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// [`without_crlf_and_boms`] on bytes (a file's, a chunk at a time).
fn without_crlf_and_boms_bytes(mut bytes: Vec<u8>) -> Vec<u8> {
    const BOM: &[u8] = "\u{feff}".as_bytes();
    let (mut read, mut kept) = (0, 0);
    while read < bytes.len() {
        if bytes[read] == b'\r' && bytes.get(read + 1) == Some(&b'\n') {
            read += 1;
            continue;
        }
        if bytes[read..].starts_with(BOM) {
            read += BOM.len();
            continue;
        }
        bytes[kept] = bytes[read];
        kept += 1;
        read += 1;
    }
    bytes.truncate(kept);
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A CRLF or a byte-order mark that the chunk's end would cut in two
    /// comes out as it would from the whole text.
    #[test]
    fn what_a_chunks_end_would_cut_comes_out_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.csv");
        for cut in ["\r\n", "\u{feff}", "\r\r\n", "\r"] {
            for before in [CHUNK - 2, CHUNK - 1, CHUNK] {
                let mut text = "a".repeat(before);
                text.push_str(cut);
                text.push_str(&"b".repeat(CHUNK));
                text.push_str(cut);
                std::fs::write(&path, &text).unwrap();
                let mut read = String::new();
                Text::File {
                    origin: Origin::Path(path.clone(), Stamp::of(&path).unwrap()),
                    windows_1252: false,
                }
                .open()
                .unwrap()
                .read_to_string(&mut read)
                .unwrap();
                let whole = without_crlf_and_boms(text);
                assert!(read == whole, "{cut:?} at {before}");
            }
        }
    }
}
