//! Reads CSV text (RFC 4180: fields in double quotes may hold commas, quotes written twice and
//! line breaks; lines end in LF or CRLF; a byte order mark at the start is dropped). Used for
//! `data/` by `build.rs` and by the record, so one reader serves both.

/// The records of `text`, each a list of fields; blank lines are skipped.
pub fn records(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut record = vec![String::new()];
    let mut quoted = false;
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(ch) = chars.next() {
        let field = record.last_mut();
        match ch {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.into_iter().for_each(|f| f.push('"'));
            }
            '"' => quoted = !quoted,
            ',' if !quoted => record.push(String::new()),
            '\r' if !quoted => {}
            '\n' if !quoted => {
                let done = std::mem::replace(&mut record, vec![String::new()]);
                if done.len() > 1 || done.iter().any(|f| !f.is_empty()) {
                    out.push(done);
                }
            }
            _ => field.into_iter().for_each(|f| f.push(ch)),
        }
    }
    if record.len() > 1 || record.iter().any(|f| !f.is_empty()) {
        out.push(record);
    }
    out
}

/// The field of `record` in the column named `name` of `header`, or "" when either is missing.
pub fn field<'r>(header: &[String], record: &'r [String], name: &str) -> &'r str {
    header.iter().position(|h| h == name).and_then(|k| record.get(k)).map_or("", |f| f.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_commas_line_breaks_and_a_byte_order_mark() {
        let text = "\u{feff}a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n\n2,\"two\nlines\",\n3";
        let r = records(text);
        assert_eq!(r.len(), 4);
        assert_eq!(r[0], ["a", "b", "c"]);
        assert_eq!(r[1], ["1", "x, y", "say \"hi\""]);
        assert_eq!(r[2], ["2", "two\nlines", ""]);
        assert_eq!(r[3], ["3"]);
        assert_eq!(field(&r[0], &r[1], "b"), "x, y");
        assert_eq!(field(&r[0], &r[3], "c"), "");
        assert_eq!(field(&r[0], &r[1], "d"), "");
    }

    #[test]
    fn nothing_and_an_unclosed_quote() {
        assert!(records("").is_empty());
        assert!(records("\n\r\n").is_empty());
        assert_eq!(records("a,\"b\nc"), [vec!["a".to_string(), "b\nc".to_string()]]);
    }
}
