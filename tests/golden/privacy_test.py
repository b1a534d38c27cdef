#!/usr/bin/env python3
"""Privacy of the rendered site, checked on every data sample and golden case.

- The insurer page (zorgverzekeraar/index.html) holds no practice name, AGB
  code or wijk, and no free text from a submission or from afwijkingen.json
  (toelichting, onderbouwing, meeting kinds the plan does not name, reasons).
- A practice page (praktijken/<agb>/index.html) holds no other practice's
  name or AGB code.

    privacy_test.py <mtvp-monitor> <source dir>
"""
import html
import json
import re
import subprocess
import pathlib
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib"))
from samples import data_samples  # noqa: E402

WINDOW = 5  # words: a run this long from a practice's own text must not appear


class TextOnly(HTMLParser):
    """The text a reader sees, without tags, styles or scripts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def normalise(text):
    return " " + " ".join(text.split()) + " "


def page_texts(path):
    raw = path.read_text(encoding="utf-8")
    parser = TextOnly()
    parser.feed(raw)
    # Attribute values count too (title, data-*): search the unescaped source as well.
    return raw, normalise(" ".join(parser.parts)), normalise(html.unescape(raw))


def words(text):
    # Markdown punctuation and link targets are not text a reader sees.
    text = re.sub(r"\]\([^)]*\)", " ", text)
    return re.findall(r"[0-9A-Za-zÀ-ÿ'’-]+", text)


def all_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from all_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from all_strings(v)


def region_facts(region):
    plan = json.loads((region / "regioplan.json").read_text(encoding="utf-8"))
    praktijken = json.loads((region / "praktijken.json").read_text(encoding="utf-8"))["praktijken"]
    known_kinds = {"intervisie", "uitwisselbijeenkomst"}
    for rules in plan.get("intervisie", {}).values():
        known_kinds.update(r["bijeenkomst"] for r in rules if "bijeenkomst" in r)
    free = []  # (where, text)
    for f in sorted((region / "inzendingen").rglob("*.json")):
        try:
            doc = json.loads(f.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        if not isinstance(doc, dict):
            continue
        where = str(f.relative_to(region))
        if isinstance(doc.get("toelichting"), str):
            free.append((where + " toelichting", doc["toelichting"]))
        for i in doc.get("interventies") or []:
            if isinstance(i, dict) and isinstance(i.get("onderbouwing"), str):
                free.append((where + " onderbouwing", i["onderbouwing"]))
        for b in doc.get("intervisie") or []:
            if isinstance(b, dict) and isinstance(b.get("soort"), str) and b["soort"] not in known_kinds:
                free.append((where + " intervisie/soort", b["soort"]))
    afw = region / "afwijkingen.json"
    if afw.exists():
        for a in json.loads(afw.read_text(encoding="utf-8")).get("afwijkingen", []):
            for key in ("reden", "goedgekeurd_door"):
                if isinstance(a.get(key), str):
                    free.append((f"afwijkingen.json {key}", a[key]))
    plan_text = normalise(" ".join(all_strings(plan)))
    return praktijken, free, plan_text


def leaked_free_text(text, page_text, plan_text):
    """A run of WINDOW words of `text` on the page that the regioplan does not also contain."""
    w = words(text)
    runs = [w[i:i + WINDOW] for i in range(max(1, len(w) - WINDOW + 1))]
    for run in runs:
        fragment = " " + " ".join(run) + " "
        if len(fragment.strip()) >= 12 and fragment in page_text and fragment not in plan_text:
            return fragment.strip()
    return None


def main():
    binary, source = sys.argv[1], Path(sys.argv[2])
    regions = data_samples(source)
    regions += sorted(p / "invoer" for p in (source / "tests" / "golden").iterdir() if (p / "invoer").is_dir())
    passed = failed = 0

    def check(ok, label, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"MISLUKT {label}: {detail}")

    for region in regions:
        name = region.parent.name if region.name == "invoer" else region.name
        praktijken, free, plan_text = region_facts(region)
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "site"
            proc = subprocess.run([binary, "build", str(region), "--out", str(out)], capture_output=True, text=True)
            if proc.returncode not in (0, 1) or re.search(r"AddressSanitizer|runtime error:|LeakSanitizer", proc.stderr):
                check(False, name, f"build gaf afsluitcode {proc.returncode}: {proc.stderr}")
                continue

            insurer = out / "zorgverzekeraar" / "index.html"
            check(insurer.exists(), f"{name}: zorgverzekeraar/index.html", "niet geschreven")
            if insurer.exists():
                raw, text, unescaped = page_texts(insurer)
                problems = []
                for p in praktijken:
                    if p["agb"] in raw:
                        problems.append(f"AGB-code {p['agb']}")
                    if p["naam"] in unescaped:
                        problems.append(f"naam {p['naam']!r}")
                    wijk = p.get("wijk")
                    if wijk and re.search(r"(?<![\w-])" + re.escape(wijk) + r"(?![\w-])", unescaped):
                        problems.append(f"wijk {wijk!r}")
                for where, t in free:
                    fragment = leaked_free_text(t, text, plan_text) or leaked_free_text(t, unescaped, plan_text)
                    if fragment:
                        problems.append(f"vrije tekst uit {where}: {fragment!r}")
                    elif len(t.strip()) >= 12 and normalise(t) in unescaped and normalise(t) not in plan_text:
                        problems.append(f"vrije tekst uit {where}: {t.strip()!r}")
                check(not problems, f"{name}: zorgverzekeraar bevat geen praktijkgegevens", "; ".join(problems))
                if not problems:
                    print(f"ok      {name}: zorgverzekeraar nagekeken op {len(praktijken)} praktijken en "
                          f"{len(free)} vrije teksten")

            bad_pages = []
            for p in praktijken:
                page = out / "praktijken" / p["agb"] / "index.html"
                if not page.exists():
                    bad_pages.append(f"{p['agb']}: niet geschreven")
                    continue
                raw, _, unescaped = page_texts(page)
                for other in praktijken:
                    if other["agb"] == p["agb"]:
                        continue
                    if other["agb"] in raw:
                        bad_pages.append(f"{p['agb']} noemt AGB-code {other['agb']}")
                    if other["naam"] not in p["naam"] and other["naam"] in unescaped:
                        bad_pages.append(f"{p['agb']} noemt {other['naam']!r}")
            check(not bad_pages, f"{name}: praktijkpagina's noemen geen andere praktijk", "; ".join(bad_pages))
            if not bad_pages:
                print(f"ok      {name}: {len(praktijken)} praktijkpagina's noemen geen andere praktijk")
    print(f"\n{passed} passed, {failed} failed")
    return 1 if failed or not regions else 0


if __name__ == "__main__":
    sys.exit(main())
