//! What a text is: its kind (report, news, press release, letter), the council it is about,
//! its dates, and the inspection framework, from title phrases, area wordings and dates.

use std::ops::Range;
use std::sync::OnceLock;

use crate::councils::Council;
use crate::dates::{find_dates, find_span, Date};
use crate::frameworks::{framework, Framework, FRAMEWORKS, ILACS_VERSIONS};
use crate::model::{Area, Dates, FrameworkId, Grade, Kind};
use crate::text::{Doc, PhraseSet};

mod council;

use council::read_council;
pub use council::{council_phrases, shared_with};

/// Non-empty lines that make an article's headline and standfirst.
const HEADLINE_LINES: usize = 2;

/// The token just past the headline and standfirst.
fn headline_end(doc: &Doc) -> usize {
    let line = doc.lines.iter().enumerate().filter(|(_, l)| !l.tokens.is_empty()).nth(HEADLINE_LINES);
    line.map_or(doc.tokens.len(), |(_, l)| l.tokens.start)
}

/// Most months between an inspection and an article about its report.
const MAX_MONTHS_TO_PUBLICATION: i32 = 10;

/// Lines at the top of a document that make up its title block.
const TITLE_LINES: usize = 14;

/// What the detector learnt about a document.
#[derive(Debug, Clone)]
pub struct Facts {
    /// Report, news, press release, letter.
    pub kind: Kind,
    /// The council, named as a council would be.
    pub authority: Option<String>,
    /// The gazetteer entry when the council is a known one.
    pub council: Option<&'static Council>,
    /// Inspection and publication dates, as found.
    pub dates: Dates,
    /// The first day of fieldwork (or the publication date when that is all there is).
    pub when: Option<Date>,
    /// The framework that titles, wordings and dates point to, before the judgements are read.
    pub framework: Option<FrameworkId>,
    /// Whether the headline names that framework (rather than only the body).
    pub framework_in_title: bool,
    /// Whether the text names that framework anywhere (rather than only dates pointing to it).
    pub framework_named: bool,
}

/// Reads the kind, council, dates and a first view of the framework.
pub fn basics(doc: &Doc) -> Facts {
    let title_end = title_block_end(doc);
    let dates = read_dates(doc, title_end);
    let when = dates.start.as_deref().or(dates.published.as_deref()).and_then(Date::from_iso);
    let kind = read_kind(doc, title_end);
    // A report names its council and framework near the top; an article may do so anywhere.
    let scan_end = if kind == Kind::Report {
        doc.lines.get(REPORT_HEAD_LINES).map_or(doc.tokens.len(), |l| l.tokens.start)
    } else {
        doc.tokens.len()
    };
    let (council, authority) = read_council(doc, title_end, scan_end);
    let named = read_framework(doc, title_end, when, scan_end);
    Facts {
        kind,
        authority,
        council,
        dates,
        when,
        framework: named.framework,
        framework_in_title: named.in_headline,
        framework_named: named.named,
    }
}

/// Lines of a report read for its council and framework (its first few pages).
const REPORT_HEAD_LINES: usize = 400;

/// The line index just past the title block: a few lines, ending after the inspection dates
/// where a report prints them.
fn title_block_end(doc: &Doc) -> usize {
    let mut seen = 0;
    for (i, line) in doc.lines.iter().enumerate() {
        if line.tokens.is_empty() {
            continue;
        }
        seen += 1;
        if seen >= TITLE_LINES {
            return i + 1;
        }
    }
    doc.lines.len()
}

fn phrase_count(doc: &Doc, set: &PhraseSet<usize>, tokens: Range<usize>) -> Vec<(usize, usize)> {
    let mut hits = Vec::new();
    let mut i = tokens.start;
    while i < tokens.end {
        if let Some((end, &v)) = set.longest_at(doc, i, tokens.end) {
            hits.push((v, i));
            i = end;
        } else {
            i += 1;
        }
    }
    hits
}

