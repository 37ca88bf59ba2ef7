//! Reading one text: tables and headings first, then sentences, then one judgement per area.

mod cues;
mod explain;
mod prose;
mod table;
mod year_columns;

use std::ops::Range;

use crate::check;
use crate::dates::Date;
use crate::detect::{self, Facts};
use crate::frameworks::{area_name, framework};
use crate::model::{
    Area, Evidence, FrameworkId, Grade, GradeWord, Inspection, Judgement, Kind, Reason, Source, Warning, WarningCode,
};
use crate::text::{Doc, WordList};

pub use table::Section;

/// A judgement as one reading pass found it, before the passes are reconciled.
#[derive(Debug, Clone)]
pub struct Found {
    /// The area.
    pub area: Area,
    /// The grade.
    pub grade: Grade,
    /// Tokens naming the area.
    pub label: Range<usize>,
    /// Token ranges that show it.
    pub evidence: Vec<Range<usize>>,
    /// How it was read.
    pub source: Source,
    /// Whether it belongs to an earlier inspection.
    pub previous: bool,
    /// The earlier inspection's date, when given.
    pub date: Option<String>,
    /// The half of a two-part report it came from.
    pub section: Option<Section>,
    /// Whether it came from a statement about every area ("good in all areas").
    pub collective: bool,
}

/// Most evidence passages kept for one judgement.
const MAX_EVIDENCE: usize = 3;

/// Reads a document whose text is usable (the caller has ruled out empty or binary input).
pub fn read(doc: &Doc, facts: &mut Facts) -> Reading {
    let mut warnings = Vec::new();
    let (mut table_found, not_judged) = table::read(doc);
    // A table setting inspections side by side by year is read by its columns' years.
    let by_year = year_columns::read(doc);
    if !by_year.is_empty() {
        let lines: Vec<usize> = by_year.iter().map(|f| doc.line_of(f.label.start)).collect();
        table_found.retain(|f| f.evidence.iter().all(|r| !lines.contains(&doc.line_of(r.start))));
        table_found.extend(by_year);
    }
    let settled: Vec<Area> = table_found.iter().filter(|f| !f.previous).map(|f| f.area).collect();
    // (Judgements printed as a table, not as a heading inside a sentence.)
    let table_current = settled.clone();
    let taken: Vec<Range<usize>> = table_found.iter().flat_map(|f| f.evidence.iter().cloned()).collect();
    table_found.extend(table::read_inline(doc, &settled, &taken));
    let labels: Vec<String> = table_found.iter().map(|f| label_text(doc, f)).collect();
    let table_areas: Vec<Area> = table_found.iter().map(|f| f.area).collect();
    facts.framework = detect::settle_framework(facts.framework, &table_areas, &labels, facts.when);
    let mut mentions = read_sentences(doc, facts, &table_current);

    let fw = facts.framework.map(framework);
    let ungraded = fw.is_some_and(|f| !f.graded);
    let not_council = fw.is_some_and(|f| !f.about_council);
    if ungraded {
        for m in mentions.iter_mut().filter(|m| m.found.iter().any(|f| !f.previous)) {
            m.reason = Reason::UngradedVisit;
        }
    }
    let sentence_found: Vec<Found> = mentions.iter().flat_map(|m| m.found.iter().cloned()).collect();

    let mut current: Vec<Found> = Vec::new();
    let mut previous: Vec<Found> = Vec::new();
    for f in table_found.into_iter().chain(sentence_found) {
        if f.previous || ungraded {
            previous.push(Found { previous: true, ..f });
        } else {
            current.push(f);
        }
    }
    // Two sentences give an area different grades and only one of them dates its grade ("its
    // inadequate rating in 2022"): the dated one is the earlier inspection's.
    // (Only dated grades move, so the undated ones, each area and grade once, are known first.)
    let mut undated: Vec<(Area, Grade)> = Vec::new();
    for f in current.iter().filter(|f| f.date.is_none()) {
        if !undated.contains(&(f.area, f.grade)) {
            undated.push((f.area, f.grade));
        }
    }
    // (A date in the inspection's own year is this inspection's: "judged good in a report
    // published on 11 March 2025".)
    let known_year = facts.when.map(|d| d.year);
    let older = |f: &Found| {
        f.source == Source::Sentence
            && f.date.as_deref().and_then(Date::from_iso).is_some_and(|d| known_year.is_none_or(|y| d.year < y))
    };
    let contested = |f: &Found| older(f) && undated.iter().any(|&(area, grade)| area == f.area && grade != f.grade);
    // The other grades the same passage dates earlier are that inspection's too ("rated
    // inadequate in all areas when it was inspected in 2016. It is now good."). (Passages are
    // in text order, so each is found by a binary search.)
    let passages: Vec<usize> =
        current.iter().filter(|f| contested(f)).filter_map(|f| f.evidence.first()).map(|r| r.start).collect();
    let in_passage =
        |f: &Found| older(f) && f.evidence.first().is_some_and(|r| passages.binary_search(&r.start).is_ok());
    let (earlier, mut current): (Vec<Found>, Vec<Found>) = current.into_iter().partition(in_passage);
    previous.extend(earlier.into_iter().map(|f| Found { previous: true, ..f }));
    if not_council {
        current.clear();
        previous.clear();
    }
    // Two-part reports: the looked after children half's overall is the children in care
    // judgement; its other judgements have no place of their own.
    if facts.framework == Some(FrameworkId::Slac) {
        current.retain_mut(|f| match f.section {
            Some(Section::LookedAfter) if f.area == Area::Overall => {
                f.area = Area::ChildrenInCare;
                true
            }
            Some(Section::LookedAfter) => false,
            _ => true,
        });
    }
    // Only the framework's own areas.
    if let Some(fw) = fw.filter(|f| f.graded && f.about_council) {
        current.retain(|f| fw.area(f.area).is_some());
    }

    let judgements = reconcile(doc, current, &mut warnings);
    let previous = reconcile_previous(doc, previous);
    Reading { judgements, previous, warnings, not_judged, mentions }
}

