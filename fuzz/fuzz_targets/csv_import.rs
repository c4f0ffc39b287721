//! The CSV importer, bytes to database: read the sheet (encoding, separator,
//! headers, cells), turn rows into import rows, and import them into an
//! in-memory database as a dry run. It may refuse the input; it must not panic.
#![no_main]

use kring::io::spreadsheet;
use kring::store::{Clock, Store};
use libfuzzer_sys::fuzz_target;
use std::cell::RefCell;

thread_local! {
    static STORE: RefCell<Store> = RefCell::new(Store::open_in_memory(Clock::fixed(
        chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    )).unwrap());
}

fuzz_target!(|data: &[u8]| {
    let Ok(sheet) = spreadsheet::read(data) else { return };
    let rows: Vec<_> = sheet.rows.iter().map(|row| row.to_import(true)).collect();
    STORE.with(|store| {
        let mut store = store.borrow_mut();
        let _ = store.import_rows("fuzz.csv", "csv", &rows, true, false);
        let _ = store.import_rows("fuzz.csv", "csv", &rows, true, true);
    });
});
