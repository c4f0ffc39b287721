//! A keyboard form: text fields (one line or many), choices and checklists,
//! with an error shown next to each field. Pure state plus a draw function;
//! what the values mean is up to the screen that owns the form.

use crate::tui::keymap::{self, Action, Context};
use crate::tui::theme::Theme;
use crossterm::event::Event;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::Frame;
use tui_input::backend::crossterm::to_input_request;
use tui_input::Input;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Clone, PartialEq)]
pub enum FieldKind {
    Text,
    Multiline,
    /// One of these options; only ←/→ change it, so text typed into the
    /// wrong field cannot silently change a kind.
    Choice(Vec<String>),
    /// Any of these (label, ticked); ↑/↓ to move, space to tick.
    Checklist(Vec<(String, bool)>),
}

#[derive(Debug, Clone)]
pub struct Field {
    pub label: &'static str,
    pub kind: FieldKind,
    pub value: String,
    /// Cursor position in characters (text fields).
    pub cursor: usize,
    /// Selected option (choice) or highlighted row (checklist).
    pub index: usize,
    pub error: Option<String>,
    pub hint: &'static str,
    /// What the field held when the form opened: a save sends only the
    /// fields that differ from it (see [`Field::changed`]).
    pub initial: String,
    pub initial_index: usize,
    /// How a choice's options read to a person (`telefoon` for `call` in
    /// Dutch), parallel to the options; empty: as the options are spelled.
    pub shown: Vec<String>,
    /// A date typed as the CLI takes it (`vrijdag`, `+2w`, `20-11`): the
    /// form shows the day it reads as you type.
    pub date: bool,
}

impl Field {
    pub fn text(label: &'static str, value: impl Into<String>) -> Field {
        let value = value.into();
        Field {
            label,
            kind: FieldKind::Text,
            cursor: value.chars().count(),
            initial: value.clone(),
            value,
            index: 0,
            error: None,
            hint: "",
            initial_index: 0,
            shown: Vec::new(),
            date: false,
        }
    }

    /// A one-line field for a date, showing the day it is read as.
    pub fn date(label: &'static str, value: impl Into<String>) -> Field {
        Field {
            date: true,
            ..Field::text(label, value)
        }
    }

    /// The user changed this field since the form opened.
    pub fn changed(&self) -> bool {
        self.value.trim() != self.initial.trim() || self.index != self.initial_index
    }

    pub fn multiline(label: &'static str, value: impl Into<String>) -> Field {
        Field {
            kind: FieldKind::Multiline,
            ..Field::text(label, value)
        }
    }

    pub fn choice(label: &'static str, options: Vec<String>, selected: usize) -> Field {
        Field {
            label,
            kind: FieldKind::Choice(options),
            value: String::new(),
            cursor: 0,
            index: selected,
            error: None,
            hint: "",
            initial: String::new(),
            initial_index: selected,
            shown: Vec::new(),
            date: false,
        }
    }

    pub fn checklist(label: &'static str, items: Vec<(String, bool)>) -> Field {
        Field {
            label,
            kind: FieldKind::Checklist(items),
            value: String::new(),
            cursor: 0,
            index: 0,
            error: None,
            hint: "",
            initial: String::new(),
            initial_index: 0,
            shown: Vec::new(),
            date: false,
        }
    }

    /// Show a choice's options as these words; the options stay what
    /// [`Field::chosen`] returns, so saving reads the stored spelling.
    pub fn showing(self, shown: Vec<String>) -> Field {
        Field { shown, ..self }
    }

    pub fn with_hint(self, hint: &'static str) -> Field {
        Field { hint, ..self }
    }

    /// The chosen option of a choice field.
    pub fn chosen(&self) -> &str {
        match &self.kind {
            FieldKind::Choice(options) => options.get(self.index).map(String::as_str).unwrap_or(""),
            _ => &self.value,
        }
    }

