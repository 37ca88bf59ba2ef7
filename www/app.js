// The page's wiring: inputs, the reader worker, localStorage, evidence highlighting, exports.
// Nothing here sends anything anywhere: the page's Content-Security-Policy forbids it.

import { LABELS, EXAMPLES, EXAMPLE_VIEW } from './pkg/prepared.js';
import { h, summary, comparisonTable, flat } from './render.js';
import { call, workerReady } from './reader.js';

const STORE = 'ofsted-compare:'; // keys: ofsted-compare:count, ofsted-compare:text:0, ...
const MIN_INPUTS = 2;
const MAX_INPUTS = 12;

const $ = (id) => document.getElementById(id);

// ---- Inputs ------------------------------------------------------------------------------

/** Each input: its elements, what was last read from it, and the state of its reading.
 * @type {{ n: number, box: HTMLElement, ta: HTMLTextAreaElement, out: HTMLElement,
 *  inspection: object|null, text: string, seq: number, timer: number, pending: boolean }[]} */
const slots = [];
const labels = LABELS; // the core's words for area and grade ids
let serial = 0; // ids for elements of inputs added later

function inputName(slot) {
  return `Inspection ${slots.indexOf(slot) + 1}`;
}

function addSlot(text = '') {
  const n = ++serial;
  const ta = h('textarea', {
    id: `text-${n}`, rows: 8, spellcheck: 'false', autocomplete: 'off',
    'aria-describedby': `read-${n}`,
    placeholder: 'Paste the text of a report, news story or press release here…',
  });
  ta.value = text;
  const file = h('input', { type: 'file', accept: '.txt,.text,.pdf,text/plain,application/pdf', hidden: true, id: `file-${n}` });
  const label = h('label', { for: `text-${n}`, class: 'input-label' });
  const remove = h('button', { type: 'button', class: 'quiet remove' }, 'Remove');
  const choose = h('button', { type: 'button', class: 'quiet' }, 'Choose a file');
  const out = h('div', { class: 'read-out', id: `read-${n}`, 'aria-live': 'polite' });
  const box = h('section', { class: 'input', dataset: { slot: n } },
    h('div', { class: 'input-head' }, label, remove),
    ta,
    h('div', { class: 'file-row' }, choose, file, h('span', { class: 'hint' }, 'or drop a .txt or .pdf file on the box')),
    out);
  const slot = { n, box, ta, out, label, remove, choose, inspection: null, text: '', seq: 0, timer: 0, pending: false };
  slots.push(slot);
  $('inputs').append(box);

  ta.addEventListener('input', (e) => {
    save();
    // A paste is read at once; typing is read when it pauses.
    schedule(slot, e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop' ? 0 : 250);
  });
  choose.addEventListener('click', () => file.click());
  file.addEventListener('change', () => { if (file.files[0]) loadFile(slot, file.files[0]); file.value = ''; });
  box.addEventListener('dragover', (e) => { e.preventDefault(); box.classList.add('drop'); });
  box.addEventListener('dragleave', () => box.classList.remove('drop'));
  box.addEventListener('drop', (e) => {
    box.classList.remove('drop');
    const f = e.dataTransfer?.files?.[0];
    if (f) { e.preventDefault(); loadFile(slot, f); }
  });
  remove.addEventListener('click', () => removeSlot(slot));
  out.addEventListener('click', (e) => {
    const b = e.target.closest('button.chip');
    if (b) showEvidence(slot, b.dataset.list, Number(b.dataset.index), b);
  });
  relabel();
  return slot;
}

function removeSlot(slot) {
  if (slots.length <= MIN_INPUTS) return;
  slots.splice(slots.indexOf(slot), 1);
  slot.seq++; // drop any read on its way
  clearTimeout(slot.timer);
  slot.box.remove();
  relabel();
  save();
  compareSoon();
  $('add').focus();
}

function relabel() {
  slots.forEach((s, k) => {
    s.label.textContent = `Inspection ${k + 1}`;
    s.remove.hidden = slots.length <= MIN_INPUTS;
    s.remove.setAttribute('aria-label', `Remove inspection ${k + 1}`);
    s.choose.setAttribute('aria-label', `Choose a .txt or .pdf file for inspection ${k + 1}`);
  });
  $('add').disabled = slots.length >= MAX_INPUTS;
}

function schedule(slot, delay) {
  clearTimeout(slot.timer);
  slot.pending = true; // the comparison waits for every input being read
  if (delay) slot.timer = setTimeout(() => readSlot(slot), delay);
  else readSlot(slot);
}

async function readSlot(slot) {
  const seq = ++slot.seq;
  const text = slot.ta.value;
  if (!text.trim()) {
    slot.inspection = null;
    slot.text = '';
    slot.out.replaceChildren();
  } else {
    try {
      const inspection = await call('read', text);
      if (seq !== slot.seq) return; // a newer read is on its way
      // (The same reading as on show, prepared for the example: nothing to redraw.)
      const same = slot.text === text && sameData(slot.inspection, inspection);
      slot.inspection = inspection;
      slot.text = text;
      if (!same) slot.out.replaceChildren(summary(inspection, labels, slot.n));
    } catch (e) {
      if (seq !== slot.seq) return;
      slot.inspection = null;
      slot.out.replaceChildren(h('p', { class: 'warning' }, `This text could not be read: ${e.message}`));
    }
  }
  if (seq !== slot.seq) return;
  slot.pending = false;
  compareSoon();
}

// ---- The comparison ----------------------------------------------------------------------

let current = null; // { view, slots } of the comparison on show
let compareSeq = 0;
let compareTimer = 0;

function compareSoon() {
  clearTimeout(compareTimer);
  if (slots.some((s) => s.pending)) return; // the last read to finish compares
  compareTimer = setTimeout(compareNow, 0);
}

async function compareNow() {
  const seq = ++compareSeq;
  const used = slots.filter((s) => s.inspection);
  if (!used.length) {
    current = null;
    $('headline').textContent = 'Paste two inspections, or try the example, to see the comparison here.';
    $('comparison').replaceChildren();
    $('exports').hidden = true;
    hideEvidence();
    return;
  }
  let view;
  try {
    view = await call('compare', used.map((s) => s.inspection));
  } catch (e) {
    if (seq !== compareSeq) return;
    $('headline').textContent = `The inspections could not be compared: ${e.message}`;
    return;
  }
  if (seq !== compareSeq) return;
  const same = current && current.slots.length === used.length && current.slots.every((s, k) => s === used[k])
    && sameData(current.view, view);
  if (same) current.view = view; // the prepared example's comparison: left as it is, evidence open or not
  else showComparison(view, used);
  document.body.dataset.compared = String(Number(document.body.dataset.compared ?? 0) + 1);
  performance.mark('compared');
  registerServiceWorker();
}

/** Whether two readings or comparisons from the core are the same (plain data). */
function sameData(a, b) {
  return a != null && b != null && JSON.stringify(a) === JSON.stringify(b);
}

/** Puts a comparison of the inputs `used` on show. */
function showComparison(view, used) {
  current = { view, slots: used };
  $('headline').textContent = view.headline;
  const name = (k) => {
    const s = used[view.order[k] ?? -1];
    return s ? inputName(s) : '';
  };
  $('comparison').replaceChildren(comparisonTable(view, labels, name));
  $('exports').hidden = !view.rows.length;
  hideEvidence();
  performance.mark('shown');
}

/** Shows the example's reading as the build prepared it (pkg/prepared.js), while the worker
 * reads the texts just put in the boxes; its own reading replaces this one when it arrives. */
function showPreparedExample() {
  if (!EXAMPLES.every((example, k) => slots[k]?.ta.value === example.text)) return;
  EXAMPLES.forEach((example, k) => {
    const slot = slots[k];
    slot.inspection = example.inspection;
    slot.text = example.text;
    slot.out.replaceChildren(summary(example.inspection, labels, slot.n));
  });
  showComparison(EXAMPLE_VIEW, slots.slice(0, EXAMPLES.length));
}

$('comparison').addEventListener('click', (e) => {
  const b = e.target.closest('button.chip');
  if (!b || !current) return;
  const { view, slots: used } = current;
  const col = Number(b.dataset.col);
  const area = b.dataset.area;
  const earlier = view.columns.length - view.inspections.length;
  let k = col - earlier;
  let list = 'judgements';
  if (k < 0) { k = 0; list = 'previous'; } // earlier grades quoted by the only inspection
  const slot = used[view.order[k] ?? -1];
  if (!slot) return;
  const index = slot.inspection[list].findIndex((j) => j.area === area && j.grade === b.dataset.grade);
  showEvidence(slot, list, index, b);
});

// ---- Evidence ----------------------------------------------------------------------------

let evidenceReturn = null;

function hideEvidence() {
  $('evidence').hidden = true;
  $('evidence').replaceChildren();
}

/** Shows the passage a grade was read from and selects it in its input. */
function showEvidence(slot, list, index, from) {
  const j = slot.inspection?.[list]?.[index];
  const ev = j?.evidence?.[0];
  const panel = $('evidence');
  panel.hidden = false;
  evidenceReturn = from;
  const back = h('button', { type: 'button', class: 'quiet' }, 'Back to the grade');
  back.addEventListener('click', () => evidenceReturn?.focus());
  if (!ev) {
    panel.replaceChildren(h('p', {}, 'No passage was recorded for this grade.'), back);
    return;
  }
  const stale = slot.ta.value.slice(ev.start, ev.end) !== ev.quote;
  panel.replaceChildren(
    h('p', { class: 'evidence-head' },
      `${inputName(slot)}: ${labels.areas[j.area] ?? j.area}, ${labels.grades[j.grade] ?? j.grade}`,
      j.date ? ` (earlier inspection, ${j.date})` : '', ', read from:'),
    h('blockquote', { dataset: { start: ev.start, end: ev.end } }, flat(ev.quote, 600)),
    stale ? h('p', { class: 'warning' }, 'The text has changed since it was read, so the passage is not selected.') : null,
    back);
  if (stale) return;
  slot.ta.focus({ preventScroll: true });
  slot.ta.setSelectionRange(ev.start, ev.end, 'forward');
  scrollToSelection(slot.ta, ev.start);
  slot.box.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

/** Scrolls a textarea so that `pos` is in view (a mirror element measures where it falls). */
function scrollToSelection(ta, pos) {
  const cs = getComputedStyle(ta);
  const mirror = document.createElement('div');
  for (const p of ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'tabSize',
    'paddingTop', 'paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth', 'boxSizing']) {
    mirror.style[p] = cs[p];
  }
  Object.assign(mirror.style, {
    position: 'absolute', visibility: 'hidden', top: '0', left: '-9999px',
    whiteSpace: 'pre-wrap', overflowWrap: 'break-word', width: `${ta.clientWidth}px`,
  });
  mirror.textContent = ta.value.slice(0, pos);
  document.body.append(mirror);
  const y = mirror.scrollHeight;
  mirror.remove();
  ta.scrollTop = Math.max(0, y - ta.clientHeight / 3);
}

// ---- Files -------------------------------------------------------------------------------

function decodeText(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function loadFile(slot, file) {
  status(`Reading ${file.name}…`);
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const isPdf = /\.pdf$/i.test(file.name) || file.type === 'application/pdf'
      || (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46); // %PDF
    let text;
    if (isPdf) {
      const { pdfText } = await import('./pdftext.js'); // pdf.js loads only when a PDF arrives
      text = await pdfText(bytes);
    } else {
      text = decodeText(bytes);
    }
    slot.ta.value = text;
    save();
    schedule(slot, 0);
    status(`Read ${file.name} into ${inputName(slot)}.`);
  } catch (e) {
    status(`${file.name} could not be read: ${e.message}`);
  }
}

// ---- Storage: kept in this browser only --------------------------------------------------

let saveTimer = 0;
const stored = new Map(); // index -> text last written, so that unchanged (maybe huge) texts are not rewritten

function save() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, 300);
}

