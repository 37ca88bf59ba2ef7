//! Plain-text renderings of results for people: the CLI's default output, and the Markdown
//! and CSV exports shared by the CLI and the page; a council's history on record.

use std::fmt::Write;

use crate::frameworks::{area_name, framework};
use crate::model::{Grade, Inspection, Judgement, Kind};

mod comparison;
#[cfg(not(target_arch = "wasm32"))]
mod explain;
mod record;
pub use comparison::{comparison_csv, comparison_markdown, comparison_text, csv_field};
#[cfg(not(target_arch = "wasm32"))]
pub use explain::explanation_text;
pub use record::{council_line, council_markdown, council_text, group_line, record_date};

/// A grade in words with a capital ("Requires improvement").
pub fn grade_title(grade: Grade) -> &'static str {
    match grade {
        Grade::Outstanding => "Outstanding",
        Grade::Good => "Good",
        Grade::Adequate => "Adequate",
        Grade::RequiresImprovement => "Requires improvement",
        Grade::Inadequate => "Inadequate",
    }
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Report => "inspection report",
        Kind::News => "news article",
        Kind::PressRelease => "press release",
        Kind::Letter => "inspection letter",
        Kind::Unknown => "text",
        Kind::Record => "inspection on record",
    }
}

/// One line of a quote, shortened for a terminal.
fn short_quote(quote: &str, max: usize) -> String {
    let flat: String = quote.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max.saturating_sub(3)).collect();
    format!("{cut}...")
}

fn judgement_lines(out: &mut String, list: &[Judgement], with_date: bool) {
    for j in list {
        let date = match (&j.date, with_date) {
            (Some(d), true) => format!(" ({d})"),
            _ => String::new(),
        };
        let quote = j.evidence.first().map(|e| short_quote(&e.quote, 90)).unwrap_or_default();
        let _ = writeln!(out, "  {:<24} {:<22}{}", area_name(j.area), grade_title(j.grade), date);
        if !quote.is_empty() {
            let _ = writeln!(out, "      \"{quote}\"");
        }
    }
}

/// The inspection as a person would read it in a terminal.
pub fn inspection_text(inspection: &Inspection) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", inspection.authority.as_deref().unwrap_or("Council not found"));
    let framework_line = match inspection.framework.map(framework) {
        Some(f) => format!("{} ({})", f.name, kind_name(inspection.kind)),
        None => format!("Framework not found ({})", kind_name(inspection.kind)),
    };
    let _ = writeln!(out, "{framework_line}");
    let d = &inspection.dates;
    let inspected = match (&d.start, &d.end) {
        (Some(s), Some(e)) if s != e => format!("inspected {s} to {e}"),
        (Some(s), _) => format!("inspected {s}"),
        _ => "inspection dates not found".to_string(),
    };
    let published = d.published.as_deref().map(|p| format!(", published {p}")).unwrap_or_default();
    let _ = writeln!(out, "{}{}", crate::letters::capitalise(&inspected), published);
    let _ = writeln!(out);
    if inspection.judgements.is_empty() {
        let _ = writeln!(out, "No graded judgements of this inspection.");
    } else {
        let _ = writeln!(out, "Judgements:");
        judgement_lines(&mut out, &inspection.judgements, false);
    }
    if !inspection.previous.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "Earlier inspections mentioned:");
        judgement_lines(&mut out, &inspection.previous, true);
    }
    if !inspection.warnings.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "Warnings:");
        for w in &inspection.warnings {
            let _ = writeln!(out, "  - {}", w.message);
        }
    }
    out
}
