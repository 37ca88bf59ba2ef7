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

use crate::dates::Date;
use crate::detect::{council_phrases, in_force};
use crate::frameworks::{framework, FRAMEWORKS, GRADE_PHRASES};
use crate::model::{Area, FrameworkId, Grade, Source};
use crate::text::{key_hash, Doc, PhraseSet, TokenKind, WordList};
use crate::word_list;

use super::cues::{counted, previous_markers};
use super::Found;

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

/// Words of a council's name that are not its place name.
const GENERIC_NAME_WORDS: &[&str] = &[
    "council",
    "county",
    "city",
    "borough",
    "metropolitan",
    "district",
    "of",
    "the",
    "royal",
    "london",
    "corporation",
];

/// Reads every judgement stated in a sentence.
pub fn read(doc: &Doc, ctx: &Context, authority: Option<&str>, council: Option<usize>) -> Vec<Found> {
    let mut reader = Reader::new(doc, ctx);
    reader.own_council = council;
    if let Some(name) = authority {
        reader.add_council_name(name);
    }
    let mut found = Vec::new();
    let mut last_previous_date: Option<(usize, Option<String>)> = None;
    for (s_index, sentence) in reader.sentences.iter().enumerate() {
        let grades = reader.grades_in(sentence.clone());
        if grades.is_empty() || reader.is_furniture(sentence.clone()) {
            continue;
        }
        // The grade before in the same sentence and what it gave: "rated good, up from
        // inadequate" speaks of the same areas twice.
        let mut prior: (Option<GradeMention>, Vec<Found>) = (None, Vec::new());
        let mut in_sentence: Vec<(GradeMention, Vec<Found>)> = Vec::new();
        for g in grades {
            let out = reader.judge(s_index, g.clone(), &prior);
            prior = (Some(g.clone()), out.clone());
            in_sentence.push((g, out));
        }
        reader.past_of_present(sentence.clone(), &mut in_sentence);
        reader.carry_earlier(&mut in_sentence);
        for (_, mut out) in in_sentence {
            for f in &mut out {
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
            found.extend(out);
        }
    }
    found
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
    /// Council mentions (gazetteer names), in order.
    councils: Vec<Range<usize>>,
    /// Line ranges of link lists and other page furniture.
    furniture_lines: Vec<Range<usize>>,
    /// Every grade word in a sentence, in order.
    grades: Vec<GradeMention>,
}

fn grade_set() -> &'static PhraseSet<Grade> {
    static SET: OnceLock<PhraseSet<Grade>> = OnceLock::new();
    SET.get_or_init(|| PhraseSet::new(GRADE_PHRASES.iter().copied()))
}

/// Area names for prose about one framework (or about an unknown one).
fn area_set(framework_id: Option<FrameworkId>) -> &'static PhraseSet<Area> {
    static SETS: OnceLock<Vec<PhraseSet<Area>>> = OnceLock::new();
    let sets = SETS.get_or_init(|| {
        let mut sets: Vec<PhraseSet<Area>> =
            FRAMEWORKS.iter().map(|f| PhraseSet::new(phrases_for(std::slice::from_ref(f)))).collect();
        // Unknown framework: every council framework's wording, later frameworks first so
        // that the usual modern meaning wins where wordings clash. ILACS 2018-22 is left out:
        // its combined "children in care and care leavers" would swallow the two judgements
        // every later text means by those words.
        let council: Vec<_> =
            FRAMEWORKS.iter().rev().filter(|f| f.about_council && f.graded && f.id != FrameworkId::Ilacs2018).collect();
        let mut items: Vec<(&'static str, Area)> = Vec::new();
        for f in council {
            for (p, a) in phrases_for(std::slice::from_ref(f)) {
                if !items.iter().any(|(q, _)| *q == p) {
                    items.push((p, a));
                }
            }
        }
        sets.push(PhraseSet::new(items));
        sets
    });
    match framework_id {
        Some(id) if framework(id).graded && framework(id).about_council => {
            let i = FRAMEWORKS.iter().position(|f| f.id == id).unwrap_or(FRAMEWORKS.len());
            &sets[i]
        }
        _ => &sets[FRAMEWORKS.len()],
    }
}

