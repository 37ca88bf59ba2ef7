// The record on the page: finding a council by name or code, and showing its inspections on
// record as a timeline with the pasted texts about it placed among them, each area's grade over
// the years, and where the council stands among England's councils, its region's and its
// statistical neighbours'. The worker holds the record; everything here asks it through call().

import { h, comparisonTable, gradeMark, reportLink, titleForPeople, longDate } from './render.js';
import { stepCharts, contextChart, contextTable, contextColumnName, councilColumn } from './charts.js';
import { call } from './reader.js';

const $ = (id) => document.getElementById(id);

/** The address of a council's page: #council=873. */
const ADDRESS = /^#council=([A-Za-z0-9]+)$/;

let labels = null;
let changed = () => {};
/** The texts on show, earlier to later: [{ inspection, name }]. */
let pasted = [];
/** The DfE code of the council the user asked for (search or address), or null: then the
 * council of the texts on show. */
let chosen = null;
/** What is on show: { code, history (the council's entry in the record), timeline (its
 * inspections with the texts about it, compared) }, or null. */
let shown = null;
/** What was last asked to be shown (the council, the texts' council, the texts about it), as a
 * key: asked again, it is not drawn again. */
let wanted = null;
let seq = 0;

/**
 * Starts the record's section: its date, the search, and the council in the page's address.
 * `changed()` is called whenever the council on show changes (the exports follow it).
 */
export function startRecord(options) {
  labels = options.labels;
  changed = options.changed;
  showRecordDate();
  startSearch();
  const address = ADDRESS.exec(location.hash);
  if (address) chosen = address[1];
  addEventListener('hashchange', () => {
    const m = ADDRESS.exec(location.hash);
    if (m && m[1] !== chosen) { chosen = m[1]; update(); }
  });
  update();
}

/** The texts on show changed (`list`: [{ inspection, name }], earlier to later). */
export function setPasted(list) {
  pasted = list;
  update();
}

/** "The record holds full inspections published to 20 August 2026." */
export function recordDate(publishedTo) {
  return publishedTo ? `The record holds full inspections published to ${longDate(publishedTo)}.` : 'The record holds no inspection.';
}

/** The council on show, for the exports: { history, timeline, place } or null. */
export function shownCouncil() {
  if (!shown?.history) return null;
  return { history: shown.history, timeline: shown.timeline, place: shown.history.council.short || shown.history.council.name };
}

async function showRecordDate() {
  const out = $('record-date');
  try {
    const { published_to: to } = await call('record');
    out.textContent = recordDate(to);
  } catch (e) {
    out.textContent = e.message;
    out.classList.add('warning');
  }
}

// ---- Search -------------------------------------------------------------------------------

let searchSeq = 0;
let searchTimer = 0;
let found = [];

function startSearch() {
  const input = $('council-query');
  input.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); $('council-results').querySelector('button')?.focus(); }
  });
  $('council-search').addEventListener('submit', async (e) => {
    e.preventDefault();
    clearTimeout(searchTimer);
    await search();
    if (found.length) pick(found[0].code);
  });
  $('council-results').addEventListener('click', (e) => {
    const b = e.target.closest('button[data-code]');
    if (b) pick(b.dataset.code);
  });
  $('council-results').addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const buttons = [...$('council-results').querySelectorAll('button')];
    const k = buttons.indexOf(document.activeElement) + (e.key === 'ArrowDown' ? 1 : -1);
    (k < 0 ? input : buttons[Math.min(k, buttons.length - 1)])?.focus();
  });
}

/** Looks up what the search box holds and lists the councils it may stand for. */
async function search() {
  const s = ++searchSeq;
  const query = $('council-query').value.trim();
  if (!query) {
    found = [];
    $('council-results').replaceChildren();
    searchStatus('');
    return;
  }
  let councils;
  try {
    councils = await call('find_councils', query);
  } catch (e) {
    if (s === searchSeq) searchStatus(e.message);
    return;
  }
  if (s !== searchSeq) return;
  found = councils;
  $('council-results').replaceChildren(...councils.map((c) => h('li', {},
    h('button', { type: 'button', class: 'quiet council-choice', dataset: { code: c.code } },
      h('span', { class: 'council-name' }, c.name),
      h('span', { class: 'council-where' }, [c.region, `DfE code ${c.code}`].filter(Boolean).join(', '))))));
  const n = councils.length;
  searchStatus(n ? `${n} ${n === 1 ? 'council matches' : 'councils match'}; press one to see its inspections.`
    : `No council goes by “${query}”.`);
}

function searchStatus(message) {
  $('council-status').textContent = message;
}

/** Shows the council with DfE code `code`, and puts it in the page's address. */
function pick(code) {
  chosen = code;
  history.replaceState(null, '', `#council=${code}`);
  update().then(() => $('council-heading')?.focus());
}

/** Goes back to showing the council of the texts on show. */
function backToTexts() {
  chosen = null;
  history.replaceState(null, '', location.pathname + location.search);
  update().then(() => $('council-heading')?.focus());
}

// ---- The council on show ------------------------------------------------------------------

