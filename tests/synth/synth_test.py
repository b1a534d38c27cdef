#!/usr/bin/python3
"""End-to-end tests of `mtvp-monitor synth`, the synthetic-region generator.

Usage: synth_test.py <mtvp-monitor> <repo-root> [--praktijken N]

  * the same seed gives byte-identical folders, another seed different ones;
  * synth refuses a non-empty folder it did not make, and replaces its own;
  * a synthetic region (embedded plan) builds with `mtvp-monitor build`, and the
    results agree with synth-manifest.json: every deliberately invalid file is
    reported (file, JSON pointer, message) and no other file is, every other
    practice-year is judged, every expected status of every practice holds, and
    every scenario of the plan occurs at least once;
  * the generated files validate against the JSON Schemas in schemas/, except
    the deliberately invalid ones;
  * the build on one thread writes the same bytes as on every core;
  * the same holds with --regioplan for every sample plan and the rule-cases plan.

Needs /usr/bin/python3 with Debian's python3-jsonschema.
"""
import filecmp
import json
import os
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib"))
import mtvp  # noqa: E402
from mtvp import run  # noqa: E402
from samples import data_samples  # noqa: E402

CHECKS = mtvp.Checks(max_details=15)
check = CHECKS.check

try:
    from jsonschema import Draft202012Validator, FormatChecker
except ImportError:
    print("FOUT: de Python-module 'jsonschema' ontbreekt; installeer python3-jsonschema en "
          "draai dit script met /usr/bin/python3.")
    sys.exit(1)

# Scenarios the embedded plan (Oost-Gelderland) must produce: it has every
# kind of numeric voorwaarde, sub-region exclusions, aliases and a
# non-kiesbare intervention. A change that loses one fails here.
REQUIRED_EMBEDDED = [
    "voldoet", "inzending-te-laat", "inzending-ontbreekt", "uitgetreden",
    "ongeldig-kapotte-json", "ongeldig-verkeerd-type", "ongeldig-interventie-typfout", "ongeldig-periode",
    "groeimodel-min_interventies", "groeimodel-min_nieuw", "groeimodel-vorige_voortgezet",
    "groeimodel-min_voortgezet", "groeimodel-min_doorontwikkeling", "groeimodel-nieuw_of_doorontwikkeling",
    "groeimodel-onderbouwing_bij_doorontwikkeling", "groeimodel-nooit_enige",
    "voorwaarde-minimaal-net-onder", "voorwaarde-minimaal-op-drempel",
    "voorwaarde-per-normpraktijk-net-onder", "voorwaarde-per-normpraktijk-net-erboven",
    "voorwaarde-aandeel-net-onder", "voorwaarde-ja-nee-nee", "voorwaarde-een-van-geen-optie",
    "voorwaarde-afwezige-rol", "voorwaarde-ontbrekende-waarde", "voorwaarde-ontheffing",
    "intervisie-per_huisarts", "menu-niet-kiesbaar", "menu-uitgesloten-subregio",
    "afwijking-geldig", "afwijking-verlopen",
    "inzending-nog-niet-verschuldigd", "kbz", "alias",
]
# Enough for every scenario of a plan to occur once (about 35) plus random ones.
OTHER_PLANS_PRAKTIJKEN = 120
# Inzending statuses the embedded plan's peildatum must produce.
REQUIRED_INZENDING = ["compleet", "te laat", "ontbreekt", "nog niet verschuldigd", "uitgetreden", "ongeldig"]


def synth(binary, out, n, seed, plan=None):
    args = [binary, "synth", "--praktijken", n, "--seed", seed, "--out", out]
    if plan:
        args += ["--regioplan", plan]
    return run(*args)


def same_tree(a, b):
    """True when both folders hold the same files with the same bytes."""
    cmp = filecmp.dircmp(a, b)
    if cmp.left_only or cmp.right_only or cmp.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    if mismatch or errors:
        return False
    return all(same_tree(os.path.join(a, d), os.path.join(b, d)) for d in cmp.common_dirs)


