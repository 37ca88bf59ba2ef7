#!/usr/bin/env node
// Writes a small, valid PDF whose page text is a given .txt file, for the browser test of PDF
// reading: `node scripts/make-pdf-fixture.mjs IN.txt OUT.pdf`. Written by hand (no library):
// one or more A4 pages, Helvetica (a standard font, not embedded) in WinAnsiEncoding, each line
// a text object; a gap of two or more spaces starts a second column at x = 380, as the grade
// column of an inspection's summary table would.
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: make-pdf-fixture.mjs IN.txt OUT.pdf');
  process.exit(2);
}

// The few non-ASCII characters of the fixtures, in WinAnsiEncoding (octal escapes).
const WIN_ANSI = { '‘': '\\221', '’': '\\222', '“': '\\223', '”': '\\224', '–': '\\226', '—': '\\227' };
const pdfString = (s) => s.replace(/[\\()]/g, (c) => `\\${c}`)
  .replace(/[^\x20-\x7e\\]/gu, (c) => WIN_ANSI[c] ?? '?');

const lines = readFileSync(input, 'utf8').replace(/\r\n?/g, '\n').split('\n');
const PER_PAGE = 50;
const pages = [];
for (let k = 0; k < Math.max(1, lines.length); k += PER_PAGE) pages.push(lines.slice(k, k + PER_PAGE));

const objects = []; // body of object n is objects[n - 1]
const add = (body) => objects.push(body) && objects.length;
const catalog = add(null);
const pagesObj = add(null);
const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
const kids = [];
for (const page of pages) {
  let content = '';
  page.forEach((line, k) => {
    const y = 800 - k * 15;
    const columns = line.trim() ? line.trim().split(/\s{2,}/) : [];
    columns.slice(0, 2).forEach((text, c) => {
      content += `BT /F1 10 Tf ${c ? 380 : 50} ${y} Td (${pdfString(text)}) Tj ET\n`;
    });
  });
  const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}endstream`);
  kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] `
    + `/Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`));
}
objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
const offsets = [];
objects.forEach((body, k) => {
  offsets.push(Buffer.byteLength(pdf, 'latin1'));
  pdf += `${k + 1} 0 obj\n${body}\nendobj\n`;
});
const xref = Buffer.byteLength(pdf, 'latin1');
pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
writeFileSync(output, Buffer.from(pdf, 'latin1'));