    /// The indexes of the ticked items of a checklist.
    pub fn ticked(&self) -> Vec<usize> {
        match &self.kind {
            FieldKind::Checklist(items) => items
                .iter()
                .enumerate()
                .filter(|(_, (_, on))| *on)
                .map(|(i, _)| i)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Handle a key meant for this field; false when the field does not use it.
    fn edit(&mut self, key: &KeyEvent) -> bool {
        match &mut self.kind {
            FieldKind::Text => edit_line(self, key),
            FieldKind::Multiline => edit_text(self, key),
            FieldKind::Choice(options) => {
                let n = options.len().max(1);
                match key.code {
                    KeyCode::Right => self.index = (self.index + 1) % n,
                    KeyCode::Left => self.index = (self.index + n - 1) % n,
                    _ => return false,
                }
                true
            }
            FieldKind::Checklist(items) => {
                match key.code {
                    KeyCode::Char(' ') => {
                        if let Some(item) = items.get_mut(self.index) {
                            item.1 = !item.1;
                        }
                    }
                    KeyCode::Down if self.index + 1 < items.len() => self.index += 1,
                    KeyCode::Up if self.index > 0 => self.index -= 1,
                    _ => return false,
                }
                true
            }
        }
    }
}

/// A one-line field edits through `tui-input`: grapheme-wise moves and
/// deletes, words with ctrl-←/→ (or alt-b/f), ctrl-w, ctrl-k, ctrl-a/e.
fn edit_line(field: &mut Field, key: &KeyEvent) -> bool {
    let Some(request) = to_input_request(&Event::Key(*key)) else {
        return false;
    };
    let mut input = Input::new(std::mem::take(&mut field.value)).with_cursor(field.cursor);
    input.handle(request);
    field.cursor = input.cursor();
    field.value = input.into();
    true
}

/// The columns of a one-line value scrolled out on the left so the cursor
/// stays in view within `room` columns.
fn scrolled(value: &str, cursor: usize, room: usize) -> usize {
    Input::new(value.to_string()).with_cursor(cursor).visual_scroll(room)
}

fn edit_text(field: &mut Field, key: &KeyEvent) -> bool {
    let byte_at = |value: &str, chars: usize| value.char_indices().nth(chars).map(|(i, _)| i).unwrap_or(value.len());
    let len = field.value.chars().count();
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        match key.code {
            KeyCode::Char('u') => {
                field.value.clear();
                field.cursor = 0;
                return true;
            }
            _ => return false,
        }
    }
    match key.code {
        KeyCode::Char(c) => {
            let at = byte_at(&field.value, field.cursor);
            field.value.insert(at, c);
            field.cursor += 1;
        }
        KeyCode::Enter if field.kind == FieldKind::Multiline => {
            let at = byte_at(&field.value, field.cursor);
            field.value.insert(at, '\n');
            field.cursor += 1;
        }
        KeyCode::Backspace if field.cursor > 0 => {
            let at = byte_at(&field.value, field.cursor - 1);
            field.value.remove(at);
            field.cursor -= 1;
        }
        KeyCode::Delete if field.cursor < len => {
            let at = byte_at(&field.value, field.cursor);
            field.value.remove(at);
        }
        KeyCode::Left if field.cursor > 0 => field.cursor -= 1,
        KeyCode::Right if field.cursor < len => field.cursor += 1,
        // Between lines, keeping the column; past the first or last line
        // the key is the form's (to the field above or below).
        KeyCode::Up | KeyCode::Down if field.kind == FieldKind::Multiline => {
            return move_line(field, if key.code == KeyCode::Up { -1 } else { 1 });
        }
        KeyCode::Home => field.cursor = 0,
        KeyCode::End => field.cursor = len,
        KeyCode::Backspace | KeyCode::Delete | KeyCode::Left | KeyCode::Right => {}
        _ => return false,
    }
    true
}

/// Move a multi-line field's cursor a line up (-1) or down (1), to the
/// same column or the line's end; false when there is no such line.
fn move_line(field: &mut Field, step: i32) -> bool {
    let lines: Vec<usize> = field.value.split('\n').map(|l| l.chars().count()).collect();
    // Which line the cursor is on, and where that line starts.
    let (mut line, mut start) = (0, 0);
    while line + 1 < lines.len() && field.cursor > start + lines[line] {
        start += lines[line] + 1;
        line += 1;
    }
    let column = field.cursor - start;
    let target = match step {
        -1 if line > 0 => line - 1,
        1 if line + 1 < lines.len() => line + 1,
        _ => return false,
    };
    let target_start: usize = lines[..target].iter().map(|n| n + 1).sum();
    field.cursor = target_start + column.min(lines[target]);
    true
}

/// A field of a form, by its place: what a form's type keeps to read the
/// field back (no lookup by label, which a typo would break at run time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldId(usize);

/// A choice whose options carry what they stand for (a colleague's id, a
/// status), so a form reads the value chosen, not an index into a list
/// kept elsewhere.
#[derive(Debug, Clone)]
pub struct Choice<T> {
    pub id: FieldId,
    values: Vec<T>,
}

impl<T: Clone> Choice<T> {
    /// Add a choice of `options` (as shown, and what each stands for),
    /// `selected` first.
    pub fn add(form: &mut Form, label: &'static str, options: Vec<(String, T)>, selected: usize) -> Choice<T> {
        let (names, values): (Vec<String>, Vec<T>) = options.into_iter().unzip();
        Choice {
            id: form.add(Field::choice(label, names, selected)),
            values,
        }
    }

