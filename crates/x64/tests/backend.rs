//! Backend tests: every op compiled and run against the reference evaluator on edge values.

use coil_ir::{
    parse, ArrayDescr, Descr, FieldDescr, Heap, Op, Opcode, Opnd, SizeDescr, SnapValue, Snapshot,
    Trace, Type, Val,
};
use coil_x64::sim::{check, Case};

const INTS: [i64; 16] = [
    0,
    1,
    -1,
    2,
    3,
    -7,
    63,
    64,
    65,
    -64,
    i64::MAX,
    i64::MIN,
    i32::MAX as i64,
    i32::MIN as i64,
    0x1_0000_0000,
    0x7fff_ffff_ffff_fff0,
];

fn floats() -> Vec<f64> {
    vec![
        0.0,
        -0.0,
        1.5,
        -2.5,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        1e300,
        9.3e18,
        -9.3e18,
        f64::MIN_POSITIVE,
        5e-324,
        3.0,
        -1.0,
    ]
}

fn case_of(t: Trace, inputs: Vec<Val>) -> Case {
    Case {
        trace: t,
        inputs,
        heap: Heap::default(),
        invalidated: false,
        flagged: vec![],
        nursery_words: 4096,
    }
}

fn run(c: &Case) {
    if let Err(e) = coil_ir::verify(&c.trace) {
        panic!("{e}\n{}", c.trace.print());
    }
    match check(c, &c.trace) {
        Ok(true) => {}
        Ok(false) => panic!("evaluator rejected the case\n{}", c.trace.print()),
        Err(e) => panic!("{e}\n{}\ninputs {:?}", c.trace.print(), c.inputs),
    }
}

fn vals_of(ty: Type) -> Vec<Val> {
    match ty {
        Type::Float => floats().into_iter().map(Val::float).collect(),
        _ => INTS.iter().map(|&v| Val::Int(v)).collect(),
    }
}

/// Every pair of edge values through `op`, in one trace: operands as inputs, or the
/// second (`form` 1) or first (`form` 2) as a constant.
fn pairs(op: Opcode, form: u8) {
    let info = op.info();
    let arity = info.sig.len();
    let ty = match info.sig.as_bytes()[0] {
        b'f' => Type::Float,
        _ => Type::Int,
    };
    let vals = vals_of(ty);
    let mut t = Trace::new();
    let ins: Vec<_> = vals.iter().map(|_| t.input(ty)).collect();
    let mut results = Vec::new();
    for (i, a) in vals.iter().enumerate() {
        for (j, b) in vals.iter().enumerate() {
            if arity == 1 && j > 0 {
                continue;
            }
            if matches!(op, Opcode::IntFloorDiv | Opcode::IntMod) && b.bits() == 0 {
                continue;
            }
            let c = |t: &mut Trace, v: Val| t.c(v.to_const());
            let x = if form == 2 {
                c(&mut t, *a)
            } else {
                Opnd::Ref(ins[i])
            };
            let y = if form == 1 {
                c(&mut t, *b)
            } else {
                Opnd::Ref(ins[j])
            };
            let args: Vec<Opnd> = if arity == 1 { vec![x] } else { vec![x, y] };
            results.push(Opnd::Ref(t.emit(op, &args, Descr::None)));
        }
    }
    t.emit(Opcode::Finish, &results, Descr::None);
    run(&case_of(t, vals));
}

fn pure_ops() -> Vec<Opcode> {
    coil_ir::ALL_OPCODES
        .iter()
        .copied()
        .filter(|o| {
            o.is_pure()
                && !matches!(
                    o,
                    Opcode::PtrEq
                        | Opcode::PtrNe
                        | Opcode::SameAsR
                        | Opcode::CastPtrToInt
                        | Opcode::CastIntToPtr
                )
        })
        .collect()
}

#[test]
fn pure_ops_all_registers() {
    for op in pure_ops() {
        pairs(op, 0);
    }
}

#[test]
fn pure_ops_constant_right() {
    for op in pure_ops() {
        pairs(op, 1);
    }
}

#[test]
fn pure_ops_constant_left() {
    for op in pure_ops() {
        pairs(op, 2);
    }
}

