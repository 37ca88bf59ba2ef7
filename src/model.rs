//! The data model: every type that crosses a boundary (CLI, JSON, wasm). Its serde attributes are
//! the JSON contract of `DESIGN.md`; the page, the CLI and the tests all serialise these types.

use serde::{Deserialize, Serialize};

/// A grade as the inspection printed it.
///
/// Adequate (scales to November 2013) and requires improvement (from then on) share level 2.
#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    /// Level 4.
    Outstanding,
    /// Level 3.
    Good,
    /// Level 2 on the scales used until November 2013.
    Adequate,
    /// Level 2 on the scales used from November 2013 ("requires improvement to be good").
    RequiresImprovement,
    /// Level 1.
    Inadequate,
}

impl Grade {
    /// Every variant, for reading ids back.
    pub const ALL: [Grade; 5] =
        [Grade::Outstanding, Grade::Good, Grade::Adequate, Grade::RequiresImprovement, Grade::Inadequate];

    /// The step on the four-point scale: 4 outstanding, 3 good, 2 adequate or requires
    /// improvement, 1 inadequate.
    pub fn level(self) -> u8 {
        match self {
            Grade::Outstanding => 4,
            Grade::Good => 3,
            Grade::Adequate | Grade::RequiresImprovement => 2,
            Grade::Inadequate => 1,
        }
    }

    /// The snake_case id used in JSON (`requires_improvement`).
    pub fn id(self) -> &'static str {
        match self {
            Grade::Outstanding => "outstanding",
            Grade::Good => "good",
            Grade::Adequate => "adequate",
            Grade::RequiresImprovement => "requires_improvement",
            Grade::Inadequate => "inadequate",
        }
    }

    /// The grade as a sentence would word it ("requires improvement").
    pub fn words(self) -> &'static str {
        match self {
            Grade::Outstanding => "outstanding",
            Grade::Good => "good",
            Grade::Adequate => "adequate",
            Grade::RequiresImprovement => "requires improvement",
            Grade::Inadequate => "inadequate",
        }
    }
}

/// A canonical judgement area; the judgement's `label` keeps the text's own words.
#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// Overall effectiveness (absent from ILACS reports from April 2026).
    Overall,
    /// Help and protection of children who need it.
    HelpProtection,
    /// Quality of practice (cp2012) or of provision (lac2013, slac).
    QualityOfPractice,
    /// Leadership, management and governance, or the impact of leaders.
    Leadership,
    /// Children looked after / in care (ILACS 2018-22: together with care leavers).
    ChildrenInCare,
    /// Care leavers (SIF sub-judgement; ILACS from 2023).
    CareLeavers,
    /// SIF adoption performance.
    Adoption,
    /// SIF review of the Local Safeguarding Children Board.
    Lscb,
    /// Capacity to improve (lac2013, slac).
    Capacity,
}

impl Area {
    /// Every area, in the order tables and comparisons list them.
    pub const ALL: [Area; 9] = [
        Area::Overall,
        Area::HelpProtection,
        Area::ChildrenInCare,
        Area::CareLeavers,
        Area::Adoption,
        Area::Leadership,
        Area::QualityOfPractice,
        Area::Capacity,
        Area::Lscb,
    ];

    /// The snake_case id used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Area::Overall => "overall",
            Area::HelpProtection => "help_protection",
            Area::QualityOfPractice => "quality_of_practice",
            Area::Leadership => "leadership",
            Area::ChildrenInCare => "children_in_care",
            Area::CareLeavers => "care_leavers",
            Area::Adoption => "adoption",
            Area::Lscb => "lscb",
            Area::Capacity => "capacity",
        }
    }
}

/// The inspection framework (or other kind of document) a text belongs to.
#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum FrameworkId {
    /// Annual performance assessment, to 2008.
    Apa,
    /// Children's services assessment, 2009-11.
    Csa,
    /// Safeguarding and looked after children services, 2009-12.
    Slac,
    /// Unannounced inspection of contact, referral and assessment (ungraded).
    Ucra,
    /// Arrangements for the protection of children, 2012-13.
    Cp2012,
    /// Looked after children services, 2012-13.
    Lac2013,
    /// Single inspection framework, 2013-18, with its LSCB review.
    Sif,
    /// ILACS with the combined children in care and care leavers judgement (2018-22).
    Ilacs2018,
    /// ILACS with a separate care leavers judgement (2023 to March 2026).
    Ilacs2023,
    /// ILACS from April 2026, with no overall effectiveness.
    Ilacs2026,
    /// Focused visit letter (ungraded).
    FocusedVisit,
    /// Monitoring visit letter (ungraded).
    MonitoringVisit,
    /// Joint targeted area inspection letter (ungraded).
    Jtai,
    /// A school inspection: same grade words, not about a council's children's services.
    School,
    /// A Care Quality Commission rating: same grade words, not about children's services.
    Cqc,
    /// A children's home inspection: same grade words, not a council judgement.
    ChildrensHome,
}

