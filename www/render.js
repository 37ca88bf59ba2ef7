// Pure functions from the core's result objects to DOM nodes. Text from the inputs only ever
// reaches the page through createElement and textContent, never innerHTML.

/** Creates an element with attributes and children (strings become text nodes). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** "2012-09-10" -> "10 September 2012"; "2012-09" -> "September 2012"; "2012" stays. */
export function longDate(iso) {
  if (!iso) return null;
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : null;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y;
}

/** A whitespace-collapsed, shortened copy of a quote, for a line of the page. */
export function flat(text, max = 240) {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A grade chip: a button showing the grade in words and in colour. */
export function chip(grade, labels, data = {}) {
  return h('button', {
    type: 'button',
    class: `chip g-${grade}`,
    'aria-describedby': 'chip-hint',
    title: 'Show the passage this grade was read from',
    dataset: { grade, ...data },
  }, h('span', { class: 'chip-mark', 'aria-hidden': 'true' }), labels.grades[grade] ?? grade);
}

/** A grade shown as a chip that does nothing when pressed: a grade on record, which has no
 * passage to show (the report is linked from its column instead). */
export function gradeMark(grade, labels) {
  return h('span', { class: `chip static g-${grade}`, dataset: { grade } },
    h('span', { class: 'chip-mark', 'aria-hidden': 'true' }), labels.grades[grade] ?? grade);
}

function warningList(warnings, cls = 'warnings') {
  if (!warnings?.length) return null;
  return h('ul', { class: cls },
    warnings.map((w) => h('li', { dataset: { code: w.code } },
      h('span', { class: 'warn-mark', 'aria-hidden': 'true' }, '⚠ '),
      h('span', { class: 'visually-hidden' }, 'Warning: '), w.message)));
}

function judgementList(list, labels, slot, which, withDate) {
  return h('ul', { class: 'grades' }, list.map((j, k) => h('li', {},
    h('span', { class: 'area' }, labels.areas[j.area] ?? j.area),
    withDate && j.date ? h('span', { class: 'when' }, ` (${longDate(j.date)})`) : null,
    ' ',
    chip(j.grade, labels, { slot, list: which, index: k }))));
}

/** What was read from one input: council, framework, dates, grades, earlier grades, warnings. */
export function summary(inspection, labels, slot) {
  const i = inspection;
  const d = i.dates;
  const when = [];
  if (d.start && d.end && d.start !== d.end) when.push(`Inspected ${longDate(d.start)} to ${longDate(d.end)}`);
  else if (d.start || d.end) when.push(`Inspected ${longDate(d.start ?? d.end)}`);
  if (d.published) when.push(`published ${longDate(d.published)}`);
  const kind = { report: 'report', news: 'news story', press_release: 'press release', letter: 'letter', unknown: 'text' }[i.kind] ?? i.kind;
  return h('div', { class: 'read' },
    h('p', { class: 'who' }, h('strong', {}, i.authority ?? 'Council not found')),
    h('p', { class: 'what' }, `${i.framework_name ?? 'Framework not found'} (${kind})`),
    h('p', { class: 'when' }, when.length ? when.join(', ') : 'Inspection dates not found'),
    i.judgements.length
      ? judgementList(i.judgements, labels, slot, 'judgements', false)
      : h('p', { class: 'none' }, i.graded ? 'No graded judgement found.' : 'This text carries no grades.'),
    i.previous.length ? h('p', { class: 'previous-head' }, 'Earlier grades it mentions:') : null,
    i.previous.length ? judgementList(i.previous, labels, slot, 'previous', true) : null,
    warningList(i.warnings));
}

// Words kept together on a line (no-break spaces): "up 2", not "up" then "2".
const CHANGE = {
  improved: { mark: '↑', words: (s) => `up\u00a0${s}` },
  declined: { mark: '↓', words: (s) => `down\u00a0${Math.abs(s)}` },
  same: { mark: '=', words: () => 'same\u00a0step' },
  new: { mark: '+', words: () => 'new' },
  dropped: { mark: '−', words: () => 'dropped' },
  not_comparable: { mark: '≠', words: () => 'not comparable' },
};

/** The change in words: "up 2", "down 1", "same step", "new", "dropped", "not comparable". */
export function changeWords(row) {
  return (CHANGE[row.change] ?? { words: () => row.change }).words(row.steps ?? 0);
}

/** The kind of change a number of steps is: improved, declined or same. */
function stepChange(steps) {
  if (steps > 0) return 'improved';
  return steps < 0 ? 'declined' : 'same';
}

/** A grade's change since the inspection before it that judged the area (`history_steps`), under
 * its chip: "↑ up 1", "= same step". */
function stepSince(steps) {
  const change = stepChange(steps);
  return h('span', { class: `step c-${change}`, dataset: { steps } },
    h('span', { class: 'visually-hidden' }, 'since the inspection before: '),
    h('span', { class: 'arrow', 'aria-hidden': 'true' }, CHANGE[change].mark), ' ', CHANGE[change].words(steps));
}

/**
 * For a row the comparison calls new (not judged by the first inspection) that more than one
 * inspection judged: its change from the first inspection that judged it to the last, added up
 * from the core's steps between consecutive inspections, and that first inspection's index.
 * Null when the steps do not chain (a step the core could not count).
 */
function sinceFirstJudged(row) {
  const judged = row.history.flatMap((g, k) => (g ? [k] : []));
  if (row.change !== 'new' || judged.length < 2 || judged.at(-1) !== row.history.length - 1) return null;
  const steps = judged.slice(1).map((k) => row.history_steps?.[k]);
  if (steps.some((s) => typeof s !== 'number')) return null;
  return { first: judged[0], steps: steps.reduce((a, b) => a + b, 0) };
}

/** A column's year, for "since 2014": the inspection's own date, else the column title's. */
function columnYear(view, k) {
  const earlier = view.columns.length - view.inspections.length;
  const d = view.inspections[k - earlier]?.dates;
  const iso = d ? (d.start ?? d.end ?? d.published) : null;
  return (iso ?? view.columns[k].match(ISO_DATE)?.[1] ?? '').slice(0, 4) || null;
}

const ISO_DATE = /\b(\d{4}-\d{2}(?:-\d{2})?)\b/;

/** A column's title in one line with its ISO date for people: "ILACS inspection 2024-10-07
 * (on record)" -> "ILACS inspection 7 October 2024 (on record)". */
export function titleForPeople(title) {
  return title.replace(ISO_DATE, (iso) => longDate(iso));
}

/** A column's title with its ISO date for people: "Single inspection 2014-06-03" ->
 * "Single inspection", then "3 June 2014" in a time element. */
function columnTitle(title) {
  const [before, iso, after = ''] = title.split(ISO_DATE);
  if (!iso) return title;
  return [before.trimEnd(), ' ', h('time', { datetime: iso, class: 'column-date' }, longDate(iso)), after];
}

/** The links to a row's notes, set apart from the change's words (on a line of their own):
 * "note 1, note 3". `prefix` starts the notes' ids. */
function noteRefs(numbers, prefix) {
  if (!numbers.length) return null;
  const links = numbers.flatMap((k, i) => [i ? ', ' : '', h('a', { class: 'note-ref', href: `#${prefix}-${k}` }, `note ${k}`)]);
  return [' ', h('span', { class: 'note-refs' }, links)];
}

/** Where a column's inspection came from, under its title: the input it was read from, the
 * input that quoted it, or the record, with a link to the report. */
function columnSource(view, k, inputName) {
  const earlier = view.columns.length - view.inspections.length;
  if (k < earlier) return h('span', { class: 'from-input' }, `quoted in ${inputName(0)}`);
  const inspection = view.inspections[k - earlier];
  if (inspection?.kind !== 'record') return h('span', { class: 'from-input' }, inputName(k - earlier));
  return h('span', { class: 'from-input from-record' }, 'from the record', reportLink(inspection.report_url, ', '));
}

/** A link to a report on record ("report"), saying where it leads; none without an address. */
export function reportLink(url, before = '') {
  let host;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return [before, h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'report',
    h('span', { class: 'visually-hidden' }, ` of this inspection on ${host} (opens in a new tab)`))];
}

