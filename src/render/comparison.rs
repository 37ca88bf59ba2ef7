//! The comparison for people: an aligned table for a terminal, Markdown and CSV.

use std::fmt::Write;

use super::grade_title;
use crate::compare::column_labels;
use crate::model::{Change, Comparison, Grade, Kind, Row};

/// The change column: "Inadequate -> Good, up 2", "down 1", "same", "new", "dropped",
/// "not comparable".
fn change_words(r: &Row) -> String {
    let moved = |dir: &str| match (r.from, r.to, r.steps) {
        (Some(f), Some(t), Some(s)) => format!("{} -> {}, {dir} {}", grade_title(f), grade_title(t), s.unsigned_abs()),
        _ => dir.to_string(),
    };
    match r.change {
        Change::Improved => moved("up"),
        Change::Declined => moved("down"),
        Change::Same => match (r.from, r.to) {
            (Some(f), Some(t)) if f != t => {
                format!("{} -> {}, same", grade_title(f), grade_title(t))
            }
            _ => "same".to_string(),
        },
        Change::New => "new".to_string(),
        Change::Dropped => "dropped".to_string(),
        Change::NotComparable => "not comparable".to_string(),
    }
}

fn change_id(change: Change) -> &'static str {
    match change {
        Change::Improved => "improved",
        Change::Declined => "declined",
        Change::Same => "same",
        Change::NotComparable => "not_comparable",
        Change::New => "new",
        Change::Dropped => "dropped",
    }
}

fn cell(grade: Option<Grade>) -> &'static str {
    grade.map_or("", grade_title)
}

/// Each row's cells: label, one per column, change.
fn table(c: &Comparison) -> (Vec<String>, Vec<Vec<String>>) {
    let labels = column_labels(c, false);
    let columns = c.rows.iter().map(|r| r.history.len()).max().unwrap_or(labels.len()).max(labels.len());
    let mut header = vec!["Area".to_string()];
    for k in 0..columns {
        header.push(labels.get(k).cloned().unwrap_or_default());
    }
    header.push("Change".to_string());
    let body = c
        .rows
        .iter()
        .map(|r| {
            let mut line = vec![r.label.clone()];
            for k in 0..columns {
                line.push(cell(r.history.get(k).copied().flatten()).to_string());
            }
            line.push(change_words(r));
            line
        })
        .collect();
    (header, body)
}

/// The notes of all rows, each note once, with the rows it belongs to.
fn grouped_notes(c: &Comparison) -> Vec<(String, String)> {
    let mut out: Vec<(Vec<&str>, &str)> = Vec::new();
    for r in &c.rows {
        for n in &r.notes {
            match out.iter_mut().find(|(_, note)| note == n) {
                Some((rows, _)) => rows.push(&r.label),
                None => out.push((vec![&r.label], n)),
            }
        }
    }
    out.into_iter().map(|(rows, note)| (rows.join(", "), note.to_string())).collect()
}

/// Each inspection on record of the comparison, by its column heading, with the report's
/// address.
fn reports_on_record(c: &Comparison) -> Vec<(String, &str)> {
    let labels = column_labels(c, false);
    let first = labels.len().saturating_sub(c.inspections.len());
    c.inspections
        .iter()
        .enumerate()
        .filter(|(_, i)| i.kind == Kind::Record)
        .filter_map(|(k, i)| Some((labels.get(first + k)?.clone(), i.report_url.as_deref()?)))
        .collect()
}

fn width(s: &str) -> usize {
    s.chars().count()
}

