"""optparse usage in the style of older benchmark harnesses."""
import optparse
import sys
from optparse import OptionParser, make_option, OptionGroup, OptionValueError


def vcb(option, opt, value, parser, extra):
    parser.values.cb = (opt, value, extra)


def make_parser():
    parser = OptionParser(usage="%prog [options] [benchmark ...]", description="Run the benchmarks and print a short report of what they computed; long description text that needs wrapping at the formatter's width.", version="%prog 1.0", epilog="See the docs.")
    parser.add_option("-n", "--num-runs", type="int", default=5, dest="num_runs", help="Number of times to run the test [default: %default]")
    parser.add_option("-p", "--profile", action="store_true", default=False, help="Run the benchmark through cProfile.")
    parser.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True)
    parser.add_option("-v", action="count", dest="verbosity", help="more output")
    parser.add_option("--take", type="float", metavar="SECONDS", help="how long")
    parser.add_option("-I", "--include", action="append", default=[], help="include a path; may be given several times and this help text is long enough to wrap")
    parser.add_option("--mode", type="choice", choices=["fast", "slow"], default="fast")
    parser.add_option("--const", action="store_const", const=42, dest="answer")
    parser.add_option("--pair", nargs=2, type="int")
    parser.add_option("--cb", action="callback", callback=vcb, type="string", callback_args=("x",))
    parser.add_option(make_option("--made", dest="made", default="m"))
    parser.add_option("--hidden", help=optparse.SUPPRESS_HELP)
    parser.add_option("--a-very-long-option-name-that-overflows", dest="long_one")
    g = OptionGroup(parser, "Dangerous Options", "Caution: use these options at your own risk.")
    g.add_option("-g", action="store_true", help="Group option.")
    parser.add_option_group(g)
    return parser


def run(argv):
    parser = make_parser()
    try:
        opts, args = parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
        return
    print(sorted(vars(opts).items(), key=lambda kv: kv[0]), args)


if __name__ == "__main__":
    parser = make_parser()
    opts, args = parser.parse_args()
    print(opts.num_runs, opts.profile, opts.verbose, args)
    run(["-n", "3", "bench1", "-pv", "-vv", "--take=1.5", "-I", "a", "-Ib", "--mode", "slow", "bench2"])
    run(["--num", "0x10", "--const", "--pair", "1", "2", "--cb", "val", "--made=z", "--", "-n", "x"])
    run(["--nu=017", "-q", "--hid", "h", "--a-very", "long"])
    for bad in (["-x"], ["--num-runs"], ["-n", "abc"], ["--mode", "medium"], ["--profile=yes"], ["--take", "x"], ["--m", "1"], ["--pair", "1"]):
        sys.stderr = sys.stdout
        run(bad)
        sys.stderr = sys.__stderr__
    sys.stderr = sys.stdout
    run(["--version"])
    run(["--help"])
    sys.stderr = sys.__stderr__
    p2 = OptionParser()
    p2.disable_interspersed_args()
    p2.add_option("-a", action="store_true")
    p2.set_defaults(a=False, extra=1)
    o1, a1 = p2.parse_args(["x", "-a"])
    print(o1, a1, p2.parse_args(["-a", "x", "-a"])[0] == {'a': True, 'extra': 1})
    o, a = p2.parse_args([])
    print(o, repr(o)[:8], o.ensure_value('lst', []), p2.get_usage(), p2.format_help())
    print(parser.has_option("-n"), parser.get_option("--mode").choices, str(parser.get_option("-n")))
    try:
        p2.add_option("-a")
    except optparse.OptionConflictError as e:
        print("conflict:", e)
    try:
        optparse.Option("bad")
    except optparse.OptionError as e:
        print("OptionError:", e)
