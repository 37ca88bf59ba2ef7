//! Whose grade it is when the clause does not say: a subject left out after "and" or "but", a
//! participle clause ("since being rated inadequate"), a pronoun with nothing before it to
//! stand for, the receiver of an award ("received 'good'"), and areas listed on the lines after
//! a sentence that ends with a colon. (A subject set apart by dashes, "one area - adoption - was
//! rated good", needs no rule here: such dashes do not end the clause.)

use std::ops::Range;

use crate::text::TokenKind;

use super::grade_use::Shape;
use super::subject::Target;
use super::words::{AREA_NOUNS, AWARD_VERBS, CHANGE_VERBS, COUNCIL_WORDS, PRONOUNS, RATING_VERBS, VERBS, VERB_GROUP};
use super::{GradeMention, Reader};

impl Reader<'_, '_> {
    /// The forms of this file, in turn.
    pub(super) fn unstated_subject(&self, g: &GradeMention, shape: &Shape, sentence: Range<usize>) -> Option<Target> {
        self.award_receiver(g, shape, sentence.clone())
            .or_else(|| self.lone_pronoun(g, shape, sentence.clone()))
            .or_else(|| self.elided_subject(shape, sentence))
    }

    /// "The local authority received 'Good' in all areas": an award verb just before the grade;
    /// its subject received it.
    fn award_receiver(&self, g: &GradeMention, shape: &Shape, sentence: Range<usize>) -> Option<Target> {
        let doc = self.doc;
        let mut v = shape.before;
        while v > shape.clause.start && doc.in_list(v - 1, crate::words!["a", "an", "overall"]) {
            v -= 1;
        }
        let verb = v.checked_sub(1).filter(|&i| i >= shape.clause.start && doc.in_list(i, &AWARD_VERBS))?;
        self.subject_before(g, shape.clause.clone(), verb, sentence.start, true)
    }

    /// "It was rated inadequate in 2010", "... it is no longer rated inadequate": a pronoun
    /// subject with nothing before it to stand for but the council the text is about.
    fn lone_pronoun(&self, g: &GradeMention, shape: &Shape, sentence: Range<usize>) -> Option<Target> {
        let doc = self.doc;
        let v = self.verb_group_start(shape);
        let p = v.checked_sub(1).filter(|&p| p >= sentence.start && doc.is(p, "it"))?;
        if v == shape.before || !doc.in_list(v, &VERBS) {
            return None;
        }
        // (Nor when the sentence, or the one before, names another service or council.)
        let k = self.sentences.partition_point(|r| r.end <= sentence.start);
        let before =
            k.checked_sub(1).and_then(|k| self.sentences.get(k)).cloned().unwrap_or(sentence.start..sentence.start);
        let heads = [sentence.start..g.tokens.start, before];
        if heads.iter().any(|h| self.other_service_in(h.clone()) || self.other_council(h.clone())) {
            return None;
        }
        self.referent(sentence.start, p).or(Some(Target::overall(p..p + 1, false)))
    }

    /// "Darlington's children's services were criticised by Ofsted and condemned as
    /// 'inadequate'", "The service ... but was rated as inadequate", "..., since being rated
    /// inadequate": a clause that opens with its verb (after "and", "but" or a break) has the
    /// subject of the sentence's first clause, or, when it opens the sentence, of the clause
    /// after it.
    fn elided_subject(&self, shape: &Shape, sentence: Range<usize>) -> Option<Target> {
        let doc = self.doc;
        let v = self.verb_group_start(shape);
        let rated = (v..shape.before).any(|i| doc.in_list(i, &RATING_VERBS));
        if !rated {
            return None;
        }
        // The verb group opens the clause, or follows "and" after another verb, or "having"
        // ("Having been judged inadequate in 2017, the council ...") opens the sentence.
        let having = v == sentence.start + 1 && doc.in_list(sentence.start, crate::words!["having", "after"]);
        let opens = v == shape.clause.start
            || having
            || doc.in_list(v - 1, crate::words!["and", "but"])
                && (shape.clause.start..v - 1).any(|i| self.verb_like(i));
        if !opens {
            return None;
        }
        if v > sentence.start && !having {
            return self.sentence_subject(sentence.start..v);
        }
        // "Previously rated requires improvement in 2017, the council is now good": a sentence
        // that opens with a participle has its subject after the comma that ends it.
        let comma = (shape.after..sentence.end).find(|&i| doc.token_text(i) == ",")?;
        self.sentence_subject(comma + 1..sentence.end)
    }

