#!/usr/bin/env bash
# clang-tidy (.clang-tidy at the root) over the core sources in generator/,
# using build-tidy/compile_commands.json (configured with clang here).
# Usage: scripts/tidy.sh [-jN] [file...]   (default -j2, every .cc under generator/)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=2
if [[ ${1:-} == -j* ]]; then jobs=${1#-j}; shift; fi
command -v clang-tidy >/dev/null || { echo "clang-tidy ontbreekt: sudo scripts/setup.sh --tests" >&2; exit 2; }
build=${TIDY_BUILD:-build-tidy}
if [[ ! -f $build/compile_commands.json ]]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMTVP_BUILD_TESTS=OFF >/dev/null
fi
# The generated sources (embedded templates, regioplan) must exist for the includes.
cmake --build "$build" -j"$jobs" --target mtvp_render_html mtvp_synth >/dev/null 2>&1 || true
if (($#)); then files=("$@"); else mapfile -t files < <(git ls-files -- 'generator/*.cc'); fi
# Not part of run-tests.sh: about 20 s per file on this machine, 15 minutes for
# the core on 2 cores. Findings are printed as warnings (see .clang-tidy).
printf '%s\n' "${files[@]}" | xargs -P "$jobs" -n 4 clang-tidy -p "$build" --quiet 2>/dev/null
echo "tidy: ${#files[@]} bestanden nagekeken"
