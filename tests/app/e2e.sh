#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# e2e.sh: starts the built app on a copy of the sample under X, tags a
# speaker and a quotation with real key presses (xdotool), links the claim,
# saves with Ctrl+S and checks the written JSON with jq; then opens the
# Export dialog and closes it with Escape.
set -euo pipefail

app=${1:?usage: e2e.sh PATH-TO-kutip}
src=${KUTIP_SOURCE_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}

if [ -z "${DISPLAY:-}" ]; then
  echo "no X display: skipped"
  exit 77
fi

work=$(mktemp -d)
pid=
cleanup () {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
export GSETTINGS_BACKEND=memory
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
unset G_DEBUG
cp "$src/data/samples/harakatuna-gaza-ceasefire-id.txt" "$work/e2e.txt"

"$app" "$work/e2e.txt" >"$work/app.log" 2>&1 &
pid=$!

wid=
for _ in $(seq 1 100); do
  wid=$(xdotool search --onlyvisible --name '^e2e' 2>/dev/null | head -n 1 || true)
  [ -n "$wid" ] && break
  sleep 0.1
done
if [ -z "$wid" ]; then
  echo "the window did not appear"; cat "$work/app.log"; exit 1
fi
sleep 2

# Real (XTEST) key events to the focused window, as a keyboard sends them.
key () {
  xdotool key --delay 60 "$@"
  sleep 0.3
}

# Click into the article, go to its start and select the first word.
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool mousemove --window "$wid" 300 260 click 1
sleep 0.5
key ctrl+Home
key shift+ctrl+Right
key 1

# Down to the line that opens the first quotation (line 16; the sample's
# lines fit the column unwrapped), to its end: the caret is inside the quote.
key ctrl+Home
key --repeat 15 Down
key End
key 2
# Link the claim to the nearest speaker, then save.
key s
key ctrl+s

out=$work/e2e.kutip.json
for _ in $(seq 1 50); do
  [ -s "$out" ] && break
  sleep 0.1
done
if [ ! -s "$out" ]; then
  echo "nothing was saved to $out"; cat "$work/app.log"; exit 1
fi

fail=0
check () {
  local what=$1 filter=$2
  if jq -e "$filter" "$out" >/dev/null; then
    echo "ok - $what"
  else
    echo "not ok - $what"; fail=1
  fi
}

check "one speaker, the first word" \
  '[.annotations[] | select(.label == "speaker")] | length == 1 and (.[0].text == "Harakatuna")'
check "the quotation is a claim" \
  '[.annotations[] | select(.label == "claim")] | length == 1 and (.[0].text | startswith("“Kedua pemimpin"))'
check "stored text equals the article slice" \
  '. as $d | all(.annotations[]; . as $a | $a.text == ($d.text | explode | .[$a.start:$a.end] | implode))'
check "the claim is said by the speaker" \
  '(.annotations | map({(.id): .label}) | add) as $l | [.relations[] | select(.type == "said-by" and $l[.from] == "claim" and $l[.to] == "speaker")] | length == 1'

# File › Export opens with its key and closes with Escape, real keys both.
dialog_open () {
  xdotool search --onlyvisible --name "^$1\$" >/dev/null 2>&1
}
key ctrl+shift+x
for _ in $(seq 1 100); do dialog_open Export && break; sleep 0.1; done
if dialog_open Export; then
  # No window manager here gives the new dialog the keyboard: as one would.
  xdotool windowfocus --sync "$(xdotool search --onlyvisible --name '^Export$' | head -n 1)" \
    2>/dev/null || true
  key Escape
  for _ in $(seq 1 30); do dialog_open Export || break; sleep 0.1; done
  if dialog_open Export; then
    echo "not ok - Escape closes the Export dialog"; fail=1
  else
    echo "ok - Escape closes the Export dialog"
  fi
else
  echo "not ok - Ctrl+Shift+X opens the Export dialog"; fail=1
fi

if [ $fail -ne 0 ]; then
  cat "$out"; cat "$work/app.log"
  if command -v import >/dev/null; then
    import -window root "${G_TEST_BUILDDIR:-.}/e2e-failure.png" || true
  fi
fi
exit $fail
