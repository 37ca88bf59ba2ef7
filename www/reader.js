// The page's side of the reader worker (worker.js). A module with no imports, so that the
// worker, and with it the wasm, starts loading as soon as the page begins to run scripts.

let worker;
let readyPromise;
const pending = new Map();
let nextId = 1;

function start() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  readyPromise = new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if ('ready' in data) {
        if (data.ready) resolve(data.version); else reject(new Error(data.error));
        return;
      }
      const p = pending.get(data.id);
      if (!p) return;
      pending.delete(data.id);
      if (data.ok) p.resolve(data.value);
      else {
        p.reject(new Error(data.error));
        if (data.fatal) restart();
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      reject(new Error('The reader could not start.'));
      for (const p of pending.values()) p.reject(new Error('The reader could not start.'));
      pending.clear();
    };
  });
  readyPromise.catch(() => {}); // reported by whoever awaits it
}

function restart() {
  worker.terminate();
  for (const p of pending.values()) p.reject(new Error('The reader stopped and was restarted.'));
  pending.clear();
  start();
}

/** Resolves with the core's version once the wasm is running; rejects if it cannot start. */
export function workerReady() {
  return readyPromise;
}

/** Runs `op` in the worker (see OPS in worker.js: read, not_taken, compare, markdown, csv, and the
 * record's record, find_councils, council_history, compare_with_record). Calls start in order. */
export function call(op, arg) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, op, arg });
  });
}

start();
