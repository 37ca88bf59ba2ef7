//! Clean-up of pasted text: web and PDF residue (HTML tags and entities, markdown marks, mojibake,
//! curly quotes, odd spaces, ligatures, bullets) becomes plain text, with a map back to the
//! original offsets so that evidence always quotes the user's own words.

use std::ops::Range;

/// The cleaned text and the way back to the original.
#[derive(Debug)]
pub struct Normalized<'a> {
    original: &'a str,
    text: String,
    map: OffsetMap,
}

impl<'a> Normalized<'a> {
    /// The cleaned text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text as given.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// The original byte range behind a range of the cleaned text. The result always lies on
    /// character boundaries of the original.
    pub fn original_range(&self, clean: Range<usize>) -> Range<usize> {
        let start = self.map.to_original_start(clean.start);
        let end = if clean.end > clean.start { self.map.to_original_end(clean.end) } else { start };
        let end = end.max(start).min(self.original.len());
        let start = floor_char_boundary(self.original, start.min(end));
        let end = ceil_char_boundary(self.original, end);
        start..end
    }
}

/// Cleans `input`. Never fails; text that needs nothing comes back unchanged.
pub fn normalize(input: &str) -> Normalized<'_> {
    let mut out = Builder::new(input);
    let bytes = input.as_bytes();
    let double_spaced = is_double_spaced(input);
    let mut i = 0;
    let mut line_start = true;
    // Where the next ')' or line break after a markdown link's "](" is, once looked for.
    let mut link_close: Option<usize> = None;
    while i < bytes.len() {
        if line_start {
            line_start = false;
            if let Some(skip) = markdown_line_prefix(&input[i..]) {
                out.drop(i..i + skip);
                i += skip;
                continue;
            }
        }
        // Fast path: a run of ASCII that needs nothing.
        let run = bytes[i..].iter().take_while(|&&b| PLAIN_ASCII[b as usize]).count();
        if run > 0 {
            out.copy(i..i + run);
            i += run;
            continue;
        }
        let rest = &input[i..];
        let c = match rest.chars().next() {
            Some(c) => c,
            None => break,
        };
        match c {
            '<' => {
                if let Some((len, replacement)) = html_tag(rest, out.at_line_start()) {
                    out.replace(i..i + len, replacement);
                    if replacement == "\n" {
                        line_start = true;
                    }
                    i += len;
                    continue;
                }
            }
            '&' => {
                if let Some((len, decoded)) = html_entity(rest) {
                    let mut buf = [0u8; 4];
                    let mapped = map_char(decoded, &mut buf);
                    out.replace(i..i + len, mapped);
                    i += len;
                    continue;
                }
            }
            '*' => {
                // Markdown emphasis; a lone asterisk in prose carries nothing we read.
                out.drop(i..i + 1);
                i += 1;
                continue;
            }
            '_' if rest.starts_with("__") => {
                out.drop(i..i + 2);
                i += 2;
                continue;
            }
            '[' => {
                out.drop(i..i + 1);
                i += 1;
                continue;
            }
            ']' if !rest.starts_with("](") => {
                out.drop(i..i + 1);
                i += 1;
                continue;
            }
            ']' => {
                // Markdown link target: keep the link text, drop the address.
                // The next ')' or line break is remembered, so that many "](" with no ")" after
                // them cost linear time, not quadratic (each search starts past the last one).
                if link_close.is_none_or(|c| c < i + 2) {
                    link_close = Some(input[i + 2..].find([')', '\n']).map_or(usize::MAX, |p| i + 2 + p));
                }
                let len = link_close.map_or(1, |c| if c == usize::MAX { 1 } else { c - i + 1 });
                let len = if rest.as_bytes().get(len - 1) == Some(&b')') { len } else { 1 };
                out.drop(i..i + len);
                i += len;
                continue;
            }
            '\r' | '\n' if double_spaced && single_blank_line_at(rest) => {
                // Double-spaced text: one blank line between lines is just a line break.
                let len = line_break_len(rest);
                out.drop(i..i + len);
                i += len;
                continue;
            }
            '\r' => {
                let len = if rest.starts_with("\r\n") { 2 } else { 1 };
                out.replace(i..i + len, "\n");
                i += len;
                line_start = true;
                continue;
            }
            '\n' | '\u{c}' | '\u{b}' | '\u{2028}' | '\u{2029}' | '\u{85}' => {
                out.replace(i..i + c.len_utf8(), "\n");
                i += c.len_utf8();
                line_start = true;
                continue;
            }
            _ => {}
        }
        if let Some((len, repaired)) = mojibake(rest) {
            let mut buf = [0u8; 4];
            let mapped = map_char(repaired, &mut buf);
            out.replace(i..i + len, mapped);
            i += len;
            continue;
        }
        let len = c.len_utf8();
        let mut buf = [0u8; 4];
        let mapped = map_char(c, &mut buf);
        if mapped.len() == len && mapped.as_bytes() == &bytes[i..i + len] {
            out.copy(i..i + len);
        } else {
            out.replace(i..i + len, mapped);
        }
        i += len;
    }
    out.finish()
}

