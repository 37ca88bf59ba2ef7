#![cfg(not(target_arch = "wasm32"))]
//! Whole rules of the reading, each held by a test that fails when the rule is switched off:
//! the frameworks' limiting rules (a warning, never a changed grade), the ILACS versions' dates
//! in force (April 2026 has no overall effectiveness), a neighbouring council's grades, and a
//! grade word that only describes a condition ("good when ..."). Texts are the project's own,
//! about invented councils.

use ofsted_compare::{explain, extract, Area, FrameworkId, Grade, Inspection, Reason, WarningCode};

/// An ILACS report's title block and judgement table: (area label, grade) rows in order.
fn ilacs_report(council: &str, dates: &str, rows: &[(&str, &str)]) -> String {
    let mut text = format!(
        "Inspection of {council} local authority children's services\nInspection dates: {dates}\nLead inspector: Jo Bell, His Majesty's Inspector\nJudgement\nGrade\n"
    );
    for (label, grade) in rows {
        text.push_str(&format!("{label}\n{grade}\n"));
    }
    text
}

const LEADERS: &str = "The impact of leaders on social work practice with children and families";
const HELP: &str = "The experiences and progress of children who need help and protection";
const IN_CARE: &str = "The experiences and progress of children in care";
const LEAVERS: &str = "The experiences and progress of care leavers";
const OVERALL: &str = "Overall effectiveness";

/// A 2024 ILACS report with these grades for leaders, help and protection, children in care,
/// care leavers and overall effectiveness.
fn ilacs_2024(grades: [&str; 5]) -> Inspection {
    let labels = [LEADERS, HELP, IN_CARE, LEAVERS, OVERALL];
    let rows: Vec<(&str, &str)> = labels.into_iter().zip(grades).collect();
    extract(&ilacs_report("Pellham", "4 to 15 March 2024", &rows))
}

/// A 2015 single inspection report with these grades for help and protection, children looked
/// after, adoption, care leavers, leadership and overall effectiveness.
fn sif_2015(grades: [&str; 6]) -> Inspection {
    let [help, looked_after, adoption, leavers, leadership, overall] = grades;
    extract(&format!(
        "Pellham County Council\n\
         Inspection of services for children in need of help and protection, children looked after and care leavers\n\
         Inspection date: 2 June 2015 - 25 June 2015\n\
         Report published: 30 July 2015\n\
         Overall effectiveness\n{overall}\n\
         1. Children who need help and protection\n{help}\n\
         2. Children looked after and achieving permanence\n{looked_after}\n\
         2.1 Adoption performance\n{adoption}\n\
         2.2 Experiences and progress of care leavers\n{leavers}\n\
         3. Leadership, management and governance\n{leadership}\n"
    ))
}

fn codes(inspection: &Inspection) -> Vec<WarningCode> {
    inspection.warnings.iter().map(|w| w.code).collect()
}

fn grade(inspection: &Inspection, area: Area) -> Option<Grade> {
    inspection.judgement(area).map(|j| j.grade)
}

// ---- Limiting rules ----

#[test]
fn an_inadequate_experiences_judgement_under_a_better_overall_grade_is_flagged_in_ilacs() {
    // Each of the three judgements on children's experiences in turn.
    for at in [1, 2, 3] {
        let mut grades = ["Good", "Good", "Good", "Good", "Requires improvement to be good"];
        grades[at] = "Inadequate";
        let got = ilacs_2024(grades);
        assert_eq!(got.framework, Some(FrameworkId::Ilacs2023), "{grades:?}");
        assert_eq!(codes(&got), [WarningCode::LimitingRule], "{grades:?}");
        // The warning names the area and the overall grade; the grades read stay as printed.
        let message = &got.warnings[0].message;
        let area = ["Help and protection", "Children in care", "Care leavers"][at - 1];
        assert!(message.starts_with(&format!("{area} is inadequate")), "{message}");
        assert!(message.contains("overall effectiveness is requires improvement"), "{message}");
        assert_eq!(grade(&got, Area::Overall), Some(Grade::RequiresImprovement));
    }
}

#[test]
fn no_limiting_rule_when_overall_is_inadequate_too_or_only_leaders_are() {
    let all_inadequate = ilacs_2024(["Good", "Inadequate", "Good", "Good", "Inadequate"]);
    assert_eq!(codes(&all_inadequate), []);
    // Under ILACS the leaders' judgement is not one of the three on children's experiences.
    let leaders = ilacs_2024(["Inadequate", "Good", "Good", "Good", "Good"]);
    assert_eq!(codes(&leaders), []);
    let none = ilacs_2024(["Good", "Good", "Good", "Good", "Good"]);
    assert_eq!(codes(&none), []);
}

