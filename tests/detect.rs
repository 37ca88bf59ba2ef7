#![cfg(not(target_arch = "wasm32"))]
//! What a text is, before its grades are read: its kind (report, letter, news, press release)
//! from cues where each kind prints them, the council from where it is named, and another
//! service's inspection from its headline. Texts are the project's own, about invented councils
//! and schools.

use ofsted_compare::{extract, FrameworkId, Kind};

/// `n` lines of an article's body that name no kind, council or grade.
fn filler(n: usize) -> String {
    (0..n).map(|i| format!("Paragraph {i} of the story talks about the weather and the roads.\n")).collect()
}

/// An article: its headline, twenty paragraphs of filler, then `body` (far below the title
/// block, where a name weighs least).
fn article(headline: &str, body: &str) -> String {
    format!("{headline}\n\n{}{body}\n", filler(20))
}

// ---- Kind ----

#[test]
fn a_letter_with_a_reports_title_lines_is_a_letter() {
    // Two report cues at the top, then "Dear" and, far below, "Yours sincerely".
    let text = format!(
        "Monitoring visit to Pellham children's services\nInspection dates: 2 and 3 May 2023\n\
         Lead inspector: Jo Bell\n\nDear Ms Smith\n\n{}\nYours sincerely\n\nJo Bell\n",
        filler(60)
    );
    assert_eq!(extract(&text).kind, Kind::Letter);
}

#[test]
fn report_words_in_a_long_articles_body_do_not_make_it_a_report() {
    let text = format!(
        "Pellham Council's children's services rated good\n\nStandfirst about the council.\n{}\
         The lead inspector said the inspection report would be published soon.\n\
         The inspection dates were agreed with the council.\n",
        filler(60)
    );
    assert_eq!(extract(&text).kind, Kind::News);
}

#[test]
fn a_long_article_with_no_cue_is_news() {
    let text = format!("Pellham Council's children's services rated good\n\n{}", filler(60));
    let got = extract(&text);
    assert_eq!(got.kind, Kind::News);
    assert_eq!(got.authority.as_deref(), Some("Pellham Council"));
}

#[test]
fn dear_in_the_middle_of_a_line_is_not_a_letters_greeting() {
    let text = "Pellham Council's children's services were rated good by Ofsted.\n\
                The council's leader thanked her dear colleagues for their work.";
    let got = extract(text);
    assert_eq!(got.kind, Kind::News);
    assert_eq!(got.judgements.len(), 1);
}

#[test]
fn a_greeting_at_the_start_of_a_line_makes_a_letter() {
    let text = "Dear Councillor Green\nPellham Council's children's services were rated good by Ofsted.\n";
    assert_eq!(extract(text).kind, Kind::Letter);
}

#[test]
fn the_more_numerous_of_news_and_press_release_cues_decides() {
    let body = "Pellham Council's children's services were rated good by Ofsted, the council said today.\n";
    let news = format!("{body}Share this article\nRelated articles\nPress office\n");
    assert_eq!(extract(&news).kind, Kind::News);
    let press = format!("{body}Press office\nNotes to editors\nShare this article\n");
    assert_eq!(extract(&press).kind, Kind::PressRelease);
}

#[test]
fn a_text_of_fewer_than_twelve_words_and_signs_is_of_no_known_kind() {
    // Eleven tokens (ten words and a full stop), then twelve.
    let short = extract("Pellham Council was rated good by Ofsted in the spring.");
    assert_eq!(short.kind, Kind::Unknown);
    let long = extract("Pellham Council was rated good by Ofsted in the early spring.");
    assert_eq!(long.kind, Kind::News);
    // Either way its grade is read.
    assert_eq!((short.judgements.len(), long.judgements.len()), (1, 1));
}

// ---- Council ----