/// What sort of text was read.
#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// An inspection report.
    Report,
    /// A news article.
    News,
    /// A council's press release.
    PressRelease,
    /// An inspection letter (focused or monitoring visit, JTAI).
    Letter,
    /// Nothing could tell.
    Unknown,
    /// Not a text read: an inspection on the record (`data/inspections.csv`), whose grades were
    /// checked by hand; its judgements have no evidence, and `report_url` gives the report.
    Record,
}

/// Where in the text a judgement was read.
#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// A summary table ("Judgement | Grade", "Record of main findings").
    Table,
    /// A section heading followed by its grade.
    Heading,
    /// A sentence.
    Sentence,
}

/// A passage of the input that supports a judgement.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    /// Start offset into the original input (bytes in Rust, UTF-16 units in JS).
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// Exactly the input between `start` and `end`.
    pub quote: String,
}

/// One graded judgement about one area.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Judgement {
    /// The canonical area.
    pub area: Area,
    /// The area as this text words it.
    pub label: String,
    /// The grade.
    pub grade: Grade,
    /// The grade's level, 1 (inadequate) to 4 (outstanding).
    pub level: u8,
    /// For earlier inspections: their date when the text gives one ("2014", "2012-09").
    pub date: Option<String>,
    /// The passages that show it.
    pub evidence: Vec<Evidence>,
    /// How it was read.
    pub source: Source,
}

/// Inspection and publication dates: "YYYY-MM-DD", "YYYY-MM" or "YYYY".
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Dates {
    /// First day of fieldwork.
    pub start: Option<String>,
    /// Last day of fieldwork.
    pub end: Option<String>,
    /// Publication date.
    pub published: Option<String>,
}

/// Something the reader should know about a result: never a silent fix.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// A stable snake_case code (see [`WarningCode`]).
    pub code: WarningCode,
    /// One plain sentence.
    pub message: String,
}

/// The reasons a result carries a warning.
#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum WarningCode {
    /// The text is empty or only whitespace.
    Empty,
    /// The text looks like binary data (a PDF's bytes, an image) rather than words.
    NotText,
    /// The text is not in English, or not about an inspection.
    NotAnInspection,
    /// Text was read but no graded judgement was found in it.
    NoJudgements,
    /// The text is about a school, a CQC-rated service or a children's home, not a council.
    NotACouncil,
    /// The text is about a visit or letter that carries no grade.
    Ungraded,
    /// The summary table and the section headings give different grades.
    TableBodyDisagree,
    /// The grades break a framework's limiting rule (often a sign of a misread table).
    LimitingRule,
    /// The text seems to hold more than one inspection.
    SeveralInspections,
    /// The text seems to stop part way through.
    Truncated,
    /// Part of the input could not be decoded and was replaced.
    Decoding,
    /// An expected judgement of the framework was not found.
    MissingJudgement,
    /// The inspections compared are about different councils.
    DifferentCouncils,
    /// Two texts describe the same inspection.
    SameInspection,
    /// Two texts about the same inspection disagree on a grade.
    Disagreement,
    /// An inspection in a comparison carries no grade.
    NoGrade,
    /// A text's own account of an earlier inspection disagrees with that inspection.
    PreviousDisagrees,
    /// The inspections' order could not be settled by their dates.
    UnknownOrder,
    /// A text could not be compared with its council's inspections on record.
    NotOnRecord,
}

