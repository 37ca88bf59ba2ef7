//! The command line: `ofsted-compare [--json | --markdown | --csv] FILE...` reads one file or
//! compares several; `ofsted-compare --table [--json] FILE...` reads each file as its own
//! inspection into one table; `--record FILE` sets a text beside its council's inspections on
//! record and `--council NAME|CODE` prints a council's history (`record.rs`); `--explain FILE`
//! lists every grade word of a file, whether it was taken and why. A FILE may be text or a PDF,
//! told apart by its content.
//! The only code that knows the terminal.

mod content;
mod input;
mod pdf;
mod pdf_layout;
mod progress;
mod record;
mod table;
mod table_row;

use std::process::ExitCode;

use ofsted_compare::render;

const USAGE: &str = "ofsted-compare [--json | --markdown | --csv] [--record] FILE... or ofsted-compare --table [--json] FILE... \
                     or ofsted-compare [--json] --explain FILE, where FILE is a text or PDF file, or - for standard input; \
                     or ofsted-compare [--json | --markdown | --csv] --council NAME|CODE";

/// How to print results.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Markdown,
    Csv,
}

/// Runs the command line on the process's arguments.
pub fn main() -> ExitCode {
    let mut format = Format::Text;
    let mut batch = false;
    let mut with_record = false;
    let mut explain = false;
    let mut council: Option<String> = None;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--record" => with_record = true,
            "--council" => match args.next() {
                Some(name) => council = Some(name),
                None => return usage_error("--council needs a council's name or code"),
            },
            "--reasons-data" => {
                let words: serde_json::Map<String, serde_json::Value> =
                    ofsted_compare::Reason::ALL.iter().map(|r| (r.id().to_string(), r.describe().into())).collect();
                println!("{}", serde_json::Value::Object(words));
                return ExitCode::SUCCESS;
            }
            "--record-data" => {
                println!("{}", record::record_data(&ofsted_compare::record::Record::builtin()));
                return ExitCode::SUCCESS;
            }
            "--json" => format = Format::Json,
            "--markdown" | "--md" => format = Format::Markdown,
            "--csv" => format = Format::Csv,
            "--table" => batch = true,
            "--explain" => explain = true,
            "-h" | "--help" => {
                println!("usage: {USAGE}");
                println!();
                println!("One FILE: prints what was read from it. Two or more: compares them, earlier to later.");
                println!("--table: one row per FILE (CSV, or JSON lines with --json), read on every core.");
                println!("--explain FILE: every grade word in FILE, whether it was taken, and why.");
                println!("--record FILE: compares the text with its council's inspections on record.");
                println!("--council NAME|CODE: that council's inspections on record and where it stands.");
                println!("--record-data: every council's --council --json in one object, keyed by DfE code (the page's data).");
                println!(
                    "--reasons-data: the words for each reason --explain gives, keyed by its code (the page's data)."
                );
                return ExitCode::SUCCESS;
            }
            "-V" | "--version" => {
                println!("ofsted-compare {}", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            s if s.starts_with("--") => return usage_error(&format!("unknown option {s}")),
            _ => files.push(arg),
        }
    }
    if let Some(name) = council {
        if !files.is_empty() || with_record || batch {
            return usage_error("--council takes no file");
        }
        return record::council_history(&name, format);
    }
    if files.is_empty() {
        return usage_error("no file given");
    }
    if with_record && (files.len() > 1 || batch) {
        return usage_error("--record takes one file");
    }
    if explain {
        return match files.as_slice() {
            [file] if !batch && !with_record => explain_file(file, format),
            _ => usage_error("--explain reads one file"),
        };
    }
    if batch {
        return match format {
            Format::Json => table::run(&files, table::Output::JsonLines),
            Format::Csv | Format::Text => table::run(&files, table::Output::Csv),
            Format::Markdown => usage_error("--table writes CSV, or JSON lines with --json, not Markdown"),
        };
    }
    read_and_print(&files, format, with_record)
}

/// One file: what was read from it (beside its council's record with `with_record`). Several:
/// their comparison. Any file that cannot be read stops the run.
fn read_and_print(files: &[String], format: Format, with_record: bool) -> ExitCode {
    let mut inspections = Vec::new();
    for name in files {
        match input::inspection(name) {
            Ok(inspection) => inspections.push(inspection),
            Err(message) => {
                eprintln!("ofsted-compare: {message}");
                return ExitCode::from(2);
            }
        }
    }
    let output = if let ([inspection], true) = (inspections.as_slice(), with_record) {
        record::beside_record(inspection, format)
    } else if let [inspection] = inspections.as_slice() {
        match format {
            Format::Json => to_json(inspection),
            Format::Text | Format::Markdown | Format::Csv => render::inspection_text(inspection),
        }
    } else {
        let comparison = ofsted_compare::compare(&inspections);
        match format {
            Format::Json => to_json(&comparison),
            Format::Markdown => render::comparison_markdown(&comparison),
            Format::Csv => render::comparison_csv(&comparison),
            Format::Text => render::comparison_text(&comparison),
        }
    };
    print!("{output}");
    if !output.ends_with('\n') {
        println!();
    }
    ExitCode::SUCCESS
}

/// Every grade word of one file, whether it was taken, and why.
fn explain_file(name: &str, format: Format) -> ExitCode {
    let text = match input::text(name) {
        Ok((text, _)) => text,
        Err(message) => {
            eprintln!("ofsted-compare: {message}");
            return ExitCode::from(2);
        }
    };
    let words = ofsted_compare::explain(&text);
    let output = match format {
        Format::Json => to_json(&words),
        Format::Text | Format::Markdown | Format::Csv => render::explanation_text(&words),
    };
    print!("{output}");
    if !output.ends_with('\n') {
        println!();
    }
    ExitCode::SUCCESS
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("ofsted-compare: {message} (usage: {USAGE}).");
    ExitCode::from(2)
}
