//! Bytes to text: which encoding a file is in, and which separator it uses.

use crate::{Error, Result};

/// Decode: UTF-16 when it starts with a UTF-16 byte-order mark (Excel's
/// "Unicode text", some address books), UTF-8 (with or without BOM) when
/// valid, else Windows-1252 (Excel's "CSV (puntkomma-gescheiden)").
/// Malformed UTF-16 is an error naming the byte, never replaced silently.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str)> {
    match encoding_rs::Encoding::for_bom(bytes) {
        Some((encoding, bom)) if encoding != encoding_rs::UTF_8 => utf16(&bytes[bom..], bom, encoding),
        _ => Ok(decode_8bit(bytes)),
    }
}

/// UTF-8 (with or without BOM) when valid, else Windows-1252.
pub fn decode_8bit(bytes: &[u8]) -> (String, &'static str) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), "utf-8"),
        Err(_) => (windows_1252(bytes), "windows-1252"),
    }
}

pub(super) fn utf16(
    bytes: &[u8],
    bom: usize,
    encoding: &'static encoding_rs::Encoding,
) -> Result<(String, &'static str)> {
    let name = if encoding == encoding_rs::UTF_16LE {
        "utf-16le"
    } else {
        "utf-16be"
    };
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(decoder.max_utf8_buffer_length(bytes.len()).unwrap_or(0));
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok((text, name)),
        _ => Err(Error::invalid(crate::t!("err-not-utf16", byte = bom + read))),
    }
}

/// Windows-1252: Latin-1 except for 0x80–0x9F (the five bytes it leaves
/// undefined come through as the C1 controls of the same number).
pub fn windows_1252(bytes: &[u8]) -> String {
    encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(bytes)
        .0
        .into_owned()
}

/// `;`, `,` or a tab (Excel's "Unicode text"): whichever the header line
/// has most of.
pub fn delimiter(text: &str) -> char {
    let header = text.lines().next().unwrap_or("");
    let count = |c: char| header.matches(c).count();
    match (count(';'), count(','), count('\t')) {
        (s, c, t) if t > s && t > c => '\t',
        (s, c, _) if s >= c && s > 0 => ';',
        _ => ',',
    }
}

/// How to decode the file's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-8 when the bytes are valid UTF-8, else Windows-1252.
    #[default]
    Auto,
    Utf8,
    Windows1252,
}
