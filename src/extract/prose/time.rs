//! When: whether a grade is this inspection's or an earlier one's, and that inspection's date.

use std::ops::Range;

use crate::dates::Date;
use crate::detect::in_force;
use crate::model::{Area, FrameworkId, Grade, Reason};
use crate::text::TokenKind;

use super::super::cues::previous_markers;
use super::grade_use::Shape;
use super::nearest::{nearest_grade, Tally};
use super::subject::Target;
use super::words::*;
use super::{GradeMention, Mention, Reader};

/// The framework in force on a date, for earlier inspections a text mentions.
pub(super) fn framework_in_force(date: Date) -> Option<FrameworkId> {
    [FrameworkId::Cp2012, FrameworkId::Sif, FrameworkId::Ilacs2018, FrameworkId::Ilacs2023, FrameworkId::Ilacs2026]
        .into_iter()
        .find(|&id| in_force(id, date))
}

/// When a grade was given: this inspection or an earlier one, and the earlier one's date.
#[derive(Debug, Clone, Default)]
pub(super) struct When {
    /// What says the grade is an earlier inspection's; `None` for this inspection's.
    pub(super) earlier: Option<Reason>,
    /// The earlier inspection's date, when given.
    pub(super) date: Option<String>,
    /// "rated good, as was the case in 2019": the same grade was given before too (with that
    /// inspection's date, when given).
    pub(super) also_before: Option<Option<String>>,
}

impl Reader<'_, '_> {
    /// When the grade of sentence `s_index` was given. `inherited` when the grade was read as
    /// the past of the grade before it ("rated good, up from inadequate"). A sentence before
    /// about an earlier inspection may name the area the grade is of: `target` then takes it.
    pub(super) fn when(
        &self,
        s_index: usize,
        g: &GradeMention,
        shape: &Shape,
        target: &mut Target,
        inherited: bool,
    ) -> When {
        let doc = self.doc;
        let sentence = self.sentences[s_index].clone();
        let (mut earlier, mut date) = self.earlier(sentence.clone(), shape.clause.clone(), g);
        if inherited {
            earlier = earlier.or(Some(Reason::ChangeFrom));
        }
        // "rated good, as was the case in 2019": this grade, and the same one before.
        let as_before = {
            let i = doc.skip_soft(shape.after, sentence.end);
            doc.words_at(i, &["as", "was", "the", "case"], sentence.end)
                .or_else(|| doc.words_at(i, &["as", "it", "was"], sentence.end))
                .or_else(|| doc.words_at(i, &["as", "they", "were"], sentence.end))
        };
        let mut also_before = None;
        if let (Some(end), false) = (as_before, inherited) {
            let then = self.clause(sentence.clone(), end..end);
            also_before = Some(doc.dates_in(end..then.end).last().map(|d| d.date.iso()));
            earlier = None;
            date = None;
        }
        // (A grade that persists is this inspection's even when a word of leaving leads it:
        // "slammed after being rated inadequate yet again"; or when it has lasted since an
        // earlier inspection, which then has that inspection's date: "since the last
        // inspection in 2018, services have remained outstanding", "building on the
        // inspections of 2011, services continue to be good".)
        let lasting = earlier.is_some_and(|cue| cue != Reason::ChangeFrom)
            && (self.since_marker(sentence.start..shape.before) || self.lasts_now(shape.clause.start..shape.before));
        let weak = earlier.is_none() || earlier == Some(Reason::ChangeFrom) && !inherited || lasting;
        if weak && also_before.is_none() {
            if let Some(then) = self.persists(g, shape, sentence.clone()) {
                also_before = Some(if lasting { then.or(date) } else { then });
                earlier = None;
                date = None;
            }
        }
        if earlier.is_none() {
            if let Some((d, area)) = self.after_previous_sentence(s_index, shape.clause.clone(), shape.before) {
                earlier = Some(Reason::EarlierSentence);
                date = d;
                // "The previous inspection of X's services for looked after children was in
                // 2011. The local authority was judged to be good.": the earlier sentence names
                // the area.
                if let (false, Some(area)) = (target.named, area) {
                    target.areas = vec![(area, target.label.clone())];
                }
            }
        }
        When { earlier, date, also_before }
    }

