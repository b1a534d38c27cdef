#!/usr/bin/env python3
"""Golden-file test of the HTML site.

For every case folder tests/golden/<case>/ with an invoer/ region, builds the
site with the real binary and compares the pages listed in paginas.txt byte
for byte with verwacht/<page>. A mismatch prints a unified diff. The build is
run twice: identical input must give identical output, for every file.

    run_golden.py <mtvp-monitor> <source dir>
    MTVP_UPDATE_GOLDEN=1 run_golden.py ...   rewrites verwacht/ from the output
"""
import difflib
import filecmp
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

MAX_DIFF_LINES = 120
SANITIZER = re.compile(r"AddressSanitizer|runtime error:|LeakSanitizer")


def build(binary, region, out):
    proc = subprocess.run([binary, "build", str(region), "--out", str(out)], capture_output=True, text=True)
    # 1 = built, but some input had errors: the fixtures contain broken files on purpose.
    # A sanitizer report also exits with 1, so look for one.
    if proc.returncode not in (0, 1) or SANITIZER.search(proc.stderr):
        raise RuntimeError(f"{binary} build {region} gaf afsluitcode {proc.returncode}:\n{proc.stderr}")


def pages_of(case):
    lines = (case / "paginas.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def diff(expected, actual, name):
    a = expected.read_text(encoding="utf-8").splitlines(keepends=True)
    b = actual.read_text(encoding="utf-8").splitlines(keepends=True)
    lines = list(difflib.unified_diff(a, b, f"verwacht/{name}", f"uitvoer/{name}", n=2))
    shown = "".join(lines[:MAX_DIFF_LINES])
    if len(lines) > MAX_DIFF_LINES:
        shown += f"... nog {len(lines) - MAX_DIFF_LINES} regels verschil\n"
    return shown


def main():
    binary, source = sys.argv[1], Path(sys.argv[2])
    update = os.environ.get("MTVP_UPDATE_GOLDEN") == "1"
    cases = sorted(p for p in (source / "tests" / "golden").iterdir() if (p / "invoer").is_dir())
    passed = failed = 0
    for case in cases:
        with tempfile.TemporaryDirectory() as tmp:
            first, second = Path(tmp) / "a", Path(tmp) / "b"
            build(binary, case / "invoer", first)
            build(binary, case / "invoer", second)
            # Determinism: every file of both builds is the same.
            names = sorted(str(p.relative_to(first)) for p in first.rglob("*") if p.is_file())
            other = sorted(str(p.relative_to(second)) for p in second.rglob("*") if p.is_file())
            differ = [n for n in names if n in other and not filecmp.cmp(first / n, second / n, shallow=False)]
            if names != other or differ:
                failed += 1
                print(f"MISLUKT {case.name}: twee builds van dezelfde invoer verschillen: {differ or 'andere bestanden'}")
            else:
                passed += 1
                print(f"ok      {case.name}: twee builds zijn byte voor byte gelijk ({len(names)} bestanden)")
            for page in pages_of(case):
                actual = first / page
                expected = case / "verwacht" / page
                if not actual.is_file():
                    failed += 1
                    print(f"MISLUKT {case.name}/{page}: niet geschreven")
                    continue
                if update:
                    expected.parent.mkdir(parents=True, exist_ok=True)
                    expected.write_bytes(actual.read_bytes())
                    print(f"bijgewerkt {case.name}/verwacht/{page}")
                    passed += 1
                elif not expected.is_file():
                    failed += 1
                    print(f"MISLUKT {case.name}/{page}: verwacht/{page} ontbreekt (MTVP_UPDATE_GOLDEN=1 maakt het)")
                elif expected.read_bytes() != actual.read_bytes():
                    failed += 1
                    print(f"MISLUKT {case.name}/{page} wijkt af van verwacht/{page}:")
                    print(diff(expected, actual, page))
                    print("  (bedoeld? draai dan de test met MTVP_UPDATE_GOLDEN=1 en bekijk de wijziging in git diff)")
                else:
                    passed += 1
                    print(f"ok      {case.name}/{page}")
    print(f"\n{passed} passed, {failed} failed")
    return 1 if failed or not cases else 0


if __name__ == "__main__":
    sys.exit(main())
