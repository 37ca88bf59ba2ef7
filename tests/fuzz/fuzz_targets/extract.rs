//! Fuzzes `extract` (and `decode`, as the CLI reads files): it must never panic, and every
//! judgement it reports must quote the input exactly, on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (text, _) = ofsted_compare::decode(data);
    let inspection = ofsted_compare::extract(&text);
    for j in inspection.judgements.iter().chain(&inspection.previous) {
        assert!(!j.evidence.is_empty(), "a grade reported without evidence");
        for e in &j.evidence {
            assert!(e.start <= e.end && e.end <= text.len(), "evidence outside the input");
            assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "evidence off a char boundary");
            assert_eq!(&text[e.start..e.end], e.quote, "evidence quote differs from the input");
        }
        assert_eq!(j.level, j.grade.level());
    }
});
