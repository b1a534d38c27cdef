#!/usr/bin/python3
"""End-to-end: the real binary on every bundled data sample.

For each region: `build` exits 0 with no input problems; the results file
agrees with the region's hand-worked verwacht.json (completeness, verdict and
the failing rule ids of every practice and year); builds on two threads and
on one give identical bytes; `explain` works for every practice.

Usage: samples_test.py <mtvp-monitor> <repo-root>
"""
import filecmp
import json
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib"))
import mtvp  # noqa: E402
from mtvp import run  # noqa: E402
from samples import data_samples  # noqa: E402

CHECKS = mtvp.Checks()
check = CHECKS.check


def compare_registry_facts(results, region_dir):
    """resultaten.json carries the registry's koptarief and achterstand_pct per
    practice, null where the registry leaves them out (issue 11)."""
    registry = json.loads((region_dir / "praktijken.json").read_text(encoding="utf-8"))
    by_agb = {p["agb"]: p for p in results["praktijken"]}
    for reg in registry["praktijken"]:
        got = by_agb.get(reg["agb"])
        if got is None:
            continue
        for key in ("koptarief", "achterstand_pct"):
            check(key in got and got[key] == reg.get(key),
                  f"{region_dir.name} {reg['agb']}: resultaten.json {key} {got.get(key, '(ontbreekt)')!r}, "
                  f"register {reg.get(key)!r}")


def compare_region(results, expected, region):
    by_agb = {p["agb"]: p for p in results["praktijken"]}
    check(set(by_agb) == set(expected["praktijken"]),
          f"{region}: verwacht.json covers exactly the registered practices "
          f"(missing: {sorted(set(by_agb) - set(expected['praktijken']))}, "
          f"extra: {sorted(set(expected['praktijken']) - set(by_agb))})")
    for agb, exp in sorted(expected["praktijken"].items()):
        if agb not in by_agb:
            continue
        jaren = {str(j["jaar"]): j for j in by_agb[agb]["jaren"]}
        if "oordeel" in exp:  # the overall verdict, where the hand-worked case names it
            got = by_agb[agb]["oordeel"]
            check(got == exp["oordeel"], f"{region} {agb} ({exp.get('scenario', '')}): totaaloordeel {got!r}, verwacht {exp['oordeel']!r}")
        for jaar, e in sorted(exp["jaren"].items()):
            got = jaren[jaar]
            where = f"{region} {agb} jaar {jaar} ({exp.get('scenario', '')})"
            check(got["inzending"] == e["inzending"],
                  f"{where}: inzending {got['inzending']!r}, verwacht {e['inzending']!r}")
            if "oordeel" in e:
                check(got["oordeel"] == e["oordeel"], f"{where}: oordeel {got['oordeel']!r}, verwacht {e['oordeel']!r}")
            verdicts = got.get("verdicts") or []

            def ids(status, ernst):
                return sorted(v["regel"] for v in verdicts if v["status"] == status and v["ernst"] == ernst)

            for key, status, ernst in (("niet_voldaan", "voldoet niet", "eis"),
                                       ("advies_niet_voldaan", "voldoet niet", "advies"),
                                       ("onvolledig", "onvolledig", "eis"),
                                       ("afwijking_geaccepteerd", "afwijking geaccepteerd", "eis")):
                want = sorted(e.get(key, []))
                have = ids(status, ernst)
                check(have == want, f"{where}: {key} {have}, verwacht {want}")


def main():
    binary, root = mtvp.arguments(sys.argv)
    regions = data_samples(root)
    check(len(regions) >= 4, f"four data samples present (found {len(regions)})")
    with tempfile.TemporaryDirectory() as tmp:
        for region in regions:
            out1, out2 = pathlib.Path(tmp) / (region.name + "-1"), pathlib.Path(tmp) / (region.name + "-2")
            # Two threads, then one: the output may not depend on either.
            r = mtvp.build(binary, region, out1, "--threads", "2")
            check(r.returncode == 0, f"{region.name}: build exits 0 (got {r.returncode}): {r.stderr.strip()[:500]}")
            check("invoerproblemen: 0 fouten, 0 waarschuwingen" in r.stdout,
                  f"{region.name}: no input problems: {r.stdout.strip()}")
            results = mtvp.resultaten(out1)
            expected = json.loads((region / "verwacht.json").read_text(encoding="utf-8"))
            check(results["peildatum"] == expected["peildatum"], f"{region.name}: peildatum")
            compare_region(results, expected, region.name)
            compare_registry_facts(results, region)
            # regels.html states an een_van rule as the verdicts do (issue 11).
            regels = (out1 / "regels.html").read_text(encoding="utf-8")
            if '"een_van"' in (region / "regioplan.json").read_text(encoding="utf-8"):
                check("ten minste één van: " in regels
                      and regels.count("één van: ") == regels.count("ten minste één van: "),
                      f"{region.name}: regels.html writes een_van rules as 'ten minste één van: …; of …'")
            mtvp.build(binary, region, out2, "--threads", "1")
            cmp = filecmp.dircmp(out1, out2)
            differing = []

            def walk(c, prefix=""):
                differing.extend(prefix + f for f in c.diff_files + c.left_only + c.right_only)
                for name, sub in c.subdirs.items():
                    walk(sub, prefix + name + "/")
            walk(cmp)
            # dircmp compares shallowly by stat; compare bytes of every file too.
            for f in out1.rglob("*"):
                if f.is_file() and f.read_bytes() != (out2 / f.relative_to(out1)).read_bytes():
                    differing.append(str(f.relative_to(out1)))
            check(not differing, f"{region.name}: builds with 2 and 1 threads are byte-identical (differ: {sorted(set(differing))[:5]})")
            for p in results["praktijken"]:
                e = run(binary, "explain", region, p["agb"])
                check(e.returncode == 0 and "Totaaloordeel: " + p["oordeel"] in e.stdout,
                      f"{region.name}: explain {p['agb']} exits 0 and states the verdict")
    return CHECKS.finish()


if __name__ == "__main__":
    sys.exit(main())
