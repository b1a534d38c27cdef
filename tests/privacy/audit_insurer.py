#!/usr/bin/python3
"""Audit of the insurer's figures, independent of the suppression code.

Reads every figure of zorgverzekeraar/index.html (the text a reader sees) and
of downloads/zorgverzekeraar.xlsx (the cell values), writes what an insurer
knows about how they hang together as integer linear constraints, and
computes with scipy's MILP, for every hidden count ("x"), the smallest and
largest value consistent with everything published. The design
(docs/zorgverzekeraar-afscherming.md) promises that every hidden count has a
feasible range at least min-cel wide; a narrower range, a pinned cell, a
shown count below min-cel, or a figure the page and the workbook disagree on
fails.

Known relations, per programme year j and per row (all cohorts, each group):
  Voldoet + Rest = Verschuldigd;  Voldoet niet/onvolledig + Geen oordeel = Rest;
  Beoordeeld = Voldoet + Voldoet niet/onvolledig;  Op tijd + Niet op tijd = Verschuldigd;
  Op tijd <= Beoordeeld;  the groups add up to all cohorts, column by column;
  per onderdeel: Zonder tekort + Tekort of geen oordeel = Verschuldigd,
                 Voldoet <= Zonder tekort <= Beoordeeld;
  every intervention, metric and intervisie count <= Beoordeeld; ja <= gemeld;
  Deelnemend >= Verschuldigd(1) >= Verschuldigd(2) >= Verschuldigd(3);
  every shown percentage ties its numerator to its denominator (page: to
  0.05 percentage point; workbook: exactly).

Runs on the data samples, on hostile regions made from the Utrecht sample
(cohorts of 1 to 6 practices, exactly one failing, all but one failing, one
late, one withdrawn, one missing, one programme year only, a region smaller
than min-cel), on synthetic regions of 60, 100 and 200 practices (large
cohorts, so figures per cohort are shown) and with --min-cel 3; then the difference test: two regions
that differ in one practice's year-3 verdict give outputs that differ only
where the design allows.

Usage: audit_insurer.py <mtvp-monitor> <repo-root>
"""
import html.parser
import json
import math
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np
import openpyxl
from scipy.optimize import Bounds, LinearConstraint, milp

HIDDEN, STRUCT = "x", "–"
MAIN_COLS = ["P", "V", "W", "NV", "G", "B", "T", "NT", "%V", "%VB", "%B", "%T"]
PCT = {"%V": ("V", "P"), "%VB": ("V", "B"), "%B": ("B", "P"), "%T": ("T", "P")}
BIG = 10 ** 6

failures = []
summary = []


def fail(what):
    failures.append(what)
    print(f"FAIL  {what}")


# --- reading the page as a reader sees it -------------------------------------------------

class Tables(html.parser.HTMLParser):
    """Tables as (caption, rows); a row is a list of (tag, text, colspan).
    Screen-reader-only text is left out: it explains, it holds no figure."""

    def __init__(self):
        super().__init__()
        self.tables, self.paragraphs = [], []
        self.table = self.row = self.cell = None
        self.caption = None
        self.hide_depth = 0
        self.depth = 0
        self.para = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.depth += 1
        if self.hide_depth:
            self.hide_depth += 1
            return
        if tag == "span" and "sr-only" in (a.get("class") or ""):
            self.hide_depth = 1
        elif tag == "table":
            self.table = {"caption": "", "rows": []}
        elif tag == "caption":
            self.caption = ""
        elif tag == "tr" and self.table is not None:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = [tag, "", int(a.get("colspan") or 1)]
        elif tag == "p":
            self.para = ""

    def handle_endtag(self, tag):
        self.depth -= 1
        if self.hide_depth:
            self.hide_depth -= 1
            return
        if tag == "caption" and self.caption is not None:
            self.table["caption"] = " ".join(self.caption.split())
            self.caption = None
        elif tag in ("td", "th") and self.cell is not None:
            self.cell[1] = " ".join(self.cell[1].split())
            self.row.append(tuple(self.cell))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.table["rows"].append(self.row)
            self.row = None
        elif tag == "table" and self.table is not None:
            self.tables.append(self.table)
            self.table = None
        elif tag == "p" and self.para is not None:
            self.paragraphs.append(" ".join(self.para.split()))
            self.para = None

    def handle_data(self, data):
        if self.hide_depth:
            return
        if self.caption is not None:
            self.caption += data
        if self.cell is not None:
            self.cell[1] += data
        if self.para is not None:
            self.para += data


