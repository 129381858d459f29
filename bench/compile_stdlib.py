"""Time CPython's compile() over its installed stdlib and `coil --check` over the same files.

Usage: python3 bench/compile_stdlib.py [COIL] [--limit N] [--batch K] [--repeat R]
                                      [--show-disagreements]

COIL defaults to target/release/coil. Every .py file under the stdlib directory is read
(site-packages excluded); CPython compiles each in-process with compile(); coil checks each
with `coil --check FILE` (one process per file, or K files per process with --batch K when
coil accepts several). The coil time includes process start-up, so the start-up cost of
`coil --check` on an empty file is measured too and subtracted in the corrected ratio.
Files CPython rejects (the stdlib carries a few deliberately bad ones) are left out of both.
Disagreements (coil rejects a file CPython accepts) are counted: they are parser bugs.
Both wall time and CPU time (user + system; for coil, of its child processes) are shown:
on a busy machine the CPU-time ratio is the steadier one. --repeat R runs CPython and coil
alternately R times and reports the best run of each.
"""
import os
import resource
import subprocess
import sys
import sysconfig
import tempfile
import time
import warnings


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames
                             if d not in ("site-packages", "dist-packages", "__pycache__"))
        for f in sorted(filenames):
            if f.endswith(".py"):
                out.append(os.path.join(dirpath, f))
    return root, out


def main(argv):
    coil = "target/release/coil"
    limit = None
    batch = 1
    repeat = 1
    show = False
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--limit":
            limit = int(args.pop(0))
        elif a == "--batch":
            batch = max(1, int(args.pop(0)))
        elif a == "--repeat":
            repeat = max(1, int(args.pop(0)))
        elif a == "--show-disagreements":
            show = True
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            coil = a
    root, files = stdlib_files()
    if limit is not None:
        files = files[:limit]

    sources = []
    rejected_by_cpython = 0
    for path in files:
        with open(path, "rb") as fh:
            sources.append((path, fh.read()))

    warnings.simplefilter("ignore")  # the stdlib's test data provokes SyntaxWarnings

    def run_cpython():
        good = []
        rejected = 0
        w0, c0 = time.perf_counter(), time.process_time()
        for path, src in sources:
            try:
                compile(src, path, "exec", dont_inherit=True)
                good.append(path)
            except (SyntaxError, ValueError):
                rejected += 1
        return good, rejected, time.perf_counter() - w0, time.process_time() - c0

    def children_cpu():
        r = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime

    def run_coil(good):
        disagreements = []
        processes = 0
        w0, c0 = time.perf_counter(), children_cpu()
        for i in range(0, len(good), batch):
            chunk = good[i:i + batch]
            r = subprocess.run([coil, "--check"] + chunk, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
            processes += 1
            if r.returncode != 0:
                disagreements.append((chunk, r.stderr.decode("utf-8", "replace").strip()))
        return disagreements, processes, time.perf_counter() - w0, children_cpu() - c0

    good, rejected_by_cpython, cpython_time, cpython_cpu = run_cpython()
    good_set = set(good)
    total_bytes = sum(len(src) for path, src in sources if path in good_set)
    print("stdlib: %s" % root)
    print("files: %d (%d rejected by CPython and left out), %.1f MB"
          % (len(good), rejected_by_cpython, total_bytes / 1e6))

    if not (os.path.isfile(coil) and os.access(coil, os.X_OK)):
        print("CPython %s compile(): %.3f s" % (sys.version.split()[0], cpython_time))
        print("coil: not found at %s (build it: cargo build --release -p coil)" % coil)
        return 1

    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        empty = fh.name
    startup_runs = 20
    t0, c0 = time.perf_counter(), children_cpu()
    for _ in range(startup_runs):
        subprocess.run([coil, "--check", empty], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    startup = (time.perf_counter() - t0) / startup_runs
    startup_cpu = (children_cpu() - c0) / startup_runs
    os.unlink(empty)

    disagreements, processes, coil_time, coil_cpu = run_coil(good)
    for _ in range(repeat - 1):
        _, _, w, c = run_cpython()
        cpython_time, cpython_cpu = min(cpython_time, w), min(cpython_cpu, c)
        _, _, w, c = run_coil(good)
        coil_time, coil_cpu = min(coil_time, w), min(coil_cpu, c)
    corrected = max(coil_time - processes * startup, 1e-9)
    corrected_cpu = max(coil_cpu - processes * startup_cpu, 1e-9)

    best = " (best of %d)" % repeat if repeat > 1 else ""
    print("CPython %s compile(): %.3f s wall, %.3f s CPU%s"
          % (sys.version.split()[0], cpython_time, cpython_cpu, best))
    print("coil --check: %.3f s wall, %.3f s CPU in %d processes (start-up %.2f ms each; "
          "%.3f s wall without it)%s"
          % (coil_time, coil_cpu, processes, startup * 1e3, corrected, best))
    print("ratio coil/CPython: %.2fx wall, %.2fx without start-up; %.2fx CPU, %.2fx CPU without start-up"
          % (coil_time / cpython_time, corrected / cpython_time,
             coil_cpu / cpython_cpu, corrected_cpu / cpython_cpu))
    n_bad = sum(len(c) for c, _ in disagreements)
    print("disagreements: %d file(s) in %d process(es) that CPython compiles but coil rejects"
          % (n_bad, len(disagreements)))
    if show:
        for chunk, err in disagreements:
            last = err.splitlines()[-1] if err else "(no message)"
            print("  %s: %s" % (chunk[0] if len(chunk) == 1 else "%s (+%d)" % (chunk[0], len(chunk) - 1),
                                last))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
