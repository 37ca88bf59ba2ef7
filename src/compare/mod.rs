//! Comparing inspections area by area.
//!
//! [`compare`] sets inspections side by side, earlier to later, and gives one [`Row`] per
//! canonical area that any of them judged, a one-sentence headline and warnings. Every fact
//! about frameworks it uses (which areas a framework judges, its scale, scope differences, its
//! period in force, its short name) comes from the table in [`crate::frameworks`]; nothing here
//! names an area or a framework except through that table.
//!
//! # Order
//! Each text gets a span of time it can lie in: its inspection date (`dates.start`, else
//! `dates.end`, else `dates.published`), where a partial date stands for its whole year or
//! month ("2014" is any day of 2014); an undated text of a known framework may lie anywhere in
//! the framework's period in force (its first month counted from its last day and its last month
//! up to its first day, so that frameworks that handed over within a month still follow each
//! other); anything else may lie anywhere. A text is put before another only when its span ends
//! before the other's begins; otherwise the order given decides (a stable sort, done in
//! `O(n log n)`). Where the order given decided between two neighbours that both give grades
//! and whose grades differ, an `unknown_order` warning says so; where it did not matter (same
//! grades, a text with no grade, or the same inspection), nothing is said.
//!
//! # Rows
//! `from` is the first inspection's grade and `to` the last's; `history` has every
//! inspection's grade in order. `steps` is `to`'s level minus `from`'s (adequate and requires
//! improvement share level 2) and is set only for improved, declined and same. An area missing
//! from the first inspection but judged in the last is `new`; judged in the first but not in the
//! last, `dropped` (also when only inspections in between judged it).
//!
//! # When a row is `not_comparable`
//! Only when both sides have a grade and the table says one of them is not a council judgement
//! of that area: a framework that is not about a council's children's services
//! (`about_council == false`), a framework or text that gives no grades (`graded == false`), a
//! framework whose table has no such area (so the grade read cannot be one of its judgements:
//! ILACS from April 2026 has no overall effectiveness), or a judgement the table lists in
//! `WITHIN_FRAMEWORK_ONLY` set against another framework (the annual assessments rated all of a
//! council's services for children). Everything else is compared, with notes where it is not
//! like for like: across the scale change of November 2013 (adequate and requires improvement are
//! the same step but the bar was raised), across a change of scope (either side's
//! `AreaLabel::scope`, when they differ: the 2012 child protection overall effectiveness, ILACS
//! 2018-22's combined children in care and care leavers, SLAC's two halves, older leadership
//! judgements), and, for a judgement the table says is closer to another area
//! (`CLOSER_MATCH`), the change against that area too. Rows that are `new` or `dropped` say why:
//! the framework does not make that judgement (quality of practice, capacity, adoption and the
//! LSCB were not kept; care leavers were judged inside children in care until 2022:
//! `JUDGED_WITHIN`), the other text is not graded, or the other text gives no grade for it.
//! ILACS from April 2026 has no overall effectiveness: the overall row is then `dropped` and its
//! note gives the lowest of that inspection's judgements, labelled as derived; it is never put
//! in `to`.
//!
//! # Same inspection
//! Two texts describe the same inspection when they are not known to be about different councils
//! and (a) they are about the same council with the same inspection start date, or (b) they are
//! of the same framework with the same start and end dates, or (c) they are about the same
//! council and framework, are not both reports (a report and a news story or press release of
//! it, or two news stories), and their dates are compatible: either has no date at all (and then
//! they give no area different grades), or their dates lie within three months of each other (a
//! news story may give only a year or a month),
//! or (d) one is a graded text that is not a report, the other an inspection on record of the same
//! council, and their dates lie within three months of each other, whatever framework the text
//! was read as (the record holds only full inspections).
//! Such texts are read as one inspection: a `same_inspection` warning names them, a
//! `disagreement` warning names each area where their grades differ, and the rows take each
//! grade from the report first (then a letter, a press release, a news story). When every text
//! describes the same inspection, `rows` is empty and the headline says so.
//!
//! # One inspection
//! A single inspection is compared with the earlier grades its own text quotes (`previous`):
//! one earlier column per date quoted (dated ones in date order, undated ones last, as "at its
//! last inspection" usually means the latest), `from` being the latest earlier grade quoted for
//! the area. With nothing quoted, or no inspection at all, there is nothing to compare.
//!
//! Nothing here panics, whatever the input.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

mod record;
pub use record::with_record;

use crate::councils;
use crate::dates::Date;
use crate::frameworks::{
    area_name, Framework, Scale, CLOSER_MATCH, FRAMEWORKS, JUDGED_WITHIN, SCALE_CHANGE_MEANING, WITHIN_FRAMEWORK_ONLY,
};
use crate::model::{Area, Change, Comparison, FrameworkId, Grade, Inspection, Kind, Row, Warning, WarningCode};
use crate::order::GroupKey;

const AREAS: usize = Area::ALL.len();

/// One grade per area, in the order of [`Area::ALL`].
type Grades = [Option<Grade>; AREAS];

/// How far apart, in months, two dated texts about the same inspection may be.
const SAME_INSPECTION_MONTHS: i64 = 3;

/// How many items a warning lists before it says "and N more".
const LIST_MAX: usize = 4;

/// Compares inspections, earlier to later (see the module documentation for the rules).
pub fn compare(inspections: &[Inspection]) -> Comparison {
    match inspections {
        [] => Comparison {
            inspections: Vec::new(),
            rows: Vec::new(),
            headline: "Nothing to compare: no inspection was given.".to_string(),
            warnings: Vec::new(),
        },
        [one] => compare_one(one),
        _ => compare_several(inspections),
    }
}

// ---------------------------------------------------------------------------------------------
// Columns: one per inspection, or per date of earlier grades quoted by a single inspection.

/// One column of the comparison.
struct Column<'a> {
    /// The inspection; `None` for earlier grades quoted by the only inspection.
    inspection: Option<&'a Inspection>,
    framework: Option<&'static Framework>,
    /// The council, as a loose key for comparing names.
    council: Option<String>,
    /// The council's short name, for people.
    place: Option<String>,
    /// The date that orders it (start, else end, else published; or the quoted date).
    date: Option<Date>,
    /// Its start and end dates, when known.
    start: Option<Date>,
    end: Option<Date>,
    /// Every date it gives.
    dates: Vec<Date>,
    /// The span of time it can lie in, as `yyyymmdd` numbers.
    span: (u32, u32),
    grades: Grades,
    /// Whether its framework and the text itself are graded.
    graded: bool,
}

