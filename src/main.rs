//! The command-line interface: `ofsted-compare [--json | --markdown | --csv] FILE...`.

use std::io::Read;
use std::process::ExitCode;

use ofsted_compare::{decode, extract, render};

const USAGE: &str = "ofsted-compare [--json | --markdown | --csv] FILE..., where FILE may be - for standard input";

/// How to print results.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Markdown,
    Csv,
}

fn main() -> ExitCode {
    let mut format = Format::Text;
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => format = Format::Json,
            "--markdown" | "--md" => format = Format::Markdown,
            "--csv" => format = Format::Csv,
            "-h" | "--help" => {
                println!("usage: {USAGE}");
                println!();
                println!("One FILE: prints what was read from it. Two or more: compares them, earlier to later.");
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
    if files.is_empty() {
        return usage_error("no file given");
    }
    let mut inspections = Vec::new();
    for name in &files {
        let bytes = match read_input(name) {
            Ok(b) => b,
            Err(message) => {
                eprintln!("ofsted-compare: {message}");
                return ExitCode::from(2);
            }
        };
        let (text, warning) = decode(&bytes);
        let mut inspection = extract(&text);
        if let Some(w) = warning {
            inspection.warnings.insert(0, w);
        }
        inspections.push(inspection);
    }
    let output = if inspections.len() == 1 {
        let inspection = &inspections[0];
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

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("ofsted-compare: {message} (usage: {USAGE}).");
    ExitCode::from(2)
}

fn read_input(name: &str) -> Result<Vec<u8>, String> {
    if name == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("could not read standard input: {e}."))?;
        return Ok(bytes);
    }
    std::fs::read(name).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("{name}: no such file."),
        std::io::ErrorKind::PermissionDenied => format!("{name}: permission denied."),
        _ if std::path::Path::new(name).is_dir() => format!("{name} is a folder, not a file."),
        _ => format!("{name}: could not be read ({e})."),
    })
}
