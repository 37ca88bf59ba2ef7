#![cfg(not(target_arch = "wasm32"))]
//! The reading shown word by word (`explain`): which grade words were taken, for which areas
//! and dates, and why the others were left. Texts are the project's own, about invented
//! councils.

use ofsted_compare::{explain, Area, Grade, GradeWord, Reason, Verdict};

/// What a user sees of one grade word: the word's own text, taken or left, and why.
fn shown(word: &GradeWord) -> (&str, bool, Verdict, Reason) {
    (word.word.quote.as_str(), word.taken, word.verdict, word.reason)
}

/// The grade word whose sentence (its passage) contains `within`.
fn word_in<'a>(words: &'a [GradeWord], within: &str) -> &'a GradeWord {
    words.iter().find(|w| w.passage.quote.contains(within)).unwrap_or_else(|| panic!("no grade word in {within:?}"))
}

#[test]
fn a_tables_grades_are_taken_from_the_table_and_an_adjective_below_it_is_not() {
    let text = "Inspection of Pellham local authority children's services\n\
                Inspection dates: 4 to 15 March 2024\n\
                Judgement\nGrade\n\
                Overall effectiveness\nGood\n\
                The experiences and progress of care leavers\nRequires improvement to be good\n\n\
                Inspectors saw good practice in the care of babies.\n";
    let words = explain(text);
    assert_eq!(words.len(), 3, "{words:#?}");
    assert_eq!(shown(&words[0]), ("Good", true, Verdict::ThisInspection, Reason::Table));
    assert_eq!((words[0].grade, words[0].areas.as_slice()), (Grade::Good, [Area::Overall].as_slice()));
    assert_eq!(shown(&words[1]), ("Requires improvement to be good", true, Verdict::ThisInspection, Reason::Table));
    assert_eq!(words[1].areas, [Area::CareLeavers]);
    // The table's good grade does not reach a word after it.
    assert_eq!(shown(&words[2]), ("good", false, Verdict::NotAGrade, Reason::Adjective));
    assert_eq!(words[2].areas, []);
}

#[test]
fn a_grade_under_its_area_as_a_heading_is_taken_from_the_heading() {
    let text = "Inspection of Pellham local authority children's services\n\
                Inspection dates: 8 to 19 June 2026\n\
                The impact of leaders on social work practice with children and families\nGood\n";
    let words = explain(text);
    assert_eq!(words.len(), 1, "{words:#?}");
    assert_eq!(shown(&words[0]), ("Good", true, Verdict::ThisInspection, Reason::Heading));
    assert_eq!(words[0].areas, [Area::Leadership]);
}

#[test]
fn a_word_the_reader_left_is_not_taken_because_its_sentence_gave_a_grade() {
    let words = explain("Inspectors said Pellham Council was good overall, and its good practice shone.");
    assert_eq!(words.len(), 2, "{words:#?}");
    assert_eq!(shown(&words[0]), ("good", true, Verdict::ThisInspection, Reason::FixedForm));
    assert_eq!(shown(&words[1]), ("good", false, Verdict::NotAGrade, Reason::Adjective));
}

#[test]
fn every_passage_giving_the_grade_read_is_taken_beyond_the_evidence_a_judgement_keeps() {
    // A judgement keeps three passages as evidence; the fourth is still one of its sources.
    let words = explain(
        "Pellham Council was rated good by Ofsted in 2024. Pellham Council was rated good overall. \
         Ofsted judged Pellham Council good overall. Pellham Council's children's services are good, Ofsted said.",
    );
    assert_eq!(words.len(), 4, "{words:#?}");
    for word in &words {
        assert!(word.taken, "{word:#?}");
        assert_eq!((word.verdict, word.areas.as_slice()), (Verdict::ThisInspection, [Area::Overall].as_slice()));
        assert_ne!(word.reason, Reason::Superseded);
    }
    assert_eq!(words[3].reason, Reason::Subject);
    // The date the judgement was read with.
    assert_eq!(words[0].date.as_deref(), Some("2024"));
}

#[test]
fn a_second_passage_giving_an_area_another_grade_is_left_as_superseded() {
    let words = explain(
        "Pellham Council's children's services were rated inadequate by Ofsted in March 2024. \
         Pellham Council's children's services were rated good by Ofsted in March 2024.",
    );
    assert_eq!(words.len(), 2, "{words:#?}");
    assert_eq!(shown(&words[0]), ("inadequate", true, Verdict::ThisInspection, Reason::Subject));
    // What it said is shown (this inspection, overall, its date), though it was not taken.
    assert_eq!(shown(&words[1]), ("good", false, Verdict::ThisInspection, Reason::Superseded));
    assert_eq!((words[1].areas.as_slice(), words[1].date.as_deref()), ([Area::Overall].as_slice(), Some("2024-03")));
}

#[test]
fn a_grade_the_framework_does_not_make_is_left_and_says_so() {
    // The April 2026 framework makes no overall judgement.
    let text = "Ofsted inspected Pellham Council's children's services in June 2026. \
                Leaders' impact on practice was rated good. Pellham Council was rated good overall.";
    let words = explain(text);
    assert_eq!(shown(word_in(&words, "Leaders")), ("good", true, Verdict::ThisInspection, Reason::Subject));
    assert_eq!(shown(word_in(&words, "overall")), ("good", false, Verdict::ThisInspection, Reason::NotInFramework));
}

#[test]
fn a_councils_grade_quoted_in_a_childrens_home_report_is_left_as_not_a_council_text() {
    let text = "Inspection of a children's home\n\
                Unique reference number: SC123456\n\
                Inspection dates: 3 and 4 April 2024\n\
                The effectiveness of leaders and managers\nGood\n\
                Pellham Council's children's services were rated good by Ofsted in 2023.\n";
    let words = explain(text);
    let council = word_in(&words, "2023");
    assert_eq!((council.taken, council.reason), (false, Reason::NotACouncilText), "{words:#?}");
}

#[test]
fn each_word_left_or_taken_gives_the_reason_a_reader_would_check() {
    let words = explain(
        "Kelby Council's children's services are not good. Kelby Council aims to be outstanding. \
         Kelby Council was rated good in all areas. Kelby Council's leadership was rated good, as was the case in 2019. \
         Ofsted rated Kelby Council's help and protection good. The same rating was given to care leavers. \
         The NHS trust was rated good.",
    );
    let want = [
        ("not good", "good", false, Verdict::Hypothetical, Reason::Negated),
        ("aims", "outstanding", false, Verdict::Hypothetical, Reason::Aim),
        ("all areas", "good", true, Verdict::ThisInspection, Reason::Collective),
        ("as was the case", "good", true, Verdict::ThisInspection, Reason::AsBefore),
        ("The same rating", "same rating", true, Verdict::ThisInspection, Reason::SameAsBefore),
        ("NHS trust", "good", false, Verdict::OtherBody, Reason::OtherService),
    ];
    for (within, word, taken, verdict, reason) in want {
        assert_eq!(shown(word_in(&words, within)), (word, taken, verdict, reason), "{within}");
    }
    assert_eq!(word_in(&words, "The same rating").areas, [Area::CareLeavers]);
}
