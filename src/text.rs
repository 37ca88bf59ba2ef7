//! The cleaned text cut into words, lines and cells, and phrase matching over words: the shared
//! ground every reading pass works on.

use std::ops::Range;

use crate::model::Evidence;
use crate::normalize::{normalize, Normalized};

/// A word or a punctuation mark of the cleaned text.
#[derive(Clone, Copy, Debug)]
pub struct Token {
    /// Start offset in the cleaned text.
    pub start: u32,
    /// End offset in the cleaned text.
    pub end: u32,
    /// Index of its line.
    pub line: u32,
    /// Hash of its comparison key (lower case, apostrophes dropped, '&' read as "and").
    pub key: u32,
    /// What sort of token it is.
    pub kind: TokenKind,
}

/// The sorts of token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and apostrophes inside them), or "&".
    Word,
    /// Digits.
    Number,
    /// Punctuation that phrases read through: , ( ) ' " : ; - / and the like.
    Soft,
    /// Punctuation that ends a sentence: . ! ?
    Stop,
}

/// A line of the cleaned text.
#[derive(Clone, Debug)]
pub struct Line {
    /// Offsets in the cleaned text, without the line break.
    pub span: Range<usize>,
    /// Its tokens.
    pub tokens: Range<usize>,
    /// Its cells (indices into [`Doc::cells`]).
    pub cells: Range<usize>,
}

/// Part of a line set apart by a tab or a run of two or more spaces, as tables and
/// column-preserving PDF text print their columns.
#[derive(Clone, Debug)]
pub struct Cell {
    /// Offsets in the cleaned text.
    pub span: Range<usize>,
    /// Its tokens.
    pub tokens: Range<usize>,
}

/// A document ready to be read.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The cleaned text and the map back to the input.
    pub norm: Normalized<'a>,
    /// Every token, in order.
    pub tokens: Vec<Token>,
    /// Every line, in order.
    pub lines: Vec<Line>,
    /// Every cell, in order.
    pub cells: Vec<Cell>,
}

impl<'a> Doc<'a> {
    /// Cleans and cuts `input`.
    pub fn new(input: &'a str) -> Doc<'a> {
        let norm = normalize(input);
        let (tokens, lines, cells) = cut(norm.text());
        Doc {
            norm,
            tokens,
            lines,
            cells,
        }
    }

    /// The cleaned text.
    pub fn text(&self) -> &str {
        self.norm.text()
    }

    /// The cleaned text of a token.
    pub fn token_text(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.text()[t.start as usize..t.end as usize]
    }

    /// The cleaned text from the start of token `first` to the end of token `last_exclusive - 1`.
    pub fn tokens_text(&self, range: Range<usize>) -> &str {
        match self.clean_span(range) {
            Some(span) => &self.text()[span],
            None => "",
        }
    }

    /// Offsets in the cleaned text covered by a token range.
    pub fn clean_span(&self, range: Range<usize>) -> Option<Range<usize>> {
        if range.start >= range.end || range.end > self.tokens.len() {
            return None;
        }
        Some(self.tokens[range.start].start as usize..self.tokens[range.end - 1].end as usize)
    }

    /// Evidence quoting the input behind a token range.
    pub fn evidence(&self, range: Range<usize>) -> Option<Evidence> {
        let span = self.clean_span(range)?;
        let orig = self.norm.original_range(span);
        Some(Evidence {
            start: orig.start,
            end: orig.end,
            quote: self.norm.original()[orig.clone()].to_string(),
        })
    }

    /// Whether token `i` is a word whose key is `word` (given lower case, no apostrophes).
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.key == key_hash(word)) && self.key_eq(i, word)
    }

    /// Whether token `i` is one of `words`.
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(i, w))
    }

    fn key_eq(&self, i: usize, word: &str) -> bool {
        let text = self.token_text(i);
        if text == "&" {
            return word == "and";
        }
        key_chars(text).eq(key_chars(word))
    }

    /// Whether tokens `i..` spell `phrase` (soft punctuation in the text is skipped); the end
    /// of the match if so. Matches never run past `limit`.
    pub fn phrase_at(&self, i: usize, phrase: &Phrase, limit: usize) -> Option<usize> {
        let mut t = i;
        for (n, (&h, w)) in phrase.keys.iter().zip(phrase.words()).enumerate() {
            if n > 0 {
                while t < limit && self.tokens[t].kind == TokenKind::Soft {
                    t += 1;
                }
            }
            if t >= limit || self.tokens[t].key != h || !self.key_eq(t, w) {
                return None;
            }
            t += 1;
        }
        Some(t)
    }

    /// Whether the words `seq` (lower case) start at token `i`, soft punctuation skipped and
    /// nothing read at or past `limit`; the end of the match if so.
    pub fn words_at(&self, i: usize, seq: &[&str], limit: usize) -> Option<usize> {
        let mut t = i;
        for (n, w) in seq.iter().enumerate() {
            if n > 0 {
                t = self.skip_soft(t, limit);
            }
            if t >= limit || !self.is(t, w) {
                return None;
            }
            t += 1;
        }
        Some(t)
    }

    /// The next token index at or after `i` that is not soft punctuation, below `limit`.
    pub fn skip_soft(&self, mut i: usize, limit: usize) -> usize {
        while i < limit && self.tokens[i].kind == TokenKind::Soft {
            i += 1;
        }
        i
    }

    /// The index of the line holding token `i`.
    pub fn line_of(&self, i: usize) -> usize {
        self.tokens.get(i).map_or(self.lines.len(), |t| t.line as usize)
    }
}

