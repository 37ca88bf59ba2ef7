//! Shapes of input that once made reading grow faster than the text, or might: one line of
//! many grade words, prose with no sentence end, a council's name repeated, labels and grades
//! on one line, and the like. Each is a unit repeated to a size. Shared by the scaling test
//! (tests/robustness.rs) and the benchmark of shapes (tests/bench/shapes.rs), included with
//! `#[path]`.

use ofsted_compare::councils::COUNCILS;

/// Text of about a given size in bytes.
pub type Make = Box<dyn Fn(usize) -> String>;

/// `unit` repeated to at least `bytes` bytes.
pub fn repeat_to(unit: &str, bytes: usize) -> String {
    let n = bytes.div_ceil(unit.len().max(1));
    unit.repeat(n.max(1))
}

/// About `bytes` bytes of "X Council" mentions, each naming a council not in the gazetteer and
/// no two the same ("Bac Council Cac Council ...").
pub fn unlisted_councils(bytes: usize) -> String {
    let mut out = String::new();
    let mut k = 0usize;
    while out.len() < bytes {
        let mut name = String::from("Q");
        let mut rest = k;
        loop {
            name.push(char::from(b'a' + (rest % 26) as u8));
            rest /= 26;
            if rest == 0 {
                break;
            }
        }
        out.push_str(&name);
        out.push_str(" Council ");
        k += 1;
    }
    out
}

/// Every shape, by name; `report` is a graded report (a fixture), repeated as it is and
/// flattened to one line.
pub fn shapes(report: &str) -> Vec<(&'static str, Make)> {
    let report = report.to_string();
    let table_row =
        "The experiences and progress of children who need help and protection\tRequires improvement to be good\n";
    let flat = report.split_whitespace().collect::<Vec<_>>().join(" ");
    let names: String = COUNCILS.iter().map(|c| format!("{} ", c.name)).collect();
    let addresses: String = COUNCILS
        .iter()
        .map(|c| format!("www.{}.gov.uk ", c.short.to_lowercase().replace(|ch: char| !ch.is_ascii_alphanumeric(), "")))
        .collect();
    vec![
        ("one huge line of prose with grades", Box::new(|n| repeat_to("the council was good and ", n))),
        (
            "millions of grade words",
            Box::new(|n| repeat_to("good inadequate outstanding requires improvement adequate ", n)),
        ),
        ("grade words one per line", Box::new(|n| repeat_to("Good\n", n))),
        ("area labels with no grades", Box::new(|n| repeat_to("Overall effectiveness\n", n))),
        ("area labels on one line", Box::new(|n| repeat_to("overall effectiveness leadership and management ", n))),
        ("requires improvement to be good, repeated", Box::new(|n| repeat_to("requires improvement to be good ", n))),
        ("a long table", Box::new(|n| repeat_to("Overall effectiveness\tGood\n", n))),
        ("a long table of ILACS rows", Box::new(move |n| repeat_to(table_row, n))),
        ("no sentence ends", Box::new(|n| repeat_to("children in care are good and the council is inadequate ", n))),
        ("a million quotes", Box::new(|n| repeat_to("\"", n))),
        ("quoted grades", Box::new(|n| repeat_to("\"good\" ", n))),
        ("council names", Box::new(|n| repeat_to("Kelby Borough Council ", n))),
        ("markdown links without an end", Box::new(|n| repeat_to("](", n))),
        ("HTML tags without an end", Box::new(|n| repeat_to("<a", n))),
        ("ampersands", Box::new(|n| repeat_to("& ", n))),
        ("dates", Box::new(|n| repeat_to("12 March 2014 to 3 April 2015 ", n))),
        (
            "earlier inspections",
            Box::new(|n| repeat_to("at the last inspection overall effectiveness was judged good ", n)),
        ),
        ("mojibake", Box::new(|n| repeat_to("\u{e2}\u{20ac}\u{2122}", n))),
        ("emoji and right-to-left", Box::new(|n| repeat_to("\u{1f600} good \u{5e9}\u{5dc}\u{5d5}\u{5dd} ", n))),
        ("blank lines", Box::new(|n| repeat_to("\n", n))),
        ("a report repeated", Box::new(move |n| repeat_to(&report, n))),
        ("a report on one line", Box::new(move |n| repeat_to(&(flat.clone() + " "), n))),
        (
            "labels and grades on one line",
            Box::new(|n| {
                repeat_to("overall effectiveness: good leadership and management: requires improvement to be good ", n)
            }),
        ),
        (
            "bullets on one line",
            Box::new(|n| repeat_to("\u{2022} overall effectiveness good \u{2022} leadership inadequate ", n)),
        ),
        ("list items", Box::new(|n| repeat_to("- overall effectiveness: good\n", n))),
        (
            "grades and dates in one clause",
            Box::new(|n| repeat_to("Ofsted judged the council good in 2019 and inadequate in 2015 ", n)),
        ),
        ("paired objects", Box::new(|n| repeat_to("rated leadership good and children in care outstanding, ", n))),
        (
            "clause ends",
            Box::new(|n| repeat_to("the council was good; while children in care were inadequate, but since ", n)),
        ),
        ("comparisons", Box::new(|n| repeat_to("good, an improvement on better than worse than compared with ", n))),
        (
            "earlier inspections in sentences",
            Box::new(|n| repeat_to("At the last inspection in 2015 overall effectiveness was judged good. ", n)),
        ),
        ("a listed council's name", Box::new(|n| repeat_to("Leeds City Council ", n))),
        ("every council's name", Box::new(move |n| repeat_to(&names, n))),
        ("every council's web address", Box::new(move |n| repeat_to(&addresses, n))),
        ("many councils not listed", Box::new(unlisted_councils)),
        ("years", Box::new(|n| repeat_to("2014 2015 2016 ", n))),
        ("sentence ends", Box::new(|n| repeat_to("Good. ", n))),
        ("nested brackets and quotes", Box::new(|n| repeat_to("(((((good)))))\"'\"'", n))),
        ("opening brackets and quotes", Box::new(|n| repeat_to("((\"'[{", n))),
        ("one long word", Box::new(|n| repeat_to("a", n))),
        ("punctuation only", Box::new(|n| repeat_to(".,;:!?-()\"'", n))),
        ("capitals", Box::new(|n| repeat_to("OVERALL EFFECTIVENESS GOOD ", n))),
        ("CRLF lines", Box::new(|n| repeat_to("Overall effectiveness: Good\r\n", n))),
        ("tabs", Box::new(|n| repeat_to("Overall effectiveness\tGood\t", n))),
        ("HTML", Box::new(|n| repeat_to("<p>Overall effectiveness: <b>good</b></p>\n", n))),
    ]
}