function saveNow() {
  clearTimeout(saveTimer);
  const texts = slots.map((s) => s.ta.value);
  try {
    for (let k = 0; k < MAX_INPUTS; k++) {
      const t = texts[k] ?? '';
      if ((stored.get(k) ?? '') === t) continue;
      if (t) localStorage.setItem(`${STORE}text:${k}`, t);
      else localStorage.removeItem(`${STORE}text:${k}`);
      stored.set(k, t);
    }
    if (texts.some((t) => t)) localStorage.setItem(`${STORE}count`, String(texts.length));
    else localStorage.removeItem(`${STORE}count`);
  } catch {
    status('These texts are too long to keep in this browser; they will be gone after a reload.');
  }
}

function forget() {
  clearTimeout(saveTimer);
  for (const key of Object.keys(localStorage)) if (key.startsWith(STORE)) localStorage.removeItem(key);
  stored.clear();
}

function restore() {
  try {
    const count = Math.min(MAX_INPUTS, Number(localStorage.getItem(`${STORE}count`)) || 0);
    const texts = [];
    for (let k = 0; k < count; k++) texts.push(localStorage.getItem(`${STORE}text:${k}`) ?? '');
    texts.forEach((t, k) => stored.set(k, t));
    return texts;
  } catch {
    return [];
  }
}

