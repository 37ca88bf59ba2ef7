#![cfg(not(target_arch = "wasm32"))]
//! The comparison of inspections, tested on inspections built by hand (not read from text), so
//! that these tests do not depend on the extraction engine. Expectations are written as data,
//! each case with a one-line reason.

use ofsted_compare::render::{comparison_csv, comparison_markdown, comparison_text};
use ofsted_compare::{
    compare, Area, Change, Comparison, Dates, FrameworkId, Grade, Inspection, Judgement, Kind, Row, Source, WarningCode,
};
use proptest::prelude::*;

use Area::*;
use FrameworkId as F;
use Grade::*;

// ---------------------------------------------------------------------------------------------
// Building inspections.

fn judgement(area: Area, grade: Grade, date: Option<&str>) -> Judgement {
    Judgement {
        area,
        label: format!("{area:?}"),
        grade,
        level: grade.level(),
        date: date.map(str::to_string),
        evidence: Vec::new(),
        source: Source::Table,
    }
}

/// An inspection report of `framework` about Cambridgeshire, with no dates and no grades yet.
fn report(framework: FrameworkId) -> Inspection {
    let graded = !matches!(framework, F::FocusedVisit | F::MonitoringVisit | F::Jtai | F::Ucra);
    Inspection {
        authority: Some("Cambridgeshire County Council".to_string()),
        authority_code: Some("873".to_string()),
        authority_gss: Some("E10000003".to_string()),
        framework: Some(framework),
        framework_name: None,
        kind: Kind::Report,
        graded,
        dates: Dates::default(),
        judgements: Vec::new(),
        previous: Vec::new(),
        warnings: Vec::new(),
        report_url: None,
    }
}

trait Build {
    fn council(self, name: Option<&str>) -> Self;
    fn start(self, date: &str) -> Self;
    fn end(self, date: &str) -> Self;
    fn published(self, date: &str) -> Self;
    fn kind(self, kind: Kind) -> Self;
    fn grades(self, grades: &[(Area, Grade)]) -> Self;
    fn previous(self, grades: &[(Area, Grade, Option<&str>)]) -> Self;
    fn no_framework(self) -> Self;
}

impl Build for Inspection {
    fn council(mut self, name: Option<&str>) -> Self {
        self.authority = name.map(str::to_string);
        self
    }
    fn start(mut self, date: &str) -> Self {
        self.dates.start = Some(date.to_string());
        self
    }
    fn end(mut self, date: &str) -> Self {
        self.dates.end = Some(date.to_string());
        self
    }
    fn published(mut self, date: &str) -> Self {
        self.dates.published = Some(date.to_string());
        self
    }
    fn kind(mut self, kind: Kind) -> Self {
        self.kind = kind;
        self
    }
    fn grades(mut self, grades: &[(Area, Grade)]) -> Self {
        self.judgements = grades.iter().map(|&(a, g)| judgement(a, g, None)).collect();
        self
    }
    fn previous(mut self, grades: &[(Area, Grade, Option<&str>)]) -> Self {
        self.previous = grades.iter().map(|&(a, g, d)| judgement(a, g, d)).collect();
        self
    }
    fn no_framework(mut self) -> Self {
        self.framework = None;
        self
    }
}

// ---------------------------------------------------------------------------------------------
// Looking at results.

/// A row as (area, from, to, steps, change).
type Brief = (Area, Option<Grade>, Option<Grade>, Option<i8>, Change);

fn brief(r: &Row) -> Brief {
    (r.area, r.from, r.to, r.steps, r.change)
}

fn briefs(c: &Comparison) -> Vec<Brief> {
    c.rows.iter().map(brief).collect()
}

fn row(c: &Comparison, area: Area) -> &Row {
    c.rows.iter().find(|r| r.area == area).unwrap_or_else(|| panic!("no {area:?} row in {:#?}", c.rows))
}

fn has_note(c: &Comparison, area: Area, part: &str) -> bool {
    row(c, area).notes.iter().any(|n| n.contains(part))
}

fn codes(c: &Comparison) -> Vec<WarningCode> {
    c.warnings.iter().map(|w| w.code).collect()
}

fn warning(c: &Comparison, code: WarningCode) -> &str {
    c.warnings
        .iter()
        .find(|w| w.code == code)
        .map(|w| w.message.as_str())
        .unwrap_or_else(|| panic!("no {code:?} warning in {:#?}", c.warnings))
}

// ---------------------------------------------------------------------------------------------
// The Cambridgeshire story.

fn cambridgeshire_2012() -> Inspection {
    report(F::Cp2012).start("2012-09-10").end("2012-09-20").grades(&[
        (Overall, Inadequate),
        (HelpProtection, Inadequate),
        (QualityOfPractice, Inadequate),
        (Leadership, Adequate),
    ])
}

fn cambridgeshire_2014() -> Inspection {
    report(F::Sif)
        .kind(Kind::PressRelease)
        .grades(&[(Overall, Good), (Adoption, Good), (Leadership, Good), (HelpProtection, RequiresImprovement)])
        .previous(&[(Overall, Inadequate, Some("2012"))])
}

fn cambridgeshire_rows() -> Vec<Brief> {
    vec![
        (Overall, Some(Inadequate), Some(Good), Some(2), Change::Improved),
        (HelpProtection, Some(Inadequate), Some(RequiresImprovement), Some(1), Change::Improved),
        (Adoption, None, Some(Good), None, Change::New),
        (Leadership, Some(Adequate), Some(Good), Some(1), Change::Improved),
        (QualityOfPractice, Some(Inadequate), None, None, Change::Dropped),
    ]
}

#[test]
fn cambridgeshire_2012_to_2014() {
    let c = compare(&[cambridgeshire_2012(), cambridgeshire_2014()]);
    assert_eq!(briefs(&c), cambridgeshire_rows());
    assert_eq!(c.headline, "Cambridgeshire: overall effectiveness improved by two grades, from inadequate to good.");
    assert_eq!(c.warnings, Vec::new(), "the press release's own 2012 grade agrees");
    // Crosses the scale change of November 2013.
    assert!(has_note(
        &c,
        Overall,
        "Adequate (2012 scale) and requires improvement (2013 onwards) are the same step, but the bar was raised"
    ));
    assert!(has_note(&c, Leadership, "(2012 scale)"));
    // cp2012's overall covered help and protection only: the table's scope, and the change
    // against the closer match.
    assert!(has_note(&c, Overall, "covered help and protection only"));
    assert!(has_note(
        &c,
        Overall,
        "Set against the later help and protection judgement (requires improvement), the change is up one grade."
    ));
    // Judgements that one framework does not make.
    assert!(has_note(
        &c,
        QualityOfPractice,
        "There is no quality of practice judgement in the single inspection (2013-18)."
    ));
    assert!(has_note(&c, Adoption, "There is no adoption judgement in the child protection inspection (2012-13)."));
    // Every note is a sentence.
    for r in &c.rows {
        assert_eq!(r.label, ofsted_compare::frameworks::area_name(r.area));
        for n in &r.notes {
            assert!(n.ends_with('.') && n.starts_with(char::is_uppercase), "{n}");
        }
    }
}

#[test]
fn cambridgeshire_in_either_order() {
    // The press release is undated, but a single inspection always follows a 2012 one: the
    // framework periods in the table settle the order.
    let c = compare(&[cambridgeshire_2014(), cambridgeshire_2012()]);
    assert_eq!(briefs(&c), cambridgeshire_rows());
    assert_eq!(c.inspections[0].framework, Some(F::Cp2012));
    assert!(!codes(&c).contains(&WarningCode::UnknownOrder));
}

