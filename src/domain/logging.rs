//! The rules for logging an interaction, the same for every face (CLI, TUI,
//! imports): a note says what was said or done, and a follow-up without its
//! own action takes one from the note.

use super::validate::FieldError;

/// The note of an interaction: trimmed, not empty.
pub fn note(text: &str) -> Result<String, FieldError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(FieldError::Empty("the note (what was said or done)"));
    }
    Ok(trimmed.to_string())
}

/// A follow-up's action: the one given, else "Follow up: " and the note's
/// first line (80 characters at most).
pub fn followup_action(action: Option<&str>, note: &str) -> String {
    if let Some(action) = action.map(str::trim).filter(|a| !a.is_empty()) {
        return action.to_string();
    }
    match note.lines().next().map(str::trim).filter(|l| !l.is_empty()) {
        Some(first) => format!("Follow up: {}", first.chars().take(80).collect::<String>()),
        None => "Follow up".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_is_needed_and_an_action_defaults_from_it() {
        assert!(note("  ").is_err());
        assert_eq!(note(" Gebeld ").unwrap(), "Gebeld");
        assert_eq!(
            followup_action(None, "Gebeld over stages\nmeer"),
            "Follow up: Gebeld over stages"
        );
        assert_eq!(followup_action(Some("  "), "Gebeld"), "Follow up: Gebeld");
        assert_eq!(followup_action(Some("Offerte sturen"), "Gebeld"), "Offerte sturen");
    }
}