fn read_kind(doc: &Doc, title_end: usize) -> Kind {
    static CUES: OnceLock<PhraseSet<Kind>> = OnceLock::new();
    let cues = CUES.get_or_init(|| {
        PhraseSet::new([
            ("inspection date", Kind::Report),
            ("inspection dates", Kind::Report),
            ("lead inspector", Kind::Report),
            ("report published", Kind::Report),
            ("judgement grade", Kind::Report),
            ("record of main findings", Kind::Report),
            ("age group", Kind::Report),
            ("inspection report", Kind::Report),
            ("unique reference number", Kind::Report),
            ("date of inspection", Kind::Report),
            ("date of inspection visit", Kind::Report),
            ("overall rating for this location", Kind::Report),
            ("overall rating for this service", Kind::Report),
            ("what is it like to attend this school", Kind::Report),
            ("this letter summarises", Kind::Letter),
            ("this letter sets out", Kind::Letter),
            ("yours sincerely", Kind::Letter),
            ("dear", Kind::Letter),
            ("press release", Kind::PressRelease),
            ("news release", Kind::PressRelease),
            ("media release", Kind::PressRelease),
            ("notes to editors", Kind::PressRelease),
            ("did you find this information useful", Kind::PressRelease),
            ("was this page useful", Kind::PressRelease),
            ("was this page helpful", Kind::PressRelease),
            ("website feedback", Kind::PressRelease),
            ("press office", Kind::PressRelease),
            ("share this article", Kind::News),
            ("share this story", Kind::News),
            ("read more", Kind::News),
            ("subscribe", Kind::News),
            ("related articles", Kind::News),
            ("related stories", Kind::News),
            ("comments", Kind::News),
        ])
    });
    let early = doc
        .lines
        .get(title_end.max(40).min(doc.lines.len().saturating_sub(1)))
        .map_or(doc.tokens.len(), |l| l.tokens.end);
    let mut report = 0;
    let mut letter = 0;
    let mut press = 0;
    let mut news = 0;
    let mut i = 0;
    while i < doc.tokens.len() {
        if i == early && report >= 2 && letter == 0 {
            // A report's title block has said enough; the rest cannot change it.
            return Kind::Report;
        }
        if let Some((end, &kind)) = cues.longest_at(doc, i, doc.tokens.len()) {
            let in_head = i < early;
            match kind {
                Kind::Report if in_head => report += 1,
                // "Dear" only counts at the start of a line.
                Kind::Letter
                    if (in_head || doc.is(i, "yours"))
                        && (!doc.is(i, "dear")
                            || doc.tokens.get(i.wrapping_sub(1)).is_none_or(|p| p.line != doc.tokens[i].line)) =>
                {
                    letter += 1;
                }
                Kind::PressRelease => press += 1,
                Kind::News => news += 1,
                _ => {}
            }
            i = end;
        } else {
            i += 1;
        }
    }
    if letter >= 2 || (letter >= 1 && report == 0) {
        Kind::Letter
    } else if report >= 2 {
        Kind::Report
    } else if doc.tokens.len() < 12 {
        Kind::Unknown
    } else if press > news {
        Kind::PressRelease
    } else {
        Kind::News
    }
}