/// A phrase prepared for matching: its words and their key hashes.
#[derive(Clone, Debug)]
pub struct Phrase {
    text: &'static str,
    keys: Vec<u32>,
}

impl Phrase {
    /// Prepares a phrase written in lower case with words separated by spaces; punctuation in
    /// it is dropped.
    pub fn new(text: &'static str) -> Phrase {
        let keys = split_words(text).map(key_hash).collect();
        Phrase { text, keys }
    }

    /// The phrase as written.
    pub fn text(&self) -> &'static str {
        self.text
    }

    /// Its words.
    pub fn words(&self) -> impl Iterator<Item = &'static str> {
        split_words(self.text)
    }

    /// How many words it has.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether it has no words.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The key hash of its first word.
    pub fn first_key(&self) -> Option<u32> {
        self.keys.first().copied()
    }

    /// The key hashes of its words.
    pub fn keys(&self) -> &[u32] {
        &self.keys
    }
}

fn split_words(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '&'))
        .filter(|w| !w.is_empty())
        .map(|w| if w == "&" { "and" } else { w })
}

/// A set of phrases, each with a value, matched longest first.
#[derive(Debug)]
pub struct PhraseSet<T> {
    entries: Vec<(Phrase, T)>,
    /// Entry indices sorted by first-word key, then by length, longest first.
    by_first: Vec<(u32, usize)>,
}

