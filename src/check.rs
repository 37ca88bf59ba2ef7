//! Checks on what was read: input that cannot be used, and grades that break a framework's
//! rules or leave out its judgements. Checks add warnings; they never change a grade.

use crate::dates::find_span;
use crate::frameworks::{area_name, framework};
use crate::model::{Area, FrameworkId, Grade, Inspection, Kind, Warning, WarningCode};
use crate::text::{Doc, TokenKind};

/// Bytes at the start of a text looked at to tell binary data from text.
const BINARY_SAMPLE: usize = 16 * 1024;

/// A warning that says why the text cannot be read at all, if so.
pub fn unusable(doc: &Doc) -> Option<Warning> {
    let original = doc.norm.original();
    if original.trim().is_empty() {
        return Some(warning(WarningCode::Empty, "The text is empty."));
    }
    if original.starts_with("%PDF-") {
        return Some(warning(
            WarningCode::NotText,
            "This is the raw content of a PDF file, not its text: open the PDF and copy its text, or give the file itself.",
        ));
    }
    // Binary data shows in its first part: control characters and replacement characters
    // (counted by their bytes) make up more than a tenth of it.
    let end = (0..=original.len().min(BINARY_SAMPLE)).rev().find(|&e| original.is_char_boundary(e)).unwrap_or(0);
    let sample = &original[..end];
    let controls =
        sample.bytes().filter(|&b| (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)) || b == 0x7f).count();
    let odd = controls + sample.matches('\u{fffd}').count();
    let chars = sample.len();
    if chars >= 16 && odd * 10 > chars {
        return Some(warning(
            WarningCode::NotText,
            "This looks like binary data rather than text; nothing was read from it.",
        ));
    }
    if !doc.tokens.iter().any(|t| t.kind == TokenKind::Word) {
        return Some(warning(WarningCode::NotAnInspection, "The text has no words in it."));
    }
    None
}

/// Adds warnings about an inspection that was read.
pub fn review(doc: &Doc, inspection: &mut Inspection, not_judged: &[Area]) {
    let fw = inspection.framework.map(framework);
    if let Some(f) = fw {
        if !f.about_council {
            inspection.warnings.push(warning(
                WarningCode::NotACouncil,
                &format!("This is about a {}, not a council's children's services; its grades are not read.", f.short),
            ));
        } else if !f.graded {
            inspection.warnings.push(warning(
                WarningCode::Ungraded,
                &format!("A {} carries no grades; any grades it mentions belong to earlier inspections.", f.short),
            ));
        }
    }
    if inspection.judgements.is_empty() && fw.is_none_or(|f| f.graded && f.about_council) {
        let message = if !looks_english(doc) {
            "The text does not look like English, so no judgement was read from it."
        } else if inspection.framework.is_none() && inspection.previous.is_empty() {
            "No Ofsted judgement of a council's children's services was found in this text."
        } else {
            "No graded judgement of this inspection was found in the text."
        };
        let code = if looks_english(doc) { WarningCode::NoJudgements } else { WarningCode::NotAnInspection };
        inspection.warnings.push(warning(code, message));
    }
    limiting_rules(inspection);
    missing_judgements(inspection, not_judged);
    several_inspections(doc, inspection);
    truncated(doc, inspection);
}

/// Two reports pasted into one box, or one pasted twice: their title blocks each print the
/// inspection dates.
fn several_inspections(doc: &Doc, inspection: &mut Inspection) {
    let mut spans: Vec<(String, String)> = Vec::new();
    for line in &doc.lines {
        let text = &doc.text()[line.span.clone()];
        let trimmed = text.trim_start();
        if !trimmed.get(..15).is_some_and(|head| head.eq_ignore_ascii_case("inspection date")) {
            continue;
        }
        if let Some(span) = find_span(trimmed) {
            spans.push((span.first.iso(), span.last.iso()));
        }
    }
    if spans.len() < 2 {
        return;
    }
    let mut distinct = spans.clone();
    distinct.dedup();
    let message = if distinct.iter().all(|s| *s == spans[0]) {
        format!(
            "The same inspection's title block appears {} times: the text may hold one report pasted more than once; it was read as one.",
            spans.len()
        )
    } else {
        let dates: Vec<String> = distinct.iter().map(|(start, _)| start.clone()).collect();
        format!(
            "The text seems to hold more than one inspection (inspected {}); where their grades differ, the first is shown. Paste each into a box of its own.",
            dates.join(", ")
        )
    };
    inspection.warnings.push(Warning { code: WarningCode::SeveralInspections, message });
}

