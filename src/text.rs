//! The cleaned text cut into words, lines and cells, and phrase matching over words: the shared
//! ground every reading pass works on.
//!
//! The few functions called once per token are inlined by force in native builds only: the
//! page's wasm is built for size, and there the compiler decides.

use std::ops::Range;
use std::sync::OnceLock;

use crate::model::Evidence;
use crate::normalize::{normalize, Normalized};

/// The 64-bit hash of a word's comparison key. Words are compared by key alone: at 64 bits two
/// different words never meet in practice, and comparing integers keeps reading fast.
pub type Key = u64;

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
    pub key: Key,
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
    /// Every date in the cleaned text, found once when first asked for.
    dates: std::cell::OnceCell<Vec<crate::dates::Found>>,
    /// Dates of the ranges last asked about (most texts ask about a few; texts dense with
    /// grades ask about the same sentence many times).
    recent_dates: std::cell::RefCell<Vec<(Range<usize>, Vec<crate::dates::Found>)>>,
}

impl<'a> Doc<'a> {
    /// Cleans and cuts `input`.
    pub fn new(input: &'a str) -> Doc<'a> {
        let norm = normalize(input);
        let (tokens, lines, cells) = cut(norm.text());
        Doc { norm, tokens, lines, cells, dates: std::cell::OnceCell::new(), recent_dates: Default::default() }
    }

    /// The cleaned text.
    pub fn text(&self) -> &str {
        self.norm.text()
    }

    /// The index of the first token that starts at or after byte `offset` of the cleaned text
    /// (the token a date found at that offset begins with).
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| (t.start as usize) < offset)
    }

    /// The dates in a range of tokens (offsets of the cleaned text). The last few ranges asked
    /// about are remembered, so that many questions about one sentence read it once.
    pub fn dates_in(&self, tokens: Range<usize>) -> Vec<crate::dates::Found> {
        /// Ranges remembered.
        const REMEMBERED: usize = 16;
        let Some(span) = self.clean_span(tokens) else { return Vec::new() };
        if let Some((_, found)) = self.recent_dates.borrow().iter().find(|(r, _)| *r == span) {
            return found.clone();
        }
        let mut found = crate::dates::find_dates(&self.text()[span.clone()]);
        for d in &mut found {
            d.start += span.start;
            d.end += span.start;
        }
        let mut recent = self.recent_dates.borrow_mut();
        if recent.len() >= REMEMBERED {
            recent.remove(0);
        }
        recent.push((span, found.clone()));
        found
    }

    /// Every date in the text (offsets of the cleaned text).
    pub fn all_dates(&self) -> &[crate::dates::Found] {
        self.dates.get_or_init(|| dates_near_digits(self.text()))
    }

    /// The cleaned text of a token.
    pub fn token_text(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.text()[t.start as usize..t.end as usize]
    }

    /// Whether token `i` starts with a capital letter.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn starts_capital(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else { return false };
        match self.text().as_bytes()[t.start as usize] {
            b if b.is_ascii() => b.is_ascii_uppercase(),
            _ => crate::letters::starts_capital(self.token_text(i)),
        }
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
        Some(Evidence { start: orig.start, end: orig.end, quote: self.norm.original()[orig.clone()].to_string() })
    }

    /// Whether token `i` is a word whose key is `word` (given lower case, no apostrophes).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.key == key_hash(word))
    }

    /// Whether token `i` is one of `words`.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let Some(t) = self.tokens.get(i) else { return false };
        // A plain loop, which the compiler unrolls over words written in the code and hashes
        // when compiling.
        for w in words {
            if t.key == key_hash(w) {
                return true;
            }
        }
        false
    }

    /// Whether token `i` is one of the words of a [`WordList`].
    #[inline]
    pub fn in_list(&self, i: usize, list: &WordList) -> bool {
        self.tokens.get(i).is_some_and(|t| list.has(t.key))
    }

    /// Whether tokens `i..` spell `phrase` (soft punctuation in the text is skipped); the end
    /// of the match if so. Matches never run past `limit`.
    pub fn phrase_at(&self, i: usize, phrase: &Phrase, limit: usize) -> Option<usize> {
        let mut t = i;
        for (n, &h) in phrase.keys.iter().enumerate() {
            if n > 0 {
                while t < limit && self.tokens[t].kind == TokenKind::Soft {
                    t += 1;
                }
            }
            if t >= limit || self.tokens[t].key != h {
                return None;
            }
            t += 1;
        }
        Some(t)
    }

    /// Whether the words `seq` (lower case) start at token `i`, soft punctuation skipped and
    /// nothing read at or past `limit`; the end of the match if so. (Each word is hashed where
    /// it is compared, as [`Doc::is_any`] does: asked of every token of a clause for every
    /// grade in it, hashing the words into a list first was most of the reading's work.)
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn words_at(&self, i: usize, seq: &[&str], limit: usize) -> Option<usize> {
        let mut t = i;
        for (n, w) in seq.iter().enumerate() {
            if n > 0 {
                t = self.skip_soft(t, limit);
            }
            if t >= limit || self.tokens[t].key != key_hash(w) {
                return None;
            }
            t += 1;
        }
        Some(t)
    }

    /// [`Doc::words_at`] for words already hashed.
    pub fn keys_at(&self, i: usize, keys: &[Key], limit: usize) -> Option<usize> {
        let mut t = i;
        for (n, &k) in keys.iter().enumerate() {
            if n > 0 {
                t = self.skip_soft(t, limit);
            }
            if t >= limit || self.tokens[t].key != k {
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

/// Every date in `text`, read only around its figures: a date always has one (a day or a
/// year), and reading the long stretches of prose between them is most of the work.
fn dates_near_digits(text: &str) -> Vec<crate::dates::Found> {
    /// How far before a figure a date can start ("Wednesday, 30 September") and after it end.
    const BEFORE: usize = 48;
    const AFTER: usize = 24;
    let bytes = text.as_bytes();
    let mut windows: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
        // Widen to whole words, on character boundaries.
        let mut from = i.saturating_sub(BEFORE);
        while from > 0 && !(bytes[from - 1] == b' ' || bytes[from - 1] == b'\n') {
            from -= 1;
        }
        let mut to = (end + AFTER).min(bytes.len());
        while to < bytes.len() && !(bytes[to] == b' ' || bytes[to] == b'\n') {
            to += 1;
        }
        match windows.last_mut() {
            Some(last) if from <= last.end => last.end = last.end.max(to),
            _ => windows.push(from..to),
        }
        i = end;
    }
    let mut out = Vec::new();
    for w in windows {
        for mut found in crate::dates::find_dates(&text[w.clone()]) {
            found.start += w.start;
            found.end += w.start;
            out.push(found);
        }
    }
    out
}

/// A phrase prepared for matching: its words and their key hashes.
#[derive(Clone, Debug)]
pub struct Phrase {
    text: &'static str,
    keys: Vec<Key>,
}

impl Phrase {
    /// Prepares a phrase written in lower case with words separated by spaces; punctuation in
    /// it is dropped.
    pub fn new(text: &'static str) -> Phrase {
        Phrase { text, keys: split_words(text).map(key_hash).collect() }
    }

    /// The phrase as written.
    pub fn text(&self) -> &'static str {
        self.text
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
    pub fn first_key(&self) -> Option<Key> {
        self.keys.first().copied()
    }

    /// The key hashes of its words.
    pub fn keys(&self) -> &[Key] {
        &self.keys
    }
}

fn split_words(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.split(|c: char| !(crate::letters::is_alphanumeric(c) || c == '\'' || c == '&')).filter(|w| !w.is_empty()).map(
        |w| {
            if w == "&" {
                "and"
            } else {
                w
            }
        },
    )
}

/// Words (u64 bitmap cells) of a [`KeyFilter`].
const FILTER_WORDS: usize = 256;

/// A bitmap over key hashes (one bit per low 14 bits of a key): one load answers "certainly
/// not one of these words" for most tokens of a text.
#[derive(Debug, Clone)]
pub struct KeyFilter {
    bits: Box<[u64; FILTER_WORDS]>,
}

impl KeyFilter {
    /// A filter of the given keys.
    pub fn of(keys: impl IntoIterator<Item = Key>) -> KeyFilter {
        let mut filter = KeyFilter { bits: Box::new([0; FILTER_WORDS]) };
        for key in keys {
            filter.insert(key);
        }
        filter
    }

    /// Adds a key.
    pub fn insert(&mut self, key: Key) {
        self.bits[(key as usize >> 6) % FILTER_WORDS] |= 1 << (key & 63);
    }

    /// Whether the key may have been added (never false for one that was).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn may_contain(&self, key: Key) -> bool {
        self.bits[(key as usize >> 6) % FILTER_WORDS] & (1 << (key & 63)) != 0
    }
}

/// One key for two words in a row, for filters over word pairs.
pub fn pair_key(first: Key, second: Key) -> Key {
    first.rotate_left(17) ^ second
}

/// A set of phrases, each with a value, matched longest first. The matching is
/// [`PhraseIndex`]'s, which is not generic: one copy of its code serves every kind of value.
#[derive(Debug)]
pub struct PhraseSet<T> {
    index: PhraseIndex,
    /// The value of each phrase of the index, in its order.
    values: Vec<T>,
}

impl<T> PhraseSet<T> {
    /// Builds a set from phrases and their values.
    pub fn new(items: impl IntoIterator<Item = (&'static str, T)>) -> PhraseSet<T> {
        let (phrases, values): (Vec<&'static str>, Vec<T>) = items.into_iter().unzip();
        let (index, kept) = PhraseIndex::new(&phrases);
        let values = values.into_iter().zip(kept).filter_map(|(v, keep)| keep.then_some(v)).collect();
        PhraseSet { index, values }
    }

    /// The longest phrase of the set that starts at token `i`: its end and value.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn longest_at(&self, doc: &Doc<'_>, i: usize, limit: usize) -> Option<(usize, &T)> {
        let (end, k) = self.index.longest_at(doc, i, limit)?;
        Some((end, &self.values[k]))
    }

    /// Every phrase of the set that starts at token `i`, longest first.
    pub fn all_at<'s, 'd: 's>(
        &'s self,
        doc: &'s Doc<'d>,
        i: usize,
        limit: usize,
    ) -> impl Iterator<Item = (usize, &'s T)> + 's {
        self.index.all_at(doc, i, limit).map(move |(end, k)| (end, &self.values[k]))
    }

    /// Every phrase of the set with its value, in the order given to [`PhraseSet::new`].
    pub fn entries(&self) -> impl Iterator<Item = (&Phrase, &T)> {
        self.index.phrases.iter().zip(&self.values)
    }
}

/// Phrases indexed for matching at a token: the part of a [`PhraseSet`] that does not depend
/// on its values.
#[derive(Debug)]
pub struct PhraseIndex {
    phrases: Vec<Phrase>,
    /// (first-word key, second-word key or 0 for one word, phrase index), sorted by the first
    /// key, then by length, longest first.
    by_first: Vec<(Key, Key, usize)>,
    /// Every first-word key: most tokens start no phrase.
    firsts: KeyFilter,
    /// The first two words of phrases whose first word begins no one-word phrase: most "the"
    /// in a text starts none of the phrases that begin with "the".
    pairs: KeyFilter,
    /// First words that are a one-word phrase.
    singles: KeyFilter,
}

impl PhraseIndex {
    /// Indexes phrases; with the index, whether each phrase was kept (an empty one is not).
    fn new(texts: &[&'static str]) -> (PhraseIndex, Vec<bool>) {
        let all: Vec<Phrase> = texts.iter().map(|t| Phrase::new(t)).collect();
        let kept: Vec<bool> = all.iter().map(|p| !p.is_empty()).collect();
        let phrases: Vec<Phrase> = all.into_iter().filter(|p| !p.is_empty()).collect();
        let mut by_first: Vec<(Key, Key, usize)> = phrases
            .iter()
            .enumerate()
            .filter_map(|(i, p)| p.first_key().map(|k| (k, p.keys().get(1).copied().unwrap_or(0), i)))
            .collect();
        crate::order::sort_by_key(&mut by_first, |&(key, _, i)| (key, std::cmp::Reverse(phrases[i].len())));
        let mut firsts = KeyFilter::of([]);
        let mut pairs = KeyFilter::of([]);
        let mut singles = KeyFilter::of([]);
        for phrase in &phrases {
            let keys = phrase.keys();
            firsts.insert(keys[0]);
            match keys.get(1) {
                Some(&second) => pairs.insert(pair_key(keys[0], second)),
                None => singles.insert(keys[0]),
            }
        }
        (PhraseIndex { phrases, by_first, firsts, pairs, singles }, kept)
    }

    /// The longest phrase that starts at token `i`: its end and index.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn longest_at(&self, doc: &Doc<'_>, i: usize, limit: usize) -> Option<(usize, usize)> {
        let key = doc.tokens.get(i)?.key;
        if !self.firsts.may_contain(key) {
            return None;
        }
        self.longest_at_slow(doc, i, limit, key)
    }

    /// [`PhraseIndex::longest_at`] for a token whose word begins some phrase.
    #[inline(never)]
    fn longest_at_slow(&self, doc: &Doc<'_>, i: usize, limit: usize, key: Key) -> Option<(usize, usize)> {
        let second = doc.skip_soft(i + 1, limit);
        let second_key = (second < limit).then(|| doc.tokens[second].key);
        if !self.singles.may_contain(key) && !second_key.is_some_and(|k| self.pairs.may_contain(pair_key(key, k))) {
            return None;
        }
        let from = self.by_first.partition_point(|e| e.0 < key);
        // A phrase of two words or more whose second word is not the text's is passed over
        // without reading it.
        self.by_first[from..]
            .iter()
            .take_while(|e| e.0 == key)
            .filter(|e| e.1 == 0 || Some(e.1) == second_key)
            .find_map(|&(_, _, k)| doc.phrase_at(i, &self.phrases[k], limit).map(|end| (end, k)))
    }

    /// Every phrase that starts at token `i`, longest first: its end and index.
    fn all_at<'s, 'd: 's>(
        &'s self,
        doc: &'s Doc<'d>,
        i: usize,
        limit: usize,
    ) -> impl Iterator<Item = (usize, usize)> + 's {
        let key = doc.tokens.get(i).map(|t| t.key);
        let from = key.map_or(self.by_first.len(), |k| self.by_first.partition_point(|e| e.0 < k));
        self.by_first[from..]
            .iter()
            .take_while(move |e| Some(e.0) == key)
            .filter_map(move |&(_, _, k)| doc.phrase_at(i, &self.phrases[k], limit).map(|end| (end, k)))
    }
}

