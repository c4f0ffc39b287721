//! Model types of audit: what the store hands out and takes in, independent of SQL.

/// One change, as `kring history` shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Change {
    pub at: String,
    pub staff: Option<String>,
    pub entity: String,
    pub entity_id: Option<super::Id>,
    pub action: String,
    pub detail: Option<serde_json::Value>,
}
