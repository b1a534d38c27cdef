#!/usr/bin/env bash
# Builds mtvp-monitor twice (warnings as errors; ASan+UBSan) and runs every
# test: unit tests, rule cases, loader messages, end-to-end runs of the binary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
jobs=$(nproc)

echo "== build (warnings as errors)"
# MTVP_BUILD_TESTS=ON on purpose: run-samples.sh configures the same folder with it OFF.
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMTVP_WERROR=ON -DMTVP_BUILD_TESTS=ON >/dev/null
cmake --build build -j"$jobs" >/dev/null
echo "== tests"
ctest --test-dir build --output-on-failure -j"$jobs"

echo "== build with AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DMTVP_WERROR=ON -DMTVP_SANITIZE=ON -DMTVP_BUILD_TESTS=ON >/dev/null
cmake --build build-asan -j"$jobs" >/dev/null
echo "== tests under sanitizers"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs"
