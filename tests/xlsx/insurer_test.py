#!/usr/bin/python3
"""zorgverzekeraar.xlsx: aggregates only, protected by the rule of
docs/zorgverzekeraar-afscherming.md.

For every data sample and the fixture:
- privacy: no AGB code, practice name, toelichting, onderbouwing, intervisie
  kind or pseudonym of the region appears anywhere in the workbook: every
  text node and attribute of every XML part is scanned (cells, shared
  strings, chart titles, document properties);
- figures: every figure is recomputed here from data/resultaten.json and the
  submissions (population per programme year, the three categories, on time,
  per onderdeel, interventions, metrics, intervisie), with the cohort groups
  merged here by the rule of the design; every shown figure equals its
  recomputed value;
- the rule, with --min-cel 5 (default), 3 and 1: a count is shown exactly
  when its pair (it and its complement within its parent) may be shown: the
  parent shown and both sides at least min-cel; per cohort group only when
  every group and all cohorts may show it; percentages only with their
  counts; a sum or median only over at least min-cel reporters. So no shown
  count is below min-cel, and "x" stands only where the rule hides.

Usage: insurer_test.py <mtvp-monitor> <repo-root>
"""
import pathlib
import statistics
import sys
import tempfile

from xlsx_common import (Checker, all_texts, build, close, is_number, label_values, load_json, open_workbook, regions,
                         submission, table)

SHEETS = ["Samenvatting", "Oordeel", "Onderdelen", "Interventies", "Cijfers", "Intervisie", "Grafieken", "Grafiekdata"]
MAIN = ["Verschuldigd", "Voldoet", "Voldoet niet, onvolledig of geen oordeel", "Voldoet niet of onvolledig",
        "Geen oordeel", "Beoordeeld", "Op tijd", "Niet op tijd"]
PCTS = ["% voldoet", "% voldoet van beoordeeld", "% beoordeeld", "% op tijd"]

t = Checker()


# --- recomputation from the results file -------------------------------------------------

def pair(ja, nee, parent_shown, m):
    """(shown, ja, nee): the pair rule."""
    return (parent_shown and ja >= m and nee >= m and ja + nee > 0, ja, nee)


def merge(sizes, m):
    groups, cur, total = [], [], 0
    for i, n in enumerate(sizes):
        if n == 0:
            continue
        cur.append(i)
        total += n
        if total >= max(m, 1):
            groups.append(cur)
            cur, total = [], 0
    if cur:
        if groups:
            groups[-1] += cur
        else:
            groups.append(cur)
    return groups


def row_figures(members, m):
    """The main row of a set of (practice, year) results."""
    n = len(members)
    b = sum(1 for _, j in members if j["oordeel"] is not None)
    v = sum(1 for _, j in members if j["oordeel"] in ("voldoet", "afwijking geaccepteerd"))
    tt = sum(1 for _, j in members if j["oordeel"] is not None and j["inzending"] == "compleet")
    r = {"P": (n >= m, n)}
    r["V"] = pair(v, n - v, r["P"][0], m)
    r["NV"] = pair(b - v, n - b, r["V"][0], m)
    r["T"] = pair(tt, n - tt, r["P"][0], m)
    return r


