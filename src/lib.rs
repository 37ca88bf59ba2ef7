//! ofsted-compare reads Ofsted inspections of English councils' children's services from pasted
//! text (reports, news stories, council press releases), finds every graded judgement with the
//! words that prove it, and compares inspections area by area.
//!
//! ```
//! let report = "Inspection of Eastwick local authority children's services\n\
//!     Inspection dates: 4 to 15 March 2024\n\
//!     Judgement\nGrade\n\
//!     The impact of leaders on social work practice with children and families\nGood\n\
//!     The experiences and progress of children who need help and protection\nGood\n\
//!     The experiences and progress of children in care\nRequires improvement to be good\n\
//!     The experiences and progress of care leavers\nGood\n\
//!     Overall effectiveness\nGood\n";
//! let inspection = ofsted_compare::extract(report);
//! assert_eq!(inspection.framework, Some(ofsted_compare::FrameworkId::Ilacs2023));
//! let overall = inspection.judgement(ofsted_compare::Area::Overall).unwrap();
//! assert_eq!(overall.grade, ofsted_compare::Grade::Good);
//! // Evidence quotes the input exactly.
//! let e = &overall.evidence[0];
//! assert_eq!(&report[e.start..e.end], e.quote);
//!
//! let earlier = ofsted_compare::extract("Eastwick Council's children's services were judged inadequate overall by Ofsted in 2019.");
//! let comparison = ofsted_compare::compare(&[earlier, inspection]);
//! assert_eq!(comparison.headline, "Eastwick Council: overall effectiveness improved by two grades, from inadequate to good.");
//! ```
//!
//! # Modules
//!
//! - [`normalize`]: pasted text made plain (HTML and markdown residue, mojibake, quotes, odd
//!   spaces, ligatures), with a map back to the input's offsets.
//! - [`text`]: words, lines and cells; phrase matching on word keys.
//! - [`frameworks`]: the one table of facts about frameworks: titles, areas and every wording
//!   of them, grade words, scales, dates in force, scope notes for comparisons.
//! - [`councils`]: the gazetteer of councils; [`dates`]: dates and inspection spans in text;
//!   [`letters`]: letter classes without Unicode tables.
//! - `detect` (kind, council, dates, framework), `extract` (tables, headings and sentences, then
//!   one judgement per area), `check` (warnings): the reading, behind [`extract()`].
//! - `compare`, behind [`compare()`]: rows per area, steps, notes, headline, warnings.
//! - [`render`]: text, Markdown and CSV for people; [`model`]: every type that crosses a
//!   boundary, whose serde attributes are the JSON contract.
//! - `wasm` (on `wasm32` only): the page's bindings, the only code that knows JavaScript.
//!
//! # Untrusted input
//!
//! Everything pasted is untrusted. [`extract()`] and [`compare()`] accept any input and never
//! panic: text that cannot be read (empty, binary, not English, about a school) gives an
//! inspection with no judgements and a warning saying why. Their work grows linearly with the
//! input. Property tests and a fuzzer back both promises (`tests/robustness.rs`,
//! `tests/fuzz/`), and every input that ever broke them is kept in
//! `tests/fixtures/regressions/`.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod check;
pub mod context;
pub mod councils;
mod csv;
pub mod dates;
mod detect;
mod extract;
pub mod frameworks;
pub mod letters;
pub mod model;
pub mod normalize;
mod order;
pub mod record;
mod spans;
pub mod text;

pub use model::*;

/// Reads the inspection in a pasted text. Never fails and never panics: text that cannot be
/// read gives an inspection with no judgements and a warning saying why.
pub fn extract(text: &str) -> Inspection {
    let mut inspection = extract::inspection(text);
    councils::fill_codes(&mut inspection);
    inspection
}

/// Every grade word of a pasted text, whether a judgement (of this inspection or an earlier
/// one) was read from it, and why: "good" in "good practice" is an ordinary adjective, "good"
/// in "the school was rated good" is another body's grade. Never fails and never panics.
pub fn explain(text: &str) -> Vec<GradeWord> {
    extract::explain(text)
}

mod compare;
pub mod render;

pub use compare::{compare, with_record as compare_with_record};

/// Decodes bytes from a file: UTF-8 when they are, otherwise Windows-1252 (the usual encoding
/// of older text files), with a warning saying so.
pub fn decode(bytes: &[u8]) -> (std::borrow::Cow<'_, str>, Option<Warning>) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), None),
        Err(_) => {
            let text: String = bytes.iter().map(|&b| normalize::windows_1252(b)).collect();
            let warning = Warning {
                code: WarningCode::Decoding,
                message:
                    "The text is not UTF-8, so it was read as Windows-1252; evidence offsets refer to that reading."
                        .to_string(),
            };
            (std::borrow::Cow::Owned(text), Some(warning))
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub mod wasm;
