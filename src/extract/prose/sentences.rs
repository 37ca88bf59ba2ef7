//! Sentences and clauses: where a sentence ends, where a clause inside it ends, and the page
//! furniture (link lists, banners) whose sentences are not the story.

use std::ops::Range;

use crate::text::{key_hash, Doc, TokenKind};

use super::words::*;
use super::Reader;

/// Most tokens in one sentence (real ones have well under a hundred).
pub(super) const MAX_SENTENCE_TOKENS: usize = 200;

/// Cuts the document into sentences (token ranges).
pub(super) fn split_sentences(doc: &Doc) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let n = doc.tokens.len();
    let mut start = 0;
    for i in 0..n {
        let t = &doc.tokens[i];
        let mut boundary_after = false;
        if t.kind == TokenKind::Stop {
            let prev_abbrev = i > 0
                && doc.tokens[i - 1].kind == TokenKind::Word
                && doc.in_list(i - 1, &ABBREVIATIONS)
                && doc.tokens[i - 1].end == t.start;
            let number_dot = i > 0
                && i + 1 < n
                && doc.tokens[i - 1].kind == TokenKind::Number
                && doc.tokens[i + 1].kind == TokenKind::Number
                && doc.tokens[i + 1].start == t.end;
            let next_lower = i + 1 < n
                && doc.tokens[i + 1].kind == TokenKind::Word
                && crate::letters::starts_small(doc.token_text(i + 1))
                && doc.tokens[i + 1].line == t.line;
            boundary_after = !prev_abbrev && !number_dot && !next_lower;
        }
        if i + 1 < n && !boundary_after {
            let next = &doc.tokens[i + 1];
            if next.line != t.line {
                // (The lines between two tokens are the line breaks between them.)
                let blank = next.line - t.line >= 2;
                let line = &doc.lines[t.line as usize];
                let few_words =
                    || line.tokens.clone().filter(|&k| doc.tokens[k].kind == TokenKind::Word).nth(8).is_none();
                let ends_colon = doc.token_text(i) == ":";
                let next_capital = doc
                    .token_text(i + 1)
                    .chars()
                    .next()
                    .is_some_and(|c| crate::letters::is_capital(c) || crate::letters::is_digit(c));
                let heading = next_capital && !doc.in_list(i, &RUNNING_ON) && few_words();
                // (A colon ends a sentence before a new line, but not between a verb and its
                // grade: "are:" and "good" on the next line.)
                let verb_grade =
                    i > 0 && doc.in_list(i - 1, &VERBS) && super::grade_set().longest_at(doc, i + 1, n).is_some();
                boundary_after = blank || ends_colon && (next_capital || !verb_grade) || heading;
            }
        }
        // A sentence never runs on without end: text with no sentence ends (one huge line, a
        // table copied without stops) is cut into pieces, so that reading a sentence, whose
        // work grows with its length for every grade in it, stays bounded (quadratic before).
        if i + 1 - start >= MAX_SENTENCE_TOKENS {
            boundary_after = true;
        }
        if boundary_after || i + 1 == n {
            if start <= i {
                out.push(start..i + 1);
            }
            start = i + 1;
        }
    }
    out
}

impl Reader<'_, '_> {
    pub(super) fn is_furniture(&self, sentence: Range<usize>) -> bool {
        let line = self.doc.line_of(sentence.start);
        // (Link lists are found in order and do not overlap.)
        let k = self.furniture_lines.partition_point(|r| r.end <= line);
        self.furniture_lines.get(k).is_some_and(|r| r.contains(&line))
            || any_in(self.doc, &cue_sets().furniture, sentence)
    }

