#!/usr/bin/python3
"""What a practice receives holds nothing meant for the project leader.

Builds every bundled sample and runs `explain` for every practice, then scans
every practice page (its visible text and its attribute values) and every
letter for a rule-id-like token (`groeimodel.x.jaar-2.GM-08`, `GM-08`,
`x.y-z`), a source id (`S004`), a line number (`L120`), a JSON pointer
(`/interventies/3`), a file path (`inzendingen/…`, `jaar-2.json`) and
"aanname". Also checks that a citation reads as the practice knows it.

Usage: practice_text_test.py <mtvp-monitor> <repo-root>
"""
import html
import pathlib
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib"))
from samples import data_samples  # noqa: E402

FORBIDDEN = [
    ("rule id", re.compile(r"\b(?:groeimodel|intervisie|menu)\.[\w-]+")),
    ("rule id", re.compile(r"\bGM-\d+")),
    ("dotted id", re.compile(r"\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\.[a-z][a-z0-9-]+\b")),
    ("source id", re.compile(r"\bS0\d\d\b")),
    ("line number", re.compile(r"\bL\d+\b")),
    ("JSON pointer", re.compile(r"(?:^|[\s(#\"])/[a-z_]+/[\w.-]+")),
    ("file path", re.compile(r"\binzendingen/|\bjaar-\d\.json\b|\.json\b|\bwaarden/")),
    ("aanname", re.compile(r"aanname", re.I)),
    ("tag", re.compile(r"\[(?:advies|info|eis)\]")),
]

passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL  {what}")


def visible(page):
    page = re.sub(r"<style.*?</style>|<script.*?</script>", " ", page, flags=re.S)
    attrs = " ".join(v for v in re.findall(r'(?:id|href|title|aria-label)="([^"]*)"', page) if not v.startswith("mailto:"))
    text = html.unescape(re.sub(r"<[^>]+>", " ", page))
    return text + "\n" + attrs


def scan(text, where):
    for name, rx in FORBIDDEN:
        m = rx.search(text)
        check(m is None, f"{where}: {name} {m.group(0)!r} in practice-facing text" if m else "")


def main():
    binary, root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    pages = letters = 0
    with tempfile.TemporaryDirectory() as tmp:
        for region in data_samples(root):
            out = pathlib.Path(tmp) / region.name
            r = subprocess.run([str(binary), "build", str(region), "--out", str(out)], capture_output=True, text=True)
            check(r.returncode == 0, f"{region.name}: build exits 0")
            for page in sorted((out / "praktijken").glob("*/index.html")):
                pages += 1
                text = visible(page.read_text(encoding="utf-8"))
                scan(text, f"{region.name}/{page.parent.name}/index.html")
                if region.name == "utrecht":
                    check("Bron: Regioplan jaar 3 Utrecht stad, §" in text,
                          f"utrecht/{page.parent.name}: a citation reads 'Regioplan jaar 3 Utrecht stad, §…'")
                agb = page.parent.name
                e = subprocess.run([str(binary), "explain", str(region), agb], capture_output=True, text=True)
                check(e.returncode == 0, f"{region.name}: explain {agb} exits 0")
                letters += 1
                scan(e.stdout, f"{region.name}: explain {agb}")
                check("Bron: " in e.stdout, f"{region.name}: explain {agb} cites its sources")
        # Broken submissions: the project leader's list names the practice; the
        # practice reads why, in plain words, without the file path.
        out = pathlib.Path(tmp) / "kapotte-invoer"
        subprocess.run([str(binary), "build", str(root / "tests/fixtures/kapotte-invoer"), "--out", str(out)],
                       capture_output=True)
        problemen = (out / "problemen.html").read_text(encoding="utf-8")
        check('<code>inzendingen/10000002/jaar-1.json</code><br><span class="praktijknaam">Praktijk Kapotte JSON</span>'
              in problemen, "problemen.html names the practice beside its file")
        page = visible((out / "praktijken" / "10000002" / "index.html").read_text(encoding="utf-8"))
        scan(page, "kapotte-invoer/10000002/index.html")
        check("Uw inzending over programmajaar 1" in page and "Lees waarom" in page,
              "an ongeldig submission links to its reasons in plain words")
    check(pages >= 50, f"scanned {pages} practice pages (expected every practice of the samples)")
    print(f"{pages} practice pages and {letters} letters scanned; {passed} checks passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