#[test]
fn the_single_inspection_frameworks_limiting_judgements_are_its_own_three() {
    let ok = "Requires improvement";
    // Help and protection, children looked after, and leadership limit overall effectiveness.
    for at in [0, 1, 4] {
        let mut grades = [ok; 6];
        grades[at] = "Inadequate";
        let got = sif_2015(grades);
        assert_eq!(got.framework, Some(FrameworkId::Sif), "{grades:?}");
        assert_eq!(codes(&got), [WarningCode::LimitingRule], "{grades:?}");
    }
    // Adoption and care leavers are graded within children looked after: they do not.
    for at in [2, 3] {
        let mut grades = [ok; 6];
        grades[at] = "Inadequate";
        let got = sif_2015(grades);
        assert_eq!(grade(&got, [Area::Adoption, Area::CareLeavers][at - 2]), Some(Grade::Inadequate));
        assert_eq!(codes(&got), [], "{grades:?}");
    }
}

#[test]
fn ilacs_from_april_2026_has_no_overall_grade_to_limit() {
    let rows = [(LEADERS, "Good"), (HELP, "Inadequate"), (IN_CARE, "Good"), (LEAVERS, "Good")];
    let got = extract(&ilacs_report("Pellham", "11 to 22 May 2026", &rows));
    assert_eq!(got.framework, Some(FrameworkId::Ilacs2026));
    assert_eq!(grade(&got, Area::HelpProtection), Some(Grade::Inadequate));
    assert_eq!(codes(&got), []);
}

// ---- The ILACS versions' dates ----

/// The four ILACS judgements without overall effectiveness, inspected on these dates.
fn four_judgements(dates: &str) -> Inspection {
    let rows = [(LEADERS, "Good"), (HELP, "Good"), (IN_CARE, "Outstanding"), (LEAVERS, "Good")];
    extract(&ilacs_report("Pellham", dates, &rows))
}

#[test]
fn four_judgements_without_overall_are_april_2026s_from_that_month() {
    for dates in ["13 to 24 April 2026", "11 to 22 May 2026", "2 to 13 February 2027"] {
        let got = four_judgements(dates);
        assert_eq!(got.framework, Some(FrameworkId::Ilacs2026), "{dates}");
        // None is missing: the framework makes no overall judgement.
        assert_eq!(codes(&got), [], "{dates}");
        assert_eq!(grade(&got, Area::Overall), None);
    }
}

#[test]
fn four_judgements_without_overall_before_april_2026_are_a_2023_report_missing_one() {
    for dates in ["2 to 13 March 2026", "4 to 15 March 2024"] {
        let got = four_judgements(dates);
        assert_eq!(got.framework, Some(FrameworkId::Ilacs2023), "{dates}");
        assert_eq!(codes(&got), [WarningCode::MissingJudgement], "{dates}");
        assert!(got.warnings[0].message.contains("Overall effectiveness"), "{}", got.warnings[0].message);
    }
}

#[test]
fn a_full_ilacs_table_keeps_its_overall_grade_whatever_the_date() {
    // A 2023-framework report inspected in March 2026 and published later is still 2023's.
    let got = ilacs_2024(["Good", "Good", "Good", "Good", "Good"]);
    assert_eq!(got.framework, Some(FrameworkId::Ilacs2023));
    let rows = [(LEADERS, "Good"), (HELP, "Good"), (IN_CARE, "Good"), (LEAVERS, "Good"), (OVERALL, "Good")];
    let late = extract(&ilacs_report("Pellham", "16 to 27 March 2026", &rows));
    assert_eq!(late.framework, Some(FrameworkId::Ilacs2023));
    assert_eq!(grade(&late, Area::Overall), Some(Grade::Good));
}

// ---- Whose grade: a neighbouring council ----

#[test]
fn a_neighbouring_councils_grades_are_not_taken() {
    let text = "Ofsted has rated Pellham Council's children's services as requires improvement.\n\
                Pellham's neighbour, Dunmore, was rated good, with its services for care leavers judged outstanding.";
    let got = extract(text);
    assert_eq!(grade(&got, Area::Overall), Some(Grade::RequiresImprovement));
    assert_eq!(grade(&got, Area::CareLeavers), None, "{:?}", got.judgements);
    assert_eq!(got.judgements.len(), 1, "{:?}", got.judgements);
    // The same sentence without the neighbour is Pellham's.
    let own = extract(
        "Ofsted has rated Pellham Council's children's services as requires improvement.\n\
         Its services for care leavers were judged outstanding.",
    );
    assert_eq!(grade(&own, Area::CareLeavers), Some(Grade::Outstanding));
}

