#![cfg(not(target_arch = "wasm32"))]
//! Robustness: `extract` and `compare` survive any input and never make up a grade.
//!
//! - Property tests: any string, strings built from a grammar of report-ish fragments, and the
//!   project's fixtures with fragments spliced in: no panic, evidence on character boundaries
//!   quoting the input exactly, no grade without evidence; `compare` gives the same rows
//!   whatever order dated inspections are given in, and negated steps when their dates swap.
//! - A catalogue of bad inputs, each with its expected plain outcome (a warning, never a crash
//!   and never a made-up grade).
//! - Regression fixtures (`tests/fixtures/regressions/`): inputs that once crashed, hung or took
//!   superlinear time, each with a `.md` beside it saying what broke.
//! - Scaling: no input shape makes `extract` superlinear. Work is measured as the thread's CPU
//!   time (least of several runs, the two sizes read in turn) at a size and at four times that
//!   size; linear work gives a ratio near 4, quadratic near 16, and the test fails at 8. (No deterministic counter
//!   would be honest here: the loops that were quadratic were plain `Vec` and `str` scans that
//!   no library counter sees.)
//!
//! Report-like inputs are built from `tests/fixtures/extract/` and `tests/fixtures/prose/`,
//! read at test time. The 20 MB cases run only in release (`cargo test --release --test
//! robustness`); debug builds run a 2 MB version of them.

use std::fs;
use std::path::PathBuf;
use std::time::Instant;

use ofsted_compare::{
    compare, decode, explain, extract, Area, Comparison, Dates, FrameworkId, Grade, Inspection, Judgement, Kind,
    Source, WarningCode,
};
use proptest::prelude::*;

#[path = "common/fixtures.rs"]
mod fixtures;
#[path = "common/shapes.rs"]
mod shapes;
use fixtures::{fixture_dir, fixtures_in};
use shapes::repeat_to;

// -------------------------------------------------------------------------------------------
// Helpers

/// The report and letter fixtures.
fn reports() -> Vec<(String, String)> {
    fixtures_in("extract")
}

/// The news and press release fixtures.
fn articles() -> Vec<(String, String)> {
    fixtures_in("prose")
}

/// A fixture that is a graded council report with every judgement of its framework.
fn graded_report() -> (String, String) {
    let all = reports();
    all.iter()
        .find(|(n, _)| n.starts_with("sif_2014"))
        .or_else(|| all.iter().find(|(_, t)| extract(t).judgements.len() >= 4))
        .cloned()
        .expect("a graded report fixture")
}

/// The invariants every reading keeps, whatever the input: evidence lies on character
/// boundaries inside the input and quotes it exactly, and every grade has evidence.
fn check(input: &str, inspection: &Inspection) -> Result<(), String> {
    for j in inspection.judgements.iter().chain(&inspection.previous) {
        if j.evidence.is_empty() {
            return Err(format!("{:?} {:?} reported without evidence", j.area, j.grade));
        }
        if j.level != j.grade.level() {
            return Err(format!("{:?} has level {} for {:?}", j.area, j.level, j.grade));
        }
        for e in &j.evidence {
            if !(e.start <= e.end && e.end <= input.len()) {
                return Err(format!("evidence {}..{} outside the input of {} bytes", e.start, e.end, input.len()));
            }
            if !input.is_char_boundary(e.start) || !input.is_char_boundary(e.end) {
                return Err(format!("evidence {}..{} not on character boundaries", e.start, e.end));
            }
            if input[e.start..e.end] != e.quote {
                return Err(format!("evidence quote {:?} is not the input at {}..{}", e.quote, e.start, e.end));
            }
        }
    }
    if inspection.judgements.is_empty() && inspection.previous.is_empty() && inspection.warnings.is_empty() {
        return Err("nothing read and no warning saying why".to_string());
    }
    Ok(())
}

fn read_checked(input: &str) -> Inspection {
    let inspection = extract(input);
    if let Err(e) = check(input, &inspection) {
        panic!("{e}\ninput (first 300 bytes): {:?}", input.chars().take(300).collect::<String>());
    }
    inspection
}

fn codes(i: &Inspection) -> Vec<WarningCode> {
    i.warnings.iter().map(|w| w.code).collect()
}

fn grades(i: &Inspection) -> Vec<(Area, Grade)> {
    let mut g: Vec<(Area, Grade)> = i.judgements.iter().map(|j| (j.area, j.grade)).collect();
    g.sort();
    g
}