/// Reads the sentences. A text that is not a report may leave its framework unnamed, or name
/// only a visit it mentions in passing: the framework is then settled from the areas its
/// grades are given for (in its sentences and `table_areas`) and its date, and the sentences
/// read again under it.
fn read_sentences(doc: &Doc, facts: &mut Facts, table_areas: &[Area]) -> Vec<prose::Mention> {
    // (By name, which is unique: a `const` table may sit at more than one address.)
    let council = facts.council.and_then(|c| crate::councils::COUNCILS.iter().position(|x| x.name == c.name));
    let year = facts.when.map(|d| d.year).or_else(|| latest_year(doc));
    let read_under = |fw: Option<FrameworkId>| {
        let ctx = prose::Context {
            framework: fw,
            report: facts.kind == Kind::Report,
            ungraded: fw.is_some_and(|f| !framework(f).graded),
            // Undated texts are at least as recent as the latest year they mention.
            year,
        };
        prose::read(doc, &ctx, facts.authority.as_deref(), council)
    };
    let first = facts.framework;
    let mentions = read_under(first);
    // (A report that names its framework, or prints its judgements as a table, has settled it.)
    if facts.kind == Kind::Report && (facts.framework_named || !table_areas.is_empty()) {
        return mentions;
    }
    // A framework the headline does not name (a visit or a full inspection named in passing, or
    // only pointed to by wordings or a date): read with every framework's wordings first, so
    // that the areas graded can tell.
    let about_council = first.is_some_and(|f| framework(f).about_council);
    let (read_as, mentions) =
        if about_council && !facts.framework_in_title { (None, read_under(None)) } else { (first, mentions) };
    let visit = first.is_some_and(|f| !framework(f).graded && framework(f).about_council);
    // (A visit's grades, if any, are a full inspection's.)
    let guess = if visit { None } else { first };
    let settled = match settle_by_reading(doc, facts, guess, &mentions, table_areas) {
        // Nothing better than the visit it names.
        None if visit => first,
        other => other,
    };
    facts.framework = settled;
    if settled == read_as {
        mentions
    } else {
        read_under(settled)
    }
}

/// The framework of a text that is not a report, from the `guess` before reading and what its
/// sentences and `table_areas` say of this inspection: the areas graded and their wordings, the
/// date; a visit or letter when no grade is this inspection's.
fn settle_by_reading(
    doc: &Doc,
    facts: &Facts,
    guess: Option<FrameworkId>,
    mentions: &[prose::Mention],
    table_areas: &[Area],
) -> Option<FrameworkId> {
    let current: Vec<&Found> = mentions.iter().flat_map(|m| &m.found).filter(|f| !f.previous).collect();
    let areas: Vec<Area> = current.iter().map(|f| f.area).chain(table_areas.iter().copied()).collect();
    let labels: Vec<String> = current.iter().map(|f| label_text(doc, f)).collect();
    let year = facts.when.map(|d| d.year).or_else(|| undated_year(doc, mentions));
    let when = facts.when.or_else(|| year.map(|year| Date { year, month: None, day: None }));
    let guess = detect::settle_framework(guess, &areas, &labels, when);
    // A framework the text names (not only a date points to), or a text about another service.
    let named =
        facts.framework.is_some_and(|f| !framework(f).about_council || facts.framework_named && framework(f).graded);
    if areas.is_empty() && !facts.framework_in_title && !named {
        // No grade of this inspection: a visit or letter, when the text speaks of one.
        return detect::visit_framework(doc, last_earlier_grade(mentions)).or(guess);
    }
    detect::framework_from_reading(guess, &areas, facts.when, year)
}

