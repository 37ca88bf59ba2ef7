//! The JavaScript boundary: the only file that knows about wasm-bindgen. Compiled only for
//! `wasm32`; `scripts/build.sh` turns it into `www/pkg/`. Public so that the wasm-bindgen tests
//! (`tests/wasm_node.rs`, `tests/wasm_browser.rs`) can call the exports as Rust functions.
//!
//! Every export takes JS values, calls the core, and hands back plain JS objects (serialised
//! with [`Serializer::json_compatible`], so maps are objects and numbers are numbers) shaped like
//! the JSON contract of `DESIGN.md`. Two things differ from the CLI's JSON:
//!
//! - Evidence offsets (`start`, `end`) count UTF-16 code units of the string that was read, so
//!   that `text.slice(start, end) === quote` in JavaScript; the core counts UTF-8 bytes.
//! - [`compare`] adds `columns` (each inspection column's heading, as the Markdown and CSV exports
//!   word it) and `order` (for each of `inspections`, the index of the input it came from, since
//!   the comparison orders inspections earlier to later).
//!
//! The record is not in the wasm: the build writes it from `data/` to `www/pkg/record.json`
//! (`ofsted-compare --record-data`: `{ published_to, councils }`, every council's codes, names,
//! region, neighbours, inspections on record and context, by DfE code). The worker fetches it
//! from this origin, parses it once and passes it to the record's exports ([`find_councils`],
//! [`council_history`] with the council's context, [`compare_with_record`]). Reading never uses
//! it.
//!
//! Pasted text is never an error. A malformed call (a text that is not a string, a list that is
//! not an array of texts or inspections) throws a JS `Error` whose message is one plain
//! sentence. Nothing here unwraps or panics.

use serde::Serialize;
use serde_wasm_bindgen::Serializer;
use wasm_bindgen::prelude::*;

use crate::model::{Area, Comparison, Evidence, Grade, Inspection};

/// Reads one pasted text and returns its `Inspection`, with evidence offsets in UTF-16 units
/// of `text`. Throws only when `text` is not a string.
#[wasm_bindgen]
pub fn read(text: JsValue) -> Result<JsValue, JsError> {
    let text = text.as_string().ok_or_else(|| JsError::new("read needs the text as a string."))?;
    let mut inspection = crate::extract(&text);
    offsets_to_utf16(&text, &mut inspection);
    to_js(&inspection)
}

/// The record's entry for the council with DfE code `code`: `{ council, published_to,
/// inspections, context }`, or undefined.
fn entry(record: &JsValue, code: &str) -> JsValue {
    from_js::get(&from_js::get(record, "councils"), code)
}

/// The councils of `record` that a search box's words may stand for (a name, an abbreviation, a
/// DfE or ONS code), best first, at most ten: each with its codes, names, region, statistical
/// neighbours, type and population (the `council` of its entry in the record).
#[wasm_bindgen]
pub fn find_councils(record: JsValue, query: JsValue) -> JsValue {
    let found = js_sys::Array::new();
    for council in crate::councils::search(&query.as_string().unwrap_or_default(), 10) {
        let facts = from_js::get(&entry(&record, council.code.unwrap_or_default()), "council");
        if facts.is_object() {
            found.push(&facts);
        }
    }
    found.into()
}

/// A council's history in `record`, by its DfE code: `{ council, published_to, inspections,
/// context }`, as the CLI's `--council --json` prints it: the inspections earlier to later, ready
/// for [`compare`], and `context`, where the council stands (the overall grades of every
/// council's latest full inspection counted for England, its region and its statistical
/// neighbours, with the council placed among them). Throws when no council has that code.
#[wasm_bindgen]
pub fn council_history(record: JsValue, code: JsValue) -> Result<JsValue, JsError> {
    let found = entry(&record, &code.as_string().unwrap_or_default());
    if !found.is_object() {
        return Err(JsError::new("No council on record has that code."));
    }
    Ok(found)
}