/// No grade of this inspection or an earlier one.
fn assert_no_grades(what: &str, i: &Inspection) {
    assert!(
        i.judgements.is_empty() && i.previous.is_empty(),
        "{what}: made-up grades {:?} / previous {:?}",
        grades(i),
        i.previous.iter().map(|j| (j.area, j.grade)).collect::<Vec<_>>()
    );
    assert!(!i.warnings.is_empty(), "{what}: no warning says why nothing was read");
}

// -------------------------------------------------------------------------------------------
// Property tests

/// Fragments of report-ish text: grades, area labels, dates, council names, cue words,
/// whitespace, quotes, markdown and HTML marks, mojibake, emoji, right-to-left text and
/// control characters.
const FRAGMENTS: &[&str] = &[
    "Good",
    "good",
    "Outstanding",
    "outstanding",
    "Inadequate",
    "inadequate",
    "Adequate",
    "adequate",
    "Requires improvement",
    "requires improvement to be good",
    "Requires improvement to be good",
    "Grade 3",
    "Grade 1 (Outstanding)",
    "not judged",
    "Not applicable",
    "Overall effectiveness",
    "overall effectiveness",
    "The impact of leaders on social work practice with children and families",
    "The experiences and progress of children who need help and protection",
    "The experiences and progress of children in care",
    "The experiences and progress of care leavers",
    "Children looked after and achieving permanence",
    "Adoption performance",
    "Experiences and progress of care leavers",
    "Leadership, management and governance",
    "Review of the Local Safeguarding Children Board",
    "Capacity for improvement",
    "Quality of provision",
    "Summary of judgements",
    "Judgement",
    "Grade",
    "Record of main findings",
    "Inspection of Kelby local authority children's services",
    "Cambridgeshire County Council",
    "the council",
    "Ofsted",
    "inspectors",
    "said",
    "Inspection dates: 12 to 23 March 2018",
    "Report published: 4 May 2018",
    "2014",
    "14 June 2019",
    "At the last inspection",
    "previously",
    "was judged",
    "were rated",
    "is",
    "was",
    "and",
    "not",
    "no longer",
    "\n",
    "\n\n",
    "\t",
    "  ",
    " ",
    "\r\n",
    "\r",
    "\"",
    "'",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "**",
    "__",
    "# ",
    "## ",
    "- ",
    "> ",
    "| ",
    " |",
    "|---|---|",
    "<td>",
    "</td>",
    "<tr>",
    "<b>",
    "</b>",
    "<p>",
    "&amp;",
    "&nbsp;",
    "&#8217;",
    "&#x2014;",
    "&#150;",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "<",
    "&",
    "[",
    "]",
    "](",
    "](http://x.example/a)",
    "\u{e2}\u{20ac}\u{2122}",
    "\u{e2}\u{20ac}\u{153}",
    "\u{c3}\u{a9}",
    "\u{e2}\u{20ac}",
    "\u{fffd}",
    "\u{1f600}",
    "\u{1f44d}\u{1f3fd}",
    "\u{1f3f4}\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f}",
    "\u{5e9}\u{5dc}\u{5d5}\u{5dd}",
    "\u{645}\u{631}\u{62d}\u{628}\u{627}",
    "\u{202e}",
    "\u{200f}",
    "\u{200b}",
    "\u{ad}",
    "\u{fb01}",
    "\u{a0}",
    "1",
    "3.",
    ".",
    "!",
    "?",
    ":",
    ";",
    "(",
    ")",
    "-",
    "\u{2013}",
    "\u{2014}",
    "\u{0}",
    "\u{7}",
    "\u{1b}[0m",
    "\u{85}",
    "\u{2028}",
    "\u{c}",
    "e\u{301}",
    "\u{130}",
    "\u{df}",
    "\u{1e9e}",
    "%PDF-1.4",
    "Da",
    "Effeithiolrwydd cyffredinol",
];

fn fragment() -> impl Strategy<Value = &'static str> {
    prop::sample::select(FRAGMENTS)
}

