//! ofsted-compare: read Ofsted inspections of council children's services from pasted text.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod check;
pub mod councils;
pub mod dates;
mod detect;
mod extract;
pub mod frameworks;
pub mod letters;
pub mod model;
pub mod normalize;
mod order;
pub mod text;

pub use model::*;

/// Reads the inspection in a pasted text. Never fails and never panics: text that cannot be
/// read gives an inspection with no judgements and a warning saying why.
pub fn extract(text: &str) -> Inspection {
    extract::inspection(text)
}

mod compare;
pub mod render;

pub use compare::compare;

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