def check_against_manifest(binary, region, out, label, required=()):
    manifest = json.loads((region / "synth-manifest.json").read_text(encoding="utf-8"))
    r = mtvp.build(binary, region, out)
    invalid = {o["bestand"]: o for o in manifest["ongeldig"]}
    check(r.returncode == (1 if invalid else 0),
          f"{label}: build exits {1 if invalid else 0} (got {r.returncode})", r.stderr.splitlines()[-5:])
    results_path = mtvp.resultaten_path(out)
    if not results_path.exists():
        check(False, f"{label}: build wrote data/resultaten.json", r.stderr.splitlines()[-5:])
        return
    results = mtvp.resultaten(out)

    # Input problems: exactly the deliberately invalid files, each as intended.
    problems = results["problemen"]
    stray = [f"{p['ernst']}: {p['bestand']}: {p['pad']}: {p['melding']}" for p in problems
             if p["bestand"] not in invalid]
    check(not stray, f"{label}: no input problems except in the deliberately invalid files", stray)
    missing = []
    for bestand, o in sorted(invalid.items()):
        hits = [p for p in problems if p["bestand"] == bestand and p["ernst"] == "fout"
                and p["pad"] == o["pad"] and o["melding"] in p["melding"]]
        if not hits:
            got = [f"{p['pad']}: {p['melding']}" for p in problems if p["bestand"] == bestand]
            missing.append(f"{bestand} ({o['soort']}): verwacht {o['pad']!r} met {o['melding']!r}, kreeg {got}")
    check(not missing, f"{label}: every invalid file ({len(invalid)}) is reported as intended", missing)

    # Every practice: completeness, verdicts and targeted rules as the manifest says.
    by_agb = {p["agb"]: p for p in results["praktijken"]}
    expectations = manifest["verwachtingen"]
    check(set(by_agb) == {v["agb"] for v in expectations},
          f"{label}: the results hold exactly the {len(expectations)} synthetic practices")
    wrong, unjudged, checked = [], [], 0
    seen_inzending = set()
    for v in expectations:
        p = by_agb.get(v["agb"])
        if p is None:
            continue
        who = f"{v['agb']} ({v['scenario']})"
        if "oordeel" in v:
            checked += 1
            if p["oordeel"] != v["oordeel"]:
                wrong.append(f"{who}: oordeel {p['oordeel']!r}, verwacht {v['oordeel']!r}")
        for e in v["jaren"]:
            got = p["jaren"][e["jaar"] - 1]
            seen_inzending.add(got["inzending"])
            where = f"{who} jaar {e['jaar']}"
            checked += 1
            if got["inzending"] != e["inzending"]:
                wrong.append(f"{where}: inzending {got['inzending']!r}, verwacht {e['inzending']!r}")
            if got["inzending"] in ("compleet", "te laat") and got["oordeel"] is None:
                unjudged.append(where)
            if "oordeel" in e:
                checked += 1
                if got["oordeel"] != e["oordeel"]:
                    failing = [x["regel"] + "=" + x["status"] for x in got.get("verdicts") or []
                               if x["status"] not in ("voldoet", "niet van toepassing") and x["ernst"] == "eis"]
                    wrong.append(f"{where}: oordeel {got['oordeel']!r}, verwacht {e['oordeel']!r} {failing}")
            verdicts = {x["regel"]: x for x in got.get("verdicts") or []}
            for regel, status in e.get("regels", {}).items():
                checked += 1
                x = verdicts.get(regel)
                if x is None:
                    wrong.append(f"{where}: geen oordeel over {regel}, verwacht {status!r}")
                elif x["status"] != status:
                    wrong.append(f"{where}: {regel} is {x['status']!r}, verwacht {status!r} ({x['uitleg']})")
    check(not unjudged, f"{label}: every valid submission is judged", unjudged)
    check(not wrong and checked > 0, f"{label}: all {checked} expectations of the manifest hold", wrong)

    # Every scenario the plan allows occurs, and every required one exists.
    doelen = manifest["doelen"]
    absent = [s for s in manifest["scenarios"] if doelen.get(s, 0) < 1]
    check(not absent, f"{label}: every scenario of the plan occurs at least once", absent)
    lacking = [s for s in required if doelen.get(s, 0) < 1]
    check(not lacking, f"{label}: the required scenarios occur", lacking)
    return seen_inzending


