// Text from a PDF, through pdf.js (npm pdfjs-dist, copied to pkg/pdfjs by scripts/build.sh).
// Imported by the page only when a PDF arrives; pdf.js runs its own worker from this origin.

const BASE = new URL('./pkg/pdfjs/', import.meta.url);

/** The text of every page, in reading order: lines kept, wide gaps (table columns) kept as spaces. */
export async function pdfText(bytes) {
  const pdfjs = await import(new URL('pdf.min.mjs', BASE).href);
  pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdf.worker.min.mjs', BASE).href;
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false, // no eval: the page's CSP forbids it
    disableFontFace: true, // text only: no fonts are added to the page
    useSystemFonts: false,
    verbosity: 0, // errors only
  });
  const doc = await task.promise;
  try {
    const pages = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pages.push(pageText(content.items));
      page.cleanup();
    }
    return pages.join('\n\n');
  } finally {
    await task.destroy();
  }
}

function pageText(items) {
  let out = '';
  let lastY = null;
  let lastEnd = null;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const [, , , , x, y] = item.transform;
    const size = Math.hypot(item.transform[2], item.transform[3]) || 10;
    if (lastY !== null && Math.abs(y - lastY) > size * 0.5) {
      out += '\n';
      lastEnd = null;
    } else if (lastEnd !== null && item.str) {
      const gap = x - lastEnd;
      if (gap > size * 2) out += '    '; // a column gap, as in a summary table
      else if (gap > size * 0.15 && !out.endsWith(' ') && !item.str.startsWith(' ')) out += ' ';
    }
    out += item.str;
    if (item.str) {
      lastY = y;
      lastEnd = x + item.width;
    }
    if (item.hasEOL) {
      out += '\n';
      lastEnd = null;
      lastY = null;
    }
  }
  return out.replace(/[ \t]+\n/g, '\n').trimEnd();
}
