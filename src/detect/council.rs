//! The council a text is about: gazetteer names scored by where and how they are written, with
//! names shared by several councils, predecessors, and councils the gazetteer does not know.

use std::sync::OnceLock;

use crate::councils::{Council, COUNCILS};
use crate::order::GroupKey;
use crate::text::{Doc, PhraseSet, TokenKind};

/// Every council name and alias in the gazetteer, matched as phrases, with the names of the
/// trusts and companies that run a council's children's services where they do not hold the
/// council's own name ("Together for Children"; "Doncaster Children's Services Trust" is found
/// by "Doncaster", as the prose reader has always read it).
pub fn council_phrases() -> &'static PhraseSet<usize> {
    static SET: OnceLock<PhraseSet<usize>> = OnceLock::new();
    SET.get_or_init(|| {
        let trusts = crate::councils::TRUSTS.iter().filter_map(|(name, short)| {
            let i = COUNCILS.iter().position(|c| c.short == *short)?;
            (!name.contains(&short.to_ascii_lowercase())).then_some((*name, i))
        });
        // Collected first: `PhraseSet::new` then shares its code with the other sets built from a
        // list of (phrase, index).
        let phrases: Vec<(&'static str, usize)> = COUNCILS
            .iter()
            .enumerate()
            .flat_map(|(i, c)| [c.name, c.short].into_iter().chain(c.aliases.iter().copied()).map(move |p| (p, i)))
            .chain(trusts)
            .collect();
        PhraseSet::new(phrases)
    })
}

/// Words that mark a council name when they follow or precede it.
const COUNCIL_WORDS: &[&str] =
    &["council", "council's", "borough", "county", "city", "corporation", "authority", "district", "metropolitan"];

/// The least score a gazetteer council needs to be taken: one plain mention of a place in the
/// body of a text ("a conference in Bournemouth") is not enough; a mention in the title, one
/// marked as a council's ("Bournemouth Council") or a second mention is.
const LEAST_SCORE: u32 = 2;

/// The council a text is about and its name: the gazetteer council whose names score most (a
/// mention in the title block counts most, a name marked as a council's more than a bare place
/// name), else a council the gazetteer does not know, named the way titles and articles name
/// one, else the council whose web address (`....gov.uk`) the text gives.
pub(super) fn read_council(doc: &Doc, title_end: usize, scan_end: usize) -> (Option<&'static Council>, Option<String>) {
    let head_tokens = doc.lines.get(title_end).map_or(doc.tokens.len(), |l| l.tokens.start);
    let (scores, first_seen) = council_scores(doc, head_tokens, scan_end);
    let best = (0..COUNCILS.len())
        .filter(|&c| scores[c] >= LEAST_SCORE)
        .max_by(|&a, &b| scores[a].cmp(&scores[b]).then(first_seen[b].cmp(&first_seen[a])));
    // A headline naming a "Royal Borough of X" or "London Borough of X" that the gazetteer
    // does not know outweighs an abbreviation that matched one it does ("RBK").
    let named_in_head = (0..head_tokens.saturating_sub(3)).find_map(|i| {
        let royal = doc.in_list(i, crate::words!["royal", "london"]) && doc.is(i + 1, "borough") && doc.is(i + 2, "of");
        let place = i + 3;
        (royal && doc.starts_capital(place)).then_some(i..place + 1)
    });
    if let Some(c) = best {
        let place = named_in_head.as_ref().map(|r| doc.token_text(r.end - 1).to_ascii_lowercase());
        let unknown_place = place.is_some_and(|p| !COUNCILS[c].name.to_ascii_lowercase().contains(&p));
        if !unknown_place {
            return (Some(&COUNCILS[c]), Some(COUNCILS[c].name.to_string()));
        }
    }
    if let Some(r) = named_in_head.filter(|_| best.is_some()) {
        return (None, Some(doc.tokens_text(r).split_whitespace().collect::<Vec<_>>().join(" ")));
    }
    if let Some(name) = unlisted_council(doc, title_end) {
        return (None, Some(name));
    }
    match web_address_council(doc.text()) {
        Some(council) => (Some(council), Some(council.name.to_string())),
        None => (None, None),
    }
}