impl<'a> Column<'a> {
    fn of(inspection: &'a Inspection) -> Column<'a> {
        let framework = framework_of(inspection.framework);
        let d = &inspection.dates;
        let parse = |s: &Option<String>| s.as_deref().and_then(Date::from_iso);
        let (start, end, published) = (parse(&d.start), parse(&d.end), parse(&d.published));
        let date = start.or(end).or(published);
        let dates: Vec<Date> = [start, end, published].into_iter().flatten().collect();
        let span = match (date, framework) {
            (Some(date), _) => date_bounds(date),
            (None, Some(f)) => period_bounds(f),
            (None, None) => (0, u32::MAX),
        };
        let mut grades: Grades = [None; AREAS];
        for j in &inspection.judgements {
            let slot = &mut grades[area_index(j.area)];
            if slot.is_none() {
                *slot = Some(j.grade);
            }
        }
        let (council, place) = council_of(inspection.authority.as_deref());
        Column {
            inspection: Some(inspection),
            framework,
            council,
            place,
            date,
            start,
            end,
            dates,
            span,
            grades,
            graded: inspection.graded && framework.is_none_or(|f| f.graded),
        }
    }

    /// Whether the column gives any grade a comparison can use.
    fn gives_grades(&self) -> bool {
        self.graded && self.grades.iter().any(Option::is_some)
    }

    fn quoted(&self) -> bool {
        self.inspection.is_none()
    }

    fn kind(&self) -> Kind {
        self.inspection.map_or(Kind::Unknown, |i| i.kind)
    }

    /// "the Cambridgeshire child protection inspection of 10 September 2012".
    fn describe(&self) -> String {
        let when = self.date.map(|d| format!(" of {}", date_words(d))).unwrap_or_default();
        if self.quoted() {
            return format!("the earlier inspection{when}, as the text quotes it");
        }
        let what = match self.framework {
            Some(f) => f.short,
            None => kind_name(self.kind()),
        };
        match &self.place {
            Some(place) => format!("the {place} {what}{when}"),
            None => format!("the {what}{when}"),
        }
    }

    /// The scale its grades are on, from its framework, else from its grade words, else from
    /// the frameworks in force at its date.
    fn scale(&self, grades: &Grades) -> Option<Scale> {
        if let Some(f) = self.framework {
            return (f.scale != Scale::Ungraded).then_some(f.scale);
        }
        if grades.contains(&Some(Grade::Adequate)) {
            return Some(Scale::Adequate);
        }
        if grades.contains(&Some(Grade::RequiresImprovement)) {
            return Some(Scale::RequiresImprovement);
        }
        self.date.and_then(scale_at)
    }
}

/// The earlier grades quoted by one inspection, one column per date quoted: dated ones in date
/// order, then undated ones. Each is `(date as quoted, date, grades)`.
fn quoted_columns(inspection: &Inspection) -> Vec<(Option<String>, Option<Date>, Grades)> {
    let mut columns: Vec<(Option<String>, Option<Date>, Grades)> = Vec::new();
    for j in &inspection.previous {
        let key = j.date.as_deref().map(str::trim).filter(|s| !s.is_empty());
        let at = match columns.iter().position(|(k, _, _)| k.as_deref() == key) {
            Some(at) => at,
            None => {
                columns.push((key.map(str::to_string), key.and_then(Date::from_iso), [None; AREAS]));
                columns.len() - 1
            }
        };
        if let Some((_, _, grades)) = columns.get_mut(at) {
            let slot = &mut grades[area_index(j.area)];
            if slot.is_none() {
                *slot = Some(j.grade);
            }
        }
    }
    // Dated first, by date; undated (or unreadable dates) last; the order quoted otherwise.
    crate::order::sort_by_key(&mut columns, |(_, date, _)| (date.is_none(), *date));
    columns
}

/// The headers of the comparison's columns, in the order of each row's `history`.
/// `with_place` names the council in every heading (for CSV, which has no headline); otherwise
/// only where the texts are about different councils.
pub(crate) fn column_labels(c: &Comparison, with_place: bool) -> Vec<String> {
    let mut labels = Vec::new();
    if let [one] = c.inspections.as_slice() {
        for (text, _, _) in quoted_columns(one) {
            labels.push(match text {
                Some(t) => format!("Earlier ({t})"),
                None => "Earlier".to_string(),
            });
        }
    }
    let columns: Vec<Column> = c.inspections.iter().map(Column::of).collect();
    let councils_differ = places(&columns.iter().collect::<Vec<_>>()).len() > 1;
    for (i, column) in c.inspections.iter().zip(&columns) {
        let date = column_date_text(i).unwrap_or_else(|| "undated".to_string());
        let what = column.framework.map_or(kind_name(i.kind), |f| f.short);
        let mut label = match (&column.place, councils_differ, with_place) {
            (place, true, _) => format!("{} {date}", place.as_deref().unwrap_or("Council not known")),
            (Some(place), false, true) => format!("{place} {what} {date}"),
            _ => format!("{} {date}", crate::letters::capitalise(what)),
        };
        if i.kind == Kind::Record {
            label.push_str(" (on record)");
        }
        labels.push(label);
    }
    labels
}

fn column_date_text(i: &Inspection) -> Option<String> {
    let d = &i.dates;
    [&d.start, &d.end, &d.published].into_iter().flatten().find(|s| Date::from_iso(s).is_some()).cloned()
}

// ---------------------------------------------------------------------------------------------
// One inspection against the earlier grades it quotes.

fn compare_one(one: &Inspection) -> Comparison {
    let current = Column::of(one);
    let mut warnings = Vec::new();
    no_grade_warning(&current, &mut warnings);
    let quoted: Vec<Column> = quoted_columns(one)
        .into_iter()
        .map(|(_, date, grades)| Column {
            inspection: None,
            framework: None,
            council: current.council.clone(),
            place: current.place.clone(),
            date,
            start: None,
            end: None,
            dates: date.into_iter().collect(),
            span: date.map_or((0, u32::MAX), date_bounds),
            grades,
            graded: true,
        })
        .collect();
    if quoted.is_empty() {
        return Comparison {
            inspections: vec![one.clone()],
            rows: Vec::new(),
            headline: "Only one inspection, and its text quotes no earlier grades, so there is nothing to compare."
                .to_string(),
            warnings,
        };
    }
    // The latest earlier grade quoted for each area.
    let latest_first: Vec<&Column> = quoted.iter().rev().collect();
    let (Some(from), Some(to)) = (Side::of(&latest_first), Side::of(&[&current])) else {
        return Comparison {
            inspections: vec![one.clone()],
            rows: Vec::new(),
            headline: "Nothing to compare.".to_string(),
            warnings,
        };
    };
    let mut columns: Vec<&Column> = quoted.iter().collect();
    columns.push(&current);
    let rows = rows(&columns, &from, &to);
    let headline = naming_council(current.place.as_deref(), headline(&rows, &from, &to));
    Comparison { inspections: vec![one.clone()], rows, headline, warnings }
}

// ---------------------------------------------------------------------------------------------
// Two or more inspections.

fn compare_several(inspections: &[Inspection]) -> Comparison {
    let all: Vec<Column> = inspections.iter().map(Column::of).collect();
    let order = order_by_date(&all);
    let mut sets = DisjointSets::new(all.len());
    same_inspections(&all.iter().collect::<Vec<_>>(), &mut sets);

    // Texts about the same inspection are kept together, where the first of them falls.
    let mut group_of_root: Vec<Option<usize>> = vec![None; all.len()];
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for &i in &order {
        let root = sets.find(i);
        let Some(slot) = group_of_root.get_mut(root) else { continue };
        let g = *slot.get_or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        if let Some(members) = groups.get_mut(g) {
            members.push(i);
        }
    }
    let final_order: Vec<usize> = groups.iter().flatten().copied().collect();
    let columns: Vec<&Column> = final_order.iter().filter_map(|&i| all.get(i)).collect();
    // Within a group, the text that speaks for it first: a report, then a letter, a press
    // release, a news story; then the one with most grades.
    let ranked: Vec<Vec<&Column>> = groups
        .iter()
        .map(|members| {
            let mut m: Vec<&Column> = members.iter().filter_map(|&i| all.get(i)).collect();
            crate::order::sort_by_key(&mut m, |c| (kind_rank(c.kind()), Reverse(c.grades.iter().flatten().count())));
            m
        })
        .collect();

    let mut warnings = Vec::new();
    different_councils_warning(&columns, &mut warnings);
    for group in &ranked {
        same_inspection_warnings(group, &mut warnings);
    }
    for c in &columns {
        no_grade_warning(c, &mut warnings);
    }
    previous_disagrees_warnings(&ranked, &mut warnings);
    unknown_order_warning(&columns, &final_order, &mut sets, &mut warnings);
    // The same warning twice (two copies of one text) says nothing more.
    let mut repeated = vec![false; warnings.len()];
    let keys: Vec<GroupKey> =
        warnings.iter().map(|w| (Some([w.code.id(), " ", &w.message].concat()), None, None, None)).collect();
    for group in crate::order::group_by_key(&keys) {
        for &k in group.iter().skip(1) {
            repeated[k] = true;
        }
    }
    let mut k = 0;
    warnings.retain(|_| {
        k += 1;
        !repeated[k - 1]
    });

    let inspections_out: Vec<Inspection> = final_order.iter().filter_map(|&i| inspections.get(i).cloned()).collect();

    let sides = match (ranked.first(), ranked.last()) {
        (Some(f), Some(l)) if ranked.len() > 1 => Side::of(f).zip(Side::of(l)),
        _ => None,
    };
    let (from, to) = match sides {
        Some(sides) => sides,
        _ => {
            let disagreements = warnings.iter().filter(|w| w.code == WarningCode::Disagreement).count();
            let what =
                ranked.first().and_then(|g| g.first()).map(|c| format!(" ({})", c.describe())).unwrap_or_default();
            let mut headline = format!("The texts describe the same inspection{what}, so there is nothing to compare");
            if disagreements > 0 {
                headline.push_str(&format!(
                    "; they disagree on {} {}",
                    number_word(disagreements),
                    plural(disagreements, "grade", "grades")
                ));
            }
            headline.push('.');
            return Comparison { inspections: inspections_out, rows: Vec::new(), headline, warnings };
        }
    };
    let rows = rows(&columns, &from, &to);
    let headline = match comparison_council(&columns) {
        Ok(place) => naming_council(place.as_deref(), headline(&rows, &from, &to)),
        Err(places) => {
            format!("The texts are about different councils ({}), so no change is given.", list_words(&places))
        }
    };
    Comparison { inspections: inspections_out, rows, headline, warnings }
}

/// The order of the columns: see "Order" in the module documentation.
fn order_by_date(columns: &[Column]) -> Vec<usize> {
    let n = columns.len();
    let span = |i: usize| columns.get(i).map_or((0, u32::MAX), |c| c.span);
    let mut by_start: Vec<usize> = (0..n).collect();
    crate::order::sort_by_key(&mut by_start, |&i| (span(i).0, i));
    let mut by_end: BinaryHeap<Reverse<(u32, usize)>> = (0..n).map(|i| Reverse((span(i).1, i))).collect();
    let mut ready: BinaryHeap<Reverse<usize>> = BinaryHeap::new();
    let mut placed = vec![false; n];
    let mut next = 0;
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        while let Some(&Reverse((_, i))) = by_end.peek() {
            if placed.get(i).copied().unwrap_or(true) {
                by_end.pop();
            } else {
                break;
            }
        }
        // A text may go next when no text left ends before it starts.
        let earliest_end = by_end.peek().map_or(u32::MAX, |Reverse((end, _))| *end);
        while let Some(&i) = by_start.get(next) {
            if span(i).0 > earliest_end {
                break;
            }
            ready.push(Reverse(i));
            next += 1;
        }
        let Some(Reverse(i)) = ready.pop() else { break };
        if let Some(p) = placed.get_mut(i) {
            *p = true;
        }
        out.push(i);
    }
    out
}