/// Comparisons fused with the guard that tests them, both guard polarities.
#[test]
fn compare_and_guard() {
    let cmps: Vec<Opcode> = pure_ops().into_iter().filter(|o| o.is_cmp()).collect();
    for op in cmps {
        let ty = if op.info().sig.starts_with('f') {
            Type::Float
        } else {
            Type::Int
        };
        let vals = vals_of(ty);
        let arity = op.info().sig.len();
        for guard in [Opcode::GuardTrue, Opcode::GuardFalse] {
            for a in vals.iter().step_by(2) {
                for b in vals.iter().step_by(3) {
                    let mut t = Trace::new();
                    let x = t.input(ty);
                    let y = t.input(ty);
                    let args = if arity == 1 {
                        vec![Opnd::Ref(x)]
                    } else {
                        vec![Opnd::Ref(x), Opnd::Ref(y)]
                    };
                    let c = t.emit(op, &args, Descr::None);
                    let s =
                        t.snapshot(Snapshot::single(vec![SnapValue::Ref(x), SnapValue::Ref(y)]));
                    t.guard(guard, &[Opnd::Ref(c)], s);
                    let one = t.int(1);
                    t.emit(Opcode::Finish, &[one, Opnd::Ref(x)], Descr::None);
                    run(&case_of(t, vec![*a, *b]));
                }
            }
        }
    }
}

#[test]
fn overflow_guards() {
    for op in [Opcode::IntAddOvf, Opcode::IntSubOvf, Opcode::IntMulOvf] {
        for guard in [Opcode::GuardNoOverflow, Opcode::GuardOverflow] {
            for a in INTS {
                for b in INTS {
                    let mut t = Trace::new();
                    let x = t.input(Type::Int);
                    let y = t.input(Type::Int);
                    let r = t.emit(op, &[Opnd::Ref(x), Opnd::Ref(y)], Descr::None);
                    let s =
                        t.snapshot(Snapshot::single(vec![SnapValue::Ref(x), SnapValue::Ref(y)]));
                    t.guard(guard, &[], s);
                    t.emit(Opcode::Finish, &[Opnd::Ref(r)], Descr::None);
                    run(&case_of(t, vec![Val::Int(a), Val::Int(b)]));
                }
            }
        }
    }
}

/// A heap with one struct (fields of every width) and arrays of each item kind.
fn heap_case(text: &str, inputs: Vec<Val>) -> Case {
    let t = parse(text).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
    let mut heap = Heap::default();
    let s = heap.alloc(3);
    let o = heap.get_mut(s).unwrap();
    o.fields.insert(8, Val::Int(-5));
    o.fields.insert(16, Val::Int(-2));
    o.fields.insert(24, Val::float(2.5));
    o.fields.insert(40, Val::Int(200));
    let a = heap.alloc_array(10, Type::Int, 5);
    heap.get_mut(a).unwrap().items.as_mut().unwrap()[2] = Val::Int(77);
    let _f = heap.alloc_array(11, Type::Float, 3);
    let _w = heap.alloc_array(13, Type::Int, 6);
    let _ = inputs;
    Case {
        trace: t,
        inputs: vec![Val::Ref(s), Val::Ref(a), Val::Ref(0x300), Val::Ref(0x400)],
        heap,
        invalidated: false,
        flagged: vec![],
        nursery_words: 4096,
    }
}

const DESCRS: &str = "\
descr a = <FieldS S.a 8>
descr b = <FieldS S.b 16 size=4>
descr f = <FieldF S.f 24>
descr n = <FieldP S.next 32>
descr c = <FieldU S.c 40 size=1>
descr ai = <ArrayS 8 ints base=16 len=8 vtable=10>
descr af = <ArrayF 8 floats base=16 len=8 vtable=11>
descr aw = <ArrayS 2 shorts base=16 len=8 vtable=13>
descr sz = <SizeDescr S 48 vtable=3>
";

#[test]
fn fields_of_every_width() {
    let body = "\
[p0, p1, p2, p3]
i4 = getfield_gc_i(p0, descr=a)
i5 = getfield_gc_i(p0, descr=b)
f6 = getfield_gc_f(p0, descr=f)
i7 = getfield_gc_i(p0, descr=c)
setfield_gc(p0, -129, descr=c)
setfield_gc(p0, 4294967295, descr=b)
setfield_gc(p0, 1.25, descr=f)
setfield_gc(p0, p0, descr=n)
i8 = getfield_gc_i(p0, descr=c)
i9 = getfield_gc_i(p0, descr=b)
i10 = int_add(i4, 1000000000000)
setfield_gc(p0, i10, descr=a)
finish(i4, i5, f6, i7, i8, i9)
";
    run(&heap_case(&format!("{DESCRS}{body}"), vec![]));
}

/// The word casts move bits unchanged: a tagged int survives int -> ptr -> int, and a
/// real object's address has its low (tag) bits clear.
#[test]
fn casts_between_ints_and_pointers() {
    for k in [1i64, -1, 0x7fff_ffff_ffff_ffff, 12345 * 2 + 1] {
        let body = format!(
            "\
[p0, p1, p2, p3]
p4 = cast_int_to_ptr({k})
i5 = cast_ptr_to_int(p4)
i6 = cast_ptr_to_int(p0)
i7 = int_and(i6, 7)
i8 = int_and(i5, 1)
finish(i5, i7, i8)
"
        );
        run(&heap_case(&format!("{DESCRS}{body}"), vec![]));
    }
}

