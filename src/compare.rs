//! Comparing inspections area by area.

use crate::model::{Area, Change, Comparison, Inspection, Row};
use crate::frameworks::area_name;

/// Compares inspections in the order given, first with last.
pub fn compare(inspections: &[Inspection]) -> Comparison {
    let mut rows = Vec::new();
    for area in Area::ALL {
        let history: Vec<_> = inspections.iter().map(|i| i.judgement(area).map(|j| j.grade)).collect();
        if history.iter().all(Option::is_none) {
            continue;
        }
        let from = history.first().copied().flatten();
        let to = history.last().copied().flatten();
        let steps = match (from, to) {
            (Some(a), Some(b)) => Some(b.level() as i8 - a.level() as i8),
            _ => None,
        };
        let change = match (from, to, steps) {
            (Some(_), Some(_), Some(s)) if s > 0 => Change::Improved,
            (Some(_), Some(_), Some(s)) if s < 0 => Change::Declined,
            (Some(_), Some(_), _) => Change::Same,
            (None, Some(_), _) => Change::New,
            _ => Change::Dropped,
        };
        rows.push(Row { area, label: area_name(area).to_string(), from, to, steps, change, notes: Vec::new(), history });
    }
    Comparison { inspections: inspections.to_vec(), rows, headline: String::new(), warnings: Vec::new() }
}