/// A fixed list of lower-case ASCII words whose key hashes are worked out on first use: the
/// cheap way to ask "is this token one of these words?" on every token of a long text. Build
/// one with [`word_list!`](crate::word_list) as a `static` (the hashes are kept in it; they
/// are not in the binary, where they would cost as much as the words and compress not at all).
///
/// The words are kept as one string, a word to a line, which costs a byte a word where a slice
/// of strings costs eight bytes of pointers that do not compress.
#[derive(Debug)]
pub struct WordList {
    words: &'static str,
    keys: OnceLock<(KeyFilter, Vec<Key>)>,
}

impl WordList {
    /// A list of words, a word to a line ([`word_list!`](crate::word_list) writes it so).
    pub const fn new(words: &'static str) -> WordList {
        WordList { words, keys: OnceLock::new() }
    }

    /// The words.
    pub fn words(&self) -> impl Iterator<Item = &'static str> {
        self.words.split('\n').filter(|w| !w.is_empty())
    }

    /// Whether a key is one of the words'.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn has(&self, key: Key) -> bool {
        let (filter, keys) = self.hashed();
        filter.may_contain(key) && keys.contains(&key)
    }

    /// The words' key hashes, worked out once, and their filter.
    fn hashed(&self) -> &(KeyFilter, Vec<Key>) {
        self.keys.get_or_init(|| {
            let keys: Vec<Key> = self.words().map(key_hash).collect();
            (KeyFilter::of(keys.iter().copied()), keys)
        })
    }
}

