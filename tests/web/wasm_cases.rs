// The wasm-bindgen tests of the JavaScript exports (src/wasm.rs), shared by tests/wasm_node.rs
// (node) and tests/wasm_browser.rs (headless Chromium) through `include!`. Not a test target of
// its own: cargo only picks up tests/*.rs.

use js_sys::{Array, JsString, Object, Reflect, JSON};
use ofsted_compare::wasm::{
    compare, compare_with_record, comparison_csv, comparison_markdown, council_history, explain, find_councils, labels,
    read, version,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const CP2012: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/www/examples/cambridgeshire-2012-child-protection.txt"));
const SIF2014: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/www/examples/cambridgeshire-2014-single-inspection.txt"));
/// Two councils' entries of the record (`ofsted-compare --record-data`; tests/cli.rs checks that
/// they are the command line's own).
const RECORD: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/web/fixtures/record-sample.json"));

/// A property of a JS object, by a dotted path ("dates.start", "judgements.0.grade").
fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.')
        .fold(value.clone(), |v, key| Reflect::get(&v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED))
}

fn text(value: &JsValue, path: &str) -> Option<String> {
    get(value, path).as_string()
}

fn items(value: &JsValue, path: &str) -> Vec<JsValue> {
    let v = get(value, path);
    assert!(Array::is_array(&v), "{path} is not an array");
    Array::from(&v).iter().collect()
}

fn number(value: &JsValue, path: &str) -> Option<f64> {
    get(value, path).as_f64()
}

/// `area -> grade` for a list of judgements.
fn grades(value: &JsValue, path: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> =
        items(value, path).iter().map(|j| (text(j, "area").unwrap(), text(j, "grade").unwrap())).collect();
    out.sort();
    out
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = list.iter().map(|(a, g)| (a.to_string(), g.to_string())).collect();
    out.sort();
    out
}

fn strings(list: &[&str]) -> JsValue {
    list.iter().map(|s| JsValue::from_str(s)).collect::<Array>().into()
}

fn json(value: &JsValue) -> String {
    JSON::stringify(value).unwrap().as_string().unwrap()
}

/// The message of the JS `Error` an export threw.
fn message(error: wasm_bindgen::JsError) -> String {
    let value: JsValue = error.into();
    assert!(value.is_instance_of::<js_sys::Error>(), "not an Error");
    value.unchecked_into::<js_sys::Error>().message().into()
}

/// One plain sentence: a capital or a lower-case export name first, a full stop last, no
/// line break, nothing from Rust's Debug output.
fn assert_sentence(m: &str) {
    assert!(m.ends_with('.'), "{m:?} does not end a sentence");
    assert!(!m.contains('\n') && !m.contains("Error(") && !m.contains("panicked"), "{m:?}");
    assert_eq!(m.matches(". ").count(), 0, "{m:?} is more than one sentence");
}

/// Every evidence offset, sliced from the JS string, gives exactly the quote.
fn assert_offsets(input: &str, inspection: &JsValue) -> usize {
    let js = JsString::from(input);
    let mut checked = 0;
    for list in ["judgements", "previous"] {
        for j in items(inspection, list) {
            for e in items(&j, "evidence") {
                let start = number(&e, "start").unwrap() as u32;
                let end = number(&e, "end").unwrap() as u32;
                let quote = text(&e, "quote").unwrap();
                assert!(start <= end && end <= js.length(), "{start}..{end} out of range");
                assert_eq!(String::from(js.slice(start, end)), quote);
                checked += 1;
            }
        }
    }
    checked
}

#[wasm_bindgen_test]
fn reads_the_2012_example() {
    let i = read(CP2012.into()).unwrap();
    assert_eq!(text(&i, "authority").as_deref(), Some("Cambridgeshire County Council"));
    assert_eq!(text(&i, "framework").as_deref(), Some("cp2012"));
    assert_eq!(text(&i, "kind").as_deref(), Some("report"));
    assert_eq!(text(&i, "dates.start").as_deref(), Some("2012-09-10"));
    assert_eq!(text(&i, "dates.end").as_deref(), Some("2012-09-20"));
    assert!(get(&i, "dates.published").is_null(), "unknown values are null");
    assert_eq!(
        grades(&i, "judgements"),
        pairs(&[
            ("overall", "inadequate"),
            ("help_protection", "inadequate"),
            ("quality_of_practice", "inadequate"),
            ("leadership", "adequate"),
        ])
    );
    assert!(assert_offsets(CP2012, &i) >= 4);
}

