#![cfg(not(target_arch = "wasm32"))]
//! The record beside what is read: a text compared with its council's inspections on record,
//! and the promise that the record is shown, never used to read (reading every fixture gives
//! the same result with the record emptied to its header, and no grade read is ever changed).

use std::fs;
use std::path::Path;

use ofsted_compare::record::Record;
use ofsted_compare::{
    compare_with_record, extract, Area, Comparison, Dates, FrameworkId, Grade, Inspection, Judgement,
};
use ofsted_compare::{Kind, Source, WarningCode};

const COUNCILS: &str = "la_code,la_code_new,local_authority_ons_name,region_name,stat_neighbours\n\
    873,E10000003,Cambridgeshire,East of England,\"919\"\n\
    919,E10000015,Hertfordshire,East of England,\"873\"\n";
const HEADER: &str = "la_code,framework,inspection_start,inspection_end,published,overall,leadership,help_protection,children_in_care,care_leavers,report_url\n";
const ROWS: &str = "873,sif,2014-06-03,2014-06-25,2014-08-01,good,good,requires_improvement,good,good,https://example.org/2014\n\
    873,ilacs2018,2019-01-14,2019-01-25,2019-03-08,requires_improvement,good,requires_improvement,requires_improvement,,https://example.org/2019\n\
    873,ilacs2023,2024-03-04,2024-03-15,2024-05-16,requires_improvement,requires_improvement,requires_improvement,requires_improvement,good,https://example.org/2024\n";

fn record() -> Record {
    Record::parse(COUNCILS, &format!("{HEADER}{ROWS}"))
}

fn empty_record() -> Record {
    Record::parse(COUNCILS, HEADER)
}

/// A text read about Cambridgeshire, by hand.
fn text(kind: Kind, framework: Option<FrameworkId>, start: Option<&str>, grades: &[(Area, Grade)]) -> Inspection {
    Inspection {
        authority: Some("Cambridgeshire County Council".to_string()),
        authority_code: Some("873".to_string()),
        authority_gss: Some("E10000003".to_string()),
        framework,
        framework_name: None,
        kind,
        graded: true,
        dates: Dates { start: start.map(str::to_string), end: None, published: None },
        judgements: grades
            .iter()
            .map(|&(area, grade)| Judgement {
                area,
                label: format!("{area:?}"),
                grade,
                level: grade.level(),
                date: None,
                evidence: Vec::new(),
                source: Source::Sentence,
            })
            .collect(),
        previous: Vec::new(),
        warnings: Vec::new(),
        report_url: None,
    }
}

fn history(c: &Comparison, area: Area) -> Vec<Option<Grade>> {
    c.rows.iter().find(|r| r.area == area).map(|r| r.history.clone()).unwrap_or_default()
}

