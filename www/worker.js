// The module worker that runs the Rust core (www/pkg, built by scripts/build.sh), so that reading
// a long paste never blocks typing. Messages in: { id, op, arg }; out: { id, ok, value | error }.
// The first message out is { ready: true, version } or { ready: false, error }.

import init, {
  read, compare, comparison_markdown, comparison_csv, labels, version,
} from './pkg/ofsted_compare.js';

const OPS = {
  read,
  compare,
  markdown: comparison_markdown,
  csv: comparison_csv,
  labels,
};

const ready = init().then(
  () => postMessage({ ready: true, version: version() }),
  (e) => postMessage({ ready: false, error: `The reader could not start: ${e?.message ?? e}` }),
);

self.onmessage = async ({ data }) => {
  await ready;
  const { id, op, arg } = data;
  const fn = OPS[op];
  try {
    if (!fn) throw new Error(`Unknown operation ${op}.`);
    const start = performance.now();
    const value = fn(arg);
    postMessage({ id, ok: true, value, ms: performance.now() - start });
  } catch (e) {
    // A RuntimeError is a trap inside the wasm (it should never happen); the instance may be
    // broken after it, so the page starts a new worker.
    postMessage({ id, ok: false, error: String(e?.message ?? e), fatal: e instanceof WebAssembly.RuntimeError });
  }
};
