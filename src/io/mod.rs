//! Documents kring writes for people: the handover dossier (later: exports).

pub mod dossier;
