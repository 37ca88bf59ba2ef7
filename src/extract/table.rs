//! Summary tables and section headings: area labels and grades laid out as lines or columns,
//! however the copy from a PDF or a web page has wrapped, split or reordered them.
//!
//! The text is read line by line. Each line may carry part of an area label, a grade (or part
//! of one: "Requires" / "improvement"), both, or neither. Lines that carry labels or grades
//! close together form a *zone*; within a zone the labels, in order, are matched with the
//! grades, in order, so that a table copied as "all labels, then all grades" reads the same as
//! one copied row by row. A zone with one label and one grade is a section heading.

use std::ops::Range;
use std::sync::OnceLock;

use crate::frameworks::{FRAMEWORKS, GRADE_PHRASES, NOT_GRADED_PHRASES, TABLE_HEADERS};
use crate::model::{Area, Grade, Source};
use crate::spans::Spans;
use crate::text::{key_hash, pair_key, Doc, Key, KeyFilter, PhraseSet, TokenKind};

use super::cues::previous_markers;
use super::Found;

/// Lines without labels or grades that a zone may span (a footnote at a page break).
const MAX_GAP_LINES: usize = 6;

/// The half of a safeguarding and looked after children report a label belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// "Safeguarding services".
    Safeguarding,
    /// "Services for looked after children".
    LookedAfter,
}

/// Reads every zone of the document: the judgements found, and the areas a table marks as not
/// judged.
pub fn read(doc: &Doc) -> (Vec<Found>, Vec<Area>) {
    let lex = lexicon();
    let mut scanner = Scanner {
        doc,
        lex,
        zone: Zone::default(),
        acc: None,
        found: Vec::new(),
        not_judged: Vec::new(),
        section: None,
        last_line_prose: false,
        in_contents: false,
        last_line_label: false,
        line_keys: Vec::new(),
    };
    for line_no in 0..doc.lines.len() {
        scanner.line(line_no);
    }
    scanner.finalize_label();
    scanner.close_zone();
    (scanner.found, scanner.not_judged)
}

