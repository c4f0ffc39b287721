//! kring — a terminal CRM for a school's relationships with companies.
//!
//! Layers, and the direction they may depend on each other (see docs/architecture.md):
//! `domain` (pure rules) ← `store` (the only SQL) ← `cli` / `tui` / `demo`.

pub mod cli;
pub mod demo;
pub mod domain;
pub mod error;
pub mod io;
pub mod model;
pub mod store;
pub mod tui;
pub mod usecases;

pub use error::{Error, Result};
