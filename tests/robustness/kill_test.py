#!/usr/bin/python3
"""Kills `mtvp-monitor build` with SIGKILL at random moments, many times, and
checks that the output folder always holds either the complete previous
output or the complete new one: never a mix, never nothing.

Two peildatums give two different, known outputs A and B. Each round starts a
build towards the state that is not there now and kills it after a random
delay within the measured build time.

Usage: kill_test.py <mtvp-monitor> <repo-root> [rounds] [region]
"""
import hashlib
import os
import pathlib
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

PEILDATUMS = {"A": "2026-06-30", "B": "2026-12-31"}


def tree(path):
    """Hash of every file name and content under path (visible or not)."""
    h = hashlib.sha256()
    if not path.exists():
        return "afwezig"
    for p in sorted(path.rglob("*")):
        h.update(str(p.relative_to(path)).encode())
        if p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()


def build(binary, region, out, state):
    return subprocess.Popen([str(binary), "build", str(region), "--out", str(out), "--peildatum", PEILDATUMS[state]],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    binary, root = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    region = pathlib.Path(sys.argv[4]) if len(sys.argv) > 4 else root / "data-samples" / "utrecht"
    rng = random.Random(20261123)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        known = {}
        for state in PEILDATUMS:
            ref = tmp / f"ref-{state}"
            start = time.monotonic()
            build(binary, region, ref, state).wait()
            known[state] = (tree(ref), time.monotonic() - start)
        if known["A"][0] == known["B"][0]:
            print("FAIL  the two peildatums must give different outputs")
            return 1
        duration = max(t for _, t in known.values())
        out = tmp / "site"
        build(binary, region, out, "A").wait()
        current = "A"
        outcomes = {"oud": 0, "nieuw": 0}
        failures = 0
        for i in range(rounds):
            target = "B" if current == "A" else "A"
            proc = build(binary, region, out, target)
            time.sleep(rng.uniform(0, duration * 1.2))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            state = tree(out)
            if state == known[current][0]:
                outcomes["oud"] += 1
            elif state == known[target][0]:
                outcomes["nieuw"] += 1
                current = target
            else:
                failures += 1
                print(f"FAIL  round {i}: output is neither the old nor the new state "
                      f"({sorted(p.name for p in out.iterdir()) if out.exists() else 'missing'})")
                break
        # A normal run afterwards cleans up whatever the killed runs left.
        build(binary, region, out, "A").wait()
        leftovers = [p.name for p in tmp.iterdir() if p.name.startswith(".site.tmp-")]
        if leftovers:
            failures += 1
            print(f"FAIL  staging folders left after a normal run: {leftovers}")
        print(f"kill test: {rounds} rounds, build takes {duration * 1000:.0f} ms; killed before the swap "
              f"{outcomes['oud']} times, after it {outcomes['nieuw']} times")
        print(f"{sum(outcomes.values())} passed, {failures} failed")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