#[test]
fn one_press_release_against_its_own_previous_grades() {
    // One pasted press release already shows "from inadequate to good".
    let c = compare(&[cambridgeshire_2014()]);
    assert_eq!(
        briefs(&c),
        vec![
            (Overall, Some(Inadequate), Some(Good), Some(2), Change::Improved),
            (HelpProtection, None, Some(RequiresImprovement), None, Change::New),
            (Adoption, None, Some(Good), None, Change::New),
            (Leadership, None, Some(Good), None, Change::New),
        ]
    );
    assert_eq!(row(&c, Overall).history, vec![Some(Inadequate), Some(Good)]);
    assert_eq!(c.headline, "Cambridgeshire: overall effectiveness improved by two grades, from inadequate to good.");
    assert!(has_note(&c, Overall, "as the text quotes it"));
    // 2012 lies before the scale change, whatever the framework was.
    assert!(has_note(&c, Overall, "(2012 scale)"));
    assert_eq!(c.inspections.len(), 1);
}

#[test]
fn one_inspection_with_several_earlier_dates() {
    // Quoted grades make one column per date, in date order; `from` is the latest quoted.
    let i = report(F::Ilacs2023)
        .start("2024-03-04")
        .grades(&[(Overall, Good)])
        .previous(&[(Overall, RequiresImprovement, Some("2019")), (Overall, Inadequate, Some("2016"))]);
    let c = compare(&[i]);
    let r = row(&c, Overall);
    assert_eq!(r.history, vec![Some(Inadequate), Some(RequiresImprovement), Some(Good)]);
    assert_eq!(brief(r), (Overall, Some(RequiresImprovement), Some(Good), Some(1), Change::Improved));
    let md = comparison_markdown(&c);
    assert!(md.contains("| Area | Earlier (2016) | Earlier (2019) | ILACS inspection 2024-03-04 | Change |"), "{md}");
}

// ---------------------------------------------------------------------------------------------
// Rows and notes, case by case.