    /// Whether the grade is an earlier inspection's (the cue that says so), and that
    /// inspection's date if given.
    ///
    /// Words such as "last inspection" and dates count within the grade's clause and the
    /// clauses about time next to it ("since the last inspection in 2016, when services were
    /// rated good"; "rated good when it was last inspected in 2017"), and only for the grade
    /// nearest to them: in "rated good, up from the inadequate rating at the last inspection
    /// in 2018", the last inspection and 2018 are the inadequate grade's.
    pub(super) fn earlier(
        &self,
        sentence: Range<usize>,
        clause: Range<usize>,
        g: &GradeMention,
    ) -> (Option<Reason>, Option<String>) {
        let doc = self.doc;
        // Clauses about time tied to the grade's own: "since the last inspection in 2016, when
        // services were rated good" (the one before) and "rated good when it was last
        // inspected in 2017" (the one after).
        // (Each belongs to the grade nearest it: not to a grade past another one.)
        let first_in_clause = self.grades_in(clause.start..g.tokens.start).is_empty();
        let last_in_clause = self.grades_in(g.tokens.end..clause.end).is_empty();
        let anchor_before = (first_in_clause
            && clause.start > sentence.start
            && doc.in_list(clause.start - 1, crate::words!["when", "where", "after", "at"]))
        .then(|| self.clause(sentence.clone(), clause.start - 1..clause.start - 1))
        .map(|c| c.start..clause.start);
        let anchor_after =
            (last_in_clause && clause.end < sentence.end && doc.in_list(clause.end, crate::words!["when", "where"]))
                .then(|| clause.end..self.clause(sentence.clone(), clause.end + 1..clause.end + 1).end);
        // Within the grade's own clause, words and dates belong to the grade nearest to them.
        let grades: Vec<Range<usize>> = self.grades_in(clause.clone()).into_iter().map(|m| m.tokens).collect();
        // Distance in words (not counting "having been rated" and the like); at equal distance
        // a marker word goes with the grade after it ("rated 'good', having previously been
        // 'inadequate'") and a date with the grade before it ("judged inadequate in 2014 and
        // requires improvement in 2017").
        let words = Tally::new(clause.clone(), |i| {
            doc.tokens[i].kind == TokenKind::Word && !doc.in_list(i, &PARTICIPLE_LINK) && !doc.is(i, "having")
        });
        // (A comma between a date and the grade after it closes the phrase of the grade before:
        // "good at its last inspection in 2019, and requires improvement in 2015".)
        let commas = Tally::new(clause.clone(), |i| doc.token_text(i) == ",");
        let mine = grades.iter().position(|r| *r == g.tokens);
        let nearest_is_mine =
            |at: usize, date: bool| mine.is_some() && nearest_grade(&grades, at, date, &words, &commas) == mine;
        // Markers made of a verb speak of what follows them: "had been rated good", not "rated
        // good, and said leaders had been too slow".
        let before_only = |i: usize| doc.in_list(i, crate::words!["had", "used", "no", "moved", "was"]);
        // "outstanding, an improvement on the last inspection in 2020": what follows a
        // comparison after the grade is the baseline's, not the grade's.
        // (The first word is asked first: the pairs are asked of every word after every grade.)
        let baseline = (g.tokens.end..clause.end)
            .find(|&i| {
                doc.in_list(i, crate::words!["improvement", "better", "worse", "compared"])
                    && [
                        ["improvement", "on"],
                        ["better", "than"],
                        ["worse", "than"],
                        ["compared", "with"],
                        ["compared", "to"],
                    ]
                    .iter()
                    .any(|w| doc.words_at(i, w, clause.end).is_some())
            })
            .unwrap_or(usize::MAX);
        // Reported speech puts its verbs a tense back: in "members noted that services had
        // been judged good", "had been" is the news, not an earlier inspection.
        let reported = self.reported_speech(sentence.start..g.tokens.start);
        // "Since the last inspection in 2015, services have deteriorated and are now inadequate":
        // "now" between a marker and the grade brings the clause back to the present.
        let present = Tally::new(clause.clone(), |i| doc.in_list(i, crate::words!["now", "currently"]));
        let back_to_present = |i: usize| i < g.tokens.start && present.between(i, g.tokens.start) > 0;
        // (Of a marker in the grade's own clause.)
        let not_mine = |i: usize| before_only(i) && i > g.tokens.start || i >= baseline || back_to_present(i);
        let has_marker = |range: &Range<usize>, nearest: bool| {
            range.clone().any(|i| {
                previous_markers().longest_at(doc, i, range.end).is_some_and(|_| {
                    let reported_tense = reported && doc.is(i, "had");
                    if reported_tense || nearest && not_mine(i) {
                        false
                    } else if doc.is(i, "from") {
                        self.grade_follows_from(i, g)
                    } else {
                        !nearest || nearest_is_mine(i, false)
                    }
                })
            })
        };
        let mut cue = has_marker(&clause, true).then_some(Reason::EarlierMarker);
        if cue.is_none() && self.led_from(g, sentence.start) {
            cue = Some(Reason::ChangeFrom);
        }
        let mut date_scope = Some(clause.clone());
        // A clause about time tied to the grade's speaks of the earlier inspection when it says
        // so, or when it names a year before this inspection's ("since 2012, when it was
        // judged adequate").
        let older_year = |range: &Range<usize>| {
            let year = self.ctx.year;
            doc.dates_in(range.clone()).iter().any(|d| year.is_some_and(|y| d.date.year < y))
        };
        for anchor in [&anchor_before, &anchor_after].into_iter().flatten() {
            // (Its date is the grade's: "condemned as inadequate when it was inspected in 2015".)
            date_scope = date_scope.map(|s| anchor.start.min(s.start)..anchor.end.max(s.end));
            // ("since 2019, when it was judged inadequate": the clause after "when" is of 2019.)
            let since_then = Some(anchor) == anchor_before.as_ref() && self.since_date(anchor.clone());
            if cue.is_none() && (has_marker(anchor, false) || older_year(anchor) || since_then) {
                cue = Some(if has_marker(anchor, false) { Reason::EarlierMarker } else { Reason::EarlierDate });
            }
        }
        // A clause after "since" or "two years after" with a past tense verb (or "being") before
        // its grade is the earlier inspection's: "... since Ofsted judged the council
        // outstanding", "since being rated good", "two years after Ofsted judged them
        // inadequate" (but "slammed after being rated inadequate" is this inspection's).
        let after_a_while = |a: usize| {
            doc.is(a, "after")
                && (a.saturating_sub(3)..a)
                    .any(|i| doc.in_list(i, crate::words!["years", "year", "months", "month", "weeks", "decade"]))
        };
        let past_verb = (clause.start..g.tokens.start)
            .any(|i| doc.in_list(i, crate::words!["judged", "rated", "graded", "was", "were", "found", "being"]));
        if clause.start > sentence.start
            && (doc.is(clause.start - 1, "since") || after_a_while(clause.start - 1))
            && past_verb
        {
            cue = Some(Reason::EarlierMarker);
        }
        // "safer than they were when services were rated inadequate": a time compared with.
        if first_in_clause
            && clause.start > sentence.start
            && doc.is(clause.start - 1, "when")
            && (clause.start.saturating_sub(5)..clause.start).any(|i| doc.is(i, "than"))
        {
            cue = Some(Reason::EarlierMarker);
        }
        // "after a similar inspection rated ...": the clause after "after" is the earlier one
        // when an inspection in it gave the grade (not "after two weeks on site, rated it ...",
        // nor "after its inspection in 2019, with help judged ...").
        if clause.start > sentence.start
            && doc.is(clause.start - 1, "after")
            && (clause.start..g.tokens.start).any(|i| {
                doc.in_list(i, crate::words!["inspection", "inspections", "visit"])
                    && doc.in_list(i + 1, crate::words!["rated", "judged", "found", "graded", "gave"])
            })
        {
            cue = Some(Reason::EarlierMarker);
        }
        let mut date = None;
        if let Some(scope) = date_scope {
            let scope_dates = doc.dates_in(scope);
            // The grade after "to" in "from A at its last inspection, in 2016, to B": dates
            // before it are A's.
            let to_grade = self.to_before(g, clause.start).is_some_and(|to| {
                grades.iter().any(|r| r.end <= to && (clause.start..r.start).any(|i| doc.is(i, "from")))
            });
            // The grade after "from" in the same: dates before the "to" are its own.
            let to_after = (clause.start..g.tokens.start)
                .any(|i| doc.is(i, "from"))
                .then(|| {
                    grades
                        .iter()
                        .filter(|r| r.start >= g.tokens.end)
                        .find_map(|r| self.to_before(&GradeMention { grade: g.grade, tokens: r.clone() }, g.tokens.end))
                })
                .flatten();
            let mut dates = scope_dates.iter().filter(|d| {
                let token = doc.token_at(d.start);
                if to_grade && token < g.tokens.start
                    || clause.contains(&token) && (token >= baseline || back_to_present(token))
                {
                    return false;
                }
                // "an improvement on 2019", "better than 2019": a year compared with, not the
                // grade's own (but "since 2012, when it was judged adequate" dates the clause
                // after "when").
                if d.date.month.is_none()
                    && clause.contains(&token)
                    && token > 0
                    && doc.in_list(token - 1, crate::words!["on", "than", "over", "since"])
                {
                    return false;
                }
                if to_after.is_some_and(|to| token >= g.tokens.end && token < to) {
                    return true;
                }
                // Dates outside the grade's clause are the anchor's (unless another grade comes
                // between: "..., and good in 2017"); inside, the nearest grade's.
                let between = if token < g.tokens.start { token..g.tokens.start } else { g.tokens.end..token };
                if clause.contains(&token) {
                    nearest_is_mine(token, true)
                } else {
                    self.grades_in(between).is_empty()
                }
            });
            if let Some(found) = dates.next_back() {
                date = Some(found.date.iso());
                if self.ctx.year.is_some_and(|year| found.date.year < year) {
                    cue = cue.or(Some(Reason::EarlierDate));
                }
            }
        }
        (cue, date)
    }

