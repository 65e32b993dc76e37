#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-id-complete.sh: every string the sources mark for translation has an
# Indonesian translation in po/id.po (none missing, none fuzzy).
set -euo pipefail
top=${1:?usage: check-id-complete.sh SOURCE-ROOT}
cd "$top"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
grep -v '^#' po/POTFILES.in | sed '/^$/d' > "$work/files"
# The keywords of meson's 'glib' gettext preset.
xgettext --package-name=kutip --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --files-from="$work/files" --output="$work/kutip.pot"
if ! msgcmp po/id.po "$work/kutip.pot" 2>"$work/errors"; then
  grep -v 'this message is not used' "$work/errors" >&2 || true
  echo "po/id.po lacks translations (above)" >&2
  exit 1
fi
echo "po/id.po translates every string"