struct Case {
    reason: &'static str,
    inspections: Vec<Inspection>,
    rows: Vec<Brief>,
    /// (area, part of one of its notes)
    notes: Vec<(Area, &'static str)>,
    headline: &'static str,
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            reason: "like for like across SIF and ILACS: plain steps, no notes",
            inspections: vec![
                report(F::Sif).start("2016-05-09").grades(&[(Overall, Good), (HelpProtection, Good), (ChildrenInCare, Good), (Leadership, Good)]),
                report(F::Ilacs2018).start("2019-06-03").grades(&[(Overall, RequiresImprovement), (HelpProtection, Good), (ChildrenInCare, RequiresImprovement), (Leadership, RequiresImprovement)]),
            ],
            rows: vec![
                (Overall, Some(Good), Some(RequiresImprovement), Some(-1), Change::Declined),
                (HelpProtection, Some(Good), Some(Good), Some(0), Change::Same),
                (ChildrenInCare, Some(Good), Some(RequiresImprovement), Some(-1), Change::Declined),
                (Leadership, Some(Good), Some(RequiresImprovement), Some(-1), Change::Declined),
            ],
            notes: vec![(ChildrenInCare, "The single inspection judged children looked after together with their adoption and care leaver sub-judgements."), (ChildrenInCare, "From 2018 to 2022 children in care and care leavers were judged together.")],
            headline: "Cambridgeshire: overall effectiveness declined by one grade, from good to requires improvement.",
        },
        Case {
            reason: "ILACS 2018's combined children in care and care leavers against 2023's children in care: compared, with a scope note; care leavers new",
            inspections: vec![
                report(F::Ilacs2018).start("2019-01-14").grades(&[(Overall, RequiresImprovement), (ChildrenInCare, Good)]),
                report(F::Ilacs2023).start("2024-03-04").grades(&[(Overall, RequiresImprovement), (ChildrenInCare, Outstanding), (CareLeavers, Good)]),
            ],
            rows: vec![
                (Overall, Some(RequiresImprovement), Some(RequiresImprovement), Some(0), Change::Same),
                (ChildrenInCare, Some(Good), Some(Outstanding), Some(1), Change::Improved),
                (CareLeavers, None, Some(Good), None, Change::New),
            ],
            notes: vec![
                (ChildrenInCare, "From 2018 to 2022 children in care and care leavers were judged together."),
                (CareLeavers, "There is no care leavers judgement in the ILACS inspection (2018-22), which judged that within its children in care judgement (good)."),
            ],
            headline: "Cambridgeshire: overall effectiveness stayed requires improvement.",
        },
        Case {
            reason: "SLAC's two halves: each carries the table's scope; the safeguarding overall is set against help and protection too",
            inspections: vec![
                report(F::Slac).start("2011-02-07").grades(&[(Overall, Adequate), (ChildrenInCare, Good), (Capacity, Good)]),
                report(F::Sif).start("2015-01-12").grades(&[(Overall, Inadequate), (HelpProtection, Inadequate), (ChildrenInCare, RequiresImprovement)]),
            ],
            rows: vec![
                (Overall, Some(Adequate), Some(Inadequate), Some(-1), Change::Declined),
                (HelpProtection, None, Some(Inadequate), None, Change::New),
                (ChildrenInCare, Some(Good), Some(RequiresImprovement), Some(-1), Change::Declined),
                (Capacity, Some(Good), None, None, Change::Dropped),
            ],
            notes: vec![
                (Overall, "this is the safeguarding half's overall effectiveness"),
                (Overall, "Set against the later help and protection judgement (inadequate), the change is down one grade."),
                (Overall, "Adequate (2011 scale) and requires improvement (2013 onwards)"),
                (ChildrenInCare, "The looked after children half's overall effectiveness"),
                (Capacity, "There is no capacity to improve judgement in the single inspection (2013-18)."),
                (HelpProtection, "There is no help and protection judgement in the safeguarding and looked after children inspection"),
            ],
            headline: "Cambridgeshire: overall effectiveness declined by one grade, from adequate to inadequate.",
        },
        Case {
            reason: "adoption and the LSCB were SIF only: dropped, with notes from the table",
            inspections: vec![
                report(F::Sif).start("2017-02-06").grades(&[(Overall, Good), (Adoption, Outstanding), (Lscb, Good)]),
                report(F::Ilacs2018).start("2021-11-08").grades(&[(Overall, Good)]),
            ],
            rows: vec![
                (Overall, Some(Good), Some(Good), Some(0), Change::Same),
                (Adoption, Some(Outstanding), None, None, Change::Dropped),
                (Lscb, Some(Good), None, None, Change::Dropped),
            ],
            notes: vec![
                (Adoption, "There is no adoption judgement in the ILACS inspection (2018-22)."),
                (Lscb, "There is no Local Safeguarding Children Board judgement in the ILACS inspection (2018-22)."),
            ],
            headline: "Cambridgeshire: overall effectiveness stayed good.",
        },
        Case {
            reason: "a grade the later framework makes but the later text does not give is dropped, saying so",
            inspections: vec![
                report(F::Ilacs2018).start("2019-01-14").grades(&[(Overall, Good), (Leadership, Good)]),
                report(F::Ilacs2023).kind(Kind::News).start("2023-10-02").grades(&[(Overall, Outstanding)]),
            ],
            rows: vec![
                (Overall, Some(Good), Some(Outstanding), Some(1), Change::Improved),
                (Leadership, Some(Good), None, None, Change::Dropped),
            ],
            notes: vec![(Leadership, "The later text gives no leadership grade.")],
            headline: "Cambridgeshire: overall effectiveness improved by one grade, from good to outstanding.",
        },
        Case {
            reason: "ILACS from April 2026 has no overall effectiveness: the row is dropped, a derived summary is labelled, never put in `to`",
            inspections: vec![
                report(F::Ilacs2023).start("2023-05-08").grades(&[(Overall, RequiresImprovement), (HelpProtection, RequiresImprovement), (ChildrenInCare, Good), (CareLeavers, Good), (Leadership, RequiresImprovement)]),
                report(F::Ilacs2026).start("2026-06-01").grades(&[(HelpProtection, Good), (ChildrenInCare, Good), (CareLeavers, Outstanding), (Leadership, RequiresImprovement)]),
            ],
            rows: vec![
                (Overall, Some(RequiresImprovement), None, None, Change::Dropped),
                (HelpProtection, Some(RequiresImprovement), Some(Good), Some(1), Change::Improved),
                (ChildrenInCare, Some(Good), Some(Good), Some(0), Change::Same),
                (CareLeavers, Some(Good), Some(Outstanding), Some(1), Change::Improved),
                (Leadership, Some(RequiresImprovement), Some(RequiresImprovement), Some(0), Change::Same),
            ],
            notes: vec![(Overall, "There is no overall effectiveness judgement in the ILACS inspection (from April 2026); the lowest of its four judgements is requires improvement (derived here, not an Ofsted grade).")],
            headline: "Cambridgeshire: no overall grade to compare: the ILACS inspection (from April 2026) has none; the lowest of its four judgements is requires improvement (derived); help and protection improved by one grade, from requires improvement to good.",
        },
        Case {
            reason: "an overall grade read from a 2026 ILACS text is not one of its judgements: not comparable",
            inspections: vec![
                report(F::Ilacs2023).start("2024-01-08").grades(&[(Overall, Good)]),
                report(F::Ilacs2026).kind(Kind::News).start("2026-09").grades(&[(Overall, Outstanding), (Leadership, Good)]),
            ],
            rows: vec![
                (Overall, Some(Good), Some(Outstanding), None, Change::NotComparable),
                (Leadership, None, Some(Good), None, Change::New),
            ],
            notes: vec![(Overall, "There is no overall effectiveness judgement in the ILACS inspection (from April 2026)")],
            headline: "Cambridgeshire: no overall grade to compare: there is no overall effectiveness judgement in the ILACS inspection (from April 2026), so the grade read from the later text is not one of its judgements.",
        },
        Case {
            reason: "lac2013's overall covered children in care only: compared, noted, and set against children in care",
            inspections: vec![
                report(F::Lac2013).start("2013-03-04").grades(&[(Overall, Good), (Capacity, Good), (QualityOfPractice, Adequate)]),
                report(F::Sif).start("2016-01-11").grades(&[(Overall, RequiresImprovement), (ChildrenInCare, Good)]),
            ],
            rows: vec![
                (Overall, Some(Good), Some(RequiresImprovement), Some(-1), Change::Declined),
                (ChildrenInCare, None, Some(Good), None, Change::New),
                (QualityOfPractice, Some(Adequate), None, None, Change::Dropped),
                (Capacity, Some(Good), None, None, Change::Dropped),
            ],
            notes: vec![
                (Overall, "closest to the later children in care judgement"),
                (Overall, "Set against the later children in care judgement (good), the change is no change."),
            ],
            headline: "Cambridgeshire: overall effectiveness declined by one grade, from good to requires improvement.",
        },
        Case {
            reason: "the annual children's services assessment rated schools too: not set against another framework",
            inspections: vec![
                report(F::Csa).start("2010-12").grades(&[(Overall, Good)]),
                report(F::Slac).start("2011-06-06").grades(&[(Overall, Adequate)]),
            ],
            rows: vec![(Overall, Some(Good), Some(Adequate), None, Change::NotComparable)],
            notes: vec![(Overall, "schools and childcare included")],
            headline: "Cambridgeshire: no overall grade to compare: the children's services assessment rated all of a council's services for children, schools and childcare included, so the overall effectiveness judgement of the annual children's services assessment (2009-11) is not set against other inspections'.",
        },
        Case {
            reason: "a school inspection is not about a council: not comparable",
            inspections: vec![
                report(F::Ilacs2018).start("2019-01-14").grades(&[(Overall, Good)]),
                report(F::School).start("2022-02-01").grades(&[(Overall, Outstanding)]),
            ],
            rows: vec![(Overall, Some(Good), Some(Outstanding), None, Change::NotComparable)],
            notes: vec![(Overall, "not about a council's children's services")],
            headline: "Cambridgeshire: no overall grade to compare: the later text is a school inspection, which is not about a council's children's services, so its grade cannot be set against a council inspection's.",
        },
        Case {
            reason: "a focused visit gives no grade: rows are dropped and the headline says why",
            inspections: vec![
                report(F::Ilacs2018).start("2019-01-14").grades(&[(Overall, RequiresImprovement), (Leadership, Good)]),
                report(F::FocusedVisit).kind(Kind::Letter).start("2021-03-02"),
            ],
            rows: vec![
                (Overall, Some(RequiresImprovement), None, None, Change::Dropped),
                (Leadership, Some(Good), None, None, Change::Dropped),
            ],
            notes: vec![(Overall, "The later inspection is a focused visit, which is not graded.")],
            headline: "Cambridgeshire: no overall grade to compare: the later inspection is a focused visit, which is not graded.",
        },
        Case {
            reason: "no overall grade in either text, but other judgements changed: lead with the largest change",
            inspections: vec![
                report(F::Ilacs2018).kind(Kind::News).start("2019").grades(&[(HelpProtection, Inadequate), (Leadership, RequiresImprovement)]),
                report(F::Ilacs2023).kind(Kind::News).start("2023").grades(&[(HelpProtection, Good), (Leadership, Good)]),
            ],
            rows: vec![
                (HelpProtection, Some(Inadequate), Some(Good), Some(2), Change::Improved),
                (Leadership, Some(RequiresImprovement), Some(Good), Some(1), Change::Improved),
            ],
            notes: vec![],
            headline: "Cambridgeshire: help and protection improved by two grades, from inadequate to good.",
        },
        Case {
            reason: "the overall grade is missing from the later text only: lead with the change, say why there is no overall",
            inspections: vec![
                report(F::Sif).start("2015-03-02").grades(&[(Overall, Inadequate), (HelpProtection, Inadequate)]),
                report(F::Ilacs2018).kind(Kind::PressRelease).start("2019-07").grades(&[(HelpProtection, RequiresImprovement)]),
            ],
            rows: vec![
                (Overall, Some(Inadequate), None, None, Change::Dropped),
                (HelpProtection, Some(Inadequate), Some(RequiresImprovement), Some(1), Change::Improved),
            ],
            notes: vec![(Overall, "The later text gives no overall effectiveness grade.")],
            headline: "Cambridgeshire: no overall grade to compare: the later text gives none; help and protection improved by one grade, from inadequate to requires improvement.",
        },
        Case {
            reason: "three inspections: first against last, history in between; an area judged only in between is dropped",
            inspections: vec![
                report(F::Sif).start("2014-06-02").grades(&[(Overall, Good), (Lscb, Good)]),
                report(F::Ilacs2018).start("2019-01-14").grades(&[(Overall, RequiresImprovement), (HelpProtection, RequiresImprovement)]),
                report(F::Ilacs2023).start("2024-03-04").grades(&[(Overall, Outstanding), (CareLeavers, Good)]),
            ],
            rows: vec![
                (Overall, Some(Good), Some(Outstanding), Some(1), Change::Improved),
                (HelpProtection, None, None, None, Change::Dropped),
                (CareLeavers, None, Some(Good), None, Change::New),
                (Lscb, Some(Good), None, None, Change::Dropped),
            ],
            notes: vec![(HelpProtection, "Only an inspection in between judged it")],
            headline: "Cambridgeshire: overall effectiveness improved by one grade, from good to outstanding.",
        },
    ]
}

