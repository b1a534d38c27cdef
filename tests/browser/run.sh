#!/usr/bin/env bash
# Browser test of the static site: builds the Utrecht sample, the small
# Gelders Rivierenland one (an insurer page of suppressed cells only) and the
# golden fixture (input problems, hostile Markdown) and opens the pages in
# Debian's headless Chromium. Installs its own npm
# dependencies (npm ci); never downloads a browser.
# Usage: tests/browser/run.sh <mtvp-monitor binary> <source dir>
set -euo pipefail
binary=$(realpath "$1")
source_dir=$(realpath "$2")
here="$source_dir/tests/browser"

if [[ ! -x /usr/bin/chromium ]]; then
  echo "FOUT: /usr/bin/chromium ontbreekt. Installeer Debian's Chromium met: scripts/setup.sh --tests" >&2
  exit 1
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "FOUT: node en npm zijn nodig voor de browsertest (scripts/setup.sh --tests)" >&2
  exit 1
fi

cd "$here"
npm ci --no-audit --no-fund --loglevel=error >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build() {
  # Exit code 1 means "built, but some input had errors": the fixture has them on purpose.
  "$binary" build "$1" --out "$2" >/dev/null 2>&1 || [[ $? -eq 1 ]]
}
build "$source_dir/data-samples/utrecht" "$work/utrecht"
build "$source_dir/data-samples/gelders-rivierenland" "$work/gelders-rivierenland"
build "$source_dir/tests/golden/kleine-regio/invoer" "$work/kleine-regio"
rm -rf "$here/artifacts"
node site.test.mjs "$work/utrecht" "$here/artifacts" "$work/gelders-rivierenland" "$work/kleine-regio"