/// Tables flattened into running text: a label immediately followed by its grade, as in
/// "Judgement Grade The impact of leaders on social work practice with children and families Good
/// The experiences and progress of ... Requires improvement to be good". Only areas the zones
/// did not settle are taken from here, and never words a zone has read (`taken`).
pub fn read_inline(doc: &Doc, settled: &[Area], taken: &[Range<usize>]) -> Vec<Found> {
    static LABELS: OnceLock<PhraseSet<Area>> = OnceLock::new();
    static GRADES: OnceLock<PhraseSet<Option<Grade>>> = OnceLock::new();
    let labels = LABELS.get_or_init(|| {
        let mut items: Vec<(&'static str, Area)> = Vec::new();
        for f in FRAMEWORKS.iter().filter(|f| f.about_council) {
            for a in f.areas {
                for p in a.printed {
                    if !items.iter().any(|(q, _)| q == p) {
                        items.push((p, a.area));
                    }
                }
            }
        }
        PhraseSet::new(items)
    });
    let grades = GRADES.get_or_init(|| {
        PhraseSet::new(
            GRADE_PHRASES.iter().map(|(p, g)| (*p, Some(*g))).chain(NOT_GRADED_PHRASES.iter().map(|p| (*p, None))),
        )
    });
    let n = doc.tokens.len();
    // Past separators between cells: punctuation and item numbers ("2.", "2.1").
    let skip_separators = |from: usize| {
        let mut j = from;
        while j < n
            && (matches!(doc.tokens[j].kind, TokenKind::Soft | TokenKind::Number)
                || doc.tokens[j].kind == TokenKind::Stop && j > from && doc.tokens[j - 1].kind == TokenKind::Number)
            && j - from < 3
        {
            j += 1;
        }
        j
    };
    // The grade must end its cell: what follows starts something new.
    let ends_cell = |grade_end: usize| {
        grade_end >= n
            || doc.tokens[grade_end].kind != TokenKind::Word
            || doc.tokens[grade_end].line != doc.tokens[grade_end - 1].line
            || doc.starts_capital(grade_end)
    };
    let mut pairs: Vec<(Area, Grade, Range<usize>, Range<usize>)> = Vec::new();
    // Labels in a row with no grade between them ("1. Children who need help and protection
    // 2. Children looked after ... Requires improvement Good"): a column of labels flattened
    // before its column of grades.
    let mut waiting: Vec<(Area, Range<usize>)> = Vec::new();
    let mut i = 0;
    while i < n {
        let Some((label_end, &area)) = labels.longest_at(doc, i, n) else {
            waiting.clear();
            i += 1;
            continue;
        };
        let j = skip_separators(label_end);
        let Some((grade_end, &grade)) = grades.longest_at(doc, j, n) else {
            if labels.longest_at(doc, j, n).is_some() {
                waiting.push((area, i..label_end));
                i = j;
            } else {
                waiting.clear();
                i = label_end;
            }
            continue;
        };
        if !ends_cell(grade_end) {
            waiting.clear();
            i = label_end;
            continue;
        }
        waiting.push((area, i..label_end));
        // As many grades in a row as labels waiting: the columns pair up in order.
        let mut run = vec![(grade, j..grade_end)];
        let mut k = grade_end;
        while run.len() < waiting.len() {
            let next = doc.skip_soft(k, n);
            match grades.longest_at(doc, next, n) {
                Some((end, &g)) if ends_cell(end) => {
                    run.push((g, next..end));
                    k = end;
                }
                _ => break,
            }
        }
        let columns = waiting.len() > 1 && run.len() == waiting.len();
        let labels_now: Vec<(Area, Range<usize>)> =
            if columns { std::mem::take(&mut waiting) } else { waiting.drain(..).next_back().into_iter().collect() };
        for ((area, label), (grade, grade_range)) in labels_now.into_iter().zip(run) {
            if let Some(grade) = grade {
                pairs.push((area, grade, label, grade_range));
            }
        }
        i = if columns { k } else { grade_end };
    }
    // The words zones have read (a scan of them for each pair was quadratic on long tables).
    let taken = Spans::new(taken.to_vec());
    // "The judgements for the local authority at its last inspection were: - overall
    // effectiveness: inadequate - ...": a list introduced by words about an earlier inspection.
    let earlier_list = |label_start: usize| {
        let colon = (label_start.saturating_sub(60)..label_start).rev().find(|&t| doc.token_text(t) == ":");
        colon.is_some_and(|c| {
            (c.saturating_sub(40)..c).any(|t| previous_markers().longest_at(doc, t, c).is_some_and(|(_, &w)| w > 1))
        })
    };
    let mut found = Vec::new();
    for (k, (area, grade, label, grade_range)) in pairs.iter().enumerate() {
        let overlaps = taken.overlaps(label.start..grade_range.end);
        let previous = earlier_list(label.start);
        let seen = found.iter().any(|f: &Found| f.area == *area && f.previous == previous);
        if overlaps || (settled.contains(area) && !previous) || seen {
            continue;
        }
        let near = |o: &(Area, Grade, Range<usize>, Range<usize>)| o.2.start.abs_diff(label.start) < 60;
        let in_table = pairs.iter().enumerate().any(|(m, o)| m != k && near(o));
        found.push(Found {
            area: *area,
            grade: *grade,
            label: label.clone(),
            evidence: std::iter::once(label.start..grade_range.end).collect(),
            source: if in_table { Source::Table } else { Source::Heading },
            previous,
            date: None,
            section: None,
            collective: false,
        });
    }
    found
}

/// The label wordings and grade vocabulary, prepared once.
struct Lexicon {
    /// (words, area) for every printed label of every council framework.
    labels: Vec<(Vec<Key>, Area)>,
    /// Grade phrases and "not judged" phrases: (words, grade or None).
    grades: Vec<(Vec<Key>, Option<Grade>)>,
    /// Words that may appear in a grade cell.
    grade_words: Vec<Key>,
    /// Words of which a grade cell needs at least one.
    core_grade_words: Vec<Key>,
    /// Both lists of grade words: most words of a text are in neither.
    grade_filter: KeyFilter,
    /// Header lines that carry no judgement.
    headers: Vec<Vec<Key>>,
    /// Words that a label misprinted by one word never gains (verbs and joiners of a sentence).
    function_words: Vec<Key>,
    /// The first words of the labels, sorted.
    label_firsts: Vec<Key>,
    /// Every label wording once, sorted, so that the wordings a run of words starts are
    /// found by binary search.
    sorted_labels: Vec<Vec<Key>>,
    /// Sorted pairs of words that open labels of five words or more: (first, second),
    /// (second, third) and (first, third), for one word added or missing near the start.
    long_label_starts: [Vec<(Key, Key)>; 3],
    /// Every pair of `long_label_starts` (as [`pair_key`]).
    long_label_pairs: KeyFilter,
    /// Words that start a new judgement section in a two-part report.
    sections: Vec<(Vec<Key>, Section)>,
}

fn words(phrase: &str) -> Vec<Key> {
    phrase
        .split(|c: char| !(crate::letters::is_alphanumeric(c) || c == '\''))
        .filter(|w| !w.is_empty())
        .map(key_hash)
        .collect()
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut labels: Vec<(Vec<Key>, Area)> = Vec::new();
        for f in FRAMEWORKS.iter().filter(|f| f.about_council) {
            for a in f.areas {
                for p in a.printed {
                    let w = words(p);
                    if !labels.iter().any(|(l, area)| *l == w && *area == a.area) {
                        labels.push((w, a.area));
                    }
                }
            }
        }
        let mut grades: Vec<(Vec<Key>, Option<Grade>)> =
            GRADE_PHRASES.iter().map(|(p, g)| (words(p), Some(*g))).collect();
        grades.extend(NOT_GRADED_PHRASES.iter().map(|p| (words(p), None)));
        crate::order::sort_by_key(&mut grades, |(w, _)| std::cmp::Reverse(w.len()));
        let mut grade_words: Vec<Key> = grades.iter().flat_map(|(w, _)| w.iter().copied()).collect();
        grade_words.push(key_hash("grade"));
        crate::order::sort_by_key(&mut grade_words, |&k| k);
        grade_words.dedup();
        let core_grade_words = [
            "outstanding",
            "good",
            "adequate",
            "inadequate",
            "requires",
            "require",
            "improvement",
            "judged",
            "graded",
            "applicable",
            "inspected",
        ]
        .iter()
        .map(|w| key_hash(w))
        .collect::<Vec<Key>>();
        let grade_filter = KeyFilter::of(grade_words.iter().chain(&core_grade_words).copied());
        let pairs = |pick: fn(&[Key]) -> (Key, Key)| {
            let mut v: Vec<(Key, Key)> = labels.iter().filter(|(l, _)| l.len() >= 5).map(|(l, _)| pick(l)).collect();
            crate::order::sort_by_key(&mut v, |&p| p);
            v.dedup();
            v
        };
        let long_label_starts = [pairs(|l| (l[0], l[1])), pairs(|l| (l[1], l[2])), pairs(|l| (l[0], l[2]))];
        let long_label_pairs =
            KeyFilter::of(long_label_starts.iter().flatten().map(|&(first, second)| pair_key(first, second)));
        let mut label_firsts: Vec<Key> = labels.iter().map(|(l, _)| l[0]).collect();
        crate::order::sort_by_key(&mut label_firsts, |&k| k);
        label_firsts.dedup();
        let mut sorted_labels: Vec<Vec<Key>> = labels.iter().map(|(l, _)| l.clone()).collect();
        crate::order::sort_by_key(&mut sorted_labels, Vec::clone);
        sorted_labels.dedup();
        Lexicon {
            label_firsts,
            sorted_labels,
            long_label_starts,
            long_label_pairs,
            labels,
            grades,
            grade_words,
            core_grade_words,
            grade_filter,
            headers: TABLE_HEADERS.iter().map(|h| words(h)).collect(),
            function_words: [
                "is", "are", "was", "were", "be", "has", "have", "had", "and", "or", "not", "no", "as", "to", "that",
                "it",
            ]
            .iter()
            .map(|w| key_hash(w))
            .collect(),
            sections: vec![
                (words("safeguarding services"), Section::Safeguarding),
                (words("services for looked after children"), Section::LookedAfter),
            ],
        }
    })
}