#[test]
fn a_body_the_council_shares_with_a_neighbour_is_its_own_and_no_one_elses() {
    let board = "The City and Hackney Safeguarding Children Board was judged inadequate.";
    // The board serves the City of London and Hackney: its grade is the City's...
    let city = extract(&format!(
        "The City of London Corporation's children's services were judged outstanding by Ofsted. {board}"
    ));
    assert_eq!(city.authority.as_deref(), Some("City of London Corporation"));
    assert_eq!(grade(&city, Area::Lscb), Some(Grade::Inadequate), "{:?}", city.judgements);
    // ...and not Barnet's, which it does not serve.
    let barnet = extract(&format!("Barnet Council's children's services were judged good by Ofsted. {board}"));
    assert_eq!(barnet.authority.as_deref(), Some("London Borough of Barnet"));
    assert_eq!(grade(&barnet, Area::Overall), Some(Grade::Good));
    assert_eq!(grade(&barnet, Area::Lscb), None, "{:?}", barnet.judgements);
}

// ---- Whether a word is a grade: a condition ----

#[test]
fn a_grade_word_followed_by_a_condition_describes_a_condition_not_a_result() {
    // Not taken, and the explanation says why: a condition, not an ordinary adjective.
    for text in [
        "Pellham Council's help for families is good if they ask for it early.",
        "Pellham Council's children's services are good when families ask for help early.",
        "Pellham Council's children's services are good where families know where to go.",
        "Pellham Council's children's services would be good unless funding is cut.",
        // A year more than eight words after "when" does not say when.
        "Pellham Council's children's services are good when families ask the council for help from its family support teams in 2024.",
    ] {
        assert_eq!(extract(text).judgements, [], "{text}");
        let words = explain(text);
        assert_eq!(words.len(), 1, "{text}");
        assert_eq!((words[0].taken, words[0].reason), (false, Reason::Condition), "{text}");
    }
    let result = extract("Pellham Council's children's services are good, inspectors found.");
    assert_eq!(grade(&result, Area::Overall), Some(Grade::Good));
    // "When" that says when, or in what, leaves the grade standing.
    for text in [
        "Ofsted judged Pellham Council's children's services inadequate when inspectors visited.",
        "Ofsted judged Pellham Council's children's services inadequate when it inspected them in March.",
        "Pellham Council's children's services were judged outstanding when it comes to leadership.",
    ] {
        assert!(!extract(text).judgements.is_empty(), "{text}");
    }
}

#[test]
fn a_tables_own_wording_outweighs_the_date() {
    // The combined children in care and care leavers judgement is the 2018 framework's, even in
    // a report of an inspection that began after the 2023 framework did.
    let rows = [
        (LEADERS, "Good"),
        (HELP, "Good"),
        ("The experiences and progress of children in care and care leavers", "Good"),
        (OVERALL, "Good"),
    ];
    let got = extract(&ilacs_report("Pellham", "13 to 24 March 2023", &rows));
    assert_eq!(got.framework, Some(FrameworkId::Ilacs2018));
    assert_eq!(codes(&got), []);
}

// ---- The evidence quoted ----

#[test]
fn a_long_sentences_evidence_is_the_clause_that_gives_the_grade() {
    let clause = "Kelby Council's children's services were rated good by Ofsted, whose inspectors spent two weeks in the borough \
                  talking to social workers, managers, foster carers, young people leaving care, partner agencies in health and \
                  the police, schools across the district, and the elected members who sit on the corporate parenting board,";
    let text = format!(
        "{clause} before writing a report that runs to thirty pages and praises the stability of the workforce."
    );
    let got = extract(&text);
    let quotes: Vec<&str> = got.judgements.iter().flat_map(|j| &j.evidence).map(|e| e.quote.as_str()).collect();
    assert_eq!(quotes, [clause]);
    // A short sentence is quoted whole.
    let got = extract("Kelby Council was rated good by Ofsted, whose report was published on Monday.");
    assert_eq!(
        got.judgements[0].evidence[0].quote,
        "Kelby Council was rated good by Ofsted, whose report was published on Monday."
    );
}

#[test]
fn evidence_leaves_out_a_bullet_before_the_sentence_but_keeps_an_opening_quote() {
    let got =
        extract("Kelby news\n- Kelby Council was rated good by Ofsted.\n* 'Kelby Council is good,' Ofsted said.\n");
    let quotes: Vec<&str> = got.judgements.iter().flat_map(|j| &j.evidence).map(|e| e.quote.as_str()).collect();
    assert_eq!(quotes, ["Kelby Council was rated good by Ofsted.", "'Kelby Council is good,' Ofsted said."]);
}

// ---- A report that disagrees with itself ----

/// The warning a reading gives for disagreeing grades of one area, if any.
fn disagreement(inspection: &Inspection) -> Option<&str> {
    inspection.warnings.iter().find(|w| w.code == WarningCode::TableBodyDisagree).map(|w| w.message.as_str())
}

