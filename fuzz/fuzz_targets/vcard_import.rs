//! The vCard reader, bytes to database: decode, unfold, parse the cards and
//! import them into an in-memory database as a dry run. No panics allowed.
#![no_main]

use kring::io::{spreadsheet, vcard};
use kring::store::{Clock, Store};
use libfuzzer_sys::fuzz_target;
use std::cell::RefCell;

thread_local! {
    static STORE: RefCell<Store> = RefCell::new(Store::open_in_memory(Clock::fixed(
        chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
    )).unwrap());
}

fuzz_target!(|data: &[u8]| {
    let (text, _) = spreadsheet::decode(data);
    let Ok(cards) = vcard::parse(&text) else { return };
    let rows: Vec<_> = cards.iter().map(vcard::Card::to_import).collect();
    STORE.with(|store| {
        let _ = store.borrow_mut().import_rows("fuzz.vcf", "vcard", &rows, true, true);
    });
});
