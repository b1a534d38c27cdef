#!/usr/bin/python3
"""Validate mtvp-monitor's input files against the JSON Schemas in schemas/.

Usage: validate_samples.py <repo-root>

Checks, each printed as one PASS/FAIL line:
  * every schema in schemas/ is itself a valid draft 2020-12 schema (check_schema);
  * every input file under data-samples/*/ validates against its schema:
      regioplan.json, praktijken.json (both required per region folder),
      afwijkingen.json (if present), inzendingen/<agb>/jaar-<n>.json
    (for submissions also: <agb> in the path equals "agb", <n> equals "programmajaar");
  * small valid documents built here are accepted, and deliberately broken ones
    are REJECTED, so the schemas really constrain something.

Ends with "<n> passed, <m> failed" and exits 1 on any failure.
Needs only the standard library and Debian's python3-jsonschema.
"""

import copy
import glob
import json
import os
import re
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError:
    print("FOUT: de Python-module 'jsonschema' (>= 4.0, met Draft202012Validator) is niet "
          "beschikbaar voor %s.\nInstalleer hem met: apt-get install -y python3-jsonschema "
          "en draai dit script met /usr/bin/python3." % sys.executable)
    sys.exit(1)

SCHEMAS = ("regioplan", "praktijken", "afwijkingen", "inzending")
MAX_ERRORS_SHOWN = 20

passed = 0
failed = 0


def report(ok, label, details=()):
    global passed, failed
    if ok:
        passed += 1
        print("PASS  %s" % label)
    else:
        failed += 1
        print("FAIL  %s" % label)
        for line in details:
            print("        %s" % line)


def format_checker():
    checker = getattr(Draft202012Validator, "FORMAT_CHECKER", None)
    return checker if checker is not None else jsonschema.FormatChecker()


def error_lines(validator, instance):
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    lines = []
    for err in errors[:MAX_ERRORS_SHOWN]:
        where = "/".join(str(p) for p in err.absolute_path) or "(root)"
        lines.append("%s: %s" % (where, err.message))
        # For oneOf/anyOf/if-then failures the useful detail is in the sub-errors.
        for sub in sorted(err.context or [], key=lambda e: list(e.absolute_path))[:5]:
            subwhere = "/".join(str(p) for p in sub.absolute_path) or "(root)"
            lines.append("    - %s: %s" % (subwhere, sub.message))
    if len(errors) > MAX_ERRORS_SHOWN:
        lines.append("... en nog %d fouten" % (len(errors) - MAX_ERRORS_SHOWN))
    return lines


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# --------------------------------------------------------------------------- schemas

def load_schemas(root):
    validators = {}
    for name in SCHEMAS:
        rel = "schemas/%s.schema.json" % name
        path = os.path.join(root, rel)
        try:
            schema = load_json(path)
            Draft202012Validator.check_schema(schema)
        except FileNotFoundError:
            report(False, "%s (check_schema)" % rel, ["bestand ontbreekt"])
            continue
        except json.JSONDecodeError as e:
            report(False, "%s (check_schema)" % rel, ["geen geldige JSON: %s" % e])
            continue
        except jsonschema.exceptions.SchemaError as e:
            report(False, "%s (check_schema)" % rel, [e.message])
            continue
        problems = []
        if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
            problems.append("$schema is niet draft 2020-12")
        expected_id = "https://mtvp-monitor.example/schemas/%s.schema.json" % name
        if schema.get("$id") != expected_id:
            problems.append("$id is %r, verwacht %r" % (schema.get("$id"), expected_id))
        report(not problems, "%s (check_schema)" % rel, problems)
        validators[name] = Draft202012Validator(schema, format_checker=format_checker())
    return validators


# --------------------------------------------------------------------------- samples

INZENDING_RE = re.compile(r"^inzendingen/([^/]+)/jaar-([0-9]+)\.json$")


def classify(rel_in_region):
    """Which schema a file inside a region folder belongs to (None: not an input file)."""
    if rel_in_region == "regioplan.json":
        return "regioplan"
    if rel_in_region == "praktijken.json":
        return "praktijken"
    if rel_in_region == "afwijkingen.json":
        return "afwijkingen"
    if INZENDING_RE.match(rel_in_region):
        return "inzending"
    return None


