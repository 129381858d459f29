//! Trace trees and control flow under the JIT: truth of objects and `and`/`or`, nested
//! loops whose traces jump into each other, bridges that end at the function's return,
//! and the exit policy that drops a loop leaving through unbridgeable guards too often.
//! Every run must print what the interpreter prints; the logs show the shapes happened.

use std::path::PathBuf;

fn run(src: &str, jit: &[&str], log_cats: &str) -> (String, String) {
    let dir = std::env::temp_dir().join(format!("coil-flow-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let tag = format!(
        "{}-{}",
        src.len(),
        jit.join("_").replace(['=', ':', ','], "-")
    );
    let p: PathBuf = dir.join(format!("t{tag}.py"));
    let log = dir.join(format!("log{tag}.txt"));
    std::fs::write(&p, src).expect("write");
    let mut o = coil_vm::RunOptions {
        time_limit: Some(std::time::Duration::from_secs(60)),
        ..Default::default()
    };
    if !jit.is_empty() {
        o.jit_install = Some(coil_jit::install);
        o.jit_spec = jit.iter().map(|s| s.to_string()).collect();
        if !log_cats.is_empty() && jit != ["off"] {
            o.jit_spec.push(format!("log={log_cats}:{}", log.display()));
        }
    }
    let r = coil_vm::run_file_captured(&p, vec![p.to_string_lossy().to_string()], &o);
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    let _ = std::fs::remove_file(&p);
    let _ = std::fs::remove_file(&log);
    (
        format!(
            "{}{}[{}]",
            String::from_utf8_lossy(&r.stdout),
            String::from_utf8_lossy(&r.stderr),
            r.code
        ),
        text,
    )
}

/// A count from a jit-summary (`name:<spaces><TAB>N`).
fn count(text: &str, name: &str) -> u64 {
    text.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(':'))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no {name} in the summary:\n{text}"))
}

const MODES: &[&[&str]] = &[
    &["threshold=1"],
    &["threshold=7", "bridge_threshold=3"],
    &["threshold=1", "bridge_threshold=1", "fail_every=3"],
    &["threshold=1", "bridge_threshold=2", "fail_every=7"],
    &["threshold=50"],
];

/// Runs `src` with the JIT off and in every mode of [`MODES`]: all print the same and exit
/// with 0; returns that output (`what` names the program in failures).
fn agrees_in_all_modes(src: &str, what: &str) -> String {
    let (off, _) = run(src, &["off"], "");
    assert!(off.ends_with("[0]"), "{off}");
    for m in MODES {
        let (got, _) = run(src, m, "");
        assert_eq!(got, off, "{what} --jit {}", m.join(","));
    }
    off
}

/// `and`/`or`, `not`, and the truth of None, lists, tuples, str, dicts, floats and plain
/// instances trace without aborting and agree with the interpreter, also when the
/// truth changes (an empty list, `__bool__` added to the class later).
#[test]
fn truth_of_objects() {
    let src = "\
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt
def walk(chain, n):
    total = 0
    for k in range(n):
        node = chain
        while node:
            total += node.v
            node = node.nxt
    return total
def andor(n):
    s = 0
    lst = [1]
    e = []
    t = (1, 2)
    d = {1: 2}
    st = 'x'
    for i in range(n):
        a = i % 3 == 0 and i % 5 == 0
        b = i % 7 or 2
        if a:
            s += 1
        s += b
        if lst and not e:
            s += 1
        if t and d and st and not None:
            s += 2
        x = i > 5 and i < 100
        if x or i == 3:
            s += 1
        f = 0.5 * (i % 2)
        if f:
            s += 1
        if not f:
            s -= 1
        if i == 700:
            e.append(1)
            d.clear()
    return s
chain = Node(1, Node(2, Node(3, None)))
print(walk(chain, 300), andor(1500))
Node.__bool__ = lambda self: self.v != 2
print(walk(chain, 300))
";
    agrees_in_all_modes(src, "");
    let (_, log) = run(src, &["threshold=50"], "jit-summary,jit-abort-log");
    assert!(!log.contains("truth of an object"), "{log}");
    assert!(!log.contains("OR_POP"), "{log}");
    assert!(count(&log, "Total # of loops") >= 2, "{log}");
}