/// Builds a [`WordList`] static: `static VERBS: WordList = word_list!["is", "are"];`.
#[macro_export]
macro_rules! word_list {
    ($($w:literal),* $(,)?) => {
        $crate::text::WordList::new(concat!($($w, "\n"),*))
    };
}

/// A [`WordList`] written where it is asked about: `doc.in_list(i, words!["when", "if"])`. Each
/// use is its own static, hashed on first use.
#[macro_export]
macro_rules! words {
    ($($w:literal),* $(,)?) => {{
        static LIST: $crate::text::WordList = $crate::word_list![$($w),*];
        &LIST
    }};
}

/// The characters of a word's comparison key: lower case, apostrophes dropped.
fn key_chars(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars().filter(|&c| c != '\'').map(crate::letters::lower_char)
}

const FNV_OFFSET: Key = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: Key = 0x0000_0100_0000_01b3;

/// The hash of a word's comparison key (FNV-1a over its characters). Inlined, so that the
/// hash of a word written in the code is worked out when compiling.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn key_hash(word: &str) -> Key {
    if !word.is_ascii() {
        return key_hash_unicode(word);
    }
    if word == "&" {
        return key_hash("and");
    }
    let mut h: Key = FNV_OFFSET;
    for b in word.bytes() {
        if b != b'\'' {
            h ^= Key::from(b.to_ascii_lowercase());
            h = h.wrapping_mul(FNV_PRIME);
        }
    }
    h
}

