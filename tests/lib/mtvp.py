"""What the Python tests of the binary share: the command line they are given,
counting checks, running mtvp-monitor, building a region into a folder and
reading its data/resultaten.json.

A test puts this folder on sys.path and imports it:

    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "lib"))
    import mtvp  # noqa: E402

Run with Debian's /usr/bin/python3 (the tests' CMake does).
"""

import json
import pathlib
import shutil
import subprocess


def arguments(argv):
    """(binary, repo root) from `<test> <mtvp-monitor> <repo-root> ...`."""
    return pathlib.Path(argv[1]), pathlib.Path(argv[2])


class Checks:
    """Counts checks and prints every failure: `FAIL  what`, then the detail:
    a text (indented, at most `max_chars` characters) or a list of lines (at
    most `max_details` of them)."""

    def __init__(self, max_chars=2000, max_details=15):
        self.passed = 0
        self.failed = 0
        self.max_chars = max_chars
        self.max_details = max_details

    def check(self, ok, what, detail=""):
        if ok:
            self.passed += 1
            return True
        self.failed += 1
        print(f"FAIL  {what}")
        if isinstance(detail, str):
            if detail:
                print("      " + detail[:self.max_chars].replace("\n", "\n      "))
            return False
        details = list(detail)
        for line in details[:self.max_details]:
            print(f"        {line}")
        if len(details) > self.max_details:
            print(f"        ... en nog {len(details) - self.max_details}")
        return False

    def finish(self, label=""):
        """Prints the counts after `label`; the test's exit code: 1 when any
        check failed."""
        print(f"{label}{self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0


def run(*args, **kw):
    """Runs a command (arguments may be paths); output captured as text."""
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, **kw)


def build(binary, region, out, *extra, **kw):
    """`mtvp-monitor build <region> --out <out> [extra...]`."""
    return run(binary, "build", region, "--out", out, *extra, **kw)


def copy_region(source, folder, name="regio"):
    """A copy of the region `source` in <folder>/<name>, to change freely."""
    region = pathlib.Path(folder) / name
    shutil.copytree(source, region)
    return region


def resultaten_path(out):
    return pathlib.Path(out) / "data" / "resultaten.json"


def resultaten(out):
    """The parsed data/resultaten.json of the site built into `out`."""
    return json.loads(resultaten_path(out).read_text(encoding="utf-8"))