/// Each gazetteer council's score and first mention (a token index). A name shared by several
/// councils ("Achieving for Children", "City and Hackney") counts for none of them; a
/// predecessor's score goes to its successor when the text names one.
fn council_scores(doc: &Doc, head_tokens: usize, scan_end: usize) -> (Vec<u32>, Vec<usize>) {
    let set = council_phrases();
    let shared = shared_phrases();
    let mut scores = vec![0u32; COUNCILS.len()];
    let mut first_seen = vec![usize::MAX; COUNCILS.len()];
    let mut i = 0;
    while i < scan_end {
        // Council names start with a capital (or are marked by a council word after them,
        // which a lower-case start never is in the gazetteer's names).
        if !doc.starts_capital(i) {
            i += 1;
            continue;
        }
        let found = set.longest_at(doc, i, doc.tokens.len());
        if let Some((end, _)) = shared.longest_at(doc, i, doc.tokens.len()) {
            if found.is_none_or(|(council_end, _)| council_end <= end) {
                i = end;
                continue;
            }
        }
        let Some((end, &c)) = found else {
            i += 1;
            continue;
        };
        let council = &COUNCILS[c];
        let next_is_council_word = doc.is_any(doc.skip_soft(end, doc.tokens.len()), COUNCIL_WORDS);
        let prev_is_council_word =
            i > 0 && doc.in_list(i - 1, crate::words!["of", "borough"]) && i > 1 && doc.is_any(i - 2, COUNCIL_WORDS);
        let phrase_is_short = doc.tokens_text(i..end).eq_ignore_ascii_case(council.short);
        let marked = next_is_council_word || prev_is_council_word || !phrase_is_short;
        if council.ambiguous && phrase_is_short && !marked {
            i = end;
            continue;
        }
        let mut weight = 1;
        if i < head_tokens {
            weight += 8;
        }
        if marked {
            weight += 2;
        }
        scores[c] += weight;
        first_seen[c] = first_seen[c].min(i);
        i = end;
    }
    to_successors(&mut scores, &mut first_seen);
    // A council abolished before the latest year the text mentions is a place there, not the
    // council the text is about ("a conference in Bournemouth" in 2025).
    if let Some(latest) = doc.all_dates().iter().map(|d| d.date.year).max() {
        for (c, council) in COUNCILS.iter().enumerate() {
            let gone = council.until.and_then(|until| until.get(..4)?.parse::<u16>().ok());
            if gone.is_some_and(|year| year < latest) {
                scores[c] = 0;
            }
        }
    }
    (scores, first_seen)
}

/// Moves each predecessor's score to its successor with the highest score, when the text names
/// one: a text naming Cumberland and the former Cumbria County Council is about Cumberland.
fn to_successors(scores: &mut [u32], first_seen: &mut [usize]) {
    for (p, council) in COUNCILS.iter().enumerate() {
        if scores[p] == 0 {
            continue;
        }
        let heir = council
            .successors()
            .iter()
            .filter_map(|short| COUNCILS.iter().position(|c| c.short == *short))
            .filter(|&s| scores[s] > 0)
            .max_by_key(|&s| (scores[s], std::cmp::Reverse(first_seen[s])));
        if let Some(s) = heir {
            scores[s] += scores[p];
            first_seen[s] = first_seen[s].min(first_seen[p]);
            scores[p] = 0;
        }
    }
}

/// Whether a name that serves several councils, one of them `own` (an index into
/// [`COUNCILS`]), covers token `i`: "the City and Hackney Safeguarding Children Board" is the
/// City of London's too.
pub fn shared_with(doc: &Doc, i: usize, own: usize) -> bool {
    let set = shared_phrases();
    (i.saturating_sub(3)..=i).any(|start| {
        set.longest_at(doc, start, doc.tokens.len()).is_some_and(|(end, &k)| {
            end > i && crate::councils::SHARED[k].1.iter().any(|short| *short == COUNCILS[own].short)
        })
    })
}

/// Names of bodies that serve several councils, matched as phrases: alone they name none of
/// them (the councils each serves are in [`crate::councils::SHARED`]).
fn shared_phrases() -> &'static PhraseSet<usize> {
    static SET: OnceLock<PhraseSet<usize>> = OnceLock::new();
    SET.get_or_init(|| {
        let phrases: Vec<(&'static str, usize)> =
            crate::councils::SHARED.iter().enumerate().map(|(k, (name, _))| (*name, k)).collect();
        PhraseSet::new(phrases)
    })
}