/// A text (read here) or an inspection returned by [`read`], compared with its council's
/// inspections in `record`: the latest before it and the one it describes (see
/// `compare_with_record` in the crate). The result is shaped as [`compare`]'s, with `columns`
/// and `order` (the pasted inspection's index is 0).
#[wasm_bindgen]
pub fn compare_with_record(record: JsValue, input: JsValue) -> Result<JsValue, JsError> {
    let inspections = inspections_from(&js_sys::Array::of1(&input).into())?;
    let Some(inspection) = inspections.first() else {
        return Err(JsError::new("compare_with_record needs a text or an inspection."));
    };
    let code = inspection.authority_code.clone().unwrap_or_default();
    let on_record = from_js::get(&entry(&record, &code), "inspections");
    let on_record = if js_sys::Array::is_array(&on_record) { inspections_from(&on_record)? } else { Vec::new() };
    view(crate::compare_with_record(inspection, &on_record), &inspections)
}

/// Every grade word of a pasted text, whether a judgement was read from it, and why: the
/// `GradeWord`s of `ofsted-compare --explain --json`, with offsets in UTF-16 units of `text`,
/// and without their `why` (the page words each `reason` from `pkg/reasons.json`). Throws only
/// when `text` is not a string.
#[wasm_bindgen]
pub fn explain(text: JsValue) -> Result<JsValue, JsError> {
    let text = text.as_string().ok_or_else(|| JsError::new("explain needs the text as a string."))?;
    let mut words = crate::explain(&text);
    let mut evidence: Vec<&mut Evidence> = words.iter_mut().flat_map(|w| [&mut w.word, &mut w.passage]).collect();
    evidence_to_utf16(&text, &mut evidence);
    to_js(&words)
}

/// Compares two or more inspections, earlier to later. `inputs` is an array whose items are
/// texts (read here) or inspections returned by [`read`] (used as they are); offsets in the
/// result are UTF-16 units of the text each inspection was read from. The result is the
/// `Comparison` plus `columns` and `order` (see the module documentation).
#[wasm_bindgen]
pub fn compare(inputs: JsValue) -> Result<JsValue, JsError> {
    let inspections = inspections_from(&inputs)?;
    view(crate::compare(&inspections), &inspections)
}

/// The comparison for the page, with `columns` and `order`.
fn view(comparison: Comparison, inputs: &[Inspection]) -> Result<JsValue, JsError> {
    let order: Vec<Option<usize>> = input_order(&comparison, inputs);
    let columns = crate::compare::column_labels(&comparison, false);
    let view = to_js(&comparison)?;
    set(&view, "columns", to_js(&columns)?)?;
    set(&view, "order", to_js(&order)?)?;
    Ok(view)
}

/// The comparison as Markdown: a headline, a table, notes and warnings. `value` is a
/// comparison returned by [`compare`], or an array that [`compare`] accepts.
#[wasm_bindgen]
pub fn comparison_markdown(value: JsValue) -> Result<String, JsError> {
    Ok(crate::render::comparison_markdown(&comparison_from(&value)?))
}

/// The comparison as CSV (RFC 4180, CRLF line ends). `value` is a comparison returned by
/// [`compare`], or an array that [`compare`] accepts.
#[wasm_bindgen]
pub fn comparison_csv(value: JsValue) -> Result<String, JsError> {
    Ok(crate::render::comparison_csv(&comparison_from(&value)?))
}

/// The words the page shows for ids: `{ areas: { overall: "Overall effectiveness", ... },
/// grades: { requires_improvement: "Requires improvement", ... } }`, so that the page never
/// spells them itself. (Built by hand rather than through serde: a third of the size.)
#[wasm_bindgen]
pub fn labels() -> JsValue {
    let areas = js_sys::Object::new();
    for area in Area::ALL {
        let name = crate::frameworks::area_name(area);
        let _ = js_sys::Reflect::set(&areas, &area.id().into(), &name.into());
    }
    let grades = js_sys::Object::new();
    for grade in [Grade::Outstanding, Grade::Good, Grade::Adequate, Grade::RequiresImprovement, Grade::Inadequate] {
        let title = crate::render::grade_title(grade);
        let _ = js_sys::Reflect::set(&grades, &grade.id().into(), &title.into());
    }
    let out = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&out, &"areas".into(), &areas);
    let _ = js_sys::Reflect::set(&out, &"grades".into(), &grades);
    out.into()
}

/// The version of the core, as in `Cargo.toml`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn set(object: &JsValue, key: &str, value: JsValue) -> Result<(), JsError> {
    js_sys::Reflect::set(object, &JsValue::from_str(key), &value)
        .map(|_| ())
        .map_err(|_| JsError::new("The result could not be handed to JavaScript."))
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&Serializer::json_compatible())
        .map_err(|_| JsError::new("The result could not be handed to JavaScript."))
}

