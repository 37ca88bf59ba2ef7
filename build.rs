//! Turns `data/councils.csv` into the table the reader needs in every build, the page's wasm
//! included: each council's ONS code by its DfE LA code (`$OUT_DIR/council_codes.rs`, used by
//! `src/councils.rs`). Everything else in `data/` is read when it is used (see `src/record.rs`).

use std::fmt::Write;

#[path = "src/csv.rs"]
#[allow(dead_code)]
mod csv;

fn main() {
    let path = "data/councils.csv";
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let records = csv::records(&text);
    let Some((header, rows)) = records.split_first() else { panic!("{path} is empty") };
    let mut codes: Vec<(&str, &str)> =
        rows.iter().map(|r| (csv::field(header, r, "la_code"), csv::field(header, r, "la_code_new"))).collect();
    assert!(codes.iter().all(|(la, gss)| !la.is_empty() && !gss.is_empty()), "{path}: a council without codes");
    codes.sort();
    assert!(codes.iter().all(|(la, gss)| la.len() == 3 && gss.len() == 9), "{path}: a code of another length");
    // One string rather than a table of pairs: a third of the size in the page's wasm.
    let mut out = String::from(
        "/// Each council's DfE LA code (3 characters) followed by its ONS code (9), sorted by LA code\n\
         /// (from data/councils.csv).\n\
         pub(crate) const ONS_CODES: &str = \"",
    );
    for (la, gss) in &codes {
        let _ = write!(out, "{la}{gss}");
    }
    out.push_str("\";\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("council_codes.rs");
    std::fs::write(dest, out).expect("write council_codes.rs");
}
