//! Finds calendar dates, months, years and spans of inspection days in normalised report text.

// The scanner works on bytes but only ever cuts the text at ASCII bytes, so every range it
// returns lies on char boundaries. Each attempt to read a date looks at a bounded number of
// tokens, each of bounded length, so a whole document is read in time linear in its length.
// Where a date-shaped piece of text is malformed (31 April, a year out of range, a span that
// runs backwards) nothing is returned for it rather than a guess.

/// A calendar date, possibly partial (year only, or year and month).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, such as 2014.
    pub year: u16,
    /// The month, 1 to 12, when known.
    pub month: Option<u8>,
    /// The day of the month, when known (only meaningful with a month).
    pub day: Option<u8>,
}

impl Date {
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }

    /// Parses an ISO string of that form back (used for comparisons and sorting), None if malformed.
    pub fn from_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        let year = u16::try_from(digits_value(b.get(0..4)?)?).ok()?;
        match b.len() {
            4 => Some(Date { year, month: None, day: None }),
            7 | 10 => {
                if b.get(4) != Some(&b'-') {
                    return None;
                }
                let month = u8::try_from(digits_value(b.get(5..7)?)?).ok()?;
                if !(1..=12).contains(&month) {
                    return None;
                }
                if b.len() == 7 {
                    return Some(Date { year, month: Some(month), day: None });
                }
                if b.get(7) != Some(&b'-') {
                    return None;
                }
                let day = u8::try_from(digits_value(b.get(8..10)?)?).ok()?;
                valid_day(year, month, day).then_some(Date { year, month: Some(month), day: Some(day) })
            }
            _ => None,
        }
    }
}

/// A date found in text, with its byte range in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Byte offset of the first byte of the date's text.
    pub start: usize,
    /// Byte offset just past the date's text.
    pub end: usize,
    /// The date read.
    pub date: Date,
}

/// A span of days found in text ("3 June 2014 - 25 June 2014"), with its byte range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundSpan {
    /// Byte offset of the first byte of the span's text.
    pub start: usize,
    /// Byte offset just past the span's text.
    pub end: usize,
    /// The first day of the span.
    pub first: Date,
    /// The last day of the span (equal to `first` for a single date).
    pub last: Date,
}

/// Every date in `text`, in order: full dates ("3 June 2014", "3rd June 2014", "June 3, 2014",
/// "Monday, April 9, 2018", "Monday 9 April 2018", "12/09/2016" read day/month/year as in the UK,
/// "12.09.2016", "2014-06-03"), month and year ("June 2014", "Sept 2012"), and bare years
/// 1990-2039 when they stand alone as a number ("in 2014", "2014/15" gives 2014 only; a year inside
/// a longer number such as 120145 or a figure such as "2,014" is not a year).
///
/// Also read: "3rd of June 2014", "12-09-2016", "2014/06/03". A date-shaped piece that does not
/// hold ("31 April 2014", "3 June 1985", "09/13/2016") gives nothing, not even its month or year.
pub fn find_dates(text: &str) -> Vec<Found> {
    let sc = Scan::new(text);
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < sc.b.len() {
        let t = sc.tok(pos);
        let mut next = sc.run_end(pos);
        // A date starts with a figure, a month or a weekday: most words are none of these.
        let may_start = t.kind == Kind::Num || (t.kind == Kind::Word && calendar_word(sc.text(t)));
        if may_start {
            if let Some((date, start, end)) = sc.date_at(t) {
                if let Some(date) = date {
                    out.push(Found { start, end, date });
                }
                next = next.max(end);
            }
        }
        pos = next;
    }
    out
}

/// The first span of inspection days in `text`: the forms seen on Ofsted reports are
///   "3 June 2014 - 25 June 2014", "3 June - 25 June 2014", "3 June – 25 June 2014" (already '-'),
///   "25 September to 19 October 2017", "7 to 18 October 2024", "10 - 20 September 2012",
///   "10-20 September 2012", "19 November-30 November 2018", "30 October to 10 November 2023",
///   "21 November 2016 to 2 December 2016", "12/09/2016 - 16/09/2016", "12/09/2016 to 16/09/2016",
///   "15-19 July 2013", "11 March – 2 April 2014" (end year carries to start), "28 November 2016 -
///   2 December 2016", spans that cross a year ("30 November 2015 to 4 January 2016"; and
///   "29 December to 9 January 2016" means the start is in December 2015), and two fieldwork blocks
///   "8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019" (return first day of the first
///   block to last day of the last block, with the range covering the whole phrase), possibly
///   wrapped over a line break ("... and 7 August 2019 to\n8 August 2019"). Split digits produced by
///   PDF extraction ("1 9 June 2019" meaning 19 June) may be repaired only when unambiguous
///   (a single digit, a space, a single digit, then a month name): treat as one two-digit day.
/// A single date alone ("Inspection date: 12 March 2013") is a span of one day (first == last).
///
/// The first candidate in the text decides: if it is malformed (a day that does not exist, a
/// span that runs backwards, a year on the start but none on the end) the answer is None.
/// A start year carried back over a new year is only read for spans of at most 183 days, and at
/// most four fieldwork blocks are joined.
pub fn find_span(text: &str) -> Option<FoundSpan> {
    let sc = Scan::new(text);
    let mut pos = 0;
    while pos < sc.b.len() {
        let t = sc.tok(pos);
        if matches!(t.kind, Kind::Num | Kind::Word) {
            match sc.chain(pos) {
                Chain::Span(s) => return Some(s),
                Chain::Malformed => return None,
                Chain::Nothing => {}
            }
        }
        pos = sc.run_end(pos);
    }
    None
}

/// The month number (1-12) of a month name: full or common short names ("Jan", "Sept", "Sep"),
/// case-insensitive, with one trailing '.' accepted ("Sep."); None for anything else.
pub fn month_from_name(word: &str) -> Option<u8> {
    let w = word.strip_suffix('.').unwrap_or(word);
    lookup_month(w).map(|(m, _)| m)
}

