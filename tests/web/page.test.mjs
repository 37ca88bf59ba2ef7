// Browser tests of the page (www/): reading, comparing, evidence, keeping texts, files, offline
// use, exports, phones and keyboards, speed. Run with the others: node --test tests/web/
// (tests/web/harness.mjs serves the page; see it for WEB_TEST_PORT). Screenshots and figures go
// to test-results/; with UPDATE_SCREENSHOT=1 the screenshot of the compared example also replaces
// docs/screenshot.png.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ROOT, RESULTS, FIXTURES, BASE, ORIGIN, figures, serve, fixture, example, open, compared, waitCompared, loadExample,
  table, row, paste, waitServiceWorker, box, until,
} from './harness.mjs';

serve({ offset: 0, figuresFile: 'web-figures.json' });

const COLD_LOAD_BUDGET_MS = 300;

const CP2012 = example('cambridgeshire-2012-child-protection.txt');
const SIF2014 = example('cambridgeshire-2014-single-inspection.txt');
const ILACS2019 = fixture('borsetshire-2019-ilacs.txt');
const ILACS2023 = fixture('borsetshire-2023-ilacs.txt');

function pdfFixture(txt) {
  const dir = mkdtempSync(join(tmpdir(), 'ofsted-pdf-'));
  const out = join(dir, txt.replace(/\.txt$/, '.pdf'));
  execFileSync('node', [join(ROOT, 'scripts/make-pdf-fixture.mjs'), join(FIXTURES, txt), out]);
  return out;
}

/** Waits until box `k` has kept its text in this browser (or failed to: `kept` is 'no'). */
async function waitKept(page, k, kept = 'yes') {
  await page.waitForSelector(`${box(k)}[data-kept="${kept}"]`, { timeout: 60000 });
}

/** What this browser keeps for the page (IndexedDB): `{ boxes, texts }`, texts by box key. */
function keptInBrowser(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('ofsted-compare');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('texts')) { db.close(); resolve({ boxes: null, texts: {} }); return; }
      const tx = db.transaction(['texts', 'meta']);
      const boxes = tx.objectStore('meta').get('boxes');
      const keys = tx.objectStore('texts').getAllKeys();
      const values = tx.objectStore('texts').getAll();
      tx.oncomplete = () => {
        db.close();
        resolve({ boxes: boxes.result ?? null, texts: Object.fromEntries(keys.result.map((k, i) => [k, values.result[i]])) });
      };
    };
  }));
}

/** `length` characters of letters and spaces that no compression shrinks much (always the same). */
function noise(length) {
  let seed = 2026;
  const chars = [];
  for (let k = 0; k < length; k++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    chars.push('abcdefghijklmnopqrstuvwxyz   '[(seed >>> 16) % 29]);
  }
  return chars.join('');
}

/** Puts `text` in box `k` as a paste does (too long for the clipboard helper to be quick). */
async function pasteLong(page, k, text) {
  await page.evaluate(([sel, t]) => {
    const ta = document.querySelector(`${sel} textarea`);
    ta.value = t;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, [box(k), text]);
}

/** Box `k`'s note ('file': about a file put in it; 'keep': about keeping its text), or '' when
 * none is shown. */
function note(page, k, which) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return el && !el.hidden && el.checkVisibility() ? el.textContent : '';
  }, `${box(k)} [data-note="${which}"]`);
}

/** Drops a file made of `bytes` on box `k`, as a person drags one from their desktop. */
async function dropFile(page, k, name, type, bytes) {
  const drop = await page.evaluateHandle(([b, n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(b)], n, { type: t }));
    return dt;
  }, [[...bytes], name, type]);
  await page.dispatchEvent(box(k), 'dragover', { dataTransfer: drop });
  await page.dispatchEvent(box(k), 'drop', { dataTransfer: drop });
}

test('the example loads and shows the right table', async () => {
  const { context, page, errors } = await open();
  await loadExample(page);
  assert.equal(await page.textContent('#headline'), 'Cambridgeshire: overall effectiveness improved by two grades, from inadequate to good.');
  const rows = await table(page);
  const overall = row(rows, 'overall');
  assert.deepEqual(overall.grades, ['inadequate', 'good']);
  assert.deepEqual(overall.chips, ['Inadequate', 'Good']);
  assert.equal(overall.steps, '2');
  assert.match(overall.changeText, /^↑ up 2/);
  const help = row(rows, 'help_protection');
  assert.deepEqual(help.grades, ['inadequate', 'requires_improvement']);
  assert.equal(help.steps, '1');
  assert.match(help.changeText, /^↑ up 1/);
  const leadership = row(rows, 'leadership');
  assert.deepEqual(leadership.grades, ['adequate', 'good']);
  assert.equal(leadership.steps, '1');
  for (const area of ['children_in_care', 'care_leavers', 'adoption', 'lscb']) {
    assert.deepEqual(row(rows, area).grades, [null, 'good'], area);
    assert.equal(row(rows, area).change, 'new', area);
  }
  assert.deepEqual(row(rows, 'quality_of_practice').grades, ['inadequate', null]);
  assert.match(row(rows, 'quality_of_practice').changeText, /dropped/);
  // Notes are in words, and each input says what was read from it.
  assert.match(await page.textContent('ol.notes'), /same step/);
  const read1 = await page.textContent('#inputs .input:nth-child(1) .read');
  assert.match(read1, /Cambridgeshire County Council/);
  assert.match(read1, /Inspected 10 September 2012 to 20 September 2012/);
  assert.match(await page.textContent('#inputs .input:nth-child(2) .read'), /published 8 August 2014/);
  await page.screenshot({ path: join(RESULTS, 'example.png'), fullPage: true });
  if (process.env.UPDATE_SCREENSHOT) copyFileSync(join(RESULTS, 'example.png'), join(ROOT, 'docs/screenshot.png'));
  assert.deepEqual(errors, []);
  await context.close();
});

