#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# bench-suggest.sh: the whole suggestion pipeline (dates, claims, speakers)
# as `kutip-cli suggest --jsonl` against chrono-node (dates only) on the
# same gold JSONL text, on one core; and peak memory at 1× and 8× the
# corpus, to show it streams.
#
#   bench/bench-suggest.sh BUILD_DIR [GOLD.jsonl ...]
#
# Two Kutip figures: "engine" times only the engine calls, as chrono.mjs
# times only its parse calls (bench/eval-suggest, wall clock and the
# thread's CPU time, which a busy machine disturbs less); "process" is the
# whole `kutip-cli suggest --jsonl` run, reading and writing included.
# Best of $KUTIP_BENCH_TRIALS runs (default 5).
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

best () {
  python3 -c 'import json,sys; k=sys.argv[1]; print("%.2f" % max(json.loads(l)[k] for l in sys.stdin if l.startswith("{")))' "$1"
}

printf '%-32s %6s %9s %9s %9s %9s %7s %7s\n' "file" "MB" "chrono" "engine" "eng.CPU" \
       "process" "ratio" "CPU rat"
for gold in "$@"; do
  mb=$(text_mb "$gold")
  python3 -c 'import json,sys
for l in open(sys.argv[1]):
    if l.strip():
        d=json.loads(l); print(json.dumps({k: d[k] for k in ("id","text","lang","published") if k in d}, ensure_ascii=False))' "$gold" > "$work/in.jsonl"
  peer=$(for t in $(seq "$trials"); do
           (cd "$work" && taskset -c 0 node chrono.mjs "$gold" 2>&1 >/dev/null)
         done | best mb_per_s)
  engine=$(for t in $(seq "$trials"); do
             taskset -c 0 "$build"/bench/eval-suggest --repeat 3 "$work/in.jsonl" 2>&1
           done)
  engine_mbps=$(echo "$engine" | best mb_per_s)
  engine_cpu=$(echo "$engine" | best cpu_mb_per_s)
  process=$(for t in $(seq "$trials"); do
              s=$(date +%s.%N)
              taskset -c 0 "$cli" suggest --jsonl < "$work/in.jsonl" > /dev/null
              e=$(date +%s.%N)
              python3 -c "print($mb / ($e - $s))"
            done | sort -g | tail -n 1)
  printf '%-32s %6.2f %9s %9s %9s %9.1f %6.1fx %6.1fx\n' "$(basename "$gold")" "$mb" "$peer" \
         "$engine_mbps" "$engine_cpu" "$process" \
         "$(python3 -c "print($engine_mbps / $peer)")" "$(python3 -c "print($engine_cpu / $peer)")"
done
echo "(MB/s of article text; ratio = engine / chrono wall clock, CPU rat = engine CPU / chrono)"

# Memory: the same corpus once and eight times over.
cat "$@" > "$work/x1.jsonl"
for i in 1 2 3 4 5 6 7 8; do cat "$work/x1.jsonl"; done > "$work/x8.jsonl"
for n in 1 8; do
  rss=$( { /usr/bin/time -f '%M' "$cli" suggest --jsonl < "$work/x$n.jsonl" > /dev/null; } 2>&1 | tail -n 1)
  printf 'peak memory, corpus x%s (%s MB of JSONL): %s KB\n' "$n" \
         "$(du -m "$work/x$n.jsonl" | cut -f1)" "$rss"
done