def recompute(region, res, plan, m):
    peil = res.get("peildatum") or plan["peildatum"]
    cohorts = sorted(plan["cohorten"], key=lambda c: (c["start"], c["id"]))
    out = {"R": (len(res["praktijken"]) >= m, len(res["praktijken"])), "jaren": {}}
    for jaar in (1, 2, 3):
        due = [(p, j) for p in res["praktijken"] for j in p["jaren"] if j["jaar"] == jaar and j["periode"]["tot"] < peil]
        if not due:
            out["jaren"][jaar] = None
            continue
        rows = [("Alle cohorten", row_figures(due, m))]
        per = [[(p, j) for p, j in due if p["cohort"] == c["id"]] for c in cohorts]
        groups = merge([len(x) for x in per], m)
        if len(groups) > 1:
            for g in groups:
                rows.append((" + ".join(cohorts[i]["naam"] for i in g), row_figures([x for i in g for x in per[i]], m)))
            for key in ("V", "NV", "T"):
                if not all(r[key][0] for _, r in rows):
                    for _, r in rows[1:]:
                        r[key] = (False,) + r[key][1:]
                if key == "V":
                    for _, r in rows[1:]:
                        if not r["V"][0]:
                            r["NV"] = (False,) + r["NV"][1:]
        n = len(due)
        shown = rows[0][1]["P"][0]
        judged = [(p, j) for p, j in due if j["oordeel"] is not None]
        y = {"rows": rows, "n": n}
        y["onderdelen"] = []
        for k in [k["id"] for k in plan["kernelementen"]] + ["intervisie"]:
            def short(j):
                s = j["intervisie"] if k == "intervisie" else (j.get("per_kernelement") or {}).get(k)
                return s in ("voldoet niet", "onvolledig")
            ok = sum(1 for _, j in judged if not short(j))
            y["onderdelen"].append(pair(ok, n - ok, shown, m))
        y["interventies"] = []
        for kern in plan["kernelementen"]:
            for iv in plan["interventies"]:
                if iv["kernelement"] != kern["id"] or iv.get("alias_van") or iv.get("kiesbaar", True) is False:
                    continue
                c = sum(1 for _, j in judged if any(
                    x["telt"] and (x["telt_als"] or x["id"]) == iv["id"] for x in j["interventies"]))
                y["interventies"].append(pair(c, n - c, shown, m))
        subs = [submission(region, j["bestand"]) for _, j in judged]
        y["metrieken"] = []
        for met in plan["metrieken"]:
            vals = [s.get("waarden", {}).get(met["id"]) for s in subs]
            vals = [v for v in vals if v is not None]
            gemeld = pair(len(vals), n - len(vals), shown, m)
            if met["type"] == "ja/nee":
                ja = sum(1 for v in vals if v is True)
                y["metrieken"].append({"ja": pair(ja, n - ja, shown, m), "gemeld": gemeld})
            else:
                nums = [v for v in vals if is_number(v)]
                median = met["type"] == "getal" or met.get("eenheid") == "minuten" or \
                    "per week" in (met.get("eenheid") or "") or "max" in met["id"]
                w = (statistics.median(nums) if median else sum(nums)) if nums else 0
                y["metrieken"].append({"waarde": (shown and len(nums) >= m, w), "gemeld": gemeld})
        bekend = {"intervisie", "uitwisselbijeenkomst"}
        for regels in plan.get("intervisie", {}).values():
            bekend |= {r["bijeenkomst"] for r in regels if r.get("bijeenkomst")}
        y["intervisie"] = []
        for soort in sorted(bekend) + ["overige bijeenkomsten"]:
            prak = sess = deeln = 0
            for s in subs:
                mine = [b for b in s.get("intervisie", [])
                        if (b["soort"] if b["soort"] in bekend else "overige bijeenkomsten") == soort]
                prak += 1 if mine else 0
                sess += len(mine)
                deeln += sum(b["deelnemers"] if isinstance(b["deelnemers"], int) else len(b["deelnemers"]) for b in mine)
            y["intervisie"].append({"n": pair(prak, n - prak, shown, m), "b": (shown and prak >= m, sess),
                                    "d": (shown and prak >= m, deeln)})
        out["jaren"][jaar] = y
    return out


# --- checks --------------------------------------------------------------------------------

class Figures:
    def __init__(self, min_cel, where):
        self.min, self.where = min_cel, where

    def cell(self, cell, shown, value, what, pct=False):
        """A figure the rule shows (then it must equal `value`) or hides ("x")."""
        w = f"{self.where}: {what}"
        if shown:
            t.check(is_number(cell.value) and close(cell.value, value), f"{w}: shows {cell.value!r}, recomputed {value}")
            if not pct and is_number(cell.value) and not what.endswith(("totaal", "mediaan", "bijeenkomsten", "deelnames")):
                t.check(cell.value >= self.min, f"{w}: a shown count of {cell.value} < {self.min}")
        else:
            t.check(cell.value == "x", f"{w}: {cell.value!r} where the rule hides {value}")

    def pair(self, ja_cell, nee_cell, pct_cell, p, parent, what):
        shown, ja, nee = p
        self.cell(ja_cell, shown, ja, what)
        if nee_cell is not None:
            self.cell(nee_cell, shown, nee, what + " (rest)")
        if pct_cell is not None:
            self.cell(pct_cell, shown, ja / parent if parent else 0, what + " %", pct=True)