#[test]
fn an_articles_council_is_found_however_far_down_it_is_named() {
    // (A report's council is looked for in its first pages only; an article's anywhere.)
    let text = format!(
        "Children's services rated good\n\nStandfirst.\n{}Services in the County of Rutland were rated good by Ofsted.\n",
        filler(450)
    );
    let got = extract(&text);
    assert_eq!(got.authority.as_deref(), Some("Rutland County Council"));
    // Known to the gazetteer, so with its code.
    assert_eq!(got.authority_code.as_deref(), Some("857"));
}

#[test]
fn a_royal_borough_in_the_headline_that_the_gazetteer_does_not_know_outweighs_a_partner_named_below() {
    // Kent is known and named twice, but the headline says whose services these are.
    let text = "Royal Borough of Ashvale children's services judged good by Ofsted\n\n\
                Inspectors found services in the Royal Borough of Ashvale good. The council works with \
                Kent County Council on fostering, and Kent County Council welcomed the result.\n";
    let got = extract(text);
    assert_eq!(got.authority.as_deref(), Some("Royal Borough of Ashvale"));
    assert_eq!(got.authority_code, None);
}

#[test]
fn a_borough_in_the_headline_that_the_gazetteer_knows_is_named_by_its_official_name() {
    // Greenwich's name before it became a royal borough in 2012.
    let got = extract(
        "London Borough of Greenwich children's services judged good\n\n\
         Ofsted found services for children in Greenwich good.\n",
    );
    assert_eq!(got.authority.as_deref(), Some("Royal Borough of Greenwich"));
    assert_eq!(got.authority_code.as_deref(), Some("203"));
}

#[test]
fn a_title_case_headline_is_not_taken_for_a_borough_it_does_not_name() {
    // "London" and "Of" in a headline in title case, three words before a capital, name no
    // borough: the council named below stands.
    for headline in [
        "London Councils Network Praises Work For Children In Barnet",
        "Inspectors Rate The Quality Of Help In Barnet As Good",
    ] {
        let text =
            format!("{headline}\n\nOfsted judged Barnet Council's children's services good. Barnet Council said so.\n");
        let got = extract(&text);
        assert_eq!(got.authority.as_deref(), Some("London Borough of Barnet"), "{headline}");
        assert_eq!(got.authority_code.as_deref(), Some("302"), "{headline}");
    }
}

/// The council `text` is read as being about, with its DfE code.
fn council_of(text: &str) -> (Option<String>, Option<String>) {
    let got = extract(text);
    (got.authority, got.authority_code)
}

fn named(name: &str, code: &str) -> (Option<String>, Option<String>) {
    (Some(name.to_string()), Some(code.to_string()))
}

#[test]
fn a_predecessor_named_more_often_than_its_successor_counts_for_the_successor() {
    let text = "Children's services judged good\n\n\
                Cumberland Council's services for children were judged good. Inspectors said \
                Cumbria County Council had left much to do, staff of Cumbria County Council moved \
                across, and Cumbria County Council's old offices were sold.\n";
    assert_eq!(council_of(text), named("Cumberland Council", "942"));
    // Of two successors, the one the text names more.
    let text = "Children's services judged good\n\n\
                Westmorland and Furness Council was judged good; Westmorland and Furness Council \
                thanked staff who came from Cumbria County Council. Cumberland Council was not inspected.\n";
    assert_eq!(council_of(text), named("Westmorland and Furness Council", "943"));
}

#[test]
fn a_predecessors_mentions_are_added_to_its_successors() {
    // Below the title block, Lancashire in full three times (9) first; Cumberland once in short
    // (1) and Cumbria in full three times (9): Cumberland's 10 outweighs Lancashire's 9.
    let text = article(
        "Children's services judged good",
        "Lancashire County Council, Lancashire County Council \
         and Lancashire County Council were named first. Cumberland was judged good. Cumbria County \
         Council, Cumbria County Council and Cumbria County Council were named last.",
    );
    assert_eq!(council_of(&text), named("Cumberland Council", "942"));
}

