//! The one table of facts about inspection frameworks: titles, dates in force, judgement areas with
//! every wording they were printed or reported in, grade words and scales. Code asks this table and
//! never spells an area alias or grade word itself.
//!
//! Phrases are written in lower case with straight apostrophes; they are compared word by word
//! with the normalised text (see [`crate::text::Phrase`]), so punctuation inside them is ignored.

use crate::model::{Area, FrameworkId, Grade};

/// Which word a framework's scale uses for level 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// Outstanding, good, adequate, inadequate (to November 2013).
    Adequate,
    /// Outstanding, good, requires improvement (to be good), inadequate (from November 2013).
    RequiresImprovement,
    /// No grades.
    Ungraded,
}

/// One judgement a framework makes, with the wordings it appears under.
#[derive(Debug)]
pub struct AreaLabel {
    /// The canonical area.
    pub area: Area,
    /// The label as the framework's reports print it.
    pub label: &'static str,
    /// Other printed wordings of the label (tables, section headings, sentences in reports).
    pub printed: &'static [&'static str],
    /// How news and council releases name it when writing about this framework.
    pub spoken: &'static [&'static str],
    /// Whether the area is one the framework reports in its summary table (false: only in prose).
    pub in_table: bool,
    /// Set when this judgement covers something different from the canonical area: compared
    /// across frameworks with a different scope, the row carries this note.
    pub scope: Option<&'static str>,
}

/// An inspection framework, or a kind of document that uses the same grade words about
/// something that is not a council's children's services.
#[derive(Debug)]
pub struct Framework {
    /// Its id in JSON.
    pub id: FrameworkId,
    /// Its own title.
    pub name: &'static str,
    /// A short name for sentences ("the 2012 child protection inspection").
    pub short: &'static str,
    /// Whether it grades.
    pub graded: bool,
    /// Whether its grades are about a council's children's services.
    pub about_council: bool,
    /// Its scale.
    pub scale: Scale,
    /// First month in force, "YYYY-MM".
    pub from: &'static str,
    /// Last month in force, "YYYY-MM", or `None` while current.
    pub until: Option<&'static str>,
    /// Phrases in a document's title or opening that identify the framework.
    pub titles: &'static [&'static str],
    /// Wordings of judgements that only this framework (or its family: the ILACS versions)
    /// uses, which tell it in any text: "achieving permanence" is the single inspection's.
    pub marks: &'static [&'static str],
    /// The judgements it makes, in report order.
    pub areas: &'static [AreaLabel],
}

impl Framework {
    /// The framework's wording for `area`, if it judges it.
    pub fn area(&self, area: Area) -> Option<&'static AreaLabel> {
        self.areas.iter().find(|a| a.area == area)
    }
}

/// Grade words as tables, headings and prose print them, longest first so that a longer phrase
/// wins over its prefix.
pub const GRADE_PHRASES: &[(&str, Grade)] = &[
    ("requires improvement to be good", Grade::RequiresImprovement),
    ("require improvement to be good", Grade::RequiresImprovement),
    ("required improvement to be good", Grade::RequiresImprovement),
    ("requiring improvement to be good", Grade::RequiresImprovement),
    ("requires improvement", Grade::RequiresImprovement),
    ("require improvement", Grade::RequiresImprovement),
    ("required improvement", Grade::RequiresImprovement),
    ("requiring improvement", Grade::RequiresImprovement),
    ("outstanding", Grade::Outstanding),
    ("inadequate", Grade::Inadequate),
    ("adequate", Grade::Adequate),
    ("good", Grade::Good),
];

/// Ranks on the four-point scale that prose uses for grades: "handed Ofsted's lowest rating",
/// "the highest possible rating".
pub const RANK_PHRASES: &[(&str, Grade)] = &[
    ("lowest possible rating", Grade::Inadequate),
    ("lowest rating", Grade::Inadequate),
    ("lowest grade", Grade::Inadequate),
    ("lowest judgement", Grade::Inadequate),
    ("highest possible rating", Grade::Outstanding),
    ("highest possible grade", Grade::Outstanding),
    ("highest possible judgement", Grade::Outstanding),
    ("highest rating", Grade::Outstanding),
    ("highest grade", Grade::Outstanding),
    ("highest judgement", Grade::Outstanding),
    ("top rating", Grade::Outstanding),
    ("top grade", Grade::Outstanding),
];

