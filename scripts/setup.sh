#!/usr/bin/env bash
# Installs the Debian packages mtvp-monitor needs to build and test.
# Usage: scripts/setup.sh [--tests]   (--tests adds what the test suite needs)
set -euo pipefail

packages=(build-essential cmake pkg-config nlohmann-json3-dev libxlsxwriter-dev libcmark-dev
          catch2 libkainjow-mustache-dev libzip-dev libexpat1-dev)
if [[ "${1:-}" == "--tests" ]]; then
  packages+=(python3 python3-openpyxl python3-jsonschema)
  # The browser test of the HTML site: Debian's Chromium, driven from Node.js
  # (playwright-core and axe from npm, installed by the test itself).
  packages+=(chromium fonts-dejavu-core nodejs)
  # pdfinfo and pdftoppm: the print tests count the pages of Chromium's PDFs
  # (e2e.practice_print, e2e.sendout_pdf) and render page 1 for the notes.
  packages+=(poppler-utils)
  # The xlsx.libreoffice test opens every workbook in LibreOffice (headless).
  packages+=(libreoffice-calc-nogui)
  # The clang build beside gcc, the format check and clang-tidy (scripts/run-tests.sh).
  packages+=(clang clang-format clang-tidy)
  # npm comes with some Node.js builds; Debian's own npm only where it does not.
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
