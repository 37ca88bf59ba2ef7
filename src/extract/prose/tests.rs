//! The passes of the prose reader one by one: sentences and clauses, whether a word is a grade
//! here, whose it is, which areas, and when. Each test reads invented sentences.

use std::ops::Range;

use crate::model::{Area, FrameworkId, Grade, Reason, Verdict};
use crate::text::Doc;

use super::{read, Context, Mention, Reader};

fn context(framework: Option<FrameworkId>) -> Context {
    Context { framework, report: false, ungraded: false, year: Some(2024) }
}

/// The mentions of a text read as news about an unknown framework.
fn mentions(text: &str) -> Vec<Mention> {
    let doc = Doc::new(text);
    read(&doc, &context(None), Some("Kelby Council"), None)
}

/// The mention of the `n`th grade word of a text (0 first).
fn nth(text: &str, n: usize) -> Mention {
    mentions(text).into_iter().nth(n).unwrap_or_else(|| panic!("no grade word {n} in {text:?}"))
}

/// The areas and earlier-ness a mention gave, sorted.
fn given(m: &Mention) -> Vec<(Area, bool)> {
    let mut out: Vec<(Area, bool)> = m.found.iter().map(|f| (f.area, f.previous)).collect();
    out.sort();
    out.dedup();
    out
}

// ---- Sentences and clauses ----

#[test]
fn sentences_do_not_end_at_abbreviations_or_decimal_points() {
    let doc = Doc::new("Cllr. Smith said the council was rated good. It scored 2.5 on one count.");
    let sentences = super::sentences::split_sentences(&doc);
    assert_eq!(sentences.len(), 2);
    assert_eq!(doc.tokens_text(sentences[0].clone()), "Cllr. Smith said the council was rated good.");
}

#[test]
fn clauses_end_at_contrasts_and_dashes_but_not_at_an_aside_between_dashes() {
    let text = "Leadership was good while care leavers required improvement - inspectors said so. \
                The last inspection - in 2019 - rated it good.";
    let doc = Doc::new(text);
    let reader = Reader::new(&doc, &context(None));
    let clause_text = |s: usize, word: &str| {
        let sentence = reader.sentences[s].clone();
        let at = sentence.clone().find(|&i| doc.is(i, word)).unwrap();
        doc.tokens_text(reader.clause(sentence, at..at + 1)).to_string()
    };
    assert_eq!(clause_text(0, "leadership"), "Leadership was good");
    assert_eq!(clause_text(0, "care"), "care leavers required improvement");
    assert_eq!(clause_text(1, "rated"), "The last inspection - in 2019 - rated it good.");
}

// ---- Whether a word is a grade here ----

#[test]
fn ordinary_uses_of_grade_words_are_told_apart() {
    let cases: [(&str, Reason); 9] = [
        ("The council hopes to be good or outstanding.", Reason::Range),
        ("Social workers do very good work.", Reason::Degree),
        ("Inspectors saw good practice in Kelby.", Reason::Adjective),
        ("Kelby Council's help is good if families ask early.", Reason::Condition),
        ("Kelby Council's help is good when families ask early.", Reason::Condition),
        ("Kelby Council is good at recruiting social workers.", Reason::Skill),
        ("Kelby Council was not rated good.", Reason::Negated),
        ("Kelby Council wants to become good.", Reason::Aim),
        ("An outstanding, well-run authority knows its children.", Reason::Definition),
    ];
    for (text, reason) in cases {
        let m = nth(text, 0);
        assert_eq!((m.reason, m.found.is_empty()), (reason, true), "{text}");
    }
}

#[test]
fn a_grade_named_by_a_judgement_noun_past_ofsted_is_a_grade() {
    let m = nth("Kelby Council's 'inadequate' Ofsted rating was a shock.", 0);
    assert_eq!(given(&m), [(Area::Overall, false)]);
    assert_eq!(m.reason, Reason::NamedJudgement);
}

#[test]
fn words_of_aims_used_as_facts_do_not_make_an_aim() {
    for text in [
        "Kelby Council has become the first council to receive a 'good' rating.",
        "The help and protection of children in need was rated good in Kelby Council.",
        "In May 2024, Kelby Council was rated good.",
    ] {
        assert!(!nth(text, 0).found.is_empty(), "{text}");
    }
}

// ---- Whose grade it is ----

