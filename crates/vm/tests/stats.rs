//! `--stats`: hits, misses and deopts per inline-cache kind and the collection counts, as
//! printed at exit on stderr. Each deopt counter is driven by a program that invalidates
//! that cache kind a known number of times, and stays 0 where nothing is invalidated.

fn report(src: &str) -> String {
    let opts = coil_vm::RunOptions {
        stats: true,
        nursery: 64 * 1024,
        ..Default::default()
    };
    let o = coil_vm::run_source_captured(src, "<stats-test>", &opts);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.code, 0, "{err}");
    err
}

/// (hits, misses, deopts) of one cache kind.
fn cache(report: &str, kind: &str) -> (u64, u64, u64) {
    let line = report
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("cache {kind} ")))
        .unwrap_or_else(|| panic!("no {kind} line in {report}"));
    let n = |key: &str| -> u64 {
        line.split(key)
            .nth(1)
            .and_then(|s| s.split_whitespace().next())
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no {key} in {line}"))
    };
    (n("hits "), n("misses "), n("deopts "))
}

fn gc(report: &str, key: &str) -> u64 {
    report
        .split(key)
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no {key} in {report}"))
}

#[test]
fn stable_program_hits_its_caches_without_deopts() {
    let r = report(
        r#"
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
LIMIT = 1000
def run():
    total = 0
    p = P(1)
    for i in range(LIMIT):
        total += p.get() + p.x + abs(-1)
    return total
print(run())
"#,
    );
    for kind in ["LOAD_GLOBAL", "ATTR", "METHOD"] {
        let (hits, misses, deopts) = cache(&r, kind);
        assert!(hits >= 999, "{kind}: {r}");
        assert!(misses < 10, "{kind}: {r}");
        assert_eq!(deopts, 0, "{kind}: {r}");
    }
}

#[test]
fn each_cache_kind_counts_its_deopts() {
    let r = report(
        r#"
class A:
    def __init__(self):
        self.x = 1
    def m(self):
        return 1
class B:
    def __init__(self):
        self.y = 0
        self.x = 2
    def m(self):
        return 2
counter = 0
def bump():
    # The global dict changes between two reads of `counter`: the LOAD_GLOBAL cache
    # entry filled by the first read is stale at the next call.
    global counter
    counter = counter + 1
objs = [A(), B()] * 100
def poly():
    s = 0
    for o in objs:
        s += o.x + o.m()   # maps and classes alternate: ATTR and METHOD deopt
    return s
for i in range(100):
    bump()
print(poly(), counter)
"#,
    );
    let (_, gmiss, gdeopt) = cache(&r, "LOAD_GLOBAL");
    assert!(gdeopt >= 99, "LOAD_GLOBAL: {r}");
    assert!(gdeopt <= gmiss, "a deopt is a miss: {r}");
    let (_, amiss, adeopt) = cache(&r, "ATTR");
    assert!(adeopt >= 199, "ATTR: {r}");
    assert!(adeopt <= amiss, "{r}");
    let (_, mmiss, mdeopt) = cache(&r, "METHOD");
    assert!(mdeopt >= 199, "METHOD: {r}");
    assert!(mdeopt <= mmiss, "{r}");
}

#[test]
fn stores_to_other_globals_keep_load_global_entries() {
    // A module-level loop assigns `total` and `i` every iteration; the function's cached
    // `K` (a global) and `abs` (a builtin) stay valid, a rebinding of `K` invalidates.
    let r = report(
        r#"
K = 1
def f(x):
    return abs(x) + K
total = 0
for i in range(1000):
    total = total + f(i)
    if i == 500:
        K = 2
print(total)
"#,
    );
    let (hits, misses, deopts) = cache(&r, "LOAD_GLOBAL");
    assert!(hits >= 1990, "{r}");
    assert!(misses <= 6, "{r}");
    assert!((1..=2).contains(&deopts), "{r}");
}

#[test]
fn collections_are_counted_with_their_time() {
    let r = report(
        r#"
import gc
junk = None
for i in range(20000):
    junk = [i, str(i)]
gc.collect()
print(len(junk))
"#,
    );
    assert!(gc(&r, "gc minor ") >= 5, "{r}");
    assert!(gc(&r, "major ") >= 1, "{r}");
    assert!(r.contains(" ms)"), "{r}");
    assert!(gc(&r, "allocated ") >= 20000 * 32, "{r}");
}
