//! Measures `extract` and `compare`: `cargo bench --bench extract`.
//!
//! - `extract` on report-sized texts (~100 KB, like a 30-page report) built from the project's
//!   fixtures (tests/fixtures/extract and tests/fixtures/prose, read at run time), each fixture
//!   report followed by the others in a shuffled order with varied numbers: MB/s, median of runs.
//! - `extract` on each news article and press release fixture as it is: per-article time.
//! - `compare` over 500 inspections read from the fixtures: median milliseconds.
//! - Peak memory (VmHWM from /proc/self/status) of reading a 20 MB paste.
//!
//! (Adversarial shapes at 1 MB and 4 MB: `cargo bench --bench shapes`.)
//!
//! Prints figures; asserts nothing about time. Targets: >= 200 MB/s for reports, < 10 ms for
//! 500 compares.

use std::fs;
use std::path::Path;
use std::time::Instant;

use ofsted_compare::{compare, extract, Inspection};

#[path = "../common/fixtures.rs"]
mod fixtures;
use fixtures::fixtures_in;

/// A small deterministic generator (xorshift), so runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Digits changed so that repeated passages differ.
fn vary(text: &str, rng: &mut Rng) -> String {
    let shift = (rng.next() % 9) as u8 + 1;
    text.chars()
        .map(|c| if c.is_ascii_digit() { char::from(b'0' + (c as u8 - b'0' + shift) % 10) } else { c })
        .collect()
}

/// About `size` bytes: `head` followed by the other texts, shuffled and varied.
fn report_like(head: &str, others: &[&str], size: usize, seed: u64) -> String {
    let mut rng = Rng(seed | 1);
    let mut out = head.to_string();
    while out.len() < size {
        let k = (rng.next() % others.len() as u64) as usize;
        out.push_str("\n\n");
        out.push_str(&vary(others[k], &mut rng));
    }
    out
}

/// A report as real ones are: a summary table at the top (a fixture) and then ~30 pages of
/// numbered paragraphs of prose, with running footers and page numbers, grade words used as
/// ordinary adjectives and area names in passing.
fn report_shaped(head: &str, size: usize, seed: u64) -> String {
    const OPENINGS: &[&str] = &[
        "Social workers",
        "Leaders",
        "Managers",
        "Children in care",
        "Care leavers",
        "Partners",
        "The local authority",
        "Independent reviewing officers",
        "Personal advisers",
        "Senior leaders",
    ];
    const MIDDLES: &[&str] = &[
        "know the children they work with well and",
        "have made good progress in reducing caseloads, and",
        "are supported by regular supervision that",
        "receive timely help from the front door, which",
        "understand the quality of practice through audits that",
        "work with partners to make sure that help",
        "visit children regularly and see them alone, and",
        "have improved the timeliness of assessments, which",
    ];
    const ENDINGS: &[&str] = &[
        "make a positive difference to children's lives.",
        "is not yet consistent across all teams.",
        "reflects outstanding commitment from frontline staff.",
        "needs to be more focused on risk.",
        "leads to good outcomes for most children.",
        "has strengthened help and protection.",
        "has been slow for some care leavers.",
        "is well understood by elected members.",
    ];
    let mut rng = Rng(seed | 1);
    let mut out = head.to_string();
    let mut paragraph = 1;
    let mut lines = 0;
    while out.len() < size {
        out.push_str(&format!("\n{paragraph}. "));
        paragraph += 1;
        for _ in 0..(3 + rng.next() % 4) {
            let pick = |list: &[&'static str], r: &mut Rng| list[(r.next() % list.len() as u64) as usize];
            let sentence =
                format!("{} {} {} ", pick(OPENINGS, &mut rng), pick(MIDDLES, &mut rng), pick(ENDINGS, &mut rng));
            out.push_str(&sentence);
            if rng.next() % 2 == 0 {
                out.push('\n');
                lines += 1;
            }
        }
        lines += 1;
        if lines > 45 {
            lines = 0;
            out.push_str(&format!("\nInspection of a local authority's children's services\n{}\n", paragraph / 8 + 1));
        }
    }
    out
}

/// The real reports beside the checkout, when there (`../shared/corpus/reports`).
fn corpus_reports() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/reports");
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| fs::read_to_string(p).ok())
        .collect()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Seconds of each of `runs` readings.
fn extract_times(text: &str, runs: usize) -> Vec<f64> {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(extract(std::hint::black_box(text)));
            t.elapsed().as_secs_f64()
        })
        .collect()
}

/// Median seconds of `runs` readings.
fn time_extract(text: &str, runs: usize) -> f64 {
    median(extract_times(text, runs))
}