    /// As `add`, with each option shown in other words (the language kring
    /// speaks) than the ones it is stored by.
    pub fn add_showing(
        form: &mut Form,
        label: &'static str,
        options: Vec<(String, String, T)>,
        selected: usize,
    ) -> Choice<T> {
        let mut names = Vec::new();
        let mut shown = Vec::new();
        let mut values = Vec::new();
        for (name, said, value) in options {
            names.push(name);
            shown.push(said);
            values.push(value);
        }
        Choice {
            id: form.add(Field::choice(label, names, selected).showing(shown)),
            values,
        }
    }

    /// What the option chosen stands for (`None`: there were no options).
    pub fn chosen(&self, form: &Form) -> Option<T> {
        let index = form.get(self.id).index;
        self.values.get(index.min(self.values.len().saturating_sub(1))).cloned()
    }

    /// How many options there are.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormOutcome {
    Editing,
    Submit,
    Cancel,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// Something was typed since the form opened.
    pub dirty: bool,
    /// An error about the form as a whole (e.g. from the store).
    pub error: Option<String>,
    /// Something to know before filling it in (another team's recent contact).
    pub note: Option<String>,
    /// The day relative dates are read against (date fields show the day
    /// they understood); set by the app when the form opens.
    pub today: Option<chrono::NaiveDate>,
}

impl Form {
    pub fn new(title: impl Into<String>, fields: Vec<Field>) -> Form {
        Form {
            title: title.into(),
            fields,
            focus: 0,
            dirty: false,
            error: None,
            note: None,
            today: None,
        }
    }

    /// A form to add fields to, each answering with its handle.
    pub fn titled(title: impl Into<String>) -> Form {
        Form::new(title, Vec::new())
    }

    /// Add a field at the end; its handle reads it back.
    pub fn add(&mut self, field: Field) -> FieldId {
        self.fields.push(field);
        FieldId(self.fields.len() - 1)
    }

    /// Add a field with a hint (a short form for the common case).
    pub fn add_with_hint(&mut self, field: Field, hint: &'static str) -> FieldId {
        self.add(field.with_hint(hint))
    }

    pub fn get(&self, id: FieldId) -> &Field {
        &self.fields[id.0]
    }

    /// The text of a field, trimmed.
    pub fn text(&self, id: FieldId) -> String {
        self.get(id).value.trim().to_string()
    }

    /// The text if the user changed the field, else `None` (left alone).
    pub fn changed_text(&self, id: FieldId) -> Option<String> {
        self.get(id).changed().then(|| self.text(id))
    }

    /// Give a field (a choice, say) its hint.
    pub fn set_hint(&mut self, id: FieldId, hint: &'static str) {
        self.fields[id.0].hint = hint;
    }

    /// Mark a field with an error (or clear it).
    pub fn mark(&mut self, id: FieldId, error: Option<String>) {
        self.fields[id.0].error = error;
    }

    /// A field by its label: for tests and for a refusal that names a
    /// column; a form's own code reads its fields by their handles.
    pub fn field(&self, label: &str) -> &Field {
        self.fields.iter().find(|f| f.label == label).expect("form field")
    }

    /// A field's text by its label (tests read forms so).
    pub fn value(&self, label: &str) -> String {
        self.field(label).value.trim().to_string()
    }

