//! Fuzzes `compare` on texts read by `extract`: the input is split into up to eight texts at
//! the byte 0x1E (ASCII record separator), each is read, and the inspections are compared and
//! rendered in every format. Nothing may panic; every row's steps must match its grades.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ofsted_compare::{compare, decode, extract, render, Change};

fuzz_target!(|data: &[u8]| {
    let inspections: Vec<_> = data
        .split(|&b| b == 0x1e)
        .take(8)
        .map(|part| {
            let (text, _) = decode(part);
            extract(&text)
        })
        .collect();
    for i in &inspections {
        let _ = render::inspection_text(i);
    }
    let c = compare(&inspections);
    for row in &c.rows {
        if let (Some(from), Some(to), Some(steps)) = (row.from, row.to, row.steps) {
            assert_eq!(
                i16::from(steps),
                i16::from(to.level()) - i16::from(from.level()),
                "steps differ from the grades"
            );
        }
        match row.change {
            Change::Improved => assert!(row.steps.is_some_and(|s| s > 0)),
            Change::Declined => assert!(row.steps.is_some_and(|s| s < 0)),
            Change::Same => assert!(row.steps == Some(0)),
            _ => {}
        }
    }
    let _ = render::comparison_text(&c);
    let _ = render::comparison_markdown(&c);
    let _ = render::comparison_csv(&c);
});
