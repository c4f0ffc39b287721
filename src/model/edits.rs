//! Model types of edits: what the store hands out and takes in, independent of SQL.

/// Columns of one record as an editor saw them when it opened: only these
/// are checked when it saves (an editor sends the ones the user changed).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Seen {
    pub values: Vec<(&'static str, Option<String>)>,
}

impl Seen {
    /// The same record, only the named columns.
    pub fn only(&self, columns: &[&str]) -> Seen {
        Seen {
            values: self
                .values
                .iter()
                .filter(|(c, _)| columns.contains(c))
                .cloned()
                .collect(),
        }
    }
}

/// A field someone else changed while it was being edited.
#[derive(Debug, Clone, PartialEq)]
pub struct EditConflict {
    pub column: &'static str,
    pub current: Option<String>,
    pub by: Option<String>,
    pub at: Option<String>,
}

impl EditConflict {
    /// Next to the field in a form: who, and the other value.
    pub fn short(&self) -> String {
        let value = match self.current.as_deref().filter(|v| !v.is_empty()) {
            Some(v) => format!("'{}'", crate::domain::text::one_line(v)),
            None => "empty".into(),
        };
        format!(
            "changed meanwhile by {} to {value}; save again to replace it",
            self.by.as_deref().unwrap_or("someone else")
        )
    }
}

impl std::fmt::Display for EditConflict {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let field = self.column.replace('_', " ");
        let value = match self.current.as_deref().filter(|v| !v.is_empty()) {
            Some(v) => format!("'{}'", crate::domain::text::one_line(v)),
            None => "empty".into(),
        };
        let who = self.by.as_deref().unwrap_or("someone else");
        let when = self.at.as_deref().map(|at| format!(" at {at}")).unwrap_or_default();
        write!(
            f,
            "the {field} was changed by {who}{when} to {value} while you were editing; nothing was saved \
             (your input is kept: save again to replace it with yours)"
        )
    }
}

/// Rows as they were before a delete, to insert again (the TUI's `u`).
#[derive(Debug, Clone)]
pub struct Removed {
    /// `interaction` or `followup`.
    pub entity: &'static str,
    pub id: super::Id,
    /// Each row with its table, parents first.
    pub(crate) rows: Vec<(&'static str, serde_json::Value)>,
    /// Follow-ups that pointed at the interaction (the delete unlinks them).
    pub(crate) relink: Vec<super::Id>,
}
