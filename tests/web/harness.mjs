// What the browser tests of the page (tests/web/*.test.mjs) share: a server of www/ (the optimised
// build that scripts/build.sh makes, served by `python3 -m http.server`), Debian's Chromium through
// playwright-core, fresh browser contexts that record errors, and helpers that drive the page and
// read it back. Each test file serves on its own port, WEB_TEST_PORT (default 8765) plus its
// offset, so that files run side by side never meet; each writes its figures to test-results/.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RESULTS = join(ROOT, 'test-results');
export const FIXTURES = join(ROOT, 'tests/web/fixtures');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

export const fixture = (name) => readFileSync(join(FIXTURES, name), 'utf8');
export const example = (name) => readFileSync(join(ROOT, 'www/examples', name), 'utf8');

/** The page's address and origin, once `serve` has run. */
export let BASE = '';
export let ORIGIN = '';
/** Figures a test file measures, written to test-results/ after its tests. */
export const figures = {};

let server;
let browser;

/**
 * Serves www/ on WEB_TEST_PORT + `offset` and starts Chromium before the file's tests, and stops
 * both after them, writing `figures` to test-results/`figuresFile`.
 */
export function serve({ offset, figuresFile }) {
  const port = Number(process.env.WEB_TEST_PORT ?? 8765) + offset;
  BASE = `http://127.0.0.1:${port}/`;
  ORIGIN = new URL(BASE).origin;
  before(async () => {
    if (!existsSync(join(ROOT, 'www/pkg/ofsted_compare_bg.wasm'))) {
      throw new Error('www/pkg is missing: run scripts/build.sh first (tests/run.sh does).');
    }
    mkdirSync(RESULTS, { recursive: true });
    server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', join(ROOT, 'www')],
      { stdio: 'ignore' });
    let up = false;
    for (let i = 0; i < 100 && !up; i++) {
      try { up = (await fetch(BASE)).ok; } catch { await new Promise((r) => setTimeout(r, 100)); }
    }
    if (!up) throw new Error(`the test server did not start on port ${port} (is WEB_TEST_PORT free?)`);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  });
  after(async () => {
    await browser?.close();
    server?.kill();
    writeFileSync(join(RESULTS, figuresFile), `${JSON.stringify(figures, null, 2)}\n`);
  });
}

/** A fresh context (its own storage, cache and service worker) and a page that records errors. */
export async function open(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  return { context, page, errors };
}

/** How many comparisons the page has shown so far. */
export async function compared(page) {
  return Number(await page.evaluate(() => document.body.dataset.compared ?? 0));
}

/** Waits for a comparison newer than `after` (the count of comparisons shown so far). */
export async function waitCompared(page, after = 0) {
  await page.waitForFunction((n) => Number(document.body.dataset.compared ?? 0) > n, after, { timeout: 15000 });
}

/** Opens the page and presses "Try an example", then waits for its comparison. */
export async function loadExample(page) {
  await page.goto(BASE);
  await page.waitForSelector('body[data-ready="true"]');
  const n = await compared(page);
  await page.click('#load-example');
  await waitCompared(page, n);
}

/** A comparison table as data (the comparison's, or the one in `where`, such as '#council'):
 * per row, the area, each column's grade and its change since the column before, the steps and
 * the change. */
export function table(page, where = '#comparison') {
  return page.evaluate((sel) => [...document.querySelectorAll(`${sel} table.comparison tbody tr`)].map((tr) => ({
    area: tr.dataset.area,
    change: tr.dataset.change,
    grades: [...tr.querySelectorAll('td[data-col]')].map((td) => td.dataset.grade || null),
    chips: [...tr.querySelectorAll('td[data-col]')].map((td) => td.querySelector('.chip')?.textContent ?? null),
    stepsSince: [...tr.querySelectorAll('td[data-col]')].map((td) => {
      const step = td.querySelector('.step');
      return step ? Number(step.dataset.steps) : null;
    }),
    steps: tr.querySelector('td.change').dataset.steps,
    changeText: tr.querySelector('td.change').textContent.replace(/\s+/g, ' ').trim(),
  })), where);
}

export const row = (rows, area) => rows.find((r) => r.area === area) ?? assert.fail(`no ${area} row`);

/** Pastes `text` into a textarea through the clipboard, as a person would. */
export async function paste(page, selector, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus(selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/** Waits until the service worker controls the page. */
export async function waitServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

/** The selector of box `k` (from 1). */
export const box = (k) => `#inputs .input:nth-child(${k})`;

/** Waits until `check()` resolves true, polling; fails with `what` after 15 s. */
export async function until(check, what) {
  for (const end = Date.now() + 15000; Date.now() < end;) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(what);
}
