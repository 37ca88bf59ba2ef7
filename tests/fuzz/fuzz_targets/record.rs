//! Fuzzes what the page and the CLI do with a council asked for and a text set beside the
//! record: the input is split at the byte 0x1E (ASCII record separator) into a search box's
//! words and a text. The words are looked up (`councils::search`, `councils::lookup`,
//! `Record::find`) and the text is read and compared with its council's inspections on record
//! (`compare_with_record`), then rendered. Nothing may panic; a search gives at most what was
//! asked for, and a council found by name is one the search lists.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use ofsted_compare::record::Record;
use ofsted_compare::{compare_with_record, councils, decode, extract, render};

fn record() -> &'static Record {
    static RECORD: OnceLock<Record> = OnceLock::new();
    RECORD.get_or_init(Record::builtin)
}

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(2, |&b| b == 0x1e);
    let (query, _) = decode(parts.next().unwrap_or_default());
    let (text, _) = decode(parts.next().unwrap_or_default());
    let found = councils::search(&query, 8);
    assert!(found.len() <= 8, "a search gave more councils than asked for");
    if let Some(council) = councils::lookup(&query) {
        assert!(councils::search(&query, usize::MAX).iter().any(|c| c.name == council.name), "a council found by name but not by search");
    }
    let _ = record().find(&query);
    let inspection = extract(&text);
    let on_record = inspection.authority_code.as_deref().map_or(&[][..], |code| record().history(code));
    let c = compare_with_record(&inspection, on_record);
    let _ = render::comparison_text(&c);
    let _ = render::comparison_csv(&c);
});