#[test]
fn a_council_is_a_place_only_from_the_year_after_it_was_abolished() {
    // Cumbria was abolished in March 2023: a text of 2023 may still be about it.
    let text = article(
        "Ofsted news",
        "Ofsted judged children's services in Cumbria good in January 2023. Cumbria was \
         praised and Cumbria celebrated.",
    );
    assert_eq!(council_of(&text), named("Cumbria County Council", "909"));
}

#[test]
fn a_council_is_named_whatever_stands_before_it_at_the_start_of_the_text() {
    for (text, council) in [
        ("-Kelby Council's children's services were judged good.\n", (Some("Kelby Council".to_string()), None)),
        (
            "Of Kelby Council's children's services, inspectors said they were good.\n",
            (Some("Kelby Council".to_string()), None),
        ),
        (
            "Of Kent County Council's children's services, inspectors said they were good.\n",
            named("Kent County Council", "886"),
        ),
    ] {
        assert_eq!(council_of(text), council, "{text}");
    }
    // A name of several words that opens with "City" is a name, far down the text too.
    let text = article("Ofsted news", "City of Dunmore Council's children's services were judged good.");
    assert_eq!(council_of(&text), (Some("City of Dunmore Council".to_string()), None));
}

#[test]
fn a_place_name_that_is_an_ordinary_word_counts_only_when_marked_as_a_council() {
    let text = "Children's services judged good\n\n\
                Barnet Council's children's services were judged good. Reading the report, staff \
                were pleased. Reading it again, managers agreed.\n";
    assert_eq!(council_of(text), named("London Borough of Barnet", "302"));
}

#[test]
fn a_council_named_in_full_weighs_three_bare_mentions_and_in_the_headline_eleven() {
    // Below the title block, Kent in full once (3) before Surrey bare three times (3): the tie
    // goes to the first named.
    let text = article(
        "Children's services judged good",
        "Inspectors praised Kent County Council. Families in \
         Surrey, Surrey schools and Surrey charities took part.",
    );
    assert_eq!(council_of(&text), named("Kent County Council", "886"));
    // Kent in full in the headline (11) against Surrey in full three times (9) and bare twice
    // (2) below: a tie again, and Kent is named first.
    let text = article(
        "Kent County Council children's services judged good",
        "Surrey County Council, Surrey \
         County Council and Surrey County Council took part, as did families in Surrey and Surrey \
         schools.",
    );
    assert_eq!(council_of(&text), named("Kent County Council", "886"));
}

#[test]
fn a_council_the_gazetteer_does_not_know_is_named_as_the_text_names_it() {
    for (said, name) in [
        ("Kelby upon Avon Council's", "Kelby upon Avon Council"),
        ("Kelby and Dunmore Council's", "Kelby and Dunmore Council"),
        ("Kelby-on-Sea Council's", "Kelby-on-Sea Council"),
        ("Kelby BC's", "Kelby Borough Council"),
        ("Kelby MBC's", "Kelby Metropolitan Borough Council"),
        // A name in capitals in title case, its joiners in lower case.
        ("ASHBY ON WOLD COUNCIL's", "Ashby on Wold Council"),
    ] {
        let text =
            format!("Children's services judged good\n\n{said} children's services were judged good by Ofsted.\n");
        assert_eq!(council_of(&text), (Some(name.to_string()), None), "{said}");
    }
}

#[test]
fn the_unknown_council_named_most_is_the_texts_and_a_headline_counts_for_eight() {
    // "The Council", "this Council" and "the County Council" name no council.
    let text = article(
        "Children's services judged good",
        "Kelby Council's children's services were judged good. \
         The Council is proud, and this Council will go on. The County Council agreed, and the \
         County Council said so.",
    );
    assert_eq!(council_of(&text), (Some("Kelby Council".to_string()), None));
    // Named once in the headline, Kelby outweighs Dunmore named seven times below it...
    let dunmore = "Dunmore Council said so. ".repeat(7);
    let text = article("Kelby Council's children's services judged good", &dunmore);
    assert_eq!(council_of(&text), (Some("Kelby Council".to_string()), None));
    // ...but not nine times.
    let dunmore = "Dunmore Council said so. ".repeat(9);
    let text = article("Kelby Council's children's services judged good", &dunmore);
    assert_eq!(council_of(&text), (Some("Dunmore Council".to_string()), None));
}

