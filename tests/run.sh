#!/usr/bin/env bash
# Every check of the project, in one place (the README's test command and .ci/run call this).
# Installs what is missing first (scripts/setup.sh --test), then runs, in order:
#   rustfmt, clippy (native, all targets) and clippy (wasm32, the library), with warnings denied;
#   cargo test (native: unit, integration and doc tests);
#   the optimised wasm build of the page, with its raw and gzip sizes against the budget;
#   the wasm-bindgen tests (node and headless Chromium);
#   the browser tests of the served page (playwright-core on Debian's Chromium).
# Stops at the first failure, exits non-zero, and always prints a summary.
# WASM_GZIP_BUDGET (bytes, default 155648 = 152 KB) is the size budget of the page's wasm.
set -euo pipefail
cd "$(dirname "$0")/.."

BUDGET=${WASM_GZIP_BUDGET:-155648}
WASM=www/pkg/ofsted_compare_bg.wasm
summary=()
started=$SECONDS

print_summary() {
  echo
  echo "==================== summary ===================="
  for line in "${summary[@]}"; do echo "$line"; done
  if [ -f "$WASM" ]; then
    echo "wasm: $(wc -c < "$WASM") bytes raw, $(gzip -9 -c "$WASM" | wc -c) bytes gzip (budget $BUDGET)"
  fi
  if [ -f test-results/web-figures.json ]; then
    node -e '
      const f = require("./test-results/web-figures.json");
      if (f.cold_load_ms) console.log(`cold load to the example table: median ${f.cold_load_ms.median} ms, best ${f.cold_load_ms.best} ms (budget 300 ms)`);
      if (f.cold_load_live_ms) console.log(`cold load to the worker reading the example itself: median ${f.cold_load_live_ms.median} ms, best ${f.cold_load_live_ms.best} ms`);
      if (f.bench && !f.bench.error) console.log(`read: ${f.bench.read_mb_per_s.toFixed(2)} MB/s on ${(f.bench.read_bytes / 1024).toFixed(0)} KB; compare of 500 inspections: ${f.bench.compare_500_ms.toFixed(1)} ms`);
      if (f.big_paste) console.log(`5 MB paste: result in ${f.big_paste.result_ms} ms, main thread never blocked over ${f.big_paste.longest_main_thread_gap_ms} ms`);
    ' || true
  fi
  if [ -f test-results/web-record-figures.json ]; then
    node -e '
      const f = require("./test-results/web-record-figures.json");
      if (f.record_cold_load_ms) console.log(`cold load to the example council on record: median ${f.record_cold_load_ms.median} ms; longest main-thread task: median ${f.longest_task_ms.median} ms`);
    ' || true
  fi
  if [ -f www/pkg/record.json ]; then
    echo "record: $(wc -c < www/pkg/record.json) bytes raw, $(gzip -9 -c www/pkg/record.json | wc -c) bytes gzip"
  fi
  echo "total: $((SECONDS - started)) s"
}

step() {
  local name=$1
  shift
  echo
  echo "==================== $name"
  local t=$SECONDS
  if "$@"; then
    summary+=("ok    $name ($((SECONDS - t)) s)")
  else
    summary+=("FAIL  $name")
    print_summary
    echo "$((${#summary[@]} - 1)) passed, 1 failed"
    exit 1
  fi
}

wasm_size() {
  local raw gz
  raw=$(wc -c < "$WASM")
  gz=$(gzip -9 -c "$WASM" | wc -c)
  echo "wasm size: $raw bytes raw, $gz bytes gzip -9, budget $BUDGET bytes gzip"
  if [ "$gz" -gt "$BUDGET" ]; then
    echo "the wasm is over its size budget by $((gz - BUDGET)) bytes (gzip)" >&2
    return 1
  fi
}

step "setup (installs only what is missing)" scripts/setup.sh --test
step "rustfmt" cargo fmt --check
step "clippy, native, all targets" cargo clippy --all-targets -- -D warnings
step "clippy, wasm32 library" cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
step "cargo test (native)" cargo test
step "wasm build (scripts/build.sh)" scripts/build.sh
step "wasm size budget" wasm_size
# Only the wasm-bindgen test targets: plain #[test]s and doctests do not run on wasm32.
step "wasm-bindgen tests (node, headless Chromium)" \
  cargo test --target wasm32-unknown-unknown --test wasm_node --test wasm_browser
step "browser tests (node --test tests/web/)" node --test tests/web/

print_summary
echo "${#summary[@]} passed, 0 failed"
