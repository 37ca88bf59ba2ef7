//! Glyphs placed on a PDF's pages turned into lines of text, as `pdf-extract` hands them over in
//! content-stream order: a line break where the text moves down, a space between words, and a
//! column gap (two spaces, which the reader takes as a cell break, as in column-preserving text)
//! where the text jumps right by more than an em on the same line, as it does from a summary
//! table's label to its grade.

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

/// How far right (in ems of the current font) the next word must start to be in another column.
const COLUMN_GAP: f64 = 1.0;
/// The smallest gap (in ems) that separates two words.
const WORD_GAP: f64 = 0.1;

/// Collects a document's text into `out`.
pub struct LayoutText<'a> {
    out: &'a mut String,
    /// Where the last glyph ended, on the page's x axis.
    last_end: f64,
    /// The baseline of the last glyph.
    last_y: f64,
    /// Set at the start of each run of glyphs, the only place a gap can open.
    word_start: bool,
}

impl<'a> LayoutText<'a> {
    /// Text collected into `out`.
    pub fn new(out: &'a mut String) -> LayoutText<'a> {
        LayoutText { out, last_end: 0.0, last_y: 0.0, word_start: false }
    }

    /// What separates a run of glyphs starting at (`x`, `y`) from the text before it.
    fn separator(&self, x: f64, y: f64, em: f64) -> &'static str {
        let down = (y - self.last_y).abs();
        let new_line = down > em * 1.5;
        let back_to_start = x < self.last_end && down > em * 0.5;
        match (new_line, back_to_start) {
            (true, true) => "\n\n",
            (true, false) | (false, true) => "\n",
            _ if x > self.last_end + em * COLUMN_GAP => "  ",
            _ if x > self.last_end + em * WORD_GAP => " ",
            _ => "",
        }
    }
}

impl OutputDev for LayoutText<'_> {
    fn begin_page(&mut self, _: u32, _: &MediaBox, _: Option<(f64, f64, f64, f64)>) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        let (x, y) = (trm.m31, trm.m32);
        // The font's size on the page: the side of the square of the same area as a scaled em.
        let em = (font_size * (trm.m11 + trm.m21) * font_size * (trm.m12 + trm.m22)).abs().sqrt();
        if self.word_start && !self.out.is_empty() {
            let separator = self.separator(x, y, em);
            self.out.push_str(separator);
        }
        self.out.push_str(char);
        self.word_start = false;
        self.last_y = y;
        self.last_end = x + width * em;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.word_start = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}