#[test]
fn a_headline_naming_an_unknown_councils_childrens_services_names_the_council() {
    for (headline, name) in [
        ("Stanwick children's services judged good", "Stanwick"),
        ("Stanwick children's social care judged good", "Stanwick"),
        ("Inspection of Stanwick children's services", "Stanwick"),
        ("How Dunmore's children's services changed", "Dunmore"),
        ("STANWICK children's services judged good", "Stanwick"),
        ("Children's services in Kelby upon Avon judged good", "Kelby upon Avon"),
        ("Children's social care in Kelby judged good", "Kelby"),
        ("Children's services in Kelby and Dunmore Vale judged good", "Kelby and Dunmore Vale"),
        // At most six words after "in".
        ("Children's services in Kelby Upon Avon North East West Vale judged good", "Kelby Upon Avon North East West"),
    ] {
        let text = article(headline, "The services were judged good.");
        assert_eq!(council_of(&text), (Some(name.to_string()), None), "{headline}");
    }
    // Not from the line before, nor past the text's end.
    let text = "Ofsted Latest\nStanwick children's services judged good\n\nThe services were judged good.\n";
    assert_eq!(council_of(text), (Some("Stanwick".to_string()), None));
    assert_eq!(council_of("Children's services in Kelby"), (Some("Kelby".to_string()), None));
    // Below the title block, the same words name no council.
    let text = article("Ofsted news", "Stanwick children's services were judged good.");
    assert_eq!(council_of(&text).0, None);
}

#[test]
fn a_report_title_names_the_unknown_council_between_inspection_of_and_local_authority() {
    for title in [
        "Inspection of Stanwick local authority children's services",
        // Not from an earlier "to".
        "Report to parents: Inspection of Stanwick local authority children's services",
    ] {
        let text = format!("{title}\n\nInspection dates: 1 to 5 May 2023\n\nThe services were judged good.\n");
        assert_eq!(council_of(&text), (Some("Stanwick".to_string()), None), "{title}");
    }
    // At most eight words; none at all, or no "local authority" after them, is no name.
    for (title, name) in [
        (
            "Inspection of Ashby Kelby Dunmore Vale North East West Wold local authority",
            Some("Ashby Kelby Dunmore Vale North East West Wold"),
        ),
        ("Inspection of Ashby Kelby Dunmore Vale North East West Wold Top local authority", None),
        ("Inspection of local authority children's services", None),
        ("Notes of the visit to the park by the river in the spring", None),
    ] {
        let text = format!("{title}\n\nInspection dates: 1 to 5 May 2023\n\nThe services were judged good.\n");
        assert_eq!(council_of(&text).0.as_deref(), name, "{title}");
    }
    // A text opening with "To" and naming no council has none.
    assert_eq!(council_of("To whom it may concern: children's services were judged good.\n"), (None, None));
}

// ---- Another service's inspection ----

#[test]
fn a_headline_about_a_school_keeps_its_grade_from_the_council() {
    let text = "Brookfield Academy rated good by Ofsted\n\
                The academy's pupils were praised by inspectors.\n\
                Pellham Council, the local authority, said it was delighted for the school.\n";
    let got = extract(text);
    assert_eq!(got.framework, Some(FrameworkId::School));
    assert_eq!(got.judgements, []);
}

// ---- Dates ----