#[test]
fn cases_by_hand() {
    for case in cases() {
        let c = compare(&case.inspections);
        assert_eq!(briefs(&c), case.rows, "{}", case.reason);
        for (area, part) in &case.notes {
            assert!(
                has_note(&c, *area, part),
                "{}: no note {part:?} on {area:?} in {:#?}",
                case.reason,
                row(&c, *area).notes
            );
        }
        assert_eq!(c.headline, case.headline, "{}", case.reason);
        for r in &c.rows {
            assert_eq!(r.history.len(), case.inspections.len(), "{}", case.reason);
            assert_eq!(
                r.steps.is_some(),
                matches!(r.change, Change::Improved | Change::Declined | Change::Same),
                "{}",
                case.reason
            );
        }
    }
}

#[test]
fn like_for_like_rows_carry_no_scope_or_scale_notes() {
    // ILACS 2023 to ILACS 2026 (help and protection, leaders, children in care, care leavers
    // are the same judgements): plain steps and no notes.
    let c = compare(&[
        report(F::Ilacs2023).start("2024-01-08").grades(&[(HelpProtection, Good), (Leadership, Good)]),
        report(F::Ilacs2026).start("2026-05-11").grades(&[(HelpProtection, Good), (Leadership, Outstanding)]),
    ]);
    for r in &c.rows {
        assert!(r.notes.is_empty(), "{r:?}");
    }
    assert_eq!(c.headline, "Cambridgeshire: leadership improved by one grade, from good to outstanding.");
}

#[test]
fn nothing_to_compare() {
    let c = compare(&[]);
    assert_eq!(c.headline, "Nothing to compare: no inspection was given.");
    assert!(c.rows.is_empty() && c.inspections.is_empty() && c.warnings.is_empty());
    // One inspection that quotes no earlier grade.
    let c = compare(&[report(F::Sif).start("2016-01-11").grades(&[(Overall, Good)])]);
    assert!(c.rows.is_empty());
    assert!(c.headline.contains("nothing to compare"), "{}", c.headline);
}

#[test]
fn all_judgements_same() {
    let c = compare(&[
        report(F::Ilacs2018).kind(Kind::News).start("2019").grades(&[(HelpProtection, Good), (Leadership, Good)]),
        report(F::Ilacs2023).kind(Kind::News).start("2023").grades(&[(HelpProtection, Good), (Leadership, Good)]),
    ]);
    assert_eq!(c.headline, "Cambridgeshire: both judgements compared stayed at the same grade.");
}

// ---------------------------------------------------------------------------------------------
// Order.

#[test]
fn ordered_by_date_whatever_the_order_given() {
    let a = report(F::Sif).start("2014-06-02").grades(&[(Overall, Good)]);
    let b = report(F::Ilacs2018).start("2019-01").grades(&[(Overall, RequiresImprovement)]);
    let c = report(F::Ilacs2023).published("2024").grades(&[(Overall, Outstanding)]);
    let got = compare(&[c.clone(), a.clone(), b.clone()]);
    assert_eq!(got.inspections, vec![a.clone(), b.clone(), c.clone()]);
    assert_eq!(row(&got, Overall).history, vec![Some(Good), Some(RequiresImprovement), Some(Outstanding)]);
    assert!(got.warnings.is_empty(), "{:?}", got.warnings);
    // A partial date sorts with its year: 2019 falls between 2018-12-03 and 2020-01.
    let d = report(F::Ilacs2018).start("2018-12-03").grades(&[(Overall, Inadequate)]);
    let e = report(F::Ilacs2018).kind(Kind::News).start("2020-01").grades(&[(Overall, Good)]);
    let y = report(F::Ilacs2018).published("2019").grades(&[(Overall, RequiresImprovement)]);
    let got = compare(&[e, y, d]);
    assert_eq!(row(&got, Overall).history, vec![Some(Inadequate), Some(RequiresImprovement), Some(Good)]);
}