// ---------------------------------------------------------------------------------------------
// Tables and calendar arithmetic.

/// Month names: (lower-case name, month, is an abbreviation that may take a '.').
const MONTHS: [(&str, u8, bool); 24] = [
    ("january", 1, false),
    ("jan", 1, true),
    ("february", 2, false),
    ("feb", 2, true),
    ("march", 3, false),
    ("mar", 3, true),
    ("april", 4, false),
    ("apr", 4, true),
    ("may", 5, false),
    ("june", 6, false),
    ("jun", 6, true),
    ("july", 7, false),
    ("jul", 7, true),
    ("august", 8, false),
    ("aug", 8, true),
    ("september", 9, false),
    ("sept", 9, true),
    ("sep", 9, true),
    ("october", 10, false),
    ("oct", 10, true),
    ("november", 11, false),
    ("nov", 11, true),
    ("december", 12, false),
    ("dec", 12, true),
];

/// Weekday names: (lower-case name, is an abbreviation that may take a '.').
const WEEKDAYS: [(&str, bool); 18] = [
    ("monday", false),
    ("tuesday", false),
    ("wednesday", false),
    ("thursday", false),
    ("friday", false),
    ("saturday", false),
    ("sunday", false),
    ("mon", true),
    ("tue", true),
    ("tues", true),
    ("wed", true),
    ("weds", true),
    ("thu", true),
    ("thur", true),
    ("thurs", true),
    ("fri", true),
    ("sat", true),
    ("sun", true),
];

/// Years accepted for full dates, months and bare years.
const FIRST_YEAR: u16 = 1990;
const LAST_YEAR: u16 = 2039;

/// Longest token the date readers look at; longer runs never take part in a date.
const CAP: usize = 64;

/// Most fieldwork blocks joined by "and" in one span.
const MAX_BLOCKS: usize = 4;

/// Longest span, in days, read when the start's year is carried back over a new year.
const MAX_CROSSING_DAYS: i64 = 183;

/// Whether a word could be a month's or a weekday's name: it starts as one does.
fn calendar_word(w: &str) -> bool {
    const STARTS: [&[u8; 3]; 19] = [
        b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec", b"mon", b"tue",
        b"wed", b"thu", b"fri", b"sat", b"sun",
    ];
    let b = w.as_bytes();
    if b.len() < 3 || b.len() > 9 {
        return false;
    }
    let start = [b[0].to_ascii_lowercase(), b[1].to_ascii_lowercase(), b[2].to_ascii_lowercase()];
    STARTS.iter().any(|s| **s == start)
}

fn lookup_month(w: &str) -> Option<(u8, bool)> {
    MONTHS.iter().find(|(name, _, _)| name.eq_ignore_ascii_case(w)).map(|&(_, m, abbr)| (m, abbr))
}

fn lookup_weekday(w: &str) -> Option<bool> {
    WEEKDAYS.iter().find(|(name, _)| name.eq_ignore_ascii_case(w)).map(|&(_, abbr)| abbr)
}

fn in_range(year: u16) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&year)
}

fn is_leap(year: u16) -> bool {
    matches!((year % 4, year % 100, year % 400), (_, _, 0) | (0, 1.., _))
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn valid_day(year: u16, month: u8, day: u8) -> bool {
    day >= 1 && day <= days_in_month(year, month)
}

/// A full date in the accepted year range, as a sortable (year, month, day).
fn full_date(year: u16, month: u8, day: u8) -> Option<(u16, u8, u8)> {
    (in_range(year) && valid_day(year, month, day)).then_some((year, month, day))
}

fn to_date((year, month, day): (u16, u8, u8)) -> Date {
    Date { year, month: Some(month), day: Some(day) }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn day_number((year, month, day): (u16, u8, u8)) -> i64 {
    let (m, d) = (i64::from(month), i64::from(day));
    let y = i64::from(year) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The value of a short run of ASCII digits; None if empty, too long or not all digits.
fn digits_value(b: &[u8]) -> Option<u32> {
    if b.is_empty() || b.len() > 9 {
        return None;
    }
    let mut value: u32 = 0;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        value = value.checked_mul(10)?.checked_add(u32::from(c - b'0'))?;
    }
    Some(value)
}

fn is_currency(c: char) -> bool {
    matches!(c, '£' | '$' | '€' | '¥' | '₹' | '¢')
}

fn is_suffix(w: &str) -> bool {
    ["st", "nd", "rd", "th"].iter().any(|s| s.eq_ignore_ascii_case(w))
}

// ---------------------------------------------------------------------------------------------
// Tokens.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A run of ASCII digits.
    Num,
    /// A run of ASCII letters.
    Word,
    /// A run of ASCII white space.
    Space,
    /// One other ASCII character.
    Punct,
    /// A run of non-ASCII characters.
    Other,
    /// The end of the text.
    End,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    kind: Kind,
    start: usize,
    end: usize,
    /// Line breaks in a Space token (saturating).
    newlines: u8,
    /// The run goes on past `CAP` bytes; `end` is where reading stopped.
    long: bool,
}

impl Tok {
    fn len(&self) -> usize {
        self.end - self.start
    }
}

fn class(b: u8) -> Kind {
    if b.is_ascii_digit() {
        Kind::Num
    } else if b.is_ascii_alphabetic() {
        Kind::Word
    } else if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
        Kind::Space
    } else if b >= 0x80 {
        Kind::Other
    } else {
        Kind::Punct
    }
}

/// One endpoint of a span, or a full date: a day with possibly a month and a year.
#[derive(Clone, Copy, Debug)]
struct Ep {
    start: usize,
    end: usize,
    day: u8,
    month: Option<u8>,
    /// Only ever set together with `month`.
    year: Option<u16>,
}

enum Chain {
    /// No span or date starts here.
    Nothing,
    /// A span or date starts here but does not hold together.
    Malformed,
    /// A span (or single date) read here.
    Span(FoundSpan),
}

