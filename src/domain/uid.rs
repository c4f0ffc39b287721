//! Globally unique, stable identifiers for what kring exports: address
//! cards and calendar entries. A UID is a UUID (RFC 9562, version 8: laid
//! out by the application) made of the database's own random UUID, the kind
//! of record and its id — the same person gets the same UID in every export,
//! and another school's database (another random UUID) never makes it. Pure.

/// What a UID names; each kind has its own byte, so a person and a meeting
/// with the same id never share a UID.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Person = 1,
    Meeting = 2,
    /// A follow-up as an all-day event.
    Followup = 3,
    /// The same follow-up as a to-do: another component, another UID
    /// (a calendar that holds both must not take one for the other).
    FollowupTodo = 4,
}

/// Eight bytes of the database's UUID (its random part), the kind, and the
/// id in the last seven bytes (ids stay far below 2^56).
pub fn derive(database_id: &str, kind: Kind, id: i64) -> String {
    let hex: String = database_id.chars().filter(char::is_ascii_hexdigit).collect();
    let mut bytes = [0u8; 16];
    for (i, byte) in bytes.iter_mut().take(8).enumerate() {
        *byte = hex
            .get(i * 2..i * 2 + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .unwrap_or(0);
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x80; // version 8
    bytes[8] = 0x80 | kind as u8; // the RFC 4122 variant, then the kind
    let id = (id as u64).to_be_bytes();
    bytes[9..].copy_from_slice(&id[1..]);
    format(&bytes)
}

/// 16 bytes in the 8-4-4-4-12 form.
pub fn format(bytes: &[u8; 16]) -> String {
    let mut out = String::with_capacity(36);
    for (i, byte) in bytes.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = "3f2a9c1e-5b7d-4e21-9a0b-c4d5e6f70812";
    const OTHER: &str = "a1b2c3d4-e5f6-4789-8abc-def012345678";

    #[test]
    fn the_same_record_gets_the_same_uid_and_nothing_else_does() {
        assert_eq!(derive(ONE, Kind::Person, 7), derive(ONE, Kind::Person, 7));
        assert_ne!(derive(ONE, Kind::Person, 7), derive(ONE, Kind::Person, 8));
        assert_ne!(derive(ONE, Kind::Person, 7), derive(ONE, Kind::Meeting, 7));
        assert_ne!(derive(ONE, Kind::Person, 7), derive(OTHER, Kind::Person, 7));
    }

    #[test]
    fn a_uid_is_a_version_8_uuid() {
        let uid = derive(ONE, Kind::Meeting, 300);
        assert_eq!(uid, "3f2a9c1e-5b7d-8e21-8200-00000000012c");
        assert_eq!(uid.len(), 36);
    }
}
