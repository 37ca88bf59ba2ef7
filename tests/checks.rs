#![cfg(not(target_arch = "wasm32"))]
//! The checks on what was read, each warning seen where it must be and not where it must not:
//! text that cannot be read (binary, no words, not English), no judgement found (and which of
//! the three sentences says so), a report left short of its framework's judgements, two
//! reports in one text, and a report that stops part way. Texts are the project's own, about
//! invented councils.

use ofsted_compare::{extract, Inspection, WarningCode};

fn codes(inspection: &Inspection) -> Vec<WarningCode> {
    inspection.warnings.iter().map(|w| w.code).collect()
}

/// The message of the one warning with this code.
fn message(inspection: &Inspection, code: WarningCode) -> &str {
    let found: Vec<&str> = inspection.warnings.iter().filter(|w| w.code == code).map(|w| w.message.as_str()).collect();
    assert_eq!(found.len(), 1, "{code:?} in {:?}", inspection.warnings);
    found[0]
}

const ENGLISH: &str = "The council opened a new library on the high street last week, and residents said that they \
                       were pleased with the building and with its long opening hours in the winter.";

// ---- Text that cannot be read ----

/// `ok` bytes of plain words followed by `odd` copies of `junk`.
fn words_then(ok: usize, junk: &str, odd: usize) -> String {
    let words = "plain words ".repeat(ok / 12 + 1);
    format!("{}{}", &words[..ok], junk.repeat(odd))
}

#[test]
fn binary_data_is_named_as_such_whatever_its_odd_characters() {
    // Control characters, DEL, and replacement characters (left where bytes were not text).
    for junk in ["\u{1}", "\u{7f}", "\u{fffd}"] {
        let got = extract(&words_then(20, junk, 200));
        assert_eq!(codes(&got), [WarningCode::NotText], "{junk:?}");
        assert!(message(&got, WarningCode::NotText).contains("binary data"));
    }
    // A fifth of the text is enough.
    assert_eq!(codes(&extract(&words_then(80, "\u{2}", 20))), [WarningCode::NotText]);
}

#[test]
fn a_tenth_of_odd_characters_or_line_ends_alone_are_still_text() {
    // Exactly a tenth: "more than a tenth" makes binary.
    let got = extract(&words_then(90, "\u{1}", 10));
    assert!(!codes(&got).contains(&WarningCode::NotText), "{:?}", got.warnings);
    // Newlines, tabs and form feeds are text's own.
    let lines = format!("{}\n\n\t\n\u{c}\n\r\n", ENGLISH).repeat(3);
    assert_eq!(codes(&extract(&lines)), [WarningCode::NoJudgements]);
}

#[test]
fn binary_data_is_found_past_the_first_kilobyte() {
    // The first 16 KB are looked at: 1.5 KB of words before 10 KB of control characters is
    // still binary data.
    let got = extract(&words_then(1500, "\u{3}", 10_000));
    assert_eq!(codes(&got), [WarningCode::NotText]);
}

#[test]
fn a_text_of_numbers_and_signs_has_no_words() {
    let got = extract("12 34 -- 56/78 ... 90 (1) [2] 2024 + 7 = 9");
    assert_eq!(codes(&got), [WarningCode::NotAnInspection]);
    assert_eq!(message(&got, WarningCode::NotAnInspection), "The text has no words in it.");
}

// ---- No judgement found ----

#[test]
fn an_english_text_with_no_judgement_says_none_was_found() {
    let got = extract(ENGLISH);
    assert_eq!(codes(&got), [WarningCode::NoJudgements]);
    assert_eq!(
        message(&got, WarningCode::NoJudgements),
        "No Ofsted judgement of a council's children's services was found in this text."
    );
}

#[test]
fn a_text_in_another_language_says_so_once_it_is_long_enough_to_tell() {
    // (Some German words are English ones too: "in" here.)
    let german = "Der Jugenddienst der Stadt wurde von den Fachleuten sehr gelobt und die Leitung arbeitet in \
                  vielen Bereichen eng mit den Schulen und Familien der Gegend zusammen, sagte man uns gestern.";
    let got = extract(german);
    assert_eq!(codes(&got), [WarningCode::NotAnInspection]);
    assert!(message(&got, WarningCode::NotAnInspection).contains("does not look like English"));
    // Twenty words are enough; under twenty there is too little to tell: no judgement, said
    // plainly.
    let twenty = "Der Jugenddienst der Stadt wurde von den Fachleuten sehr gelobt und die Leitung arbeitet eng mit den Schulen gut zusammen.";
    assert_eq!(twenty.split_whitespace().count(), 20);
    assert_eq!(codes(&extract(twenty)), [WarningCode::NotAnInspection]);
    let short = "Der Jugenddienst der Stadt wurde sehr gelobt, sagte man.";
    assert_eq!(codes(&extract(short)), [WarningCode::NoJudgements]);
}

#[test]
fn a_report_or_an_earlier_grade_without_this_inspections_grades_says_so() {
    let report = format!(
        "Inspection of Pellham local authority children's services\nInspection dates: 4 to 15 March 2024\n\
         Lead inspector: Jo Bell\n{ENGLISH}\n"
    );
    let got = extract(&report);
    assert_eq!(got.judgements, []);
    assert_eq!(
        message(&got, WarningCode::NoJudgements),
        "No graded judgement of this inspection was found in the text."
    );
    // An article that gives only an earlier inspection's grade.
    let earlier = extract("Pellham Council was rated inadequate when it was last inspected in 2019.");
    assert_eq!((earlier.judgements.len(), earlier.framework), (0, None));
    assert_eq!(earlier.previous.len(), 1, "{:?}", earlier.previous);
    assert_eq!(
        message(&earlier, WarningCode::NoJudgements),
        "No graded judgement of this inspection was found in the text."
    );
}