NUM = r"(x|–|-?\d+(?:,\d+)?%?)"


def value(token):
    """A figure as the reader sees it: ("x"), ("–"), a number, or a fraction for "58,6%"."""
    if token in (HIDDEN, STRUCT):
        return token
    if token.endswith("%"):
        return ("pct", float(token[:-1].replace(",", ".")) / 100)
    return float(token.replace(",", "."))


def read_page(path):
    """{key: figure} for every figure of the insurer page. Keys:
    (j, row, col) main table; (j, "onderdeel", i, "K"/"KN"/"%K"); (j, "iv", i, "I"/"%I");
    (j, "m", i, "waarde"/"n"/"ja"/"%ja"); (j, "s", i, "n"/"bijeenkomsten"/"deelnames"); ("R",)."""
    p = Tables()
    p.feed(path.read_text(encoding="utf-8"))
    out = {}
    for para in p.paragraphs:
        m = re.match(r"Deelnemende praktijken \(ook uitgetreden\): " + NUM, para)
        if m:
            out[("R",)] = value(m.group(1))
    for t in p.tables:
        cap = t["caption"]
        body = [r for r in t["rows"] if r and r[0][0] == "th" and any(c[0] == "td" for c in r)]
        m = re.match(r"Programmajaar (\d): praktijken naar oordeel", cap)
        if m:
            j = int(m.group(1))
            for r in body:
                for col, c in zip(MAIN_COLS, r[1:]):
                    out[(j, r[0][1], col)] = value(c[1])
            continue
        m = re.match(r"Programmajaar (\d): naleving per onderdeel", cap)
        if m:
            j = int(m.group(1))
            for i, r in enumerate(body):
                for col, c in zip(["K", "KN", "%K"], r[1:]):
                    out[(j, "onderdeel", i, col)] = value(c[1])
            continue
        if cap.startswith("Praktijken die de interventie meetelden"):
            for i, r in enumerate(body):
                for j, c in enumerate(r[1:], start=1):
                    tokens = re.findall(NUM, c[1])
                    out[(j, "iv", i, "I")] = value(tokens[0])
                    out[(j, "iv", i, "%I")] = value(tokens[1]) if len(tokens) > 1 else STRUCT
            continue
        if cap.startswith("Gemelde cijfers per programmajaar"):
            for i, r in enumerate(body):
                janee = r[1][1] == "praktijken met ja"
                for j, c in enumerate(r[2:], start=1):
                    tokens = re.findall(NUM, c[1])
                    if tokens == [STRUCT]:
                        out[(j, "m", i, "n")] = STRUCT
                        continue
                    if janee:
                        out[(j, "m", i, "ja")] = value(tokens[0])
                        out[(j, "m", i, "%ja")] = value(tokens[1])
                    else:
                        out[(j, "m", i, "waarde")] = value(tokens[0])
                    out[(j, "m", i, "n")] = value(tokens[-1])
            continue
        if cap.startswith("Gemelde intervisie"):
            for i, r in enumerate(body):
                for j, c in enumerate(r[1:], start=1):
                    tokens = re.findall(NUM, c[1])
                    if tokens == [STRUCT]:
                        out[(j, "s", i, "n")] = STRUCT
                        continue
                    out[(j, "s", i, "bijeenkomsten")] = value(tokens[0])
                    out[(j, "s", i, "deelnames")] = value(tokens[1])
                    out[(j, "s", i, "n")] = value(tokens[2])
    return out


# --- reading the workbook as a user does --------------------------------------------------

def cell(v, pct=False):
    if isinstance(v, str):
        return v.strip()
    if v is None:
        return None
    return ("pct", float(v)) if pct else float(v)


def sheet_rows(ws, first):
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r and r[0] == first)
    return rows[start + 1:]


