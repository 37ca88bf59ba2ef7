#!/usr/bin/env bash
# Builds the page: the optimised wasm and its glue into www/pkg/, the record into
# www/pkg/record.json, pdf.js into www/pkg/pdfjs/. Needs what scripts/setup.sh installs. Prints
# the wasm's and the record's raw and gzip sizes.
set -euo pipefail
cd "$(dirname "$0")/.."

CRATE=ofsted_compare
PKG=www/pkg
WASM_OPT=node_modules/.bin/wasm-opt   # npm binaryen; never Debian's (it corrupts wasm-bindgen output)

[ -x "$WASM_OPT" ] || { echo "build.sh: $WASM_OPT is missing; run scripts/setup.sh first." >&2; exit 2; }
[ -d node_modules/pdfjs-dist/build ] || { echo "build.sh: pdfjs-dist is missing; run scripts/setup.sh first." >&2; exit 2; }

# The page's wasm is built with its own standard library, compiled for size, and with panics
# that abort at once instead of formatting a message nobody would see (the library never
# panics; a trap restarts the page's worker), without source locations or debug formatting
# (nothing the page shows uses either): 15 KB gzip less than with the prebuilt standard
# library. It needs the standard library's source (scripts/setup.sh adds it) and unstable
# flags, which RUSTC_BOOTSTRAP allows on the stable compiler for this build only. Its own
# target folder keeps these flags from forcing a rebuild of everything else. wasm-opt's
# flatten, rereloop and merge-similar-functions passes between -Oz runs take off a further
# 1.5 KB, and --low-memory-unused 1.6 KB more: it lets wasm-opt fold constant offsets into loads
# and stores, which is sound because nothing lives in the first 1 KB of memory (the linker puts
# the 1 MB stack first, growing down towards it, and the data after it).
RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none" \
  cargo build --lib --profile wasm --target wasm32-unknown-unknown --target-dir target/page \
  -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size
rm -rf "$PKG"
wasm-bindgen --target web --no-typescript --out-dir "$PKG" \
  "target/page/wasm32-unknown-unknown/wasm/$CRATE.wasm"
"$WASM_OPT" --low-memory-unused -Oz --converge --flatten --rereloop -Oz --merge-similar-functions -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-multivalue --enable-mutable-globals \
  -o "$PKG/${CRATE}_bg.wasm" "$PKG/${CRATE}_bg.wasm"

# The record (from data/), which the page shows beside what it reads, as the native CLI gives it:
# fetched by the worker from this origin and handed to the wasm (src/wasm.rs, load_record); kept
# by the service worker with the rest of the site. Not in the wasm, whose size is budgeted.
cargo run --quiet -- --record-data > "$PKG/record.json"

# The words for each reason a grade word was or was not taken (src/render/explain.rs), which the
# page shows beside the worker's explain(): words for people are the core's, but not in the wasm.
cargo run --quiet -- --reasons-data > "$PKG/reasons.json"

# pdf.js, copied beside the glue and loaded by the page only when a PDF arrives.
mkdir -p "$PKG/pdfjs"
cp node_modules/pdfjs-dist/build/pdf.min.mjs node_modules/pdfjs-dist/build/pdf.worker.min.mjs \
  node_modules/pdfjs-dist/LICENSE "$PKG/pdfjs/"

# What the page shows before its worker has started: the core's labels, the example pair and
# its reading (a module: the page's CSP forbids fetching).
node scripts/prepare.mjs > "$PKG/prepared.js"

# The service worker's list of files to keep, and a version that changes with any of them, so
# that a new build replaces the old cache (the browser re-checks sw.js and what it imports).
node scripts/site-manifest.mjs > "$PKG/site.js"

RAW=$(wc -c < "$PKG/${CRATE}_bg.wasm")
GZ=$(gzip -9 -c "$PKG/${CRATE}_bg.wasm" | wc -c)
echo "wasm: $PKG/${CRATE}_bg.wasm $RAW bytes raw, $GZ bytes gzip -9"
echo "record: $PKG/record.json $(wc -c < "$PKG/record.json") bytes raw, $(gzip -9 -c "$PKG/record.json" | wc -c) bytes gzip -9"