struct Scan<'a> {
    s: &'a str,
    b: &'a [u8],
}

impl<'a> Scan<'a> {
    fn new(s: &'a str) -> Self {
        Scan { s, b: s.as_bytes() }
    }

    /// The token starting at `pos` (which must be a char boundary), read up to `CAP` bytes.
    fn tok(&self, pos: usize) -> Tok {
        let Some(&first) = self.b.get(pos) else {
            return Tok { kind: Kind::End, start: pos, end: pos, newlines: 0, long: false };
        };
        let kind = class(first);
        let mut end = pos + 1;
        let mut newlines = u8::from(first == b'\n');
        let mut long = false;
        if kind != Kind::Punct {
            while let Some(&b) = self.b.get(end) {
                if class(b) != kind {
                    break;
                }
                // Stop only before a char's first byte, so `end` stays a char boundary.
                if end - pos >= CAP && (b & 0xC0) != 0x80 {
                    long = true;
                    break;
                }
                if b == b'\n' {
                    newlines = newlines.saturating_add(1);
                }
                end += 1;
            }
        }
        Tok { kind, start: pos, end, newlines, long }
    }

    /// The end of the whole run of one class starting at `pos`.
    fn run_end(&self, pos: usize) -> usize {
        let Some(&first) = self.b.get(pos) else {
            return self.b.len();
        };
        let kind = class(first);
        let mut end = pos + 1;
        if kind != Kind::Punct {
            while self.b.get(end).is_some_and(|&b| class(b) == kind) {
                end += 1;
            }
        }
        end
    }

    fn before(&self, pos: usize) -> Option<char> {
        self.s.get(..pos)?.chars().next_back()
    }

    fn at(&self, pos: usize) -> Option<char> {
        self.s.get(pos..)?.chars().next()
    }

    fn digit_at(&self, pos: usize) -> bool {
        self.b.get(pos).is_some_and(u8::is_ascii_digit)
    }

    /// Whether the byte just before `pos` is an ASCII digit.
    fn digit_before(&self, pos: usize) -> bool {
        pos.checked_sub(1).is_some_and(|i| self.digit_at(i))
    }

