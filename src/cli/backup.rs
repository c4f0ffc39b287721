//! `kring backup [FILE]` and `kring restore FILE`.

use super::Session;
use crate::store::backup::sibling;
use crate::store::db::Engine;
use crate::{Error, Result};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write it (default: kring.backup-DATE-TIME.sqlite beside the database; on a PostgreSQL database the JSON export, kring.backup-DATE-TIME.json here)
    pub file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A backup made with `kring backup`
    pub file: PathBuf,
    /// Do not ask first
    #[arg(long)]
    pub yes: bool,
}

pub fn backup(session: &mut Session, args: &BackupArgs) -> Result<()> {
    if session.store.engine() == Engine::Postgres {
        return backup_from_server(session, args);
    }
    let target = match &args.file {
        Some(file) => file.clone(),
        None => sibling(
            session.store.path().unwrap_or(std::path::Path::new("kring.sqlite")),
            "backup",
        ),
    };
    session.store.backup_to(&target)?;
    session.store.record_copy(&target, "backup")?;
    session
        .out
        .line(crate::t!("cli-backup-written", path = target.display().to_string()))
}

/// On a server the real backups are IT's (pg_dump, point-in-time
/// recovery); `kring backup` writes the JSON export, which can be read into
/// an empty database with `kring import all`. The same rule as for
/// `kring export all`, which writes the same JSON: any current staff member
/// (every staff login reads every row; docs/team.md says why).
fn backup_from_server(session: &mut Session, args: &BackupArgs) -> Result<()> {
    let target = args.file.clone().unwrap_or_else(|| {
        PathBuf::from(format!(
            "kring.backup-{}.json",
            chrono::Local::now().format("%Y%m%d-%H%M%S")
        ))
    });
    super::archive::export_all(session, Some(target.clone()))?;
    session.out.line(format!(
        "backup written to {} (the whole database as JSON; read it into an empty database with \
         `kring --db URL import all FILE`). The server's own backups are IT's: pg_dump, point-in-time recovery",
        target.display()
    ))
}

pub fn restore(session: &mut Session, args: &RestoreArgs) -> Result<()> {
    if session.store.engine() == Engine::Postgres {
        return Err(Error::invalid(
            "a team database on PostgreSQL is restored by IT, from their pg_dump (pg_restore) or by \
             point-in-time recovery; nothing was changed. A JSON backup made with `kring backup` goes into \
             an empty database with `kring --db URL import all FILE` (see docs/team.md)",
        ));
    }
    if !args.file.is_file() {
        return Err(Error::Io(format!("{} does not exist", args.file.display())));
    }
    if !args.yes
        && !super::output::confirm(&format!(
            "Replace this database with {}? (what it holds now is backed up first)",
            args.file.display()
        ))?
    {
        return Err(Error::invalid("not restored (pass --yes to restore without asking)"));
    }
    let safety = session.store.restore_from(&args.file)?;
    session.out.line(format!(
        "restored from {}; the database as it was is kept in {}",
        args.file.display(),
        safety.display()
    ))
}
