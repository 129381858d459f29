#!/usr/bin/env python3
"""Compares `coil --check` with CPython's compile() over the installed standard library.

Usage: python3 tests/stdlib_check.py PATH_TO_COIL [STDLIB_DIR]

For every .py file under the CPython 3.11 standard library (site-packages excluded),
the file is accepted by CPython when compile(source_bytes, path, "exec") succeeds, and
by coil when `PATH_TO_COIL --check FILE` exits with status 0. Prints the files on which
the two disagree, then `N agree, M disagree`. Exits 1 when any disagree.
"""
import concurrent.futures
import os
import subprocess
import sys
import sysconfig
import warnings


def cpython_accepts(path):
    with open(path, "rb") as f:
        src = f.read()
    try:
        compile(src, path, "exec", dont_inherit=True)
        return True
    except (SyntaxError, ValueError):
        return False


def coil_accepts(coil, path):
    try:
        r = subprocess.run([coil, "--check", path], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, timeout=60)
    except subprocess.TimeoutExpired:
        return False, "timeout"
    err = r.stderr.decode("utf-8", "replace").strip().splitlines()
    return r.returncode == 0, (err[-1] if err else "")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    warnings.simplefilter("ignore")
    coil = os.path.abspath(sys.argv[1])
    stdlib = sys.argv[2] if len(sys.argv) > 2 else sysconfig.get_paths()["stdlib"]
    files = []
    for root, dirs, names in os.walk(stdlib):
        dirs[:] = sorted(d for d in dirs if d != "site-packages")
        for n in sorted(names):
            if n.endswith(".py"):
                files.append(os.path.join(root, n))
    agree, disagree = 0, []
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        coil_results = pool.map(lambda p: coil_accepts(coil, p), files)
        for path, (ok, msg) in zip(files, coil_results):
            cp = cpython_accepts(path)
            if cp == ok:
                agree += 1
            else:
                disagree.append((path, cp, ok, msg))
    for path, cp, ok, msg in disagree:
        who = "CPython accepts, coil rejects" if cp else "CPython rejects, coil accepts"
        print(f"{os.path.relpath(path, stdlib)}: {who}" + (f" ({msg})" if msg else ""))
    print(f"{agree} agree, {len(disagree)} disagree")
    return 1 if disagree else 0


if __name__ == "__main__":
    sys.exit(main())
