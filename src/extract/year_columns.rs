//! Tables whose grade columns are headed by a year: "Area | Findings 2014 | Findings 2017",
//! then a row per area with a grade in each year's column. The latest year's column is this
//! inspection's; the others are earlier inspections', dated by their year.

use std::ops::Range;

use crate::frameworks::GRADE_PHRASES;
use crate::model::{Area, Grade, Source};
use crate::text::{Doc, PhraseSet, TokenKind};

use super::prose::any_framework_areas;
use super::Found;

/// Reads every table with a year in each grade column's heading.
pub fn read(doc: &Doc) -> Vec<Found> {
    let mut found = Vec::new();
    let mut line = 0;
    while line < doc.lines.len() {
        match header_years(doc, line) {
            Some(years) => line = read_rows(doc, line + 1, &years, &mut found),
            None => line += 1,
        }
    }
    found
}

/// The cells of a line: between "|" marks where it has them, else its columns.
fn cells(doc: &Doc, line: usize) -> Vec<Range<usize>> {
    let tokens = doc.lines[line].tokens.clone();
    let bars: Vec<usize> = tokens.clone().filter(|&i| doc.token_text(i) == "|").collect();
    if !bars.is_empty() {
        let mut out = Vec::new();
        let mut start = tokens.start;
        for b in bars.into_iter().chain(std::iter::once(tokens.end)) {
            out.push(start..b);
            start = b + 1;
        }
        return out.into_iter().filter(|c| !c.is_empty()).collect();
    }
    doc.lines[line].cells.clone().map(|c| doc.cells[c].tokens.clone()).collect()
}

/// A heading line of two or more cells, one or more naming one year each (a different one),
/// and no grade: the year of each such cell, by its position.
fn header_years(doc: &Doc, line: usize) -> Option<Vec<(usize, u16)>> {
    let cells = cells(doc, line);
    if cells.len() < 2 {
        return None;
    }
    let mut years = Vec::new();
    for (k, cell) in cells.iter().enumerate() {
        if grade_at(doc, cell.clone()).is_some() {
            return None;
        }
        let dates = doc.dates_in(cell.clone());
        if let [only] = dates.as_slice() {
            years.push((k, only.date.year));
        }
    }
    let distinct = years.windows(2).all(|w| w[0].1 != w[1].1);
    (!years.is_empty() && distinct).then_some(years)
}

/// Reads the rows under a heading, from `line` to the first line that is not a row; returns
/// that line.
fn read_rows(doc: &Doc, mut line: usize, years: &[(usize, u16)], found: &mut Vec<Found>) -> usize {
    let latest = years.iter().map(|&(_, y)| y).max().unwrap_or(0);
    let first_column = years.iter().map(|&(k, _)| k).min().unwrap_or(0);
    while line < doc.lines.len() {
        let cells = cells(doc, line);
        let words = doc.lines[line].tokens.clone().any(|i| doc.tokens[i].kind == TokenKind::Word);
        if words && cells.len() < 2 {
            break;
        }
        line += 1;
        let Some((area, label)) = cells.iter().take(first_column).find_map(|c| area_at(doc, c.clone())) else {
            continue;
        };
        for &(k, year) in years {
            let Some((grade, grade_range)) = cells.get(k).and_then(|c| grade_at(doc, c.clone())) else { continue };
            let earlier = year != latest;
            found.push(Found {
                area,
                grade,
                label: label.clone(),
                evidence: vec![label.clone(), grade_range],
                source: Source::Table,
                previous: earlier,
                date: earlier.then(|| year.to_string()),
                section: None,
                collective: false,
            });
        }
    }
    line
}

/// The first area named in a cell.
fn area_at(doc: &Doc, cell: Range<usize>) -> Option<(Area, Range<usize>)> {
    let set = any_framework_areas();
    cell.clone().find_map(|i| set.longest_at(doc, i, cell.end).map(|(end, &area)| (area, i..end)))
}

/// The grade a cell opens with ("Requires improvement: the delay ...").
fn grade_at(doc: &Doc, cell: Range<usize>) -> Option<(Grade, Range<usize>)> {
    static GRADES: std::sync::OnceLock<PhraseSet<Grade>> = std::sync::OnceLock::new();
    let grades = GRADES.get_or_init(|| PhraseSet::new(GRADE_PHRASES.iter().copied()));
    let start = doc.skip_soft(cell.start, cell.end);
    grades.longest_at(doc, start, cell.end).map(|(end, &grade)| (grade, start..end))
}
