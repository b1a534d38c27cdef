#!/usr/bin/python3
"""Intake workbooks filled with openpyxl as a practice would (typing only
into input cells), with the usual mistakes; the exact messages are pinned.
Also: `uitvraag` writes the same bytes twice, and hostile files get a clear
error.

Usage: import_test.py <mtvp-monitor> <repo-root>
"""
import datetime
import filecmp
import json
import pathlib
import shutil
import sys
import tempfile

import openpyxl

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib"))
import mtvp  # noqa: E402
from mtvp import run  # noqa: E402

CHECKS = mtvp.Checks()
check = CHECKS.check
AGB = "01011014"  # Utrecht, cohort 2023-04, programme year 3 at the peildatum


def rows_by_key(ws):
    return {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value}


def main():
    binary, root = mtvp.arguments(sys.argv)
    tmp = pathlib.Path(tempfile.mkdtemp())
    try:
        region = mtvp.copy_region(root / "data-samples" / "utrecht", tmp)
        (region / "inzendingen" / AGB / "jaar-3.json").unlink()
        target = region / "inzendingen" / AGB / "jaar-3.json"

        # Deterministic: two runs, the same bytes.
        for out in ("a", "b"):
            r = run(binary, "uitvraag", region, "--out", tmp / out)
            check(r.returncode == 0, f"uitvraag exit 0: {r.stderr}")
        names = sorted(p.name for p in (tmp / "a").iterdir())
        check(len(names) > 0 and f"{AGB}-jaar-3.xlsx" in names, f"uitvraag wrote {AGB}-jaar-3.xlsx")
        same = all(filecmp.cmp(tmp / "a" / n, tmp / "b" / n, shallow=False) for n in names)
        check(same, "uitvraag: the same input gives the same bytes")
        blank = tmp / "a" / f"{AGB}-jaar-3.xlsx"

        def filled(name, edit):
            wb = openpyxl.load_workbook(blank)
            edit(wb)
            path = tmp / name
            wb.save(path)
            return path

        def good(wb):
            cij = wb["Cijfers"]
            keys = rows_by_key(cij)
            cij.cell(keys["metriek:scholing.triage.doktersassistent"], 3).value = 2
            cij.cell(keys["metriek:triage.teamtraining-werkafspraken"], 3).value = "ja"
            iv = wb["Interventies"]
            keys = rows_by_key(iv)
            iv.cell(keys["interventie:triage-training"], 6).value = "Nu ook voor de avonddienst."
            ivs = wb["Intervisie"]
            ivs.cell(2, 3).value = datetime.datetime(2025, 5, 1)
            ivs.cell(2, 4).value = "intervisie"
            ivs.cell(2, 5).value = 90
            ivs.cell(2, 6).value = "HA-1; HA-2"
            ivs.cell(3, 3).value = "15-06-2025"  # a date typed as text
            ivs.cell(3, 4).value = "uitwisselbijeenkomst"
            ivs.cell(3, 6).value = 1

        wbpath = filled("goed.xlsx", good)
        r = run(binary, "import", region, wbpath, "--ontvangen-op", "2026-04-20")
        check(r.returncode == 0, f"import of a good workbook: exit 0 ({r.stderr})")
        check(target.exists(), "import wrote inzendingen/<agb>/jaar-3.json")
        if target.exists():
            doc = json.loads(target.read_text())
            check(doc["ingediend_op"] == "2026-04-20", "ingediend_op from --ontvangen-op")
            check(doc["periode"] == {"van": "2025-04-01", "tot": "2026-03-31"}, "periode of programme year 3")
            check(doc["waarden"].get("scholing.triage.doktersassistent") == 2, "figure read by key")
            check(doc["waarden"].get("triage.teamtraining-werkafspraken") is True, "ja/nee read as true")
            check(doc["personeel"].get("huisarts") == 3, "staff prefilled from last year")
            tt = [i for i in doc["interventies"] if i["id"] == "triage-training"]
            check(tt and tt[0]["status"] == "voortgezet" and tt[0]["sinds_jaar"] == 2
                  and tt[0]["onderbouwing"] == "Nu ook voor de avonddienst.", f"intervention prefilled: {tt}")
            check(doc["intervisie"] == [
                {"datum": "2025-05-01", "soort": "intervisie", "duur_minuten": 90, "deelnemers": ["HA-1", "HA-2"]},
                {"datum": "2025-06-15", "soort": "uitwisselbijeenkomst", "deelnemers": 1}], f"intervisie: {doc['intervisie']}")
        # Again: the same file, nothing to do.
        r = run(binary, "import", region, wbpath, "--ontvangen-op", "2026-04-20")
        check(r.returncode == 0 and "ongewijzigd: inzendingen/01011014/jaar-3.json" in r.stdout, f"re-import unchanged: {r.stdout}")
        # A different date: refused without --vervang, replaced with it.
        r = run(binary, "import", region, wbpath, "--ontvangen-op", "2026-04-21")
        check(r.returncode == 1 and f"{wbpath}: inzendingen/01011014/jaar-3.json bestaat al met een andere inhoud; "
              "gebruik --vervang om het te vervangen" in r.stderr, f"existing file refused: {r.stderr}")
        check(json.loads(target.read_text())["ingediend_op"] == "2026-04-20", "existing file left alone")
        r = run(binary, "import", region, wbpath, "--ontvangen-op", "2026-04-21", "--vervang")
        check(r.returncode == 0 and json.loads(target.read_text())["ingediend_op"] == "2026-04-21", "--vervang replaces")
        target.unlink()

        def expect(name, edit, errors, warnings=(), code=1, region_dir=region):
            path = filled(name, edit) if edit else tmp / name
            r = run(binary, "import", region_dir, path, "--ontvangen-op", "2026-04-20")
            check(r.returncode == code, f"{name}: exit {code}, got {r.returncode}: {r.stderr}")
            for e in errors:
                check(f"mtvp-monitor: fout: {path}: {e}\n" in r.stderr, f"{name}: message\n  {e}\nin\n{r.stderr}")
            for w in warnings:
                check(f"mtvp-monitor: waarschuwing: {path}: {w}\n" in r.stderr, f"{name}: warning\n  {w}\nin\n{r.stderr}")
            if code == 1:
                check(not target.exists(), f"{name}: nothing written")
            elif target.exists():
                target.unlink()
            return r

        def mistakes(wb):
            good(wb)
            cij = wb["Cijfers"]
            cij.cell(rows_by_key(cij)["metriek:scholing.triage.doktersassistent"], 3).value = "twintig"
            cij.cell(rows_by_key(cij)["metriek:triage.teamtraining-werkafspraken"], 3).value = "misschien"
            iv = wb["Interventies"]
            iv.cell(rows_by_key(iv)["interventie:lean-werken"], 4).value = "bezig"
            wb["Intervisie"].cell(4, 3).value = "31-02-2025"
            wb["Intervisie"].cell(4, 4).value = "intervisie"
            wb["Intervisie"].cell(4, 6).value = 2
            wb["Personeel"].cell(2, 3).value = -1

        wb = openpyxl.load_workbook(blank)
        cr = rows_by_key(wb["Cijfers"])
        ir = rows_by_key(wb["Interventies"])
        expect("fouten.xlsx", mistakes, [
            f'Cijfers!C{cr["metriek:scholing.triage.doktersassistent"]}: "twintig" is geen geheel getal',
            f'Cijfers!C{cr["metriek:triage.teamtraining-werkafspraken"]}: "misschien" is geen ja of nee',
            f'Interventies!D{ir["interventie:lean-werken"]}: "bezig" is geen status; kies niet gekozen, nieuw, '
            'voortgezet, doorontwikkeling of gestopt',
            'Intervisie!C4: "31-02-2025" is geen datum; vul een datum in als 15-03-2025',
            'Personeel!C2: "-1" is kleiner dan 0',
        ])

        def outside(wb):
            good(wb)
            wb["Intervisie"].cell(2, 3).value = datetime.datetime(2024, 1, 10)
        expect("buiten.xlsx", outside, [], [
            "Intervisie!C2: 10 januari 2024 valt buiten programmajaar 3 (1 april 2025 tot en met 31 maart 2026)"], code=0)

        def deleted(wb):
            good(wb)
            iv = wb["Interventies"]
            iv.delete_rows(rows_by_key(iv)["interventie:lean-werken"])
            cij = wb["Cijfers"]
            cij.delete_rows(2)  # rows below move up; they are read by key
        r = expect("verwijderd.xlsx", lambda wb: deleted(wb), [], [
            'Interventies: de rij van "Lean werken in de huisartsenpraktijk" ontbreekt (verwijderd?); geteld als niet gekozen'],
            code=0)

        def deleted_check(wb):
            deleted(wb)
        path = filled("verwijderd2.xlsx", deleted_check)
        r = run(binary, "import", region, path, "--ontvangen-op", "2026-04-20")
        if target.exists():
            doc = json.loads(target.read_text())
            check(doc["waarden"].get("scholing.triage.doktersassistent") == 2, "after a deleted row, figures still by key")
            target.unlink()

        def inserted(wb):
            good(wb)
            cij = wb["Cijfers"]
            cij.insert_rows(3)
            cij.cell(3, 3).value = 7
        expect("ingevoegd.xlsx", inserted, [
            "Cijfers!C3: deze rij hoort niet bij het werkboek (ingevoegd?); vul alleen de gele cellen in"])

        def renamed(wb):
            good(wb)
            wb["Cijfers"].title = "Mijn cijfers"
        expect("hernoemd.xlsx", renamed, [
            'het werkblad "Cijfers" ontbreekt; is het hernoemd tot "Mijn cijfers"? Geef het zijn oorspronkelijke naam terug'])

        other = mtvp.copy_region(root / "data-samples" / "oost-gelderland", tmp, "andere-regio")
        plan = json.loads((other / "regioplan.json").read_text())
        expect("andere-regio.xlsx", good, [
            f'dit werkboek hoort bij regio "Utrecht stad", niet bij {plan["regio"]}; importeer het in de map van die regio'],
            region_dir=other)

        def other_practice(wb):
            good(wb)
            wb["mtvp"].cell(3, 2).value = "01011027"
        expect("andere-praktijk.xlsx", other_practice, [
            "Praktijk!C2: AGB-code 01011014 is niet die van het werkboek (01011027); dit blad komt uit het werkboek "
            "van een andere praktijk"])

        (tmp / "geen-zip.xlsx").write_text("agb;naam\n01011014;Het Wolkenhof\n")
        expect("geen-zip.xlsx", None, [
            "is geen Excel-werkboek (.xlsx): het bestand is geen (geldig) zip-archief; sla het op als Excel-werkmap (.xlsx)"])
        (tmp / "leeg.xlsx").write_bytes(b"")
        expect("leeg.xlsx", None, ["is geen Excel-werkboek (.xlsx)"
                                   ": het bestand is geen (geldig) zip-archief; sla het op als Excel-werkmap (.xlsx)"])
        wb = openpyxl.Workbook()
        wb.save(tmp / "vreemd.xlsx")
        expect("vreemd.xlsx", None, [
            'dit is geen uitvraag-werkboek van mtvp-monitor (het verborgen blad "mtvp" ontbreekt); vul het werkboek in '
            "dat `mtvp-monitor uitvraag` maakte"])
        # check --regio: the voorlopig oordeel of a workbook and of a JSON file.
        r = run(binary, "check", "--regio", region, blank, root / "data-samples/utrecht/inzendingen/01011014/jaar-3.json",
                root / "data-samples/utrecht/inzendingen/01011027/jaar-3.json")
        check(r.returncode == 0, f"check --regio exit 0: {r.stderr}")
        check(f"{blank}: voorlopig oordeel Huisartsenpraktijk Het Wolkenhof (01011014), programmajaar 3: voldoet niet\n"
              in r.stdout, f"voorlopig oordeel of the blank workbook: {r.stdout}")
        check("  eis groeimodel.anders-werken.jaar-3.GM-04: voldoet niet: " in r.stdout
              and "; tekort 1 nieuwe of doorontwikkelde interventie te weinig\n" in r.stdout, "failing eis with its shortfall")
        check("  advies positieve-gezondheid.leergang: onvolledig: " in r.stdout, "failing advies listed")
        check("(01011014), programmajaar 3: voldoet\n  alle eisen en adviezen voldaan\n" in r.stdout,
              "a passing submission says so")
        # An advies that fails lists the advies, and the year still voldoet (issue 11: 4D with the whole team).
        check("(01011027), programmajaar 3: voldoet\n  advies vier-domeinenmodel.hele-team: voldoet niet: " in r.stdout,
              "a failing advies is listed under a passing year")
        check("3 van 3 inzending(en) in orde" in r.stdout, "check counts every file")
        r = run(binary, "check", "--regio", region, tmp / "geen-zip.xlsx")
        check(r.returncode == 1 and "geen Excel-werkboek" in r.stderr, "check --regio of a bad workbook exits 1")
        r = run(binary, "check", region)
        check(r.returncode == 0 and "praktijken.json: 29 praktijken; in orde" in r.stdout, f"check <regio-map>: {r.stdout}{r.stderr}")
        broken = mtvp.copy_region(root / "data-samples" / "utrecht", tmp, "kapot")
        (broken / "regioplan.json").write_text("{")
        r = run(binary, "check", broken)
        check(r.returncode == 3 and "regioplan.json" in r.stderr, f"check of a broken regioplan exits 3: {r.stderr}")
    finally:
        shutil.rmtree(tmp)
    return CHECKS.finish("intake import: ")


if __name__ == "__main__":
    sys.exit(main())