function status(message) {
  $('status').textContent = message;
}

// ---- Buttons -----------------------------------------------------------------------------

function setTexts(texts) {
  while (slots.length > Math.max(MIN_INPUTS, texts.length)) {
    const s = slots.pop();
    s.seq++;
    clearTimeout(s.timer);
    s.box.remove();
  }
  while (slots.length < texts.length) addSlot();
  slots.forEach((s, k) => { s.ta.value = texts[k] ?? ''; });
  relabel();
  slots.forEach((s) => { s.pending = true; });
  slots.forEach((s) => schedule(s, 0));
}

function loadExample() {
  const texts = EXAMPLES.map((e) => e.text);
  const mine = slots.some((s) => s.ta.value.trim() && !texts.includes(s.ta.value));
  if (mine && !window.confirm('Replace the texts in the boxes with the example?')) return;
  setTexts(texts);
  showPreparedExample();
  saveNow();
  status(`Loaded the example: ${EXAMPLES.map((e) => e.name).join(' and ')}.`);
}

$('load-example').addEventListener('click', loadExample);
$('clear').addEventListener('click', () => {
  setTexts([]);
  forget();
  status('Cleared. Nothing is kept in this browser now.');
  slots[0].ta.focus();
});
$('add').addEventListener('click', () => {
  const s = addSlot();
  save();
  s.ta.focus();
});

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function exportStatus(message) {
  $('export-status').textContent = message;
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fallback for browsers or contexts without the async clipboard: a hidden textarea.
    const ta = h('textarea', { class: 'visually-hidden', readonly: true, 'aria-hidden': 'true' });
    ta.value = text;
    document.body.append(ta);
    ta.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch { ok = false; }
    ta.remove();
    return ok;
  }
}