#[test]
fn grades_are_said_of_subjects_objects_and_areas_named_for_them() {
    let cases: [(&str, usize, Reason, &[Area]); 6] = [
        ("Leadership was rated good.", 0, Reason::Subject, &[Area::Leadership]),
        ("Ofsted rated Kelby Council as inadequate.", 0, Reason::Object, &[Area::Overall]),
        ("Kelby Council was rated good for help and protection.", 0, Reason::ForArea, &[Area::HelpProtection]),
        (
            "Inspectors rated help and protection good and the impact of leaders outstanding.",
            1,
            Reason::Object,
            &[Area::Leadership],
        ),
        ("Kelby Council received 'good' for its care leavers.", 0, Reason::ForArea, &[Area::CareLeavers]),
        ("The same rating was also given to care leavers.", 0, Reason::SameAsBefore, &[]),
    ];
    for (text, n, reason, areas) in cases {
        let got = mentions(text);
        let Some(m) = got.get(n) else {
            assert!(areas.is_empty(), "{text}: no grade word {n}");
            continue;
        };
        assert_eq!(m.reason, reason, "{text}");
        assert_eq!(given(m).iter().map(|&(a, _)| a).collect::<Vec<_>>(), areas, "{text}");
    }
}

#[test]
fn the_same_rating_takes_the_grade_of_the_sentence_before() {
    let got = mentions(
        "Kelby Council was rated inadequate for help and protection. The same rating was given to leadership.",
    );
    let same = got.iter().find(|m| m.reason == Reason::SameAsBefore).expect("the same rating is read");
    assert_eq!((same.grade, given(same)), (Grade::Inadequate, vec![(Area::Leadership, false)]));
}

