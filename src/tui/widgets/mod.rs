//! Reusable pieces: text input, forms, popups.

pub mod activity;
pub mod cursor;
pub mod form;
pub mod id_list;
pub mod popup;