    /// Set (or clear) the error shown next to a field.
    pub fn set_error(&mut self, label: &str, error: Option<String>) {
        if let Some(field) = self.fields.iter_mut().find(|f| f.label == label) {
            field.error = error;
        }
    }

    /// After a refused save: the first field in error takes the focus, so
    /// the fix starts where the message stands (what was typed stays).
    pub fn focus_first_error(&mut self) {
        if let Some(at) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = at;
        }
    }

    pub fn has_errors(&self) -> bool {
        self.error.is_some() || self.fields.iter().any(|f| f.error.is_some())
    }

    pub fn clear_errors(&mut self) {
        self.error = None;
        for field in &mut self.fields {
            field.error = None;
        }
    }

    /// Tab/shift-tab (and ↑/↓ outside lists) move between fields; enter on a
    /// one-line field moves on, and on the last field saves; ctrl-s saves;
    /// esc cancels.
    pub fn handle(&mut self, key: &KeyEvent) -> FormOutcome {
        // The form's own keys (save, next field, cancel) come from the keymap.
        match keymap::overlay_action(Context::Form, key) {
            Some(Action::Cancel) => return FormOutcome::Cancel,
            Some(Action::Save) => return FormOutcome::Submit,
            Some(Action::NextField) => return self.move_focus(1),
            Some(Action::PrevField) => return self.move_focus(-1),
            _ => {}
        }
        let last = self.focus + 1 == self.fields.len();
        let field = &mut self.fields[self.focus];
        if key.code == KeyCode::Enter && field.kind != FieldKind::Multiline {
            return if last { FormOutcome::Submit } else { self.move_focus(1) };
        }
        if field.edit(key) {
            self.dirty = true;
            field.error = None;
            return FormOutcome::Editing;
        }
        match key.code {
            KeyCode::Down => self.move_focus(1),
            KeyCode::Up => self.move_focus(-1),
            _ => FormOutcome::Editing,
        }
    }

    fn move_focus(&mut self, step: isize) -> FormOutcome {
        let n = self.fields.len() as isize;
        self.focus = ((self.focus as isize + step).rem_euclid(n)) as usize;
        FormOutcome::Editing
    }

    pub fn draw(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        // Fields are named in English (the code finds them so) and shown in
        // the language kring speaks.
        let labels: Vec<_> = self.fields.iter().map(|f| crate::l10n::phrase(f.label)).collect();
        let label_width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 2;
        let width = area.width.saturating_sub(4).min(100);
        // Inside the borders, after the label, one column for the cursor.
        let room = (width as usize).saturating_sub(2 + label_width + 1).max(1);
        let mut lines: Vec<Line> = Vec::new();
        if let Some(note) = &self.note {
            lines.push(Line::from(Span::styled(format!("! {note}"), theme.warning())));
            lines.push(Line::from(""));
        }
        for (index, field) in self.fields.iter().enumerate() {
            let focused = index == self.focus;
            let label_style = if focused { theme.key() } else { theme.heading() };
            let label = Span::styled(format!("{:<label_width$}", labels[index]), label_style);
            let pad = " ".repeat(label_width);
            let mut rows = field_lines(field, focused, room, theme);
            let first = rows.remove(0);
            let mut line = vec![label];
            line.extend(first);
            let understood = self
                .today
                .filter(|_| field.date && !field.value.trim().is_empty())
                .map(|today| {
                    crate::domain::dates::parse_date(field.value.trim(), today)
                        .map(crate::l10n::long_date)
                        .ok()
                });
            if let Some(error) = &field.error {
                line.push(Span::styled(format!("  ✗ {error}"), theme.error()));
            } else if let Some(read) = understood {
                // The day understood; while typing, the words it takes too.
                match read {
                    Some(day) => line.push(Span::styled(format!("  = {day}"), theme.good())),
                    None => line.push(Span::styled("  ?".to_string(), theme.warning())),
                }
                if focused && !field.hint.is_empty() {
                    line.push(Span::styled(
                        format!("  {}", crate::l10n::phrase(field.hint)),
                        theme.dim(),
                    ));
                }
            } else if focused && !field.hint.is_empty() {
                line.push(Span::styled(
                    format!("  {}", crate::l10n::phrase(field.hint)),
                    theme.dim(),
                ));
            }
            lines.push(Line::from(line));
            for row in rows {
                let mut line = vec![Span::raw(pad.clone())];
                line.extend(row);
                lines.push(Line::from(line));
            }
        }
        lines.push(Line::from(""));
        if let Some(error) = &self.error {
            lines.push(Line::from(Span::styled(format!("✗ {error}"), theme.error())));
        }
        let mut keys = Vec::new();
        for (key, label) in keymap::bar(keymap::overlay_bindings(Context::Form).into_iter().flatten()) {
            if !keys.is_empty() {
                keys.push(Span::raw("  "));
            }
            keys.push(Span::styled(key, theme.key()));
            keys.push(Span::raw(format!(" {}", crate::l10n::key_help(label))));
        }
        lines.push(Line::from(keys));
        let height = (lines.len() as u16 + 2).min(area.height);
        let rect = super::popup::centered(area, width, height);
        frame.render_widget(Clear, rect);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.focus_border())
            .title(Span::styled(format!(" {} ", self.title), theme.title()));
        frame.render_widget(Paragraph::new(lines).block(block), rect);
    }
}

