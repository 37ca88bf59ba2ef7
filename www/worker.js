// The module worker that runs the Rust core (pkg/, built by scripts/build.sh), so that reading a
// long paste never blocks typing. Messages in: { id, op, arg }; out: { id, ok, value | error, ms }.
// The first message out is { ready: true, version } or { ready: false, error }.
//
// It also fetches, from this origin, the record of inspections (pkg/record.json) and the words
// for each reason a grade word was or was not taken (pkg/reasons.json), parses each once and
// keeps it: the core's record exports take the parsed record as an argument. Both are fetched
// once the wasm is running (so as not to slow it down), before the page asks for them, so that
// nothing is fetched after the page has loaded (the service worker keeps them for offline use).

let core = null;

self.onmessage = async ({ data }) => {
  await ready;
  const { id, op, arg } = data;
  try {
    const fn = core && OPS[op];
    if (!fn) throw new Error(core ? `Unknown operation ${op}.` : 'The reader did not start.');
    const start = performance.now();
    const value = await fn(arg);
    postMessage({ id, ok: true, value, ms: performance.now() - start });
  } catch (e) {
    // A RuntimeError is a trap inside the wasm (it should never happen); the instance may be
    // broken after it, so the page starts a new worker.
    postMessage({ id, ok: false, error: String(e?.message ?? e), fatal: e instanceof WebAssembly.RuntimeError });
  }
};

/** A JSON file of this site, fetched and parsed once; fetched again on the next use if it failed. */
function kept(path, what) {
  let loading = null;
  const load = () => {
    loading ??= fetch(new URL(path, import.meta.url))
      .then((response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        return response.json();
      })
      .catch((e) => {
        loading = null;
        throw new Error(`${what} could not be loaded (${e?.message ?? e}).`);
      });
    return loading;
  };
  return load;
}

/** How many grade words not taken the page is sent for a text (it lists them, and counts all). */
const NOT_TAKEN_SENT = 100;

const record = kept('./pkg/record.json', 'The record of inspections');
const reasons = kept('./pkg/reasons.json', 'The words for why grade words were taken');

const OPS = {
  read: (text) => core.read(text),
  /** The grade words of the text that were not taken, and why: { count, words }, the first
   * NOT_TAKEN_SENT of them (the core's `explain`), each with `why`, its reason in words. */
  not_taken: async (text) => {
    const left = core.explain(text).filter((w) => !w.taken);
    const why = await reasons();
    return { count: left.length, words: left.slice(0, NOT_TAKEN_SENT).map((w) => ({ ...w, why: why[w.reason] ?? null })) };
  },
  compare: (inputs) => core.compare(inputs),
  markdown: (value) => core.comparison_markdown(value),
  csv: (value) => core.comparison_csv(value),
  /** The record's date and size: { published_to, councils }. */
  record: async () => {
    const r = await record();
    return { published_to: r.published_to ?? null, councils: Object.keys(r.councils ?? {}).length };
  },
  find_councils: async (query) => core.find_councils(await record(), query),
  council_history: async (code) => core.council_history(await record(), code),
  compare_with_record: async (input) => core.compare_with_record(await record(), input),
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
    record().catch(() => {}); // whoever needs them sees a failure
    reasons().catch(() => {});
  } catch (e) {
    postMessage({ ready: false, error: `The reader could not start: ${e?.message ?? e}` });
  }
})();
