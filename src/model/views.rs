//! Saved views as Today shows them.

use serde::Serialize;

/// A saved view that has something to show, and how many rows.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ViewCount {
    pub name: String,
    pub count: u64,
    /// The arguments after `kring`, to run it.
    pub command: Vec<String>,
}
