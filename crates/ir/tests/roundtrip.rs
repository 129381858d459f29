//! Tests of the text form (print/parse round trip), the verifier and the evaluator.

use coil_ir::*;

const LOOP: &str = "\
# Loop 1 (f;x.py:1-3~#12 FOR_ITER)
[p0, i1, i2]
label(p0, i1, i2, descr=TargetToken(7))
debug_merge_point(0, 0, 'f;x.py:2~#14 LOAD_FAST')
guard_class(p0, ConstClass(3), descr=<Guard0x0>) [p0, i1, i2]
i6 = getfield_gc_i(p0, descr=<FieldS Point.x 8>)
i7 = int_lt(i1, i2)
guard_true(i7, descr=<Guard0x1>) [p0, i1, None] # frames 5@12:2 6@0:1
i9 = int_add_ovf(i1, i6)
guard_no_overflow(descr=<Guard0x2>) [p0, i1, v0] # v0 = new_with_vtable(descr=<SizeDescr Point 24 vtable=3>) {<FieldS Point.x 8>=i9, <FieldP Point.next 16>=v1}; v1 = new_array(descr=<ArrayF 8 floats base=16 len=8>) [1.5, -0.0]
setfield_gc(p0, i9, descr=<FieldS Point.x 8>)
f12 = cast_int_to_float(i9)
i13 = call_i(i9, f12, descr=<Calli hash(if) EF=readonly raise addr=0x1234>)
p14 = new_with_vtable(descr=<SizeDescr Point 24 vtable=3>)
p15 = new_array(3, descr=<ArrayP 8 list base=16 len=8 vtable=9>)
i16 = getfield_gc_i(p0, descr=<FieldU Point.flags 24 size=4 pure>)
i17 = int_add(i16, -7)
guard_value(p15, ConstPtr(null), descr=<Guard0x3>) [p0]
jump(p0, i9, i2, descr=TargetToken(7))
";

#[test]
fn print_parse_roundtrip() {
    let t = parse(LOOP).expect("parses");
    verify(&t).expect("verifies");
    let printed = t.print();
    assert_eq!(printed, LOOP);
    let again = parse(&printed).unwrap();
    assert_eq!(again.print(), printed);
    assert_eq!(t.num_guards(), 4);
    assert_eq!(t.snaps.len(), 4);
    assert_eq!(t.snap(SnapId(1)).frames.len(), 2);
    assert_eq!(t.snap(SnapId(2)).virtuals.len(), 2);
}

#[test]
fn class_field_and_const_classes_roundtrip() {
    let text = "# class_field offset=8 size=8\n# const_classes 0x100=3 0x200=4\n[p0]\nguard_class(p0, ConstClass(7), descr=<Guard0x0>) [p0]\nfinish(p0)\n";
    let t = parse(text).unwrap();
    assert_eq!(t.class_field, ClassField { offset: 8, size: 8 });
    assert_eq!(t.const_class(0x200), Some(4));
    assert_eq!(t.const_class(0x300), None);
    assert_eq!(t.print(), text);
    let mut m = Machine::new();
    let p = m.heap.alloc(1);
    m.heap.get_mut(p).unwrap().fields.insert(8, Val::Int(7));
    assert_eq!(
        m.run(&t, &[Val::Ref(p)]).unwrap().kind,
        ExitKind::Finish,
        "class read from offset 8"
    );
}

#[test]
fn names_are_renumbered_by_position() {
    let t = parse("[i7, p3]\ni9 = int_add(i7, 1)\nfinish(i9, p3)\n").unwrap();
    assert_eq!(t.print(), "[i0, p1]\ni2 = int_add(i0, 1)\nfinish(i2, p1)\n");
}

#[test]
fn declared_descrs_and_shared_snapshots() {
    let text = "\
descr xd = <FieldS P.x 8>
[p0, i1]
setfield_gc(p0, i1, descr=xd)
guard_true(i1, descr=<Guard0x5>) [p0]
guard_true(i1, descr=<Guard0x5>) [p0]
finish()
";
    let t = parse(text).unwrap();
    assert_eq!(
        t.snaps.len(),
        1,
        "guards with the same descr share the snapshot"
    );
    assert!(t.print().contains("descr=<FieldS P.x 8>"));
    let bad = text.replace("[p0]\nfinish", "[i1]\nfinish");
    assert!(parse(&bad).is_err());
}

#[test]
fn parse_errors_name_the_line() {
    let e = parse("[i0]\ni1 = int_add(i0, i9)\nfinish()\n").unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.msg.contains("i9"), "{}", e.msg);
    assert!(parse("[i0]\ni1 = no_such_op(i0)\n").is_err());
    assert!(
        parse("[i0]\np1 = int_add(i0, 1)\n").is_err(),
        "type prefix must match"
    );
    assert!(
        parse("[i0]\nguard_true(i0)\n").is_err(),
        "guard needs fail args"
    );
}

