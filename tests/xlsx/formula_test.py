#!/usr/bin/python3
"""No formulas: text from submissions and the registry is always written as a
string cell, never as a formula, whatever it starts with.

Scans every cell of every workbook of every data sample and of the fixture
region tests/xlsx/fixtures/formule-injectie (practice names starting with
"=", "+", "-" and "@", a toelichting "=cmd|' /C calc'!A0", onderbouwingen,
wijken, an afwijking and an intervisie kind that look like formulas): no
worksheet holds a formula element, and every such text comes back as exactly
the same plain string.

The generator writes no formulas at all. Should it ever write one on purpose,
list it in ALLOWED (workbook name -> {(sheet, cell)}).

Usage: formula_test.py <mtvp-monitor> <repo-root>
"""
import pathlib
import sys
import tempfile

from xlsx_common import FIXTURE, Checker, build, load_json, open_workbook, regions, table, workbooks, xml_parts

ALLOWED = {}

t = Checker()


def scan(path, where):
    """No <f> element in any sheet; every cell typed as text (shared, or inline in
    the streamed regio-overzicht) or number; never "str", a formula's result."""
    allowed = ALLOWED.get(path.name, set())
    for name, root in xml_parts(path):
        if not name.startswith("xl/worksheets/"):
            continue
        formulas = [el for el in root.iter() if el.tag.endswith("}f")]
        t.check(not formulas or allowed, f"{where}/{name}: {len(formulas)} formula element(s)")
        types = {el.get("t") for el in root.iter() if el.tag.endswith("}c")}
        t.check(types <= {None, "s", "inlineStr", "n"}, f"{where}/{name}: cell types {types}")
    wb = open_workbook(path)
    for ws in wb.worksheets:
        bad = [c.coordinate for row in ws.iter_rows() for c in row
               if c.data_type == "f" and (ws.title, c.coordinate) not in allowed]
        t.check(not bad, f"{where}/{ws.title}: formula cells {bad[:5]}")


def strings_of(path):
    """Every string cell value of a workbook, with its data type."""
    out = {}
    for ws in open_workbook(path).worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    out.setdefault(c.value, set()).add(c.data_type)
    return out


def check_fixture(out):
    """Every formula-like text of the fixture comes back verbatim as a string."""
    praktijken = load_json(FIXTURE / "praktijken.json")["praktijken"]
    namen = [p["naam"] for p in praktijken]
    t.check({n[0] for n in namen} >= {"=", "+", "-", "@"}, "fixture: names start with = + - @")
    texts = set(namen) | {p["wijk"] for p in praktijken}
    for f in sorted((FIXTURE / "inzendingen").glob("*/jaar-*.json")):
        s = load_json(f)
        texts.add(s["toelichting"])
        texts |= {i["onderbouwing"] for i in s["interventies"] if i.get("onderbouwing")}
    t.check("=cmd|' /C calc'!A0" in texts, "fixture: a toelichting starts with =cmd|")
    for a in load_json(FIXTURE / "afwijkingen.json")["afwijkingen"]:
        texts |= {a["reden"], a["goedgekeurd_door"]}

    regio = strings_of(out / "downloads" / "regio-overzicht.xlsx")
    for text in sorted(texts):
        t.check(regio.get(text) == {"s"}, f"fixture regio-overzicht: {text!r} is a plain string ({regio.get(text)})")
    wb = open_workbook(out / "downloads" / "regio-overzicht.xlsx")
    _, rows = table(wb["Praktijken"])
    t.check({r["Praktijk"].value for r in rows} == set(namen), "fixture: Praktijken shows every name verbatim")

    for p in praktijken:
        path = out / "downloads" / f"praktijk-{p['agb']}.xlsx"
        own = strings_of(path)
        t.check(own.get(p["naam"]) == {"s"}, f"fixture {path.name}: name {p['naam']!r} is a plain string")
        for f in sorted((FIXTURE / "inzendingen" / p["agb"]).glob("jaar-*.json")):
            toelichting = load_json(f)["toelichting"]
            t.check(own.get(toelichting) == {"s"}, f"fixture {path.name}: toelichting {toelichting!r} is a plain string")


def main():
    binary, root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        for region in regions(root):
            out = pathlib.Path(tmp) / region.name
            build(binary, region, out, "--praktijk-werkboeken")
            files = workbooks(out)
            t.check(len(files) >= 3, f"{region.name}: workbooks written ({[f.name for f in files]})")
            for path in files:
                scan(path, f"{region.name}/{path.name}")
            if region == FIXTURE:
                check_fixture(out)
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