fn read_dates(doc: &Doc, title_end: usize) -> Dates {
    let text = doc.text();
    let mut dates = Dates::default();
    let head_end =
        doc.lines.get((title_end + 10).min(doc.lines.len().saturating_sub(1))).map_or(text.len(), |l| l.span.end);
    let head = &text[..head_end];
    let lower = head.to_ascii_lowercase();
    // "Inspection date(s): ..." (possibly with the dates on the next line).
    for label in ["inspection dates", "inspection date", "dates of inspection", "date of inspection", "inspected"] {
        if let Some(at) = lower.find(label) {
            let from = at + label.len();
            let to = (from + 160).min(head.len());
            let to = floor_boundary(head, to);
            if let Some(span) = find_span(&head[from..to]) {
                dates.start = Some(span.first.iso());
                dates.end = Some(span.last.iso());
                break;
            }
        }
    }
    for label in ["report published", "publication date", "date published", "published"] {
        if let Some(at) = lower.find(label) {
            let from = at + label.len();
            let to = floor_boundary(head, (from + 60).min(head.len()));
            if let Some(found) = find_dates(&head[from..to]).into_iter().find(|d| d.date.day.is_some()) {
                dates.published = Some(found.date.iso());
                break;
            }
        }
    }
    if dates.start.is_none() {
        // Letters: "... focused visit to X on 4 and 5 July 2018" / "on 12 to 13 March".
        if let Some(at) = lower.find(" visit to ").or_else(|| lower.find("inspection of")) {
            let to = floor_boundary(head, (at + 300).min(head.len()));
            if let Some(span) = find_span(&head[at..to]) {
                if span.first.day.is_some() {
                    dates.start = Some(span.first.iso());
                    dates.end = Some(span.last.iso());
                }
            }
        }
    }
    if dates.start.is_none() {
        // News: the month of the inspection from the prose, and the first full date near the
        // top, outside that month, as the article's.
        let months = article_inspection_months(text);
        let in_month = |d: &Date| months.first().is_some_and(|m| d.iso().starts_with(&m[..7]));
        if dates.published.is_none() {
            dates.published =
                find_dates(head).into_iter().find(|d| d.date.day.is_some() && !in_month(&d.date)).map(|d| d.date.iso());
        }
        // Reports are published within months of their inspection: a month long before the
        // article's date is an earlier inspection's ("following an inspection in November 2013").
        let published = dates.published.as_deref().and_then(Date::from_iso);
        let recent = |m: &String| {
            let Some((p, d)) = published.zip(Date::from_iso(m)) else { return true };
            let months_before = (i32::from(p.year) * 12 + i32::from(p.month.unwrap_or(1)))
                - (i32::from(d.year) * 12 + i32::from(d.month.unwrap_or(1)));
            months_before <= MAX_MONTHS_TO_PUBLICATION
        };
        dates.start = months.into_iter().find(recent);
    }
    dates
}

/// Articles: the month of "an inspection in June 2024", "inspectors visited between 3 and 14
/// March 2025", "Ofsted inspected the council in May 2019", "In May 2019 Ofsted inspected ...";
/// not of "when it was last inspected in May 2019". Every such month, the likeliest first.
fn article_inspection_months(text: &str) -> Vec<String> {
    /// Cues followed at once by the date (a range's first day may come before the month).
    const CUES: &[&str] = &[
        "inspection in ",
        "inspection, in ",
        "inspection carried out in ",
        "inspection took place in ",
        "inspection took place on ",
        "inspection took place between ",
        "inspection during ",
        "inspection on ",
        "inspection between ",
        "inspection that began in ",
        "inspection which began in ",
        "inspection that started in ",
        "visit in ",
        "visit on ",
    ];
    /// Verbs whose date may come later in the sentence ("inspected the council in May 2019")
    /// or open it ("In May 2019 Ofsted inspected").
    const VERBS: &[&str] = &["inspected ", "visited "];
    const EARLIER: &[&str] = &["last ", "previous", "previously", "earlier", "prior "];
    let lower = lower_all(text);
    let earlier_before = |at: usize| {
        let before = &lower[floor_boundary(&lower, at.saturating_sub(24))..at];
        EARLIER.iter().any(|w| before.contains(w))
    };
    // The first date with a month in `window`, when only day numbers, months and range words
    // come before it; after a range's first day or month, the month alone: "3 and 14 March
    // 2025" is March 2025, "November and December 2024" November 2024.
    let mut months = Vec::new();
    let leading_month = |from: usize, to: usize| {
        let window = &text[from..to];
        let found = find_dates(window).into_iter().find(|d| d.date.month.is_some())?;
        let prefix = &window[..found.start];
        if !only_range_words(prefix) {
            return None;
        }
        if found.start == 0 {
            return Some(found.date.iso());
        }
        let first_month = prefix.split_whitespace().find_map(crate::dates::month_from_name);
        Some(Date { day: None, month: first_month.or(found.date.month), ..found.date }.iso())
    };
    for cue in CUES {
        for (at, _) in lower.match_indices(cue) {
            if earlier_before(at) {
                continue;
            }
            let from = at + cue.len();
            months.extend(leading_month(from, floor_boundary(text, (from + 40).min(text.len()))));
        }
    }
    for verb in VERBS {
        for (at, _) in lower.match_indices(verb) {
            if earlier_before(at) {
                continue;
            }
            // Later in the same sentence, after "in", "on" or "between" ("from" is the space
            // that ends the verb cue, so a date straight after the verb is found too).
            let from = at + verb.len() - 1;
            let limit = floor_boundary(text, (from + 100).min(text.len()));
            let sentence_end = lower[from..limit].find(". ").map_or(limit, |i| from + i);
            let found = lower[from..sentence_end]
                .match_indices(' ')
                .map(|(i, _)| from + i + 1)
                .filter(|&w| ["in ", "on ", "between "].iter().any(|p| lower[w..sentence_end].starts_with(p)))
                .find_map(|w| {
                    let date_from = w + lower[w..].find(' ').map_or(0, |i| i + 1);
                    leading_month(date_from, floor_boundary(text, (date_from + 40).min(sentence_end)))
                });
            if found.is_some() {
                months.extend(found);
                continue;
            }
            // Or opening the sentence: "In May 2019 Ofsted inspected".
            let back = floor_boundary(&lower, at.saturating_sub(40));
            let head_from = lower[back..at].rfind(['.', '\n']).map_or(back, |i| back + i + 1);
            let head = &lower[head_from..at];
            if let Some(rest) = head.trim_start().strip_prefix("in ") {
                let date_from = at - rest.len();
                months.extend(leading_month(date_from, at));
            }
        }
    }
    months
}