fn verr(text: &str) -> String {
    let t = parse(text).expect("parses");
    verify(&t).expect_err("should not verify").msg
}

#[test]
fn verifier_catches_errors() {
    assert!(verr("[i0, f1]\ni2 = int_add(i0, f1)\nfinish()\n").contains("type"));
    assert!(verr("[i0]\ni1 = int_add_ovf(i0, 1)\nfinish(i1)\n").contains("overflow"));
    assert!(verr("[i0]\ni1 = int_add(i0, 1)\n").contains("end"));
    assert!(verr("[i0]\ni1 = int_add(i0, 1)\nlabel(i0, descr=TargetToken(1))\ni2 = int_add(i1, 1)\njump(i2, descr=TargetToken(1))\n")
        .contains("before the label"));
    assert!(
        verr("[i0]\nlabel(i0, descr=TargetToken(1))\njump(i0, i0, descr=TargetToken(1))\n")
            .contains("arities")
    );
    assert!(
        verr("[p0, f1]\nsetfield_gc(p0, f1, descr=<FieldS P.x 8>)\nfinish()\n").contains("type")
    );
    assert!(
        verr("[i0]\ni1 = call_i(i0, descr=<Calli f(ii) EF=pure>)\nfinish()\n").contains("args")
    );
    assert!(verr("[i0]\nfinish()\ni1 = int_add(i0, 1)\n").contains("last"));
    assert!(
        verr("[p0]\ni1 = getfield_gc_i(p0, descr=<FieldS A.x 8 size=3>)\nfinish()\n")
            .contains("size")
    );
}

fn run(text: &str, inputs: &[Val]) -> (Exit, Machine) {
    let t = parse(text).unwrap();
    verify(&t).unwrap();
    let mut m = Machine::new();
    let e = m.run(&t, inputs).unwrap();
    (e, m)
}

#[test]
fn evaluator_runs_loops_and_exits_at_guards() {
    // sum of 0..n
    let text = "\
[i0, i1, i2]
label(i0, i1, i2, descr=TargetToken(1))
i3 = int_lt(i1, i2)
guard_true(i3, descr=<Guard0x0>) [i0, i1] # frames 4@10:2
i4 = int_add_ovf(i0, i1)
guard_no_overflow(descr=<Guard0x1>) [i0, i1]
i5 = int_add(i1, 1)
jump(i4, i5, i2, descr=TargetToken(1))
";
    let (e, _) = run(text, &[Val::Int(0), Val::Int(0), Val::Int(10)]);
    assert_eq!(
        e.kind,
        ExitKind::Guard {
            at: IrRef(5),
            snap: SnapId(0)
        }
    );
    assert_eq!(
        e.frames,
        vec![ExitFrame {
            code: 4,
            pc: 10,
            slots: vec![Some(Val::Int(45)), Some(Val::Int(10))]
        }]
    );
    assert_eq!(e.iterations, 10);
    let (e, _) = run(text, &[Val::Int(i64::MAX - 3), Val::Int(2), Val::Int(10)]);
    assert_eq!(
        e.kind,
        ExitKind::Guard {
            at: IrRef(7),
            snap: SnapId(1)
        }
    );
    assert_eq!(e.frames[0].slots[0], Some(Val::Int(i64::MAX - 1)));
}

#[test]
fn evaluator_materializes_virtuals_and_uses_the_heap() {
    let text = "\
[p0, i1]
i2 = getfield_gc_i(p0, descr=<FieldS P.x 8>)
i3 = int_add(i2, i1)
setfield_gc(p0, i3, descr=<FieldS P.x 8>)
i4 = getfield_gc_i(p0, descr=<FieldS P.x 8>)
i5 = int_is_zero(i4)
guard_true(i5, descr=<Guard0x0>) [p0, v0] # v0 = new_with_vtable(descr=<SizeDescr P 24 vtable=3>) {<FieldS P.x 8>=i4, <FieldP P.next 16>=p0}
finish(i4)
";
    let mut m = Machine::new();
    let p = m.heap.alloc(3);
    let t = parse(text).unwrap();
    let e = m.run(&t, &[Val::Ref(p), Val::Int(5)]).unwrap();
    assert!(matches!(e.kind, ExitKind::Guard { .. }));
    assert_eq!(e.materialized.len(), 1);
    let v = e.materialized[0];
    assert_eq!(e.frames[0].slots[1], Some(Val::Ref(v)));
    let obj = m.heap.get(v).unwrap();
    assert_eq!(obj.layout, 3);
    assert_eq!(obj.fields.get(&8), Some(&Val::Int(5)));
    assert_eq!(obj.fields.get(&16), Some(&Val::Ref(p)));
    // zero sum takes the finish path
    let mut m2 = Machine::new();
    let p2 = m2.heap.alloc(3);
    let e2 = m2.run(&t, &[Val::Ref(p2), Val::Int(0)]).unwrap();
    assert_eq!(e2.kind, ExitKind::Finish);
    assert_eq!(e2.values, vec![Val::Int(0)]);
}

