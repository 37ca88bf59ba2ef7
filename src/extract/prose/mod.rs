//! Judgements stated in sentences: report headlines ("Children's services in X are good"),
//! and the prose of news stories and council press releases ("A, B and C were all rated
//! inadequate", "Adoption was singled out as 'good'", "rated good the last time it was fully
//! inspected in 2014").
//!
//! A grade word counts only where it is said of an area: as the complement of a verb whose
//! subject is a list of areas (or the council, meaning overall effectiveness), as the object of
//! "rated ... as", as a "judgement"/"rating" of an area, or in a few fixed forms. Grade words
//! used as ordinary adjectives ("good casework"), negated ("no areas were judged good"),
//! hoped for ("to achieve good"), compared ("better than adequate") or said of other services
//! (schools, hospitals, children's homes) are left alone.

use std::ops::Range;
use std::sync::OnceLock;

use crate::detect::council_phrases;
use crate::frameworks::{GRADE_PHRASES, RANK_PHRASES};
use crate::model::{Area, FrameworkId, Grade, Reason, Source, Verdict};
use crate::spans::Spans;
use crate::text::{key_hash, Doc, PhraseSet, TokenKind};

use super::Found;

mod areas;
mod elided;
mod grade_use;
mod nearest;
mod sentences;
mod subject;
mod time;
mod words;

use areas::area_set;
use sentences::split_sentences;
use words::*;

/// What the reader of sentences needs to know about the document.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// The framework, when known: it decides what "child protection" means, and which areas
    /// "all areas" covers.
    pub framework: Option<FrameworkId>,
    /// Whether the document is an inspection report (sentences then only fill gaps).
    pub report: bool,
    /// Whether the document is about an ungraded visit: every grade it gives is an earlier one.
    pub ungraded: bool,
    /// The year of the inspection the document is about, when known.
    pub year: Option<u16>,
}

/// What one grade word in a sentence was read as: the judgements it makes, and why.
#[derive(Debug, Clone)]
pub struct Mention {
    /// The grade the word names.
    pub grade: Grade,
    /// The grade word's tokens.
    pub tokens: Range<usize>,
    /// The sentence holding it.
    pub sentence: Range<usize>,
    /// Why it was read so: the form or time cue that made it a judgement, or why it made none.
    pub reason: Reason,
    /// The judgements it makes (none when it was not taken).
    pub found: Vec<Found>,
}

impl Mention {
    fn dropped(g: &GradeMention, sentence: Range<usize>, reason: Reason) -> Mention {
        Mention { grade: g.grade, tokens: g.tokens.clone(), sentence, reason, found: Vec::new() }
    }

    /// What the word was taken to be.
    pub fn verdict(&self) -> Verdict {
        if self.found.iter().any(|f| !f.previous) {
            return Verdict::ThisInspection;
        }
        if !self.found.is_empty() {
            return Verdict::Earlier;
        }
        match self.reason {
            Reason::Negated | Reason::Aim => Verdict::Hypothetical,
            Reason::OtherService | Reason::OtherCouncil | Reason::NotACouncilText => Verdict::OtherBody,
            _ => Verdict::NotAGrade,
        }
    }
}

/// Every council framework's wordings of areas, as prose writes them.
pub fn any_framework_areas() -> &'static PhraseSet<Area> {
    area_set(None)
}

