#![cfg(not(target_arch = "wasm32"))]
//! The command-line contract, run on the real binary: exit 0 whenever the input was read (even
//! when nothing could be used: the result says why), exit 2 with one plain sentence on stderr
//! for usage errors and unreadable files; JSON fields always present; files that are not UTF-8
//! read as Windows-1252 with a `decoding` warning; `-` reads standard input; a PDF (known by its
//! content, whatever its name) is read through its text layer, and a PDF or other file that
//! cannot be read is named in one sentence. `--table` has its own tests (`tests/table.rs`).

#[path = "common/binary.rs"]
mod binary;

use std::process::Output;

use binary::{fixture, run, run_stdin, scratch_dir, stderr, stdout};
use serde::Deserialize;

/// Exit 2, nothing on stdout, and one line on stderr.
fn assert_usage_error(o: &Output, mentions: &str) {
    assert_eq!(o.status.code(), Some(2), "stdout {} stderr {}", stdout(o), stderr(o));
    assert!(o.stdout.is_empty(), "stdout should be empty: {}", stdout(o));
    let err = stderr(o);
    assert_eq!(err.trim_end().lines().count(), 1, "one line on stderr: {err:?}");
    assert!(err.contains(mentions), "stderr should mention {mentions:?}: {err:?}");
    assert!(!err.contains("panicked"), "{err}");
}

#[derive(Deserialize)]
struct Warning {
    code: String,
    message: String,
}

#[derive(Deserialize)]
struct Judgement {
    area: String,
    grade: String,
    evidence: Vec<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Inspection {
    authority: Option<String>,
    authority_code: Option<String>,
    authority_gss: Option<String>,
    framework: Option<String>,
    framework_name: Option<String>,
    kind: String,
    graded: bool,
    dates: serde_json::Value,
    judgements: Vec<Judgement>,
    previous: Vec<Judgement>,
    warnings: Vec<Warning>,
    report_url: Option<String>,
}

/// Parses `--json` output of one file, checking that every field of the contract is present
/// (unknown values are null, never missing).
fn inspection_json(o: &Output) -> Inspection {
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(o));
    let text = stdout(o);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("invalid JSON ({e}): {text}"));
    for key in [
        "authority",
        "authority_code",
        "authority_gss",
        "framework",
        "framework_name",
        "kind",
        "graded",
        "dates",
        "judgements",
        "previous",
        "warnings",
        "report_url",
    ] {
        assert!(value.get(key).is_some(), "JSON lacks {key}: {text}");
    }
    serde_json::from_value(value).unwrap_or_else(|e| panic!("unexpected JSON shape ({e}): {text}"))
}

fn codes(i: &Inspection) -> Vec<&str> {
    i.warnings.iter().map(|w| w.code.as_str()).collect()
}

/// No grade, and a warning that says why.
fn assert_nothing_made_up(name: &str, i: &Inspection) {
    assert!(
        i.judgements.is_empty(),
        "{name}: made-up grades {:?}",
        i.judgements.iter().map(|j| (&j.area, &j.grade)).collect::<Vec<_>>()
    );
    assert!(i.previous.is_empty(), "{name}: made-up earlier grades");
    assert!(!i.warnings.is_empty(), "{name}: no warning");
    for w in &i.warnings {
        assert!(!w.message.is_empty(), "{name}: empty message for {}", w.code);
    }
}

// -------------------------------------------------------------------------------------------
// Usage errors and unreadable files: exit 2, one sentence

#[test]
fn no_file_is_a_usage_error() {
    assert_usage_error(&run(&[]), "no file");
}

#[test]
fn an_unknown_option_is_a_usage_error() {
    assert_usage_error(&run(&["--frobnicate", "x.txt"]), "--frobnicate");
}

#[test]
fn a_missing_file_is_named_in_one_sentence() {
    assert_usage_error(&run(&["/nonexistent/ofsted/report.txt"]), "/nonexistent/ofsted/report.txt");
}

#[test]
fn a_folder_is_not_a_file() {
    let dir = fixture("extract");
    let dir = dir.to_string_lossy();
    assert_usage_error(&run(&[&dir]), &dir);
}

#[test]
fn one_unreadable_file_among_good_ones_fails_the_whole_run() {
    let good = fixture("extract/sif_2014_labels_then_grades.txt");
    let good = good.to_string_lossy();
    assert_usage_error(&run(&["--json", &good, "/nonexistent/second.txt"]), "/nonexistent/second.txt");
}