/// Bytes that are copied as they are: printable ASCII other than the marks of HTML and
/// markdown.
const PLAIN_ASCII: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0x20;
    while b < 0x7f {
        table[b] = !matches!(b as u8, b'<' | b'&' | b'*' | b'_' | b'[' | b']' | b'`');
        b += 1;
    }
    table
};

/// Whether a text puts a blank line after nearly every line (as some web pages and word
/// processors copy PDF text), so that blank lines no longer separate paragraphs.
fn is_double_spaced(input: &str) -> bool {
    let mut lines = 0usize;
    let mut followed_by_blank = 0usize;
    let mut previous_blank = true;
    let mut last_text_line_ok = false;
    // The first few hundred lines tell.
    for line in input.split('\n').take(400) {
        let blank = line.trim().is_empty();
        if blank {
            if !previous_blank && last_text_line_ok {
                followed_by_blank += 1;
            }
        } else {
            lines += 1;
            last_text_line_ok = true;
            if !previous_blank {
                // Two lines of text in a row: not double-spaced here.
                last_text_line_ok = false;
            }
        }
        previous_blank = blank;
    }
    lines >= 8 && followed_by_blank * 10 >= lines * 9
}

/// The length of a line break ("\n" or "\r\n") at the start of `s`.
fn line_break_len(s: &str) -> usize {
    if s.starts_with("\r\n") {
        2
    } else {
        1
    }
}

/// Whether `s` starts with a line break followed by exactly one blank line and then text.
fn single_blank_line_at(s: &str) -> bool {
    let first = line_break_len(s);
    let rest = &s[first..];
    let blank_end = rest.find('\n').map(|p| p + 1);
    let Some(blank_end) = blank_end else { return false };
    if !rest[..blank_end].trim().is_empty() {
        return false;
    }
    let after = &rest[blank_end..];
    !after.starts_with(['\n', '\r']) && !after.is_empty()
}

