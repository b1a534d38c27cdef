#!/usr/bin/python3
"""zorgverzekeraar.xlsx: aggregates only, small cells suppressed.

For every data sample and the fixture:
- privacy: no AGB code, practice name, toelichting, onderbouwing, intervisie
  kind or pseudonym of the region appears anywhere in the workbook: every
  text node and attribute of every XML part is scanned (cells, shared
  strings, chart titles, document properties);
- figures: the counts are recomputed here from data/resultaten.json and the
  submissions; every figure shown equals its recomputed value;
- suppression, with --min-cel 5 (default) and 3: no count of 1..min-1
  practices is shown; "<5" stands only for such a count or for a figure of a
  group that small; and no suppressed count can be worked out from a shown
  total and the other shown counts of its row or column (or from the number
  of judged submissions, for the complement of an intervention count);
- with --min-cel 1 nothing is suppressed, so every recomputed figure is shown.

Usage: insurer_test.py <mtvp-monitor> <repo-root>
"""
import pathlib
import sys
import tempfile
from collections import defaultdict

from xlsx_common import (Checker, all_texts, build, close, is_number, label_values, load_json, open_workbook, regions,
                         submission, table)

SHEETS = ["Samenvatting", "Naleving", "Interventies", "Metrieken", "Intervisie", "Grafieken", "Grafiekdata"]
# The shared status order (kStatusVolgorde in generator/vocabulary.h).
STATUSES = ["voldoet", "afwijking geaccepteerd", "onvolledig", "voldoet niet", "uitgetreden", "niet van toepassing"]
STATUS_HEADERS = ["Voldoet", "Afwijking geaccepteerd", "Onvolledig", "Voldoet niet", "Uitgetreden", "Niet van toepassing"]

t = Checker()


# --- recomputation from the results file -------------------------------------------------

def judged(p, jaar):
    return next((j for j in p["jaren"] if j["jaar"] == jaar and j["oordeel"] is not None), None)


def recompute(region, res, plan):
    agg = {"praktijken": len(res["praktijken"])}
    agg["per_oordeel"] = {s: sum(p["oordeel"] == s for p in res["praktijken"]) for s in STATUSES}
    agg["beoordeeld"] = {j: sum(judged(p, j) is not None for p in res["praktijken"]) for j in (1, 2, 3)}

    onderdelen = [(k["id"], k["naam"]) for k in plan["kernelementen"]]
    onderdelen += [("intervisie", "Intervisie"), ("oordeel", "Oordeel programmajaar")]
    cohorts = sorted(plan["cohorten"], key=lambda c: (c["start"], c["id"]))

    def status(j, oid):
        if oid == "intervisie":
            return j["intervisie"]
        if oid == "oordeel":
            return j["oordeel"]
        return (j.get("per_kernelement") or {}).get(oid, "niet van toepassing")

    naleving = []
    for jaar in (1, 2, 3):
        groups = [("alle", [p for p in res["praktijken"] if judged(p, jaar)])]
        for c in cohorts:
            members = [p for p in res["praktijken"] if p["cohort"] == c["id"] and judged(p, jaar)]
            if members:
                groups.append((c["id"], members))
        if not groups[0][1]:
            continue
        if len(groups) == 2:
            groups.pop()
        for cohort, members in groups:
            for oid, label in onderdelen:
                counts = {s: 0 for s in STATUSES}
                for p in members:
                    counts[status(judged(p, jaar), oid)] += 1
                naleving.append({"cohort": cohort, "jaar": jaar, "onderdeel": label, "n": len(members), **counts})
    agg["naleving"] = naleving

    interventies = []
    for k in plan["kernelementen"]:
        for iv in plan["interventies"]:
            if iv["kernelement"] != k["id"] or iv.get("alias_van") or iv.get("kiesbaar", True) is False:
                continue
            per = {}
            for jaar in (1, 2, 3):
                per[jaar] = sum(1 for p in res["praktijken"] if judged(p, jaar) and any(
                    c["telt"] and (c["telt_als"] or c["id"]) == iv["id"] for c in judged(p, jaar)["interventies"]))
            interventies.append({"id": iv["id"], "per_jaar": per})
    agg["interventies"] = interventies

    subs = {(p["agb"], j): submission(region, judged(p, j)["bestand"])
            for p in res["praktijken"] for j in (1, 2, 3) if judged(p, j)}
    metrieken = []
    for m in plan["metrieken"]:
        if m["type"] == "ja/nee":
            continue
        for jaar in (1, 2, 3):
            vals = [s["waarden"][m["id"]] for (agb, j), s in sorted(subs.items())
                    if j == jaar and is_number(s.get("waarden", {}).get(m["id"]))]
            if vals:
                metrieken.append({"id": m["id"], "jaar": jaar, "n": len(vals), "totaal": sum(vals)})
    agg["metrieken"] = metrieken

    bekend = {"intervisie", "uitwisselbijeenkomst"}
    for regels in plan.get("intervisie", {}).values():
        bekend |= {r["bijeenkomst"] for r in regels if r.get("bijeenkomst")}
    intervisie = defaultdict(lambda: {"n": 0, "bijeenkomsten": 0, "deelnemers": 0})
    for (agb, jaar), s in sorted(subs.items()):
        seen = set()
        for b in s.get("intervisie", []):
            soort = b["soort"] if b["soort"] in bekend else "overig"
            e = intervisie[(jaar, soort)]
            e["bijeenkomsten"] += 1
            e["deelnemers"] += b["deelnemers"] if isinstance(b["deelnemers"], int) else len(b["deelnemers"])
            if soort not in seen:
                seen.add(soort)
                e["n"] += 1
    agg["intervisie"] = dict(sorted(intervisie.items()))
    return agg


