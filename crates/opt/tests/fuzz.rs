//! Differential fuzzing of the optimizer: random traces (straight and loops) are
//! optimized with random pass sets, verified, and run through the reference evaluator
//! before and after; exits, resume values and heaps must agree.
//! `COIL_FUZZ_N=100000 cargo test -p coil-opt --test fuzz --release` runs longer;
//! `COIL_FUZZ_SEED=n` starts elsewhere. Failing traces are printed with their seed.

use coil_ir::{
    earlier_exit_matches, equivalent, verify, Descr, ExitKind, FieldDescr, IrRef, Machine, Op,
    Opcode, Opnd, SizeDescr, SnapValue, Snapshot, TargetId, Trace, Type, Val,
};
use coil_opt::{optimize, OptError, PassSet, ALL_PASSES};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const N_INT: usize = 3;
const N_REF: usize = 2;

fn pick(r: &mut Rng, v: &[Opnd]) -> Opnd {
    v[r.below(v.len())]
}

fn gen(seed: u64) -> Trace {
    let mut r = Rng(seed.wrapping_mul(0x9E3779B97F4A7C15) | 1);
    let mut t = Trace::new();
    // The input objects (see `setup`) as the recorder would have seen them.
    t.const_classes = vec![(0x100, 3), (0x200, 3)];
    let fx = t.descrs.field(FieldDescr::int("P.x", 8));
    let fy = t.descrs.field(FieldDescr::int("P.y", 16));
    let fnext = t.descrs.field(FieldDescr::new("P.next", 24, Type::Ref));
    let size = t.descrs.size(SizeDescr {
        name: "P".into(),
        size: 32,
        vtable: 3,
    });
    let size4 = t.descrs.size(SizeDescr {
        name: "Q".into(),
        size: 32,
        vtable: 4,
    });
    let escape = t.descrs.call(coil_ir::CallDescr {
        name: "escape".into(),
        addr: 0,
        args: vec![Type::Ref],
        result: Type::Void,
        effect: coil_ir::Effect::MayWrite,
        can_raise: false,
        can_collect: true,
    });
    let hash = t.descrs.call(coil_ir::CallDescr {
        name: "hash".into(),
        addr: 0,
        args: vec![Type::Int],
        result: Type::Int,
        effect: coil_ir::Effect::Pure,
        can_raise: false,
        can_collect: false,
    });
    let arr = t.descrs.array(coil_ir::ArrayDescr {
        name: "ints".into(),
        base_offset: 16,
        item_size: 8,
        len_offset: 8,
        item_ty: Type::Int,
        signed: true,
        layout: 6,
    });
    let risky = t.descrs.call(coil_ir::CallDescr {
        name: "risky".into(),
        addr: 0,
        args: vec![Type::Int],
        result: Type::Int,
        effect: coil_ir::Effect::Readonly,
        can_raise: true,
        can_collect: false,
    });
    let is_loop = r.chance(50);
    let mut ints: Vec<Opnd> = (0..N_INT).map(|_| Opnd::Ref(t.input(Type::Int))).collect();
    let refs: Vec<Opnd> = (0..N_REF).map(|_| Opnd::Ref(t.input(Type::Ref))).collect();
    let inputs: Vec<Opnd> = ints.iter().chain(refs.iter()).copied().collect();
    if is_loop {
        t.label(&inputs, TargetId(0));
    }
    let mut fresh: Vec<Opnd> = Vec::new();
    // A loop counter that makes loops end: i0 decreases.
    let counter = ints[0];
    let consts = [0i64, 1, 2, -1, 7, 100, i64::MAX];
    let n_ops = 4 + r.below(18);
    let snap = |t: &mut Trace, r: &mut Rng, ints: &[Opnd], refs: &[Opnd], fresh: &[Opnd]| {
        let mut slots = Vec::new();
        let pool: Vec<Opnd> = ints.iter().chain(refs).chain(fresh).copied().collect();
        for _ in 0..1 + r.below(4) {
            slots.push(match pick(r, &pool) {
                Opnd::Ref(x) => SnapValue::Ref(x),
                Opnd::Const(c) => SnapValue::Const(c),
            });
        }
        if r.chance(10) {
            slots.push(SnapValue::Dead);
        }
        t.snapshot(Snapshot::single(slots))
    };
    for _ in 0..n_ops {
        match r.below(20) {
            0..=2 => {
                let ops = [
                    Opcode::IntAdd,
                    Opcode::IntSub,
                    Opcode::IntMul,
                    Opcode::IntAnd,
                    Opcode::IntOr,
                    Opcode::IntXor,
                    Opcode::IntLt,
                    Opcode::IntLe,
                    Opcode::IntEq,
                    Opcode::IntNe,
                    Opcode::IntGt,
                    Opcode::IntGe,
                    Opcode::UintLt,
                    Opcode::IntRshift,
                ];
                let op = ops[r.below(ops.len())];
                let a = pick(&mut r, &ints);
                let b = if r.chance(40) {
                    let k = consts[r.below(consts.len())];
                    let k = if op == Opcode::IntRshift { k & 63 } else { k };
                    t.int(k)
                } else {
                    pick(&mut r, &ints)
                };
                let v = t.emit(op, &[a, b], Descr::None);
                ints.push(Opnd::Ref(v));
            }
            3 => {
                let ops = [Opcode::IntAddOvf, Opcode::IntSubOvf, Opcode::IntMulOvf];
                let op = ops[r.below(3)];
                let a = pick(&mut r, &ints);
                let b = if r.chance(50) {
                    let k = consts[r.below(consts.len())];
                    t.int(k)
                } else {
                    pick(&mut r, &ints)
                };
                let v = t.emit(op, &[a, b], Descr::None);
                let s = snap(&mut t, &mut r, &ints, &refs, &fresh);
                t.guard(Opcode::GuardNoOverflow, &[], s);
                ints.push(Opnd::Ref(v));
            }
            4 => {
                let c = pick(&mut r, &ints);
                let s = snap(&mut t, &mut r, &ints, &refs, &fresh);
                let g = if r.chance(50) {
                    Opcode::GuardTrue
                } else {
                    Opcode::GuardFalse
                };
                t.guard(g, &[c], s);
            }
            5 => {
                let p = if !fresh.is_empty() && r.chance(50) {
                    pick(&mut r, &fresh)
                } else {
                    pick(&mut r, &refs)
                };
                let f = if r.chance(50) { fx } else { fy };
                let v = t.emit(Opcode::GetfieldGcI, &[p], Descr::Field(f));
                ints.push(Opnd::Ref(v));
            }
            6 => {
                let p = if !fresh.is_empty() && r.chance(50) {
                    pick(&mut r, &fresh)
                } else {
                    pick(&mut r, &refs)
                };
                let f = if r.chance(50) { fx } else { fy };
                let v = pick(&mut r, &ints);
                t.emit(Opcode::SetfieldGc, &[p, v], Descr::Field(f));
            }
            7 => {
                let sd = if r.chance(30) { size4 } else { size };
                let p = t.emit(Opcode::NewWithVtable, &[], Descr::Size(sd));
                let v = pick(&mut r, &ints);
                t.emit(Opcode::SetfieldGc, &[Opnd::Ref(p), v], Descr::Field(fx));
                fresh.push(Opnd::Ref(p));
            }
            8 => {
                if let Some(&p) = fresh.last() {
                    let to = if r.chance(50) {
                        pick(&mut r, &refs)
                    } else {
                        pick(&mut r, &fresh)
                    };
                    t.emit(Opcode::SetfieldGc, &[to, p], Descr::Field(fnext));
                }
            }
            9 => {
                if !fresh.is_empty() {
                    let p = pick(&mut r, &fresh);
                    t.emit(Opcode::CallN, &[p], Descr::Call(escape));
                }
            }
            10 => {
                let p = if !fresh.is_empty() && r.chance(30) {
                    pick(&mut r, &fresh)
                } else {
                    pick(&mut r, &refs)
                };
                let s = snap(&mut t, &mut r, &ints, &refs, &fresh);
                let cls = if r.chance(85) { 3 } else { 4 };
                let c = t.int(cls);
                t.guard(Opcode::GuardClass, &[p, c], s);
            }
            11 => {
                let a = pick(&mut r, &ints);
                let v = t.emit(Opcode::CallI, &[a], Descr::Call(hash));
                ints.push(Opnd::Ref(v));
            }
            12 => {
                // A small array: store and load at masked indices.
                let four = t.int(4);
                let a = t.emit(Opcode::NewArray, &[four], Descr::Array(arr));
                let three = t.int(3);
                for _ in 0..1 + r.below(3) {
                    let i = pick(&mut r, &ints);
                    let idx = if r.chance(50) {
                        Opnd::Ref(t.emit(Opcode::IntAnd, &[i, three], Descr::None))
                    } else {
                        t.int(r.below(4) as i64)
                    };
                    if r.chance(50) {
                        let v = pick(&mut r, &ints);
                        t.emit(
                            Opcode::SetarrayitemGc,
                            &[Opnd::Ref(a), idx, v],
                            Descr::Array(arr),
                        );
                    } else {
                        let v = t.emit(
                            Opcode::GetarrayitemGcI,
                            &[Opnd::Ref(a), idx],
                            Descr::Array(arr),
                        );
                        ints.push(Opnd::Ref(v));
                    }
                }
                if r.chance(30) {
                    t.emit(Opcode::CallN, &[Opnd::Ref(a)], Descr::Call(escape));
                }
                let n = t.emit(Opcode::ArraylenGc, &[Opnd::Ref(a)], Descr::Array(arr));
                ints.push(Opnd::Ref(n));
            }
            13 => {
                let a = pick(&mut r, &ints);
                let v = t.emit(Opcode::CallI, &[a], Descr::Call(risky));
                let s = snap(&mut t, &mut r, &ints, &refs, &fresh);
                t.guard(Opcode::GuardNoException, &[], s);
                ints.push(Opnd::Ref(v));
            }
            14 => {
                let pool: Vec<Opnd> = refs.iter().chain(&fresh).copied().collect();
                let (a, b) = (pick(&mut r, &pool), pick(&mut r, &pool));
                let v = t.emit(
                    if r.chance(50) {
                        Opcode::PtrEq
                    } else {
                        Opcode::PtrNe
                    },
                    &[a, b],
                    Descr::None,
                );
                ints.push(Opnd::Ref(v));
            }
            19 => {
                // Division by a value made odd (so non-zero), or by a constant.
                let a = pick(&mut r, &ints);
                let d = if r.chance(50) {
                    let x = pick(&mut r, &ints);
                    let one = t.int(1);
                    Opnd::Ref(t.emit(Opcode::IntOr, &[x, one], Descr::None))
                } else {
                    t.int([3i64, -7, 10, 1][r.below(4)])
                };
                let op = if r.chance(50) {
                    Opcode::IntFloorDiv
                } else {
                    Opcode::IntMod
                };
                let v = t.emit(op, &[a, d], Descr::None);
                ints.push(Opnd::Ref(v));
            }
            17 => {
                let pool: Vec<Opnd> = refs.iter().chain(&fresh).copied().collect();
                let p = pick(&mut r, &pool);
                let s = snap(&mut t, &mut r, &ints, &refs, &fresh);
                t.guard(Opcode::GuardNonnull, &[p], s);
            }
            18 => {
                // Input objects live at 0x100, 0x200 (see `setup`).
                let p = pick(&mut r, &refs);
                let addr = t.ptr(0x100 * (1 + r.below(2)) as u64);
                let s = snap(&mut t, &mut r, &ints, &refs, &fresh);
                t.guard(Opcode::GuardValue, &[p, addr], s);
            }
            15 => {
                let a = pick(&mut r, &ints);
                let k = t.int(consts[r.below(3)]);
                let s = snap(&mut t, &mut r, &ints, &refs, &fresh);
                t.guard(Opcode::GuardValue, &[a, k], s);
            }
            _ => {
                let a = pick(&mut r, &ints);
                let f = t.emit(Opcode::CastIntToFloat, &[a], Descr::None);
                let h = t.float(0.5);
                let g = t.emit(Opcode::FloatMul, &[Opnd::Ref(f), h], Descr::None);
                let v = t.emit(Opcode::CastFloatToInt, &[Opnd::Ref(g)], Descr::None);
                ints.push(Opnd::Ref(v));
            }
        }
    }
    if is_loop {
        let one = t.int(1);
        let dec = t.emit(Opcode::IntSub, &[counter, one], Descr::None);
        let zero = t.int(0);
        let more = t.emit(Opcode::IntGt, &[Opnd::Ref(dec), zero], Descr::None);
        let s = snap(&mut t, &mut r, &ints, &refs, &fresh);
        t.guard(Opcode::GuardTrue, &[Opnd::Ref(more)], s);
        let mut args = vec![Opnd::Ref(dec)];
        for _ in 1..N_INT {
            args.push(if r.chance(15) {
                t.int(consts[r.below(4)])
            } else {
                pick(&mut r, &ints)
            });
        }
        let refpool: Vec<Opnd> = refs.iter().chain(&fresh).copied().collect();
        for _ in 0..N_REF {
            args.push(pick(&mut r, &refpool));
        }
        t.jump(&args, TargetId(0));
    } else {
        let mut args: Vec<Opnd> = Vec::new();
        for _ in 0..2 {
            args.push(pick(&mut r, &ints));
        }
        if !fresh.is_empty() {
            args.push(pick(&mut r, &fresh));
        }
        t.push(Op::new(Opcode::Finish, &args, Descr::None));
    }
    t
}