def check_schemas(root, region, label):
    validators = {}
    for name in ("regioplan", "praktijken", "afwijkingen", "inzending"):
        schema = json.loads((root / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
        validators[name] = Draft202012Validator(schema, format_checker=FormatChecker())
    manifest = json.loads((region / "synth-manifest.json").read_text(encoding="utf-8"))
    invalid = {o["bestand"] for o in manifest["ongeldig"]}
    problems, count, rejected_invalid = [], 0, 0
    for path in sorted(region.rglob("*.json")):
        rel = path.relative_to(region).as_posix()
        if rel in ("synth-manifest.json", "regioplan.json"):
            continue  # not input; the plan is a verbatim copy (schema.samples checks the samples)
        kind = rel[:-len(".json")] if "/" not in rel else "inzending"
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as e:
            if rel in invalid:
                rejected_invalid += 1
            else:
                problems.append(f"{rel}: geen geldige JSON: {e}")
            continue
        errors = sorted(validators[kind].iter_errors(doc), key=lambda e: list(e.absolute_path))
        if rel in invalid:
            rejected_invalid += 1 if errors else 0
            continue
        count += 1
        for err in errors[:3]:
            where = "/".join(str(p) for p in err.absolute_path) or "(root)"
            problems.append(f"{rel}: {where}: {err.message}")
    check(not problems and count > 0, f"{label}: {count} generated files validate against schemas/", problems)
    return rejected_invalid


def main():
    binary, root = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
    n = 200
    if "--praktijken" in sys.argv:
        n = int(sys.argv[sys.argv.index("--praktijken") + 1])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        a, b, c = tmp / "a", tmp / "b", tmp / "c"
        for out, seed in ((a, 1), (b, 1), (c, 2)):
            r = synth(binary, out, n, seed)
            check(r.returncode == 0, f"synth --seed {seed} exits 0", r.stderr.splitlines())
        check(same_tree(a, b), "the same seed gives byte-identical folders")
        check(not same_tree(a, c), "another seed gives different files")
        check((a / "praktijken.json").read_bytes() != (c / "praktijken.json").read_bytes(),
              "another seed gives another registry")

        # Refusals: a foreign non-empty folder is left alone; our own is replaced.
        foreign = tmp / "eigen-map"
        foreign.mkdir()
        (foreign / "belangrijk.txt").write_text("niet weggooien")
        r = synth(binary, foreign, 10, 1)
        check(r.returncode == 3 and "niet door mtvp-monitor gemaakt" in r.stderr,
              "synth refuses a non-empty folder it did not make (exit 3)", [r.stderr])
        check(sorted(p.name for p in foreign.iterdir()) == ["belangrijk.txt"], "... and writes nothing into it")
        r = synth(binary, c, n, 1)
        check(r.returncode == 0 and same_tree(a, c), "synth replaces a folder it made itself", [r.stderr])
        r = run(binary, "synth", "--praktijken", "0", "--out", tmp / "x")
        check(r.returncode == 2, "--praktijken 0 is a usage error")
        r = run(binary, "synth", "--praktijken", "10")
        check(r.returncode == 2 and "--out" in r.stderr, "synth without --out is a usage error")
        r = synth(binary, tmp / "x", 10, 1, root / "README.md")
        check(r.returncode == 3 and "onbruikbaar" in r.stderr, "a broken --regioplan is refused", [r.stderr])

        # The embedded plan: build and hold the results against the manifest.
        seen = check_against_manifest(binary, a, tmp / "site-a", "ingebouwd plan", REQUIRED_EMBEDDED)
        lacking = [s for s in REQUIRED_INZENDING if s not in (seen or set())]
        check(not lacking, "ingebouwd plan: every inzending status occurs", lacking)
        rejected = check_schemas(root, a, "ingebouwd plan")
        manifest = json.loads((a / "synth-manifest.json").read_text(encoding="utf-8"))
        check(rejected >= 1, f"ingebouwd plan: the schemas reject some deliberately invalid files too ({rejected} of "
                             f"{len(manifest['ongeldig'])})")

        # 200 practices are seven parts of 32 for the build's second pass: on
        # two threads they finish out of order and must still be written in
        # order. The same region on one thread gives the same bytes.
        one = tmp / "site-a-1"
        r = mtvp.build(binary, a, one, "--threads", "1")
        check(r.returncode in (0, 1) and same_tree(tmp / "site-a", one),
              "ingebouwd plan: the build on 1 thread gives the same bytes as on every core", r.stderr.splitlines()[-3:])

        # Other plans: the generator works from what each plan declares.
        plans = [r / "regioplan.json" for r in data_samples(root)] + [root / "tests/rule-cases/regioplan.json"]
        for plan in plans:
            label = plan.parent.name
            region = tmp / f"r-{label}"
            r = synth(binary, region, OTHER_PLANS_PRAKTIJKEN, 7, plan)
            check(r.returncode == 0, f"{label}: synth --regioplan exits 0", r.stderr.splitlines())
            if r.returncode != 0:
                continue
            check_against_manifest(binary, region, tmp / f"site-{label}", label)
            check_schemas(root, region, label)
    return CHECKS.finish()


if __name__ == "__main__":
    sys.exit(main())
