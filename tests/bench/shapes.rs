//! Measures reading each shape of input that once grew faster than the text, or might
//! (tests/common/shapes.rs), at 1 MB and 4 MB: `cargo bench --bench shapes`.
//!
//! For each shape, `extract` and `explain` (what `--explain` does), least time of 3 runs at
//! each size: MB/s and how many times longer 4 MB took than 1 MB (4 for linear work; the issue
//! that asked for this set the bound at 6, and 5 s at 4 MB). Prints figures; asserts nothing.

use std::time::Instant;

use ofsted_compare::{explain, extract};

#[path = "../common/fixtures.rs"]
mod fixtures;
#[path = "../common/shapes.rs"]
mod shapes;

/// Least seconds of `runs` calls of `read`.
fn least(runs: usize, read: &dyn Fn()) -> f64 {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            read();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let reports = fixtures::fixtures_in("extract");
    let Some((_, report)) = reports.iter().find(|(n, _)| n.starts_with("sif_2014")).or(reports.first()) else {
        eprintln!("no fixtures under tests/fixtures/extract");
        return;
    };
    println!("| shape | extract 1 MB | extract 4 MB | x | explain 1 MB | explain 4 MB | x |");
    println!("|---|---|---|---|---|---|---|");
    for (name, make) in shapes::shapes(report) {
        let texts = [make(1 << 20), make(4 << 20)];
        let mut cells = Vec::new();
        for read in [
            &(|t: &str| drop(std::hint::black_box(extract(t)))) as &dyn Fn(&str),
            &(|t: &str| drop(std::hint::black_box(explain(t)))),
        ] {
            let secs: Vec<f64> = texts.iter().map(|t| least(3, &|| read(t))).collect();
            for (t, s) in texts.iter().zip(&secs) {
                cells.push(format!("{:.0} MB/s ({:.2} s)", t.len() as f64 / s / 1e6, s));
            }
            cells.push(format!("{:.1}", secs[1] / secs[0]));
        }
        println!("| {name} | {} |", cells.join(" | "));
    }
}