/// Words a table prints in place of a grade for an area that was not graded.
pub const NOT_GRADED_PHRASES: &[&str] =
    &["not judged", "not graded", "not applicable", "no judgement", "n a", "not inspected"];

/// Column headers and labels of summary tables: lines made of these carry no judgement.
pub const TABLE_HEADERS: &[&str] = &[
    "judgement grade",
    "judgement",
    "grade",
    "key judgement",
    "judgement grade key judgement",
    "key judgement judgement grade",
    "record of main findings",
    "local authority arrangements for the protection of children",
];

/// Numbers printed with grades ("Grade 4", "(Grade 1)") run 1 = outstanding in these reports;
/// the word beside the number is always trusted over the number.
pub const GRADE_NUMBER_WORD: &str = "grade";

const OVERALL_SPOKEN: &[&str] = &[
    "overall effectiveness",
    "overall",
    "children's services",
    "children's social care services",
    "children's social care",
    "services for vulnerable children",
    "the council's children's services",
    "overall judgement",
    "overall inspection judgement",
    "overall rating",
    "overall grade",
    "safeguarding",
    "safeguarding services",
    "safeguarding arrangements",
    "safeguarding procedures",
    "child protection services",
    "child protection arrangements",
    "child protection provision",
];

const LEADERSHIP_SPOKEN: &[&str] = &[
    "impact of leadership",
    "the impact of leadership",
    "leadership",
    "leadership and management",
    "leadership and governance",
    "leadership management and governance",
    "the impact of leaders",
    "impact of leaders",
    "the impact of leaders on social work practice",
    "impact of leaders on social work practice",
    "the impact of leaders on practice",
    "impact of leaders on practice",
    "leaders' impact on social work practice",
    "leaders' impact on practice",
    "leaders' impact",
    "its leadership",
    "leaders",
];

const HELP_PROTECTION_SPOKEN: &[&str] = &[
    "the help offered to children",
    "help offered to children",
    "the help given to children",
    "help given to children",
    "children in need of protection",
    "child protection",
    "children who need help and protection",
    "children in need of help and protection",
    "help and protection",
    "the help and protection of children",
    "help and protection offered to children",
    "the help and protection offered to children",
    "help and protection given to children",
    "the help and protection given to children",
    "help and protection for children",
    "the help and protection for children",
];

const CHILDREN_IN_CARE_SPOKEN: &[&str] = &[
    "children who are looked after",
    "children being looked after and achieving permanence",
    "children being looked after",
    "children in care",
    "looked after children",
    "children looked after",
    "services for looked after children",
    "looked after children's services",
    "looked after children's service",
    "children looked after and achieving permanence",
    "experiences of children in care",
    "the experiences of children in care",
];

/// ILACS 2018-22 judged children in care and care leavers together.
const CHILDREN_IN_CARE_AND_CARE_LEAVERS_SPOKEN: &[&str] = &[
    "children in care and care leavers",
    "experiences of children in care and care leavers",
    "the experiences of children in care and care leavers",
    "children looked after and care leavers",
    "looked after children and care leavers",
    "children in care",
    "looked after children",
    "children looked after",
    "services for looked after children",
    "looked after children's services",
    "looked after children's service",
    "experiences of children in care",
    "the experiences of children in care",
];

const CARE_LEAVERS_SPOKEN: &[&str] = &[
    "experience of care leavers",
    "the experience of care leavers",
    "experience and progress of care leavers",
    "the experience and progress of care leavers",
    "care leavers",
    "services for care leavers",
    "support for care leavers",
    "care leavers' experiences",
    "experiences of care leavers",
    "the experiences of care leavers",
];

