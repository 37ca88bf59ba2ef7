//! Whose grade it is: the subject, object or noun phrase a grade word is said of (areas, the
//! council as a whole, or something else).

use std::ops::Range;

use crate::model::{Area, Grade, Reason};
use crate::text::TokenKind;

use super::super::Found;
use super::grade_use::Shape;
use super::words::*;
use super::{GradeMention, Reader};

/// What a grade is said of.
#[derive(Debug, Clone)]
pub(super) struct Target {
    pub(super) areas: Vec<(Area, Range<usize>)>,
    /// The words naming it (for an overall judgement, the council or the grade).
    pub(super) label: Range<usize>,
    /// Whether an area was named (rather than the council as a whole).
    pub(super) named: bool,
    /// Whether the form is one a report's own headline or body uses for its judgements.
    pub(super) strong: bool,
    /// Whether it covers every area.
    pub(super) collective: bool,
}

impl Target {
    pub(super) fn named(areas: Vec<(Area, Range<usize>)>, strong: bool) -> Target {
        let label = areas.first().map_or(0..0, |(_, r)| r.clone());
        Target { areas, label, named: true, strong, collective: false }
    }

    pub(super) fn overall(label: Range<usize>, strong: bool) -> Target {
        Target { areas: vec![(Area::Overall, label.clone())], label, named: false, strong, collective: false }
    }
}

/// The areas a grade gave to this inspection, as the target of a grade tied to it.
pub(super) fn current_areas(found: &[Found]) -> Option<Target> {
    let areas: Vec<(Area, Range<usize>)> =
        found.iter().filter(|f| !f.previous).map(|f| (f.area, f.label.clone())).collect();
    (!areas.is_empty()).then(|| Target::named(areas, false))
}

impl Reader<'_, '_> {
    /// What the grade is said of, and the form that says so; or why it is said of nothing of
    /// the council's. `prior` is the grade before in the sentence and what it gave.
    pub(super) fn whose(
        &self,
        g: &GradeMention,
        shape: &Shape,
        sentence: Range<usize>,
        prior: &(Option<GradeMention>, Vec<Found>),
    ) -> Result<(Target, Reason), Reason> {
        let clause = shape.clause.clone();
        let (before, after) = (shape.before, shape.after);
        let tag = |reason: Reason| move |t: Target| (t, reason);
        let found = self
            .listed_areas(shape, sentence.clone())
            .map(tag(Reason::ListAfter))
            .or_else(|| {
                // "with outstanding leadership".
                let n = shape.area_after?;
                let (r, area) = self.area_starting_at(n).cloned()?;
                Some((Target::named(vec![(area, r)], false), Reason::Subject))
            })
            .or_else(|| self.special_forms(g, clause.clone(), before, after).map(tag(Reason::FixedForm)))
            .or_else(|| self.change_target(g, clause.clone(), sentence.start).map(tag(Reason::Change)))
            .or_else(|| {
                let noun = shape.noun.or(shape.next).unwrap_or(after);
                (shape.noun.is_some() || shape.council_nominal)
                    .then(|| self.nominal_target(g, clause.clone(), before, noun))
                    .flatten()
                    .map(tag(Reason::NamedJudgement))
            })
            .or_else(|| {
                // "an overall rating of 'good'": the noun comes first.
                shape
                    .rating_of
                    .then(|| self.nominal_target(g, clause.clone(), before - 2, after.max(1) - 1))
                    .flatten()
                    .map(tag(Reason::NamedJudgement))
            })
            .or_else(|| self.after_for(after, clause.end).map(tag(Reason::ForArea)))
            .or_else(|| self.counted_areas(after, sentence.end).map(tag(Reason::ListAfter)))
            .or_else(|| self.paired_object(before, prior).map(tag(Reason::Object)))
            .or_else(|| self.subject_target(g, clause.clone(), before, sentence.start).map(tag(Reason::Subject)))
            .or_else(|| self.active_target(clause.clone(), before).map(tag(Reason::Object)))
            .or_else(|| self.headline_target(sentence.clone(), before, after, shape.quoted).map(tag(Reason::Headline)))
            .or_else(|| self.shared_subject_target(before, prior).map(tag(Reason::SharedSubject)))
            .or_else(|| self.earlier_grade_target(g, before, prior).map(tag(Reason::ChangeFrom)))
            .or_else(|| self.unstated_subject(g, shape, sentence.clone()).map(tag(Reason::Subject)));
        let Some((target, reason)) = found else { return Err(self.why_no_subject(shape, sentence)) };
        // "The report for West Sussex, which was previously rated adequate for child protection".
        if reason == Reason::ForArea && self.other_council(clause.start..before) {
            return Err(Reason::OtherCouncil);
        }
        // Other services in the same clause: only when an area of ours is named outright.
        if !target.named && self.other_service_in(clause) {
            return Err(Reason::OtherService);
        }
        Ok((target, reason))
    }