/// Nested loops grow a trace tree: the inner loop compiles, the outer loop's trace ends
/// by jumping into it, and the inner loop's exit bridge runs the outer body and jumps
/// back into the outer loop's trace; the tree then runs without leaving machine code.
#[test]
fn nested_loops_jump_into_each_other() {
    let src = "\
def grid(n, m):
    s = 0
    i = 0
    while i < n:
        j = 0
        while j < m:
            s += i ^ j
            j += 1
        i += 1
    return s
print(grid(3000, 3), grid(200, 200), grid(50, 1))
";
    let off = agrees_in_all_modes(src, "");
    let (got, log) = run(
        src,
        &["threshold=100"],
        "jit-log-opt,jit-summary,jit-backend-counts",
    );
    assert_eq!(got, off);
    // Loop 2 (the outer loop) ends in a jump to Loop 1's entry label (TargetToken(0)).
    let l2 = log
        .split("# Loop 2 ")
        .nth(1)
        .unwrap_or_else(|| panic!("no Loop 2:\n{log}"));
    let l2 = l2.split("jit-log-opt-loop}").next().unwrap_or("");
    let last_jump = l2.lines().rfind(|l| l.contains("jump("));
    assert!(
        last_jump.is_some_and(|l| l.contains("descr=TargetToken(0))")),
        "Loop 2 should jump into Loop 1:\n{l2}"
    );
    // A bridge out of Loop 1 jumps to Loop 2's entry (TargetToken(2)).
    let bridges: Vec<&str> = log.split("{jit-log-opt-bridge").skip(1).collect();
    assert!(
        bridges
            .iter()
            .any(|b| b.contains("(Loop 1,") && b.contains("descr=TargetToken(2))")),
        "no bridge into Loop 2:\n{log}"
    );
    // The inner loop exit fails bridge_threshold (200) times, then never again.
    assert!(count(&log, "guard exits") < 300, "{log}");
}

/// A loop that leaves through `return` gets a bridge that ends with a finish exit at the
/// return; with the exit policy, a loop that leaves through an unbridgeable exit every
/// few iterations is dropped; outputs never change.
#[test]
fn returns_and_exit_policy() {
    let src = "\
def find(xs, v):
    for i in range(len(xs)):
        if xs[i] == v:
            return i
    return -1
def short(n):
    t = 0
    i = 0
    while i < n % 4:
        t += i
        i += 1
    try:
        raise KeyError(t)
    except KeyError:
        pass
    return t
xs = list(range(40))
t = 0
for k in range(3000):
    t += find(xs, k % 40) + short(k)
print(t)
";
    let off = agrees_in_all_modes(src, "");
    let (got, log) = run(
        src,
        &["threshold=50", "drop_ratio=8"],
        "jit-summary,jit-abort-log",
    );
    assert_eq!(got, off);
    assert!(!log.contains("return from the loop's function"), "{log}");
    assert!(count(&log, "dropped") >= 1, "{log}");
}

/// A recorded iteration that ends in a state its own start excludes (two instances of
/// one class whose attribute `c` sits inline in one and in the overflow array of the
/// other, alternating) cannot be peeled: the loop is compiled without peeling (its end
/// jumps to its own first label) instead of being aborted and blacklisted.
#[test]
fn unstable_iteration_compiles_unpeeled() {
    let src = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../traces/unpeeled_slots.py"),
    )
    .expect("traces/unpeeled_slots.py");
    let off = agrees_in_all_modes(&src, "");
    let (got, log) = run(&src, &["threshold=100"], "jit-summary,jit-abort-log");
    assert_eq!(got, off);
    assert!(log.contains("NOT PEELED: loop body:"), "{log}");
    assert!(count(&log, "not peeled") >= 1, "{log}");
    assert_eq!(
        count(&log, "abort: optimizer proved a guard always fails"),
        0,
        "{log}"
    );
    assert!(count(&log, "Total # of loops") >= 1, "{log}");
}

