#!/usr/bin/python3
"""Round trip of the intake workbooks on every bundled data sample.

For every valid submission: `uitvraag --uit-inzending` writes its workbook,
`import --vervang` reads it back into a copy of the region, and `build` gives
byte-identical data/resultaten.json (every verdict equal). With --libreoffice
the workbooks are first re-saved by LibreOffice (soffice --convert-to xlsx).

Usage: roundtrip_test.py <mtvp-monitor> <repo-root> [--libreoffice]
"""
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib"))
from samples import data_samples  # noqa: E402

passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL  {what}")


def run(*args, **kw):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, **kw)


def resultaten(binary, region, out):
    r = run(binary, "build", region, "--out", out, "--threads", "1")
    check(r.returncode in (0, 1), f"build {region}: exit {r.returncode}: {r.stderr[-500:]}")
    return (pathlib.Path(out) / "data" / "resultaten.json").read_bytes()


def main():
    binary, root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    libreoffice = "--libreoffice" in sys.argv[3:]
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if libreoffice and not soffice:
        print("SKIP: LibreOffice is not installed")
        return 0
    totals = {"inzendingen": 0, "werkboeken": 0}
    for sample in data_samples(root):
        if not (sample / "regioplan.json").exists():
            continue
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            region = tmp / "regio"
            shutil.copytree(sample, region)
            before = resultaten(binary, region, tmp / "site-voor")
            books = tmp / "werkboeken"
            files = sorted(region.glob("inzendingen/*/jaar-*.json"))
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
          f"{passed} checks passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
