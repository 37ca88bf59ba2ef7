//! The reasons a grade word was or was not taken, in words, and `--explain` for a terminal.

use std::fmt::Write;

use crate::model::{GradeWord, Reason, Verdict};

use super::{grade_title, short_quote};

impl Reason {
    /// The reason as one plain sentence.
    pub fn describe(self) -> &'static str {
        match self {
            Reason::Table => "Read from the summary table.",
            Reason::Heading => "Read from a section heading and its grade.",
            Reason::FixedForm => "A fixed form of a judgement (\"the overall judgement is good\").",
            Reason::Subject => "Said of the subject of the sentence.",
            Reason::Object => "Said of what the inspectors rated (\"rated the council good\").",
            Reason::NamedJudgement => "Named as a judgement (\"its good rating\").",
            Reason::ForArea => "Given for an area (\"rated good for leadership\").",
            Reason::Change => "A change from one grade to another.",
            Reason::Headline => "A headline naming an area and its grade.",
            Reason::SharedSubject => "Shares the subject of the grade before it.",
            Reason::SameAsBefore => "\"The same rating\" as the grade in the sentence before.",
            Reason::Collective => "Said of every area (\"good in all areas\").",
            Reason::ListAfter => "Said of the areas listed after it (\"good in the following areas:\").",
            Reason::EarlierMarker => "Words around it speak of an earlier inspection (\"at its last inspection\").",
            Reason::EarlierDate => "Dated before the inspection the text is about.",
            Reason::ChangeFrom => "The grade a change started from (\"up from inadequate\").",
            Reason::AsBefore => "The same grade as before (\"as was the case in 2019\").",
            Reason::EarlierSentence => "The sentence before speaks of an earlier inspection.",
            Reason::UngradedVisit => "The text is about a visit that gives no grades, so this is an earlier one.",
            Reason::VisitFinding => "The text is about a visit, which gives no grades: this is a finding, not a grade.",
            Reason::PastBesidePresent => "Said in the past beside a present grade of the same area.",
            Reason::JoinedToEarlier => "Joined to an earlier inspection's grade (\"with ... also\").",
            Reason::Range => "A range of grades (\"good or outstanding\"), not one.",
            Reason::Degree => "An ordinary adjective with a degree word (\"very good\").",
            Reason::Adjective => "An ordinary adjective describing the word after it (\"good practice\").",
            Reason::Condition => "A description of when something is so (\"good when ...\"), not a result.",
            Reason::Skill => "A skill (\"good at ...\"), not a grade.",
            Reason::Definition => "A definition (\"a good local authority ...\"), not a result.",
            Reason::Negated => "Negated (\"not good\").",
            Reason::Aim => "An aim, a hope or a comparison (\"to become good\"), not a result.",
            Reason::OtherService => "Said of another service (a school, a children's home, a hospital).",
            Reason::OtherCouncil => "Said of another council.",
            Reason::NoSubject => "Not said of any area, council or service that could be found.",
            Reason::UnnamedAreas => "Said of some areas without naming them (\"in three of the four areas\").",
            Reason::ReportProse => "A report's own prose, in a form its judgements are not stated in.",
            Reason::PageFurniture => "Part of a link list, a banner or a box, not the story.",
            Reason::Superseded => "Another passage gave this area's grade.",
            Reason::NotInFramework => "The inspection's framework makes no such judgement.",
            Reason::NotACouncilText => "The text is not about a council's children's services.",
        }
    }
}

/// The words of a verdict for a column of text.
fn verdict_words(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::ThisInspection => "this inspection",
        Verdict::Earlier => "earlier inspection",
        Verdict::OtherBody => "another body",
        Verdict::Hypothetical => "hypothetical",
        Verdict::NotAGrade => "not a grade",
    }
}

/// Every grade word, one line each: taken or not, the verdict, the grade, the passage and why.
pub fn explanation_text(words: &[GradeWord]) -> String {
    if words.is_empty() {
        return "No grade words were found in the text.\n".to_string();
    }
    let mut out = String::new();
    for w in words {
        let mark = if w.taken { "taken" } else { "left" };
        let date = w.date.as_deref().map(|d| format!(" ({d})")).unwrap_or_default();
        let _ = writeln!(
            out,
            "{mark:5}  {:17}  {}{date}  \"{}\"\n       {}",
            verdict_words(w.verdict),
            grade_title(w.grade),
            short_quote(&w.passage.quote, 90),
            w.why
        );
    }
    out
}
