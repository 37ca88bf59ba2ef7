//! Words that change what a grade means wherever it is printed: the cues shared by the table
//! and sentence readers.

use std::sync::OnceLock;

use crate::text::PhraseSet;

/// Words that say a grade belongs to an earlier inspection.
pub const PREVIOUS_MARKERS: &[&str] = &[
    "last time",
    "last inspection",
    "last inspected",
    "last full",
    "last fully",
    "last visited",
    "last ofsted",
    "last judged",
    "last rated",
    "previous inspection",
    "previous inspections",
    "previous ofsted",
    "previous full",
    "previous judgement",
    "previous rating",
    "previous single",
    "previous child",
    "previous safeguarding",
    "previously",
    "previously inspected",
    "inspected previously",
    "previously judged",
    "previously rated",
    "similar inspection",
    "earlier inspection",
    "prior inspection",
    "last year",
    "moved out",
    "no longer",
    "used to",
    "was then",
    "at the time",
    "from",
    "had been",
    "having been",
    "lost",
    "loses",
    "lose",
    "losing",
    "stripped",
    "ago",
];

/// [`PREVIOUS_MARKERS`] ready for matching; each phrase's value is its number of words.
pub fn previous_markers() -> &'static PhraseSet<usize> {
    static SET: OnceLock<PhraseSet<usize>> = OnceLock::new();
    SET.get_or_init(|| counted(PREVIOUS_MARKERS))
}

/// A set of phrases, each valued by its number of words.
pub fn counted(phrases: &'static [&'static str]) -> PhraseSet<usize> {
    PhraseSet::new(phrases.iter().map(|p| (*p, p.split(' ').count())))
}
