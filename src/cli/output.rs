//! Printing: fixed-width tables for people, JSON for scripts. Output goes
//! through a buffered writer; a closed pipe (`kring … | head`) ends quietly.
//! Everything printed passes the shared sanitiser (`domain::text`): stored
//! text can never make the terminal act (clear it, retitle it, write to the
//! clipboard). JSON escapes what JSON allows raw but a terminal obeys (DEL,
//! C1 controls, bidirectional overrides) as `\uXXXX`: the data is unchanged.

use crate::domain::text::{for_terminal, is_unsafe, one_line};
use crate::{Error, Result};
use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};
use std::io::{self, BufWriter, Write};

/// serde_json's own formatting, with the characters a terminal would obey
/// written as `\uXXXX` escapes (serde_json escapes only those below 0x20).
struct SafeJson<F>(F);

macro_rules! delegate {
    ($($name:ident $(($arg:ident: $ty:ty))?),* $(,)?) => {$(
        fn $name<W: ?Sized + io::Write>(&mut self, writer: &mut W $(, $arg: $ty)?) -> io::Result<()> {
            self.0.$name(writer $(, $arg)?)
        }
    )*};
}

impl<F: Formatter> Formatter for SafeJson<F> {
    delegate!(
        begin_array, end_array, begin_array_value(first: bool), end_array_value,
        begin_object, end_object, begin_object_key(first: bool), begin_object_value, end_object_value,
    );

    fn write_string_fragment<W: ?Sized + io::Write>(&mut self, writer: &mut W, fragment: &str) -> io::Result<()> {
        if !fragment.chars().any(is_unsafe) {
            return writer.write_all(fragment.as_bytes());
        }
        for ch in fragment.chars() {
            if is_unsafe(ch) {
                write!(writer, "\\u{:04x}", ch as u32)?;
            } else {
                let mut buffer = [0u8; 4];
                writer.write_all(ch.encode_utf8(&mut buffer).as_bytes())?;
            }
        }
        Ok(())
    }
}

pub struct Out {
    pub json: bool,
    writer: std::cell::RefCell<BufWriter<io::Stdout>>,
}

impl Out {
    pub fn new(json: bool) -> Out {
        Out {
            json,
            writer: std::cell::RefCell::new(BufWriter::new(io::stdout())),
        }
    }

    pub fn line(&self, text: impl AsRef<str>) -> Result<()> {
        let mut w = self.writer.borrow_mut();
        writeln!(w, "{}", for_terminal(text.as_ref())).map_err(io_error)
    }

    /// Print one value as pretty JSON.
    pub fn json_value<T: Serialize + ?Sized>(&self, value: &T) -> Result<()> {
        let mut w = self.writer.borrow_mut();
        let mut serializer = serde_json::Serializer::with_formatter(&mut *w, SafeJson(PrettyFormatter::new()));
        value.serialize(&mut serializer).map_err(|e| Error::Io(e.to_string()))?;
        writeln!(w).map_err(io_error)
    }

    /// Bytes as they are (a script, a man page): not text from the database.
    pub fn bytes(&self, bytes: &[u8]) -> Result<()> {
        let mut w = self.writer.borrow_mut();
        w.write_all(bytes).map_err(io_error)?;
        w.flush().map_err(io_error)
    }

    pub fn flush(&self) -> Result<()> {
        self.writer.borrow_mut().flush().map_err(io_error)
    }
}

impl Drop for Out {
    fn drop(&mut self) {
        let _ = self.writer.get_mut().flush();
    }
}

/// A JSON array written one element at a time, so a listing of 100k rows
/// never has to be held in memory.
pub struct JsonArray<'a> {
    out: &'a Out,
    count: usize,
}

