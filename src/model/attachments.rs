//! Links to documents: a path or URL attached to one record.

use super::Id;
use serde::Serialize;

/// What a document is attached to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum AttachedTo {
    Company(Id),
    Person(Id),
    /// A collaboration (engagement).
    Collaboration(Id),
    Recognition(Id),
    Meeting(Id),
}

impl AttachedTo {
    /// The column of `attachment` that names it.
    pub fn column(self) -> &'static str {
        match self {
            AttachedTo::Company(_) => "company_id",
            AttachedTo::Person(_) => "person_id",
            AttachedTo::Collaboration(_) => "engagement_id",
            AttachedTo::Recognition(_) => "recognition_id",
            AttachedTo::Meeting(_) => "meeting_id",
        }
    }

    /// The table of what it is attached to, and how a message names it.
    pub fn table(self) -> (&'static str, &'static str) {
        match self {
            AttachedTo::Company(_) => ("company", "company"),
            AttachedTo::Person(_) => ("person", "person"),
            AttachedTo::Collaboration(_) => ("engagement", "collaboration"),
            AttachedTo::Recognition(_) => ("recognition", "recognition"),
            AttachedTo::Meeting(_) => ("meeting", "meeting"),
        }
    }

    pub fn id(self) -> Id {
        match self {
            AttachedTo::Company(id)
            | AttachedTo::Person(id)
            | AttachedTo::Collaboration(id)
            | AttachedTo::Recognition(id)
            | AttachedTo::Meeting(id) => id,
        }
    }
}

/// A link kring keeps (never a copy of the file).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Attachment {
    pub id: Id,
    pub to: AttachedTo,
    /// An absolute path, or a URL.
    pub location: String,
    pub note: Option<String>,
    pub staff: Option<String>,
    /// When it was attached: `YYYY-MM-DD`.
    pub on: String,
    /// A path that no longer names a file (checked when shown; a URL is not fetched).
    pub missing: bool,
}

impl Attachment {
    /// A web address rather than a path.
    pub fn is_url(&self) -> bool {
        is_url(&self.location)
    }
}

/// `https://…`, `http://…`: a link to open in a browser.
pub fn is_url(location: &str) -> bool {
    let lower = location.to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}
