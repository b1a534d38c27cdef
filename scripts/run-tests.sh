#!/usr/bin/env bash
# Builds mtvp-monitor twice (warnings as errors; ASan+UBSan) and runs every
# test: unit tests, rule cases, loader messages, end-to-end runs of the binary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
jobs=$(nproc)

echo "== format (scripts/format.sh --check)"
scripts/format.sh --check

echo "== build (warnings as errors)"
# MTVP_BUILD_TESTS=ON on purpose: run-samples.sh configures the same folder with it OFF.
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMTVP_WERROR=ON -DMTVP_BUILD_TESTS=ON >/dev/null
cmake --build build -j"$jobs" >/dev/null
echo "== tests"
ctest --test-dir build --output-on-failure -j"$jobs"

# A clang build beside gcc, warnings as errors: what clang warns about and gcc
# does not (and the reverse) is caught here. Kept cheap: only the unit tests and
# the binary are built, and the unit tests run.
echo "== clang build (warnings as errors) and unit tests"
clang_start=$SECONDS
CC=clang CXX=clang++ cmake -S . -B build-clang -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMTVP_WERROR=ON \
  -DMTVP_BUILD_TESTS=ON >/dev/null
cmake --build build-clang -j"$jobs" --target mtvp_tests mtvp-monitor >/dev/null
build-clang/tests/mtvp_tests
echo "clang: $((SECONDS - clang_start)) s"

echo "== build with AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DMTVP_WERROR=ON -DMTVP_SANITIZE=ON -DMTVP_BUILD_TESTS=ON >/dev/null
cmake --build build-asan -j"$jobs" >/dev/null
echo "== tests under sanitizers"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs"

# ThreadSanitizer on the parallel code, kept cheap: only the unit tests and the
# binary are built, and the binary runs one multi-threaded build of a
# synthetic region (parallel reading, judging, output jobs, ordered writer).
echo "== ThreadSanitizer: unit tests and a multi-threaded build"
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMTVP_WERROR=ON -DMTVP_SANITIZE_THREAD=ON \
  -DMTVP_BUILD_TESTS=ON >/dev/null
cmake --build build-tsan -j"$jobs" --target mtvp_tests mtvp-monitor >/dev/null
export TSAN_OPTIONS="halt_on_error=1 exitcode=66"
build-tsan/tests/mtvp_tests
tsan_tmp=$(mktemp -d)
build-tsan/mtvp-monitor synth --out "$tsan_tmp/regio" --praktijken 300 --seed 7 >/dev/null
status=0
build-tsan/mtvp-monitor build "$tsan_tmp/regio" --out "$tsan_tmp/site" --threads 4 --praktijk-werkboeken --verify \
  >/dev/null || status=$?
rm -rf "$tsan_tmp"
# 0 or 1 (the synthetic region has invalid submissions on purpose); 66 is a data race.
if ((status > 1)); then echo "ThreadSanitizer build run failed with exit $status"; exit 1; fi
echo "ThreadSanitizer: no data race found"
