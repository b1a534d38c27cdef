#!/usr/bin/python3
"""Benchmark: mtvp-monitor build on synthetic regions, with Hugo as reference.

For each size (default 500, 5,000 and 15,000 practices) it writes a region
with `mtvp-monitor synth`, then runs the full default build several times and
prints the median wall time, CPU time (user + system), peak memory (max RSS),
pages per second and bytes written. In the same run Debian's `hugo` renders
one page per practice from the same results (bench/hugo/: the verdicts,
interventions and trajectory of every practice, from data/resultaten.json,
with the site's stylesheet inline), and the table gives our wall time as a
fraction of Hugo's. For the middle size it also times the opt-in practice
workbooks (--praktijk-werkboeken).

With --baseline (a binary of an earlier commit) it times that binary on the
same regions in the same run, its runs taken in turn with ours, and prints
its row and the ratios below ours: before and after in one run.

Usage: bench/bench.py [--sizes 500,5000,15000] [--runs N] [--threads N]
                      [--workdir DIR] [--binary PATH] [--baseline PATH]
Without --binary it builds a Release binary in build-bench/ first. The work
folder defaults to /dev/shm (memory), so the disk does not set the pace;
pass --workdir to measure on disk.
"""
import argparse
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


# Runs the command given as arguments and prints its wall time, CPU time and
# peak RSS as JSON. It runs in a fresh interpreter: a child forked straight
# from this script would count this script's memory (the results it read for
# the Hugo site) in its peak RSS until it execs.
MEASURE = """
import json, os, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
stderr = proc.stderr.read()
_, status, usage = os.wait4(proc.pid, 0)
print(json.dumps({"wall": time.perf_counter() - start, "cpu": usage.ru_utime + usage.ru_stime,
                  "rss": usage.ru_maxrss * 1024, "code": os.waitstatus_to_exitcode(status),
                  "stderr": stderr.decode(errors="replace")[-2000:]}))
"""


def run_measured(args):
    """Runs `args`; returns (wall s, cpu s, peak RSS bytes). Fails loudly."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *[str(a) for a in args]], capture_output=True, text=True,
                         check=True)
    m = json.loads(out.stdout)
    # Exit code 1 is a finished build whose input has errors: synth puts a
    # few invalid submissions in on purpose.
    if m["code"] not in (0, 1):
        sys.exit(f"{args[0]} failed ({m['code']}): {m['stderr']}")
    return m["wall"], m["cpu"], m["rss"]


def tree_size(path):
    files = [p for p in pathlib.Path(path).rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files), sum(1 for p in files if p.suffix == ".html")


def median_runs(runs, fn):
    samples = [fn() for _ in range(runs)]
    return tuple(statistics.median(s[i] for s in samples) for i in range(3))


def median_runs_in_turn(runs, fns):
    """Like median_runs for several commands, one run of each in turn, so a
    change in the machine's load falls on all of them alike."""
    samples = [[] for _ in fns]
    for _ in range(runs):
        for fn, s in zip(fns, samples):
            s.append(fn())
    return [tuple(statistics.median(x[i] for x in s) for i in range(3)) for s in samples]