test(`a cold load shows the example's result (budget ${COLD_LOAD_BUDGET_MS} ms)`, async (t) => {
  // The example's result shows first from the reading the build prepared (pkg/prepared.js);
  // the worker's own reading of the texts arrives later and must agree with it, leaving the
  // table as it was.
  const shown = [];
  const live = [];
  for (let k = 0; k < 5; k++) {
    const { context, page, errors } = await open();
    await page.goto(`${BASE}#example`);
    await page.waitForSelector('#comparison table.comparison');
    await page.evaluate(() => { window.firstTable = document.querySelector('#comparison table.comparison'); });
    const first = await table(page);
    await waitCompared(page);
    assert.deepEqual(await table(page), first, 'the live reading changed the example table');
    assert.equal(first.length, 8);
    assert.ok(await page.evaluate(() => window.firstTable === document.querySelector('#comparison table.comparison')),
      'the live reading redrew the example table');
    const marks = await page.evaluate(() => ['shown', 'compared'].map((m) => performance.getEntriesByName(m)[0].startTime));
    shown.push(marks[0]);
    live.push(marks[1]);
    assert.deepEqual(errors, []);
    await context.close();
  }
  const stats = (times) => {
    const sorted = [...times].sort((a, b) => a - b);
    return { runs: times.map(Math.round), median: Math.round(sorted[Math.floor(sorted.length / 2)]), best: Math.round(sorted[0]) };
  };
  figures.cold_load_ms = stats(shown);
  figures.cold_load_live_ms = stats(live);
  t.diagnostic(`cold load to the example table, navigation start to rendered: ${figures.cold_load_ms.runs.join(', ')} ms; `
    + `median ${figures.cold_load_ms.median} ms, best ${figures.cold_load_ms.best} ms (budget ${COLD_LOAD_BUDGET_MS} ms)`);
  t.diagnostic(`the worker's own reading of the example arrived at: ${figures.cold_load_live_ms.runs.join(', ')} ms; `
    + `median ${figures.cold_load_live_ms.median} ms`);
  // The budget is reported, not asserted: on a shared 2-core machine the figure swings with
  // load. A gross regression (ten times over) still fails.
  assert.ok(figures.cold_load_ms.median < COLD_LOAD_BUDGET_MS * 10, `median cold load ${figures.cold_load_ms.median} ms`);
});

test('pasting two texts updates the table', async () => {
  const { context, page, errors } = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
  await loadExample(page);
  let n = await compared(page);
  await paste(page, '#inputs .input:nth-child(1) textarea', ILACS2023); // later one first: order is by date
  await paste(page, '#inputs .input:nth-child(2) textarea', ILACS2019);
  await page.waitForFunction(() => document.querySelector('#headline').textContent.includes('from inadequate to good')
    && document.querySelector('#comparison table.comparison th')?.parentElement.textContent.includes('2019'));
  await waitCompared(page, n);
  const rows = await table(page);
  assert.deepEqual(row(rows, 'overall').grades, ['inadequate', 'good']);
  assert.equal(row(rows, 'overall').steps, '2');
  assert.deepEqual(row(rows, 'children_in_care').grades, ['inadequate', 'good']);
  assert.deepEqual(row(rows, 'leadership').grades, ['requires_improvement', 'good']);
  assert.equal(row(rows, 'care_leavers').change, 'new');
  // The columns say which input each inspection came from.
  const heads = await page.$$eval('#comparison table.comparison thead .from-input', (els) => els.map((e) => e.textContent));
  assert.deepEqual(heads, ['Inspection 2', 'Inspection 1']);
  // A third input makes a timeline.
  n = await compared(page);
  await page.click('#add');
  await paste(page, '#inputs .input:nth-child(3) textarea', CP2012);
  await waitCompared(page, n);
  await page.waitForFunction(() => document.querySelectorAll('#comparison table.comparison thead th').length === 5);
  assert.deepEqual(errors, []);
  await context.close();
});