/// The gazetteer council whose web address the text gives ("democracy@westberks.gov.uk",
/// "www.kent.gov.uk"), the address's name being one of the council's names run together
/// ("westberks" for "West Berks"); the first such address that names one. For texts copied
/// from a council's own pages that name the council nowhere else.
fn web_address_council(text: &str) -> Option<&'static Council> {
    const SUFFIX: &str = ".gov.uk";
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower.get(from..).and_then(|rest| rest.find(SUFFIX)).map(|k| from + k) {
        from = at + SUFFIX.len();
        let label_start = lower[..at]
            .char_indices()
            .rfind(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '-'))
            .map_or(0, |(k, c)| k + c.len_utf8());
        let label: String = lower[label_start..at].chars().filter(|&c| c != '-').collect();
        if label.len() < 3 {
            continue;
        }
        let named = COUNCILS.iter().find(|council| {
            [council.short, council.name].iter().chain(council.aliases).any(|key| run_together(key) == label)
        });
        if named.is_some() {
            return named;
        }
    }
    None
}

/// A name in lower case with everything but letters and digits dropped ("West Berks" ->
/// "westberks").
fn run_together(name: &str) -> String {
    name.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

/// A council that is not in the gazetteer, named the way report titles and articles name one:
/// "Inspection of X local authority children's services", "X County Council", "London Borough
/// of X".
fn unlisted_council(doc: &Doc, title_end: usize) -> Option<String> {
    let head_end = doc.lines.get(title_end).map_or(doc.tokens.len(), |l| l.tokens.start);
    // "X Council", "X County Council", "X Borough Council", "X City Council": each mention's
    // name (as a key to group by) and weight.
    let mut names: Vec<GroupKey> = Vec::new();
    let mut weights: Vec<u32> = Vec::new();
    for i in 0..doc.tokens.len() {
        // "Council" as a name ends ("Kelby Council"), not "the council"; "Kelby MBC" is
        // "Kelby Metropolitan Borough Council".
        let word = doc.token_text(i);
        let expansion = match word.trim_end_matches("'s").trim_end_matches("\u{2019}s") {
            "MBC" => Some("Metropolitan Borough Council"),
            "BC" => Some("Borough Council"),
            _ => None,
        };
        if expansion.is_none() && (!doc.in_list(i, crate::words!["council", "council's"]) || !word.starts_with('C')) {
            continue;
        }
        let mut start = i;
        while start > 0 {
            let prev = start - 1;
            let tok = &doc.tokens[prev];
            let text = doc.token_text(prev);
            let capital = crate::letters::starts_capital(text);
            let joiner =
                doc.in_list(prev, crate::words!["and", "upon", "on", "with", "of"]) && start - prev == 1 && prev > 0;
            let name_word =
                tok.kind == TokenKind::Word && (capital || joiner) && i - prev <= 6 && tok.line == doc.tokens[i].line;
            let hyphen = tok.kind == TokenKind::Soft && doc.token_text(prev) == "-" && prev > 0;
            if name_word || hyphen {
                start = prev;
            } else {
                break;
            }
        }
        // Not the words that open a sentence: "But Kelby Council's services ...".
        while start < i
            && doc.in_list(
                start,
                crate::words![
                    "and",
                    "upon",
                    "on",
                    "with",
                    "of",
                    "the",
                    "but",
                    "however",
                    "meanwhile",
                    "now",
                    "so",
                    "yet",
                    "while",
                    "as"
                ],
            )
        {
            start += 1;
        }
        if start == i
            || doc.in_list(
                start,
                crate::words!["the", "this", "a", "our", "parish", "town", "county", "city", "borough", "district"],
            ) && i - start == 1
        {
            continue;
        }
        let name = match expansion {
            Some(words) => format!("{} {words}", doc.tokens_text(start..i)),
            None => doc.tokens_text(start..i + 1).to_string(),
        };
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let name = name.strip_suffix("'s").map(str::to_string).unwrap_or(name);
        let name = title_case_shouted(&name);
        names.push((Some(name), None, None, None));
        weights.push(if i < head_end { 8 } else { 1 });
    }
    // The most mentioned; among equals, the first. (Grouped by sorting: looking each mention up
    // among the names seen so far grew with the square of the text.)
    let best = crate::order::group_by_key(&names)
        .into_iter()
        .map(|group| (group.iter().map(|&k| weights[k]).sum::<u32>(), group[0]))
        .max_by_key(|&(total, first)| (total, std::cmp::Reverse(first)));
    if let Some((_, first)) = best {
        return names.swap_remove(first).0;
    }
    // "X children's services", "X's children's services", "children's services in X".
    let head_end_tokens = doc.lines.get(title_end).map_or(doc.tokens.len(), |l| l.tokens.start).min(doc.tokens.len());
    for i in 0..head_end_tokens {
        let services_end = if doc.is(i + 1, "services") {
            i + 2
        } else if doc.is(i + 1, "social") && doc.is(i + 2, "care") {
            i + 3
        } else {
            continue;
        };
        if !doc.in_list(i, crate::words!["children's", "childrens"]) {
            continue;
        }
        // Before: capitalised words ("Stanwick children's services").
        let mut start = i;
        while start > 0
            && doc.tokens[start - 1].kind == TokenKind::Word
            && doc.starts_capital(start - 1)
            && doc.tokens[start - 1].line == doc.tokens[i].line
        {
            start -= 1;
        }
        // (Nor a headline's own words: "How Dunmore's children's services changed".)
        while start < i
            && doc.in_list(
                start,
                crate::words!["ofsted", "the", "inspection", "of", "how", "why", "what", "inside", "so"],
            )
        {
            start += 1;
        }
        if start < i {
            let name = doc.tokens_text(start..i).trim_end_matches("'s").to_string();
            if !name.is_empty() {
                return Some(title_case_shouted(&name));
            }
        }
        // After: "children's services in X".
        if doc.is(services_end, "in") {
            let from = services_end + 1;
            let mut end = from;
            while end < doc.tokens.len()
                && doc.tokens[end].kind == TokenKind::Word
                && (doc.starts_capital(end) || doc.in_list(end, crate::words!["and", "upon", "on"]))
                && end - from < 6
            {
                end += 1;
            }
            if end > from {
                return Some(title_case_shouted(doc.tokens_text(from..end)));
            }
        }
    }
    // A title line naming the council: "Royal Borough of X", "London Borough of X", "City of X".
    for line in doc.lines.iter().take(title_end) {
        let text = doc.text()[line.span.clone()].trim();
        let lower = text.to_ascii_lowercase();
        let named = [
            "london borough of ",
            "royal borough of ",
            "city of ",
            "borough of ",
            "county of ",
            "council of ",
            "metropolitan borough of ",
        ]
        .iter()
        .any(|p| lower.starts_with(p));
        if named && text.split_whitespace().count() <= 8 && !lower.contains("inspection") {
            // The name ends at the first word that is neither capitalised nor a joiner
            // ("Royal Borough of Kingsmead jumps two grades").
            let mut words: Vec<&str> = Vec::new();
            for w in text.split_whitespace() {
                let joiner = matches!(w.to_ascii_lowercase().as_str(), "of" | "upon" | "on" | "and" | "the");
                if words.len() >= 2 && !joiner && !crate::letters::starts_capital(w) {
                    break;
                }
                words.push(w);
            }
            while words
                .last()
                .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "of" | "upon" | "on" | "and" | "the"))
            {
                words.pop();
            }
            return Some(words.join(" "));
        }
    }
    // "Inspection of X local authority children's services" / "visit to X local authority".
    for i in 0..head_end.min(doc.tokens.len()) {
        if doc.in_list(i, crate::words!["of", "to"])
            && i > 0
            && doc.in_list(i - 1, crate::words!["inspection", "visit"])
        {
            let start = i + 1;
            let mut end = start;
            while end < head_end
                && !doc.in_list(end, crate::words!["local", "children's", "childrens"])
                && end - start < 8
            {
                end += 1;
            }
            if end > start && end < head_end && doc.is(end, "local") {
                return Some(doc.tokens_text(start..end).split_whitespace().collect::<Vec<_>>().join(" "));
            }
        }
    }
    None
}