def check_file(validators, root, path, kind, rel_in_region):
    rel = os.path.relpath(path, root)
    label = "%s (%s)" % (rel, kind)
    if kind not in validators:
        report(False, label, ["schema %s ontbreekt of is ongeldig" % kind])
        return
    try:
        doc = load_json(path)
    except (OSError, ValueError) as e:
        report(False, label, ["niet te lezen als JSON: %s" % e])
        return
    lines = error_lines(validators[kind], doc)
    if kind == "inzending" and isinstance(doc, dict):
        m = INZENDING_RE.match(rel_in_region)
        if doc.get("agb") != m.group(1):
            lines.append("agb %r komt niet overeen met de map %r" % (doc.get("agb"), m.group(1)))
        if doc.get("programmajaar") != int(m.group(2)):
            lines.append("programmajaar %r komt niet overeen met de bestandsnaam jaar-%s.json"
                         % (doc.get("programmajaar"), m.group(2)))
    report(not lines, label, lines)


def check_samples(validators, root):
    base = os.path.join(root, "data-samples")
    regions = sorted(d for d in glob.glob(os.path.join(base, "*")) if os.path.isdir(d))
    if not regions:
        report(False, "data-samples/*/", ["geen regiomappen gevonden onder %s" % base])
        return
    for region in regions:
        for required in ("regioplan.json", "praktijken.json"):
            if not os.path.isfile(os.path.join(region, required)):
                report(False, os.path.relpath(os.path.join(region, required), root),
                       ["verplicht bestand ontbreekt"])
        files = []
        for dirpath, dirnames, filenames in os.walk(region):
            dirnames.sort()
            for fn in sorted(filenames):
                files.append(os.path.join(dirpath, fn))
        for path in files:
            rel_in_region = os.path.relpath(path, region).replace(os.sep, "/")
            kind = classify(rel_in_region)
            if kind is None:
                if rel_in_region.endswith(".json"):
                    print("SKIP  %s (geen invoerbestand)" % os.path.relpath(path, root))
                continue
            check_file(validators, root, path, kind, rel_in_region)


# --------------------------------------------------------------------------- built-in documents

def regel(**kw):
    r = {"id": "r1", "omschrijving": "Testregel", "bron": "test", "ernst": "eis",
         "zekerheid": "letterlijk"}
    r.update(kw)
    return r


def good_regioplan():
    return {
        "formaat": "mtvp-regioplan/1",
        "regio": "Testregio", "rho": "Test-RHO", "programma": "MTVP",
        "peildatum": "2026-06-30", "inzendtermijn_dagen": 30, "normpraktijk_patienten": 2095,
        "subregios": [], "wijken": ["Overvecht"],
        "rollen": [{"id": "huisarts", "label": "Huisarts"}, {"id": "poh", "label": "POH"}],
        "cohorten": [{"id": "2023-04", "naam": "Cohort april 2023", "start": "2023-04-01",
                      "uitwisselbijeenkomsten": ["2025-04-15"]}],
        "kernelementen": [{
            "id": "anders-werken", "naam": "Anders werken", "bron": "S004 §6",
            "groeimodel": {
                "1": [regel(id="GM-01", soort="min_interventies", waarde=1)],
                "2": [regel(id="GM-03", soort="vorige_voortgezet"),
                      regel(id="gm-tekst", soort="onderbouwing_bij_doorontwikkeling", min_tekens=20)],
                "3": [regel(id="nascholing", soort="minimaal", waarde=1,
                            metriek="scholing.goede-gesprek.nascholing")],
            }}],
        "metrieken": [
            {"id": "verwijzingen.welzijn-op-recept", "label": "Verwijzingen WoR",
             "eenheid": "patiënten", "type": "geheel getal"},
            {"id": "scholing.goede-gesprek.nascholing", "label": "Nascholing", "type": "geheel getal"},
            {"id": "afspraken.communicatie", "label": "Afspraken", "type": "ja/nee"},
            {"id": "wor.geen-capaciteit", "label": "Geen capaciteit", "type": "ja/nee"}],
        "interventies": [
            {"id": "welzijn-op-recept", "naam": "Welzijn op Recept", "kernelement": "anders-werken",
             "bron": "S003", "voorwaarden": [
                 regel(id="verwijzingen", soort="minimaal", metriek="verwijzingen.welzijn-op-recept",
                       waarde=12, per="normpraktijk",
                       ontheffing={"metriek": "wor.geen-capaciteit",
                                   "omschrijving": "mits er voldoende beschikbaarheid is"}),
                 regel(id="pm", soort="ja_nee", metriek="afspraken.communicatie",
                       rol="praktijkmanager", bij_afwezige_rol="niet van toepassing"),
                 regel(id="aandeel-poh", soort="aandeel", metriek="verwijzingen.welzijn-op-recept",
                       waarde=0.5, rol="poh"),
                 regel(id="keuze", soort="een_van", opties=[
                     {"soort": "ja_nee", "metriek": "afspraken.communicatie"},
                     {"soort": "maximaal", "metriek": "verwijzingen.welzijn-op-recept", "waarde": 100}]),
             ]},
            {"id": "mdo", "naam": "MDO", "kernelement": "anders-werken", "bron": "S003",
             "alias_van": "welzijn-op-recept"},
            {"id": "dubbel", "naam": "Dubbel", "kernelement": "anders-werken", "bron": "S003",
             "kiesbaar": False, "reden": "dubbelloop in financiering", "jaren": [2, 3],
             "uitgesloten": [{"subregios": ["Noord"], "kenmerk": "regioprestatie_beeldbellen",
                              "reden": "al gefinancierd", "bron": "S005"}]},
        ],
        "intervisie": {
            "1": [regel(id="ha", soort="per_huisarts", min_sessies=2, min_duur_minuten=60)],
            "2": [regel(id="uitw", soort="uitwisselbijeenkomsten", min_deelnemers=1,
                        plangroep_telt=True, kbz_vrijgesteld_cohorten=["2023-04"], geldt_voor="alle")],
            "3": [regel(id="kb", soort="min_bijeenkomsten", waarde=2, bijeenkomst="kb-bijeenkomst"),
                  regel(id="vrij", soort="vrije_vorm", ernst="info", zekerheid="aanname")],
        },
        "toelichting": "Testplan.",
    }


