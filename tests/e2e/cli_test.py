#!/usr/bin/python3
"""End-to-end tests of the command line: exit codes, exact messages for broken
input, and that a run with bad submissions still judges every other practice.

Usage: cli_test.py <mtvp-monitor> <repo-root>
"""
import json
import os
import re
import pathlib
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib"))
import mtvp  # noqa: E402
from mtvp import run  # noqa: E402

# The expected and the real messages are printed whole on a failure.
CHECKS = mtvp.Checks(max_chars=100_000)
check = CHECKS.check


# Every problem in tests/fixtures/kapotte-invoer, as mtvp-monitor prints it.
EXPECTED_STDERR = """\
mtvp-monitor: waarschuwing: {d}/inzendingen/10000004/jaar-1-herzien.json: bestandsnaam is niet jaar-1.json, jaar-2.json of jaar-3.json; het programmajaar komt uit de inhoud
mtvp-monitor: fout: {d}/inzendingen/10000002/jaar-1.json: ongeldige JSON op regel 4, kolom 3: controleer komma's, aanhalingstekens en haakjes
mtvp-monitor: fout: {d}/inzendingen/10000003/jaar-1.json: /ingediend_op: ongeldige datum "2024-02-30"; verwacht een bestaande datum als JJJJ-MM-DD
mtvp-monitor: fout: {d}/inzendingen/10000003/jaar-1.json: /personeel/huisarts: verwacht een aantal personen (geheel getal van 0 tot en met 10000), gevonden tekst
mtvp-monitor: fout: {d}/inzendingen/10000003/jaar-1.json: /personeel/poh: verwacht een aantal personen (geheel getal van 0 tot en met 10000), gevonden -1
mtvp-monitor: fout: {d}/inzendingen/10000003/jaar-1.json: /interventies/0/id: onbekende interventie "tirage"; bedoelde u "triage"?
mtvp-monitor: fout: {d}/inzendingen/10000003/jaar-1.json: /waarden/verwijzingen: verwacht een getal van 0 tot 1.000.000.000, gevonden -4
mtvp-monitor: fout: {d}/inzendingen/10000005/jaar-1.json: /periode: periode 2023-01-01 t/m 2023-12-31 past niet bij programmajaar 1 van cohort 2023-07; verwacht 2023-07-01 t/m 2024-06-30
mtvp-monitor: fout: {d}/inzendingen/10000009/jaar-1.json: /agb: AGB-code 10000009 staat niet in praktijken.json; bedoelde u 10000001? Meld de praktijk eerst aan in het register.
mtvp-monitor: fout: {d}/inzendingen/10000004/jaar-1-herzien.json: /programmajaar: twee inzendingen voor praktijk 10000004, programmajaar 1 (inzendingen/10000004/jaar-1-herzien.json en inzendingen/10000004/jaar-1.json); verwijder er één
mtvp-monitor: fout: {d}/inzendingen/10000004/jaar-1.json: /programmajaar: twee inzendingen voor praktijk 10000004, programmajaar 1 (inzendingen/10000004/jaar-1-herzien.json en inzendingen/10000004/jaar-1.json); verwijder er één
"""