#[test]
fn arrays_of_every_width() {
    let body = "\
[p0, p1, p2, p3]
i4 = arraylen_gc(p1, descr=ai)
i5 = getarrayitem_gc_i(p1, 2, descr=ai)
i6 = int_sub(i4, 1)
setarrayitem_gc(p1, i6, -9, descr=ai)
setarrayitem_gc(p2, 1, -0.0, descr=af)
f7 = getarrayitem_gc_f(p2, 1, descr=af)
setarrayitem_gc(p3, i6, 40000, descr=aw)
i8 = getarrayitem_gc_i(p3, i6, descr=aw)
i9 = getarrayitem_gc_i(p3, 4, descr=aw)
finish(i4, i5, f7, i8, i9)
";
    run(&heap_case(&format!("{DESCRS}{body}"), vec![]));
}

#[test]
fn allocation_and_virtuals_on_exit() {
    for nursery in [4096, 7, 0] {
        let body = "\
[p0, p1, p2, p3]
p4 = new_with_vtable(descr=sz)
setfield_gc(p4, 12, descr=a)
setfield_gc(p4, p0, descr=n)
i5 = getfield_gc_i(p0, descr=a)
p6 = new_array(i5, descr=ai)
i7 = int_add(i5, 10)
p8 = new_array(i7, descr=ai)
setarrayitem_gc(p8, 3, 5, descr=ai)
p9 = new_array(3, descr=af)
setfield_gc(p0, p4, descr=n)
i10 = int_lt(i5, 0)
guard_false(i10) [p0, p8]
i11 = getfield_gc_i(p4, descr=a)
guard_value(i11, 13) [p4, v0, p9, i11] # v0 = new_with_vtable(descr=sz) {a=i7, n=p4, f=2.5}
finish(p4, p6)
";
        let mut c = heap_case(&format!("{DESCRS}{body}"), vec![]);
        c.heap
            .get_mut(0x100)
            .unwrap()
            .fields
            .insert(8, Val::Int(-5 + 10));
        c.nursery_words = nursery;
        run(&c);
    }
}

#[test]
fn guards_on_refs_and_flags() {
    let body = "\
[p0, p1, p2, p3]
guard_nonnull(p0) [p0]
guard_class(p0, 3) [p0]
guard_nonnull_class(p1, 10) [p1]
p4 = getfield_gc_r(p0, descr=n)
guard_isnull(p4) [p4]
guard_not_invalidated() [p0]
i5 = ptr_eq(p0, p1)
guard_false(i5) [p0, p1]
guard_class(p0, 4) [p0, p1]
finish()
";
    run(&heap_case(&format!("{DESCRS}{body}"), vec![]));
    let mut c = heap_case(&format!("{DESCRS}{body}"), vec![]);
    c.invalidated = true;
    run(&c);
}

#[test]
fn calls_and_exceptions() {
    let body = "\
descr h2 = <Calli hii_i(ii) EF=pure>
descr hf = <Callf hf_f(f) EF=pure>
descr h8 = <Calli h8(ifiiiiii) EF=write>
descr lr = <Calln log_r(r) EF=write collect>
descr rn = <Calli raise_neg(i) EF=write raise>
[p0, p1, p2, p3]
i4 = getfield_gc_i(p0, descr=a)
f5 = getfield_gc_f(p0, descr=f)
i6 = call_i(i4, 9, descr=h2)
f7 = call_f(f5, descr=hf)
i8 = call_i(i6, f7, i4, 1, 2, 3, i6, 5, descr=h8)
call_n(p1, descr=lr)
i9 = call_may_force_i(i8, descr=rn)
guard_not_forced() [i9]
guard_no_exception() [i6, f7, i8]
i10 = int_neg(i8)
i11 = call_i(i10, descr=rn)
guard_no_exception() [i6, f7, i8, i9]
finish(i11)
";
    run(&heap_case(&format!("{DESCRS}{body}"), vec![]));
}

#[test]
fn loop_with_counter() {
    let body = "\
[p0, p1, p2, p3]
i4 = getfield_gc_i(p0, descr=a)
label(p0, i4, 0, descr=TargetToken(1))
i5 = int_add(i4, 3)
setfield_gc(p0, i5, descr=a)
i6 = int_lt(i5, 100)
guard_true(i6) [p0, i5]
jump(p0, i5, descr=TargetToken(1))
";
    let text = format!("{DESCRS}{body}");
    let t = parse(&text);
    // Label arguments must be values; build the loop explicitly instead.
    let _ = t;
    let body = "\
[p0, p1, p2, p3]
i4 = getfield_gc_i(p0, descr=a)
f5 = getfield_gc_f(p0, descr=f)
label(p0, i4, f5, descr=TargetToken(1))
i6 = int_add(i4, 3)
f7 = float_add(f5, 0.5)
setfield_gc(p0, i6, descr=a)
i8 = int_lt(i6, 100)
guard_true(i8) [p0, i6, f7]
jump(p0, i6, f7, descr=TargetToken(1))
";
    run(&heap_case(&format!("{DESCRS}{body}"), vec![]));
}

