// The page's wiring: inputs, the reader worker, keeping the texts, evidence highlighting, exports.
// Nothing here sends anything anywhere: the page's Content-Security-Policy forbids it. The record
// of inspections has its own section (council.js).

import { LABELS, EXAMPLES, EXAMPLE_VIEW } from './pkg/prepared.js';
import { h, summary, comparisonTable, notTakenList, flat, longDate } from './render.js';
import { call, workerReady } from './reader.js';
import { loadBoxes, setBoxes, keepText, forgetText, forgetAll, TOO_LONG, REFUSED } from './store.js';
import { fileText, Unreadable } from './files.js';
import { startRecord, setPasted, shownCouncil } from './council.js';
import { markdownExport, csvExport, jsonExport } from './exports.js';

const MIN_INPUTS = 2;
const MAX_INPUTS = 12;

const $ = (id) => document.getElementById(id);

// ---- Inputs ------------------------------------------------------------------------------

/** Each input: its elements, what was last read from it, the state of its reading, of the
 * list of its grade words not taken (`words`; `explained` is the text it is for), and of keeping
 * its text in this browser (`key` names it in storage; `kept` is the text last kept).
 * @type {{ n: number, key: number, box: HTMLElement, ta: HTMLTextAreaElement, out: HTMLElement,
 *  words: HTMLElement, notes: { file: HTMLElement, keep: HTMLElement }, inspection: object|null,
 *  text: string, seq: number, timer: number, pending: boolean, explained: string|null,
 *  explainSeq: number, kept: string|null, saveSeq: number, saveTimer: number }[]} */
const slots = [];
const labels = LABELS; // the core's words for area and grade ids
let serial = 0; // ids for elements of inputs added later
let nextKey = 0; // storage keys of inputs added later

function inputName(slot) {
  return `Inspection ${slots.indexOf(slot) + 1}`;
}