/// An article published on 12 June 2024 that mentions an inspection in `earlier` before the
/// one in March 2024.
fn article_mentioning(earlier: &str) -> Option<String> {
    let text = format!(
        "Pellham children's services rated good\n12 June 2024\n\
         Pellham Council has been waiting since an inspection in {earlier} for a better result. \
         Ofsted rated its children's services good following an inspection in March 2024.\n"
    );
    let got = extract(&text);
    assert_eq!(got.dates.published.as_deref(), Some("2024-06-12"));
    got.dates.start
}

#[test]
fn an_articles_inspection_is_at_most_ten_months_before_it() {
    // Eleven months or more before the article: an earlier inspection's month.
    for earlier in ["November 2013", "June 2023", "July 2023"] {
        assert_eq!(article_mentioning(earlier).as_deref(), Some("2024-03"), "{earlier}");
    }
    // Ten months before: it may be this inspection's, and it is said first.
    assert_eq!(article_mentioning("August 2023").as_deref(), Some("2023-08"));
}

#[test]
fn date_labels_are_read_in_the_title_block_not_far_down_an_article() {
    // "inspected" forty lines down, with an earlier visit's days, is not a title block's label.
    let text = format!(
        "Pellham children's services rated good\n12 June 2024\n\
         Ofsted rated Pellham Council's children's services good following an inspection in March 2024.\n{}\
         The council was last inspected on 4 and 5 May 2019.\n",
        filler(40)
    );
    let got = extract(&text);
    assert_eq!(got.dates.start.as_deref(), Some("2024-03"));
    assert_eq!(got.dates.end, None);
}

#[test]
fn an_articles_inspection_date_is_read_after_or_before_the_verb() {
    // (Far down the article, where no title block's label is looked for.)
    let read =
        |sentence: &str| extract(&format!("Pellham children's services rated good\n\n{}{sentence}\n", filler(40)));
    // The day after "on" is kept.
    let on_a_day = read("Ofsted inspected Pellham Council's children's services on 4 March 2024 and rated them good.");
    assert_eq!(on_a_day.dates.start.as_deref(), Some("2024-03-04"));
    // A month opening the sentence, after another sentence on the same line.
    let opening =
        read("Pellham Council was pleased. In May 2024 Ofsted inspected its children's services and rated them good.");
    assert_eq!(opening.dates.start.as_deref(), Some("2024-05"));
    // Only day numbers, months and range words may come between the cue and the date.
    let planned = read(
        "A follow-up to the inspection in Pellham is planned for May 2026. \
         Ofsted rated the council good after an inspection in March 2024.",
    );
    assert_eq!(planned.dates.start.as_deref(), Some("2024-03"));
    let range = read("Ofsted rated the council good after an inspection in late February and early March 2024.");
    assert_eq!(range.dates.start.as_deref(), Some("2024-02"));
}

// ---- Visits ----

#[test]
fn a_visit_that_is_not_named_is_told_by_the_councils_last_grade() {
    let read = |text: &str| extract(text).framework;
    let visited = "Inspectors visited Pellham Council in May 2024 and found";
    // No grade on record in the text: a focused visit.
    let focused = format!("{visited} that children's services had made progress, Ofsted said in a letter.");
    assert_eq!(read(&focused), Some(FrameworkId::FocusedVisit));
    // Last judged inadequate: monitoring visits follow, unless the text says the visit was focused.
    let monitoring = format!("{visited} progress since it was rated inadequate in 2022, Ofsted said in a letter.");
    assert_eq!(read(&monitoring), Some(FrameworkId::MonitoringVisit));
    let said_focused = format!("{visited} progress since it was rated inadequate in 2022, in a focused visit.");
    assert_eq!(read(&said_focused), Some(FrameworkId::FocusedVisit));
    // Nothing said of a visit, a letter or a grade: no framework.
    assert_eq!(read("Pellham Council's children's services were praised by Ofsted this week."), None);
}

// ---- The framework guessed before the grades are read ----

