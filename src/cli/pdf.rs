//! The text layer of a PDF, read natively with the `pdf-extract` crate, then handed to the
//! reader like pasted text (evidence offsets refer to this text).
//!
//! `pdf-extract` and the `lopdf` parser under it can panic on malformed files. Their panics are
//! contained here and reported as an unreadable PDF; while they run, the panic hook stays quiet
//! so that standard error carries only the one sentence the command line prints.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use pdf_extract::Document;

use super::pdf_layout::LayoutText;

/// Why a PDF gave no text.
#[derive(Debug, PartialEq, Eq)]
pub enum PdfProblem {
    /// It stops before the end a PDF has (`%%EOF`) and could not be read.
    CutShort,
    /// It could not be read: damaged, or built in a way the PDF reader does not follow.
    Unreadable,
    /// It opens only with a password.
    Password,
    /// It holds no text, only pictures of pages (a scan).
    NoText,
}

impl PdfProblem {
    /// One plain sentence about the file `name`.
    pub fn sentence(&self, name: &str) -> String {
        match self {
            PdfProblem::CutShort => {
                format!("{name} is an incomplete PDF (the file is cut short), so its text cannot be read; download it again.")
            }
            PdfProblem::Unreadable => format!(
                "{name} could not be read as a PDF: it is damaged, or built in a way this reader does not follow."
            ),
            PdfProblem::Password => {
                format!("{name} is a PDF protected by a password, so its text cannot be read; remove the password first.")
            }
            PdfProblem::NoText => format!(
                "{name} is a PDF with no text layer (a scan, pictures of pages only): it needs OCR (text recognition) first."
            ),
        }
    }
}

/// The text of every page of the PDF in `bytes`, in page order.
pub fn text(bytes: &[u8]) -> Result<String, PdfProblem> {
    let read = contain_panics(|| read_text(bytes)).unwrap_or(Err(PdfProblem::Unreadable));
    match read {
        Err(PdfProblem::Unreadable) if !ends_like_a_pdf(bytes) => Err(PdfProblem::CutShort),
        Ok(text) if !text.chars().any(char::is_alphabetic) => Err(PdfProblem::NoText),
        other => other,
    }
}

fn read_text(bytes: &[u8]) -> Result<String, PdfProblem> {
    let document = Document::load_mem(bytes).map_err(|_| PdfProblem::Unreadable)?;
    // A PDF encrypted only against printing or copying opens with the empty password, and the
    // parser then drops its /Encrypt entry; one that keeps it needs a password.
    if document.trailer.get(b"Encrypt").is_ok() {
        return Err(PdfProblem::Password);
    }
    let mut text = String::new();
    let mut output = LayoutText::new(&mut text);
    pdf_extract::output_doc(&document, &mut output).map_err(|_| PdfProblem::Unreadable)?;
    Ok(text)
}

/// Whether the file's last kilobyte holds the end-of-file marker every complete PDF has.
fn ends_like_a_pdf(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    tail.windows(5).any(|w| w == b"%%EOF")
}

thread_local! {
    /// Set while third-party PDF code runs on this thread, so that its panics pass silently.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`, turning a panic inside it into `None` without a word on standard error.
fn contain_panics<T>(f: impl FnOnce() -> T) -> Option<T> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                default(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    result.ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_is_contained_and_the_hook_stays_quiet_only_inside() {
        assert_eq!(contain_panics(|| 7), Some(7));
        assert_eq!(contain_panics(|| -> u8 { panic!("third-party failure") }), None);
        assert!(!QUIET.with(Cell::get));
    }

    fn fixture(name: &str) -> Vec<u8> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf").join(name);
        std::fs::read(path).expect("PDF fixture")
    }

    #[test]
    fn a_panic_inside_the_pdf_crates_is_an_unreadable_pdf() {
        let bytes = fixture("no_font.pdf");
        assert!(panic::catch_unwind(|| read_text(&bytes)).is_err(), "the fixture no longer makes pdf-extract panic");
        assert_eq!(text(&bytes), Err(PdfProblem::Unreadable));
    }

    #[test]
    fn a_damaged_copy_of_a_pdf_never_panics_out() {
        let good = fixture("sif_2014.pdf");
        assert!(text(&good).is_ok());
        for cut in (0..good.len()).step_by(97) {
            let _ = text(&good[..cut]);
        }
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..200 {
            let mut bytes = good.clone();
            for _ in 0..8 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let at = (seed % bytes.len() as u64) as usize;
                bytes[at] = (seed >> 32) as u8;
            }
            let _ = text(&bytes);
        }
    }

    #[test]
    fn bytes_that_are_not_a_pdf_are_unreadable_or_cut_short() {
        assert_eq!(text(b"%PDF-1.4\nnot really\n%%EOF\n"), Err(PdfProblem::Unreadable));
        assert_eq!(text(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog"), Err(PdfProblem::CutShort));
    }

    #[test]
    fn every_problem_names_the_file_in_one_sentence() {
        for p in [PdfProblem::CutShort, PdfProblem::Unreadable, PdfProblem::Password, PdfProblem::NoText] {
            let s = p.sentence("a/report.pdf");
            assert!(s.starts_with("a/report.pdf "), "{s}");
            assert!(s.ends_with('.') && !s.contains('\n'), "{s}");
        }
    }
}
