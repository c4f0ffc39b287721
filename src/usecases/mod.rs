//! Use cases both faces need, written once below the CLI and the TUI: each
//! gathers or changes through the store and hands back model types, so a
//! face only parses what the user typed and shows what comes back.
//!
//! - `company_page`: a company with its health, people, follow-ups,
//!   collaborations and timeline (`kring company show`, the TUI's company
//!   screen, the handover dossier).
//! - `handover`: a colleague leaves; companies and follow-ups move, and the
//!   dossier is written only once the move is committed.
//!
//! Logging an interaction keeps its one rule in `domain::logging`, applied by
//! the store; merge and import are use cases of their own in `store::merge`
//! and `store::import`, since they are one transaction each.

pub mod capture;
pub mod company_page;
pub mod export;
pub mod handover;
pub mod import;
pub mod places;

use crate::store::Store;
use std::path::{Path, PathBuf};

/// Refuse a file to write that is the database, its `-wal`/`-shm`, or one
/// of kring's copies — whichever face asked for it.
pub fn refuse_protected(store: &Store, target: &Path) -> crate::Result<()> {
    let Some(db) = store.path() else { return Ok(()) };
    let mut protected = vec![db.to_path_buf()];
    for suffix in ["-wal", "-shm"] {
        protected.push(PathBuf::from(format!("{}{suffix}", db.display())));
    }
    protected.extend(store.copies()?);
    crate::io::files::refuse_protected(target, &protected)
}