/// The spans of a field's value, one entry per screen line.
fn field_lines<'a>(field: &'a Field, focused: bool, room: usize, theme: &Theme) -> Vec<Vec<Span<'a>>> {
    match &field.kind {
        FieldKind::Text if focused => {
            // Scrolled by display columns, then shown from a whole grapheme.
            let skip = scrolled(&field.value, field.cursor, room);
            let (mut columns, mut chars) = (0, 0);
            for grapheme in field.value.graphemes(true) {
                if columns >= skip {
                    break;
                }
                columns += grapheme.width();
                chars += grapheme.chars().count();
            }
            let shown: String = field.value.chars().skip(chars).collect();
            vec![text_spans(&shown, field.cursor.saturating_sub(chars), focused, theme)]
        }
        FieldKind::Text => vec![text_spans(&field.value, field.cursor, focused, theme)],
        FieldKind::Multiline => {
            let mut out = Vec::new();
            let mut offset = 0;
            for line in field.value.split('\n') {
                let len = line.chars().count();
                let cursor = (field.cursor >= offset && field.cursor <= offset + len).then(|| field.cursor - offset);
                out.push(match cursor {
                    Some(c) => text_spans(line, c, focused, theme),
                    None => vec![Span::raw(line.to_string())],
                });
                offset += len + 1;
            }
            out
        }
        FieldKind::Choice(options) => {
            let chosen = field
                .shown
                .get(field.index)
                .or_else(|| options.get(field.index))
                .cloned()
                .unwrap_or_default();
            let style = if focused { theme.selected() } else { Default::default() };
            vec![vec![Span::raw("‹ "), Span::styled(chosen, style), Span::raw(" ›")]]
        }
        FieldKind::Checklist(items) => {
            if items.is_empty() {
                return vec![vec![Span::styled(
                    crate::l10n::phrase("(none)").into_owned(),
                    theme.dim(),
                )]];
            }
            items
                .iter()
                .enumerate()
                .map(|(i, (label, on))| {
                    let mark = if *on { "[x] " } else { "[ ] " };
                    let style = if focused && i == field.index {
                        theme.selected()
                    } else {
                        Default::default()
                    };
                    vec![Span::styled(format!("{mark}{label}"), style)]
                })
                .collect()
        }
    }
}