#[wasm_bindgen_test]
fn reads_the_2014_example() {
    let i = read(SIF2014.into()).unwrap();
    assert_eq!(text(&i, "framework").as_deref(), Some("sif"));
    assert_eq!(text(&i, "dates.published").as_deref(), Some("2014-08-08"));
    assert_eq!(
        grades(&i, "judgements"),
        pairs(&[
            ("overall", "good"),
            ("help_protection", "requires_improvement"),
            ("children_in_care", "good"),
            ("adoption", "good"),
            ("care_leavers", "good"),
            ("leadership", "good"),
            ("lscb", "good"),
        ])
    );
    // Its curly apostrophe comes before most quotes, so bytes and UTF-16 units differ there.
    assert!(assert_offsets(SIF2014, &i) >= 7);
}

#[wasm_bindgen_test]
fn offsets_count_utf16_units_with_emoji_and_curly_quotes() {
    let input = format!("\u{1F4F0} “Breaking” 👩‍👧 news — ‘read this’ first 🎉🎉\n\n{SIF2014}\n\nLast line 🚀 “end”.");
    let i = read(input.as_str().into()).unwrap();
    let checked = assert_offsets(&input, &i);
    assert!(checked >= 7, "only {checked} quotes checked");
    // The same evidence in Rust counts bytes: prove the two differ, so the test means something.
    let native = ofsted_compare::extract(&input);
    let byte_start = native.judgements[0].evidence[0].start;
    let js_start = number(&get(&i, "judgements.0.evidence.0"), "start").unwrap() as usize;
    assert!(byte_start > js_start, "{byte_start} bytes vs {js_start} UTF-16 units");
    assert_eq!(&input[byte_start..native.judgements[0].evidence[0].end], native.judgements[0].evidence[0].quote);
}

#[wasm_bindgen_test]
fn compares_the_example_pair() {
    let c = compare(strings(&[SIF2014, CP2012])).unwrap();
    // Ordered earlier to later whatever the order given; `order` maps back to the inputs.
    assert_eq!(text(&c, "inspections.0.framework").as_deref(), Some("cp2012"));
    assert_eq!(json(&get(&c, "order")), "[1,0]");
    assert_eq!(items(&c, "columns").len(), 2);
    let headline = text(&c, "headline").unwrap();
    assert!(headline.contains("improved"), "{headline}");
    let rows = items(&c, "rows");
    let row = |area: &str| {
        rows.iter()
            .find(|r| text(r, "area").as_deref() == Some(area))
            .unwrap_or_else(|| panic!("no {area} row"))
            .clone()
    };
    let overall = row("overall");
    assert_eq!(text(&overall, "from").as_deref(), Some("inadequate"));
    assert_eq!(text(&overall, "to").as_deref(), Some("good"));
    assert_eq!(number(&overall, "steps"), Some(2.0));
    assert_eq!(text(&overall, "change").as_deref(), Some("improved"));
    assert_eq!(number(&row("help_protection"), "steps"), Some(1.0));
    assert_eq!(number(&row("leadership"), "steps"), Some(1.0));
    assert_eq!(text(&row("adoption"), "change").as_deref(), Some("new"));
    assert_eq!(text(&row("quality_of_practice"), "change").as_deref(), Some("dropped"));
    assert!(get(&row("adoption"), "steps").is_null());
    // Offsets inside the comparison's inspections are UTF-16 units of their own texts.
    assert_offsets(CP2012, &get(&c, "inspections.0"));
    assert_offsets(SIF2014, &get(&c, "inspections.1"));
}

#[wasm_bindgen_test]
fn inspections_read_earlier_compare_like_their_texts() {
    let a = read(CP2012.into()).unwrap();
    let b = read(SIF2014.into()).unwrap();
    let objects: JsValue = [a, b].into_iter().collect::<Array>().into();
    let from_objects = compare(objects).unwrap();
    let from_texts = compare(strings(&[CP2012, SIF2014])).unwrap();
    assert_eq!(json(&from_objects), json(&from_texts));
    // Mixed: a text and an inspection.
    let mixed: JsValue =
        [JsValue::from_str(CP2012), read(SIF2014.into()).unwrap()].into_iter().collect::<Array>().into();
    assert_eq!(json(&compare(mixed).unwrap()), json(&from_texts));
}

