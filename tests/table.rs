#![cfg(not(target_arch = "wasm32"))]
//! `--table`, run on the real binary over a mix of good and bad files: one row per file read, in
//! the order given, with the columns of the record of inspections plus `file` and `warnings`;
//! CSV (RFC 4180) or JSON lines with the same cells; every file that cannot be read named on
//! standard error; exit 0 only when every file was read.

#[path = "common/binary.rs"]
mod binary;

use binary::{fixture, run, run_stdin, scratch_dir, stderr, stdout};

/// The columns, in order: the record of inspections' (`urn` to `report_url`), then two more.
const COLUMNS: [&str; 20] = [
    "urn",
    "la_code",
    "gss_code",
    "council",
    "framework",
    "inspection_start",
    "inspection_end",
    "published",
    "overall",
    "leadership",
    "help_protection",
    "children_in_care",
    "care_leavers",
    "adoption",
    "lscb",
    "quality_of_practice",
    "capacity",
    "report_url",
    "file",
    "warnings",
];

/// Good files: PDFs and texts of reports of several frameworks.
const GOOD: &[&str] = &[
    "pdf/sif_2014.pdf",
    "extract/ilacs2023_plain_typo.txt",
    "pdf/copy_protected.pdf",
    "extract/cp2012_plain_record_table.txt",
    "pdf/ilacs2023.pdf",
    "extract/slac_two_halves.txt",
];

/// Files that cannot be read.
const BAD: &[&str] =
    &["pdf/password.pdf", "pdf/scan.pdf", "pdf/cut_short.pdf", "pdf/word_document.pdf", "pdf/picture.pdf"];

fn paths(files: &[&str]) -> Vec<String> {
    files.iter().map(|f| fixture(f).to_string_lossy().into_owned()).collect()
}

fn run_table(extra: &[&str], files: &[String]) -> std::process::Output {
    let args: Vec<&str> = ["--table"].iter().chain(extra).copied().chain(files.iter().map(String::as_str)).collect();
    run(&args)
}

/// Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; every
/// record ends in CRLF.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    assert!(text.is_empty() || text.ends_with("\r\n"), "records end in CRLF: {text:?}");
    let (mut records, mut record, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => assert_eq!(chars.next(), Some('\n'), "a bare CR in {text:?}"),
            (false, '\n') => panic!("a bare LF in {text:?}"),
            (false, c) => field.push(c),
        }
        if !quoted && c == '\r' {
            record.push(std::mem::take(&mut field));
            records.push(std::mem::take(&mut record));
        }
    }
    assert!(!quoted && record.is_empty() && field.is_empty(), "unfinished record in {text:?}");
    records
}

/// The table's rows as maps from column to cell, checking the header and every row's width.
fn table_rows(o: &std::process::Output) -> Vec<Vec<(String, String)>> {
    let records = parse_csv(&stdout(o));
    assert_eq!(records.first().map(|h| h.iter().map(String::as_str).collect::<Vec<_>>()), Some(COLUMNS.to_vec()));
    records[1..]
        .iter()
        .map(|r| {
            assert_eq!(r.len(), COLUMNS.len(), "{r:?}");
            COLUMNS.iter().map(|c| c.to_string()).zip(r.iter().cloned()).collect()
        })
        .collect()
}

fn cell<'a>(row: &'a [(String, String)], column: &str) -> &'a str {
    &row.iter().find(|(c, _)| c == column).expect("column").1
}

#[test]
fn every_file_read_gives_a_row_in_order_and_exit_0() {
    let files = paths(GOOD);
    let o = run_table(&[], &files);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stderr.is_empty(), "nothing on stderr when every file is read: {}", stderr(&o));
    let rows = table_rows(&o);
    assert_eq!(rows.iter().map(|r| cell(r, "file")).collect::<Vec<_>>(), files);
    for row in &rows {
        assert!(!cell(row, "council").is_empty() && !cell(row, "framework").is_empty(), "{row:?}");
        assert!(!cell(row, "overall").is_empty() || cell(row, "framework") == "ilacs2026", "{row:?}");
        assert!(cell(row, "warnings").parse::<usize>().is_ok(), "{row:?}");
        // Nothing in a report gives these.
        assert_eq!((cell(row, "urn"), cell(row, "report_url")), ("", ""), "{row:?}");
    }
}

/// Each row holds what reading its file alone gives (`--json FILE`).
#[test]
fn a_row_holds_what_reading_the_file_alone_gives() {
    let files = paths(GOOD);
    let rows = table_rows(&run_table(&[], &files));
    for (row, file) in rows.iter().zip(&files) {
        let alone: serde_json::Value = serde_json::from_str(&stdout(&run(&["--json", file]))).expect("JSON");
        let dates = &alone["dates"];
        let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
        assert_eq!(cell(row, "inspection_start"), text(&dates["start"]), "{file}");
        assert_eq!(cell(row, "inspection_end"), text(&dates["end"]), "{file}");
        assert_eq!(cell(row, "published"), text(&dates["published"]), "{file}");
        assert_eq!(cell(row, "framework"), text(&alone["framework"]), "{file}");
        assert!(text(&alone["authority"]).contains(cell(row, "council")), "{file}: {row:?}");
        assert_eq!(cell(row, "warnings"), alone["warnings"].as_array().expect("warnings").len().to_string(), "{file}");
        let judgements = alone["judgements"].as_array().expect("judgements");
        for column in &COLUMNS[8..17] {
            let grade = judgements.iter().find(|j| j["area"] == *column).map(|j| text(&j["grade"]));
            assert_eq!(cell(row, column), grade.unwrap_or_default(), "{file}: {column}");
        }
    }
}

