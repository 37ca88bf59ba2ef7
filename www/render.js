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
  for (const c of children.flat()) {
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

const ISO_DATE = /\b(\d{4}-\d{2}(?:-\d{2})?)\b/;

/** A column's title with its ISO date for people: "Single inspection 2014-06-03" ->
 * "Single inspection", then "3 June 2014" in a time element. */
function columnTitle(title) {
  const [before, iso, after = ''] = title.split(ISO_DATE);
  if (!iso) return title;
  return [before.trimEnd(), ' ', h('time', { datetime: iso, class: 'column-date' }, longDate(iso)), after];
}

/** The links to a row's notes, set apart from the change's words (on a line of their own):
 * "note 1, note 3". */
function noteRefs(numbers) {
  if (!numbers.length) return null;
  const links = numbers.flatMap((k, i) => [i ? ', ' : '', h('a', { class: 'note-ref', href: `#note-${k}` }, `note ${k}`)]);
  return [' ', h('span', { class: 'note-refs' }, links)];
}

/**
 * The comparison table: one row per area, one column per inspection (earlier to later), grade
 * chips, the change with an arrow, and numbered notes. `inputName(k)` names the input that
 * inspection k of the comparison came from.
 */
export function comparisonTable(view, labels, inputName) {
  const frag = document.createDocumentFragment();
  if (!view.rows.length) {
    frag.append(warningList(view.warnings) ?? '');
    return frag;
  }
  const earlier = view.columns.length - view.inspections.length;
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
    view.columns.map((c, k) => h('th', { scope: 'col', role: 'columnheader' }, columnTitle(c),
      h('span', { class: 'from-input' }, k >= earlier ? inputName(k - earlier) : `quoted in ${inputName(0)}`))),
    h('th', { scope: 'col', role: 'columnheader', class: 'change' }, 'Change'));
  const body = view.rows.map((r) => h('tr', { role: 'row', dataset: { area: r.area, change: r.change } },
    h('th', { scope: 'row', role: 'rowheader' }, r.label),
    view.columns.map((_, k) => {
      const g = r.history[k] ?? null;
      return h('td', { role: 'cell', dataset: { col: k, grade: g ?? '' } },
        g ? chip(g, labels, { area: r.area, col: k }) : h('span', { class: 'nograde' }, '—',
          h('span', { class: 'visually-hidden' }, 'not judged')));
    }),
    h('td', { role: 'cell', class: `change c-${r.change}`, dataset: { steps: r.steps ?? '' } },
      h('span', { class: 'arrow', 'aria-hidden': 'true' }, CHANGE[r.change]?.mark ?? ''),
      ' ', h('span', { class: 'change-words' }, changeWords(r)),
      noteRefs(r.notes.map((n) => noteIndex.get(n))))));
  const grid = h('table', { class: 'comparison', role: 'table' },
    h('caption', { class: 'visually-hidden' }, 'Grades by area, earlier inspection to later, and the change in steps'),
    h('thead', { role: 'rowgroup' }, head), h('tbody', { role: 'rowgroup' }, body));
  grid.style.setProperty('--grade-columns', String(view.columns.length)); // for the phone layout
  frag.append(h('div', { class: 'table-wrap', role: 'region', 'aria-label': 'Comparison table', tabindex: '0' }, grid));
  if (notes.length) {
    frag.append(h('h3', {}, 'Notes'), h('ol', { class: 'notes' }, notes.map((n, k) => h('li', { id: `note-${k + 1}` },
      h('span', { class: 'note-rows' }, `${n.rows.join(', ')}: `), n.text))));
  }
  if (view.warnings.length) frag.append(h('h3', {}, 'Warnings'), warningList(view.warnings));
  return frag;
}