/// Reads every grade word of the text's sentences: the judgements each makes, or why it makes
/// none.
pub fn read(doc: &Doc, ctx: &Context, authority: Option<&str>, council: Option<usize>) -> Vec<Mention> {
    let mut reader = Reader::new(doc, ctx);
    reader.own_council = council;
    if let Some(name) = authority {
        reader.add_council_name(name);
    }
    let mut mentions = Vec::new();
    // The grades given to this inspection so far (each once).
    let mut current: Vec<Grade> = Vec::new();
    let mut last_previous_date: Option<(usize, Option<String>)> = None;
    // The last sentence whose grades were all earlier ones, and their date.
    let mut earlier_sentence: Option<(usize, Option<String>)> = None;
    for (s_index, sentence) in reader.sentences.iter().enumerate() {
        let grades = reader.grades_in(sentence.clone());
        if grades.is_empty() {
            if let Some(same) = reader.same_grade(s_index, &mentions) {
                note_current(&mut current, &same);
                mentions.push(same);
            }
            continue;
        }
        if reader.is_furniture(sentence.clone()) {
            mentions.extend(grades.iter().map(|g| Mention::dropped(g, sentence.clone(), Reason::PageFurniture)));
            continue;
        }
        // The grade before in the same sentence and what it gave: "rated good, up from
        // inadequate" speaks of the same areas twice.
        let mut prior: (Option<GradeMention>, Vec<Found>) = (None, Vec::new());
        let mut in_sentence: Vec<Mention> = Vec::new();
        for g in grades {
            let mention = reader.judge(s_index, &g, &prior);
            prior = (Some(g), mention.found.clone());
            in_sentence.push(mention);
        }
        reader.past_of_present(sentence.clone(), &mut in_sentence);
        reader.carry_earlier(&mut in_sentence);
        if let Some((at, date)) = &earlier_sentence {
            if *at + 1 == s_index {
                reader.carry_from_sentence_before(sentence.clone(), &mut in_sentence, date, &current);
            }
        }
        if reader.ctx.ungraded {
            // A visit gives no grades: what it found is not one, and only what is said to be
            // an earlier inspection's grade is kept.
            // (A grade dated in a text about a visit is an earlier inspection's.)
            for m in in_sentence.iter_mut().filter(|m| m.found.iter().any(|f| !f.previous)) {
                if m.found.iter().all(|f| f.date.is_some()) {
                    m.found.iter_mut().for_each(|f| f.previous = true);
                    m.reason = Reason::EarlierDate;
                } else {
                    m.found.clear();
                    m.reason = Reason::VisitFinding;
                }
            }
        }
        let taken: Vec<&Found> = in_sentence.iter().flat_map(|m| &m.found).collect();
        earlier_sentence = (!taken.is_empty() && taken.iter().all(|f| f.previous))
            .then(|| (s_index, taken.iter().find_map(|f| f.date.clone())));
        for mut mention in in_sentence {
            for f in &mut mention.found {
                if f.previous {
                    if f.date.is_none() {
                        if let Some((at, date)) = &last_previous_date {
                            if s_index <= at + 1 {
                                f.date = date.clone();
                            }
                        }
                    }
                    last_previous_date = Some((s_index, f.date.clone()));
                }
            }
            note_current(&mut current, &mention);
            mentions.push(mention);
        }
    }
    mentions
}

/// Adds the grades a mention gives this inspection to `current`, each once.
fn note_current(current: &mut Vec<Grade>, mention: &Mention) {
    for f in mention.found.iter().filter(|f| !f.previous) {
        if !current.contains(&f.grade) {
            current.push(f.grade);
        }
    }
}

/// Whether a text names a trust that runs children's services: "trust" after "children's",
/// "children's services", "children and families".
fn names_children_trust(doc: &Doc) -> bool {
    (2..doc.tokens.len()).any(|i| {
        doc.is(i, "trust")
            && (i.saturating_sub(3)..i).any(|j| doc.in_list(j, crate::words!["childrens", "children", "families"]))
    })
}

/// A grade word in the text.
#[derive(Debug, Clone)]
struct GradeMention {
    grade: Grade,
    tokens: Range<usize>,
}

struct Reader<'d, 'a> {
    doc: &'d Doc<'a>,
    ctx: Context,
    /// The document's own council in the gazetteer, when known.
    own_council: Option<usize>,
    sentences: Vec<Range<usize>>,
    /// Area mentions, in order, not overlapping.
    areas: Vec<(Range<usize>, Area)>,
    /// Council mentions (gazetteer names, and the place-name words of the document's own
    /// council), in order.
    councils: Spans,
    /// Line ranges of link lists and other page furniture.
    furniture_lines: Vec<Range<usize>>,
    /// Every grade word in a sentence, in order.
    grades: Vec<GradeMention>,
    /// For each token, whether it is in an area's name ([`IN_AREA`]) and in a grade word
    /// ([`IN_GRADE`]): asked of every word before a grade, for every grade.
    marks: Vec<u8>,
    /// Whether the text names a trust that runs children's services ("Slough Children's
    /// Services Trust", "the children's trust"): its "trust" is then not a hospital trust.
    children_trust: bool,
}

/// A token's mark: it is in an area's name.
const IN_AREA: u8 = 1;
/// A token's mark: it is in a grade word.
const IN_GRADE: u8 = 2;

