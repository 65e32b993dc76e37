#!/usr/bin/env bash
# Installs what is missing, builds Kutip and starts it on the bundled sample
# article (or on the files given).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bash build-aux/install-deps.sh
[ -f _build/build.ninja ] || meson setup _build >/dev/null
# A build directory set up for the CLI alone gets the app turned back on.
meson configure _build -Dapp=true >/dev/null
meson compile -C _build >/dev/null
export GSETTINGS_SCHEMA_DIR="$top/_build/data"
exec ./_build/src/app/kutip "$@"