/// Joins the texts that describe the same inspection (see the module documentation).
fn same_inspections(columns: &[&Column], sets: &mut DisjointSets) {
    let union_all = |sets: &mut DisjointSets, group: &[usize]| {
        for pair in group.windows(2) {
            sets.union(pair[0], pair[1]);
        }
    };
    let group = |key: &dyn Fn(&Column) -> GroupKey| {
        let keys: Vec<GroupKey> = columns.iter().map(|c| key(c)).collect();
        crate::order::group_by_key(&keys)
            .into_iter()
            .filter(|g| keys.get(g[0]).is_some_and(|k| k.0.is_some() || k.1.is_some()))
            .collect::<Vec<_>>()
    };
    let framework = |c: &Column| c.framework.map(|f| f.id);
    // (a) Same council, same start.
    for members in group(&|c| match (&c.council, c.start) {
        (Some(council), Some(start)) => (Some(council.clone()), None, Some(start), None),
        _ => (None, None, None, None),
    }) {
        union_all(sets, &members);
    }
    // (b) Same framework and dates, unless known to be about different councils.
    for members in group(&|c| match (framework(c), c.start, c.end) {
        (Some(f), Some(start), Some(end)) => (None, Some(f), Some(start), Some(end)),
        _ => (None, None, None, None),
    }) {
        for (k, &i) in members.iter().enumerate() {
            let Some(a) = columns.get(i) else { continue };
            let partner = members.iter().take(k).copied().find(|&j| {
                columns.get(j).is_some_and(|b| !councils_differ(a.council.as_deref(), b.council.as_deref()))
            });
            if let Some(j) = partner {
                sets.union(i, j);
            }
        }
    }
    // (c) Same council and framework, not both an inspection's own account, dates compatible.
    for members in group(&|c| match (&c.council, framework(c)) {
        (Some(council), Some(f)) => (Some(council.clone()), Some(f), None, None),
        _ => (None, None, None, None),
    }) {
        for (k, &i) in members.iter().enumerate() {
            let Some(a) = columns.get(i) else { continue };
            for &j in members.iter().take(k) {
                let Some(b) = columns.get(j) else { continue };
                // A report or the record is one inspection's own account: two are never the same
                // inspection by this rule.
                let own_account = |c: &Column| matches!(c.kind(), Kind::Report | Kind::Record);
                let both_reports = own_account(a) && own_account(b);
                // (With a date missing, only texts that agree on every grade both give: a
                // council's single inspections of 2015 and 2017 differ.)
                let undated = a.dates.is_empty() || b.dates.is_empty();
                let agree = a.grades.iter().zip(&b.grades).all(|(x, y)| x.is_none() || y.is_none() || x == y);
                if !both_reports && dates_compatible(&a.dates, &b.dates) && (!undated || agree) {
                    sets.union(i, j);
                }
            }
        }
    }
    // (d) A graded story (not a report) and an inspection on record of the same council, dates
    // compatible, whatever framework the story was read as: the record holds only full
    // inspections, so a grade given that close to one is about it.
    let story =
        |c: &Column| !matches!(c.kind(), Kind::Report | Kind::Record) && c.gives_grades() && !c.dates.is_empty();
    for members in group(&|c| (c.council.clone(), None, None, None)) {
        let on_record: Vec<&usize> =
            members.iter().filter(|&&j| columns.get(j).is_some_and(|b| b.kind() == Kind::Record)).collect();
        for &i in &members {
            let Some(a) = columns.get(i).filter(|a| story(a)) else { continue };
            for &&j in &on_record {
                if columns.get(j).is_some_and(|b| dates_compatible(&a.dates, &b.dates)) {
                    sets.union(i, j);
                }
            }
        }
    }
}