fn vm_hwm_kb() -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let reports = fixtures_in("extract");
    let articles = fixtures_in("prose");
    if reports.is_empty() {
        eprintln!("no fixtures found in tests/fixtures/extract");
        return;
    }
    let all: Vec<&str> = reports.iter().chain(&articles).map(|(_, t)| t.as_str()).collect();

    // Reports shaped as real ones: a table, then pages of prose.
    let mut bytes = 0usize;
    let mut secs = 0.0;
    for (k, (_, head)) in reports.iter().enumerate() {
        let doc = report_shaped(head, 100_000, 0x51_7cc1_b727_220a ^ k as u64);
        secs += time_extract(&doc, 15);
        bytes += doc.len();
    }
    println!(
        "extract, {} report-shaped texts of ~100 KB (a table, then pages of prose): {:.1} MB/s (median of 15 runs each)",
        reports.len(),
        bytes as f64 / secs / 1e6
    );

    // The real reports beside the checkout, if any.
    let real = corpus_reports();
    if !real.is_empty() {
        let bytes: usize = real.iter().map(String::len).sum();
        let times: Vec<Vec<f64>> = real.iter().map(|t| extract_times(t, 7)).collect();
        let median_secs: f64 = times.iter().map(|t| median(t.clone())).sum();
        let best_secs: f64 = times.iter().map(|t| t.iter().copied().fold(f64::INFINITY, f64::min)).sum();
        println!(
            "extract, {} published reports from ../shared/corpus ({:.1} MB): {:.1} MB/s (median of 7 runs each), {:.1} MB/s (best of 7)",
            real.len(),
            bytes as f64 / 1e6,
            bytes as f64 / median_secs / 1e6,
            bytes as f64 / best_secs / 1e6
        );
    }

    // Fixtures run together to ~100 KB: far denser in tables and grades than real reports.
    let mut total_bytes = 0usize;
    let mut total_secs = 0.0;
    let mut per_doc = Vec::new();
    for (k, (name, head)) in reports.iter().enumerate() {
        let doc = report_like(head, &all, 100_000, 0x9e37_79b9_7f4a_7c15 ^ k as u64);
        let secs = time_extract(&doc, 15);
        total_bytes += doc.len();
        total_secs += secs;
        per_doc.push((doc.len() as f64 / secs / 1e6, name.clone()));
    }
    per_doc.sort_by(|a, b| a.0.total_cmp(&b.0));
    println!(
        "extract, {} texts of fixtures run together to ~100 KB (dense): {:.2} MB/s overall (median of 15 runs each); slowest {:.2} MB/s ({}), fastest {:.2} MB/s ({})",
        per_doc.len(),
        total_bytes as f64 / total_secs / 1e6,
        per_doc[0].0,
        per_doc[0].1,
        per_doc[per_doc.len() - 1].0,
        per_doc[per_doc.len() - 1].1
    );

    // News articles as they are.
    let mut times = Vec::new();
    let mut bytes = 0;
    for (_, text) in &articles {
        let secs = time_extract(text, 101);
        times.push(secs * 1e3);
        bytes += text.len();
    }
    if !times.is_empty() {
        let sum: f64 = times.iter().sum();
        println!(
            "extract, {} news/press fixtures ({} bytes on average): median {:.3} ms per article, {:.2} MB/s overall",
            times.len(),
            bytes / times.len(),
            median(times.clone()),
            bytes as f64 / (sum / 1e3) / 1e6
        );
    }
    // A long news article: the articles one after another to ~20 KB.
    let article_texts: Vec<&str> = articles.iter().map(|(_, t)| t.as_str()).collect();
    if !article_texts.is_empty() {
        let long = report_like(article_texts[0], &article_texts, 20_000, 7);
        let secs = time_extract(&long, 31);
        println!(
            "extract, news articles joined to {} KB: {:.3} ms, {:.2} MB/s",
            long.len() / 1000,
            secs * 1e3,
            long.len() as f64 / secs / 1e6
        );
    }

    // compare over 500 inspections read from the fixtures.
    let read: Vec<Inspection> = all.iter().map(|t| extract(t)).collect();
    let list: Vec<Inspection> = read.iter().cycle().take(500).cloned().collect();
    let times: Vec<f64> = (0..51)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(compare(std::hint::black_box(&list)));
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    let max = times.iter().copied().fold(0.0, f64::max);
    println!(
        "compare, 500 inspections read from the fixtures: median {:.3} ms, max {:.3} ms (51 runs)",
        median(times),
        max
    );

    // A 20 MB paste: time and peak memory.
    let big = report_like(&all.join("\n\n"), &all, 20 << 20, 99);
    let before = vm_hwm_kb();
    let t = Instant::now();
    let inspection = extract(&big);
    let secs = t.elapsed().as_secs_f64();
    let after = vm_hwm_kb();
    std::hint::black_box(&inspection);
    match (before, after) {
        (Some(b), Some(a)) => println!(
            "extract, a {:.1} MB paste: {:.2} s ({:.2} MB/s); peak memory (VmHWM) {} MB before, {} MB after: +{} MB, {:.1} bytes per input byte",
            big.len() as f64 / 1e6,
            secs,
            big.len() as f64 / secs / 1e6,
            b / 1024,
            a / 1024,
            a.saturating_sub(b) / 1024,
            (a.saturating_sub(b) * 1024) as f64 / big.len() as f64
        ),
        _ => println!("extract, a {:.1} MB paste: {:.2} s (VmHWM not available)", big.len() as f64 / 1e6, secs),
    }
}
