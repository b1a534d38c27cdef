#!/usr/bin/python3
"""Privacy check over the built insurer output (every file whose path names
the zorgverzekeraar: its HTML pages and its workbook).

For every data sample and for the hostile-text fixture it builds the site and
collects what must never reach the insurer: AGB codes, practice names, the
pseudonyms of intervisie participants, and the free text of submissions
(toelichting, onderbouwing). It then searches the insurer files' text (HTML
with entities decoded and tags stripped; every string cell of the workbook)
for each of them.

Usage: check_insurer_output.py <mtvp-monitor> <repo-root>
"""
import html
import json
import pathlib
import re
import sys
import tempfile
import zipfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib"))
import mtvp  # noqa: E402
from samples import data_samples  # noqa: E402

CHECKS = mtvp.Checks()
check = CHECKS.check


def plan_text(region):
    """Every string of the regioplan: public, so never a leak by itself."""
    def strings(v):
        if isinstance(v, str):
            yield v
        elif isinstance(v, dict):
            for x in v.values():
                yield from strings(x)
        elif isinstance(v, list):
            for x in v:
                yield from strings(x)
    return "\n".join(strings(json.loads((region / "regioplan.json").read_text(encoding="utf-8"))))


def secrets(region):
    """(kind, text) pairs that must not appear in insurer output."""
    public = plan_text(region)
    out = set()
    reg = json.loads((region / "praktijken.json").read_text(encoding="utf-8"))
    for p in reg["praktijken"]:
        out.add(("AGB-code", p["agb"]))
        out.add(("praktijknaam", p["naam"]))
    for f in sorted((region / "inzendingen").rglob("*.json")):
        try:
            s = json.loads(f.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        if not isinstance(s, dict):
            continue
        texts = [s.get("toelichting")] + [i.get("onderbouwing") for i in s.get("interventies", []) if isinstance(i, dict)]
        for t in texts:
            if isinstance(t, str) and len(t.strip()) >= 12:
                # A distinctive stretch of the text is enough to find a leak,
                # whatever markup it ended up in.
                words = re.sub(r"[*_`#>\[\]()]", " ", t).split()
                for start in range(0, max(1, len(words) - 5), 6):
                    stretch = " ".join(words[start:start + 6])
                    # A text may open with an intervention's name, which the
                    # insurer does see; only text of the practice's own counts.
                    if len(stretch) >= 12 and stretch not in public:
                        out.add(("vrije tekst", stretch))
        for b in s.get("intervisie", []):
            if isinstance(b, dict) and isinstance(b.get("deelnemers"), list):
                for name in b["deelnemers"]:
                    if isinstance(name, str) and len(name) >= 3:
                        out.add(("pseudoniem", name))
    return out


def insurer_texts(site):
    texts = {}
    for f in sorted(site.rglob("*")):
        if not f.is_file() or "zorgverzekeraar" not in str(f.relative_to(site)):
            continue
        if f.suffix == ".html":
            raw = f.read_text(encoding="utf-8")
            text = html.unescape(re.sub(r"<[^>]+>", " ", raw))
            texts[str(f.relative_to(site))] = " ".join(text.split()) + "\n" + raw
        elif f.suffix == ".xlsx":
            parts = []
            with zipfile.ZipFile(f) as z:
                for name in z.namelist():
                    if name.endswith(".xml"):
                        xml = z.read(name).decode("utf-8", errors="replace")
                        parts += [html.unescape(t) for t in re.findall(r">([^<]+)<", xml)]
            texts[str(f.relative_to(site))] = "\n".join(parts)
    return texts


def main():
    binary, root = mtvp.arguments(sys.argv)
    regions = data_samples(root)
    with tempfile.TemporaryDirectory() as tmp:
        for region in regions:
            site = pathlib.Path(tmp) / region.name
            r = mtvp.build(binary, region, site)
            check(r.returncode in (0, 1), f"{region.name}: builds")
            texts = insurer_texts(site)
            check(bool(texts), f"{region.name}: the build has insurer output to check ({len(texts)} files)")
            leaks = []
            for kind, secret in sorted(secrets(region)):
                for name, text in texts.items():
                    if secret in text:
                        leaks.append(f"{kind} {secret!r} in {name}")
            check(not leaks, f"{region.name}: insurer output holds no AGB code, name, pseudonym or free text:\n  "
                  + "\n  ".join(leaks[:20]))
    return CHECKS.finish()


if __name__ == "__main__":
    sys.exit(main())
