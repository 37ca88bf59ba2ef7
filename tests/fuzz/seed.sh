#!/bin/sh
# Seeds the fuzz corpora from the project's fixtures (tests/fixtures/**/*.txt): every fixture
# alone for `extract`, and every fixture with the next one (joined by the byte 0x1E that the
# `compare` target splits on) for `compare`. Run from the repository root.
set -eu
root=tests/fuzz/corpus
mkdir -p "$root/extract" "$root/compare"
files=$(find tests/fixtures -name '*.txt' | sort)
prev=""
n=0
for f in $files; do
    n=$((n + 1))
    cp "$f" "$root/extract/seed-$n.txt"
    if [ -n "$prev" ]; then
        { cat "$prev"; printf '\036'; cat "$f"; } > "$root/compare/seed-$n.txt"
    fi
    prev=$f
done
echo "seeded $n fixtures into $root"
