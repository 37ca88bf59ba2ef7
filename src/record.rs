//! The record: every council's full inspections published since 2013 (`data/inspections.csv`)
//! and facts about councils (`data/councils.csv`: codes, region, statistical neighbours).
//!
//! The record is shown beside what is read, never used to read: [`crate::extract`] does not
//! know it. It is passed to whatever shows it ([`crate::compare::with_record`], the CLI's
//! `--council`, the page's exports), so that a comparison can gain the council's inspections on
//! record and warnings, while every grade read from a text stays the text's. The CLI builds it
//! into the binary ([`Record::builtin`]); the page fetches the same two files and hands their
//! text to the wasm.

use serde::de::value::{Error, StrDeserializer};
use serde::{Deserialize, Serialize};

use crate::councils;
use crate::csv;
use crate::frameworks::{area_name, framework};
use crate::model::{Area, Dates, FrameworkId, Grade, Inspection, Judgement, Kind, Source};

/// Facts about one council, from `data/councils.csv`.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct CouncilFacts {
    /// DfE LA code ("873").
    pub code: String,
    /// ONS code ("E10000003").
    pub gss: String,
    /// The council's proper name ("Cambridgeshire County Council").
    pub name: String,
    /// The place name ("Cambridgeshire").
    pub short: String,
    /// The region ("East of England"); empty when the data gives none.
    pub region: String,
    /// The LA codes of its ten statistical neighbours.
    pub neighbours: Vec<String>,
    /// The ONS type of authority ("County", "London Borough"); empty when not given.
    pub kind: String,
    /// Its population aged 0 to 25, when given.
    pub population: Option<u32>,
}

/// The councils and their inspections on record.
#[derive(Clone, Debug, Default)]
pub struct Record {
    councils: Vec<CouncilFacts>,
    /// Every inspection on record, by council code, then earlier to later.
    inspections: Vec<Inspection>,
    /// Rows that could not be read, each as one sentence.
    problems: Vec<String>,
}

impl Record {
    /// The record in the text of `data/councils.csv` and `data/inspections.csv`. A row that
    /// cannot be read (an unknown council, framework or grade, a bad date) is left out and
    /// named in [`Record::problems`].
    pub fn parse(councils_csv: &str, inspections_csv: &str) -> Record {
        let mut record = Record::default();
        let rows = csv::records(councils_csv);
        if let Some((header, rows)) = rows.split_first() {
            record.councils = rows.iter().filter_map(|row| council_facts(header, row)).collect();
        }
        crate::order::sort_by_key(&mut record.councils, |c| c.code.clone());
        let rows = csv::records(inspections_csv);
        if let Some((header, rows)) = rows.split_first() {
            for (k, row) in rows.iter().enumerate() {
                match record.entry(header, row) {
                    Ok(inspection) => record.inspections.push(inspection),
                    Err(why) => record.problems.push(format!("Row {} of the inspections: {why}.", k + 2)),
                }
            }
        }
        crate::order::sort_by_key(&mut record.inspections, |i| {
            (i.authority_code.clone(), i.dates.start.clone(), i.dates.published.clone())
        });
        record
    }

