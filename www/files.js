// The text of a file dropped or chosen: a text file (plain, HTML or Markdown; UTF-8, UTF-16 with
// its byte order mark, or else Windows-1252) or a PDF (through pdf.js, loaded only then). Any
// other file (a Word document, an image, ...) is refused rather than shown as gibberish.

/** What a box can read, said in every refusal. */
const READABLE = 'a box reads text files (.txt, .html, .md), PDFs and pasted text';

/** An error whose message is one sentence for people, about a file that gives no text. */
export class Unreadable extends Error {}

const starts = (bytes, ...sig) => sig.every((b, k) => bytes[k] === b);
const ascii = (s) => [...s].map((c) => c.charCodeAt(0));

/** Formats that are not text, by their first bytes. */
const NOT_TEXT = [
  ascii('PK\x03\x04'), // zip: .docx, .odt, .xlsx, .pages, .zip
  [0xd0, 0xcf, 0x11, 0xe0], // OLE: .doc, .xls
  ascii('{\\rtf'), // rich text: words among formatting codes
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  ascii('GIF8'),
  ascii('RIFF'), // WebP, WAV, AVI
  ascii('II*\x00'), ascii('MM\x00*'), // TIFF
];

/** Whether `file` is a PDF, by its first bytes, its type or its name. */
function isPdf(file, bytes) {
  return starts(bytes, ...ascii('%PDF')) || file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
}

/** Whether the bytes are text: no known binary signature, no NUL, few control characters. */
function looksLikeText(file, bytes) {
  if (/^(image|audio|video|font)\//.test(file.type)) return false;
  if (NOT_TEXT.some((sig) => starts(bytes, ...sig))) return false;
  const head = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return control <= head.length / 100;
}

/** The text of bytes: by their byte order mark, else UTF-8, else Windows-1252. */
function decodeText(bytes) {
  if (starts(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes);
  if (starts(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The text of a PDF; an Unreadable error when it is broken or has no text layer. */
async function pdfFileText(file, bytes) {
  let text;
  try {
    const { pdfText } = await import('./pdftext.js'); // pdf.js loads only when a PDF arrives
    text = await pdfText(bytes);
  } catch (e) {
    const why = String(e?.message ?? e).replace(/\.$/, '');
    throw new Unreadable(`${file.name} could not be read as a PDF (${why}); copy its text and paste it here instead.`);
  }
  if (!text.trim()) throw new Unreadable(`${file.name} has no text to read (it may be scanned pages); copy its text and paste it here instead.`);
  return text;
}

/** The text of a file, or an Unreadable error that says why there is none. */
export async function fileText(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!bytes.length) throw new Unreadable(`${file.name} is empty: there is no text in it to read.`);
  if (isPdf(file, bytes)) return pdfFileText(file, bytes);
  if (starts(bytes, 0xff, 0xfe) || starts(bytes, 0xfe, 0xff) || looksLikeText(file, bytes)) return decodeText(bytes);
  throw new Unreadable(`${file.name} is not a text file: ${READABLE}.`);
}