/// A text with a report's title block (its title on the second line, the inspection dates,
/// the lead inspector), a body that names nothing, then `tail`.
fn titled(title: &str, dates: &str, tail: &str) -> String {
    format!("Ofsted\n{title}\nInspection dates: {dates}\nLead inspector: Jo Bell\n\n{}{tail}\n", filler(16))
}

#[test]
fn a_framework_named_in_the_title_block_outweighs_one_named_twice_below() {
    let below = "A focused visit looked at the front door. The focused visit found progress.";
    let read = |title: &str| extract(&titled(title, "2 and 3 May 2023", below)).framework;
    assert_eq!(read("Monitoring visit to Pellham children's services"), Some(FrameworkId::MonitoringVisit));
    assert_eq!(read("Letter to Pellham children's services"), Some(FrameworkId::FocusedVisit));
}

#[test]
fn of_two_frameworks_named_below_the_title_the_one_named_more_often_wins() {
    let read =
        |tail: &str| extract(&titled("Letter to Pellham children's services", "2 and 3 May 2023", tail)).framework;
    let monitoring = "A monitoring visit looked at the front door. The monitoring visit found progress. \
                      A focused visit is planned.";
    assert_eq!(read(monitoring), Some(FrameworkId::MonitoringVisit));
    let focused = "A focused visit looked at the front door. The focused visit found progress. \
                   A monitoring visit is planned.";
    assert_eq!(read(focused), Some(FrameworkId::FocusedVisit));
}

#[test]
fn an_area_worded_as_only_one_framework_words_it_points_to_that_framework() {
    // March 2018: the single inspection framework and ILACS were both in force.
    let read =
        |tail: &str| extract(&titled("Letter to Pellham children's services", "5 and 6 March 2018", tail)).framework;
    assert_eq!(read("Inspectors looked at adoption performance."), Some(FrameworkId::Sif));
    assert_eq!(read("Inspectors looked at the weather."), Some(FrameworkId::Ilacs2018));
}

#[test]
fn a_date_alone_points_to_the_framework_then_in_force_when_children_s_services_lead_the_text() {
    let quiet = "Inspectors looked at the weather.";
    let about = titled("Pellham children's services", "2 and 3 May 2023", quiet);
    assert_eq!(extract(&about).framework, Some(FrameworkId::Ilacs2023));
    // Children's services named only far below the title: the text may be about anything.
    let later: String =
        (0..12).map(|i| format!("Another paragraph {i} is about the weather and the roads in the town.\n")).collect();
    let far = titled(
        "Letter to Pellham Council",
        "2 and 3 May 2023",
        &format!("{later}Inspectors looked at children's services."),
    );
    assert_eq!(extract(&far).framework, None);
}

#[test]
fn another_services_title_in_the_title_block_names_its_framework_below_the_headline_too() {
    // "Registered manager" is a children's home's, on the fourth line: in the title block but
    // not in the headline, and nothing there speaks of a council's children's services.
    let text = titled("Inspection report 2023", "2 and 3 May 2023", "").replacen(
        "Lead inspector: Jo Bell",
        "Registered manager: Jo Bell",
        1,
    );
    assert_eq!(extract(&text).framework, Some(FrameworkId::ChildrensHome));
}

// ---- Windows cut on characters ----

#[test]
fn windows_after_a_cue_end_on_a_whole_character() {
    // Each cue is followed by three-byte characters (kept as they are by the text's
    // normalising, unlike curly quotes), so a window of so many bytes after it
    // ends inside one unless it is moved back.
    let wide = "\u{4e2d}".repeat(120);
    for cue in ["Inspection dates: ", "Report published: ", "a visit to ", "an inspection in ", "Ofsted inspected "] {
        for shift in 0..3 {
            let text = format!("Pellham Council news\n{}{cue}{wide}\n", "x".repeat(shift));
            let got = extract(&text);
            assert_eq!((got.dates.start, got.dates.published), (None, None), "{cue}");
        }
    }
}
