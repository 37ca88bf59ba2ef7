//! A text read, compared with its council's inspections on record: the latest one before it,
//! so that one paste already says how the council moved since, and the record's own entry for
//! the same inspection, so that a text that disagrees with the record is flagged. The text's
//! grades are always followed (the record ranks last among the accounts of one inspection).

use super::{compare, same_inspections, Column, DisjointSets};
use crate::model::{Comparison, Inspection, Kind, Warning, WarningCode};

/// Compares `inspection` with the inspections of its council on record, found by its
/// `authority_code` among `on_record` (inspections on record, earlier to later, as
/// [`crate::record::Record::history`] gives them): the latest one that lies wholly before it, and
/// the one it describes, when there is one. Where nothing on record can be set beside it, the
/// result is the text's own comparison with a `not_on_record` warning saying why.
pub fn with_record(inspection: &Inspection, on_record: &[Inspection]) -> Comparison {
    let text = Column::of(inspection);
    let mut earlier = None;
    let mut same = None;
    // (An unknown council has no inspections on record.)
    let code = inspection.authority_code.as_deref().unwrap_or("none");
    for entry in on_record.iter().filter(|i| i.kind == Kind::Record && i.authority_code.as_deref() == Some(code)) {
        let on_record = Column::of(entry);
        if describe_one_inspection(&text, &on_record) {
            same = Some(entry);
        } else if on_record.span.1 < text.span.0 {
            earlier = Some(entry);
        }
    }
    if earlier.is_none() && same.is_none() {
        // The council is not known, has no inspection on record, or none known to be earlier.
        let place = text.place.as_deref().unwrap_or("the text's council");
        let mut comparison = compare(std::slice::from_ref(inspection));
        let message = format!("No inspection of {place} on record is known to be earlier than the text or the same.");
        comparison.warnings.push(Warning { code: WarningCode::NotOnRecord, message });
        return comparison;
    }
    let inputs: Vec<Inspection> = earlier.into_iter().chain(same).chain([inspection]).cloned().collect();
    compare(&inputs)
}

/// Whether a text and an inspection on record are one inspection, by the rules of [`compare`].
fn describe_one_inspection(text: &Column, on_record: &Column) -> bool {
    let mut sets = DisjointSets::new(2);
    same_inspections(&[text, on_record], &mut sets);
    sets.find(0) == sets.find(1)
}