const ADOPTION_SPOKEN: &[&str] = &["adoption", "adoption performance", "adoption services"];

const LSCB_SPOKEN: &[&str] = &[
    "local safeguarding children board",
    "safeguarding children board",
    "local safeguarding children's board",
    "safeguarding children's board",
    "lscb",
];

/// Every framework, oldest first.
pub const FRAMEWORKS: &[Framework] = &[
    Framework {
        id: FrameworkId::Apa,
        name: "Annual performance assessment of council children's services",
        short: "annual performance assessment",
        graded: true,
        about_council: true,
        scale: Scale::Adequate,
        from: "2005-01",
        until: Some("2008-12"),
        titles: &["annual performance assessment"],
        marks: &[],
        areas: &[
            AreaLabel {
                area: Area::Overall,
                label: "Overall effectiveness of children's services",
                printed: &["overall effectiveness", "overall effectiveness of children's services"],
                spoken: OVERALL_SPOKEN,
                in_table: true,
                scope: Some("the annual performance assessment rated all of a council's services for children, schools included"),
            },
            AreaLabel {
                area: Area::Capacity,
                label: "Capacity to improve",
                printed: &["capacity to improve", "capacity for improvement"],
                spoken: &["capacity to improve", "capacity for improvement"],
                in_table: true,
                scope: None,
            },
        ],
    },
    Framework {
        id: FrameworkId::Csa,
        name: "Children's services assessment",
        short: "annual children's services assessment",
        graded: true,
        about_council: true,
        scale: Scale::Adequate,
        from: "2009-01",
        until: Some("2011-12"),
        titles: &[
            "annual children's services assessment",
            "children's services assessment",
            "children's services rating",
        ],
        marks: &[],
        areas: &[AreaLabel {
            area: Area::Overall,
            label: "Children's services rating",
            printed: &["children's services rating", "overall effectiveness"],
            spoken: OVERALL_SPOKEN,
            in_table: true,
            scope: Some("the children's services assessment rated all of a council's services for children, schools and childcare included"),
        }],
    },
    Framework {
        id: FrameworkId::Slac,
        name: "Inspection of safeguarding and looked after children services",
        short: "safeguarding and looked after children inspection",
        graded: true,
        about_council: true,
        scale: Scale::Adequate,
        from: "2009-04",
        until: Some("2012-12"),
        titles: &[
            "inspection of safeguarding and looked after children services",
            "inspection of safeguarding and looked after children",
            "safeguarding and looked after children services",
            "safeguarding and looked after children inspection",
        ],
        marks: &[],
        areas: &[
            AreaLabel {
                area: Area::Overall,
                label: "Safeguarding services: overall effectiveness",
                printed: &["overall effectiveness", "safeguarding services overall effectiveness"],
                spoken: &[
                    "safeguarding",
                    "safeguarding services",
                    "overall effectiveness",
                    "child protection services",
                    "child protection arrangements",
                ],
                in_table: true,
                scope: Some("the safeguarding and looked after children inspection graded safeguarding and looked after children separately; this is the safeguarding half's overall effectiveness"),
            },
            AreaLabel {
                area: Area::Capacity,
                label: "Capacity for improvement",
                printed: &["capacity for improvement", "capacity to improve"],
                spoken: &["capacity for improvement", "capacity to improve"],
                in_table: true,
                scope: None,
            },
            AreaLabel {
                area: Area::QualityOfPractice,
                label: "Quality of provision",
                printed: &["quality of provision"],
                spoken: &["quality of provision"],
                in_table: true,
                scope: Some("quality of provision (2009-13) is the nearest match to the 2012 quality of practice"),
            },
            AreaLabel {
                area: Area::Leadership,
                label: "Leadership and management",
                printed: &["leadership and management"],
                spoken: LEADERSHIP_SPOKEN,
                in_table: true,
                scope: Some("leadership and management (2009-13) also weighed partnerships and value for money"),
            },
            AreaLabel {
                area: Area::ChildrenInCare,
                label: "Services for looked after children: overall effectiveness",
                printed: &["services for looked after children overall effectiveness"],
                spoken: &["services for looked after children", "looked after children"],
                in_table: false,
                scope: Some("the looked after children half's overall effectiveness, which covered care leavers too"),
            },
        ],
    },
    Framework {
        id: FrameworkId::Ucra,
        name: "Unannounced inspection of contact, referral and assessment arrangements",
        short: "unannounced inspection of contact, referral and assessment",
        graded: false,
        about_council: true,
        scale: Scale::Ungraded,
        from: "2009-06",
        until: Some("2012-05"),
        titles: &[
            "unannounced inspection of contact referral and assessment",
            "inspection of contact referral and assessment arrangements",
            "contact referral and assessment arrangements",
            "contact assessment and referral arrangements",
        ],
        marks: &[],
        areas: &[],
    },
    Framework {
        id: FrameworkId::Cp2012,
        name: "Inspection of local authority arrangements for the protection of children",
        short: "child protection inspection",
        graded: true,
        about_council: true,
        scale: Scale::Adequate,
        from: "2012-06",
        until: Some("2013-11"),
        titles: &[
            "inspection of local authority arrangements for the protection of children",
            "local authority arrangements for the protection of children",
            "arrangements for the protection of children",
            "arrangements to protect children",
            "arrangements for protecting children",
        ],
        marks: &[],
        areas: &[
            AreaLabel {
                area: Area::Overall,
                label: "Overall effectiveness",
                printed: &[
                    "overall effectiveness",
                    "the overall effectiveness of the arrangements to protect children",
                    "the overall effectiveness of arrangements to protect children",
                    "the overall effectiveness of the arrangements for the protection of children",
                ],
                spoken: &[
                    "overall effectiveness",
                    "overall",
                    "child protection",
                    "child protection services",
                    "child protection arrangements",
                    "arrangements to protect children",
                    "arrangements for the protection of children",
                    "safeguarding",
                    "safeguarding procedures",
                    "safeguarding arrangements",
                    "children's services",
                ],
                in_table: true,
                scope: Some("the 2012 child protection inspection covered help and protection only, so its overall effectiveness is closest to the later help and protection judgement"),
            },
            AreaLabel {
                area: Area::HelpProtection,
                label: "The effectiveness of the help and protection provided to children, young people, families and carers",
                printed: &[
                    "the effectiveness of the help and protection provided to children young people families and carers",
                    "the effectiveness of help and protection provided to children young people families and carers",
                    "the effectiveness of help and protection provided for children young people and their families and carers",
                    "effectiveness of the help and protection",
                    "the effectiveness of help and protection",
                ],
                spoken: &[
                    "the effectiveness of the help and protection provided to children young people families and carers",
                    "the effectiveness of help and protection provided to children young people families and carers",
                    "the effectiveness of the help and protection",
                    "the effectiveness of help and protection",
                    "effectiveness of help",
                    "help and protection",
                ],
                in_table: true,
                scope: None,
            },
            AreaLabel {
                area: Area::QualityOfPractice,
                label: "The quality of practice",
                printed: &["the quality of practice", "quality of practice"],
                spoken: &["quality of practice", "the quality of practice"],
                in_table: true,
                scope: None,
            },
            AreaLabel {
                area: Area::Leadership,
                label: "Leadership and governance",
                printed: &["leadership and governance"],
                spoken: LEADERSHIP_SPOKEN,
                in_table: true,
                scope: Some("leadership and governance (2012) judged the leadership of child protection only"),
            },
        ],
    },
    Framework {
        id: FrameworkId::Lac2013,
        name: "Inspection of looked after children services",
        short: "looked after children inspection",
        graded: true,
        about_council: true,
        scale: Scale::Adequate,
        from: "2012-06",
        until: Some("2013-11"),
        titles: &[
            "inspection of looked after children services",
            "inspection of services for looked after children",
        ],
        marks: &[],
        areas: &[
            AreaLabel {
                area: Area::Overall,
                label: "Overall effectiveness",
                printed: &[
                    "overall effectiveness",
                    "overall effectiveness of services for looked after children and young people",
                    "the judgement for overall effectiveness",
                ],
                spoken: &["overall effectiveness", "overall", "services for looked after children"],
                in_table: true,
                scope: Some("the 2012-13 looked after children inspection covered children in care only, so its overall effectiveness is closest to the later children in care judgement"),
            },
            AreaLabel {
                area: Area::Capacity,
                label: "Capacity to improve",
                printed: &["capacity to improve", "capacity for improvement"],
                spoken: &["capacity to improve", "capacity for improvement"],
                in_table: true,
                scope: None,
            },
            AreaLabel {
                area: Area::ChildrenInCare,
                label: "Outcomes for looked after children and young people",
                printed: &[
                    "outcomes for looked after children and young people",
                    "outcomes for looked after children and care leavers",
                ],
                spoken: &["outcomes for looked after children", "outcomes"],
                in_table: true,
                scope: Some("outcomes for looked after children (2013) covered care leavers too"),
            },
            AreaLabel {
                area: Area::QualityOfPractice,
                label: "Quality of provision",
                printed: &["quality of provision"],
                spoken: &["quality of provision"],
                in_table: true,
                scope: Some("quality of provision (2009-13) is the nearest match to the 2012 quality of practice"),
            },
            AreaLabel {
                area: Area::Leadership,
                label: "Leadership and management",
                printed: &["leadership and management"],
                spoken: LEADERSHIP_SPOKEN,
                in_table: true,
                scope: Some("leadership and management (2009-13) also weighed partnerships and value for money"),
            },
        ],
    },
    Framework {
        id: FrameworkId::Sif,
        name: "Inspection of services for children in need of help and protection, children looked after and care leavers",
        short: "single inspection",
        graded: true,
        about_council: true,
        scale: Scale::RequiresImprovement,
        from: "2013-11",
        until: Some("2018-08"),
        titles: &[
            "inspection of services for children in need of help and protection children looked after and care leavers",
            "re inspection of services for children in need of help and protection",
            "reinspection of services for children in need of help and protection",
            "services for children in need of help and protection children looked after and care leavers",
            "single inspection framework",
            "single inspection of services for children",
            "children in need of help and protection looked after children and care leavers",
        ],
        marks: &["achieving permanence"],
        areas: &[
            AreaLabel {
                area: Area::Overall,
                label: "Overall effectiveness",
                printed: &["overall effectiveness", "the overall judgement", "overall judgement"],
                spoken: OVERALL_SPOKEN,
                in_table: false,
                scope: None,
            },
            AreaLabel {
                area: Area::HelpProtection,
                label: "Children who need help and protection",
                printed: &[
                    "children who need help and protection",
                    "the experiences and progress of children who need help and protection",
                    "experiences and progress of children who need help and protection",
                ],
                spoken: HELP_PROTECTION_SPOKEN,
                in_table: true,
                scope: None,
            },
            AreaLabel {
                area: Area::ChildrenInCare,
                label: "Children looked after and achieving permanence",
                printed: &[
                    "children looked after and achieving permanence",
                    "the experiences and progress of children looked after and achieving permanence",
                    "experiences and progress of children looked after and achieving permanence",
                ],
                spoken: CHILDREN_IN_CARE_SPOKEN,
                in_table: true,
                scope: Some("the single inspection judged children looked after together with their adoption and care leaver sub-judgements"),
            },
            AreaLabel {
                area: Area::Adoption,
                label: "Adoption performance",
                printed: &["adoption performance", "the graded judgement for adoption performance"],
                spoken: ADOPTION_SPOKEN,
                in_table: true,
                scope: None,
            },
            AreaLabel {
                area: Area::CareLeavers,
                label: "Experiences and progress of care leavers",
                printed: &[
                    "experiences and progress of care leavers",
                    "the experiences and progress of care leavers",
                    "the graded judgement about the experiences and progress of care leavers",
                ],
                spoken: CARE_LEAVERS_SPOKEN,
                in_table: true,
                scope: None,
            },
            AreaLabel {
                area: Area::Leadership,
                label: "Leadership, management and governance",
                printed: &["leadership management and governance"],
                spoken: LEADERSHIP_SPOKEN,
                in_table: true,
                scope: None,
            },
            AreaLabel {
                area: Area::Lscb,
                label: "The effectiveness of the Local Safeguarding Children Board",
                printed: &[
                    "the effectiveness of the local safeguarding children board lscb",
                    "the effectiveness of the local safeguarding children board",
                    "the effectiveness of the lscb",
                    "the local safeguarding children board lscb",
                    "the local safeguarding children board",
                    "the local safeguarding children's board",
                    "local safeguarding children's board",
                    "the lscb",
                ],
                spoken: LSCB_SPOKEN,
                in_table: false,
                scope: None,
            },
        ],
    },
    Framework {
        id: FrameworkId::Ilacs2018,
        name: "Inspection of local authority children's services",
        short: "ILACS inspection",
        graded: true,
        about_council: true,
        scale: Scale::RequiresImprovement,
        from: "2018-01",
        until: Some("2022-12"),
        titles: &[
            "inspection of children's social care services",
            "inspection of local authority children's services",
            "inspecting local authority children's services",
            "ilacs",
        ],
        marks: &["impact of leaders", "experiences and progress of children in care", "children in care and care leavers", "looked after and care leavers"],
        areas: &[
            AreaLabel {
                area: Area::Leadership,
                label: "The impact of leaders on social work practice with children and families",
                printed: &[
                    "the impact of leaders on social work practice with children and families",
                    "the impact of leaders on practice with children and families",
                ],
                spoken: LEADERSHIP_SPOKEN,
                in_table: true,
                scope: None,
            },
            AreaLabel {
                area: Area::HelpProtection,
                label: "The experiences and progress of children who need help and protection",
                printed: &["the experiences and progress of children who need help and protection"],
                spoken: HELP_PROTECTION_SPOKEN,
                in_table: true,
                scope: None,
            },
            AreaLabel {
                area: Area::ChildrenInCare,
                label: "The experiences and progress of children in care and care leavers",
                printed: &[
                    "the experiences and progress of children in care and care leavers",
                    "the experiences and progress of children looked after and care leavers",
                ],
                spoken: CHILDREN_IN_CARE_AND_CARE_LEAVERS_SPOKEN,
                in_table: true,
                scope: Some("from 2018 to 2022 children in care and care leavers were judged together"),
            },
            AreaLabel {
                area: Area::Overall,
                label: "Overall effectiveness",
                printed: &["overall effectiveness"],
                spoken: OVERALL_SPOKEN,
                in_table: true,
                scope: None,
            },
        ],
    },
    Framework {
        id: FrameworkId::Ilacs2023,
        name: "Inspection of local authority children's services",
        short: "ILACS inspection",
        graded: true,
        about_council: true,
        scale: Scale::RequiresImprovement,
        from: "2023-01",
        until: Some("2026-03"),
        titles: &["local authority children's services", "ilacs"],
        marks: &["impact of leaders", "experiences and progress of children in care"],
        areas: &[
            AreaLabel {
                area: Area::Leadership,
                label: "The impact of leaders on social work practice with children and families",
                printed: &[
                    "the impact of leaders on social work practice with children and families",
                    "the impact of leaders on practice with children and families",
                ],
                spoken: LEADERSHIP_SPOKEN,
                in_table: true,
                scope: None,
            },
            AreaLabel {
                area: Area::HelpProtection,
                label: "The experiences and progress of children who need help and protection",
                printed: &["the experiences and progress of children who need help and protection"],
                spoken: HELP_PROTECTION_SPOKEN,
                in_table: true,
                scope: None,
            },
            AreaLabel {
                area: Area::ChildrenInCare,
                label: "The experiences and progress of children in care",
                printed: &["the experiences and progress of children in care"],
                spoken: CHILDREN_IN_CARE_SPOKEN,
                in_table: true,
                scope: None,
            },
            AreaLabel {
                area: Area::CareLeavers,
                label: "The experiences and progress of care leavers",
                printed: &[
                    "the experiences and progress of care leavers",
                    "the experiences and progress of children care leavers",
                ],
                spoken: CARE_LEAVERS_SPOKEN,
                in_table: true,
                scope: None,
            },
            AreaLabel {
                area: Area::Overall,
                label: "Overall effectiveness",
                printed: &["overall effectiveness"],
                spoken: OVERALL_SPOKEN,
                in_table: true,
                scope: None,
            },
        ],
    },
    Framework {
        id: FrameworkId::Ilacs2026,
        name: "Inspection of local authority children's services",
        short: "ILACS inspection",
        graded: true,
        about_council: true,
        scale: Scale::RequiresImprovement,
        from: "2026-04",
        until: None,
        titles: &["local authority children's services", "ilacs"],
        marks: &["impact of leaders", "experiences and progress of children in care"],
        areas: &[
            AreaLabel {
                area: Area::Leadership,
                label: "The impact of leaders on practice with children and families",
                printed: &[
                    "the impact of leaders on practice with children and families",
                    "the impact of leaders on social work practice with children and families",
                ],
                spoken: LEADERSHIP_SPOKEN,
                in_table: true,
                scope: None,
            },
            AreaLabel {
                area: Area::HelpProtection,
                label: "The experiences and progress of children who need help and protection",
                printed: &["the experiences and progress of children who need help and protection"],
                spoken: HELP_PROTECTION_SPOKEN,
                in_table: true,
                scope: None,
            },
            AreaLabel {
                area: Area::ChildrenInCare,
                label: "The experiences and progress of children in care",
                printed: &["the experiences and progress of children in care"],
                spoken: CHILDREN_IN_CARE_SPOKEN,
                in_table: true,
                scope: None,
            },
            AreaLabel {
                area: Area::CareLeavers,
                label: "The experiences and progress of care leavers",
                printed: &[
                    "the experiences and progress of care leavers",
                    "the experiences and progress of children care leavers",
                ],
                spoken: CARE_LEAVERS_SPOKEN,
                in_table: true,
                scope: None,
            },
        ],
    },
    Framework {
        id: FrameworkId::FocusedVisit,
        name: "Focused visit to local authority children's services",
        short: "focused visit",
        graded: false,
        about_council: true,
        scale: Scale::Ungraded,
        from: "2018-01",
        until: None,
        titles: &["focused visit", "focussed visit"],
        marks: &[],
        areas: &[],
    },
    Framework {
        id: FrameworkId::MonitoringVisit,
        name: "Monitoring visit to local authority children's services",
        short: "monitoring visit",
        graded: false,
        about_council: true,
        scale: Scale::Ungraded,
        from: "2013-11",
        until: None,
        titles: &["monitoring visit"],
        marks: &[],
        areas: &[],
    },
    Framework {
        id: FrameworkId::Jtai,
        name: "Joint targeted area inspection",
        short: "joint targeted area inspection",
        graded: false,
        about_council: true,
        scale: Scale::Ungraded,
        from: "2016-02",
        until: None,
        titles: &["joint targeted area inspection", "jtai"],
        marks: &[],
        areas: &[],
    },
    Framework {
        id: FrameworkId::School,
        name: "School inspection",
        short: "school inspection",
        graded: true,
        about_council: false,
        scale: Scale::RequiresImprovement,
        from: "2005-09",
        until: None,
        titles: &[
            "school inspection report",
            "short inspection of",
            "quality of education",
            "behaviour and attitudes",
            "personal development",
            "effectiveness of leadership and management",
            "early years provision",
            "sixth form provision",
            "this school",
            "pupils",
            "headteacher",
            "school",
            "academy",
        ],
        marks: &[],
        areas: &[],
    },
    Framework {
        id: FrameworkId::Cqc,
        name: "Care Quality Commission rating",
        short: "CQC rating",
        graded: true,
        about_council: false,
        scale: Scale::RequiresImprovement,
        from: "2010-01",
        until: None,
        titles: &[
            "care quality commission",
            "cqc",
            "is the service safe",
            "is the service well led",
            "is the service caring",
            "is the service responsive",
            "is the service effective",
            "nhs trust",
            "hospital",
            "care home",
            "gp practice",
        ],
        marks: &[],
        areas: &[],
    },
    Framework {
        id: FrameworkId::ChildrensHome,
        name: "Children's home inspection",
        short: "children's home inspection",
        graded: true,
        about_council: false,
        scale: Scale::RequiresImprovement,
        from: "2015-04",
        until: None,
        titles: &[
            "children's home",
            "children's homes",
            "registered manager",
            "overall experiences and progress of children and young people",
            "how well children and young people are helped and protected",
            "the effectiveness of leaders and managers",
            "social care common inspection framework",
            "sccif",
            "residential special school",
            "secure children's home",
        ],
        marks: &[],
        areas: &[],
    },
];