/// Whether `text` holds nothing but day numbers, months and range words: "3 and ", "3-",
/// "3rd to ", "November and ".
fn only_range_words(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || matches!(c, '-' | '\u{2013}' | ',')).filter(|w| !w.is_empty()).all(|w| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        (!digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && matches!(suffix, "" | "st" | "nd" | "rd" | "th"))
            || matches!(w, "and" | "to" | "the" | "late" | "early" | "mid")
            || crate::dates::month_from_name(w).is_some()
    })
}

/// The text in ASCII lower case (same byte offsets).
fn lower_all(text: &str) -> String {
    text.to_ascii_lowercase()
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Scores each framework by its title phrases (strongly near the top), the area wordings
/// that only it prints, and whether the inspection date falls in its years. Documents about
/// other services (schools, CQC ratings, children's homes) need their cues in the title and no
/// sign there of a council's children's services.
/// The framework a text's wording points to, and how strongly.
struct NamedFramework {
    framework: Option<FrameworkId>,
    /// Its title is in the headline.
    in_headline: bool,
    /// Its title is somewhere in the text.
    named: bool,
}

fn read_framework(doc: &Doc, title_end: usize, when: Option<Date>, scan_end: usize) -> NamedFramework {
    static TITLES: OnceLock<PhraseSet<usize>> = OnceLock::new();
    static WORDINGS: OnceLock<PhraseSet<usize>> = OnceLock::new();
    static TOPIC: OnceLock<PhraseSet<()>> = OnceLock::new();
    let titles = TITLES.get_or_init(|| {
        let titles: Vec<(&'static str, usize)> =
            FRAMEWORKS.iter().enumerate().flat_map(|(i, f)| f.titles.iter().map(move |t| (*t, i))).collect();
        PhraseSet::new(titles)
    });
    // Area wordings printed by one framework only.
    let wordings = WORDINGS.get_or_init(|| {
        let mut items = Vec::new();
        for (f, fw) in FRAMEWORKS.iter().enumerate() {
            for area in fw.areas {
                for p in area.printed {
                    let owners = FRAMEWORKS.iter().filter(|g| g.areas.iter().any(|a| a.printed.contains(p))).count();
                    if owners == 1 {
                        items.push((*p, f));
                    }
                }
            }
        }
        PhraseSet::new(items)
    });
    let topic = TOPIC.get_or_init(|| {
        PhraseSet::new(
            [
                "children's services",
                "children's social care",
                "services for children",
                "children's social work",
                "local authority",
                "child protection",
                "safeguarding",
                "children in care",
                "looked after children",
                "care leavers",
            ]
            .into_iter()
            .map(|p| (p, ())),
        )
    });
    let head_tokens = doc.lines.get(title_end).map_or(doc.tokens.len(), |l| l.tokens.start);
    let council_topic = (0..head_tokens).any(|i| topic.longest_at(doc, i, head_tokens).is_some());
    // The headline and standfirst: an article's own subject, before the story mentions others.
    let headline = 0..headline_end(doc).min(head_tokens);
    let headline_topic = headline.clone().any(|i| topic.longest_at(doc, i, headline.end).is_some());
    // An article's headline may not name the topic ("Sandleigh leaves special measures"); its
    // first lines do.
    let lead_end = (head_tokens + 80).min(doc.tokens.len());
    let council_lead = council_topic || (head_tokens..lead_end).any(|i| topic.longest_at(doc, i, lead_end).is_some());
    let mut score = vec![0i32; FRAMEWORKS.len()];
    let mut head_score = vec![0i32; FRAMEWORKS.len()];
    let mut in_headline = vec![false; FRAMEWORKS.len()];
    let mut named = vec![false; FRAMEWORKS.len()];
    for (f, at) in phrase_count(doc, titles, 0..scan_end) {
        let fw = &FRAMEWORKS[f];
        in_headline[f] |= headline.contains(&at);
        named[f] = true;
        if at < head_tokens {
            score[f] += 6;
            head_score[f] += 6;
        } else {
            score[f] += if fw.about_council { 2 } else { 1 };
        }
    }
    for (f, _) in phrase_count(doc, wordings, 0..scan_end) {
        score[f] += 2;
    }
    if let Some(when) = when {
        for (f, fw) in FRAMEWORKS.iter().enumerate() {
            if fw.about_council && in_force(fw.id, when) {
                score[f] += 3;
            }
        }
    }
    let eligible = |f: usize| {
        let fw = &FRAMEWORKS[f];
        if fw.about_council {
            score[f] >= 4 || (council_lead && score[f] >= 3)
        } else {
            !council_topic && head_score[f] >= 6 || in_headline[f] && !headline_topic
        }
    };
    // (Of equal scores, a graded inspection rather than a visit, the newest, and of those that
    // started together the first in the table: a date in 2012 points to the 2012 inspections
    // rather than to 2009's.)
    let best = (0..FRAMEWORKS.len())
        .filter(|&f| eligible(f))
        .max_by_key(|&f| (score[f], FRAMEWORKS[f].graded, FRAMEWORKS[f].from, std::cmp::Reverse(f)));
    match best {
        Some(f) => NamedFramework { framework: Some(FRAMEWORKS[f].id), in_headline: in_headline[f], named: named[f] },
        None => NamedFramework { framework: None, in_headline: false, named: false },
    }
}

/// Whether a framework was in force on a date (month precision).
pub fn in_force(id: FrameworkId, when: Date) -> bool {
    let f = framework(id);
    let month = |s: &str| Date::from_iso(s);
    let key = |d: Date| (d.year, d.month.unwrap_or(6));
    let Some(from) = month(f.from) else { return false };
    let after_start = key(when) >= key(from);
    let before_end = f.until.and_then(month).is_none_or(|u| key(when) <= key(u));
    after_start && before_end
}

/// Settles the framework once the judgements are read: the ILACS versions differ by their
/// judgements, and a table's wordings outweigh a guess from dates.
pub fn settle_framework(
    guess: Option<FrameworkId>,
    areas: &[Area],
    labels: &[String],
    when: Option<Date>,
) -> Option<FrameworkId> {
    let lowered: Vec<String> = labels.iter().map(|l| crate::letters::lower(l)).collect();
    let marked = |marks: &[&str]| marks.iter().any(|m| lowered.iter().any(|l| l.contains(m)));
    if areas.contains(&Area::Adoption) || marked(framework(FrameworkId::Sif).marks) {
        return Some(FrameworkId::Sif);
    }
    let ilacs = guess.is_some_and(|g| ILACS_VERSIONS.contains(&g))
        || ILACS_VERSIONS.iter().any(|&v| marked(framework(v).marks));
    if !ilacs {
        return guess;
    }
    // A version's own wordings ("children in care and care leavers" is 2018-22's).
    let own = |v: FrameworkId| {
        let others: Vec<&str> =
            ILACS_VERSIONS.iter().filter(|&&o| o != v).flat_map(|&o| framework(o).marks.iter().copied()).collect();
        framework(v).marks.iter().any(|m| !others.contains(m) && marked(&[m]))
    };
    if let Some(&v) = ILACS_VERSIONS.iter().find(|&&v| own(v)) {
        return Some(v);
    }
    let in_force_then = when.and_then(|d| ILACS_VERSIONS.iter().copied().find(|&v| in_force(v, d)));
    // A care leavers grade of its own is 2023's or later (before then it is half of the
    // combined judgement, read in two); without overall effectiveness, April 2026's.
    let separate = ILACS_VERSIONS.iter().copied().filter(|&v| framework(v).area(Area::CareLeavers).is_some());
    let separate: Vec<FrameworkId> = separate.collect();
    if areas.contains(&Area::CareLeavers) && in_force_then.is_none_or(|v| separate.contains(&v)) {
        let without_overall = separate.iter().copied().find(|&v| framework(v).area(Area::Overall).is_none());
        return match (in_force_then, without_overall) {
            (Some(v), Some(w)) if v == w && !areas.contains(&Area::Overall) => Some(w),
            _ => separate.first().copied(),
        };
    }
    in_force_then.or(guess).or(Some(ILACS_VERSIONS[0]))
}

/// Settles the framework of a text that names none, or names one its grades do not fit, from
/// the areas this inspection's grades were read for and the inspection's date: a text about a
/// full inspection in 2019 is ILACS even if it never says so, and one that grades adoption is
/// the single inspection framework. `year` stands in for a date the text does not give.
pub fn framework_from_reading(
    guess: Option<FrameworkId>,
    areas: &[Area],
    when: Option<Date>,
    year: Option<u16>,
) -> Option<FrameworkId> {
    // (A text about a school or a children's home keeps that: its grades are not a council's.)
    if areas.is_empty() || guess.is_some_and(|g| !framework(g).about_council) {
        return guess;
    }
    let fits = |f: &Framework| f.graded && f.about_council && areas.iter().all(|&a| f.area(a).is_some());
    if guess.map(framework).is_some_and(fits) {
        return guess;
    }
    let candidates: Vec<&Framework> = FRAMEWORKS.iter().filter(|f| fits(f)).collect();
    let date = when.or_else(|| year.map(|year| Date { year, month: None, day: None }));
    // Of the frameworks in force then, the newest (and of those that started together, the
    // first in the table).
    let dated = date.and_then(|d| {
        candidates.iter().filter(|f| in_force(f.id, d)).fold(None, |best: Option<&&Framework>, f| match best {
            Some(b) if b.from >= f.from => Some(b),
            _ => Some(f),
        })
    });
    match (dated, candidates.as_slice()) {
        (Some(f), _) => Some(f.id),
        (None, [only]) => Some(only.id),
        _ => guess.filter(|&g| framework(g).graded && framework(g).about_council),
    }
}

/// An ungraded visit that a text about no graded inspection speaks of: "in a letter",
/// "inspectors visited", "a focused inspection", "would not be a judgement". A monitoring visit when it says so, or when
/// the council's last grade was inadequate (monitoring visits follow an inadequate judgement)
/// and the text does not say the visit was focused.
pub fn visit_framework(doc: &Doc, last_grade: Option<Grade>) -> Option<FrameworkId> {
    static CUES: OnceLock<PhraseSet<()>> = OnceLock::new();
    let cues = CUES.get_or_init(|| {
        PhraseSet::new(
            [
                "a visit",
                "the visit",
                "this visit",
                "its visit",
                "focused visit",
                "focussed visit",
                "monitoring visit",
                "visited",
                "a letter",
                "the letter",
                "in a letter",
                "focused inspection",
                "focussed inspection",
                "not be a judgement",
                "not be graded",
                "not graded",
                "ungraded",
                "no judgement",
                "no grades",
            ]
            .map(|p| (p, ())),
        )
    });
    let n = doc.tokens.len();
    if !(0..n).any(|i| cues.longest_at(doc, i, n).is_some()) {
        return None;
    }
    let said = |word: &str| (0..n).any(|i| doc.is(i, word));
    // ("a focused visit", "the visit, which focused on ...", not "we are focused on ...".)
    let focused = (0..n).any(|i| {
        doc.in_list(i, crate::words!["focused", "focussed"])
            && (i.saturating_sub(4)..(i + 2).min(n)).any(|k| doc.is(k, "visit"))
    });
    let monitoring = said("monitoring") || (last_grade == Some(Grade::Inadequate) && !focused);
    Some(if monitoring { FrameworkId::MonitoringVisit } else { FrameworkId::FocusedVisit })
}
