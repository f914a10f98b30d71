#!/usr/bin/env python3
"""Whole-process timings taken in alternation, for comparisons on a noisy machine.

usage: bench/alternate.py N 'command A' 'command B' ...

Runs every command twice to warm the caches, then N rounds in which each command runs once, in
turn, so a slow moment of the machine hits all of them alike. Prints, per command, the median and
first quartile of the wall time and the median CPU time (user + system, all threads) in ms.
hyperfine runs one command's rounds back to back; on this shared 2-core VM the load moves by
±20 % within a minute, which is larger than the differences being measured.
"""
import resource
import statistics
import subprocess
import sys
import time


def run(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rounds, commands = int(sys.argv[1]), sys.argv[2:]
    walls = {c: [] for c in commands}
    cpus = {c: [] for c in commands}
    for c in commands:
        for _ in range(2):
            run(c)
    for _ in range(rounds):
        for c in commands:
            wall, cpu = run(c)
            walls[c].append(wall)
            cpus[c].append(cpu)
    for c in commands:
        w = sorted(walls[c])
        print(f"wall median {statistics.median(w):6.0f} p25 {w[len(w) // 4]:6.0f} | "
              f"cpu median {statistics.median(cpus[c]):6.0f}  {c}")


if __name__ == "__main__":
    main()
