//! What a file holds, told by its first bytes rather than its name: a PDF, text, or another
//! format the reader cannot take (an Office document, an image, an archive).

/// What a file's bytes say it is.
#[derive(Debug, PartialEq, Eq)]
pub enum Content {
    /// A PDF (`%PDF-` within its first kilobyte, where readers look for it).
    Pdf,
    /// Anything else not listed below: read as text (which may still turn out not to be words).
    Text,
    /// A known format that is neither text nor PDF, named for people ("a Word document").
    Other(&'static str),
}

/// Signatures of formats people save reports in or mistake for them, with their names.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an older Microsoft Office document (such as a .doc)"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
];

/// ZIP-based formats, told apart by the names of the parts they hold (listed again in the
/// archive's directory at its end, so they are looked for in the whole file).
const ZIP_PARTS: &[(&[u8], &str)] = &[
    (b"word/document.xml", "a Word document"),
    (b"xl/workbook.xml", "an Excel workbook"),
    (b"ppt/presentation.xml", "a PowerPoint presentation"),
    (b"mimetypeapplication/vnd.oasis.opendocument", "an OpenDocument file"),
    (b"mimetypeapplication/epub+zip", "an EPUB book"),
];

/// How far into a file a PDF's header may sit.
const LOOK: usize = 1024;

/// What `bytes` hold.
pub fn identify(bytes: &[u8]) -> Content {
    let head = &bytes[..bytes.len().min(LOOK)];
    if contains(head, b"%PDF-") {
        return Content::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        let zip = ZIP_PARTS.iter().find(|(part, _)| contains(bytes, part));
        return Content::Other(zip.map_or("a ZIP archive", |(_, name)| name));
    }
    if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        return Content::Other("a WebP image");
    }
    match SIGNATURES.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        Some((_, name)) => Content::Other(name),
        None => Content::Text,
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pdf_is_known_by_its_header_even_after_leading_bytes() {
        assert_eq!(identify(b"%PDF-1.7\n%\xe2\xe3"), Content::Pdf);
        assert_eq!(identify(b"\r\n\x00junk%PDF-1.4\n"), Content::Pdf);
        let late = [vec![b' '; LOOK], b"%PDF-1.4".to_vec()].concat();
        assert_eq!(identify(&late), Content::Text);
    }

    #[test]
    fn office_documents_images_and_archives_are_named() {
        let docx = [b"PK\x03\x04\x14\x00[Content_Types].xml".as_slice(), &[0x5a; 2000], b"word/document.xml"].concat();
        assert_eq!(identify(&docx), Content::Other("a Word document"));
        assert_eq!(identify(b"PK\x03\x04\x14\x00notes.txt"), Content::Other("a ZIP archive"));
        assert_eq!(identify(b"\x89PNG\r\n\x1a\n\x00\x00"), Content::Other("a PNG image"));
        assert_eq!(identify(b"\xff\xd8\xff\xe0\x00\x10JFIF"), Content::Other("a JPEG image"));
        assert_eq!(identify(b"RIFF\x10\x00\x00\x00WEBPVP8 "), Content::Other("a WebP image"));
        assert_eq!(
            identify(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00"),
            Content::Other("an older Microsoft Office document (such as a .doc)")
        );
    }

    #[test]
    fn anything_else_is_text() {
        assert_eq!(identify(b""), Content::Text);
        assert_eq!(identify("Overall effectiveness: Good".as_bytes()), Content::Text);
        assert_eq!(identify(b"\x00\x01\x02 control bytes"), Content::Text);
        assert_eq!(identify(b"PK is a pair of letters"), Content::Text);
    }
}
