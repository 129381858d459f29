//! Compile-speed benchmark: optimization plus assembly throughput (ops per millisecond of
//! thread CPU time) and code bytes per op, over generated traces of several sizes;
//! `--repeat`: the cost of one compile; `--run`: a compiled loop's speed.
//! `cargo run --release -p coil-x64 --example compile_bench [-- --traces N]`

use std::time::Duration;

/// CPU time of this thread: the machine is shared, wall time would count other work.
fn cpu_now() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes the timespec it is given.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

use coil_x64::fuzz::gen_case_sized;
use coil_x64::sim::{resolve_calls, RealHeap, Schema};
use coil_x64::{compile, TraceKind};
use rustc_hash::FxHashMap;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: u64 = args
        .iter()
        .position(|a| a == "--traces")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    if args.iter().any(|a| a == "--run") {
        run_loop();
        return;
    }
    if args.iter().any(|a| a == "--repeat") {
        // One mid-sized trace compiled many times: the per-compile cost, code memory included.
        let mut c = gen_case_sized(7, Some(40));
        resolve_calls(&mut c.trace).expect("helpers");
        let rh = RealHeap::mirror(&coil_ir::Heap::default(), &Schema::default(), 64, &[])
            .expect("mirror");
        let params = rh.params();
        let start = cpu_now();
        let k = 20000;
        for _ in 0..k {
            let ct = compile(&c.trace, &params, TraceKind::Loop, &FxHashMap::default())
                .expect("compiles");
            std::hint::black_box(ct.code_size());
        }
        let us = (cpu_now() - start).as_secs_f64() * 1e6 / k as f64;
        println!(
            "{} ops: {us:.1} us per compile, {:.0} ops/ms",
            c.trace.num_ops(),
            c.trace.num_ops() as f64 / us * 1e3
        );
        return;
    }
    println!(
        "{:>6} {:>8} {:>9} {:>11} {:>11} {:>12} {:>10}",
        "size", "traces", "ops", "opt ops/ms", "asm ops/ms", "total ops/ms", "bytes/op"
    );
    for size in [10usize, 40, 150, 600] {
        let traces = (n * 40 / size as u64).max(20);
        let mut cases = Vec::new();
        for seed in 0..traces {
            let mut c = gen_case_sized(seed, Some(size));
            resolve_calls(&mut c.trace).expect("helpers");
            cases.push(c);
        }
        let heap = coil_ir::Heap::default();
        let rh = RealHeap::mirror(&heap, &Schema::default(), 64, &[]).expect("mirror");
        let params = coil_x64::CompileParams {
            loop_budget_addr: 0,
            ..rh.params()
        };
        let (mut t_opt, mut t_asm) = (Duration::ZERO, Duration::ZERO);
        let (mut ops_in, mut ops_asm, mut bytes) = (0usize, 0usize, 0usize);
        for c in &cases {
            let start = cpu_now();
            let opt = coil_opt::optimize(&c.trace, coil_opt::PassSet::all());
            t_opt += cpu_now() - start;
            ops_in += c.trace.num_ops();
            let t = match opt {
                Ok((t, _)) => t,
                Err(_) => c.trace.clone(),
            };
            let start = cpu_now();
            let ct =
                compile(&t, &params, TraceKind::Loop, &FxHashMap::default()).expect("compiles");
            t_asm += cpu_now() - start;
            ops_asm += t.num_ops();
            bytes += ct.code_size();
        }
        let per_ms = |ops: usize, d: Duration| ops as f64 / (d.as_secs_f64() * 1e3).max(1e-9);
        println!(
            "{:>6} {:>8} {:>9} {:>11.0} {:>11.0} {:>12.0} {:>10.1}",
            size,
            traces,
            ops_in,
            per_ms(ops_in, t_opt),
            per_ms(ops_asm, t_asm),
            per_ms(ops_in, t_opt + t_asm),
            bytes as f64 / ops_asm.max(1) as f64
        );
    }
    println!(
        "(ops: trace ops excluding inputs and debug_merge_point; asm counts the optimized trace;"
    );
    println!(" bytes include exit stubs, slow paths, prologue and epilogue)");
}

/// Runtime of a small compiled loop: sum of i * 3 over a field-held counter with an
/// overflow check and a loop guard, 10 million iterations.
fn run_loop() {
    let text = "\
descr a = <FieldS S.a 8>
[p0, i1, i2]
label(p0, i1, i2, descr=TargetToken(1))
i3 = int_mul(i1, 3)
i4 = int_add_ovf(i2, i3)
guard_no_overflow() [p0, i1, i2]
i5 = int_add(i1, 1)
i6 = int_lt(i5, 10000000)
guard_true(i6) [p0, i5, i4]
setfield_gc(p0, i5, descr=a)
jump(p0, i5, i4, descr=TargetToken(1))
";
    let t = coil_ir::parse(text).expect("parses");
    let mut heap = coil_ir::Heap::default();
    let obj = heap.alloc(3);
    let rh = RealHeap::mirror(&heap, &Schema::of(&t), 64, &[]).expect("mirror");
    let params = coil_x64::CompileParams {
        loop_budget_addr: 0,
        ..rh.params()
    };
    let ct = compile(&t, &params, TraceKind::Loop, &FxHashMap::default()).expect("compiles");
    let mut frame = coil_x64::JitFrame::new(ct.spill_words as usize, ct.io_words as usize);
    frame.io_mut()[0] = rh.to_real(coil_ir::Val::Ref(obj)).bits();
    let start = cpu_now();
    // SAFETY: p0 is a mirrored struct with field a; no helpers are called.
    let id = unsafe { ct.run(&mut frame) }.expect("runs");
    let el = cpu_now() - start;
    let sum = frame.io()[2] as i64;
    assert_eq!(sum, (0..10_000_000i64).map(|i| i * 3).sum::<i64>());
    println!(
        "10M iterations in {:.1} ms ({:.2} ns/iteration), exit {}, {} code bytes",
        el.as_secs_f64() * 1e3,
        el.as_secs_f64() * 1e9 / 1e7,
        id.index(),
        ct.code_size()
    );
    print!("{}", coil_x64::print_with_offsets(&t, &ct));
    if let Ok(path) = std::env::var("COIL_DUMP_CODE") {
        let _ = std::fs::write(path, ct.code());
    }
}