#[test]
fn evaluator_calls_guard_class_and_arrays() {
    let text = "\
[p0]
guard_nonnull_class(p0, ConstClass(3), descr=<Guard0x0>) [p0]
p1 = new_array(2, descr=<ArrayS 8 ints base=16 len=8 vtable=9>)
setarrayitem_gc(p1, 1, 42, descr=<ArrayS 8 ints base=16 len=8 vtable=9>)
i2 = getarrayitem_gc_i(p1, 1, descr=<ArrayS 8 ints base=16 len=8 vtable=9>)
i3 = arraylen_gc(p1, descr=<ArrayS 8 ints base=16 len=8 vtable=9>)
i4 = call_i(i2, i3, descr=<Calli add(ii) EF=write>)
finish(i4, p1)
";
    let t = parse(text).unwrap();
    verify(&t).unwrap();
    let mut m = Machine::new();
    m.register("add", |_, a| Ok(Val::Int(a[0].int() + a[1].int())));
    let p = m.heap.alloc(3);
    let e = m.run(&t, &[Val::Ref(p)]).unwrap();
    assert_eq!(e.values[0], Val::Int(44));
    assert_eq!(
        m.calls,
        vec![("add".to_string(), vec![Val::Int(42), Val::Int(2)])]
    );
    let mut m = Machine::new();
    let e = m.run(&t, &[Val::Ref(0)]).unwrap();
    assert!(matches!(e.kind, ExitKind::Guard { .. }));
    let mut m = Machine::new();
    let q = m.heap.alloc(4);
    let e = m.run(&t, &[Val::Ref(q)]).unwrap();
    assert!(
        matches!(e.kind, ExitKind::Guard { .. }),
        "wrong class fails"
    );
}

#[test]
fn equivalence_is_structural() {
    let a = "[p0]\np1 = new(descr=<SizeDescr P 16 vtable=2>)\nsetfield_gc(p1, 7, descr=<FieldS P.x 8>)\nfinish(p1, p0)\n";
    let b = "[p0]\nguard_true(0, descr=<Guard0x0>) [v0, p0] # v0 = new(descr=<SizeDescr P 16 vtable=2>) {<FieldS P.x 8>=7}\nfinish(p0, p0)\n";
    let c = "[p0]\nguard_true(0, descr=<Guard0x0>) [v0, p0] # v0 = new(descr=<SizeDescr P 16 vtable=2>) {<FieldS P.x 8>=8}\nfinish(p0, p0)\n";
    let mut ma = Machine::new();
    let p = ma.heap.alloc(1);
    let ea = ma.run(&parse(a).unwrap(), &[Val::Ref(p)]).unwrap();
    let mut mb = Machine::new();
    let q = mb.heap.alloc(1);
    assert_eq!(p, q);
    let eb = mb.run(&parse(b).unwrap(), &[Val::Ref(q)]).unwrap();
    assert!(
        equivalent((&ea, &ma), (&eb, &mb), &[Val::Ref(p)]).is_err(),
        "finish vs guard"
    );
    let fa = Exit {
        kind: ExitKind::Finish,
        frames: vec![],
        values: eb.frames[0].slots.iter().map(|s| s.unwrap()).collect(),
        materialized: vec![],
        iterations: 0,
    };
    equivalent((&ea, &ma), (&fa, &mb), &[Val::Ref(p)]).expect("same shape");
    let mut mc = Machine::new();
    mc.heap.alloc(1);
    let ec = mc.run(&parse(c).unwrap(), &[Val::Ref(q)]).unwrap();
    let fc = Exit {
        kind: ExitKind::Finish,
        frames: vec![],
        values: ec.frames[0].slots.iter().map(|s| s.unwrap()).collect(),
        materialized: vec![],
        iterations: 0,
    };
    assert!(
        equivalent((&ea, &ma), (&fc, &mc), &[Val::Ref(p)]).is_err(),
        "field differs"
    );
}

#[test]
fn op_table_is_consistent() {
    for &op in ALL_OPCODES {
        assert_eq!(Opcode::from_name(op.name()), Some(op));
        if op.is_guard() {
            assert_eq!(op.result(), Type::Void);
        }
    }
    assert_eq!(
        fold(Opcode::IntAdd, &[Const::Int(2), Const::Int(3)]),
        Some(Const::Int(5))
    );
    assert_eq!(
        fold(Opcode::IntFloorDiv, &[Const::Int(-7), Const::Int(2)]),
        Some(Const::Int(-3))
    );
    assert_eq!(
        fold(Opcode::IntFloorDiv, &[Const::Int(1), Const::Int(0)]),
        None
    );
    assert_eq!(fold(Opcode::GuardTrue, &[Const::Int(1)]), None);
    assert!(
        eval_pure(Opcode::IntMulOvf, &[Val::Int(i64::MAX), Val::Int(2)])
            .unwrap()
            .1
    );
}