/// The year of a text that gives no date for its inspection: the latest year it mentions, but
/// for the years of earlier inspections' grades and years said of an earlier time; when those
/// are all it mentions, the year after the latest of them (the inspection it is about came
/// later).
fn undated_year(doc: &Doc, mentions: &[prose::Mention]) -> Option<u16> {
    let earlier: Vec<u16> = mentions
        .iter()
        .flat_map(|m| &m.found)
        .filter(|f| f.previous)
        .filter_map(|f| f.date.as_deref().and_then(Date::from_iso))
        .map(|d| d.year)
        .collect();
    // (And years said of an earlier time: "its previous inspection in 2017", "since 2015".)
    let said_earlier = |d: &crate::dates::Found| {
        let at = doc.token_at(d.start);
        (at.saturating_sub(8)..at).any(|i| doc.in_list(i, &EARLIER_TIME_WORDS))
    };
    let (said, other): (Vec<&crate::dates::Found>, Vec<&crate::dates::Found>) =
        doc.all_dates().iter().filter(|d| !earlier.contains(&d.date.year)).partition(|d| said_earlier(d));
    let latest_earlier = earlier.iter().copied().chain(said.iter().map(|d| d.date.year)).max();
    other.iter().map(|d| d.date.year).max().or_else(|| latest_earlier.map(|y| y + 1))
}

/// Words that put a year before the inspection a text is about: "its last inspection in 2017",
/// "since 2015".
static EARLIER_TIME_WORDS: WordList =
    crate::word_list!["last", "previous", "previously", "earlier", "prior", "since", "after", "ago", "former"];

/// The overall grade of the latest earlier inspection a text mentions (the last one given
/// when none is dated), or inadequate when only its areas are given and one of them is.
fn last_earlier_grade(mentions: &[prose::Mention]) -> Option<Grade> {
    let earlier: Vec<&Found> = mentions.iter().flat_map(|m| &m.found).filter(|f| f.previous).collect();
    let dated = |f: &&&Found| f.date.as_deref().and_then(Date::from_iso).map(|d| (d.year, d.month.unwrap_or(0)));
    let overall = earlier.iter().filter(|f| f.area == Area::Overall).max_by_key(dated).map(|f| f.grade);
    // (An area judged inadequate limits the overall grade to inadequate.)
    overall.or_else(|| earlier.iter().any(|f| f.grade == Grade::Inadequate).then_some(Grade::Inadequate))
}

/// What reading a usable document gives.
pub struct Reading {
    /// This inspection's judgements.
    pub judgements: Vec<Judgement>,
    /// Earlier inspections' judgements the text mentions.
    pub previous: Vec<Judgement>,
    /// Disagreements found while reading.
    pub warnings: Vec<Warning>,
    /// Areas a table marks as not judged.
    pub not_judged: Vec<Area>,
    /// Every grade word of the text's sentences and what the prose reader made of it.
    pub mentions: Vec<prose::Mention>,
}

/// The latest year a text mentions.
fn latest_year(doc: &Doc) -> Option<u16> {
    doc.all_dates().iter().map(|d| d.date.year).max()
}

/// The words of a found label, whitespace collapsed.
fn label_text(doc: &Doc, f: &Found) -> String {
    let text = doc.tokens_text(f.label.clone());
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    if joined.is_empty() {
        area_name(f.area).to_string()
    } else {
        joined
    }
}

fn rank(source: Source) -> u8 {
    match source {
        Source::Table => 0,
        Source::Heading => 1,
        Source::Sentence => 2,
    }
}

