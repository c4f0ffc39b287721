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
    let mut progress = Progress::new(&crate::t!("cli-exporting"), total);
    let stamp = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let counts = match &output {
        // Written privately beside the target and renamed when complete (or
        // straight into a device or pipe), so a failed export never leaves
        // half a file under the name asked for.
        Some(path) => {
            let mut file = crate::io::files::PrivateFile::create(path)?;
            let counts = session
                .store
                .export_all(file.writer(), &stamp, &mut |n| progress.update(n))?;
            file.commit()?;
            counts
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
        let shown = crate::domain::text::for_terminal(&path.display().to_string()).into_owned();
        eprintln!(
            "{}",
            crate::t!("cli-archive-written", rows = rows, tables = counts.len(), path = shown)
        );
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