fn grade_set() -> &'static PhraseSet<Grade> {
    static SET: OnceLock<PhraseSet<Grade>> = OnceLock::new();
    SET.get_or_init(|| PhraseSet::new(GRADE_PHRASES.iter().chain(RANK_PHRASES).copied()))
}

impl<'d, 'a> Reader<'d, 'a> {
    fn new(doc: &'d Doc<'a>, ctx: &Context) -> Self {
        let sentences = split_sentences(doc);
        let set = area_set(ctx.framework);
        let mut areas = Vec::new();
        let mut councils = Vec::new();
        let cset = council_phrases();
        let mut i = 0;
        let n = doc.tokens.len();
        while i < n {
            if doc.tokens[i].kind != TokenKind::Word {
                i += 1;
                continue;
            }
            if doc.starts_capital(i) {
                if let Some((end, _)) = cset.longest_at(doc, i, n) {
                    councils.push(i..end);
                    i = end;
                    continue;
                }
            }
            if let Some((end, &area)) = set.longest_at(doc, i, n) {
                areas.push((i..end, area));
                i = end;
                continue;
            }
            i += 1;
        }
        let grades = Self::find_grades(doc, &sentences);
        let mut reader = Reader {
            doc,
            ctx: *ctx,
            own_council: None,
            furniture_lines: Self::find_furniture_lines(doc),
            sentences,
            areas,
            councils: Spans::new(councils),
            grades,
            marks: Vec::new(),
            children_trust: names_children_trust(doc),
        };
        reader.mark_tokens();
        reader
    }

    /// Marks the tokens of areas' names and grade words.
    fn mark_tokens(&mut self) {
        let mut marks = vec![0u8; self.doc.tokens.len()];
        for (r, _) in &self.areas {
            marks[r.clone()].iter_mut().for_each(|m| *m |= IN_AREA);
        }
        for g in &self.grades {
            marks[g.tokens.clone()].iter_mut().for_each(|m| *m |= IN_GRADE);
        }
        self.marks = marks;
    }

    /// Counts the place-name words of the document's own council as council mentions, for
    /// councils the gazetteer does not know.
    fn add_council_name(&mut self, name: &str) {
        let lower = crate::letters::lower(name);
        let words: Vec<&str> = lower
            .split(|c: char| !(crate::letters::is_alphanumeric(c) || c == '\''))
            .filter(|w| !w.is_empty() && !GENERIC_NAME_WORDS.contains(w))
            .collect();
        if words.is_empty() {
            return;
        }
        let doc = self.doc;
        let n = doc.tokens.len();
        let mut extra = Vec::new();
        let keys: Vec<crate::text::Key> = words.iter().map(|w| key_hash(w)).collect();
        for i in 0..n {
            if doc.tokens[i].key != keys[0] {
                continue;
            }
            if let Some(end) = doc.keys_at(i, &keys, n) {
                if !self.councils.covers(i) && self.capital(i) {
                    extra.push(i..end);
                }
            }
        }
        if extra.is_empty() {
            return;
        }
        let extra = Spans::new(extra);
        self.areas.retain(|(r, _)| !extra.overlaps(r.clone()));
        let all = self.councils.as_slice().iter().chain(extra.as_slice()).cloned().collect();
        self.councils = Spans::new(all);
        self.mark_tokens();
    }

    /// The grade words within a range of tokens (read once for the whole text).
    fn grades_in(&self, range: Range<usize>) -> Vec<GradeMention> {
        let from = self.grades.partition_point(|g| g.tokens.start < range.start);
        self.grades[from..].iter().take_while(|g| g.tokens.end <= range.end).cloned().collect()
    }

    /// Whether token `i` is part of a grade word.
    fn in_grade(&self, i: usize) -> bool {
        self.marks.get(i).is_some_and(|m| m & IN_GRADE != 0)
    }

    /// Every grade word of the text, in order, within sentences.
    fn find_grades(doc: &Doc, sentences: &[Range<usize>]) -> Vec<GradeMention> {
        let set = grade_set();
        let mut out = Vec::new();
        for sentence in sentences {
            let mut i = sentence.start;
            while i < sentence.end {
                if let Some((end, &grade)) = set.longest_at(doc, i, sentence.end) {
                    out.push(GradeMention { grade, tokens: i..end });
                    i = end;
                } else {
                    i += 1;
                }
            }
        }
        out
    }

