#!/usr/bin/python3
"""Read-back: open every workbook of a built region and compare its cells with
data/resultaten.json of the same build.

For every data sample and the formula fixture: regio-overzicht.xlsx holds one
row per practice and year and one row per verdict with the same status,
actual, required and shortfall (numbers as numbers where the results file has
a number, dates as real dates), every intervention, the completeness matrix
and every input problem; tables have a frozen header, an autofilter, column
widths and coloured status columns. Every praktijk-<agb>.xlsx holds exactly
that practice's verdicts and years, and no other practice's code or name
(except practices of its own plangroep, whose attendance its verdicts cite).

Usage: readback_test.py <mtvp-monitor> <repo-root>
"""
import datetime
import pathlib
import sys
import tempfile

from xlsx_common import (Checker, build, close, is_number, label_values, load_json, open_workbook, regions,
                         submission, table)

REGIO_SHEETS = ["Samenvatting", "Praktijken", "Oordelen", "Interventies", "Volledigheid", "Invoerproblemen"]
PRAKTIJK_SHEETS = ["Praktijk", "Traject", "Oordelen", "Interventies"]
STATUS_WORDS = ["voldoet", "voldoet niet", "onvolledig", "afwijking geaccepteerd", "niet van toepassing"]

t = Checker()


def iso(cell):
    """A date cell as YYYY-MM-DD, or None; fails when it is not a real date."""
    if cell.value is None:
        return None
    ok = isinstance(cell.value, datetime.datetime) and cell.is_date
    t.check(ok, f"{cell.parent.title}!{cell.coordinate}: {cell.value!r} is a real Excel date")
    return cell.value.date().isoformat() if ok else repr(cell.value)


def text(cell):
    return cell.value


def expect_figure(cell, getal, tekst, where):
    """A verdict figure: the number when the model has one, else the Dutch text."""
    if getal is not None:
        t.check(close(cell.value, getal) and cell.data_type == "n",
                f"{where}: {cell.value!r} is the number {getal}")
    else:
        t.check(cell.value == (tekst or None) and cell.data_type in ("s", "n"),
                f"{where}: {cell.value!r} == text {tekst!r}")


def check_table_sheet(ws, where, status_headers):
    t.check(ws.freeze_panes is not None and ws.freeze_panes[1:] == "2", f"{where}/{ws.title}: header row frozen ({ws.freeze_panes})")
    t.check(bool(ws.auto_filter.ref) and ws.auto_filter.ref.startswith("A1:"), f"{where}/{ws.title}: autofilter from A1 ({ws.auto_filter.ref})")
    headers = [c.value for c in ws[1]]
    for i, h in enumerate(headers):
        letter = ws.cell(row=1, column=i + 1).column_letter
        dim = ws.column_dimensions.get(letter)
        width = dim.width if dim is not None else None
        # openpyxl groups equal adjacent widths under the first column's letter.
        if width is None:
            width = next((d.width for d in ws.column_dimensions.values() if d.min <= i + 1 <= d.max), None)
        t.check(width is not None and 6 <= width <= 95, f"{where}/{ws.title}: column {h!r} has a width ({width})")
    cf_ranges = [str(r.sqref) for r in ws.conditional_formatting]
    for h in status_headers:
        if h not in headers:
            t.check(False, f"{where}/{ws.title}: has status column {h!r}")
            continue
        letter = ws.cell(row=1, column=headers.index(h) + 1).column_letter
        has_rows = ws.max_row > 1 and ws.cell(row=2, column=1).value is not None
        if has_rows:
            rules = [rule for r in ws.conditional_formatting if any(letter + "2" in str(rng) for rng in r.sqref.ranges)
                     for rule in r.rules]
            words = {w for rule in rules for f in (rule.formula or []) for w in STATUS_WORDS if f'"{w}"' in f}
            t.check(rule_types_ok(rules) and {"voldoet", "voldoet niet", "onvolledig"} <= words,
                    f"{where}/{ws.title}: status column {h!r} coloured by text rules ({cf_ranges})")


def rule_types_ok(rules):
    return bool(rules) and all(r.type in ("containsText", "endsWith", "beginsWith") for r in rules)