#[test]
fn subjects_left_unsaid_are_found() {
    let cases: [(&str, usize, &[Area]); 5] = [
        ("The local authority received 'Good' in all areas.", 0, &[Area::Overall]),
        ("One area - adoption - was rated as good at Kelby Council.", 0, &[Area::Adoption]),
        ("It was rated inadequate in 2019.", 0, &[Area::Overall]),
        ("Kelby Council's services were criticised and condemned as inadequate.", 0, &[Area::Overall]),
        (
            "Performance was good in the following areas:\n\n  • Adoption performance\n  • Care leavers\n",
            0,
            &[Area::CareLeavers, Area::Adoption],
        ),
    ];
    for (text, n, areas) in cases {
        let m = nth(text, n);
        let mut got: Vec<Area> = given(&m).iter().map(|&(a, _)| a).collect();
        let mut want = areas.to_vec();
        got.sort();
        want.sort();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn other_bodies_grades_are_not_the_councils() {
    let cases: [(&str, Verdict); 5] = [
        ("St Anne's School was rated good by Ofsted.", Verdict::OtherBody),
        ("Greenfields children's home kept its outstanding grade.", Verdict::OtherBody),
        ("Kelby Council's fostering service was judged outstanding.", Verdict::OtherBody),
        ("Its neighbour, Ashvale Council, was rated inadequate.", Verdict::OtherBody),
        ("The hospital trust was rated good by the Care Quality Commission.", Verdict::OtherBody),
    ];
    for (text, verdict) in cases {
        let m = nth(text, 0);
        assert_eq!((m.verdict(), m.found.is_empty()), (verdict, true), "{text}");
    }
}

#[test]
fn a_childrens_trust_is_the_councils_services() {
    let m = nth("Kelby Children's Services Trust, which runs the council's services, was rated good.", 0);
    assert_eq!(given(&m), [(Area::Overall, false)]);
}

// ---- Which areas ----

#[test]
fn statements_about_every_area_cover_the_frameworks_areas_but_the_excepted() {
    let doc = Doc::new("Kelby Council was rated good in all areas apart from care leavers.");
    let got = read(&doc, &context(Some(FrameworkId::Ilacs2023)), Some("Kelby Council"), None);
    let areas: Vec<Area> = given(&got[0]).iter().map(|&(a, _)| a).collect();
    assert_eq!(areas, [Area::Overall, Area::HelpProtection, Area::Leadership, Area::ChildrenInCare]);
}

#[test]
fn some_areas_unnamed_give_nothing_and_included_ones_add_to_the_grade() {
    assert_eq!(nth("Kelby Council was rated good in three of the four areas.", 0).reason, Reason::UnnamedAreas);
    let m = nth("Kelby Council was rated inadequate across services including adoption and care leavers.", 0);
    let areas: Vec<Area> = given(&m).iter().map(|&(a, _)| a).collect();
    assert_eq!(areas, [Area::Overall, Area::CareLeavers, Area::Adoption]);
}

#[test]
fn four_key_areas_are_every_area_when_the_framework_makes_four_judgements() {
    let doc = Doc::new("Kelby Council was graded requires improvement in four key areas.");
    let got = read(&doc, &context(Some(FrameworkId::Ilacs2018)), Some("Kelby Council"), None);
    assert_eq!(got[0].found.len(), 4);
    let got = read(&doc, &context(Some(FrameworkId::Sif)), Some("Kelby Council"), None);
    assert_eq!(got[0].reason, Reason::UnnamedAreas);
}

// ---- When ----

#[test]
fn words_and_dates_of_earlier_inspections_make_earlier_grades() {
    let cases: [(&str, Reason); 6] = [
        ("At its last inspection, Kelby Council was rated good.", Reason::EarlierMarker),
        ("Kelby Council was rated good in 2019.", Reason::EarlierDate),
        ("This follows a rating of 'inadequate' for Kelby Council.", Reason::ChangeFrom),
        ("Kelby Council has improved since being rated inadequate.", Reason::EarlierMarker),
        ("Kelby Council was rated inadequate two years ago.", Reason::EarlierMarker),
        ("Kelby Council is no longer rated inadequate.", Reason::EarlierMarker),
    ];
    for (text, reason) in cases {
        let m = nth(text, 0);
        assert_eq!((m.reason, given(&m)), (reason, vec![(Area::Overall, true)]), "{text}");
    }
}

#[test]
fn a_grade_that_persists_was_given_before_too() {
    for text in [
        "Kelby Council has again been rated inadequate.",
        "Kelby Council remains inadequate.",
        "Kelby Council was rated outstanding for the second consecutive time.",
        "Kelby Council has held on to its good rating.",
    ] {
        let m = nth(text, 0);
        assert_eq!(given(&m), [(Area::Overall, false), (Area::Overall, true)], "{text}");
    }
    // "The first time" is no repetition.
    let m = nth("Kelby Council was rated outstanding for the first time.", 0);
    assert_eq!(given(&m), [(Area::Overall, false)]);
}

#[test]
fn reported_speech_is_not_an_earlier_inspection() {
    let m = nth("Members noted that Kelby Council's children's services had been judged good.", 0);
    assert_eq!(given(&m), [(Area::Overall, false)]);
    let m = nth("Kelby Council's children's services had been judged good.", 0);
    assert_eq!(given(&m), [(Area::Overall, true)]);
}

#[test]
fn a_change_from_one_grade_to_another_gives_both() {
    let got = mentions("Kelby Council's children's services improved from inadequate to good.");
    assert_eq!(given(&got[0]), [(Area::Overall, true)]);
    assert_eq!(given(&got[1]), [(Area::Overall, false)]);
}

#[test]
fn a_date_after_a_comma_and_another_grade_is_not_this_ones() {
    let got = mentions("Kelby Council was rated good when last inspected in 2021, and requires improvement in 2015.");
    let dates: Vec<Option<String>> = got.iter().map(|m| m.found.first().and_then(|f| f.date.clone())).collect();
    assert_eq!(dates, [Some("2021".to_string()), Some("2015".to_string())]);
}

#[test]
fn a_visits_findings_are_not_grades() {
    let doc = Doc::new("Kelby Council was rated inadequate in 2022. Practice is now good in some teams.");
    let ctx = Context { ungraded: true, ..context(None) };
    let got = read(&doc, &ctx, Some("Kelby Council"), None);
    assert_eq!(given(&got[0]), [(Area::Overall, true)]);
    assert!(got[1].found.is_empty());
}

/// Mentions cover exactly their grade word's tokens.
#[test]
fn each_mention_is_its_grade_word() {
    let doc = Doc::new("Leadership requires improvement to be good and help is outstanding.");
    let got = read(&doc, &context(None), Some("Kelby Council"), None);
    let words: Vec<&str> = got.iter().map(|m| doc.tokens_text(m.tokens.clone())).collect();
    assert_eq!(words, ["requires improvement to be good", "outstanding"]);
    let _: Range<usize> = got[0].sentence.clone();
}
