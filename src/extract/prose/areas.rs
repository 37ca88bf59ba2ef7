//! Which areas: area names in the text, lists of them, statements about every area and their
//! exceptions.

use std::ops::Range;
use std::sync::OnceLock;

use crate::dates::Date;
use crate::frameworks::{framework, FRAMEWORKS};
use crate::model::{Area, FrameworkId, Reason};
use crate::text::{PhraseSet, TokenKind};

use super::grade_use::Shape;
use super::subject::Target;
use super::time::{framework_in_force, When};
use super::words::*;
use super::Reader;

/// Area names for prose about one framework (or about an unknown one).
pub(super) fn area_set(framework_id: Option<FrameworkId>) -> &'static PhraseSet<Area> {
    static SETS: OnceLock<Vec<PhraseSet<Area>>> = OnceLock::new();
    let sets = SETS.get_or_init(|| {
        let mut sets: Vec<PhraseSet<Area>> =
            FRAMEWORKS.iter().map(|f| PhraseSet::new(phrases_for(std::slice::from_ref(f)))).collect();
        // Unknown framework: every council framework's wording, later frameworks first so
        // that the usual modern meaning wins where wordings clash. Of ILACS 2018-22, only the
        // printed labels: its spoken "children in care and care leavers" would swallow the two
        // judgements every later text means by those words, but "the experiences and progress
        // of children in care and care leavers" is its combined judgement and nothing else.
        let combined = framework(FrameworkId::Ilacs2018).areas.iter().flat_map(|a| {
            a.printed.iter().flat_map(|p| [Some(*p), p.strip_prefix("the ")]).flatten().map(move |p| (p, a.area))
        });
        let council: Vec<_> =
            FRAMEWORKS.iter().rev().filter(|f| f.about_council && f.graded && f.id != FrameworkId::Ilacs2018).collect();
        let mut items: Vec<(&'static str, Area)> = Vec::new();
        for (p, a) in combined.chain(council.into_iter().flat_map(|f| phrases_for(std::slice::from_ref(f)))) {
            if !items.iter().any(|(q, _)| *q == p) {
                items.push((p, a));
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

pub(super) fn phrases_for(frameworks: &[crate::frameworks::Framework]) -> Vec<(&'static str, Area)> {
    let mut items: Vec<(&'static str, Area)> = Vec::new();
    for f in frameworks {
        for a in f.areas {
            // (Prose drops the article of a printed label: "impact of leaders on social work
            // practice with children and families".)
            let bare = a.printed.iter().filter_map(|p| p.strip_prefix("the "));
            for p in a.printed.iter().copied().chain(a.spoken.iter().copied()).chain(bare) {
                if !items.iter().any(|(q, _)| *q == p) {
                    items.push((p, a.area));
                }
            }
        }
    }
    items
}

impl Reader<'_, '_> {
    /// Widens or narrows what a grade is said of by what follows it: ", as was X" adds areas,
    /// "in all areas" makes it every area's, "in two areas: X and Y" names them; "in three of
    /// the four areas" names none, and a sentence about a neighbouring council gives nothing.
    pub(super) fn scope(&self, mut target: Target, shape: &Shape, sentence: Range<usize>) -> Result<Target, Reason> {
        let doc = self.doc;
        // "... were inadequate, as was the leadership of the service": the grade is shared.
        let shared = self.as_was_areas(shape.after, sentence.end);
        if !shared.is_empty() {
            target.areas.extend(shared);
            target.named = true;
        }
        // A sentence about a neighbouring council ("Carnford's neighbour, Lesterton, was rated
        // good, with its services for looked after children judged outstanding") may not name
        // it as a council at all: nothing in it up to the grade's clause's end is taken.
        if (sentence.start..shape.clause.end).any(|i| doc.in_list(i, &NEIGHBOUR_WORDS)) {
            return Err(Reason::OtherCouncil);
        }
        let tail = shape.noun.map_or(shape.after, |n| n + 1);
        // "... across a range of services including child protection and adoption": those too.
        let included = self.included_areas(tail, shape.clause.end);
        if !included.is_empty() {
            target.areas.extend(included);
        }
        if self.collective_after(tail, shape.clause.end) || self.every_area_counted(tail, shape.clause.end) {
            target.collective = true;
        } else if let (false, Some(list)) = (target.named, self.partial_after(tail, shape.clause.end)) {
            let named = self.listed_after_count(list);
            if named.is_empty() {
                return Err(Reason::UnnamedAreas);
            }
            target = Target::named(named, false);
        }
        Ok(target)
    }

    /// The areas a target stands for: its own, or for a statement about every area, the
    /// framework's areas (of the earlier inspection's framework when the grade is an earlier
    /// one with a date) but those an exception names ("in all areas apart from leadership").
    pub(super) fn expand(
        &self,
        target: &Target,
        when: &When,
        after: usize,
        sentence: Range<usize>,
    ) -> Vec<(Area, Range<usize>)> {
        if !target.collective {
            return target.areas.clone();
        }
        let fw = match when.earlier {
            Some(_) => {
                when.date.as_deref().and_then(Date::from_iso).and_then(framework_in_force).or(self.ctx.framework)
            }
            None => self.ctx.framework,
        };
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
    }

    pub(super) fn areas_in(&self, range: Range<usize>) -> Vec<(Area, Range<usize>)> {
        let from = self.areas.partition_point(|(r, _)| r.start < range.start);
        self.areas[from..].iter().take_while(|(r, _)| r.end <= range.end).map(|(r, a)| (*a, r.clone())).collect()
    }

    pub(super) fn council_in(&self, range: Range<usize>) -> bool {
        let councils = self.councils.as_slice();
        let from = councils.partition_point(|r| r.start < range.start);
        councils[from..].iter().take_while(|r| r.end <= range.end).next().is_some()
            || range.clone().any(|i| self.doc.in_list(i, &COUNCIL_WORDS))
    }

    /// A list of areas starting at token `i`: "A, B and C".
    pub(super) fn area_list_from(&self, i: usize, end: usize) -> Vec<(Area, Range<usize>)> {
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

    pub(super) fn only_glue_list(&self, range: Range<usize>) -> bool {
        range.clone().all(|i| {
            self.doc.tokens[i].kind == TokenKind::Soft
                || self.doc.in_list(
                    i,
                    crate::words![
                        "and",
                        "the",
                        "its",
                        "their",
                        "as",
                        "well",
                        "both",
                        "also",
                        "for",
                        "of",
                        "experience",
                        "experiences",
                        "progress",
                        "trust's",
                        "council's",
                        "authority's"
                    ],
                )
        })
    }

    /// An area word used inside another noun phrase ("leadership team", "education outcomes
    /// for children looked after") is not the area.
    pub(super) fn is_descriptive_use(&self, r: Range<usize>) -> bool {
        let doc = self.doc;
        let narrower = |i: usize| doc.in_list(i, crate::words!["education", "educational", "health"]);
        let narrowed = r.start >= 1 && narrower(r.start - 1)
            || r.start >= 3
                && doc.in_list(r.start - 1, crate::words!["for", "of"])
                && doc.in_list(r.start - 2, crate::words!["outcomes", "attainment", "achievement"])
                && narrower(r.start - 3);
        narrowed
            || doc.in_list(
                r.end,
                crate::words![
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
                    "agency",
                    "agencies",
                    "partnership",
                    "partnerships"
                ],
            )
    }

    /// Whether an area's name starts at token `i`.
    pub(super) fn area_starts_at(&self, i: usize) -> bool {
        self.area_starting_at(i).is_some()
    }

    /// The area whose name starts at token `i`.
    pub(super) fn area_starting_at(&self, i: usize) -> Option<&(Range<usize>, Area)> {
        let k = self.areas.partition_point(|(r, _)| r.start < i);
        self.areas.get(k).filter(|(r, _)| r.start == i)
    }

    /// Whether token `i` is part of an area's name.
    pub(super) fn in_area(&self, i: usize) -> bool {
        self.marks.get(i).is_some_and(|m| m & super::IN_AREA != 0)
    }

    pub(super) fn area_ending_at(&self, end: usize) -> Option<(Range<usize>, Area)> {
        let i = self.areas.partition_point(|(r, _)| r.end < end);
        self.areas.get(i).filter(|(r, _)| r.end == end).cloned()
    }

    pub(super) fn council_ending_at(&self, end: usize) -> Option<Range<usize>> {
        let councils = self.councils.as_slice();
        let i = councils.partition_point(|r| r.end < end);
        councils.get(i).filter(|r| r.end == end).cloned()
    }

    /// The areas an exception names after a statement about every area: "apart from X",
    /// "except (for) X", "with the exception of X", "other than X".
    pub(super) fn excepted_areas(&self, after: usize, end: usize) -> Vec<Area> {
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
                || doc.in_list(
                    i,
                    crate::words!["apart", "from", "except", "for", "with", "the", "exception", "of", "other", "than"],
                ))
        {
            i += 1;
        }
        self.area_list_from(i, end).into_iter().map(|(a, _)| a).collect()
    }

    pub(super) fn collective_after(&self, after: usize, end: usize) -> bool {
        let i = self.doc.skip_soft(after, end);
        cue_sets().collective_after.longest_at(self.doc, i, end).is_some()
    }

    /// The areas of ", as was X", ", as were X and Y", "and so was X" right after a grade.
    pub(super) fn as_was_areas(&self, after: usize, end: usize) -> Vec<(Area, Range<usize>)> {
        let doc = self.doc;
        let mut i = doc.skip_soft(after, end);
        if i < end && doc.is(i, "and") {
            i += 1;
        }
        if !(i + 1 < end
            && doc.in_list(i, crate::words!["as", "so"])
            && doc.in_list(i + 1, crate::words!["was", "were", "is", "are", "did", "do"]))
        {
            return Vec::new();
        }
        self.area_list_from(i + 2, end)
    }

    /// "in three of the four areas", "in most areas", "in two judgements", "in three out of
    /// five inspected areas": a grade for some areas. Returns the token after the "areas" word.
    pub(super) fn partial_after(&self, after: usize, end: usize) -> Option<usize> {
        let doc = self.doc;
        let i = doc.skip_soft(after, end);
        if !(i < end && doc.in_list(i, crate::words!["in", "across", "for"])) {
            return None;
        }
        let mut words = (i + 1..end).filter(|&j| doc.tokens[j].kind != TokenKind::Soft).take(6);
        let first = words.next()?;
        if !(doc.tokens[first].kind == TokenKind::Number || doc.in_list(first, &PARTIAL_COUNTS)) {
            return None;
        }
        std::iter::once(first).chain(words).find(|&j| doc.in_list(j, &AREA_NOUNS)).map(|j| j + 1)
    }

    /// The areas named after a count of areas ([`Reader::partial_after`]), past a dash, a colon
    /// or "namely": "in two areas: leadership and care leavers", "in three out of five
    /// inspected areas – A, B and C". None when nothing stands between the count and the list.
    pub(super) fn listed_after_count(&self, list: usize) -> Vec<(Area, Range<usize>)> {
        let doc = self.doc;
        let end = self.sentence_end_from(list);
        let mut i = list;
        while i < end
            && (doc.tokens[i].kind == TokenKind::Soft || doc.in_list(i, crate::words!["namely", "these", "were"]))
        {
            i += 1;
        }
        if i == list {
            return Vec::new();
        }
        self.area_list_from(i, end)
    }

    /// The areas listed after "including" following a grade: "inadequate across a range of
    /// services including child protection, adoption and children in care".
    fn included_areas(&self, after: usize, end: usize) -> Vec<(Area, Range<usize>)> {
        let doc = self.doc;
        let Some(at) = (after..end).take(12).find(|&i| doc.is(i, "including")) else { return Vec::new() };
        self.area_list_from(at + 1, end)
    }

    /// "in four key areas" when the framework makes four judgements: every area.
    fn every_area_counted(&self, after: usize, end: usize) -> bool {
        let doc = self.doc;
        let i = doc.skip_soft(after, end);
        if !(i + 2 < end && doc.in_list(i, crate::words!["in", "across", "for"])) {
            return false;
        }
        let count = match doc.token_text(i + 1).to_ascii_lowercase().as_str() {
            "three" | "3" => 3,
            "four" | "4" => 4,
            "five" | "5" => 5,
            "six" | "6" => 6,
            _ => return false,
        };
        let mut k = i + 2;
        while k < end
            && doc.in_list(k, crate::words!["key", "main", "judgement", "judgment", "inspection", "inspected"])
        {
            k += 1;
        }
        if !(k < end && doc.in_list(k, &AREA_NOUNS)) {
            return false;
        }
        self.ctx.framework.is_some_and(|id| {
            framework(id).areas.iter().filter(|a| a.in_table || a.area == Area::Overall).count() == count
        })
    }
}
