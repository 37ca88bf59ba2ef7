#!/usr/bin/env bash
# Installs what building the page needs, skipping whatever is already there at the right version:
#   - the wasm32-unknown-unknown Rust target and the standard library's source (rust-src);
#   - wasm-bindgen-cli at exactly the version of the wasm-bindgen crate in Cargo.lock;
#   - the npm packages of package-lock.json (binaryen's wasm-opt, pdfjs-dist, playwright-core).
# With --test, also Debian's Chromium and chromedriver (apt-get; needs root), for the tests.
# Never Debian's binaryen: its wasm-opt silently corrupts wasm-bindgen's output.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=false
[ "${1:-}" = "--test" ] && want_test=true

say() { echo "setup: $*"; }

# The Rust target (RUSTUP_AUTO_INSTALL may be off, so it is added explicitly), and the standard
# library's source, from which scripts/build.sh builds the page's wasm for size.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target present"
else
  rustup target add wasm32-unknown-unknown
fi
if rustup component list --installed | grep -qx rust-src; then
  say "rust-src present"
else
  rustup component add rust-src
fi

# wasm-bindgen-cli, the same version as the crate (they must match exactly).
[ -f Cargo.lock ] || cargo generate-lockfile
WB=$(awk -F'"' '/^name = "wasm-bindgen"$/ { getline; print $2; exit }' Cargo.lock)
if [ -z "$WB" ]; then echo "setup: no wasm-bindgen in Cargo.lock" >&2; exit 2; fi
if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WB" ] \
  && [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" = "wasm-bindgen-test-runner $WB" ]; then
  say "wasm-bindgen-cli $WB present"
else
  say "installing wasm-bindgen-cli $WB (a few minutes)"
  cargo install wasm-bindgen-cli --version "$WB" --locked --force \
    || cargo install wasm-bindgen-cli --version "$WB" --force # the registry may lack a locked dependency
fi

# npm packages, from the committed lock file, unless node_modules already matches it.
if node -e '
  const lock = require("./package-lock.json").packages;
  for (const [path, p] of Object.entries(lock)) {
    if (!path || p.optional) continue;
    let v;
    try { v = require(`./${path}/package.json`).version; } catch { process.exit(1); }
    if (v !== p.version) process.exit(1);
  }' 2>/dev/null; then
  say "npm packages present"
else
  # Optional dependencies (pdfjs-dist's @napi-rs/canvas, for node only) are not needed.
  npm ci --no-audit --no-fund --omit=optional
fi

if $want_test; then
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "chromium and chromedriver present"
  elif [ "$(id -u)" = 0 ]; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
  else
    echo "setup: install Debian's chromium and chromium-driver (as root: apt-get install chromium chromium-driver)" >&2
    exit 2
  fi
fi