impl<'a> JsonArray<'a> {
    pub fn start(out: &'a Out) -> Result<JsonArray<'a>> {
        out.writer.borrow_mut().write_all(b"[").map_err(io_error)?;
        Ok(JsonArray { out, count: 0 })
    }

    pub fn push<T: Serialize>(&mut self, value: &T) -> Result<()> {
        let mut w = self.out.writer.borrow_mut();
        w.write_all(if self.count == 0 { b"\n  " } else { b",\n  " })
            .map_err(io_error)?;
        let mut serializer = serde_json::Serializer::with_formatter(&mut *w, SafeJson(CompactFormatter));
        value.serialize(&mut serializer).map_err(|e| Error::Io(e.to_string()))?;
        self.count += 1;
        Ok(())
    }

    pub fn finish(self) -> Result<()> {
        let mut w = self.out.writer.borrow_mut();
        w.write_all(if self.count == 0 { b"]\n" } else { b"\n]\n" })
            .map_err(io_error)
    }
}

/// Print a whole list either as a JSON array or through `row` as text lines.
pub fn list<T: Serialize>(out: &Out, items: &[T], table: &Table, row: impl Fn(&T) -> Vec<String>) -> Result<()> {
    if out.json {
        let mut array = JsonArray::start(out)?;
        for item in items {
            array.push(item)?;
        }
        return array.finish();
    }
    out.line(table.header())?;
    for item in items {
        out.line(table.row(&row(item)))?;
    }
    Ok(())
}

/// [`list`] for rows a store hands over one at a time (its `for_each_…`):
/// each is printed as it comes, so a listing of any length streams.
pub fn list_each<T: Serialize>(
    out: &Out,
    table: &Table,
    row: impl Fn(&T) -> Vec<String>,
    produce: impl FnOnce(&mut dyn FnMut(T) -> Result<()>) -> Result<()>,
) -> Result<()> {
    if out.json {
        let mut array = JsonArray::start(out)?;
        produce(&mut |item| array.push(&item))?;
        return array.finish();
    }
    out.line(table.header())?;
    produce(&mut |item| out.line(table.row(&row(&item))))
}

pub(super) fn io_error(e: io::Error) -> Error {
    if e.kind() == io::ErrorKind::BrokenPipe {
        // The reader went away (`| head`): nothing more to say, not a failure.
        std::process::exit(0);
    }
    Error::Io(format!("cannot write output: {e}"))
}

/// A table with fixed column widths: rows stream without measuring them first.
pub struct Table {
    columns: Vec<(&'static str, usize)>,
}

impl Table {
    pub fn new(columns: &[(&'static str, usize)]) -> Table {
        Table {
            columns: columns.to_vec(),
        }
    }

    pub fn header(&self) -> String {
        let names: Vec<String> = self.columns.iter().map(|(name, _)| crate::l10n::column(name)).collect();
        self.row(&names)
    }

    pub fn row(&self, cells: &[String]) -> String {
        let mut line = String::new();
        for (index, ((_, width), cell)) in self.columns.iter().zip(cells).enumerate() {
            let last = index + 1 == self.columns.len();
            if last {
                line.push_str(&one_line(cell));
            } else {
                line.push_str(&fit(cell, *width));
                line.push_str("  ");
            }
        }
        line.trim_end().to_string()
    }
}

pub use crate::domain::text::fit;

pub fn opt(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

pub use crate::l10n::ago;

/// A progress line on standard error for long exports and imports, drawn
/// only when standard error is a terminal (never into a log or a pipe), at
/// most every tenth of a second, and wiped when done.
pub struct Progress {
    label: String,
    total: u64,
    shown: bool,
    last: Option<std::time::Instant>,
}

impl Progress {
    /// `total` 0: not known (a stream), only the count is shown.
    pub fn new(label: &str, total: u64) -> Progress {
        Progress {
            label: label.to_string(),
            total,
            shown: Progress::wanted(),
            last: None,
        }
    }

    /// Whether a progress line will be drawn: ask before counting the work
    /// it would measure.
    pub fn wanted() -> bool {
        use std::io::IsTerminal;
        std::io::stderr().is_terminal() && std::env::var_os("KRING_NO_PROGRESS").is_none()
    }

    pub fn update(&mut self, done: u64) {
        if !self.shown || self.last.is_some_and(|t| t.elapsed().as_millis() < 100) {
            return;
        }
        self.last = Some(std::time::Instant::now());
        if self.total == 0 {
            // A stream of unknown length: how far it has come.
            eprint!("\r{} {done}", self.label);
            return;
        }
        let total = self.total.max(1);
        let percent = (done.min(total) * 100) / total;
        let filled = (percent / 5) as usize;
        eprint!(
            "\r{} [{}{}] {percent:>3}% {done}/{}",
            self.label,
            "#".repeat(filled),
            " ".repeat(20 - filled),
            self.total
        );
    }

    pub fn finish(self) {
        if self.shown && self.last.is_some() {
            eprint!("\r\x1b[2K");
        }
    }
}

/// Ask yes/no on a terminal; without one, the answer is no.
/// Before adding a record like one that exists (the same KvK number,
/// e-mail, or name in the same city): on a terminal, say which and ask; without
/// one, refuse unless `--yes` says to add it anyway. `Ok(false)`: not added.
pub fn agree_to_likely(likely: &[crate::model::merge::Likely], yes: bool) -> Result<bool> {
    use std::io::IsTerminal;
    // A KvK number is unique: adding one again is refused by the store, which says whose it is.
    let likely: Vec<_> = likely.iter().filter(|l| l.why != "kvk").collect();
    if likely.is_empty() || yes {
        return Ok(true);
    }
    let said: Vec<String> = likely.iter().map(|l| l.said()).collect();
    if !std::io::stdin().is_terminal() {
        return Err(Error::invalid(format!(
            "{}\n{}",
            said.join("\n"),
            crate::t!("cli-likely-needs-yes")
        )));
    }
    for line in &said {
        eprintln!("{}", crate::domain::text::for_terminal(line));
    }
    confirm(&crate::t!("cli-ask-add-anyway"))
}

/// A note on stderr beside a command's output (which stays clean for
/// `--json` and pipes), made safe for the terminal: names come from the
/// database, where another client may have put an escape.
pub fn note(text: &str) {
    eprintln!("{}", crate::domain::text::for_terminal(text));
}

pub fn confirm(question: &str) -> Result<bool> {
    use std::io::{BufRead, IsTerminal, Write};
    if !std::io::stdin().is_terminal() {
        return Ok(false);
    }
    eprint!("{} [y/N] ", crate::domain::text::for_terminal(question));
    std::io::stderr().flush().ok();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Error::Io(e.to_string()))?;
    Ok(matches!(line.trim().to_lowercase().as_str(), "y" | "yes" | "j" | "ja"))
}

/// A follow-up due before today is allowed (catching up on paper notes),
/// but said out loud: it is overdue from the moment it exists.
pub fn warn_if_past(session: &super::Session, due: chrono::NaiveDate) {
    let today = session.store.today();
    if due < today {
        eprintln!(
            "note: the follow-up is due {due}, {} days ago: it shows as overdue",
            (today - due).num_days()
        );
    }
}

/// Another team's (or colleague's) recent contact with a company, said on
/// stderr so the command's own output (and `--json`) stays clean:
/// "Techniek (Joost Mulder) had a call with Café De Ruïne 5 days ago:
/// 'Stageplekken besproken'. Owner: Sanne Bakker."
pub fn tell_recent_contacts(company: &str, owner: Option<&str>, contacts: &[crate::model::teams::RecentContact]) {
    for (n, c) in contacts.iter().enumerate() {
        let who = c.who();
        let when = match c.days_ago {
            0 => "today".to_string(),
            1 => "yesterday".to_string(),
            d => format!("{d} days ago"),
        };
        let note: String = c.summary.chars().take(80).collect();
        let owner = match (n + 1 == contacts.len(), owner) {
            (true, Some(owner)) => format!(" Owner: {owner}."),
            _ => String::new(),
        };
        eprintln!(
            "{}",
            for_terminal(&format!(
                "{who} had {} with {company} {when}: '{}'.{owner}",
                crate::domain::text::with_article(&c.kind.label()),
                crate::domain::text::one_line(&note)
            ))
        );
    }
}