/// [`key_hash`] for words with letters beyond ASCII.
#[inline(never)]
fn key_hash_unicode(word: &str) -> Key {
    let mut h: Key = FNV_OFFSET;
    for c in key_chars(word) {
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            h ^= Key::from(b);
            h = h.wrapping_mul(FNV_PRIME);
        }
    }
    h
}

/// Cuts the cleaned text into tokens, lines and cells in one pass over its bytes.
fn cut(text: &str) -> (Vec<Token>, Vec<Line>, Vec<Cell>) {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut lines = Vec::with_capacity(text.len() / 60 + 1);
    let mut cells = Vec::with_capacity(text.len() / 50 + 1);
    let mut line_no = 0u32;
    let mut line_start = 0;
    let mut line_first_token = 0;
    let mut line_first_cell = 0;
    let mut cell_start: Option<usize> = None;
    let mut cell_first_token = 0;
    let mut spaces = 0usize;
    let mut at = 0;
    loop {
        let b = bytes.get(at).copied();
        if b.is_none() || b == Some(b'\n') {
            if let Some(s) = cell_start.take() {
                cells.push(Cell { span: s..trim_end(text, s, at), tokens: cell_first_token..tokens.len() });
            }
            lines.push(Line {
                span: line_start..at,
                tokens: line_first_token..tokens.len(),
                cells: line_first_cell..cells.len(),
            });
            if b.is_none() {
                break;
            }
            at += 1;
            line_no += 1;
            line_start = at;
            line_first_token = tokens.len();
            line_first_cell = cells.len();
            spaces = 0;
            continue;
        }
        let b = bytes[at];
        if b == b' ' || b == b'\t' {
            // A tab, or a second space in a row, ends a cell.
            if b == b'\t' || spaces >= 1 {
                if let Some(s) = cell_start.take() {
                    cells.push(Cell { span: s..trim_end(text, s, at), tokens: cell_first_token..tokens.len() });
                }
            }
            spaces += 1;
            at += 1;
            continue;
        }
        spaces = 0;
        if cell_start.is_none() {
            cell_start = Some(at);
            cell_first_token = tokens.len();
        }
        let start = at;
        let word = |digits: bool| {
            let (end, key) = scan_word(text, at, digits);
            (end, if digits { TokenKind::Number } else { TokenKind::Word }, key)
        };
        // Plain ASCII letters and digits first, without decoding a character.
        let (end, kind, key) = if b.is_ascii_alphanumeric() {
            word(b.is_ascii_digit())
        } else {
            let c = char_at(text, at);
            if crate::letters::is_letter(c) || c.is_ascii_digit() {
                word(c.is_ascii_digit())
            } else if c == '&' {
                (at + 1, TokenKind::Word, key_hash("and"))
            } else if matches!(c, '.' | '!' | '?') {
                (at + 1, TokenKind::Stop, 0)
            } else {
                (at + c.len_utf8(), TokenKind::Soft, 0)
            }
        };
        tokens.push(Token { start: start as u32, end: end as u32, line: line_no, key, kind });
        at = end;
    }
    (tokens, lines, cells)
}

