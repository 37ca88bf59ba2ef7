//! Whether a grade word is used as a grade here at all: not an ordinary adjective ("good
//! practice"), a range ("good or outstanding"), a skill ("good at"), negated, hoped for or
//! compared.

use std::ops::Range;

use crate::model::{Grade, Reason};
use crate::text::TokenKind;

use super::words::{
    AFTER_GRADE, DEGREE_WORDS, HYPOTHETICAL, JUDGEMENT_NOUNS, NEGATIONS, NEW_SUBJECTS, RATING_VERBS, VERBS,
    WHEN_NOT_CONDITION,
};
use super::{GradeMention, Reader};

/// How a grade word sits in its clause, once it is known to be used as a grade.
#[derive(Debug, Clone)]
pub(super) struct Shape {
    /// The clause holding the grade.
    pub(super) clause: Range<usize>,
    /// The first token of the grade with its opening quotes.
    pub(super) before: usize,
    /// The first token after the grade and its closing quotes.
    pub(super) after: usize,
    /// Whether the grade is in quotes.
    pub(super) quoted: bool,
    /// The first word after the grade in its clause.
    pub(super) next: Option<usize>,
    /// "its inadequate rating", "its 'inadequate' Ofsted rating", "the lowest rating": the
    /// judgement noun the grade names, on the same line.
    pub(super) noun: Option<usize>,
    /// "the 'good' council": a quoted grade before "council" or "authority".
    pub(super) council_nominal: bool,
    /// "a rating of good": a judgement noun and "of" come first.
    pub(super) rating_of: bool,
    /// "rated good overall, with outstanding leadership": the area a grade describes, where it
    /// is said among ratings.
    pub(super) area_after: Option<usize>,
}

impl Reader<'_, '_> {
    /// The grade word's shape in its clause, or why it is not used as a grade here.
    pub(super) fn grade_use(&self, g: &GradeMention, sentence: Range<usize>) -> Result<Shape, Reason> {
        let doc = self.doc;
        let sentence_end = sentence.end;
        let clause = self.clause(sentence, g.tokens.clone());
        let (before, after) = self.quoted_span(g, &clause);
        let quoted = (before..g.tokens.start).any(|i| self.is_quote(i));
        if self.condition_follows(after, sentence_end) {
            return Err(Reason::Condition);
        }
        // "good or outstanding": a range, not a grade.
        if self.next_word_is(after, clause.end, &["or"]) || self.prev_word_is(before, clause.start, &["or", "nor"]) {
            return Err(Reason::Range);
        }
        // Degree words make a grade an ordinary adjective: "very good", "generally good" (but
        // "a rating of good" is a judgement's name).
        let rating_of =
            before >= clause.start + 2 && doc.is(before - 1, "of") && doc.in_list(before - 2, &JUDGEMENT_NOUNS);
        if before > clause.start && !rating_of && doc.in_list(before - 1, &DEGREE_WORDS) {
            return Err(Reason::Degree);
        }
        let next = self.next_word_index(after, clause.end.max(after));
        let next_same_line = next.is_some_and(|n| doc.tokens[n].line == doc.tokens[g.tokens.end - 1].line);
        let noun = self.judgement_noun(g, next.filter(|_| next_same_line), clause.end);
        let council_nominal =
            quoted && next.is_some_and(|n| doc.in_list(n, crate::words!["council", "authority"])) && next_same_line;
        let mut shape =
            Shape { clause, before, after, quoted, next, noun, council_nominal, rating_of, area_after: None };
        shape.area_after = self.word_after(g, &shape)?;
        self.clause_lead(g, &shape)?;
        Ok(shape)
    }