    fn text(&self, t: Tok) -> &'a str {
        self.s.get(t.start..t.end).unwrap_or("")
    }

    fn value(&self, t: Tok) -> Option<u32> {
        digits_value(self.b.get(t.start..t.end)?)
    }

    /// Skips white space holding at most one line break; returns `pos` if there is none.
    fn gap(&self, pos: usize) -> usize {
        let t = self.tok(pos);
        if t.kind == Kind::Space && !t.long && t.newlines <= 1 {
            t.end
        } else {
            pos
        }
    }

    /// A whole word starting at `pos` (not followed by a letter).
    fn word(&self, pos: usize) -> Option<Tok> {
        let t = self.tok(pos);
        let followed_by_letter = self.at(t.end).is_some_and(crate::letters::is_letter);
        (t.kind == Kind::Word && !t.long && !followed_by_letter).then_some(t)
    }

    /// The end of the word `w` (any case) if it starts at `pos`.
    fn word_is(&self, pos: usize, w: &str) -> Option<usize> {
        let t = self.word(pos)?;
        self.text(t).eq_ignore_ascii_case(w).then_some(t.end)
    }

    /// A run of 1 to `max` digits starting at `pos`, with its value.
    fn number(&self, pos: usize, min: usize, max: usize) -> Option<(Tok, u32)> {
        let t = self.tok(pos);
        if t.kind != Kind::Num || t.long || t.len() < min || t.len() > max {
            return None;
        }
        Some((t, self.value(t)?))
    }

    /// Nothing alphanumeric just before `pos`.
    fn left_clear(&self, pos: usize) -> bool {
        !self.before(pos).is_some_and(crate::letters::is_alphanumeric)
    }

    /// A day number may start at `pos`: not glued to a word, a currency sign, or a figure
    /// such as "1.5" or "3/4".
    fn day_left_ok(&self, pos: usize) -> bool {
        match self.before(pos) {
            None => true,
            Some(c) if crate::letters::is_alphanumeric(c) || is_currency(c) => false,
            Some('.' | ',' | '/' | ':') => !pos.checked_sub(1).is_some_and(|i| self.digit_before(i)),
            Some(_) => true,
        }
    }

    /// A year may end at `pos`: not glued to a word or continued as a figure ("2014,5").
    fn year_right_ok(&self, pos: usize) -> bool {
        match self.at(pos) {
            None => true,
            Some(c) if crate::letters::is_alphanumeric(c) => false,
            Some('.' | ',') => !self.digit_at(pos + 1),
            Some(_) => true,
        }
    }

    /// A four-digit year (any value) starting at `pos`, with its end.
    fn year_at(&self, pos: usize) -> Option<(u16, usize)> {
        let (t, v) = self.number(pos, 4, 4)?;
        if !self.year_right_ok(t.end) {
            return None;
        }
        Some((u16::try_from(v).ok()?, t.end))
    }

    /// A month name starting at `pos`, with its end (past a '.' after a short name).
    fn month_at(&self, pos: usize) -> Option<(u8, usize)> {
        let t = self.word(pos)?;
        let (m, abbr) = lookup_month(self.text(t))?;
        let end = if abbr && self.b.get(t.end) == Some(&b'.') { t.end + 1 } else { t.end };
        Some((m, end))
    }

    /// A weekday name starting at `pos`, with its end (past a '.' after a short name).
    fn weekday_at(&self, pos: usize) -> Option<usize> {
        if !self.left_clear(pos) {
            return None;
        }
        let t = self.word(pos)?;
        let abbr = lookup_weekday(self.text(t))?;
        Some(if abbr && self.b.get(t.end) == Some(&b'.') { t.end + 1 } else { t.end })
    }

    /// The end of an ordinal suffix ("st", "nd", "rd", "th") glued to a number ending at `pos`.
    fn suffix_end(&self, pos: usize) -> usize {
        match self.word(pos) {
            Some(t) if is_suffix(self.text(t)) => t.end,
            _ => pos,
        }
    }

    /// A date, month or year starting at token `t`: (the date if valid, start, end).
    /// A date-shaped piece that is not valid ("31 April 2014") comes back as (None, start, end).
    fn date_at(&self, t: Tok) -> Option<(Option<Date>, usize, usize)> {
        if let Some(ep) = self.endpoint(t.start) {
            if let (Some(m), Some(y)) = (ep.month, ep.year) {
                return Some((full_date(y, m, ep.day).map(to_date), ep.start, ep.end));
            }
        }
        match t.kind {
            Kind::Word => {
                let (month, year, end) = self.month_year(t)?;
                let date = in_range(year).then_some(Date { year, month: Some(month), day: None });
                Some((date, t.start, end))
            }
            Kind::Num => {
                let year = self.bare_year(t)?;
                Some((Some(Date { year, month: None, day: None }), t.start, t.end))
            }
            _ => None,
        }
    }

    /// "June 2014", "Sept. 2012", "June, 2014": (month, year of any value, end).
    fn month_year(&self, t: Tok) -> Option<(u8, u16, usize)> {
        if !self.left_clear(t.start) {
            return None;
        }
        let (m, mut p) = self.month_at(t.start)?;
        if self.b.get(p) == Some(&b',') {
            p += 1;
        }
        let (y, end) = self.year_at(self.gap(p))?;
        Some((m, y, end))
    }

    /// A year 1990-2039 standing alone as a number.
    fn bare_year(&self, t: Tok) -> Option<u16> {
        let (t, v) = self.number(t.start, 4, 4)?;
        let year = u16::try_from(v).ok().filter(|&y| in_range(y))?;
        let left_ok = match self.before(t.start) {
            None => true,
            Some(c) if crate::letters::is_alphanumeric(c) || is_currency(c) => false,
            // "2,014", "1.2014", and the last group of a phone number "0300 123 2014".
            Some('.' | ',' | ' ') => !t.start.checked_sub(1).is_some_and(|i| self.digit_before(i)),
            Some(_) => true,
        };
        if !left_ok || !self.year_right_ok(t.end) {
            return None;
        }
        match self.at(t.end) {
            Some('%') => None,
            // A group of a phone number: "2014 123 456".
            Some(' ') if self.tok(t.end + 1).kind == Kind::Num && self.tok(t.end + 1).len() >= 3 => None,
            _ => Some(year),
        }
    }

    /// An endpoint or full date starting at `pos`, after an optional weekday.
    fn endpoint(&self, pos: usize) -> Option<Ep> {
        if let Some(wend) = self.weekday_at(pos) {
            let mut p = wend;
            if self.b.get(p) == Some(&b',') {
                p += 1;
            }
            let q = self.gap(p);
            if q == wend {
                return None;
            }
            let ep = self.bare_endpoint(q)?;
            return Some(Ep { start: pos, ..ep });
        }
        self.bare_endpoint(pos)
    }

    fn bare_endpoint(&self, pos: usize) -> Option<Ep> {
        let t = self.tok(pos);
        match t.kind {
            Kind::Num => self.day_first(t),
            Kind::Word => self.month_first(t),
            _ => None,
        }
    }

    /// "12/09/2016", "2014-06-03", "3 June 2014", "3rd of June", "3 June", or a bare day "3".
    fn day_first(&self, t: Tok) -> Option<Ep> {
        if t.long || !self.day_left_ok(t.start) {
            return None;
        }
        if let Some(ep) = self.numeric(t) {
            return Some(ep);
        }
        if t.len() > 2 {
            return None;
        }
        let v = self.value(t)?;
        if t.len() == 1 {
            if let Some(ep) = self.repaired(t, v) {
                return Some(ep);
            }
        }
        Some(self.day_month_tail(t.start, u8::try_from(v).ok()?, t.end))
    }

    /// A numeric date: day/month/year with '/', '.' or '-', or year-month-day, one separator.
    fn numeric(&self, t: Tok) -> Option<Ep> {
        let sep = *self.b.get(t.end)?;
        if !matches!(sep, b'/' | b'.' | b'-') {
            return None;
        }
        let (t2, v2) = self.number(t.end + 1, 1, 4)?;
        if self.b.get(t2.end) != Some(&sep) {
            return None;
        }
        let (t3, v3) = self.number(t2.end + 1, 1, 4)?;
        let v1 = self.value(t)?;
        let (year, month, day, iso) = match (t.len(), t2.len(), t3.len()) {
            (1..=2, 1..=2, 4) => (v3, v2, v1, false),
            (4, 2, 2) => (v1, v2, v3, true),
            _ => return None,
        };
        let end = t3.end;
        let right_ok = match self.at(end) {
            None => true,
            Some('T') if iso => self.digit_at(end + 1),
            Some(c) if crate::letters::is_alphanumeric(c) => false,
            Some('/' | '.' | ',') => !self.digit_at(end + 1),
            Some('-') if sep == b'-' => !self.digit_at(end + 1),
            Some(_) => true,
        };
        if !right_ok {
            return None;
        }
        Some(Ep {
            start: t.start,
            end,
            day: u8::try_from(day).ok()?,
            month: Some(u8::try_from(month).ok()?),
            year: Some(u16::try_from(year).ok()?),
        })
    }

    /// "1 9 June": a single digit, one space, a single digit, then a month name, read as day 19,
    /// when the first digit does not follow another number and the day exists in that month.
    fn repaired(&self, t: Tok, first: u32) -> Option<Ep> {
        if self.b.get(t.end) != Some(&b' ') || self.number_before(t.start) {
            return None;
        }
        let (t2, second) = self.number(t.end + 1, 1, 1)?;
        let (month, _) = self.month_at(self.gap(t2.end))?;
        let day = u8::try_from(first.checked_mul(10)?.checked_add(second)?).ok()?;
        // February may have 29 days; the year is checked later.
        if day > days_in_month(2000, month) {
            return None;
        }
        Some(self.day_month_tail(t.start, day, t2.end))
    }

    /// Whether the nearest thing before `pos`, past spaces and tabs, is a digit.
    fn number_before(&self, pos: usize) -> bool {
        let mut i = pos;
        for _ in 0..CAP {
            match i.checked_sub(1).and_then(|j| self.b.get(j)) {
                Some(b' ' | b'\t') => i -= 1,
                Some(b) => return b.is_ascii_digit(),
                None => return false,
            }
        }
        false
    }

    /// After a day number ending at `pos`: an optional suffix, "of", a month and a year.
    fn day_month_tail(&self, start: usize, day: u8, pos: usize) -> Ep {
        let day_end = self.suffix_end(pos);
        let bare = Ep { start, end: day_end, day, month: None, year: None };
        let q = self.gap(day_end);
        let month = self.month_at(q).or_else(|| {
            let of_end = self.word_is(q, "of").filter(|_| q > day_end)?;
            let r = self.gap(of_end);
            if r == of_end {
                return None;
            }
            self.month_at(r)
        });
        let Some((m, mend)) = month else {
            return bare;
        };
        let mut r = mend;
        if self.b.get(r) == Some(&b',') {
            r += 1;
        }
        match self.year_at(self.gap(r)) {
            Some((y, yend)) => Ep { start, end: yend, day, month: Some(m), year: Some(y) },
            None => Ep { start, end: mend, day, month: Some(m), year: None },
        }
    }

    /// "June 3, 2014", "June 3rd 2014", or "June 3" (a span endpoint without its year).
    fn month_first(&self, t: Tok) -> Option<Ep> {
        if !self.left_clear(t.start) {
            return None;
        }
        let (m, mend) = self.month_at(t.start)?;
        let (dt, d) = self.number(self.gap(mend), 1, 2)?;
        let day = u8::try_from(d).ok()?;
        let day_end = self.suffix_end(dt.end);
        let mut r = day_end;
        if self.b.get(r) == Some(&b',') {
            r += 1;
        }
        if let Some((y, yend)) = self.year_at(self.gap(r)) {
            return Some(Ep { start: t.start, end: yend, day, month: Some(m), year: Some(y) });
        }
        let glued = match self.at(day_end) {
            Some(c) if crate::letters::is_alphanumeric(c) => true,
            Some('.' | ',' | '/' | ':') => self.digit_at(day_end + 1),
            _ => false,
        };
        (!glued).then_some(Ep { start: t.start, end: day_end, day, month: Some(m), year: None })
    }

    /// A range connector ("-" or "to") after `pos`, returning where the next endpoint starts.
    fn range_conn(&self, pos: usize) -> Option<usize> {
        let p = self.gap(pos);
        let t = self.tok(p);
        let after = if t.kind == Kind::Punct && self.b.get(p) == Some(&b'-') { t.end } else { self.word_is(p, "to")? };
        Some(self.gap(after))
    }

    /// A block connector ("and", ", and") after `pos`, returning where the next block starts.
    fn and_conn(&self, pos: usize) -> Option<usize> {
        let mut p = self.gap(pos);
        if self.b.get(p) == Some(&b',') {
            p = self.gap(p + 1);
        }
        let end = self.word_is(p, "and")?;
        let q = self.gap(end);
        (q > end).then_some(q)
    }

    /// The far end of a range: a connector then an endpoint that names its month.
    fn range_tail(&self, pos: usize) -> Option<Ep> {
        let p = self.range_conn(pos)?;
        self.endpoint(p).filter(|e| e.month.is_some())
    }

    /// A span or single date starting at `pos`.
    fn chain(&self, pos: usize) -> Chain {
        let Some(e0) = self.endpoint(pos) else {
            return Chain::Nothing;
        };
        let Some(e1) = self.range_tail(e0.end) else {
            // Two days joined by "and": "on 16 and 17 July 2019".
            if e0.month.is_none() {
                if let Some(e1) = self.and_conn(e0.end).and_then(|p| self.endpoint(p)) {
                    if e1.month.is_some() && e1.year.is_some() {
                        return resolve(&[e0, e1]);
                    }
                }
            }
            return match (e0.month, e0.year) {
                (Some(m), Some(y)) => match full_date(y, m, e0.day) {
                    Some(d) => {
                        Chain::Span(FoundSpan { start: e0.start, end: e0.end, first: to_date(d), last: to_date(d) })
                    }
                    None => Chain::Malformed,
                },
                _ => Chain::Nothing,
            };
        };
        let mut eps = Vec::with_capacity(2 * MAX_BLOCKS);
        eps.push(e0);
        eps.push(e1);
        let mut last_end = e1.end;
        while eps.len() < 2 * MAX_BLOCKS {
            let Some(p) = self.and_conn(last_end) else {
                break;
            };
            let Some(a) = self.endpoint(p) else { break };
            let Some(b) = self.range_tail(a.end) else {
                break;
            };
            eps.push(a);
            eps.push(b);
            last_end = b.end;
        }
        resolve(&eps)
    }
}

