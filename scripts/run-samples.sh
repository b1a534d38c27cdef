#!/usr/bin/env bash
# Builds mtvp-monitor and runs the main job on every bundled data sample:
# site/<regio>/ gets the results of each region.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DMTVP_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
status=0
for region in data-samples/*/; do
  name=$(basename "$region")
  ./build/mtvp-monitor build "$region" --out "site/$name" || status=$?
  echo
done
echo "Klaar: open site/<regio>/ (bijvoorbeeld site/utrecht/)."
exit "$status"