#[test]
fn a_new_report_is_compared_with_the_latest_inspection_on_record() {
    let new = text(Kind::Report, Some(FrameworkId::Ilacs2026), Some("2026-09-07"), &[(Area::Leadership, Grade::Good)]);
    let c = compare_with_record(&new, record().history("873"));
    assert_eq!(c.inspections.len(), 2);
    let on_record = &c.inspections[0];
    assert_eq!(on_record.kind, Kind::Record);
    assert_eq!(on_record.report_url.as_deref(), Some("https://example.org/2024"));
    assert_eq!(c.inspections[1], new);
    assert_eq!(c.headline.split(':').next(), Some("Cambridgeshire"));
    assert!(
        c.headline.contains("leadership improved by one grade, from requires improvement to good"),
        "{}",
        c.headline
    );
    assert_eq!(history(&c, Area::Leadership), [Some(Grade::RequiresImprovement), Some(Grade::Good)]);
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn a_text_of_an_inspection_on_record_is_read_as_one_with_it_and_its_disagreement_flagged() {
    // A news story of the 2019 inspection that gives overall good where the record has
    // requires improvement: the story's grade is followed, a warning says so.
    let story = text(Kind::News, Some(FrameworkId::Ilacs2018), Some("2019-03"), &[(Area::Overall, Grade::Good)]);
    let c = compare_with_record(&story, record().history("873"));
    assert_eq!(c.inspections.len(), 3, "the inspection before, the one on record, the story");
    let overall = c.rows.iter().find(|r| r.area == Area::Overall).expect("overall");
    assert_eq!((overall.from, overall.to), (Some(Grade::Good), Some(Grade::Good)), "the story's grade is followed");
    let disagreement = c.warnings.iter().find(|w| w.code == WarningCode::Disagreement).expect("a disagreement");
    assert!(
        disagreement.message.contains("good in the news article and requires improvement in the record"),
        "{}",
        disagreement.message
    );
    // Areas the story does not give come from the record of the same inspection.
    let help = c.rows.iter().find(|r| r.area == Area::HelpProtection).expect("help and protection");
    assert_eq!(help.to, Some(Grade::RequiresImprovement));
    // A story read as another framework, published a month after the inspection on record, is
    // still about it.
    let story =
        text(Kind::News, Some(FrameworkId::Sif), Some("2024-06"), &[(Area::Overall, Grade::RequiresImprovement)]);
    let c = compare_with_record(&story, record().history("873"));
    assert_eq!(c.inspections.len(), 3);
    assert!(c.warnings.iter().any(|w| w.code == WarningCode::SameInspection), "{:?}", c.warnings);
}

#[test]
fn nothing_on_record_to_set_beside_says_so() {
    let new = text(Kind::Report, Some(FrameworkId::Ilacs2023), Some("2025-01-06"), &[(Area::Overall, Grade::Good)]);
    let why = |c: &Comparison| {
        assert_eq!(c.inspections.len(), 1);
        c.warnings.iter().find(|w| w.code == WarningCode::NotOnRecord).map(|w| w.message.clone()).unwrap_or_default()
    };
    let said = "No inspection of Cambridgeshire on record is known to be earlier than the text or the same.";
    assert_eq!(why(&compare_with_record(&new, empty_record().history("873"))), said);
    let mut unknown = new.clone();
    unknown.authority_code = None;
    assert_eq!(why(&compare_with_record(&unknown, record().history("873"))), said, "no code, no record");
    let undated = text(Kind::Report, None, None, &[(Area::Overall, Grade::Good)]);
    assert_eq!(why(&compare_with_record(&undated, record().history("873"))), said);
    let herts = Inspection { authority_code: Some("919".to_string()), ..new };
    assert_eq!(
        why(&compare_with_record(&herts, record().history("873"))),
        said,
        "another council's record is not used"
    );
}

/// Every fixture the project reads, with its text.
fn fixtures() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for folder in ["tests/fixtures/extract", "tests/fixtures/prose"] {
        let mut names: Vec<_> = fs::read_dir(folder).expect("fixtures").flatten().map(|e| e.path()).collect();
        names.sort();
        for path in names.into_iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
            let text = fs::read_to_string(&path).expect("fixture");
            out.push((path.display().to_string(), text));
        }
    }
    assert!(out.len() > 40, "{} fixtures", out.len());
    out
}

#[test]
fn the_record_is_shown_never_used_to_read() {
    let full = Record::builtin();
    assert!(full.len() > 400);
    let councils = fs::read_to_string(Path::new("data/councils.csv")).expect("councils.csv");
    let inspections = fs::read_to_string(Path::new("data/inspections.csv")).expect("inspections.csv");
    let header = inspections.lines().next().expect("header");
    let emptied = Record::parse(&councils, header);
    assert!(emptied.is_empty() && emptied.problems().is_empty());
    let mut beside = 0;
    for (name, text) in fixtures() {
        let read = extract(&text);
        assert_eq!(read, extract(&text), "{name}: reading is not repeatable");
        for record in [&full, &emptied] {
            let on_record = read.authority_code.as_deref().map_or(&[][..], |code| record.history(code));
            let c = compare_with_record(&read, on_record);
            // The text's inspection is exactly what was read.
            let own: Vec<&Inspection> = c.inspections.iter().filter(|i| i.kind != Kind::Record).collect();
            assert_eq!(own, [&read], "{name}");
            // Its column gives exactly its own grades.
            let column = c.inspections.iter().position(|i| i.kind != Kind::Record).expect("the text's column");
            let offset = c.rows.first().map_or(0, |r| r.history.len() - c.inspections.len());
            for row in &c.rows {
                let grade = row.history.get(offset + column).copied().flatten();
                assert_eq!(grade, read.judgement(row.area).map(|j| j.grade), "{name}: {:?}", row.area);
            }
        }
        let on_record = read.authority_code.as_deref().map_or(&[][..], |code| full.history(code));
        beside += usize::from(compare_with_record(&read, on_record).inspections.len() > 1);
    }
    assert!(beside > 0, "some fixture is about a council on record");
}