test('clicking a grade highlights its evidence in the input', async () => {
  const { context, page, errors } = await open();
  await loadExample(page);
  // The 2014 overall grade: its text has a curly apostrophe and an en dash before the quote,
  // so UTF-8 byte offsets would select the wrong passage.
  await page.click('#comparison tr[data-area="overall"] td[data-col="1"] button.chip');
  const sel = await page.evaluate(() => {
    const ta = document.activeElement;
    const q = document.querySelector('#evidence blockquote');
    return {
      tag: ta.tagName, id: ta.id,
      selected: ta.value.slice(ta.selectionStart, ta.selectionEnd),
      start: ta.selectionStart, end: ta.selectionEnd,
      quote: q.textContent, qstart: Number(q.dataset.start), qend: Number(q.dataset.end),
    };
  });
  assert.equal(sel.tag, 'TEXTAREA');
  assert.equal(sel.start, sel.qstart);
  assert.equal(sel.end, sel.qend);
  assert.equal(sel.selected.replace(/\s+/g, ' ').trim(), sel.quote);
  assert.match(sel.selected, /Children’s services in Cambridgeshire are good/);
  assert.equal(sel.start, SIF2014.indexOf('Children’s services in Cambridgeshire are good'));
  // A table-row grade of the 2012 report, through the input's own list of grades.
  await page.click('#inputs .input:nth-child(1) .read button.chip[data-index="0"]');
  const selected = await page.evaluate(() => {
    const ta = document.activeElement;
    return ta.value.slice(ta.selectionStart, ta.selectionEnd);
  });
  assert.match(selected, /^Overall effectiveness\s+Inadequate$/);
  assert.match(await page.textContent('#evidence'), /Inspection 1: Overall effectiveness, Inadequate/);
  // The panel holds its heading, the quote and the way back, and no stray text ("null").
  assert.deepEqual(await page.evaluate(() => [...document.querySelector('#evidence').childNodes].map((n) => n.nodeName)),
    ['P', 'BLOCKQUOTE', 'BUTTON']);
  assert.doesNotMatch(await page.textContent('#evidence'), /null|undefined/);
  // "Back to the grade" returns the focus.
  await page.click('#evidence button');
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('chip')), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('one inspection is set against the earlier grades it quotes', async () => {
  const { context, page, errors } = await open();
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  const quoted = 'At its previous inspection in 2019, Borsetshire’s children’s services were judged inadequate overall.';
  await page.fill('#inputs .input:nth-child(1) textarea', `${ILACS2023}\n${quoted}\n`);
  await waitCompared(page);
  const overall = row(await table(page), 'overall');
  assert.deepEqual(overall.grades, ['inadequate', 'good']);
  assert.equal(overall.steps, '2');
  assert.match(await page.textContent('#comparison table.comparison thead'), /quoted in Inspection 1/);
  await page.click('#comparison tr[data-area="overall"] td[data-col="0"] button.chip');
  const selected = await page.evaluate(() => {
    const ta = document.activeElement;
    return ta.value.slice(ta.selectionStart, ta.selectionEnd);
  });
  assert.ok(quoted.includes(selected) || selected.includes('judged inadequate'), selected);
  assert.match(selected, /inadequate/);
  assert.match(await page.textContent('#evidence'), /earlier inspection, 2019/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reload keeps the text and clear removes it', async () => {
  const { context, page, errors } = await open();
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  await page.fill(`${box(1)} textarea`, ILACS2019);
  await page.fill(`${box(2)} textarea`, ILACS2023);
  await waitCompared(page);
  await waitKept(page, 1);
  await waitKept(page, 2);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.inputValue(`${box(1)} textarea`), ILACS2019);
  assert.equal(await page.inputValue(`${box(2)} textarea`), ILACS2023);
  await waitCompared(page);
  assert.deepEqual(row(await table(page), 'overall').grades, ['inadequate', 'good']);
  // The example's address shows the example at once, but texts kept here take its place.
  await page.goto(`${BASE}?again#example`);
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.inputValue(`${box(1)} textarea`), ILACS2019);
  assert.equal(await page.inputValue(`${box(2)} textarea`), ILACS2023);
  assert.equal(await page.textContent('#status'), 'Your own texts were kept: “Try an example” replaces them.');
  await page.waitForFunction(() => /2019/.test(document.querySelector('#comparison table.comparison thead')?.textContent));
  await page.click('#clear');
  assert.equal(await page.inputValue(`${box(1)} textarea`), '');
  await page.waitForFunction(() => !document.querySelector('#comparison table.comparison'));
  await page.waitForFunction(() => /Cleared/.test(document.querySelector('#status').textContent));
  await until(async () => Object.keys((await keptInBrowser(page)).texts).length === 0, 'a text is still kept after Clear');
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.inputValue(`${box(1)} textarea`), '');
  assert.equal(await page.inputValue(`${box(2)} textarea`), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the boxes come back in their order after a reload, without one that was removed', async () => {
  const { context, page, errors } = await open();
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  await page.click('#add');
  await page.click('#add');
  await page.fill(`${box(1)} textarea`, ILACS2019);
  await page.fill(`${box(2)} textarea`, CP2012);
  await page.fill(`${box(4)} textarea`, ILACS2023);
  for (const k of [1, 2, 4]) await waitKept(page, k);
  await page.click(`${box(2)} button.remove`);
  await until(async () => {
    const kept = await keptInBrowser(page);
    return kept.boxes?.length === 3 && Object.values(kept.texts).every((r) => r.text !== CP2012);
  }, 'the list of boxes was not kept, or the removed box\'s text still is');
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.deepEqual(await page.$$eval('#inputs textarea', (tas) => tas.map((t) => t.value)), [ILACS2019, '', ILACS2023]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a paste of several MB and a text in another box both survive a reload', async () => {
  // Browsers keep about 5 MB in localStorage, counted in UTF-16 units: a 5 MB paste is 10 MB.
  const { context, page, errors } = await open();
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  await page.fill(`${box(1)} textarea`, CP2012);
  await waitKept(page, 1);
  const big = `${SIF2014}\n${'Children are seen, heard and helped; plans are reviewed on time. '.repeat(80_000)}`.slice(0, 5_000_000);
  await pasteLong(page, 1, big); // in place of the text it held
  await page.fill(`${box(2)} textarea`, ILACS2023);
  await waitKept(page, 1);
  await waitKept(page, 2);
  assert.equal(await note(page, 1, 'keep'), '');
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.ok(await page.evaluate((n) => document.querySelector('#inputs .input:nth-child(1) textarea').value.length === n, big.length),
    'the large paste did not come back whole');
  assert.ok(await page.evaluate((t) => document.querySelector('#inputs .input:nth-child(1) textarea').value === t, big));
  assert.equal(await page.inputValue(`${box(2)} textarea`), ILACS2023);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a text too long to keep is said so on its box, and no older text comes back in its place', async () => {
  const { context, page, errors } = await open();
  // This origin may keep 2 MB in all (the browser's own quota, through DevTools; set before the
  // page first keeps anything, as the browser reads it then).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: ORIGIN, quotaSize: 2_000_000 });
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  await page.fill(`${box(1)} textarea`, ILACS2019);
  await page.fill(`${box(2)} textarea`, ILACS2023);
  await waitKept(page, 1);
  await waitKept(page, 2);
  const tooLong = `${ILACS2023}\n${noise(3_000_000)}`; // noise: the browser may compress what it keeps
  await pasteLong(page, 1, tooLong);
  await waitKept(page, 1, 'no');
  assert.equal(await note(page, 1, 'keep'), 'This text is too long to keep in this browser, so it will not be here after a reload.');
  assert.equal(await note(page, 2, 'keep'), '');
  // Another box is still kept after the failure.
  await page.fill(`${box(2)} textarea`, CP2012);
  await waitKept(page, 2);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.inputValue(`${box(1)} textarea`), '', 'an older text came back in place of the one not kept');
  assert.equal(await note(page, 1, 'keep'), `The text in this box (${tooLong.length.toLocaleString('en-GB')} characters) `
    + 'could not be kept in this browser; paste it again to read it.');
  assert.equal(await page.inputValue(`${box(2)} textarea`), CP2012);
  // A text that fits is kept again, and the note goes.
  await page.fill(`${box(1)} textarea`, ILACS2019);
  await waitKept(page, 1);
  assert.equal(await note(page, 1, 'keep'), '');
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.inputValue(`${box(1)} textarea`), ILACS2019);
  assert.deepEqual(errors, []);
  await context.close();
});