/// A program that keeps rebinding one global (deltablue's `planner = Planner()`) bumps
/// its module dict's version, which invalidates every loop embedding any other global
/// of that module. After two such invalidations the loop's globals are read by lookup
/// and checked by value (`h_global`): no more invalidations, and a rebinding of a
/// global the loop does use still gives the right answer.
#[test]
fn rebound_global_stops_invalidating() {
    let src = "\
K = 3
planner = None
def use():
    return planner
def run(n):
    s = 0
    for i in range(n):
        s += K
    return s
t = 0
for r in range(16):
    planner = [r]
    use()
    if r == 12:
        K = 5
    t += run(3000)
print(t, use())
";
    let off = agrees_in_all_modes(src, "");
    let (got, log) = run(
        src,
        &["threshold=100"],
        "jit-summary,jit-abort-log,jit-log-opt-loop",
    );
    assert_eq!(got, off);
    assert!(log.contains("h_global"), "{log}");
    // Two invalidations, then lookups (K's own rebinding fails a value guard).
    assert!(count(&log, "invalidated") <= 3, "{log}");
}

/// An inner `for` loop without a trace stops the outer loop's recording without
/// counting toward its blacklisting and makes the inner loop record at once; the outer
/// loop's next recording ends by jumping into the inner loop's trace. A short inner
/// loop over a tuple is traced through (unrolled) instead.
#[test]
fn inner_loops_compile_first_or_unroll() {
    let src = "\
def nested(rows):
    s = 0
    k = 0
    while k < len(rows):
        for x in rows[k]:
            s += x
        k += 1
    return s
def pairs(n):
    s = 0
    for i in range(n):
        for d in (1, -1):
            s += i * d + d
    return s
rows = [list(range(j % 7, j % 7 + 9)) for j in range(400)]
print(nested(rows), nested(rows[:50]), pairs(5000))
";
    let off = agrees_in_all_modes(src, "");
    let (got, log) = run(
        src,
        &["threshold=100"],
        "jit-summary,jit-abort-log,jit-log-opt-loop",
    );
    assert_eq!(got, off);
    assert!(!log.contains("(blacklisted)"), "{log}");
    assert_eq!(count(&log, "abort: unsupported operation"), 0, "{log}");
    // pairs' loop is one trace with the tuple loop unrolled; nested's inner loop and
    // outer loop are two, the outer jumping into the inner one's entry.
    assert!(count(&log, "Total # of loops") >= 3, "{log}");
    let loops: Vec<&str> = log.split("# Loop ").skip(1).collect();
    let inner: u32 = loops
        .iter()
        .find(|l| l.contains("(nested;") && l.contains("FOR_ITER)"))
        .and_then(|l| l.split(' ').next()?.parse().ok())
        .unwrap_or_else(|| panic!("no inner loop of nested:\n{log}"));
    let outer = loops
        .iter()
        .find(|l| l.contains("(nested;") && l.contains("LOAD_FAST)"))
        .unwrap_or_else(|| panic!("no outer loop of nested:\n{log}"));
    let outer = outer.split("jit-log-opt-loop}").next().unwrap_or("");
    let last_jump = outer.lines().rfind(|l| l.contains("jump("));
    let entry = format!("descr=TargetToken({}))", 2 * inner - 2);
    assert!(
        last_jump.is_some_and(|l| l.contains(&entry)),
        "the outer loop should jump into the inner loop (Loop {inner}):\n{outer}"
    );
}

