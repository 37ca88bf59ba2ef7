#![cfg(not(target_arch = "wasm32"))]
//! Common ways news stories and council releases state a grade, one sentence each, with the
//! judgements (this inspection's and earlier ones') a reader must take from it. Written by the
//! project; a council of its own invention.

use std::collections::BTreeMap;

use ofsted_compare::extract;

/// (text, this inspection's grades, earlier grades), grades as "area=grade" joined by spaces.
/// A case that writes its earlier grades as "area=grade@date" checks their dates too
/// ("area=grade@": given no date).
const CASES: &[(&str, &str, &str)] = &[
    ("Ofsted has judged Kelby Council's children's services to be 'good'.", "overall=good", ""),
    (
        "Dorset Council's children's services were rated good by Ofsted. The report for West Sussex, which was previously rated 'adequate' for child protection, was published the same day.",
        "overall=good",
        "",
    ),
    ("Kelby's children's services have improved, two years after being told they required improvement.", "", "overall=requires_improvement"),
    ("Kelby Council has been rated good for the first time since being told it required improvement.", "overall=good", "overall=requires_improvement"),
    ("Kelby Council's children's services were rated good; neighbouring Ashvale is rated inadequate.", "overall=good", ""),
    ("Kelby Council was rated good. Its neighbour, Ashvale, was rated inadequate, with care leavers judged outstanding.", "overall=good", ""),
    (
        "Ofsted rated Kelby Council's children's services good after its inspection in 2019, with help and protection judged to require improvement.",
        "overall=good help_protection=requires_improvement",
        "",
    ),
    (
        "Children in Kelby are safer than they were when services were rated inadequate, Ofsted said, as it judged the council good.",
        "overall=good",
        "overall=inadequate",
    ),
    ("Kelby Council was last rated good in 2014. Ofsted now rates its children's services as requires improvement.", "overall=requires_improvement", "overall=good"),
    ("Having been judged inadequate in 2017, Kelby Council's services for children are now rated good.", "overall=good", "overall=inadequate"),
    ("Kelby Council's children's services, rated inadequate in 2015, are now outstanding.", "overall=outstanding", "overall=inadequate"),
    ("Kelby Council, judged good in 2019, has been rated outstanding.", "overall=outstanding", "overall=good"),
    ("Kelby's children's services have been given a 'requires improvement' rating by Ofsted.", "overall=requires_improvement", ""),
    ("Kelby Council has been told its children's services require improvement.", "overall=requires_improvement", ""),
    ("Children's services in Kelby were found to be inadequate in all four areas inspected.", "overall=inadequate", ""),
    (
        "The watchdog rated Kelby Council's services for children in care as good, but said help and protection required improvement.",
        "children_in_care=good help_protection=requires_improvement",
        "",
    ),
    ("Ofsted inspectors found that Kelby's services for care leavers were outstanding.", "care_leavers=outstanding", ""),
    ("Inspectors gave Kelby Council the top grade of outstanding.", "overall=outstanding", ""),
    ("Kelby Council has been rated 'outstanding' - the highest grade Ofsted can give.", "overall=outstanding", ""),
    ("Previously rated 'requires improvement' in 2017, Kelby Council is now judged 'good'.", "overall=good", "overall=requires_improvement"),
    ("Kelby Council, which was rated inadequate in 2016, has improved to good.", "overall=good", "overall=inadequate"),
    (
        "Kelby Council's children's services are now 'good', having been 'inadequate' at the last inspection.",
        "overall=good",
        "overall=inadequate",
    ),
    ("The report rated Kelby Council good overall, with outstanding leadership.", "overall=good leadership=outstanding", ""),
    ("It was the second successive 'good' judgement for Kelby Council.", "overall=good", "overall=good"),
    ("Kelby Council improved its rating from 'inadequate' to 'requires improvement'.", "overall=requires_improvement", "overall=inadequate"),
    ("Kelby Council was downgraded to 'requires improvement' from 'good'.", "overall=requires_improvement", "overall=good"),
    ("Ofsted said services for children in Kelby 'require improvement to be good'.", "overall=requires_improvement", ""),
    ("In 2018 Kelby Council was rated inadequate; it is now good.", "overall=good", "overall=inadequate"),
    (
        "Kelby's children's services remain inadequate three years after they were first judged to be failing.",
        "overall=inadequate",
        "overall=inadequate",
    ),
    ("It is the first time Kelby Council has been rated outstanding.", "overall=outstanding", ""),
    ("All four judgements for Kelby Council were rated good.", "overall=good", ""),
    ("Kelby Council was judged good for the first time since 2009.", "overall=good", ""),
    // A year after "since" in a grade's clause is compared with, not the grade's date: the
    // grade stays this inspection's.
    (
        "Kelby Council's children's services were judged inadequate when they were inspected in 2015.\n\nThe latest inspection found that things have got better since 2015, and gave the services a new rating of 'requires improvement to be good'.",
        "overall=requires_improvement",
        "overall=inadequate@2015",
    ),
    ("Kelby Council's children's services were rated good, while Ashvale Council's were judged inadequate.", "overall=good", ""),
    (
        "Kelby Council's leaders were praised and its services for children who need help and protection were rated outstanding.",
        "help_protection=outstanding",
        "",
    ),
    ("Kelby Council's children's services got a 'good' from Ofsted.", "overall=good", ""),
    ("Kelby Council was rated good. Inspectors said the council had been rated inadequate in 2019.", "overall=good", "overall=inadequate"),
    ("Good news for Kelby Council as Ofsted rates children's services good.", "overall=good", ""),
    ("Kelby Council's services are good when families ask for help early.", "", ""),
    ("Ofsted inspectors have upgraded Kelby Council's children's services to good.", "overall=good", ""),
    (
        "Kelby Council has received an overall rating of good, with care leavers' services judged outstanding.",
        "overall=good care_leavers=outstanding",
        "",
    ),
    ("Outstanding: Ofsted's verdict on Kelby's children's services", "overall=outstanding", ""),
    ("Kelby Council has been told by Ofsted its children's services are inadequate.", "overall=inadequate", ""),
    ("Kelby Council is proud to have shaken off its inadequate rating.", "", "overall=inadequate"),
    ("Kelby Council's leadership was judged good, compared with inadequate in 2017.", "leadership=good", "leadership=inadequate"),
    (
        "Kelby Council's children's services were rated inadequate in 2017. Three years later they were rated good.",
        "overall=good",
        "overall=inadequate",
    ),
    ("Kelby Council was rated good when inspectors visited in 2019.", "overall=good", ""),
    // A grade word before an area is that area's grade when the clause gives another grade too.
    ("Kelby Council has outstanding leadership and good help and protection.", "help_protection=good leadership=outstanding", ""),
    // ...and alone, with no rating words, it describes.
    ("Kelby Council has outstanding leadership.", "", ""),
    // An undated earlier grade takes the date of the one in the sentence before.
    (
        "Kelby Council was rated good in 2024. It had previously been judged inadequate in 2019. Its leadership was previously inadequate too.",
        "overall=good",
        "overall=inadequate@2019 leadership=inadequate@2019",
    ),
    // "also" joins a grade to the sentence before only when that sentence's grades were earlier.
    ("Ofsted rated Kelby Council good overall. Its leadership was also judged outstanding.", "overall=good leadership=outstanding", ""),
    // "The same rating": the current grade of the sentence before, for the areas this one names;
    // not "the rating for", nor an earlier grade, nor another service.
    ("Ofsted rated Kelby Council's help and protection good. The rating for care leavers was published later.", "help_protection=good", ""),
    (
        "Kelby Council was rated good in 2024, up from inadequate in 2019. The same rating was given to care leavers.",
        "overall=good care_leavers=good",
        "overall=inadequate@2019",
    ),
    ("Kelby Council's help and protection had been rated inadequate in 2019. The same rating was given to care leavers.", "", "help_protection=inadequate@2019"),
    ("Ofsted rated Kelby Council's help and protection good. The same rating was given to a children's home for care leavers.", "help_protection=good", ""),
    // Whose grade when the clause does not say: an area set apart by dashes, the receiver of an
    // award, a pronoun with nothing before it, a subject left out after "and" or "but", areas
    // listed on the lines after a colon.
    ("Kelby Council's children's services were rated good. One area - adoption - was rated outstanding.", "overall=good adoption=outstanding", ""),
    ("The local authority received 'Good' in all areas.", "overall=good", ""),
    ("Kelby Council received an overall 'good'.", "overall=good", ""),
    ("Kelby Council's children's services are good. It was rated inadequate in 2010.", "overall=good", "overall=inadequate@2010"),
    ("The hospital trust was praised. It was rated outstanding.", "", ""),
    ("Kelby Council's children's services were criticised by Ofsted and condemned as 'inadequate'.", "overall=inadequate", ""),
    ("Kelby Council's children's services, criticised by inspectors, but rated as inadequate.", "overall=inadequate", ""),
    // Lines after a colon are areas only when the sentence speaks of areas.
    (
        "Ofsted inspected Kelby Council's children's services. Inspectors said practice was good because:\n\n* children in care see the same social worker\n* leadership is stable\nThe next inspection is due in 2027.",
        "",
        "",
    ),
    // "its lowest rating" names a grade by its judgement noun.
    ("Kelby Council was handed its lowest rating by Ofsted in 2015, but is now rated good.", "overall=good", "overall=inadequate@2015"),
    ("In a turnaround from its last 'inadequate' report in 2014, Ofsted now rates Kelby Council's children's services good.", "overall=good", "overall=inadequate@2014"),
    // "in two areas:" and the areas listed after it, as far as the list runs.
    ("Kelby Council was rated good in two areas: leadership and care leavers.", "leadership=good care_leavers=good", ""),
    ("Kelby Council was rated good in two areas: leadership, and work that families value with care leavers.", "leadership=good", ""),
    (
        "Ofsted's report gave Kelby Council the highest possible rating in three of the four categories (leadership, children in care, and overall effectiveness) and 'good' in the fourth (help and protection).",
        "overall=outstanding leadership=outstanding children_in_care=outstanding help_protection=good",
        "",
    ),
    // A dated grade of every area, then an undated one of the council: all of the dated
    // passage is the earlier inspection's.
    (
        "Kelby Council was rated inadequate in all areas when it was inspected in 2016. It is now good.",
        "overall=good",
        "overall=inadequate@2016 help_protection=inadequate@2016 children_in_care=inadequate@2016 care_leavers=inadequate@2016 adoption=inadequate@2016 leadership=inadequate@2016",
    ),
    // "The same rating" for a team is not for the area the team is named after.
    ("Ofsted rated Kelby Council's children's services good. The same rating was given to the leadership team.", "overall=good", ""),
    // A council named without "Council" before "which".
    ("Ofsted praised Dudley, which was rated outstanding.", "overall=outstanding", ""),
    // A headline's grade with who said it after it.
    ("Kelby children's services still 'inadequate', Ofsted says\n\nThe report was published on Monday.", "overall=inadequate", ""),
    ("Kelby children's services still 'inadequate', says the council leader\n\nThe report was published on Monday.", "", ""),
    // "May" the month is not "may" the hope.
    ("Following a visit in May, inspectors found that Kelby Council's children's services are now good.", "overall=good", ""),
    // A rating named with its grade in quotes.
    ("A full inspection of Kelby Council's children's services by Ofsted resulted in an improved rating of 'requires improvement to be good'.", "overall=requires_improvement", ""),
    // A clause after "but" that opens with its verb has the sentence's subject: here the
    // service, the council's own.
    ("The service was later moved to a separate trust, but was rated inadequate at its last inspection in 2015.", "", "overall=inadequate@2015"),
    // A clause after "and" has the sentence's subject only when it opens with its verb.
    ("Kelby Council's children's services improved, and a children's home it runs was rated outstanding.", "", ""),
    (
        "Ofsted inspected Kelby Council's children's services. Performance was good in the following areas:\n\n* children in care\n* leadership, which is new\nThe next inspection is due in 2027.",
        "children_in_care=good leadership=good",
        "",
    ),
    // A quoted grade before "council" names the council's grade; unquoted, it describes a kind
    // of council.
    ("Kelby is now a 'good' council, Ofsted says.", "overall=good", ""),
    ("Kelby is now a good council, Ofsted says.", "", ""),
    // A summary line copied from a report: a colon between the verb and its grade.
    (
        "Ofsted inspected Kelby Council's children's services in March 2024. Overall effectiveness is: Good. The impact of leaders on social work practice with children and families is: 'Outstanding'.",
        "overall=good leadership=outstanding",
        "",
    ),
    ("Kelby Council's children's services were inspected in 2024. The verdict, said the leader, was: good news for families.", "", ""),
    // "however" between a subject and its verb is an aside, not a new clause.
    ("Kelby Council was rated inadequate. Care leavers, however, were rated good.", "overall=inadequate care_leavers=good", ""),
    ("Kelby Council was rated inadequate. Its care leavers however were judged good.", "overall=inadequate care_leavers=good", ""),
    ("Kelby Council improved, however help and protection was rated inadequate.", "help_protection=inadequate", ""),
    // "Overall" with a judgement noun names the overall judgement; before another area, it
    // qualifies that area.
    ("Ofsted inspected Kelby Council in 2024. Our overall grading judgement is Good.", "overall=good", ""),
    ("Ofsted inspected Kelby Council in 2024. Its overall Ofsted rating was inadequate.", "overall=inadequate", ""),
    ("Ofsted inspected Kelby Council in 2024. The overall rating for help and protection is good.", "help_protection=good", ""),
    ("Ofsted inspected Kelby Council in 2024. Overall, care leavers were rated good.", "care_leavers=good", ""),
    ("Ofsted inspected Kelby Council in 2024. Care leavers' overall rating is good.", "care_leavers=good", ""),
    ("Ofsted inspected Kelby Council in 2024. The overall rating and leadership were both judged good.", "overall=good leadership=good", ""),
    // Only an award verb makes its subject the receiver of the grade after it.
    ("Kelby Council's children's services were rated outstanding. Care leavers have good access to health services.", "overall=outstanding", ""),
    ("Kelby Council's children's services were rated good. Performance on the adoption scorecard is consistently good.", "overall=good", ""),
    // A text that opens with its grade.
    ("Requires improvement to be good", "", ""),
    // "It" after a sentence about another service stands for that service.
    (
        "Kelby Council was rated good in 2024. The last inspection of Kelby's fostering service was in December 2021. It was judged to be outstanding.",
        "overall=good",
        "",
    ),
    // A list straight after its colon, with no blank line between; "are:" before a grade on the
    // next line is not a list.
    (
        "Ofsted inspected Kelby Council's children's services. Performance was good in the following areas:\n* children in care\n* leadership\nThe next inspection is due in 2027.",
        "children_in_care=good leadership=good",
        "",
    ),
    ("Ofsted inspected Kelby Council in 2024. Its help and protection is:\ngood.", "help_protection=good", ""),
    // A listed line with a grade of its own is not given the list's grade.
    (
        "Ofsted inspected Kelby Council's children's services in 2024. Performance was good in the following areas:\n\n* children in care\n* leadership, which was rated outstanding",
        "children_in_care=good leadership=outstanding",
        "",
    ),
    // "in order to be good" is an aim, whatever the words before it.
    (
        "Kelby Council children's services\n\nThe report, released this week, shows the department requires improvement in order to be good in all areas but noted an overall improvement since the last full inspection in 2018 when it was rated inadequate.",
        "overall=requires_improvement",
        "overall=inadequate@2018",
    ),
    // A long line that ends before a capital is not a heading: the sentence runs on.
    (
        "Kelby Council children's services are now rated good. In January 2010, an inspection of Safeguarding and Looked\nAfter Children's services found safeguarding inadequate.",
        "overall=good",
        "overall=inadequate@2010-01",
    ),
    // A rating verb's object ends where the quote before its grade begins ("rated the service
    // 'inadequate'"); the month before it dates the earlier grade.
    (
        "Kelby Council's children's services have had a focused visit from Ofsted. In March 2018 it rated the service 'inadequate'.",
        "",
        "overall=inadequate@2018-03",
    ),
    // A rating the inspectorate gave is the council's; one something else received is not.
    ("Kelby Council's children's services were inspected in 2024. Inspectors gave a 'good' rating.", "overall=good", ""),
    ("Kelby Council's children's services were inspected in 2024. The fostering service received a 'good' rating.", "", ""),
    // The short lines after "Related stories" are links to other stories, not this one.
    (
        "Kelby Council children's services rated good\n\nOfsted has rated Kelby Council's children's services good after an inspection in May 2024.\n\nRelated stories\nKelby children's home rated outstanding\nKelby Council children's services rated inadequate in 2019\n\nThe council leader welcomed the report.",
        "overall=good",
        "",
    ),
    // "The areas that were good" takes the areas named right after it, not any named later in
    // the sentence.
    ("The areas that were good were not named in the letter, though help and protection had improved.", "", ""),
    // "Overall rating" and a grade with other words than verbs between: the grade is not the rating.
    ("Kelby's overall rating puts it behind the councils rated good across the region.", "", ""),
    // A rating verb's object that is more than an area or a council: a part of the work, not a
    // judgement.
    ("Ofsted rated the advice given to care leavers about housing as good.", "", ""),
    ("Inspectors found the work of Kelby's children's services with the police good.", "", ""),
    // A grade joined to the next word by a hyphen is part of an adjective.
    ("Kelby Council's care leavers receive good-quality advice, inspectors said.", "", ""),
    // "looked after" before a grade is an area's name, not "after" an earlier grade.
    ("Kelby Council's services for children looked after require improvement, Ofsted said.", "children_in_care=requires_improvement", ""),
    // Education or health outcomes for an area are a part of it, not its judgement.
    ("Education outcomes for children looked after require improvement.", "", ""),
    ("The educational attainment of care leavers requires improvement.", "", ""),
    // "that" leading a relative clause's verbs: the services before it are its subject.
    (
        "Kelby Council's children's services are now good, much improved from the services that were judged inadequate in 2017.",
        "overall=good",
        "overall=inadequate@2017",
    ),
    // "now" between an earlier inspection and the grade brings the clause back to the present.
    (
        "Ofsted inspected Kelby in January 2020. Since the last inspection in 2015, the quality of Kelby Council's children's services has deteriorated and services are now inadequate.",
        "overall=inadequate",
        "",
    ),
    // A sub rating "for the experience and progress of" an area is that area's.
    (
        "Kelby Council was rated good, with an 'outstanding' sub rating for the experience and progress of its care leavers.",
        "overall=good care_leavers=outstanding",
        "",
    ),
    ("Inspectors singled out Kelby Council's adoption services as being 'good'.", "adoption=good", ""),
    // A headline that opens with "Council".
    ("Council rated good by Ofsted\n\nKelby Council's children's services have been rated good.", "overall=good", ""),
    // Real councils, so that the text's own is known: another council named at the start of a
    // subject, or in a sentence before, is not the text's.
    (
        "Cumberland Council's children's services have been rated good by Ofsted. Cumbria County Council was judged to require improvement in 2022.",
        "overall=good",
        "",
    ),
    (
        "Wiltshire Council was rated outstanding last year. Dorset Council's children's services have now been rated good by Ofsted, and Dorset Council's care leavers were judged outstanding.",
        "overall=good care_leavers=outstanding",
        "",
    ),
    // A children's services trust is the council's services; other words of a sentence about
    // it are not.
    (
        "Kelby Children's Services Trust has been rated inadequate by Ofsted. Last year, 900 people attended 16 courses run by the trust and this is good.",
        "overall=inadequate",
        "",
    ),
    // A region before "council" describes the council the text is about.
    ("Kelby Council's children's services were inspected in May. The report rated the South East council good.", "overall=good", ""),
    // A rating verb's object with a relative clause, and one ending in "as" and quotes.
    ("Ofsted judged the service that Kelby Council provides to children to be 'good'.", "overall=good", ""),
    (
        "Ofsted inspectors visited Kelby Council's children's services for two weeks in May and re-graded the service as 'requires improvement to be good'.",
        "overall=requires_improvement",
        "",
    ),
    // A bare place name as a change verb's object.
    ("Ofsted upgrades Rotherham from 'inadequate' to 'good'", "overall=good", "overall=inadequate"),
    // "two years after" a clause with a past tense verb: the grade in it is the earlier one.
    (
        "Kelby Council's children's services have been rated good, two years after Ofsted judged them inadequate.",
        "overall=good",
        "overall=inadequate",
    ),
    // A grade that persists is this inspection's and an earlier one's, "since" an earlier
    // inspection too.
    ("Kelby children's services slammed after being rated 'inadequate' by inspectors once more", "overall=inadequate", "overall=inadequate"),
    (
        "Since the last inspection of Kelby Council in 2018, services for children have remained outstanding.",
        "overall=outstanding",
        "overall=outstanding@2018",
    ),
    (
        "Children's services in Kelby have been awarded an overall rating of 'requires improvement to be good', the same grading as 2019.",
        "overall=requires_improvement",
        "overall=requires_improvement@2019",
    ),
    // "a full inspection" after a sentence about the earlier grade is this inspection, not
    // "that inspection".
    (
        "Kelby Council has moved its children's services out of their 'inadequate' Ofsted rating. Inspectors carried out a full inspection and re-graded the service as 'good'.",
        "overall=good",
        "overall=inadequate",
    ),
    // The date after "for the second time" is this inspection's, not the earlier one's.
    (
        "Children's services at Kelby Council have been rated 'inadequate' by Ofsted for the second time in a row, following a two-week inspection in October 2024.",
        "overall=inadequate",
        "overall=inadequate@",
    ),
    // A present tense verb of lasting after an earlier inspection: this inspection's grade and
    // that one's; a past tense one is the earlier inspection's alone.
    (
        "Ofsted inspected Kelby in March 2016. Building on the inspections of 2011, services for children in Kelby continue to be good.",
        "overall=good",
        "overall=good@2011",
    ),
    (
        "Ofsted inspected Kelby in March 2016. At the last inspection in 2012, services for children in Kelby remained good.",
        "",
        "overall=good@2012",
    ),
    // A grade "in N out of M areas" is the areas' listed after a dash or colon.
    (
        "Kelby Council's children's services were rated inadequate overall, and requiring improvement in three out of five inspected areas – the experiences of children in care, care leavers and leadership.",
        "overall=inadequate children_in_care=requires_improvement care_leavers=requires_improvement leadership=requires_improvement",
        "",
    ),
    ("Kelby Council was rated good in two of the four areas: care leavers and adoption.", "care_leavers=good adoption=good", ""),
    ("Kelby Council was rated good in two of the four areas, Ofsted said.", "", ""),
    ("Kelby Council was rated good in two of the four areas and care leavers were judged outstanding.", "care_leavers=outstanding", ""),
    // Words of measure between a change verb and "from".
    ("Kelby Council's children's services jumped two grades, from 'inadequate' to 'good'.", "overall=good", "overall=inadequate"),
    ("Kelby Council's children's services have jumped two grades to 'good'.", "overall=good", ""),
    // A headline naming an area and its quoted grade, with only words of a service between.
    ("Kelby adoption services: now 'outstanding'\n\nThe council welcomed the report.", "adoption=outstanding", ""),
    // A judgement noun, then "for the category of" and a quoted area's name.
    (
        "The re-inspection gave Kelby Council's service an inadequate rating for the category of 'Children who need help and protection'.",
        "help_protection=inadequate",
        "",
    ),
    // A trust's own name for itself, "the trust", is not the council's overall grade when a
    // sentence about its first inspection "since it was formed last year" rates it.
    (
        "Kelby Children's Services Trust rated 'inadequate' by Ofsted\n\nIn the trust's first inspection since it was formed last year, Ofsted branded the trust inadequate for the services it gives to children.\n\nThe trust was also rated as requiring improvement in three out of five inspected areas – children in care, care leavers and leadership.",
        "overall=inadequate children_in_care=requires_improvement care_leavers=requires_improvement leadership=requires_improvement",
        "",
    ),
    // The time set for a clause holds for the grades joined to it by "and": after a phrase of
    // time that opens the sentence, in a clause opened by "when", and in a "when" clause right
    // after an earlier grade's date.
    (
        "Kelby Council's children's services have not made enough progress since the previous inspection in May 2011, when safeguarding arrangements were judged inadequate and the looked after children's service was judged adequate.",
        "",
        "overall=inadequate@2011-05 children_in_care=adequate@2011-05",
    ),
    (
        "Kelby Council has improved since 2019, when help and protection was judged inadequate and care leavers were judged good.",
        "",
        "help_protection=inadequate@2019 care_leavers=good@2019",
    ),
    (
        "At its last inspection in 2019, Kelby Council's help and protection was judged inadequate and its care leavers were judged good.",
        "",
        "help_protection=inadequate@2019 care_leavers=good@2019",
    ),
    (
        "Kelby Council was rated good, up from inadequate in 2019, when leaders were judged inadequate and help and protection requires improvement.",
        "overall=good",
        "overall=inadequate@2019 leadership=inadequate@2019 help_protection=requires_improvement@2019",
    ),
    (
        "Kelby Council was rated good in 2024. In 2019, its help and protection was judged inadequate and its care leavers were judged good.",
        "overall=good",
        "help_protection=inadequate@2019 care_leavers=good@2019",
    ),
    (
        "Kelby Council is now rated good. At its last inspection, its help and protection was judged inadequate and its care leavers were judged good.",
        "overall=good",
        "help_protection=inadequate care_leavers=good",
    ),
    // ...but not past a word of the present.
    (
        "At its last inspection in 2019, Kelby Council's help and protection was judged inadequate and its care leavers are good.",
        "care_leavers=good",
        "help_protection=inadequate@2019",
    ),
    ("At its last inspection in 2019, Kelby Council was judged inadequate and it is now rated good.", "overall=good", "overall=inadequate@2019"),
    ("Kelby Council has been rated good since 2019, when it was inspected.", "overall=good", ""),
    // A negation before "and" and a new subject is not the grade's; before "and" alone, it is.
    (
        "\"Corporately, the leadership arrangements in Kelby have not been strong enough in steering practice to make sure that all services for children and young people are good.",
        "",
        "",
    ),
    ("Kelby Council did not appeal and Ofsted rated its children's services inadequate.", "overall=inadequate", ""),
    // A clause after "but" that opens with its verb has the subject of the grade before, past
    // a time phrase.
    ("Kelby Council was judged inadequate in 2019, but is now good.", "overall=good", "overall=inadequate@2019"),
    ("Kelby Council was judged inadequate when it was last inspected, but is now good.", "overall=good", "overall=inadequate@"),
];

fn grades(spec: &str) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for pair in spec.split_whitespace() {
        let (area, grade) = pair.split_once('=').expect("area=grade");
        out.entry(area.to_string()).or_default().push(grade.to_string());
    }
    out
}

fn ids<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

#[test]
fn common_phrasings_give_their_grades_and_nothing_else() {
    let mut failures = Vec::new();
    for &(text, now, before) in CASES {
        let got = extract(text);
        let mut have_now: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for j in &got.judgements {
            have_now.entry(ids(&j.area)).or_default().push(ids(&j.grade));
        }
        let dated = before.contains('@');
        let mut have_before: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for j in &got.previous {
            let grade = match (&j.date, dated) {
                (Some(date), true) => format!("{}@{date}", ids(&j.grade)),
                (None, true) => format!("{}@", ids(&j.grade)),
                (_, false) => ids(&j.grade),
            };
            have_before.entry(ids(&j.area)).or_default().push(grade);
        }
        if have_now != grades(now) || have_before != grades(before) {
            failures.push(format!(
                "{text}\n  want {:?} / {:?}\n  got  {have_now:?} / {have_before:?}",
                grades(now),
                grades(before)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} phrasings read wrongly:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}
