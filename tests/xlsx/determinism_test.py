#!/usr/bin/python3
"""Same input, same bytes: two builds of a region give byte-identical
workbooks, also when the registry lists its practices in another order; the
only time in a workbook is the peildatum at 00:00 UTC (docProps `created`).

Usage: determinism_test.py <mtvp-monitor> <repo-root>
"""
import json
import pathlib
import shutil
import sys
import tempfile
import zipfile

from xlsx_common import Checker, build, load_json, regions, workbooks, xml_parts

t = Checker()


def created(path):
    for name, root in xml_parts(path):
        if name == "docProps/core.xml":
            for el in root.iter():
                if el.tag.endswith("}created"):
                    return el.text
    return None


def same_files(a, b, where):
    fa, fb = workbooks(a), workbooks(b)
    t.check([f.name for f in fa] == [f.name for f in fb], f"{where}: same workbooks")
    for x, y in zip(fa, fb):
        t.check(x.read_bytes() == y.read_bytes(), f"{where}: {x.name} byte-identical")


def main():
    binary, root = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        for region in regions(root):
            a, b, c = tmp / f"{region.name}-a", tmp / f"{region.name}-b", tmp / f"{region.name}-c"
            build(binary, region, a, "--praktijk-werkboeken")
            build(binary, region, b, "--praktijk-werkboeken")
            same_files(a, b, f"{region.name}: two builds")

            # The registry in reverse order: the workbooks must not care.
            copy = tmp / f"{region.name}-omgekeerd"
            shutil.copytree(region, copy)
            reg = load_json(copy / "praktijken.json")
            reg["praktijken"].reverse()
            (copy / "praktijken.json").write_text(json.dumps(reg, ensure_ascii=False, indent=2), encoding="utf-8")
            build(binary, copy, c, "--praktijk-werkboeken")
            same_files(a, c, f"{region.name}: registry reversed")

            peildatum = load_json(a / "data" / "resultaten.json")["peildatum"]
            for f in workbooks(a):
                t.check(created(f) == f"{peildatum}T00:00:00Z", f"{region.name}/{f.name}: created {created(f)}")
                with zipfile.ZipFile(f) as z:
                    stamps = {i.date_time for i in z.infolist()}
                t.check(stamps == {(1980, 1, 1, 0, 0, 0)}, f"{region.name}/{f.name}: fixed zip member times {stamps}")

        # Another peildatum gives another `created`, and nothing else from the clock.
        region = regions(root)[0]
        d = tmp / "peildatum"
        build(binary, region, d, "--peildatum", "2030-05-17")
        for f in workbooks(d):
            t.check(created(f) == "2030-05-17T00:00:00Z", f"--peildatum 2030-05-17: {f.name} created {created(f)}")
    return t.finish()


if __name__ == "__main__":
    sys.exit(main())
