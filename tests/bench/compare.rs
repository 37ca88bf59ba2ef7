//! Times `compare` on 500 synthetic inspections: `cargo bench --bench compare`.
//! Prints the median and the slowest time in milliseconds; asserts nothing about time.

use std::time::Instant;

use ofsted_compare::{compare, Area, Dates, FrameworkId, Grade, Inspection, Judgement, Kind, Source};

const FRAMEWORKS: [FrameworkId; 8] = [
    FrameworkId::Slac,
    FrameworkId::Cp2012,
    FrameworkId::Lac2013,
    FrameworkId::Sif,
    FrameworkId::Ilacs2018,
    FrameworkId::Ilacs2023,
    FrameworkId::Ilacs2026,
    FrameworkId::FocusedVisit,
];
const GRADES: [Grade; 5] =
    [Grade::Outstanding, Grade::Good, Grade::Adequate, Grade::RequiresImprovement, Grade::Inadequate];
const COUNCILS: [&str; 5] = [
    "Cambridgeshire County Council",
    "Norfolk",
    "London Borough of Barnet",
    "Royal Borough of Kensington & Chelsea",
    "Cumberland Council",
];
const KINDS: [Kind; 4] = [Kind::Report, Kind::News, Kind::PressRelease, Kind::Letter];

fn judgement(area: Area, grade: Grade, date: Option<String>) -> Judgement {
    Judgement {
        area,
        label: format!("{area:?}"),
        grade,
        level: grade.level(),
        date,
        evidence: Vec::new(),
        source: Source::Table,
    }
}

/// 500 inspections across a few councils, frameworks, kinds and date forms (full, month,
/// year, none), so every path of the comparison is taken.
fn inspections() -> Vec<Inspection> {
    (0..500usize)
        .map(|k| {
            let year = 2009 + k % 17;
            let date = match k % 7 {
                0 => None,
                1 => Some(format!("{year}")),
                2 => Some(format!("{year}-{:02}", 1 + k % 12)),
                _ => Some(format!("{year}-{:02}-{:02}", 1 + k % 12, 1 + k % 28)),
            };
            let judgements = Area::ALL
                .iter()
                .enumerate()
                .filter(|(a, _)| (k + a) % 3 != 0)
                .map(|(a, &area)| judgement(area, GRADES[(k + a) % 5], None))
                .collect();
            let previous = vec![judgement(Area::Overall, GRADES[k % 4], Some(format!("{}", year - 3)))];
            Inspection {
                authority: Some(COUNCILS[k % COUNCILS.len()].to_string()),
                authority_code: None,
                authority_gss: None,
                framework: Some(FRAMEWORKS[k % FRAMEWORKS.len()]),
                framework_name: None,
                kind: KINDS[(k / 3) % KINDS.len()],
                graded: true,
                dates: Dates { start: date, end: None, published: None },
                judgements,
                previous,
                warnings: Vec::new(),
                report_url: None,
            }
        })
        .collect()
}

fn main() {
    let list = inspections();
    let iterations = 200;
    let mut times: Vec<f64> = Vec::with_capacity(iterations);
    let mut rows = 0;
    for _ in 0..iterations {
        let start = Instant::now();
        let c = compare(&list);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        rows += c.rows.len();
    }
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or(0.0);
    let max = times.last().copied().unwrap_or(0.0);
    println!(
        "compare, {} inspections, {iterations} runs ({} rows each): median {median:.3} ms, max {max:.3} ms",
        list.len(),
        rows / iterations
    );
}