fn councils_differ(a: Option<&str>, b: Option<&str>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a != b)
}

/// Whether two texts' dates could belong to one inspection: either has none, or they lie
/// within a few months of each other.
fn dates_compatible(a: &[Date], b: &[Date]) -> bool {
    let window = |dates: &[Date]| -> Option<(i64, i64)> {
        let lo = dates.iter().map(|d| month_bounds(*d).0).min()?;
        let hi = dates.iter().map(|d| month_bounds(*d).1).max()?;
        Some((lo, hi))
    };
    match (window(a), window(b)) {
        (Some((alo, ahi)), Some((blo, bhi))) => {
            alo <= bhi + SAME_INSPECTION_MONTHS && blo <= ahi + SAME_INSPECTION_MONTHS
        }
        _ => true,
    }
}

fn kind_rank(kind: Kind) -> u8 {
    match kind {
        Kind::Report => 0,
        Kind::Letter => 1,
        Kind::PressRelease => 2,
        Kind::News => 3,
        Kind::Unknown => 4,
        // The record never outweighs a text read: it is shown, never used to read.
        Kind::Record => 5,
    }
}

/// Union-find over column indices.
struct DisjointSets {
    parent: Vec<usize>,
}

impl DisjointSets {
    fn new(n: usize) -> DisjointSets {
        DisjointSets { parent: (0..n).collect() }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while let Some(&p) = self.parent.get(i) {
            if p == i {
                break;
            }
            let grand = self.parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.parent.get_mut(i) {
                *slot = grand;
            }
            i = p;
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The earlier index stays the root, so groups are stable.
            let (keep, join) = if ra < rb { (ra, rb) } else { (rb, ra) };
            if let Some(slot) = self.parent.get_mut(join) {
                *slot = keep;
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Warnings.

fn warn(out: &mut Vec<Warning>, code: WarningCode, message: String) {
    out.push(Warning { code, message });
}

/// The places the columns name, each once, in column order.
fn places<'c>(columns: &[&'c Column]) -> Vec<&'c str> {
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for c in columns {
        if let (Some(key), Some(place)) = (c.council.as_deref(), c.place.as_deref()) {
            if !seen.iter().any(|(k, _)| *k == key) {
                seen.push((key, place));
            }
        }
    }
    seen.into_iter().map(|(_, place)| place).collect()
}

/// The council the comparison is about, for people: the last place the columns name, when every
/// other place they name is a council it took over from (directly or not); else every place.
fn comparison_council<'c>(columns: &[&'c Column]) -> Result<Option<String>, Vec<&'c str>> {
    let named = places(columns);
    let Some(&last) = named.last() else { return Ok(None) };
    if named.iter().all(|&p| p == last || councils::took_over(last, p)) {
        Ok(Some(last.to_string()))
    } else {
        Err(named)
    }
}

/// "Cambridgeshire: overall effectiveness improved ...".
fn naming_council(place: Option<&str>, headline: String) -> String {
    // A headline starts with an ASCII capital (see `sentence`).
    match (place, headline.get(..1), headline.get(1..)) {
        (Some(place), Some(first), Some(rest)) => format!("{place}: {}{rest}", first.to_ascii_lowercase()),
        _ => headline,
    }
}

fn different_councils_warning(columns: &[&Column], out: &mut Vec<Warning>) {
    let named = places(columns);
    if named.len() < 2 {
        return;
    }
    let tail = match comparison_council(columns) {
        Ok(Some(last)) => [last.as_str(), " took over the area of the others"].concat(),
        _ => "each row sets different councils side by side".to_string(),
    };
    let message = format!("The texts are about different councils ({}): {tail}.", list_words(&named));
    warn(out, WarningCode::DifferentCouncils, message);
}

fn same_inspection_warnings(group: &[&Column], out: &mut Vec<Warning>) {
    let [rep, ..] = group else { return };
    if group.len() < 2 {
        return;
    }
    let names = kind_names(group);
    let the_names: Vec<String> = names.iter().map(|n| format!("the {n}")).collect();
    let name_refs: Vec<&str> = the_names.iter().map(String::as_str).collect();
    warn(
        out,
        WarningCode::SameInspection,
        format!(
            "{} describe the same inspection ({}), so they are read as one; where they differ, the {} is followed.",
            crate::letters::capitalise(&list_words(&name_refs)),
            rep.describe(),
            names.first().map_or("first", String::as_str)
        ),
    );
    for area in Area::ALL {
        let k = area_index(area);
        let said: Vec<(usize, Grade)> =
            group.iter().enumerate().filter_map(|(m, c)| c.grades[k].map(|g| (m, g))).collect();
        let Some(&(_, first)) = said.first() else {
            continue;
        };
        if said.iter().all(|&(_, g)| g == first) {
            continue;
        }
        let parts: Vec<String> = said
            .iter()
            .map(|&(m, g)| {
                let who = names.get(m).map_or("text", String::as_str);
                format!("{} in the {who}", g.words())
            })
            .collect();
        let part_refs: Vec<&str> = parts.iter().map(String::as_str).collect();
        warn(
            out,
            WarningCode::Disagreement,
            format!(
                "The texts about the same inspection disagree on {}: {}.",
                area_words(area),
                list_words(&part_refs)
            ),
        );
    }
}

/// "inspection report", "news article", or "first news article" and "second news article"
/// when kinds repeat.
fn kind_names(group: &[&Column]) -> Vec<String> {
    group
        .iter()
        .map(|c| {
            let kind = c.kind();
            let same: Vec<usize> = group.iter().enumerate().filter(|(_, o)| o.kind() == kind).map(|(m, _)| m).collect();
            if same.len() < 2 {
                return kind_name(kind).to_string();
            }
            let nth = same.iter().position(|&m| group.get(m).is_some_and(|o| std::ptr::eq(*o, *c))).unwrap_or(0);
            format!("{} {}", ordinal_word(nth + 1), kind_name(kind))
        })
        .collect()
}

