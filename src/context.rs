//! Where a council stands: the overall grade of every council's latest full inspection on
//! record, counted for England, for the council's region and for the council with its ten
//! statistical neighbours, with the council placed among them.

use serde::Serialize;

use crate::model::{Area, FrameworkId, Grade, Inspection};
use crate::record::Record;

/// A council's latest full inspection on record, and the groups it is placed in.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct Context {
    /// The council placed (its DfE LA code).
    pub code: String,
    /// Its latest full inspection on record, when it has one.
    pub latest: Option<Latest>,
    /// England, then the council's region, then the council with its statistical neighbours.
    pub groups: Vec<Group>,
}

/// A council's latest full inspection on record.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct Latest {
    /// Its framework.
    pub framework: Option<FrameworkId>,
    /// Its publication date.
    pub published: Option<String>,
    /// Its overall effectiveness; null where the framework makes none (ILACS from April 2026).
    pub overall: Option<Grade>,
}

/// Counts of the overall grades of the latest full inspections of a group of councils.
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// "England", the region's name, or "Statistical neighbours".
    pub name: String,
    /// The councils of the group that have an inspection on record (the council placed among
    /// them when it has one).
    pub councils: usize,
    /// Judged outstanding overall.
    pub outstanding: usize,
    /// Judged good overall.
    pub good: usize,
    /// Judged requires improvement overall (or adequate, the same step before November 2013).
    pub requires_improvement: usize,
    /// Judged inadequate overall.
    pub inadequate: usize,
    /// Latest inspections that make no overall judgement (ILACS from April 2026).
    pub no_overall: usize,
    /// Of the councils with an overall grade, how many have a higher one than the council
    /// placed; null when the council placed has none.
    pub better: Option<usize>,
    /// ... the same step (the council itself included).
    pub same: Option<usize>,
    /// ... a lower one.
    pub worse: Option<usize>,
}

/// The context of the council with LA code `code`, or `None` when the record does not know it.
pub fn context(record: &Record, code: &str) -> Option<Context> {
    let council = record.council(code)?;
    let latest_of = |code: &str| record.history(code).last();
    let own = latest_of(code).and_then(|i| i.judgement(Area::Overall)).map(|j| j.grade);
    let mut groups = Vec::new();
    let all: Vec<&Inspection> = record.councils().iter().filter_map(|c| latest_of(&c.code)).collect();
    groups.push(group("England", &all, own));
    if !council.region.is_empty() {
        let region: Vec<&Inspection> = record
            .councils()
            .iter()
            .filter(|c| c.region == council.region)
            .filter_map(|c| latest_of(&c.code))
            .collect();
        groups.push(group(&council.region, &region, own));
    }
    if !council.neighbours.is_empty() {
        let near: Vec<&Inspection> =
            std::iter::once(code).chain(council.neighbours.iter().map(String::as_str)).filter_map(latest_of).collect();
        groups.push(group("Statistical neighbours", &near, own));
    }
    let latest =
        latest_of(code).map(|i| Latest { framework: i.framework, published: i.dates.published.clone(), overall: own });
    Some(Context { code: code.to_string(), latest, groups })
}

/// Counts the overall grades of `latest` and places `own` among them.
fn group(name: &str, latest: &[&Inspection], own: Option<Grade>) -> Group {
    let mut g = Group {
        name: name.to_string(),
        councils: latest.len(),
        outstanding: 0,
        good: 0,
        requires_improvement: 0,
        inadequate: 0,
        no_overall: 0,
        better: own.map(|_| 0),
        same: own.map(|_| 0),
        worse: own.map(|_| 0),
    };
    for inspection in latest {
        let Some(grade) = inspection.judgement(Area::Overall).map(|j| j.grade) else {
            g.no_overall += 1;
            continue;
        };
        *match grade {
            Grade::Outstanding => &mut g.outstanding,
            Grade::Good => &mut g.good,
            Grade::Adequate | Grade::RequiresImprovement => &mut g.requires_improvement,
            Grade::Inadequate => &mut g.inadequate,
        } += 1;
        if let Some(own) = own {
            let slot = match grade.level().cmp(&own.level()) {
                std::cmp::Ordering::Greater => &mut g.better,
                std::cmp::Ordering::Equal => &mut g.same,
                std::cmp::Ordering::Less => &mut g.worse,
            };
            *slot = slot.map(|n| n + 1);
        }
    }
    g
}

#[cfg(test)]
mod tests {
    use super::*;

    const COUNCILS: &str = "la_code,la_code_new,local_authority_ons_name,region_name,stat_neighbours\n\
        873,E10000003,Cambridgeshire,East of England,\"919, 935\"\n\
        919,E10000015,Hertfordshire,East of England,\"873\"\n\
        935,E10000029,Suffolk,East of England,\"873\"\n\
        886,E10000016,Kent,South East,\"873\"\n\
        850,E10000014,Hampshire,South East,\n";
    const HEADER: &str = "la_code,framework,inspection_start,published,overall,leadership,help_protection,children_in_care,care_leavers\n";

    fn record() -> Record {
        let rows = "873,sif,2014-01-06,2014-03-01,inadequate,,,,\n\
            873,ilacs2023,2024-01-08,2024-03-01,good,,,,\n\
            919,ilacs2018,2019-01-07,2019-03-01,outstanding,,,,\n\
            935,ilacs2023,2023-01-09,2023-03-01,requires_improvement,,,,\n\
            886,ilacs2026,2026-05-04,2026-06-01,,good,good,good,good\n";
        Record::parse(COUNCILS, &format!("{HEADER}{rows}"))
    }

    #[test]
    fn counts_and_places_the_latest_inspections() {
        let r = record();
        assert!(r.problems().is_empty(), "{:?}", r.problems());
        let c = context(&r, "873").expect("Cambridgeshire");
        let latest = c.latest.as_ref().expect("latest");
        assert_eq!(
            (latest.framework, latest.published.as_deref(), latest.overall),
            (Some(FrameworkId::Ilacs2023), Some("2024-03-01"), Some(Grade::Good))
        );
        let names: Vec<&str> = c.groups.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(names, ["England", "East of England", "Statistical neighbours"]);
        let england = &c.groups[0];
        // Hampshire has no inspection on record; Kent's latest makes no overall judgement.
        assert_eq!(england.councils, 4);
        assert_eq!(
            (england.outstanding, england.good, england.requires_improvement, england.inadequate, england.no_overall),
            (1, 1, 1, 0, 1)
        );
        assert_eq!((england.better, england.same, england.worse), (Some(1), Some(1), Some(1)));
        let region = &c.groups[1];
        assert_eq!((region.councils, region.no_overall), (3, 0));
        let near = &c.groups[2];
        assert_eq!((near.councils, near.outstanding, near.requires_improvement), (3, 1, 1));
    }

    #[test]
    fn a_council_without_an_overall_grade_is_counted_but_not_placed() {
        let r = record();
        let kent = context(&r, "886").expect("Kent");
        assert_eq!(kent.latest.as_ref().map(|l| l.overall), Some(None));
        assert_eq!(kent.groups[1].name, "South East");
        assert_eq!((kent.groups[1].councils, kent.groups[1].no_overall, kent.groups[1].better), (1, 1, None));
        let hampshire = context(&r, "850").expect("Hampshire");
        assert_eq!(hampshire.latest, None);
        assert_eq!(hampshire.groups.len(), 2, "no statistical neighbours given");
        assert!(context(&r, "999").is_none());
    }
}
