//! A text read, compared with its council's inspections on record: the latest one before it,
//! so that one paste already says how the council moved since, and the record's own entry for
//! the same inspection, so that a text that disagrees with the record is flagged. The text's
//! grades are always followed (the record ranks last among the accounts of one inspection).

use super::{compare, compare_several, dates_compatible, same_inspections, Column, DisjointSets};
use crate::model::{Comparison, Inspection, Kind, Warning, WarningCode};
use crate::record::Record;

/// Compares `inspection` with the inspections of its council on `record` (found by its
/// `authority_code`): the latest inspection on record that lies wholly before it, and the one
/// on record that it describes, when there is one. Where nothing on record can be set beside
/// it, the result is the text's own comparison with a `not_on_record` warning saying why.
pub fn with_record(inspection: &Inspection, record: &Record) -> Comparison {
    let text = Column::of(inspection);
    let place = text.place.clone().unwrap_or_else(|| "the council".to_string());
    let Some(code) = inspection.authority_code.as_deref() else {
        return alone(
            inspection,
            "The text's council is not known, so it cannot be set beside the record.".to_string(),
        );
    };
    let history = record.history(code);
    let mut earlier = None;
    let mut same = None;
    for entry in history {
        let on_record = Column::of(entry);
        if describe_one_inspection(&text, &on_record) {
            same = Some(entry);
        } else if on_record.span.1 < text.span.0 {
            earlier = Some(entry);
        }
    }
    if earlier.is_none() && same.is_none() {
        let why = if history.is_empty() {
            format!("There is no inspection of {place} on record.")
        } else {
            format!("The text could not be placed after any inspection of {place} on record: its dates are not known, or it is earlier than them all.")
        };
        return alone(inspection, why);
    }
    let inputs: Vec<Inspection> = earlier.into_iter().chain(same).chain([inspection]).cloned().collect();
    let last = inputs.len() - 1;
    let same_pair = same.map(|_| (last - 1, last));
    compare_several(&inputs, &Vec::from_iter(same_pair))
}

/// Whether a text and an inspection on record are one inspection: by the rules of [`compare`],
/// or, for a graded text that is not a report (a news story, a press release), when it is about
/// the same council and its dates lie within a few months of the inspection's, whatever
/// framework the text was read as (the record only holds full inspections, so a grade given
/// that close to one is about it).
fn describe_one_inspection(text: &Column, on_record: &Column) -> bool {
    let mut sets = DisjointSets::new(2);
    same_inspections(&[text, on_record], &mut sets);
    let story = text.kind() != Kind::Report && text.gives_grades();
    sets.find(0) == sets.find(1)
        || story
            && text.council.is_some()
            && text.council == on_record.council
            && dates_compatible(&text.dates, &on_record.dates)
}

/// The text compared on its own, with a warning that the record could not be used.
fn alone(inspection: &Inspection, why: String) -> Comparison {
    let mut comparison = compare(std::slice::from_ref(inspection));
    comparison.warnings.push(Warning { code: WarningCode::NotOnRecord, message: why });
    comparison
}
