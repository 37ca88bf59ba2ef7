//! Reading one text: tables and headings first, then sentences, then one judgement per area.

mod cues;
mod prose;
mod table;

use std::ops::Range;

use crate::check;
use crate::dates::Date;
use crate::detect::{self, Facts};
use crate::frameworks::{area_name, framework};
use crate::model::{Area, Evidence, FrameworkId, Grade, Inspection, Judgement, Kind, Source, Warning, WarningCode};
use crate::text::Doc;

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
    let settled: Vec<Area> = table_found.iter().filter(|f| !f.previous).map(|f| f.area).collect();
    let taken: Vec<Range<usize>> = table_found.iter().flat_map(|f| f.evidence.iter().cloned()).collect();
    table_found.extend(table::read_inline(doc, &settled, &taken));
    let labels: Vec<String> = table_found.iter().map(|f| label_text(doc, f)).collect();
    let table_areas: Vec<Area> = table_found.iter().map(|f| f.area).collect();
    facts.framework = detect::settle_framework(facts.framework, &table_areas, &labels, facts.when);

    let fw = facts.framework.map(framework);
    let ungraded = fw.is_some_and(|f| !f.graded);
    let not_council = fw.is_some_and(|f| !f.about_council);
    let ctx = prose::Context {
        framework: facts.framework,
        report: facts.kind == Kind::Report,
        ungraded,
        // Undated texts are at least as recent as the latest year they mention.
        year: facts.when.map(|d| d.year).or_else(|| latest_year(doc)),
    };
    let council = facts.council.and_then(|c| crate::councils::COUNCILS.iter().position(|x| std::ptr::eq(x, c)));
    let sentence_found = prose::read(doc, &ctx, facts.authority.as_deref(), council);

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
    let mut k = 0;
    while k < current.len() {
        let f = &current[k];
        // (A date in the inspection's own year is this inspection's: "judged good in a report
        // published on 11 March 2025".)
        let known_year = facts.when.map(|d| d.year);
        let older = f.date.as_deref().and_then(Date::from_iso).is_some_and(|d| known_year.is_none_or(|y| d.year < y));
        let dated_and_contested = f.source == Source::Sentence
            && older
            && current.iter().any(|o| o.area == f.area && o.grade != f.grade && o.date.is_none());
        if dated_and_contested {
            let f = current.remove(k);
            previous.push(Found { previous: true, ..f });
        } else {
            k += 1;
        }
    }
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
    Reading { judgements, previous, warnings, not_judged }
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
                let (first, second) = if f.source == best.source {
                    (format!("one {}", source_name(best.source)), format!("another {}", source_name(f.source)))
                } else {
                    (format!("the {}", source_name(best.source)), format!("the {}", source_name(f.source)))
                };
                warnings.push(Warning {
                    code: WarningCode::TableBodyDisagree,
                    message: format!(
                        "{}: {} in {first} but {} in {second}; the first is shown.",
                        area_name(area),
                        best.grade.words(),
                        f.grade.words(),
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
