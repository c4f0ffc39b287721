//! Reports for people: the school-year ledger, the management report and
//! the sheet a company gets, as Markdown and as one self-contained HTML page
//! with its charts drawn in SVG.

pub mod ledger;