/// Gives every endpoint its month and year, carried back from the endpoint after it, and
/// checks that the days exist and run forwards.
fn resolve(eps: &[Ep]) -> Chain {
    let (Some(first_ep), Some(last_ep)) = (eps.first(), eps.last()) else {
        return Chain::Nothing;
    };
    let (Some(m), Some(y)) = (last_ep.month, last_ep.year) else {
        return if eps.iter().any(|e| e.year.is_some()) { Chain::Malformed } else { Chain::Nothing };
    };
    let Some(last) = full_date(y, m, last_ep.day) else {
        return Chain::Malformed;
    };
    let mut next = last;
    for e in eps.iter().rev().skip(1) {
        let (ny, nm, _) = next;
        let (year, month, crossed) = match (e.month, e.year) {
            (Some(m), Some(y)) => (Some(y), m, false),
            (Some(m), None) if m > nm => (ny.checked_sub(1), m, true),
            (Some(m), None) => (Some(ny), m, false),
            (None, _) => (Some(ny), nm, false),
        };
        let Some(this) = year.and_then(|y| full_date(y, month, e.day)) else {
            return Chain::Malformed;
        };
        if this > next || (crossed && day_number(next) - day_number(this) > MAX_CROSSING_DAYS) {
            return Chain::Malformed;
        }
        next = this;
    }
    Chain::Span(FoundSpan { start: first_ep.start, end: last_ep.end, first: to_date(next), last: to_date(last) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn isos(text: &str) -> Vec<String> {
        find_dates(text).iter().map(|f| f.date.iso()).collect()
    }

    fn one(text: &str) -> Vec<String> {
        vec![text.to_string()]
    }

    fn span(text: &str) -> Option<(String, String)> {
        find_span(text).map(|s| (s.first.iso(), s.last.iso()))
    }

    fn pair(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_string(), b.to_string()))
    }

    #[test]
    fn two_days_joined_by_and() {
        let s = find_span("on 16 and 17 July 2019.").unwrap();
        assert_eq!((s.first.iso(), s.last.iso()), ("2019-07-16".to_string(), "2019-07-17".to_string()));
    }

    #[test]
    fn iso_round_trip() {
        let d = Date { year: 2014, month: Some(6), day: Some(3) };
        assert_eq!(d.iso(), "2014-06-03");
        assert_eq!(Date::from_iso("2014-06-03"), Some(d));
        let m = Date { year: 2012, month: Some(9), day: None };
        assert_eq!(m.iso(), "2012-09");
        assert_eq!(Date::from_iso("2012-09"), Some(m));
        let y = Date { year: 2006, month: None, day: None };
        assert_eq!(y.iso(), "2006");
        assert_eq!(Date::from_iso("2006"), Some(y));
        assert!(y < m && m < d);
        for bad in [
            "",
            "201",
            "20145",
            "2014-6-3",
            "2014-13",
            "2014-00",
            "2014-04-31",
            "2015-02-29",
            "2014/06/03",
            "2014-06-03 ",
            "+014",
            "2014-06-0x",
            "２０１４",
            "2014-06-031",
        ] {
            assert_eq!(Date::from_iso(bad), None, "{bad:?}");
        }
        assert!(Date::from_iso("2016-02-29").is_some());
        assert!(Date::from_iso("2000-02-29").is_some());
        assert!(Date::from_iso("1900-02-29").is_none());
    }

    #[test]
    fn month_names() {
        for (w, m) in [
            ("June", 6),
            ("june", 6),
            ("JUNE", 6),
            ("Jun", 6),
            ("Sept", 9),
            ("Sep.", 9),
            ("sep", 9),
            ("September", 9),
            ("Jan.", 1),
            ("May", 5),
            ("december", 12),
            ("Nov", 11),
            ("Mar", 3),
        ] {
            assert_eq!(month_from_name(w), Some(m), "{w}");
        }
        for w in ["", "Ju", "Junes", "Sept..", " June", "Monday", "Mai", "Juné", "."] {
            assert_eq!(month_from_name(w), None, "{w:?}");
        }
    }

    #[test]
    fn full_dates() {
        assert_eq!(isos("3 June 2014"), one("2014-06-03"));
        assert_eq!(isos("3rd June 2014"), one("2014-06-03"));
        assert_eq!(isos("the 3rd of June 2014"), one("2014-06-03"));
        assert_eq!(isos("03 june 2014"), one("2014-06-03"));
        assert_eq!(isos("3 JUNE 2014"), one("2014-06-03"));
        assert_eq!(isos("3 Jun 2014"), one("2014-06-03"));
        assert_eq!(isos("21st Sept. 2012"), one("2012-09-21"));
        assert_eq!(isos("9 April, 2018"), one("2018-04-09"));
        assert_eq!(isos("June 3, 2014"), one("2014-06-03"));
        assert_eq!(isos("June 3rd 2014"), one("2014-06-03"));
        assert_eq!(isos("Monday, April 9, 2018"), one("2018-04-09"));
        assert_eq!(isos("Monday 9 April 2018"), one("2018-04-09"));
        assert_eq!(isos("Mon. 9th April 2018"), one("2018-04-09"));
        assert_eq!(isos("12/09/2016"), one("2016-09-12"));
        assert_eq!(isos("12.09.2016"), one("2016-09-12"));
        assert_eq!(isos("3/6/2014"), one("2014-06-03"));
        assert_eq!(isos("2014-06-03"), one("2014-06-03"));
        assert_eq!(isos("published 2018-04-09T10:00:00Z"), one("2018-04-09"));
        assert_eq!(isos("29 February 2016"), one("2016-02-29"));
        assert_eq!(isos("3 June\n2014"), one("2014-06-03"));

        let f = find_dates("Published on Monday, April 9, 2018.");
        assert_eq!(f, vec![Found { start: 13, end: 34, date: Date::from_iso("2018-04-09").unwrap() }]);
        let f = find_dates("Date: 12/09/2016.");
        assert_eq!((f[0].start, f[0].end), (6, 16));
        let f = find_dates("on 3rd June 2014, we");
        assert_eq!((f.len(), f[0].start, f[0].end), (1, 3, 16));
    }

    #[test]
    fn months_and_years() {
        assert_eq!(isos("June 2014"), one("2014-06"));
        assert_eq!(isos("Sept 2012"), one("2012-09"));
        assert_eq!(isos("Sep. 2012"), one("2012-09"));
        assert_eq!(isos("in JUNE 2014"), one("2014-06"));
        assert_eq!(isos("in 2014"), one("2014"));
        assert_eq!(isos("in 2014/15"), one("2014"));
        assert_eq!(isos("2014-15"), one("2014"));
        assert_eq!(isos("between 2013 and 2016"), vec!["2013", "2016"]);
        assert_eq!(isos("1990 and 2039 but not 1989 or 2040"), vec!["1990", "2039"]);
        assert_eq!(isos("June 2045"), Vec::<String>::new());
        let f = find_dates("in 2014/15");
        assert_eq!((f[0].start, f[0].end), (3, 7));
        let f = find_dates("By June 2014.");
        assert_eq!((f[0].start, f[0].end), (3, 12));
    }

    #[test]
    fn several_in_order() {
        let t = "Inspected 3 June 2014 - 25 June 2014; published June 2014 (see 2014/15 plan, 12.09.2016).";
        assert_eq!(isos(t), vec!["2014-06-03", "2014-06-25", "2014-06", "2014", "2016-09-12"]);
        let f = find_dates(t);
        assert!(f.windows(2).all(|w| w[0].end <= w[1].start));
        assert_eq!(isos("3 June - 25 June 2014"), one("2014-06-25"));
        assert_eq!(isos("10-20 September 2012"), one("2012-09-20"));
    }

    #[test]
    fn negatives() {
        let none: Vec<String> = Vec::new();
        assert_eq!(isos("Grade 4"), none);
        assert_eq!(isos("section 152 of the Education and Inspections Act 2006"), one("2006"));
        assert_eq!(isos("127,744 children"), none);
        assert_eq!(isos("2,014"), none);
        assert_eq!(isos("£2000"), none);
        assert_eq!(isos("£2,000 or $2014 or €1999"), none);
        assert_eq!(isos("31 April 2014"), none);
        assert_eq!(isos("29 February 2015"), none);
        assert_eq!(isos("31/04/2014 and 2014-04-31 and 2014-13-01"), none);
        assert_eq!(isos("09/13/2016"), none);
        assert_eq!(isos("3 June 1985"), none);
        assert_eq!(isos("0300 123 1231"), none);
        assert_eq!(isos("call 020 7946 2014 now"), none);
        assert_eq!(isos("120145 and 20145"), none);
        assert_eq!(isos("the 1990s"), none);
        assert_eq!(isos("2014.5 and 3.2014 and 2014,5"), none);
        assert_eq!(isos("12/09/16"), none);
        assert_eq!(isos("A2014 or 2014b"), none);
        assert_eq!(isos("Junee 2014x"), none);
        assert_eq!(isos("20% and 2014% of"), none);
        assert_eq!(isos(""), none);
    }

    #[test]
    fn non_ascii_ranges() {
        let t = "Máire Atherton 3 June 2014 — émoji 😀 12/09/2016";
        let f = find_dates(t);
        assert_eq!(f.len(), 2);
        assert_eq!((f[0].start, f[0].end, f[0].date.iso()), (16, 27, "2014-06-03".to_string()));
        assert_eq!((f[1].start, f[1].end, f[1].date.iso()), (44, 54, "2016-09-12".to_string()));
        assert_eq!(&t[16..27], "3 June 2014");
        assert_eq!(&t[44..54], "12/09/2016");
        let s = find_span(t).unwrap();
        assert_eq!((s.start, s.end), (16, 27));
        assert_eq!(s.first, s.last);
        assert_eq!(isos("Juneé 2014 éJune 2014"), vec!["2014", "2014"]);
        assert_eq!(isos("é2014 2014é"), Vec::<String>::new());
    }

    #[test]
    fn spans_listed_forms() {
        for (text, first, last) in [
            ("3 June 2014 - 25 June 2014", "2014-06-03", "2014-06-25"),
            ("3 June - 25 June 2014", "2014-06-03", "2014-06-25"),
            ("25 September to 19 October 2017", "2017-09-25", "2017-10-19"),
            ("7 to 18 October 2024", "2024-10-07", "2024-10-18"),
            ("10 - 20 September 2012", "2012-09-10", "2012-09-20"),
            ("10-20 September 2012", "2012-09-10", "2012-09-20"),
            ("19 November-30 November 2018", "2018-11-19", "2018-11-30"),
            ("30 October to 10 November 2023", "2023-10-30", "2023-11-10"),
            ("21 November 2016 to 2 December 2016", "2016-11-21", "2016-12-02"),
            ("12/09/2016 - 16/09/2016", "2016-09-12", "2016-09-16"),
            ("12/09/2016 to 16/09/2016", "2016-09-12", "2016-09-16"),
            ("12/09/2016-16/09/2016", "2016-09-12", "2016-09-16"),
            ("15-19 July 2013", "2013-07-15", "2013-07-19"),
            ("11 March - 2 April 2014", "2014-03-11", "2014-04-02"),
            ("28 November 2016 - 2 December 2016", "2016-11-28", "2016-12-02"),
            ("28 November 2016 -\n2 December 2016", "2016-11-28", "2016-12-02"),
            ("30 November 2015 to 4 January 2016", "2015-11-30", "2016-01-04"),
            ("29 December to 9 January 2016", "2015-12-29", "2016-01-09"),
            ("3rd to 7th June 2014", "2014-06-03", "2014-06-07"),
            ("Monday 3 June to Friday 7 June 2014", "2014-06-03", "2014-06-07"),
            ("June 3, 2014 - June 7, 2014", "2014-06-03", "2014-06-07"),
            ("June 3 - June 7, 2014", "2014-06-03", "2014-06-07"),
            ("2014-06-03 to 2014-06-07", "2014-06-03", "2014-06-07"),
            ("8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019", "2019-07-08", "2019-08-08"),
            ("8 July 2019 to 12 July 2019 and 7 August 2019 to\n8 August 2019", "2019-07-08", "2019-08-08"),
            ("8 to 12 July, and 7 to 8 August 2019", "2019-07-08", "2019-08-08"),
            ("8 to 12 December and 5 to 9 January 2020", "2019-12-08", "2020-01-09"),
            ("Inspection date: 12 March 2013", "2013-03-12", "2013-03-12"),
            ("1 9 June 2019", "2019-06-19", "2019-06-19"),
            ("Inspection dates: 1 7 June 2019 - 2 1 June 2019", "2019-06-17", "2019-06-21"),
        ] {
            assert_eq!(span(text), pair(first, last), "{text:?}");
        }
    }

    #[test]
    fn span_ranges() {
        let t = "Inspection dates: 3 June 2014 - 25 June 2014\nLead inspector";
        let s = find_span(t).unwrap();
        assert_eq!((s.start, s.end), (18, 44));
        assert_eq!(&t[s.start..s.end], "3 June 2014 - 25 June 2014");

        let t = "Dates: 8 July 2019 to 12 July 2019 and 7 August 2019 to\n8 August 2019. Next";
        let s = find_span(t).unwrap();
        assert_eq!((s.start, s.end), (7, 69));
        assert_eq!(&t[s.start..s.end], "8 July 2019 to 12 July 2019 and 7 August 2019 to\n8 August 2019");

        let t = "Inspection date: 12 March 2013";
        let s = find_span(t).unwrap();
        assert_eq!((s.start, s.end), (17, 30));

        let t = "Visit 1 9 June 2019 ends";
        let s = find_span(t).unwrap();
        assert_eq!((s.start, s.end, s.first.iso()), (6, 19, "2019-06-19".to_string()));
        assert_eq!(isos(t), one("2019-06-19"));

        let t = "from 7 to 18 October 2024.";
        let s = find_span(t).unwrap();
        assert_eq!(&t[s.start..s.end], "7 to 18 October 2024");
    }

    #[test]
    fn span_negatives_and_choices() {
        // Malformed first candidates give nothing.
        assert_eq!(span("3 June 2014 - 31 June 2014"), None);
        assert_eq!(span("25 June - 3 June 2014"), None);
        assert_eq!(span("11 March - 2 February 2014"), None);
        assert_eq!(span("3 June 2014 - 25 June, later 5 May 2015"), None);
        assert_eq!(span("31 April 2014"), None);
        assert_eq!(span("10 - 20 September 2045"), None);
        assert_eq!(span("8 July 2019 to 12 July 2019 and 7 to 8 August"), None);
        // Nothing date-like at all.
        assert_eq!(span("Grade 4, 127,744 children, 2014/15, June 2014"), None);
        assert_eq!(span(""), None);
        // Partial candidates without a year are passed over.
        assert_eq!(span("3 June - 25 June. Inspection date: 12 March 2013"), pair("2013-03-12", "2013-03-12"));
        // A split digit that would make an impossible day is not repaired.
        assert_eq!(span("3 9 June 2019"), pair("2019-06-09", "2019-06-09"));
        // After another number, the split is not repaired.
        assert_eq!(span("Grade 2 1 9 June 2019"), pair("2019-06-09", "2019-06-09"));
        // A second block that is not a range ends the span before "and".
        assert_eq!(span("8 July 2019 to 12 July 2019 and 14 children"), pair("2019-07-08", "2019-07-12"));
        // Input is meant to be normalised: an en dash left in is not a connector.
        assert_eq!(span("3 June \u{2013} 25 June 2014"), pair("2014-06-25", "2014-06-25"));
        // A single date followed by a dash and a figure stays a single date.
        assert_eq!(span("3 June 2014 - 25 children"), pair("2014-06-03", "2014-06-03"));
    }

    /// A small fixed-seed generator (xorshift64*), so the property test needs no crates.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    fn check(text: &str) {
        let n = text.len();
        for f in find_dates(text) {
            assert!(f.start < f.end && f.end <= n, "{text:?} {f:?}");
            assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end), "{text:?} {f:?}");
            assert_eq!(Date::from_iso(&f.date.iso()), Some(f.date), "{text:?} {f:?}");
            assert!(in_range(f.date.year), "{text:?} {f:?}");
        }
        if let Some(s) = find_span(text) {
            assert!(s.start < s.end && s.end <= n, "{text:?} {s:?}");
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{text:?} {s:?}");
            assert!(s.first <= s.last, "{text:?} {s:?}");
            assert!(s.first.day.is_some() && s.last.day.is_some(), "{text:?} {s:?}");
        }
    }

    #[test]
    fn pseudo_random_texts_never_panic() {
        const PIECES: [&str; 40] = [
            "0", "1", "2", "3", "9", "12", "29", "31", "2014", "2016", "1999", "2,014", "June", "june", "Sept", "Sep.",
            "February", "Dec", "Monday", "Mon.", "to", "and", "of", "rd", "th", "-", "/", ".", ",", " ", " ", "  ",
            "\n", "\n\n", "é", "😀", "—", "£", "T", "Máire",
        ];
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..4000 {
            let len = rng.below(40);
            let mut text = String::new();
            for _ in 0..len {
                text.push_str(PIECES[rng.below(PIECES.len())]);
            }
            check(&text);
            // Every suffix too, so the scanner starts at every kind of character.
            for (i, _) in text.char_indices().step_by(7) {
                check(&text[i..]);
            }
        }
    }

    #[test]
    fn long_and_pathological_inputs() {
        let mut t = "1 to 2 and ".repeat(20_000);
        t.push_str(&"9".repeat(100_000));
        t.push_str(&" ".repeat(100_000));
        t.push_str(&"é".repeat(50_000));
        t.push_str(&"a".repeat(100_000));
        t.push_str(" 3 June 2014");
        let f = find_dates(&t);
        assert_eq!(f.len(), 1);
        assert_eq!(&t[f[0].start..f[0].end], "3 June 2014");
        let s = find_span(&t).unwrap();
        assert_eq!(s.first.iso(), "2014-06-03");
        check(&"1 9 June 2019 - ".repeat(5_000));
        check(&"June 3, ".repeat(5_000));
        check(&"1 June to 2 June and ".repeat(5_000));
        check(&"Monday 1 to 2 and 3 - 4 Sept. and ".repeat(5_000));
    }
}