#[test]
fn bad_files_are_named_on_stderr_have_no_row_and_the_batch_goes_on_to_exit_2() {
    let mixed: Vec<&str> =
        GOOD.iter().zip(BAD.iter().chain(["bad/no_such_file.pdf"].iter())).flat_map(|(g, b)| [*b, *g]).collect();
    let files = paths(&mixed);
    let o = run_table(&[], &files);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let rows = table_rows(&o);
    let good: Vec<String> = files
        .iter()
        .filter(|f| !BAD.iter().chain(["bad/no_such_file.pdf"].iter()).any(|b| f.ends_with(b)))
        .cloned()
        .collect();
    assert_eq!(rows.iter().map(|r| cell(r, "file")).collect::<Vec<_>>(), good);
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    let bad_count = files.len() - good.len();
    assert_eq!(lines.len(), bad_count + 1, "one line per bad file and a summary: {err}");
    for (line, bad) in lines.iter().zip(files.iter().filter(|f| !good.contains(f))) {
        assert!(line.starts_with("ofsted-compare: ") && line.contains(bad.as_str()), "{line} should name {bad}");
    }
    assert_eq!(lines[bad_count], format!("ofsted-compare: {bad_count} of {} files could not be read.", files.len()));
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn json_lines_carry_the_same_cells_as_the_csv() {
    let files = paths(&[GOOD, BAD].concat());
    let csv = run_table(&["--csv"], &files);
    let json = run_table(&["--json"], &files);
    assert_eq!(json.status.code(), csv.status.code());
    assert_eq!(stderr(&json), stderr(&csv));
    let rows = table_rows(&csv);
    let lines: Vec<String> = stdout(&json).lines().map(String::from).collect();
    assert_eq!(lines.len(), rows.len());
    for (line, row) in lines.iter().zip(&rows) {
        let object: serde_json::Map<String, serde_json::Value> = serde_json::from_str(line).expect("a JSON object");
        assert_eq!(object.len(), COLUMNS.len(), "{line}");
        let at: Vec<Option<usize>> = COLUMNS.iter().map(|c| line.find(&format!("\"{c}\":"))).collect();
        assert!(at.windows(2).all(|w| w[0].is_some() && w[0] < w[1]), "keys in column order: {line}");
        for (column, value) in &object {
            let as_cell = match value {
                serde_json::Value::Null => String::new(),
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Number(n) if column == "warnings" => n.to_string(),
                other => panic!("{column}: unexpected {other}"),
            };
            assert_eq!(as_cell, cell(row, column), "{column}");
        }
    }
}

#[test]
fn many_files_keep_their_order_across_threads() {
    let files: Vec<String> = paths(GOOD).into_iter().cycle().take(120).collect();
    let o = run_table(&["--json"], &files);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let named: Vec<String> = stdout(&o)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("JSON")["file"].as_str().expect("file").to_string()
        })
        .collect();
    assert_eq!(named, files);
}

#[test]
fn standard_input_is_a_file_named_dash() {
    let pdf = fixture("pdf/sif_2014.pdf").to_string_lossy().into_owned();
    let bytes = std::fs::read(&pdf).expect("sif_2014.pdf");
    let from_stdin = run_stdin(&["--table", "-"], &bytes);
    assert_eq!(from_stdin.status.code(), Some(0), "{}", stderr(&from_stdin));
    let from_file = table_rows(&run_table(&[], &[pdf]));
    let mut expected = from_file[0].clone();
    expected.iter_mut().find(|(c, _)| c == "file").expect("file").1 = "-".to_string();
    assert_eq!(table_rows(&from_stdin), vec![expected]);
}

#[test]
fn a_file_name_with_a_comma_or_quote_is_quoted() {
    let dir = scratch_dir("table-quoting");
    let name = dir.join("Report, \"final\".txt");
    std::fs::copy(fixture("extract/sif_2014_labels_then_grades.txt"), &name).expect("copy");
    let name = name.to_string_lossy().into_owned();
    let o = run_table(&[], std::slice::from_ref(&name));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Report, \"\"final\"\".txt\",0\r\n"), "{}", stdout(&o));
    assert_eq!(table_rows(&o).iter().map(|r| cell(r, "file").to_string()).collect::<Vec<_>>(), vec![name]);
}

#[test]
fn a_table_is_csv_or_json_lines_only() {
    let file = fixture("pdf/sif_2014.pdf").to_string_lossy().into_owned();
    let o = run(&["--table", "--markdown", &file]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty() && stderr(&o).contains("--table"), "{}", stderr(&o));
    let o = run(&["--table"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no file"), "{}", stderr(&o));
}