/// One judgement per area: tables over headings over sentences, with a warning where they
/// disagree.
fn reconcile(doc: &Doc, mut found: Vec<Found>, warnings: &mut Vec<Warning>) -> Vec<Judgement> {
    // A statement about one area outweighs one about every area ("good in all areas" and then
    // "except care leavers, which require improvement").
    crate::order::sort_by_key(&mut found, |f| {
        (f.area, rank(f.source), f.collective, f.evidence.first().map_or(0, |r| r.start))
    });
    let mut out: Vec<Judgement> = Vec::new();
    let mut i = 0;
    while i < found.len() {
        let area = found[i].area;
        let group: Vec<&Found> = found[i..].iter().take_while(|f| f.area == area).collect();
        i += group.len();
        let best = group[0];
        let mut evidence = Vec::new();
        for f in &group {
            if f.grade == best.grade {
                for r in &f.evidence {
                    if evidence.len() < MAX_EVIDENCE {
                        if let Some(e) = doc.evidence(r.clone()) {
                            push_evidence(&mut evidence, e);
                        }
                    }
                }
            }
        }
        for f in &group {
            if f.grade != best.grade && f.source != Source::Sentence && best.source != Source::Sentence {
                let (first, second) = if f.source == best.source { ("one", "another") } else { ("the", "the") };
                warnings.push(Warning {
                    code: WarningCode::TableBodyDisagree,
                    message: format!(
                        "{}: {} in {first} {} but {} in {second} {}; the first is shown.",
                        area_name(area),
                        best.grade.words(),
                        source_name(best.source),
                        f.grade.words(),
                        source_name(f.source),
                    ),
                });
                break;
            }
        }
        out.push(Judgement {
            area,
            label: label_text(doc, best),
            grade: best.grade,
            level: best.grade.level(),
            date: None,
            evidence,
            source: best.source,
        });
    }
    crate::order::sort_by_key(&mut out, |j| Area::ALL.iter().position(|a| *a == j.area));
    out
}

fn push_evidence(list: &mut Vec<Evidence>, e: Evidence) {
    if !list.iter().any(|x| x.start == e.start && x.end == e.end) {
        list.push(e);
    }
}

fn source_name(source: Source) -> &'static str {
    match source {
        Source::Table => "summary table",
        Source::Heading => "section heading",
        Source::Sentence => "text",
    }
}

/// Earlier inspections' judgements: one per area, grade and date.
fn reconcile_previous(doc: &Doc, found: Vec<Found>) -> Vec<Judgement> {
    let mut out: Vec<Judgement> = Vec::new();
    for f in found {
        let evidence: Vec<Evidence> = f.evidence.iter().filter_map(|r| doc.evidence(r.clone())).collect();
        if let Some(j) = out.iter_mut().find(|j| j.area == f.area && j.grade == f.grade) {
            if j.date.is_none() {
                j.date = f.date.clone();
            }
            for e in evidence {
                if j.evidence.len() < MAX_EVIDENCE {
                    push_evidence(&mut j.evidence, e);
                }
            }
            continue;
        }
        out.push(Judgement {
            area: f.area,
            label: label_text(doc, &f),
            grade: f.grade,
            level: f.grade.level(),
            date: f.date.clone(),
            evidence,
            source: f.source,
        });
    }
    out
}

/// Every grade word of `input`, whether a judgement was read from it, and why.
pub fn explain(input: &str) -> Vec<GradeWord> {
    let doc = Doc::new(input);
    if check::unusable(&doc).is_some() {
        return Vec::new();
    }
    let mut facts = detect::basics(&doc);
    let reading = read(&doc, &mut facts);
    explain::grade_words(&doc, &reading, facts.framework)
}

/// Builds the inspection read from `input`.
pub fn inspection(input: &str) -> Inspection {
    let doc = Doc::new(input);
    let mut warnings = Vec::new();
    if let Some(w) = check::unusable(&doc) {
        return Inspection {
            authority: None,
            authority_code: None,
            authority_gss: None,
            framework: None,
            framework_name: None,
            kind: Kind::Unknown,
            graded: false,
            dates: Default::default(),
            judgements: Vec::new(),
            previous: Vec::new(),
            warnings: vec![w],
            report_url: None,
        };
    }
    let mut facts = detect::basics(&doc);
    let reading = read(&doc, &mut facts);
    warnings.extend(reading.warnings);
    let (judgements, previous) = (reading.judgements, reading.previous);
    let fw = facts.framework.map(framework);
    let graded = fw.map_or(!judgements.is_empty(), |f| f.graded && f.about_council);
    let mut inspection = Inspection {
        authority: facts.authority.clone(),
        authority_code: None,
        authority_gss: None,
        framework: facts.framework,
        framework_name: fw.map(|f| f.name.to_string()),
        kind: facts.kind,
        graded,
        dates: facts.dates.clone(),
        judgements,
        previous,
        warnings,
        report_url: None,
    };
    check::review(&doc, &mut inspection, &reading.not_judged);
    inspection
}
