#!/usr/bin/env bash
# Builds Kutip's core in release mode and runs the store benchmark:
# a 10 MB article with 100,000 annotations, load/save/queries vs `jq .`.
# Extra arguments go to bench-store (e.g. --mbytes 2 --annotations 20000).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/_build-release"
if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "$top" -Dapp=false -Dbuildtype=release >/dev/null
fi
ninja -C "$build" bench/kutip-bench-store >/dev/null
exec "$build/bench/kutip-bench-store" "$@"
