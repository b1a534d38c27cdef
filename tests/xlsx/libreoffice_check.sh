#!/usr/bin/env bash
# Opens every workbook of every data sample (and of the formula fixture) in
# LibreOffice by converting it to PDF, and checks that LibreOffice shows the
# fixture's formula-like practice names as text, not as computed values.
# Needs libreoffice (Debian: libreoffice-calc-nogui); pdfinfo (poppler-utils)
# is used when present. Run by ctest as xlsx.libreoffice when LibreOffice is
# installed.
#
# Usage: tests/xlsx/libreoffice_check.sh <mtvp-monitor> <repo-root> [KEEP-DIR]
#   KEEP-DIR: keep the sites and PDFs there (to look at them); default: a
#   temporary folder that is removed.
set -euo pipefail

binary=$(realpath "$1")
root=$(realpath "$2")
soffice=$(command -v libreoffice || command -v soffice || true)
if [[ -z "$soffice" ]]; then
  echo "libreoffice_check: libreoffice is not installed" >&2
  exit 1
fi
if [[ -n "${3:-}" ]]; then
  work=$(realpath -m "$3")
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
# A private profile, so parallel runs and a running LibreOffice do not clash.
profile="file://$work/lo-profile"
failed=0
checked=0

fail() {
  echo "FAIL  $*"
  failed=$((failed + 1))
}

regions=()
for r in "$root"/data-samples/*/; do
  [[ -f "$r/regioplan.json" ]] && regions+=("${r%/}")
done
regions+=("$root/tests/xlsx/fixtures/formule-injectie")

for region in "${regions[@]}"; do
  name=$(basename "$region")
  site="$work/site-$name"
  pdfs="$work/pdf-$name"
  rm -rf "$site" "$pdfs"
  "$binary" build "$region" --out "$site" --praktijk-werkboeken >/dev/null 2>&1 || [[ $? -eq 1 ]] ||
    { fail "$name: build failed"; continue; }
  mapfile -t books < <(find "$site/downloads" -name '*.xlsx' | sort)
  # One LibreOffice start converts all workbooks of the region.
  if ! timeout 900 "$soffice" -env:UserInstallation="$profile" --headless --convert-to pdf \
      --outdir "$pdfs" "${books[@]}" >"$work/lo-$name.log" 2>&1; then
    fail "$name: libreoffice exited with an error (see $work/lo-$name.log)"
  fi
  for book in "${books[@]}"; do
    pdf="$pdfs/$(basename "${book%.xlsx}").pdf"
    checked=$((checked + 1))
    if [[ ! -s "$pdf" ]]; then
      fail "$name/$(basename "$book"): LibreOffice made no PDF"
    elif command -v pdfinfo >/dev/null; then
      pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
      [[ "${pages:-0}" -gt 0 ]] || fail "$name/$(basename "$book"): PDF has no pages"
    fi
  done
done

# LibreOffice must show "=1+1 Huisartsen" as that text, not compute it.
fixture_site="$work/site-formule-injectie"
csv_dir="$work/csv"
rm -rf "$csv_dir"
# CSV filter options: comma, double quote, UTF-8, from line 1, ..., sheet 2 (Praktijken).
timeout 300 "$soffice" -env:UserInstallation="$profile" --headless \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2' \
  --outdir "$csv_dir" "$fixture_site/downloads/regio-overzicht.xlsx" >"$work/lo-csv.log" 2>&1 ||
  fail "fixture: CSV export failed"
csv=$(find "$csv_dir" -name '*.csv' | head -1)
if [[ -z "$csv" ]]; then
  fail "fixture: no CSV"
else
  for text in '=1+1 Huisartsen' '+31 Huisartsen' '-Praktijk Min' '@Praktijk Apenstaart' "=cmd|' /C calc'!A0"; do
    grep -qF -- "$text" "$csv" || fail "fixture: LibreOffice does not show \"$text\" as text"
    checked=$((checked + 1))
  done
fi

echo "libreoffice_check: $checked checked, $failed failed ($("$soffice" --version 2>/dev/null | head -1))"
[[ $failed -eq 0 ]]