def read_workbook(path):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    out = {}
    for r in wb["Samenvatting"].iter_rows(values_only=True):
        if r and r[0] == "Deelnemende praktijken (ook uitgetreden)":
            out[("R",)] = cell(r[1])
    for r in sheet_rows(wb["Oordeel"], "Programmajaar"):
        if r[0] is None:
            continue
        j, row = int(r[0]), r[1]
        for k, col in enumerate(MAIN_COLS):
            out[(j, row, col)] = cell(r[2 + k], col.startswith("%"))
    counters = {}
    for r in sheet_rows(wb["Onderdelen"], "Programmajaar"):
        if r[0] is None:
            continue
        j = int(r[0])
        i = counters.setdefault(j, 0)
        counters[j] += 1
        out[(j, "onderdeel", i, "K")] = cell(r[2])
        out[(j, "onderdeel", i, "KN")] = cell(r[3])
        out[(j, "onderdeel", i, "%K")] = cell(r[4], True)
    for i, r in enumerate(sheet_rows(wb["Interventies"], "Kernelement")):
        for j in (1, 2, 3):
            out[(j, "iv", i, "I")] = cell(r[2 * j])
            out[(j, "iv", i, "%I")] = cell(r[2 * j + 1], True)
    for i, r in enumerate(sheet_rows(wb["Cijfers"], "Cijfer")):
        janee = r[2] == "praktijken met ja"
        for j in (1, 2, 3):
            v, n = cell(r[3 + 2 * (j - 1)]), cell(r[4 + 2 * (j - 1)])
            out[(j, "m", i, "n")] = n
            if n != STRUCT:
                out[(j, "m", i, "ja" if janee else "waarde")] = v
    counters = {}
    for r in sheet_rows(wb["Intervisie"], "Programmajaar"):
        if r[0] is None:
            continue
        j = int(r[0])
        i = counters.setdefault(j, 0)
        counters[j] += 1
        out[(j, "s", i, "n")] = cell(r[2])
        if cell(r[2]) != STRUCT:
            out[(j, "s", i, "bijeenkomsten")] = cell(r[3])
            out[(j, "s", i, "deelnames")] = cell(r[4])
    wb.close()
    return out


# --- the constraints ------------------------------------------------------------------------

COUNT_KEYS = {"P", "V", "W", "NV", "G", "B", "T", "NT", "K", "KN", "I", "n", "ja"}


def is_count(key):
    return key[-1] in COUNT_KEYS or key == ("R",)