/// The character starting at byte `at` of `text` (a character boundary).
fn char_at(text: &str, at: usize) -> char {
    text[at..].chars().next().unwrap_or(' ')
}

/// ASCII letters in small form, and 0 for every other byte.
const LETTER_BYTES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphabetic() {
            table[b] = (b as u8).to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// ASCII digits as they are, and 0 for every other byte.
const DIGIT_BYTES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = b'0';
    while b <= b'9' {
        table[b as usize] = b;
        b += 1;
    }
    table
};

/// Reads a word (letters, combining marks, apostrophes between letters) or a number (digits)
/// starting at byte `at`: its end and its key, the same as [`key_hash`] gives its text.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn scan_word(text: &str, at: usize, digits: bool) -> (usize, Key) {
    let bytes = text.as_bytes();
    let class = if digits { &DIGIT_BYTES } else { &LETTER_BYTES };
    let mut key = FNV_OFFSET;
    let mut end = at;
    loop {
        // Plain ASCII letters (or digits): most of every text.
        while let Some(&b) = bytes.get(end) {
            let folded = class[b as usize];
            if folded == 0 {
                break;
            }
            key = (key ^ Key::from(folded)).wrapping_mul(FNV_PRIME);
            end += 1;
        }
        let Some(&b) = bytes.get(end) else { break };
        if b < 0x80 {
            let apostrophe_inside = !digits
                && b == b'\''
                && end > at
                && end + 1 < bytes.len()
                && crate::letters::is_letter(char_at(text, end + 1));
            if apostrophe_inside {
                end += 1;
                continue;
            }
            break;
        }
        let c = char_at(text, end);
        if digits || !(crate::letters::is_letter(c) || combining(c)) {
            break;
        }
        let mut buf = [0u8; 4];
        for &byte in crate::letters::lower_char(c).encode_utf8(&mut buf).as_bytes() {
            key = (key ^ Key::from(byte)).wrapping_mul(FNV_PRIME);
        }
        end += c.len_utf8();
    }
    (end.max(at + 1), key)
}

