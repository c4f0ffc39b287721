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
    let me = file.me()?;
    let counts = copy_through(file, &mut server, &args.url)?;
    // Who you are on a server is your login: the move linked it to the
    // file's "me" (unless the file already named this login).
    let login = server.session_login().unwrap_or_default().to_string();
    let linked_to = server.staff_by_login(&login)?;
    server.set_actor(linked_to);
    let linked = (linked_to.is_some() && linked_to == me).then_some(login);
    make_read_only(&path)?;
    report(out, &target.to_string(), &counts, linked.as_deref(), &server)
}

/// Rows per table on both sides, as compared after the move.
struct Counts {
    file: Vec<(String, i64)>,
    server: Vec<(String, i64)>,
}

/// The file's export, read by the server's import as it is written. Either
/// side failing ends the other (a closed pipe, a cut-off document), and the
/// import's transaction then leaves the server as it was; the side that
/// failed first gives the error. The file's write lock is held from the
/// moment its copy is taken until the server has committed and the file is
/// marked as moved (or, when anything failed, left as it was): a write
/// another kring process makes meanwhile waits, and is then refused with
/// where the data went.
fn copy_through(file: &mut Store, server: &mut Store, url: &str) -> Result<Counts> {
    let pipe_error = |e: std::io::Error| Error::Io(format!("cannot move the data through a pipe: {e}"));
    let (reader, writer) = std::io::pipe().map_err(pipe_error)?;
    let (verdict, heard) = std::sync::mpsc::channel::<Option<String>>();
    let (counted, counts_heard) = std::sync::mpsc::channel::<Vec<(String, i64)>>();
    let stamp = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    std::thread::scope(|scope| {
        let exporting = scope.spawn(move || {
            let closed = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
            let out = std::io::BufWriter::new(Watched {
                pipe: writer,
                closed: closed.clone(),
            });
            let moved = file.move_out(
                out,
                &stamp,
                |counts| {
                    let _ = counted.send(counts);
                },
                || heard.recv().ok().flatten(),
            );
            (moved, closed.load(std::sync::atomic::Ordering::Relaxed))
        });
        let mut compared = None;
        let imported = server.import_all_checked(reader, |after| {
            // The file's counts were taken in the snapshot it exported.
            let before = counts_heard
                .recv()
                .map_err(|_| Error::Io("the export stopped".into()))?;
            let counts = Counts {
                file: comparable(before),
                server: comparable(after),
            };
            let differs = counts.differing();
            compared = Some(counts);
            match differs.is_empty() {
                true => Ok(()),
                false => Err(Error::Database(format!(
                    "the counts differ after the move for {}; nothing was moved and the file was left as it was",
                    differs.join(", ")
                ))),
            }
        });
        let _ = verdict.send(imported.is_ok().then(|| url.to_string()));
        let (exported, import_gave_up) = exporting
            .join()
            .unwrap_or_else(|_| (Err(Error::Io("the export stopped".into())), false));
        match (exported, imported) {
            (Err(e), _) if !import_gave_up => Err(e),
            (_, Err(e)) => Err(e),
            (Err(e), Ok(_)) => Err(e),
            (Ok(_), Ok(_)) => compared.ok_or_else(|| Error::Database("the move was not compared".into())),
        }
    })
}

impl Counts {
    /// The tables whose rows differ between the two sides.
    fn differing(&self) -> Vec<String> {
        self.file
            .iter()
            .filter(|(table, n)| self.count_on_server(table) != *n)
            .map(|(table, _)| table.clone())
            .collect()
    }

    fn count_on_server(&self, table: &str) -> i64 {
        self.server.iter().find(|(t, _)| t == table).map_or(0, |(_, n)| *n)
    }
}

/// What a move must carry over unchanged: every table but the file's own
/// list of its copies (backups of a file are the file's matter; on a
/// server they are IT's).
fn comparable(counts: Vec<(String, i64)>) -> Vec<(String, i64)> {
    counts.into_iter().filter(|(table, _)| table != "backup_copy").collect()
}

/// The pipe's writing end, noting when the reader has gone (the import
/// stopped first: its error is the one to tell).
struct Watched {
    pipe: std::io::PipeWriter,
    closed: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl std::io::Write for Watched {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pipe.write(buf).inspect_err(|e| {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                self.closed.store(true, std::sync::atomic::Ordering::Relaxed);
            }
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

fn report(out: &Out, target: &str, counts: &Counts, linked: Option<&str>, server: &Store) -> Result<()> {
    let before = &counts.file;
    let unlinked: Vec<String> = server
        .list_staff()?
        .into_iter()
        .filter(|s| s.login.is_none() && s.left_on.is_none())
        .map(|s| s.name)
        .collect();
    let count_on = |table: &str| counts.count_on_server(table);
    if out.json {
        let tables: serde_json::Map<String, serde_json::Value> = before
            .iter()
            .map(|(t, n)| (t.clone(), serde_json::json!({ "file": n, "server": count_on(t) })))
            .collect();
        return out.json_value(&serde_json::json!({
            "database": target, "tables": tables, "linked_login": linked, "staff_without_login": unlinked,
        }));
    }
    out.line(crate::t!("cli-moved-to", target = target.to_string()))?;
    out.line(format!(
        "  {:<20} {:>8} {:>8}",
        crate::t!("cli-col-table"),
        crate::t!("cli-col-file"),
        crate::t!("cli-col-server")
    ))?;
    for (table, n) in before {
        out.line(format!("  {table:<20} {n:>8} {:>8}", count_on(table)))?;
    }
    if let Some(login) = linked {
        out.line(crate::t!("cli-moved-linked", login = login.to_string()))?;
    }
    if !unlinked.is_empty() {
        out.line(crate::t!("cli-moved-unlinked", names = unlinked.join(", ")))?;
    }
    out.line(
        "the file is now read-only and marked as moved (kring refuses to write to it and names the server); \
         from now on use --db with the URL (or set it in ~/.config/kring/config.toml)",
    )
}