impl FrameworkId {
    /// Every variant, for reading ids back.
    pub const ALL: [FrameworkId; 16] = [
        FrameworkId::Apa,
        FrameworkId::Csa,
        FrameworkId::Slac,
        FrameworkId::Ucra,
        FrameworkId::Cp2012,
        FrameworkId::Lac2013,
        FrameworkId::Sif,
        FrameworkId::Ilacs2018,
        FrameworkId::Ilacs2023,
        FrameworkId::Ilacs2026,
        FrameworkId::FocusedVisit,
        FrameworkId::MonitoringVisit,
        FrameworkId::Jtai,
        FrameworkId::School,
        FrameworkId::Cqc,
        FrameworkId::ChildrensHome,
    ];

    /// The snake_case id used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            FrameworkId::Apa => "apa",
            FrameworkId::Csa => "csa",
            FrameworkId::Slac => "slac",
            FrameworkId::Ucra => "ucra",
            FrameworkId::Cp2012 => "cp2012",
            FrameworkId::Lac2013 => "lac2013",
            FrameworkId::Sif => "sif",
            FrameworkId::Ilacs2018 => "ilacs2018",
            FrameworkId::Ilacs2023 => "ilacs2023",
            FrameworkId::Ilacs2026 => "ilacs2026",
            FrameworkId::FocusedVisit => "focused_visit",
            FrameworkId::MonitoringVisit => "monitoring_visit",
            FrameworkId::Jtai => "jtai",
            FrameworkId::School => "school",
            FrameworkId::Cqc => "cqc",
            FrameworkId::ChildrensHome => "childrens_home",
        }
    }
}

impl Kind {
    /// Every variant, for reading ids back.
    pub const ALL: [Kind; 6] =
        [Kind::Report, Kind::News, Kind::PressRelease, Kind::Letter, Kind::Unknown, Kind::Record];

    /// The snake_case id used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Report => "report",
            Kind::News => "news",
            Kind::PressRelease => "press_release",
            Kind::Letter => "letter",
            Kind::Unknown => "unknown",
            Kind::Record => "record",
        }
    }
}

impl Source {
    /// Every variant, for reading ids back.
    pub const ALL: [Source; 3] = [Source::Table, Source::Heading, Source::Sentence];

    /// The snake_case id used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Source::Table => "table",
            Source::Heading => "heading",
            Source::Sentence => "sentence",
        }
    }
}

impl WarningCode {
    /// Every variant, for reading ids back.
    pub const ALL: [WarningCode; 19] = [
        WarningCode::Empty,
        WarningCode::NotText,
        WarningCode::NotAnInspection,
        WarningCode::NoJudgements,
        WarningCode::NotACouncil,
        WarningCode::Ungraded,
        WarningCode::TableBodyDisagree,
        WarningCode::LimitingRule,
        WarningCode::SeveralInspections,
        WarningCode::Truncated,
        WarningCode::Decoding,
        WarningCode::MissingJudgement,
        WarningCode::DifferentCouncils,
        WarningCode::SameInspection,
        WarningCode::Disagreement,
        WarningCode::NoGrade,
        WarningCode::PreviousDisagrees,
        WarningCode::UnknownOrder,
        WarningCode::NotOnRecord,
    ];

    /// The snake_case id used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            WarningCode::Empty => "empty",
            WarningCode::NotText => "not_text",
            WarningCode::NotAnInspection => "not_an_inspection",
            WarningCode::NoJudgements => "no_judgements",
            WarningCode::NotACouncil => "not_a_council",
            WarningCode::Ungraded => "ungraded",
            WarningCode::TableBodyDisagree => "table_body_disagree",
            WarningCode::LimitingRule => "limiting_rule",
            WarningCode::SeveralInspections => "several_inspections",
            WarningCode::Truncated => "truncated",
            WarningCode::Decoding => "decoding",
            WarningCode::MissingJudgement => "missing_judgement",
            WarningCode::DifferentCouncils => "different_councils",
            WarningCode::SameInspection => "same_inspection",
            WarningCode::Disagreement => "disagreement",
            WarningCode::NoGrade => "no_grade",
            WarningCode::PreviousDisagrees => "previous_disagrees",
            WarningCode::UnknownOrder => "unknown_order",
            WarningCode::NotOnRecord => "not_on_record",
        }
    }
}