def audit(name, page, book, min_cel):
    """Checks one built region; returns (cells audited, hidden, narrowest range)."""
    # Page and workbook show the same figures (the workbook has no %ja column).
    for k in sorted(set(page) | set(book), key=str):
        a, b = page.get(k), book.get(k)
        if k not in page and k[-1] == "%ja":
            continue
        if k not in book and k[-1] == "%ja":
            continue
        if isinstance(a, tuple) and isinstance(b, tuple):
            if abs(a[1] - b[1]) > 0.0005 + 1e-9:
                fail(f"{name}: {k}: pagina {a} en werkboek {b} verschillen")
        elif a != b:
            fail(f"{name}: {k}: pagina {a!r} en werkboek {b!r} verschillen")
    figures = dict(page)
    for k, v in book.items():
        if isinstance(v, tuple):
            figures[k] = v  # the workbook's exact fraction
        else:
            figures.setdefault(k, v)

    # Primary rule: no shown count is about fewer than min_cel practices.
    for k, v in figures.items():
        if is_count(k) and isinstance(v, float) and v < min_cel:
            fail(f"{name}: {k} = {v:g} getoond, minder dan {min_cel}")

    var = {}

    def x(key):
        if key not in var:
            var[key] = len(var)
        return var[key]

    rows = []  # (coefficients {var: c}, lo, hi)

    def eq(terms, rhs=0.0):
        rows.append((terms, rhs, rhs))

    def le(terms, rhs=0.0):
        rows.append((terms, -np.inf, rhs))

    years = sorted({k[0] for k in figures if isinstance(k[0], int)})
    due = [j for j in years if figures.get((j, "Alle cohorten", "P")) not in (STRUCT, None)]
    for j in years:
        if j not in due:
            # Structural: the same for every region; nothing to hide.
            bad = [k for k, v in figures.items() if k[0] == j and v not in (STRUCT,)]
            if bad:
                fail(f"{name}: jaar {j} is niet verschuldigd maar toont {bad[:3]}")
            continue
        groups = sorted({k[1] for k in figures if k[0] == j and len(k) == 3} - {"Alle cohorten"})
        for g in ["Alle cohorten"] + groups:
            X = lambda c: x((j, g, c))  # noqa: E731
            eq({X("V"): 1, X("W"): 1, X("P"): -1})
            eq({X("NV"): 1, X("G"): 1, X("W"): -1})
            eq({X("V"): 1, X("NV"): 1, X("B"): -1})
            eq({X("T"): 1, X("NT"): 1, X("P"): -1})
            le({X("T"): 1, X("B"): -1})
        if groups:
            for c in ["P", "V", "W", "NV", "G", "B", "T", "NT"]:
                terms = {x((j, g, c)): 1 for g in groups}
                terms[x((j, "Alle cohorten", c))] = -1
                eq(terms)
        P, V, B = x((j, "Alle cohorten", "P")), x((j, "Alle cohorten", "V")), x((j, "Alle cohorten", "B"))
        for k in [k for k in figures if k[0] == j and len(k) == 4]:
            if k[1] == "onderdeel" and k[3] == "K":
                K, KN = x(k), x((j, "onderdeel", k[2], "KN"))
                eq({K: 1, KN: 1, P: -1})
                le({V: 1, K: -1})
                le({K: 1, B: -1})
            elif k[3] in ("I", "n") and figures[k] != STRUCT:
                le({x(k): 1, B: -1})
            elif k[3] == "ja":
                le({x(k): 1, x((j, "m", k[2], "n")): -1})
    if due:
        le({x((due[0], "Alle cohorten", "P")): 1, x(("R",)): -1})
        for a, b in zip(due, due[1:]):
            le({x((b, "Alle cohorten", "P")): 1, x((a, "Alle cohorten", "P")): -1})

    # Published figures.
    for k, v in figures.items():
        if isinstance(v, float) and k in var:
            eq({var[k]: 1}, v)
        elif isinstance(v, tuple) and k[0] in due:
            f = v[1]
            tol = 1e-7 if book.get(k) == v else 0.0005 + 1e-9
            if len(k) == 3:
                num, den = PCT[k[2]]
                num, den = x((k[0], k[1], num)), x((k[0], k[1], den))
            else:
                num = x(k[:3] + ({"%K": "K", "%I": "I", "%ja": "ja"}[k[3]],))
                den = x((k[0], "Alle cohorten", "P"))
            le({num: -1, den: f - tol})   # num >= (f - tol) den
            le({num: 1, den: -(f + tol)})  # num <= (f + tol) den

    n = len(var)
    A = np.zeros((len(rows), n))
    lo, hi = np.zeros(len(rows)), np.zeros(len(rows))
    for r, (terms, a, b) in enumerate(rows):
        for v, c in terms.items():
            A[r, v] += c
        lo[r], hi[r] = a, b
    cons = [LinearConstraint(A, lo, hi)] if rows else []
    bounds = Bounds(np.zeros(n), np.full(n, BIG))
    integral = np.ones(n)

    def solve(i, sign):
        c = np.zeros(n)
        c[i] = sign
        r = milp(c, constraints=cons, bounds=bounds, integrality=integral)
        if r.status != 0:
            return None
        return round(sign * r.fun)

    hidden = [k for k, v in figures.items() if v == HIDDEN and k in var and is_count(k)]
    audited = sum(1 for k, v in figures.items() if k in var)
    if solve(0, 1) is None and n:
        fail(f"{name}: de gepubliceerde cijfers zijn onderling tegenstrijdig (geen oplossing)")
        return audited, len(hidden), None
    narrowest = (math.inf, None)
    for k in sorted(hidden, key=str):
        a, b = solve(var[k], 1), solve(var[k], -1)
        width = math.inf if b is None or b >= BIG else b - a
        if narrowest[1] is None or width < narrowest[0]:
            narrowest = (width, k, a, "∞" if width == math.inf else b)
        if width < min_cel:
            fail(f"{name}: verborgen {k} ligt vast binnen [{a}, {b}]: breedte {width} < {min_cel}")
    return audited, len(hidden), narrowest


# --- building regions ---------------------------------------------------------------------

def build(binary, region, out, min_cel=5):
    r = subprocess.run([str(binary), "build", str(region), "--out", str(out), "--min-cel", str(min_cel)],
                       capture_output=True, text=True)
    if r.returncode not in (0, 1):
        fail(f"{region.name}: build faalt ({r.returncode}): {r.stderr[-400:]}")
        return None, None
    return read_page(out / "zorgverzekeraar" / "index.html"), read_workbook(out / "downloads" / "zorgverzekeraar.xlsx")


def run(binary, name, region, tmp, min_cel=5):
    page, book = build(binary, region, tmp / ("site-" + name), min_cel)
    if page is None:
        return None
    before = len(failures)
    audited, hidden, narrow = audit(name, page, book, min_cel)
    if narrow is None:
        return page
    width = narrow[0]
    where = f" ({narrow[1]}: [{narrow[2]}, {narrow[3]}])" if narrow[1] else ""
    shown = "geen verborgen cijfer" if not narrow[1] else "onbegrensd" if width == math.inf else width
    line = f"{name} (min-cel {min_cel}): {audited} cijfers gecontroleerd, {hidden} verborgen, smalste bereik {shown}{where}"
    print(("ok    " if len(failures) == before else "FOUT  ") + line)
    summary.append((name, audited, hidden, width, min_cel))
    return page


