//! Fuzzes `explain` (after `decode`, as the CLI reads files): it must never panic, every grade
//! word and its passage must quote the input exactly, on character boundaries, the word inside
//! its passage, and a word taken must agree with what `extract` reads.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ofsted_compare::Evidence;

fn quotes(text: &str, e: &Evidence) {
    assert!(e.start <= e.end && e.end <= text.len(), "evidence outside the input");
    assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "evidence off a char boundary");
    assert_eq!(&text[e.start..e.end], e.quote, "evidence quote differs from the input");
}

fuzz_target!(|data: &[u8]| {
    let (text, _) = ofsted_compare::decode(data);
    let words = ofsted_compare::explain(&text);
    for w in &words {
        quotes(&text, &w.word);
        quotes(&text, &w.passage);
        assert!(w.passage.start <= w.word.start && w.word.end <= w.passage.end, "a grade word outside its passage");
    }
    assert!(words.windows(2).all(|p| p[0].word.start <= p[1].word.start), "grade words out of text order");
});
