#!/usr/bin/python3
"""The output folder and the input are never lost, mixed or half-published.

Each check runs the real binary on a synthetic region (and on a copy of it)
in a fresh temporary folder:
- an --out that is the region, contains it or lies inside it (also through
  "..", and through a symbolic link) is refused with exit 2, input untouched;
- a folder made by `synth` is a region: `build` never replaces it;
- only staging folders of ours are cleaned up: a user's `.site.tmp-*` stays;
- empty and repeated options exit 2 with a message;
- a symbolic link as --out stays a link, and its target gets the new site;
- two builds into one --out at once: the second refuses with a message, the
  first publishes a complete site, later builds work;
- SIGTERM and SIGINT during a build: exit 128+signal, previous site intact,
  no staging folder left;
- --verify without a usable TMPDIR: published, its own exit code (5);
- too little memory or too few file descriptors (prlimit): exit 3, a Dutch
  message, no Python-style or library lines, previous site intact, no staging.

Usage: output_safety_test.py <mtvp-monitor> <repo-root>
"""
import hashlib
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile
import time

FAILURES = []


def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what)
    if not ok:
        FAILURES.append(what)


def tree(path):
    h = hashlib.sha256()
    if not path.exists():
        return "afwezig"
    for p in sorted(path.rglob("*")):
        h.update(str(p.relative_to(path)).encode())
        if p.is_file() and not p.is_symlink():
            h.update(p.read_bytes())
    return h.hexdigest()


def run(binary, *args, env=None, prefix=()):
    return subprocess.run([*prefix, str(binary), *map(str, args)], capture_output=True, text=True, env=env)


def staging_left(folder):
    return sorted(p.name for p in folder.iterdir() if ".tmp-" in p.name)


