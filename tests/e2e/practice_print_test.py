#!/usr/bin/python3
"""A practice page prints short: Chromium's print-to-PDF (A4) of one passing
and one failing practice page of every sample, counted with pdfinfo. A
passing practice fits on at most 3 pages, any other on at most 5.

Usage: practice_print_test.py <mtvp-monitor> <repo-root>
"""
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib"))
from samples import data_samples  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-pdf-header-footer"]
LIMIT = {"voldoet": 3}


def pages(html, pdf):
    subprocess.run([CHROMIUM, *FLAGS, f"--print-to-pdf={pdf}", html.as_uri()], capture_output=True, timeout=120)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    for line in info.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return None


def main():
    binary, root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    if not pathlib.Path(CHROMIUM).exists() or not shutil.which("pdfinfo"):
        print("FOUT: Chromium (/usr/bin/chromium) of pdfinfo (poppler-utils) ontbreekt; installeer ze met scripts/setup.sh --tests")
        return 1
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for region in data_samples(root):
            out = pathlib.Path(tmp) / region.name
            subprocess.run([str(binary), "build", str(region), "--out", str(out)], capture_output=True, check=True)
            results = json.loads((out / "data" / "resultaten.json").read_text(encoding="utf-8"))
            by_verdict = {}
            for p in results["praktijken"]:
                by_verdict.setdefault("voldoet" if p["oordeel"] == "voldoet" else "anders", p["agb"])
            for kind, agb in sorted(by_verdict.items()):
                n = pages(out / "praktijken" / agb / "index.html", pathlib.Path(tmp) / f"{agb}.pdf")
                limit = LIMIT.get(kind, 5)
                ok = n is not None and n <= limit
                failed += not ok
                print(f"{'ok  ' if ok else 'FAIL'}  {region.name} {agb} ({kind}): {n} A4 pages, at most {limit}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