def good_praktijken():
    return {"formaat": "mtvp-praktijken/1", "praktijken": [
        {"agb": "01012345", "naam": "Huisartsenpraktijk De Linde", "wijk": "Overvecht",
         "subregio": None, "cohort": "2023-04", "normpraktijken": 1.6,
         "krachtige_basiszorg": True, "achterstand_pct": 31, "plangroep": None,
         "uitgetreden_op": None, "kenmerken": {"regioprestatie_beeldbellen": False}}]}


def good_afwijkingen():
    return {"formaat": "mtvp-afwijkingen/1", "afwijkingen": [
        {"agb": "01012345", "regel": "welzijn-op-recept.verwijzingen", "jaar": 2,
         "reden": "Welzijnsorganisatie had wachtlijst tot september.",
         "goedgekeurd_door": "A. Projectleider", "geldig_tot": "2026-12-31"}]}


def good_inzending():
    return {
        "formaat": "mtvp-inzending/1", "agb": "01012345", "programmajaar": 3,
        "periode": {"van": "2025-04-01", "tot": "2026-03-31"}, "ingediend_op": "2026-04-14",
        "personeel": {"huisarts": 3, "poh": 2, "doktersassistent": 6, "praktijkmanager": 1},
        "interventies": [
            {"id": "flexibele-consultduur", "status": "doorontwikkeling", "sinds_jaar": 1,
             "onderbouwing": "We breiden de regiearts uit naar alle ochtenden."},
            {"id": "welzijn-op-recept", "status": "voortgezet", "sinds_jaar": 2}],
        "waarden": {"verwijzingen.welzijn-op-recept": 21, "afspraken.communicatie": True},
        "intervisie": [
            {"datum": "2025-04-15", "soort": "uitwisselbijeenkomst", "deelnemers": 1},
            {"datum": "2025-06-03", "soort": "intervisie", "duur_minuten": 90,
             "deelnemers": ["HA-1", "HA-2"]}],
        "toelichting": "Vrije tekst in Markdown.",
    }


def mutate(doc, fn):
    doc = copy.deepcopy(doc)
    fn(doc)
    return doc


def wor_voorwaarde(doc):
    return doc["interventies"][0]["voorwaarden"][0]


def _set(obj, key, value):
    obj[key] = value