#[test]
fn many_live_values_spill() {
    let mut t = Trace::new();
    let x = t.input(Type::Int);
    let f = t.input(Type::Float);
    let mut ints = vec![Opnd::Ref(x)];
    let mut fl = vec![Opnd::Ref(f)];
    for k in 0..40 {
        let c = t.int(k * 7 + 1);
        let prev = ints[ints.len() / 2];
        ints.push(Opnd::Ref(t.emit(Opcode::IntMul, &[prev, c], Descr::None)));
        let d = t.float(k as f64 + 0.5);
        let pf = fl[fl.len() / 2];
        fl.push(Opnd::Ref(t.emit(Opcode::FloatMul, &[pf, d], Descr::None)));
    }
    let snap: Vec<SnapValue> = ints
        .iter()
        .chain(&fl)
        .map(|o| SnapValue::Ref(o.as_ref().unwrap()))
        .collect();
    let s = t.snapshot(Snapshot::single(snap));
    let c = t.emit(Opcode::IntGt, &[ints[20], ints[30]], Descr::None);
    t.guard(Opcode::GuardTrue, &[Opnd::Ref(c)], s);
    let all: Vec<Opnd> = ints.iter().chain(&fl).copied().collect();
    t.emit(Opcode::Finish, &all, Descr::None);
    for v in [1, -3, 0] {
        run(&case_of(t.clone(), vec![Val::Int(v), Val::float(1.5)]));
    }
}

#[test]
fn write_barrier_slow_path_runs_for_flagged_objects() {
    let body = "\
[p0, p1, p2, p3]
setfield_gc(p0, p0, descr=n)
p4 = new_with_vtable(descr=sz)
setfield_gc(p4, p0, descr=n)
finish(p4)
";
    let mut c = heap_case(&format!("{DESCRS}{body}"), vec![]);
    c.flagged = vec![0];
    run(&c);
    // The flagged object went through the slow path exactly once; the fresh one did not.
    assert_eq!(coil_x64::sim::wb_log().len(), 1);
    c.flagged = vec![];
    run(&c);
    assert_eq!(coil_x64::sim::wb_log().len(), 0);
}

#[test]
fn op_builder_sanity() {
    // Op::new keeps the table's type.
    let op = Op::new(Opcode::IntAdd, &[], Descr::None);
    assert_eq!(op.ty, Type::Int);
    let _ = (
        FieldDescr::int("x", 8),
        SizeDescr {
            name: "S".into(),
            size: 16,
            vtable: 1,
        },
    );
    let _ = ArrayDescr {
        name: "a".into(),
        base_offset: 16,
        item_size: 8,
        len_offset: 8,
        item_ty: Type::Int,
        signed: true,
        layout: 1,
    };
}

/// Division and remainder by a constant are compiled as a multiply by a magic reciprocal
/// (no `idiv`): many divisors against edge and spread dividends.
#[test]
fn divmod_by_constants() {
    let mut divisors: Vec<i64> = (2..=70).chain(-70..=-2).collect();
    divisors.extend([
        1000003,
        -1000003,
        255,
        256,
        641,
        0x7fff_ffff,
        0x8000_0000,
        0x1_0000_0001,
        i64::MAX,
        i64::MAX - 1,
        i64::MIN + 1,
        1 << 62,
        (1 << 62) + 1,
        -(1 << 62),
        6700417,
    ]);
    let mut xs: Vec<i64> = INTS.to_vec();
    let mut r: u64 = 0x9e37_79b9_7f4a_7c15;
    for k in 0..48 {
        r ^= r << 13;
        r ^= r >> 7;
        r ^= r << 17;
        xs.push((r >> (k % 60)) as i64 * if k % 2 == 0 { 1 } else { -1 });
    }
    xs.extend([1000002, 1000003, 1000004, -1000003, -1000004, 5, -5, 6, -6]);
    for d in divisors {
        let mut t = Trace::new();
        let ins: Vec<_> = xs.iter().map(|_| t.input(Type::Int)).collect();
        let c = t.c(Val::Int(d).to_const());
        let mut results = Vec::new();
        for i in &ins {
            for op in [Opcode::IntFloorDiv, Opcode::IntMod] {
                results.push(Opnd::Ref(t.emit(op, &[Opnd::Ref(*i), c], Descr::None)));
            }
        }
        t.emit(Opcode::Finish, &results, Descr::None);
        run(&case_of(t, xs.iter().map(|&v| Val::Int(v)).collect()));
    }
}
