// The page's two charts, as SVG built element by element (createElementNS, never markup): each
// area's grade over a timeline of inspections, and where a council stands among others by its
// latest overall grade. Every chart is an image with a title and a description in words, its
// grades and numbers are text in the chart too, and colour is never the only mark: a grade is
// told by its height on a labelled scale, a council's place by a mark and words.

import { h, longDate } from './render.js';

const SVG = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes and children (strings become text nodes). */
function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== null && v !== undefined && v !== false) el.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

let serial = 0;

/** An SVG image of `width` by `height` units, named by `title` and described by `desc`. */
function image(width, height, title, desc, cls) {
  const n = ++serial;
  return s('svg', {
    xmlns: SVG, viewBox: `0 0 ${width} ${height}`, class: cls, role: 'img', focusable: 'false',
    'aria-labelledby': `chart-${n}-title chart-${n}-desc`,
  }, s('title', { id: `chart-${n}-title` }, title), s('desc', { id: `chart-${n}-desc` }, desc));
}

// The four-point scale of the JSON contract (a judgement's `level`): 4 outstanding, 3 good,
// 2 adequate or requires improvement, 1 inadequate.
const LEVEL = { outstanding: 4, good: 3, requires_improvement: 2, adequate: 2, inadequate: 1 };
const SCALE = ['outstanding', 'good', 'requires_improvement', 'inadequate'];

// ---- Each area's grade over the years ------------------------------------------------------

const STEP = { width: 340, label: 130, left: 140, right: 322, top: 10, row: 19, axis: 90, height: 100 };

/** An ISO date ("2014", "2014-06", "2014-06-03") as a year with its fraction, or null. */
function when(iso) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso ?? '');
  if (!m) return null;
  return Number(m[1]) + ((Number(m[2] ?? 7) - 1) + (Number(m[3] ?? 15) - 1) / 31) / 12;
}

/** Column `k`'s inspection date (ISO), or null for quoted grades and undated texts. */
function columnDate(view, k) {
  const earlier = view.columns.length - view.inspections.length;
  const d = view.inspections[k - earlier]?.dates;
  return d ? (d.start ?? d.end ?? d.published ?? null) : null;
}

/** The x of each column: by date when every column is dated, else evenly by order. */
function columnPositions(view) {
  const dates = view.columns.map((_, k) => when(columnDate(view, k)));
  const width = STEP.right - STEP.left;
  const n = dates.length;
  if (dates.some((d) => d === null)) return { xs: dates.map((_, k) => STEP.left + (n > 1 ? (k * width) / (n - 1) : width / 2)), dates };
  const lo = Math.min(...dates);
  const hi = Math.max(...dates);
  const span = hi - lo || 1;
  return { xs: dates.map((d) => (hi === lo ? STEP.left + width / 2 : STEP.left + ((d - lo) / span) * width)), dates };
}

/** The years under the axis, each where its first inspection is, none closer than 30 units. */
function yearTicks(view, xs) {
  const ticks = [];
  view.columns.forEach((_, k) => {
    const year = (columnDate(view, k) ?? '').slice(0, 4);
    if (!year || ticks.some((t) => t.year === year || Math.abs(t.x - xs[k]) < 30)) return;
    ticks.push({ year, x: xs[k] });
  });
  return ticks;
}

const levelY = (level) => STEP.top + (4 - level) * STEP.row;

/** How a column is named in a point's title and the description: "June 2014", or its title. */
function columnWhen(view, k) {
  const iso = columnDate(view, k);
  return iso ? longDate(iso.slice(0, 7)) : view.columns[k];
}

/** Whether column `k` is an inspection on record. */
function onRecord(view, k) {
  const earlier = view.columns.length - view.inspections.length;
  return view.inspections[k - earlier]?.kind === 'record';
}

/** One area's step chart, or null when fewer than two inspections, at two places on the axis,
 * judged it. */