BROKEN = [
    # (schema, description, document)
    ("inzending", "inzending zonder formaat",
     mutate(good_inzending(), lambda d: d.pop("formaat"))),
    ("praktijken", "praktijk met AGB van 7 cijfers",
     mutate(good_praktijken(), lambda d: _set(d["praktijken"][0], "agb", "0101234"))),
    ("inzending", "negatief aantal personeel",
     mutate(good_inzending(), lambda d: _set(d["personeel"], "poh", -1))),
    ("regioplan", "onbekende ernst",
     mutate(good_regioplan(), lambda d: _set(wor_voorwaarde(d), "ernst", "verplicht"))),
    ("regioplan", "minimaal-voorwaarde zonder metriek",
     mutate(good_regioplan(), lambda d: wor_voorwaarde(d).pop("metriek"))),
    ("regioplan", "minimaal in groeimodel zonder waarde",
     mutate(good_regioplan(), lambda d: d["kernelementen"][0]["groeimodel"]["3"][0].pop("waarde"))),
    ("regioplan", "een_van zonder opties",
     mutate(good_regioplan(), lambda d: d["interventies"][0]["voorwaarden"][3].pop("opties"))),
    ("regioplan", "uitwisselbijeenkomsten zonder min_deelnemers",
     mutate(good_regioplan(), lambda d: d["intervisie"]["2"][0].pop("min_deelnemers"))),
    ("regioplan", "niet-kiesbare interventie zonder reden",
     mutate(good_regioplan(), lambda d: d["interventies"][2].pop("reden"))),
    ("regioplan", "onbekende zekerheid",
     mutate(good_regioplan(), lambda d: _set(wor_voorwaarde(d), "zekerheid", "misschien"))),
    ("regioplan", "onbekende bij_afwezige_rol",
     mutate(good_regioplan(), lambda d: _set(d["interventies"][0]["voorwaarden"][1],
                                            "bij_afwezige_rol", "overslaan"))),
    ("regioplan", "sleutel van een andere soort (opties bij minimaal)",
     mutate(good_regioplan(), lambda d: _set(wor_voorwaarde(d), "opties", []))),
    ("regioplan", "peildatum in verkeerd formaat",
     mutate(good_regioplan(), lambda d: _set(d, "peildatum", "30-06-2026"))),
    ("inzending", "onbekende status van een interventie",
     mutate(good_inzending(), lambda d: _set(d["interventies"][0], "status", "actief"))),
    ("inzending", "deelnemers als tekst",
     mutate(good_inzending(), lambda d: _set(d["intervisie"][0], "deelnemers", "twee"))),
    ("inzending", "waarde als tekst",
     mutate(good_inzending(), lambda d: _set(d["waarden"], "afspraken.communicatie", "ja"))),
    ("inzending", "onbekende sleutel",
     mutate(good_inzending(), lambda d: _set(d, "namen", ["Dr. Jansen"]))),
    ("afwijkingen", "afwijking voor programmajaar 4",
     mutate(good_afwijkingen(), lambda d: _set(d["afwijkingen"][0], "jaar", 4))),
    ("praktijken", "praktijk zonder cohort",
     mutate(good_praktijken(), lambda d: d["praktijken"][0].pop("cohort"))),
]

GOOD = [
    ("regioplan", "geldig regioplan (alle regelsoorten)", good_regioplan()),
    ("praktijken", "geldig praktijkenregister (met null-waarden)", good_praktijken()),
    ("afwijkingen", "geldige afwijkingen", good_afwijkingen()),
    ("inzending", "geldige inzending (voorbeeld uit docs/formats.md)", good_inzending()),
    ("praktijken", "praktijk met subregio, plangroep en uittreedatum",
     mutate(good_praktijken(), lambda d: d["praktijken"][0].update(
         subregio="Noord", plangroep="Plangroep Oost", uitgetreden_op="2025-01-31"))),
]


def check_builtin(validators):
    for kind, what, doc in GOOD:
        if kind not in validators:
            report(False, "ingebouwd: %s wordt geaccepteerd" % what, ["schema %s ontbreekt" % kind])
            continue
        report(not error_lines(validators[kind], doc), "ingebouwd: %s wordt geaccepteerd" % what,
               error_lines(validators[kind], doc))
    for kind, what, doc in BROKEN:
        label = "ingebouwd: %s wordt afgewezen" % what
        if kind not in validators:
            report(False, label, ["schema %s ontbreekt" % kind])
            continue
        report(not validators[kind].is_valid(doc), label,
               ["het schema %s accepteert dit document ten onrechte" % kind])


def main(argv):
    if len(argv) != 2:
        print("gebruik: %s <repo-root>" % argv[0])
        return 2
    root = os.path.abspath(argv[1])
    validators = load_schemas(root)
    check_builtin(validators)
    check_samples(validators, root)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