/** Whether column `k` is an inspection on record (no passage to show, its report linked). */
function onRecord(view, k) {
  const earlier = view.columns.length - view.inspections.length;
  return k >= earlier && view.inspections[k - earlier]?.kind === 'record';
}

/** The change cell of a row: the core's change from the first inspection to the last; for an
 * area new since the first inspection but judged before the last, the change since it was first
 * judged ("↓ down 1 since 2014": "new" would hide years of history). */
function changeCell(view, r, refs) {
  const since = sinceFirstJudged(r);
  const from = since && columnYear(view, since.first);
  const to = since && columnYear(view, view.columns.length - 1);
  const year = from && to && from < to ? from : null; // (a year apart at least: not the same inspection twice)
  const change = year ? stepChange(since.steps) : r.change;
  const words = year ? `${CHANGE[change].words(since.steps)} since\u00a0${year}` : changeWords(r);
  return h('td', { role: 'cell', class: `change c-${change}`, dataset: { steps: r.steps ?? '', since: year ?? '' } },
    h('span', { class: 'arrow', 'aria-hidden': 'true' }, CHANGE[change]?.mark ?? ''),
    ' ', h('span', { class: 'change-words' }, words), refs);
}

/**
 * The comparison table: one row per area, one column per inspection (earlier to later), grade
 * chips, the change with an arrow, and numbered notes. `inputName(k)` names the input that
 * inspection k of the comparison came from; inspections on record say so and link their report.
 * With three columns or more (a timeline), each grade also shows its change since the inspection
 * before it. `ids` starts the ids of the notes (one per table on the page), `heading` is the tag
 * of the headings of the notes and warnings, `name` the table's name for screen readers.
 */