$('copy-md').addEventListener('click', async () => {
  if (!current) return;
  const md = await call('markdown', current.view);
  exportStatus(await copyText(md) ? 'Copied the comparison as Markdown.' : 'Copying is not allowed here; nothing was copied.');
});
$('download-csv').addEventListener('click', async () => {
  if (!current) return;
  download('ofsted-comparison.csv', 'text/csv', await call('csv', current.view));
  exportStatus('Downloaded ofsted-comparison.csv.');
});
$('download-json').addEventListener('click', () => {
  if (!current) return;
  const { inspections, rows, headline, warnings } = current.view;
  download('ofsted-comparison.json', 'application/json',
    `${JSON.stringify({ inspections, rows, headline, warnings }, null, 2)}\n`);
  exportStatus('Downloaded ofsted-comparison.json (evidence offsets count UTF-16 units).');
});

// ---- Start -------------------------------------------------------------------------------

async function start() {
  const saved = restore();
  for (let k = 0; k < Math.max(MIN_INPUTS, saved.length); k++) addSlot(saved[k] ?? '');
  const filledIn = slots.some((s) => s.ta.value.trim());
  if (location.hash === '#example' && !filledIn) loadExample();
  else {
    if (location.hash === '#example') status('Your own texts were kept: “Try an example” replaces them.');
    const filled = slots.filter((s) => s.ta.value.trim());
    filled.forEach((s) => { s.pending = true; });
    filled.forEach((s) => schedule(s, 0));
  }
  try {
    const version = await workerReady();
    $('version').textContent = `Version ${version}.`;
  } catch (e) {
    status(`The reader could not start in this browser: ${e.message}`);
    return;
  }
  document.body.dataset.ready = 'true';
  if (!slots.some((s) => s.pending)) registerServiceWorker();
}

start();

// The service worker (offline use) is registered once the page has shown its first result (or
// has nothing to show), so that filling its cache does not slow the first load down.
let registered = false;
function registerServiceWorker() {
  if (registered || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  registered = true;
  setTimeout(() => navigator.serviceWorker.register('sw.js').catch(() => {
    // Offline use is a bonus; the page works without it.
  }), 0);
}