fn no_grade_warning(c: &Column, out: &mut Vec<Warning>) {
    if c.gives_grades() || c.quoted() {
        return;
    }
    let why = match c.framework {
        Some(f) if !f.graded => format!("{} is not graded", with_article(f.short)),
        _ if c.inspection.is_some_and(|i| !i.graded) => "it carries no grade".to_string(),
        _ => "no graded judgement was found in it".to_string(),
    };
    warn(
        out,
        WarningCode::NoGrade,
        format!("{} gives no grade to compare: {why}.", crate::letters::capitalise(&c.describe())),
    );
}

/// Where a later text's own account of an earlier inspection differs from that inspection's
/// grades (by level: adequate and requires improvement count as the same).
fn previous_disagrees_warnings(ranked: &[Vec<&Column>], out: &mut Vec<Warning>) {
    // Groups by the year of their date, in order.
    let years: Vec<Option<u16>> = ranked.iter().map(|g| g.first().and_then(|c| c.date).map(|d| d.year)).collect();
    let keys: Vec<GroupKey> =
        years.iter().map(|y| (None, None, y.map(|year| Date { year, month: None, day: None }), None)).collect();
    let by_year: Vec<(u16, Vec<usize>)> = crate::order::group_by_key(&keys)
        .into_iter()
        .filter_map(|gs| Some((years.get(gs[0]).copied().flatten()?, gs)))
        .collect();
    let merged: Vec<Grades> = ranked.iter().map(|g| merge_grades(g)).collect();
    for (g, group) in ranked.iter().enumerate().skip(1) {
        for c in group {
            let Some(inspection) = c.inspection else {
                continue;
            };
            for p in &inspection.previous {
                let year = p.date.as_deref().and_then(Date::from_iso).map(|d| d.year);
                let target = match year {
                    Some(y) => by_year
                        .iter()
                        .find(|(year, _)| *year == y)
                        .map(|(_, gs)| gs)
                        .and_then(|gs| {
                            let before = gs.partition_point(|&x| x < g);
                            before.checked_sub(1).and_then(|k| gs.get(k)).copied()
                        })
                        .or_else(|| {
                            // The inspection just before, when its year is not known.
                            let prev = g - 1;
                            let undated = ranked.get(prev).and_then(|gr| gr.first()).is_some_and(|c| c.date.is_none());
                            undated.then_some(prev)
                        }),
                    None => Some(g - 1),
                };
                let Some(t) = target else { continue };
                let Some(earlier) = merged.get(t).and_then(|m| m[area_index(p.area)]) else {
                    continue;
                };
                if earlier.level() == p.grade.level() {
                    continue;
                }
                let earlier_desc = ranked.get(t).and_then(|gr| gr.first()).map(|c| c.describe()).unwrap_or_default();
                warn(
                    out,
                    WarningCode::PreviousDisagrees,
                    format!(
                        "The {} about {} says {} was {} at {}, but that inspection's text gives {}.",
                        kind_name(c.kind()),
                        c.describe(),
                        area_words(p.area),
                        p.grade.words(),
                        earlier_desc,
                        earlier.words()
                    ),
                );
            }
        }
    }
}

fn unknown_order_warning(columns: &[&Column], order: &[usize], sets: &mut DisjointSets, out: &mut Vec<Warning>) {
    let mut pairs: Vec<String> = Vec::new();
    let mut count = 0;
    for (k, pair) in columns.windows(2).enumerate() {
        let [a, b] = pair else { continue };
        let (Some(&ia), Some(&ib)) = (order.get(k), order.get(k + 1)) else {
            continue;
        };
        // Order matters only between texts that both give grades, and grades that differ.
        let settled = a.span.1 < b.span.0;
        let moot = !a.gives_grades() || !b.gives_grades() || a.grades == b.grades;
        if settled || moot || sets.find(ia) == sets.find(ib) {
            continue;
        }
        count += 1;
        if pairs.len() < LIST_MAX {
            pairs.push(format!("{} and {}", a.describe(), b.describe()));
        }
    }
    if count == 0 {
        return;
    }
    let more = if count > pairs.len() { format!(" (and {} more)", count - pairs.len()) } else { String::new() };
    warn(
        out,
        WarningCode::UnknownOrder,
        format!(
            "The order of {}{more} could not be told from their dates, so the order given was kept.",
            pairs.join("; of ")
        ),
    );
}

// ---------------------------------------------------------------------------------------------
// Rows.

/// One side of the comparison: the columns that give its grades, first choice first.
struct Side<'a, 'c> {
    /// The column that speaks for the side (framework, date, description).
    lead: &'c Column<'a>,
    grades: Grades,
}

impl<'a, 'c> Side<'a, 'c> {
    /// The side given by `columns`, first choice first; `None` when there are none.
    fn of(columns: &[&'c Column<'a>]) -> Option<Side<'a, 'c>> {
        let lead = columns.first()?;
        Some(Side { lead, grades: merge_grades(columns) })
    }

    fn grade(&self, area: Area) -> Option<Grade> {
        self.grades[area_index(area)]
    }

    fn framework(&self) -> Option<&'static Framework> {
        self.lead.framework
    }

    fn scale(&self) -> Option<Scale> {
        self.lead.scale(&self.grades)
    }

    fn gives_grades(&self) -> bool {
        self.lead.graded && self.grades.iter().any(Option::is_some)
    }
}

fn merge_grades(columns: &[&Column]) -> Grades {
    let mut grades: Grades = [None; AREAS];
    for c in columns {
        for (slot, g) in grades.iter_mut().zip(c.grades.iter()) {
            if slot.is_none() {
                *slot = *g;
            }
        }
    }
    grades
}

fn rows(columns: &[&Column], from: &Side, to: &Side) -> Vec<Row> {
    let mut rows = Vec::new();
    for area in Area::ALL {
        let k = area_index(area);
        let history: Vec<Option<Grade>> = columns.iter().map(|c| c.grades[k]).collect();
        if history.iter().all(Option::is_none) {
            continue;
        }
        let (f, t) = (from.grade(area), to.grade(area));
        let mut notes = Vec::new();
        let (change, steps) = match (f, t) {
            (Some(a), Some(b)) => match not_comparable(from, to, area) {
                Some(reason) => {
                    notes.push(sentence(&reason));
                    (Change::NotComparable, None)
                }
                None => {
                    let steps = level(b) - level(a);
                    compared_notes(from, to, area, &mut notes);
                    let change = match steps {
                        s if s > 0 => Change::Improved,
                        s if s < 0 => Change::Declined,
                        _ => Change::Same,
                    };
                    (change, Some(steps))
                }
            },
            (Some(_), None) => {
                notes.push(sentence(&missing_reason(to, area, "later")));
                (Change::Dropped, None)
            }
            (None, Some(_)) => {
                notes.push(sentence(&missing_reason(from, area, "earlier")));
                (Change::New, None)
            }
            (None, None) => {
                notes.push("Only an inspection in between judged it, not the first or the last.".to_string());
                (Change::Dropped, None)
            }
        };
        let history_steps = consecutive_steps(columns, area);
        rows.push(Row {
            area,
            label: area_name(area).to_string(),
            from: f,
            to: t,
            steps,
            change,
            notes,
            history,
            history_steps,
        });
    }
    rows
}