/// `escape(p)` writes what a real callee could reach: `p`, the objects `p` points to,
/// and the inputs (standing in for globals); never objects only the trace knows.
fn register_escape(m: &mut Machine, globals: Vec<u64>) {
    m.register("risky", |_, a| {
        if a[0].int() % 5 == 3 {
            Err(())
        } else {
            Ok(Val::Int(a[0].int() / 2))
        }
    });
    m.register("escape", move |heap, args| {
        let mut todo: Vec<u64> = globals.clone();
        todo.push(args[0].bits());
        let mut seen = Vec::new();
        while let Some(a) = todo.pop() {
            if seen.contains(&a) || seen.len() > 16 {
                continue;
            }
            seen.push(a);
            if let Some(o) = heap.get_mut(a) {
                let x = o.fields.get(&8).map(|v| v.int()).unwrap_or(0);
                o.fields.insert(8, Val::Int(x.wrapping_add(1)));
                if let Some(Val::Ref(n)) = o.fields.get(&24) {
                    todo.push(*n);
                }
            }
        }
        Ok(Val::Int(0))
    });
}

fn setup(t: &Trace, m: &mut Machine, k: i64) -> Vec<Val> {
    let mut vals = Vec::new();
    for i in 0..t.num_inputs() {
        vals.push(match t.op(IrRef::new(i)).ty {
            Type::Int => Val::Int(if i == 0 { 3 + k } else { k * 5 - i as i64 }),
            _ => {
                let p = m.heap.alloc(3);
                if let Some(o) = m.heap.get_mut(p) {
                    o.fields.insert(8, Val::Int(k + i as i64));
                    o.fields.insert(16, Val::Int(2 * k));
                }
                Val::Ref(p)
            }
        });
    }
    vals
}

