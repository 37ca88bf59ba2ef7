//! One named input (a file, or `-` for standard input) read into its text and an inspection:
//! its bytes are told apart by content (PDF, text, or a format the reader cannot take), a PDF's
//! text layer is taken out, and the text is read like a paste.

use std::io::Read;
use std::path::Path;

use ofsted_compare::{decode, extract, Inspection, Warning};

use super::content::{identify, Content};
use super::pdf;

/// The inspection read from `name`, or one plain sentence naming it and saying why it could not
/// be read.
pub fn inspection(name: &str) -> Result<Inspection, String> {
    let (text, warning) = text(name)?;
    let mut inspection = extract(&text);
    inspection.warnings.splice(0..0, warning);
    Ok(inspection)
}

/// The text of `name` (a PDF's text layer, or the file's text), with a warning when it was not
/// UTF-8; or one plain sentence naming it and saying why it could not be read.
pub fn text(name: &str) -> Result<(String, Option<Warning>), String> {
    let bytes = read_bytes(name)?;
    let name = if name == "-" { "standard input" } else { name };
    match identify(&bytes) {
        Content::Pdf => pdf::text(&bytes).map(|text| (text, None)).map_err(|p| p.sentence(name)),
        Content::Other(what) => Err(format!("{name} is {what}, not a PDF or text; save it as a PDF or as text first.")),
        Content::Text if named_pdf(name) && std::str::from_utf8(&bytes).is_err() => {
            Err(format!("{name} is named as a PDF but is not one (it does not begin with %PDF), nor text."))
        }
        Content::Text => {
            let (text, warning) = decode(&bytes);
            Ok((text.into_owned(), warning))
        }
    }
}

fn named_pdf(name: &str) -> bool {
    Path::new(name).extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
}

fn read_bytes(name: &str) -> Result<Vec<u8>, String> {
    if name == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("could not read standard input: {e}."))?;
        return Ok(bytes);
    }
    std::fs::read(name).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("{name}: no such file."),
        std::io::ErrorKind::PermissionDenied => format!("{name}: permission denied."),
        _ if Path::new(name).is_dir() => format!("{name} is a folder, not a file."),
        _ => format!("{name}: could not be read ({e})."),
    })
}
