#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang into build-fuzz/, makes the seed
# corpus and runs each harness in turn for the given time. Crashes, timeouts,
# leaks and OOMs are collected in build-fuzz/crashes/<harness>/; per harness it
# prints the executions and exec/s (libFuzzer's -print_final_stats=1).
#
# Usage: fuzz/run.sh <seconds-per-harness> [jobs] [harness...]
#   jobs      parallel libFuzzer processes per harness, sharing one corpus (default 1)
#   harness   any of: submission registry regioplan evaluate xlsx html_writer xlsx_writer (default: all seven)
# Environment: FUZZ_BUILD (default build-fuzz), FUZZ_FLAGS (extra libFuzzer flags).
# Exit status: 0 when no harness found anything, 1 otherwise, 2 on wrong usage.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '7,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[[ $# -ge 1 && $1 =~ ^[0-9]+$ && $1 -gt 0 ]] || usage
seconds=$1
shift
jobs=1
if [[ $# -ge 1 && $1 =~ ^[0-9]+$ ]]; then
  jobs=$1
  shift
fi
((jobs >= 1)) || usage
harnesses=("$@")
((${#harnesses[@]})) || harnesses=(submission registry regioplan evaluate xlsx html_writer xlsx_writer)
for h in "${harnesses[@]}"; do
  [[ $h =~ ^(submission|registry|regioplan|evaluate|xlsx|html_writer|xlsx_writer)$ ]] || { echo "run.sh: unknown harness $h" >&2; usage; }
done

build=${FUZZ_BUILD:-build-fuzz}
echo "== build ($build, clang, libFuzzer + ASan + UBSan)"
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMTVP_FUZZ=ON \
  -DMTVP_BUILD_TESTS=OFF >/dev/null
targets=()
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
cmake --build "$build" --target "${targets[@]}" -j"$(nproc)" >/dev/null
fuzz/make_corpus.sh "$build"

# No allocation stacks in ASan reports: about a quarter faster. Rerun a finding
# without it (or through the regression test) for the full report.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}

found=0
summary=()
marker="$build/.run-started"
touch "$marker"
for h in "${harnesses[@]}"; do
  corpus="$build/corpus/$h"
  crashes="$build/crashes/$h"
  logs="$build/logs/$h"
  mkdir -p "$corpus" "$crashes" "$logs"
  rm -f "$logs"/*.log
  echo "== fuzz_$h: ${seconds}s x $jobs job(s), corpus $corpus"
  start=$(date +%s.%N)
  pids=()
  for ((i = 1; i <= jobs; i++)); do
    # shellcheck disable=SC2086  # FUZZ_FLAGS is a list of flags
    "$build/fuzz/fuzz_$h" -max_total_time="$seconds" -max_len=65536 -timeout=5 -rss_limit_mb=2048 \
      -print_final_stats=1 -dict=fuzz/dict/json.dict -artifact_prefix="$crashes/" ${FUZZ_FLAGS:-} \
      "$corpus" "$build/seeds/$h" >"$logs/job-$i.log" 2>&1 &
    pids+=($!)
  done
  status=ok
  for pid in "${pids[@]}"; do wait "$pid" || status=FOUND; done
  wall=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  execs=0
  for log in "$logs"/job-*.log; do
    n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    execs=$((execs + ${n:-0}))
  done
  rate=$(awk -v n="$execs" -v t="$wall" 'BEGIN { printf "%d", (t > 0 ? n / t : 0) }')
  if [[ $status == FOUND ]]; then
    found=1
    grep -h -m 3 -E '^==[0-9]+==ERROR|runtime error|deadly signal|Timeout|out-of-memory|Test unit written' \
      "$logs"/job-*.log | sed 's/^/    /' || true
  fi
  line=$(printf '%-11s %12s executions  %7.1f s wall  %7s exec/s  corpus %5s  %s' "$h" "$execs" "$wall" "$rate" \
    "$(find "$corpus" -type f | wc -l)" "$status")
  echo "  $line"
  summary+=("$line")
done

echo "== summary (logs in $build/logs/, findings in $build/crashes/)"
printf '  %s\n' "${summary[@]}"
if ((found)); then
  echo "findings:"
  find "$build/crashes" -type f -newer "$marker" | sort | sed 's/^/  /'
  exit 1
fi