/// The comparison as a table for a terminal: the headline, an aligned table with one column
/// per inspection and a change column, then notes and warnings.
pub fn comparison_text(c: &Comparison) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", c.headline);
    if !c.rows.is_empty() {
        let (header, body) = table(c);
        let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
        for line in &body {
            for (w, s) in widths.iter_mut().zip(line) {
                *w = (*w).max(width(s));
            }
        }
        let _ = writeln!(out);
        for line in std::iter::once(&header).chain(&body) {
            let mut text = String::new();
            for (k, (s, w)) in line.iter().zip(&widths).enumerate() {
                if k > 0 {
                    text.push_str("  ");
                }
                text.push_str(s);
                text.extend(std::iter::repeat_n(' ', w.saturating_sub(width(s))));
            }
            let _ = writeln!(out, "{}", text.trim_end());
        }
    }
    let notes = grouped_notes(c);
    if !notes.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "Notes:");
        for (rows, note) in notes {
            let _ = writeln!(out, "  - {rows}: {note}");
        }
    }
    let reports = reports_on_record(c);
    if !reports.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "Reports on record:");
        for (label, url) in reports {
            let _ = writeln!(out, "  - {label}: {url}");
        }
    }
    if !c.warnings.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "Warnings:");
        for w in &c.warnings {
            let _ = writeln!(out, "  - {}", w.message);
        }
    }
    out
}

fn md_cell(s: &str) -> String {
    s.replace('\\', "\\\\").replace('|', "\\|").replace(['\r', '\n'], " ")
}

/// The comparison in Markdown: the headline, a GitHub table with one column per inspection and
/// a change column, then notes and warnings as lists.
pub fn comparison_markdown(c: &Comparison) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", md_cell(&c.headline));
    if !c.rows.is_empty() {
        let (header, body) = table(c);
        let _ = writeln!(out);
        let line = |cells: &[String]| {
            let inner: Vec<String> = cells.iter().map(|s| md_cell(s)).collect();
            format!("| {} |", inner.join(" | "))
        };
        let _ = writeln!(out, "{}", line(&header));
        let _ = writeln!(out, "|{}", "---|".repeat(header.len()));
        for cells in &body {
            let _ = writeln!(out, "{}", line(cells));
        }
    }
    let notes = grouped_notes(c);
    if !notes.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "Notes:");
        let _ = writeln!(out);
        for (rows, note) in notes {
            let _ = writeln!(out, "- **{}:** {}", md_cell(&rows), md_cell(&note));
        }
    }
    let reports = reports_on_record(c);
    if !reports.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "Reports on record:");
        let _ = writeln!(out);
        for (label, url) in reports {
            let _ = writeln!(out, "- {}: <{}>", md_cell(&label), md_cell(url));
        }
    }
    if !c.warnings.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "Warnings:");
        let _ = writeln!(out);
        for w in &c.warnings {
            let _ = writeln!(out, "- {}", md_cell(&w.message));
        }
    }
    out
}

/// One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180); the command
/// line's batch table quotes its cells with it too. Inlined where it is used, as it was while
/// private here: public without it, it changed the page's wasm.
#[inline]
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The comparison as CSV (RFC 4180, CRLF line ends): `area,label,<one column per
/// inspection>,from,to,steps,change,notes`, notes joined with " | ".
pub fn comparison_csv(c: &Comparison) -> String {
    let labels = column_labels(c, true);
    let columns = c.rows.iter().map(|r| r.history.len()).max().unwrap_or(0).max(labels.len());
    let mut lines: Vec<Vec<String>> = Vec::new();
    let mut header: Vec<String> = vec!["area".into(), "label".into()];
    for k in 0..columns {
        header.push(labels.get(k).cloned().unwrap_or_default());
    }
    header.extend(["from", "to", "steps", "change", "notes"].map(String::from));
    lines.push(header);
    for r in &c.rows {
        let mut line = vec![r.area.id().to_string(), r.label.clone()];
        for k in 0..columns {
            line.push(cell(r.history.get(k).copied().flatten()).to_string());
        }
        line.push(cell(r.from).to_string());
        line.push(cell(r.to).to_string());
        line.push(r.steps.map(|s| s.to_string()).unwrap_or_default());
        line.push(change_id(r.change).to_string());
        line.push(r.notes.join(" | "));
        lines.push(line);
    }
    let mut out = String::new();
    for line in lines {
        let fields: Vec<String> = line.iter().map(|s| csv_field(s)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}
