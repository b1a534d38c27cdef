#!/usr/bin/python3
"""Plausible input: what a registry field, a date or a size may do to a build.

- A registry field that decides no verdict (wijk not in the regioplan's list:
  Utrecht's list lacks Vleuten-De Meern) is a warning at its pointer; the
  practice is judged and shown with its submissions.
- A peildatum before every cohort's start is an error for build (exit 3) with
  a suggestion, whether it comes from --peildatum or from regioplan.json.
- The largest submission (15 MB, 200,000 intervisie sessions) is refused at
  its pointer and the build's peak memory stays bounded (measured with
  getrusage; printed).

Usage: plausible_input_test.py <mtvp-monitor> <repo-root>
"""
import json
import os
import pathlib
import resource
import shutil
import subprocess
import sys
import tempfile

FAILURES = []


SANITIZED = bool(os.environ.get("MTVP_SANITIZED"))

def check(ok, what, detail=""):
    print(("ok    " if ok else "FAIL  ") + what)
    if not ok:
        FAILURES.append(what)
        if detail:
            print("      " + detail[:2000])


def run(binary, *args):
    return subprocess.run([str(binary), *map(str, args)], capture_output=True, text=True)


def peak_rss_mib(binary, *args):
    """Runs one build in a child of its own and returns (result, peak RSS in MiB)."""
    code = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], capture_output=True);"
            "sys.stdout.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) + ' ' + str(r.returncode))")
    out = subprocess.run([sys.executable, "-c", code, str(binary), *map(str, args)], capture_output=True, text=True)
    kib, rc = out.stdout.split()
    return int(rc), int(kib) / 1024