def hugo_site(results_json, site, stylesheet):
    """A Hugo site with one content page per practice, its results as front matter."""
    if site.exists():
        shutil.rmtree(site)
    shutil.copytree(ROOT / "bench" / "hugo", site)
    (site / "data").mkdir()
    (site / "data" / "stijl.json").write_text(json.dumps({"css": stylesheet}), encoding="utf-8")
    content = site / "content" / "praktijken"
    content.mkdir(parents=True)
    (content / "_index.md").write_text('{"title": "Praktijken"}\n', encoding="utf-8")
    results = json.loads(results_json.read_text(encoding="utf-8"))
    for p in results["praktijken"]:
        front = {"title": p["naam"], "praktijk": p}
        (content / f"{p['agb']}.md").write_text(json.dumps(front, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(results["praktijken"])


def fmt_mib(b):
    return f"{b / 2**20:,.0f} MiB"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="500,5000,15000")
    ap.add_argument("--runs", type=int, default=5, help="runs per measurement; the median is shown (3 above 5,000)")
    ap.add_argument("--threads", type=int, default=0, help="mtvp-monitor --threads (default: every core)")
    ap.add_argument("--workdir", default="/dev/shm" if os.path.isdir("/dev/shm") else "/tmp")
    ap.add_argument("--binary")
    ap.add_argument("--baseline", help="a second mtvp-monitor (an earlier commit) to time in the same run")
    ap.add_argument("--no-hugo", action="store_true")
    opts = ap.parse_args()

    binary = pathlib.Path(opts.binary) if opts.binary else None
    if binary is None:
        subprocess.run(["cmake", "-S", ROOT, "-B", ROOT / "build-bench", "-DCMAKE_BUILD_TYPE=Release",
                        "-DMTVP_BUILD_TESTS=OFF"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["cmake", "--build", ROOT / "build-bench", f"-j{os.cpu_count()}"], check=True,
                       stdout=subprocess.DEVNULL)
        binary = ROOT / "build-bench" / "mtvp-monitor"
    hugo = None if opts.no_hugo else shutil.which("hugo")
    if not opts.no_hugo and not hugo:
        sys.exit("hugo not found: apt-get install hugo (or --no-hugo)")
    work = pathlib.Path(opts.workdir) / f"mtvp-bench-{os.getpid()}"
    work.mkdir(parents=True)
    stylesheet = (ROOT / "templates" / "stijl.css").read_text(encoding="utf-8")
    threads = ["--threads", str(opts.threads)] if opts.threads else []

    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
    baseline = pathlib.Path(opts.baseline) if opts.baseline else None
    if baseline:
        b_version = subprocess.run([baseline, "--version"], capture_output=True, text=True).stdout.strip()
        print(f"# baseline: {baseline} ({b_version})")
    hugo_version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.split()[1] if hugo else "-"
    print(f"# {version}; hugo {hugo_version}; {os.cpu_count()} cores; work folder {opts.workdir}")
    print(f"# medians of {opts.runs} runs (3 above 5,000 practices); times in seconds\n")
    header = ("| practices | pages | wall | CPU | peak mem | pages/s | written | wall per 1,000 | "
              "hugo wall | hugo CPU | hugo mem | hugo written | ours / hugo |")
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    rows = []
    try:
        for n in [int(s) for s in opts.sizes.split(",")]:
            runs = opts.runs if n <= 5000 else min(opts.runs, 3)
            region, out = work / f"regio-{n}", work / f"site-{n}"
            subprocess.run([binary, "synth", "--praktijken", str(n), "--seed", "1", "--out", region], check=True,
                           stdout=subprocess.DEVNULL)

            def ours():
                shutil.rmtree(out, ignore_errors=True)
                return run_measured([binary, "build", region, "--out", out, *threads])

            def base():
                shutil.rmtree(out, ignore_errors=True)
                return run_measured([baseline, "build", region, "--out", out, *threads])

            if baseline:
                # Ours last, so the tree measured below is ours.
                (b_wall, b_cpu, b_mem), (wall, cpu, mem) = median_runs_in_turn(runs, [base, ours])
            else:
                wall, cpu, mem = median_runs(runs, ours)
            files, written, pages = tree_size(out)
            row = [f"{n:,}", f"{pages:,}", f"{wall:.2f}", f"{cpu:.2f}", fmt_mib(mem), f"{pages / wall:,.0f}",
                   fmt_mib(written), f"{wall / n * 1000:.3f}"]
            if hugo:
                site, hugo_out = work / f"hugo-{n}", work / f"hugo-out-{n}"
                hugo_site(out / "data" / "resultaten.json", site, stylesheet)

                def reference():
                    shutil.rmtree(hugo_out, ignore_errors=True)
                    return run_measured([hugo, "--quiet", "-s", site, "-d", hugo_out])

                h_wall, h_cpu, h_mem = median_runs(runs, reference)
                _, h_written, h_pages = tree_size(hugo_out)
                row += [f"{h_wall:.2f}", f"{h_cpu:.2f}", fmt_mib(h_mem), fmt_mib(h_written), f"{wall / h_wall:.2f}"]
                shutil.rmtree(site)
                shutil.rmtree(hugo_out, ignore_errors=True)
                if h_pages < n:
                    sys.exit(f"hugo wrote {h_pages} pages for {n} practices")
            else:
                row += ["-", "-", "-", "-", "-"]
            print("| " + " | ".join(row) + " |", flush=True)
            if baseline:
                print(f"|   baseline: {n:,} | | {b_wall:.2f} | {b_cpu:.2f} | {fmt_mib(b_mem)} | | | | | | | | "
                      f"ours / baseline: wall {wall / b_wall:.2f}, CPU {cpu / b_cpu:.2f}, mem {mem / b_mem:.2f} |",
                      flush=True)
            rows.append((n, wall, cpu))
            if n == 5000:
                def workbooks():
                    shutil.rmtree(out, ignore_errors=True)
                    return run_measured([binary, "build", region, "--out", out, "--praktijk-werkboeken", *threads])

                w_wall, w_cpu, w_mem = median_runs(runs, workbooks)
                _, w_written, _ = tree_size(out)
                print(f"|   with --praktijk-werkboeken: {n:,} more workbooks | | {w_wall:.2f} | {w_cpu:.2f} | "
                      f"{fmt_mib(w_mem)} | | {fmt_mib(w_written)} | | | | | | |", flush=True)
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(region)
        if len(rows) >= 2:
            (n0, w0, c0), (n1, w1, c1) = rows[0], rows[-1]
            print(f"\n# growth {n0:,} -> {n1:,} practices (x{n1 / n0:.0f}): wall x{w1 / w0:.1f}, CPU x{c1 / c0:.1f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
