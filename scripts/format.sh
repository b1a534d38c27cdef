#!/usr/bin/env bash
# Formats the C++ sources with clang-format (.clang-format at the root).
#   scripts/format.sh          reformat in place
#   scripts/format.sh --check  change nothing; list the files that differ, exit 1 if any
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "clang-format ontbreekt: sudo scripts/setup.sh --tests" >&2; exit 2; }
mapfile -t files < <(git ls-files -- 'generator/*.cc' 'generator/*.h' 'tests/*.cc' 'tests/*.h' 'fuzz/*.cc' 'fuzz/*.h' 'bench/*.cc' 'bench/*.h')
if [[ ${1:-} == --check ]]; then
  bad=()
  for f in "${files[@]}"; do
    clang-format --style=file "$f" | cmp -s - "$f" || bad+=("$f")
  done
  if ((${#bad[@]})); then
    printf 'niet opgemaakt (scripts/format.sh): %s\n' "${bad[@]}" >&2
    exit 1
  fi
  echo "format: ${#files[@]} bestanden in orde"
else
  clang-format -i --style=file "${files[@]}"
fi