/// Everything read from one text.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Inspection {
    /// The council, named as a council would be ("Cambridgeshire County Council").
    pub authority: Option<String>,
    /// The council's three-digit local authority code from the Department for Education
    /// ("873"), when the council is known.
    pub authority_code: Option<String>,
    /// The council's nine-character code from the Office for National Statistics
    /// ("E10000003"), when the council is known.
    pub authority_gss: Option<String>,
    /// The framework, or the kind of document when it is not a council inspection.
    pub framework: Option<FrameworkId>,
    /// The framework's own title.
    pub framework_name: Option<String>,
    /// What sort of text it is.
    pub kind: Kind,
    /// False for visits and letters that carry no grade.
    pub graded: bool,
    /// Inspection and publication dates.
    pub dates: Dates,
    /// This inspection's grades, one per area.
    pub judgements: Vec<Judgement>,
    /// Earlier inspections' grades that the text mentions.
    pub previous: Vec<Judgement>,
    /// What the reader should know.
    pub warnings: Vec<Warning>,
    /// The report's address, for an inspection on the record; null for a text read.
    pub report_url: Option<String>,
}

impl Inspection {
    /// This inspection's judgement for `area`, if it has one.
    pub fn judgement(&self, area: Area) -> Option<&Judgement> {
        self.judgements.iter().find(|j| j.area == area)
    }
}

/// How an area moved between the first and the last inspection compared.
#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// Up one or more steps.
    Improved,
    /// Down one or more steps.
    Declined,
    /// The same step.
    Same,
    /// Both sides have a grade, but they cannot be set against each other.
    NotComparable,
    /// Only the later inspection judged the area.
    New,
    /// Only the earlier inspection judged the area.
    Dropped,
}

impl Change {
    /// Every variant, for reading ids back.
    pub const ALL: [Change; 6] =
        [Change::Improved, Change::Declined, Change::Same, Change::NotComparable, Change::New, Change::Dropped];

    /// The snake_case id used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Change::Improved => "improved",
            Change::Declined => "declined",
            Change::Same => "same",
            Change::NotComparable => "not_comparable",
            Change::New => "new",
            Change::Dropped => "dropped",
        }
    }
}

/// One area across the inspections compared.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The canonical area.
    pub area: Area,
    /// The area in plain words.
    pub label: String,
    /// The first inspection's grade.
    pub from: Option<Grade>,
    /// The last inspection's grade.
    pub to: Option<Grade>,
    /// Later level minus earlier level (positive is better).
    pub steps: Option<i8>,
    /// The kind of movement.
    pub change: Change,
    /// Where the row is not like for like.
    pub notes: Vec<String>,
    /// Every inspection's grade, in the order compared.
    pub history: Vec<Option<Grade>>,
    /// For each inspection of `history`, the steps from the area's grade at the latest earlier
    /// inspection that judged it (positive is better): the change between consecutive
    /// inspections. Null for the area's first grade, where the inspection gives no grade, and
    /// where the two grades cannot be set against each other.
    pub history_steps: Vec<Option<i8>>,
}

/// Two or more inspections set side by side.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// The inspections, earlier to later.
    pub inspections: Vec<Inspection>,
    /// One row per area judged in any of them.
    pub rows: Vec<Row>,
    /// One sentence a journalist could use.
    pub headline: String,
    /// What the reader should know.
    pub warnings: Vec<Warning>,
}

/// What a grade word in a text was taken to be (see [`GradeWord`]).
#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A grade of the inspection the text is about.
    ThisInspection,
    /// A grade of an earlier inspection.
    Earlier,
    /// A grade given to something else: a school, a children's home, a hospital, another council.
    OtherBody,
    /// An aim, a hope, a condition, a negation or a comparison rather than a result.
    Hypothetical,
    /// The word is not used as a grade here ("good practice").
    NotAGrade,
}

