import os
os.environ["COLUMNS"] = "80"
import argparse
p = argparse.ArgumentParser(prog="calc", description="Calculator")
sub = p.add_subparsers(dest="cmd")
a = sub.add_parser("add")
a.add_argument("x", type=int)
a.add_argument("y", type=int)
m = sub.add_parser("mul")
m.add_argument("nums", type=float, nargs="+")
p.add_argument("--precision", "-p", type=int, default=2)
for argv in [["add", "2", "3"], ["-p", "4", "mul", "1.5", "2", "3"], ["mul", "2"]]:
    ns = p.parse_args(argv)
    print(ns)
    if ns.cmd == "add":
        print(ns.x + ns.y)
    else:
        r = 1.0
        for n in ns.nums:
            r *= n
        print(f"{r:.{ns.precision}f}")
g = argparse.ArgumentParser(prog="g")
grp = g.add_mutually_exclusive_group()
grp.add_argument("--on", action="store_true")
grp.add_argument("--off", action="store_true")
g.add_argument("--name", default="x", metavar="NAME", help="the name")
g.add_argument("--pair", nargs=2, type=int)
g.add_argument("--const", action="store_const", const=42)
print(g.parse_args(["--on", "--pair", "1", "2", "--const"]))
print(g.parse_known_args(["--off", "extra", "--zzz"]))
g.print_usage()