/// Text built from the fragments, joined by nothing or by a space.
fn reportish() -> impl Strategy<Value = String> {
    prop::collection::vec((fragment(), prop::bool::ANY), 0..80).prop_map(|parts| {
        let mut s = String::new();
        for (p, space) in parts {
            s.push_str(p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

/// A fixture with fragments spliced in at character boundaries.
fn spliced_fixture() -> impl Strategy<Value = String> {
    let all: Vec<String> = reports().into_iter().chain(articles()).map(|(_, t)| t).collect();
    let count = all.len().max(1);
    (0..count, prop::collection::vec((0.0f64..1.0, fragment()), 0..12)).prop_map(move |(k, edits)| {
        let mut text = all.get(k).cloned().unwrap_or_default();
        for (at, frag) in edits {
            let mut pos = (text.len() as f64 * at) as usize;
            while !text.is_char_boundary(pos) {
                pos -= 1;
            }
            text.insert_str(pos, frag);
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_string_is_read_without_panic_and_evidence_quotes_it(s in any::<String>()) {
        let i = extract(&s);
        prop_assert!(check(&s, &i).is_ok(), "{:?}", check(&s, &i));
    }

    #[test]
    fn text_without_letters_gives_no_grade(s in "[^\\p{L}]{0,300}") {
        let i = extract(&s);
        prop_assert!(i.judgements.is_empty() && i.previous.is_empty(), "{:?}", grades(&i));
        prop_assert!(!i.warnings.is_empty());
    }

    #[test]
    fn reportish_text_is_read_without_panic_and_evidence_quotes_it(s in reportish()) {
        let i = extract(&s);
        prop_assert!(check(&s, &i).is_ok(), "{:?}", check(&s, &i));
    }

    #[test]
    fn fixtures_with_fragments_spliced_in_keep_the_invariants(s in spliced_fixture()) {
        let i = extract(&s);
        prop_assert!(check(&s, &i).is_ok(), "{:?}", check(&s, &i));
        // Rendering and comparing what was read never panics either.
        let _ = ofsted_compare::render::inspection_text(&i);
        let c = compare(&[i.clone(), i]);
        let _ = ofsted_compare::render::comparison_markdown(&c);
        let _ = ofsted_compare::render::comparison_csv(&c);
    }

    #[test]
    fn arbitrary_bytes_decode_and_read_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let (text, _) = decode(&bytes);
        let i = extract(&text);
        prop_assert!(check(&text, &i).is_ok(), "{:?}", check(&text, &i));
    }
}

// Comparisons of synthetic inspections: the order rule and the direction of steps.

const ILACS_AREAS: [Area; 5] =
    [Area::Overall, Area::HelpProtection, Area::ChildrenInCare, Area::CareLeavers, Area::Leadership];
const ILACS_GRADES: [Grade; 4] = [Grade::Outstanding, Grade::Good, Grade::RequiresImprovement, Grade::Inadequate];

fn judgement(area: Area, grade: Grade) -> Judgement {
    Judgement {
        area,
        label: format!("{area:?}"),
        grade,
        level: grade.level(),
        date: None,
        evidence: Vec::new(),
        source: Source::Table,
    }
}

fn inspection(date: &str, grades: &[Option<usize>]) -> Inspection {
    Inspection {
        authority: Some("Kelby Council".to_string()),
        authority_code: None,
        authority_gss: None,
        framework: Some(FrameworkId::Ilacs2023),
        framework_name: None,
        kind: Kind::Report,
        graded: true,
        dates: Dates { start: Some(date.to_string()), end: None, published: None },
        judgements: ILACS_AREAS
            .iter()
            .zip(grades)
            .filter_map(|(a, g)| g.map(|g| judgement(*a, ILACS_GRADES[g % 4])))
            .collect(),
        previous: Vec::new(),
        warnings: Vec::new(),
        report_url: None,
    }
}

fn grade_choices() -> impl Strategy<Value = Vec<Option<usize>>> {
    prop::collection::vec(prop::option::of(0usize..4), ILACS_AREAS.len())
}

/// Distinct full dates inside ILACS 2023's period.
const DATES: [&str; 6] = ["2023-02-06", "2023-09-11", "2024-01-15", "2024-06-03", "2025-03-10", "2025-11-17"];

fn rows_key(c: &Comparison) -> Vec<String> {
    c.rows
        .iter()
        .map(|r| format!("{:?} {:?} {:?} {:?} {:?} {:?}", r.area, r.from, r.to, r.steps, r.change, r.history))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn dated_inspections_compare_the_same_in_any_order(
        grades in prop::collection::vec(grade_choices(), 2..6),
        order in Just(()).prop_perturb(|_, mut rng| {
            let mut idx: Vec<usize> = (0..6).collect();
            for i in (1..idx.len()).rev() {
                let j = (rng.next_u32() as usize) % (i + 1);
                idx.swap(i, j);
            }
            idx
        }),
    ) {
        let list: Vec<Inspection> = grades.iter().enumerate().map(|(k, g)| inspection(DATES[k], g)).collect();
        let shuffled: Vec<Inspection> = order.iter().filter(|&&k| k < list.len()).map(|&k| list[k].clone()).collect();
        let a = compare(&list);
        let b = compare(&shuffled);
        prop_assert_eq!(rows_key(&a), rows_key(&b));
        prop_assert_eq!(&a.headline, &b.headline);
    }

    #[test]
    fn swapping_the_dates_of_two_inspections_negates_the_steps(ga in grade_choices(), gb in grade_choices()) {
        let forward = compare(&[inspection(DATES[1], &ga), inspection(DATES[4], &gb)]);
        let backward = compare(&[inspection(DATES[4], &ga), inspection(DATES[1], &gb)]);
        prop_assert_eq!(forward.rows.len(), backward.rows.len());
        for (f, b) in forward.rows.iter().zip(&backward.rows) {
            prop_assert_eq!(f.area, b.area);
            prop_assert_eq!(f.from, b.to);
            prop_assert_eq!(f.to, b.from);
            prop_assert_eq!(f.steps.map(|s| -s), b.steps, "{:?}", f.area);
            if let (Some(from), Some(to), Some(steps)) = (f.from, f.to, f.steps) {
                prop_assert_eq!(i16::from(steps), i16::from(to.level()) - i16::from(from.level()));
            }
        }
    }
}

#[test]
fn fixtures_compare_the_same_in_any_order_when_dated() {
    // The dated fixtures about councils, each once, in name order and reversed.
    let mut dated: Vec<Inspection> = reports()
        .iter()
        .chain(articles().iter())
        .map(|(_, t)| extract(t))
        .filter(|i| i.dates.start.as_deref().is_some_and(|d| d.len() == 10) && !i.judgements.is_empty())
        .collect();
    dated.sort_by(|a, b| a.dates.start.cmp(&b.dates.start));
    dated.dedup_by(|a, b| a.dates.start == b.dates.start);
    assert!(dated.len() >= 3, "too few dated fixtures: {}", dated.len());
    let forward = compare(&dated);
    let mut reversed = dated.clone();
    reversed.reverse();
    let backward = compare(&reversed);
    assert_eq!(rows_key(&forward), rows_key(&backward));
    // Rotations too.
    for k in 1..dated.len() {
        let mut rotated = dated.clone();
        rotated.rotate_left(k);
        assert_eq!(rows_key(&forward), rows_key(&compare(&rotated)), "rotation {k}");
    }
}

// -------------------------------------------------------------------------------------------
// The bad-input catalogue

#[test]
fn empty_input_says_it_is_empty() {
    let i = read_checked("");
    assert_no_grades("empty", &i);
    assert_eq!(codes(&i), [WarningCode::Empty]);
}

#[test]
fn whitespace_only_says_it_is_empty() {
    for s in [" ", "\n\n\n", "\t \r\n \u{a0}\u{2003}", "\u{feff}", &" \n".repeat(10_000)] {
        let i = read_checked(s);
        assert_no_grades("whitespace", &i);
        assert!(
            codes(&i).iter().any(|c| matches!(c, WarningCode::Empty | WarningCode::NotAnInspection)),
            "{s:?}: {:?}",
            codes(&i)
        );
    }
}

/// 20 MB of log lines in release builds (2 MB in debug ones): read, nothing made up.
#[test]
fn twenty_megabytes_of_log_text_gives_no_grade() {
    let size = if cfg!(debug_assertions) { 2 << 20 } else { 20 << 20 };
    let unit = "2024-03-05T10:15:02Z INFO worker-3 request GET /api/v1/items?page=2 served in 12 ms (status 200, 5120 bytes)\n";
    let text = repeat_to(unit, size);
    let start = Instant::now();
    let i = read_checked(&text);
    eprintln!("{} MB of log text read in {:.2} s", text.len() >> 20, start.elapsed().as_secs_f64());
    assert_no_grades("log", &i);
}

/// 20 MB of report text (release; 2 MB in debug): the fixtures repeated, every invariant kept.
#[test]
fn twenty_megabytes_of_reports_keeps_the_invariants() {
    let size = if cfg!(debug_assertions) { 2 << 20 } else { 20 << 20 };
    let all: String = reports().into_iter().chain(articles()).map(|(_, t)| t + "\n\n").collect();
    let text = repeat_to(&all, size);
    let i = read_checked(&text);
    assert!(i.warnings.len() < 1000);
}

#[test]
fn one_line_of_100_kb_keeps_the_invariants() {
    // Prose with no line breaks and no grade words.
    let prose = "The council has worked with partners across the county to plan services for families, and its leaders meet every month ";
    let i = read_checked(&repeat_to(prose, 100_000));
    assert_no_grades("one line of prose", &i);
    // A whole report flattened onto one line.
    let (_, report) = graded_report();
    let flat = report.split_whitespace().collect::<Vec<_>>().join(" ");
    read_checked(&repeat_to(&(flat + " "), 100_000));
}

#[test]
fn nul_and_control_bytes_are_binary_or_ignored() {
    // Only control bytes: not text.
    let junk: String = (0u8..32).cycle().take(4000).map(char::from).collect();
    let i = read_checked(&junk);
    assert_no_grades("control bytes", &i);
    // A report with a NUL between every character: binary, not a report.
    let (_, report) = graded_report();
    let spaced: String = report.chars().flat_map(|c| [c, '\0']).collect();
    let i = read_checked(&spaced);
    assert_no_grades("NUL-spaced report", &i);
    assert!(codes(&i).contains(&WarningCode::NotText), "{:?}", codes(&i));
    // A few stray control bytes in a report do not change what it says.
    let clean = extract(&report);
    let stray = report.replacen('\n', "\n\u{0}", 3).replacen(' ', " \u{7}", 3).replacen('.', ".\u{1b}", 2);
    let i = read_checked(&stray);
    assert_eq!(grades(&i), grades(&clean));
}

#[test]
fn invalid_utf8_is_decoded_as_windows_1252_with_a_warning() {
    let (_, report) = graded_report();
    let mut bytes = report.clone().into_bytes();
    bytes.extend_from_slice(b"\nThe council\x92s services \x96 \x93rated\x94 \xff\xfe\n");
    let (text, warning) = decode(&bytes);
    assert_eq!(warning.map(|w| w.code), Some(WarningCode::Decoding));
    assert!(text.contains("council\u{2019}s"));
    let i = read_checked(&text);
    assert_eq!(grades(&i), grades(&extract(&report)));
    // Bytes that are valid UTF-8 are taken as they are.
    let (text, warning) = decode(report.as_bytes());
    assert!(warning.is_none());
    assert_eq!(text, report);
}

#[test]
fn lone_utf16_surrogates_from_javascript_become_replacement_characters() {
    // The page hands Rust strings made from JS strings; lone surrogates arrive as U+FFFD.
    // (The wasm tests cover the JS side.)
    let units: Vec<u16> = "Overall effectiveness: Good".encode_utf16().chain([0xd800, 0xdc00 + 1, 0xdbff]).collect();
    let s = String::from_utf16_lossy(&units);
    read_checked(&s);
    let lone: String = String::from_utf16_lossy(&[0xd83d; 3000]);
    let i = read_checked(&lone);
    assert_no_grades("lone surrogates", &i);
    // A report whose lines end with a lone surrogate (a cut emoji) reads the same.
    let (_, report) = graded_report();
    let units: Vec<u16> = report.lines().flat_map(|l| l.encode_utf16().chain([0xd83d, u16::from(b'\n')])).collect();
    let cut = String::from_utf16_lossy(&units);
    let i = read_checked(&cut);
    assert_eq!(grades(&i), grades(&extract(&report)));
}

#[test]
fn right_to_left_and_emoji_text_gives_no_grade() {
    let hebrew = "\u{5d3}\u{5d5}\u{5d7} \u{5e2}\u{5dc} \u{5e9}\u{5d9}\u{5e8}\u{5d5}\u{5ea}\u{5d9} \u{5d9}\u{5dc}\u{5d3}\u{5d9}\u{5dd} ";
    let arabic = "\u{62a}\u{642}\u{631}\u{64a}\u{631} \u{639}\u{646} \u{62e}\u{62f}\u{645}\u{627}\u{62a} \u{627}\u{644}\u{623}\u{637}\u{641}\u{627}\u{644} ";
    let emoji =
        "\u{1f600}\u{1f44d}\u{1f3fd} \u{1f3f4}\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f} \u{2764}\u{fe0f} ";
    let text = format!("{}\u{202e}{}\u{202c}{}", hebrew.repeat(20), arabic.repeat(20), emoji.repeat(20));
    let i = read_checked(&text);
    assert_no_grades("right-to-left and emoji", &i);
}

/// Right-to-left marks and emoji around a real report's lines should change nothing.
#[test]
fn bidi_marks_and_emoji_around_report_lines_change_nothing() {
    let (_, report) = graded_report();
    let clean = grades(&extract(&report));
    let marked: String = report.lines().map(|l| format!("\u{200f}{l}\n")).collect();
    assert_eq!(grades(&read_checked(&marked)), clean, "right-to-left mark at each line start");
    let emoji: String = report.lines().map(|l| format!("{l} \u{1f44d}\n")).collect();
    assert_eq!(grades(&read_checked(&emoji)), clean, "emoji at each line end");
}

#[test]
fn welsh_text_gives_no_english_grade() {
    // Welsh: "Overall effectiveness: Good" is "Effeithiolrwydd cyffredinol: Da".
    let welsh = "Arolygiad o wasanaethau plant yr awdurdod lleol. Dyddiadau arolygu: 12 i 23 Mawrth 2018. \
        Effeithiolrwydd cyffredinol: Da. Profiadau a chynnydd plant sydd angen cymorth ac amddiffyniad: Da. \
        Effaith arweinwyr ar ymarfer gwaith cymdeithasol gyda phlant a theuluoedd: Rhagorol. \
        Mae'r awdurdod lleol wedi gwella'r gwasanaethau i blant yn sylweddol ers yr arolygiad diwethaf, \
        ac mae uwch arweinwyr yn deall cryfderau a gwendidau'r gwasanaeth yn dda iawn. Mae plant sy'n \
        derbyn gofal yn cael eu cefnogi gan weithwyr cymdeithasol sy'n eu hadnabod yn dda.\n";
    let i = read_checked(&welsh.repeat(3));
    assert_no_grades("Welsh", &i);
    assert!(
        codes(&i).iter().any(|c| matches!(c, WarningCode::NotAnInspection | WarningCode::NoJudgements)),
        "{:?}",
        codes(&i)
    );
}

#[test]
fn a_report_pasted_twice_reads_as_the_report() {
    for (name, report) in reports() {
        let once = extract(&report);
        let twice = read_checked(&format!("{report}\n\n{report}"));
        assert_eq!(grades(&twice), grades(&once), "{name}");
    }
}

/// Two different reports in one input should be flagged `several_inspections`.
#[test]
fn two_different_reports_in_one_input_warn_several_inspections() {
    let all = reports();
    let pick = |prefix: &str| all.iter().find(|(n, _)| n.starts_with(prefix)).map(|(_, t)| t.clone()).expect(prefix);
    let text = format!("{}\n\n{}", pick("sif_2014"), pick("ilacs2023"));
    let i = read_checked(&text);
    assert!(codes(&i).contains(&WarningCode::SeveralInspections), "{:?}", codes(&i));
}

/// A report cut off half way should say so (`truncated` or `missing_judgement`).
#[test]
fn a_report_cut_half_way_warns() {
    let mut checked = 0;
    for (name, report) in reports() {
        let whole = extract(&report);
        if whole.kind != Kind::Report || whole.judgements.len() < 4 {
            continue;
        }
        let mut cut = report.len() / 2;
        while !report.is_char_boundary(cut) {
            cut -= 1;
        }
        let half = read_checked(&report[..cut]);
        if grades(&half) == grades(&whole) {
            continue; // the summary was in the first half: nothing is lost
        }
        checked += 1;
        assert!(
            codes(&half).iter().any(|c| matches!(
                c,
                WarningCode::Truncated | WarningCode::MissingJudgement | WarningCode::NoJudgements
            )),
            "{name} cut half way: {:?} with grades {:?}",
            codes(&half),
            grades(&half)
        );
    }
    assert!(checked > 0, "no fixture lost a judgement when cut");
}

/// A page's HTML source around the report's text: head, styles, scripts and comments (with
/// grade words in them) are dropped, and the text reads as it does plain.
#[test]
fn html_source_of_a_page_reads_like_its_text() {
    let (_, report) = graded_report();
    let escaped = report.replace('&', "&amp;").replace('<', "&lt;");
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ofsted report</title>\n\
         <style>.good {{ color: green }} /* Inadequate */</style>\n\
         <script>var grades = ['Good', 'Inadequate']; if (a < b && c > d) {{ rated = 'Outstanding'; }}</script>\n\
         <!-- Overall effectiveness: Outstanding -->\n</head><body><main><pre>{escaped}</pre></main></body></html>\n"
    );
    let i = read_checked(&page);
    assert_eq!(grades(&i), grades(&extract(&report)));
}

/// Every line its own paragraph (`<p>` per line in a page's source, or a double-spaced copy)
/// should read as the plain text does.
#[test]
fn double_spaced_lines_read_like_single_spaced() {
    let (_, report) = graded_report();
    let clean = grades(&extract(&report));
    assert_eq!(grades(&read_checked(&report.replace('\n', "\n\n"))), clean, "double-spaced");
    let paragraphs: String =
        report.lines().map(|l| format!("<p>{}</p>\n", l.replace('&', "&amp;").replace('<', "&lt;"))).collect();
    assert_eq!(grades(&read_checked(&paragraphs)), clean, "<p> per line");
}

/// Some PDF viewers copy a whole report as one paragraph. Losing the lines may lose a
/// judgement, but must never change one or add one.
#[test]
fn a_report_flattened_to_one_paragraph_changes_no_grade() {
    let mut kept = 0;
    let mut total = 0;
    for (name, report) in reports() {
        let lined = grades(&extract(&report));
        let flat: String = report.split_whitespace().collect::<Vec<_>>().join(" ");
        let flattened = grades(&read_checked(&flat));
        for (area, grade) in &flattened {
            assert!(
                lined.contains(&(*area, *grade)),
                "{name}: flattened text gives {area:?} {grade:?}; with its lines, {:?}",
                lined.iter().find(|(a, _)| a == area)
            );
        }
        kept += flattened.len();
        total += lined.len();
    }
    // The flattened-table reader keeps most of them (label-grade pairs, and label columns
    // flattened before their grade columns).
    assert!(kept * 10 >= total * 7, "only {kept} of {total} judgements survive flattening");
}

#[test]
fn raw_pdf_bytes_are_not_text() {
    let mut bytes: Vec<u8> = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n4 0 obj\n<< /Length 5000 /Filter /FlateDecode >>\nstream\n".to_vec();
    let mut x: u32 = 12345;
    for _ in 0..5000 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        bytes.push((x >> 16) as u8);
    }
    bytes.extend_from_slice(
        b"\nendstream\nendobj\n(Overall effectiveness) Tj (Good) Tj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
    );
    let (text, _) = decode(&bytes);
    let i = read_checked(&text);
    assert_no_grades("PDF bytes", &i);
    assert!(codes(&i).contains(&WarningCode::NotText), "{:?}", codes(&i));
    // The same bytes pasted after a line of text are still binary.
    let pasted = [b"Here is the report:\n".as_slice(), &bytes[..]].concat();
    let (text, _) = decode(&pasted);
    let i = read_checked(&text);
    assert!(i.judgements.is_empty(), "{:?}", grades(&i));
}

#[test]
fn a_csv_is_read_without_panic() {
    let csv = "area,label,from,to,steps,change\noverall,Overall effectiveness,inadequate,good,2,improved\n\
               help_protection,\"Help, and protection\",requires_improvement,good,1,improved\n\
               leadership,Leadership,,good,,new\n";
    read_checked(&csv.repeat(50));
    // The project's own CSV export of a comparison.
    let all = reports();
    let list: Vec<Inspection> = all.iter().take(4).map(|(_, t)| extract(t)).collect();
    let out = ofsted_compare::render::comparison_csv(&compare(&list));
    read_checked(&out);
}

#[test]
fn an_unterminated_html_comment_or_script_swallows_nothing_it_should_not() {
    let (_, report) = graded_report();
    for opener in ["<!--", "<script>", "<style>", "<", "&", "](", "[", "**", "`"] {
        let text = format!("{opener}{report}");
        read_checked(&text);
        let text = format!("{report}{opener}");
        let i = read_checked(&text);
        assert_eq!(grades(&i), grades(&extract(&report)), "{opener} at the end");
    }
}

// -------------------------------------------------------------------------------------------
// Regression fixtures

/// Every input in `tests/fixtures/regressions/` is read and explained without panic, keeps the
/// invariants, and each has a `.md` beside it saying what broke.
#[test]
fn regression_fixtures_are_read_and_documented() {
    let dir = fixture_dir("regressions");
    let mut n = 0;
    for entry in fs::read_dir(&dir).expect("tests/fixtures/regressions") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|x| x == "md") || path.is_dir() {
            continue;
        }
        let note = path.with_extension("md");
        assert!(note.exists(), "{} has no {} saying what broke", path.display(), note.display());
        let bytes = fs::read(&path).expect("read");
        let (text, _) = decode(&bytes);
        read_checked(&text);
        std::hint::black_box(explain(&text));
        n += 1;
    }
    assert!(n > 0);
}

/// The regression fixtures that were slow stay linear when repeated.
#[test]
fn regression_fixtures_stay_linear() {
    let dir = fixture_dir("regressions");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/fixtures/regressions")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for path in paths {
        let bytes = fs::read(&path).expect("read");
        let unit = decode(&bytes).0.into_owned();
        assert_linear(&path.display().to_string(), &|n| repeat_to(&unit, n));
    }
}

// -------------------------------------------------------------------------------------------
// Scaling

/// CPU time of this thread in nanoseconds (wall time where the kernel does not say).
fn cpu_nanos() -> u128 {
    thread_local! { static ORIGIN: Instant = Instant::now(); }
    fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|n| n.parse::<u128>().ok()))
        .unwrap_or_else(|| ORIGIN.with(|o| o.elapsed().as_nanos()))
}

