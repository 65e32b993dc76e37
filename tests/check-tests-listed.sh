#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-tests-listed.sh DIR app|no-app -- CORE… -- APP…: every test file
# (DIR/test-*.c, DIR/app/test-*.c) is in its meson list, so a test written
# but not listed fails here instead of never running.
set -euo pipefail
dir=$1 app=$2
shift 3
core=() ui=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do core+=("$1"); shift; done
[ $# -gt 0 ] && shift
ui=("$@")

status=0
listed () {
  local name=$1; shift
  local n
  for n in "$@"; do [ "$n" = "$name" ] && return 0; done
  return 1
}
for file in "$dir"/test-*.c; do
  name=$(basename "$file" .c); name=${name#test-}
  if ! listed "$name" "${core[@]}"; then
    echo "not listed: $file (add '$name' to core_tests in tests/meson.build)"; status=1
  fi
done
if [ "$app" = app ]; then
  for file in "$dir"/app/test-*.c; do
    name=$(basename "$file" .c); name=${name#test-}
    if ! listed "$name" "${ui[@]}"; then
      echo "not listed: $file (add '$name' to app_tests in tests/app/meson.build)"; status=1
    fi
  done
fi
[ $status -eq 0 ] && echo "every test file is listed"
exit $status
