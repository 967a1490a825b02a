#!/usr/bin/env bash
# Benchmark of `docs verify` (static + render tiers over the whole repository): runs it N times,
# each in a fresh JVM, and prints every wall time and the median. The CLI is built first and that
# build is not timed ("warm Maven excluded"). On machines with more than two cores the runs are
# pinned to two (taskset), the budget's reference machine.
#
#   bench/verify-bench.sh [RUNS]        default 5
set -euo pipefail

runs="${1:-5}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

echo "building the CLI if needed (not timed)..."
./docs --version >/dev/null

pin=()
if command -v taskset >/dev/null 2>&1 && [ "$(nproc)" -gt 2 ]; then
  pin=(taskset -c "0,1")
fi

report_dir="$(mktemp -d)"
trap 'rm -rf "$report_dir"' EXIT

times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  set +e
  "${pin[@]}" ./docs verify --level render --report-dir "$report_dir" >"$report_dir/out.txt" 2>&1
  code=$?
  set -e
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms (exit $code)"
  if [ "$code" -eq 2 ]; then
    cat "$report_dir/out.txt" >&2
    exit 2
  fi
done

median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}')
summary=$(grep -E '^(static|render|coverage):' "$report_dir/out.txt" | tr '\n' ' ')
echo "median of $runs: ${median} ms wall on $(nproc) cores${pin:+ (pinned to 2)}; last run: $summary"