/// A `for` loop that gets hot with few iterations left in its entry is not compiled
/// then (compiling would cost more than those iterations): distinct loops run once each
/// just past the threshold compile nothing, a loop entered again compiles on that entry,
/// and a `while` loop (its length unknown) compiles as before; outputs never change.
#[test]
fn short_entries_defer_compilation() {
    let src = "\
def once(k, n):
    t = k
    for i in range(n):
        t = (t * 3 + i) % 1000003
    return t
def again(xs):
    t = 0
    for x in xs:
        t = (t * 7 + x) % 1000003
    return t
def spin(n):
    i = t = 0
    while i < n:
        t += i & 7
        i += 1
    return t
def f0(n):
    t = 0
    for i in range(n):
        t += i
    return t
def f1(n):
    t = 0
    for i in range(n):
        t += i * 3
    return t
def f2(n):
    t = 0
    for i in range(n):
        t ^= i
    return t
def f3(n):
    t = 1
    for i in range(n):
        t = (t + i) % 977
    return t
s = f0(120) + f1(120) + f2(120) + f3(120)
xs = list(range(120))
print(s, once(5, 140), [again(xs) for _ in range(3)], spin(140))
";
    let off = agrees_in_all_modes(src, "");
    // threshold 100: the limit is 50 iterations left. The loops of f0-f3 and once()
    // get hot with 20 and 40 left; again()'s loop is deferred on its first entry and
    // compiled on its second; spin() has no known length and compiles at once.
    let (got, log) = run(src, &["threshold=100"], "jit-summary,jit-abort-log");
    assert_eq!(got, off);
    assert_eq!(count(&log, "deferred"), 6, "{log}");
    assert_eq!(count(&log, "Total # of loops"), 2, "{log}");
    // With deferral off, every loop compiles.
    let (got, log) = run(
        src,
        &["threshold=100", "defer_below=0"],
        "jit-summary,jit-abort-log",
    );
    assert_eq!(got, off);
    assert_eq!(count(&log, "deferred"), 0, "{log}");
    assert_eq!(count(&log, "Total # of loops"), 7, "{log}");
}

/// A `guard_value` that fails with a new value each time (a call of a different function
/// on every call of a loop or recursive function) grows no bridges: it counts its failures
/// per value, is marked once they spread over too many values, and its loop, whose runs
/// end there before completing an iteration, is dropped. A function trace whose exits are
/// taken so is dropped the same way.
#[test]
fn spread_guard_values_drop_their_trace() {
    let src = program("spread_callee");
    let off = agrees_in_all_modes(&src, "spread_callee");
    let (got, log) = run(&src, &["threshold=50"], "jit-summary,jit-abort-log");
    assert_eq!(got, off);
    assert!(count(&log, "spread guard_values") >= 2, "{log}");
    assert!(count(&log, "Total # of bridges") < 10, "{log}");
    for header in ["for_each", "walk"] {
        assert!(
            log.lines()
                .any(|l| l.starts_with("DROPPED:") && l.contains(&format!("({header};"))),
            "{header}: {log}"
        );
    }
    // Per-guard counting off: the same guard grows a bridge per function.
    let (got, log) = run(
        &src,
        &["threshold=50", "promote_spread=0"],
        "jit-summary,jit-abort-log",
    );
    assert_eq!(got, off);
    assert!(count(&log, "Total # of bridges") >= 20, "{log}");
}

/// A call of a fresh closure (or of a function made since the last collection) guards the
/// callee's code and globals, not its identity (`recorder/closure.rs`): a loop calling a
/// new closure of one code on each entry, and a recursive function passed one, keep
/// running their traces: no spread guard, no exit left without a bridge, no drop.
#[test]
fn closures_guard_their_code() {
    for name in ["spread_closure", "function_dropped"] {
        let src = program(name);
        let off = agrees_in_all_modes(&src, name);
        let (got, log) = run(
            &src,
            &["threshold=50", "function_threshold=50"],
            "jit-summary,jit-abort-log",
        );
        assert_eq!(got, off);
        assert_eq!(count(&log, "spread guard_values"), 0, "{name}: {log}");
        assert_eq!(count(&log, "exits without bridge"), 0, "{name}: {log}");
        assert_eq!(count(&log, "dropped"), 0, "{name}: {log}");
        assert!(count(&log, "Total # of bridges") < 10, "{name}: {log}");
        // Most exits are the calls' normal ends (finishes at the return).
        let (exits, fin) = (count(&log, "guard exits"), count(&log, "of which finishes"));
        assert!(exits - fin < 2000, "{name}: {log}");
    }
}

/// A conformance program of tests/conformance/jit.
fn program(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("../../tests/conformance/jit/{name}.py"));
    std::fs::read_to_string(&path).expect("program")
}