    /// The record built into the command line from `data/`.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn builtin() -> Record {
        Record::parse(include_str!("../data/councils.csv"), include_str!("../data/inspections.csv"))
    }

    /// Rows that could not be read.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// Every council, by LA code.
    pub fn councils(&self) -> &[CouncilFacts] {
        &self.councils
    }

    /// The council with LA code `code`.
    pub fn council(&self, code: &str) -> Option<&CouncilFacts> {
        let k = self.councils.binary_search_by(|c| c.code.as_str().cmp(code)).ok()?;
        self.councils.get(k)
    }

    /// The council a name, an abbreviation, a DfE LA code or an ONS code stands for.
    pub fn find(&self, query: &str) -> Option<&CouncilFacts> {
        let query = query.trim();
        let by_code = self.councils.iter().find(|c| c.code == query || c.gss.eq_ignore_ascii_case(query));
        by_code.or_else(|| councils::lookup(query).and_then(|c| c.code).and_then(|code| self.council(code)))
    }

    /// How many inspections the record holds.
    pub fn len(&self) -> usize {
        self.inspections.len()
    }

    /// Whether the record holds no inspection.
    pub fn is_empty(&self) -> bool {
        self.inspections.is_empty()
    }

    /// The latest publication date on record ("2026-08-20").
    pub fn published_to(&self) -> Option<&str> {
        self.inspections.iter().filter_map(|i| i.dates.published.as_deref()).max()
    }

    /// The council's inspections on record, earlier to later.
    pub fn history(&self, code: &str) -> &[Inspection] {
        let from = self.inspections.partition_point(|i| i.authority_code.as_deref() < Some(code));
        let to = self.inspections.partition_point(|i| i.authority_code.as_deref() <= Some(code));
        self.inspections.get(from..to).unwrap_or_default()
    }

    /// One row of `data/inspections.csv` as an inspection on record.
    fn entry(&self, header: &[String], row: &[String]) -> Result<Inspection, String> {
        let field = |name: &str| csv::field(header, row, name);
        let council =
            self.council(field("la_code")).ok_or_else(|| format!("no council has LA code {:?}", field("la_code")))?;
        let id: FrameworkId =
            parse_id(field("framework")).ok_or_else(|| format!("unknown framework {:?}", field("framework")))?;
        let fw = framework(id);
        let mut dates = Dates::default();
        for (slot, name) in [
            (&mut dates.start, "inspection_start"),
            (&mut dates.end, "inspection_end"),
            (&mut dates.published, "published"),
        ] {
            let value = field(name);
            if !value.is_empty() {
                crate::dates::Date::from_iso(value).ok_or_else(|| format!("{name} {value:?} is not a date"))?;
                *slot = Some(value.to_string());
            }
        }
        let mut judgements = Vec::new();
        for area in Area::ALL {
            let value = field(area.id());
            if value.is_empty() {
                continue;
            }
            let grade: Grade = parse_id(value).ok_or_else(|| format!("unknown grade {value:?}"))?;
            let label = fw.area(area).map_or(area_name(area), |a| a.label);
            judgements.push(Judgement {
                area,
                label: label.to_string(),
                grade,
                level: grade.level(),
                date: None,
                evidence: Vec::new(),
                source: Source::Table,
            });
        }
        let url = field("report_url");
        Ok(Inspection {
            authority: Some(council.name.clone()),
            authority_code: Some(council.code.clone()),
            authority_gss: Some(council.gss.clone()),
            framework: Some(id),
            framework_name: Some(fw.name.to_string()),
            kind: Kind::Record,
            graded: true,
            dates,
            judgements,
            previous: Vec::new(),
            warnings: Vec::new(),
            report_url: (!url.is_empty()).then(|| url.to_string()),
        })
    }
}

/// A snake_case id of the model ("requires_improvement", "ilacs2018").
fn parse_id<T: for<'de> Deserialize<'de>>(id: &str) -> Option<T> {
    T::deserialize(StrDeserializer::<Error>::new(id)).ok()
}

