//! GC behaviour through whole programs: long-lived linked structures and big dicts survive
//! many collections intact; short-lived garbage is reclaimed (scaled-down allocation loop).
//! The full-size checks (20 GB allocated, peak RSS < 100 MB) are `bench/`/manual runs:
//! `COIL_GC_NURSERY=4M coil tests/gc/alloc_loop.py 100000000` (see crates/vm/README note in
//! the report).

fn run(src: &str, stress: bool, nursery: usize) -> (i32, String, String) {
    let mut opts = coil_vm::RunOptions::default();
    opts.gc_stress = stress;
    opts.nursery = nursery;
    opts.time_limit = Some(std::time::Duration::from_secs(120));
    let o = coil_vm::run_source_captured(src, "<gc-test>", &opts);
    (
        o.code,
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn linked_structure_survives_many_collections() {
    let src = r#"
import gc
head = None
for i in range(300000):
    head = (i, head)
    if i % 50000 == 0:
        gc.collect()
total = 0
n = 0
while head is not None:
    total += head[0]
    n += 1
    head = head[1]
print(n, total)
"#;
    // A small nursery forces hundreds of minor collections while the list grows.
    let (code, out, err) = run(src, false, 64 * 1024);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, format!("300000 {}\n", (0..300000u64).sum::<u64>()));
}

#[test]
fn big_dict_built_during_collections_is_correct() {
    let src = r#"
d = {}
for i in range(200000):
    d[i * 7] = str(i)
    if i % 1000 == 0:
        junk = [[j] for j in range(100)]
bad = 0
for i in range(200000):
    if d[i * 7] != str(i):
        bad += 1
print(len(d), bad, d[7 * 199999])
"#;
    let (code, out, err) = run(src, false, 64 * 1024);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "200000 0 199999\n");
}

#[test]
fn objects_survive_stress_mode_collections() {
    let src = r#"
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt
head = None
for i in range(3000):
    head = Node(i, head)
s = 0
while head:
    s += head.v
    head = head.nxt
print(s, {str(k): [k] for k in range(50)}["49"])
"#;
    let (code, out, err) = run(src, true, 64 * 1024);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, format!("{} [49]\n", (0..3000).sum::<i32>()));
}

#[test]
fn garbage_is_reclaimed_by_minor_collections() {
    // ~400 MB of short-lived tuples through a 256 KiB nursery: the old space must stay small.
    let src = r#"
import sys
x = None
for i in range(4000000):
    x = (i, i, i, i, i, i, i, i, i, i, i, i)
print(x[0])
"#;
    let mut opts = coil_vm::RunOptions::default();
    opts.nursery = 256 * 1024;
    opts.stats = true;
    let o = coil_vm::run_source_captured(src, "<gc-test>", &opts);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.code, 0, "{err}");
    assert_eq!(String::from_utf8_lossy(&o.stdout), "3999999\n");
    let minor: u64 = err
        .split("gc minor ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .expect("stats line");
    assert!(
        minor > 1000,
        "expected many minor collections, got {minor}: {err}"
    );
    let old: u64 = err
        .split("old ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .expect("old bytes");
    assert!(
        old < 32 << 20,
        "old space grew to {old} bytes: garbage survived"
    );
}

#[test]
fn instance_dict_keys_survive_minor_collections() {
    // Default hash() is identity; the nursery moves objects, so ids must not be addresses.
    let src = r#"
class K:
    pass
keys = [K() for _ in range(3000)]
d = {k: i for i, k in enumerate(keys)}
ids = [id(k) for k in keys]
junk = [[i] for i in range(200000)]
print("missing", sum(1 for k in keys if k not in d))
print(all(d[k] == i for i, k in enumerate(keys)), ids == [id(k) for k in keys])
fresh = [object() for _ in range(1000)]
print(len(set(ids) | {id(o) for o in fresh}))
"#;
    let (code, out, err) = run(src, false, 64 * 1024);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "missing 0\nTrue True\n4000\n");
}

#[test]
fn global_cache_of_a_young_value_is_updated_by_minor_collections() {
    // The LOAD_GLOBAL cache lives in an old code object: storing a young value there
    // needs the write barrier (deltablue's `planner`).
    let src = r#"
class P:
    def m(self):
        return 1
planner = None
def use():
    return planner.m()
def churn():
    junk = [[i] for i in range(20000)]
def run():
    global planner
    churn()
    planner = P()
    use()
    churn()
    return use()
print(run())
"#;
    let (code, out, err) = run(src, false, 64 * 1024);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "1\n");
}