/// Why a grade word was or was not taken: a stable code; `Reason::describe` words it (in the
/// command line; the page words it from `pkg/reasons.json`, which the command line writes).
#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Read from a summary table.
    Table,
    /// Read from a section heading and its grade.
    Heading,
    /// A fixed form: "the overall judgement is good", "rated good overall".
    FixedForm,
    /// The subject of the sentence: "Leadership was rated good".
    Subject,
    /// The object of a rating verb: "Ofsted rated the council good".
    Object,
    /// A named judgement: "its inadequate rating", "a rating of good for leadership".
    NamedJudgement,
    /// Said for an area: "rated good for leadership".
    ForArea,
    /// A change from one grade to another: "from inadequate to good".
    Change,
    /// A headline with no verb: "Child protection 'inadequate'".
    Headline,
    /// It shares the subject of the grade before it: "was rated inadequate but is now good".
    SharedSubject,
    /// "The same rating was given to leadership": the grade of the sentence before.
    SameAsBefore,
    /// Said of every area: "good in all areas".
    Collective,
    /// Said of the areas listed on the lines after it: "good in the following areas:".
    ListAfter,
    /// Words saying an earlier inspection: "at its last inspection", "previously".
    EarlierMarker,
    /// A date before the inspection the text is about.
    EarlierDate,
    /// The grade after "from" in a change: "up from inadequate".
    ChangeFrom,
    /// "as was the case in 2019": the same grade before.
    AsBefore,
    /// The sentence before speaks of an earlier inspection.
    EarlierSentence,
    /// The text is about a visit that carries no grade: grades it quotes are earlier ones.
    UngradedVisit,
    /// The text is about a visit, which gives no grades: what it says now is a finding.
    VisitFinding,
    /// Said in the past tense beside a present grade of the same area.
    PastBesidePresent,
    /// Joined to an earlier inspection's grade by "with" or "also".
    JoinedToEarlier,
    /// "good or outstanding": a range of grades, not one.
    Range,
    /// A degree word before it ("very good") makes it an ordinary adjective.
    Degree,
    /// It describes the noun after it ("good practice").
    Adjective,
    /// "good when ...", "good if ...": a description, not a result.
    Condition,
    /// "good at ...": a skill, not a grade.
    Skill,
    /// "a good local authority ...": a definition, not a result.
    Definition,
    /// Negated: "not good", "no longer good" is not this grade.
    Negated,
    /// An aim, a hope, a condition or a comparison: "to become good", "better than adequate".
    Aim,
    /// Said of a school, a hospital, a children's home or another service.
    OtherService,
    /// Said of another council.
    OtherCouncil,
    /// Nothing it is said of could be found: no area, council or service.
    NoSubject,
    /// "in three of the four areas": the areas are not named.
    UnnamedAreas,
    /// A report's own prose counts only in the forms reports state judgements in.
    ReportProse,
    /// Part of a link list, a banner or a box, not the story.
    PageFurniture,
    /// Another passage gave this area's grade (a table over a sentence, a named area over "all
    /// areas").
    Superseded,
    /// The framework makes no such judgement.
    NotInFramework,
    /// The text is about a school, a children's home or a hospital, not a council.
    NotACouncilText,
}

impl Verdict {
    /// Every variant, for reading ids back.
    pub const ALL: [Verdict; 5] =
        [Verdict::ThisInspection, Verdict::Earlier, Verdict::OtherBody, Verdict::Hypothetical, Verdict::NotAGrade];

    /// The snake_case id used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Verdict::ThisInspection => "this_inspection",
            Verdict::Earlier => "earlier",
            Verdict::OtherBody => "other_body",
            Verdict::Hypothetical => "hypothetical",
            Verdict::NotAGrade => "not_a_grade",
        }
    }
}

impl Reason {
    /// Every variant, for reading ids back.
    pub const ALL: [Reason; 39] = [
        Reason::Table,
        Reason::Heading,
        Reason::FixedForm,
        Reason::Subject,
        Reason::Object,
        Reason::NamedJudgement,
        Reason::ForArea,
        Reason::Change,
        Reason::Headline,
        Reason::SharedSubject,
        Reason::SameAsBefore,
        Reason::Collective,
        Reason::ListAfter,
        Reason::EarlierMarker,
        Reason::EarlierDate,
        Reason::ChangeFrom,
        Reason::AsBefore,
        Reason::EarlierSentence,
        Reason::UngradedVisit,
        Reason::VisitFinding,
        Reason::PastBesidePresent,
        Reason::JoinedToEarlier,
        Reason::Range,
        Reason::Degree,
        Reason::Adjective,
        Reason::Condition,
        Reason::Skill,
        Reason::Definition,
        Reason::Negated,
        Reason::Aim,
        Reason::OtherService,
        Reason::OtherCouncil,
        Reason::NoSubject,
        Reason::UnnamedAreas,
        Reason::ReportProse,
        Reason::PageFurniture,
        Reason::Superseded,
        Reason::NotInFramework,
        Reason::NotACouncilText,
    ];

