// The module worker that runs the Rust core (pkg/, built by scripts/build.sh), so that reading a
// long paste never blocks typing. Messages in: { id, op, arg }; out: { id, ok, value | error, ms }.
// The first message out is { ready: true, version } or { ready: false, error }.

let core = null;

self.onmessage = async ({ data }) => {
  await ready;
  const { id, op, arg } = data;
  try {
    const fn = core && OPS[op];
    if (!fn) throw new Error(core ? `Unknown operation ${op}.` : 'The reader did not start.');
    const start = performance.now();
    const value = fn(arg);
    postMessage({ id, ok: true, value, ms: performance.now() - start });
  } catch (e) {
    // A RuntimeError is a trap inside the wasm (it should never happen); the instance may be
    // broken after it, so the page starts a new worker.
    postMessage({ id, ok: false, error: String(e?.message ?? e), fatal: e instanceof WebAssembly.RuntimeError });
  }
};

const OPS = {
  read: (text) => core.read(text),
  explain: (text) => core.explain(text),
  compare: (inputs) => core.compare(inputs),
  markdown: (value) => core.comparison_markdown(value),
  csv: (value) => core.comparison_csv(value),
};

// The wasm is fetched and compiled while the glue loads, not after.
const WASM = new URL('./pkg/ofsted_compare_bg.wasm', import.meta.url);
const compiling = WebAssembly.compileStreaming(fetch(WASM))
  .catch(async () => WebAssembly.compile(await (await fetch(WASM)).arrayBuffer())); // served with another type
const ready = (async () => {
  try {
    const glue = await import('./pkg/ofsted_compare.js');
    await glue.default({ module_or_path: await compiling });
    core = glue;
    postMessage({ ready: true, version: glue.version() });
  } catch (e) {
    postMessage({ ready: false, error: `The reader could not start: ${e?.message ?? e}` });
  }
})();