    /// "The previous inspection of X's services was in September 2009. The local authority was
    /// judged to be adequate.": a past-tense grade right after a sentence about an earlier
    /// inspection belongs to it. Returns that inspection's date, if given.
    pub(super) fn after_previous_sentence(
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
                    doc.in_list(
                        i,
                        crate::words!["inspection", "inspected", "ofsted", "visit", "visited", "judged", "rated"],
                    )
                });
        if !about_earlier || !self.grades_in(prev.clone()).is_empty() {
            return None;
        }
        let past = (clause.start..before).any(|i| doc.in_list(i, crate::words!["was", "were", "had"]));
        if !past {
            return None;
        }
        let area = self.areas_in(prev.clone()).first().map(|(a, _)| *a);
        let date = doc.dates_in(prev).last().map(|d| d.date.iso());
        Some((date, area))
    }

    /// Whether "from" at `i` comes just before the grade: "from 'inadequate' to 'good'", "up
    /// from the 'inadequate' rating".
    pub(super) fn grade_follows_from(&self, i: usize, g: &GradeMention) -> bool {
        let doc = self.doc;
        let mut j = doc.skip_soft(i + 1, g.tokens.start);
        if j < g.tokens.start && doc.in_list(j, crate::words!["the", "its", "their", "a", "an", "being", "previously"])
        {
            j = doc.skip_soft(j + 1, g.tokens.start);
        }
        j == g.tokens.start
    }

    /// "This follows a rating of 'inadequate' in 2015", "moved out of its 'inadequate' Ofsted
    /// rating", "since being rated inadequate", "after an inadequate judgement", "compared with
    /// inadequate in 2017", "shaken off its inadequate rating": a grade led by a
    /// word of leaving or following, with only a rating's words between them, is the grade left
    /// behind.
    pub(super) fn led_from(&self, g: &GradeMention, sentence_start: usize) -> bool {
        let doc = self.doc;
        let mut j = g.tokens.start;
        let limit = g.tokens.start.saturating_sub(8).max(sentence_start);
        while j > limit {
            let k = j - 1;
            let rating_word = doc.tokens[k].kind == TokenKind::Soft && self.is_quote(k)
                || doc.in_list(k, &RATING_ADJECTIVES)
                || doc.in_list(k, &FROM_LINK)
                || doc.is(k, "of") && k > 0 && (doc.in_list(k - 1, &JUDGEMENT_NOUNS) || doc.is(k - 1, "out"))
                || doc.in_list(k, &JUDGEMENT_NOUNS) && doc.is(k + 1, "of")
                // "shaken off its inadequate rating", "compared with inadequate in 2017".
                || k > 0 && (doc.is(k, "off") && doc.in_list(k - 1, &FROM_WORDS) || doc.is(k, "with") && doc.is(k - 1, "compared"));
            if !rating_word {
                break;
            }
            j = k;
        }
        // "out of": the word before "of". (Not a word of an area's name: "children looked after
        // require improvement".)
        let lead = if j > limit && doc.is(j - 1, "out") { j - 1 } else { j };
        lead > sentence_start && doc.in_list(lead - 1, &FROM_WORDS) && !self.in_area(lead - 1)
            || j > sentence_start && doc.is(j - 1, "out") && doc.is(j, "of")
    }

    /// "The council, which was rated inadequate, is now rated good", "Having been rated
    /// inadequate, the council is now good": when one sentence gives
    /// an area two grades of this inspection, one said in the past tense and one in the present
    /// ("is", "now", "has been"), the past one is the earlier inspection's.
    pub(super) fn past_of_present(&self, sentence: Range<usize>, in_sentence: &mut [Mention]) {
        if in_sentence.iter().filter(|m| !m.found.is_empty()).count() < 2 {
            return;
        }
        let doc = self.doc;
        // The tense of the verb group just before the grade.
        let tense = |m: &Mention| {
            let clause = self.clause(sentence.clone(), m.tokens.clone());
            let mut v = m.tokens.start;
            while v > clause.start
                && (doc.tokens[v - 1].kind == TokenKind::Soft && self.is_quote(v - 1)
                    || doc.in_list(v - 1, &VERB_GROUP)
                    || doc.in_list(v - 1, &VERBS)
                    || doc.in_list(v - 1, &RATING_VERBS))
            {
                v -= 1;
            }
            let group = v..m.tokens.start;
            let present = group.clone().any(|i| doc.in_list(i, &PRESENT_WORDS));
            let past =
                group.clone().any(|i| doc.in_list(i, crate::words!["was", "were", "had", "having", "previously"]));
            // "The council, rated inadequate in 2015, is now good": a participle between commas.
            let aside =
                v > clause.start && doc.token_text(v - 1) == "," && group.clone().all(|i| !doc.in_list(i, &VERBS));
            let past = past || aside && !group.is_empty();
            (present && !past, past && !present)
        };
        let tenses: Vec<(bool, bool)> = in_sentence.iter().map(tense).collect();
        let present_grades: Vec<(Area, Grade)> = in_sentence
            .iter()
            .zip(&tenses)
            .filter(|(_, (present, _))| *present)
            .flat_map(|(m, _)| m.found.iter().filter(|f| !f.previous).map(|f| (f.area, f.grade)))
            .collect();
        for (m, (_, past)) in in_sentence.iter_mut().zip(&tenses) {
            if !*past {
                continue;
            }
            for f in m.found.iter_mut().filter(|f| !f.previous) {
                if present_grades.iter().any(|&(area, grade)| area == f.area && grade != f.grade) {
                    f.previous = true;
                    m.reason = Reason::PastBesidePresent;
                }
            }
        }
    }

    /// "Its last inspection, in 2017, found the service inadequate, with care leavers also
    /// judged inadequate": a grade joined to an earlier inspection's grade by "with", "also" or
    /// "as well", with nothing between them to mark a change of time, is that inspection's too.
    /// So is a grade joined by "and" to one whose time is set for the whole clause ("At its last
    /// inspection in 2019, help was judged inadequate and care leavers good"; "since 2011, when
    /// safeguarding was judged inadequate and adoption adequate"), and one in a clause opened by
    /// "when" right after an earlier grade's date ("up from inadequate in 2019, when leaders
    /// were judged inadequate").
    pub(super) fn carry_earlier(&self, in_sentence: &mut [Mention]) {
        let doc = self.doc;
        for k in 1..in_sentence.len() {
            let (head, tail) = in_sentence.split_at_mut(k);
            let a = &head[k - 1];
            let b = &mut tail[0];
            let earlier = !a.found.is_empty() && a.found.iter().all(|f| f.previous);
            if !earlier || b.found.is_empty() || b.found.iter().any(|f| f.previous) {
                continue;
            }
            let date = a.found.iter().find_map(|f| f.date.clone());
            let between = a.tokens.end..b.tokens.start;
            let change = between.clone().any(|i| doc.in_list(i, &TIME_CHANGE_WORDS))
                || !doc.dates_in(between.clone()).is_empty();
            let present = between.clone().any(|i| doc.in_list(i, &PRESENT_WORDS));
            let joined = between.clone().any(|i| doc.in_list(i, crate::words!["with", "also"]))
                || between.clone().any(|i| doc.is(i, "and")) && !present && self.time_set_for_clause(a);
            let when_after = self.when_right_after(a, b.tokens.start);
            if joined && !change || when_after {
                for f in b.found.iter_mut() {
                    f.previous = true;
                    f.date = date.clone();
                }
                b.reason = Reason::JoinedToEarlier;
            }
        }
    }

    /// Whether the time of a grade is set for its whole clause and the clauses joined to it: the
    /// clause is opened by "when", or the sentence by a phrase of time set off by a comma ("At
    /// its last inspection in 2019,", "When it was last inspected,").
    fn time_set_for_clause(&self, m: &Mention) -> bool {
        let doc = self.doc;
        let clause = self.clause(m.sentence.clone(), m.tokens.clone());
        if clause.start > m.sentence.start && doc.is(clause.start - 1, "when") {
            return true;
        }
        let Some(comma) = (m.sentence.start..m.tokens.start).find(|&i| doc.token_text(i) == ",") else {
            return false;
        };
        let lead = m.sentence.start..comma;
        !doc.dates_in(lead.clone()).is_empty()
            || lead.clone().any(|i| previous_markers().longest_at(doc, i, lead.end).is_some())
    }

    /// Whether the token at `at` is in a clause opened by "when" that follows grade `m` with
    /// nothing but a time phrase between ("inadequate in 2019, when ...").
    fn when_right_after(&self, m: &Mention, at: usize) -> bool {
        let doc = self.doc;
        let clause = self.clause(m.sentence.clone(), at..at);
        let Some(when) = clause.start.checked_sub(1).filter(|&w| w > m.tokens.end && doc.is(w, "when")) else {
            return false;
        };
        self.time_phrase(m.tokens.end..when)
    }

    /// "In its last full inspection in 2014, Ofsted rated the council good. The inspection also
    /// found that help and protection required improvement.": right after a sentence whose
    /// grades were all an earlier inspection's, grades said to be "also" found (or found "at
    /// that inspection"), with nothing marking a change of time before them, are that
    /// inspection's too; but not a grade this inspection was already given ("Leadership was
    /// also found to be inadequate" after an inadequate overall). `current` holds this
    /// inspection's grades read so far.
    pub(super) fn carry_from_sentence_before(
        &self,
        sentence: Range<usize>,
        in_sentence: &mut [Mention],
        date: &Option<String>,
        current: &[Grade],
    ) {
        let doc = self.doc;
        for m in in_sentence.iter_mut() {
            let lead = sentence.start..m.tokens.start;
            // "also", "at that inspection", "at the time".
            let also = lead.clone().any(|i| {
                doc.is(i, "also")
                    || doc.in_list(i, crate::words!["that", "same"])
                        && doc.in_list(i + 1, crate::words!["inspection", "visit", "report"])
                    || doc.words_at(i, &["at", "the", "time"], lead.end).is_some()
            });
            let change = lead.clone().any(|i| doc.in_list(i, &NOW_WORDS)) || !doc.dates_in(lead).is_empty();
            let known = current.contains(&m.grade);
            if !also || change || known || m.found.is_empty() || m.found.iter().any(|f| f.previous) {
                continue;
            }
            for f in m.found.iter_mut() {
                f.previous = true;
                f.date = date.clone();
            }
            m.reason = Reason::JoinedToEarlier;
        }
    }

    /// "has again been rated inadequate", "remains good", "held on to its good rating", "rated
    /// outstanding for the second consecutive time", "the same grading as 2019": a grade said to
    /// persist was given before too. Returns that earlier inspection's date, when the clause
    /// gives one after the cue ("for the second time since 2018").
    fn persists(&self, g: &GradeMention, shape: &Shape, sentence: Range<usize>) -> Option<Option<String>> {
        let doc = self.doc;
        let clause = shape.clause.clone();
        let lead = clause.start..shape.before;
        let cue_before = lead
            .clone()
            .find(|&i| doc.in_list(i, &PERSIST_WORDS) || doc.words_at(i, &["held", "on", "to"], lead.end).is_some());
        let tail = shape.after..sentence.end;
        let cue_after = tail.clone().take(12).find(|&i| {
            doc.in_list(i, crate::words!["again", "consecutive"])
                || doc.words_at(i, &["once", "more"], tail.end).is_some()
                || doc.is(i, "time") && i > 0 && doc.in_list(i - 1, &ORDINALS) && !doc.is(i - 1, "first")
                || doc.is(i, "same")
                    && doc.in_list(i + 1, crate::words!["grading", "grade", "rating", "judgement", "judgment"])
        });
        let cue = cue_before.or(cue_after)?;
        let from = cue.max(g.tokens.end);
        let dated = doc.dates_in(from..clause.end.max(tail.end.min(from + 12)));
        Some(dated.first().map(|d| d.date.iso()))
    }

    /// Whether a span holds "since" and a word of an earlier inspection: "since the last
    /// inspection", "since its previous inspection".
    fn since_marker(&self, span: Range<usize>) -> bool {
        let doc = self.doc;
        span.clone().any(|i| {
            let marker = |at: usize| previous_markers().longest_at(doc, at, span.end).is_some();
            doc.is(i, "since")
                && (marker(i + 1) || doc.in_list(i + 1, crate::words!["the", "its", "their"]) && marker(i + 2))
        })
    }

    /// Whether a span holds "since" and a date: "improved since 2019", "since May 2011".
    fn since_date(&self, span: Range<usize>) -> bool {
        let doc = self.doc;
        doc.dates_in(span).iter().any(|d| {
            let token = doc.token_at(d.start);
            token > 0 && doc.is(token - 1, "since")
        })
    }

    /// Whether a span holds a verb saying a grade lasts now: "continue to be", "remains".
    fn lasts_now(&self, span: Range<usize>) -> bool {
        span.clone().any(|i| {
            self.doc.in_list(
                i,
                crate::words!["continue", "continues", "remain", "remains", "retains", "keeps", "maintains"],
            )
        })
    }

    /// Whether a span holds a reporting verb and its "that": "noted that", "were told that",
    /// "reported that".
    fn reported_speech(&self, span: Range<usize>) -> bool {
        let doc = self.doc;
        span.clone().any(|i| {
            doc.is(i, "that")
                && i > span.start
                && doc.in_list(
                    i - 1,
                    crate::words![
                        "noted",
                        "note",
                        "reported",
                        "told",
                        "heard",
                        "informed",
                        "advised",
                        "confirmed",
                        "explained",
                        "said"
                    ],
                )
        })
    }
}