    /// Why no subject was found: another council or service is named, or nothing is.
    fn why_no_subject(&self, shape: &Shape, sentence: Range<usize>) -> Reason {
        if self.other_service_in(shape.clause.clone()) {
            Reason::OtherService
        } else if self.other_council(sentence.start..shape.before) {
            Reason::OtherCouncil
        } else {
            Reason::NoSubject
        }
    }

    /// Whether a school, hospital, children's home or other service is named in a range.
    pub(super) fn other_service_in(&self, range: Range<usize>) -> bool {
        let doc = self.doc;
        // ("The trust" is the children's services trust of a text that names one.)
        let other = |i: usize| doc.in_list(i, &OTHER_SERVICES) && !(self.children_trust && doc.is(i, "trust"));
        range.clone().any(other) || any_in(doc, &cue_sets().other_services, range)
    }

    /// "The report identified only one area which required improvement - X"; "the overall
    /// judgement is G"; "'overall good'", "good overall".
    pub(super) fn special_forms(
        &self,
        g: &GradeMention,
        clause: Range<usize>,
        before: usize,
        after: usize,
    ) -> Option<Target> {
        let doc = self.doc;
        // "area(s) which/that required improvement - X" / "was rated good: X".
        let lead_words: Vec<usize> =
            (clause.start..before).filter(|&i| doc.tokens[i].kind == TokenKind::Word).collect();
        if let [.., a, b] = lead_words.as_slice() {
            let area_word = doc.in_list(*a, crate::words!["area", "areas", "aspect", "judgement"])
                && doc.in_list(*b, crate::words!["which", "that"]);
            let area_verb = lead_words.len() >= 3
                && doc.in_list(lead_words[lead_words.len() - 3], crate::words!["area", "areas"])
                && doc.in_list(*a, crate::words!["which", "that"])
                && doc.in_list(*b, crate::words!["was", "were", "is", "are"]);
            if area_word || area_verb {
                // The areas named after the grade, past a dash, colon or "was".
                let mut i = after;
                let end = self.sentence_end_from(after);
                while i < end
                    && (doc.tokens[i].kind == TokenKind::Soft
                        || doc.in_list(i, crate::words!["was", "were", "is", "are", "namely", "being", "for"]))
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
        // "overall judgement (is|to be) G", "the overall inspection judgement to be G", "its
        // overall Ofsted rating was G".
        let noun = |i: usize| doc.in_list(i, &JUDGEMENT_NOUNS);
        let overall_judgement = (clause.start..before)
            .any(|i| doc.is(i, "overall") && (noun(i + 1) || doc.is(i + 1, "ofsted") && noun(i + 2)));
        // (Not "care leavers' overall rating".)
        let of_overall = self.areas_in(clause.start..before).iter().all(|(a, _)| *a == Area::Overall);
        if overall_judgement
            && of_overall
            && self.only_verbs(self.last_judgement_word(clause.start, before) + 1..before)
        {
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

    /// The last judgement noun ("rating", "judgement") between two tokens, or the first token.
    pub(super) fn last_judgement_word(&self, from: usize, to: usize) -> usize {
        (from..to).rev().find(|&i| self.doc.in_list(i, &JUDGEMENT_NOUNS)).unwrap_or(from)
    }

    /// Whether tokens are only verbs of a verb group (and quotes).
    pub(super) fn only_verbs(&self, range: Range<usize>) -> bool {
        range.clone().all(|i| self.doc.tokens[i].kind == TokenKind::Soft || self.doc.in_list(i, &VERB_GROUP))
    }

    pub(super) fn only_glue(&self, range: Range<usize>) -> bool {
        range.clone().all(|i| self.doc.tokens[i].kind == TokenKind::Soft || self.doc.in_list(i, &SUBJECT_GLUE))
    }

    /// "the 'good' judgement", "its inadequate rating", "the 'inadequate' outcome in relation
    /// to the 'quality of practice'".
    pub(super) fn nominal_target(
        &self,
        g: &GradeMention,
        clause: Range<usize>,
        before: usize,
        noun: usize,
    ) -> Option<Target> {
        let doc = self.doc;
        // What it is a judgement of: "for X", "in relation to X", "on X", "of X".
        let mut i = noun + 1;
        while i < clause.end && (doc.tokens[i].kind == TokenKind::Soft || doc.in_list(i, &JUDGEMENT_OF)) {
            i += 1;
        }
        let named = self.areas_in(noun + 1..clause.end);
        if let Some((_, r)) = named.first() {
            // (Past a council's name: "its verdict on Kent's children's services"; but not past
            // any other word: "a rating of good, with care leavers' services judged ...".)
            if r.start <= i || r.start == i + 1 && doc.token_text(i).ends_with("'s") {
                // "good grades for the help and protection of children, for children in care
                // and for the impact of leaders".
                return Some(Target::named(self.area_list_from(r.start, clause.end), true));
            }
        }
        // Otherwise the council's own: "the 'good' judgement", "Cambridgeshire's inadequate rating".
        // (Past the words that describe a rating: "a new rating of", "its last 'inadequate'
        // report", "Ofsted's lowest rating".)
        let det = (clause.start..before)
            .rev()
            .find(|&j| doc.tokens[j].kind == TokenKind::Word && !doc.in_list(j, &RATING_ADJECTIVES));
        // A quoted grade may have words of praise before it: "a milestone 'Good' rating".
        let quoted = before + 1 == g.tokens.start && self.is_quote(before);
        let det = match det {
            Some(j) if quoted && !doc.in_list(j, crate::words!["a", "an", "the", "its", "their"]) => {
                (j.saturating_sub(2).max(clause.start)..j)
                    .rev()
                    .find(|&k| doc.in_list(k, crate::words!["a", "an", "the", "its", "their"]))
                    .or(det)
            }
            other => other,
        };
        // ("inadequate Ofsted ratings in 2011, 2013 and 2015": ratings in the plural are a
        // council's record, with or without a determiner.)
        let plural = doc.in_list(noun, crate::words!["ratings", "judgements", "judgments", "grades"]);
        let definite = plural
            || det.is_some_and(|j| {
                doc.in_list(j, crate::words!["the", "its", "their", "an", "a", "overall", "council's", "authority's"])
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
                .find(|&k| doc.in_list(k, crate::words!["gave", "give", "gives", "given", "awarded"]));
            let receiver = giver
                .filter(|&verb| verb + 1 < det_at)
                .and_then(|verb| self.object_target(clause.clone(), verb, verb + 1..det_at));
            if receiver.is_some() {
                return receiver;
            }
            let subject = match award {
                // ("... has become the first council to receive a good rating": the subject of
                // the sentence receives what its infinitive does.)
                Some(verb) => {
                    let sentence_start = self.sentence_start_of(clause.start);
                    self.subject_before(g, clause.clone(), verb, sentence_start, true).or_else(|| {
                        (verb > 0 && doc.is(verb - 1, "to"))
                            .then(|| self.sentence_subject(sentence_start..verb))
                            .flatten()
                    })
                }
                None => self.subject_target(g, clause.clone(), det_at, self.sentence_start_of(clause.start)),
            };
            if let Some(t) = subject {
                if t.named {
                    return Some(t);
                }
            } else if let Some(verb) = award {
                // Ofsted gave it ("Ofsted have given an overall assessment of inadequate"): the
                // council received it. Something we do not know received it otherwise ("The
                // fostering service received a 'good' rating").
                if !self.inspectorate_gave(clause.start..verb) {
                    return None;
                }
            }
            // "a good judgement" by anyone but the council is an ordinary phrase ("social
            // workers made a good judgement about risk"), unless the grade is quoted.
            let indefinite = det.is_some_and(|j| doc.in_list(j, crate::words!["a", "an"]));
            if indefinite && award.is_none() && g.tokens.start == before {
                return None;
            }
            return Some(Target::overall(g.tokens.clone(), true));
        }
        None
    }

    /// Whether a span is only the inspectorate giving: "Ofsted have", "inspectors".
    fn inspectorate_gave(&self, span: Range<usize>) -> bool {
        let doc = self.doc;
        span.clone().any(|i| doc.in_list(i, crate::words!["ofsted", "inspectors", "inspectorate", "watchdog"]))
            && span.clone().all(|i| {
                doc.tokens[i].kind == TokenKind::Soft
                    || doc.in_list(
                        i,
                        crate::words!["ofsted", "inspectors", "inspectorate", "watchdog", "the", "have", "has", "had"],
                    )
            })
    }

    /// "Inspectors rated help and protection good and the impact of leaders outstanding": an
    /// area just before the grade, after "and" or a comma that follows the grade before, is
    /// that grade's pair.
    fn paired_object(&self, before: usize, prior: &(Option<GradeMention>, Vec<Found>)) -> Option<Target> {
        let doc = self.doc;
        let (Some(prior_grade), found) = prior else { return None };
        if found.is_empty() {
            return None;
        }
        let mut end = before;
        while end > prior_grade.tokens.end && doc.in_list(end - 1, crate::words!["as", "to", "be"]) {
            end -= 1;
        }
        let (r, area) = self.area_ending_at(end)?;
        let mut start = r.start;
        while start > prior_grade.tokens.end && doc.in_list(start - 1, crate::words!["the", "its", "their"]) {
            start -= 1;
        }
        let joined = (prior_grade.tokens.end..start).all(|i| {
            self.is_quote(i) || doc.token_text(i) == "," || doc.in_list(i, crate::words!["and", "while", "with"])
        });
        (joined && start > prior_grade.tokens.end).then(|| Target::named(vec![(area, r)], false))
    }

    /// "rated good for leadership", "graded inadequate for its help and protection".
    pub(super) fn after_for(&self, after: usize, end: usize) -> Option<Target> {
        let doc = self.doc;
        let mut i = self.doc.skip_soft(after, end);
        if !(i < end && doc.in_list(i, crate::words!["for", "on", "in"])) {
            return None;
        }
        i += 1;
        // ("in the fourth (the experiences of ...)": a place in a list, then the area.)
        while i < end
            && !self.area_starts_at(i)
            && (doc.tokens[i].kind == TokenKind::Soft
                || doc.in_list(
                    i,
                    crate::words!["its", "the", "their", "both", "other", "remaining", "category", "area", "judgement"],
                )
                || doc.in_list(i, &ORDINALS))
        {
            i += 1;
        }
        let named = self.area_list_from(i, end);
        if named.is_empty() {
            return None;
        }
        Some(Target::named(named, true))
    }

    /// The subject of the verb group that ends just before the grade.
    pub(super) fn subject_target(
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
    pub(super) fn subject_before(
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
            let pronoun = doc.in_list(t, crate::words!["it", "they"]);
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
            && (v..before).any(|i| doc.in_list(i, crate::words!["previously", "formerly"]))
            && (v..before).all(|i| doc.in_list(i, crate::words!["previously", "formerly"]) || self.is_quote(i))
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
        // "Slough, which was inspected in March, was rated good", "Slough, rated good in 2019, is
        // now outstanding": the subject comes before a parenthesis between commas.
        if v < before && doc.token_text(v) == "," {
            let open = (clause.start..v)
                .rev()
                .take(20)
                .take_while(|&i| doc.tokens[i].kind != TokenKind::Stop)
                .find(|&i| doc.token_text(i) == ",");
            if let Some(open) = open {
                let about_it = doc.in_list(
                    open + 1,
                    crate::words![
                        "which",
                        "who",
                        "having",
                        "now",
                        "once",
                        "itself",
                        "previously",
                        "formerly",
                        "rated",
                        "judged"
                    ],
                );
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
                // "The council was told by Ofsted its services were ...": the teller between.
                || c >= 3
                    && doc.is(c - 2, "by")
                    && doc.in_list(c - 1, crate::words!["ofsted", "inspectors"])
                    && doc.in_list(c - 3, &SUBJECT_OPENERS)
        };
        // "..., leadership, which was judged inadequate": a relative clause's antecedent is the
        // area (or council) just before its comma.
        // (Or just before it, with no comma: "the trust which had been judged good", "the
        // services that were judged inadequate", where "that" leads the verb group.)
        let relative = if v >= 1 && doc.in_list(v - 1, crate::words!["which", "who"]) {
            Some(v - 1)
        } else {
            doc.is(v, "that").then_some(v)
        };
        if let Some(r) = relative.filter(|&r| r >= 1 && doc.token_text(r - 1) != ",") {
            if self.services_only(r - 1..r) || self.council_ending_at(r).is_some() {
                return Some(Target::overall(r - 1..r, false));
            }
        }
        if v >= 2 && doc.in_list(v - 1, crate::words!["which", "who"]) && doc.token_text(v - 2) == "," {
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
            && doc.in_list(s - 1, crate::words!["and", "or"])
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
            && span.clone().any(|i| doc.in_list(i, crate::words!["which", "that", "who"]))
            && !self.council_in(span.clone())
        {
            return None;
        }
        named.retain(|(_, r)| !self.is_descriptive_use(r.clone()));
        // "The overall rating for care leavers", "Overall, care leavers were ...": "overall"
        // (or "overall rating") before another area qualifies it.
        let bare_overall = |r: &Range<usize>| {
            doc.is(r.start, "overall")
                && (r.start + 1..r.end).all(|i| doc.in_list(i, &JUDGEMENT_NOUNS))
                && (doc.token_text(r.end) == "," || doc.in_list(r.end, crate::words!["for", "of"]))
        };
        if named.iter().any(|(_, r)| !bare_overall(r)) {
            named.retain(|(_, r)| !bare_overall(r));
        }
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
    pub(super) fn shared_subject_target(
        &self,
        before: usize,
        prior: &(Option<GradeMention>, Vec<Found>),
    ) -> Option<Target> {
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
        // What the grade before was said of.
        let prior_areas = || {
            let areas: Vec<(Area, Range<usize>)> = found.iter().map(|f| (f.area, f.label.clone())).collect();
            (!areas.is_empty()).then(|| Target::named(areas, false))
        };
        // "..., when that area was rated good": the area of the grade before.
        if verb
            && v >= 2
            && doc.in_list(v - 2, crate::words!["that", "this", "same"])
            && doc.in_list(v - 1, crate::words!["area", "judgement", "aspect"])
        {
            return prior_areas();
        }
        // "rated inadequate when it was last inspected in 2021, and good in 2017": a grade with
        // no verb of its own after "and" is said of what the grade before was said of.
        let after_and = |at: usize| {
            let k = (prior_grade.tokens.end..at).rev().find(|&k| !self.is_quote(k));
            k.is_some_and(|k| doc.in_list(k, crate::words!["and", "or"]))
        };
        let shared = !verb && after_and(before) || self.after_being(prior_grade.tokens.end, before);
        if shared && !found.is_empty() {
            return prior_areas();
        }
        if !verb || v == 0 || !doc.in_list(v - 1, crate::words!["and", "but"]) {
            return None;
        }
        // (Only punctuation or words of time between: "rated inadequate in 2019, but is now
        // good", "inadequate when it was last inspected, but ...".)
        if !self.only_time_words(prior_grade.tokens.end..v - 1) {
            return None;
        }
        prior_areas()
    }

    /// A grade tied to the grade just before it as that one's past: "rated requires
    /// improvement, down from good in 2019", "now rated good, having previously been
    /// inadequate", "rated good, after being judged inadequate". It is an earlier grade of the
    /// same areas.
    pub(super) fn earlier_grade_target(
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
        let participle = matches!(words.first(), Some(&w) if doc.in_list(w, crate::words!["having", "after"]))
            && words.iter().any(|&i| doc.in_list(i, crate::words!["been", "being"]))
            && words[1..].iter().all(|&i| doc.in_list(i, &PARTICIPLE_LINK));
        // "judged good, compared with inadequate in 2017".
        let compared = matches!(words.as_slice(), [.., c, w] if doc.is(*c, "compared") && doc.in_list(*w, crate::words!["with", "to"]));
        if !(down_from || participle || compared) || !self.areas_in(link.clone()).is_empty() || self.council_in(link) {
            return None;
        }
        current_areas(found)
    }

    /// What a pronoun at token `p` stands for: the areas, council or services named before it
    /// in its sentence, or else in the sentence before.
    pub(super) fn referent(&self, sentence_start: usize, p: usize) -> Option<Target> {
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
    pub(super) fn time_phrase(&self, range: Range<usize>) -> bool {
        let doc = self.doc;
        let dating = |i: usize| {
            doc.tokens[i].kind == TokenKind::Number
                || !doc.in_list(i, &SUBJECT_GLUE) && !doc.in_list(i, crate::words!["last", "this", "that"])
        };
        range.clone().all(|i| self.time_token(i))
            && range.clone().any(|i| doc.tokens[i].kind != TokenKind::Soft && dating(i))
    }

    /// Whether token `i` may stand in a time phrase: punctuation, a number or a word of one.
    fn time_token(&self, i: usize) -> bool {
        match self.doc.tokens[i].kind {
            TokenKind::Soft | TokenKind::Number => true,
            TokenKind::Word => self.doc.in_list(i, &TIME_PHRASE_WORDS),
            TokenKind::Stop => false,
        }
    }

    /// Whether tokens say nothing but when: punctuation, numbers, the words of a time phrase
    /// and of "when it was last inspected".
    fn only_time_words(&self, range: Range<usize>) -> bool {
        range.clone().all(|i| {
            self.time_token(i) || self.doc.in_list(i, crate::words!["when", "it", "they", "was", "were", "first"])
        })
    }

    /// Whether a subject names a council other than the document's: "Neighbouring Ashvale
    /// Council was rated outstanding".
    pub(super) fn other_council(&self, span: Range<usize>) -> bool {
        let doc = self.doc;
        // A gazetteer council that is not the document's.
        let councils = self.councils.as_slice();
        let from = councils.partition_point(|r| r.start < span.start);
        let named_other = councils[from..].iter().take_while(|r| r.end <= span.end).any(|r| {
            let here = crate::detect::council_phrases().longest_at(doc, r.start, r.end).map(|(_, &c)| c);
            match (here, self.own_council) {
                (Some(c), Some(own)) => c != own && !crate::detect::shared_with(doc, r.start, own),
                _ => false,
            }
        });
        if named_other {
            return true;
        }
        // "X Council" where X is not part of a mention of the document's council.
        span.clone().any(|i| {
            doc.in_list(i, crate::words!["council", "council's", "borough", "county"])
                && i > span.start
                && self.capital(i - 1)
                && !self.councils.covers(i - 1)
                // "Royal Borough of X" where X is the document's council.
                && !(doc.is(i + 1, "of") && self.councils.starting_at(i + 2).is_some())
                && !doc.in_list(
                    i - 1, crate::words!["the", "this", "a", "our", "its", "county", "borough", "city", "metropolitan", "district"])
                // "the South East council": a region describes the council, it names none.
                && !doc.in_list(i - 1, &REGION_WORDS)
        })
    }

    /// A subject or object of glue words naming services in general ("services", "both
    /// services", "children's services"): the council's services as a whole.
    pub(super) fn services_only(&self, span: Range<usize>) -> bool {
        let doc = self.doc;
        let service = |i: usize| {
            doc.in_list(i, crate::words!["services", "service", "department", "directorate", "provision"])
                || self.children_trust && doc.is(i, "trust")
        };
        !span.is_empty()
            && span.clone().any(service)
            && span.clone().all(|i| {
                doc.tokens[i].kind == TokenKind::Soft
                    || doc.in_list(i, &SUBJECT_GLUE)
                    || service(i)
                    || doc.is(i, "both")
                    // (A place: "Sunderland's children's services".)
                    || self.capital(i) && !doc.in_list(i, &VERB_GROUP)
            })
    }

    /// "Services for children in X are G", "The local authority is G": a report's headline.
    /// ("Children's services in X are G" names the overall area itself.)
    pub(super) fn headline_subject(&self, s: usize, v: usize) -> bool {
        let doc = self.doc;
        (s..v).any(|i| {
            doc.words_at(i, &["services", "for", "children"], v).is_some()
                || doc.words_at(i, &["local", "authority"], v).is_some()
        })
    }

    /// "Ofsted rated children's services in X as good", "judged all services as requires
    /// improvement".
    pub(super) fn active_target(&self, clause: Range<usize>, before: usize) -> Option<Target> {
        let doc = self.doc;
        // The rating verb nearest before the grade.
        let verb = (clause.start..before).rev().find(|&i| doc.in_list(i, &RATING_VERBS))?;
        // ("singled out X as good".)
        let obj_start = if doc.is(verb, "singled") && doc.is(verb + 1, "out") { verb + 2 } else { verb + 1 };
        // ("the service that we provide ... as adequate": the object is the noun phrase before
        // its relative clause.)
        let before_relative = (obj_start..before)
            .find(|&i| doc.in_list(i, crate::words!["that", "which", "who"]) && i > obj_start)
            .unwrap_or(before);
        let obj = obj_start..before_relative;
        // The object ends with "as" / "to be" / "to have been" / quotes.
        let mut end = obj.end;
        while end > obj.start
            && (doc.tokens[end - 1].kind == TokenKind::Soft
                || doc.in_list(end - 1, crate::words!["as", "to", "be", "have", "been", "being", "overall"]))
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
    pub(super) fn object_target(&self, clause: Range<usize>, verb: usize, obj: Range<usize>) -> Option<Target> {
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
    pub(super) fn change_target(
        &self,
        g: &GradeMention,
        clause: Range<usize>,
        sentence_start: usize,
    ) -> Option<Target> {
        let doc = self.doc;
        let grades = self.grades_in(clause.clone());
        let k = grades.iter().position(|m| m.tokens == g.tokens)?;
        // The "from" of the pair: before this grade, or before the grade just before it.
        let from_of = |m: &GradeMention| {
            (clause.start..m.tokens.start).rev().find(|&i| doc.is(i, "from")).filter(|&f| self.grade_follows_from(f, m))
        };
        // "from inadequate to good", "from inadequate in 2019 to good", "from inadequate almost
        // across the board in 2014, to 'good'": the next "to" within a few words.
        let to_follows = |a: &GradeMention, b: &GradeMention| {
            let i = (a.tokens.end..b.tokens.start).take(12).find(|&i| doc.is(i, "to")).unwrap_or(b.tokens.start);
            i < b.tokens.start && {
                let mut j = doc.skip_soft(i + 1, b.tokens.start);
                if j < b.tokens.start && doc.in_list(j, crate::words!["being", "a", "an", "the"]) {
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
        // ("improved its rating from inadequate to good": the subject's own rating.)
        let own_rating = v == verb + 3
            && doc.in_list(verb + 1, crate::words!["its", "their"])
            && doc.in_list(verb + 2, &JUDGEMENT_NOUNS);
        if verb + 1 == v || own_rating {
            // ("... were the first to make the leap from inadequate to outstanding", "Jumping
            // from inadequate in 2014 to good, the council ...": the sentence's subject.)
            self.subject_before(g, clause.clone(), verb, sentence_start, true)
                .or_else(|| self.sentence_subject(sentence_start..clause.end))
        } else {
            self.object_target(clause, verb, verb + 1..v)
        }
    }

    /// "the trust, judged good in 2017, two years after being handed Ofsted's lowest rating": a
    /// grade in a clause opened by "after being" or "since being" (searched back from `before`,
    /// not past `from`), which has no subject of its own.
    fn after_being(&self, from: usize, before: usize) -> bool {
        let doc = self.doc;
        let mut k = before;
        while k > from
            && (self.is_quote(k - 1)
                || doc.in_list(k - 1, &AWARD_VERBS)
                || doc.in_list(k - 1, &RATING_VERBS)
                || doc.in_list(k - 1, crate::words!["a", "an", "the", "its", "their", "ofsted's", "ofsteds"]))
        {
            k -= 1;
        }
        k >= 2 && doc.is(k - 1, "being") && doc.in_list(k - 2, crate::words!["after", "since"])
    }

    /// "rated as requiring improvement in three out of five inspected areas – A, B and C": a
    /// grade said of a count of areas is said of the areas listed after it.
    pub(super) fn counted_areas(&self, after: usize, end: usize) -> Option<Target> {
        let named = self.listed_after_count(self.partial_after(after, end)?);
        (!named.is_empty()).then(|| Target::named(named, true))
    }

    /// The "to" just before a grade, past quotes and "a"/"an"/"being": "to good", "to 'a good'".
    pub(super) fn to_before(&self, g: &GradeMention, from: usize) -> Option<usize> {
        let doc = self.doc;
        let mut t = g.tokens.start;
        while t > from && (self.is_quote(t - 1) || doc.in_list(t - 1, crate::words!["a", "an", "being"])) {
            t -= 1;
        }
        (t > from && doc.is(t - 1, "to")).then(|| t - 1)
    }

    /// "X has jumped two grades to good", "Y rose to outstanding", "Ofsted upgraded X to good":
    /// a change verb and "to" with no "from" grade.
    pub(super) fn change_to_target(
        &self,
        g: &GradeMention,
        clause: Range<usize>,
        sentence_start: usize,
    ) -> Option<Target> {
        let doc = self.doc;
        let to = self.to_before(g, clause.start)?;
        let mut v = to;
        while v > clause.start && (doc.tokens[v - 1].kind == TokenKind::Soft || doc.in_list(v - 1, &CHANGE_MEASURES)) {
            v -= 1;
        }
        // ("Ofsted upgraded the council's services to good": the object between them.)
        let verb = (clause.start..v).rev().find(|&i| doc.in_list(i, &CHANGE_VERBS))?;
        if verb + 1 == v {
            self.subject_before(g, clause, verb, sentence_start, true)
        } else {
            self.object_target(clause, verb, verb + 1..v)
        }
    }

    /// Whether a span is made only of areas, councils, place names and glue words.
    pub(super) fn only_subject_words(&self, range: Range<usize>) -> bool {
        let doc = self.doc;
        let mut i = range.start;
        while i < range.end {
            if let Some((r, _)) = self.area_starting_at(i) {
                i = r.end;
                continue;
            }
            if let Some(r) = self.councils.starting_at(i) {
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
    pub(super) fn headline_target(
        &self,
        sentence: Range<usize>,
        before: usize,
        after: usize,
        quoted: bool,
    ) -> Option<Target> {
        // (Nothing may follow but who said it: "..., Ofsted says".)
        let said = |n: usize| {
            (n..sentence.end)
                .all(|i| self.doc.tokens[i].kind != TokenKind::Word || self.doc.in_list(i, &HEADLINE_SOURCE))
        };
        if !quoted || self.next_word_index(after, sentence.end).is_some_and(|n| !said(n)) {
            return None;
        }
        let named = self.areas_in(sentence.start..before);
        let (area, r) = named.last()?.clone();
        let tail = r.end..before;
        let ok = tail.clone().all(|i| {
            self.doc.tokens[i].kind == TokenKind::Soft
                || self.doc.in_list(
                    i,
                    crate::words![
                        "provision",
                        "services",
                        "service",
                        "arrangements",
                        "work",
                        "rated",
                        "judged",
                        "now",
                        "still"
                    ],
                )
        });
        ok.then(|| Target::named(vec![(area, r)], false))
    }
}
