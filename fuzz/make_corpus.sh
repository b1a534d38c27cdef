#!/usr/bin/env bash
# Seed corpus for the libFuzzer harnesses: copies the JSON inputs of
# data-samples/, tests/fixtures/, tests/rule-cases/regioplan.json and the saved
# regressions in tests/fuzz-regressions/<harness>/ into <build>/seeds/<harness>/.
# The seeds are rebuilt every time and never committed; libFuzzer writes what
# it finds into <build>/corpus/<harness>/, which is kept between runs.
# Usage: fuzz/make_corpus.sh [build-folder]   (default: build-fuzz)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-fuzz}
seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{submission,registry,regioplan,evaluate,xlsx}

# copy <harness> <file>: the name records where the seed came from.
copy() {
  local rel=${2#"$root"/}
  cp "$2" "$seeds/$1/${rel//\//_}"
}

while IFS= read -r -d '' f; do
  case "$f" in
    */inzendingen/*) copy submission "$f"; copy evaluate "$f" ;;
    */praktijken.json | */afwijkingen.json) copy registry "$f" ;;
    */regioplan.json) copy regioplan "$f" ;;
  esac
done < <(find "$root/data-samples" "$root/tests/fixtures" -name '*.json' -print0 | sort -z)
copy regioplan "$root/tests/rule-cases/regioplan.json"

for h in submission registry regioplan evaluate xlsx; do
  if [[ -d "$root/tests/fuzz-regressions/$h" ]]; then
    while IFS= read -r -d '' f; do copy "$h" "$f"; done \
      < <(find "$root/tests/fuzz-regressions/$h" \( -name '*.json' -o -name '*.xlsx' \) -print0 | sort -z)
  fi
  echo "make_corpus: $h: $(find "$seeds/$h" -type f | wc -l) seeds in ${seeds#"$root"/}/$h"
done