test('texts an earlier version kept in localStorage are moved to IndexedDB', async () => {
  const { context, page, errors } = await open();
  // The old keys are there before the page first runs (and only then: not on the reload).
  await context.addInitScript(([a, b]) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', 'yes');
    localStorage.setItem('ofsted-compare:count', '3');
    localStorage.setItem('ofsted-compare:text:0', a);
    localStorage.setItem('ofsted-compare:text:2', b);
  }, [ILACS2019, ILACS2023]);
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.locator('#inputs .input').count(), 3);
  assert.equal(await page.inputValue(`${box(1)} textarea`), ILACS2019);
  assert.equal(await page.inputValue(`${box(2)} textarea`), '');
  assert.equal(await page.inputValue(`${box(3)} textarea`), ILACS2023);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ofsted-compare:')).length), 0);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.inputValue(`${box(1)} textarea`), ILACS2019);
  assert.equal(await page.inputValue(`${box(3)} textarea`), ILACS2023);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a PDF is read through pdf.js, loaded only when it arrives', async () => {
  const { context, page, errors } = await open();
  const requests = [];
  // The page's own requests: the service worker keeps pdf.js for offline use whenever it installs.
  context.on('request', (r) => { if (!r.serviceWorker()) requests.push(r.url()); });
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(requests.filter((u) => u.includes('pdfjs')).length, 0, 'pdf.js loaded before any PDF');
  await page.setInputFiles('#inputs .input:nth-child(1) input[type=file]', pdfFixture('borsetshire-2023-ilacs.txt'));
  await page.waitForSelector('#inputs .input:nth-child(1) .read button.chip', { timeout: 20000 });
  const text = await page.inputValue('#inputs .input:nth-child(1) textarea');
  assert.match(text, /Borsetshire County Council/);
  assert.match(text, /children’s social care/); // WinAnsi ’ came through
  const grades = await page.$$eval('#inputs .input:nth-child(1) .read .grades li', (lis) => lis.map((li) => li.textContent));
  assert.ok(grades.some((g) => /Overall effectiveness.*Good/.test(g)), grades.join(' | '));
  assert.ok(grades.some((g) => /Care leavers.*Requires improvement/.test(g)), grades.join(' | '));
  assert.ok(requests.some((u) => u.endsWith('pkg/pdfjs/pdf.min.mjs')));
  assert.ok(requests.some((u) => u.endsWith('pkg/pdfjs/pdf.worker.min.mjs')));
  assert.equal(await note(page, 1, 'file'), 'Read borsetshire-2023-ilacs.pdf.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a dropped .txt file is read: UTF-8, else Windows-1252, or UTF-16 by its byte order mark', async () => {
  const { context, page, errors } = await open();
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  // The 2019 fixture as an old Windows file: its curly apostrophe is the single byte 0x92.
  await dropFile(page, 2, 'borsetshire-2019.txt', 'text/plain', Buffer.from(ILACS2019.replace(/’/g, '\x92'), 'latin1'));
  await page.waitForSelector(`${box(2)} .read button.chip`);
  assert.equal(await page.inputValue(`${box(2)} textarea`), ILACS2019);
  assert.match(await page.textContent(`${box(2)} .read`), /Overall effectiveness\s*Inadequate/);
  assert.equal(await note(page, 2, 'file'), 'Read borsetshire-2019.txt.');
  // A UTF-16 file (as some Windows editors save "Unicode" text), by its byte order mark.
  await dropFile(page, 1, 'borsetshire-2023.txt', 'text/plain', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ILACS2023, 'utf16le')]));
  await page.waitForFunction(() => document.querySelector('#inputs .input:nth-child(1) textarea').value.length > 0);
  assert.equal(await page.inputValue(`${box(1)} textarea`), ILACS2023);
  assert.deepEqual(errors, []);
  await context.close();
});

