//! Loading the project's fixture folders, shared by the tests and the benchmarks (included with
//! `#[path]`, since benches and tests are separate crates).

use std::fs;
use std::path::{Path, PathBuf};

use ofsted_compare::decode;

/// The path of a folder under `tests/fixtures/`.
pub fn fixture_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Every `.txt` file of a fixture folder, sorted by name: (file name, text).
pub fn fixtures_in(name: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = fs::read_dir(fixture_dir(name))
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .filter_map(|p| {
                    let bytes = fs::read(&p).ok()?;
                    let text = decode(&bytes).0.into_owned();
                    Some((p.file_name()?.to_string_lossy().into_owned(), text))
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}