/// Whether a character is a combining mark that belongs to the letter before it.
fn combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36f | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20ff)
}

/// The end of `text[start..end]` with trailing white space trimmed.
fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
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
        let set = PhraseSet::new([("leadership", 1), ("leadership management and governance", 2)]);
        let (end, v) = set.longest_at(&doc, 0, doc.tokens.len()).unwrap();
        assert_eq!(*v, 2);
        assert_eq!(doc.token_text(end), "Good");
    }

    #[test]
    fn tokens_are_keyed_as_key_hash_keys_their_text() {
        let doc = Doc::new("Children\u{2019}s SERVICES in Máire's Łódź 2014 & 07");
        for i in 0..doc.tokens.len() {
            if matches!(doc.tokens[i].kind, TokenKind::Word | TokenKind::Number) {
                assert_eq!(doc.tokens[i].key, key_hash(doc.token_text(i)), "{}", doc.token_text(i));
            }
        }
    }

    #[test]
    fn dates_read_near_figures_are_every_date() {
        let text = "Inspected on Wednesday, 30 September 2015 and again in June 2019; a long stretch of words without any figures at all follows here; published 12/09/2016.";
        let near: Vec<String> = dates_near_digits(text).iter().map(|d| d.date.iso()).collect();
        let all: Vec<String> = crate::dates::find_dates(text).iter().map(|d| d.date.iso()).collect();
        assert_eq!(near, all);
        assert_eq!(near, ["2015-09-30", "2019-06", "2016-09-12"]);
    }

    #[test]
    fn word_lists_hash_as_words_do() {
        static LIST: WordList = crate::word_list!["children's", "Good", "and"];
        for (w, k) in LIST.words().zip(&LIST.hashed().1) {
            assert_eq!(key_hash(w), *k, "{w}");
        }
        let doc = Doc::new("GOOD childrens &");
        assert!(doc.in_list(0, &LIST) && doc.in_list(1, &LIST) && doc.in_list(2, &LIST));
    }

    #[test]
    fn evidence_quotes_the_original_input() {
        let doc = Doc::new("<b>Overall\u{a0}effectiveness</b>: Good");
        let e = doc.evidence(0..2).unwrap();
        assert_eq!(e.quote, "Overall\u{a0}effectiveness");
    }
}