/// The versions of the inspection of local authority children's services (ILACS), oldest
/// first: the same inspection, with judgements that changed over the years.
pub const ILACS_VERSIONS: [FrameworkId; 3] = [FrameworkId::Ilacs2018, FrameworkId::Ilacs2023, FrameworkId::Ilacs2026];

/// The framework with this id.
pub fn framework(id: FrameworkId) -> &'static Framework {
    FRAMEWORKS.iter().find(|f| f.id == id).expect("every FrameworkId has a row in FRAMEWORKS")
}

/// The plain name of an area, for tables and headlines that span frameworks.
pub fn area_name(area: Area) -> &'static str {
    match area {
        Area::Overall => "Overall effectiveness",
        Area::HelpProtection => "Help and protection",
        Area::QualityOfPractice => "Quality of practice",
        Area::Leadership => "Leadership",
        Area::ChildrenInCare => "Children in care",
        Area::CareLeavers => "Care leavers",
        Area::Adoption => "Adoption",
        Area::Lscb => "Local Safeguarding Children Board",
        Area::Capacity => "Capacity to improve",
    }
}

// ---- Comparison facts ----
// Facts that only the comparison needs; everything else it asks of `FRAMEWORKS` above.

/// Judgements whose scope is so much wider than the canonical area that they are set against
/// no other framework's judgement of that area: compared only within their own framework.
/// (The annual assessments rated all of a council's services for children, schools included.)
pub const WITHIN_FRAMEWORK_ONLY: &[(FrameworkId, Area)] =
    &[(FrameworkId::Apa, Area::Overall), (FrameworkId::Csa, Area::Overall)];