fn text_spans<'a>(value: &str, cursor: usize, focused: bool, theme: &Theme) -> Vec<Span<'a>> {
    if !focused {
        return vec![Span::raw(value.to_string())];
    }
    let before: String = value.chars().take(cursor).collect();
    let at: String = value
        .chars()
        .nth(cursor)
        .map(String::from)
        .unwrap_or_else(|| " ".into());
    let after: String = value.chars().skip(cursor + 1).collect();
    vec![Span::raw(before), Span::styled(at, theme.selected()), Span::raw(after)]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn typed(form: &mut Form, text: &str) {
        for c in text.chars() {
            form.handle(&key(KeyCode::Char(c)));
        }
    }

    #[test]
    fn typing_editing_and_moving_between_fields() {
        let mut form = Form::new(
            "t",
            vec![
                Field::text("Name", ""),
                Field::multiline("Note", ""),
                Field::choice("Kind", vec!["call".into(), "email".into()], 0),
            ],
        );
        typed(&mut form, "Ruïne");
        form.handle(&key(KeyCode::Left));
        form.handle(&key(KeyCode::Backspace));
        assert_eq!(form.value("Name"), "Ruïe");
        assert!(form.dirty);
        assert_eq!(form.handle(&key(KeyCode::Enter)), FormOutcome::Editing);
        assert_eq!(form.focus, 1);
        typed(&mut form, "a");
        form.handle(&key(KeyCode::Enter));
        typed(&mut form, "b");
        assert_eq!(form.value("Note"), "a\nb", "enter is a newline in a multi-line field");
        form.handle(&key(KeyCode::Tab));
        form.handle(&key(KeyCode::Right));
        assert_eq!(form.field("Kind").chosen(), "email");
        assert_eq!(
            form.handle(&key(KeyCode::Enter)),
            FormOutcome::Submit,
            "enter on the last field saves"
        );
        assert_eq!(
            form.handle(&KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)),
            FormOutcome::Submit
        );
        assert_eq!(form.handle(&key(KeyCode::Esc)), FormOutcome::Cancel);
    }

    #[test]
    fn a_one_line_field_edits_by_words_and_whole_letters() {
        let mut form = Form::new("t", vec![Field::text("Name", "Café De Ruïne")]);
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        form.handle(&ctrl('w'));
        assert_eq!(
            form.value("Name"),
            "Café De",
            "ctrl-w deletes the word before the cursor"
        );
        form.handle(&ctrl('a'));
        typed(&mut form, "Het ");
        assert_eq!(form.value("Name"), "Het Café De");
        form.handle(&KeyEvent::new(KeyCode::Right, KeyModifiers::CONTROL));
        form.handle(&ctrl('k'));
        assert_eq!(
            form.value("Name"),
            "Het Café",
            "ctrl-→ moves a word, ctrl-k cuts the rest"
        );
        let mut accented = Form::new("t", vec![Field::text("City", "Cafe\u{301}")]);
        accented.handle(&key(KeyCode::Backspace));
        assert_eq!(
            accented.value("City"),
            "Caf",
            "a letter with a combining accent goes at once"
        );
    }

    #[test]
    fn a_long_value_scrolls_so_the_cursor_stays_in_view() {
        let long = "Stichting Samenwerkingsverband Beroepsonderwijs Bedrijfsleven Zaanstreek-Waterland";
        let form = Form::new("t", vec![Field::text("Name", long)]);
        let theme = Theme::plain();
        let rows = field_lines(&form.fields[0], true, 20, &theme);
        let shown: String = rows[0].iter().map(|s| s.content.to_string()).collect();
        assert!(shown.trim_end().ends_with("Waterland"), "{shown:?}");
        assert!(shown.chars().count() <= 21, "{shown:?}");
    }

    #[test]
    fn a_choice_changes_with_arrows_only_never_with_typing() {
        let mut form = Form::new(
            "t",
            vec![Field::choice(
                "Kind",
                vec!["call".into(), "email".into(), "visit".into()],
                0,
            )],
        );
        for c in [' ', 'e', 'v', 'j'] {
            form.handle(&key(KeyCode::Char(c)));
        }
        assert_eq!(form.field("Kind").chosen(), "call", "typing left the choice alone");
        form.handle(&key(KeyCode::Right));
        assert_eq!(form.field("Kind").chosen(), "email");
        form.handle(&key(KeyCode::Left));
        form.handle(&key(KeyCode::Left));
        assert_eq!(form.field("Kind").chosen(), "visit", "← wraps around");
    }

    #[test]
    fn checklist_ticks_with_space() {
        let mut form = Form::new(
            "t",
            vec![Field::checklist(
                "With",
                vec![("An".into(), false), ("Bo".into(), false)],
            )],
        );
        form.handle(&key(KeyCode::Down));
        form.handle(&key(KeyCode::Char(' ')));
        assert_eq!(form.field("With").ticked(), vec![1]);
    }
}