/** The council of the texts on show: the latest text whose council has a DfE code. */
function textsCouncil() {
  for (let k = pasted.length - 1; k >= 0; k--) {
    const code = pasted[k].inspection.authority_code;
    if (code) return code;
  }
  return null;
}

/** Shows the council asked for, or the texts' council, with the texts about it. */
async function update() {
  const byText = textsCouncil();
  const code = chosen ?? byText;
  const mine = pasted.filter((p) => code && p.inspection.authority_code === code);
  const key = JSON.stringify([code, byText, mine.map((p) => [p.name, p.inspection])]);
  if (key === wanted) return; // on show already, or on its way
  wanted = key;
  const s = ++seq;
  delete $('council').dataset.shown;
  if (!code) {
    shown = null;
    $('council').replaceChildren();
    changed();
    return;
  }
  let entry;
  let timeline = null;
  try {
    entry = await call('council_history', code);
    const inputs = [...mine.map((p) => p.inspection), ...entry.inspections];
    if (inputs.length) timeline = await call('compare', inputs);
  } catch (e) {
    if (s !== seq) return;
    shown = null;
    wanted = null; // asked again next time
    $('council').replaceChildren(h('p', { class: 'warning' }, e.message));
    changed();
    return;
  }
  if (s !== seq) return;
  shown = { code, history: entry, timeline };
  const name = (k) => mine[timeline.order[k] ?? -1]?.name ?? '';
  // Drawn in three steps, the page shown between them, so that no step holds the page up long.
  const parts = councilView(entry, timeline, name, byText);
  $('council').replaceChildren(parts.view);
  for (const part of [parts.charts, parts.standing]) {
    await painted();
    if (s !== seq) return;
    parts.view.append(...part());
  }
  // For the tests: which council is on show, and how many of the texts are in its timeline.
  Object.assign($('council').dataset, { shown: code, texts: String(mine.length) });
  performance.mark('council-shown');
  changed();
}

/** Resolves once the page has been drawn (or after 50 ms, where it is not drawn: a hidden tab). */
function painted() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 50);
  });
}

/**
 * Everything shown for a council: `view`, who it is and its inspections; then `charts()`, the
 * step charts of its timeline, and `standing()`, where it stands, each to add to `view` in turn.
 */
function councilView(entry, timeline, inputName, byText) {
  const c = entry.council;
  const place = c.short || c.name;
  const facts = [`DfE code ${c.code}`, c.gss ? `ONS code ${c.gss}` : null, c.region || null].filter(Boolean).join(', ');
  const why = byText === c.code ? 'The council your texts are about.' : null;
  const back = byText && byText !== c.code
    ? h('button', { type: 'button', class: 'quiet', id: 'council-of-texts' }, 'Show the council of your texts')
    : null;
  back?.addEventListener('click', backToTexts);
  const view = h('div', { class: 'council-view', dataset: { code: c.code } },
    h('h3', { id: 'council-heading', tabindex: '-1' }, c.name),
    h('p', { class: 'council-facts' }, `${facts}.`, why ? ` ${why}` : null),
    back,
    h('h4', {}, `Inspections of ${place}`),
    inspections(timeline, inputName, place));
  return {
    view,
    charts: () => [timeline?.rows.length ? stepCharts(timeline, labels) : null].filter(Boolean),
    standing: () => [h('h4', {}, `Where ${place} stands`), standing(entry.context, place)],
  };
}

/** The council's inspections: the timeline (its headline, table, notes and warnings), or its
 * only one. */
function inspections(timeline, inputName, place) {
  if (!timeline) return h('p', { class: 'none' }, `No full inspection of ${place} is on record.`);
  if (!timeline.rows.length && timeline.inspections.length === 1) return onlyInspection(timeline);
  return [
    h('p', { class: 'headline timeline-headline' }, timeline.headline),
    comparisonTable(timeline, labels, inputName, { ids: 'record-note', heading: 'h5', name: `Inspections of ${place}` }),
  ];
}

/** A council's only inspection: its grades, and its report. */
function onlyInspection(timeline) {
  const i = timeline.inspections[0];
  return h('div', { class: 'only-inspection' },
    h('p', {}, `Its only inspection: ${titleForPeople(timeline.columns[0])}`, i.report_url ? [reportLink(i.report_url, ' ('), ')'] : null, '.'),
    h('ul', { class: 'grades' }, i.judgements.map((j) => h('li', { dataset: { area: j.area } },
      h('span', { class: 'area' }, labels.areas[j.area] ?? j.label), ' ', gradeMark(j.grade, labels)))));
}

/** Where the council stands: its latest full inspection's overall grade, the chart, the table. */
function standing(context, place) {
  const latest = context.latest;
  const mine = councilColumn(context);
  const line = latest
    ? `Latest full inspection${latest.published ? `, published ${longDate(latest.published)}` : ''}: ${contextColumnName(mine, labels).toLowerCase()}.`
    : `No full inspection of ${place} is on record, so it is not placed among the others.`;
  return h('div', { class: 'standing' },
    h('p', {}, line),
    h('figure', { class: 'context-figure' },
      h('figcaption', {}, 'Overall effectiveness at each council’s latest full inspection',
        mine ? `; ◀ marks ${place}’s grade` : null),
      contextChart(context, place, labels)),
    contextTable(context, place, labels));
}