fn phrases_for(frameworks: &[crate::frameworks::Framework]) -> Vec<(&'static str, Area)> {
    let mut items: Vec<(&'static str, Area)> = Vec::new();
    for f in frameworks {
        for a in f.areas {
            for p in a.printed.iter().chain(a.spoken) {
                if !items.iter().any(|(q, _)| q == p) {
                    items.push((p, a.area));
                }
            }
        }
    }
    items
}

/// Words that may sit between a subject and its grade: copulas, adverbs, and the verbs
/// inspectors grade with.
static VERB_GROUP: WordList = word_list![
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "remains",
    "remain",
    "remained",
    "stays",
    "stay",
    "stayed",
    "continues",
    "continue",
    "continued",
    "now",
    "all",
    "both",
    "also",
    "still",
    "each",
    "again",
    "once",
    "currently",
    "previously",
    "overall",
    "rated",
    "judged",
    "graded",
    "found",
    "assessed",
    "deemed",
    "considered",
    "described",
    "branded",
    "said",
    "declared",
    "classed",
    "labelled",
    "labeled",
    "given",
    "awarded",
    "singled",
    "out",
    "as",
    "to",
    "that",
    "it",
    "they",
    "officially",
    "today",
    "ofsted",
    "by",
    "inspectors",
    "given",
    "rating",
    "a",
    "an",
    "upgraded",
    "downgraded",
    "raised",
    "lowered",
    "moved",
    "promoted",
    "returned",
    "back",
    "up",
    "down",
    "improved",
    "fell",
    "dropped",
    "slipped",
    "rose",
    "climbed",
];

/// Verbs of which a verb group needs at least one.
static VERBS: WordList = word_list![
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "remains",
    "remain",
    "remained",
    "stays",
    "stay",
    "stayed",
    "rated",
    "judged",
    "graded",
    "found",
    "assessed",
    "deemed",
    "considered",
    "described",
    "branded",
    "declared",
    "classed",
    "labelled",
    "labeled",
    "singled",
    "continues",
    "continue",
    "continued",
    "upgraded",
    "downgraded",
    "raised",
    "lowered",
    "moved",
    "promoted",
    "returned",
    "improved",
    "fell",
    "dropped",
    "slipped",
    "rose",
    "climbed",
];

/// Verbs by which a council receives a grade: "received an overall 'good'".
static AWARD_VERBS: WordList = word_list![
    "received",
    "receives",
    "receive",
    "given",
    "awarded",
    "achieved",
    "achieves",
    "earned",
    "gained",
    "retained",
    "kept",
    "maintained",
    "got",
    "gets",
    "secured",
    "won",
    "gave",
    "give",
    "gives",
    "has",
    "holds",
    "held",
    "carries",
];

/// Verbs whose object is rated: "Ofsted rated the council as good".
static RATING_VERBS: WordList = word_list![
    "rated",
    "rate",
    "rates",
    "judged",
    "judge",
    "judges",
    "graded",
    "grade",
    "grades",
    "found",
    "finds",
    "assessed",
    "deemed",
    "considered",
    "branded",
    "labelled",
    "labeled",
    "classed",
    "declared",
];

/// Verbs of a change from one grade to another: "improved from inadequate to good", "Ofsted
/// upgraded the council from requires improvement to good".
static CHANGE_VERBS: WordList = word_list![
    "improved",
    "improve",
    "improves",
    "improving",
    "moved",
    "move",
    "moves",
    "moving",
    "went",
    "gone",
    "go",
    "goes",
    "rose",
    "risen",
    "rise",
    "rises",
    "climbed",
    "climb",
    "climbs",
    "jumped",
    "jump",
    "jumps",
    "leapt",
    "leaped",
    "fell",
    "fallen",
    "fall",
    "falls",
    "dropped",
    "drop",
    "drops",
    "slipped",
    "slip",
    "slips",
    "declined",
    "decline",
    "declines",
    "deteriorated",
    "upgraded",
    "upgrade",
    "upgrades",
    "downgraded",
    "downgrade",
    "downgrades",
    "changed",
    "change",
    "changes",
    "progressed",
    "shifted",
    "raised",
    "lifted",
    "lowered",
    "bounced",
    "turned",
    "slumped"
];

/// Words between a change verb and "from" that say by how much: "rose two grades from".
static CHANGE_MEASURES: WordList = word_list![
    "one", "two", "three", "grade", "grades", "step", "steps", "notch", "notches", "levels", "up", "down", "all",
    "the", "way"
];

/// Words between "having"/"after" and an earlier grade: "having previously been rated",
/// "after being judged".
static PARTICIPLE_LINK: WordList = word_list![
    "previously",
    "formerly",
    "once",
    "originally",
    "initially",
    "been",
    "being",
    "rated",
    "judged",
    "graded",
    "found",
    "assessed",
    "as",
    "to",
    "be",
    "deemed",
    "ranked",
];

/// Nouns that make a grade a judgement's name: "the 'good' judgement", "its inadequate rating".
static JUDGEMENT_NOUNS: WordList = word_list![
    "judgement",
    "judgment",
    "judgements",
    "judgments",
    "rating",
    "ratings",
    "grade",
    "grades",
    "grading",
    "verdict",
    "outcome",
    "result",
    "category",
    "label",
    "status",
    "score",
];

/// Words that may follow a predicative grade: anything else makes it an adjective
/// ("good casework").
static AFTER_GRADE: WordList = word_list![
    "and",
    "in",
    "at",
    "for",
    "by",
    "with",
    "overall",
    "across",
    "as",
    "on",
    "from",
    "since",
    "when",
    "after",
    "before",
    "last",
    "the",
    "this",
    "its",
    "their",
    "but",
    "while",
    "whilst",
    "whereas",
    "although",
    "though",
    "because",
    "despite",
    "following",
    "under",
    "again",
    "too",
    "also",
    "once",
    "now",
    "there",
    "which",
    "who",
    "according",
    "said",
    "says",
    "inspectors",
    "ofsted",
    "to",
    "until",
    "during",
    "or",
    "in",
    "rating",
    "judgement",
    "judgment",
    "grade",
    "verdict",
    "outcome",
    "category",
    "status",
    "a",
    "an",
    "it",
    "they",
    "last",
    "previously",
    "one",
    "two",
    "three",
    "four",
    "all",
    "both",
    "each",
    "these",
    "those",
    "that",
    "he",
    "she",
    "we",
    "our",
    "his",
    "her",
    "so",
    "yet",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "with",
    "into",
    "between",
    "within",
    "of",
    "ratings",
    "judgements",
    "judgments",
    "grades",
    "results",
    "outcomes",
    "grading",
    "gradings",
];

/// Words that negate or doubt a grade in its clause.
static NEGATIONS: WordList = word_list![
    "no", "not", "never", "none", "neither", "nor", "nothing", "nowhere", "cannot", "isn't", "aren't", "wasn't",
    "weren't", "hasn't", "haven't", "don't", "doesn't", "didn't", "won't", "without", "fails", "failed", "unlikely"
];

/// Words that make a grade an aim, a condition or a comparison rather than a result.
static HYPOTHETICAL: WordList = word_list![
    "achieve",
    "achieving",
    "aim",
    "aims",
    "aiming",
    "aimed",
    "ambition",
    "ambitions",
    "goal",
    "target",
    "targets",
    "hope",
    "hopes",
    "hoping",
    "hoped",
    "want",
    "wants",
    "wanted",
    "strive",
    "striving",
    "towards",
    "should",
    "could",
    "would",
    "might",
    "must",
    "will",
    "shall",
    "may",
    "if",
    "unless",
    "than",
    "least",
    "become",
    "becoming",
    "becomes",
    "expect",
    "expects",
    "expected",
    "expectation",
    "needs",
    "need",
    "needed",
    "ensure",
    "ensuring",
    "working",
    "plan",
    "plans",
    "planned",
    "bid",
    "push",
    "pushing",
    "ready",
    "aspire",
    "aspiration",
    "aspires",
    "potential",
    "possible",
    "possibly",
    "move",
    "moving",
    "minimum",
    "whether",
    "get",
    "getting",
    "reach",
    "reaching",
    "wish",
    "strong",
    "enough",
];

/// Subjects that make ", and ..." a new clause.
static NEW_SUBJECTS: WordList = word_list!["it", "they", "he", "she", "we", "inspectors", "ofsted"];

/// Words that end a clause.
static CLAUSE_BREAKS: WordList = word_list![
    "while",
    "whilst",
    "whereas",
    "but",
    "although",
    "though",
    "however",
    "after",
    "before",
    "since",
    "when",
    "where",
    "because",
    "despite",
    "whether",
    "unless",
    "meanwhile",
    "yet",
    "following",
];

/// Words that say a sentence is about some other kind of service.
static OTHER_SERVICES: WordList = word_list![
    "school",
    "schools",
    "academy",
    "academies",
    "nursery",
    "nurseries",
    "college",
    "colleges",
    "hospital",
    "hospitals",
    "cqc",
    "gp",
    "surgery",
    "police",
    "constabulary",
    "university",
    "pupils",
    "headteacher",
    "trust",
    "childminder",
    "childminders",
    "prison",
    "probation",
    "fire",
    "send",
];

/// Words that name the council itself (its overall effectiveness when graded).
static COUNCIL_WORDS: WordList = word_list!["council", "authority", "authority's", "council's", "councils", "la"];

/// Words a subject may contain besides areas and councils.
static SUBJECT_GLUE: WordList = word_list![
    "and",
    "the",
    "its",
    "their",
    "of",
    "for",
    "in",
    "at",
    "with",
    "both",
    "all",
    "as",
    "well",
    "services",
    "service",
    "provision",
    "provisions",
    "arrangements",
    "procedures",
    "work",
    "performance",
    "local",
    "judgement",
    "judgment",
    "graded",
    "overall",
    "inspection",
    "county",
    "city",
    "borough",
    "council",
    "councils",
    "council's",
    "authority",
    "authority's",
    "area",
    "areas",
    "metropolitan",
    "district",
    "royal",
    "london",
    "of",
    "upon",
    "on",
    "our",
    "it",
    "which",
    "this",
    "these",
    "social",
    "care",
    "department",
    "directorate",
    "children's",
    "childrens",
    "whole",
    "children",
    "families",
    "young",
    "people",
    "vulnerable",
    "run",
    "by",
    "provided",
    "delivered",
    "operated",
    "managed",
];

/// Words after which a subject may begin.
static SUBJECT_OPENERS: WordList = word_list![
    "that",
    "and",
    "but",
    "while",
    "whilst",
    "whereas",
    "although",
    "though",
    "when",
    "where",
    "since",
    "after",
    "because",
    "as",
    "so",
    "which",
    "said",
    "says",
    "say",
    "found",
    "finds",
    "concluded",
    "reported",
    "noted",
    "added",
    "stated",
    "warned",
    "confirmed",
    "shows",
    "showed",
    "time",
];

/// Words of a time phrase put before a subject: "In March 2019 the council was rated...", "At
/// its last inspection in 2016 it was judged...".
static TIME_PHRASE_WORDS: WordList = word_list![
    "in",
    "on",
    "at",
    "during",
    "since",
    "by",
    "until",
    "last",
    "this",
    "that",
    "the",
    "its",
    "their",
    "of",
    "year",
    "early",
    "late",
    "autumn",
    "spring",
    "summer",
    "winter",
    "inspection",
    "inspected",
    "ofsted",
    "previous",
    "recent",
    "most",
    "latest",
    "full",
    "then",
    "back",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
];

/// Words that say a sentence is about another council.
static NEIGHBOUR_WORDS: WordList =
    word_list!["neighbour", "neighbours", "neighbouring", "neighbor", "neighbors", "neighboring"];

/// Words that mark a change of time between two grades of one sentence.
static TIME_CHANGE_WORDS: WordList = word_list![
    "but",
    "now",
    "while",
    "whilst",
    "whereas",
    "however",
    "although",
    "though",
    "this",
    "latest",
    "currently",
    "today",
    "since",
    "new",
];

/// Words that stand for a subject named before them.
static PRONOUNS: WordList = word_list!["it", "they", "them"];

/// Words that make a subject mean "every area".
const COLLECTIVE_SUBJECT: &[&str] = &[
    "all areas",
    "all services",
    "all judgements",
    "all judgments",
    "all four areas",
    "all three areas",
    "all four judgements",
    "all three judgements",
    "every area",
    "each area",
    "every judgement",
    "all aspects",
    "everything",
];

/// Counts that make "in N areas" a part of the areas: "in three of the four areas".
static PARTIAL_COUNTS: WordList =
    word_list!["one", "two", "three", "four", "five", "most", "some", "several", "many", "other", "certain", "half"];

/// Phrases after a grade that make it cover every area.
const COLLECTIVE_AFTER: &[&str] = &[
    "in all areas",
    "across all areas",
    "across the board",
    "in every area",
    "in all judgements",
    "in all judgments",
    "for all judgements",
    "on all judgements",
    "in all four areas",
    "in all three areas",
    "across all judgements",
    "across every area",
    "in each area",
    "in all categories",
    "in every category",
    "in every judgement",
    "in each of the four areas",
    "in each of the three areas",
    "in each of the five areas",
    "in each of the four judgement areas",
    "in each of the areas",
    "in each of the four judgements",
    "in every area inspected",
    "in each area inspected",
];

/// Lines that open a list of links to other stories.
const LINK_LIST_HEADERS: &[&str] = &[
    "read more",
    "related stories",
    "related articles",
    "related content",
    "related news",
    "more on this story",
    "more stories",
    "most read",
    "most popular",
    "you may also like",
    "latest news",
    "trending",
    "see also",
    "top stories",
];

/// Words of page furniture: a sentence with them is a link, a banner or a box, not the story.
const FURNITURE: &[&str] = &[
    "cookie",
    "cookies",
    "subscribe",
    "subscription",
    "sign up",
    "newsletter",
    "read more",
    "related articles",
    "related stories",
    "most read",
    "click here",
    "share this",
    "follow us",
    "advertisement",
    "privacy policy",
    "terms and conditions",
    "log in",
    "register",
    "membership",
    "latest digital",
    "per month",
    "free trial",
];

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
        Reader {
            doc,
            ctx: *ctx,
            own_council: None,
            furniture_lines: Self::find_furniture_lines(doc),
            sentences,
            areas,
            councils,
            grades,
        }
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
                if !self.councils.iter().any(|r| r.start <= i && i < r.end) && self.capital(i) {
                    extra.push(i..end);
                }
            }
        }
        if extra.is_empty() {
            return;
        }
        self.areas.retain(|(r, _)| !extra.iter().any(|e| e.start < r.end && r.start < e.end));
        self.councils.extend(extra);
        crate::order::sort_by_key(&mut self.councils, |r| r.start);
    }

    fn is_quote(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Soft)
            && matches!(self.doc.token_text(i), "'" | "\"")
    }

    fn is_furniture(&self, sentence: Range<usize>) -> bool {
        let line = self.doc.line_of(sentence.start);
        self.furniture_lines.iter().any(|r| r.contains(&line)) || any_in(self.doc, &cue_sets().furniture, sentence)
    }

    /// Lines of link lists: after "Read more", "Related stories" and the like, the short lines
    /// up to the next blank line or paragraph.
    fn find_furniture_lines(doc: &Doc) -> Vec<Range<usize>> {
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

    /// The grade words within a range of tokens (read once for the whole text).
    fn grades_in(&self, range: Range<usize>) -> Vec<GradeMention> {
        let from = self.grades.partition_point(|g| g.tokens.start < range.start);
        self.grades[from..].iter().take_while(|g| g.tokens.end <= range.end).cloned().collect()
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

    /// Whether token `i` ends a clause: ";", a spaced dash, "while", "but", "since" and the
    /// like (not inside an area's name: "looked after"), and ", and they". Asked only of the
    /// sentences that hold a grade.
    fn ends_clause(&self, i: usize) -> bool {
        let doc = self.doc;
        let Some(t) = doc.tokens.get(i) else { return true };
        match t.kind {
            // (Punctuation tokens are one character.)
            TokenKind::Soft => match doc.text().as_bytes()[t.start as usize] {
                b';' => true,
                b'-' => self.spaced(i),
                _ => false,
            },
            TokenKind::Word if t.key == key_hash("and") => {
                i > 0 && doc.token_text(i - 1) == "," && doc.in_list(i + 1, &NEW_SUBJECTS)
            }
            TokenKind::Word => CLAUSE_BREAKS.has(t.key) && !self.in_area(i),
            _ => false,
        }
    }

    /// The clause holding token `at` within a sentence.
    fn clause(&self, sentence: Range<usize>, at: Range<usize>) -> Range<usize> {
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
    fn spaced(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        let before = self.doc.text()[..t.start as usize].ends_with([' ', '\n']);
        let after = self.doc.text()[t.end as usize..].starts_with([' ', '\n']);
        before && after
    }

    /// "The council, which was rated inadequate, is now rated good": when one sentence gives
    /// an area two grades of this inspection, one said in the past tense and one in the present
    /// ("is", "now", "has been"), the past one is the earlier inspection's.
    fn past_of_present(&self, sentence: Range<usize>, in_sentence: &mut [(GradeMention, Vec<Found>)]) {
        if in_sentence.iter().filter(|(_, found)| !found.is_empty()).count() < 2 {
            return;
        }
        let doc = self.doc;
        // The tense of the verb group just before the grade.
        let tense = |g: &GradeMention| {
            let clause = self.clause(sentence.clone(), g.tokens.clone());
            let mut v = g.tokens.start;
            while v > clause.start
                && (doc.tokens[v - 1].kind == TokenKind::Soft && self.is_quote(v - 1)
                    || doc.in_list(v - 1, &VERB_GROUP)
                    || doc.in_list(v - 1, &VERBS)
                    || doc.in_list(v - 1, &RATING_VERBS))
            {
                v -= 1;
            }
            let group = v..g.tokens.start;
            let present = group.clone().any(|i| doc.is_any(i, &["now", "is", "are", "has", "have"]));
            let past = group.clone().any(|i| doc.is_any(i, &["was", "were", "had", "previously"]));
            (present && !past, past && !present)
        };
        let tenses: Vec<(bool, bool)> = in_sentence.iter().map(|(g, _)| tense(g)).collect();
        let present_grades: Vec<(Area, Grade)> = in_sentence
            .iter()
            .zip(&tenses)
            .filter(|(_, (present, _))| *present)
            .flat_map(|((_, found), _)| found.iter().filter(|f| !f.previous).map(|f| (f.area, f.grade)))
            .collect();
        for ((_, found), (_, past)) in in_sentence.iter_mut().zip(&tenses) {
            if !*past {
                continue;
            }
            for f in found.iter_mut().filter(|f| !f.previous) {
                if present_grades.iter().any(|&(area, grade)| area == f.area && grade != f.grade) {
                    f.previous = true;
                }
            }
        }
    }

    /// "Its last inspection, in 2017, found the service inadequate, with care leavers also
    /// judged inadequate": a grade joined to an earlier inspection's grade by "with", "also" or
    /// "as well", with nothing between them to mark a change of time, is that inspection's too.
    fn carry_earlier(&self, in_sentence: &mut [(GradeMention, Vec<Found>)]) {
        let doc = self.doc;
        for k in 1..in_sentence.len() {
            let (head, tail) = in_sentence.split_at_mut(k);
            let (a, a_found) = &head[k - 1];
            let (b, b_found) = &mut tail[0];
            let earlier = !a_found.is_empty() && a_found.iter().all(|f| f.previous);
            if !earlier || b_found.is_empty() || b_found.iter().any(|f| f.previous) {
                continue;
            }
            let between = a.tokens.end..b.tokens.start;
            let joined = between.clone().any(|i| doc.is_any(i, &["with", "also"]));
            let change =
                between.clone().any(|i| doc.in_list(i, &TIME_CHANGE_WORDS)) || !doc.dates_in(between).is_empty();
            if joined && !change {
                let date = a_found.iter().find_map(|f| f.date.clone());
                for f in b_found.iter_mut() {
                    f.previous = true;
                    f.date = date.clone();
                }
            }
        }
    }

    /// Reads the judgements a grade mention makes, if any.
    fn judge(&self, s_index: usize, g: GradeMention, prior: &(Option<GradeMention>, Vec<Found>)) -> Vec<Found> {
        let doc = self.doc;
        let sentence = self.sentences[s_index].clone();
        let clause = self.clause(sentence.clone(), g.tokens.clone());
        // Quotes around the grade.
        let mut before = g.tokens.start;
        while before > clause.start && self.is_quote(before - 1) {
            before -= 1;
        }
        let mut after = g.tokens.end;
        while after < clause.end
            && (self.is_quote(after) || doc.token_text(after) == ".")
            && doc.tokens[after].kind != TokenKind::Word
        {
            if doc.tokens[after].kind == TokenKind::Stop {
                break;
            }
            after += 1;
        }
        let quoted = before < g.tokens.start;
        let verb_form = !matches!(g.grade, Grade::Outstanding | Grade::Good | Grade::Adequate | Grade::Inadequate);

        // "good or outstanding": a range, not a grade.
        if self.next_word_is(after, clause.end, &["or"]) || self.prev_word_is(before, clause.start, &["or", "nor"]) {
            return Vec::new();
        }
        // Degree words make a grade an ordinary adjective: "very good", "generally good" (but
        // "a rating of good" is a judgement's name).
        let rating_of =
            before >= clause.start + 2 && doc.is(before - 1, "of") && doc.in_list(before - 2, &JUDGEMENT_NOUNS);
        if before > clause.start
            && !rating_of
            && doc.is_any(
                before - 1,
                &[
                    "very",
                    "really",
                    "generally",
                    "mostly",
                    "largely",
                    "consistently",
                    "increasingly",
                    "often",
                    "sometimes",
                    "extremely",
                    "particularly",
                    "less",
                    "more",
                    "most",
                    "better",
                    "always",
                    "usually",
                    "broadly",
                    "reasonably",
                    "fairly",
                    "quite",
                    "so",
                    "too",
                    "pretty",
                    "some",
                    "much",
                    "many",
                    "of",
                    "wholly",
                    "highly",
                    "equally",
                    "similarly",
                ],
            )
        {
            return Vec::new();
        }
        // What follows the grade.
        let next = self.next_word_index(after, clause.end.max(after));
        let next_same_line = next.is_some_and(|n| doc.tokens[n].line == doc.tokens[g.tokens.end - 1].line);
        let next_capital_new_line = next.is_some_and(|n| !next_same_line && doc.starts_capital(n));
        let nominal = next.is_some_and(|n| doc.in_list(n, &JUDGEMENT_NOUNS)) && next_same_line;
        let council_nominal =
            quoted && next.is_some_and(|n| doc.is_any(n, &["council", "authority"])) && next_same_line;
        if let Some(n) = next {
            let ok = doc.in_list(n, &AFTER_GRADE)
                || next_capital_new_line
                || council_nominal
                || doc.tokens[n].kind == TokenKind::Number;
            // The grade word followed directly by a noun on the same line: an adjective.
            // (Punctuation between them, other than a closing quote, ends the phrase: "good,
            // leaders have...".)
            let punctuated = (g.tokens.end..n).any(|i| !self.is_quote(i));
            if !ok && !verb_form && next_same_line && !punctuated {
                return Vec::new();
            }
        }
        // Grades said "when"/"if" something holds are descriptors, not results.
        if next.is_some_and(|n| doc.is_any(n, &["when", "if", "where", "unless"])) {
            return Vec::new();
        }
        // "good at recognising ...", "outstanding in ensuring ...": a skill, not a grade (but
        // "good in safeguarding" names an area).
        if next.is_some_and(|n| {
            doc.is_any(n, &["at", "in"])
                && doc.tokens.get(n + 1).is_some_and(|t| t.kind == TokenKind::Word)
                && doc.token_text(n + 1).ends_with("ing")
                && !self.in_area(n + 1)
        }) {
            return Vec::new();
        }

        // Negated, hoped for or compared: nothing.
        // (Words inside area names do not count: "children who need help".)
        let lead: Vec<usize> = (clause.start..before).filter(|&i| !self.in_area(i)).collect();
        if lead.iter().any(|&i| doc.in_list(i, &NEGATIONS) && !doc.is(i + 1, "longer")) {
            return Vec::new();
        }
        if lead.iter().any(|&i| doc.in_list(i, &HYPOTHETICAL)) {
            return Vec::new();
        }
        // ("received a good rating" names a judgement.)
        if !nominal && self.report_descriptor(clause.clone(), g.tokens.clone()) {
            return Vec::new();
        }

        // Who or what is graded.
        let mut target = self.special_forms(&g, clause.clone(), before, after);
        if target.is_none() {
            target = self.change_target(&g, clause.clone(), sentence.start);
        }
        if target.is_none() && (nominal || council_nominal) {
            target = self.nominal_target(&g, clause.clone(), before, next.unwrap_or(after));
        }
        // "an overall rating of 'good'": the noun comes first.
        if target.is_none() && rating_of {
            target = self.nominal_target(&g, clause.clone(), before - 2, after.max(1) - 1);
        }
        if target.is_none() {
            target = self.after_for(after, clause.end);
        }
        if target.is_none() {
            target = self.subject_target(&g, clause.clone(), before, sentence.start);
        }
        if target.is_none() {
            target = self.active_target(clause.clone(), before);
        }
        if target.is_none() {
            target = self.headline_target(sentence.clone(), before, after, quoted);
        }
        if target.is_none() {
            target = self.shared_subject_target(before, prior);
        }
        let mut inherited = false;
        if target.is_none() {
            target = self.earlier_grade_target(&g, before, prior);
            inherited = target.is_some();
        }
        let Some(mut target) = target else { return Vec::new() };

        // Other services in the same clause: only when an area of ours is named outright.
        let other = clause.clone().any(|i| doc.in_list(i, &OTHER_SERVICES))
            || any_in(doc, &cue_sets().other_services, clause.clone());
        if other && !target.named {
            return Vec::new();
        }
        // "... were inadequate, as was the leadership of the service": the grade is shared.
        let shared = self.as_was_areas(after, sentence.end);
        if !shared.is_empty() {
            target.areas.extend(shared);
            target.named = true;
        }
        // A sentence about a neighbouring council ("Carnford's neighbour, Lesterton, was rated
        // good, with its services for looked after children judged outstanding") may not name
        // it as a council at all: nothing in it is taken.
        if sentence.clone().any(|i| doc.in_list(i, &NEIGHBOUR_WORDS)) {
            return Vec::new();
        }
        // "good in all areas", "a 'good' rating across all areas"; but "good in three of the
        // four areas" names no area at all.
        let tail = match next {
            Some(n) if nominal => n + 1,
            _ => after,
        };
        if self.collective_after(tail, clause.end) {
            target.collective = true;
        } else if let (false, Some(list)) = (target.named, self.partial_after(tail, clause.end)) {
            // "... in two areas: leadership and care leavers" names them after all.
            let mut i = list;
            let end = self.sentence_end_from(list);
            while i < end && (doc.tokens[i].kind == TokenKind::Soft || doc.is_any(i, &["namely", "these", "were"])) {
                i += 1;
            }
            let named = self.area_list_from(i, end);
            if named.is_empty() || i == list {
                return Vec::new();
            }
            target = Target::named(named, false);
        }

        // Earlier or this inspection.
        let (mut previous, mut date) = self.earlier(sentence.clone(), clause.clone(), &g);
        previous |= inherited;
        // "rated good, as was the case in 2019": this grade, and the same one before.
        let as_before = {
            let i = doc.skip_soft(after, sentence.end);
            doc.words_at(i, &["as", "was", "the", "case"], sentence.end)
                .or_else(|| doc.words_at(i, &["as", "it", "was"], sentence.end))
                .or_else(|| doc.words_at(i, &["as", "they", "were"], sentence.end))
        };
        let mut also_before: Option<Option<String>> = None;
        if let (Some(end), false) = (as_before, inherited) {
            let then = self.clause(sentence.clone(), end..end);
            also_before = Some(doc.dates_in(end..then.end).last().map(|d| d.date.iso()));
            previous = false;
            date = None;
        }
        if !previous {
            if let Some((d, area)) = self.after_previous_sentence(s_index, clause.clone(), before) {
                previous = true;
                date = d;
                // "The previous inspection of X's services for looked after children was in
                // 2011. The local authority was judged to be good.": the earlier sentence names
                // the area.
                if let (false, Some(area)) = (target.named, area) {
                    target.areas = vec![(area, target.label.clone())];
                }
            }
        }
        if self.ctx.ungraded {
            previous = true;
        }
        if self.ctx.report && !previous && !target.strong {
            return Vec::new();
        }
        let evidence = self.evidence_range(sentence.clone(), clause);
        let areas: Vec<(Area, Range<usize>)> = if target.collective {
            let fw = if previous {
                date.as_deref().and_then(Date::from_iso).and_then(framework_in_force).or(self.ctx.framework)
            } else {
                self.ctx.framework
            };
            // "... in all areas apart from leadership, which was judged inadequate".
            let excepted = self.excepted_areas(after, sentence.end);
            match fw {
                Some(id) => framework(id)
                    .areas
                    .iter()
                    .filter(|a| (a.in_table || a.area == Area::Overall) && !excepted.contains(&a.area))
                    .map(|a| (a.area, target.label.clone()))
                    .collect(),
                None => vec![(Area::Overall, target.label.clone())],
            }
        } else {
            target.areas.clone()
        };
        let found = |(area, label): (Area, Range<usize>), previous: bool, date: Option<String>| Found {
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
        if let Some(then) = also_before {
            out.extend(areas.iter().cloned().map(|a| found(a, true, then.clone())));
        }
        out.extend(areas.into_iter().map(|a| found(a, previous, date.clone())));
        out
    }

    fn stop_between(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| self.doc.tokens[i].kind == TokenKind::Stop)
    }

    fn next_word_index(&self, from: usize, limit: usize) -> Option<usize> {
        (from..limit)
            .find(|&i| self.doc.tokens[i].kind == TokenKind::Word || self.doc.tokens[i].kind == TokenKind::Number)
            .filter(|&i| !self.stop_between(from, i))
    }

    fn next_word_is(&self, from: usize, limit: usize, words: &[&str]) -> bool {
        self.next_word_index(from, limit).is_some_and(|i| self.doc.is_any(i, words))
    }

    fn prev_word_is(&self, before: usize, limit: usize, words: &[&str]) -> bool {
        (limit..before)
            .rev()
            .find(|&i| self.doc.tokens[i].kind == TokenKind::Word)
            .is_some_and(|i| self.doc.is_any(i, words))
    }

    /// Generic descriptors printed in early reports ("Leadership ... require improvement when
    /// ...") and definitions ("A good local authority leads ...").
    fn report_descriptor(&self, clause: Range<usize>, g: Range<usize>) -> bool {
        let doc = self.doc;
        // "A good local authority", "an outstanding LSCB", "In a local authority that requires".
        g.start > clause.start && doc.is_any(g.start - 1, &["a", "an"]) && !doc.is(g.start.saturating_sub(2), "overall")
    }

    fn areas_in(&self, range: Range<usize>) -> Vec<(Area, Range<usize>)> {
        let from = self.areas.partition_point(|(r, _)| r.start < range.start);
        self.areas[from..].iter().take_while(|(r, _)| r.end <= range.end).map(|(r, a)| (*a, r.clone())).collect()
    }

    fn council_in(&self, range: Range<usize>) -> bool {
        let from = self.councils.partition_point(|r| r.start < range.start);
        self.councils[from..].iter().take_while(|r| r.end <= range.end).next().is_some()
            || range.clone().any(|i| self.doc.in_list(i, &COUNCIL_WORDS))
    }

    /// "The report identified only one area which required improvement - X"; "the overall
    /// judgement is G"; "'overall good'", "good overall".
    fn special_forms(&self, g: &GradeMention, clause: Range<usize>, before: usize, after: usize) -> Option<Target> {
        let doc = self.doc;
        // "area(s) which/that required improvement - X" / "was rated good: X".
        let lead_words: Vec<usize> =
            (clause.start..before).filter(|&i| doc.tokens[i].kind == TokenKind::Word).collect();
        if let [.., a, b] = lead_words.as_slice() {
            let area_word =
                doc.is_any(*a, &["area", "areas", "aspect", "judgement"]) && doc.is_any(*b, &["which", "that"]);
            let area_verb = lead_words.len() >= 3
                && doc.is_any(lead_words[lead_words.len() - 3], &["area", "areas"])
                && doc.is_any(*a, &["which", "that"])
                && doc.is_any(*b, &["was", "were", "is", "are"]);
            if area_word || area_verb {
                // The areas named after the grade, past a dash, colon or "was".
                let mut i = after;
                let end = self.sentence_end_from(after);
                while i < end
                    && (doc.tokens[i].kind == TokenKind::Soft
                        || doc.is_any(i, &["was", "were", "is", "are", "namely", "being", "for"]))
                {
                    i += 1;
                }
                let named = self.areas_in(i..end);
                let named: Vec<_> = named.into_iter().filter(|(_, r)| self.only_glue(i..r.start)).collect();
                if !named.is_empty() {
                    return Some(Target::named(named, true));
                }
            }
        }
        // "overall judgement (is|to be) G", "the overall inspection judgement to be G".
        let overall_judgement = (clause.start..before).any(|i| {
            doc.is(i, "overall")
                && (doc.is(i + 1, "judgement")
                    || doc.is(i + 1, "judgment")
                    || (doc.is(i + 1, "inspection") && doc.is_any(i + 2, &["judgement", "judgment"])))
        });
        if overall_judgement && self.only_verbs(self.last_judgement_word(clause.start, before) + 1..before) {
            return Some(Target::overall(g.tokens.clone(), true));
        }
        // "'overall good'", "rated good overall", "an overall 'good'".
        let prev_overall = (clause.start..g.tokens.start)
            .rev()
            .find(|&i| !self.is_quote(i))
            .is_some_and(|i| doc.is(i, "overall") && (i + 1..g.tokens.start).all(|j| self.is_quote(j)));
        let next_overall = self
            .next_word_index(after, clause.end)
            .is_some_and(|i| doc.is(i, "overall") && doc.tokens[i].line == doc.tokens[g.tokens.start].line);
        if prev_overall || next_overall {
            // Unless an area is the subject: "Leadership was rated good overall".
            let subject = self.subject_target(g, clause.clone(), before, self.sentence_start_of(clause.start));
            if let Some(t) = subject {
                if t.named {
                    return Some(t);
                }
            }
            let verb_or_rated = (clause.start..before)
                .any(|i| doc.in_list(i, &VERBS) || doc.in_list(i, &RATING_VERBS) || doc.in_list(i, &AWARD_VERBS));
            if verb_or_rated {
                return Some(Target::overall(g.tokens.clone(), true));
            }
        }
        None
    }

    fn last_judgement_word(&self, from: usize, to: usize) -> usize {
        (from..to).rev().find(|&i| self.doc.is_any(i, &["judgement", "judgment"])).unwrap_or(from)
    }

    /// The first token of the sentence holding token `i`.
    fn sentence_start_of(&self, i: usize) -> usize {
        let k = self.sentences.partition_point(|r| r.end <= i);
        self.sentences.get(k).map_or(i, |r| r.start.min(i))
    }

    fn sentence_end_from(&self, i: usize) -> usize {
        self.sentences.iter().find(|s| s.contains(&i) || s.start >= i).map_or(self.doc.tokens.len(), |s| s.end)
    }

    /// Whether tokens are only verbs of a verb group (and quotes).
    fn only_verbs(&self, range: Range<usize>) -> bool {
        range.clone().all(|i| self.doc.tokens[i].kind == TokenKind::Soft || self.doc.in_list(i, &VERB_GROUP))
    }

    fn only_glue(&self, range: Range<usize>) -> bool {
        range.clone().all(|i| self.doc.tokens[i].kind == TokenKind::Soft || self.doc.in_list(i, &SUBJECT_GLUE))
    }

    /// "the 'good' judgement", "its inadequate rating", "the 'inadequate' outcome in relation
    /// to the 'quality of practice'".
    fn nominal_target(&self, g: &GradeMention, clause: Range<usize>, before: usize, noun: usize) -> Option<Target> {
        let doc = self.doc;
        // What it is a judgement of: "for X", "in relation to X", "on X", "of X".
        let mut i = noun + 1;
        while i < clause.end
            && (doc.tokens[i].kind == TokenKind::Soft
                || doc.is_any(
                    i,
                    &["in", "relation", "to", "for", "on", "of", "the", "its", "their", "by", "ofsted", "inspectors"],
                ))
        {
            i += 1;
        }
        let named = self.areas_in(noun + 1..clause.end);
        if let Some((_, r)) = named.first() {
            if r.start <= i + 1 {
                // "good grades for the help and protection of children, for children in care
                // and for the impact of leaders".
                return Some(Target::named(self.area_list_from(r.start, clause.end), true));
            }
        }
        // Otherwise the council's own: "the 'good' judgement", "Cambridgeshire's inadequate rating".
        let det = (clause.start..before).rev().find(|&j| doc.tokens[j].kind == TokenKind::Word);
        let definite = det.is_some_and(|j| {
            doc.is_any(j, &["the", "its", "their", "an", "a", "overall", "council's", "authority's"])
                || doc.token_text(j).ends_with("'s")
        });
        if definite {
            // A subject naming an area: "Adoption received a 'good' rating".
            let det_at = det.unwrap_or(before);
            let award = (clause.start..det_at)
                .rev()
                .find(|&k| doc.tokens[k].kind == TokenKind::Word)
                .filter(|&k| doc.in_list(k, &AWARD_VERBS));
            // "Inspectors gave the council a good grade": the receiver between verb and grade.
            let giver = (clause.start..det_at)
                .rev()
                .take(8)
                .find(|&k| doc.is_any(k, &["gave", "give", "gives", "given", "awarded"]));
            let receiver = giver
                .filter(|&verb| verb + 1 < det_at)
                .and_then(|verb| self.object_target(clause.clone(), verb, verb + 1..det_at));
            if receiver.is_some() {
                return receiver;
            }
            let subject = match award {
                Some(verb) => self.subject_before(g, clause.clone(), verb, self.sentence_start_of(clause.start), true),
                None => self.subject_target(g, clause.clone(), det_at, self.sentence_start_of(clause.start)),
            };
            if let Some(t) = subject {
                if t.named {
                    return Some(t);
                }
            } else if award.is_some() {
                // Something we do not know received it: "The fostering service received a
                // 'good' rating".
                return None;
            }
            // "a good judgement" by anyone but the council is an ordinary phrase ("social
            // workers made a good judgement about risk"), unless the grade is quoted.
            let indefinite = det.is_some_and(|j| doc.is_any(j, &["a", "an"]));
            if indefinite && award.is_none() && g.tokens.start == before {
                return None;
            }
            return Some(Target::overall(g.tokens.clone(), true));
        }
        None
    }

    /// "rated good for leadership", "graded inadequate for its help and protection".
    fn after_for(&self, after: usize, end: usize) -> Option<Target> {
        let doc = self.doc;
        let mut i = self.doc.skip_soft(after, end);
        if !(i < end && doc.is_any(i, &["for", "on", "in"])) {
            return None;
        }
        i += 1;
        while i < end && (doc.tokens[i].kind == TokenKind::Soft || doc.is_any(i, &["its", "the", "their", "both"])) {
            i += 1;
        }
        let named = self.area_list_from(i, end);
        if named.is_empty() {
            return None;
        }
        Some(Target::named(named, true))
    }

    /// A list of areas starting at token `i`: "A, B and C".
    fn area_list_from(&self, i: usize, end: usize) -> Vec<(Area, Range<usize>)> {
        let mut out = Vec::new();
        let mut at = i;
        for (area, r) in self.areas_in(i..end) {
            if r.start != at && !self.only_glue_list(at..r.start) {
                break;
            }
            out.push((area, r.clone()));
            at = r.end;
        }
        out
    }

    fn only_glue_list(&self, range: Range<usize>) -> bool {
        range.clone().all(|i| {
            self.doc.tokens[i].kind == TokenKind::Soft
                || self.doc.is_any(i, &["and", "the", "its", "their", "as", "well", "both", "also", "for"])
        })
    }

    /// The subject of the verb group that ends just before the grade.
    fn subject_target(
        &self,
        g: &GradeMention,
        clause: Range<usize>,
        before: usize,
        sentence_start: usize,
    ) -> Option<Target> {
        self.subject_before(g, clause, before, sentence_start, false)
    }

    /// [`Reader::subject_target`] for a subject ending at `before`; `verb_given` when the word
    /// at `before` is a verb the caller has found ("Leadership improved from ...").
    fn subject_before(
        &self,
        g: &GradeMention,
        clause: Range<usize>,
        before: usize,
        sentence_start: usize,
        verb_given: bool,
    ) -> Option<Target> {
        let doc = self.doc;
        // The verb group, leftwards.
        let mut v = before;
        let mut has_verb = false;
        while v > clause.start {
            let t = v - 1;
            let tok = &doc.tokens[t];
            if tok.kind == TokenKind::Soft {
                if matches!(doc.token_text(t), "'" | "\"" | ",") {
                    v -= 1;
                    continue;
                }
                break;
            }
            // "it"/"they" belong to a verb group only in "is that it is".
            let pronoun = doc.is_any(t, &["it", "they"]);
            if tok.kind == TokenKind::Word
                && doc.in_list(t, &VERB_GROUP)
                && (!pronoun || t > 0 && doc.is(t - 1, "that") && doc.in_list(t + 1, &VERB_GROUP))
            {
                has_verb |= doc.in_list(t, &VERBS);
                v -= 1;
                continue;
            }
            break;
        }
        // "X requires improvement": the grade is itself the verb.
        // "Help and protection, previously inadequate, is now good": an aside of "previously"
        // and a grade is said of what comes before its comma.
        if !has_verb
            && v > clause.start
            && doc.token_text(v - 1) == ","
            && (v..before).any(|i| doc.is_any(i, &["previously", "formerly"]))
            && (v..before).all(|i| doc.is_any(i, &["previously", "formerly"]) || self.is_quote(i))
        {
            has_verb = true;
        }
        // Every wording of "requires improvement" in the grade table starts with its verb. (Not
        // after "as": in "rated A, B and C as requires improvement" the grade is a name.)
        let verb_form =
            matches!(g.grade, Grade::RequiresImprovement) && !(before > clause.start && doc.is(before - 1, "as"));
        if !has_verb && !verb_form && !verb_given {
            // "X: good" (a heading, or a list of results).
            let colon = (v..before).any(|i| doc.token_text(i) == ":");
            if !colon {
                return None;
            }
        }
        // "Slough, which was inspected in March, was rated good": the subject comes before a
        // parenthesis between commas.
        if v < before && doc.token_text(v) == "," {
            let open = (clause.start..v)
                .rev()
                .take(20)
                .take_while(|&i| doc.tokens[i].kind != TokenKind::Stop)
                .find(|&i| doc.token_text(i) == ",");
            if let Some(open) = open {
                let about_it = doc
                    .is_any(open + 1, &["which", "who", "having", "now", "once", "itself", "previously", "formerly"]);
                if about_it {
                    v = open;
                }
            }
        }
        // The subject, leftwards: areas, councils and glue words.
        let mut s = v;
        while s > clause.start {
            let t = s - 1;
            if let Some((r, _)) = self.area_ending_at(s) {
                s = r.start;
                continue;
            }
            if let Some(r) = self.council_ending_at(s) {
                s = r.start;
                continue;
            }
            let tok = &doc.tokens[t];
            let glue = match tok.kind {
                TokenKind::Soft => matches!(doc.token_text(t), "," | "'" | "\"" | "-" | "(" | ")" | "/"),
                TokenKind::Word => doc.in_list(t, &SUBJECT_GLUE) || self.capital(t) && !doc.in_list(t, &VERB_GROUP),
                _ => false,
            };
            if !glue {
                break;
            }
            s -= 1;
        }
        // The subject must start where a subject can: at the clause's start, after a comma or
        // quote, or after "that", "and", "said"... ("placed for adoption is good" is not about
        // adoption). Of the places it could start, the earliest that still names something.
        let opener_at = |c: usize| {
            c <= clause.start
                || matches!(doc.tokens[c - 1].kind, TokenKind::Soft if matches!(doc.token_text(c - 1), "," | ":" | "(" | "'" | "\"" | "-"))
                || doc.in_list(c - 1, &SUBJECT_OPENERS)
                // A sentence run on after a date or figure with no full stop (text flattened
                // from a title block).
                || (doc.tokens[c - 1].kind == TokenKind::Number && self.capital(c))
                // "In 2019 the council was rated ...".
                || self.time_phrase(clause.start..c)
        };
        // "..., leadership, which was judged inadequate": a relative clause's antecedent is the
        // area (or council) just before its comma.
        if v >= 2 && doc.is_any(v - 1, &["which", "who"]) && doc.token_text(v - 2) == "," {
            if let Some((r, area)) = self.area_ending_at(v - 2) {
                return Some(Target::named(vec![(area, r)], false));
            }
            if let Some(r) = self.council_ending_at(v - 2) {
                return Some(Target::overall(r, false));
            }
            if v >= 3 && doc.in_list(v - 3, &COUNCIL_WORDS) {
                return Some(Target::overall(v - 3..v - 2, false));
            }
        }
        // "... two years after they were rated inadequate", "When it was last inspected in 2019,
        // it was rated good": a pronoun stands for what was named before it.
        if v > clause.start && doc.in_list(v - 1, &PRONOUNS) {
            let p = v - 1;
            if p == clause.start || opener_at(p) || self.time_phrase(clause.start..p) {
                return self.referent(sentence_start, p);
            }
        }
        let names_something =
            |c: usize| !self.areas_in(c..v).is_empty() || self.council_in(c..v) || self.services_only(c..v);
        let s = (s..v).filter(|&c| opener_at(c) && (c == s || !self.in_area(c - 1))).find(|&c| names_something(c))?;
        // "The interface between early help and children's social care is good": after a bare
        // "and", the subject is the whole phrase, which names something else.
        // (An "and" after a verb or a grade joins clauses: "leaders were judged outstanding and
        // help and protection was judged good".)
        let joins_phrases = s > clause.start
            && doc.is_any(s - 1, &["and", "or"])
            && doc.token_text(s - 2) != ","
            && !(clause.start..s - 1).any(|i| doc.in_list(i, &VERB_GROUP) || doc.in_list(i, &VERBS))
            && self.grades_in(clause.start..s - 1).is_empty();
        if joins_phrases {
            return None;
        }
        if self.other_council(s..v) {
            return None;
        }
        let span = s..v;
        let whole_subject = s == clause.start || s == sentence_start || s <= clause.start + 1;
        let mut named = self.areas_in(span.clone());
        // A relative clause: ", which was rated good" takes its antecedent.
        if named.is_empty()
            && span.clone().any(|i| doc.is_any(i, &["which", "that", "who"]))
            && !self.council_in(span.clone())
        {
            return None;
        }
        named.retain(|(_, r)| !self.is_descriptive_use(r.clone()));
        if any_in(doc, &cue_sets().collective_subject, span.clone()) {
            let mut t = Target::overall(g.tokens.clone(), whole_subject);
            t.collective = true;
            return Some(t);
        }
        if !named.is_empty() {
            return Some(Target::named(named, whole_subject || self.ctx.report));
        }
        if self.council_in(span.clone()) || self.services_only(span.clone()) {
            return Some(Target::overall(span, whole_subject && !self.ctx.report || self.headline_subject(s, v)));
        }
        None
    }

    /// "The council was rated inadequate but is now rated good", "Leadership was good and is
    /// now outstanding": a verb group straight after "and"/"but" that follows the previous
    /// grade shares that grade's subject.
    fn shared_subject_target(&self, before: usize, prior: &(Option<GradeMention>, Vec<Found>)) -> Option<Target> {
        let doc = self.doc;
        let (Some(prior_grade), found) = prior else { return None };
        let mut v = before;
        while v > prior_grade.tokens.end
            && (self.is_quote(v - 1)
                || doc.in_list(v - 1, &VERB_GROUP)
                || doc.in_list(v - 1, &VERBS)
                || doc.in_list(v - 1, &RATING_VERBS))
        {
            v -= 1;
        }
        let verb = (v..before).any(|i| doc.tokens[i].kind == TokenKind::Word);
        // "..., when that area was rated good": the area of the grade before.
        if verb
            && v >= 2
            && doc.is_any(v - 2, &["that", "this", "same"])
            && doc.is_any(v - 1, &["area", "judgement", "aspect"])
        {
            let areas: Vec<(Area, Range<usize>)> = found.iter().map(|f| (f.area, f.label.clone())).collect();
            return (!areas.is_empty()).then(|| Target::named(areas, false));
        }
        if !verb || v == 0 || !doc.is_any(v - 1, &["and", "but"]) {
            return None;
        }
        if !(prior_grade.tokens.end..v - 1).all(|i| doc.tokens[i].kind == TokenKind::Soft) {
            return None;
        }
        current_areas(found)
    }

    /// A grade tied to the grade just before it as that one's past: "rated requires
    /// improvement, down from good in 2019", "now rated good, having previously been
    /// inadequate", "rated good, after being judged inadequate". It is an earlier grade of the
    /// same areas.
    fn earlier_grade_target(
        &self,
        g: &GradeMention,
        before: usize,
        prior: &(Option<GradeMention>, Vec<Found>),
    ) -> Option<Target> {
        let doc = self.doc;
        let (Some(prior_grade), found) = prior else { return None };
        let mut link = prior_grade.tokens.end..before;
        if self.stop_between(link.start, link.end) || link.len() > 24 {
            return None;
        }
        // "rated good in its latest inspection, having been rated inadequate": the words after
        // the last comma make the link.
        if link.len() > 10 {
            let comma = link.clone().rev().find(|&i| doc.token_text(i) == ",")?;
            link = comma + 1..before;
            if link.len() > 10 {
                return None;
            }
        }
        let words: Vec<usize> = link.clone().filter(|&i| doc.tokens[i].kind == TokenKind::Word).collect();
        let down_from =
            words.iter().rev().find(|&&i| doc.is(i, "from")).is_some_and(|&from| {
                self.grade_follows_from(from, g) && words.iter().filter(|&&i| i < from).count() <= 4
            });
        let participle = matches!(words.first(), Some(&w) if doc.is_any(w, &["having", "after"]))
            && words.iter().any(|&i| doc.is_any(i, &["been", "being"]))
            && words[1..].iter().all(|&i| doc.in_list(i, &PARTICIPLE_LINK));
        if !(down_from || participle) || !self.areas_in(link.clone()).is_empty() || self.council_in(link) {
            return None;
        }
        current_areas(found)
    }

    /// What a pronoun at token `p` stands for: the areas, council or services named before it
    /// in its sentence, or else in the sentence before.
    fn referent(&self, sentence_start: usize, p: usize) -> Option<Target> {
        let doc = self.doc;
        let k = self.sentences.partition_point(|r| r.end <= sentence_start);
        let earlier = k.checked_sub(1).and_then(|k| self.sentences.get(k)).cloned();
        let heads = [(p > sentence_start).then_some(sentence_start..p), earlier];
        for head in heads.into_iter().flatten() {
            let other = head.clone().any(|i| doc.in_list(i, &OTHER_SERVICES))
                || any_in(doc, &cue_sets().other_services, head.clone())
                || self.other_council(head.clone());
            if other {
                return None;
            }
            let named = self.areas_in(head.clone());
            if let Some((area, r)) = named.first() {
                return Some(Target::named(vec![(*area, r.clone())], false));
            }
            if self.council_in(head.clone()) || self.services_only(head.clone()) {
                return Some(Target::overall(p..p + 1, false));
            }
        }
        None
    }

    /// Whether tokens make only a time phrase with a date or an inspection in it: "In March
    /// 2019", "At its last inspection in 2016", "Last year".
    fn time_phrase(&self, range: Range<usize>) -> bool {
        let doc = self.doc;
        let mut dated = false;
        for i in range.clone() {
            let t = &doc.tokens[i];
            match t.kind {
                TokenKind::Number => dated = true,
                TokenKind::Soft => {}
                TokenKind::Word if doc.in_list(i, &TIME_PHRASE_WORDS) => {
                    dated |= !doc.in_list(i, &SUBJECT_GLUE) && !doc.is_any(i, &["last", "this", "that"]);
                }
                _ => return false,
            }
        }
        dated && !range.is_empty()
    }

    /// Whether a subject names a council other than the document's: "Neighbouring Ashvale
    /// Council was rated outstanding".
    fn other_council(&self, span: Range<usize>) -> bool {
        let doc = self.doc;
        // A gazetteer council that is not the document's.
        let from = self.councils.partition_point(|r| r.start < span.start);
        let named_other = self.councils[from..].iter().take_while(|r| r.end <= span.end).any(|r| {
            let here = crate::detect::council_phrases().longest_at(doc, r.start, r.end).map(|(_, &c)| c);
            match (here, self.own_council) {
                (Some(c), Some(own)) => c != own,
                _ => false,
            }
        });
        if named_other {
            return true;
        }
        // "X Council" where X is not part of a mention of the document's council.
        span.clone().any(|i| {
            doc.is_any(i, &["council", "council's", "borough", "county"])
                && i > span.start
                && self.capital(i - 1)
                && !self.councils.iter().any(|r| r.start < i && i - 1 < r.end)
                // "Royal Borough of X" where X is the document's council.
                && !(doc.is(i + 1, "of") && self.councils.iter().any(|r| r.start == i + 2))
                && !doc.is_any(
                    i - 1,
                    &["the", "this", "a", "our", "its", "county", "borough", "city", "metropolitan", "district"],
                )
        })
    }

    /// A subject or object of glue words naming services in general ("services", "both
    /// services", "children's services"): the council's services as a whole.
    fn services_only(&self, span: Range<usize>) -> bool {
        let doc = self.doc;
        !span.is_empty()
            && span.clone().any(|i| doc.is_any(i, &["services", "service"]))
            && span
                .clone()
                .all(|i| doc.tokens[i].kind == TokenKind::Soft || doc.in_list(i, &SUBJECT_GLUE) || doc.is(i, "both"))
    }

    /// "Children's services in X are G" / "The local authority is G": a report's headline.
    fn headline_subject(&self, s: usize, v: usize) -> bool {
        let doc = self.doc;
        (s..v).any(|i| doc.is_any(i, &["children's", "childrens"]) && doc.is(i + 1, "services"))
            || (s..v).any(|i| doc.is(i, "local") && doc.is(i + 1, "authority"))
    }

    fn capital(&self, i: usize) -> bool {
        self.doc.starts_capital(i)
    }

    /// An area word used inside another noun phrase ("leadership team") is not the area.
    fn is_descriptive_use(&self, r: Range<usize>) -> bool {
        self.doc.is_any(
            r.end,
            &[
                "team",
                "teams",
                "board",
                "meeting",
                "meetings",
                "plan",
                "plans",
                "panel",
                "manager",
                "managers",
                "officer",
                "officers",
                "workers",
                "worker",
                "caseloads",
                "caseload",
            ],
        )
    }

    /// Whether token `i` is part of an area's name.
    fn in_area(&self, i: usize) -> bool {
        let k = self.areas.partition_point(|(r, _)| r.end <= i);
        self.areas.get(k).is_some_and(|(r, _)| r.start <= i)
    }

    fn area_ending_at(&self, end: usize) -> Option<(Range<usize>, Area)> {
        let i = self.areas.partition_point(|(r, _)| r.end < end);
        self.areas.get(i).filter(|(r, _)| r.end == end).cloned()
    }

    fn council_ending_at(&self, end: usize) -> Option<Range<usize>> {
        let i = self.councils.partition_point(|r| r.end < end);
        self.councils.get(i).filter(|r| r.end == end).cloned()
    }

    /// "Ofsted rated children's services in X as good", "judged all services as requires
    /// improvement".
    fn active_target(&self, clause: Range<usize>, before: usize) -> Option<Target> {
        let doc = self.doc;
        // The rating verb nearest before the grade.
        let verb = (clause.start..before).rev().find(|&i| doc.in_list(i, &RATING_VERBS))?;
        let obj = verb + 1..before;
        // The object ends with "as" / "to be" / "to have been" / quotes.
        let mut end = obj.end;
        while end > obj.start
            && (doc.tokens[end - 1].kind == TokenKind::Soft
                || doc.is_any(end - 1, &["as", "to", "be", "have", "been", "being", "overall"]))
        {
            end -= 1;
        }
        let obj = obj.start..end;
        if obj.is_empty() {
            return None;
        }
        self.object_target(clause, verb, obj)
    }

    /// What the object of a rating verb at `verb` names: "rated it", "judged all services",
    /// "rated children's services in X".
    fn object_target(&self, clause: Range<usize>, verb: usize, obj: Range<usize>) -> Option<Target> {
        let doc = self.doc;
        // "Ofsted ... rated it good": the pronoun's referent.
        if obj.len() == 1 && doc.in_list(obj.start, &PRONOUNS) {
            let k = self.sentences.partition_point(|r| r.end <= clause.start);
            let sentence_start = self.sentences.get(k).map_or(clause.start, |r| r.start);
            return self.referent(sentence_start, obj.start);
        }
        if any_in(doc, &cue_sets().collective_subject, obj.clone()) {
            let mut t = Target::overall(verb..verb + 1, false);
            t.collective = true;
            return Some(t);
        }
        if self.other_council(obj.clone()) {
            return None;
        }
        let named = self.areas_in(obj.clone());
        let named: Vec<_> = named.into_iter().filter(|(_, r)| !self.is_descriptive_use(r.clone())).collect();
        if !named.is_empty() && self.only_subject_words(obj.clone()) {
            return Some(Target::named(named, false));
        }
        if (self.council_in(obj.clone()) || self.services_only(obj.clone())) && self.only_subject_words(obj.clone()) {
            return Some(Target::overall(obj, false));
        }
        None
    }

    /// "Leadership improved from inadequate to good", "Ofsted upgraded the council from
    /// requires improvement to good": both grades are the subject's (or object's); the one
    /// after "from" is the earlier inspection's, which [`Reader::earlier`] sees.
    fn change_target(&self, g: &GradeMention, clause: Range<usize>, sentence_start: usize) -> Option<Target> {
        let doc = self.doc;
        let grades = self.grades_in(clause.clone());
        let k = grades.iter().position(|m| m.tokens == g.tokens)?;
        // The "from" of the pair: before this grade, or before the grade just before it.
        let from_of = |m: &GradeMention| {
            (clause.start..m.tokens.start).rev().find(|&i| doc.is(i, "from")).filter(|&f| self.grade_follows_from(f, m))
        };
        let to_follows = |a: &GradeMention, b: &GradeMention| {
            let mut i = doc.skip_soft(a.tokens.end, b.tokens.start);
            if i < b.tokens.start && doc.is_any(i, &["in", "at"]) {
                // "from inadequate in 2019 to good"
                while i < b.tokens.start && !doc.is(i, "to") {
                    i += 1;
                }
            }
            i < b.tokens.start && doc.is(i, "to") && {
                let mut j = doc.skip_soft(i + 1, b.tokens.start);
                if j < b.tokens.start && doc.is_any(j, &["being", "a", "an", "the"]) {
                    j = doc.skip_soft(j + 1, b.tokens.start);
                }
                j == b.tokens.start
            }
        };
        let from = match (from_of(g), k.checked_sub(1).map(|p| &grades[p])) {
            (Some(f), _) if grades.get(k + 1).is_some_and(|next| to_follows(g, next)) => f,
            (_, Some(prev)) if to_follows(prev, g) => from_of(prev)?,
            _ => return self.change_to_target(g, clause, sentence_start),
        };
        // The verb before "from", past words of measure ("rose two grades from").
        let mut v = from;
        while v > clause.start && (doc.tokens[v - 1].kind == TokenKind::Soft || doc.in_list(v - 1, &CHANGE_MEASURES)) {
            v -= 1;
        }
        let verb = (clause.start..v).rev().find(|&i| doc.in_list(i, &CHANGE_VERBS) || doc.in_list(i, &RATING_VERBS))?;
        if verb + 1 == v {
            self.subject_before(g, clause, verb, sentence_start, true)
        } else {
            self.object_target(clause, verb, verb + 1..v)
        }
    }

    /// The "to" just before a grade, past quotes and "a"/"an"/"being": "to good", "to 'a good'".
    fn to_before(&self, g: &GradeMention, from: usize) -> Option<usize> {
        let doc = self.doc;
        let mut t = g.tokens.start;
        while t > from && (self.is_quote(t - 1) || doc.is_any(t - 1, &["a", "an", "being"])) {
            t -= 1;
        }
        (t > from && doc.is(t - 1, "to")).then(|| t - 1)
    }

    /// "X has jumped two grades to good", "Y rose to outstanding": a change verb and "to" with
    /// no "from" grade.
    fn change_to_target(&self, g: &GradeMention, clause: Range<usize>, sentence_start: usize) -> Option<Target> {
        let doc = self.doc;
        let to = self.to_before(g, clause.start)?;
        let mut v = to;
        while v > clause.start && (doc.tokens[v - 1].kind == TokenKind::Soft || doc.in_list(v - 1, &CHANGE_MEASURES)) {
            v -= 1;
        }
        let verb = v.checked_sub(1).filter(|&i| i >= clause.start && doc.in_list(i, &CHANGE_VERBS))?;
        self.subject_before(g, clause, verb, sentence_start, true)
    }

    /// Whether a span is made only of areas, councils, place names and glue words.
    fn only_subject_words(&self, range: Range<usize>) -> bool {
        let doc = self.doc;
        let mut i = range.start;
        while i < range.end {
            if let Some((r, _)) = self.areas.iter().find(|(r, _)| r.start == i) {
                i = r.end;
                continue;
            }
            if let Some(r) = self.councils.iter().find(|r| r.start == i) {
                i = r.end;
                continue;
            }
            let tok = &doc.tokens[i];
            let ok = match tok.kind {
                TokenKind::Soft => true,
                TokenKind::Word => doc.in_list(i, &SUBJECT_GLUE) || self.capital(i),
                _ => false,
            };
            if !ok {
                return false;
            }
            i += 1;
        }
        true
    }

    /// A headline without a verb: "Child protection provision 'inadequate'".
    fn headline_target(&self, sentence: Range<usize>, before: usize, after: usize, quoted: bool) -> Option<Target> {
        if !quoted || self.next_word_index(after, sentence.end).is_some() {
            return None;
        }
        let named = self.areas_in(sentence.start..before);
        let (area, r) = named.last()?.clone();
        let tail = r.end..before;
        let ok = tail.clone().all(|i| {
            self.doc.tokens[i].kind == TokenKind::Soft
                || self.doc.is_any(
                    i,
                    &["provision", "services", "service", "arrangements", "work", "rated", "judged", "now", "still"],
                )
        });
        ok.then(|| Target::named(vec![(area, r)], false))
    }

    /// The areas an exception names after a statement about every area: "apart from X",
    /// "except (for) X", "with the exception of X", "other than X".
    fn excepted_areas(&self, after: usize, end: usize) -> Vec<Area> {
        let doc = self.doc;
        let Some(at) = (after..end).find(|&i| {
            doc.words_at(i, &["apart", "from"], end).is_some()
                || doc.is(i, "except")
                || doc.words_at(i, &["with", "the", "exception", "of"], end).is_some()
                || doc.words_at(i, &["other", "than"], end).is_some()
        }) else {
            return Vec::new();
        };
        let mut i = at;
        while i < end
            && (doc.tokens[i].kind == TokenKind::Soft
                || doc
                    .is_any(i, &["apart", "from", "except", "for", "with", "the", "exception", "of", "other", "than"]))
        {
            i += 1;
        }
        self.area_list_from(i, end).into_iter().map(|(a, _)| a).collect()
    }

    fn collective_after(&self, after: usize, end: usize) -> bool {
        let i = self.doc.skip_soft(after, end);
        cue_sets().collective_after.longest_at(self.doc, i, end).is_some()
    }

    /// "in three of the four areas", "in most areas", "in two judgements": a grade for some
    /// areas, unnamed.
    /// The areas of ", as was X", ", as were X and Y", "and so was X" right after a grade.
    fn as_was_areas(&self, after: usize, end: usize) -> Vec<(Area, Range<usize>)> {
        let doc = self.doc;
        let mut i = doc.skip_soft(after, end);
        if i < end && doc.is(i, "and") {
            i += 1;
        }
        if !(i + 1 < end
            && doc.is_any(i, &["as", "so"])
            && doc.is_any(i + 1, &["was", "were", "is", "are", "did", "do"]))
        {
            return Vec::new();
        }
        self.area_list_from(i + 2, end)
    }

    /// Returns the token after the "areas" word.
    fn partial_after(&self, after: usize, end: usize) -> Option<usize> {
        let doc = self.doc;
        let i = doc.skip_soft(after, end);
        if !(i < end && doc.is_any(i, &["in", "across", "for"])) {
            return None;
        }
        let mut words = (i + 1..end).filter(|&j| doc.tokens[j].kind != TokenKind::Soft).take(5);
        let first = words.next()?;
        if !(doc.tokens[first].kind == TokenKind::Number || doc.in_list(first, &PARTIAL_COUNTS)) {
            return None;
        }
        std::iter::once(first)
            .chain(words)
            .find(|&j| doc.is_any(j, &["areas", "area", "judgements", "judgments", "categories"]))
            .map(|j| j + 1)
    }

    /// Whether the grade is an earlier inspection's, and that inspection's date if given.
    ///
    /// Words such as "last inspection" and dates count within the grade's clause and the
    /// clauses about time next to it ("since the last inspection in 2016, when services were
    /// rated good"; "rated good when it was last inspected in 2017"), and only for the grade
    /// nearest to them: in "rated good, up from the inadequate rating at the last inspection
    /// in 2018", the last inspection and 2018 are the inadequate grade's.
    fn earlier(&self, sentence: Range<usize>, clause: Range<usize>, g: &GradeMention) -> (bool, Option<String>) {
        let doc = self.doc;
        // Clauses about time tied to the grade's own: "since the last inspection in 2016, when
        // services were rated good" (the one before) and "rated good when it was last
        // inspected in 2017" (the one after).
        let anchor_before = (clause.start > sentence.start
            && doc.is_any(clause.start - 1, &["when", "where", "after", "at"]))
        .then(|| self.clause(sentence.clone(), clause.start - 1..clause.start - 1))
        .map(|c| c.start..clause.start);
        let anchor_after = (clause.end < sentence.end && doc.is_any(clause.end, &["when", "where"]))
            .then(|| clause.end..self.clause(sentence.clone(), clause.end + 1..clause.end + 1).end);
        // Within the grade's own clause, words and dates belong to the grade nearest to them.
        let grades: Vec<Range<usize>> = self.grades_in(clause.clone()).into_iter().map(|m| m.tokens).collect();
        // Distance in words (not counting "having been rated" and the like); at equal distance
        // a marker word goes with the grade after it ("rated 'good', having previously been
        // 'inadequate'") and a date with the grade before it ("judged inadequate in 2014 and
        // requires improvement in 2017").
        let words_between = |a: usize, b: usize| {
            (a..b)
                .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
                .filter(|&i| !doc.in_list(i, &PARTICIPLE_LINK) && !doc.is(i, "having"))
                .count()
        };
        let nearest_is_mine = |at: usize, date: bool| {
            grades
                .iter()
                .min_by_key(|r| {
                    if at < r.start {
                        (words_between(at + 1, r.start), usize::from(date))
                    } else {
                        (words_between(r.end, at), usize::from(!date))
                    }
                })
                .is_some_and(|r| *r == g.tokens)
        };
        // Markers made of a verb speak of what follows them: "had been rated good", not "rated
        // good, and said leaders had been too slow".
        let before_only = |i: usize| doc.is_any(i, &["had", "used", "no", "moved", "was"]);
        // "outstanding, an improvement on the last inspection in 2020": what follows a
        // comparison after the grade is the baseline's, not the grade's.
        let baseline = (g.tokens.end..clause.end)
            .find(|&i| {
                [["improvement", "on"], ["better", "than"], ["worse", "than"], ["compared", "with"], ["compared", "to"]]
                    .iter()
                    .any(|w| doc.words_at(i, w, clause.end).is_some())
            })
            .unwrap_or(usize::MAX);
        let has_marker = |range: &Range<usize>, nearest: bool| {
            range.clone().any(|i| {
                previous_markers().longest_at(doc, i, range.end).is_some_and(|_| {
                    if nearest && (before_only(i) && i > g.tokens.start || i >= baseline) {
                        false
                    } else if doc.is(i, "from") {
                        self.grade_follows_from(i, g)
                    } else {
                        !nearest || nearest_is_mine(i, false)
                    }
                })
            })
        };
        let mut marker = has_marker(&clause, true);
        let mut date_scope = Some(clause.clone());
        // A clause about time tied to the grade's speaks of the earlier inspection when it says
        // so, or when it names a year before this inspection's ("since 2012, when it was
        // judged adequate").
        let older_year = |range: &Range<usize>| {
            let year = self.ctx.year;
            doc.dates_in(range.clone()).iter().any(|d| year.is_some_and(|y| d.date.year < y))
        };
        for anchor in [&anchor_before, &anchor_after].into_iter().flatten() {
            if !marker && (has_marker(anchor, false) || older_year(anchor)) {
                marker = true;
                date_scope = Some(anchor.start.min(clause.start)..anchor.end.max(clause.end));
            }
        }
        // "... since Ofsted judged the council outstanding": a clause after "since" with a past
        // tense verb before its grade is the earlier inspection's.
        if clause.start > sentence.start
            && doc.is(clause.start - 1, "since")
            && (clause.start..g.tokens.start)
                .any(|i| doc.is_any(i, &["judged", "rated", "graded", "was", "were", "found"]))
        {
            marker = true;
        }
        // "after a similar inspection rated ...": the clause after "after" is the earlier one
        // when it names an inspection (not "after two weeks on site, rated it ...").
        if clause.start > sentence.start
            && doc.is(clause.start - 1, "after")
            && (clause.start..g.tokens.start).any(|i| doc.is_any(i, &["inspection", "inspections", "visit"]))
        {
            marker = true;
        }
        let mut date = None;
        if let Some(scope) = date_scope {
            let scope_dates = doc.dates_in(scope);
            // The grade after "to" in "from A at its last inspection, in 2016, to B": dates
            // before it are A's.
            let to_grade = self.to_before(g, clause.start).is_some_and(|to| {
                grades.iter().any(|r| r.end <= to && (clause.start..r.start).any(|i| doc.is(i, "from")))
            });
            let mut dates = scope_dates.iter().filter(|d| {
                let token = doc.tokens.partition_point(|t| (t.start as usize) < d.start);
                if to_grade && token < g.tokens.start || clause.contains(&token) && token >= baseline {
                    return false;
                }
                // "an improvement on 2019", "better than 2019": a year compared with, not the
                // grade's own.
                if d.date.month.is_none() && token > 0 && doc.is_any(token - 1, &["on", "than", "over", "since"]) {
                    return false;
                }
                // Dates outside the grade's clause are the anchor's; inside, the nearest grade's.
                !clause.contains(&token) || nearest_is_mine(token, true)
            });
            if let Some(found) = dates.next_back() {
                date = Some(found.date.iso());
                if self.ctx.year.is_some_and(|year| found.date.year < year) {
                    marker = true;
                }
            }
        }
        (marker, date)
    }

    /// "The previous inspection of X's services was in September 2009. The local authority was
    /// judged to be adequate.": a past-tense grade right after a sentence about an earlier
    /// inspection belongs to it. Returns that inspection's date, if given.
    fn after_previous_sentence(
        &self,
        s_index: usize,
        clause: Range<usize>,
        before: usize,
    ) -> Option<(Option<String>, Option<Area>)> {
        let prev = self.sentences.get(s_index.checked_sub(1)?)?.clone();
        let doc = self.doc;
        // ("Some had been left without an adviser" is about the past, not about an inspection.)
        let about_earlier =
            prev.clone().any(|i| previous_markers().longest_at(doc, i, prev.end).is_some_and(|(_, &words)| words > 1))
                && prev.clone().any(|i| {
                    doc.is_any(i, &["inspection", "inspected", "ofsted", "visit", "visited", "judged", "rated"])
                });
        if !about_earlier || !self.grades_in(prev.clone()).is_empty() {
            return None;
        }
        let past = (clause.start..before).any(|i| doc.is_any(i, &["was", "were", "had"]));
        if !past {
            return None;
        }
        let area = self.areas_in(prev.clone()).first().map(|(a, _)| *a);
        let date = doc.dates_in(prev).last().map(|d| d.date.iso());
        Some((date, area))
    }

    /// Whether "from" at `i` comes just before the grade: "from 'inadequate' to 'good'", "up
    /// from the 'inadequate' rating".
    fn grade_follows_from(&self, i: usize, g: &GradeMention) -> bool {
        let doc = self.doc;
        let mut j = doc.skip_soft(i + 1, g.tokens.start);
        if j < g.tokens.start && doc.is_any(j, &["the", "its", "their", "a", "an", "being", "previously"]) {
            j = doc.skip_soft(j + 1, g.tokens.start);
        }
        j == g.tokens.start
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

/// The framework in force on a date, for earlier inspections a text mentions.
fn framework_in_force(date: Date) -> Option<FrameworkId> {
    [FrameworkId::Cp2012, FrameworkId::Sif, FrameworkId::Ilacs2018, FrameworkId::Ilacs2023, FrameworkId::Ilacs2026]
        .into_iter()
        .find(|&id| in_force(id, date))
}

/// The cue lists of this module, ready for matching.
struct CueSets {
    collective_subject: PhraseSet<usize>,
    collective_after: PhraseSet<usize>,
    furniture: PhraseSet<usize>,
    link_list_headers: PhraseSet<usize>,
    other_services: PhraseSet<usize>,
}

fn cue_sets() -> &'static CueSets {
    static SETS: OnceLock<CueSets> = OnceLock::new();
    SETS.get_or_init(|| CueSets {
        collective_subject: counted(COLLECTIVE_SUBJECT),
        collective_after: counted(COLLECTIVE_AFTER),
        furniture: counted(FURNITURE),
        link_list_headers: counted(LINK_LIST_HEADERS),
        other_services: counted(&["children's home", "childrens home", "care quality commission", "care home"]),
    })
}

/// Whether some phrase of `set` starts in `range`.
fn any_in(doc: &Doc, set: &PhraseSet<usize>, range: Range<usize>) -> bool {
    range.clone().any(|i| set.longest_at(doc, i, range.end).is_some())
}

/// What a grade is said of.
#[derive(Debug, Clone)]
struct Target {
    areas: Vec<(Area, Range<usize>)>,
    /// The words naming it (for an overall judgement, the council or the grade).
    label: Range<usize>,
    /// Whether an area was named (rather than the council as a whole).
    named: bool,
    /// Whether the form is one a report's own headline or body uses for its judgements.
    strong: bool,
    /// Whether it covers every area.
    collective: bool,
}

impl Target {
    fn named(areas: Vec<(Area, Range<usize>)>, strong: bool) -> Target {
        let label = areas.first().map_or(0..0, |(_, r)| r.clone());
        Target { areas, label, named: true, strong, collective: false }
    }

    fn overall(label: Range<usize>, strong: bool) -> Target {
        Target { areas: vec![(Area::Overall, label.clone())], label, named: false, strong, collective: false }
    }
}

/// The areas a grade gave to this inspection, as the target of a grade tied to it.
fn current_areas(found: &[Found]) -> Option<Target> {
    let areas: Vec<(Area, Range<usize>)> =
        found.iter().filter(|f| !f.previous).map(|f| (f.area, f.label.clone())).collect();
    (!areas.is_empty()).then(|| Target::named(areas, false))
}

/// Abbreviations after which a full stop does not end a sentence.
static ABBREVIATIONS: WordList = word_list![
    "mr", "mrs", "ms", "dr", "cllr", "clr", "st", "eg", "ie", "etc", "no", "vs", "approx", "prof", "rev", "hon", "e",
    "i", "g", "para", "paras", "ref", "fig"
];

/// Words after which a line break does not end a heading's sentence.
static RUNNING_ON: WordList = word_list!["and", "of", "the", "to", "in", "for", "is", "are", "was", "were", "be", "as"];

/// Most tokens in one sentence (real ones have well under a hundred).
const MAX_SENTENCE_TOKENS: usize = 200;

/// Cuts the document into sentences (token ranges).
fn split_sentences(doc: &Doc) -> Vec<Range<usize>> {
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
                boundary_after = blank || ends_colon && next_capital || heading;
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