def main():
    binary, root = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)

        # 1. wijk not in the regioplan's list: a warning, the practice is judged and shown.
        utrecht = tmp / "utrecht"
        shutil.copytree(root / "data-samples" / "utrecht", utrecht)
        reg_path = utrecht / "praktijken.json"
        reg = json.loads(reg_path.read_text(encoding="utf-8"))
        agb = reg["praktijken"][0]["agb"]
        reg["praktijken"][0]["wijk"] = "Vleuten-De Meern"
        reg_path.write_text(json.dumps(reg, ensure_ascii=False, indent=1), encoding="utf-8")
        r = run(binary, "build", utrecht, "--out", tmp / "site-wijk")
        want = ("praktijken.json: /praktijken/0/wijk: onbekende wijk \"Vleuten-De Meern\"; "
                "de praktijk wordt wel beoordeeld en getoond (de wijk telt niet mee voor een oordeel)\n")
        check(r.returncode == 0, f"unknown wijk: build exits 0 ({r.returncode})", r.stderr)
        check(want in r.stderr, "unknown wijk: a warning at its pointer", r.stderr)
        check("staat niet in praktijken.json" not in r.stderr, "unknown wijk: no submission is 'niet in praktijken.json'",
              r.stderr)
        results = json.loads((tmp / "site-wijk" / "data" / "resultaten.json").read_text(encoding="utf-8"))
        entry = [p for p in results["praktijken"] if p["agb"] == agb]
        check(len(entry) == 1, f"unknown wijk: practice {agb} is in resultaten.json")
        if entry:
            check(entry[0]["wijk"] == "Vleuten-De Meern", "unknown wijk: shown as given")
            statuses = [j.get("inzending") for j in entry[0]["jaren"]]
            check(statuses.count("compleet") + statuses.count("te laat") == 3,
                  f"unknown wijk: its three submissions are judged ({statuses})")
        page = tmp / "site-wijk" / "praktijken" / agb / "index.html"
        check(page.is_file() and "Vleuten-De Meern" in page.read_text(encoding="utf-8"),
              "unknown wijk: the practice has its page, with its wijk")

        # 2. A peildatum before every cohort's start.
        basis = root / "tests" / "fixtures" / "basis"
        r = run(binary, "build", basis, "--out", tmp / "site-vroeg", "--peildatum", "2020-01-01")
        want = ("mtvp-monitor: fout: --peildatum 2020-01-01 ligt vóór het begin van elk cohort (het eerste, 2023-01, "
                "begint op 2023-01-01): er valt nog niets te beoordelen; gebruik een peildatum op of na 2023-01-01, "
                "bijvoorbeeld die van het regioplan: --peildatum 2026-06-30\n")
        check(r.returncode == 3 and want in r.stderr, f"--peildatum before every cohort: exit 3 with a suggestion "
              f"({r.returncode})", r.stderr)
        check(not (tmp / "site-vroeg").exists(), "--peildatum before every cohort: nothing published")
        vroeg = tmp / "vroeg"
        shutil.copytree(basis, vroeg)
        plan = (vroeg / "regioplan.json").read_text(encoding="utf-8").replace('"peildatum": "2026-06-30"',
                                                                              '"peildatum": "2022-06-30"')
        (vroeg / "regioplan.json").write_text(plan, encoding="utf-8")
        r = run(binary, "build", vroeg, "--out", tmp / "site-vroeg")
        want = ("mtvp-monitor: fout: de peildatum 2022-06-30 van regioplan.json ligt vóór het begin van elk cohort "
                "(het eerste, 2023-01, begint op 2023-01-01): er valt nog niets te beoordelen; "
                "gebruik een peildatum op of na 2023-01-01\n")
        check(r.returncode == 3 and want in r.stderr, f"regioplan peildatum before every cohort: exit 3 ({r.returncode})",
              r.stderr)
        r = run(binary, "explain", basis, "10000001", "--peildatum", "2020-01-01")
        check(r.returncode == 3 and "ligt vóór het begin van elk cohort" in r.stderr,
              f"explain with a peildatum before every cohort: exit 3 ({r.returncode})", r.stderr)

        # 3. The largest submission: 15 MB, 200,000 sessions. Refused at its
        # pointer; peak memory and page size stay bounded.
        big = tmp / "groot"
        shutil.copytree(basis, big)
        sub_path = big / "inzendingen" / "10000001" / "jaar-1.json"
        sub = json.loads(sub_path.read_text(encoding="utf-8"))
        sub["intervisie"] = [{"datum": "2023-05-01", "soort": "intervisie", "deelnemers": 2}] * 200000
        sub_path.write_text(json.dumps(sub), encoding="utf-8")
        size_mb = sub_path.stat().st_size / 1e6
        rc, rss = peak_rss_mib(binary, "build", big, "--out", tmp / "site-groot", "--peildatum", "2024-06-30")
        print(f"      a {size_mb:.1f} MB submission with 200,000 sessions: exit {rc}, peak RSS {rss:.0f} MiB")
        check(rc == 1, f"200,000 sessions: refused as an input error, exit 1 ({rc})")
        pages = list((tmp / "site-groot").rglob("*.html"))
        biggest = max(p.stat().st_size for p in pages) if pages else 0
        print(f"      largest page {biggest / 1e6:.2f} MB")
        # The sanitizer runtime's shadow memory and quarantine inflate RSS: the
        # memory bound is asserted in the plain build only.
        check(SANITIZED or rss < 200, f"200,000 sessions: peak RSS under 200 MiB ({rss:.0f} MiB)")
        check(biggest < 1_000_000, f"200,000 sessions: every page under 1 MB ({biggest} bytes)")

        # The largest valid one: 400 sessions (the most allowed), every
        # intervention of the menu with the longest onderbouwing allowed.
        menu = json.loads((basis / "regioplan.json").read_text(encoding="utf-8"))["interventies"]
        sub["intervisie"] = sub["intervisie"][:400]
        sub["interventies"] = [{"id": menu[i % len(menu)]["id"], "status": "nieuw", "onderbouwing": "x" * 20000}
                               for i in range(len(menu))]
        sub["toelichting"] = "y" * 20000
        sub_path.write_text(json.dumps(sub), encoding="utf-8")
        size_mb = sub_path.stat().st_size / 1e6
        rc, rss = peak_rss_mib(binary, "build", big, "--out", tmp / "site-groot", "--peildatum", "2024-06-30",
                               "--praktijk-werkboeken")
        pages = list((tmp / "site-groot").rglob("*.html"))
        biggest = max(p.stat().st_size for p in pages) if pages else 0
        print(f"      the largest valid submission ({size_mb:.1f} MB): exit {rc}, peak RSS {rss:.0f} MiB, "
              f"largest page {biggest / 1e6:.2f} MB")
        check(rc in (0, 1) and (SANITIZED or rss < 200), f"largest valid submission: built, peak RSS under 200 MiB ({rss:.0f} MiB)")

    print(f"{len(FAILURES)} failed")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