/// The least CPU time of `runs` readings of each of `texts`, in nanoseconds, the texts read in
/// turn (so that a slow spell on a shared machine falls on each of them alike).
fn costs(texts: &[&str], runs: usize) -> Vec<u128> {
    let mut least = vec![u128::MAX; texts.len()];
    for _ in 0..runs {
        for (k, text) in texts.iter().enumerate() {
            let t = cpu_nanos();
            let i = extract(text);
            let spent = cpu_nanos().saturating_sub(t);
            std::hint::black_box(i);
            least[k] = least[k].min(spent);
        }
    }
    least
}

/// Checks that reading `make(4 n)` costs less than 8 times reading `make(n)` (linear work is 4
/// times, quadratic 16), with `n` grown until the smaller input costs 100 ms or is half a
/// megabyte
/// (the kernel may count thread time in scheduler ticks of a few milliseconds, and a quadratic
/// term hides under the linear one in small inputs).
fn assert_linear(name: &str, make: &dyn Fn(usize) -> String) {
    const LIMIT: f64 = 8.0;
    let mut n = 4_000;
    let mut small = make(n);
    let mut base = costs(&[&small], 2)[0];
    while base < 100_000_000 && n < 500_000 {
        n *= 2;
        small = make(n);
        base = costs(&[&small], 2)[0];
    }
    if base < 25_000_000 {
        // Too fast at half a megabyte for the work to show over the cost of fresh memory
        // (which the kernel counts in the thread's time): nothing superlinear to see.
        return;
    }
    let large = make(n * 4);
    let mut ratio = f64::INFINITY;
    let mut spent = (0, 0);
    // Other work on a shared machine can slow one measurement down: a ratio over the limit is
    // measured again (superlinear work stays over it, a slowdown from outside does not).
    for _ in 0..3 {
        let c = costs(&[&small, &large], 3);
        if (c[1] as f64 / c[0] as f64) < ratio {
            ratio = c[1] as f64 / c[0] as f64;
            spent = (c[0], c[1]);
        }
        if ratio < LIMIT {
            break;
        }
    }
    eprintln!(
        "{name}: {} KB {:.1} ms, {} KB {:.1} ms, x{ratio:.1}",
        small.len() >> 10,
        spent.0 as f64 / 1e6,
        large.len() >> 10,
        spent.1 as f64 / 1e6
    );
    assert!(
        ratio < LIMIT,
        "{name}: reading 4 times more text ({} -> {} bytes) cost {ratio:.1} times more ({:.1} -> {:.1} ms): superlinear",
        small.len(),
        large.len(),
        spent.0 as f64 / 1e6,
        spent.1 as f64 / 1e6
    );
}

#[test]
fn no_input_shape_makes_extract_superlinear() {
    let (_, report) = graded_report();
    let shapes = shapes::shapes(&report);
    for (name, make) in &shapes {
        assert_linear(name, make.as_ref());
    }
}
