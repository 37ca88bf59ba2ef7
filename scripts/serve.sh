#!/usr/bin/env bash
# Installs what is missing, builds the page and serves it on localhost, with the example ready
# at the URL it prints. PORT picks the port (default 8000). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
PORT=${PORT:-8000}
echo
echo "The page, with the example loaded:  http://127.0.0.1:$PORT/#example"
echo "The page, empty:                    http://127.0.0.1:$PORT/"
echo "(Ctrl-C stops the server.)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory www