def load(p):
    return json.loads(p.read_text(encoding="utf-8"))


def save(p, data):
    p.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def subset(base, out, keep):
    """A copy of `base` with only the practices whose AGB is in `keep`."""
    shutil.copytree(base, out)
    reg = load(out / "praktijken.json")
    reg["praktijken"] = [p for p in reg["praktijken"] if p["agb"] in keep]
    save(out / "praktijken.json", reg)
    for d in (out / "inzendingen").iterdir():
        if d.name not in keep:
            shutil.rmtree(d)
    afw = out / "afwijkingen.json"
    if afw.exists():
        data = load(afw)
        if isinstance(data, dict) and isinstance(data.get("afwijkingen"), list):
            data["afwijkingen"] = [a for a in data["afwijkingen"] if a.get("agb") in keep]
            save(afw, data)
    return out


def hostile_regions(binary, base, tmp):
    """(name, folder) pairs built from the Utrecht sample to be hard to protect."""
    site = tmp / "basis"
    subprocess.run([str(binary), "build", str(base), "--out", str(site)], capture_output=True)
    res = load(site / "data" / "resultaten.json")
    reg = load(base / "praktijken.json")["praktijken"]
    by_cohort = {}
    for p in reg:
        by_cohort.setdefault(p["cohort"], []).append(p["agb"])
    # Passing and failing by the practice's verdict over all its years.
    overall = {p["agb"]: p["oordeel"] for p in res["praktijken"]}
    passing = sorted(a for a, s in overall.items() if s in ("voldoet", "afwijking geaccepteerd"))
    failing = sorted(a for a, s in overall.items() if s in ("voldoet niet", "onvolledig"))
    out = []
    for k in range(1, 7):
        keep = {a for agbs in by_cohort.values() for a in sorted(agbs)[:k]}
        out.append((f"cohorten-van-{k}", subset(base, tmp / f"h-cohort-{k}", keep)))
    if failing and len(passing) >= 5:
        out.append(("precies-een-faalt", subset(base, tmp / "h-een-faalt", set(passing) | {failing[0]})))
    if passing and len(failing) >= 5:
        out.append(("alle-op-een-na-falen", subset(base, tmp / "h-een-slaagt", set(failing) | {passing[0]})))
    if len(passing) >= 6:
        out.append(("alleen-geslaagden", subset(base, tmp / "h-alle-slagen", set(passing))))
    # One late: the first passing practice's year 1 arrives on the day before the peildatum.
    late = shutil.copytree(base, tmp / "h-een-te-laat")
    f = late / "inzendingen" / passing[0] / "jaar-1.json"
    s = load(f)
    s["ingediend_op"] = "2026-12-30"
    save(f, s)
    out.append(("een-te-laat", late))
    # One withdrawn: before its programme year 2.
    gone = shutil.copytree(base, tmp / "h-een-uitgetreden")
    r = load(gone / "praktijken.json")
    r["praktijken"][0]["uitgetreden_op"] = "2024-01-15"
    save(gone / "praktijken.json", r)
    out.append(("een-uitgetreden", gone))
    # One missing submission.
    miss = shutil.copytree(base, tmp / "h-een-ontbreekt")
    (miss / "inzendingen" / passing[0] / "jaar-1.json").unlink()
    out.append(("een-ontbreekt", miss))
    # One programme year only: an earlier peildatum.
    early = shutil.copytree(base, tmp / "h-een-jaar")
    plan = load(early / "regioplan.json")
    plan["peildatum"] = "2024-09-30"
    save(early / "regioplan.json", plan)
    out.append(("een-programmajaar", early))
    # Fewer practices than min-cel, and exactly min-cel in one cohort.
    out.append(("vier-praktijken", subset(base, tmp / "h-vier", set(sorted(by_cohort["2023-04"])[:4]))))
    out.append(("vijf-praktijken", subset(base, tmp / "h-vijf", set(sorted(by_cohort["2023-04"])[:5]))))
    # Synthetic regions with cohorts large enough to show figures per cohort,
    # so that the group rule (S3) is put to the test.
    for n, seed in ((60, 7), (100, 11), (200, 5)):
        folder = tmp / f"synth-{n}"
        subprocess.run([str(binary), "synth", "--praktijken", str(n), "--seed", str(seed), "--out", str(folder)],
                       capture_output=True, check=True)
        out.append((f"synth-{n}", folder))
    return out


