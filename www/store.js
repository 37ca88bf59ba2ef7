// Keeps the boxes' texts in this browser (IndexedDB), and nowhere else. Each box's text is its
// own record, so that a text too long to keep costs that box only; the list of boxes (their keys,
// in order) is another record. A box whose latest text could not be kept holds a marker instead
// of its text, so that a reload never brings back an older text in its place.
// Texts kept by earlier versions of the page in localStorage are moved here on first load.

const DB_NAME = 'ofsted-compare';
const TEXTS = 'texts'; // box key -> { text } | { lost: length of the text that could not be kept }
const META = 'meta'; // 'boxes' -> [box keys, in order]
const BOXES = 'boxes';
const LEGACY = 'ofsted-compare:'; // localStorage: ofsted-compare:count, ofsted-compare:text:0, ...

/** Why a text was not kept: too long for this browser's storage, or storage refused it. */
export const TOO_LONG = 'too-long';
export const REFUSED = 'refused';

let opening = null;
let order = []; // the keys of the boxes on the page, in order
let generation = 0; // bumped by forgetAll, so that writes queued before it are dropped
const queues = new Map(); // box key (or BOXES) -> its last write, so that writes land in order

function database() {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(TEXTS);
      request.result.createObjectStore(META);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opening;
}

/**
 * Runs `work(texts, meta)` (the two object stores) in one transaction. `work` returns an object
 * of requests; the promise resolves with their results once the transaction has committed.
 */
async function transaction(mode, work) {
  const db = await database();
  return new Promise((resolve, reject) => {
    const tx = db.transaction([TEXTS, META], mode);
    const requests = work(tx.objectStore(TEXTS), tx.objectStore(META)) ?? {};
    tx.oncomplete = () => resolve(Object.fromEntries(Object.entries(requests).map(([k, r]) => [k, r.result])));
    tx.onabort = () => reject(tx.error ?? new Error('The browser did not keep the text.'));
  });
}

/** Runs `write` after the earlier writes of the same key, unless everything was forgotten meanwhile. */
function queued(key, write) {
  const at = generation;
  const next = (queues.get(key) ?? Promise.resolve()).then(() => (at === generation ? write() : null));
  queues.set(key, next.catch(() => {}));
  return next;
}

// Read as soon as this module runs (index.html loads it early, beside the reader), so that the
// boxes are there by the time the page asks for them.
const reading = readBoxes();

/**
 * The boxes kept last time, in order: `[{ key, text, lost }]`, where `lost` is the length of a
 * text that could not be kept (its box is then empty). Empty when nothing was kept or when this
 * browser's storage cannot be read.
 */
export async function loadBoxes() {
  const boxes = await reading;
  order = boxes.map((b) => b.key); // what later writes keep, until setBoxes changes it
  return boxes;
}

async function readBoxes() {
  try {
    const { boxes, keys, records } = await transaction('readonly', (texts, meta) => (
      { boxes: meta.get(BOXES), keys: texts.getAllKeys(), records: texts.getAll() }));
    if (!boxes) return await migrateLegacy();
    const byKey = new Map(keys.map((k, i) => [k, records[i]]));
    return boxes.map((key) => ({ key, text: byKey.get(key)?.text ?? '', lost: byKey.get(key)?.lost ?? 0 }));
  } catch {
    return legacyBoxes(); // shown, though they cannot be moved
  }
}

/** The boxes that an earlier version kept in localStorage. */
function legacyBoxes() {
  try {
    const count = Number(localStorage.getItem(`${LEGACY}count`)) || 0;
    return Array.from({ length: count }, (_, k) => ({ key: k, text: localStorage.getItem(`${LEGACY}text:${k}`) ?? '', lost: 0 }));
  } catch {
    return [];
  }
}

/** Moves the texts that an earlier version kept in localStorage into IndexedDB. */
async function migrateLegacy() {
  const boxes = legacyBoxes();
  if (!boxes.length) return [];
  await transaction('readwrite', (texts, meta) => {
    for (const b of boxes) if (b.text) texts.put({ text: b.text }, b.key);
    meta.put(boxes.map((b) => b.key), BOXES);
  });
  forgetLegacy();
  return boxes;
}

function forgetLegacy() {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(LEGACY)) localStorage.removeItem(key);
  } catch {
    // No localStorage in this browser: nothing to forget.
  }
}

/** Sets the list of boxes (their keys, in order), which every later write keeps with it. */
export function setBoxes(keys) {
  order = [...keys];
  return queued(BOXES, () => transaction('readwrite', (texts, meta) => { meta.put(order, BOXES); }).catch(() => {}));
}

/**
 * Keeps the text of box `key` (an empty text forgets it), with the list of boxes. Resolves with
 * null when it was kept, or with TOO_LONG or REFUSED when it was not: the box's older text is
 * then forgotten, and a marker keeps the length of the text that was lost.
 */
export function keepText(key, text) {
  return queued(key, async () => {
    try {
      await writeAgainAfterQuota(key, text ? { text } : null);
      return null;
    } catch (e) {
      await write(key, { lost: text.length }).catch(() => write(key, null)).catch(() => {});
      return e?.name === 'QuotaExceededError' ? TOO_LONG : REFUSED;
    }
  });
}

/** `write`, tried again, a little later each time, after the browser said its storage was
 * full: just after a text too long to keep was refused, the browser may still count it for a
 * while (more than a second on a busy machine). */
async function writeAgainAfterQuota(key, record) {
  for (const wait of [500, 1000, 2000, 4000]) {
    try {
      return await write(key, record);
    } catch (e) {
      if (e?.name !== 'QuotaExceededError') throw e;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
  return write(key, record);
}

/** Forgets the text of box `key`, after its earlier writes (the box was removed). */
export function forgetText(key) {
  return queued(key, () => write(key, null).catch(() => {}));
}

/** Puts `record` (or, when null, nothing) as box `key`'s, and the list of boxes as it is now. */
function write(key, record) {
  return transaction('readwrite', (texts, meta) => {
    if (record) texts.put(record, key);
    else texts.delete(key);
    meta.put(order, BOXES);
  });
}

/** Forgets every text and box kept, and drops the writes not yet made. */
export async function forgetAll() {
  generation++;
  forgetLegacy();
  await transaction('readwrite', (texts, meta) => { texts.clear(); meta.clear(); }).catch(() => {});
}
