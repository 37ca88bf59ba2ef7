#!/usr/bin/env node
// Writes a small, valid PDF whose page text is a given .txt file, for the tests of PDF reading:
//   node scripts/make-pdf-fixture.mjs [--password PW] [--scan] IN.txt OUT.pdf
// Written by hand (no library): one or more A4 pages, Helvetica (a standard font, not embedded)
// in WinAnsiEncoding, each line a text object; a gap of two or more spaces starts a second column
// at x = 380, as the grade column of an inspection's summary table would.
//   --password PW  encrypts the file with the standard security handler (RC4, revision 2), so
//                  that it opens only with PW; an empty PW gives a file anyone can open whose
//                  owner has restricted printing and copying, as many published PDFs are.
//   --scan         leaves out the text: each page is a picture only, as a scanned report is.
// The output depends only on the input and the options, so the fixtures can be made again.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
let password = null;
let scan = false;
const files = [];
for (let k = 0; k < args.length; k++) {
  if (args[k] === '--password') password = args[++k] ?? '';
  else if (args[k] === '--scan') scan = true;
  else files.push(args[k]);
}
const [input, output] = files;
if (!input || !output || files.length !== 2) {
  console.error('usage: make-pdf-fixture.mjs [--password PW] [--scan] IN.txt OUT.pdf');
  process.exit(2);
}

// The few non-ASCII characters of the fixtures, in WinAnsiEncoding (octal escapes).
const WIN_ANSI = { '‘': '\\221', '’': '\\222', '“': '\\223', '”': '\\224', '–': '\\226', '—': '\\227' };
const pdfString = (s) => s.replace(/[\\()]/g, (c) => `\\${c}`)
  .replace(/[^\x20-\x7e\\]/gu, (c) => WIN_ANSI[c] ?? '?');

// Page contents: the text's lines, 50 to a page, or (for a scan) a grey picture filling the page.
const pageContent = (lines) => {
  if (scan) return 'q 595 0 0 842 0 0 cm /Im1 Do Q\n';
  let content = '';
  lines.forEach((line, k) => {
    const y = 800 - k * 15;
    const columns = line.trim() ? line.trim().split(/\s{2,}/) : [];
    columns.slice(0, 2).forEach((text, c) => {
      content += `BT /F1 10 Tf ${c ? 380 : 50} ${y} Td (${pdfString(text)}) Tj ET\n`;
    });
  });
  return content;
};

const lines = readFileSync(input, 'utf8').replace(/\r\n?/g, '\n').split('\n');
const PER_PAGE = 50;
const pages = [];
for (let k = 0; k < Math.max(1, lines.length); k += PER_PAGE) pages.push(lines.slice(k, k + PER_PAGE));

// Objects: a dictionary (text) or a stream ({ dict, data } with data as latin1 text).
const objects = []; // object n is objects[n - 1]
const add = (body) => objects.push(body) && objects.length;
const catalog = add(null);
const pagesObj = add(null);
const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
const picture = add({ dict: '/Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8', data: '\xc0'.repeat(16) });
const kids = [];
for (const page of pages) {
  const stream = add({ dict: '', data: pageContent(page) });
  kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] `
    + `/Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${picture} 0 R >> >> /Contents ${stream} 0 R >>`));
}
objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

// The standard security handler, revision 2 (PDF 1.7, 7.6.3, algorithms 1 to 4): a 40-bit RC4
// key from the padded password, the owner entry, the permissions and the file's id.
const md5 = (...parts) => createHash('md5').update(Buffer.concat(parts)).digest();
const rc4 = (key, data) => {
  const s = [...Array(256).keys()];
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
};
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const padded = (pw) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
const fileId = md5(readFileSync(input), Buffer.from(`${scan} ${password}`));
let encryptObj = null;
let objectKey = null;
if (password !== null) {
  const permissions = -44; // no printing, no copying
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const owner = rc4(md5(padded(`owner ${password}`)).subarray(0, 5), padded(password));
  const key = md5(padded(password), owner, p, fileId).subarray(0, 5);
  const user = rc4(key, PAD);
  encryptObj = add(`<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P ${permissions} >>`);
  objectKey = (n) => {
    const id = Buffer.from([n & 255, (n >> 8) & 255, (n >> 16) & 255, 0, 0]);
    return md5(key, id).subarray(0, 10);
  };
}

const chunks = [];
let length = 0;
const write = (data) => {
  const b = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  chunks.push(b);
  length += b.length;
};
write('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
const offsets = [];
objects.forEach((body, k) => {
  const n = k + 1;
  offsets.push(length);
  if (typeof body === 'string') {
    write(`${n} 0 obj\n${body}\nendobj\n`);
    return;
  }
  let data = Buffer.from(body.data, 'latin1');
  if (objectKey) data = rc4(objectKey(n), data);
  write(`${n} 0 obj\n<< ${body.dict} /Length ${data.length} >>\nstream\n`);
  write(data);
  write('\nendstream\nendobj\n');
});
const xref = length;
write(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
for (const o of offsets) write(`${String(o).padStart(10, '0')} 00000 n \n`);
const encrypt = encryptObj ? ` /Encrypt ${encryptObj} 0 R` : '';
const id = fileId.toString('hex');
write(`trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /ID [<${id}> <${id}>]${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`);
writeFileSync(output, Buffer.concat(chunks));