# --- the difference test --------------------------------------------------------------------

def difference_test(binary, base, tmp):
    """Two regions that differ in one practice's verdict: in B, its judged
    programme-year-3 submission is missing (the last year, so no later
    year's groeimodel rule depends on it)."""
    reg = load(base / "praktijken.json")["praktijken"]
    plan = load(base / "regioplan.json")
    names = {c["id"]: c["naam"] for c in plan["cohorten"]}
    res = load(tmp / "basis" / "data" / "resultaten.json")
    judged3 = sorted(p["agb"] for p in res["praktijken"]
                     for j in p["jaren"] if j["jaar"] == 3 and j["oordeel"] is not None and j["periode"]["tot"] < res["peildatum"])
    agb = judged3[0]
    cohort = names[next(p["cohort"] for p in reg if p["agb"] == agb)]
    b = shutil.copytree(base, tmp / "verschil-b")
    (b / "inzendingen" / agb / "jaar-3.json").unlink()
    pa, ba = build(binary, base, tmp / "verschil-site-a")
    pb, bb = build(binary, b, tmp / "verschil-site-b")
    if pa is None or pb is None:
        return
    # The years whose result for that practice differs (a missing year 1 can
    # also leave a later year's groeimodel rule undecided).
    def jaren(site):
        res = load(site / "data" / "resultaten.json")
        p = next(p for p in res["praktijken"] if p["agb"] == agb)
        return {j["jaar"]: j for j in p["jaren"]}
    ja, jb = jaren(tmp / "verschil-site-a"), jaren(tmp / "verschil-site-b")
    years = {j for j in ja if ja[j] != jb.get(j)}
    if years != {3}:
        fail(f"verschiltest: het resultaat verandert in jaren {sorted(years)}, verwacht alleen jaar 3")
    for label, x, y in (("pagina", pa, pb), ("werkboek", ba, bb)):
        if set(x) != set(y):
            fail(f"verschiltest: {label}: de vorm verschilt: {sorted(set(x) ^ set(y), key=str)[:5]}")
            continue
        changed = [k for k in x if x[k] != y[k]]
        for k in changed:
            if k == ("R",) or (len(k) == 3 and k[2] == "P"):
                fail(f"verschiltest: {label}: {k} (populatie) verandert: {x[k]} -> {y[k]}")
            elif k[0] not in years:
                fail(f"verschiltest: {label}: {k} buiten programmajaar {sorted(years)} verandert: {x[k]} -> {y[k]}")
            elif len(k) == 3 and k[1] != "Alle cohorten" and cohort not in k[1].split(" + "):
                # Another group's figure may only switch between shown and hidden.
                if HIDDEN not in (x[k], y[k]):
                    fail(f"verschiltest: {label}: {k} van een andere groep krijgt een andere waarde: "
                         f"{x[k]} -> {y[k]}")
        print(f"ok    verschiltest ({label}): {len(changed)} van {len(x)} cijfers verschillen, alle in "
              f"programmajaar {sorted(years)} (praktijk in cohort {cohort})")
        if not changed:
            fail(f"verschiltest: {label}: geen enkel cijfer verschilt; de test toetst niets")


def main():
    binary, root = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
    started = time.monotonic()
    samples = sorted(p for p in (root / "data-samples").iterdir() if (p / "regioplan.json").exists())
    with tempfile.TemporaryDirectory() as t:
        tmp = pathlib.Path(t)
        for region in samples:
            run(binary, region.name, region, tmp)
        utrecht = root / "data-samples" / "utrecht"
        run(binary, "utrecht-min-cel-3", utrecht, tmp, min_cel=3)
        for name, region in hostile_regions(binary, utrecht, tmp):
            run(binary, name, region, tmp)
        difference_test(binary, utrecht, tmp)
    cells = sum(s[1] for s in summary)
    hidden = sum(s[2] for s in summary)
    narrow = min((s[3] for s in summary if s[4] == 5), default=math.inf)
    print(f"{len(summary)} regio's, {cells} cijfers gecontroleerd, {hidden} verborgen, smalste bereik bij min-cel 5: "
          f"{narrow}; {time.monotonic() - started:.1f} s")
    if failures:
        print(f"{len(failures)} failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