#[test]
fn help_and_version_exit_0() {
    for flag in ["--help", "-h", "--version", "-V"] {
        let o = run(&[flag]);
        assert_eq!(o.status.code(), Some(0), "{flag}");
        assert!(!o.stdout.is_empty(), "{flag}");
    }
}

// -------------------------------------------------------------------------------------------
// Input that is read but cannot be used: exit 0 and a warning

#[test]
fn bad_files_exit_0_with_a_warning_and_no_grade() {
    let cases: &[(&str, &[&str])] = &[
        ("empty.txt", &["empty"]),
        ("whitespace.txt", &["empty"]),
        ("control_bytes.txt", &["not_text"]),
        ("utf16le_bom.txt", &["decoding"]),
        ("welsh.txt", &["not_an_inspection", "no_judgements"]),
    ];
    for (file, expected) in cases {
        let path = fixture(&format!("bad/{file}"));
        let o = run(&["--json", &path.to_string_lossy()]);
        let i = inspection_json(&o);
        assert_nothing_made_up(file, &i);
        assert!(
            codes(&i).iter().any(|c| expected.contains(c)),
            "{file}: expected one of {expected:?}, got {:?}",
            codes(&i)
        );
        // The text rendering works too and says something.
        let o = run(&[&path.to_string_lossy()]);
        assert_eq!(o.status.code(), Some(0), "{file}: {}", stderr(&o));
        assert!(!o.stdout.is_empty(), "{file}");
    }
}

#[test]
fn invalid_utf8_is_read_as_windows_1252_with_a_decoding_warning() {
    let path = fixture("bad/windows_1252.txt");
    let i = inspection_json(&run(&["--json", &path.to_string_lossy()]));
    assert_eq!(codes(&i).first(), Some(&"decoding"), "{:?}", codes(&i));
    for j in &i.judgements {
        assert!(!j.evidence.is_empty());
    }
    // Invalid UTF-8 on standard input as well.
    let o = run_stdin(&["--json", "-"], b"Overall effectiveness \x96 \x93Good\x94 \xff\n");
    let i = inspection_json(&o);
    assert!(codes(&i).contains(&"decoding"), "{:?}", codes(&i));
}

#[test]
fn empty_stdin_is_empty() {
    let i = inspection_json(&run_stdin(&["--json", "-"], b""));
    assert_nothing_made_up("empty stdin", &i);
    assert!(codes(&i).contains(&"empty"));
}

#[test]
fn a_megabyte_line_on_stdin_is_read() {
    let line = "the council said that services had been improving for some time ".repeat(16_000);
    let i = inspection_json(&run_stdin(&["--json", "-"], line.as_bytes()));
    assert_nothing_made_up("megabyte line", &i);
}

// -------------------------------------------------------------------------------------------
// Reports

#[test]
fn a_report_on_stdin_reads_the_same_as_the_file() {
    let path = fixture("extract/sif_2014_labels_then_grades.txt");
    let from_file = run(&["--json", &path.to_string_lossy()]);
    let bytes = std::fs::read(&path).expect("fixture");
    let from_stdin = run_stdin(&["--json", "-"], &bytes);
    assert_eq!(from_file.status.code(), Some(0));
    assert_eq!(stdout(&from_file), stdout(&from_stdin));
    let i = inspection_json(&from_file);
    assert!(i.graded && !i.judgements.is_empty(), "{:?}", i.judgements.len());
    assert!(i.authority.is_some() && i.framework.is_some() && i.framework_name.is_some());
    assert_eq!(i.kind, "report");
    // An invented council has no codes; a text read has no address on record.
    assert_eq!((i.authority_code, i.authority_gss, i.report_url), (None, None, None));
}