/// A label being read over one or more lines.
struct Acc {
    keys: Vec<Key>,
    tokens: Range<usize>,
    line: usize,
    numbered: bool,
}

/// A label or a grade (or part of one) in a zone.
#[derive(Debug, Clone)]
enum Item {
    Label {
        area: Area,
        tokens: Range<usize>,
        section: Option<Section>,
    },
    /// Word tokens of a grade cell.
    Grade {
        tokens: Vec<usize>,
    },
}

impl Item {
    fn position(&self) -> usize {
        match self {
            Item::Label { tokens, .. } => tokens.start,
            Item::Grade { tokens } => tokens.first().copied().unwrap_or(0),
        }
    }
}

#[derive(Default)]
struct Zone {
    items: Vec<Item>,
    gap: usize,
    /// First tokens of the prose lines read while the zone was open.
    prose: Vec<usize>,
}

impl Zone {
    fn has_label(&self, area: Area, section: Option<Section>) -> bool {
        self.items.iter().any(|i| {
            matches!(i, Item::Label { area: a, section: s, .. }
                if *a == area && (*s == section || s.is_none() || section.is_none()))
        })
    }
}

struct Scanner<'d, 'a> {
    doc: &'d Doc<'a>,
    lex: &'static Lexicon,
    zone: Zone,
    acc: Option<Acc>,
    found: Vec<Found>,
    not_judged: Vec<Area>,
    section: Option<Section>,
    /// Whether the last line with words was prose that did not end its sentence.
    last_line_prose: bool,
    /// Whether the lines being read are a contents list.
    in_contents: bool,
    /// Whether the last line with words carried (part of) a label.
    last_line_label: bool,
    /// Room for the word keys of the line being read, kept from line to line.
    line_keys: Vec<Key>,
}