/// The inspections in an array of texts or inspection objects, offsets in UTF-16 units.
fn inspections_from(inputs: &JsValue) -> Result<Vec<Inspection>, JsError> {
    if !js_sys::Array::is_array(inputs) {
        return Err(JsError::new("compare needs an array of texts or of inspections read by this page."));
    }
    let array = js_sys::Array::from(inputs);
    let mut out = Vec::with_capacity(array.length() as usize);
    for (k, item) in array.iter().enumerate() {
        if let Some(text) = item.as_string() {
            let mut inspection = crate::extract(&text);
            offsets_to_utf16(&text, &mut inspection);
            out.push(inspection);
        } else if item.is_object() {
            let inspection = from_js::inspection(&item).map_err(|field| {
                JsError::new(&format!(
                    "Item {} of the array is an object but not an inspection read by this page (look at its {field}).",
                    k + 1
                ))
            })?;
            out.push(inspection);
        } else {
            return Err(JsError::new(&format!("Item {} of the array is neither a text nor an inspection.", k + 1)));
        }
    }
    Ok(out)
}

/// The comparison of an array of inputs, or of the inspections of a comparison returned by
/// [`compare`] (compared again: the comparison is a function of its inspections).
fn comparison_from(value: &JsValue) -> Result<Comparison, JsError> {
    if js_sys::Array::is_array(value) {
        return Ok(crate::compare(&inspections_from(value)?));
    }
    let inspections = from_js::get(value, "inspections");
    if value.is_object() && js_sys::Array::is_array(&inspections) {
        return Ok(crate::compare(&inspections_from(&inspections)?));
    }
    Err(JsError::new("Give a comparison returned by compare, or an array of texts or inspections."))
}

/// For each inspection of the comparison, the index of the input it is (the first equal input
/// not already taken), or `None` if none is equal.
fn input_order(comparison: &Comparison, inputs: &[Inspection]) -> Vec<Option<usize>> {
    let mut taken = vec![false; inputs.len()];
    comparison
        .inspections
        .iter()
        .map(|inspection| {
            let k = inputs.iter().enumerate().position(|(k, i)| !taken[k] && i == inspection)?;
            taken[k] = true;
            Some(k)
        })
        .collect()
}

/// Turns every evidence offset of `inspection` from UTF-8 bytes of `text` into UTF-16 code
/// units of the same text. An offset inside a character counts that character; one past the
/// end becomes the end.
fn offsets_to_utf16(text: &str, inspection: &mut Inspection) {
    let mut evidence: Vec<&mut Evidence> = inspection
        .judgements
        .iter_mut()
        .chain(inspection.previous.iter_mut())
        .flat_map(|j| j.evidence.iter_mut())
        .collect();
    evidence_to_utf16(text, &mut evidence);
}

/// Turns evidence offsets from UTF-8 bytes of `text` into its UTF-16 units.
fn evidence_to_utf16(text: &str, evidence: &mut [&mut Evidence]) {
    if text.is_ascii() && evidence.iter().all(|e| e.start <= text.len() && e.end <= text.len()) {
        return;
    }
    let mut bytes: Vec<usize> = evidence.iter().flat_map(|e| [e.start, e.end]).collect();
    crate::order::sort_by_key(&mut bytes, |&b| b);
    bytes.dedup();
    let units = utf16_offsets(text, &bytes);
    let convert = |byte: usize| match bytes.binary_search(&byte) {
        Ok(k) => units.get(k).copied().unwrap_or(byte),
        Err(_) => byte,
    };
    for e in evidence.iter_mut() {
        e.start = convert(e.start);
        e.end = convert(e.end);
    }
}

/// The UTF-16 offset of each byte offset in `sorted` (ascending), in one pass over `text`.
fn utf16_offsets(text: &str, sorted: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(sorted.len());
    let mut chars = text.char_indices().peekable();
    let mut units = 0usize;
    for &target in sorted {
        while let Some(&(i, c)) = chars.peek() {
            if i >= target {
                break;
            }
            units += c.len_utf16();
            chars.next();
        }
        out.push(units);
    }
    out
}

