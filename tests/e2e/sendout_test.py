#!/usr/bin/python3
"""The send-out: registry contact data, verzenden/verzendlijst.xlsx and the
practice pages as PDF.

Without --pdf (always run):
- the send list of every sample, read back with openpyxl: one sheet, the
  headers in row 1, one row per practice (the AGB codes of resultaten.json),
  the e-mail of praktijken.json, the overall verdict in Dutch, every cell
  plain text, no merged cells, the attachments exist (page, workbook);
  byte-identical on a second build;
- a bad e-mail in the registry is a warning at its pointer, the practice is
  still judged and its row has no address and a remark;
- `build --pdf` where Chromium is missing (PATH without it, or
  MTVP_CHROMIUM naming a missing browser) stops with exit code 6 and a
  Dutch message, and publishes nothing.

With --pdf (the argument `pdf`): every practice page of Utrecht printed by
Chromium, counted with pdfinfo (one PDF per practice, a passing practice at
most 3 A4 pages, any other at most 5), no local file path and no print time
in the PDFs, the send list names each PDF; and Gelders Rivierenland with
--pdf --verify: a second build with another thread count gives the same
bytes, PDFs included.

Usage: sendout_test.py <mtvp-monitor> <repo-root> [pdf]
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import openpyxl

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib"))
from samples import data_samples  # noqa: E402

HEADERS = ["AGB", "Praktijk", "Contactpersoon", "E-mail", "Oordeel", "Onderwerp", "Aanhef", "Openingszin",
           "Bijlage pagina", "Bijlage werkboek", "Bijlage pdf", "Opmerking"]
LIMIT = {"voldoet": 3}

passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL  {what}")


def run(binary, *args, env=None):
    return subprocess.run([str(binary), *map(str, args)], capture_output=True, text=True, env=env)


def read_sendlist(path):
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames == ["Verzendlijst"], f"{path}: one sheet Verzendlijst ({wb.sheetnames})")
    ws = wb.worksheets[0]
    check(not ws.merged_cells.ranges, f"{path}: no merged cells")
    rows = list(ws.iter_rows())
    headers = [c.value for c in rows[0]]
    check(headers == HEADERS, f"{path}: headers in row 1 {headers}")
    data = []
    for r in rows[1:]:
        for c in r:
            check(c.value is None or (c.data_type == "s" and isinstance(c.value, str)),
                  f"{path}: {c.coordinate} is plain text ({c.data_type}, {c.value!r})")
        data.append({h: c.value for h, c in zip(headers, r)})
    return data


def check_sendlist(region, out, workbooks, pdf):
    where = f"{region.name}/verzendlijst.xlsx"
    results = json.loads((out / "data" / "resultaten.json").read_text(encoding="utf-8"))
    registry = {p["agb"]: p for p in json.loads((region / "praktijken.json").read_text(encoding="utf-8"))["praktijken"]}
    rows = read_sendlist(out / "verzenden" / "verzendlijst.xlsx")
    check([r["AGB"] for r in rows] == [p["agb"] for p in results["praktijken"]],
          f"{where}: one row per practice, in AGB order ({len(rows)} rows, {len(results['praktijken'])} practices)")
    for r, p in zip(rows, results["praktijken"]):
        w = f"{where} {r['AGB']}"
        contact = registry[p["agb"]].get("contact")
        check(r["Praktijk"] == p["naam"], f"{w}: name")
        check(r["Oordeel"] == p["oordeel"], f"{w}: oordeel {r['Oordeel']!r}, verwacht {p['oordeel']!r}")
        check(r["E-mail"] == (contact or {}).get("email"), f"{w}: e-mail {r['E-mail']!r}")
        check(r["Aanhef"] == f"Beste {(contact or {}).get('naam') or p['naam']},", f"{w}: aanhef {r['Aanhef']!r}")
        check(bool(r["Onderwerp"]) and results["regio"] in r["Onderwerp"], f"{w}: subject {r['Onderwerp']!r}")
        check(r["Openingszin"].startswith("Hierbij ontvangt u de beoordeling van " + p["naam"]), f"{w}: opening")
        check((r["Opmerking"] is None) == bool(contact), f"{w}: a remark exactly when there is no contact")
        check(r["Bijlage pagina"] == f"praktijken/{p['agb']}/index.html", f"{w}: page attachment")
        check(r["Bijlage werkboek"] == (f"downloads/praktijk-{p['agb']}.xlsx" if workbooks else None), f"{w}: workbook")
        check(r["Bijlage pdf"] == (f"verzenden/{p['agb']}.pdf" if pdf else None), f"{w}: pdf")
        for k in ("Bijlage pagina", "Bijlage werkboek", "Bijlage pdf"):
            if r[k]:
                check((out / r[k]).is_file(), f"{w}: attachment {r[k]} exists")
    return rows


def pdf_pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    m = re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)
    return int(m.group(1)) if m else None


def test_without_pdf(binary, root, tmp):
    for region in data_samples(root):
        out = tmp / region.name
        r = run(binary, "build", region, "--out", out, "--praktijk-werkboeken")
        check(r.returncode == 0, f"{region.name}: build exits 0 ({r.stderr[-300:]})")
        check_sendlist(region, out, True, False)
        overview = (out / "index.html").read_text(encoding="utf-8")
        check('href="verzenden/verzendlijst.xlsx"' in overview and 'href="downloads/regio-overzicht.xlsx"' in overview,
              f"{region.name}: the overview links the send list and the downloads")
        agb = sorted(p.name for p in (out / "praktijken").iterdir())[0]
        check(f'href="downloads/praktijk-{agb}.xlsx"' in overview, f"{region.name}: the overview links {agb}'s workbook")
    # Reproducible bytes, and without workbooks no workbook column.
    utrecht = root / "data-samples" / "utrecht"
    a, b = tmp / "repro-a", tmp / "repro-b"
    run(binary, "build", utrecht, "--out", a, "--threads", "1")
    run(binary, "build", utrecht, "--out", b, "--threads", "2")
    check((a / "verzenden/verzendlijst.xlsx").read_bytes() == (b / "verzenden/verzendlijst.xlsx").read_bytes(),
          "verzendlijst.xlsx is byte-identical on a second build")
    check_sendlist(utrecht, a, False, False)

    # A bad e-mail is a warning at its pointer; the practice is still judged.
    region = tmp / "slechte-email"
    shutil.copytree(utrecht, region)
    doc = json.loads((region / "praktijken.json").read_text(encoding="utf-8"))
    doc["praktijken"][0]["contact"]["email"] = "info@praktijk"
    doc["praktijken"][1]["contact"]["email"] = "a@b.example; c@d.example"
    (region / "praktijken.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False), encoding="utf-8")
    out = tmp / "slechte-email-site"
    r = run(binary, "build", region, "--out", out)
    check(r.returncode == 0, f"bad e-mail: warnings only, exit 0 (got {r.returncode})")
    check('praktijken.json: /praktijken/0/contact/email: "info@praktijk" is geen bruikbaar e-mailadres' in r.stderr
          and "waarschuwing" in r.stderr, f"bad e-mail: a Dutch warning at its pointer ({r.stderr[:400]!r})")
    check("/praktijken/1/contact/email" in r.stderr, "bad e-mail: two addresses in one field are refused too")
    rows = read_sendlist(out / "verzenden" / "verzendlijst.xlsx")
    check(len(rows) == len(doc["praktijken"]), "bad e-mail: every practice still has its row")
    check(rows[0]["E-mail"] is None and "e-mailadres" in (rows[0]["Opmerking"] or ""),
          f"bad e-mail: the row has no address and a remark ({rows[0]['Opmerking']!r})")

    # Chromium missing: exit 6, a Dutch message, nothing published.
    site = tmp / "zonder-chromium"
    env = {k: v for k, v in os.environ.items() if k != "MTVP_CHROMIUM"}
    env["PATH"] = str(tmp / "leeg")
    (tmp / "leeg").mkdir()
    r = run(binary.resolve(), "build", utrecht, "--out", site, "--pdf", env=env)
    check(r.returncode == 6, f"no Chromium in PATH: exit code 6 (got {r.returncode})")
    check("Chromium is niet gevonden" in r.stderr and "apt-get install chromium" in r.stderr,
          f"no Chromium in PATH: says so and how to install it ({r.stderr.strip()!r})")
    check(not site.exists(), "no Chromium in PATH: nothing published")
    env = dict(os.environ, MTVP_CHROMIUM=str(tmp / "geen-browser"))
    r = run(binary, "build", utrecht, "--out", site, "--pdf", env=env)
    check(r.returncode == 6 and "MTVP_CHROMIUM" in r.stderr, f"MTVP_CHROMIUM names a missing browser: exit 6 ({r.stderr.strip()!r})")
    check(not site.exists(), "MTVP_CHROMIUM missing: nothing published")
    # A browser that fails to print: exit 6, the previous output stays.
    fake = tmp / "kapotte-chromium"
    fake.write_text("#!/bin/sh\nexit 3\n")
    fake.chmod(0o755)
    run(binary, "build", utrecht, "--out", site)
    before = (site / "index.html").read_bytes()
    r = run(binary, "build", utrecht, "--out", site, "--pdf", env=dict(os.environ, MTVP_CHROMIUM=str(fake)))
    check(r.returncode == 6 and "Chromium kon" in r.stderr and "afsluitcode 3" in r.stderr,
          f"a browser that fails: exit 6 with the reason ({r.returncode}, {r.stderr.strip()[-200:]!r})")
    check((site / "index.html").read_bytes() == before and not (site / "verzenden" / "01011014.pdf").exists(),
          "a browser that fails: the previous output stays")


def test_pdf(binary, root, tmp):
    if not shutil.which("pdfinfo") or not (shutil.which("chromium") or os.environ.get("MTVP_CHROMIUM")):
        print("FOUT: Chromium of pdfinfo (poppler-utils) ontbreekt; installeer ze met scripts/setup.sh --tests")
        return False
    region = root / "data-samples" / "utrecht"
    out = tmp / "utrecht-pdf"
    r = run(binary, "build", region, "--out", out, "--pdf", "--praktijk-werkboeken", "--threads", "2")
    check(r.returncode == 0, f"utrecht --pdf: exit 0 ({r.stderr[-400:]})")
    results = json.loads((out / "data" / "resultaten.json").read_text(encoding="utf-8"))
    pdfs = sorted((out / "verzenden").glob("*.pdf"))
    check([p.stem for p in pdfs] == [p["agb"] for p in results["praktijken"]],
          f"utrecht --pdf: one PDF per practice ({len(pdfs)} for {len(results['praktijken'])})")
    counts = {}
    peil = results["peildatum"].replace("-", "")
    for p in results["praktijken"]:
        pdf = out / "verzenden" / f"{p['agb']}.pdf"
        if not pdf.exists():
            continue
        n = pdf_pages(pdf)
        kind = "voldoet" if p["oordeel"] == "voldoet" else "anders"
        limit = LIMIT.get(kind, 5)
        counts.setdefault(kind, []).append(n)
        check(n is not None and 1 <= n <= limit, f"{p['agb']} ({p['oordeel']}): {n} A4 pages, at most {limit}")
        data = pdf.read_bytes()
        check(b"file:" not in data, f"{p['agb']}.pdf: no local file path")
        dates = re.findall(rb"/(?:CreationDate|ModDate) \(D:(\d{14})", data)
        check(dates and all(d.decode() == peil + "000000" for d in dates), f"{p['agb']}.pdf: dates are the peildatum ({dates})")
    for kind, ns in sorted(counts.items()):
        print(f"utrecht {kind}: {len(ns)} PDFs, pages {sorted(ns)}")
    check_sendlist(region, out, True, True)
    overview = (out / "index.html").read_text(encoding="utf-8")
    check('href="verzenden/01011014.pdf"' in overview, "the overview links each PDF")

    # Reproducible: --verify builds again with another thread count and compares every file, PDFs included.
    gr = root / "data-samples" / "gelders-rivierenland"
    r = run(binary, "build", gr, "--out", tmp / "gr-pdf", "--pdf", "--verify")
    check(r.returncode == 0 and "reproduceerbaar" in r.stdout, f"--pdf --verify: same bytes ({r.returncode}, {r.stdout[-200:]} {r.stderr[-300:]})")
    check(len(list((tmp / "gr-pdf" / "verzenden").glob("*.pdf"))) == 4, "gelders-rivierenland: 4 PDFs")
    return True


def main():
    binary, root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as t:
        tmp = pathlib.Path(t)
        if len(sys.argv) > 3 and sys.argv[3] == "pdf":
            if not test_pdf(binary, root, tmp):
                return 1
        else:
            test_without_pdf(binary, root, tmp)
    print(f"{passed} checks passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
