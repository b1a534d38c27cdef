"""Helpers shared by the XLSX read-back tests (run with Debian's /usr/bin/python3,
which has python3-openpyxl)."""
import json
import pathlib
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

import openpyxl

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib"))
from samples import data_samples  # noqa: E402

FIXTURE = pathlib.Path(__file__).resolve().parent / "fixtures" / "formule-injectie"


class Checker:
    """Counts checks; prints every failure; exit code 1 when any failed."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL  {what}")
        return ok

    def finish(self):
        print(f"{self.passed} passed, {self.failed} failed")
        return 1 if self.failed or not self.passed else 0


def regions(root):
    """Every bundled data sample, then the formula-injection fixture."""
    samples = data_samples(root)
    return samples + [FIXTURE]


def build(binary, region, out, *extra):
    """Runs `mtvp-monitor build`; exits the test when the run itself failed."""
    proc = subprocess.run([str(binary), "build", str(region), "--out", str(out), *map(str, extra)],
                          capture_output=True, text=True)
    # Exit 1 means "done, with input problems"; a sanitizer report also exits 1.
    if proc.returncode not in (0, 1) or "Sanitizer" in proc.stderr or "runtime error:" in proc.stderr:
        print(f"FAIL  build {region} {' '.join(map(str, extra))}: exit {proc.returncode}\n{proc.stderr}")
        sys.exit(1)
    return proc


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def workbooks(out):
    return sorted((pathlib.Path(out) / "downloads").glob("*.xlsx"))


def open_workbook(path):
    return openpyxl.load_workbook(path)


def table(ws, header_row=1):
    """The data rows of a table sheet as dicts header -> cell, up to the first empty row."""
    headers = [c.value for c in ws[header_row]]
    rows = []
    for cells in ws.iter_rows(min_row=header_row + 1):
        if all(c.value is None for c in cells):
            break
        rows.append({h: c for h, c in zip(headers, cells) if h is not None})
    return headers, rows


def label_values(ws):
    """Column A label -> column B cell, for summary sheets."""
    out = {}
    for row in ws.iter_rows(min_row=1, max_col=2):
        if row[0].value is not None and row[0].value not in out:
            out[row[0].value] = row[1]
    return out


def xml_parts(path):
    """(part name, parsed root) for every XML part of a workbook."""
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if name.endswith(".xml") or name.endswith(".rels"):
                yield name, ET.fromstring(z.read(name))


def all_texts(path):
    """Every text node and attribute value in every XML part (unescaped), so
    sheet cells, shared strings, chart titles and document properties alike."""
    for name, root in xml_parts(path):
        for el in root.iter():
            if el.text and el.text.strip():
                yield name, el.text
            if el.tail and el.tail.strip():
                yield name, el.tail
            for v in el.attrib.values():
                yield name, v


def submission(region, bestand):
    return load_json(pathlib.Path(region) / bestand)


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def close(a, b):
    return is_number(a) and abs(a - b) < 1e-9 * max(1.0, abs(b))