def check_regio(region, out, res, plan):
    where = f"{region.name}/regio-overzicht.xlsx"
    wb = open_workbook(out / "downloads" / "regio-overzicht.xlsx")
    t.check(wb.sheetnames == REGIO_SHEETS, f"{where}: sheets {wb.sheetnames}")
    ke_names = {k["id"]: k["naam"] for k in plan["kernelementen"]}

    # Samenvatting
    s = label_values(wb["Samenvatting"])
    t.check(iso(s["Peildatum"]) == res["peildatum"], f"{where}: Samenvatting peildatum")
    t.check(s["Praktijken"].value == res["samenvatting"]["praktijken"], f"{where}: Samenvatting praktijken")
    for status in STATUS_WORDS:
        t.check(s[status].value == res["samenvatting"]["oordeel"].get(status, 0),
                f"{where}: Samenvatting {status} = {s[status].value}")
    for status, n in res["samenvatting"]["inzendingen"].items():
        t.check(s[status].value == n, f"{where}: Samenvatting inzendingen {status} = {s[status].value}, verwacht {n}")

    # Praktijken: one row per practice and programme year.
    ws = wb["Praktijken"]
    kolommen = [ke_names[k["id"]] for k in plan["kernelementen"]]
    check_table_sheet(ws, where, ["Inzending", "Intervisie", "Oordeel programmajaar", "Oordeel praktijk"] + kolommen)
    _, rows = table(ws)
    expected = [(p, j) for p in res["praktijken"] for j in p["jaren"]]
    t.check(len(rows) == len(expected), f"{where}: Praktijken has {len(rows)} rows, verwacht {len(expected)}")
    for row, (p, j) in zip(rows, expected):
        w = f"{where}: Praktijken {p['agb']} jaar {j['jaar']}"
        t.check(row["AGB"].value == p["agb"] and row["AGB"].data_type == "s", f"{w}: AGB {row['AGB'].value!r} as text")
        t.check(row["Praktijk"].value == p["naam"], f"{w}: naam {row['Praktijk'].value!r}")
        t.check(row["Wijk"].value == p["wijk"], f"{w}: wijk")
        t.check(row["Cohort"].value == p["cohort"], f"{w}: cohort")
        t.check(close(row["Normpraktijken"].value, p["normpraktijken"]), f"{w}: normpraktijken is a number")
        t.check(row["Programmajaar"].value == j["jaar"] and is_number(row["Programmajaar"].value), f"{w}: programmajaar")
        t.check(iso(row["Periode van"]) == j["periode"]["van"], f"{w}: periode van")
        t.check(iso(row["Periode tot"]) == j["periode"]["tot"], f"{w}: periode tot")
        t.check(iso(row["Uiterste inzenddatum"]) == j["uiterste_datum"], f"{w}: uiterste datum")
        t.check(iso(row["Ingediend op"]) == j["ingediend_op"], f"{w}: ingediend op")
        t.check(row["Inzending"].value == j["inzending"], f"{w}: inzending {row['Inzending'].value!r}")
        t.check(row["Oordeel praktijk"].value == p["oordeel"], f"{w}: oordeel praktijk")
        t.check(row["Oordeel programmajaar"].value == j["oordeel"], f"{w}: oordeel jaar {row['Oordeel programmajaar'].value!r}")
        per_ke = j.get("per_kernelement") or {}
        for k in plan["kernelementen"]:
            want = per_ke.get(k["id"]) if j["oordeel"] is not None else None
            t.check(row[ke_names[k["id"]]].value == want, f"{w}: {k['id']} {row[ke_names[k['id']]].value!r}, verwacht {want!r}")
        t.check(row["Intervisie"].value == j.get("intervisie"), f"{w}: intervisie")
        toelichting = submission(region, j["bestand"]).get("toelichting") if j["oordeel"] is not None else None
        t.check(row["Toelichting inzending"].value == (toelichting or None), f"{w}: toelichting {row['Toelichting inzending'].value!r}")

    # Oordelen: one row per verdict that needs following up.
    ws = wb["Oordelen"]
    check_table_sheet(ws, where, ["Status"])
    _, rows = table(ws)
    aandacht = {"voldoet niet", "onvolledig", "afwijking geaccepteerd"}
    expected = [(p, j, v) for p in res["praktijken"] for j in p["jaren"] for v in (j.get("verdicts") or [])
                if v["status"] in aandacht]
    t.check(any(v["status"] == "voldoet" for p in res["praktijken"] for j in p["jaren"] for v in (j.get("verdicts") or [])),
            f"{where}: the sample has passing verdicts, which Oordelen leaves out")
    t.check(len(rows) == len(expected), f"{where}: Oordelen has {len(rows)} rows, verwacht {len(expected)}")
    for row, (p, j, v) in zip(rows, expected):
        check_verdict_row(row, v, f"{where}: Oordelen {p['agb']} jaar {j['jaar']} {v['regel']}")
        t.check(row["AGB"].value == p["agb"] and row["Programmajaar"].value == j["jaar"], f"{where}: Oordelen row belongs to {p['agb']} jaar {j['jaar']}")

    # Interventies: every intervention listed, with its onderbouwing.
    ws = wb["Interventies"]
    check_table_sheet(ws, where, [])
    _, rows = table(ws)
    expected = [(p, j, k) for p in res["praktijken"] for j in p["jaren"] for k in (j.get("interventies") or [])]
    t.check(len(rows) == len(expected), f"{where}: Interventies has {len(rows)} rows, verwacht {len(expected)}")
    for row, (p, j, k) in zip(rows, expected):
        w = f"{where}: Interventies {p['agb']} jaar {j['jaar']} {k['id']}"
        t.check(row["AGB"].value == p["agb"] and row["Interventie"].value == k["id"] and row["Status"].value == k["status"], w)
        t.check(row["Onderbouwing"].value == k["onderbouwing"], f"{w}: onderbouwing {row['Onderbouwing'].value!r}")
        t.check(row["Telt mee"].value == ("ja" if k["telt"] else "nee"), f"{w}: telt mee")

    # Volledigheid: the submission status of every year.
    ws = wb["Volledigheid"]
    check_table_sheet(ws, where, ["Jaar 1: inzending", "Jaar 2: inzending", "Jaar 3: inzending", "Oordeel praktijk"])
    _, rows = table(ws)
    t.check(len(rows) == len(res["praktijken"]), f"{where}: Volledigheid has one row per practice")
    for row, p in zip(rows, res["praktijken"]):
        for j in p["jaren"]:
            w = f"{where}: Volledigheid {p['agb']} jaar {j['jaar']}"
            t.check(row[f"Jaar {j['jaar']}: inzending"].value == j["inzending"], f"{w}: inzending")
            t.check(iso(row[f"Jaar {j['jaar']}: uiterste datum"]) == j["uiterste_datum"], f"{w}: uiterste datum")

    # Invoerproblemen: every problem once.
    ws = wb["Invoerproblemen"]
    check_table_sheet(ws, where, [])
    _, rows = table(ws)
    got = sorted((r["Ernst"].value, r["Bestand"].value or "", r["Pad"].value or "", r["Melding"].value) for r in rows)
    want = sorted((d["ernst"], d["bestand"] or "", d["pad"] or "", d["melding"]) for d in res["problemen"])
    t.check(got == want, f"{where}: Invoerproblemen holds exactly the {len(want)} problems of the results file")