def main():
    binary, root = mtvp.arguments(sys.argv)
    fixture = root / "tests" / "fixtures" / "kapotte-invoer"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        r = run(binary, "--help")
        check(r.returncode == 0 and "Gebruik:" in r.stdout and "Afsluitcodes:" in r.stdout, "--help exits 0 and documents exit codes")
        r = run(binary, "--version")
        check(r.returncode == 0 and r.stdout.startswith("mtvp-monitor "), "--version")
        r = run(binary, "bouw", "x")
        check(r.returncode == 2 and 'mtvp-monitor: fout: onbekende opdracht "bouw"' in r.stderr, "unknown command exits 2", r.stderr)
        r = run(binary, "build", fixture, "--peildatum", "2024-13-01")
        check(r.returncode == 2 and 'ongeldige peildatum "2024-13-01"' in r.stderr, "bad peildatum exits 2", r.stderr)
        r = run(binary, "build", fixture, "--uit", "x")
        check(r.returncode == 2 and "onbekende optie --uit" in r.stderr, "unknown flag exits 2", r.stderr)
        r = run(binary, "build", tmp / "bestaat-niet", "--out", tmp / "o")
        check(r.returncode == 3, "a missing region folder exits 3", r.stderr)

        # Broken submissions: every problem reported exactly, the rest judged.
        out = tmp / "site"
        r = run(binary, "build", fixture, "--out", out, "--peildatum", "2024-06-30", cwd=root)
        check(r.returncode == 1, f"input problems exit 1 (got {r.returncode})")
        expected = EXPECTED_STDERR.format(d=str(fixture))
        check(r.stderr == expected, "broken inputs give exactly the expected messages",
              "--- verwacht\n" + expected + "--- gekregen\n" + r.stderr)
        results = mtvp.resultaten(out)
        by_agb = {p["agb"]: p for p in results["praktijken"]}
        check(by_agb["10000001"]["jaren"][0]["oordeel"] == "voldoet", "the valid practice is still judged")
        for agb in ("10000002", "10000003", "10000004", "10000005"):
            check(by_agb[agb]["jaren"][0]["inzending"] == "ongeldig", f"{agb} jaar 1 is ongeldig")
        check(len([p for p in results["problemen"] if p["ernst"] == "fout"]) == 10, "the problems are in the results")
        check(not (root / "tests" / "fixtures" / "kapotte-invoer" / "site").exists(), "nothing is written into the input")

        # --verify rebuilds and compares every file.
        r = run(binary, "build", root / "data-samples" / "primacura", "--out", tmp / "v", "--verify")
        check(r.returncode == 0 and "reproduceerbaar: een tweede bouw gaf dezelfde" in r.stdout,
              "build --verify finds the output reproducible", r.stdout + r.stderr)

        # --tijden lists the steps; --threads takes a count; no progress line
        # when stderr is not a terminal.
        r = run(binary, "build", root / "data-samples" / "primacura", "--out", tmp / "t", "--threads", "1", "--tijden")
        check(r.returncode == 0 and re.search(r"tijden: inlezen [0-9.]+ s, beoordelen [0-9.]+ s, schrijven [0-9.]+ s, "
                                              r"publiceren [0-9.]+ s", r.stdout) is not None,
              "build --tijden prints the time of each step", r.stdout + r.stderr)
        check("schrijven:" not in r.stderr and "\r" not in r.stderr, "no progress line when stderr is not a terminal", r.stderr)
        # On a terminal, stderr shows the progress and clears it at the end.
        master, slave = os.openpty()
        proc = subprocess.Popen([str(binary), "build", str(root / "data-samples" / "utrecht"), "--out", str(tmp / "p")],
                                stdout=subprocess.PIPE, stderr=slave)
        os.close(slave)
        tty = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            tty += chunk
        os.close(master)
        proc.communicate()
        check(proc.returncode == 0 and re.search(rb"schrijven: [0-9]+ van [0-9]+ onderdelen", tty) is not None
              and tty.endswith(b"\r\x1b[K"), "a progress line on a terminal, cleared at the end", repr(tty[-200:]))
        for bad in ("0", "x", "1000"):
            r = run(binary, "build", root / "data-samples" / "primacura", "--out", tmp / "t", "--threads", bad)
            check(r.returncode == 2 and f'--threads verwacht een geheel getal van 1 tot en met 999, niet "{bad}"' in r.stderr,
                  f"--threads {bad} is a usage error", r.stderr)

        # check: one good and one bad file; and a lone file outside a region.
        r = run(binary, "check", fixture / "inzendingen/10000001/jaar-1.json")
        check(r.returncode == 0 and "1 van 1 inzending(en) in orde" in r.stdout, "check of a valid file exits 0", r.stdout + r.stderr)
        r = run(binary, "check", fixture / "inzendingen/10000001/jaar-1.json", fixture / "inzendingen/10000003/jaar-1.json")
        check(r.returncode == 1 and "1 van 2 inzending(en) in orde" in r.stdout and '"tirage"; bedoelde u "triage"?' in r.stderr,
              "check reports the bad file and exits 1", r.stdout + r.stderr)
        lone = tmp / "los.json"
        shutil.copy(fixture / "inzendingen/10000001/jaar-1.json", lone)
        r = run(binary, "check", lone)
        check(r.returncode == 0 and "geen regiomap gevonden" in r.stderr, "check of a lone file checks structure and says so", r.stderr)

        # explain: an unknown AGB code.
        r = run(binary, "explain", fixture, "99999999")
        check(r.returncode == 1 and "AGB-code 99999999 staat niet in" in r.stderr, "explain of an unknown practice exits 1", r.stderr)
        r = run(binary, "explain", fixture, "10000011")
        check(r.returncode == 1 and "AGB-code 10000011 staat niet in praktijken.json; bedoelde u 10000001?" in r.stderr,
              "explain of a mistyped AGB code suggests the closest", r.stderr)

        # A practice left out of the registry for an error: explain and an
        # afwijking for it name that error, not "staat niet in".
        afgewezen = mtvp.copy_region(fixture, tmp, "afgewezen-praktijk")
        registry = json.loads((afgewezen / "praktijken.json").read_text(encoding="utf-8"))
        registry["praktijken"][0]["cohort"] = "1999-01"
        (afgewezen / "praktijken.json").write_text(json.dumps(registry), encoding="utf-8")
        (afgewezen / "afwijkingen.json").write_text(json.dumps({
            "formaat": "mtvp-afwijkingen/1",
            "afwijkingen": [{"agb": "10000001", "regel": "x", "reden": "r", "goedgekeurd_door": "g",
                             "geldig_tot": "2030-01-01"}]}), encoding="utf-8")
        r = run(binary, "explain", afgewezen, "10000001")
        niet_beoordeeld = ("de praktijk met AGB-code 10000001 is niet beoordeeld: haar gegevens in praktijken.json "
                           "(/praktijken/0) hebben een fout; verbeter die eerst")
        check(r.returncode == 1 and niet_beoordeeld in r.stderr and "staat niet in" not in r.stderr,
              "explain of a practice left out for a registry error says why", r.stderr)
        r = run(binary, "check", afgewezen)
        check(f"afwijkingen.json: /afwijkingen/0/agb: {niet_beoordeeld}" in r.stderr,
              "an afwijking of a practice left out for a registry error says why", r.stderr)

        # A broken regioplan stops the run and publishes nothing.
        broken = mtvp.copy_region(fixture, tmp, "kapot-regioplan")
        plan = json.loads((broken / "regioplan.json").read_text(encoding="utf-8"))
        plan["interventies"][0]["kernelement"] = "awpp"
        (broken / "regioplan.json").write_text(json.dumps(plan), encoding="utf-8")
        r = run(binary, "build", broken, "--out", tmp / "nooit")
        check(r.returncode == 3 and 'onbekend kernelement "awpp"; bedoelde u "awp"?' in r.stderr and not (tmp / "nooit").exists(),
              "a broken regioplan exits 3 and writes nothing", r.stderr)

        # An output folder we did not make is never replaced.
        foreign = tmp / "eigen-map"
        foreign.mkdir()
        (foreign / "belangrijk.txt").write_text("x")
        r = run(binary, "build", fixture, "--out", foreign, "--peildatum", "2024-06-30")
        check(r.returncode == 3 and (foreign / "belangrijk.txt").exists() and "weiger" in r.stderr,
              "refuses to replace a folder it did not make", r.stderr)
    return CHECKS.finish()


if __name__ == "__main__":
    sys.exit(main())