/// `(framework, area, closer)`: the framework's judgement of `area` is closest to another
/// framework's judgement of `closer` (the 2012 child protection inspection covered help and
/// protection only, so its overall effectiveness is closest to help and protection).
pub const CLOSER_MATCH: &[(FrameworkId, Area, Area)] = &[
    (FrameworkId::Cp2012, Area::Overall, Area::HelpProtection),
    (FrameworkId::Lac2013, Area::Overall, Area::ChildrenInCare),
    (FrameworkId::Slac, Area::Overall, Area::HelpProtection),
];

/// `(framework, area, within)`: the framework made no judgement of `area` of its own, but
/// judged it inside its judgement of `within` (ILACS 2018-22 judged care leavers together with
/// children in care).
pub const JUDGED_WITHIN: &[(FrameworkId, Area, Area)] = &[
    (FrameworkId::Ilacs2018, Area::CareLeavers, Area::ChildrenInCare),
    (FrameworkId::Lac2013, Area::CareLeavers, Area::ChildrenInCare),
    (FrameworkId::Slac, Area::CareLeavers, Area::ChildrenInCare),
];

/// What the November 2013 change of scale meant, said after "the bar was raised: ". The month
/// of the change is not written here: it is the `from` of the first council framework whose
/// scale is [`Scale::RequiresImprovement`].
pub const SCALE_CHANGE_MEANING: &str =
    "anything less than good requires improvement, where adequate had meant that minimum requirements were met";