#[wasm_bindgen_test]
fn exports_markdown_and_csv() {
    let inputs = strings(&[CP2012, SIF2014]);
    let md = comparison_markdown(inputs.clone()).unwrap();
    assert!(md.contains("| Overall effectiveness | Inadequate | Good |"), "{md}");
    assert!(md.contains("| Help and protection | Inadequate | Requires improvement |"), "{md}");
    let csv = comparison_csv(inputs.clone()).unwrap();
    assert!(csv.starts_with("area,label,"), "{csv}");
    assert!(csv.contains("\r\noverall,Overall effectiveness,Inadequate,Good,Inadequate,Good,2,improved,"), "{csv}");
    // A comparison returned by compare gives the same renderings.
    let c = compare(inputs).unwrap();
    assert_eq!(comparison_markdown(c.clone()).unwrap(), md);
    assert_eq!(comparison_csv(c).unwrap(), csv);
}

#[wasm_bindgen_test]
fn malformed_calls_throw_one_plain_sentence() {
    let not_text = read(JsValue::from_f64(5.0)).unwrap_err();
    assert_sentence(&message(not_text));
    for bad in [JsValue::from_str("two texts"), JsValue::NULL, JsValue::UNDEFINED, Object::new().into()] {
        assert_sentence(&message(compare(bad).unwrap_err()));
    }
    let m = message(compare([JsValue::from_f64(1.0)].into_iter().collect::<Array>().into()).unwrap_err());
    assert_sentence(&m);
    assert!(m.contains("Item 1"), "{m}");
    let not_inspection: JsValue =
        [JsValue::from_str(CP2012), Object::new().into()].into_iter().collect::<Array>().into();
    let m = message(compare(not_inspection).unwrap_err());
    assert_sentence(&m);
    assert!(m.contains("Item 2"), "{m}");
    // An inspection whose grade is not a grade.
    let broken = read(CP2012.into()).unwrap();
    Reflect::set(&get(&broken, "judgements.0"), &"grade".into(), &"splendid".into()).unwrap();
    let m = message(compare([broken].into_iter().collect::<Array>().into()).unwrap_err());
    assert_sentence(&m);
    assert!(m.contains("grade"), "{m}");
    assert_sentence(&message(comparison_markdown(JsValue::from_f64(3.0)).unwrap_err()));
    assert_sentence(&message(comparison_csv(Object::new().into()).unwrap_err()));
}

#[wasm_bindgen_test]
fn odd_texts_are_not_errors() {
    let long = "Overall effectiveness: good. 🎉 ".repeat(2000);
    for input in ["", " \n\t", "\u{0}\u{1}\u{FFFD}", "%PDF-1.7 \u{FFFD}\u{FFFD}", "𝕆𝕗𝕤𝕥𝕖𝕕", long.as_str()]
    {
        let i = read(input.into()).unwrap();
        assert!(Array::is_array(&get(&i, "warnings")));
        assert_offsets(input, &i);
    }
    let c = compare(Array::new().into()).unwrap();
    assert!(text(&c, "headline").is_some());
}

