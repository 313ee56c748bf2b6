#!/usr/bin/env python3
"""Times two commands run alternately, one run of each in turn (A B A B ...), so that a machine whose speed drifts
from second to second slows both alike: what make bench compares in its rows "in turns".

    alternate.py RUNS PREPARE_A COMMAND_A PREPARE_B COMMAND_B

A COMMAND is a command line as a shell would split it; it runs without a shell (posix_spawn, as hyperfine -N does),
with standard input, output and error on /dev/null, and the wall time from the spawn to its end is taken. A PREPARE
(empty: none) runs through bash before each run of its command, untimed. Two untimed pairs first.
Prints "A_MEDIAN_MS B_MEDIAN_MS B/A MIN_B/MIN_A": the medians of each, their ratio, and the ratio of the fastest runs.
"""
import os
import shlex
import statistics
import subprocess
import sys
import time


def timed(argv):
    actions = [(os.POSIX_SPAWN_OPEN, fd, "/dev/null", os.O_RDONLY if fd == 0 else os.O_WRONLY, 0) for fd in (0, 1, 2)]
    start = time.perf_counter_ns()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
    os.waitpid(pid, 0)
    return (time.perf_counter_ns() - start) / 1e6


def run(prepare, argv):
    if prepare:
        subprocess.run(["bash", "-c", prepare], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=False)
    return timed(argv)


def main():
    runs = int(sys.argv[1])
    prepare_a, command_a, prepare_b, command_b = sys.argv[2:6]
    a_argv, b_argv = shlex.split(command_a), shlex.split(command_b)
    a, b = [], []
    for turn in range(runs + 2):
        first, second = run(prepare_a, a_argv), run(prepare_b, b_argv)
        if turn >= 2:
            a.append(first)
            b.append(second)
    ma, mb = statistics.median(a), statistics.median(b)
    print("%.1f %.1f %.2f %.2f" % (ma, mb, mb / ma, min(b) / min(a)))


if __name__ == "__main__":
    main()