    /// The subject of a sentence: what comes before its first verb, when it names areas, the
    /// council or its services. A sentence that opens with a participle clause ("Jumping from
    /// inadequate to good, the council's services ...") has its subject after the clause.
    pub(super) fn sentence_subject(&self, span: Range<usize>) -> Option<Target> {
        let doc = self.doc;
        // (A comma that ends the text leaves nothing after it.)
        if span.is_empty() {
            return None;
        }
        let opens_with_participle = doc.token_text(span.start).ends_with("ing");
        let start = if opens_with_participle {
            (span.clone()).find(|&i| doc.token_text(i) == ",").map_or(span.start, |c| c + 1)
        } else {
            span.start
        };
        let first_verb = (start..span.end).find(|&i| doc.in_list(i, &VERBS) || self.verb_like(i));
        let subject = start..first_verb.unwrap_or(span.end);
        if subject.is_empty() || self.other_service_in(subject.clone()) || self.other_council(subject.clone()) {
            return None;
        }
        // (Areas only when the subject is nothing but them: "the council's practices, processes,
        // leadership and partnerships" is the council's, not its leadership's.)
        let named = self.areas_in(subject.clone());
        if !named.is_empty() && self.only_subject_words(subject.clone()) {
            return Some(Target::named(named, false));
        }
        let own = self.council_in(subject.clone()) || self.services_only(subject.clone());
        let own = own || subject.clone().any(|i| doc.in_list(i, &COUNCIL_WORDS) || doc.is(i, "council's"));
        own.then(|| Target::overall(subject, false))
    }

    /// The first token of the verb group that ends at the grade: "was rated as", "had been
    /// found to be".
    fn verb_group_start(&self, shape: &Shape) -> usize {
        let doc = self.doc;
        let mut v = shape.before;
        while v > shape.clause.start
            && (self.is_quote(v - 1) || doc.in_list(v - 1, &VERB_GROUP) && !doc.in_list(v - 1, &PRONOUNS))
        {
            v -= 1;
        }
        v
    }

    /// A past tense or participle ("criticised", "re-opened"), or a verb of the lists.
    fn verb_like(&self, i: usize) -> bool {
        let doc = self.doc;
        doc.tokens[i].kind == TokenKind::Word
            && (doc.in_list(i, &VERBS)
                || doc.in_list(i, &CHANGE_VERBS)
                || doc.in_list(i, &AWARD_VERBS)
                || doc.token_text(i).len() > 4 && doc.token_text(i).ends_with("ed"))
    }

    /// "Performance was good in the following areas:" and a line for each area after it: a
    /// grade of a sentence that ends with a colon and speaks of areas is said of the areas that
    /// open the lines after it.
    pub(super) fn listed_areas(&self, shape: &Shape, sentence: Range<usize>) -> Option<Target> {
        let doc = self.doc;
        let last = sentence.end.checked_sub(1)?;
        let speaks_of_areas = sentence.clone().any(|i| doc.is(i, "following") || doc.in_list(i, &AREA_NOUNS));
        if doc.token_text(last) != ":" || !speaks_of_areas || !self.grades_in(shape.after..sentence.end).is_empty() {
            return None;
        }
        let mut named = Vec::new();
        let mut line = doc.line_of(last) + 1;
        while line < doc.lines.len() {
            let tokens = doc.lines[line].tokens.clone();
            line += 1;
            if tokens.is_empty() {
                continue;
            }
            // Past the bullet: "•", "*", "-", "1.".
            let start = (tokens.clone()).find(|&i| doc.tokens[i].kind == TokenKind::Word).unwrap_or(tokens.end);
            let area = self
                .areas_in(start..tokens.end)
                .into_iter()
                .next()
                .filter(|(_, r)| self.only_subject_words(start..r.start));
            match area {
                Some(found) if self.grades_in(tokens.clone()).is_empty() => named.push(found),
                _ => break,
            }
        }
        (!named.is_empty()).then(|| Target::named(named, false))
    }
}