    /// Reads the judgements a grade mention makes, if any.
    /// Reads what a grade word says: the judgements it makes (this inspection's or an earlier
    /// one's), or why it makes none.
    fn judge(&self, s_index: usize, g: &GradeMention, prior: &(Option<GradeMention>, Vec<Found>)) -> Mention {
        let sentence = self.sentences[s_index].clone();
        let shape = match self.grade_use(g, sentence.clone()) {
            Ok(shape) => shape,
            Err(reason) => return Mention::dropped(g, sentence, reason),
        };
        let (target, form) = match self.whose(g, &shape, sentence.clone(), prior) {
            Ok(found) => found,
            Err(reason) => return Mention::dropped(g, sentence, reason),
        };
        let mut target = match self.scope(target, &shape, sentence.clone()) {
            Ok(target) => target,
            Err(reason) => return Mention::dropped(g, sentence, reason),
        };
        let when = self.when(s_index, g, &shape, &mut target, form == Reason::ChangeFrom);
        if self.ctx.report && when.earlier.is_none() && !target.strong {
            return Mention::dropped(g, sentence, Reason::ReportProse);
        }
        let evidence = self.evidence_range(sentence.clone(), shape.clause.clone());
        let areas = self.expand(&target, &when, shape.after, sentence.clone());
        let make = |(area, label): (Area, Range<usize>), previous: bool, date: Option<String>| Found {
            area,
            grade: g.grade,
            label,
            evidence: vec![evidence.clone()],
            source: Source::Sentence,
            previous,
            date,
            section: None,
            collective: target.collective,
        };
        let mut out: Vec<Found> = Vec::new();
        if let Some(then) = &when.also_before {
            out.extend(areas.iter().cloned().map(|a| make(a, true, then.clone())));
        }
        out.extend(areas.into_iter().map(|a| make(a, when.earlier.is_some(), when.date.clone())));
        let reason = match when.earlier {
            Some(cue) => cue,
            None if when.also_before.is_some() => Reason::AsBefore,
            None if target.collective => Reason::Collective,
            None => form,
        };
        Mention { grade: g.grade, tokens: g.tokens.clone(), sentence, reason, found: out }
    }

    /// "The same rating was also applied to leadership": a grade named only as the one just
    /// given in the sentence before, said of the areas this sentence names.
    fn same_grade(&self, s_index: usize, before: &[Mention]) -> Option<Mention> {
        let doc = self.doc;
        let sentence = self.sentences[s_index].clone();
        let at = sentence.clone().find(|&i| {
            doc.is(i, "same")
                && doc.in_list(i + 1, crate::words!["rating", "grade", "grading", "judgement", "judgment", "verdict"])
        })?;
        let previous = self.sentences[s_index.checked_sub(1)?].clone();
        // (Mentions are in the order of their sentences: only the last ones can be of the one
        // before.)
        let last = before
            .iter()
            .rev()
            .take_while(|m| m.sentence.start >= previous.start)
            .find(|m| m.sentence == previous && m.found.iter().any(|f| !f.previous))?;
        let areas: Vec<(Area, Range<usize>)> =
            self.areas_in(sentence.clone()).into_iter().filter(|(_, r)| !self.is_descriptive_use(r.clone())).collect();
        if areas.is_empty() || self.other_service_in(sentence.clone()) {
            return None;
        }
        let evidence = self.evidence_range(sentence.clone(), sentence.clone());
        let found = areas
            .into_iter()
            .map(|(area, label)| Found {
                area,
                grade: last.grade,
                label,
                evidence: vec![evidence.clone()],
                source: Source::Sentence,
                previous: false,
                date: None,
                section: None,
                collective: false,
            })
            .collect();
        Some(Mention { grade: last.grade, tokens: at..at + 2, sentence, reason: Reason::SameAsBefore, found })
    }

    fn evidence_range(&self, sentence: Range<usize>, clause: Range<usize>) -> Range<usize> {
        let doc = self.doc;
        let len = doc.clean_span(sentence.clone()).map_or(0, |s| s.len());
        let r = if len > 400 { clause } else { sentence };
        // Trim punctuation at the edges that is not a closing quote or stop.
        let mut start = r.start;
        while start < r.end && doc.tokens[start].kind == TokenKind::Soft && !self.is_quote(start) {
            start += 1;
        }
        start..r.end.max(start)
    }
}

#[cfg(test)]
mod tests;
