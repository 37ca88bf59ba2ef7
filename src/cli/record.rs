//! The record on the command line: `--record FILE` (a text beside its council's inspections on
//! record), `--council NAME|CODE` (a council's history and where it stands) and `--record-data`
//! (every council's history as the page's data).

use std::process::ExitCode;

use ofsted_compare::record::{CouncilFacts, Record};
use ofsted_compare::{render, Inspection};

use super::{to_json, Format};

/// The inspection compared with its council's record, with the record's date.
pub(super) fn beside_record(inspection: &Inspection, format: Format) -> String {
    let record = Record::builtin();
    let on_record = inspection.authority_code.as_deref().map_or(&[][..], |code| record.history(code));
    let comparison = ofsted_compare::compare_with_record(inspection, on_record);
    let published_to = record.published_to();
    match format {
        Format::Json => {
            let mut value = serde_json::to_value(&comparison).unwrap_or_default();
            if let Some(object) = value.as_object_mut() {
                object.insert("published_to".to_string(), published_to.into());
            }
            to_json(&value)
        }
        Format::Markdown => {
            format!("{}\n{}\n", render::comparison_markdown(&comparison), render::record_date(published_to))
        }
        Format::Csv => render::comparison_csv(&comparison),
        Format::Text => format!("{}\n{}\n", render::comparison_text(&comparison), render::record_date(published_to)),
    }
}

/// Prints a council's history on record and where it stands; exit 2 when `name` names no
/// council, or several.
pub(super) fn council_history(name: &str, format: Format) -> ExitCode {
    let record = Record::builtin();
    for problem in record.problems() {
        eprintln!("ofsted-compare: data/inspections.csv: {problem}");
    }
    let council = match find_council(&record, name) {
        Ok(council) => council,
        Err(message) => {
            eprintln!("ofsted-compare: {message}");
            return ExitCode::from(2);
        }
    };
    let history = History::of(&record, council);
    let comparison = ofsted_compare::compare(history.inspections);
    let (context, published_to) = (history.context.as_ref(), history.published_to);
    let output = match format {
        Format::Json => to_json(&history),
        Format::Markdown => render::council_markdown(council, &comparison, context, published_to),
        Format::Csv => render::comparison_csv(&comparison),
        Format::Text => render::council_text(council, &comparison, context, published_to),
    };
    print!("{output}");
    ExitCode::SUCCESS
}

/// `--council --json`: the council, the record's date, its inspections on record (earlier to
/// later) and where it stands.
#[derive(serde::Serialize)]
struct History<'r> {
    council: &'r CouncilFacts,
    published_to: Option<&'r str>,
    inspections: &'r [Inspection],
    context: Option<ofsted_compare::context::Context>,
}

impl<'r> History<'r> {
    fn of(record: &'r Record, council: &'r CouncilFacts) -> History<'r> {
        History {
            council,
            published_to: record.published_to(),
            inspections: record.history(&council.code),
            context: ofsted_compare::context::context(record, &council.code),
        }
    }
}

/// `--record-data`: every council's history, keyed by DfE code, with the record's date, as one
/// line of JSON (the build writes it to www/pkg/record.json for the page).
pub(super) fn record_data(record: &Record) -> String {
    #[derive(serde::Serialize)]
    struct Data<'r> {
        published_to: Option<&'r str>,
        councils: std::collections::BTreeMap<&'r str, History<'r>>,
    }
    let councils = record.councils().iter().map(|c| (c.code.as_str(), History::of(record, c))).collect();
    serde_json::to_string(&Data { published_to: record.published_to(), councils }).unwrap_or_default()
}

/// The council `name` stands for: a code or a name it goes by, else the only council whose name
/// starts with it or has a word that does.
fn find_council<'r>(record: &'r Record, name: &str) -> Result<&'r CouncilFacts, String> {
    if let Some(council) = record.find(name) {
        return Ok(council);
    }
    let found = ofsted_compare::councils::search(name, 8);
    let in_record: Vec<&CouncilFacts> = found.iter().filter_map(|c| record.council(c.code?)).collect();
    match in_record.as_slice() {
        [one] => Ok(one),
        [] => Err(format!("no council on record is called {name:?}.")),
        many => {
            let names: Vec<&str> = many.iter().map(|c| c.short.as_str()).collect();
            Err(format!("{name:?} could be any of {}; give one of them.", names.join(", ")))
        }
    }
}