// ---- Judgements left out ----

const TITLE: &str = "Inspection of Pellham local authority children's services\nInspection dates: 4 to 15 March 2024\n\
                     Lead inspector: Jo Bell, His Majesty's Inspector\nJudgement\nGrade\n";

#[test]
fn a_report_without_one_of_its_frameworks_judgements_names_it() {
    let text = format!(
        "{TITLE}The impact of leaders on social work practice with children and families\nGood\n\
         The experiences and progress of children who need help and protection\nGood\n\
         The experiences and progress of children in care\nGood\n\
         Overall effectiveness\nGood\n"
    );
    let got = extract(&text);
    assert_eq!(codes(&got), [WarningCode::MissingJudgement]);
    assert_eq!(
        message(&got, WarningCode::MissingJudgement),
        "No grade was found for: The experiences and progress of care leavers."
    );
}

#[test]
fn a_single_inspection_report_without_its_overall_effectiveness_names_it() {
    // Overall effectiveness is printed above the single inspection framework's table, not in
    // it; the local safeguarding children board's review may be left out.
    let text = "Pellham County Council\n\
                Inspection of services for children in need of help and protection, children looked after and care leavers\n\
                Inspection date: 2 June 2015 - 25 June 2015\nReport published: 30 July 2015\n\
                1. Children who need help and protection\nGood\n\
                2. Children looked after and achieving permanence\nGood\n\
                2.1 Adoption performance\nGood\n\
                2.2 Experiences and progress of care leavers\nGood\n\
                3. Leadership, management and governance\nGood\n";
    let got = extract(text);
    assert_eq!(codes(&got), [WarningCode::MissingJudgement]);
    assert_eq!(message(&got, WarningCode::MissingJudgement), "No grade was found for: Overall effectiveness.");
}

// ---- Two reports in one text ----

fn title_block(dates: &str) -> String {
    format!(
        "Inspection of Pellham local authority children's services\nInspection dates: {dates}\n\
         Lead inspector: Jo Bell\nJudgement\nGrade\nOverall effectiveness\nGood\n{ENGLISH}\n"
    )
}

#[test]
fn two_inspections_in_one_text_are_named_by_their_dates() {
    let got = extract(&format!("{}{}", title_block("4 to 15 March 2024"), title_block("10 to 21 May 2021")));
    let said = message(&got, WarningCode::SeveralInspections);
    assert!(said.contains("more than one inspection (inspected 2024-03-04, 2021-05-10)"), "{said}");
}

#[test]
fn one_report_pasted_twice_is_named_as_such() {
    let once = title_block("4 to 15 March 2024");
    assert!(!codes(&extract(&once)).contains(&WarningCode::SeveralInspections));
    let got = extract(&once.repeat(2));
    let said = message(&got, WarningCode::SeveralInspections);
    assert!(said.starts_with("The same inspection's title block appears 2 times"), "{said}");
}

// ---- A report that stops part way ----

/// A full 2024 ILACS report's table, then `tail`.
fn report_ending(tail: &str) -> Inspection {
    extract(&format!(
        "{TITLE}The impact of leaders on social work practice with children and families\nGood\n\
         The experiences and progress of children who need help and protection\nGood\n\
         The experiences and progress of children in care\nGood\n\
         The experiences and progress of care leavers\nGood\n\
         Overall effectiveness\nGood\n{tail}"
    ))
}

const CUT: &str = "Leaders have worked hard since the last inspection to improve the way that social workers";

/// The same, with `head` before its title.
fn report_under(head: &str, tail: &str) -> Inspection {
    let report = report_ending(tail);
    assert!(report.warnings.iter().all(|w| w.code == WarningCode::Truncated));
    extract(&format!(
        "{head}\n{TITLE}The impact of leaders on social work practice with children and families\nGood\n\
         The experiences and progress of children who need help and protection\nGood\n\
         The experiences and progress of children in care\nGood\n\
         The experiences and progress of care leavers\nGood\n\
         Overall effectiveness\nGood\n{tail}"
    ))
}

#[test]
fn a_report_that_stops_mid_sentence_is_flagged() {
    let got = report_ending(CUT);
    assert_eq!(codes(&got), [WarningCode::Truncated]);
    assert!(message(&got, WarningCode::Truncated).contains("stop part way through a sentence"));
    // Closing matter at the top, far from the end, does not make the end whole.
    let long_tail = format!("{ENGLISH}\n{ENGLISH}\n{ENGLISH}\n{CUT}");
    assert_eq!(codes(&report_under("© Crown copyright 2024, www.gov.uk/ofsted", &long_tail)), [WarningCode::Truncated]);
}

#[test]
fn a_report_that_ends_in_a_full_stop_a_grade_or_its_closing_matter_is_whole() {
    assert_eq!(codes(&report_ending(&format!("{CUT}."))), []);
    assert_eq!(codes(&report_ending("")), []);
    // Closing matter in the last fifth, even with a line of five words or more after it.
    for closing in ["© Crown copyright 2024", "Yours sincerely", "www.ofsted.gov.uk"] {
        let tail = format!("{CUT}\n{closing}\nJo Bell, His Majesty's Inspector for the north");
        assert_eq!(codes(&report_ending(&tail)), [], "{closing}");
    }
}