    /// The grade with the quotes around it: the first token of the opening quotes and the first
    /// token after the closing ones (and a full stop inside them).
    fn quoted_span(&self, g: &GradeMention, clause: &Range<usize>) -> (usize, usize) {
        let doc = self.doc;
        let mut before = g.tokens.start;
        while before > clause.start && self.is_quote(before - 1) {
            before -= 1;
        }
        // "is: Good", "was judged: good": a colon between a verb and its grade.
        if before > clause.start + 1 && doc.token_text(before - 1) == ":" && doc.in_list(before - 2, &VERBS) {
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
        (before, after)
    }

    /// The judgement noun a grade names: the word after it, past "Ofsted" and "sub" ("its
    /// 'inadequate' Ofsted rating", "an 'outstanding' sub rating"), or the grade's own last word
    /// ("the lowest rating").
    fn judgement_noun(&self, g: &GradeMention, next: Option<usize>, end: usize) -> Option<usize> {
        let doc = self.doc;
        let own = g.tokens.end - 1;
        if doc.in_list(own, &JUDGEMENT_NOUNS) {
            return Some(own);
        }
        let mut n = next?;
        while n + 1 < end && doc.in_list(n, crate::words!["ofsted", "ofsteds", "sub"]) {
            n += 1;
        }
        doc.in_list(n, &JUDGEMENT_NOUNS).then_some(n)
    }

    /// What follows the grade: a noun makes it an adjective ("good casework"), unless the noun
    /// is an area among ratings ("with outstanding leadership": the area, returned); "when" a
    /// description, "at ...ing" a skill.
    fn word_after(&self, g: &GradeMention, shape: &Shape) -> Result<Option<usize>, Reason> {
        let doc = self.doc;
        let Some(n) = shape.next else { return Ok(None) };
        if shape.noun.is_some() || shape.rating_of {
            return Ok(None);
        }
        if self.compound_adjective(g.tokens.end, n) {
            return Err(Reason::Adjective);
        }
        let same_line = doc.tokens[n].line == doc.tokens[g.tokens.end - 1].line;
        let ok = doc.in_list(n, &AFTER_GRADE)
            || (!same_line && doc.starts_capital(n))
            || shape.council_nominal
            || doc.tokens[n].kind == TokenKind::Number;
        // (Punctuation between them, other than a closing quote, ends the phrase: "good,
        // leaders have...". "requires improvement" is a verb and may take an object.)
        let punctuated = (g.tokens.end..n).any(|i| !self.is_quote(i));
        let verb_form = g.grade == Grade::RequiresImprovement;
        if !ok && !verb_form && same_line && !punctuated {
            let among_ratings = shape.clause.clone().any(|i| {
                doc.in_list(i, &RATING_VERBS)
                    || doc.in_list(i, &JUDGEMENT_NOUNS)
                    || self.in_grade(i) && i != g.tokens.start
            });
            if n == g.tokens.end && self.area_starts_at(n) && among_ratings {
                return Ok(Some(n));
            }
            return Err(Reason::Adjective);
        }
        // "good at recognising ...", "outstanding in ensuring ..." (but "good in safeguarding"
        // names an area).
        let skill = doc.in_list(n, crate::words!["at", "in"])
            && doc.tokens.get(n + 1).is_some_and(|t| t.kind == TokenKind::Word)
            && doc.token_text(n + 1).ends_with("ing")
            && !self.in_area(n + 1);
        if skill {
            return Err(Reason::Skill);
        }
        Ok(None)
    }

    /// "good-quality services": a grade joined by a hyphen to the next word, unless that word
    /// is a rating verb ("an inadequate-rated council" is the council's grade).
    fn compound_adjective(&self, hyphen: usize, next: usize) -> bool {
        let doc = self.doc;
        let joined = |a: usize, b: usize| doc.tokens[a].end == doc.tokens[b].start;
        next == hyphen + 1
            && doc.token_text(hyphen) == "-"
            && joined(hyphen - 1, hyphen)
            && joined(hyphen, next)
            && doc.tokens[next].kind == TokenKind::Word
            && !doc.in_list(next, &RATING_VERBS)
    }

    /// Whether a condition follows the grade: "good if families ask early", "good unless
    /// ...", "good when families ask for help" (but "rated good when it was last inspected" and
    /// "good when it came to leadership" say when or in what, and the grade stands).
    fn condition_follows(&self, after: usize, sentence_end: usize) -> bool {
        /// How many words after "when" or "where" are looked at for a sign of time.
        const LOOK: usize = 8;
        let doc = self.doc;
        let Some(n) = self.next_word_index(after, sentence_end) else { return false };
        if doc.in_list(n, crate::words!["if", "unless"]) {
            return true;
        }
        if !doc.in_list(n, crate::words!["when", "where"]) {
            return false;
        }
        let says_when =
            (n + 1..sentence_end.min(n + 1 + LOOK)).take_while(|&i| i == n + 1 || !self.ends_clause(i)).any(|i| {
                let t = &doc.tokens[i];
                t.kind == TokenKind::Number
                    || t.kind == TokenKind::Word
                        && (doc.in_list(i, &WHEN_NOT_CONDITION)
                            || doc.token_text(i).to_ascii_lowercase().ends_with("ed"))
            });
        !says_when
    }

    /// What comes before the grade in its clause: a negation, an aim or a condition, or the
    /// article of a definition ("a good local authority"). Words inside area names do not count
    /// ("children who need help").
    fn clause_lead(&self, g: &GradeMention, shape: &Shape) -> Result<(), Reason> {
        let doc = self.doc;
        // (From the last relative pronoun, or "and" before a new subject: "the trust which had
        // been judged good" is not in the future of "will come as a blow to", nor "Ofsted rated
        // it inadequate" negated by "it did not start until 2017 and"; words of other grades do
        // not count.)
        let from = (shape.clause.start..shape.before)
            .rev()
            .find(|&i| {
                doc.in_list(i, crate::words!["which", "who"]) || doc.is(i, "and") && doc.in_list(i + 1, &NEW_SUBJECTS)
            })
            .map_or(shape.clause.start, |i| i + 1);
        let lead: Vec<usize> = (from..shape.before).filter(|&i| !self.in_area(i) && !self.in_grade(i)).collect();
        if lead.iter().any(|&i| doc.in_list(i, &NEGATIONS) && !doc.is(i + 1, "longer")) {
            return Err(Reason::Negated);
        }
        if lead.iter().any(|&i| doc.in_list(i, &HYPOTHETICAL) && !self.factual_use(i)) {
            return Err(Reason::Aim);
        }
        // "A good local authority", "an outstanding LSCB" (but "received a good rating" names a
        // judgement).
        let article = g.tokens.start > shape.clause.start
            && doc.in_list(g.tokens.start - 1, crate::words!["a", "an"])
            && !doc.is(g.tokens.start.saturating_sub(2), "overall");
        if article && shape.noun.is_none() {
            return Err(Reason::Definition);
        }
        Ok(())
    }

    /// Words of aims used as plain facts: "children in need" (a kind of child, not a need), "the
    /// first council to receive ...", "the only authority to achieve ...", the month of May.
    fn factual_use(&self, i: usize) -> bool {
        let doc = self.doc;
        let in_need = doc.in_list(i, crate::words!["need", "needs"]) && i > 0 && doc.is(i - 1, "in");
        // ("has become the first council to ...": a perfect tense is a fact.)
        let perfect = i > 0 && doc.in_list(i - 1, crate::words!["has", "have", "had"]);
        // ("May 16, 2018", "in May".)
        let month = doc.is(i, "may")
            && (doc.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Number)
                || i > 0
                    && (doc.tokens[i - 1].kind == TokenKind::Number
                        || doc.in_list(i - 1, crate::words!["in", "on", "since", "of"])));
        let first_to = i > 0
            && doc.is(i - 1, "to")
            && (i.saturating_sub(8)..i - 1)
                .any(|j| doc.in_list(j, crate::words!["first", "second", "third", "only", "latest"]));
        in_need || perfect || first_to || month
    }
}