/// Maps one character to its plain form: straight quotes, '-' for every dash, ' ' for every
/// space and control character, expanded ligatures, nothing for invisible characters.
fn map_char(c: char, buf: &mut [u8; 4]) -> &str {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{b4}' | '`' | '\u{2dc}' => "'",
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}' | '\u{bb}' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' | '\u{fe58}'
        | '\u{fe63}' | '\u{ff0d}' => "-",
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => " ",
        '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => "",
        // Direction marks and variation selectors: invisible.
        '\u{200e}'
        | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{61c}'
        | '\u{fe00}'..='\u{fe0f}' => "",
        // Emoji and pictographs carry nothing the reader uses.
        '\u{1f000}'..='\u{1faff}' | '\u{2600}'..='\u{27bf}' | '\u{2b00}'..='\u{2bff}' => " ",
        '\u{2026}' => "...",
        '\u{fb00}' => "ff",
        '\u{fb01}' => "fi",
        '\u{fb02}' => "fl",
        '\u{fb03}' => "ffi",
        '\u{fb04}' => "ffl",
        '\u{fb05}' | '\u{fb06}' => "st",
        // Bullets and the private-use glyphs PDF fonts print as bullets.
        '\u{2022}'
        | '\u{25aa}'
        | '\u{25ab}'
        | '\u{25a0}'
        | '\u{25a1}'
        | '\u{25fc}'
        | '\u{25fb}'
        | '\u{25cf}'
        | '\u{25e6}'
        | '\u{2023}'
        | '\u{2043}'
        | '\u{2219}'
        | '\u{b7}'
        | '\u{e000}'..='\u{f8ff}' => " ",
        '\t' => "\t",
        '\u{fffd}' => " ",
        c if c.is_control() => " ",
        c => c.encode_utf8(buf),
    }
}

/// The length of a markdown prefix at the start of a line that carries no words: heading
/// marks, block quotes, list bullets, horizontal rules and table separator rows.
fn markdown_line_prefix(line: &str) -> Option<usize> {
    // Most lines start with a letter or digit: nothing to look at.
    let first = line.bytes().find(|&b| b != b' ' && b != b'\t')?;
    if !matches!(first, b'-' | b'*' | b'_' | b'|' | b':' | b'=' | b'#' | b'>' | b'+') {
        return None;
    }
    let end = line.find('\n').unwrap_or(line.len());
    let body = &line[..end];
    let trimmed = body.trim_start_matches([' ', '\t']);
    let indent = body.len() - trimmed.len();
    let t = trimmed.as_bytes();
    if t.is_empty() {
        return None;
    }
    // Rules (---, ***, ___) and table separators (|---|:--:|): the whole line goes.
    if t.len() >= 3
        && t.iter().all(|b| matches!(b, b'-' | b'*' | b'_' | b'|' | b':' | b' ' | b'='))
        && t.iter().filter(|b| matches!(b, b'-' | b'*' | b'_' | b'=')).count() >= 3
    {
        return Some(end);
    }
    let hashes = t.iter().take_while(|&&b| b == b'#').count();
    if (1..=6).contains(&hashes) && t.get(hashes) == Some(&b' ') {
        return Some(indent + hashes + 1);
    }
    if t[0] == b'>' {
        let n = if t.get(1) == Some(&b' ') { 2 } else { 1 };
        return Some(indent + n);
    }
    if matches!(t[0], b'-' | b'+') && t.get(1) == Some(&b' ') {
        return Some(indent + 2);
    }
    None
}

/// An HTML tag, comment or script/style element at the start of `s`: its length and what it
/// becomes (a line break for block elements, unless one is there already, a tab for table
/// cells, nothing otherwise).
fn html_tag(s: &str, at_line_start: bool) -> Option<(usize, &'static str)> {
    let b = s.as_bytes();
    if s.starts_with("<!--") {
        let end = s.find("-->").map_or(s.len(), |p| p + 3);
        return Some((end, ""));
    }
    let name_start = if b.get(1) == Some(&b'/') { 2 } else { 1 };
    let first = *b.get(name_start)?;
    if !(first.is_ascii_alphabetic() || (first == b'!' && name_start == 1)) {
        return None;
    }
    // A tag ends at the first '>' within a reasonable distance and never spans a blank line.
    let limit = floor_char_boundary(s, s.len().min(2000));
    let close = s[..limit].find('>')?;
    if s[..close].contains("\n\n") {
        return None;
    }
    let name_end = s[name_start..close].find(|c: char| !c.is_ascii_alphanumeric()).map_or(close, |p| name_start + p);
    let name = s[name_start..name_end].to_ascii_lowercase();
    let closing = name_start == 2;
    if !closing && (name == "script" || name == "style") {
        // Drop the element and everything in it.
        let lower_end = format!("</{name}");
        let end = find_ascii_case_insensitive(s, &lower_end)
            .map(|p| s[p..].find('>').map_or(s.len(), |q| p + q + 1))
            .unwrap_or(s.len());
        return Some((end, ""));
    }
    let block = matches!(
        name.as_str(),
        "p" | "div"
            | "br"
            | "li"
            | "tr"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "table"
            | "ul"
            | "ol"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "title"
            | "blockquote"
            | "hr"
            | "dt"
            | "dd"
            | "main"
            | "nav"
            | "aside"
            | "figure"
            | "figcaption"
            | "body"
            | "html"
            | "head"
            | "thead"
            | "tbody"
    );
    let cell = matches!(name.as_str(), "td" | "th");
    // A block element that is followed by a line break of its own adds none.
    let newline_follows = s[close + 1..].starts_with(['\n', '\r']);
    let replacement = if block && !newline_follows && !at_line_start {
        "\n"
    } else if cell && closing {
        "\t"
    } else {
        ""
    };
    Some((close + 1, replacement))
}

fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    let h = haystack.as_bytes();
    let n = needle.as_bytes();
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// An HTML character reference at the start of `s`: its length and the character.
fn html_entity(s: &str) -> Option<(usize, char)> {
    let end = s.as_bytes().iter().take(12).position(|&b| b == b';')?;
    let name = &s[1..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        // Numeric references in the 0x80-0x9F range mean Windows-1252 characters in practice.
        char::from_u32(code).map(|c| cp1252_char(code).unwrap_or(c))?
    } else {
        match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            "rsquo" | "lsquo" | "sbquo" => '\'',
            "rdquo" | "ldquo" | "bdquo" => '"',
            "ndash" | "mdash" | "minus" => '-',
            "hellip" => '\u{2026}',
            "pound" => '£',
            "euro" => '€',
            "bull" | "middot" => ' ',
            "copy" => '©',
            "eacute" => 'é',
            "aacute" => 'á',
            "shy" | "zwj" | "zwnj" => '\u{ad}',
            _ => return None,
        }
    };
    Some((end + 1, c))
}

/// The Windows-1252 character for a byte in 0x80..=0x9F, where it differs from Latin-1.
fn cp1252_char(code: u32) -> Option<char> {
    const TABLE: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    if (0x80..=0x9f).contains(&code) {
        Some(TABLE[(code - 0x80) as usize])
    } else {
        None
    }
}

/// The character a Windows-1252 byte stands for.
pub fn windows_1252(byte: u8) -> char {
    cp1252_char(u32::from(byte)).unwrap_or(char::from(byte))
}

/// The byte Windows-1252 encodes `c` as, if any.
fn cp1252_byte(c: char) -> Option<u8> {
    let code = c as u32;
    if code < 0x80 || (0xa0..=0xff).contains(&code) {
        return Some(code as u8);
    }
    (0x80u32..=0x9f).find(|&b| cp1252_char(b) == Some(c)).map(|b| b as u8)
}

/// UTF-8 text that was once read as Windows-1252 ("â€™" for "’"): the length of the garbled
/// run at the start of `s` and the character it stood for.
fn mojibake(s: &str) -> Option<(usize, char)> {
    let mut chars = s.char_indices();
    let (_, lead) = chars.next()?;
    let lead_byte = cp1252_byte(lead)?;
    let need = match lead_byte {
        0xc2..=0xdf => 1,
        0xe0..=0xef => 2,
        0xf0..=0xf4 => 3,
        _ => return None,
    };
    let mut bytes = [lead_byte, 0, 0, 0];
    let mut len = lead.len_utf8();
    for k in 1..=need {
        let (at, c) = chars.next()?;
        let b = cp1252_byte(c)?;
        if !(0x80..=0xbf).contains(&b) {
            // "â€" followed by something else is a right double quote whose last byte was lost.
            if k == 2 && bytes[..2] == [0xe2, 0x80] {
                return Some((at, '"'));
            }
            return None;
        }
        bytes[k] = b;
        len = at + c.len_utf8();
    }
    let decoded = std::str::from_utf8(&bytes[..=need]).ok()?.chars().next()?;
    Some((len, decoded))
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Piecewise map from cleaned offsets to original offsets.
#[derive(Debug, Default)]
struct OffsetMap {
    segments: Vec<Segment>,
}

/// A run of cleaned text and where it came from. An exact segment is a byte-for-byte copy;
/// any other maps as a whole onto its original range.
#[derive(Debug, Clone, Copy)]
struct Segment {
    clean: usize,
    clean_len: usize,
    orig: usize,
    orig_len: usize,
    exact: bool,
}

impl OffsetMap {
    fn segment_at(&self, clean: usize) -> Option<&Segment> {
        let i = self.segments.partition_point(|s| s.clean + s.clean_len <= clean);
        self.segments.get(i)
    }

    fn to_original_start(&self, clean: usize) -> usize {
        match self.segment_at(clean) {
            Some(s) if s.exact => s.orig + (clean - s.clean),
            Some(s) => s.orig,
            None => self.segments.last().map_or(0, |s| s.orig + s.orig_len),
        }
    }

    fn to_original_end(&self, clean_end: usize) -> usize {
        match self.segment_at(clean_end.saturating_sub(1)) {
            Some(s) if s.exact => s.orig + (clean_end - s.clean).min(s.orig_len),
            Some(s) => s.orig + s.orig_len,
            None => self.segments.last().map_or(0, |s| s.orig + s.orig_len),
        }
    }
}

struct Builder<'a> {
    original: &'a str,
    text: String,
    map: OffsetMap,
}

impl<'a> Builder<'a> {
    fn new(original: &'a str) -> Self {
        Builder { original, text: String::with_capacity(original.len()), map: OffsetMap::default() }
    }

    fn copy(&mut self, orig: Range<usize>) {
        let clean = self.text.len();
        self.text.push_str(&self.original[orig.clone()]);
        if let Some(last) = self.map.segments.last_mut() {
            if last.exact && last.clean + last.clean_len == clean && last.orig + last.orig_len == orig.start {
                last.clean_len += orig.len();
                last.orig_len += orig.len();
                return;
            }
        }
        self.map.segments.push(Segment {
            clean,
            clean_len: orig.len(),
            orig: orig.start,
            orig_len: orig.len(),
            exact: true,
        });
    }

    fn replace(&mut self, orig: Range<usize>, with: &str) {
        if with.is_empty() {
            return;
        }
        let clean = self.text.len();
        self.text.push_str(with);
        self.map.segments.push(Segment {
            clean,
            clean_len: with.len(),
            orig: orig.start,
            orig_len: orig.len(),
            exact: false,
        });
    }

    fn drop(&mut self, _orig: Range<usize>) {}

    /// Whether the cleaned text so far ends a line (or is empty).
    fn at_line_start(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }

    fn finish(self) -> Normalized<'a> {
        Normalized { original: self.original, text: self.text, map: self.map }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(s: &str) -> String {
        normalize(s).text().to_string()
    }

    #[test]
    fn plain_text_is_unchanged_and_maps_exactly() {
        let s = "Overall effectiveness\nInadequate";
        let n = normalize(s);
        assert_eq!(n.text(), s);
        assert_eq!(n.original_range(8..21), 8..21);
    }

    #[test]
    fn quotes_dashes_spaces_and_ligatures_become_plain() {
        assert_eq!(clean("children\u{2019}s \u{2018}good\u{2019}"), "children's 'good'");
        assert_eq!(clean("3 June \u{2013} 25 June"), "3 June - 25 June");
        assert_eq!(clean("a\u{a0}b\u{200b}c"), "a bc");
        assert_eq!(clean("e\u{fb03}cient"), "efficient");
        assert_eq!(clean("\u{25fc} item \u{f06e} next"), "  item   next");
    }

    #[test]
    fn mojibake_is_repaired_and_maps_to_the_garbled_bytes() {
        let s = "children\u{e2}\u{20ac}\u{2122}s services";
        let n = normalize(s);
        assert_eq!(n.text(), "children's services");
        let r = n.original_range(8..9);
        assert_eq!(&s[r], "\u{e2}\u{20ac}\u{2122}");
    }

    #[test]
    fn html_tags_entities_and_scripts_are_removed() {
        let s = "<p>Overall <b>effectiveness</b></p><script>alert('good')</script>&amp; done";
        assert_eq!(clean(s), "Overall effectiveness\n& done");
        assert_eq!(clean("<td>Good</td><td>x</td>"), "Good\tx\t");
    }

    #[test]
    fn markdown_marks_are_removed() {
        assert_eq!(clean("## **Overall effectiveness**\n### **Inadequate**"), "Overall effectiveness\nInadequate");
        assert_eq!(clean("see [the report](http://x.example/a) now"), "see the report now");
        assert_eq!(clean("---\n- item"), "\nitem");
    }

    #[test]
    fn ranges_over_replaced_text_cover_the_original() {
        let s = "<b>Good</b>";
        let n = normalize(s);
        assert_eq!(n.text(), "Good");
        assert_eq!(&s[n.original_range(0..4)], "Good");
    }

    #[test]
    fn lone_angle_brackets_and_ampersands_stay() {
        assert_eq!(clean("a < b & c > d"), "a < b & c > d");
        assert_eq!(clean("<18 years"), "<18 years");
    }
}
