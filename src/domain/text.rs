//! Stored text made harmless for the screen it is shown on. Text in kring can
//! come from anywhere (an import, a colleague, an old file), and a terminal
//! obeys what it prints: an ESC or OSC sequence in a company's city could
//! clear the screen, set the window title or write to the clipboard (OSC 52)
//! of whoever runs `kring company show`. The CLI and the terminal UI both
//! print through [`for_terminal`] or [`one_line`], so no control character
//! reaches the terminal, and cutting text short can never split an escape.

use std::borrow::Cow;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Whether the terminal would act on `ch` rather than show it: C0 and C1
/// controls, DEL, and the bidirectional overrides that reorder what is shown.
pub fn is_unsafe(ch: char) -> bool {
    ch.is_control() || matches!(ch, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The visible stand-in for an unsafe character: the Unicode control picture
/// for C0 controls and DEL (ESC shows as ␛, CR as ␍), � for the rest.
fn stand_in(ch: char) -> char {
    match ch as u32 {
        code @ 0..=0x1F => char::from_u32(0x2400 + code).unwrap_or('\u{FFFD}'),
        0x7F => '\u{2421}',
        _ => '\u{FFFD}',
    }
}

/// Text for a terminal that may span lines: new lines and tabs stay, every
/// other control character is shown as a visible stand-in.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    replace_where(text, |ch| is_unsafe(ch) && !matches!(ch, '\n' | '\t'), stand_in)
}

/// Text for one cell or one line: line breaks and tabs become spaces too.
pub fn one_line(text: &str) -> Cow<'_, str> {
    replace_where(text, is_unsafe, |ch| {
        if matches!(ch, '\n' | '\t' | '\r') {
            ' '
        } else {
            stand_in(ch)
        }
    })
}

fn replace_where(text: &str, unsafe_char: impl Fn(char) -> bool, with: impl Fn(char) -> char) -> Cow<'_, str> {
    if !text.chars().any(&unsafe_char) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|ch| if unsafe_char(ch) { with(ch) } else { ch })
            .collect(),
    )
}

/// Pad or cut `text` to exactly `width` columns of a terminal (cut text
/// ends in `…`). Widths are display widths: a CJK character or an emoji
/// takes two columns, a combining accent none, and a cut never separates an
/// accent from its letter — so a column after a name like "Café" (with a
/// combining accent) or "東京商事" starts where every other row's does.
/// Control characters become visible stand-ins first, so a cut never splits
/// an escape sequence and a line break never breaks the table.
pub fn fit(text: &str, width: usize) -> String {
    let text = one_line(text);
    let used = text.width();
    if used <= width {
        return format!("{text}{}", " ".repeat(width - used));
    }
    let room = width.saturating_sub(1);
    let mut cut = String::new();
    let mut taken = 0;
    for grapheme in text.graphemes(true) {
        let w = grapheme.width();
        if taken + w > room {
            break;
        }
        cut.push_str(grapheme);
        taken += w;
    }
    if width > 0 {
        cut.push('…');
        taken += 1;
    }
    format!("{cut}{}", " ".repeat(width.saturating_sub(taken)))
}

/// "a call", "an email": the article for an English word.
pub fn with_article(word: &str) -> String {
    match word.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => format!("an {word}"),
        _ => format!("a {word}"),
    }
}

/// The columns `text` takes on a terminal, once made safe for one line.
pub fn display_width(text: &str) -> usize {
    one_line(text).width()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_line_up_in_display_columns_whatever_the_script() {
        for name in [
            "Machinefabriek",
            "Cafe\u{301} De Ruïne",
            "東京商事株式会社",
            "Bakkerij 🥐 Jansen",
            "x",
        ] {
            for width in [1, 4, 7, 12, 30] {
                let cell = fit(name, width);
                assert_eq!(display_width(&cell), width, "{name:?} in {width}: {cell:?}");
            }
        }
        assert_eq!(
            fit("東京商事", 6),
            "東京… ",
            "a wide character that does not fit leaves a space"
        );
        assert_eq!(fit("Cafe\u{301}s", 5), "Cafe\u{301}s", "an accent takes no column");
        assert_eq!(
            fit("Cafe\u{301}ria", 5),
            "Cafe\u{301}…",
            "the accent stays with its letter"
        );
    }

    #[test]
    fn escapes_and_controls_are_shown_not_obeyed() {
        let hostile = "Zaandam\u{1b}]52;c;ZWNobyBoaQ==\u{7}\u{1b}[2J\rX\u{9b}31m\u{202E}olleh";
        let shown = for_terminal(hostile);
        assert!(!shown.chars().any(is_unsafe), "{shown:?}");
        assert!(shown.starts_with("Zaandam␛]52;c;"), "{shown:?}");
        assert!(
            shown.contains("␍X"),
            "a carriage return cannot hide what came before: {shown:?}"
        );
    }

    #[test]
    fn line_breaks_stay_in_text_and_become_spaces_in_a_cell() {
        assert_eq!(for_terminal("a\nb\tc"), "a\nb\tc");
        assert_eq!(one_line("a\r\nb\tc"), "a  b c");
        assert!(matches!(for_terminal("Café De Ruïne"), Cow::Borrowed(_)));
    }
}
