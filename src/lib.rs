//! kring — a terminal CRM for a school's relationships with companies.
//!
//! Layers, and the direction they may depend on each other (see docs/architecture.md):
//! `domain` (pure rules) and `model` (plain data) ← `io` (files) ← `store` (the only
//! SQL) ← `usecases` ← `cli` / `tui` / `demo`. In the TUI only `tui::runner` reaches
//! the store: the app's update returns effects and the runner carries them out.

pub mod cli;
pub mod demo;
pub mod domain;
pub mod error;
pub mod io;
pub mod l10n;
pub mod model;
pub mod store;
pub mod tui;
pub mod usecases;

pub use error::{Error, Result};
