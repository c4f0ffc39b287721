//! `kring migrate-to URL`: move a team from its file to a PostgreSQL server.
//!
//! The whole file (every table, history, import logs and id counters) goes
//! into an empty database in one transaction, as `kring export all` and
//! `kring import all` would carry it, streamed through a pipe (nothing of
//! it lands on disk on the way, whatever happens); the counts per table are compared;
//! whoever runs it is linked to their login; the file is made read-only so
//! nobody goes on writing to the old copy.

use super::Out;
use crate::domain::location::{self, Location};
use crate::store::{Clock, Store};
use crate::{Error, Result};
use clap::Args;

#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// The PostgreSQL database to move into (empty, or without kring's schema yet)
    pub url: String,
}

pub fn run(file: &mut Store, args: &MigrateArgs, clock: Clock, out: &Out) -> Result<()> {
    let Some(path) = file.path().map(|p| p.to_path_buf()) else {
        return Err(Error::invalid(
            "migrate-to moves a database file; --db names a server already",
        ));
    };
    let Location::Postgres(target) = location::parse(&args.url).map_err(|e| Error::invalid(e.to_string()))? else {
        return Err(Error::invalid(format!(
            "'{}' is not a PostgreSQL URL (postgresql://user@host/database)",
            args.url
        )));
    };
    let mut server = Store::connect(&target, clock, true)?;
    let before = file.table_counts()?;
    copy_through(file, &mut server)?;
    let after = server.table_counts()?;
    let me = file.me()?;
    let linked = match (me, server.session_login().map(str::to_string)) {
        (Some(me), Some(login)) if server.staff_by_login(&login)?.is_none() => {
            server.link_login(me, Some(&login))?;
            Some(login)
        }
        _ => None,
    };
    make_read_only(&path)?;
    report(out, &target.to_string(), &before, &after, linked.as_deref(), &server)
}

/// The file's export, read by the server's import as it is written. Either
/// side failing ends the other (a closed pipe, a cut-off document), and the
/// import's transaction then leaves the server as it was; the side that
/// failed first gives the error.
fn copy_through(file: &mut Store, server: &mut Store) -> Result<()> {
    let pipe_error = |e: std::io::Error| Error::Io(format!("cannot move the data through a pipe: {e}"));
    let (reader, writer) = std::io::pipe().map_err(pipe_error)?;
    let stamp = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    std::thread::scope(|scope| {
        let exporting = scope.spawn(move || {
            let mut out = std::io::BufWriter::new(Watched {
                pipe: writer,
                closed: false,
            });
            let exported = file
                .export_all(&mut out, &stamp, &mut |_| {})
                .and_then(|_| std::io::Write::flush(&mut out).map_err(pipe_error));
            (exported, out.get_ref().closed)
        });
        let imported = server.import_all(reader);
        let (exported, import_gave_up) = exporting
            .join()
            .unwrap_or_else(|_| (Err(Error::Io("the export stopped".into())), false));
        match (exported, imported) {
            (Err(e), _) if !import_gave_up => Err(e),
            (_, imported) => imported.map(|_| ()),
        }
    })
}

/// The pipe's writing end, noting when the reader has gone (the import
/// stopped first: its error is the one to tell).
struct Watched {
    pipe: std::io::PipeWriter,
    closed: bool,
}

impl std::io::Write for Watched {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pipe.write(buf).inspect_err(|e| {
            self.closed |= e.kind() == std::io::ErrorKind::BrokenPipe;
        })
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.pipe.flush()
    }
}

/// Nobody goes on writing to the old copy by mistake; the owner can undo
/// it with chmod if they must.
fn make_read_only(path: &std::path::Path) -> Result<()> {
    let mut permissions = std::fs::metadata(path)
        .map_err(|e| Error::Io(format!("{}: {e}", path.display())))?
        .permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(path, permissions).map_err(|e| Error::Io(format!("{}: {e}", path.display())))
}

fn report(
    out: &Out,
    target: &str,
    before: &[(String, i64)],
    after: &[(String, i64)],
    linked: Option<&str>,
    server: &Store,
) -> Result<()> {
    let unlinked: Vec<String> = server
        .list_staff()?
        .into_iter()
        .filter(|s| s.login.is_none() && s.left_on.is_none())
        .map(|s| s.name)
        .collect();
    let count_on = |table: &str| after.iter().find(|(t, _)| t == table).map_or(0, |(_, n)| *n);
    let differs: Vec<&str> = before
        .iter()
        .filter(|(t, n)| count_on(t) != *n)
        .map(|(t, _)| t.as_str())
        .collect();
    if !differs.is_empty() {
        return Err(Error::Database(format!(
            "the counts differ after the move for {}; the file was left as it was",
            differs.join(", ")
        )));
    }
    if out.json {
        let tables: serde_json::Map<String, serde_json::Value> = before
            .iter()
            .map(|(t, n)| (t.clone(), serde_json::json!({ "file": n, "server": count_on(t) })))
            .collect();
        return out.json_value(&serde_json::json!({
            "database": target, "tables": tables, "linked_login": linked, "staff_without_login": unlinked,
        }));
    }
    out.line(format!("moved to {target}:"))?;
    out.line(format!("  {:<20} {:>8} {:>8}", "table", "file", "server"))?;
    for (table, n) in before {
        out.line(format!("  {table:<20} {n:>8} {:>8}", count_on(table)))?;
    }
    if let Some(login) = linked {
        out.line(format!("you are linked to the login '{login}'"))?;
    }
    if !unlinked.is_empty() {
        out.line(format!(
            "staff without a login yet (link each with `kring --db URL staff link NAME --login ROLE`): {}",
            unlinked.join(", ")
        ))?;
    }
    out.line("the file is now read-only; from now on use --db with the URL (or set it in ~/.config/kring/config.toml)")
}