function areaChart(view, row, labels, positions) {
  const points = row.history.flatMap((grade, k) => (grade && LEVEL[grade] ? [{ k, grade, x: positions.xs[k], y: levelY(LEVEL[grade]) }] : []));
  if (new Set(points.map((p) => p.x.toFixed(1))).size < 2) return null; // one inspection (or one told twice)
  const grade = (g) => labels.grades[g] ?? g;
  const desc = `${points.map((p) => `${grade(p.grade)} in ${columnWhen(view, p.k)}${onRecord(view, p.k) ? ' (on record)' : ''}`).join(', ')}.`;
  const svg = image(STEP.width, STEP.height, `${row.label}: its grade at each inspection`, desc, 'step-chart');
  for (const g of SCALE) {
    const y = levelY(LEVEL[g]);
    svg.append(s('line', { class: 'grid', x1: STEP.left - 4, x2: STEP.right + 4, y1: y, y2: y }),
      s('text', { class: 'scale', x: STEP.label, y: y + 4, 'text-anchor': 'end' }, grade(g)));
  }
  svg.append(s('line', { class: 'axis', x1: STEP.left - 4, x2: STEP.right + 4, y1: STEP.axis - 12, y2: STEP.axis - 12 }));
  for (const t of yearTicks(view, positions.xs)) {
    svg.append(s('text', { class: 'year', x: t.x, y: STEP.axis + 4, 'text-anchor': 'middle' }, t.year));
  }
  const path = points.map((p, i) => (i ? `H${p.x.toFixed(1)}V${p.y}` : `M${p.x.toFixed(1)} ${p.y}`)).join('');
  svg.append(s('path', { class: 'step-line', d: path }));
  for (const p of points) {
    const record = onRecord(view, p.k);
    const title = s('title', {}, `${view.columns[p.k]}: ${grade(p.grade)}`);
    // Filled on record, a ring for a text read: a point's grade is its height, never its shape.
    svg.append(s('circle', { class: `point ${record ? `on-record g-${p.grade}` : 'pasted'}`, cx: p.x.toFixed(1), cy: p.y, r: record ? 4.5 : 5.5 }, title));
  }
  return h('figure', { class: 'step-chart-figure', dataset: { area: row.area } }, h('figcaption', {}, row.label), svg);
}

/**
 * Each area's grade over the inspections of a comparison (`view`), one small step chart per area
 * that inspections at two dates at least judged, on one shared time axis; null when there is none.
 */
export function stepCharts(view, labels) {
  const positions = columnPositions(view);
  const charts = view.rows.map((row) => areaChart(view, row, labels, positions)).filter(Boolean);
  if (!charts.length) return null;
  const pasted = view.inspections.some((i) => i.kind !== 'record');
  return h('div', { class: 'step-charts' },
    h('p', { class: 'chart-key' }, 'Each area’s grade at each inspection, earlier to later: ',
      h('span', { class: 'key-record', 'aria-hidden': 'true' }, '●'), ' on record',
      pasted ? ['; ', h('span', { class: 'key-pasted', 'aria-hidden': 'true' }, '○'), ' read from your texts'] : null, '.'),
    h('div', { class: 'step-chart-grid' }, charts));
}

// ---- Where a council stands ----------------------------------------------------------------

const BARS = { width: 320, label: 130, left: 136, max: 140, head: 20, row: 17 };

/** The overall grades a context counts, in scale order, and "no overall grade" when any group
 * has such a council. */
export function contextColumns(context) {
  const columns = SCALE.map((g) => ({ key: g }));
  if (context.groups.some((g) => g.no_overall > 0)) columns.push({ key: 'no_overall' });
  return columns;
}

/** The key of a context's columns that holds the council itself, or null when it has no full
 * inspection on record. */
export function councilColumn(context) {
  if (!context.latest) return null;
  return context.latest.overall ?? 'no_overall';
}

