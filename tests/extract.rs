#![cfg(not(target_arch = "wasm32"))]
//! Reading fixtures written by the project: every framework layout and every trap of real
//! text, with the expected result written by hand in a `cases.toml` beside the fixtures
//! (`tests/fixtures/extract/` for reports and letters, `tests/fixtures/prose/` for news and
//! press releases).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use ofsted_compare::{extract, Inspection};
use serde::Deserialize;

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

/// One fixture and what reading it must give.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    file: String,
    /// Why the case exists.
    reason: String,
    kind: Option<String>,
    /// The framework id, or "none" for no framework.
    framework: Option<String>,
    authority: Option<String>,
    /// The council's DfE LA code; none when not given (every invented council).
    authority_code: Option<String>,
    graded: Option<bool>,
    start: Option<String>,
    end: Option<String>,
    published: Option<String>,
    /// Exactly these judgements: area -> grade.
    #[serde(default)]
    judgements: BTreeMap<String, String>,
    /// Exactly these earlier judgements, when given: area -> grade (or a list of grades when
    /// the text gives an area's grades at more than one earlier inspection).
    previous: Option<BTreeMap<String, Grades>>,
    /// Dates of earlier judgements that must be read: area -> date.
    #[serde(default)]
    previous_dates: BTreeMap<String, String>,
    /// Exactly these warning codes (any order).
    #[serde(default)]
    warnings: Vec<String>,
    /// The passages quoted for these judgements, in order: area -> quotes.
    #[serde(default)]
    evidence: BTreeMap<String, Vec<String>>,
}

/// The fixture folders, each with its cases.toml.
const FOLDERS: &[&str] = &["tests/fixtures/extract", "tests/fixtures/prose"];

/// One grade, or several.
#[derive(Deserialize)]
#[serde(untagged)]
enum Grades {
    One(String),
    Many(Vec<String>),
}

fn load(folder: &str) -> Vec<Case> {
    let path = Path::new(folder).join("cases.toml");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let cases: Cases = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    cases.case
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

fn check(case: &Case, got: &Inspection, input: &str) -> Vec<String> {
    let mut errors = Vec::new();
    let mut expect = |what: &str, want: Option<&str>, have: Option<String>| {
        if let Some(want) = want {
            let have = have.unwrap_or_else(|| "none".to_string());
            if want != have {
                errors.push(format!("{what}: want {want}, got {have}"));
            }
        }
    };
    expect("kind", case.kind.as_deref(), Some(json(&got.kind)));
    expect("framework", case.framework.as_deref(), got.framework.map(|f| json(&f)));
    expect("authority", case.authority.as_deref(), got.authority.clone());
    expect("authority_code", Some(case.authority_code.as_deref().unwrap_or("none")), got.authority_code.clone());
    expect("start", case.start.as_deref(), got.dates.start.clone());
    expect("end", case.end.as_deref(), got.dates.end.clone());
    expect("published", case.published.as_deref(), got.dates.published.clone());
    if let Some(g) = case.graded {
        if g != got.graded {
            errors.push(format!("graded: want {g}, got {}", got.graded));
        }
    }
    let have: BTreeMap<String, String> = got.judgements.iter().map(|j| (json(&j.area), json(&j.grade))).collect();
    if have != case.judgements {
        errors.push(format!("judgements: want {:?}, got {:?}", case.judgements, have));
    }
    if let Some(want) = &case.previous {
        let want: BTreeSet<(String, String)> = want
            .iter()
            .flat_map(|(area, grades)| match grades {
                Grades::One(g) => vec![(area.clone(), g.clone())],
                Grades::Many(gs) => gs.iter().map(|g| (area.clone(), g.clone())).collect(),
            })
            .collect();
        let have: BTreeSet<(String, String)> = got.previous.iter().map(|j| (json(&j.area), json(&j.grade))).collect();
        if have != want {
            errors.push(format!("previous: want {want:?}, got {have:?}"));
        }
    }
    for (area, date) in &case.previous_dates {
        let found = got.previous.iter().any(|j| json(&j.area) == *area && j.date.as_deref() == Some(date.as_str()));
        if !found {
            errors.push(format!("previous {area} should be dated {date}"));
        }
    }
    let mut want_w = case.warnings.clone();
    want_w.sort();
    let mut have_w: Vec<String> = got.warnings.iter().map(|w| json(&w.code)).collect();
    have_w.sort();
    if want_w != have_w {
        errors.push(format!(
            "warnings: want {want_w:?}, got {have_w:?} ({:?})",
            got.warnings.iter().map(|w| &w.message).collect::<Vec<_>>()
        ));
    }
    for (area, want) in &case.evidence {
        let have: Option<Vec<&str>> = got
            .judgements
            .iter()
            .find(|j| json(&j.area) == *area)
            .map(|j| j.evidence.iter().map(|e| e.quote.as_str()).collect());
        if have.as_deref() != Some(want.iter().map(String::as_str).collect::<Vec<_>>().as_slice()) {
            errors.push(format!("evidence of {area}: want {want:?}, got {have:?}"));
        }
    }
    // Every judgement quotes the input exactly.
    for j in got.judgements.iter().chain(&got.previous) {
        if j.evidence.is_empty() {
            errors.push(format!("{:?} has no evidence", j.area));
        }
        for e in &j.evidence {
            if input.get(e.start..e.end) != Some(e.quote.as_str()) {
                errors.push(format!("{:?}: evidence {}..{} does not quote the input", j.area, e.start, e.end));
            }
        }
    }
    errors
}

fn read_folder(folder: &str) {
    let cases = load(folder);
    let mut failures = Vec::new();
    for case in &cases {
        assert!(!case.reason.trim().is_empty(), "{}: every case says why it exists", case.file);
        let path = Path::new(folder).join(&case.file);
        let input = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let got = extract(&input);
        let errors = check(case, &got, &input);
        if !errors.is_empty() {
            failures.push(format!("{} ({}):\n  {}", case.file, case.reason, errors.join("\n  ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures read wrongly:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn reports_and_letters_read_as_written_down() {
    read_folder(FOLDERS[0]);
}

#[test]
fn news_and_press_releases_read_as_written_down() {
    read_folder(FOLDERS[1]);
}

#[test]
fn every_fixture_has_a_case_and_every_case_a_fixture() {
    for folder in FOLDERS {
        fixtures_match_cases(folder);
    }
}

fn fixtures_match_cases(folder: &str) {
    let cases = load(folder);
    let mut files: Vec<String> = fs::read_dir(folder)
        .expect("fixture folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n != "cases.toml" && n != "README.md")
        .collect();
    files.sort();
    let mut named: Vec<String> = cases.iter().map(|c| c.file.clone()).collect();
    named.sort();
    named.dedup();
    assert_eq!(files, named, "{folder}: fixtures and cases.toml must list the same files");
}
