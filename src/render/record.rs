//! A council's history on record for people: who the council is, the record's date, its
//! inspections as a timeline (the comparison's own renderings) and where it stands.

use std::fmt::Write;

use super::{comparison_markdown, comparison_text};
use crate::context::{Context, Group};
use crate::dates::Date;
use crate::model::Comparison;
use crate::record::CouncilFacts;

/// "The record holds full inspections published to 20 August 2026." (or says it is empty).
pub fn record_date(published_to: Option<&str>) -> String {
    match published_to.and_then(Date::from_iso) {
        Some(date) => format!("The record holds full inspections published to {}.", crate::compare::date_words(date)),
        None => "The record holds no inspection.".to_string(),
    }
}

/// "Cambridgeshire County Council (DfE code 873, ONS code E10000003), East of England".
pub fn council_line(council: &CouncilFacts) -> String {
    let region = if council.region.is_empty() { String::new() } else { format!(", {}", council.region) };
    format!("{} (DfE code {}, ONS code {}){region}", council.name, council.code, council.gss)
}

/// One group of the context in a sentence: "England (153 councils): 20 outstanding, 60 good,
/// 50 requires improvement, 12 inadequate, 11 with no overall grade; 20 higher than
/// Cambridgeshire, 60 the same, 62 lower."
pub fn group_line(group: &Group, place: &str) -> String {
    let mut counts = Vec::new();
    for (n, words) in [
        (group.outstanding, "outstanding"),
        (group.good, "good"),
        (group.requires_improvement, "requires improvement"),
        (group.inadequate, "inadequate"),
        (group.no_overall, "with no overall grade"),
    ] {
        if n > 0 {
            counts.push(format!("{n} {words}"));
        }
    }
    let plural = if group.councils == 1 { "council" } else { "councils" };
    let mut line = format!("{} ({} {plural}): {}", group.name, group.councils, counts.join(", "));
    if let (Some(better), Some(same), Some(worse)) = (group.better, group.same, group.worse) {
        let _ = write!(line, "; {better} higher than {place}, {same} the same, {worse} lower");
    }
    line.push('.');
    line
}

/// The lines that place the council: its latest full inspection's overall grade, then each
/// group.
fn context_lines(council: &CouncilFacts, context: &Context) -> Vec<String> {
    let mut lines = Vec::new();
    let latest = match &context.latest {
        Some(latest) => {
            let grade = latest.overall.map_or("no overall grade (ILACS from April 2026 makes none)", |g| g.words());
            let published = latest.published.as_deref().map(|p| format!(", published {p}")).unwrap_or_default();
            format!("Latest full inspection{published}: {grade}.")
        }
        None => "No full inspection on record.".to_string(),
    };
    lines.push(latest);
    lines.push("Overall effectiveness at each council's latest full inspection:".to_string());
    lines.extend(context.groups.iter().map(|g| group_line(g, &council.short)));
    lines
}

/// A council's history as text: who, the record's date, the timeline of its inspections on
/// record, then where it stands.
pub fn council_text(
    council: &CouncilFacts,
    history: &Comparison,
    context: Option<&Context>,
    published_to: Option<&str>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", council_line(council));
    let _ = writeln!(out, "{}", record_date(published_to));
    let _ = writeln!(out);
    if history.inspections.is_empty() {
        let _ = writeln!(out, "No inspection of {} on record.", council.short);
    } else {
        out.push_str(&comparison_text(history));
    }
    if let Some(context) = context {
        let _ = writeln!(out);
        let lines = context_lines(council, context);
        for (k, line) in lines.iter().enumerate() {
            let indent = if k < 2 { "" } else { "  " };
            let _ = writeln!(out, "{indent}{line}");
        }
    }
    out
}

/// A council's history in Markdown, as [`council_text`] words it.
pub fn council_markdown(
    council: &CouncilFacts,
    history: &Comparison,
    context: Option<&Context>,
    published_to: Option<&str>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "**{}**", council_line(council));
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", record_date(published_to));
    let _ = writeln!(out);
    if history.inspections.is_empty() {
        let _ = writeln!(out, "No inspection of {} on record.", council.short);
    } else {
        out.push_str(&comparison_markdown(history));
    }
    if let Some(context) = context {
        let _ = writeln!(out);
        for (k, line) in context_lines(council, context).iter().enumerate() {
            let _ = match k {
                0 => writeln!(out, "{line}\n"),
                1 => writeln!(out, "{line}\n"),
                _ => writeln!(out, "- {line}"),
            };
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(better: Option<usize>) -> Group {
        Group {
            name: "England".to_string(),
            councils: 5,
            outstanding: 1,
            good: 2,
            requires_improvement: 0,
            inadequate: 1,
            no_overall: 1,
            better,
            same: better.map(|_| 2),
            worse: better.map(|_| 1),
        }
    }

    #[test]
    fn lines() {
        assert_eq!(record_date(Some("2026-08-20")), "The record holds full inspections published to 20 August 2026.");
        assert_eq!(record_date(None), "The record holds no inspection.");
        assert_eq!(
            group_line(&group(Some(1)), "Kelby"),
            "England (5 councils): 1 outstanding, 2 good, 1 inadequate, 1 with no overall grade; 1 higher than Kelby, 2 the same, 1 lower."
        );
        assert_eq!(
            group_line(&group(None), "Kelby"),
            "England (5 councils): 1 outstanding, 2 good, 1 inadequate, 1 with no overall grade."
        );
    }
}