/// A report whose text stops part way: it ends in the middle of a sentence, with none of the
/// closing matter reports print.
fn truncated(doc: &Doc, inspection: &mut Inspection) {
    if inspection.kind != Kind::Report {
        return;
    }
    let last = doc.lines.iter().rev().find(|l| l.tokens.clone().any(|t| doc.tokens[t].kind == TokenKind::Word));
    let Some(last) = last else { return };
    let words = last.tokens.clone().filter(|&t| doc.tokens[t].kind == TokenKind::Word).count();
    let ends_sentence = doc.tokens.get(last.tokens.end - 1).is_some_and(|t| t.kind == TokenKind::Stop);
    let tail_start = doc.text().len() - doc.text().len() / 5;
    let tail = doc.text().get(tail_start..).unwrap_or("");
    let closing = ["crown copyright", "ofsted.gov.uk", "yours sincerely", "www.gov.uk/ofsted"]
        .iter()
        .any(|c| tail.to_ascii_lowercase().contains(c));
    // A table row or heading ends in a grade; running prose does not stop without a full stop.
    let ends_in_grade = doc.tokens.get(last.tokens.end - 1).is_some_and(|_| {
        let t = last.tokens.end - 1;
        doc.is_any(t, &["outstanding", "good", "adequate", "inadequate", "improvement", "judged", "1", "2", "3", "4"])
    });
    if words >= 5 && !ends_sentence && !ends_in_grade && !closing {
        inspection.warnings.push(warning(
            WarningCode::Truncated,
            "The report seems to stop part way through a sentence; judgements printed after that point are missing.",
        ));
    }
}

fn warning(code: WarningCode, message: &str) -> Warning {
    Warning { code, message: message.to_string() }
}

/// Whether enough of the words are common English ones.
fn looks_english(doc: &Doc) -> bool {
    const COMMON: &[&str] = &[
        "the", "and", "of", "to", "in", "is", "are", "for", "that", "with", "was", "were", "be", "have", "has", "this",
        "it",
    ];
    let words: Vec<usize> =
        (0..doc.tokens.len()).filter(|&i| doc.tokens[i].kind == TokenKind::Word).take(5000).collect();
    if words.len() < 20 {
        return true;
    }
    let common = words.iter().filter(|&&i| doc.is_any(i, COMMON)).count();
    common * 100 >= words.len() * 8
}

/// Under the single inspection framework an inadequate key judgement makes overall
/// effectiveness inadequate; ILACS reports have followed the same pattern for the judgements
/// on children's experiences. A set of grades that breaks this is usually a misread table.
fn limiting_rules(inspection: &mut Inspection) {
    let Some(id) = inspection.framework else { return };
    let keys: &[Area] = match id {
        FrameworkId::Sif => &[Area::HelpProtection, Area::ChildrenInCare, Area::Leadership],
        FrameworkId::Ilacs2018 | FrameworkId::Ilacs2023 => {
            &[Area::HelpProtection, Area::ChildrenInCare, Area::CareLeavers]
        }
        _ => return,
    };
    let Some(overall) = inspection.judgement(Area::Overall).map(|j| j.grade) else { return };
    if overall == Grade::Inadequate {
        return;
    }
    for area in keys {
        if inspection.judgement(*area).is_some_and(|j| j.grade == Grade::Inadequate) {
            inspection.warnings.push(warning(
                WarningCode::LimitingRule,
                &format!(
                    "{} is inadequate but overall effectiveness is {}; an inadequate {} usually makes the overall judgement inadequate, so check the source.",
                    area_name(*area),
                    overall.words(),
                    crate::letters::lower(area_name(*area))
                ),
            ));
            return;
        }
    }
}

/// A report that leaves out some of its framework's judgements.
fn missing_judgements(inspection: &mut Inspection, not_judged: &[Area]) {
    if inspection.kind != Kind::Report || inspection.judgements.is_empty() {
        return;
    }
    let Some(f) = inspection.framework.map(framework) else { return };
    let missing: Vec<&str> = f
        .areas
        .iter()
        .filter(|a| (a.in_table || a.area == Area::Overall) && a.area != Area::Lscb)
        .filter(|a| inspection.judgement(a.area).is_none() && !not_judged.contains(&a.area))
        .map(|a| a.label)
        .collect();
    if !missing.is_empty() {
        inspection
            .warnings
            .push(warning(WarningCode::MissingJudgement, &format!("No grade was found for: {}.", missing.join("; "))));
    }
}