/// How a run of words fits the label wordings.
#[derive(Debug, PartialEq, Eq)]
enum Fit {
    /// It is no label and starts none.
    No,
    /// It starts one or more labels.
    Prefix,
    /// It is a whole label.
    Whole,
}

impl Scanner<'_, '_> {
    fn line(&mut self, line_no: usize) {
        let mut keys = std::mem::take(&mut self.line_keys);
        self.read_line(line_no, &mut keys);
        self.line_keys = keys;
    }

    /// Reads one line, with `word_keys` as room for its word keys.
    fn read_line(&mut self, line_no: usize, word_keys: &mut Vec<Key>) {
        let doc = self.doc;
        let line = &doc.lines[line_no];
        if line.tokens.is_empty() {
            return;
        }
        let toks = line.tokens.clone();
        // Page numbers and other lines of figures alone.
        if toks.clone().all(|t| doc.tokens[t].kind != TokenKind::Word) {
            self.finalize_label();
            self.last_line_prose = false;
            return;
        }
        word_keys.clear();
        self.keys_into(toks.clone(), word_keys);
        let word_keys: &[Key] = word_keys;
        let word_count = word_keys.len();
        if self.lex.headers.iter().any(|h| h == word_keys) {
            self.finalize_label();
            return;
        }
        // A contents list names every area with a page number: none of it is a judgement.
        if word_keys.len() <= 3
            && (doc.words_at(toks.start, &["contents"], toks.end).is_some()
                || doc.words_at(toks.start, &["table", "of", "contents"], toks.end).is_some())
        {
            self.finalize_label();
            self.in_contents = true;
            return;
        }
        let ends_with_page_number = doc.tokens[toks.end - 1].kind == TokenKind::Number && toks.len() > 1;
        if self.in_contents {
            let long_prose = word_keys.len() >= 8 && !ends_with_page_number && self.fit(word_keys) == Fit::No;
            if long_prose || self.is_grade_run(toks.clone()) {
                self.in_contents = false;
            } else {
                self.finalize_label();
                return;
            }
        }
        if let Some((_, section)) = self.lex.sections.iter().find(|(w, _)| w == word_keys) {
            self.finalize_label();
            self.section = Some(*section);
            return;
        }

        // A grade in the last cell ("Overall effectiveness      Good", or "Good" alone).
        let cells = line.cells.clone();
        let mut label_end = toks.end;
        let mut grade_cell: Option<Range<usize>> = None;
        if let Some(last) = cells.clone().last() {
            let cell = doc.cells[last].tokens.clone();
            if self.is_grade_run(cell.clone()) {
                grade_cell = Some(cell.clone());
                label_end = cell.start;
            }
        }
        let label = self.label_tokens(toks.start..label_end);

        let mut found_any = grade_cell.is_some();
        let mut label_found = false;
        if let Some((range, numbered)) = label {
            // Without a grade cell, the label's words are the line's.
            let label_keys;
            let keys = if grade_cell.is_none() {
                word_keys
            } else {
                label_keys = self.keys(range.clone());
                &label_keys
            };
            label_found = self.label_part(range, keys, numbered, line_no);
            found_any |= label_found;
        }
        if let Some(cell) = grade_cell {
            // A grade that ends a sentence begun on the line before ("The effectiveness of
            // the LSCB is" / "good") belongs to that sentence, not to a table.
            if !(cell.start == toks.start
                && !self.last_line_label
                && (self.last_line_prose || self.continues_sentence(line_no)))
            {
                self.push_grade(cell);
            }
        }
        self.last_line_label = label_found;
        let last = toks.end - 1;
        self.last_line_prose = !found_any
            && doc.tokens[last].kind != TokenKind::Stop
            && doc.token_text(last) != ":"
            && !self.lex.core_grade_words.contains(&doc.tokens[last].key)
            && word_count >= 4;
        if found_any {
            self.zone.gap = 0;
        } else {
            if word_count >= 4 {
                self.zone.prose.push(toks.start);
            }
            self.zone.gap += 1;
            if self.zone.gap > MAX_GAP_LINES {
                self.close_zone();
                self.section = None;
            }
        }
    }