# --- checks --------------------------------------------------------------------------------

class Figures:
    """Checks one cell against a recomputed value under suppression `min_cel`."""

    def __init__(self, min_cel, where):
        self.min = min_cel
        self.where = where
        self.klein = f"<{min_cel}"

    def hidden(self, cell):
        return cell.value in (self.klein, "x")

    def count(self, cell, value, group, what):
        """A count of `value` practices out of a group of `group`."""
        w = f"{self.where}: {what}"
        if is_number(cell.value):
            t.check(cell.value == value, f"{w}: shows {cell.value}, recomputed {value}")
            t.check(value == 0 or value >= self.min, f"{w}: shows a count of {value} < {self.min}")
            t.check(group >= self.min or group == 0, f"{w}: shown although the group has {group} < {self.min} practices")
        elif cell.value == self.klein:
            t.check(0 < value < self.min or group < self.min, f"{w}: '{self.klein}' for {value} of {group}")
        else:
            t.check(cell.value == "x" and self.min > 1, f"{w}: {cell.value!r} for {value}")

    def other(self, cell, value, about, what):
        """A total or share about `about` practices."""
        w = f"{self.where}: {what}"
        if is_number(cell.value):
            t.check(close(cell.value, value), f"{w}: shows {cell.value}, recomputed {value}")
            t.check(about >= self.min, f"{w}: shown although about {about} < {self.min} practices")
        else:
            t.check(cell.value in (self.klein, "x", None), f"{w}: {cell.value!r}")

    def relation(self, total_cell, total, parts, what):
        """parts: [(cell, value)] adding up to `total`: no suppressed part can be worked out."""
        hidden = [v for c, v in parts if self.hidden(c)]
        if not self.hidden(total_cell):
            t.check(len(hidden) != 1 and (not hidden or sum(hidden) >= self.min),
                    f"{self.where}: {what}: suppressed parts {hidden} of a shown total {total} can be worked out")
        else:
            t.check(bool(hidden) or not parts, f"{self.where}: {what}: suppressed total {total} = the sum of the shown parts")


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
    f.count(s["Deelnemende praktijken"], agg["praktijken"], agg["praktijken"], "praktijken")
    for j in (1, 2, 3):
        n = agg["beoordeeld"][j]
        f.count(s[f"Beoordeelde inzendingen programmajaar {j}"], n, n, f"beoordeeld jaar {j}")
    for st in STATUSES:
        f.count(s[st], agg["per_oordeel"][st], agg["praktijken"], f"oordeel {st}")
    f.relation(s["Deelnemende praktijken"], agg["praktijken"], [(s[st], agg["per_oordeel"][st]) for st in STATUSES],
               "oordeel per praktijk")

    # Naleving: every row recomputed, every row and column sum protected.
    _, rows = table(wb["Naleving"])
    want = agg["naleving"]
    t.check(len(rows) == len(want), f"{where}: Naleving has {len(rows)} rows, recomputed {len(want)}")
    cells = {}
    for row, w in zip(rows, want):
        what = f"Naleving {w['cohort']} jaar {w['jaar']} {w['onderdeel']}"
        t.check((row["Cohort"].value, row["Programmajaar"].value, row["Onderdeel"].value) == (w["cohort"], w["jaar"], w["onderdeel"]),
                f"{where}: {what}: row order ({row['Cohort'].value}, {row['Programmajaar'].value}, {row['Onderdeel'].value})")
        n = w["n"]
        vt = n - w["niet van toepassing"]
        va = w["voldoet"] + w["afwijking geaccepteerd"]
        f.count(row["Praktijken beoordeeld"], n, n, f"{what}: n")
        f.count(row["Van toepassing"], vt, n, f"{what}: van toepassing")
        for st, h in zip(STATUSES, STATUS_HEADERS):
            f.count(row[h], w[st], n, f"{what}: {st}")
        f.other(row["% voldoet"], w["voldoet"] / vt if vt else 0, min(w["voldoet"] or n, vt or n), f"{what}: % voldoet")
        if vt == 0:
            t.check(row["% voldoet"].value is None, f"{where}: {what}: no share of zero practices")
        status_parts = [(row[h], w[st]) for st, h in zip(STATUSES, STATUS_HEADERS)]
        f.relation(row["Praktijken beoordeeld"], n, status_parts, f"{what}: n = statuses")
        f.relation(row["Van toepassing"], vt, status_parts[:4], f"{what}: van toepassing")
        f.relation(row["Praktijken beoordeeld"], n, [(row["Van toepassing"], vt), status_parts[-1]], f"{what}: n = vt + nvt")
        if is_number(row["% voldoet"].value):
            t.check(is_number(row["Voldoet"].value) and is_number(row["Van toepassing"].value),
                    f"{where}: {what}: % voldoet shown only with its parts")
        if is_number(row["% voldoet of afwijking geaccepteerd"].value):
            t.check(close(row["% voldoet of afwijking geaccepteerd"].value, va / vt), f"{where}: {what}: % incl. afwijking")
            hidden = [v for c, v in status_parts[:2] if f.hidden(c)]
            t.check(len(hidden) != 1 and (not hidden or sum(hidden) >= min_cel), f"{where}: {what}: % incl. afwijking reveals {hidden}")
        key_cells = {"n": (row["Praktijken beoordeeld"], n), "vt": (row["Van toepassing"], vt)}
        key_cells.update({st: (row[h], w[st]) for st, h in zip(STATUSES, STATUS_HEADERS)})
        cells[(w["jaar"], w["cohort"], w["onderdeel"])] = key_cells
    # Columns: all cohorts = the sum of the cohorts.
    for (jaar, cohort, onderdeel), alle in cells.items():
        if cohort != "alle":
            continue
        delen = [v for (j, c, o), v in cells.items() if j == jaar and o == onderdeel and c != "alle"]
        if not delen:
            continue
        for k, (cell, value) in alle.items():
            f.relation(cell, value, [d[k] for d in delen], f"Naleving jaar {jaar} {onderdeel} column {k}")

    # Interventies: counts out of the judged submissions, complement protected.
    _, rows = table(wb["Interventies"])
    t.check([r["Interventie"].value for r in rows] == [i["id"] for i in agg["interventies"]], f"{where}: Interventies rows")
    for row, iv in zip(rows, agg["interventies"]):
        for j in (1, 2, 3):
            cell, b = row[f"Praktijken jaar {j}"], agg["beoordeeld"][j]
            if b == 0:
                t.check(cell.value is None, f"{where}: {iv['id']} jaar {j}: empty without judged submissions")
                continue
            c = iv["per_jaar"][j]
            f.count(cell, c, b, f"{iv['id']} jaar {j}")
            if is_number(cell.value):
                t.check(b - c == 0 or b - c >= min_cel, f"{where}: {iv['id']} jaar {j}: {c} of {b} reveals {b - c}")

    # Metrieken and intervisie: totals about the practices that reported them.
    _, rows = table(wb["Metrieken"])
    t.check([(r["Metriek"].value, r["Programmajaar"].value) for r in rows] == [(m["id"], m["jaar"]) for m in agg["metrieken"]],
            f"{where}: Metrieken rows")
    for row, m in zip(rows, agg["metrieken"]):
        b = agg["beoordeeld"][m["jaar"]]
        f.count(row["Praktijken met waarde"], m["n"], b, f"{m['id']} jaar {m['jaar']}: praktijken")
        f.other(row["Totaal"], m["totaal"], m["n"], f"{m['id']} jaar {m['jaar']}: totaal")
    _, rows = table(wb["Intervisie"])
    want = list(agg["intervisie"].items())
    t.check([(r["Programmajaar"].value, r["Soort bijeenkomst"].value) for r in rows] == [k for k, _ in want],
            f"{where}: Intervisie rows")
    for row, ((jaar, soort), e) in zip(rows, want):
        f.count(row["Praktijken"], e["n"], agg["beoordeeld"][jaar], f"intervisie {jaar} {soort}: praktijken")
        f.other(row["Bijeenkomsten"], e["bijeenkomsten"], e["n"], f"intervisie {jaar} {soort}: bijeenkomsten")
        f.other(row["Deelnemers (totaal)"], e["deelnemers"], e["n"], f"intervisie {jaar} {soort}: deelnemers")

    # Charts exist and read the chart data sheet, which holds only shown figures.
    t.check(len(wb["Grafieken"]._charts) == 2, f"{where}: two native charts ({len(wb['Grafieken']._charts)})")
    shown = {c.value for ws in (wb["Naleving"], wb["Interventies"]) for r in ws.iter_rows(min_row=2) for c in r if is_number(c.value)}
    data = [c.value for r in wb["Grafiekdata"].iter_rows(min_row=2, min_col=2) for c in r if is_number(c.value)]
    t.check(all(any(close(v, s) for s in shown) for v in data), f"{where}: Grafiekdata holds only figures shown elsewhere")

    if min_cel == 1:
        # Column A of Samenvatting holds the legend ("<1", "x"); every other cell is a figure or a label.
        hidden = [(ws.title, c.coordinate) for ws in wb.worksheets for r in ws.iter_rows() for c in r
                  if c.value in ("<1", "x") and not (ws.title == "Samenvatting" and c.column == 1)]
        t.check(not hidden, f"{where}: --min-cel 1 suppresses nothing ({hidden[:5]})")


def main():
    binary, root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        for region in regions(root):
            plan = load_json(region / "regioplan.json")
            for min_cel in (5, 3, 1):
                out = pathlib.Path(tmp) / f"{region.name}-{min_cel}"
                extra = [] if min_cel == 5 else ["--min-cel", str(min_cel)]
                build(binary, region, out, *extra)
                res = load_json(out / "data" / "resultaten.json")
                path = out / "downloads" / "zorgverzekeraar.xlsx"
                where = f"{region.name}/zorgverzekeraar.xlsx (min {min_cel})"
                check_privacy(path, region, res, plan, where)
                check_figures(path, recompute(region, res, plan), min_cel, where)
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
