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
mkdir -p "$seeds"/{submission,registry,regioplan,evaluate,xlsx,html_writer,xlsx_writer}

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

# The writers: names and texts (name, 0xFF, text), from tests/bad-inputs/files/
# and the hostile ones that broke a workbook or a page before.
for h in html_writer xlsx_writer; do
  printf 'Huisartsenpraktijk De Linde\xffEen **gewone** toelichting.' >"$seeds/$h/gewoon"
  printf '<script>alert(1)</script>\xff<img src=x onerror=alert(1)> [x](javascript:alert(1))' >"$seeds/$h/markup"
  printf 'a\x00b\x01c\xef\xbf\xbe\xef\xbf\xbf\xffrtl \xe2\x80\xae gekeerd \xed\xa0\x80 lone' >"$seeds/$h/controls"
  printf "'Blad'/[*]:?\\\xff=HYPERLINK(\"x\")" >"$seeds/$h/sheetname"
done

for h in submission registry regioplan evaluate xlsx html_writer xlsx_writer; do
  if [[ -d "$root/tests/fuzz-regressions/$h" ]]; then
    while IFS= read -r -d '' f; do copy "$h" "$f"; done \
      < <(find "$root/tests/fuzz-regressions/$h" -type f ! -name '*.md' -print0 | sort -z)
  fi
  echo "make_corpus: $h: $(find "$seeds/$h" -type f | wc -l) seeds in ${seeds#"$root"/}/$h"
done