def check_privacy(path, region, res, plan, where):
    bekend = {"intervisie", "uitwisselbijeenkomst"}  # kinds the plan names may be shown
    for regels in plan.get("intervisie", {}).values():
        bekend |= {r["bijeenkomst"] for r in regels if r.get("bijeenkomst")}
    secrets = set()
    for p in res["praktijken"]:
        secrets |= {p["agb"], p["naam"]}
        for j in p["jaren"]:
            if j["oordeel"] is None:
                continue
            s = submission(region, j["bestand"])
            secrets |= {s.get("toelichting") or ""}
            secrets |= {i.get("onderbouwing") or "" for i in s.get("interventies", [])}
            for b in s.get("intervisie", []):
                if b["soort"] not in bekend:
                    secrets.add(b["soort"])
                if isinstance(b["deelnemers"], list):
                    secrets |= {x for x in b["deelnemers"] if len(x) > 3}
    # Texts this short ("ja", "-1") occur in any workbook; they identify nothing.
    secrets = {x for x in secrets if len(x) >= 4}
    texts = list(all_texts(path))
    t.check(any("Percentage praktijken dat voldoet" in text for part, text in texts if part.startswith("xl/charts/")),
            f"{where}: the scan reads chart titles")
    found = sorted({(part, s) for part, text in texts for s in secrets if s in text})
    t.check(not found, f"{where}: practice-level text found: {found[:5]}")