/// Words printed in capitals in a name ("DUNMORE Borough Council") in title case.
fn title_case_shouted(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let letters = w.chars().filter(|&c| crate::letters::is_letter(c)).count();
            if letters < 2 || !w.chars().filter(|&c| crate::letters::is_letter(c)).all(crate::letters::is_capital) {
                return w.to_string();
            }
            let lower = crate::letters::lower(w);
            if matches!(lower.as_str(), "and" | "of" | "the" | "upon" | "on" | "with") {
                return lower;
            }
            crate::letters::capitalise(&lower)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The council read from `text`, by its short name.
    fn council_of(text: &str) -> Option<&'static str> {
        let doc = Doc::new(text);
        let title_end = doc.lines.len().min(2);
        read_council(&doc, title_end, doc.tokens.len()).0.map(|c| c.short)
    }

    #[test]
    fn trusts_and_companies_name_their_council() {
        let body = "\n\nThe inspectors found that services had improved since the last visit.\n";
        for (name, council) in [
            ("Doncaster Children's Services Trust", "Doncaster"),
            ("Together for Children", "Sunderland"),
            ("Brighter Futures for Children", "Reading"),
            ("Slough Children First", "Slough"),
            ("Worcestershire Children First", "Worcestershire"),
            ("Bradford Children and Families Trust", "Bradford"),
        ] {
            assert_eq!(council_of(&format!("{name} is rated good{body}")), Some(council), "{name}");
        }
    }

    #[test]
    fn a_name_shared_by_several_councils_names_none_of_them() {
        let body = "\n\nThe inspectors found that services had improved.\n";
        assert_eq!(council_of(&format!("Achieving for Children is rated good{body}")), None);
        assert_eq!(council_of(&format!("Northamptonshire Children's Trust is rated good{body}")), None);
        // The council named beside it decides.
        let text = format!("Achieving for Children is rated good in Richmond upon Thames{body}");
        assert_eq!(council_of(&text), Some("Richmond"));
        let text =
            "Ofsted inspection of the City of London\n\nThe City and Hackney Safeguarding Children Board was praised. \
                    The City of London Corporation welcomed the report.\n";
        assert_eq!(council_of(text), Some("City of London"));
    }

    #[test]
    fn a_predecessor_counts_for_the_successor_the_text_names() {
        let text = "Cumberland Council children's services rated good\n\n\
                    Cumbria County Council was judged requires improvement in 2022. Cumbria had struggled; \
                    Cumbria County Council said so. Cumbria County Council staff moved across.\n";
        assert_eq!(council_of(text), Some("Cumberland"));
        let text = "Cumbria County Council children's services rated good in 2019\n\nThe council welcomed it.\n";
        assert_eq!(council_of(text), Some("Cumbria"));
    }

    #[test]
    fn an_abolished_council_is_a_place_in_a_later_text() {
        let text = "Inspection news\n\nIn 2025 the chief inspector spoke at a conference. He spoke in Bournemouth \
                    about the framework, and in Bournemouth again the next day.\n";
        assert_eq!(council_of(text), None);
        let text = "Inspection news\n\nIn 2018 Bournemouth Borough Council was judged good by Ofsted.\n";
        assert_eq!(council_of(text), Some("Bournemouth"));
    }

    #[test]
    fn a_possessive_council_name_is_marked_as_a_council() {
        // "Shropshire Council's" marks Shropshire as a council as much as "Herefordshire
        // Council" does; of two marked once each, the first named is the text's.
        let text = "Inspection news\n\nShropshire Council's children's services were rated good. \
                    Neighbouring Herefordshire Council was rated outstanding last year.\n";
        assert_eq!(council_of(text), Some("Shropshire"));
    }

    #[test]
    fn a_web_address_after_a_letter_of_two_bytes_is_read_whole() {
        // (The name of a web address starts after the last character that cannot be in it,
        // however many bytes that character takes.)
        assert!(web_address_council("Inspection news ÿwww.gov.uk/ofsted").is_none());
        assert_eq!(web_address_council("See ÿcambridgeshire.gov.uk").map(|c| c.short), Some("Cambridgeshire"));
    }

    #[test]
    fn one_bare_mention_in_the_body_is_not_enough() {
        let text = "Inspection news\n\nThe chief inspector spoke at a conference in Harrogate and then in Blackpool.\n";
        assert_eq!(council_of(text), None);
        let text = "Inspection news\n\nBlackpool Council was rated good; Blackpool welcomed it.\n";
        assert_eq!(council_of(text), Some("Blackpool"));
    }

    #[test]
    fn a_web_address_names_the_council_when_nothing_else_does() {
        let text = "Agenda item\n\nThe Commission considered the report.\n\nEmail democracy@westberks.gov.uk with questions.\n";
        assert_eq!(council_of(text), Some("West Berkshire"));
        let short = |text: &str| web_address_council(text).map(|c| c.short);
        assert_eq!(short("see www.bracknell-forest.gov.uk and www.gov.uk"), Some("Bracknell Forest"));
        assert_eq!(short("see www.gov.uk, www.nhs.uk and www.kelby.gov.uk"), None);
        // Three letters are enough (the Isle of Wight's address).
        assert_eq!(short("Email childrens.services@iow.gov.uk"), Some("Isle of Wight"));
        // An address that names no council does not hide one after it.
        assert_eq!(short("Write to enquiries@ofsted.gov.uk or to care@kent.gov.uk"), Some("Kent"));
        // A council named in the text outweighs an address.
        let text = "Agenda item\n\nKent County Council considered the report.\n\nEmail democracy@westberks.gov.uk.\n";
        assert_eq!(council_of(text), Some("Kent"));
    }
}
