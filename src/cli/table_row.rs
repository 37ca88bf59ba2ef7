//! One row per inspection for a batch of files (`--table`): the columns of the record of
//! inspections (`urn` to `report_url`), then the file the row was read from and its number of
//! warnings.

use ofsted_compare::render::csv_field;
use ofsted_compare::{councils, Area, FrameworkId, Grade, Inspection};
use serde::Serialize;

/// What was read from one file, as a row of the batch table. `None` is a cell left empty (CSV)
/// or `null` (JSON): nothing in the text gave it.
#[derive(Serialize, Debug)]
pub struct TableRow {
    /// Ofsted's reference number for the council; reports do not print it.
    pub urn: Option<String>,
    /// The DfE local authority code ("873").
    pub la_code: Option<String>,
    /// The ONS code ("E10000003").
    pub gss_code: Option<String>,
    /// The council, by its place name ("Cambridgeshire").
    pub council: Option<String>,
    /// The framework id.
    pub framework: Option<String>,
    /// First day of fieldwork.
    pub inspection_start: Option<String>,
    /// Last day of fieldwork.
    pub inspection_end: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// Overall effectiveness.
    pub overall: Option<Grade>,
    /// Leadership, management and governance, or the impact of leaders.
    pub leadership: Option<Grade>,
    /// Help and protection.
    pub help_protection: Option<Grade>,
    /// Children in care (looked after).
    pub children_in_care: Option<Grade>,
    /// Care leavers.
    pub care_leavers: Option<Grade>,
    /// Adoption performance.
    pub adoption: Option<Grade>,
    /// Review of the Local Safeguarding Children Board.
    pub lscb: Option<Grade>,
    /// Quality of practice or of provision.
    pub quality_of_practice: Option<Grade>,
    /// Capacity to improve.
    pub capacity: Option<Grade>,
    /// Where the report is published; a file does not say.
    pub report_url: Option<String>,
    /// The file the row was read from, as it was named.
    pub file: String,
    /// How many warnings the reading gave.
    pub warnings: usize,
}

/// The header of the batch table, in the order of [`TableRow`]'s fields and of
/// [`TableRow::csv_line`].
pub const TABLE_COLUMNS: [&str; 20] = [
    "urn",
    "la_code",
    "gss_code",
    "council",
    "framework",
    "inspection_start",
    "inspection_end",
    "published",
    "overall",
    "leadership",
    "help_protection",
    "children_in_care",
    "care_leavers",
    "adoption",
    "lscb",
    "quality_of_practice",
    "capacity",
    "report_url",
    "file",
    "warnings",
];

impl TableRow {
    /// The row for `inspection`, read from `file`.
    pub fn new(file: &str, inspection: &Inspection) -> TableRow {
        let grade = |area: Area| inspection.judgement(area).map(|j| j.grade);
        let dates = &inspection.dates;
        TableRow {
            urn: None,
            la_code: inspection.authority_code.clone(),
            gss_code: inspection.authority_gss.clone(),
            council: council_name(inspection),
            framework: inspection.framework.and_then(framework_id),
            inspection_start: dates.start.clone(),
            inspection_end: dates.end.clone(),
            published: dates.published.clone(),
            overall: grade(Area::Overall),
            leadership: grade(Area::Leadership),
            help_protection: grade(Area::HelpProtection),
            children_in_care: grade(Area::ChildrenInCare),
            care_leavers: grade(Area::CareLeavers),
            adoption: grade(Area::Adoption),
            lscb: grade(Area::Lscb),
            quality_of_practice: grade(Area::QualityOfPractice),
            capacity: grade(Area::Capacity),
            report_url: inspection.report_url.clone(),
            file: file.to_string(),
            warnings: inspection.warnings.len(),
        }
    }

    /// The row as one line of CSV (RFC 4180, ending in CRLF), cells in [`TABLE_COLUMNS`] order.
    pub fn csv_line(&self) -> String {
        let text = |s: &Option<String>| s.clone().unwrap_or_default();
        let grade = |g: Option<Grade>| g.map_or("", Grade::id).to_string();
        let cells = [
            text(&self.urn),
            text(&self.la_code),
            text(&self.gss_code),
            text(&self.council),
            text(&self.framework),
            text(&self.inspection_start),
            text(&self.inspection_end),
            text(&self.published),
            grade(self.overall),
            grade(self.leadership),
            grade(self.help_protection),
            grade(self.children_in_care),
            grade(self.care_leavers),
            grade(self.adoption),
            grade(self.lscb),
            grade(self.quality_of_practice),
            grade(self.capacity),
            text(&self.report_url),
            self.file.clone(),
            self.warnings.to_string(),
        ];
        csv_line(&cells)
    }
}

/// The header line of the batch table's CSV.
pub fn table_csv_header() -> String {
    csv_line(&TABLE_COLUMNS)
}

fn csv_line<S: AsRef<str>>(cells: &[S]) -> String {
    let mut line = cells.iter().map(|c| csv_field(c.as_ref())).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// The framework's id as the JSON contract spells it (`ilacs2018`).
fn framework_id(framework: FrameworkId) -> Option<String> {
    serde_json::to_value(framework).ok()?.as_str().map(String::from)
}

/// The council by its place name, as the record of inspections names it: the gazetteer's short
/// name when the authority read is in it, else the authority as read.
fn council_name(inspection: &Inspection) -> Option<String> {
    let authority = inspection.authority.as_deref()?;
    Some(councils::lookup(authority).map_or(authority, |c| c.short).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ofsted_compare::{Dates, Kind};

    fn inspection() -> Inspection {
        Inspection {
            authority: Some("Bristol City Council".to_string()),
            authority_code: Some("801".to_string()),
            authority_gss: Some("E06000023".to_string()),
            framework: Some(FrameworkId::Ilacs2018),
            framework_name: None,
            kind: Kind::Report,
            graded: true,
            dates: Dates { start: Some("2019-03-04".into()), end: None, published: Some("2019-04".into()) },
            judgements: Vec::new(),
            previous: Vec::new(),
            warnings: Vec::new(),
            report_url: None,
        }
    }

    #[test]
    fn the_columns_are_the_fields_in_order() {
        let row = TableRow::new("a.pdf", &inspection());
        let json = serde_json::to_string(&row).expect("JSON");
        let at: Vec<Option<usize>> = TABLE_COLUMNS.iter().map(|c| json.find(&format!("\"{c}\":"))).collect();
        assert!(at.windows(2).all(|w| w[0].is_some() && w[0] < w[1]), "{json}");
        assert_eq!(row.csv_line(), ",801,E06000023,Bristol,ilacs2018,2019-03-04,,2019-04,,,,,,,,,,,a.pdf,0\r\n");
        assert_eq!(table_csv_header().trim_end().split(',').collect::<Vec<_>>(), TABLE_COLUMNS);
    }

    #[test]
    fn a_council_not_in_the_gazetteer_keeps_the_name_read() {
        let mut i = inspection();
        i.authority = Some("Greenvale County Council".to_string());
        assert_eq!(TableRow::new("a.txt", &i).council.as_deref(), Some("Greenvale County Council"));
        i.authority = None;
        assert_eq!(TableRow::new("a.txt", &i).council, None);
    }
}