/// One row of `data/councils.csv`; the proper name is the gazetteer's where it knows the code.
fn council_facts(header: &[String], row: &[String]) -> Option<CouncilFacts> {
    let field = |name: &str| csv::field(header, row, name);
    let code = field("la_code");
    if code.is_empty() {
        return None;
    }
    let known = councils::COUNCILS.iter().find(|c| c.code == Some(code));
    let ons_name = field("local_authority_ons_name");
    Some(CouncilFacts {
        code: code.to_string(),
        gss: field("la_code_new").to_string(),
        name: known.map_or(ons_name, |c| c.name).to_string(),
        short: known.map_or(ons_name, |c| c.short).to_string(),
        region: field("region_name").to_string(),
        neighbours: field("stat_neighbours")
            .split(',')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect(),
        kind: field("ons_la_type").to_string(),
        population: field("ons_population_0-25").parse().ok(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const COUNCILS: &str = "\u{feff}urn,la_code,la_code_new,stat_neighbours,local_authority_ons_name,region_name,ons_la_type,ons_population_0-25\n\
        1,873,E10000003,\"919, 931\",Cambridgeshire,East of England,County,203096\n\
        2,919,E10000015,\"873\",Hertfordshire,East of England,County,\n";
    const HEADER: &str = "urn,la_code,gss_code,council,framework,inspection_start,inspection_end,published,overall,leadership,help_protection,children_in_care,care_leavers,adoption,lscb,quality_of_practice,capacity,report_url\n";

    fn record(rows: &str) -> Record {
        Record::parse(COUNCILS, &format!("{HEADER}{rows}"))
    }

    #[test]
    fn councils_with_proper_names_codes_and_neighbours() {
        let r = record("");
        assert_eq!(r.councils().len(), 2);
        let c = r.council("873").expect("Cambridgeshire");
        assert_eq!(
            (c.name.as_str(), c.short.as_str(), c.gss.as_str()),
            ("Cambridgeshire County Council", "Cambridgeshire", "E10000003")
        );
        assert_eq!(c.neighbours, ["919", "931"]);
        assert_eq!((c.region.as_str(), c.kind.as_str(), c.population), ("East of England", "County", Some(203096)));
        assert_eq!(r.council("919").and_then(|c| c.population), None);
        assert_eq!(r.find("herts").map(|c| c.code.as_str()), Some("919"));
        assert_eq!(r.find(" e10000003 ").map(|c| c.code.as_str()), Some("873"));
        assert_eq!(r.find("873").map(|c| c.short.as_str()), Some("Cambridgeshire"));
        assert!(r.find("Kelby").is_none() && r.find("Kent").is_none());
        assert!(r.is_empty() && r.published_to().is_none());
    }

    #[test]
    fn inspections_as_inspections_on_record_earlier_to_later() {
        let r = record(
            "1,873,E10000003,Cambridgeshire,ilacs2018,2019-03-04,2019-03-15,2019-04-20,good,good,requires_improvement,good,,,,,,https://example.org/2\n\
             1,873,E10000003,Cambridgeshire,sif,2014-01-06,2014-01-29,2014-03-10,requires_improvement,good,requires_improvement,good,good,good,good,,,https://example.org/1\n\
             2,919,E10000015,Hertfordshire,ilacs2023,2024-05-01,2024-05-10,2024-06-20,outstanding,outstanding,good,outstanding,good,,,,,\n",
        );
        assert_eq!(r.len(), 3);
        assert!(r.problems().is_empty(), "{:?}", r.problems());
        assert_eq!(r.published_to(), Some("2024-06-20"));
        let history = r.history("873");
        assert_eq!(history.len(), 2);
        let (first, last) = (&history[0], &history[1]);
        assert_eq!(first.framework, Some(FrameworkId::Sif));
        assert_eq!(first.report_url.as_deref(), Some("https://example.org/1"));
        assert_eq!(last.kind, Kind::Record);
        assert_eq!(last.authority.as_deref(), Some("Cambridgeshire County Council"));
        assert_eq!((last.authority_code.as_deref(), last.authority_gss.as_deref()), (Some("873"), Some("E10000003")));
        assert_eq!(last.dates.start.as_deref(), Some("2019-03-04"));
        assert_eq!(last.judgements.len(), 4);
        let help = last.judgement(Area::HelpProtection).expect("help and protection");
        assert_eq!((help.grade, help.level), (Grade::RequiresImprovement, 2));
        assert!(help.label.contains("help and protection") && help.evidence.is_empty());
        assert_eq!(r.history("919").len(), 1);
        assert_eq!(r.history("919")[0].report_url, None);
        assert!(r.history("999").is_empty());
    }

    #[test]
    fn rows_that_cannot_be_read_are_named_and_left_out() {
        let r = record(
            "1,999,E1,Nowhere,sif,2014-01-06,,,good,,,,,,,,,\n\
             1,873,E10000003,Cambridgeshire,sif2,2014-01-06,,,good,,,,,,,,,\n\
             1,873,E10000003,Cambridgeshire,sif,2014-13-06,,,good,,,,,,,,,\n\
             1,873,E10000003,Cambridgeshire,sif,2014-01-06,,,goood,,,,,,,,,\n",
        );
        assert!(r.is_empty());
        let problems = r.problems().join(" ");
        for part in [
            "Row 2",
            "LA code \"999\"",
            "framework \"sif2\"",
            "\"2014-13-06\" is not a date",
            "grade \"goood\"",
            "Row 5",
        ] {
            assert!(problems.contains(part), "{part}: {problems}");
        }
    }

    #[test]
    fn the_data_in_the_project_reads_whole() {
        let r = Record::builtin();
        assert!(r.problems().is_empty(), "{:?}", r.problems());
        assert_eq!(r.councils().len(), 156);
        assert_eq!(r.len(), 493);
        assert_eq!(r.published_to(), Some("2026-08-20"));
        let with_history = r.councils().iter().filter(|c| !r.history(&c.code).is_empty()).count();
        assert_eq!(with_history, 153);
        for c in r.councils() {
            assert_eq!(councils::lookup(&c.name).and_then(|g| g.code), Some(c.code.as_str()), "{}", c.name);
            for n in &c.neighbours {
                assert!(r.council(n).is_some(), "{}: neighbour {n}", c.name);
            }
        }
    }
}