def main():
    binary = pathlib.Path(sys.argv[1]).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        os.chdir(tmp)
        region = tmp / "regio"
        r = run(binary, "synth", "--out", region, "--praktijken", "30", "--seed", "3")
        check(r.returncode == 0, "synth writes a region")
        check((region / ".mtvp-monitor-regio").exists() and not (region / ".mtvp-monitor").exists(),
              "synth marks its folder as a region, not as a site")
        before = tree(region)

        # --out overlapping the input.
        (tmp / "link-naar-regio").symlink_to(region)
        for out, what in [(region, "the region itself"), (tmp, "a folder containing the region"),
                          (region / "site", "a folder inside the region"),
                          (tmp / "x" / ".." / "regio", "the region through '..'"),
                          (tmp / "link-naar-regio", "a symbolic link to the region"),
                          (tmp / "link-naar-regio" / "site", "a folder inside the region through a link")]:
            (tmp / "x").mkdir(exist_ok=True)
            r = run(binary, "build", region, "--out", out)
            check(r.returncode == 2 and "regiomap" in r.stderr, f"--out {what}: refused with exit 2 ({r.returncode})")
        check(tree(region) == before, "the region is untouched by every refused build")
        r = run(binary, "build", "regio", "--out", "regio")
        check(r.returncode == 2 and "mtvp-monitor: fout: --out regio is de regiomap regio;" in r.stderr,
              "build X --out X names the problem")

        # A synth region is never replaced by a site, even as another region's --out.
        other = tmp / "andere-regio"
        shutil.copytree(region, other)
        r = run(binary, "build", region, "--out", other)
        check(r.returncode == 3 and "de map is een regio" in r.stderr and tree(other) == tree(region),
              "a region folder as --out of another region is refused and kept")

        # Options.
        for args, what, message in [
                (["--out", ""], "--out \"\"", "optie --out heeft een lege waarde"),
                (["--out="], "--out=", "optie --out heeft een lege waarde"),
                (["--peildatum="], "--peildatum=", "optie --peildatum heeft een lege waarde"),
                (["--out", "a", "--out", "b"], "--out twice", "optie --out is meer dan eens gegeven"),
                (["--verify", "--verify"], "--verify twice", "optie --verify is meer dan eens gegeven"),
                (["--verify=ja"], "--verify=ja", "optie --verify heeft geen waarde")]:
            r = run(binary, "build", region, *args)
            check(r.returncode == 2 and f"mtvp-monitor: fout: {message}\n" in r.stderr,
                  f"build {what}: exit 2 with \"{message}\" ({r.returncode})")
        check(not (tmp / "site").exists(), "no refused option wrote ./site")
        r = run(binary, "synth", "--out", "")
        check(r.returncode == 2, "synth --out \"\": exit 2")

        # Staging folders: only ours are cleaned up.
        site = tmp / "site"
        user = tmp / ".site.tmp-notities"
        user.mkdir()
        (user / "belangrijk.txt").write_text("van de gebruiker\n")
        user_digits = tmp / ".site.tmp-12"
        user_digits.mkdir()
        (user_digits / "belangrijk.txt").write_text("van de gebruiker\n")
        ours = tmp / ".site.tmp-999999"
        (ours / "praktijken").mkdir(parents=True)
        (ours / ".mtvp-monitor").write_text("x")
        r = run(binary, "build", region, "--out", site)
        check(r.returncode in (0, 1) and (site / "index.html").exists(), "a build publishes the site")
        check((user / "belangrijk.txt").exists() and (user_digits / "belangrijk.txt").exists(),
              "a user's folders named like staging folders are kept")
        check(not ours.exists(), "a staging folder left by a killed run of ours is removed")
        shutil.rmtree(user)
        shutil.rmtree(user_digits)

        # A symbolic link as --out.
        real = tmp / "echte-site"
        run(binary, "build", region, "--out", real, "--peildatum", "2026-06-30")
        link = tmp / "site-link"
        link.symlink_to(real)
        r = run(binary, "build", region, "--out", link, "--peildatum", "2026-12-31")
        ref = tmp / "ref-b"
        run(binary, "build", region, "--out", ref, "--peildatum", "2026-12-31")
        check(r.returncode in (0, 1) and link.is_symlink() and tree(real) == tree(ref),
              "a symbolic link as --out stays a link and its target holds the new site")
        dangling = tmp / "dangling"
        dangling.symlink_to(tmp / "bestaat-niet")
        r = run(binary, "build", region, "--out", dangling)
        check(r.returncode == 2 and dangling.is_symlink() and "symbolische koppeling" in r.stderr,
              "a dangling link as --out is refused and kept")

        # A larger region for the runs that must be caught in the middle.
        big = tmp / "groot"
        run(binary, "synth", "--out", big, "--praktijken", "700", "--seed", "5")
        out = tmp / "uit"
        start = time.monotonic()
        run(binary, "build", big, "--out", out, "--threads", "2", "--peildatum", "2026-06-30")
        duration = time.monotonic() - start
        previous = tree(out)

        # Two builds at once.
        first = subprocess.Popen([str(binary), "build", str(big), "--out", str(out), "--threads", "2",
                                  "--peildatum", "2026-12-31"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                 text=True)
        second = None
        deadline = time.monotonic() + duration * 3 + 10
        while time.monotonic() < deadline and not staging_left(tmp):
            time.sleep(0.01)
        if staging_left(tmp):
            second = run(binary, "build", big, "--out", out, "--threads", "1")
        first.communicate()
        if second is None:
            check(False, "the first build's staging folder was seen")
        else:
            check(second.returncode == 3 and "er schrijft al een andere mtvp-monitor" in second.stderr,
                  f"a second build into the same --out refuses with a message ({second.returncode})")
        check(first.returncode in (0, 1) and (out / "index.html").exists() and
              (out / "data" / "resultaten.json").exists() and (out / ".mtvp-monitor").exists(),
              "the first build publishes a complete site")
        r = run(binary, "build", big, "--out", out, "--threads", "2", "--peildatum", "2026-06-30")
        check(r.returncode in (0, 1) and tree(out) == previous and not staging_left(tmp),
              "a later build works and leaves no staging folder")

        # Signals.
        for sig in (signal.SIGTERM, signal.SIGINT):
            for fraction in (0.2, 0.6):
                proc = subprocess.Popen([str(binary), "build", str(big), "--out", str(out), "--threads", "2",
                                         "--peildatum", "2026-12-31"], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
                time.sleep(duration * fraction)
                proc.send_signal(sig)
                code = proc.wait()
                state = tree(out)
                published = state != previous
                check(code == 128 + sig or (code in (0, 1) and published),
                      f"{sig.name} at {fraction:.0%}: exit {code}")
                check(not staging_left(tmp), f"{sig.name} at {fraction:.0%}: no staging folder left")
                if published:
                    run(binary, "build", big, "--out", out, "--threads", "2", "--peildatum", "2026-06-30")
                check(tree(out) == previous, f"{sig.name} at {fraction:.0%}: the previous site is intact")

        # --verify without a usable TMPDIR.
        env = dict(os.environ, TMPDIR=str(tmp / "geen-map"))
        r = run(binary, "build", region, "--out", tmp / "geverifieerd", "--verify", env=env)
        check(r.returncode == 5 and (tmp / "geverifieerd" / "index.html").exists() and
              "controlebouw (--verify) is mislukt" in r.stderr,
              f"--verify with a missing TMPDIR: published, exit 5 ({r.returncode})")

        # Resource limits. A sanitizer's runtime reserves terabytes of address
        # space and opens files of its own, so the limits say nothing there.
        if os.environ.get("MTVP_SANITIZED"):
            print("skip  resource limits: sanitizer build")
        elif shutil.which("prlimit"):
            # A sweep of limits, so that some end the run inside libxlsxwriter
            # (65 MB crashed in lxw_worksheet_new every time before the headroom check)
            # (which does not check every allocation): each run ends with exit
            # 3 and a Dutch message (or, with enough room, publishes), never
            # on a signal, and no library line (libxlsxwriter's "[ERROR]",
            # "[WARNING]") or Python-style text reaches stderr.
            limits = [(f"--as={mb * 1_000_000}", f"memory ({mb} MB)") for mb in (30, 45, 60, 65, 70, 75, 90, 120)]
            limits += [(f"--nofile={n}", f"file descriptors ({n})") for n in (12, 16, 20, 24)]
            for limit, what in limits:
                r = run(binary, "build", big, "--out", out, "--threads", "2", "--praktijk-werkboeken",
                        "--peildatum", "2026-06-30", prefix=("prlimit", limit))
                lines = [l for l in r.stderr.splitlines() if not l.startswith(f"mtvp-monitor: fout: {big}/")]
                ours = [l for l in lines if l.startswith("mtvp-monitor: fout: ")]
                foreign = [l for l in r.stderr.splitlines() if not l.startswith("mtvp-monitor: ")]
                check(r.returncode >= 0, f"too little {what}: no crash (signal {-r.returncode})")
                check(not foreign, f"too little {what}: only our own lines on stderr ({foreign[:2]})")
                if r.returncode == 3:
                    check(bool(ours), f"too little {what}: exit 3 with a Dutch message ({ours[:1]})")
                    check(tree(out) == previous and not staging_left(tmp),
                          f"too little {what}: previous site intact, no staging folder")
                else:
                    check(r.returncode in (0, 1), f"too little {what}: exit 3, or built ({r.returncode})")
                    check(not staging_left(tmp), f"too little {what}: no staging folder")
                    run(binary, "build", big, "--out", out, "--threads", "2", "--peildatum", "2026-06-30")
                    check(tree(out) == previous, f"too little {what}: the site is rebuilt as before")
        else:
            print("skip  prlimit not installed")
    print(f"{len(FAILURES)} failed")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
