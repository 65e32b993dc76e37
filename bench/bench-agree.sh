#!/usr/bin/env bash
# bench-agree.sh KUTIP_CLI: `kutip-cli agree` on a generated project of
# 10,000 news articles with two annotators' versions (make-agree-project.py),
# as MB/s of article text (each document's text counted once, though both
# versions carry it) and peak memory, against the same on a tenth of the
# project to show memory does not grow with it.
# Environment: KUTIP_BENCH_DOCS (10000), KUTIP_BENCH_BYTES (text bytes per
# document, 3500), KUTIP_BENCH_DIR (a temporary folder).
set -euo pipefail

cli=$1
here=$(cd "$(dirname "$0")" && pwd)
docs=${KUTIP_BENCH_DOCS:-10000}
bytes=${KUTIP_BENCH_BYTES:-3500}
work=${KUTIP_BENCH_DIR:-$(mktemp -d -t kutip-bench-agree-XXXXXX)}
mkdir -p "$work"

# A project of N documents; prints its bytes of text.
make_project () {
  local n=$1 dir=$work/project-$1-$bytes
  if [ ! -s "$dir.bytes" ]; then
    rm -rf "$dir"
    python3 "$here/make-agree-project.py" "$dir" "$n" "$bytes" | cut -d' ' -f2 > "$dir.bytes"
  fi
  cat "$dir.bytes"
}

# Best of three: wall seconds, CPU seconds (user + system), peak RSS in MB.
measure () {
  local dir=$1 jobs=$2 best="" cpu="" rss=0
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$cli" agree --json --jobs "$jobs" "$dir" \
      >"$work/out.json" \
      2>"$work/stderr" || { cat "$work/stderr" "$work/time" >&2; exit 1; }
    read -r secs user sys kb < <(tail -n 1 "$work/time")
    if [ -z "$best" ] || awk "BEGIN { exit !($secs < $best) }"; then best=$secs; fi
    c=$(awk "BEGIN { print $user + $sys }")
    if [ -z "$cpu" ] || awk "BEGIN { exit !($c < $cpu) }"; then cpu=$c; fi
    rss=$((kb / 1024))
  done
  echo "$best $cpu $rss"
}

small=$((docs / 10))
small_bytes=$(make_project "$small")
big_bytes=$(make_project "$docs")
files_mb=$(du -sm "$work/project-$docs-$bytes" | cut -f1)

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "project: $docs documents, 2 annotators, $((big_bytes / 1000000)) MB of text," \
     "$files_mb MB of files ($work/project-$docs-$bytes)"
# --jobs 1 loads on the main thread (the least CPU); 0, one thread per
# processor, overlaps loading with measuring (the least wall time when the
# processors are free).
printf '%-10s %6s %9s %9s %11s %11s %9s\n' documents jobs wall cpu "MB/s wall" "MB/s cpu" "peak RSS"
for n in "$small" "$docs"; do
  if [ "$n" = "$small" ]; then b=$small_bytes; else b=$big_bytes; fi
  for jobs in 1 0; do
    read -r secs cpu rss < <(measure "$work/project-$n-$bytes" "$jobs")
    printf '%-10s %6s %7.2f s %7.2f s %11.1f %11.1f %6d MB\n' "$n" "$jobs" "$secs" "$cpu" \
      "$(awk "BEGIN { print $b / 1e6 / $secs }")" "$(awk "BEGIN { print $b / 1e6 / $cpu }")" "$rss"
  done
done
python3 - "$work/out.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
o = r['overall']
print('overall: F1 %.3f, strict F1 %.3f, Cohen κ %.3f, α_u %.3f; who said what F1 %.3f' %
      (o['f1'], o['strict_f1'], o['cohen_kappa'], o['alpha_u'], r['who_said_what']['f1']))
EOF
