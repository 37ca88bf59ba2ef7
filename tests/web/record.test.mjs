// Browser tests of the record on the page: a pasted report beside its council's inspections on
// record and compared with the one before it, a text that disagrees with the record, the council
// search, the step charts, where a council stands (chart, table, exports), the grade words not
// taken under each box, and the record offline. What the page should show is worked out here
// from the built record (www/pkg/record.json) and the built core run in node, never written in.
// Run with the others: node --test tests/web/ (tests/web/harness.mjs serves the page). With
// UPDATE_SCREENSHOT=1 the screenshot of a pasted report's council also replaces docs/record.png.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ROOT, RESULTS, BASE, figures, serve, fixture, example, open, compared, waitCompared, table, row, paste,
  waitServiceWorker, box,
} from './harness.mjs';

serve({ offset: 1, figuresFile: 'web-record-figures.json' });

const PKG = join(ROOT, 'www/pkg');
const RECORD = JSON.parse(readFileSync(join(PKG, 'record.json'), 'utf8'));
const REASONS = JSON.parse(readFileSync(join(PKG, 'reasons.json'), 'utf8'));
const core = await import(pathToFileURL(join(PKG, 'ofsted_compare.js')).href);
core.initSync({ module: readFileSync(join(PKG, 'ofsted_compare_bg.wasm')) });
const LABELS = core.labels();

const EALING = fixture('ealing-2024-ilacs.txt'); // a report of an inspection on record, in the project's words
const SIF2014 = example('cambridgeshire-2014-single-inspection.txt');
const CP2012 = example('cambridgeshire-2012-child-protection.txt');

/** The record's date for people, worked out apart from the page: "20 August 2026". */
const forPeople = (iso) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** An inspection's grade for an area, or null. */
const gradeOf = (inspection, area) => inspection.judgements.find((j) => j.area === area)?.grade ?? null;
const levelOf = (inspection, area) => inspection.judgements.find((j) => j.area === area)?.level ?? null;

/** Waits until the record's section shows council `code` with `texts` of the pasted texts in its timeline. */
async function waitCouncil(page, code, texts = 0) {
  await page.waitForSelector(`#council[data-shown="${code}"][data-texts="${texts}"]`, { timeout: 15000 });
}

/** The headers of a table's inspection columns: whether on record, where from, the report's link. */
function columns(page, where) {
  return page.$$eval(`${where} table.comparison thead th:not(.area-head):not(.change)`, (ths) => ths.map((th) => ({
    record: th.classList.contains('on-record'),
    from: th.querySelector('.from-input').textContent,
    link: th.querySelector('a')?.getAttribute('href') ?? null,
  })));
}