/// A function trace reads the globals of a dict whose version keeps changing by lookup,
/// as loops do: rebinding another global of the module no longer invalidates it each
/// time (deltablue's `planner = Planner()` invalidated `append`'s function trace).
#[test]
fn function_trace_rebound_global_stops_invalidating() {
    let src = "\
K = 3
planner = None
def use():
    return planner
def depth(n):
    if n == 0:
        return K
    return K + depth(n - 1)
t = 0
for r in range(16):
    planner = [r]
    use()
    if r == 12:
        K = 5
    for i in range(400):
        t += depth(6)
print(t, use())
";
    let off = agrees_in_all_modes(src, "");
    let (got, log) = run(
        src,
        &["threshold=50", "function_threshold=50"],
        "jit-summary,jit-abort-log",
    );
    assert_eq!(got, off);
    assert!(count(&log, "invalidated") <= 3, "{log}");
}

/// MAKE_FUNCTION in a trace reads the module's `__name__` by lookup once the globals'
/// version keeps changing, as LOAD_GLOBAL does: a loop making a closure per iteration is
/// not invalidated by each rebinding of another global (deltablue's `planner`, rebound
/// every round, invalidated remove_propagate_from's loop every round).
#[test]
fn make_function_rebound_global_stops_invalidating() {
    let src = "\
planner = None
def use():
    return planner
def work(n, k):
    t = 0
    for i in range(n):
        def f(x):
            return x * k + i
        t += f(i)
    return t
t = 0
for r in range(16):
    planner = [r]
    use()
    t += work(600, r)
print(t, use())
";
    let off = agrees_in_all_modes(src, "");
    let (got, log) = run(src, &["threshold=50"], "jit-summary,jit-abort-log");
    assert_eq!(got, off);
    assert!(count(&log, "invalidated") <= 3, "{log}");
    assert!(count(&log, "Total # of loops") >= 1, "{log}");
}

/// A time limit stops a program whose compiled loops never leave (the watchdog sets the
/// heap's attention word, the one flag a trace polls at its loop headers) and a call
/// made from a trace: the run ends with the cancellation status, also when a
/// collection cleared the word's other reason meanwhile.
#[test]
fn time_limit_stops_compiled_loops() {
    let src = "\
def spin(n):
    i = 0
    while True:
        i += n
        if i < 0:
            break
    return i
def alloc():
    xs = []
    while True:
        xs = [len(xs)]
print('start')
if len(__import__('sys').argv) > 1:
    alloc()
spin(1)
";
    time_limit_stops(src, "cancel", "alloc", 300, "threshold=1", "start\n", 20);
}

/// Recursive calls between function traces are direct calls in machine code (PyPy's
/// call_assembler): a callee's return hands its value back without leaving machine code,
/// so fib and a linked-list walk make a handful of guard exits for thousands of calls
/// (before: one finish per call), and print what the interpreter prints.
#[test]
fn recursive_calls_stay_in_machine_code() {
    let src = "\
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
class Node:
    def __init__(self, v, next):
        self.v = v
        self.next = next
def total(node):
    if node is None:
        return 0
    return node.v + total(node.next)
def main():
    head = None
    for i in range(60):
        head = Node(i, head)
    t = 0
    for k in range(200):
        t += total(head)
    print(fib(20), t)
main()
";
    let off = agrees_in_all_modes(src, "recursion");
    let (got, log) = run(src, &["threshold=50"], "jit-summary");
    assert_eq!(got, off);
    // fib(20) makes 21891 calls and the walks 12200: with a finish per call through Rust
    // that was ~30600 exits; left are the guards at the recursions' base cases and the
    // runs from the interpreter (~600).
    let exits = count(&log, "guard exits");
    assert!(exits < 1500, "{exits} exits\n{log}");
}

/// A time limit stops a program recursing deeply through direct calls (each callee's entry
/// polls the attention word; the exit unwinds every machine-code frame through the
/// interpreter), and so does one whose deep recursion allocates (collection requests
/// leave the callees the same way).
#[test]
fn time_limit_stops_deep_direct_recursion() {
    let src = "\
import sys
sys.setrecursionlimit(100000)
def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1
def grow(n):
    if n == 0:
        return []
    r = grow(n - 1)
    r.append([n])
    return r
print('start', deep(100), len(grow(100)))
f = grow if len(sys.argv) > 1 else deep
while True:
    f(20000)
";
    time_limit_stops(
        src,
        "deep",
        "grow",
        500,
        "threshold=20",
        "start 100 100\n",
        30,
    );
}