impl<T> PhraseSet<T> {
    /// Builds a set from phrases and their values.
    pub fn new(items: impl IntoIterator<Item = (&'static str, T)>) -> PhraseSet<T> {
        let entries: Vec<(Phrase, T)> = items
            .into_iter()
            .map(|(p, v)| (Phrase::new(p), v))
            .filter(|(p, _)| !p.is_empty())
            .collect();
        let mut by_first: Vec<(u32, usize)> = entries
            .iter()
            .enumerate()
            .filter_map(|(i, (p, _))| p.first_key().map(|k| (k, i)))
            .collect();
        by_first.sort_by(|a, b| a.0.cmp(&b.0).then(entries[b.1].0.len().cmp(&entries[a.1].0.len())));
        PhraseSet { entries, by_first }
    }

    /// The longest phrase of the set that starts at token `i`: its end and value.
    pub fn longest_at(&self, doc: &Doc<'_>, i: usize, limit: usize) -> Option<(usize, &T)> {
        let key = doc.tokens.get(i)?.key;
        let from = self.by_first.partition_point(|e| e.0 < key);
        self.by_first[from..]
            .iter()
            .take_while(|e| e.0 == key)
            .find_map(|&(_, idx)| {
                let (phrase, value) = &self.entries[idx];
                doc.phrase_at(i, phrase, limit).map(|end| (end, value))
            })
    }

    /// Every phrase of the set that starts at token `i`, longest first.
    pub fn all_at<'s, 'd: 's>(
        &'s self,
        doc: &'s Doc<'d>,
        i: usize,
        limit: usize,
    ) -> impl Iterator<Item = (usize, &'s T)> + 's {
        let key = doc.tokens.get(i).map(|t| t.key);
        let from = key.map_or(self.by_first.len(), |k| self.by_first.partition_point(|e| e.0 < k));
        self.by_first[from..]
            .iter()
            .take_while(move |e| Some(e.0) == key)
            .filter_map(move |&(_, idx)| {
                let (phrase, value) = &self.entries[idx];
                doc.phrase_at(i, phrase, limit).map(|end| (end, value))
            })
    }

    /// Whether some phrase of the set is exactly `words` (a sequence of key hashes).
    pub fn entries(&self) -> impl Iterator<Item = (&Phrase, &T)> {
        self.entries.iter().map(|(p, v)| (p, v))
    }
}

/// The characters of a word's comparison key: lower case, apostrophes dropped.
fn key_chars(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars().filter(|&c| c != '\'').flat_map(char::to_lowercase)
}

/// The hash of a word's comparison key (FNV-1a over its characters).
pub fn key_hash(word: &str) -> u32 {
    if word == "&" {
        return key_hash("and");
    }
    let mut h: u32 = 0x811c_9dc5;
    for c in key_chars(word) {
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    h
}

fn cut(text: &str) -> (Vec<Token>, Vec<Line>, Vec<Cell>) {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut lines = Vec::with_capacity(text.len() / 60 + 1);
    let mut cells = Vec::with_capacity(text.len() / 50 + 1);
    let mut line_start = 0;
    for (line_no, line) in text.split('\n').enumerate() {
        let base = line_start;
        let first_token = tokens.len();
        let first_cell = cells.len();
        let mut cell_start: Option<usize> = None;
        let mut cell_first_token = tokens.len();
        let mut spaces = 0usize;
        let mut iter = line.char_indices().peekable();
        while let Some((at, c)) = iter.next() {
            let gap = c == '\t' || (c == ' ' && spaces >= 1);
            if c == ' ' || c == '\t' {
                spaces += 1;
                if gap {
                    if let Some(s) = cell_start.take() {
                        let end = trim_end(line, s, at);
                        cells.push(Cell {
                            span: base + s..base + end,
                            tokens: cell_first_token..tokens.len(),
                        });
                    }
                }
                continue;
            }
            spaces = 0;
            if cell_start.is_none() {
                cell_start = Some(at);
                cell_first_token = tokens.len();
            }
            let start = at;
            let (end, kind) = if c.is_alphabetic() {
                let mut end = at + c.len_utf8();
                while let Some(&(p, n)) = iter.peek() {
                    let apostrophe_inside = n == '\''
                        && line[p + 1..].chars().next().is_some_and(char::is_alphabetic);
                    if n.is_alphabetic() || n.is_mark() || apostrophe_inside {
                        end = p + n.len_utf8();
                        iter.next();
                    } else {
                        break;
                    }
                }
                (end, TokenKind::Word)
            } else if c.is_numeric() {
                let mut end = at + c.len_utf8();
                while let Some(&(p, n)) = iter.peek() {
                    if n.is_numeric() {
                        end = p + n.len_utf8();
                        iter.next();
                    } else {
                        break;
                    }
                }
                (end, TokenKind::Number)
            } else if c == '&' {
                (at + 1, TokenKind::Word)
            } else if matches!(c, '.' | '!' | '?') {
                (at + 1, TokenKind::Stop)
            } else {
                (at + c.len_utf8(), TokenKind::Soft)
            };
            let word = &line[start..end];
            tokens.push(Token {
                start: (base + start) as u32,
                end: (base + end) as u32,
                line: line_no as u32,
                key: if kind == TokenKind::Soft || kind == TokenKind::Stop { 0 } else { key_hash(word) },
                kind,
            });
        }
        if let Some(s) = cell_start.take() {
            let end = trim_end(line, s, line.len());
            cells.push(Cell {
                span: base + s..base + end,
                tokens: cell_first_token..tokens.len(),
            });
        }
        lines.push(Line {
            span: base..base + line.len(),
            tokens: first_token..tokens.len(),
            cells: first_cell..cells.len(),
        });
        line_start += line.len() + 1;
    }
    (tokens, lines, cells)
}

trait IsMark {
    fn is_mark(self) -> bool;
}

impl IsMark for char {
    /// Combining marks that belong to the letter before them.
    fn is_mark(self) -> bool {
        matches!(self as u32, 0x300..=0x36f | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20ff)
    }
}

fn trim_end(line: &str, start: usize, end: usize) -> usize {
    start + line[start..end].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_numbers_and_punctuation_are_told_apart() {
        let doc = Doc::new("Children\u{2019}s services: board1 & 2.1");
        let texts: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.token_text(i)).collect();
        assert_eq!(texts, ["Children's", "services", ":", "board", "1", "&", "2", ".", "1"]);
        assert!(doc.is(0, "childrens"));
        assert!(doc.is(5, "and"));
        assert_eq!(doc.tokens[7].kind, TokenKind::Stop);
    }

    #[test]
    fn cells_split_on_tabs_and_wide_gaps() {
        let doc = Doc::new("Overall effectiveness      Good\nA\tB two words");
        let cells: Vec<&str> = doc.cells.iter().map(|c| &doc.text()[c.span.clone()]).collect();
        assert_eq!(cells, ["Overall effectiveness", "Good", "A", "B two words"]);
        assert_eq!(doc.lines.len(), 2);
        assert_eq!(doc.lines[1].cells, 2..4);
    }

    #[test]
    fn phrases_match_across_lines_and_commas_longest_first() {
        let doc = Doc::new("Leadership, management and\ngovernance Good");
        let set = PhraseSet::new([
            ("leadership", 1),
            ("leadership management and governance", 2),
        ]);
        let (end, v) = set.longest_at(&doc, 0, doc.tokens.len()).unwrap();
        assert_eq!(*v, 2);
        assert_eq!(doc.token_text(end), "Good");
    }

    #[test]
    fn evidence_quotes_the_original_input() {
        let doc = Doc::new("<b>Overall\u{a0}effectiveness</b>: Good");
        let e = doc.evidence(0..2).unwrap();
        assert_eq!(e.quote, "Overall\u{a0}effectiveness");
    }
}