    /// Lines of link lists: after "Read more", "Related stories" and the like, the short lines
    /// up to the next blank line or paragraph.
    pub(super) fn find_furniture_lines(doc: &Doc) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let words_in =
            |l: usize| doc.lines[l].tokens.clone().filter(|&t| doc.tokens[t].kind == TokenKind::Word).count();
        let mut l = 0;
        while l < doc.lines.len() {
            let toks = doc.lines[l].tokens.clone();
            let header = !toks.is_empty()
                && words_in(l) <= 5
                && cue_sets().link_list_headers.longest_at(doc, toks.start, toks.end).is_some();
            if header {
                let mut end = l + 1;
                while end < doc.lines.len() && !doc.lines[end].tokens.is_empty() && words_in(end) < 15 {
                    end += 1;
                }
                out.push(l..end);
                l = end;
            } else {
                l += 1;
            }
        }
        out
    }

    /// Whether token `i` ends a clause: ";", a spaced dash, "while", "but", "since" and the
    /// like (not inside an area's name: "looked after"), and ", and they". Asked only of the
    /// sentences that hold a grade.
    pub(super) fn ends_clause(&self, i: usize) -> bool {
        let doc = self.doc;
        let Some(t) = doc.tokens.get(i) else { return true };
        match t.kind {
            // (Punctuation tokens are one character.)
            TokenKind::Soft => match doc.text().as_bytes()[t.start as usize] {
                b';' => true,
                b'-' => self.spaced(i) && !self.parenthetical_dash(i),
                _ => false,
            },
            TokenKind::Word if t.key == key_hash("and") => {
                i > 0 && doc.token_text(i - 1) == "," && doc.in_list(i + 1, &NEW_SUBJECTS)
            }
            TokenKind::Word => CLAUSE_BREAKS.has(t.key) && !self.in_area(i) && !self.however_aside(i),
            _ => false,
        }
    }

    /// Whether token `i` is "however" set between a subject and its verb: "Care leavers,
    /// however, were rated good".
    fn however_aside(&self, i: usize) -> bool {
        let doc = self.doc;
        let next = (i + 1..doc.tokens.len().min(i + 3)).find(|&k| doc.tokens[k].kind == TokenKind::Word);
        doc.is(i, "however") && next.is_some_and(|k| doc.in_list(k, &VERBS))
    }

    /// Whether a spaced dash is one of a pair around a short aside with no verb in it: "the
    /// last inspection – in 2019 – rated ...".
    fn parenthetical_dash(&self, i: usize) -> bool {
        /// Most tokens in such an aside.
        const ASIDE: usize = 6;
        let doc = self.doc;
        let dash = |k: usize| doc.tokens[k].kind == TokenKind::Soft && doc.token_text(k) == "-" && self.spaced(k);
        let plain =
            |r: Range<usize>| r.clone().all(|k| doc.tokens[k].kind != TokenKind::Stop && !doc.in_list(k, &VERBS));
        let after = (i + 1..(i + 1 + ASIDE).min(doc.tokens.len())).find(|&k| dash(k));
        let before = (i.saturating_sub(ASIDE)..i).rev().find(|&k| dash(k));
        after.is_some_and(|k| k > i + 1 && plain(i + 1..k)) || before.is_some_and(|k| k + 1 < i && plain(k + 1..i))
    }

    /// The clause holding token `at` within a sentence.
    pub(super) fn clause(&self, sentence: Range<usize>, at: Range<usize>) -> Range<usize> {
        let mut start = at.start;
        while start > sentence.start && !self.ends_clause(start - 1) {
            start -= 1;
        }
        let mut end = at.end;
        while end < sentence.end && !self.ends_clause(end) {
            end += 1;
        }
        start..end
    }

    /// Whether a punctuation token has spaces on both sides (a dash used as a dash).
    pub(super) fn spaced(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        let before = self.doc.text()[..t.start as usize].ends_with([' ', '\n']);
        let after = self.doc.text()[t.end as usize..].starts_with([' ', '\n']);
        before && after
    }

    /// The first token of the sentence holding token `i`.
    pub(super) fn sentence_start_of(&self, i: usize) -> usize {
        let k = self.sentences.partition_point(|r| r.end <= i);
        self.sentences.get(k).map_or(i, |r| r.start.min(i))
    }

    /// The end of the sentence holding token `i`, or of the first one after it.
    pub(super) fn sentence_end_from(&self, i: usize) -> usize {
        // (Sentences follow one another without overlapping: the first that holds `i` or starts
        // after it is the first that ends after it.)
        let k = self.sentences.partition_point(|s| s.end <= i);
        self.sentences.get(k).map_or(self.doc.tokens.len(), |s| s.end)
    }

    pub(super) fn stop_between(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| self.doc.tokens[i].kind == TokenKind::Stop)
    }

    pub(super) fn next_word_index(&self, from: usize, limit: usize) -> Option<usize> {
        (from..limit)
            .find(|&i| self.doc.tokens[i].kind == TokenKind::Word || self.doc.tokens[i].kind == TokenKind::Number)
            .filter(|&i| !self.stop_between(from, i))
    }

    pub(super) fn next_word_is(&self, from: usize, limit: usize, words: &[&str]) -> bool {
        self.next_word_index(from, limit).is_some_and(|i| self.doc.is_any(i, words))
    }

    pub(super) fn prev_word_is(&self, before: usize, limit: usize, words: &[&str]) -> bool {
        (limit..before)
            .rev()
            .find(|&i| self.doc.tokens[i].kind == TokenKind::Word)
            .is_some_and(|i| self.doc.is_any(i, words))
    }

    pub(super) fn is_quote(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Soft)
            && matches!(self.doc.token_text(i), "'" | "\"")
    }

    pub(super) fn capital(&self, i: usize) -> bool {
        self.doc.starts_capital(i)
    }
}
