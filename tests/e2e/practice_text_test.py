#!/usr/bin/python3
"""What a practice receives holds nothing meant for the project leader.

Builds every bundled sample (with --praktijk-werkboeken) and runs `explain`
for every practice, then scans every practice page (its visible text and its
attribute values), every letter, every string of every practice workbook
(downloads/praktijk-<agb>.xlsx) and the practice-facing columns of the send
list (verzenden/verzendlijst.xlsx: Oordeel, Onderwerp, Aanhef, Openingszin)
for a rule-id-like token (`groeimodel.x.jaar-2.GM-08`, `GM-08`,
`x.y-z`), a source id (`S004`), a line number (`L120`), a JSON pointer
(`/interventies/3`), a file path (`inzendingen/…`, `jaar-2.json`) and
"aanname". Also checks that a citation reads as the practice knows it.

Usage: practice_text_test.py <mtvp-monitor> <repo-root>
"""
import html
import pathlib
import re
import sys
import tempfile

import openpyxl

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib"))
import mtvp  # noqa: E402
from mtvp import run  # noqa: E402
from samples import data_samples  # noqa: E402

FORBIDDEN = [
    ("rule id", re.compile(r"\b(?:groeimodel|intervisie|menu|deelname)\.[\w-]+")),
    ("rule id", re.compile(r"\bGM-\d+")),
    ("dotted id", re.compile(r"\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\.[a-z][a-z0-9-]+\b")),
    ("source id", re.compile(r"\bS0\d\d\b")),
    ("line number", re.compile(r"\bL\d+\b")),
    ("JSON pointer", re.compile(r"(?:^|[\s(#\"])/[a-z_]+/[\w.-]+")),
    ("file path", re.compile(r"\binzendingen/|\bjaar-\d\.json\b|\.json\b|\bwaarden/")),
    ("aanname", re.compile(r"aanname", re.I)),
    ("tag", re.compile(r"\[(?:advies|info|eis)\]")),
]

# The columns of the send list whose words reach the practice in the mail.
VERZEND_KOLOMMEN = ["Oordeel", "Onderwerp", "Aanhef", "Openingszin"]

CHECKS = mtvp.Checks()
check = CHECKS.check


def visible(page):
    page = re.sub(r"<style.*?</style>|<script.*?</script>", " ", page, flags=re.S)
    attrs = " ".join(v for v in re.findall(r'(?:id|href|title|aria-label)="([^"]*)"', page) if not v.startswith("mailto:"))
    text = html.unescape(re.sub(r"<[^>]+>", " ", page))
    return text + "\n" + attrs


def scan(text, where):
    for name, rx in FORBIDDEN:
        m = rx.search(text)
        check(m is None, f"{where}: {name} {m.group(0)!r} in practice-facing text" if m else "")


def workbook_strings(path):
    """Every string of every sheet (values, not formulas: there are none)."""
    wb = openpyxl.load_workbook(path, read_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.extend(v for v in row if isinstance(v, str))
    wb.close()
    return out


def scan_sendlist(path, where, agbs):
    wb = openpyxl.load_workbook(path, read_only=True)
    rows = list(wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    headers = list(rows[0])
    check(all(k in headers for k in VERZEND_KOLOMMEN), f"{where}: send list has the columns {VERZEND_KOLOMMEN}")
    check(sorted(r[headers.index("AGB")] for r in rows[1:]) == sorted(agbs), f"{where}: send list has every practice")
    for r in rows[1:]:
        text = "\n".join(str(r[headers.index(k)] or "") for k in VERZEND_KOLOMMEN if k in headers)
        scan(text, f"{where} row {r[0]}")
        check(" u " in text or "Uw " in text or " uw " in text, f"{where} row {r[0]}: the mail speaks to the practice (u)")
    return len(rows) - 1


def main():
    binary, root = mtvp.arguments(sys.argv)
    pages = letters = workbooks = rows = 0
    with tempfile.TemporaryDirectory() as tmp:
        for region in data_samples(root):
            out = pathlib.Path(tmp) / region.name
            r = mtvp.build(binary, region, out, "--praktijk-werkboeken")
            check(r.returncode == 0, f"{region.name}: build exits 0")
            agbs = sorted(p.parent.name for p in (out / "praktijken").glob("*/index.html"))
            for wbpath in sorted((out / "downloads").glob("praktijk-*.xlsx")):
                workbooks += 1
                strings = workbook_strings(wbpath)
                scan("\n".join(strings), f"{region.name}/{wbpath.name}")
                if region.name == "utrecht":
                    check(any(s.startswith("Regioplan jaar 3 Utrecht stad, §") for s in strings),
                          f"utrecht/{wbpath.name}: a citation reads 'Regioplan jaar 3 Utrecht stad, §…'")
            check(workbooks >= len(agbs), f"{region.name}: a workbook per practice")
            rows += scan_sendlist(out / "verzenden" / "verzendlijst.xlsx", f"{region.name}/verzendlijst.xlsx", agbs)
            for page in sorted((out / "praktijken").glob("*/index.html")):
                pages += 1
                text = visible(page.read_text(encoding="utf-8"))
                scan(text, f"{region.name}/{page.parent.name}/index.html")
                if region.name == "utrecht":
                    check("Bron: Regioplan jaar 3 Utrecht stad, §" in text,
                          f"utrecht/{page.parent.name}: a citation reads 'Regioplan jaar 3 Utrecht stad, §…'")
                agb = page.parent.name
                e = run(binary, "explain", region, agb)
                check(e.returncode == 0, f"{region.name}: explain {agb} exits 0")
                letters += 1
                scan(e.stdout, f"{region.name}: explain {agb}")
                check("Bron: " in e.stdout, f"{region.name}: explain {agb} cites its sources")
        # Broken submissions: the project leader's list names the practice; the
        # practice reads why, in plain words, without the file path.
        out = pathlib.Path(tmp) / "kapotte-invoer"
        mtvp.build(binary, root / "tests/fixtures/kapotte-invoer", out)
        problemen = (out / "problemen.html").read_text(encoding="utf-8")
        check('<code>inzendingen/10000002/jaar-1.json</code><br><span class="praktijknaam">Praktijk Kapotte JSON</span>'
              in problemen, "problemen.html names the practice beside its file")
        page = visible((out / "praktijken" / "10000002" / "index.html").read_text(encoding="utf-8"))
        scan(page, "kapotte-invoer/10000002/index.html")
        check("Uw inzending over programmajaar 1" in page and "Lees waarom" in page,
              "an ongeldig submission links to its reasons in plain words")
    check(pages >= 50, f"scanned {pages} practice pages (expected every practice of the samples)")
    check(workbooks == pages and rows == pages, f"scanned {workbooks} practice workbooks and {rows} send-list rows")
    print(f"{pages} practice pages, {letters} letters, {workbooks} practice workbooks and {rows} send-list rows "
          f"scanned; {CHECKS.passed} checks passed, {CHECKS.failed} failed")
    return 1 if CHECKS.failed else 0


if __name__ == "__main__":
    sys.exit(main())