def check_verdict_row(row, v, w):
    t.check(row["Regel"].value == v["regel"], f"{w}: regel {row['Regel'].value!r}")
    t.check(row["Status"].value == v["status"], f"{w}: status {row['Status'].value!r}, verwacht {v['status']!r}")
    t.check(row["Onderdeel"].value == v["onderdeel"] and row["Ernst"].value == v["ernst"], f"{w}: onderdeel/ernst")
    expect_figure(row["Werkelijk"], v["werkelijk_getal"], v["werkelijk"], f"{w}: werkelijk")
    expect_figure(row["Vereist"], v["vereist_getal"], v["vereist"], f"{w}: vereist")
    expect_figure(row["Tekort"], v["tekort_getal"], v["tekort"], f"{w}: tekort")
    t.check(row["Werkelijk (tekst)"].value == (v["werkelijk"] or None), f"{w}: werkelijk (tekst)")
    t.check(row["Bron"].value == (v["bron"] or None), f"{w}: bron")
    t.check(row["Herkomst"].value == (v["herkomst"] or None), f"{w}: herkomst")
    t.check(row["Uitleg"].value == (v["uitleg"] or None), f"{w}: uitleg")
    a = v.get("afwijking")
    if a:
        t.check(row["Afwijking: reden"].value == a["reden"], f"{w}: afwijking reden {row['Afwijking: reden'].value!r}")
        t.check(row["Afwijking goedgekeurd door"].value == a["goedgekeurd_door"], f"{w}: afwijking goedgekeurd door")
        t.check(iso(row["Afwijking geldig tot"]) == a["geldig_tot"], f"{w}: afwijking geldig tot")
    else:
        t.check(row["Afwijking: reden"].value is None, f"{w}: no afwijking")