#[wasm_bindgen_test]
fn labels_and_version() {
    let l = labels();
    assert_eq!(text(&l, "areas.overall").as_deref(), Some("Overall effectiveness"));
    assert_eq!(text(&l, "grades.requires_improvement").as_deref(), Some("Requires improvement"));
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

/// The items of a JS array.
fn all(value: &JsValue) -> Vec<JsValue> {
    assert!(Array::is_array(value), "not an array");
    Array::from(value).iter().collect()
}

/// The sample record, parsed as the worker parses `record.json`.
fn loaded() -> JsValue {
    JSON::parse(RECORD).unwrap()
}

#[wasm_bindgen_test]
fn councils_are_found_by_name_or_code() {
    let record = loaded();
    for query in ["873", "E10000003", "cambs", "Cambridge"] {
        let found = all(&find_councils(record.clone(), query.into()));
        assert_eq!(found.len(), 1, "{query}");
        assert_eq!(text(&found[0], "name").as_deref(), Some("Cambridgeshire County Council"));
        assert_eq!(text(&found[0], "gss").as_deref(), Some("E10000003"));
        assert_eq!(text(&found[0], "region").as_deref(), Some("East of England"));
        assert_eq!(items(&found[0], "neighbours").len(), 10);
    }
    // Only councils the record has (the sample has Cambridgeshire and Hertfordshire).
    let short = |query: &str| -> Vec<String> {
        all(&find_councils(record.clone(), query.into())).iter().filter_map(|c| text(c, "short")).collect()
    };
    assert_eq!(short("herts"), ["Hertfordshire"]);
    assert!(short("north").is_empty());
    assert!(all(&find_councils(record.clone(), "zzz".into())).is_empty());
    // Without a record (not yet fetched), nothing is found.
    assert!(all(&find_councils(JsValue::UNDEFINED, "873".into())).is_empty());
}

#[wasm_bindgen_test]
fn a_councils_history_and_where_it_stands() {
    let record = loaded();
    let h = council_history(record.clone(), "873".into()).unwrap();
    assert_eq!(text(&h, "council.short").as_deref(), Some("Cambridgeshire"));
    assert_eq!(text(&h, "published_to").as_deref(), Some("2026-08-20"));
    let inspections = items(&h, "inspections");
    assert!(inspections.len() >= 3);
    assert_eq!(text(&inspections[0], "kind").as_deref(), Some("record"));
    assert!(text(&inspections[0], "report_url").is_some_and(|u| u.starts_with("https://")));
    // The history goes straight into compare, which gives each consecutive step.
    let timeline = compare(get(&h, "inspections")).unwrap();
    assert_eq!(items(&timeline, "rows.0.history_steps").len(), inspections.len());
    assert!(text(&timeline, "headline").is_some_and(|h| h.starts_with("Cambridgeshire: ")));
    assert_eq!(text(&h, "context.groups.0.name").as_deref(), Some("England"));
    assert_eq!(number(&h, "context.groups.0.councils"), Some(153.0));
    assert_eq!(text(&h, "context.latest.overall").as_deref(), Some("requires_improvement"));
    assert_sentence(&message(council_history(record, "999".into()).unwrap_err()));
}

#[wasm_bindgen_test]
fn a_paste_beside_its_councils_record() {
    let record = loaded();
    // Cambridgeshire's 2012 inspection is before the record begins: said, not invented.
    let c = compare_with_record(record.clone(), CP2012.into()).unwrap();
    assert_eq!(items(&c, "inspections").len(), 1);
    assert!(json(&get(&c, "warnings")).contains("not_on_record"));
    // The same report as if inspected in 2020: set beside the record's 2019 inspection.
    let later = SIF2014.replace("2014", "2020");
    let c = compare_with_record(record.clone(), read(later.as_str().into()).unwrap()).unwrap();
    let inspections = items(&c, "inspections");
    assert_eq!(inspections.len(), 2, "{}", json(&c));
    assert_eq!(text(&inspections[0], "kind").as_deref(), Some("record"));
    assert_eq!(text(&inspections[0], "dates.start").as_deref(), Some("2019-01-14"));
    assert_eq!(number(&c, "order.1"), Some(0.0), "the pasted inspection");
    assert!(text(&c, "columns.0").is_some_and(|l| l.ends_with("(on record)")));
    // Without a record, the text alone, with a warning.
    let c = compare_with_record(JsValue::UNDEFINED, CP2012.into()).unwrap();
    assert_eq!(items(&c, "inspections").len(), 1);
    assert!(json(&get(&c, "warnings")).contains("not_on_record"));
}

#[wasm_bindgen_test]
fn explains_every_grade_word_with_utf16_offsets_and_a_reason() {
    // Curly quotes and an emoji before the grade words move UTF-16 offsets off UTF-8's.
    let input = "\u{1F600} Kelby Council\u{2019}s children\u{2019}s services were rated \u{2018}good\u{2019}. The school next door was rated outstanding.";
    let words = explain(JsValue::from_str(input)).expect("explain");
    let list: Vec<JsValue> = Array::from(&words).iter().collect();
    assert_eq!(list.len(), 2);
    let utf16: Vec<u16> = input.encode_utf16().collect();
    for w in &list {
        let (start, end) = (number(w, "word.start").unwrap_or(-1.0) as usize, number(w, "word.end").unwrap_or(-1.0) as usize);
        let quote = String::from_utf16(&utf16[start..end]).unwrap_or_default();
        assert_eq!(Some(quote), text(w, "word.quote"));
        assert!(get(w, "why").is_undefined(), "the page words the reason itself");
    }
    assert_eq!(text(&list[0], "verdict").as_deref(), Some("this_inspection"));
    assert_eq!(get(&list[0], "taken").as_bool(), Some(true));
    assert_eq!(text(&list[1], "verdict").as_deref(), Some("other_body"));
    assert_eq!(text(&list[1], "reason").as_deref(), Some("other_service"));
    assert!(explain(JsValue::from_f64(1.0)).is_err());
}
