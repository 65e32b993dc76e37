#!/usr/bin/env bash
# Installs what is missing, builds Kutip twice (normal, and with
# AddressSanitizer + UndefinedBehaviorSanitizer) and runs the whole suite in
# each under a virtual display. Ends with "N passed, N failed".
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

bash build-aux/install-deps.sh || { echo "install-deps failed"; echo "0 passed, 1 failed"; exit 1; }

export G_DEBUG=fatal-warnings
passed=0
failed=0

run_suite () {
  local dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$@" >"$dir.setup.log" 2>&1 || { cat "$dir.setup.log"; failed=$((failed + 1)); return; }
  fi
  if ! meson compile -C "$dir" >"$dir.compile.log" 2>&1; then
    tail -n 60 "$dir.compile.log"
    failed=$((failed + 1))
    return
  fi
  xvfb-run -a -s '-screen 0 1400x900x24' meson test -C "$dir" --print-errorlogs --num-processes 2 2>&1 | tee "$dir.test.log" | grep -vE '^ *[0-9]+/[0-9]+ .* OK ' || true
  local ok fail
  ok=$(sed -n 's/^Ok: *\([0-9]*\).*/\1/p' "$dir.test.log" | tail -n 1)
  fail=$(sed -n 's/^Fail: *\([0-9]*\).*/\1/p' "$dir.test.log" | tail -n 1)
  local timeout_n
  timeout_n=$(sed -n 's/^Timeout: *\([0-9]*\).*/\1/p' "$dir.test.log" | tail -n 1)
  local unexpected
  unexpected=$(sed -n 's/^Unexpected Pass: *\([0-9]*\).*/\1/p' "$dir.test.log" | tail -n 1)
  # Under the virtual display nothing has a reason to skip: a skipped test
  # is one that did not run.
  local skipped
  skipped=$(sed -n 's/^Skipped: *\([0-9]*\).*/\1/p' "$dir.test.log" | tail -n 1)
  if [ "${skipped:-0}" -gt 0 ]; then
    echo "$dir: $skipped test(s) skipped, counted as failed:"
    grep -E ' SKIP ' "$dir.test.log" || true
  fi
  if [ -z "$ok" ]; then
    failed=$((failed + 1))
    return
  fi
  passed=$((passed + ok))
  failed=$((failed + ${fail:-0} + ${timeout_n:-0} + ${unexpected:-0} + ${skipped:-0}))
}

echo "== normal build =="
run_suite _build
echo "== AddressSanitizer + UndefinedBehaviorSanitizer build =="
run_suite _build-sanitize -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