/** Adds an input, with the text kept for it last time (`lost`: the length of one that was not). */
function addSlot({ key = nextKey++, text = '', lost = 0 } = {}) {
  const n = ++serial;
  const ta = h('textarea', {
    id: `text-${n}`, rows: 8, spellcheck: 'false', autocomplete: 'off',
    'aria-describedby': `notes-${n} read-${n}`,
    placeholder: 'Paste the text of a report, news story or press release here…',
  });
  ta.value = text;
  const file = h('input', { type: 'file', accept: FILE_TYPES, hidden: true, id: `file-${n}` });
  const label = h('label', { for: `text-${n}`, class: 'input-label' });
  const remove = h('button', { type: 'button', class: 'quiet remove' }, 'Remove');
  const choose = h('button', { type: 'button', class: 'quiet' }, 'Choose a file');
  const notes = {
    file: h('p', { class: 'note', dataset: { note: 'file' }, hidden: true }),
    keep: h('p', { class: 'note warning', dataset: { note: 'keep' }, hidden: true }),
  };
  const out = h('div', { class: 'read-out', id: `read-${n}`, 'aria-live': 'polite' });
  const words = h('div', { class: 'words-out' });
  const box = h('section', { class: 'input', dataset: { slot: n, kept: 'yes' } },
    h('div', { class: 'input-head' }, label, remove),
    ta,
    h('div', { class: 'file-row' }, choose, file, h('span', { class: 'hint' }, 'or drop a .txt or .pdf file on the box')),
    h('div', { class: 'box-notes', id: `notes-${n}`, 'aria-live': 'polite' }, notes.file, notes.keep),
    out, words);
  const slot = { n, key, box, ta, out, words, label, remove, choose, notes, inspection: null, text: '', seq: 0, timer: 0,
    pending: false, explained: null, explainSeq: 0, kept: lost ? null : text, saveSeq: 0, saveTimer: 0 };
  slots.push(slot);
  $('inputs').append(box);
  if (lost) setNote(slot, 'keep', lostNote(lost));

  ta.addEventListener('input', (e) => {
    // A paste is read and kept at once; typing when it pauses.
    const now = e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop';
    setNote(slot, 'file', null);
    saveSoon(slot, now ? 0 : 300);
    schedule(slot, now ? 0 : 250);
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
  words.addEventListener('click', (e) => {
    const b = e.target.closest('button.word-ref');
    if (b) showWord(slot, Number(b.dataset.start), Number(b.dataset.end));
  });
  relabel();
  return slot;
}

/** Shows `message` in one of a box's notes (`which`: 'file' or 'keep'), or hides it (null). */
function setNote(slot, which, message, warning = false) {
  const note = slot.notes[which];
  note.textContent = message ?? '';
  note.hidden = !message;
  if (which === 'file') note.classList.toggle('warning', warning);
}

function removeSlot(slot) {
  if (slots.length <= MIN_INPUTS) return;
  slots.splice(slots.indexOf(slot), 1);
  dropSlot(slot);
  relabel();
  setBoxes(slots.map((s) => s.key));
  forgetText(slot.key);
  compareSoon();
  $('add').focus();
}

/** Takes an input off the page, dropping any read or save on its way. */
function dropSlot(slot) {
  slot.seq++;
  slot.saveSeq++;
  clearTimeout(slot.timer);
  clearTimeout(slot.saveTimer);
  slot.box.remove();
}

function relabel() {
  slots.forEach((s, k) => {
    s.label.textContent = `Inspection ${k + 1}`;
    s.remove.hidden = slots.length <= MIN_INPUTS;
    s.remove.setAttribute('aria-label', `Remove inspection ${k + 1}`);
    s.choose.setAttribute('aria-label', `Choose a text or PDF file for inspection ${k + 1}`);
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
    forgetWords(slot);
  } else {
    try {
      const inspection = await call('read', text);
      if (seq !== slot.seq) return; // a newer read is on its way
      // (The same reading as on show, prepared for the example: nothing to redraw.)
      const same = slot.text === text && sameData(slot.inspection, inspection);
      slot.inspection = inspection;
      slot.text = text;
      if (!same) slot.out.replaceChildren(summary(inspection, labels, slot.n));
      if (slot.explained !== text) forgetWords(slot);
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
    showExports();
    hideEvidence();
    setPasted([]);
    return;
  }
  let view;
  try {
    view = await comparison(used);
  } catch (e) {
    if (seq !== compareSeq) return;
    current = null;
    $('headline').textContent = `The inspections could not be compared: ${e.message}`;
    $('comparison').replaceChildren();
    showExports();
    hideEvidence();
    setPasted(used.map((s) => ({ inspection: s.inspection, name: inputName(s) })));
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
  // The texts, earlier to later, for the record's section; then each text's grade words.
  const inOrder = view.order.filter((k) => k !== null && used[k]).map((k) => used[k]);
  setPasted(inOrder.map((s) => ({ inspection: s.inspection, name: inputName(s) })));
  used.forEach(explainSlot);
}

/**
 * The comparison of the texts of `used`: of one another, or, for one text about a council on
 * record, with the council's latest inspection on record before it (and the record's own entry
 * for the same inspection, which warns where they disagree). Without the record (it could not
 * be loaded), the text alone.
 */
async function comparison(used) {
  const inspections = used.map((s) => s.inspection);
  if (inspections.length === 1 && inspections[0].authority_code) {
    try {
      return await call('compare_with_record', inspections[0]);
    } catch {
      // The record section says why the record is missing.
    }
  }
  return call('compare', inspections);
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
  showExports();
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
  panel.replaceChildren(...[
    h('p', { class: 'evidence-head' },
      `${inputName(slot)}: ${labels.areas[j.area] ?? j.area}, ${labels.grades[j.grade] ?? j.grade}`,
      j.date ? ` (earlier inspection, ${longDate(j.date)})` : '', ', read from:'),
    h('blockquote', { dataset: { start: ev.start, end: ev.end } }, flat(ev.quote, 600)),
    stale ? h('p', { class: 'warning' }, 'The text has changed since it was read, so the passage is not selected.') : null,
    back,
  ].filter(Boolean));
  if (!stale) selectInBox(slot, ev.start, ev.end);
}

/** Selects `start`..`end` of a box's text, brought into view. */
function selectInBox(slot, start, end) {
  slot.ta.focus({ preventScroll: true });
  slot.ta.setSelectionRange(start, end, 'forward');
  const line = scrollToSelection(slot.ta, start);
  reveal(slot.box, slot.ta, line);
}

// ---- Grade words not taken ---------------------------------------------------------------

/** Lists under a box the grade words of its text that were not taken, and why, once the worker
 * has gone through them (after the comparison, so as not to hold it up). */
async function explainSlot(slot) {
  const text = slot.text;
  if (!text || slot.explained === text) return;
  const seq = ++slot.explainSeq;
  let left;
  try {
    left = await call('not_taken', text);
  } catch {
    return; // the reading itself says what went wrong
  }
  if (seq !== slot.explainSeq || slot.text !== text) return;
  slot.explained = text;
  const list = notTakenList(left);
  slot.words.replaceChildren(...(list ? [list] : []));
  slot.box.dataset.explained = String(left.count);
}

/** Takes a box's grade words away (its text is gone or has changed). */
function forgetWords(slot) {
  slot.explainSeq++;
  slot.explained = null;
  slot.words.replaceChildren();
  delete slot.box.dataset.explained;
}

/** Selects a grade word not taken in its box, if the text is still the one it was found in. */
function showWord(slot, start, end) {
  if (slot.explained !== slot.ta.value) {
    status('The text has changed since its grade words were listed; they are being listed again.');
    return;
  }
  selectInBox(slot, start, end);
}

/**
 * Scrolls a textarea so that `pos` is in view, a third of the way down (a mirror element
 * measures where it falls). Returns how far below the textarea's top that line now is, in px.
 */
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
  const y = mirror.scrollHeight; // the bottom of the line where `pos` is
  mirror.remove();
  ta.scrollTop = Math.max(0, y - ta.clientHeight / 3);
  return ta.clientTop + y - ta.scrollTop;
}

/**
 * Scrolls the page as little as it takes to show a box from its top to the bottom of its
 * textarea; when that is taller than the window, to show the selected line (`line` px below
 * the textarea's top) a third of the way down.
 */
function reveal(box, ta, line) {
  const margin = 8;
  const top = box.getBoundingClientRect().top - margin;
  const bottom = ta.getBoundingClientRect().bottom + margin;
  const view = document.documentElement.clientHeight;
  let by = 0;
  if (bottom - top > view) by = ta.getBoundingClientRect().top + line - view / 3;
  else if (top < 0) by = top;
  else if (bottom > view) by = bottom - view;
  if (Math.abs(by) < 1) return;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: by, behavior: smooth ? 'smooth' : 'auto' });
}

// ---- Files -------------------------------------------------------------------------------

/** What the file chooser offers: text (plain, HTML, Markdown) and PDF files. */
const FILE_TYPES = '.txt,.text,.md,.markdown,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf';

/** Puts the text of a file into an input, or says on the input why it cannot. */
async function loadFile(slot, file) {
  setNote(slot, 'file', `Reading ${file.name}…`);
  try {
    const text = await fileText(file);
    slot.ta.value = text;
    setNote(slot, 'file', `Read ${file.name}.`);
    saveSoon(slot, 0);
    schedule(slot, 0);
  } catch (e) {
    const message = e instanceof Unreadable ? e.message : `${file.name} could not be read: ${e?.message ?? e}`;
    setNote(slot, 'file', message, true);
  }
}

// ---- Keeping the texts in this browser (store.js) -----------------------------------------

const NOT_KEPT = {
  [TOO_LONG]: 'This text is too long to keep in this browser, so it will not be here after a reload.',
  [REFUSED]: 'This browser did not let the page keep this text, so it will not be here after a reload.',
};

/** What a box says when the text it held last time could not be kept. */
function lostNote(length) {
  return `The text in this box (${length.toLocaleString('en-GB')} characters) could not be kept in this browser; paste it again to read it.`;
}

/** Keeps an input's text after `delay` ms (typing) or at once (0: a paste, a file). The box's
 * data-kept says how that went: saving, yes or no. */
function saveSoon(slot, delay) {
  clearTimeout(slot.saveTimer);
  slot.box.dataset.kept = 'saving';
  slot.saveTimer = setTimeout(() => saveNow(slot), delay);
}

async function saveNow(slot) {
  clearTimeout(slot.saveTimer);
  slot.saveTimer = 0;
  const seq = ++slot.saveSeq;
  const text = slot.ta.value;
  const why = text === slot.kept ? null : await keepText(slot.key, text);
  if (seq !== slot.saveSeq) return; // a newer save is on its way
  slot.kept = why ? null : text;
  slot.box.dataset.kept = why ? 'no' : 'yes';
  setNote(slot, 'keep', why ? NOT_KEPT[why] : null);
}

/** Keeps at once what is waiting to be kept (the page is being left or hidden). */
function saveWaiting() {
  for (const s of slots) if (s.saveTimer) saveNow(s);
}

addEventListener('pagehide', saveWaiting);
document.addEventListener('visibilitychange', () => { if (document.hidden) saveWaiting(); });

function status(message) {
  $('status').textContent = message;
}

// ---- Buttons -----------------------------------------------------------------------------

/** Puts `texts` in the inputs (as many inputs as texts, at least two) and reads them; keeping
 * them is left to the caller. */
function setTexts(texts) {
  while (slots.length > Math.max(MIN_INPUTS, texts.length)) {
    const s = slots.pop();
    dropSlot(s);
    forgetText(s.key);
  }
  while (slots.length < texts.length) addSlot();
  slots.forEach((s, k) => {
    s.ta.value = texts[k] ?? '';
    setNote(s, 'file', null);
  });
  relabel();
  slots.forEach((s) => { s.pending = true; });
  slots.forEach((s) => schedule(s, 0));
}

function loadExample() {
  const texts = EXAMPLES.map((e) => e.text);
  const mine = slots.some((s) => s.ta.value.trim() && !texts.includes(s.ta.value));
  if (mine && !window.confirm('Replace the texts in the boxes with the example?')) return;
  showExample();
  keepExample();
}

/** Puts the example in the boxes and shows the reading the build prepared for it. */
function showExample() {
  setTexts(EXAMPLES.map((e) => e.text));
  showPreparedExample();
}

function keepExample() {
  setBoxes(slots.map((s) => s.key));
  slots.forEach((s) => saveSoon(s, 0));
  status(`Loaded the example: ${EXAMPLES.map((e) => e.name).join(' and ')}.`);
}

async function clearAll() {
  setTexts([]);
  for (const s of slots) {
    s.saveSeq++;
    clearTimeout(s.saveTimer);
    s.saveTimer = 0;
    s.kept = '';
    s.box.dataset.kept = 'yes';
    setNote(s, 'keep', null);
  }
  status('Cleared. Nothing is kept in this browser now.');
  slots[0].ta.focus();
  await forgetAll();
  setBoxes(slots.map((s) => s.key));
}

$('load-example').addEventListener('click', loadExample);
$('clear').addEventListener('click', clearAll);
$('add').addEventListener('click', () => {
  const s = addSlot();
  setBoxes(slots.map((x) => x.key));
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

/** The export buttons show when there is a comparison with rows, or a council on show. */
function showExports() {
  $('exports').hidden = !(current?.view.rows.length || shownCouncil());
}

/** What the exports hold: the comparison on show (when it has rows), and the council on show. */
function exported() {
  const view = current?.view.rows.length ? current.view : null;
  return { view, council: shownCouncil() };
}

$('copy-md').addEventListener('click', async () => {
  const { view, council } = exported();
  if (!view && !council) return;
  const md = await markdownExport(call, view, council, labels);
  const what = view && council ? 'the comparison and the council’s record' : view ? 'the comparison' : 'the council’s record';
  exportStatus(await copyText(md) ? `Copied ${what} as Markdown.` : 'Copying is not allowed here; nothing was copied.');
});
$('download-csv').addEventListener('click', async () => {
  const { view, council } = exported();
  if (!view && !council) return;
  download('ofsted-comparison.csv', 'text/csv', await csvExport(call, view, council));
  exportStatus('Downloaded ofsted-comparison.csv.');
});
$('download-json').addEventListener('click', () => {
  const { view, council } = exported();
  if (!view && !council) return;
  download('ofsted-comparison.json', 'application/json', jsonExport(view, council));
  exportStatus('Downloaded ofsted-comparison.json (evidence offsets count UTF-16 units).');
});

// ---- Start -------------------------------------------------------------------------------

async function start() {
  startRecord({ labels, changed: showExports });
  // #example shows the example at once; texts kept from an earlier visit, once read, take its
  // place (they are never replaced unasked).
  const example = location.hash === '#example';
  if (example) showExample();
  const kept = (await loadBoxes()).slice(0, MAX_INPUTS);
  nextKey = Math.max(nextKey, ...kept.map((b) => b.key + 1).filter(Number.isInteger));
  const mine = kept.some((b) => b.text.trim() || b.lost);
  if (example && !mine) {
    keepExample();
  } else {
    if (example) status('Your own texts were kept: “Try an example” replaces them.');
    while (slots.length) dropSlot(slots.pop());
    for (const box of kept) addSlot(box);
    while (slots.length < MIN_INPUTS) addSlot();
    const keys = slots.map((s) => s.key);
    if (keys.join() !== kept.map((b) => b.key).join()) setBoxes(keys);
    const filled = slots.filter((s) => s.ta.value.trim());
    filled.forEach((s) => { s.pending = true; });
    filled.forEach((s) => schedule(s, 0));
    if (example && !filled.length) compareSoon(); // take the example's table away
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