#[test]
fn two_reports_give_a_comparison_in_every_format() {
    let a = fixture("extract/sif_2014_labels_then_grades.txt");
    let b = fixture("extract/ilacs2023_plain_typo.txt");
    let (a, b) = (a.to_string_lossy(), b.to_string_lossy());
    let o = run(&["--json", &a, &b]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    for key in ["inspections", "rows", "headline", "warnings"] {
        assert!(v.get(key).is_some(), "comparison JSON lacks {key}");
    }
    for flag in ["--markdown", "--csv", "--md"] {
        let o = run(&[flag, &a, &b]);
        assert_eq!(o.status.code(), Some(0), "{flag}: {}", stderr(&o));
        assert!(!o.stdout.is_empty(), "{flag}");
    }
    let o = run(&[&a, &b]);
    assert_eq!(o.status.code(), Some(0));
    assert!(!o.stdout.is_empty());
}

#[test]
fn comparing_bad_files_exits_0() {
    let files: Vec<String> =
        ["bad/empty.txt", "bad/control_bytes.txt", "bad/welsh.txt", "extract/sif_2014_labels_then_grades.txt"]
            .iter()
            .map(|f| fixture(f).to_string_lossy().into_owned())
            .collect();
    let args: Vec<&str> = std::iter::once("--json").chain(files.iter().map(String::as_str)).collect();
    let o = run(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let _: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
}

// -------------------------------------------------------------------------------------------
// PDFs: read through their text layer; known by content, not by name

/// The PDF fixtures (`tests/fixtures/pdf/`, made by its `make.sh`) and the texts they were made from.
const PDF_OF_TEXT: &[(&str, &str)] = &[
    ("pdf/sif_2014.pdf", "extract/sif_2014_labels_then_grades.txt"),
    ("pdf/ilacs2023.pdf", "extract/ilacs2023_plain_typo.txt"),
    ("pdf/copy_protected.pdf", "extract/ilacs2018_layout_grade_above.txt"),
];

fn grades(i: &Inspection) -> Vec<(&str, &str)> {
    let mut g: Vec<(&str, &str)> = i.judgements.iter().map(|j| (j.area.as_str(), j.grade.as_str())).collect();
    g.sort();
    g
}

#[test]
fn a_pdf_reads_as_the_text_it_was_made_from() {
    for (pdf, txt) in PDF_OF_TEXT {
        let from_pdf = inspection_json(&run(&["--json", &fixture(pdf).to_string_lossy()]));
        let from_text = inspection_json(&run(&["--json", &fixture(txt).to_string_lossy()]));
        assert!(!from_pdf.judgements.is_empty(), "{pdf}: no judgement");
        assert_eq!(grades(&from_pdf), grades(&from_text), "{pdf}");
        assert_eq!(from_pdf.authority, from_text.authority, "{pdf}");
        assert_eq!(from_pdf.framework, from_text.framework, "{pdf}");
        assert_eq!(from_pdf.dates, from_text.dates, "{pdf}");
        for j in &from_pdf.judgements {
            assert!(!j.evidence.is_empty(), "{pdf}: {} has no evidence", j.area);
        }
    }
}

#[test]
fn a_pdf_on_standard_input_or_named_as_text_is_still_a_pdf() {
    let bytes = std::fs::read(fixture("pdf/sif_2014.pdf")).expect("sif_2014.pdf");
    let expected = stdout(&run(&["--json", &fixture("pdf/sif_2014.pdf").to_string_lossy()]));
    assert_eq!(stdout(&run_stdin(&["--json", "-"], &bytes)), expected);
    let renamed = scratch_dir("pdf-named-txt").join("report.txt");
    std::fs::write(&renamed, &bytes).expect("write");
    assert_eq!(stdout(&run(&["--json", &renamed.to_string_lossy()])), expected);
}

#[test]
fn text_named_as_a_pdf_is_read_as_text() {
    let txt = fixture("extract/sif_2014_labels_then_grades.txt");
    let renamed = scratch_dir("text-named-pdf").join("report.pdf");
    std::fs::copy(&txt, &renamed).expect("copy");
    let o = run(&["--json", &renamed.to_string_lossy()]);
    assert_eq!(stdout(&o), stdout(&run(&["--json", &txt.to_string_lossy()])));
}

#[test]
fn a_pdf_compares_with_a_text() {
    let pdf = fixture("pdf/sif_2014.pdf");
    let txt = fixture("extract/ilacs2023_plain_typo.txt");
    let o = run(&["--json", &pdf.to_string_lossy(), &txt.to_string_lossy()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let rows = v["rows"].as_array().expect("rows");
    assert!(rows.iter().any(|r| r["area"] == "overall" && !r["from"].is_null() && !r["to"].is_null()), "{rows:?}");
}

/// Files that cannot be read, each with words its sentence must hold.
const UNREADABLE: &[(&str, &str)] = &[
    ("pdf/password.pdf", "password"),
    ("pdf/scan.pdf", "OCR"),
    ("pdf/cut_short.pdf", "cut short"),
    ("pdf/no_font.pdf", "could not be read as a PDF"),
    ("pdf/word_document.pdf", "a Word document"),
    ("pdf/picture.pdf", "a PNG image"),
    ("bad/pdf_bytes.txt", "could not be read as a PDF"),
];

#[test]
fn a_pdf_or_file_that_cannot_be_read_is_named_in_one_sentence() {
    for (file, words) in UNREADABLE {
        let path = fixture(file).to_string_lossy().into_owned();
        for args in [vec![path.as_str()], vec!["--json", &path]] {
            let o = run(&args);
            assert_usage_error(&o, &path);
            assert!(stderr(&o).contains(words), "{file}: {}", stderr(&o));
        }
    }
}

#[test]
fn an_unreadable_pdf_on_standard_input_is_named_as_standard_input() {
    let bytes = std::fs::read(fixture("pdf/cut_short.pdf")).expect("cut_short.pdf");
    assert_usage_error(&run_stdin(&["--json", "-"], &bytes), "standard input is an incomplete PDF");
}

#[test]
fn binary_bytes_named_as_a_pdf_are_not_read_as_text() {
    let path = scratch_dir("junk-named-pdf").join("junk.pdf");
    std::fs::write(&path, b"\x00\x9f\x92\x96 not a pdf \xff\xfe").expect("write");
    assert_usage_error(&run(&[&path.to_string_lossy()]), "is named as a PDF but is not one");
}

#[test]
fn a_councils_history_on_record_by_name_or_code() {
    let by_name = run(&["--council", "Cambridgeshire"]);
    assert_eq!(by_name.status.code(), Some(0), "{}", stderr(&by_name));
    let text = stdout(&by_name);
    assert!(
        text.starts_with("Cambridgeshire County Council (DfE code 873, ONS code E10000003), East of England\n"),
        "{text}"
    );
    assert!(text.contains("The record holds full inspections published to "), "{text}");
    assert!(text.contains("Reports on record:\n  - Single inspection 2014-06-03 (on record): https://"), "{text}");
    assert!(text.contains("\n  England (153 councils): "), "{text}");
    assert!(text.contains("\n  Statistical neighbours (11 councils): "), "{text}");
    // The same council by its codes or another of its names.
    for other in ["873", "E10000003", "cambs", "cambridgeshire county council"] {
        assert_eq!(stdout(&run(&["--council", other])), text, "{other}");
    }
    let json = stdout(&run(&["--json", "--council", "873"]));
    assert!(json.starts_with("{\n  \"council\": {"), "{json}");
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let mut keys: Vec<&str> = value.as_object().map(|o| o.keys().map(String::as_str).collect()).unwrap_or_default();
    keys.sort_unstable();
    assert_eq!(keys, ["context", "council", "inspections", "published_to"]);
    assert_eq!(value["council"]["gss"], "E10000003");
    let inspections = value["inspections"].as_array().expect("inspections");
    assert!(inspections.len() >= 3);
    assert!(inspections
        .iter()
        .all(|i| i["kind"] == "record" && i["authority_code"] == "873" && i["report_url"].is_string()));
    assert_eq!(value["context"]["groups"][0]["name"], "England");
    let csv = stdout(&run(&["--csv", "--council", "873"]));
    assert!(csv.starts_with("area,label,Cambridgeshire single inspection 2014-06-03 (on record),"), "{csv}");
}

#[test]
fn a_council_that_cannot_be_told_is_a_usage_error() {
    let none = run(&["--council", "Kelby"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(stderr(&none).contains("no council on record is called \"Kelby\""), "{}", stderr(&none));
    let several = run(&["--council", "north"]);
    assert_eq!(several.status.code(), Some(2));
    assert!(stderr(&several).contains("could be any of North East Lincolnshire, "), "{}", stderr(&several));
    assert!(stdout(&several).is_empty());
    assert_eq!(run(&["--council"]).status.code(), Some(2));
    let with_file = run(&["--council", "873", &fixture("prose/news_council_on_record.txt").to_string_lossy()]);
    assert_eq!(with_file.status.code(), Some(2));
}

#[test]
fn a_text_beside_its_councils_record() {
    let path = fixture("prose/news_council_on_record.txt");
    let path = path.to_string_lossy();
    let o = run(&["--record", &path]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.starts_with("Cambridgeshire: overall effectiveness stayed requires improvement.\n"), "{text}");
    assert!(text.contains("ILACS inspection 2019-01-14 (on record)"), "{text}");
    assert!(text.contains("The news article and the record describe the same inspection"), "{text}");
    assert!(text.trim_end().ends_with("The record holds full inspections published to 20 August 2026."), "{text}");
    let json = run(&["--json", "--record", &path]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    assert_eq!(value["published_to"], "2026-08-20");
    assert_eq!(value["inspections"][0]["kind"], "record");
    assert_eq!(value["inspections"][2]["kind"], "news");
    assert!(value["rows"][0]["history_steps"].is_array());
    let md = stdout(&run(&["--markdown", "--record", &path]));
    assert!(md.contains("Reports on record:\n\n- ILACS inspection 2019-01-14 (on record): <https://"), "{md}");
    // One file only.
    assert_eq!(run(&["--record", &path, &path]).status.code(), Some(2));
    // A text about a council the record does not know still prints, with a warning.
    let o = run(&["--record", &fixture("extract/sif_2014_labels_then_grades.txt").to_string_lossy()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).contains("Warnings:\n  - No inspection of Greenvale County Council on record"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn the_record_data_for_the_page_is_every_councils_history() {
    let o = run(&["--record-data"]);
    assert_eq!(o.status.code(), Some(0));
    let data: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(data["published_to"], "2026-08-20");
    let councils = data["councils"].as_object().expect("councils");
    assert_eq!(councils.len(), 156);
    // Each entry is the council's --council --json.
    let one: serde_json::Value = serde_json::from_str(&stdout(&run(&["--json", "--council", "873"]))).expect("JSON");
    assert_eq!(councils["873"], one);
    // The wasm tests' sample is two of these entries.
    let sample = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/web/fixtures/record-sample.json"),
    )
    .expect("sample");
    let sample: serde_json::Value = serde_json::from_str(&sample).expect("sample JSON");
    assert_eq!(sample["published_to"], data["published_to"]);
    for code in ["873", "919"] {
        assert_eq!(sample["councils"][code], councils[code], "{code}");
    }
}

#[test]
fn explain_lists_every_grade_word_taken_or_not_with_why() {
    let o = run(&["--json", "--explain", &fixture("prose/news_other_bodies_beside_the_council.txt").to_string_lossy()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let words: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).expect("JSON");
    // Every grade word of the text, in order: the council's grade taken, the others left with
    // their reasons.
    let verdicts: Vec<(&str, bool, &str)> = words
        .iter()
        .map(|w| {
            (
                w["verdict"].as_str().unwrap_or(""),
                w["taken"].as_bool().unwrap_or(false),
                w["reason"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(verdicts.iter().filter(|v| v.1).count(), 2, "{verdicts:?}");
    assert!(verdicts.iter().all(|v| v.1 == (v.0 == "this_inspection")), "{verdicts:?}");
    assert!(verdicts.iter().any(|v| v.2 == "other_service"), "{verdicts:?}");
    assert!(verdicts.iter().any(|v| v.2 == "other_council"), "{verdicts:?}");
    for w in &words {
        assert!(!w["why"].as_str().unwrap_or("").is_empty(), "every word says why: {w}");
        assert!(w["passage"]["quote"].as_str().unwrap_or("").contains(w["word"]["quote"].as_str().unwrap_or("?")));
    }
    // The text rendering marks what was taken and what was left.
    let o = run(&["--explain", &fixture("prose/news_other_bodies_beside_the_council.txt").to_string_lossy()]);
    let text = stdout(&o);
    assert!(text.starts_with("taken") && text.contains("\nleft "), "{text}");
}

#[test]
fn explain_reads_one_file_and_says_so() {
    let one = fixture("prose/news_tense.txt");
    let o = run(&["--explain", &one.to_string_lossy(), &one.to_string_lossy()]);
    assert_usage_error(&o, "--explain reads one file");
    let o = run_stdin(&["--explain", "-"], b"Nothing graded here.");
    assert_eq!(stdout(&o), "No grade words were found in the text.\n");
}

#[test]
fn the_reasons_data_for_the_page_words_every_reason() {
    let o = run(&["--reasons-data"]);
    let data: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let words = data.as_object().expect("an object");
    assert_eq!(words.len(), ofsted_compare::Reason::ALL.len());
    for reason in ofsted_compare::Reason::ALL {
        assert_eq!(words[reason.id()], reason.describe(), "{}", reason.id());
    }
}
