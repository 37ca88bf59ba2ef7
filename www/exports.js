// What the page's exports hold: the comparison of the texts on show (the core's Markdown and CSV),
// then the council on show from the record: its inspections (the core's Markdown and CSV again)
// and where it stands, in sentences for Markdown, as a table for CSV, as data for JSON. The core
// runs in the worker: `call` asks it.

import { recordDate } from './council.js';
import { contextColumns, contextColumnName, councilColumn, groupName } from './charts.js';
import { longDate } from './render.js';

/** The comparison (`view`, or null) and the council on show (`council`, or null) as Markdown. */
export async function markdownExport(call, view, council, labels) {
  const parts = [];
  if (view?.rows.length) parts.push((await call('markdown', view)).trimEnd());
  if (council) parts.push(await councilMarkdown(call, council, labels));
  return `${parts.join('\n\n')}\n`;
}

/** The comparison and the council on show as CSV: one table after another, a blank line
 * between them, each with its own header row. */
export async function csvExport(call, view, council) {
  const tables = [];
  if (view?.rows.length) tables.push((await call('csv', view)).replace(/(\r\n)+$/, ''));
  if (council?.timeline?.rows.length) tables.push((await call('csv', council.timeline)).replace(/(\r\n)+$/, ''));
  if (council) tables.push(contextCsv(council));
  return `${tables.join('\r\n\r\n')}\r\n`;
}

/** The comparison and the council on show as data: the comparison's own fields, and `record`. */
export function jsonExport(view, council) {
  const out = {};
  if (view?.rows.length) Object.assign(out, { inspections: view.inspections, rows: view.rows, headline: view.headline, warnings: view.warnings });
  if (council) {
    const { history, timeline } = council;
    out.record = {
      council: history.council,
      published_to: history.published_to,
      inspections: history.inspections,
      timeline: timeline && { inspections: timeline.inspections, rows: timeline.rows, headline: timeline.headline, warnings: timeline.warnings },
      context: history.context,
    };
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** The council on show in Markdown: who, the record's date, its inspections, where it stands. */
async function councilMarkdown(call, council, labels) {
  const { history, timeline, place } = council;
  const c = history.council;
  const facts = [`DfE code ${c.code}`, c.gss ? `ONS code ${c.gss}` : null, c.region || null].filter(Boolean).join(', ');
  const lines = [`## ${c.name} on record`, '', `${facts}. ${recordDate(history.published_to)}`, ''];
  if (timeline?.rows.length) lines.push((await call('markdown', timeline)).trimEnd(), '');
  else if (timeline?.inspections.length === 1) lines.push(onlyInspectionMarkdown(timeline, labels), '');
  else if (!timeline) lines.push(`No full inspection of ${place} is on record.`, '');
  lines.push(`### Where ${place} stands`, '', ...contextMarkdown(history.context, place, labels));
  return lines.join('\n');
}

/** A council's only inspection on record in Markdown: its title, report and grades. */
function onlyInspectionMarkdown(timeline, labels) {
  const i = timeline.inspections[0];
  const report = i.report_url ? ` (<${i.report_url}>)` : '';
  return [`Its only inspection: ${timeline.columns[0]}${report}.`, '',
    ...i.judgements.map((j) => `- ${labels.areas[j.area] ?? j.label}: ${labels.grades[j.grade] ?? j.grade}`)].join('\n');
}

/** Where a council stands, in sentences: its latest overall grade, then each group's counts. */
function contextMarkdown(context, place, labels) {
  const mine = councilColumn(context);
  const latest = context.latest
    ? `Latest full inspection${context.latest.published ? `, published ${longDate(context.latest.published)}` : ''}: ${contextColumnName(mine, labels).toLowerCase()}.`
    : 'No full inspection on record.';
  return [latest, '', 'Overall effectiveness at each council’s latest full inspection:', '',
    ...context.groups.map((g) => `- ${groupLine(g, context, place, labels)}`)];
}

/** "England (153 councils): 46 outstanding, 61 good, …; 107 higher than Cambridgeshire, 24 the
 * same, 11 lower." */
function groupLine(group, context, place, labels) {
  const counts = contextColumns(context).filter((c) => group[c.key] > 0)
    .map((c) => `${group[c.key]} ${c.key === 'no_overall' ? 'with no overall grade' : contextColumnName(c.key, labels).toLowerCase()}`);
  const placed = group.better !== null && group.better !== undefined
    ? `; ${group.better} higher than ${place}, ${group.same} the same, ${group.worse} lower` : '';
  return `${groupName(group)}: ${counts.join(', ')}${placed}.`;
}

/** One CSV field (RFC 4180). */
function field(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Where a council stands as a CSV table: a row per group, the counts by overall grade (ids as
 * in the comparison's CSV), how many are higher, the same and lower, and the council placed. */
function contextCsv(council) {
  const { history } = council;
  const context = history.context;
  const keys = ['outstanding', 'good', 'requires_improvement', 'inadequate', 'no_overall'];
  const header = ['group', 'councils', ...keys, 'higher', 'same', 'lower', 'council', 'council_overall', 'council_latest_published'];
  const rows = context.groups.map((g) => [g.name, g.councils, ...keys.map((k) => g[k] ?? 0), g.better, g.same, g.worse,
    history.council.name, context.latest ? (context.latest.overall ?? 'no_overall') : null, context.latest?.published]);
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n');
}
