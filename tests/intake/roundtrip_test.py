#!/usr/bin/python3
"""Round trip of the intake workbooks on every bundled data sample.

For every valid submission: `uitvraag --uit-inzending` writes its workbook,
`import --vervang` reads it back into a copy of the region, and `build` gives
byte-identical data/resultaten.json (every verdict equal). Fields no verdict
reads survive too: `huisartsen` (which pseudonyms are huisartsen, on the
Personeel sheet) and each intervisie session's `onderwerp` and `toelichting`. With --libreoffice
the workbooks are first re-saved by LibreOffice (soffice --convert-to xlsx).

Usage: roundtrip_test.py <mtvp-monitor> <repo-root> [--libreoffice]
"""
import json
import pathlib
import shutil
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib"))
import mtvp  # noqa: E402
from mtvp import run  # noqa: E402
from samples import data_samples  # noqa: E402

CHECKS = mtvp.Checks()
check = CHECKS.check


def resultaten(binary, region, out):
    r = mtvp.build(binary, region, out, "--threads", "1")
    check(r.returncode in (0, 1), f"build {region}: exit {r.returncode}: {r.stderr[-500:]}")
    return mtvp.resultaten_path(out).read_bytes()


def main():
    binary, root = mtvp.arguments(sys.argv)
    libreoffice = "--libreoffice" in sys.argv[3:]
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if libreoffice and not soffice:
        print("SKIP: LibreOffice is not installed")
        return 0
    totals = {"inzendingen": 0, "werkboeken": 0, "huisartsen": 0, "onderwerp": 0, "toelichting": 0}
    for sample in data_samples(root):
        if not (sample / "regioplan.json").exists():
            continue
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            region = mtvp.copy_region(sample, tmp)
            before = resultaten(binary, region, tmp / "site-voor")
            books = tmp / "werkboeken"
            files = sorted(region.glob("inzendingen/*/jaar-*.json"))
            originals = {f: f.read_text(encoding="utf-8") for f in files}
            made = 0
            for f in files:
                r = run(binary, "uitvraag", region, "--uit-inzending", f, "--out", books)
                if r.returncode == 3 and "geen geldige inzending" in r.stderr:
                    continue  # deliberately invalid samples have no workbook
                check(r.returncode == 0, f"{sample.name}: uitvraag --uit-inzending {f.name}: {r.stderr[-400:]}")
                made += 1
            workbooks = sorted(books.glob("*.xlsx"))
            check(len(workbooks) == made, f"{sample.name}: one workbook per valid submission")
            if libreoffice:
                resaved = tmp / "libreoffice"
                r = run(soffice, "--headless", f"-env:UserInstallation=file://{tmp}/lo-profiel",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", resaved, *workbooks, timeout=1200)
                check(r.returncode == 0, f"{sample.name}: soffice: {r.stderr[-400:]}")
                workbooks = sorted(resaved.glob("*.xlsx"))
                check(len(workbooks) == made, f"{sample.name}: LibreOffice re-saved every workbook")
            # Import into the region, replacing the original files.
            r = run(binary, "import", region, *workbooks, "--vervang")
            check(r.returncode == 0, f"{sample.name}: import exit {r.returncode}: {r.stderr[-800:]}")
            check("fout" not in r.stderr, f"{sample.name}: import without errors: {r.stderr[-800:]}")
            after = resultaten(binary, region, tmp / "site-na")
            for f, text in originals.items():
                try:
                    was = json.loads(text)
                except ValueError:
                    continue  # a deliberately broken sample has no workbook
                if not isinstance(was, dict) or not isinstance(was.get("intervisie", []), list):
                    continue
                now = json.loads(f.read_text(encoding="utf-8"))
                name = f"{sample.name}/{f.parent.name}/{f.name}"
                if "huisartsen" in was:
                    totals["huisartsen"] += 1
                    check(now.get("huisartsen") == was["huisartsen"],
                          f"{name}: huisartsen {was['huisartsen']} read back as {now.get('huisartsen')}")
                else:
                    check("huisartsen" not in now, f"{name}: no huisartsen invented")
                oud = [b for b in was.get("intervisie", []) if isinstance(b, dict)]
                nieuw = now.get("intervisie", [])
                for veld in ("onderwerp", "toelichting"):
                    waren = [b.get(veld) for b in oud]
                    zijn = [b.get(veld) for b in nieuw]
                    totals[veld] += sum(1 for w in waren if w)
                    check(sorted(map(str, waren)) == sorted(map(str, zijn)),
                          f"{name}: intervisie {veld} {waren} read back as {zijn}")
            check(before == after, f"{sample.name}: resultaten.json identical after the round trip")
            if before != after:
                b, a = json.loads(before), json.loads(after)
                for pb, pa in zip(b.get("praktijken", []), a.get("praktijken", [])):
                    if pb != pa:
                        print(f"  first difference at practice {pb.get('agb')}")
                        break
            totals["inzendingen"] += len(files)
            totals["werkboeken"] += made
    print(f"round trip{' via LibreOffice' if libreoffice else ''}: {totals['werkboeken']} of "
          f"{totals['inzendingen']} submissions as workbooks, verdicts equal in every region; "
          f"{totals['huisartsen']} huisartsen lists, {totals['onderwerp']} onderwerpen and "
          f"{totals['toelichting']} toelichtingen of sessions read back; "
          f"{CHECKS.passed} checks passed, {CHECKS.failed} failed")
    return 1 if CHECKS.failed else 0


if __name__ == "__main__":
    sys.exit(main())