test('a pasted report shows beside its record, compared with the inspection before it', async () => {
  const { context, page, errors } = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  const n = await compared(page);
  await paste(page, `${box(1)} textarea`, EALING);
  await waitCompared(page, n);
  const read = core.read(EALING);
  const entry = RECORD.councils[read.authority_code];
  assert.ok(entry, 'the fixture\'s council is not on record');
  const before = entry.inspections.filter((i) => i.dates.end < read.dates.start).at(-1);
  const same = entry.inspections.find((i) => i.dates.start === read.dates.start);
  assert.ok(before && same, 'the fixture should have an inspection before it on record, and itself');

  // The comparison: the inspection on record before it, the record's own entry, then the text.
  const heads = await columns(page, '#comparison');
  assert.deepEqual(heads.map((c) => c.record), [true, true, false]);
  assert.deepEqual(heads.map((c) => c.link), [before.report_url, same.report_url, null]);
  assert.match(heads[0].from, /from the record/);
  assert.equal(heads[2].from, 'Inspection 1');
  const rows = await table(page);
  for (const area of ['overall', 'help_protection', 'leadership']) {
    assert.deepEqual(row(rows, area).grades, [gradeOf(before, area), gradeOf(same, area), gradeOf(read, area)], area);
  }
  const overall = row(rows, 'overall');
  assert.equal(Number(overall.steps), levelOf(read, 'overall') - levelOf(before, 'overall'));
  const from = LABELS.grades[gradeOf(before, 'overall')].toLowerCase();
  const to = LABELS.grades[gradeOf(read, 'overall')].toLowerCase();
  assert.match(await page.textContent('#headline'), new RegExp(`from ${from} to ${to}\\.$`));
  // Grades on record have no passage to show: they are not buttons.
  assert.equal(await page.locator('#comparison td.on-record button').count(), 0);
  assert.ok(await page.locator('#comparison td.on-record .chip').count() > 0);
  // The record and the text are one inspection, and the page says so, in the core's words.
  assert.match(await page.textContent('#comparison .warnings li[data-code="same_inspection"]'), /same inspection/);

  // The council's timeline: every inspection on record, the text among them, earlier to later.
  await waitCouncil(page, read.authority_code, 1);
  assert.equal(await page.textContent('#council h3'), entry.council.name);
  assert.equal(await page.textContent('#record-date'), `The record holds full inspections published to ${forPeople(RECORD.published_to)}.`);
  const timeline = await columns(page, '#council');
  assert.deepEqual(timeline.filter((c) => c.record).map((c) => c.link), entry.inspections.map((i) => i.report_url));
  assert.deepEqual(timeline.filter((c) => !c.record).map((c) => c.from), ['Inspection 1']);
  const history = row(await table(page, '#council'), 'overall');
  const recordColumns = timeline.flatMap((c, k) => (c.record ? [k] : []));
  assert.deepEqual(recordColumns.map((k) => history.grades[k]), entry.inspections.map((i) => gradeOf(i, 'overall')));
  // Each grade says how it moved since the one before (history_steps), worked out from the levels.
  const levels = entry.inspections.map((i) => levelOf(i, 'overall'));
  const k2019 = recordColumns[entry.inspections.indexOf(before)];
  assert.equal(history.stepsSince[k2019], levels[entry.inspections.indexOf(before)] - levels[entry.inspections.indexOf(before) - 1]);
  await page.screenshot({ path: join(RESULTS, 'record-paste.png'), fullPage: true });
  await page.locator('#council .council-view').screenshot({ path: join(RESULTS, 'record-council.png') });
  if (process.env.UPDATE_SCREENSHOT) copyFileSync(join(RESULTS, 'record-council.png'), join(ROOT, 'docs/record.png'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a text that disagrees with the record about the same inspection gets the core\'s warning', async () => {
  const { context, page, errors } = await open();
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  const changed = EALING.replace(/(progress of care leavers\s+)Good/, '$1Inadequate');
  assert.notEqual(changed, EALING);
  await page.fill(`${box(1)} textarea`, changed);
  await waitCompared(page);
  const warning = await page.textContent('#comparison .warnings li[data-code="disagreement"]');
  const expected = core.compare_with_record(RECORD, changed).warnings.find((w) => w.code === 'disagreement');
  assert.ok(expected, 'the core gives no disagreement warning for this text');
  assert.equal(warning.replace(/^⚠ Warning: /, ''), expected.message);
  // The text's own grade is followed, never the record's.
  assert.equal(row(await table(page), 'care_leavers').grades.at(-1), 'inadequate');
  // Two texts: the council's timeline warns too.
  await page.fill(`${box(2)} textarea`, CP2012);
  await waitCouncil(page, core.read(changed).authority_code, 1);
  assert.match(await page.textContent('#council .warnings'), /care leavers/i);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a council is found by name or code, and its history shown with no text pasted', async () => {
  const { context, page, errors } = await open();
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  await page.fill('#council-query', 'Ealing');
  await page.waitForSelector('#council-results button[data-code]');
  const found = core.find_councils(RECORD, 'Ealing');
  await page.locator('#record').screenshot({ path: join(RESULTS, 'record-search.png') });
  assert.deepEqual(await page.$$eval('#council-results button', (bs) => bs.map((b) => b.dataset.code)), found.map((c) => c.code));
  await page.click(`#council-results button[data-code="${found[0].code}"]`);
  await waitCouncil(page, found[0].code);
  const entry = core.council_history(RECORD, found[0].code);
  assert.equal(await page.textContent('#council h3'), entry.council.name);
  assert.equal(new URL(page.url()).hash, `#council=${found[0].code}`);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'council-heading');
  // The same timeline as for a paste: the core's comparison of the council's inspections on record.
  const view = core.compare(entry.inspections);
  const rows = await table(page, '#council');
  assert.deepEqual(rows.map((r) => r.area), view.rows.map((r) => r.area));
  for (const r of view.rows) {
    assert.deepEqual(row(rows, r.area).grades, r.history, r.area);
    assert.deepEqual(row(rows, r.area).stepsSince.slice(1), r.history_steps.slice(1).map((s, k) => (r.history[k + 1] ? s : null)), r.area);
  }
  assert.ok((await columns(page, '#council')).every((c) => c.record && c.link));
  assert.ok(await page.isVisible('#download-json'), 'nothing to export for a council shown alone');

  // By DfE code, with the keyboard: type, Enter shows the first council found.
  await page.fill('#council-query', '873');
  await page.waitForSelector('#council-results button[data-code="873"]');
  await page.focus('#council-query');
  await page.keyboard.press('Enter');
  await waitCouncil(page, '873');
  assert.equal(await page.textContent('#council h3'), RECORD.councils['873'].council.name);
  // Arrow down moves from the box to the councils found.
  await page.focus('#council-query');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.code), '873');
  // A name no council goes by says so.
  await page.fill('#council-query', 'Qwxyzshire');
  await page.waitForFunction(() => /No council goes by/.test(document.querySelector('#council-status').textContent));
  assert.equal(await page.locator('#council-results button').count(), 0);
  // The address keeps the council: a reload shows it again.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await waitCouncil(page, '873');
  // Texts about another council: the one asked for stays, with a way back to the texts' council.
  await page.fill(`${box(1)} textarea`, EALING);
  await waitCompared(page);
  // The way back is drawn first; the council is on show once its later steps are drawn too.
  await page.waitForSelector('#council-of-texts');
  await waitCouncil(page, '873');
  await page.click('#council-of-texts');
  await waitCouncil(page, core.read(EALING).authority_code, 1);
  assert.equal(new URL(page.url()).hash, '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a council with one inspection on record shows its grades, and one with none says so', async () => {
  const { context, page, errors } = await open();
  const codes = Object.keys(RECORD.councils);
  const one = codes.find((c) => RECORD.councils[c].inspections.length === 1);
  const none = codes.find((c) => RECORD.councils[c].inspections.length === 0);
  await page.goto(`${BASE}#council=${one}`);
  await page.waitForSelector('body[data-ready="true"]');
  await waitCouncil(page, one);
  const only = RECORD.councils[one].inspections[0];
  assert.deepEqual(await page.$$eval('#council .only-inspection li', (lis) => lis.map((li) => [li.dataset.area, li.querySelector('.chip').dataset.grade])),
    only.judgements.map((j) => [j.area, j.grade]));
  assert.equal(await page.getAttribute('#council .only-inspection a', 'href'), only.report_url);
  assert.doesNotMatch(await page.textContent('#council .only-inspection p'), /\d{4}-\d{2}/);
  await page.fill('#council-query', none);
  await page.press('#council-query', 'Enter');
  await waitCouncil(page, none);
  const place = RECORD.councils[none].council.short;
  assert.match(await page.textContent('#council'), new RegExp(`No full inspection of ${place} is on record`));
  assert.equal(await page.locator('#council table.comparison').count(), 0);
  assert.equal(await page.locator('#council .mark-words, #council .bar-row.mine').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('where a council stands: the chart and its table give the record\'s numbers, and so do the exports', async () => {
  const { context, page, errors } = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
  const code = '873';
  await page.goto(`${BASE}#council=${code}`);
  await page.waitForSelector('body[data-ready="true"]');
  await waitCouncil(page, code);
  const { context: where, council } = core.council_history(RECORD, code);
  const place = council.short;
  const mine = where.latest.overall;
  assert.ok(mine, 'the council should have an overall grade at its latest inspection');
  // The table: a row per group, its counts, and how many are higher, the same and lower.
  const numbers = await page.$$eval('#council table.context tbody tr', (trs) => trs.map((tr) => ({
    group: tr.querySelector('th').textContent,
    cells: Object.fromEntries([...tr.querySelectorAll('td')].map((td) => [td.dataset.key, Number(td.textContent)])),
    mine: tr.querySelector('td.mine')?.dataset.key ?? null,
  })));
  assert.equal(numbers.length, where.groups.length);
  where.groups.forEach((g, k) => {
    assert.equal(numbers[k].group, `${g.name} (${g.councils} councils)`);
    for (const key of ['outstanding', 'good', 'requires_improvement', 'inadequate', 'no_overall']) {
      assert.equal(numbers[k].cells[key], g[key], `${g.name} ${key}`);
    }
    assert.deepEqual([numbers[k].cells.better, numbers[k].cells.same, numbers[k].cells.worse], [g.better, g.same, g.worse]);
    assert.equal(numbers[k].mine, mine);
  });
  assert.match(await page.textContent('#council table.context thead th.mine'), new RegExp(`${LABELS.grades[mine]}.*${place}`));
  // The chart: an image with a title and a description in words, each bar's number as text, the
  // council's grade marked in each group (a mark and an outline, not colour alone).
  const chart = await page.evaluate(() => {
    const svg = document.querySelector('#council svg.context-chart');
    const [title, desc] = svg.getAttribute('aria-labelledby').split(' ').map((id) => document.getElementById(id)?.textContent);
    return {
      role: svg.getAttribute('role'), title, desc,
      bars: [...svg.querySelectorAll('.bar-row')].map((g) => ({
        label: g.querySelector('.scale').textContent,
        count: Number(g.querySelector('.count').firstChild.textContent),
        mine: g.classList.contains('mine'),
        mark: g.querySelector('.mark')?.textContent.trim() ?? null,
      })),
    };
  });
  assert.equal(chart.role, 'img');
  assert.match(chart.title, /Overall effectiveness/);
  for (const g of where.groups) assert.ok(chart.desc.includes(`${g.name} (${g.councils} councils): ${g.outstanding} outstanding`), chart.desc);
  const perGroup = chart.bars.length / where.groups.length;
  assert.ok(Number.isInteger(perGroup) && perGroup >= 4);
  where.groups.forEach((g, k) => {
    const bars = chart.bars.slice(k * perGroup, (k + 1) * perGroup);
    for (const b of bars) {
      const key = Object.keys(LABELS.grades).find((id) => LABELS.grades[id] === b.label) ?? 'no_overall';
      assert.equal(b.count, g[key], `${g.name}: ${b.label}`);
      assert.equal(b.mine, key === mine, `${g.name}: ${b.label}`);
    }
    assert.deepEqual(bars.filter((b) => b.mine).map((b) => b.mark), ['◀']);
  });
  assert.match(await page.textContent('#council .context-figure figcaption'), new RegExp(`◀ marks ${place}`));
  // The step charts: one per area judged at two dates or more, each an image whose description
  // gives every grade in words.
  const view = core.compare(core.council_history(RECORD, code).inspections);
  const charts = await page.$$eval('#council .step-chart-figure', (fs) => fs.map((f) => ({
    area: f.dataset.area,
    role: f.querySelector('svg').getAttribute('role'),
    desc: document.getElementById(f.querySelector('svg').getAttribute('aria-labelledby').split(' ')[1]).textContent,
    points: f.querySelectorAll('.point').length,
    scale: [...f.querySelectorAll('.scale')].map((t) => t.textContent),
  })));
  const judgedTwice = view.rows.filter((r) => new Set(r.history.flatMap((g, k) => (g ? [view.inspections[k].dates.start] : []))).size >= 2);
  assert.deepEqual(charts.map((c) => c.area), judgedTwice.map((r) => r.area));
  for (const c of charts) {
    const r = view.rows.find((x) => x.area === c.area);
    const grades = r.history.filter(Boolean);
    assert.equal(c.role, 'img');
    assert.equal(c.points, grades.length, c.area);
    for (const g of grades) assert.ok(c.desc.includes(LABELS.grades[g]), `${c.area}: ${c.desc}`);
    assert.deepEqual(c.scale, ['outstanding', 'good', 'requires_improvement', 'inadequate'].map((g) => LABELS.grades[g]));
  }
  await page.locator('#council .standing').screenshot({ path: join(RESULTS, 'record-standing.png') });
  await page.locator('#council .step-charts').screenshot({ path: join(RESULTS, 'record-steps.png') });

  // The exports carry where the council stands: sentences in Markdown, a table in CSV, data in JSON.
  await page.click('#copy-md');
  await page.waitForFunction(() => /Copied/.test(document.querySelector('#export-status').textContent));
  const md = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(md, new RegExp(`^## ${council.name} on record`, 'm'));
  assert.match(md, new RegExp(`^### Where ${place} stands$`, 'm'));
  for (const g of where.groups) {
    assert.match(md, new RegExp(`^- ${g.name} \\(${g.councils} councils\\): ${g.outstanding} outstanding, ${g.good} good.*; ${g.better} higher than ${place}, ${g.same} the same, ${g.worse} lower\\.$`, 'm'));
  }
  assert.ok(md.includes(core.comparison_markdown(view).split('\n')[0]), 'the timeline\'s headline is missing');
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  const blocks = csv.trimEnd().split('\r\n\r\n');
  assert.equal(blocks[0], core.comparison_csv(view).replace(/(\r\n)+$/, ''));
  const contextRows = blocks.at(-1).split('\r\n').map((l) => l.split(','));
  assert.deepEqual(contextRows[0].slice(0, 10), ['group', 'councils', 'outstanding', 'good', 'requires_improvement', 'inadequate', 'no_overall', 'higher', 'same', 'lower']);
  where.groups.forEach((g, k) => {
    assert.deepEqual(contextRows[k + 1].slice(0, 10), [g.name, g.councils, g.outstanding, g.good, g.requires_improvement, g.inadequate, g.no_overall, g.better, g.same, g.worse].map(String));
    assert.equal(contextRows[k + 1][11], mine);
  });
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
  assert.deepEqual(json.record.context, where);
  assert.equal(json.record.published_to, RECORD.published_to);
  assert.deepEqual(json.record.timeline.rows, view.rows);

  // On a 360 px phone: nothing wider than the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360),
    `the page is ${await page.evaluate(() => document.documentElement.scrollWidth)} px wide`);
  await page.screenshot({ path: join(RESULTS, 'record-phone.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('under each box, the grade words not taken, each with its passage and the core\'s reason', async () => {
  const { context, page, errors } = await open();
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  const harmful = `${CP2012}\nThe <img src=x onerror="window.__pwned=1"> team shows good practice <script>window.__pwned=2</script>.\n`;
  await page.fill(`${box(1)} textarea`, harmful);
  await page.fill(`${box(2)} textarea`, SIF2014);
  await page.waitForSelector(`${box(2)}[data-explained]`, { timeout: 15000 });
  await page.waitForSelector(`${box(1)}[data-explained]`, { timeout: 15000 });
  for (const [k, text] of [[1, harmful], [2, SIF2014]]) {
    const left = core.explain(text).filter((w) => !w.taken);
    assert.ok(left.length > 0, `the core takes every grade word of box ${k}`);
    assert.equal(await page.textContent(`${box(k)} details.not-taken summary`), `Grade words not taken (${left.length})`);
    assert.equal(await page.getAttribute(`${box(k)} details.not-taken`, 'open'), null, 'the list should be closed until asked for');
    const items = await page.$$eval(`${box(k)} details.not-taken li`, (lis) => lis.map((li) => ({
      word: li.querySelector('button').firstChild.textContent,
      start: Number(li.querySelector('button').dataset.start),
      passage: li.querySelector('.passage').textContent,
      marked: li.querySelector('.passage mark').textContent,
      why: li.querySelector('.why')?.textContent ?? null,
    })));
    assert.deepEqual(items.map((i) => [i.word, i.start, i.marked]), left.map((w) => [w.word.quote, w.word.start, w.word.quote]));
    assert.deepEqual(items.map((i) => i.why), left.map((w) => REASONS[w.reason]));
    items.forEach((i, n) => assert.ok(left[n].passage.quote.replace(/\s+/g, ' ').includes(i.passage.replace(/…/g, '').trim()), i.passage));
  }
  // The passage is text: the markup pasted shows as it was typed, and runs nothing.
  assert.match(await page.textContent(`${box(1)} details.not-taken`), /<img src=x onerror=/);
  assert.equal(await page.locator('#inputs img, #inputs script').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // Opened with the keyboard; a word pressed is selected in its box, as a grade is.
  await page.focus(`${box(2)} details.not-taken summary`);
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute(`${box(2)} details.not-taken`, 'open'), '');
  const last = core.explain(SIF2014).filter((w) => !w.taken).at(-1);
  await page.click(`${box(2)} details.not-taken li:last-child button`);
  const selected = await page.evaluate(() => {
    const ta = document.activeElement;
    return [ta.closest('.input')?.dataset.slot, ta.selectionStart, ta.value.slice(ta.selectionStart, ta.selectionEnd)];
  });
  assert.deepEqual(selected.slice(1), [last.word.start, last.word.quote]);
  // Many: all are counted, the first hundred listed.
  const many = `${CP2012}\n${'The team shows good practice. '.repeat(150)}\n`;
  const manyLeft = core.explain(many).filter((w) => !w.taken).length;
  assert.ok(manyLeft > 100);
  await page.fill(`${box(1)} textarea`, many);
  await page.waitForSelector(`${box(1)}[data-explained="${manyLeft}"]`, { timeout: 15000 });
  assert.equal(await page.locator(`${box(1)} details.not-taken li`).count(), 100);
  assert.equal(await page.textContent(`${box(1)} details.not-taken p.hint:last-child`), `${manyLeft - 100} more are not listed.`);
  // A text whose grade words were all taken lists none, and says nothing.
  await page.fill(`${box(1)} textarea`, CP2012);
  await page.waitForSelector(`${box(1)}[data-explained="0"]`, { timeout: 15000 });
  assert.equal(core.explain(CP2012).filter((w) => !w.taken).length, 0);
  assert.equal(await page.locator(`${box(1)} details.not-taken`).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a timeline says how an area moved since it was first judged, where "new" would hide its history', async () => {
  const { context, page, errors } = await open();
  await page.goto(`${BASE}#example`);
  const texts = [CP2012, SIF2014].map((t) => core.read(t));
  await waitCouncil(page, texts[0].authority_code, 2);
  const view = core.compare([...texts, ...RECORD.councils[texts[0].authority_code].inspections]);
  const rows = await table(page, '#council');
  const rewritten = view.rows.filter((r) => r.change === 'new' && r.history.filter(Boolean).length >= 2);
  assert.ok(rewritten.length > 0, 'the example\'s timeline has no area new since its first inspection');
  for (const r of rewritten) {
    const first = r.history.findIndex(Boolean);
    const level = (k) => view.inspections[k].judgements.find((j) => j.area === r.area).level;
    const steps = level(r.history.length - 1) - level(first);
    const words = steps > 0 ? `up ${steps}` : steps < 0 ? `down ${-steps}` : 'same step';
    assert.equal(row(rows, r.area).change, 'new');
    assert.match(row(rows, r.area).changeText, new RegExp(`^. ${words} since ${view.inspections[first].dates.start.slice(0, 4)}`), r.area);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the record works offline after one visit', async () => {
  const { context, page, errors } = await open();
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  await waitServiceWorker(page);
  await page.waitForFunction(async () => {
    for (const k of await caches.keys()) {
      const c = await caches.open(k);
      if (await c.match('./pkg/record.json') && await c.match('./pkg/reasons.json')) return true;
    }
    return false;
  }, null, { timeout: 20000, polling: 200 });
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForFunction(() => /published to/.test(document.querySelector('#record-date').textContent));
  // The search finds councils, and a paste is compared with its record.
  await page.fill('#council-query', 'Ealing');
  await page.waitForSelector('#council-results button[data-code]');
  await page.fill(`${box(1)} textarea`, EALING);
  const code = core.read(EALING).authority_code;
  await waitCouncil(page, code, 1);
  assert.deepEqual(await columns(page, '#comparison').then((cs) => cs.map((c) => c.record)), [true, true, false]);
  await page.waitForSelector(`${box(1)}[data-explained]`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('cold load with the record: the example\'s council shows soon after its table, without long tasks', async (t) => {
  const shown = [];
  const longest = [];
  for (let k = 0; k < 3; k++) {
    const { context, page, errors } = await open();
    await context.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
        .observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${BASE}#example`);
    await waitCouncil(page, core.read(SIF2014).authority_code, 2);
    const [table, council, tasks] = await page.evaluate(() => [
      performance.getEntriesByName('shown')[0].startTime,
      performance.getEntriesByName('council-shown')[0].startTime,
      window.__longTasks,
    ]);
    assert.ok(council >= table);
    shown.push(council);
    longest.push(Math.max(0, ...tasks));
    assert.deepEqual(errors, []);
    await context.close();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  figures.record_cold_load_ms = { runs: shown.map(Math.round), median: Math.round(median(shown)) };
  figures.longest_task_ms = { runs: longest.map(Math.round), median: Math.round(median(longest)) };
  t.diagnostic(`cold load to the example's council on record: ${figures.record_cold_load_ms.runs.join(', ')} ms; longest main-thread task: ${figures.longest_task_ms.runs.join(', ')} ms`);
  // Reported, not asserted tightly: the machine is shared. A gross regression still fails.
  assert.ok(median(longest) < 500, `a task held the main thread for ${Math.round(median(longest))} ms`);
});
