#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# bench-suggest.sh: the whole suggestion pipeline (dates, claims, speakers)
# as `kutip-cli suggest --jsonl` against chrono-node (dates only) on the
# same gold JSONL text, on one core; and peak memory at 1× and 8× the
# corpus, to show it streams.
#
#   bench/bench-suggest.sh BUILD_DIR [GOLD.jsonl ...]
#
# Kutip's time is the whole process (reading and parsing JSONL, writing
# predictions); chrono.mjs times only its parse calls, so the ratio is on
# the peer's side. Best of $KUTIP_BENCH_TRIALS runs (default 5).
set -eu

build=${1:?usage: bench-suggest.sh BUILD_DIR [GOLD.jsonl ...]}
shift
root=$(cd "$(dirname "$0")/.." && pwd)
eval_dir=${KUTIP_EVAL_DIR:-$root/../shared/eval}
[ -d "$eval_dir" ] || eval_dir=/work/shared/eval
if [ $# -eq 0 ]; then
  set -- "$eval_dir"/dev/id-attribution-pfsa-dev.jsonl "$eval_dir"/dev/en-attribution-polnear-dev.jsonl \
         "$eval_dir"/dev/en-dates-timebank-dev.jsonl "$eval_dir"/dev/id-dates-nerugm-dev.jsonl
fi
trials=${KUTIP_BENCH_TRIALS:-5}
cli="$build"/src/cli/kutip-cli

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$eval_dir"/peers/chrono.mjs "$eval_dir"/peers/package.json "$work"/
(cd "$work" && npm install --silent --no-audit --no-fund chrono-node@2.10.3 >/dev/null 2>&1)

text_mb () {
  python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1]) if l.strip())/1e6)' "$1"
}

printf '%-32s %8s %12s %12s %8s\n' "file" "MB" "chrono MB/s" "kutip MB/s" "ratio"
for gold in "$@"; do
  mb=$(text_mb "$gold")
  peer=$(for t in $(seq "$trials"); do
           (cd "$work" && taskset -c 0 node chrono.mjs "$gold" 2>&1 >/dev/null)
         done | python3 -c 'import json,sys; print("%.2f" % max(json.loads(l)["mb_per_s"] for l in sys.stdin if l.startswith("{")))')
  ours=$(for t in $(seq "$trials"); do
           s=$(date +%s.%N)
           taskset -c 0 "$cli" suggest --jsonl < "$gold" > /dev/null
           e=$(date +%s.%N)
           python3 -c "print($mb / ($e - $s))"
         done | sort -g | tail -n 1)
  printf '%-32s %8.2f %12s %12.1f %7.1fx\n' "$(basename "$gold")" "$mb" "$peer" "$ours" \
         "$(python3 -c "print($ours / $peer)")"
done

# Memory: the same corpus once and eight times over.
cat "$@" > "$work/x1.jsonl"
for i in 1 2 3 4 5 6 7 8; do cat "$work/x1.jsonl"; done > "$work/x8.jsonl"
for n in 1 8; do
  rss=$( { /usr/bin/time -f '%M' "$cli" suggest --jsonl < "$work/x$n.jsonl" > /dev/null; } 2>&1 | tail -n 1)
  printf 'peak memory, corpus x%s (%s MB of JSONL): %s KB\n' "$n" \
         "$(du -m "$work/x$n.jsonl" | cut -f1)" "$rss"
done