export function comparisonTable(view, labels, inputName, { ids = 'note', heading = 'h3', name = 'Comparison table' } = {}) {
  const frag = document.createDocumentFragment();
  if (!view.rows.length) {
    frag.append(warningList(view.warnings) ?? '');
    return frag;
  }
  const timeline = view.columns.length > 2;
  // Number each distinct note once, in order of first appearance.
  const notes = [];
  const noteIndex = new Map();
  for (const r of view.rows) {
    for (const n of r.notes) {
      if (!noteIndex.has(n)) { noteIndex.set(n, notes.length + 1); notes.push({ text: n, rows: [] }); }
      notes[noteIndex.get(n) - 1].rows.push(r.label);
    }
  }
  const head = h('tr', { role: 'row' },
    h('th', { scope: 'col', role: 'columnheader', class: 'area-head' }, 'Area'),
    view.columns.map((c, k) => h('th', { scope: 'col', role: 'columnheader', class: onRecord(view, k) ? 'on-record' : null },
      columnTitle(c), columnSource(view, k, inputName))),
    h('th', { scope: 'col', role: 'columnheader', class: 'change' }, 'Change'));
  const body = view.rows.map((r) => h('tr', { role: 'row', dataset: { area: r.area, change: r.change } },
    h('th', { scope: 'row', role: 'rowheader' }, r.label),
    view.columns.map((_, k) => {
      const g = r.history[k] ?? null;
      const step = r.history_steps?.[k];
      const record = onRecord(view, k);
      return h('td', { role: 'cell', class: record ? 'on-record' : null, dataset: { col: k, grade: g ?? '' } },
        g ? (record ? gradeMark(g, labels) : chip(g, labels, { area: r.area, col: k })) : h('span', { class: 'nograde' }, '—',
          h('span', { class: 'visually-hidden' }, 'not judged')),
        g && timeline && typeof step === 'number' ? stepSince(step) : null);
    }),
    changeCell(view, r, noteRefs(r.notes.map((n) => noteIndex.get(n)), ids))));
  const grid = h('table', { class: 'comparison', role: 'table' },
    h('caption', { class: 'visually-hidden' }, 'Grades by area, earlier inspection to later, and the change in steps'),
    h('thead', { role: 'rowgroup' }, head), h('tbody', { role: 'rowgroup' }, body));
  grid.style.setProperty('--grade-columns', String(view.columns.length)); // for the phone layout
  frag.append(h('div', { class: 'table-wrap', role: 'region', 'aria-label': name, tabindex: '0' }, grid));
  if (notes.length) {
    frag.append(h(heading, {}, 'Notes'), h('ol', { class: 'notes' }, notes.map((n, k) => h('li', { id: `${ids}-${k + 1}` },
      h('span', { class: 'note-rows' }, `${n.rows.join(', ')}: `), n.text))));
  }
  if (view.warnings.length) frag.append(h(heading, {}, 'Warnings'), warningList(view.warnings));
  return frag;
}

/** How much of a passage shows on either side of its word, in characters. */
const AROUND = 110;

/** A grade word's passage as text, the word marked, shortened on either side: "… and good
 * practice is shared …". Falls back to the whole passage, shortened, if the word is not in it. */
function passageWithWord(w) {
  const at = w.word.start - w.passage.start;
  const quote = w.passage.quote;
  if (at < 0 || quote.slice(at, at + w.word.quote.length) !== w.word.quote) return flat(quote, 2 * AROUND);
  const before = quote.slice(0, at).replace(/\s+/g, ' ').trimStart();
  const after = quote.slice(at + w.word.quote.length).replace(/\s+/g, ' ').trimEnd();
  return [
    before.length > AROUND ? `…${before.slice(-AROUND)}` : before,
    h('mark', {}, w.word.quote),
    after.length > AROUND ? `${after.slice(0, AROUND)}…` : after,
  ];
}

/**
 * The grade words of a text that were not read as a grade (`left`: { count, words }, the first
 * of them from the core's `explain`, each with `why`, its reason in the core's words), as a short
 * list that opens on demand: each word with its passage and why. Each word is a button (its
 * offsets in data-start and data-end) that selects it in its box. Null when there is none.
 */
export function notTakenList(left) {
  if (!left.count) return null;
  const items = left.words.map((w) => h('li', { dataset: { reason: w.reason } },
    h('button', {
      type: 'button', class: 'quiet word-ref',
      dataset: { start: w.word.start, end: w.word.end },
    }, w.word.quote, h('span', { class: 'visually-hidden' }, ': show it in the text')),
    h('q', { class: 'passage' }, passageWithWord(w)),
    w.why ? h('span', { class: 'why' }, w.why) : null));
  const more = left.count - items.length;
  return h('details', { class: 'not-taken' },
    h('summary', {}, `Grade words not taken (${left.count.toLocaleString('en-GB')})`),
    h('p', { class: 'hint' }, 'Grade words that gave no grade of this text, each with why. Press a word to see it in the text.'),
    h('ul', {}, items),
    more > 0 ? h('p', { class: 'hint' }, `${more.toLocaleString('en-GB')} more are not listed.`) : null);
}