#[test]
fn a_summary_table_and_a_section_heading_that_disagree_are_warned_of_and_the_first_is_shown() {
    let rows = [(LEADERS, "Good"), (HELP, "Good"), (IN_CARE, "Good"), (LEAVERS, "Good"), (OVERALL, "Good")];
    let body = format!(
        "\nPellham's services have improved.\n\n{HELP}: requires improvement to be good\n\nChildren wait too long.\n"
    );
    let got = extract(&(ilacs_report("Pellham", "4 to 15 March 2024", &rows) + &body));
    assert_eq!(grade(&got, Area::HelpProtection), Some(Grade::Good));
    assert_eq!(
        disagreement(&got),
        Some("Help and protection: good in the summary table but requires improvement in the section heading; the first is shown.")
    );
    // Two section headings of one area.
    let text = format!(
        "Inspection of Pellham local authority children's services\nInspection dates: 4 to 15 March 2024\n\n\
         Pellham's services have improved.\n\n{HELP}: good\n\nChildren get help quickly.\n{body}"
    );
    let got = extract(&text);
    assert_eq!(grade(&got, Area::HelpProtection), Some(Grade::Good));
    assert_eq!(
        disagreement(&got),
        Some("Help and protection: good in one section heading but requires improvement in another section heading; the first is shown.")
    );
    // Agreeing, they give one judgement, its evidence each passage once, and no warning.
    let agreeing = body.replace("requires improvement to be good", "good");
    let got = extract(&(ilacs_report("Pellham", "4 to 15 March 2024", &rows) + &agreeing + &agreeing));
    assert_eq!(disagreement(&got), None);
    let evidence = &got.judgement(Area::HelpProtection).expect("help and protection").evidence;
    let starts: Vec<usize> = evidence.iter().map(|e| e.start).collect();
    let mut unique = starts.clone();
    unique.dedup();
    assert_eq!(starts, unique, "{evidence:#?}");
    assert!(evidence.len() >= 2, "{evidence:#?}");
}

// ---- An undated text's year ----

#[test]
fn an_undated_text_is_later_than_the_years_it_gives_for_earlier_times() {
    // "since its previous inspection in 2017": this inspection came after, under the 2018
    // framework; the same year said of this inspection is the single inspection framework's.
    let after = extract("Ofsted has rated Kelby Council's children's services good, a big change since its previous inspection in 2017.");
    assert_eq!(after.framework, Some(FrameworkId::Ilacs2018));
    let then = extract("Kelby Council's children's services were rated good by Ofsted in 2017.");
    assert_eq!(then.framework, Some(FrameworkId::Sif));
}

#[test]
fn judgements_come_in_the_order_of_the_areas_whatever_the_order_of_the_text() {
    let rows = [
        (OVERALL, "Good"),
        (LEAVERS, "Good"),
        (IN_CARE, "Requires improvement to be good"),
        (HELP, "Good"),
        (LEADERS, "Outstanding"),
    ];
    let got = extract(&ilacs_report("Pellham", "4 to 15 March 2024", &rows));
    let order: Vec<Area> = got.judgements.iter().map(|j| j.area).collect();
    let want: Vec<Area> = Area::ALL.iter().copied().filter(|a| order.contains(a)).collect();
    assert_eq!((order.len(), order), (5, want));
}

#[test]
fn a_judgement_keeps_at_most_three_passages_as_evidence() {
    let got = extract(
        "Pellham Council was rated good by Ofsted in 2024. Pellham Council was rated good overall. \
         Ofsted judged Pellham Council good overall. Pellham Council's children's services are good, Ofsted said.",
    );
    let starts: Vec<usize> = got.judgements[0].evidence.iter().map(|e| e.start).collect();
    assert_eq!(starts, [0, 50, 90]);
}

#[test]
fn a_passage_that_gives_a_judgement_twice_is_its_evidence_once() {
    let got = extract("Ofsted rated Kelby Council good, and said Kelby Council is good.");
    assert_eq!(got.judgements.len(), 1);
    let quotes: Vec<&str> = got.judgements[0].evidence.iter().map(|e| e.quote.as_str()).collect();
    assert_eq!(quotes, ["Ofsted rated Kelby Council good, and said Kelby Council is good."]);
}

/// A hyphen inside a word ("looked-after") does not end a clause: the grades before and after it
/// keep the "previously" and the year of their clause, and none is taken as this inspection's.
#[test]
fn a_hyphen_inside_a_word_does_not_end_a_clause() {
    let got = extract(
        "The report for Kelby, which was previously rated \"outstanding\" for adoption and \"good\" for looked-after children services in 2012, was published today.",
    );
    assert!(got.judgements.is_empty(), "{:?}", got.judgements);
}