/** What a column of the context is called: the core's word for a grade, or "No overall grade". */
export function contextColumnName(key, labels) {
  return key === 'no_overall' ? 'No overall grade' : (labels.grades[key] ?? key);
}

/** "England (153 councils)". */
export function groupName(group) {
  return `${group.name} (${group.councils} ${group.councils === 1 ? 'council' : 'councils'})`;
}

/**
 * Where a council stands: for each group of councils (England, its region, its statistical
 * neighbours), how many had each overall grade at their latest full inspection, as bars with
 * their numbers, the council's own grade marked "◀" in each group (the caption says whose).
 */
export function contextChart(context, place, labels) {
  const columns = contextColumns(context);
  const mine = councilColumn(context);
  const height = context.groups.length * (BARS.head + columns.length * BARS.row) + 6;
  const desc = context.groups.map((g) => `${groupName(g)}: ${columns.map((c) => `${g[c.key]} ${contextColumnName(c.key, labels).toLowerCase()}`).join(', ')}.`).join(' ')
    + (mine ? ` ${place} is marked in each group: ${contextColumnName(mine, labels).toLowerCase()}.` : '');
  const svg = image(BARS.width, height, 'Overall effectiveness at each council’s latest full inspection', desc, 'context-chart');
  let y = 0;
  for (const group of context.groups) {
    svg.append(s('text', { class: 'group', x: 0, y: y + 14 }, groupName(group)));
    y += BARS.head;
    for (const c of columns) {
      const n = group[c.key] ?? 0;
      const width = group.councils ? (n / group.councils) * BARS.max : 0;
      const here = c.key === mine;
      const middle = y + BARS.row / 2;
      svg.append(s('g', { class: `bar-row${here ? ' mine' : ''}` },
        s('text', { class: 'scale', x: BARS.label, y: middle + 4, 'text-anchor': 'end' }, contextColumnName(c.key, labels)),
        s('rect', { class: `bar g-${c.key}`, x: BARS.left, y: y + 3, width: Math.max(width, n ? 1 : 0).toFixed(1), height: BARS.row - 6 }),
        s('text', { class: 'count', x: BARS.left + width + 4, y: middle + 4 }, String(n),
          here ? s('tspan', { class: 'mark' }, ' ◀') : null)));
      y += BARS.row;
    }
  }
  return svg;
}

/**
 * The numbers of the context chart as a table: a row per group, a column per overall grade, and,
 * when the council has an overall grade, how many councils of the group are higher, the same and
 * lower.
 */
export function contextTable(context, place, labels) {
  const columns = contextColumns(context);
  const mine = councilColumn(context);
  const placed = context.groups.some((g) => g.better !== null && g.better !== undefined);
  const head = h('tr', {},
    h('th', { scope: 'col' }, 'Councils'),
    columns.map((c) => h('th', { scope: 'col', class: c.key === mine ? 'mine' : null }, contextColumnName(c.key, labels),
      c.key === mine ? h('span', { class: 'mark-words' }, ` ◀ ${place}`) : null)),
    placed ? [h('th', { scope: 'col' }, `Higher than ${place}`), h('th', { scope: 'col' }, 'The same'), h('th', { scope: 'col' }, 'Lower')] : null);
  const rows = context.groups.map((g) => h('tr', {},
    h('th', { scope: 'row' }, groupName(g)),
    columns.map((c) => h('td', { class: c.key === mine ? 'mine' : null, dataset: { key: c.key } }, String(g[c.key] ?? 0))),
    placed ? ['better', 'same', 'worse'].map((k) => h('td', { dataset: { key: k } }, g[k] === null ? '' : String(g[k]))) : null));
  return h('div', { class: 'table-wrap', role: 'region', 'aria-label': 'Where the council stands, in numbers', tabindex: '0' },
    h('table', { class: 'context' },
      h('caption', {}, 'Overall effectiveness at each council’s latest full inspection, in numbers'),
      h('thead', {}, head), h('tbody', {}, rows)));
}
