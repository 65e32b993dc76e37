#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-potfiles.sh: every source file with translatable strings is listed
# in po/POTFILES.in, and every listed file exists.
set -euo pipefail
top=${1:?usage: check-potfiles.sh SOURCE-ROOT}
cd "$top"
listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
status=0
for f in $listed; do
  [ -f "$f" ] || { echo "listed but missing: $f"; status=1; }
done
for f in $(grep -rlE '\b(N?_|C_|NC_)\(' src --include='*.c' | sort) \
         $(grep -rl 'translatable="yes"' src --include='*.ui' | sort); do
  grep -qx "$f" <<<"$listed" || { echo "not in po/POTFILES.in: $f"; status=1; }
done
[ $status -eq 0 ] && echo "po/POTFILES.in is complete"
exit $status
