//! Throughput of `ofsted-compare --table` (the release binary) on real reports:
//! `cargo bench --bench table`.
//!
//! Over the 149 published report PDFs of the corpus beside the checkout
//! (`../shared/corpus/pdfs`; without it the bench says so and stops), median of five runs each:
//!
//! - `--table` over the PDFs: PDFs per second, on every core;
//! - `--table` over the same reports as text (`../shared/corpus/reports`, same names);
//! - where poppler's `pdftotext` is installed, taking the text out of the same PDFs and nothing
//!   more, one process per file, as many at once as `--table` has threads.
//!
//! Prints figures; asserts nothing about time.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_ofsted-compare");
const RUNS: usize = 5;

fn corpus(folder: &str, extension: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus").join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == extension))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The median of `RUNS` timings of `work`.
fn median(mut work: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

/// One `--table` run over `files`, checking that every file gave a row.
fn table(files: &[PathBuf]) {
    let out =
        Command::new(BIN).arg("--table").args(files).stderr(Stdio::inherit()).output().expect("run ofsted-compare");
    assert_eq!(out.status.code(), Some(0), "--table failed");
    let rows = out.stdout.split(|&b| b == b'\n').filter(|l| !l.is_empty()).count() - 1;
    assert_eq!(rows, files.len(), "one row per file");
}

/// `pdftotext` over `files`, `workers` processes at once.
fn pdftotext(files: &[PathBuf], workers: usize) {
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some(file) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let status = Command::new("pdftotext").arg("-q").arg(file).arg("-").stdout(Stdio::null()).status();
                    assert!(status.is_ok_and(|s| s.success()), "pdftotext failed on {}", file.display());
                }
            });
        }
    });
}

fn report(what: &str, count: usize, time: Duration) {
    let seconds = time.as_secs_f64();
    println!(
        "{what:<58} {count} files in {seconds:6.2} s: {:6.1} files/s, {:5.1} ms each",
        count as f64 / seconds,
        seconds * 1000.0 / count as f64
    );
}

fn main() {
    let pdfs = corpus("pdfs", "pdf");
    if pdfs.is_empty() {
        println!("table bench: no PDFs in ../shared/corpus/pdfs beside the checkout; nothing measured.");
        return;
    }
    let texts: Vec<PathBuf> =
        corpus("reports", "txt").into_iter().filter(|t| pdfs.iter().any(|p| p.file_stem() == t.file_stem())).collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "table bench: {} PDFs ({} MB), {} as text; {threads} cores; median of {RUNS} runs",
        pdfs.len(),
        size_mb(&pdfs),
        texts.len()
    );
    report("ofsted-compare --table, PDFs", pdfs.len(), median(|| table(&pdfs)));
    if !texts.is_empty() {
        report("ofsted-compare --table, the same reports as text", texts.len(), median(|| table(&texts)));
    }
    if Command::new("pdftotext").arg("-v").output().is_ok() {
        let what = format!("pdftotext, text out only, {threads} processes at once");
        report(&what, pdfs.len(), median(|| pdftotext(&pdfs, threads)));
    } else {
        println!("pdftotext (poppler-utils) is not installed; no comparison with it.");
    }
}

fn size_mb(files: &[PathBuf]) -> String {
    let bytes: u64 = files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum();
    format!("{:.1}", bytes as f64 / 1e6)
}