    /// Whether the line before `line_no` ends with a verb that a grade on this line completes.
    fn continues_sentence(&self, line_no: usize) -> bool {
        let doc = self.doc;
        let prev = doc.lines[..line_no].iter().rev().find(|l| !l.tokens.is_empty());
        let Some(prev) = prev else { return false };
        let last = prev.tokens.end - 1;
        let prev_is_grade = self.is_grade_run(prev.tokens.clone());
        doc.in_list(
            last,
            crate::words![
                "is", "are", "was", "were", "be", "been", "as", "remains", "remain", "judged", "rated", "that"
            ],
        ) || (!prev_is_grade
            && doc.in_list(last, crate::words!["require", "requires", "required", "to", "improvement"]))
    }

    /// Whether tokens are all grade vocabulary, with at least one grade word proper.
    fn is_grade_run(&self, range: Range<usize>) -> bool {
        let doc = self.doc;
        let mut core = false;
        for t in range {
            let tok = &doc.tokens[t];
            match tok.kind {
                TokenKind::Word => {
                    if !self.lex.grade_filter.may_contain(tok.key) {
                        return false;
                    }
                    if self.lex.core_grade_words.contains(&tok.key) {
                        core = true;
                    } else if !self.lex.grade_words.contains(&tok.key) {
                        return false;
                    }
                }
                TokenKind::Number => {
                    let n = doc.token_text(t);
                    if !matches!(n, "1" | "2" | "3" | "4") {
                        return false;
                    }
                }
                TokenKind::Soft => {
                    if !matches!(doc.token_text(t), "(" | ")" | "/" | "-" | ":" | "'" | "\"") {
                        return false;
                    }
                }
                TokenKind::Stop => return false,
            }
        }
        core
    }

    /// The label part of a line: numbering, bullets and footnote digits removed. Returns the
    /// token range of its first to last word and whether it was numbered.
    fn label_tokens(&self, range: Range<usize>) -> Option<(Range<usize>, bool)> {
        let doc = self.doc;
        let mut start = range.start;
        let mut numbered = false;
        // Leading numbering: "1.", "2.1", "3)" and bullets.
        while start < range.end {
            let tok = &doc.tokens[start];
            match tok.kind {
                TokenKind::Number => {
                    numbered = true;
                    start += 1;
                }
                TokenKind::Stop | TokenKind::Soft => start += 1,
                TokenKind::Word => break,
            }
        }
        let mut end = range.end;
        while end > start && doc.tokens[end - 1].kind != TokenKind::Word {
            end -= 1;
        }
        (start < end).then_some((start..end, numbered))
    }

    /// The word keys of a token range, without footnote digits stuck to words.
    fn keys(&self, range: Range<usize>) -> Vec<Key> {
        let mut keys = Vec::with_capacity(range.len());
        self.keys_into(range, &mut keys);
        keys
    }

    /// [`Scanner::keys`], added to `out`.
    fn keys_into(&self, range: Range<usize>, out: &mut Vec<Key>) {
        out.extend(range.filter(|&t| self.doc.tokens[t].kind == TokenKind::Word).map(|t| self.doc.tokens[t].key));
    }

    fn fit(&self, keys: &[Key]) -> Fit {
        let mut fit = Fit::No;
        let Some(first) = keys.first() else { return fit };
        // Most lines start with a word no label starts with.
        if self.lex.label_firsts.binary_search(first).is_ok() {
            fit = self.prefix_fit(keys);
        }
        if fit == Fit::No && self.fuzzy_area(keys).is_some() {
            return Fit::Whole;
        }
        fit
    }

    /// How `keys` fits the printed labels exactly: a whole label, the start of one, or neither.
    fn prefix_fit(&self, keys: &[Key]) -> Fit {
        // The wordings that start with `keys` follow one another in sorted order, the one
        // equal to it (if any) first.
        let from = self.lex.sorted_labels.partition_point(|l| l.as_slice() < keys);
        match self.lex.sorted_labels.get(from) {
            Some(l) if l.as_slice() == keys => Fit::Whole,
            Some(l) if l.starts_with(keys) => Fit::Prefix,
            _ => Fit::No,
        }
    }