def check_praktijken(region, out, res):
    by_agb = {p["agb"]: p for p in res["praktijken"]}
    files = sorted((out / "downloads").glob("praktijk-*.xlsx"))
    t.check([f.name for f in files] == [f"praktijk-{agb}.xlsx" for agb in sorted(by_agb)],
            f"{region.name}: one praktijk workbook per practice ({len(files)} for {len(by_agb)})")
    for f in files:
        agb = f.stem.split("-", 1)[1]
        p = by_agb.get(agb)
        if not p:
            continue
        where = f"{region.name}/{f.name}"
        wb = open_workbook(f)
        t.check(wb.sheetnames == PRAKTIJK_SHEETS, f"{where}: sheets {wb.sheetnames}")
        s = label_values(wb["Praktijk"])
        t.check(s["AGB"].value == agb and s["Praktijk"].value == p["naam"], f"{where}: its own AGB and name")
        t.check(s["Oordeel"].value == p["oordeel"], f"{where}: oordeel")
        t.check(iso(s["Peildatum"]) == res["peildatum"], f"{where}: peildatum")
        check_table_sheet(wb["Traject"], where, ["Inzending", "Oordeel programmajaar"])
        _, rows = table(wb["Traject"])
        t.check([(r["Programmajaar"].value, r["Inzending"].value, r["Oordeel programmajaar"].value) for r in rows] ==
                [(j["jaar"], j["inzending"], j["oordeel"]) for j in p["jaren"]], f"{where}: Traject per year")
        check_table_sheet(wb["Oordelen"], where, ["Oordeel"])
        headers, rows = table(wb["Oordelen"])
        # The practice's own workbook speaks plain Dutch: no rule id, internal
        # source or origin columns (those are in regio-overzicht.xlsx).
        t.check(not {"Regel", "Herkomst", "Ernst", "Zekerheid"} & set(headers),
                f"{where}: Oordelen has no project-leader columns ({headers})")
        expected = [(j, v) for j in p["jaren"] for v in (j.get("verdicts") or [])]
        t.check(len(rows) == len(expected), f"{where}: Oordelen has {len(rows)} rows, verwacht {len(expected)}")
        for row, (j, v) in zip(rows, expected):
            w = f"{where}: jaar {j['jaar']} {v['regel']}"
            t.check(row["Programmajaar"].value == j["jaar"], f"{w}: programmajaar")
            t.check(row["Oordeel"].value == v["status"], f"{w}: oordeel {row['Oordeel'].value!r}, verwacht {v['status']!r}")
            t.check(row["Uw inzending"].value == (v["werkelijk"] or "–"), f"{w}: uw inzending {row['Uw inzending'].value!r}")
            t.check(row["Gevraagd"].value == (v["vereist"] or "–"), f"{w}: gevraagd {row['Gevraagd'].value!r}")
            t.check(row["Tekort"].value == (v["tekort"] or None), f"{w}: tekort {row['Tekort'].value!r}")
            t.check(row["Bron"].value is None or not row["Bron"].value.startswith("S0"), f"{w}: bron as the practice knows it")
        # Nothing about another practice, except its own plangroep's members.
        others = [o for o in res["praktijken"] if o["agb"] != agb and not (p["plangroep"] and o["plangroep"] == p["plangroep"])]
        leaks = set()
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str):
                        for o in others:
                            if o["agb"] in c.value or o["naam"] in c.value:
                                leaks.add((ws.title, c.coordinate, o["agb"]))
        t.check(not leaks, f"{where}: no other practice's AGB or name ({sorted(leaks)[:5]})")


def main():
    binary, root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        for region in regions(root):
            out = pathlib.Path(tmp) / region.name
            build(binary, region, out, "--praktijk-werkboeken")
            res = load_json(out / "data" / "resultaten.json")
            plan = load_json(region / "regioplan.json")
            check_regio(region, out, res, plan)
            check_praktijken(region, out, res)
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
