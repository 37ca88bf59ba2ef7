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
//! Each line gives the wall time, files per second, and the processor time the processes used per
//! file (from `/proc/self/stat`, so on Linux only), which a busy machine changes far less than
//! the wall time. Prints figures; asserts nothing about time.

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

/// The median of `RUNS` runs of `work`: wall time, and processor time of the processes it ran.
fn median(mut work: impl FnMut()) -> (Duration, Duration) {
    let mut wall = Vec::new();
    let mut cpu = Vec::new();
    for _ in 0..RUNS {
        let (start, cpu_start) = (Instant::now(), children_cpu());
        work();
        wall.push(start.elapsed());
        cpu.push(children_cpu().saturating_sub(cpu_start));
    }
    wall.sort();
    cpu.sort();
    (wall[RUNS / 2], cpu[RUNS / 2])
}

/// Processor time (user and system) used so far by this process's finished children: fields 16
/// and 17 of `/proc/self/stat`, in clock ticks of 1/100 s; zero where there is no such file.
fn children_cpu() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The command name (field 2) may hold spaces; the fields after it follow its closing ')'.
    let fields: Vec<&str> = stat.rsplit_once(')').map_or("", |(_, rest)| rest).split_whitespace().collect();
    let ticks: u64 = [13, 14].iter().filter_map(|&k| fields.get(k)?.parse::<u64>().ok()).sum();
    Duration::from_millis(ticks * 10)
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

fn report(what: &str, count: usize, (wall, cpu): (Duration, Duration)) {
    let seconds = wall.as_secs_f64();
    let cpu_each = cpu.as_secs_f64() * 1000.0 / count as f64;
    let rate = count as f64 / seconds;
    println!("{what:<56} {count} files in {seconds:6.2} s: {rate:6.1} files/s; {cpu_each:5.1} ms CPU each");
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