#[test]
fn unknown_order_only_where_it_matters() {
    let dated = report(F::Sif).start("2015-03-02").grades(&[(Overall, Inadequate)]);
    let undated = report(F::Sif).no_framework().council(Some("Cambridgeshire")).grades(&[(Overall, Good)]);
    // Some dated, some not, grades differ: the order given is kept and a warning says so.
    let c = compare(&[dated.clone(), undated.clone()]);
    assert_eq!(codes(&c), vec![WarningCode::UnknownOrder]);
    assert_eq!(brief(row(&c, Overall)), (Overall, Some(Inadequate), Some(Good), Some(2), Change::Improved));
    // Same grades: the order does not matter, nothing is said.
    let same = undated.clone().grades(&[(Overall, Inadequate)]);
    assert!(compare(&[dated.clone(), same]).warnings.is_empty());
    // Two different reports with the same date (different councils, so not the same
    // inspection): the order given decides, and matters.
    let other = report(F::Sif).council(Some("Norfolk County Council")).start("2015-03-02").grades(&[(Overall, Good)]);
    let c = compare(&[dated.clone(), other]);
    assert!(codes(&c).contains(&WarningCode::UnknownOrder), "{:?}", c.warnings);
    assert!(codes(&c).contains(&WarningCode::DifferentCouncils));
    // A year-only date against a full date in that year.
    let year = report(F::Sif).kind(Kind::News).council(Some("Norfolk")).start("2015").grades(&[(Overall, Good)]);
    assert!(codes(&compare(&[dated.clone(), year])).contains(&WarningCode::UnknownOrder));
    // Dates that settle the order: no warning.
    let later = report(F::Ilacs2018).start("2019-01-14").grades(&[(Overall, Good)]);
    assert!(compare(&[later, dated]).warnings.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Warnings.

#[test]
fn different_councils() {
    let a = report(F::Sif).start("2015-03-02").grades(&[(Overall, Good)]);
    let b = report(F::Ilacs2018).council(Some("Norfolk County Council")).start("2019-01-14").grades(&[(Overall, Good)]);
    let c = compare(&[a.clone(), b]);
    assert_eq!(codes(&c), vec![WarningCode::DifferentCouncils]);
    let m = warning(&c, WarningCode::DifferentCouncils);
    assert!(m.contains("Cambridgeshire") && m.contains("Norfolk"), "{m}");
    assert_eq!(c.rows.len(), 1, "rows are still given");
    assert_eq!(
        c.headline,
        "The texts are about different councils (Cambridgeshire and Norfolk), so no change is given."
    );
    // Loosely the same name: no warning; an unknown council: no warning.
    for name in ["cambridgeshire", "Cambridgeshire County Council", "CAMBRIDGESHIRE COUNTY"] {
        let b = report(F::Ilacs2018).council(Some(name)).start("2019-01-14").grades(&[(Overall, Good)]);
        assert!(compare(&[a.clone(), b]).warnings.is_empty(), "{name}");
    }
    let b = report(F::Ilacs2018).council(None).start("2019-01-14").grades(&[(Overall, Good)]);
    assert!(compare(&[a.clone(), b]).warnings.is_empty());
    // "&" reads as "and", "Royal Borough of" is dropped.
    let k1 = report(F::Sif)
        .council(Some("Royal Borough of Kensington & Chelsea"))
        .start("2016-01-11")
        .grades(&[(Overall, Outstanding)]);
    let k2 = report(F::Ilacs2018)
        .council(Some("Kensington and Chelsea"))
        .start("2019-01-14")
        .grades(&[(Overall, Outstanding)]);
    assert!(compare(&[k1, k2]).warnings.is_empty());
}

#[test]
fn a_council_and_the_one_that_took_over_its_area() {
    let old = report(F::Sif)
        .council(Some("Northamptonshire County Council"))
        .start("2019-02-04")
        .grades(&[(Overall, Inadequate)]);
    let new = report(F::Ilacs2018)
        .council(Some("North Northamptonshire Council"))
        .start("2022-09-12")
        .grades(&[(Overall, RequiresImprovement)]);
    let c = compare(&[new.clone(), old.clone()]);
    assert_eq!(
        c.headline,
        "North Northamptonshire: overall effectiveness improved by one grade, from inadequate to requires improvement."
    );
    assert_eq!(codes(&c), vec![WarningCode::DifferentCouncils]);
    let m = warning(&c, WarningCode::DifferentCouncils);
    assert!(m.contains("North Northamptonshire took over the area of the others"), "{m}");
    // The other way round it is not a succession.
    let c = compare(&[old.start("2023-01-01"), new]);
    assert!(c.headline.starts_with("The texts are about different councils"), "{}", c.headline);
}

#[test]
fn consecutive_steps_in_a_timeline() {
    let sif = report(F::Sif).start("2014-01-06").grades(&[(Overall, Inadequate), (CareLeavers, RequiresImprovement)]);
    let ilacs = report(F::Ilacs2018).start("2019-03-04").grades(&[(Overall, RequiresImprovement)]);
    let visit = report(F::FocusedVisit).start("2021-06-01");
    let latest = report(F::Ilacs2023).start("2023-05-01").grades(&[(Overall, Good), (CareLeavers, Good)]);
    let c = compare(&[latest, visit, sif, ilacs]);
    let overall = row(&c, Overall);
    assert_eq!(overall.history, vec![Some(Inadequate), Some(RequiresImprovement), None, Some(Good)]);
    assert_eq!(overall.history_steps, vec![None, Some(1), None, Some(1)]);
    assert_eq!(overall.steps, Some(2), "rows still compare the first and the last");
    // Care leavers were judged within children in care in 2019: the step is from 2014.
    assert_eq!(row(&c, CareLeavers).history_steps, vec![None, None, None, Some(1)]);
    // A grade that cannot be set against the one before gives no step.
    let school = report(F::School).start("2016-01-01").grades(&[(Overall, Outstanding)]);
    let later = report(F::Sif).start("2017-01-01").grades(&[(Overall, Good)]);
    let c = compare(&[school, later]);
    assert_eq!(row(&c, Overall).history_steps, vec![None, None]);
}

#[test]
fn a_report_and_a_news_story_of_it() {
    // Same council, same framework, the news gives only a year and disagrees on one grade.
    let news =
        report(F::Cp2012).kind(Kind::News).start("2012").grades(&[(Overall, Good), (HelpProtection, Inadequate)]);
    let c = compare(&[news, cambridgeshire_2012()]);
    assert!(c.rows.is_empty());
    assert_eq!(c.headline, "The texts describe the same inspection (the Cambridgeshire child protection inspection of 10 September 2012), so there is nothing to compare; they disagree on one grade.");
    assert_eq!(codes(&c), vec![WarningCode::SameInspection, WarningCode::Disagreement]);
    let m = warning(&c, WarningCode::Disagreement);
    assert!(
        m.contains("overall effectiveness")
            && m.contains("inadequate in the inspection report")
            && m.contains("good in the news article"),
        "{m}"
    );
    assert_eq!(c.inspections.len(), 2);
}

#[test]
fn same_inspection_forms() {
    let base = cambridgeshire_2012();
    let cases: Vec<(&str, Inspection, bool)> = vec![
        (
            "an undated press release of the same framework and council",
            report(F::Cp2012).kind(Kind::PressRelease).grades(&[(Overall, Inadequate)]),
            true,
        ),
        (
            "a news story a month after the fieldwork",
            report(F::Cp2012).kind(Kind::News).published("2012-10").grades(&[(Overall, Inadequate)]),
            true,
        ),
        (
            "the same council and start date, both reports",
            report(F::Cp2012).start("2012-09-10").grades(&[(Overall, Inadequate)]),
            true,
        ),
        (
            "the same framework and both dates, council unknown",
            report(F::Cp2012).council(None).start("2012-09-10").end("2012-09-20").grades(&[(Overall, Inadequate)]),
            true,
        ),
        (
            "the same framework and both dates, but another council",
            report(F::Cp2012).council(Some("Norfolk")).start("2012-09-10").end("2012-09-20").grades(&[(Overall, Good)]),
            false,
        ),
        (
            "a news story of the same framework a year later",
            report(F::Cp2012).kind(Kind::News).published("2013-11").grades(&[(Overall, Good)]),
            false,
        ),
        (
            "two reports of the same framework, different dates",
            report(F::Cp2012).start("2013-06-03").grades(&[(Overall, Good)]),
            false,
        ),
    ];
    for (reason, other, same) in cases {
        let c = compare(&[base.clone(), other]);
        assert_eq!(codes(&c).contains(&WarningCode::SameInspection), same, "{reason}: {:?}", c.warnings);
        assert_eq!(c.rows.is_empty(), same, "{reason}");
    }
}

#[test]
fn same_inspection_among_three() {
    // A report and a news story of it, then a later inspection: the two are read as one,
    // the report's grade is followed.
    let news = report(F::Cp2012).kind(Kind::News).start("2012").grades(&[
        (Overall, Good),
        (HelpProtection, Inadequate),
        (Leadership, Adequate),
    ]);
    let c = compare(&[cambridgeshire_2014(), news, cambridgeshire_2012()]);
    assert_eq!(brief(row(&c, Overall)), (Overall, Some(Inadequate), Some(Good), Some(2), Change::Improved));
    assert_eq!(codes(&c), vec![WarningCode::SameInspection, WarningCode::Disagreement]);
    assert_eq!(row(&c, Overall).history.len(), 3);
    assert_eq!(c.headline, "Cambridgeshire: overall effectiveness improved by two grades, from inadequate to good.");
}

#[test]
fn no_grade() {
    let fv = report(F::FocusedVisit).kind(Kind::Letter).start("2018-03-06").end("2018-03-07");
    let c = compare(&[cambridgeshire_2014().published("2014-08"), fv]);
    let m = warning(&c, WarningCode::NoGrade);
    assert!(m.contains("focused visit") && m.contains("not graded"), "{m}");
    assert_eq!(
        c.headline,
        "Cambridgeshire: no overall grade to compare: the later inspection is a focused visit, which is not graded."
    );
    // A graded framework whose text gave no judgement.
    let empty = report(F::Ilacs2023).start("2024-03-04");
    let c = compare(&[cambridgeshire_2012(), empty]);
    assert!(warning(&c, WarningCode::NoGrade).contains("no graded judgement was found"));
}

#[test]
fn previous_disagrees() {
    // The press release says overall was good in 2012; the 2012 report says inadequate.
    let later = cambridgeshire_2014().previous(&[(Overall, Good, Some("2012"))]);
    let c = compare(&[cambridgeshire_2012(), later]);
    assert_eq!(codes(&c), vec![WarningCode::PreviousDisagrees]);
    let m = warning(&c, WarningCode::PreviousDisagrees);
    assert!(m.contains("overall effectiveness was good") && m.contains("gives inadequate"), "{m}");
    // An undated account of the last inspection is checked against the inspection before.
    let later = cambridgeshire_2014().previous(&[(HelpProtection, Good, None)]);
    assert_eq!(codes(&compare(&[cambridgeshire_2012(), later])), vec![WarningCode::PreviousDisagrees]);
    // A grade from another year is about another inspection: nothing said.
    let later = cambridgeshire_2014().previous(&[(Overall, Good, Some("2009"))]);
    assert!(compare(&[cambridgeshire_2012(), later]).warnings.is_empty());
    // Adequate and requires improvement are the same step: nothing said.
    let later = cambridgeshire_2014().previous(&[(Leadership, RequiresImprovement, Some("2012"))]);
    assert!(compare(&[cambridgeshire_2012(), later]).warnings.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Renderings.

#[test]
fn markdown() {
    let c = compare(&[cambridgeshire_2012(), cambridgeshire_2014().published("2014-08-01")]);
    let md = comparison_markdown(&c);
    let want = include_str!("fixtures/compare/cambridgeshire.md");
    assert_eq!(md, want, "got:\n{md}");
}

#[test]
fn csv() {
    let c = compare(&[cambridgeshire_2012(), cambridgeshire_2014().published("2014-08-01")]);
    let csv = comparison_csv(&c);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "area,label,Cambridgeshire child protection inspection 2012-09-10,Cambridgeshire single inspection 2014-08-01,from,to,steps,change,notes"
    );
    assert!(
        lines[1].starts_with(
            "overall,Overall effectiveness,Inadequate,Good,Inadequate,Good,2,improved,\"Adequate (2012 scale)"
        ),
        "{}",
        lines[1]
    );
    assert!(lines[1].contains(" | The 2012 child protection inspection covered"), "{}", lines[1]);
    assert!(lines.contains(&"adoption,Adoption,,Good,,Good,,new,There is no adoption judgement in the child protection inspection (2012-13)."), "{csv}");
    assert_eq!(lines.last(), Some(&""), "every line ends with CRLF");
    // A field with a quote is doubled and quoted.
    let mut c = c;
    c.rows[0].label = "Overall \"effectiveness\", said".to_string();
    assert!(comparison_csv(&c).contains(",\"Overall \"\"effectiveness\"\", said\","));
}

#[test]
fn text() {
    let c = compare(&[cambridgeshire_2012(), cambridgeshire_2014().published("2014-08-01")]);
    let t = comparison_text(&c);
    let lines: Vec<&str> = t.lines().collect();
    assert_eq!(lines[0], "Cambridgeshire: overall effectiveness improved by two grades, from inadequate to good.");
    assert_eq!(
        lines[2],
        "Area                   Child protection inspection 2012-09-10  Single inspection 2014-08-01  Change"
    );
    assert_eq!(lines[3], "Overall effectiveness  Inadequate                              Good                          Inadequate -> Good, up 2");
    let adoption = lines[5];
    assert!(adoption.starts_with("Adoption  "), "{t}");
    assert_eq!(adoption.find("Good"), lines[2].find("Single inspection"), "{t}");
    assert_eq!(adoption.find("new"), lines[2].find("Change"), "{t}");
    assert!(t.contains("\nNotes:\n"));
    // Every table line is aligned: the change column starts at the same place.
    let at = lines[2].find("Change");
    assert!(lines[3..8].iter().all(|l| l.len() >= at.unwrap_or(0)));
    let c = compare(&[cambridgeshire_2012(), cambridgeshire_2014().previous(&[(Overall, Good, Some("2012"))])]);
    assert!(comparison_text(&c).contains("\nWarnings:\n  - "));
}

// ---------------------------------------------------------------------------------------------
// Properties.

const FRAMEWORKS: [FrameworkId; 8] =
    [F::Slac, F::Cp2012, F::Lac2013, F::Sif, F::Ilacs2018, F::Ilacs2023, F::Ilacs2026, F::FocusedVisit];
const GRADES: [Grade; 5] = [Outstanding, Good, Adequate, RequiresImprovement, Inadequate];

fn arb_inspection() -> impl Strategy<Value = Inspection> {
    (
        0..FRAMEWORKS.len(),
        prop_oneof![Just(None), (2009u16..2027, 1u8..13, 1u8..29).prop_map(Some)],
        proptest::collection::vec((0..Area::ALL.len(), 0..GRADES.len()), 0..6),
        proptest::collection::vec((0..Area::ALL.len(), 0..GRADES.len()), 0..3),
        0..4usize,
    )
        .prop_map(|(f, date, grades, previous, kind)| {
            let mut i = report(FRAMEWORKS[f]).kind([Kind::Report, Kind::News, Kind::PressRelease, Kind::Unknown][kind]);
            if let Some((y, m, d)) = date {
                i = i.start(&format!("{y:04}-{m:02}-{d:02}"));
            }
            let grades: Vec<(Area, Grade)> = grades.iter().map(|&(a, g)| (Area::ALL[a], GRADES[g])).collect();
            let previous: Vec<(Area, Grade, Option<&str>)> =
                previous.iter().map(|&(a, g)| (Area::ALL[a], GRADES[g], None)).collect();
            i.grades(&grades).previous(&previous)
        })
}

/// Inspections of one council with distinct full dates.
fn arb_dated(n: std::ops::Range<usize>) -> impl Strategy<Value = Vec<Inspection>> {
    proptest::collection::vec(arb_inspection(), n).prop_map(|list| {
        list.into_iter()
            .enumerate()
            .map(|(k, mut i)| {
                i.kind = Kind::Report;
                let day = 1 + (k % 28);
                let month = 1 + (k / 28) % 12;
                let year = 2009 + k / (28 * 12);
                i.dates.start = Some(format!("{year:04}-{month:02}-{day:02}"));
                i
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn never_panics(list in proptest::collection::vec(arb_inspection(), 0..8)) {
        let c = compare(&list);
        prop_assert!(!c.headline.is_empty());
        prop_assert!(c.headline.ends_with('.'));
        let _ = (comparison_text(&c), comparison_markdown(&c), comparison_csv(&c));
        for r in &c.rows {
            prop_assert_eq!(r.steps.is_some(), matches!(r.change, Change::Improved | Change::Declined | Change::Same));
            for n in &r.notes {
                prop_assert!(n.ends_with('.'));
            }
        }
    }

    #[test]
    fn any_order_gives_the_same_rows(list in arb_dated(2..6), seed in 0u64..1000) {
        let mut shuffled = list.clone();
        // A simple deterministic shuffle.
        let n = shuffled.len();
        for k in 0..n {
            let j = ((seed as usize).wrapping_mul(31).wrapping_add(k * 7)) % n;
            shuffled.swap(k, j);
        }
        let (a, b) = (compare(&list), compare(&shuffled));
        prop_assert_eq!(&a.rows, &b.rows);
        prop_assert_eq!(&a.headline, &b.headline);
        prop_assert_eq!(&a.inspections, &b.inspections);
    }

    #[test]
    fn reversing_two_dated_inspections_negates_steps(list in arb_dated(2..3)) {
        // Given either way round, they are put in date order: the rows are the same. Swapping
        // their dates (so the later becomes the earlier) negates every step.
        let (a, b) = (list[0].clone(), list[1].clone());
        let ab = compare(&[a.clone(), b.clone()]);
        let ba = compare(&[b.clone(), a.clone()]);
        prop_assert_eq!(&ab.rows, &ba.rows);
        let (mut a2, mut b2) = (a.clone(), b.clone());
        std::mem::swap(&mut a2.dates, &mut b2.dates);
        let swapped = compare(&[a2, b2]);
        for r in &ab.rows {
            if let Some(s) = r.steps {
                let other = swapped.rows.iter().find(|o| o.area == r.area);
                if let Some(o) = other.filter(|o| o.steps.is_some()) {
                    prop_assert_eq!(o.steps, Some(-s));
                }
            }
        }
    }
}

#[test]
fn five_hundred_inspections() {
    let list: Vec<Inspection> = (0..500)
        .map(|k| {
            let f = FRAMEWORKS[k % FRAMEWORKS.len()];
            let i = report(f).start(&format!("{}-{:02}-{:02}", 2009 + k % 17, 1 + k % 12, 1 + k % 28));
            i.grades(&[(Overall, GRADES[k % 5]), (HelpProtection, GRADES[(k / 5) % 5])])
        })
        .collect();
    let c = compare(&list);
    assert_eq!(c.inspections.len(), 500);
    assert!(c.rows.iter().all(|r| r.history.len() == 500));
}

#[test]
fn one_focused_visit_story_against_its_previous_grade() {
    // A news story of a focused visit that recalls the 2014 grade: nothing graded to compare.
    let fv =
        report(F::FocusedVisit).kind(Kind::News).published("2018-04-09").previous(&[(Overall, Good, Some("2014"))]);
    let c = compare(&[fv]);
    assert_eq!(briefs(&c), vec![(Overall, Some(Good), None, None, Change::Dropped)]);
    assert_eq!(
        c.headline,
        "Cambridgeshire: no overall grade to compare: the later inspection is a focused visit, which is not graded."
    );
    assert_eq!(codes(&c), vec![WarningCode::NoGrade]);
}

// ---------------------------------------------------------------------------------------------
// Words a reader sees: column headings, names of texts, headlines of one inspection.

/// The Markdown table's header cells, between "Area" and "Change".
fn headings(c: &Comparison) -> Vec<String> {
    let md = comparison_markdown(c);
    let header = md.lines().find(|l| l.starts_with("| Area")).expect("a table");
    let cells: Vec<String> = header.split('|').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
    cells[1..cells.len() - 1].to_vec()
}

#[test]
fn headings_name_the_council_only_when_the_texts_are_about_different_ones() {
    let a = report(F::Sif).start("2015-03-02").grades(&[(Overall, Good)]);
    let b = report(F::Ilacs2018).council(Some("Norfolk County Council")).start("2019-01-14").grades(&[(Overall, Good)]);
    let both = headings(&compare(&[a.clone(), b]));
    assert!(both[0].starts_with("Cambridgeshire") && both[1].starts_with("Norfolk"), "{both:?}");
    // No council known in either text: no heading says so.
    let a = a.council(None);
    let b = report(F::Ilacs2018).council(None).start("2019-01-14").grades(&[(Overall, Good)]);
    let neither = headings(&compare(&[a, b]));
    assert!(neither.iter().all(|h| !h.contains("Council not known")), "{neither:?}");
    assert_eq!(neither.len(), 2);
}

#[test]
fn two_texts_of_one_kind_about_one_inspection_are_told_apart_by_their_order() {
    let story = |grade| report(F::Ilacs2018).kind(Kind::News).start("2019-01-14").grades(&[(Overall, grade)]);
    let c = compare(&[story(Good), story(Good)]);
    let m = warning(&c, WarningCode::SameInspection);
    assert!(m.starts_with("The first news article and the second news article describe the same inspection"), "{m}");
    let c = compare(&[report(F::Ilacs2018).start("2019-01-14").grades(&[(Overall, Good)]), story(Good)]);
    let m = warning(&c, WarningCode::SameInspection);
    assert!(m.starts_with("The inspection report and the news article describe"), "{m}");
}

#[test]
fn the_headline_of_one_inspection_counts_only_the_grades_its_texts_disagree_on() {
    let story = |grade| report(F::Ilacs2018).kind(Kind::News).start("2019-01-14").grades(&[(Overall, grade)]);
    let agree = compare(&[story(Good), story(Good)]);
    assert!(agree.headline.ends_with("so there is nothing to compare."), "{}", agree.headline);
    let differ = compare(&[story(Good), story(Outstanding)]);
    assert!(differ.headline.ends_with("; they disagree on one grade."), "{}", differ.headline);
}

#[test]
fn a_text_with_no_grade_and_no_framework_says_it_carries_none() {
    let mut letter = report(F::Ilacs2018).no_framework().kind(Kind::Letter).start("2019-01-14");
    letter.graded = false;
    let full = report(F::Ilacs2018).start("2021-01-11").grades(&[(Overall, Good)]);
    let c = compare(&[letter, full]);
    let m = warning(&c, WarningCode::NoGrade);
    assert!(m.ends_with("gives no grade to compare: it carries no grade."), "{m}");
}

#[test]
fn an_undated_story_is_one_inspection_with_a_dated_one_only_when_their_grades_agree() {
    let dated = report(F::Ilacs2018).kind(Kind::News).start("2019-01-14").grades(&[(Overall, Good)]);
    let undated = report(F::Ilacs2018).kind(Kind::News).grades(&[(Overall, Inadequate)]);
    let c = compare(&[dated.clone(), undated]);
    assert!(!codes(&c).contains(&WarningCode::SameInspection), "{:?}", c.warnings);
    let agreeing = report(F::Ilacs2018).kind(Kind::News).grades(&[(Overall, Good)]);
    assert!(codes(&compare(&[dated, agreeing])).contains(&WarningCode::SameInspection));
}

#[test]
fn a_story_is_the_inspection_on_record_only_when_it_is_dated() {
    let on_record = report(F::Ilacs2018).kind(Kind::Record).start("2019-01-14").grades(&[(Overall, Good)]);
    // Read as a 2023 framework story, but dated within the inspection on record: the same one.
    let story = report(F::Ilacs2023).kind(Kind::News).start("2019-01-14").grades(&[(Overall, Good)]);
    assert!(codes(&compare(&[story.clone(), on_record.clone()])).contains(&WarningCode::SameInspection));
    let undated = report(F::Ilacs2023).kind(Kind::News).grades(&[(Overall, Good)]);
    assert!(!codes(&compare(&[undated, on_record])).contains(&WarningCode::SameInspection));
}

#[test]
fn a_month_stands_for_its_days_when_texts_are_ordered() {
    let march = report(F::Ilacs2018).start("2019-03-05").grades(&[(Overall, Good)]);
    let november = report(F::Ilacs2018).start("2019-11").grades(&[(Overall, Inadequate)]);
    let c = compare(&[november.clone(), march]);
    assert!(!codes(&c).contains(&WarningCode::UnknownOrder), "{:?}", c.warnings);
    assert_eq!(row(&c, Overall).history, vec![Some(Good), Some(Inadequate)]);
    // A day in that month may come before or after it.
    let within = report(F::Ilacs2018).start("2019-11-20").grades(&[(Overall, Good)]);
    assert!(codes(&compare(&[november, within])).contains(&WarningCode::UnknownOrder));
}

#[test]
fn texts_of_unknown_order_are_listed_up_to_four_pairs() {
    let grades = [Good, Inadequate, Good, Inadequate, Good, Inadequate];
    let texts: Vec<Inspection> = grades.iter().map(|&g| report(F::Ilacs2018).grades(&[(Overall, g)])).collect();
    let m = warning(&compare(&texts), WarningCode::UnknownOrder).to_string();
    assert!(m.contains("(and 1 more)"), "{m}");
    let m = warning(&compare(&texts[..5]), WarningCode::UnknownOrder).to_string();
    assert!(!m.contains("more)"), "{m}");
    // A text that gives no grade has no order that matters.
    let c = compare(&[report(F::Ilacs2018).grades(&[(Overall, Good)]), report(F::Ilacs2018)]);
    assert!(!codes(&c).contains(&WarningCode::UnknownOrder), "{:?}", c.warnings);
}

#[test]
fn an_undated_earlier_grade_is_checked_against_the_inspection_before() {
    let before = report(F::Sif).start("2015-03-02").grades(&[(Overall, Inadequate)]);
    let after = report(F::Ilacs2018).start("2019-01-14").grades(&[(Overall, Good)]).previous(&[(Overall, Good, None)]);
    assert!(codes(&compare(&[before, after])).contains(&WarningCode::PreviousDisagrees));
}

#[test]
fn a_grade_that_stayed_on_the_same_step_across_the_change_of_scale_says_both_words() {
    let adequate = report(F::Cp2012).start("2012-09-03").grades(&[(Overall, Grade::Adequate)]);
    let ri = report(F::Sif).start("2015-03-02").grades(&[(Overall, RequiresImprovement)]);
    let c = compare(&[adequate, ri]);
    assert!(c.headline.contains("stayed at the same step, from adequate to requires improvement"), "{}", c.headline);
    let same = compare(&[
        report(F::Sif).start("2015-03-02").grades(&[(Overall, Good)]),
        report(F::Ilacs2018).start("2019-01-14").grades(&[(Overall, Good)]),
    ]);
    assert!(same.headline.ends_with("overall effectiveness stayed good."), "{}", same.headline);
}

#[test]
fn why_nothing_can_be_compared_names_the_text_or_the_visit() {
    let later = report(F::Ilacs2018).start("2021-01-11").grades(&[(Overall, Good)]);
    // A text of a graded framework that gives no grade.
    let empty = report(F::Ilacs2018).start("2019-01-14");
    let c = compare(&[empty, later.clone()]);
    assert!(c.headline.ends_with("the earlier text gives no grade."), "{}", c.headline);
    assert!(has_note(&c, Overall, "earlier text gives no grade"), "{:?}", row(&c, Overall).notes);
    // A grade read from a text that is not graded.
    let mut ungraded = report(F::Ilacs2018).start("2019-01-14").grades(&[(Overall, Good)]);
    ungraded.graded = false;
    let c = compare(&[ungraded, later.clone()]);
    assert_eq!(row(&c, Overall).change, Change::NotComparable);
    assert!(c.headline.contains("the earlier text is not graded"), "{}", c.headline);
    let visit = report(F::FocusedVisit).start("2019-01-14").grades(&[(Overall, Good)]);
    let c = compare(&[visit, later]);
    assert!(c.headline.contains("a focused visit is not graded"), "{}", c.headline);
}

#[test]
fn a_text_whose_framework_is_unknown_is_noted_on_its_rows() {
    let known = report(F::Sif).start("2015-03-02").grades(&[(Overall, Good)]);
    let unknown = report(F::Ilacs2018).no_framework().start("2019-01-14").grades(&[(Overall, Good)]);
    let c = compare(&[known, unknown]);
    assert!(has_note(&c, Overall, "is not known, so a change of scale or scope"), "{:?}", row(&c, Overall).notes);
}

#[test]
fn a_judgement_the_earlier_framework_made_within_another_says_so_with_that_grade() {
    let later =
        report(F::Sif).start("2015-03-02").grades(&[(ChildrenInCare, Good), (CareLeavers, RequiresImprovement)]);
    // ILACS 2018 judged care leavers within children in care; so did the 2013 looked after
    // children inspection.
    let combined = report(F::Ilacs2018).start("2019-01-14").grades(&[(ChildrenInCare, Good)]);
    let separate =
        report(F::Ilacs2023).start("2024-01-15").grades(&[(ChildrenInCare, Good), (CareLeavers, RequiresImprovement)]);
    let within = report(F::Lac2013).start("2013-03-04").grades(&[(ChildrenInCare, Good)]);
    for (earlier, later) in [(combined, separate), (within, later.clone())] {
        let c = compare(&[earlier, later]);
        let notes = row(&c, CareLeavers).notes.join(" ");
        assert!(notes.contains("which judged that within its") && notes.contains("(good)"), "{notes}");
    }
    // The 2012 child protection inspection judged nothing of care leavers, within or not.
    let protection = report(F::Cp2012).start("2012-09-03").grades(&[(Overall, Grade::Adequate)]);
    let c = compare(&[protection, later]);
    let notes = row(&c, CareLeavers).notes.join(" ");
    assert!(
        notes.contains("no care leavers judgement in the child protection") && !notes.contains("within"),
        "{notes}"
    );
}

#[test]
fn with_no_overall_grade_one_area_that_stayed_the_same_is_the_headline() {
    let a = report(F::Ilacs2023).start("2023-05-02").grades(&[(Leadership, Good)]);
    let b = report(F::Ilacs2026).start("2026-05-04").grades(&[(Leadership, Good)]);
    let c = compare(&[a, b]);
    assert!(c.headline.contains("stayed good"), "{}", c.headline);
}

#[test]
fn stories_are_one_inspection_when_dated_within_three_months_of_each_other() {
    let story = |date: &str| report(F::Ilacs2018).kind(Kind::News).start(date).grades(&[(Overall, Good)]);
    let same = |a: &str, b: &str| codes(&compare(&[story(a), story(b)])).contains(&WarningCode::SameInspection);
    assert!(same("2019-01-10", "2019-04-10"));
    assert!(!same("2019-01-10", "2019-05-10"));
    // A year alone stands for any month of it.
    assert!(same("2019", "2020-03-02"));
    assert!(!same("2019", "2020-05-04"));
    assert!(!same("2015", "2019-03-04"));
}

#[test]
fn an_earlier_grade_of_a_year_is_checked_against_that_years_inspection_or_the_undated_one_before() {
    // Two inspections in one year: the earlier grade of that year is the first one's.
    let january = report(F::Ilacs2018).start("2019-01-14").grades(&[(Overall, Inadequate)]);
    let november =
        report(F::Ilacs2018).start("2019-11-11").grades(&[(Overall, Good)]).previous(&[(Overall, Good, Some("2019"))]);
    assert!(codes(&compare(&[january, november])).contains(&WarningCode::PreviousDisagrees));
    // A year no text is dated in: the inspection before, when that one is undated.
    let undated = report(F::Sif).grades(&[(Overall, Inadequate)]);
    let later =
        report(F::Ilacs2018).start("2019-01-14").grades(&[(Overall, Good)]).previous(&[(Overall, Good, Some("2016"))]);
    let c = compare(&[undated, later]);
    assert!(codes(&c).contains(&WarningCode::PreviousDisagrees), "{:?}", c.warnings);
}
