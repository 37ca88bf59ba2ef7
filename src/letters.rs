//! Letter classes and case folding without the standard library's Unicode tables: small in
//! WebAssembly, and enough for English text that names people and places in other Latin,
//! Greek or Cyrillic spellings. Other scripts count as letters without case.

/// Whether `c` is a letter: Latin (with accents), Greek, Cyrillic, or any script from Armenian
/// on that is not punctuation, a symbol or a space.
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    match c as u32 {
        0x41..=0x5a | 0x61..=0x7a => true,
        0xaa | 0xb5 | 0xba => true,
        0xc0..=0x24f => c != '×' && c != '÷',
        0x250..=0x2af | 0x370..=0x3ff => !matches!(c as u32, 0x375 | 0x37e | 0x384 | 0x385 | 0x387),
        0x400..=0x52f => !matches!(c as u32, 0x482..=0x489),
        0x530..=0x1fff => true,
        0x2c00..=0x2dff | 0x3040..=0xd7ff | 0xf900..=0xfdff | 0xfe70..=0xfeff => c != '\u{feff}',
        0xff21..=0xff3a | 0xff41..=0xff5a => true,
        0x10000..=0x1f0ff | 0x20000..=0x3ffff => true,
        _ => false,
    }
}

/// Whether `c` is a digit (ASCII only: dates and numbers in these texts use no others).
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
}

/// Whether `c` is a letter or a digit.
pub fn is_alphanumeric(c: char) -> bool {
    is_digit(c) || is_letter(c)
}

/// Whether `c` is a capital letter.
pub fn is_capital(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    lower_char(c) != c
}

/// Whether `c` is a small letter.
pub fn is_small(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    upper_char(c) != c
}

/// The small form of a capital letter; anything else unchanged.
pub fn lower_char(c: char) -> char {
    let code = c as u32;
    let lowered = match code {
        0x41..=0x5a => code + 0x20,
        0xc0..=0xde if code != 0xd7 => code + 0x20,
        0x100..=0x137 | 0x14a..=0x177 if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17e if code % 2 == 1 => code + 1,
        0x178 => 0xff,
        0x391..=0x3ab if code != 0x3a2 => code + 0x20,
        0x410..=0x42f => code + 0x20,
        0x400..=0x40f => code + 0x50,
        _ => code,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// The capital form of a small letter; anything else unchanged.
pub fn upper_char(c: char) -> char {
    let code = c as u32;
    let raised = match code {
        0x61..=0x7a => code - 0x20,
        0xe0..=0xfe if code != 0xf7 => code - 0x20,
        0x100..=0x137 | 0x14a..=0x177 if code % 2 == 1 => code - 1,
        0x139..=0x148 | 0x179..=0x17e if code % 2 == 0 => code - 1,
        0xff => 0x178,
        0x3b1..=0x3cb if code != 0x3c2 => code - 0x20,
        0x430..=0x44f => code - 0x20,
        0x450..=0x45f => code - 0x50,
        _ => code,
    };
    char::from_u32(raised).unwrap_or(c)
}

/// `s` in small letters.
pub fn lower(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

/// Whether `s` starts with a capital letter.
pub fn starts_capital(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => s.chars().next().is_some_and(is_capital),
    }
}

/// Whether `s` starts with a small letter.
pub fn starts_small(s: &str) -> bool {
    s.chars().next().is_some_and(is_small)
}

/// `s` with its first letter a capital.
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => upper_char(first).to_string() + chars.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library_where_it_matters() {
        for c in ('\u{20}'..='\u{17f}').chain('\u{391}'..='\u{3c9}').chain('\u{400}'..='\u{45f}') {
            if c.is_alphabetic() && c.to_lowercase().count() == 1 && c.to_uppercase().count() == 1 {
                assert!(is_letter(c), "{c:?} is a letter");
                assert_eq!(lower_char(c), c.to_lowercase().next().unwrap(), "{c:?} lower");
                assert_eq!(is_capital(c), c.is_uppercase(), "{c:?} capital");
            }
            if c.is_ascii_punctuation() || c == ' ' || c == '×' {
                assert!(!is_letter(c), "{c:?} is no letter");
            }
        }
        assert!(is_letter('ŵ') && is_letter('ŷ') && is_letter('中') && !is_letter('€'));
        assert_eq!(lower("Máire ÉLODIE Łódź"), "máire élodie łódź");
        assert_eq!(capitalise("requires improvement"), "Requires improvement");
    }
}