/// Inspections from plain JS objects shaped like the JSON contract, walked by hand: serde's
/// derived visitors through serde-wasm-bindgen would add about 25 KB (gzip) to the page's wasm.
/// Building the structs with literals means a field added to the model fails to compile here
/// until it is read. Each error names the field that was not as expected.
mod from_js {
    use wasm_bindgen::JsValue;

    use crate::model::{
        Area, Dates, Evidence, FrameworkId, Grade, Inspection, Judgement, Kind, Source, Warning, WarningCode,
    };

    type Read<T> = Result<T, &'static str>;

    pub(super) fn get(obj: &JsValue, key: &str) -> JsValue {
        js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    fn string(obj: &JsValue, key: &'static str) -> Read<String> {
        get(obj, key).as_string().ok_or(key)
    }

    fn opt_string(obj: &JsValue, key: &'static str) -> Read<Option<String>> {
        let v = get(obj, key);
        if v.is_null() || v.is_undefined() {
            return Ok(None);
        }
        v.as_string().map(Some).ok_or(key)
    }

    /// A snake_case id ("requires_improvement") as the one of `all` whose `id` it is (the
    /// model's own ids, not serde's visitors: a tenth of the size in the wasm).
    fn id<T: Copy>(obj: &JsValue, key: &'static str, all: &[T], name: fn(T) -> &'static str) -> Read<T> {
        let s = get(obj, key).as_string().ok_or(key)?;
        all.iter().copied().find(|&v| name(v) == s).ok_or(key)
    }

    fn opt_id<T: Copy>(obj: &JsValue, key: &'static str, all: &[T], name: fn(T) -> &'static str) -> Read<Option<T>> {
        let v = get(obj, key);
        if v.is_null() || v.is_undefined() {
            return Ok(None);
        }
        id(obj, key, all, name).map(Some)
    }

    fn whole(obj: &JsValue, key: &'static str, max: f64) -> Read<f64> {
        match get(obj, key).as_f64() {
            Some(n) if n >= 0.0 && n <= max && n.fract() == 0.0 => Ok(n),
            _ => Err(key),
        }
    }

    fn list<T>(obj: &JsValue, key: &'static str, item: fn(&JsValue) -> Read<T>) -> Read<Vec<T>> {
        let v = get(obj, key);
        if !js_sys::Array::is_array(&v) {
            return Err(key);
        }
        js_sys::Array::from(&v).iter().map(|x| item(&x)).collect()
    }

    fn evidence(e: &JsValue) -> Read<Evidence> {
        Ok(Evidence {
            start: whole(e, "start", u32::MAX as f64)? as usize,
            end: whole(e, "end", u32::MAX as f64)? as usize,
            quote: string(e, "quote")?,
        })
    }

    fn judgement(j: &JsValue) -> Read<Judgement> {
        Ok(Judgement {
            area: id(j, "area", &Area::ALL, Area::id)?,
            label: string(j, "label")?,
            grade: id(j, "grade", &Grade::ALL, Grade::id)?,
            level: whole(j, "level", 4.0)? as u8,
            date: opt_string(j, "date")?,
            evidence: list(j, "evidence", evidence)?,
            source: id(j, "source", &Source::ALL, Source::id)?,
        })
    }

    fn warning(w: &JsValue) -> Read<Warning> {
        Ok(Warning { code: id(w, "code", &WarningCode::ALL, WarningCode::id)?, message: string(w, "message")? })
    }

    pub(super) fn inspection(i: &JsValue) -> Read<Inspection> {
        let d = get(i, "dates");
        if !d.is_object() {
            return Err("dates");
        }
        Ok(Inspection {
            authority: opt_string(i, "authority")?,
            authority_code: opt_string(i, "authority_code")?,
            authority_gss: opt_string(i, "authority_gss")?,
            framework: opt_id(i, "framework", &FrameworkId::ALL, FrameworkId::id)?,
            framework_name: opt_string(i, "framework_name")?,
            kind: id(i, "kind", &Kind::ALL, Kind::id)?,
            graded: get(i, "graded").as_bool().ok_or("graded")?,
            dates: Dates {
                start: opt_string(&d, "start")?,
                end: opt_string(&d, "end")?,
                published: opt_string(&d, "published")?,
            },
            judgements: list(i, "judgements", judgement)?,
            previous: list(i, "previous", judgement)?,
            warnings: list(i, "warnings", warning)?,
            report_url: opt_string(i, "report_url")?,
        })
    }
}
