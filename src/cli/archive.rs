//! `kring export all` and `kring import all`: the whole database as one JSON
//! document and back (see docs/user-guide.md for its layout).

use super::output::Progress;
use super::Session;
use crate::store::Store;
use crate::{Error, Result};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

pub fn export_all(session: &mut Session, output: Option<PathBuf>) -> Result<()> {
    // Counting every table's rows costs a scan of each: only for a progress bar.
    let total = if Progress::wanted() {
        session.store.total_rows()?
    } else {
        0
    };
    let mut progress = Progress::new("exporting", total);
    let stamp = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    // A device or pipe (/dev/stdout, a fifo) is written to directly; a
    // regular file is written beside the target and renamed, so a failed
    // export never leaves half a file under the name asked for.
    let special = output
        .as_ref()
        .is_some_and(|p| std::fs::metadata(p).is_ok_and(|m| !m.is_file()));
    let counts = match &output {
        Some(path) if special => {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(|e| Error::Io(format!("cannot write {}: {e}", path.display())))?;
            let mut writer = BufWriter::new(file);
            let counts = session
                .store
                .export_all(&mut writer, &stamp, &mut |n| progress.update(n))?;
            writer
                .flush()
                .map_err(|e| Error::Io(format!("cannot write {}: {e}", path.display())))?;
            counts
        }
        Some(path) => {
            let partial = path.with_extension("partial");
            let file = std::fs::File::create(&partial)
                .map_err(|e| Error::Io(format!("cannot write {}: {e}", partial.display())))?;
            let mut writer = BufWriter::new(file);
            let counts = session
                .store
                .export_all(&mut writer, &stamp, &mut |n| progress.update(n));
            let flushed = writer
                .into_inner()
                .map_err(|e| Error::Io(e.to_string()))
                .and_then(|f| f.sync_all().map_err(|e| Error::Io(e.to_string())));
            let counts = counts.and_then(|c| flushed.map(|_| c));
            match counts {
                Ok(c) => {
                    std::fs::rename(&partial, path)
                        .map_err(|e| Error::Io(format!("cannot write {}: {e}", path.display())))?;
                    c
                }
                Err(e) => {
                    std::fs::remove_file(&partial).ok();
                    return Err(e);
                }
            }
        }
        None => {
            let stdout = std::io::stdout();
            let mut writer = BufWriter::new(stdout.lock());
            let counts = session
                .store
                .export_all(&mut writer, &stamp, &mut |n| progress.update(n))?;
            writer.flush().map_err(|e| Error::Io(e.to_string()))?;
            counts
        }
    };
    progress.finish();
    if let Some(path) = output {
        let rows: usize = counts.iter().map(|(_, n)| n).sum();
        eprintln!("{rows} rows in {} tables written to {}", counts.len(), path.display());
    }
    Ok(())
}

/// Runs before "me" is set up: the export brings its own staff.
pub fn import_all(store: &mut Store, file: &Path, out: &super::Out) -> Result<()> {
    let reader = std::fs::File::open(file).map_err(|e| Error::Io(format!("cannot read {}: {e}", file.display())))?;
    let counts = store
        .import_all(reader)
        .map_err(|e| Error::invalid(format!("{}: {e}", file.display())))?;
    if out.json {
        let map: serde_json::Map<String, serde_json::Value> =
            counts.iter().map(|(t, n)| (t.clone(), (*n).into())).collect();
        return out.json_value(&map);
    }
    let rows: usize = counts.iter().map(|(_, n)| n).sum();
    out.line(format!(
        "imported {rows} rows into {} tables from {}",
        counts.len(),
        file.display()
    ))
}