fn main() {
    let n: u64 = std::env::var("COIL_FUZZ_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400);
    let start: u64 = std::env::var("COIL_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let (mut compared, mut invalid, mut failures) = (0u64, 0u64, Vec::new());
    let (mut loops_run, mut guard_exits, mut earlier) = (0u64, 0u64, 0u64);
    for seed in start..start + n {
        let t = gen(seed);
        if let Err(e) = verify(&t) {
            failures.push(format!("seed {seed}: generator made a bad trace: {e}\n{t}"));
            continue;
        }
        let mut passes = PassSet::all();
        if seed % 3 == 1 {
            for p in ALL_PASSES {
                if seed.wrapping_mul(*p as u64 + 7) % 4 == 0 {
                    passes = passes.without(*p);
                }
            }
        }
        let mut strengthened;
        let out = match coil_opt::optimize_explained(&t, passes, seed % 7 == 0) {
            Ok((o, stats, ds)) => {
                for d in &ds {
                    let _ = d.render(&t);
                }
                strengthened = stats.guards_strengthened > 0;
                o
            }
            Err(OptError::Invalid(why)) => {
                invalid += 1;
                // The claim "a guard must always fail" must hold: the trace never gets
                // to its end (straight) or never around twice (loop).
                for k in 0..3 {
                    let mut m = Machine::new();
                    m.max_iterations = 50;
                    let ins = setup(&t, &mut m, k);
                    let globals: Vec<u64> = ins
                        .iter()
                        .filter(|v| matches!(v, Val::Ref(_)))
                        .map(|v| v.bits())
                        .collect();
                    register_escape(&mut m, globals);
                    if let Ok(e) = m.run(&t, &ins) {
                        if e.kind == ExitKind::Finish || e.iterations >= 2 {
                            failures.push(format!(
                                "seed {seed} ({passes}): wrongly rejected ({why}) \
                                but input {k} ran through: {e:?}\n{t}"
                            ));
                        }
                    }
                }
                continue;
            }
            Err(e) => {
                failures.push(format!("seed {seed} ({passes}): {e}\n{t}"));
                continue;
            }
        };
        // Optimizing again (now with two labels, one sweep) must stay correct too.
        let out = if seed % 5 == 0 {
            match optimize(&out, PassSet::all()) {
                Ok((again, stats)) => {
                    strengthened |= stats.guards_strengthened > 0;
                    again
                }
                Err(OptError::Invalid(_)) => out,
                Err(e) => {
                    failures.push(format!("seed {seed}: re-optimizing: {e}\n{out}"));
                    continue;
                }
            }
        } else {
            out
        };
        for k in 0..3 {
            let mut ma = Machine::new();
            ma.max_iterations = 50;
            let ia = setup(&t, &mut ma, k);
            let globals: Vec<u64> = ia
                .iter()
                .filter(|v| matches!(v, Val::Ref(_)))
                .map(|v| v.bits())
                .collect();
            let globals_a = globals.clone();
            register_escape(&mut ma, globals.clone());
            let Ok(ea) = ma.run(&t, &ia) else { continue };
            if ea.kind == ExitKind::IterationLimit {
                continue;
            }
            let mut mb = Machine::new();
            mb.max_iterations = 500;
            let ib = setup(&t, &mut mb, k);
            register_escape(&mut mb, globals);
            match mb.run(&out, &ib) {
                Ok(eb) => match equivalent((&ea, &ma), (&eb, &mb), &ia) {
                    Ok(()) => {
                        compared += 1;
                        loops_run += (ea.iterations > 1) as u64;
                        guard_exits += matches!(ea.kind, ExitKind::Guard { .. }) as u64;
                    }
                    // Guard strengthening moves a check to an earlier guard, whose
                    // snapshot resumes earlier: legal only from a state the original
                    // went through (coil_ir::earlier_exit_matches).
                    Err(e) => {
                        let mut fresh = || {
                            let mut m = Machine::new();
                            m.max_iterations = 50;
                            setup(&t, &mut m, k);
                            register_escape(&mut m, globals_a.clone());
                            m
                        };
                        match earlier_exit_matches(&t, &ia, &mut fresh, (&ea, &ma), (&eb, &mb)) {
                            Ok(_) if strengthened => earlier += 1,
                            Ok(_) => failures.push(format!(
                                "seed {seed} ({passes}) input {k}: earlier exit without a strengthened guard: {e}\n--- original\n{t}--- optimized\n{out}"
                            )),
                            Err(why) => failures.push(format!(
                                "seed {seed} ({passes}) input {k}: {e} (not a legal earlier exit: {why})\n--- original\n{t}--- optimized\n{out}"
                            )),
                        }
                    }
                },
                Err(e) => failures.push(format!(
                    "seed {seed} ({passes}) input {k}: optimized fails: {e}\n{t}\n{out}"
                )),
            }
        }
    }
    for f in failures.iter().take(5) {
        println!("FAIL {f}\n");
    }
    println!(
        "fuzz: {n} traces, {compared} runs compared ({loops_run} looped, {guard_exits} left by a guard, \
         {earlier} left by a strengthened guard), {invalid} rejected as invalid, {} failures",
        failures.len()
    );
    if !failures.is_empty() {
        std::process::exit(1);
    }
}