def check_figures(path, agg, min_cel, where):
    wb = open_workbook(path)
    t.check(wb.sheetnames == SHEETS, f"{where}: sheets {wb.sheetnames}")
    f = Figures(min_cel, where)
    s = label_values(wb["Samenvatting"])
    f.cell(s["Deelnemende praktijken (ook uitgetreden)"], agg["R"][0], agg["R"][1], "praktijken")

    _, rows = table(wb["Oordeel"])
    want = []
    for jaar in (1, 2, 3):
        y = agg["jaren"][jaar]
        want += [(jaar, "Alle cohorten", None)] if y is None else [(jaar, name, r) for name, r in y["rows"]]
    t.check([(r["Programmajaar"].value, r["Cohort"].value) for r in rows] == [(j, n) for j, n, _ in want],
            f"{where}: Oordeel rows {[(r['Programmajaar'].value, r['Cohort'].value) for r in rows]}")
    for row, (jaar, name, r) in zip(rows, want):
        what = f"Oordeel jaar {jaar} {name}"
        if r is None:
            t.check(all(row[h].value == "–" for h in MAIN + PCTS), f"{where}: {what}: not due, all '–'")
            continue
        n = r["P"][1]
        f.cell(row["Verschuldigd"], r["P"][0], n, what + " verschuldigd")
        f.pair(row["Voldoet"], row["Voldoet niet, onvolledig of geen oordeel"], row["% voldoet"], r["V"], n,
               what + " voldoet")
        f.pair(row["Voldoet niet of onvolledig"], row["Geen oordeel"], None, r["NV"], n, what + " voldoet niet")
        f.pair(row["Op tijd"], row["Niet op tijd"], row["% op tijd"], r["T"], n, what + " op tijd")
        b = r["V"][1] + r["NV"][1]
        both = r["V"][0] and r["NV"][0]
        f.cell(row["Beoordeeld"], both, b, what + " beoordeeld")
        f.cell(row["% beoordeeld"], both, b / n if n else 0, what + " % beoordeeld", pct=True)
        f.cell(row["% voldoet van beoordeeld"], both, r["V"][1] / b if b else 0, what + " % van beoordeeld", pct=True)

    _, rows = table(wb["Onderdelen"])
    names = [k["naam"] for k in PLAN["kernelementen"]] + ["Intervisie"]
    t.check(len(rows) == 3 * len(names), f"{where}: Onderdelen has {len(rows)} rows")
    for i, row in enumerate(rows):
        jaar, k = i // len(names) + 1, i % len(names)
        y = agg["jaren"][jaar]
        t.check(row["Onderdeel"].value == names[k], f"{where}: Onderdelen row {i}: {row['Onderdeel'].value}")
        if y is None:
            t.check(row["Beoordeeld zonder tekort"].value == "–", f"{where}: Onderdelen jaar {jaar}: '–'")
            continue
        f.pair(row["Beoordeeld zonder tekort"], row["Tekort of geen oordeel"], row["% zonder tekort"],
               y["onderdelen"][k], y["n"], f"onderdeel jaar {jaar} {names[k]}")

    _, rows = table(wb["Interventies"])
    for jaar in (1, 2, 3):
        y = agg["jaren"][jaar]
        for i, row in enumerate(rows):
            if y is None:
                t.check(row[f"Praktijken jaar {jaar}"].value == "–", f"{where}: interventie jaar {jaar}: '–'")
                continue
            t.check(len(rows) == len(y["interventies"]), f"{where}: Interventies rows")
            f.pair(row[f"Praktijken jaar {jaar}"], None, row[f"% jaar {jaar}"], y["interventies"][i], y["n"],
                   f"interventie {row['Interventie'].value} jaar {jaar}")

    _, rows = table(wb["Cijfers"])
    t.check(len(rows) == len(PLAN["metrieken"]), f"{where}: Cijfers rows")
    for i, row in enumerate(rows):
        for jaar in (1, 2, 3):
            y = agg["jaren"][jaar]
            what = f"cijfer {row['Cijfer'].value} jaar {jaar}"
            if y is None:
                t.check(row[f"Jaar {jaar}"].value == "–", f"{where}: {what}: '–'")
                continue
            e = y["metrieken"][i]
            f.pair(row[f"Gemeld door jaar {jaar}"], None, None, e["gemeld"], y["n"], what + " gemeld")
            if "ja" in e:
                f.pair(row[f"Jaar {jaar}"], None, None, e["ja"], y["n"], what + " ja")
            else:
                label = "totaal" if row["Samengevat als"].value == "totaal" else "mediaan"
                f.cell(row[f"Jaar {jaar}"], e["waarde"][0], e["waarde"][1], what + " " + label)

    _, rows = table(wb["Intervisie"])
    for row in rows:
        jaar = row["Programmajaar"].value
        y = agg["jaren"][jaar]
        if y is None:
            t.check(row["Praktijken"].value == "–", f"{where}: intervisie jaar {jaar}: '–'")
            continue
        soorten = len(y["intervisie"])
        i = [r for r in rows if r["Programmajaar"].value == jaar].index(row)
        t.check(len([r for r in rows if r["Programmajaar"].value == jaar]) == soorten, f"{where}: intervisie rows")
        e = y["intervisie"][i]
        what = f"intervisie jaar {jaar} {row['Soort bijeenkomst'].value}"
        f.pair(row["Praktijken"], None, None, e["n"], y["n"], what)
        f.cell(row["Bijeenkomsten"], e["b"][0], e["b"][1], what + " bijeenkomsten")
        f.cell(row["Deelnames"], e["d"][0], e["d"][1], what + " deelnames")

    # Charts exist and read the chart data sheet, which holds only shown figures.
    t.check(len(wb["Grafieken"]._charts) == 2, f"{where}: two native charts ({len(wb['Grafieken']._charts)})")
    shown = {c.value for ws in (wb["Oordeel"], wb["Onderdelen"], wb["Interventies"]) for r in ws.iter_rows(min_row=2)
             for c in r if is_number(c.value)}
    data = [c.value for r in wb["Grafiekdata"].iter_rows(min_row=2, min_col=2) for c in r if is_number(c.value)]
    t.check(all(any(close(v, x) for x in shown) for v in data), f"{where}: Grafiekdata holds only figures shown elsewhere")


def main():
    global PLAN
    binary, root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        for region in regions(root):
            plan = PLAN = load_json(region / "regioplan.json")
            for min_cel in (5, 3, 1):
                out = pathlib.Path(tmp) / f"{region.name}-{min_cel}"
                extra = [] if min_cel == 5 else ["--min-cel", str(min_cel)]
                build(binary, region, out, *extra)
                res = load_json(out / "data" / "resultaten.json")
                path = out / "downloads" / "zorgverzekeraar.xlsx"
                where = f"{region.name}/zorgverzekeraar.xlsx (min {min_cel})"
                check_privacy(path, region, res, plan, where)
                check_figures(path, recompute(region, res, plan, min_cel), min_cel, where)
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