    /// The area of a label that differs from a long printed wording by one word added or
    /// missing ("the experiences and progress of children care leavers").
    fn fuzzy_area(&self, keys: &[Key]) -> Option<Area> {
        // A word added or missing leaves the line opening as a long label does: with its first
        // two words (nothing changed there, or a word added first or second), its second and
        // third (the first word missing), or its first and third (the second missing). Most
        // lines open like none.
        if keys.len() < 4 || keys.len() > 16 {
            return None;
        }
        let [first_second, second_third, first_third] = &self.lex.long_label_starts;
        let known = |set: &Vec<(Key, Key)>, a: Key, b: Key| {
            self.lex.long_label_pairs.may_contain(pair_key(a, b)) && set.binary_search(&(a, b)).is_ok()
        };
        let (k0, k1, k2) = (keys[0], keys[1], keys[2]);
        let opens_like_a_label = known(first_second, k0, k1)
            || known(first_second, k1, k2)
            || known(first_second, k0, k2)
            || known(second_third, k0, k1)
            || known(first_third, k0, k1);
        if !opens_like_a_label {
            return None;
        }
        let mut found: Option<Area> = None;
        for (label, area) in &self.lex.labels {
            if label.len() < 5 || label.len().abs_diff(keys.len()) != 1 {
                continue;
            }
            // One word added or missing leaves the first or second word in place.
            let starts_alike =
                keys.first() == label.first() || keys.get(1) == label.first() || keys.first() == label.get(1);
            if !starts_alike {
                continue;
            }
            let function_word = |k: &Key| self.lex.function_words.contains(k);
            let (long, short) =
                if label.len() > keys.len() { (label.as_slice(), keys) } else { (keys, label.as_slice()) };
            // The word added to a printed wording may not be a grade word (that would swallow
            // the grade that follows a label), nor come after its last word (that would take in
            // the heading after a label and its grade: "... help and protection / Good /
            // Summary").
            let added = keys.len() > label.len();
            let matches = (0..long.len()).any(|skip| {
                let extra_is_grade =
                    added && (self.lex.grade_words.contains(&long[skip]) || function_word(&long[skip]));
                let extra_is_last = added && skip + 1 == long.len();
                !extra_is_grade
                    && !extra_is_last
                    && long.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, k)| k).eq(short.iter())
            });
            if matches {
                if found.is_some_and(|a| a != *area) {
                    return None;
                }
                found = Some(*area);
            }
        }
        found
    }

    /// The area of a finished label, if its words settle one.
    fn area_of(&self, acc: &Acc) -> Option<Area> {
        let keys = &acc.keys;
        if let Some((_, area)) = self.lex.labels.iter().find(|(l, _)| l == keys) {
            return Some(*area);
        }
        if let Some(area) = self.fuzzy_area(keys) {
            return Some(area);
        }
        // A label cut short: accept it when every wording it starts names the same area.
        if keys.len() < 2 || !(acc.numbered || keys.len() >= 3) {
            return None;
        }
        let mut area: Option<Area> = None;
        for (label, a) in &self.lex.labels {
            if label.len() > keys.len() && label[..keys.len()] == *keys {
                if area.is_some_and(|x| x != *a) {
                    return None;
                }
                area = Some(*a);
            }
        }
        area
    }

    /// Feeds the label part of a line (its tokens and their word keys). Returns whether it was
    /// read as (part of) a label.
    fn label_part(&mut self, range: Range<usize>, keys: &[Key], numbered: bool, line_no: usize) -> bool {
        // Continue the label being read.
        if !numbered {
            if let Some(acc) = &self.acc {
                let mut joined = acc.keys.clone();
                joined.extend_from_slice(keys);
                if self.fit(&joined) != Fit::No {
                    let acc = self.acc.as_mut().expect("checked above");
                    acc.keys = joined;
                    acc.tokens.end = range.end;
                    return true;
                }
                // The rest of the label followed by a grade: "... protection improvement".
                if let Some(split) = self.grade_suffix(range.clone()) {
                    let mut joined = acc.keys.clone();
                    joined.extend(self.keys(range.start..split));
                    if self.fit(&joined) == Fit::Whole {
                        let last = self.last_word(range.start..split);
                        let acc = self.acc.as_mut().expect("checked above");
                        acc.keys = joined;
                        acc.tokens.end = last.map_or(acc.tokens.end, |t| t + 1);
                        self.push_grade(split..range.end);
                        return true;
                    }
                }
            }
        }
        // A label cut short and followed by running prose was the start of a sentence ("8. The
        // effectiveness of the help and protection provided to children, young / people ... is
        // adequate."), not a table row.
        if let Some(acc) = &self.acc {
            let lower = crate::letters::starts_small(self.doc.token_text(range.start));
            if self.fit(&acc.keys) != Fit::Whole && lower && keys.len() >= 4 {
                self.acc = None;
            }
        }
        // Start a new label.
        self.finalize_label();
        match self.fit(keys) {
            Fit::Whole | Fit::Prefix if keys.len() >= 2 || self.fit(keys) == Fit::Whole => {
                self.acc = Some(Acc { keys: keys.to_vec(), tokens: range, line: line_no, numbered });
                true
            }
            _ => {
                // A whole label followed by its grade on the same line: "...protection: good".
                if let Some(split) = self.grade_suffix(range.clone()) {
                    let label_keys = self.keys(range.start..split);
                    if !label_keys.is_empty() && self.fit(&label_keys) == Fit::Whole {
                        let end = self.last_word(range.start..split).map_or(split, |t| t + 1);
                        self.acc = Some(Acc { keys: label_keys, tokens: range.start..end, line: line_no, numbered });
                        self.push_grade(split..range.end);
                        return true;
                    }
                }
                false
            }
        }
    }

    fn last_word(&self, range: Range<usize>) -> Option<usize> {
        range.rev().find(|&t| self.doc.tokens[t].kind == TokenKind::Word)
    }

    /// Where a trailing run of grade vocabulary starts in `range`, if the range ends in one.
    fn grade_suffix(&self, range: Range<usize>) -> Option<usize> {
        let mut split = range.end;
        while split > range.start && self.is_grade_run(split - 1..range.end) {
            split -= 1;
        }
        // Prefer the shortest suffix that is still a grade run when a longer one would eat a
        // label word; the loop above already stops at the first non-grade word.
        (split < range.end && split > range.start && self.is_grade_run(split..range.end)).then_some(split)
    }

    fn push_grade(&mut self, range: Range<usize>) {
        let tokens: Vec<usize> = range.filter(|&t| self.doc.tokens[t].kind == TokenKind::Word).collect();
        if !tokens.is_empty() {
            self.zone.items.push(Item::Grade { tokens });
        }
    }

    fn finalize_label(&mut self) {
        let Some(acc) = self.acc.take() else { return };
        let Some(area) = self.area_of(&acc) else { return };
        let section = self.section;
        if self.zone.has_label(area, section) {
            // The same area again: a new zone (a contents list, or the report body).
            // Labels still waiting for grades go with it: they start the next table.
            let start = acc.tokens.start;
            let last_grade = self
                .zone
                .items
                .iter()
                .filter(|i| matches!(i, Item::Grade { .. }) && i.position() < start)
                .map(Item::position)
                .max();
            let split = last_grade.map_or(start, |g| start.min(g + 1));
            let (keep, carry): (Vec<Item>, Vec<Item>) =
                std::mem::take(&mut self.zone.items).into_iter().partition(|i| i.position() < split);
            self.zone.items = keep;
            self.close_zone();
            self.zone.items = carry;
        }
        let _ = acc.line;
        self.zone.items.push(Item::Label { area, tokens: acc.tokens, section });
    }

    /// Pairs the labels and grades of the current zone and starts a new one.
    fn close_zone(&mut self) {
        let mut items = std::mem::take(&mut self.zone.items);
        let prose = std::mem::take(&mut self.zone.prose);
        self.zone.gap = 0;
        items.sort_by_key(Item::position);
        // A label followed by running prose before anything else is a heading whose grade, if
        // any, is not printed with it: it must not take the next table's grade.
        // (A grade on the line just above it is its own, as column text prints it.)
        let positions: Vec<usize> = items.iter().map(Item::position).collect();
        let grade_lines: Vec<usize> =
            items.iter().filter(|i| matches!(i, Item::Grade { .. })).map(|i| self.doc.line_of(i.position())).collect();
        let mut k = 0;
        items.retain(|item| {
            let next = positions.get(k + 1).copied().unwrap_or(usize::MAX);
            k += 1;
            match item {
                Item::Label { tokens, .. } => {
                    let line = self.doc.line_of(tokens.start);
                    let graded_above = grade_lines.iter().any(|&g| g + 1 == line || g == line);
                    graded_above || prose.iter().filter(|&&p| p >= tokens.end && p < next).count() < 2
                }
                Item::Grade { .. } => true,
            }
        });
        let labels: Vec<(Area, Range<usize>, Option<Section>)> = items
            .iter()
            .filter_map(|i| match i {
                Item::Label { area, tokens, section } => Some((*area, tokens.clone(), *section)),
                Item::Grade { .. } => None,
            })
            .collect();
        if labels.is_empty() {
            return;
        }
        let grade_tokens: Vec<usize> = items
            .iter()
            .flat_map(|i| match i {
                Item::Grade { tokens } => tokens.clone(),
                Item::Label { .. } => Vec::new(),
            })
            .collect();
        let mut grades = self.parse_grades(&grade_tokens);
        // Grades printed before the first label belong to it only when they sit right above it
        // (column text puts a wrapped grade on the line above its label); others are a scale
        // legend or the end of something else.
        let first_label_line = labels.first().map_or(0, |l| self.doc.line_of(l.1.start));
        grades.retain(|(_, r)| {
            let line = self.doc.line_of(r.start);
            line + 2 >= first_label_line || r.start > labels[0].1.start
        });
        if grades.is_empty() {
            return;
        }
        // Walk labels and grades in text order, pairing the oldest waiting label with each grade
        // and the oldest waiting grade with each label.
        enum Ev {
            L(usize),
            G(usize),
        }
        let mut events: Vec<(usize, Ev)> = labels
            .iter()
            .enumerate()
            .map(|(i, l)| (l.1.start, Ev::L(i)))
            .chain(grades.iter().enumerate().map(|(i, g)| (g.1.start, Ev::G(i))))
            .collect();
        events.sort_by_key(|e| e.0);
        let mut waiting_labels = std::collections::VecDeque::new();
        let mut waiting_grades = std::collections::VecDeque::new();
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for (_, ev) in events {
            match ev {
                Ev::L(l) => match waiting_grades.pop_front() {
                    Some(g) => pairs.push((l, g)),
                    None => waiting_labels.push_back(l),
                },
                Ev::G(g) => match waiting_labels.pop_front() {
                    Some(l) => pairs.push((l, g)),
                    None => waiting_grades.push_back(g),
                },
            }
        }
        let source = if pairs.len() >= 2 { Source::Table } else { Source::Heading };
        let first = items.first().map_or(0, Item::position);
        let (previous, date) = self.earlier_context(first);
        for (l, g) in pairs {
            let (area, label, section) = labels[l].clone();
            let (grade, grade_range) = grades[g].clone();
            let Some(grade) = grade else {
                self.not_judged.push(area);
                continue;
            };
            let evidence = if grade_range.start == label.end || grade_range.end == label.start {
                std::iter::once(label.start.min(grade_range.start)..label.end.max(grade_range.end)).collect()
            } else {
                vec![label.clone(), grade_range]
            };
            self.found.push(Found {
                area,
                grade,
                label,
                evidence,
                source,
                previous,
                date: date.clone(),
                section,
                collective: false,
            });
        }
    }

    /// Whether a zone starting at token `first` lists an earlier inspection's judgements: the
    /// line before it introduces a list (ends with ':') and a few lines before speak of the
    /// last or previous inspection. Returns that inspection's date, if given. (The list's own
    /// sentence or the one just before it says so, not any sentence nearby.)
    fn earlier_context(&self, first: usize) -> (bool, Option<String>) {
        let doc = self.doc;
        let line = doc.line_of(first);
        let before: Vec<usize> = (0..line).rev().filter(|&l| !doc.lines[l].tokens.is_empty()).take(3).collect();
        let Some(&nearest) = before.first() else { return (false, None) };
        let nearest_tokens = doc.lines[nearest].tokens.clone();
        if nearest_tokens.is_empty() || doc.token_text(nearest_tokens.end - 1) != ":" {
            return (false, None);
        }
        let to = nearest_tokens.end;
        // The sentence that introduces the list and the one before it ("The last inspection
        // was published in May 2015. The judgements were:").
        let window = doc.lines[*before.last().unwrap_or(&nearest)].tokens.start;
        let stops: Vec<usize> = (window..to).rev().filter(|&i| doc.tokens[i].kind == TokenKind::Stop).take(2).collect();
        let from = if stops.len() == 2 { stops[1] + 1 } else { window };
        let marked = (from..to).any(|i| previous_markers().longest_at(doc, i, to).is_some_and(|(_, &words)| words > 1));
        if !marked {
            return (false, None);
        }
        let date = doc.dates_in(from..to).last().map(|d| d.date.iso());
        (true, date)
    }

    /// Reads grade phrases from the word tokens of a zone's grade cells, in order. A phrase may
    /// run over several cells ("Requires" / "improvement to be good").
    fn parse_grades(&self, tokens: &[usize]) -> Vec<(Option<Grade>, Range<usize>)> {
        let doc = self.doc;
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let mut matched = None;
            for (phrase, grade) in &self.lex.grades {
                if i + phrase.len() <= tokens.len()
                    && phrase.iter().zip(&tokens[i..]).all(|(k, &t)| doc.tokens[t].key == *k)
                {
                    matched = Some((phrase.len(), *grade));
                    break;
                }
            }
            // "to be good" finishing a "requires improvement" already read, or left over from
            // a sentence: never a grade of its own.
            let tail_of_phrase = i > 0 && doc.is(tokens[i - 1], "be") && doc.is(tokens[i], "good");
            if tail_of_phrase {
                i += 1;
                continue;
            }
            match matched {
                Some((n, grade)) => {
                    out.push((grade, tokens[i]..tokens[i + n - 1] + 1));
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }
}
