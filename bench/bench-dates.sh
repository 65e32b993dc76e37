#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# bench-dates.sh: date finder throughput against chrono-node on the same text.
#
#   bench/bench-dates.sh BUILD_DIR [GOLD.jsonl ...]
#
# Runs the peer (../shared/eval/peers/chrono.mjs with chrono-node@2.10.3,
# installed into a temporary directory) and bench/eval-dates over each gold
# file on one core, keeps each tool's best of $KUTIP_BENCH_TRIALS runs
# (default 5; the machine may be shared) and prints both MB/s and their
# ratio (wall clock, as chrono.mjs measures), plus the finder's MB/s in CPU
# time of its thread, which a busy machine disturbs less. chrono.mjs makes one pass per run; eval-dates makes
# $KUTIP_BENCH_REPEAT passes per run (default 10, a 1 MB file takes the
# finder only milliseconds, too short to time alone on a busy machine).
# Neither timing includes reading the file or writing predictions.
set -eu

build=${1:?usage: bench-dates.sh BUILD_DIR [GOLD.jsonl ...]}
shift
root=$(cd "$(dirname "$0")/.." && pwd)
eval_dir=${KUTIP_EVAL_DIR:-$root/../../shared/eval}
[ -d "$eval_dir" ] || eval_dir=/work/shared/eval
if [ $# -eq 0 ]; then
  set -- "$eval_dir"/dev/id-dates-nerugm-dev.jsonl "$eval_dir"/dev/en-dates-timebank-dev.jsonl \
         "$eval_dir"/dev/id-attribution-pfsa-dev.jsonl
fi
trials=${KUTIP_BENCH_TRIALS:-5}
repeat=${KUTIP_BENCH_REPEAT:-10}

peer=$(mktemp -d)
trap 'rm -rf "$peer"' EXIT
cp "$eval_dir"/peers/chrono.mjs "$eval_dir"/peers/package.json "$peer"/
(cd "$peer" && npm install --silent --no-audit --no-fund chrono-node@2.10.3 >/dev/null 2>&1)

# Best value of a field ($1, default mb_per_s) over the JSON lines on stdin.
best () {
  python3 -c 'import json,sys; k=sys.argv[1] if len(sys.argv)>1 else "mb_per_s"; print("%.2f" % max(json.loads(l)[k] for l in sys.stdin if l.startswith("{")))' "$@"
}

printf '%-30s %12s %12s %8s %16s\n' "file" "chrono MB/s" "kutip MB/s" "ratio" "kutip CPU MB/s"
for gold in "$@"; do
  peer_mbps=$(for t in $(seq "$trials"); do
                (cd "$peer" && taskset -c 0 node chrono.mjs "$gold" 2>&1 >/dev/null)
              done | best)
  ours=$(for t in $(seq "$trials"); do
           taskset -c 0 "$build"/bench/eval-dates --repeat "$repeat" "$gold" /dev/null 2>&1
         done)
  ours_mbps=$(echo "$ours" | best)
  ours_cpu=$(echo "$ours" | best cpu_mb_per_s)
  ratio=$(python3 -c "print('%.1f' % ($ours_mbps / $peer_mbps))")
  printf '%-30s %12s %12s %7sx %16s\n' "$(basename "$gold")" "$peer_mbps" "$ours_mbps" "$ratio" \
         "$ours_cpu"
done
