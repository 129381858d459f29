"""Differential test runner: coil's lib/ modules against CPython's own.

Run with CPython 3.11:  python3 lib/_test/run.py [--selfhost] [module ...]

Every lib module is loaded under the name `coil_<module>` (never shadowing the
real one) and each test file test_<module>.py runs the same probes against both;
values are compared by repr, exceptions by type and message.

With --selfhost, CPython's copies of all lib modules are set aside and lib's
are imported under their real names (lib/ first on sys.path), so lib's
modules use each other as they will inside coil.
"""

import importlib
import importlib.util
import os
import sys
import traceback

# coil's VM provides sys._getframemodulename (CPython 3.12's API); lib uses
# it to name the module of classes made by namedtuple() & co. CPython 3.11
# lacks it, so the tests install an equivalent.
if not hasattr(sys, '_getframemodulename'):
    def _getframemodulename(depth=0):
        return sys._getframe(depth + 1).f_globals.get('__name__')
    sys._getframemodulename = _getframemodulename

LIB = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_SHOWN = int(os.environ.get("MAX_SHOWN", 8))
HERE = os.path.dirname(os.path.abspath(__file__))


def load_ours(name):
    """Load lib/<name>.py (or lib/<name>/__init__.py) as module coil_<name>."""
    alias = 'coil_' + name.replace('.', '_')
    if alias in sys.modules:
        return sys.modules[alias]
    parts = name.split('.')
    path = os.path.join(LIB, *parts)
    if os.path.isdir(path):
        spec = importlib.util.spec_from_file_location(
            alias, os.path.join(path, '__init__.py'),
            submodule_search_locations=[path])
    else:
        spec = importlib.util.spec_from_file_location(alias, path + '.py')
    mod = importlib.util.module_from_spec(spec)
    sys.modules[alias] = mod
    spec.loader.exec_module(mod)
    return mod


def outcome(fn, mod):
    try:
        value = fn(mod)
    except Exception as e:  # noqa: BLE001 - we compare exceptions too
        return ('raise', type(e).__name__, str(e))
    try:
        return ('ok', repr(value))
    except Exception as e:  # noqa: BLE001
        return ('repr-raise', type(e).__name__, str(e))


SELFHOST = {}


def lib_module_names():
    names = []
    for entry in sorted(os.listdir(LIB)):
        if entry.startswith('_') and entry != '__future__.py':
            continue
        path = os.path.join(LIB, entry)
        if entry.endswith('.py'):
            names.append(entry[:-3])
        elif os.path.isdir(path) and os.path.exists(
                os.path.join(path, '__init__.py')):
            names.append(entry)
            for sub in sorted(os.listdir(path)):
                if sub.endswith('.py') and sub != '__init__.py':
                    names.append(entry + '.' + sub[:-3])
    return names


def enter_selfhost():
    """Import CPython's modules, then replace them all by lib's, under their
    real names, so that lib's modules import one another (as in coil)."""
    names = lib_module_names()
    refs = {n: importlib.import_module(n) for n in names}
    for n in list(sys.modules):
        if n in refs or n.split('.')[0] in refs:
            del sys.modules[n]
    # abc is frozen and itertools built into CPython: a finder placed
    # first serves every lib name from lib/
    from importlib import machinery
    tops = set(n.split('.')[0] for n in names)
    # private helper modules of lib (e.g. _types_async) are served too
    tops.update(e[:-3] for e in os.listdir(LIB)
                if e.endswith('.py') and e.startswith('_'))

    class LibFinder:
        @classmethod
        def find_spec(cls, fullname, path=None, target=None):
            if fullname.split('.')[0] not in tops:
                return None
            return machinery.PathFinder.find_spec(
                fullname, [LIB] if path is None else path)
    sys.meta_path.insert(0, LibFinder)
    for n in names:
        mod = importlib.import_module(n)
        assert mod.__file__.startswith(LIB), (n, mod.__file__)
        SELFHOST[n] = (refs[n], mod)
    # CPython's C code calls back into its own re (_sre -> re._subx) and
    # threading (_shutdown at exit): those names go back to CPython's modules
    # (lib's modules do not import them; their probes use SELFHOST's pair)
    for n in ('re', 'threading'):
        if n in refs:
            sys.modules[n] = refs[n]


class Tester:
    def __init__(self, name):
        self.name = name
        if SELFHOST:
            self.ref, self.ours = SELFHOST[name]
        else:
            self.ref = importlib.import_module(name)
            self.ours = load_ours(name)
        self.passed = 0
        self.failed = 0

    def same(self, label, fn):
        """fn(module) must give the same repr/exception for both modules."""
        if SELFHOST:
            # CPython's module may look itself up in sys.modules
            saved = sys.modules.get(self.name)
            sys.modules[self.name] = self.ref
            try:
                a = outcome(fn, self.ref)
            finally:
                sys.modules[self.name] = saved
        else:
            a = outcome(fn, self.ref)
        b = outcome(fn, self.ours)
        # our module is loaded as coil_<name>: reprs naming it are fine
        alias = self.ours.__name__
        b = tuple(x.replace(alias, self.name) if isinstance(x, str) else x
                  for x in b)
        if a[0] == 'raise' and (a[1] in ('NameError', 'UnboundLocalError')
                                or a[1] == 'SyntaxError' and '<string>' in a[2]):
            # CPython failing like this means the probe itself is broken
            self.failed += 1
            print('FAIL %s: %s: the probe is broken: %r' % (self.name, label, a))
        elif a == b:
            self.passed += 1
        else:
            self.failed += 1
            if self.failed <= MAX_SHOWN:
                print('FAIL %s: %s\n   cpython: %r\n   coil:    %r'
                      % (self.name, label, a, b))

    def check(self, label, cond):
        """A property of our module alone."""
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print('FAIL %s: %s' % (self.name, label))


def main(argv):
    if '--selfhost' in argv:
        argv = [a for a in argv if a != '--selfhost']
        enter_selfhost()
    names = argv or sorted(
        f[5:-3] for f in os.listdir(HERE)
        if f.startswith('test_') and f.endswith('.py'))
    sys.path.insert(0, HERE)
    total_pass = total_fail = 0
    for name in names:
        test_mod = importlib.import_module('test_' + name)
        modname = getattr(test_mod, 'MODULE', name)
        try:
            t = Tester(modname)
            test_mod.run(t)
        except Exception:  # noqa: BLE001
            print('ERROR in %s:' % name)
            traceback.print_exc()
            total_fail += 1
            continue
        print('%-22s %5d passed %4d failed' % (name, t.passed, t.failed))
        total_pass += t.passed
        total_fail += t.failed
    print('TOTAL %d passed, %d failed' % (total_pass, total_fail))
    return 1 if total_fail else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