/// For each column, the steps from the latest earlier column that graded `area` (see
/// [`Row::history_steps`]).
fn consecutive_steps(columns: &[&Column], area: Area) -> Vec<Option<i8>> {
    let k = area_index(area);
    let mut last: Option<&Column> = None;
    columns
        .iter()
        .map(|c| {
            let grade = c.grades[k]?;
            let before = last.replace(c)?;
            let (from, to) = (Side::of(&[before])?, Side::of(&[c])?);
            let earlier = before.grades[k]?;
            not_comparable(&from, &to, area).is_none().then(|| level(grade) - level(earlier))
        })
        .collect()
}

fn level(g: Grade) -> i8 {
    i8::try_from(g.level()).unwrap_or(0)
}

/// Why two grades for `area` cannot be set against each other, if they cannot.
fn not_comparable(from: &Side, to: &Side, area: Area) -> Option<String> {
    for (side, which) in [(from, "earlier"), (to, "later")] {
        if !side.lead.graded {
            let what = match side.framework() {
                Some(f) if !f.graded => with_article(f.short),
                _ => format!("the {which} text"),
            };
            return Some(format!("{what} is not graded, so the grade read from the {which} text cannot be compared"));
        }
        if let Some(f) = side.framework() {
            if !f.about_council {
                return Some(format!(
                    "the {which} text is {}, which is not about a council's children's services, so its grade cannot be set against a council inspection's",
                    with_article(f.short)
                ));
            }
            if f.area(area).is_none() {
                return Some(format!(
                    "there is no {} judgement in the {}, so the grade read from the {which} text is not one of its judgements",
                    area_words(area),
                    framework_words(f)
                ));
            }
        }
    }
    let (ff, tf) = (from.framework(), to.framework());
    if ff.map(|f| f.id) != tf.map(|f| f.id) {
        for side in [from, to] {
            let Some(f) = side.framework() else { continue };
            if WITHIN_FRAMEWORK_ONLY.contains(&(f.id, area)) {
                let scope = f.area(area).and_then(|a| a.scope).map(|s| format!("{s}, so ")).unwrap_or_default();
                return Some(format!(
                    "{scope}the {} judgement of the {} is not set against other inspections'",
                    area_words(area),
                    framework_words(f)
                ));
            }
        }
    }
    None
}

/// Notes on a row whose two grades were compared.
fn compared_notes(from: &Side, to: &Side, area: Area, notes: &mut Vec<String>) {
    if from.lead.quoted() {
        notes.push(sentence(&format!(
            "the earlier grade is as the text quotes it{}",
            from.lead.date.map(|d| format!(" ({})", date_words(d))).unwrap_or_default()
        )));
    }
    for side in [from, to] {
        if side.framework().is_none() && !side.lead.quoted() {
            notes.push(sentence(&format!(
                "the framework of {} is not known, so a change of scale or scope could not be checked",
                side.lead.describe()
            )));
        }
    }
    if let Some(note) = scale_note(from, to) {
        notes.push(note);
    }
    let (Some(ff), Some(tf)) = (from.framework(), to.framework()) else {
        return;
    };
    if ff.id == tf.id {
        return;
    }
    let (fs, ts) = (ff.area(area).and_then(|a| a.scope), tf.area(area).and_then(|a| a.scope));
    if fs != ts {
        notes.extend(fs.into_iter().chain(ts).map(sentence));
    }
    // The change against the judgement a side's is closer to.
    for &(id, a, closer) in CLOSER_MATCH {
        if a != area {
            continue;
        }
        let (earlier, later, other) = if id == ff.id {
            (from.grade(area), to.grade(closer), "later")
        } else if id == tf.id {
            (from.grade(closer), to.grade(area), "earlier")
        } else {
            continue;
        };
        let other_grade = if other == "later" { later } else { earlier };
        if let (Some(e), Some(l), Some(g)) = (earlier, later, other_grade) {
            notes.push(sentence(&format!(
                "set against the {other} {} judgement ({}), the change is {}",
                area_words(closer),
                g.words(),
                steps_words(level(l) - level(e))
            )));
        }
    }
}

/// The note for a row across the November 2013 change of scale.
fn scale_note(from: &Side, to: &Side) -> Option<String> {
    let (fs, ts) = (from.scale()?, to.scale()?);
    let old = match (fs, ts) {
        (Scale::Adequate, Scale::RequiresImprovement) => from,
        (Scale::RequiresImprovement, Scale::Adequate) => to,
        _ => return None,
    };
    let change = scale_change_month()?;
    let old_year = old
        .lead
        .date
        .map(|d| d.year)
        .or_else(|| old.framework().and_then(|f| Date::from_iso(f.from)).map(|d| d.year))
        .unwrap_or(change.year.saturating_sub(1));
    Some(format!(
        "{} ({old_year} scale) and {} ({} onwards) are the same step, but the bar was raised: from {} {SCALE_CHANGE_MEANING}.",
        crate::letters::capitalise(Grade::Adequate.words()),
        Grade::RequiresImprovement.words(),
        change.year,
        date_words(change)
    ))
}

/// The month the requires-improvement scale came in: the first council framework using it.
fn scale_change_month() -> Option<Date> {
    FRAMEWORKS
        .iter()
        .filter(|f| f.about_council && f.graded && f.scale == Scale::RequiresImprovement)
        .filter_map(|f| Date::from_iso(f.from))
        .min()
}

/// The scale every graded council framework in force at `date` shares, if they share one.
fn scale_at(date: Date) -> Option<Scale> {
    let (lo, hi) = date_bounds(date);
    let mut scale = None;
    for f in FRAMEWORKS.iter().filter(|f| f.about_council && f.graded && !f.areas.is_empty()) {
        let from = Date::from_iso(f.from).map_or(0, |d| date_bounds(d).0);
        let until = f.until.and_then(Date::from_iso).map_or(u32::MAX, |d| date_bounds(d).1);
        if from <= hi && lo <= until {
            match scale {
                None => scale = Some(f.scale),
                Some(s) if s != f.scale => return None,
                Some(_) => {}
            }
        }
    }
    scale
}

