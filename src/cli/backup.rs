//! `kring backup [FILE]` and `kring restore FILE`.

use super::Session;
use crate::store::backup::sibling;
use crate::{Error, Result};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write it (default: kring.backup-DATE-TIME.sqlite beside the database)
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
    let target = match &args.file {
        Some(file) => file.clone(),
        None => sibling(
            session.store.path().unwrap_or(std::path::Path::new("kring.sqlite")),
            "backup",
        ),
    };
    session.store.backup_to(&target)?;
    session.store.record_copy(&target, "backup")?;
    session.out.line(format!("backup written to {}", target.display()))
}

pub fn restore(session: &mut Session, args: &RestoreArgs) -> Result<()> {
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
