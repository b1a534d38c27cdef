#!/usr/bin/python3
"""Runs mtvp-monitor on every broken or hostile input in cases.json.

Each case replaces one file of the small region tests/fixtures/basis and runs
`build`. Every case must end in time, without a crash or sanitizer report,
with the expected exit code and message; nothing may be written outside the
output folder and the input must be left untouched. Cases marked
`onschadelijk` must build and their text must come out harmless in the HTML
(no live script, event handler or javascript: link) and never as a formula in
a workbook.

Usage: run.py <mtvp-monitor> <repo-root> [name-filter]
"""
import hashlib
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.parsers.expat
import zipfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib"))
import mtvp  # noqa: E402

EXIT = {"ok": 0, "fout": 1, "onbruikbaar": 3}
TARGET = {"inzending": "inzendingen/10000001/jaar-1.json", "praktijken": "praktijken.json",
          "regioplan": "regioplan.json", "afwijkingen": "afwijkingen.json"}
# Markers of live hostile markup; escaped text (&lt;script&gt;) does not match.
DANGEROUS_HTML = re.compile(r"<script>alert|<iframe|<[a-z][^>]*\son\w+\s*=|href=[\"']?javascript:", re.I)
SANITIZER = re.compile(r"AddressSanitizer|runtime error:|LeakSanitizer")

CHECKS = mtvp.Checks()
check = CHECKS.check


def snapshot(root, skip):
    out = {}
    for p in sorted(root.rglob("*")):
        if skip in p.parents or p == skip:
            continue
        out[str(p.relative_to(root))] = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
    return out


def place(case, source_dir, region):
    target = region / TARGET[case["rol"]]
    if case.get("genereer") == "100mb":
        with open(target, "wb") as f:
            f.truncate(100 * 1024 * 1024)
    elif case.get("genereer") == "fifo":
        target.unlink()
        os.mkfifo(target)
    elif case.get("genereer") == "dangling-symlink":
        target.unlink()
        target.symlink_to("bestaat-niet.json")
    elif case.get("genereer") == "nesting":
        base = (region / TARGET["inzending"]).read_text(encoding="utf-8")
        target.write_text(base.replace('"toelichting"', '"extra": ' + "[" * 100000 + "]" * 100000 + ', "toelichting"'),
                          encoding="utf-8")
    else:
        shutil.copy(source_dir / case["bestand"], target)


def harmless(out, name):
    for page in out.rglob("*.html"):
        text = page.read_text(encoding="utf-8", errors="replace")
        m = DANGEROUS_HTML.search(text)
        check(m is None, f"{name}: {page.relative_to(out)} holds no live hostile markup",
              text[max(0, m.start() - 200):m.end() + 200] if m else "")
    for book in out.rglob("*.xlsx"):
        with zipfile.ZipFile(book) as z:
            for part in z.namelist():
                if part.startswith("xl/worksheets/"):
                    xml = z.read(part).decode("utf-8", errors="replace")
                    bad = re.search(r"<f>[^<]*(cmd|HYPERLINK|alert)", xml)
                    check(bad is None, f"{name}: {book.name} {part} has no formula made from input text")


# What no page or workbook part may hold: XML 1.0 cannot (C0 controls but tab,
# newline, carriage return; U+FFFE, U+FFFF), and bidi controls could reorder
# the tool's own text.
FORBIDDEN_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def well_formed(out, name):
    """Every page: valid UTF-8 without forbidden characters. Every workbook
    part: well-formed XML (expat, as strict as Excel)."""
    for page in sorted(out.rglob("*.html")):
        raw = page.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            check(False, f"{name}: {page.relative_to(out)} is valid UTF-8", str(e))
            continue
        m = FORBIDDEN_CHARS.search(text)
        check(m is None, f"{name}: {page.relative_to(out)} holds no control, noncharacter or bidi character",
              repr(text[max(0, m.start() - 80):m.end() + 80]) if m else "")
    for book in sorted(out.rglob("*.xlsx")):
        with zipfile.ZipFile(book) as z:
            for part in z.namelist():
                if not (part.endswith(".xml") or part.endswith(".rels")):
                    continue
                data = z.read(part)
                try:
                    xml.parsers.expat.ParserCreate().Parse(data, True)
                    ok, detail = True, ""
                except xml.parsers.expat.ExpatError as e:
                    ok, detail = False, str(e)
                check(ok, f"{name}: {book.name} {part} is well-formed XML", detail)
                if ok:
                    m = FORBIDDEN_CHARS.search(data.decode("utf-8", errors="replace"))
                    check(m is None, f"{name}: {book.name} {part} holds no bidi control", repr(m.group()) if m else "")


def main():
    binary, root = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
    only = sys.argv[3] if len(sys.argv) > 3 else None
    here = root / "tests" / "bad-inputs"
    cases = json.loads((here / "cases.json").read_text(encoding="utf-8"))["cases"]
    check(len(cases) >= 50, f"at least 50 bad-input cases (found {len(cases)})")
    for case in cases:
        name = case["naam"]
        if only and only not in name:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            region = mtvp.copy_region(root / "tests" / "fixtures" / "basis", tmp)
            place(case, here, region)
            out = tmp / "uit"
            before = snapshot(tmp, out)
            try:
                r = mtvp.build(binary, "regio", "uit", "--peildatum", "2024-06-30", "--praktijk-werkboeken",
                               cwd=tmp, errors="replace", timeout=60)
            except subprocess.TimeoutExpired:
                check(False, f"{name}: finishes within 60 s")
                continue
            check(r.returncode >= 0, f"{name}: no crash (signal {-r.returncode})", r.stderr)
            check(not SANITIZER.search(r.stderr), f"{name}: no sanitizer report", r.stderr)
            want = EXIT[case["verwacht"]]
            check(r.returncode == want, f"{name}: exit code {r.returncode}, verwacht {want}", r.stderr)
            if case["melding"]:
                check(case["melding"] in r.stderr, f"{name}: message contains {case['melding']!r}", r.stderr)
            after = snapshot(tmp, out)
            check(before == after, f"{name}: input untouched and nothing written outside the output folder",
                  str(set(after.items()) ^ set(before.items()))[:500])
            leftovers = [p.name for p in tmp.iterdir() if p.name.startswith(".uit")]
            check(not leftovers, f"{name}: no staging folder left behind", str(leftovers))
            if want != 3:
                check(mtvp.resultaten_path(out).is_file(), f"{name}: the valid part is published")
            else:
                check(not out.exists(), f"{name}: nothing is published when the regioplan is unusable")
            if case.get("jaar_status") and mtvp.resultaten_path(out).is_file():
                results = mtvp.resultaten(out)
                jaren = [p for p in results["praktijken"] if p["agb"] == "10000001"][0]["jaren"]
                check(jaren[0].get("inzending") == case["jaar_status"],
                      f"{name}: programmajaar 1 is {case['jaar_status']!r}", str(jaren[0])[:300])
            if case.get("onschadelijk"):
                harmless(out, name)
            if out.exists():
                well_formed(out, name)
    return CHECKS.finish()


if __name__ == "__main__":
    sys.exit(main())
