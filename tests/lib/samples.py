"""The data samples the tests run on: the one list, shared with the C++ tests.

CMake (tests/CMakeLists.txt) lists every folder of data-samples/ that holds a
regioplan.json, sorted, and passes the names to every Python test in the
environment variable MTVP_DATA_SAMPLES (comma-separated); the C++ tests get the
same list as test::kDataSamples. Run by hand, without ctest, the same rule is
applied here.
"""

import os
import pathlib


def data_samples(root):
    """The sample region folders under <root>/data-samples, as paths, sorted."""
    base = pathlib.Path(root) / "data-samples"
    names = os.environ.get("MTVP_DATA_SAMPLES")
    if names:
        regions = [base / name for name in names.split(",") if name]
    else:
        regions = sorted(p for p in base.iterdir() if (p / "regioplan.json").is_file())
    missing = [str(p) for p in regions if not (p / "regioplan.json").is_file()]
    if missing or not regions:
        raise SystemExit("data samples missing: %s" % (", ".join(missing) or base))
    return regions