    /// The snake_case id used in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Reason::Table => "table",
            Reason::Heading => "heading",
            Reason::FixedForm => "fixed_form",
            Reason::Subject => "subject",
            Reason::Object => "object",
            Reason::NamedJudgement => "named_judgement",
            Reason::ForArea => "for_area",
            Reason::Change => "change",
            Reason::Headline => "headline",
            Reason::SharedSubject => "shared_subject",
            Reason::SameAsBefore => "same_as_before",
            Reason::Collective => "collective",
            Reason::ListAfter => "list_after",
            Reason::EarlierMarker => "earlier_marker",
            Reason::EarlierDate => "earlier_date",
            Reason::ChangeFrom => "change_from",
            Reason::AsBefore => "as_before",
            Reason::EarlierSentence => "earlier_sentence",
            Reason::UngradedVisit => "ungraded_visit",
            Reason::VisitFinding => "visit_finding",
            Reason::PastBesidePresent => "past_beside_present",
            Reason::JoinedToEarlier => "joined_to_earlier",
            Reason::Range => "range",
            Reason::Degree => "degree",
            Reason::Adjective => "adjective",
            Reason::Condition => "condition",
            Reason::Skill => "skill",
            Reason::Definition => "definition",
            Reason::Negated => "negated",
            Reason::Aim => "aim",
            Reason::OtherService => "other_service",
            Reason::OtherCouncil => "other_council",
            Reason::NoSubject => "no_subject",
            Reason::UnnamedAreas => "unnamed_areas",
            Reason::ReportProse => "report_prose",
            Reason::PageFurniture => "page_furniture",
            Reason::Superseded => "superseded",
            Reason::NotInFramework => "not_in_framework",
            Reason::NotACouncilText => "not_a_council_text",
        }
    }
}

/// A grade word found in a text and what was made of it: `ofsted-compare --explain` and the
/// page's "grade words not taken, and why".
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct GradeWord {
    /// The grade the word names.
    pub grade: Grade,
    /// The grade word itself.
    pub word: Evidence,
    /// The sentence or table line it is in.
    pub passage: Evidence,
    /// What it was taken to be.
    pub verdict: Verdict,
    /// Whether a judgement of this inspection, or an earlier one, was read from it.
    pub taken: bool,
    /// The areas it was said of, when it was a grade of the council's.
    pub areas: Vec<Area>,
    /// The earlier inspection's date, when the text gives one.
    pub date: Option<String>,
    /// Why.
    pub reason: Reason,
    /// `Reason::describe`, for people (in the command line's JSON; the page words the reason
    /// itself).
    #[cfg(not(target_arch = "wasm32"))]
    pub why: String,
}

/// Serialises an enum as its id: the JSON serde's derive would give, in a fraction of the code
/// (each derived serialiser is a table of names of its own in the page's wasm).
macro_rules! serialize_as_id {
    ($($t:ty),*) => {$(
        impl Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }
    )*};
}

serialize_as_id!(Grade, Area, FrameworkId, Kind, Source, WarningCode, Change, Verdict, Reason);

#[cfg(test)]
mod tests {
    use super::*;

    /// Each `id()` is the JSON's own id, for every variant: written as it, and read back from
    /// it by the derived reader.
    fn same_as_json<T: Serialize + serde::de::DeserializeOwned + Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        id: fn(T) -> &'static str,
    ) {
        for &v in all {
            assert_eq!(serde_json::to_value(v).ok(), Some(serde_json::Value::from(id(v))));
            assert_eq!(serde_json::from_value::<T>(serde_json::Value::from(id(v))).ok(), Some(v));
        }
        let mut ids: Vec<&str> = all.iter().map(|&v| id(v)).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all.len(), "every variant once");
    }

    #[test]
    fn ids_are_the_json_ids() {
        same_as_json(&Area::ALL, Area::id);
        same_as_json(&Grade::ALL, Grade::id);
        same_as_json(&FrameworkId::ALL, FrameworkId::id);
        same_as_json(&Kind::ALL, Kind::id);
        same_as_json(&Source::ALL, Source::id);
        same_as_json(&WarningCode::ALL, WarningCode::id);
        same_as_json(&Change::ALL, Change::id);
        same_as_json(&Verdict::ALL, Verdict::id);
        same_as_json(&Reason::ALL, Reason::id);
    }
}
