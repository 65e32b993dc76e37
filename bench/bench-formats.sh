#!/usr/bin/env bash
# bench-formats.sh KUTIP_CLI KUTIP_BENCH_CORPUS: exports a generated corpus
# (10,000 documents, about 50 MB of Kutip JSONL) to every format and times
# jq making doccano's shape from the same file as a peer.
# Environment: KUTIP_BENCH_DOCS (10000), KUTIP_BENCH_DIR (a temporary folder).
set -euo pipefail

cli=$1
gen=$2
docs=${KUTIP_BENCH_DOCS:-10000}
work=${KUTIP_BENCH_DIR:-$(mktemp -d -t kutip-bench-formats-XXXXXX)}
mkdir -p "$work"
corpus=$work/corpus-$docs.jsonl

if [ ! -s "$corpus" ]; then
  "$gen" "$docs" 900 "$corpus"
fi
mb=$(du -m "$corpus" | cut -f1)
echo "corpus: $docs documents, $mb MB of Kutip JSONL ($corpus)"

# Best of three runs: wall seconds, CPU seconds (user + system; fairer on
# a busy machine) and peak resident memory in MB.
measure () {
  local name=$1; shift
  local best="" cpu="" rss=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" ||
      { cat "$work/stderr" "$work/time" >&2; exit 1; }
    read -r secs user sys kb < <(tail -n 1 "$work/time")
    if [ -z "$best" ] || awk "BEGIN { exit !($secs < $best) }"; then best=$secs; fi
    c=$(awk "BEGIN { print $user + $sys }")
    if [ -z "$cpu" ] || awk "BEGIN { exit !($c < $cpu) }"; then cpu=$c; fi
    rss=$((kb / 1024))
  done
  printf '%-14s %7.2f s %7.2f s  %5d MB\n' "$name" "$best" "$cpu" "$rss"
  eval "time_${name//-/_}=$best"
  eval "cpu_${name//-/_}=$cpu"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf '%-14s %9s %9s  %s\n' format wall cpu "peak RSS"
for format in jsonl doccano label-studio brat conll hf prodigy csv; do
  out=$work/out-$format
  rm -rf "$out"
  measure "$format" "$cli" export --format "$format" "$corpus" -o "$out"
done

# The peer: jq turning Kutip JSONL into doccano's label shape, accepted
# spans only, as kutip-cli export --format doccano does.
jq_filter='{id: .metadata.id, text: .text, label: [.annotations[] | select(.status == "accepted") | [.start, .end, .label]]}'
measure jq bash -c "jq -c '$jq_filter' '$corpus' > '$work/out-jq.jsonl'"

# Same documents, same spans.
kutip_lines=$(wc -l < "$work/out-doccano")
jq_lines=$(wc -l < "$work/out-jq.jsonl")
echo "doccano lines: kutip $kutip_lines, jq $jq_lines"

ratio=$(awk "BEGIN { printf \"%.2f\", $time_jq / $time_doccano }")
cpu_ratio=$(awk "BEGIN { printf \"%.2f\", $cpu_jq / $cpu_doccano }")
echo "doccano export: kutip-cli ${time_doccano} s, jq ${time_jq} s wall: ${ratio}x faster (goal >= 1.5x)"
echo "                kutip-cli ${cpu_doccano} s, jq ${cpu_jq} s CPU: ${cpu_ratio}x less CPU"
awk "BEGIN { exit !($ratio >= 1.5) }" || { echo "below the 1.5x goal"; exit 1; }