/** In the page: whether the focused textarea's selection shows, with its box, in the window. */
function selectionInSight() {
  const ta = document.activeElement;
  if (ta?.tagName !== 'TEXTAREA' || ta.selectionStart === ta.selectionEnd) return false;
  const view = document.documentElement.clientHeight;
  const r = ta.getBoundingClientRect();
  if (ta.closest('.input').getBoundingClientRect().top < -1 || r.bottom > view + 1) return false; // (a pixel's rounding)
  // The first and last characters the textarea shows, by what lies under its corners.
  const first = document.caretPositionFromPoint(r.left + ta.clientLeft + 1, r.top + ta.clientTop + 1);
  const last = document.caretPositionFromPoint(r.left + ta.clientLeft + ta.clientWidth - 1, r.top + ta.clientTop + ta.clientHeight - 1);
  return first?.offsetNode === ta && last?.offsetNode === ta && first.offset <= ta.selectionStart && ta.selectionStart < last.offset;
}

test('a grade click brings its box into view with the passage selected in sight', async () => {
  for (const viewport of [{ width: 1200, height: 900 }, { width: 360, height: 740 }]) {
    const { context, page, errors } = await open({ viewport });
    await loadExample(page);
    for (const [area, col] of [['help_protection', 1], ['quality_of_practice', 0], ['lscb', 1]]) {
      const chip = page.locator(`#comparison tr[data-area="${area}"] td[data-col="${col}"] button.chip`);
      await chip.scrollIntoViewIfNeeded();
      await chip.click();
      await page.waitForFunction(selectionInSight, null, { timeout: 10000 });
      const selected = await page.evaluate(() => {
        const ta = document.activeElement;
        return ta.value.slice(ta.selectionStart, ta.selectionEnd);
      });
      assert.equal(selected.replace(/\s+/g, ' ').trim(), await page.textContent('#evidence blockquote'), `${area} at ${viewport.width} px`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the export buttons show only when there is something to export', async () => {
  const { context, page, errors } = await open();
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  const shown = () => page.evaluate(() => ['copy-md', 'download-csv', 'download-json']
    .map((id) => document.getElementById(id).checkVisibility()));
  assert.deepEqual(await shown(), [false, false, false]);
  let n = await compared(page);
  await page.click('#load-example');
  await waitCompared(page, n);
  assert.deepEqual(await shown(), [true, true, true]);
  // A text with no grades: a comparison, but nothing to export.
  n = await compared(page);
  await page.click('#clear');
  await page.fill(`${box(1)} textarea`, 'Borsetshire County Council said today that it would publish its plans for children in care next month.');
  await waitCompared(page, n);
  assert.deepEqual(await shown(), [false, false, false]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('column headers show dates for people, and a change keeps its steps apart from its notes', async () => {
  const { context, page, errors } = await open();
  await loadExample(page);
  const heads = await page.$$eval('#comparison table.comparison thead th', (ths) => ths.map((th) => th.textContent));
  assert.ok(heads.every((h) => !/\d{4}-\d{2}/.test(h)), heads.join(' | '));
  assert.match(heads[1], /Child protection inspection\s*10 September 2012\s*Inspection 1/);
  assert.match(heads[2], /Single inspection\s*3 June 2014\s*Inspection 2/);
  assert.deepEqual(await page.$$eval('#comparison table.comparison thead time', (ts) => ts.map((t) => t.dateTime)), ['2012-09-10', '2014-06-03']);
  const overall = await page.evaluate(() => {
    const cell = document.querySelector('#comparison tr[data-area="overall"] td.change');
    const words = cell.querySelector('.change-words').getBoundingClientRect();
    const refs = cell.querySelector('.note-refs').getBoundingClientRect();
    return {
      text: cell.textContent.replace(/\s+/g, ' ').trim(),
      links: [...cell.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]),
      below: refs.top >= words.bottom - 1,
    };
  });
  assert.equal(overall.text, '↑ up 2 note 1, note 2, note 3');
  assert.deepEqual(overall.links, [['note 1', '#note-1'], ['note 2', '#note-2'], ['note 3', '#note-3']]);
  assert.ok(overall.below, 'the notes are not on a line of their own');
  for (const [, href] of overall.links) assert.equal(await page.locator(href).count(), 1, href);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a 360 px phone the change column is in view', async () => {
  const { context, page, errors } = await open({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await loadExample(page);
  /** Rows whose change (or a grade) lies outside the table's visible box or the screen. */
  const outOfSight = (what) => page.evaluate((sel) => {
    const wrap = document.querySelector('#comparison .table-wrap').getBoundingClientRect();
    const left = Math.max(0, wrap.left);
    const right = Math.min(document.documentElement.clientWidth, wrap.right);
    return [...document.querySelectorAll(sel)].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.left < left - 0.5 || r.right > right + 0.5;
    }).map((el) => el.closest('tr').dataset.area ?? 'header');
  }, what);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360));
  // Two inspections fit: no sideways scrolling, every change and grade in sight.
  assert.ok(await page.evaluate(() => { const w = document.querySelector('#comparison .table-wrap'); return w.scrollWidth <= w.clientWidth; }),
    'the table of two inspections does not fit');
  assert.deepEqual(await outOfSight('#comparison table.comparison .change'), []);
  assert.deepEqual(await outOfSight('#comparison table.comparison .chip'), []);
  // A timeline of three has more columns than fit: the change column stays in view either way.
  const n = await compared(page);
  await page.click('#add');
  await page.fill(`${box(3)} textarea`, ILACS2023);
  await waitCompared(page, n);
  await page.waitForFunction(() => document.querySelectorAll('#comparison table.comparison thead th').length === 5);
  for (const end of ['start', 'end']) {
    await page.evaluate((e) => { const w = document.querySelector('#comparison .table-wrap'); w.scrollLeft = e === 'start' ? 0 : w.scrollWidth; }, end);
    assert.deepEqual(await outOfSight('#comparison table.comparison .change'), [], `scrolled to the ${end}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a Word document or an image is refused on its box, which keeps its text', async () => {
  const { context, page, errors } = await open();
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  await page.fill(`${box(1)} textarea`, ILACS2019);
  const readable = 'a box reads text files (.txt, .html, .md), PDFs and pasted text.';
  const refused = async (k, name) => {
    await page.waitForFunction(([sel, nm]) => document.querySelector(sel)?.textContent.startsWith(nm),
      [`${box(k)} [data-note="file"]`, name]);
    assert.equal(await note(page, k, 'file'), `${name} is not a text file: ${readable}`);
  };
  // A .docx is a zip archive.
  const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.from('[Content_Types].xmlword/document.xml')]);
  await dropFile(page, 1, 'report.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx);
  await refused(1, 'report.docx');
  assert.equal(await page.inputValue(`${box(1)} textarea`), ILACS2019);
  // An image, chosen with the button of the other box.
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  await page.setInputFiles(`${box(2)} input[type=file]`, { name: 'scan.png', mimeType: 'image/png', buffer: png });
  await refused(2, 'scan.png');
  assert.equal(await page.inputValue(`${box(2)} textarea`), '');
  assert.equal(await note(page, 1, 'file'), `report.docx is not a text file: ${readable}`, 'the note left its box');
  // Bytes of no known kind that are not text (NUL bytes), with no type.
  await dropFile(page, 2, 'export.dat', '', Buffer.from([0x01, 0x00, 0x02, 0x00, 0x41, 0x42, 0x00, 0x00]));
  await refused(2, 'export.dat');
  assert.equal(await page.textContent('#status'), '');
  // Typing in a box takes its note away; HTML and Markdown files are text and are read.
  await page.focus(`${box(1)} textarea`);
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  assert.equal(await note(page, 1, 'file'), '');
  const html = `<!doctype html>\n<html><body>\n${ILACS2023.split('\n').map((l) => `<p>${l}</p>`).join('\n')}\n</body></html>\n`;
  await dropFile(page, 2, 'report.html', 'text/html', Buffer.from(html));
  await page.waitForSelector(`${box(2)} .read button.chip`);
  assert.equal(await note(page, 2, 'file'), 'Read report.html.');
  assert.match(await page.textContent(`${box(2)} .read`), /Borsetshire/);
  assert.match(await page.textContent(`${box(2)} .read`), /Overall effectiveness\s*Good/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken PDF, or one with no text, says so on its box', async () => {
  const { context, page, errors } = await open();
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  await page.fill(`${box(1)} textarea`, ILACS2019);
  const fileNote = (k) => `${box(k)} [data-note="file"]`;
  const answered = (k, name) => page.waitForFunction(([sel, nm]) => {
    const text = document.querySelector(sel).textContent;
    return text.startsWith(nm) && !text.startsWith('Reading');
  }, [fileNote(k), name], { timeout: 20000 });
  const broken = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nthe rest of this file was lost\n');
  await page.setInputFiles(`${box(2)} input[type=file]`, { name: 'broken.pdf', mimeType: 'application/pdf', buffer: broken });
  await answered(2, 'broken.pdf');
  assert.match(await note(page, 2, 'file'), /^broken\.pdf could not be read as a PDF \([^)]+\); copy its text and paste it here instead\.$/);
  assert.equal(await page.evaluate((sel) => document.querySelector(sel).classList.contains('warning'), fileNote(2)), true);
  assert.equal(await note(page, 1, 'file'), '');
  assert.equal(await page.textContent('#status'), '');
  assert.equal(await page.inputValue(`${box(2)} textarea`), '');
  // A PDF of a blank page (as a scan without its text layer reads): nothing to put in the box.
  const blank = join(mkdtempSync(join(tmpdir(), 'ofsted-pdf-')), 'blank.txt');
  writeFileSync(blank, '');
  const scan = blank.replace(/\.txt$/, '.pdf');
  execFileSync('node', [join(ROOT, 'scripts/make-pdf-fixture.mjs'), blank, scan]);
  await page.setInputFiles(`${box(1)} input[type=file]`, scan);
  await answered(1, 'blank.pdf');
  assert.equal(await note(page, 1, 'file'), 'blank.pdf has no text to read (it may be scanned pages); copy its text and paste it here instead.');
  assert.equal(await page.inputValue(`${box(1)} textarea`), ILACS2019);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the footer's years agree with the README's frameworks table", async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('\n## What it reads\n')[1].split('\n## ')[0];
  // "2009-12" is 2009 to 2012; "from April 2026" is 2026.
  const years = (text) => [...text.matchAll(/\b((?:19|20)\d\d)(?:-(\d\d)\b)?/g)]
    .flatMap((m) => (m[2] ? [Number(m[1]), Number(m[1].slice(0, 2) + m[2])] : [Number(m[1])]));
  const read = years(section.split('\n').filter((l) => l.startsWith('| `')).join('\n'));
  assert.ok(read.length > 5, 'no years found in the README\'s frameworks table');
  const { context, page, errors } = await open();
  await page.goto(BASE);
  const footer = years(await page.textContent('footer'));
  assert.deepEqual([Math.min(...footer), Math.max(...footer)], [Math.min(...read), Math.max(...read)]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasted HTML shows as text and runs nothing', async () => {
  const { context, page, errors } = await open();
  const xss = [
    '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
    'Borsetshire County Council <b onmouseover="window.__pwned=3">children</b>',
    '',
    'Inspection of children’s social care services',
    'Inspection dates: 4 March 2019 to 15 March 2019',
    '',
    'Overall effectiveness <script>window.__pwned=4</script>    Inadequate',
    '',
  ].join('\n');
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  const scripts = await page.locator('script').count();
  await page.fill('#inputs .input:nth-child(1) textarea', xss);
  await page.fill('#inputs .input:nth-child(2) textarea', `<svg onload="window.__pwned=5"></svg>\n${ILACS2023}`);
  await waitCompared(page);
  await page.click('#inputs .input:nth-child(1) .read button.chip');
  assert.match(await page.textContent('#evidence blockquote'), /<script>window\.__pwned=4<\/script>/);
  await page.hover('#inputs .input:nth-child(1) .read');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('script').count(), scripts);
  assert.equal(await page.locator('img, svg, b').count(), 0);
  assert.equal(await page.locator('[onerror], [onload], [onmouseover]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('no request leaves the page, and none is made after it has loaded', async (t) => {
  const { context, page, errors } = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
  const seen = [];
  let phase = 'first visit';
  context.on('requestfinished', async (r) => {
    const response = await r.response();
    seen.push({ phase, url: r.url(), fromServiceWorker: response?.fromServiceWorker() ?? false });
  });
  context.on('requestfailed', (r) => seen.push({ phase, url: r.url(), failed: r.failure()?.errorText ?? 'failed' }));
  const settle = () => new Promise((r) => setTimeout(r, 300));

  // First visit: nothing cached yet, every file comes from this origin.
  await page.goto(`${BASE}#example`);
  await waitCompared(page);
  await waitServiceWorker(page);
  await settle();

  // Second visit, with the service worker in control: every file comes from its cache.
  phase = 'second visit';
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await waitCompared(page);
  await settle();

  // After load: reading, comparing, evidence, exports make no request at all.
  phase = 'after load';
  const n = await compared(page);
  await paste(page, '#inputs .input:nth-child(1) textarea', ILACS2019);
  await paste(page, '#inputs .input:nth-child(2) textarea', ILACS2023);
  await waitCompared(page, n);
  await page.click('#comparison tr[data-area="overall"] td[data-col="1"] button.chip');
  await page.click('#copy-md');
  await page.waitForFunction(() => /Copied/.test(document.querySelector('#export-status').textContent));
  await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
  await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  // The Content-Security-Policy stops the page itself from reaching anything, even this origin.
  const attempts = await page.evaluate(async () => {
    const tryFetch = (url) => fetch(url).then(() => 'sent', () => 'blocked');
    const img = new Image();
    img.src = 'http://127.0.0.2:9/pixel.gif';
    navigator.sendBeacon('http://127.0.0.2:9/beacon', 'x'); // returns true, but never leaves
    return [await tryFetch('http://127.0.0.2:9/leak?x=1'), await tryFetch('/leak?x=1')];
  });
  assert.deepEqual(attempts, ['blocked', 'blocked']);
  await settle();

  // Not network: blob: URLs (the downloads) and data: URLs. Not sent: what the CSP blocked.
  const blocked = seen.filter((s) => s.failed === 'csp' || s.failed === 'net::ERR_BLOCKED_BY_CSP');
  assert.deepEqual(blocked.map((s) => s.url), ['http://127.0.0.2:9/pixel.gif']);
  const network = seen.filter((s) => !s.url.startsWith('blob:') && !s.url.startsWith('data:') && !blocked.includes(s));
  t.diagnostic(`requests: ${network.map((s) => `${s.phase}: ${new URL(s.url).pathname}${s.fromServiceWorker ? ' (service worker)' : ''}${s.failed ? ` (${s.failed})` : ''}`).join('; ')}`);
  const elsewhere = network.filter((s) => new URL(s.url).origin !== ORIGIN);
  assert.deepEqual(elsewhere, [], 'a request went to another origin');
  assert.ok(network.some((s) => s.phase === 'first visit'), 'the harness saw no request at all');
  const second = network.filter((s) => s.phase === 'second visit');
  assert.ok(second.length > 0);
  assert.deepEqual(second.filter((s) => !s.fromServiceWorker), [], 'a file did not come from the service worker');
  assert.deepEqual(network.filter((s) => s.phase === 'after load'), [], 'a request was made after load');
  // CSP reports the blocked attempts on the console; those are expected, nothing else is.
  assert.deepEqual(errors.filter((e) => !/Content Security Policy|127\.0\.0\.2|\/leak/.test(e)), []);
  await context.close();
});

test('the page works offline after one visit', async () => {
  const { context, page, errors } = await open();
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  await waitServiceWorker(page);
  // Give the service worker time to keep pdf.js too (it is kept after the core files).
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    for (const k of keys) {
      const c = await caches.open(k);
      if (await c.match('./pkg/pdfjs/pdf.worker.min.mjs')) return true;
    }
    return false;
  }, null, { timeout: 20000, polling: 200 });
  // The record's data is kept with the rest of the site, for the worker to fetch offline.
  const kept = await page.evaluate(async () => {
    const found = [];
    for (const k of await caches.keys()) {
      const c = await caches.open(k);
      const hit = await c.match('./pkg/record.json');
      if (hit) found.push(Object.keys((await hit.json()).councils).length);
    }
    return found;
  });
  assert.deepEqual(kept, [156]);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  const n = await compared(page);
  await page.click('#load-example');
  await waitCompared(page, n);
  assert.deepEqual(row(await table(page), 'overall').grades, ['inadequate', 'good']);
  // A PDF too: pdf.js was kept by the service worker.
  await page.setInputFiles('#inputs .input:nth-child(2) input[type=file]', pdfFixture('borsetshire-2019-ilacs.txt'));
  await page.waitForFunction(() => /Borsetshire/.test(document.querySelector('#inputs .input:nth-child(2) .read')?.textContent ?? ''),
    null, { timeout: 20000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('exports contain the table', async () => {
  const { context, page, errors } = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
  await loadExample(page);
  await page.click('#copy-md');
  await page.waitForFunction(() => /Copied/.test(document.querySelector('#export-status').textContent));
  const md = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(md, /^Cambridgeshire: overall effectiveness improved by two grades/);
  assert.match(md, /\| Overall effectiveness \| Inadequate \| Good \|/);
  assert.match(md, /\| Help and protection \| Inadequate \| Requires improvement \|/);
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
  assert.equal(csvDownload.suggestedFilename(), 'ofsted-comparison.csv');
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  assert.match(csv, /^area,label,/);
  assert.match(csv, /\r\noverall,Overall effectiveness,Inadequate,Good,Inadequate,Good,2,improved,/);
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
  // (The example's council is on record: the record's part is checked with the record's tests.)
  assert.deepEqual(Object.keys(json), ['inspections', 'rows', 'headline', 'warnings', 'record']);
  assert.equal(json.rows.find((r) => r.area === 'overall').steps, 2);
  assert.equal(json.inspections[0].framework, 'cp2012');
  // Without the async clipboard, the fallback still copies.
  await page.evaluate(() => { Object.defineProperty(navigator, 'clipboard', { value: undefined }); });
  await page.evaluate(() => { document.querySelector('#export-status').textContent = ''; });
  await page.click('#copy-md');
  await page.waitForFunction(() => document.querySelector('#export-status').textContent !== '');
  assert.match(await page.textContent('#export-status'), /Copied|not allowed/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard only, on a 360 px phone, light and dark', async () => {
  const { context, page, errors } = await open({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  // Tab to "Try an example" and press Enter.
  for (let k = 0; k < 10 && await page.evaluate(() => document.activeElement?.id) !== 'load-example'; k++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'load-example');
  const n = await compared(page);
  await page.keyboard.press('Enter');
  await waitCompared(page, n);
  // Nothing wider than the screen: the table scrolls inside its own box.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360),
    `page is ${await page.evaluate(() => document.documentElement.scrollWidth)} px wide`);
  // A grade chip is a button: Enter on it selects the evidence.
  await page.focus('#comparison tr[data-area="help_protection"] td[data-col="1"] button.chip');
  await page.keyboard.press('Enter');
  const selected = await page.evaluate(() => {
    const ta = document.activeElement;
    return ta.tagName === 'TEXTAREA' ? ta.value.slice(ta.selectionStart, ta.selectionEnd) : null;
  });
  assert.match(selected ?? '', /Children who need help and protection\s+Requires improvement/);
  // Labels for screen readers.
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('textarea, button, input:not([hidden])')]
    .filter((el) => !(el.labels?.length || el.textContent.trim() || el.getAttribute('aria-label'))).length);
  assert.equal(unlabelled, 0);
  await page.screenshot({ path: join(RESULTS, 'example-phone.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(RESULTS, 'example-phone-dark.png'), fullPage: true });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.notEqual(dark, 'rgb(255, 255, 255)');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 5 MB paste is read off the main thread', async (t) => {
  const { context, page, errors } = await open();
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  const big = `${SIF2014}\n${'Children are seen, heard and helped; plans are reviewed on time. '.repeat(80_000)}`.slice(0, 5_000_000);
  await page.fill('#inputs .input:nth-child(1) textarea', CP2012);
  await waitCompared(page);
  const n = await compared(page);
  const start = Date.now();
  // Paste, then let the browser lay the 5 MB out (its own work, not the page's), then watch the
  // main thread until the result shows: the longest gap between timer ticks.
  await page.evaluate(async (text) => {
    const ta = document.querySelector('#inputs .input:nth-child(2) textarea');
    ta.value = text;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    window.__gaps = { max: 0, last: performance.now() };
    window.__gaps.timer = setInterval(() => {
      const now = performance.now();
      window.__gaps.max = Math.max(window.__gaps.max, now - window.__gaps.last);
      window.__gaps.last = now;
    }, 10);
  }, big);
  await waitCompared(page, n);
  const readMs = Date.now() - start;
  const maxGap = await page.evaluate(() => { clearInterval(window.__gaps.timer); return window.__gaps.max; });
  figures.big_paste = { chars: big.length, result_ms: readMs, longest_main_thread_gap_ms: Math.round(maxGap) };
  t.diagnostic(`5 MB paste: result after ${readMs} ms; longest main-thread gap while it was read ${Math.round(maxGap)} ms`);
  assert.match(await page.textContent('#inputs .input:nth-child(2) .read'), /Cambridgeshire County Council/);
  assert.ok(maxGap < 500, `the main thread was blocked for ${Math.round(maxGap)} ms`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('benchmark: read and compare in Chromium (figures, not asserted)', async (t) => {
  const { context, page, errors } = await open();
  await page.goto(`${BASE}bench.html`);
  await page.waitForSelector('body[data-done]', { timeout: 180000 });
  const bench = await page.evaluate(() => window.BENCH);
  assert.equal(bench.error, undefined, bench.error);
  figures.bench = bench;
  for (const line of (await page.textContent('#out')).split('\n')) t.diagnostic(line);
  assert.deepEqual(errors, []);
  await context.close();
});