/// Why `missing` has no grade for `area` while the other side has one; `which` is "earlier"
/// or "later" (the side of `missing`).
fn missing_reason(missing: &Side, area: Area, which: &str) -> String {
    if missing.lead.quoted() {
        return format!("the text quotes no earlier {} grade", area_words(area));
    }
    if !missing.gives_grades() {
        return match missing.framework() {
            Some(f) if !f.graded => format!("the {which} inspection is {}, which is not graded", with_article(f.short)),
            _ => format!("the {which} text gives no grade"),
        };
    }
    if let Some(f) = missing.framework() {
        if f.area(area).is_none() {
            let mut out = format!("there is no {} judgement in the {}", area_words(area), framework_words(f));
            if let Some(&(_, _, within)) = JUDGED_WITHIN.iter().find(|&&(id, a, _)| id == f.id && a == area) {
                out.push_str(&format!(", which judged that within its {} judgement", area_words(within)));
                if let Some(g) = missing.grade(within) {
                    out.push_str(&format!(" ({})", g.words()));
                }
            } else if area == Area::Overall {
                if let Some(derived) = derived_summary(missing) {
                    out.push_str(&format!("; {derived} (derived here, not an Ofsted grade)"));
                }
            }
            return out;
        }
    }
    format!("the {which} text gives no {} grade", area_words(area))
}

/// "the lowest of its four judgements is requires improvement", for a side whose framework
/// has no overall effectiveness.
fn derived_summary(side: &Side) -> Option<String> {
    let f = side.framework()?;
    if f.area(Area::Overall).is_some() || f.areas.is_empty() {
        return None;
    }
    let judged: Vec<Grade> = f.areas.iter().filter_map(|a| side.grade(a.area)).collect();
    let lowest = judged.iter().min_by_key(|g| g.level())?;
    let of = if judged.len() == f.areas.len() {
        format!("its {} judgements", number_word(f.areas.len()))
    } else {
        format!(
            "the {} of its {} judgements that the text gives",
            number_word(judged.len()),
            number_word(f.areas.len())
        )
    };
    Some(format!("the lowest of {of} is {}", lowest.words()))
}

// ---------------------------------------------------------------------------------------------
// The headline.

fn headline(rows: &[Row], from: &Side, to: &Side) -> String {
    let overall = rows.iter().find(|r| r.area == Area::Overall);
    if let Some(r) = overall {
        if matches!(r.change, Change::Improved | Change::Declined | Change::Same) {
            return sentence(&change_clause(r));
        }
    }
    let telling = most_telling(rows);
    let reason = match overall {
        Some(r) if r.change == Change::NotComparable => not_comparable(from, to, Area::Overall),
        Some(_) => no_overall_reason(from, to),
        None => None,
    };
    match (reason, telling) {
        (Some(reason), Some(t)) => sentence(&format!("no overall grade to compare: {reason}; {}", change_clause(t))),
        (Some(reason), None) => sentence(&format!("no overall grade to compare: {reason}")),
        (None, Some(t)) => sentence(&change_clause(t)),
        (None, None) => {
            let same: Vec<&Row> = rows.iter().filter(|r| r.change == Change::Same).collect();
            match same.as_slice() {
                [one] => sentence(&change_clause(one)),
                [_, _] => "Both judgements compared stayed at the same grade.".to_string(),
                [] => {
                    let why = rows
                        .iter()
                        .find(|r| r.change == Change::NotComparable)
                        .and_then(|r| not_comparable(from, to, r.area))
                        .or_else(|| ungraded_reason(from, to))
                        .unwrap_or_else(|| "the inspections judge no area in common".to_string());
                    sentence(&format!("no grade can be compared: {why}"))
                }
                many => {
                    sentence(&format!("all {} judgements compared stayed at the same grade", number_word(many.len())))
                }
            }
        }
    }
}

/// Why one side gives no grade at all, if it gives none.
fn ungraded_reason(from: &Side, to: &Side) -> Option<String> {
    for (side, which) in [(to, "later"), (from, "earlier")] {
        if side.lead.quoted() || side.gives_grades() {
            continue;
        }
        return Some(match side.framework() {
            Some(f) if !f.graded => format!("the {which} inspection is {}, which is not graded", with_article(f.short)),
            _ => format!("the {which} text gives no grade"),
        });
    }
    None
}

/// Why there is no overall grade on both sides, given that one side has one.
fn no_overall_reason(from: &Side, to: &Side) -> Option<String> {
    if let Some(reason) = ungraded_reason(from, to) {
        return Some(reason);
    }
    for side in [to, from] {
        if side.lead.quoted() {
            continue;
        }
        if let Some(f) = side.framework() {
            if f.area(Area::Overall).is_none() && f.graded && f.about_council {
                let mut out = format!("the {} has none", framework_words(f));
                if let Some(derived) = derived_summary(side) {
                    out.push_str(&format!("; {derived} (derived)"));
                }
                return Some(out);
            }
        }
    }
    let which = if to.grade(Area::Overall).is_none() { "later" } else { "earlier" };
    Some(format!("the {which} text gives none"))
}

/// The row with the largest change up or down (the first such in table order).
fn most_telling(rows: &[Row]) -> Option<&Row> {
    let mut best: Option<&Row> = None;
    for r in rows {
        if !matches!(r.change, Change::Improved | Change::Declined) {
            continue;
        }
        let size = r.steps.map_or(0, i8::unsigned_abs);
        if best.is_none_or(|b| b.steps.map_or(0, i8::unsigned_abs) < size) {
            best = Some(r);
        }
    }
    best
}

/// "overall effectiveness improved by two grades, from inadequate to good".
fn change_clause(r: &Row) -> String {
    let area = area_words(r.area);
    let (Some(f), Some(t), Some(steps)) = (r.from, r.to, r.steps) else {
        return format!("{area} changed");
    };
    let n = steps.unsigned_abs() as usize;
    match r.change {
        Change::Improved | Change::Declined => format!(
            "{area} {} by {} {}, from {} to {}",
            if steps > 0 { "improved" } else { "declined" },
            number_word(n),
            plural(n, "grade", "grades"),
            f.words(),
            t.words()
        ),
        _ if f == t => format!("{area} stayed {}", t.words()),
        _ => format!("{area} stayed at the same step, from {} to {}", f.words(), t.words()),
    }
}

// ---------------------------------------------------------------------------------------------
// Words and small helpers.

fn area_index(area: Area) -> usize {
    Area::ALL.iter().position(|&a| a == area).unwrap_or(0)
}

fn framework_of(id: Option<FrameworkId>) -> Option<&'static Framework> {
    id.and_then(|id| FRAMEWORKS.iter().find(|f| f.id == id))
}

/// The council as a loose key and a short name for people.
fn council_of(authority: Option<&str>) -> (Option<String>, Option<String>) {
    let Some(name) = authority.map(str::trim).filter(|s| !s.is_empty()) else {
        return (None, None);
    };
    let place = councils::lookup(name).map_or(name, |c| c.short);
    let key = loose_council(place);
    if key.is_empty() {
        return (None, None);
    }
    (Some(key), Some(place.to_string()))
}

