//! Every grade word of a text, whether a judgement was read from it, and why: the reading
//! shown word by word.

use crate::frameworks::framework;
use crate::model::{Area, Evidence, FrameworkId, GradeWord, Judgement, Reason, Source, Verdict};
use crate::text::Doc;

use super::prose::Mention;
use super::Reading;

/// The grade words of a read document, in text order.
pub fn grade_words(doc: &Doc, reading: &Reading, framework_id: Option<FrameworkId>) -> Vec<GradeWord> {
    reading.mentions.iter().filter_map(|m| grade_word(doc, reading, framework_id, m)).collect()
}

fn grade_word(doc: &Doc, reading: &Reading, framework_id: Option<FrameworkId>, m: &Mention) -> Option<GradeWord> {
    let word = doc.evidence(m.tokens.clone())?;
    let passage = doc.evidence(m.sentence.clone())?;
    let finals = reading
        .judgements
        .iter()
        .map(|j| (j, Verdict::ThisInspection))
        .chain(reading.previous.iter().map(|j| (j, Verdict::Earlier)));
    // A judgement quotes the word when its evidence holds it; a sentence's judgements come only
    // from the words the prose reader took, so a word it left is never quoted by one.
    let quotable = |j: &Judgement| j.source != Source::Sentence || !m.found.is_empty();
    let quoting: Vec<(&Judgement, Verdict)> = finals
        .filter(|(j, _)| quotable(j) && j.grade == m.grade && j.evidence.iter().any(|e| contains(e, &word)))
        .collect();
    let agreeing = !m.found.is_empty()
        && m.found.iter().all(|f| {
            let list = if f.previous { &reading.previous } else { &reading.judgements };
            list.iter().any(|j| j.area == f.area && j.grade == f.grade)
        });
    let (verdict, taken, reason) = match quoting.first() {
        Some((j, verdict)) => (*verdict, true, source_reason(j.source).unwrap_or(m.reason)),
        None if agreeing => (m.verdict(), true, m.reason),
        None if m.found.is_empty() => (m.verdict(), false, m.reason),
        None => (m.verdict(), false, why_left(m, framework_id)),
    };
    let mut areas: Vec<Area> = if quoting.is_empty() {
        m.found.iter().map(|f| f.area).collect()
    } else {
        quoting.iter().map(|(j, _)| j.area).collect()
    };
    areas.dedup();
    let date = quoting.iter().find_map(|(j, _)| j.date.clone()).or_else(|| m.found.iter().find_map(|f| f.date.clone()));
    Some(GradeWord {
        grade: m.grade,
        word,
        passage,
        verdict,
        taken,
        areas,
        date,
        reason,
        #[cfg(not(target_arch = "wasm32"))]
        why: reason.describe().to_string(),
    })
}

fn contains(outer: &Evidence, inner: &Evidence) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

fn source_reason(source: Source) -> Option<Reason> {
    match source {
        Source::Table => Some(Reason::Table),
        Source::Heading => Some(Reason::Heading),
        Source::Sentence => None,
    }
}

/// Why a grade word that made judgements gave none of the reading's.
fn why_left(m: &Mention, framework_id: Option<FrameworkId>) -> Reason {
    let fw = framework_id.map(framework);
    if fw.is_some_and(|f| !f.about_council) {
        return Reason::NotACouncilText;
    }
    let outside = fw.is_some_and(|f| f.graded && m.found.iter().any(|found| f.area(found.area).is_none()));
    if outside {
        Reason::NotInFramework
    } else {
        Reason::Superseded
    }
}
