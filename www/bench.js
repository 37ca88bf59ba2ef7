// The benchmark behind bench.html (driven by tests/web/page.test.mjs, which prints the figures).
import init, { read, compare } from './pkg/ofsted_compare.js';
import { EXAMPLES } from './pkg/prepared.js';

/** A small deterministic generator, so that every run reads the same text. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

const WORDS = ('children families social workers managers leaders partners plans assessments '
  + 'visits placements carers schools health police support risk decisions reviews supervision '
  + 'caseloads quality practice help protection permanence adoption leaving care advisers '
  + 'housing education employment stability progress outcomes timely consistent thorough '
  + 'effective improving strong weak variable clear recorded audited understood').split(' ');
const HEADINGS = ['The experiences and progress of children who need help and protection',
  'The experiences and progress of children in care', 'Leadership and management',
  'What needs to improve', 'Information about this local authority area', 'Recommendations'];

/** A report-like text of about `bytes` UTF-8 bytes: the 2014 example, then long sections. */
function syntheticReport(bytes) {
  const random = rng(2014);
  const pick = (list) => list[Math.floor(random() * list.length)];
  let text = `${EXAMPLES[1].text}\n`;
  let n = 1;
  while (new TextEncoder().encode(text).length < bytes) {
    text += `\n${n}. ${pick(HEADINGS)}\n\n`;
    for (let p = 0; p < 4; p++) {
      const sentences = [];
      for (let s = 0; s < 5; s++) {
        const words = Array.from({ length: 8 + Math.floor(random() * 14) }, () => pick(WORDS));
        words[0] = words[0][0].toUpperCase() + words[0].slice(1);
        sentences.push(`${words.join(' ')}.`);
      }
      text += `${n}.${p + 1} ${sentences.join(' ')}\n\n`;
    }
    n++;
  }
  return text;
}

/** The median of `runs` timings of `fn`, after two warm-up calls. */
function time(fn, runs) {
  fn();
  fn();
  const t = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    fn();
    t.push(performance.now() - start);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)];
}

async function main() {
  const out = document.getElementById('out');
  const t0 = performance.now();
  await init();
  const initMs = performance.now() - t0;

  const report = syntheticReport(100 * 1024);
  const bytes = new TextEncoder().encode(report).length;
  const readMs = time(() => read(report), 15);

  // 500 inspections: the example pair again and again, each with its own inspection year.
  const texts = [];
  for (let k = 0; k < 500; k++) {
    const base = EXAMPLES[k % 2].text;
    const year = 2009 + (k % 16);
    texts.push(base.replace(/\b(2012|2014)\b/g, String(year)));
  }
  const t1 = performance.now();
  const inspections = texts.map((t) => read(t));
  const read500Ms = performance.now() - t1;
  const compareMs = time(() => compare(inspections), 5);
  const compareTextsMs = time(() => compare(texts), 3);

  const result = {
    init_ms: initMs,
    read_bytes: bytes,
    read_ms: readMs,
    read_mb_per_s: bytes / 1e6 / (readMs / 1000),
    read_500_ms: read500Ms,
    compare_500_ms: compareMs,
    compare_500_texts_ms: compareTextsMs,
    judgements_in_report: read(report).judgements.length,
  };
  out.textContent = [
    `init (fetch + compile + instantiate): ${initMs.toFixed(1)} ms`,
    `read, ${(bytes / 1024).toFixed(0)} KB report: ${readMs.toFixed(2)} ms median, ${result.read_mb_per_s.toFixed(2)} MB/s`,
    `read of 500 short reports: ${read500Ms.toFixed(1)} ms`,
    `compare of 500 inspections (objects): ${compareMs.toFixed(1)} ms median`,
    `compare of 500 texts (reads included): ${compareTextsMs.toFixed(1)} ms median`,
  ].join('\n');
  window.BENCH = result;
  document.body.dataset.done = 'true';
}

main().catch((e) => {
  document.getElementById('out').textContent = `Failed: ${e?.message ?? e}`;
  window.BENCH = { error: String(e) };
  document.body.dataset.done = 'true';
});