/// Runs `src` twice under a time limit of `limit_ms` (without arguments and with `arg`)
/// and checks that the limit stops it with status 124 after printing `stdout`, well
/// within `max_secs`.
fn time_limit_stops(
    src: &str,
    tag: &str,
    arg: &str,
    limit_ms: u64,
    spec: &str,
    stdout: &str,
    max_secs: u64,
) {
    let dir = std::env::temp_dir().join(format!("coil-flow-{tag}-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let p = dir.join(format!("{tag}.py"));
    std::fs::write(&p, src).expect("write");
    for argv in [vec![], vec![arg.to_string()]] {
        let o = coil_vm::RunOptions {
            time_limit: Some(std::time::Duration::from_millis(limit_ms)),
            jit_install: Some(coil_jit::install),
            jit_spec: vec![spec.to_string()],
            ..Default::default()
        };
        let mut args = vec![p.to_string_lossy().to_string()];
        args.extend(argv);
        let t0 = std::time::Instant::now();
        let r = coil_vm::run_file_captured(&p, args, &o);
        assert_eq!(r.code, 124, "{}", String::from_utf8_lossy(&r.stderr));
        assert_eq!(String::from_utf8_lossy(&r.stdout), stdout);
        assert!(t0.elapsed() < std::time::Duration::from_secs(max_secs));
    }
    let _ = std::fs::remove_file(&p);
}

/// Methods of unboxed ints (`recorder/intmeth.rs`): `x.bit_length()` is a pure helper
/// call in the trace (meteor's `(mask & -mask).bit_length()` aborted its loop), other
/// int methods are residual calls; negative numbers, zero and 50-bit masks agree with
/// the interpreter.
#[test]
fn int_methods_trace() {
    let src = "\
def low(mask):
    return (mask & -mask).bit_length() - 1
def f(n):
    s = 0
    for i in range(n):
        m = (i * 2654435761) & ((1 << 50) - 1)
        s += low(m) + i.bit_length() + (i - 700).bit_length()
        s += m.bit_count() + (i % 251).to_bytes(2, 'little')[0] + i.__index__()
    return s
print(f(1500), (0).bit_length(), (-(1 << 61)).bit_length())
";
    let out = agrees_in_all_modes(src, "int methods");
    assert!(out.starts_with(|c: char| c.is_ascii_digit()), "{out}");
    let (_, log) = run(
        src,
        &["threshold=50"],
        "jit-summary,jit-abort-log,jit-log-opt-loop",
    );
    assert!(!log.contains("LOAD_METHOD on an unboxed value"), "{log}");
    assert_eq!(count(&log, "abort: unsupported operation"), 0, "{log}");
    assert!(log.contains("int_bit_length"), "{log}");
}

/// A recursion called from a trace runs with `gc_inhibit` (helpers never collect): a
/// collection requested meanwhile cannot run until the outermost call returns, so it must
/// not keep the recursion's compiled loops out (their entries were refused at every hot
/// back-edge until then: hexiom's and meteor's searches ran interpreted).
#[test]
fn pending_collection_under_inhibit_enters_compiled_loops() {
    let src = "\
def walk(d, acc):
    for i in range(60):
        acc.append([i, d] * 40)
        if len(acc) > 200:
            acc.clear()
    if d > 0:
        walk(d - 1, acc)
    return len(acc)
def main(n):
    total = 0
    for k in range(n):
        total += walk(40, [])
    return total
print(main(60))
";
    let (off, _) = run(src, &["off"], "");
    let (got, log) = run(src, &["threshold=200"], "jit-summary");
    assert_eq!(got, off);
    // Each walk(40) allocates about a nursery: the requests come inside the recursion.
    assert!(count(&log, "Total # of loops") >= 1, "{log}");
    assert!(count(&log, "entries refused") <= 8, "{log}");
}