/// A council's name with the words that vary between texts dropped.
fn loose_council(name: &str) -> String {
    const DROP: &[&str] =
        &["council", "county", "city", "borough", "metropolitan", "of", "the", "royal", "london", "district"];
    let lower = crate::letters::lower(name).replace('&', " and ");
    let cleaned: String = lower.chars().map(|ch| if crate::letters::is_alphanumeric(ch) { ch } else { ' ' }).collect();
    cleaned.split_whitespace().filter(|w| !DROP.contains(w)).collect::<Vec<_>>().join(" ")
}

/// The `yyyymmdd` numbers a (possibly partial) date may stand for.
fn date_bounds(d: Date) -> (u32, u32) {
    let y = u32::from(d.year) * 10_000;
    match (d.month, d.day) {
        (Some(m), Some(day)) => {
            let k = y + u32::from(m) * 100 + u32::from(day);
            (k, k)
        }
        (Some(m), None) => (y + u32::from(m) * 100, y + u32::from(m) * 100 + 99),
        _ => (y, y + 9_999),
    }
}

/// The months (counted from year 0) a (possibly partial) date may stand for.
fn month_bounds(d: Date) -> (i64, i64) {
    let y = i64::from(d.year) * 12;
    match d.month {
        Some(m) => (y + i64::from(m) - 1, y + i64::from(m) - 1),
        None => (y, y + 11),
    }
}

/// The span an undated text of this framework may lie in: from the last day of its first
/// month to the first day of its last month (so that a framework that took over within a month
/// still follows the one before).
fn period_bounds(f: &Framework) -> (u32, u32) {
    let lo = Date::from_iso(f.from).map_or(0, |d| date_bounds(d).1);
    let hi = f.until.and_then(Date::from_iso).map_or(u32::MAX, |d| date_bounds(d).0);
    (lo.min(hi), hi)
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_name(m: u8) -> Option<&'static str> {
    MONTHS.get(usize::from(m).checked_sub(1)?).copied()
}

/// "10 September 2012", "September 2012" or "2012".
pub(crate) fn date_words(d: Date) -> String {
    match (d.month.and_then(month_name), d.day) {
        (Some(m), Some(day)) => format!("{day} {m} {}", d.year),
        (Some(m), None) => format!("{m} {}", d.year),
        _ => d.year.to_string(),
    }
}

/// "single inspection (2013-18)", "ILACS inspection (from April 2026)".
fn framework_words(f: &Framework) -> String {
    let from = Date::from_iso(f.from);
    let until = f.until.and_then(Date::from_iso);
    let period = match (from, until) {
        (Some(a), Some(b)) if a.year == b.year => a.year.to_string(),
        (Some(a), Some(b)) if a.year / 100 == b.year / 100 => {
            format!("{}-{:02}", a.year, b.year % 100)
        }
        (Some(a), Some(b)) => format!("{}-{}", a.year, b.year),
        (Some(a), None) => format!("from {}", date_words(a)),
        _ => return f.short.to_string(),
    };
    format!("{} ({period})", f.short)
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Report => "inspection report",
        Kind::News => "news article",
        Kind::PressRelease => "press release",
        Kind::Letter => "inspection letter",
        Kind::Unknown => "text",
        Kind::Record => "record",
    }
}

/// The area as a sentence words it: lower case unless it is a name.
fn area_words(area: Area) -> String {
    let name = area_name(area);
    let proper = name.split_whitespace().skip(1).any(crate::letters::starts_capital);
    if proper {
        name.to_string()
    } else {
        crate::letters::lower(name)
    }
}

/// "a focused visit", "an ILACS inspection".
fn with_article(noun: &str) -> String {
    let vowel = noun.chars().next().is_some_and(|c| "aeiouAEIOU".contains(c));
    format!("{} {noun}", if vowel { "an" } else { "a" })
}

/// A clause made a sentence: capital first letter, full stop.
fn sentence(clause: &str) -> String {
    let mut s = crate::letters::capitalise(clause.trim());
    if !s.ends_with('.') {
        s.push('.');
    }
    s
}

fn number_word(n: usize) -> String {
    const WORDS: [&str; 11] = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    WORDS.get(n).map_or_else(|| n.to_string(), |w| (*w).to_string())
}

fn ordinal_word(n: usize) -> String {
    const WORDS: [&str; 6] = ["zeroth", "first", "second", "third", "fourth", "fifth"];
    WORDS.get(n).map_or_else(|| format!("{n}th"), |w| (*w).to_string())
}

fn plural<'s>(n: usize, one: &'s str, many: &'s str) -> &'s str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// "up one grade", "down two grades", "no change".
fn steps_words(steps: i8) -> String {
    let n = steps.unsigned_abs() as usize;
    match steps {
        0 => "no change".to_string(),
        s => format!("{} {} {}", if s > 0 { "up" } else { "down" }, number_word(n), plural(n, "grade", "grades")),
    }
}

/// "a, b and c", with "and N more" past a few.
fn list_words(items: &[&str]) -> String {
    let shown: Vec<&str> = items.iter().take(LIST_MAX).copied().collect();
    let rest = items.len() - shown.len();
    match (shown.as_slice(), rest) {
        ([], _) => String::new(),
        ([one], 0) => (*one).to_string(),
        ([init @ .., last], 0) => format!("{} and {last}", init.join(", ")),
        (all, rest) => format!("{} and {rest} more", all.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        assert_eq!(list_words(&["a"]), "a");
        assert_eq!(list_words(&["a", "b", "c"]), "a, b and c");
        assert_eq!(list_words(&["a", "b", "c", "d", "e", "f"]), "a, b, c, d and 2 more");
        assert_eq!(area_words(Area::Lscb), "Local Safeguarding Children Board");
        assert_eq!(area_words(Area::CareLeavers), "care leavers");
        assert_eq!(with_article("ILACS inspection"), "an ILACS inspection");
        assert_eq!(with_article("focused visit"), "a focused visit");
        assert_eq!(loose_council("Royal Borough of Kensington & Chelsea"), "kensington and chelsea");
        assert_eq!(steps_words(-2), "down two grades");
    }

    #[test]
    fn framework_periods_follow_each_other() {
        let span = |id| period_bounds(framework_of(Some(id)).unwrap_or(&FRAMEWORKS[0]));
        let (cp, sif) = (span(FrameworkId::Cp2012), span(FrameworkId::Sif));
        assert!(cp.1 < sif.0);
        let (i18, i23) = (span(FrameworkId::Ilacs2018), span(FrameworkId::Ilacs2023));
        assert!(i18.1 < i23.0);
        assert_eq!(
            framework_words(framework_of(Some(FrameworkId::Ilacs2026)).unwrap_or(&FRAMEWORKS[0])),
            "ILACS inspection (from April 2026)"
        );
        assert_eq!(scale_change_month().map(date_words).as_deref(), Some("November 2013"));
    }

    #[test]
    fn scale_by_date() {
        let d = |s| Date::from_iso(s).unwrap_or(Date { year: 0, month: None, day: None });
        assert_eq!(scale_at(d("2012")), Some(Scale::Adequate));
        assert_eq!(scale_at(d("2013")), None);
        assert_eq!(scale_at(d("2016-05")), Some(Scale::RequiresImprovement));
    }
}
