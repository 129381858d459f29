//! The pass table, `enable_opts` parsing, stats reporting and error kinds.

use coil_ir::parse;
use coil_opt::{optimize, optimize_with, OptError, Pass, PassSet, ALL_PASSES, DEFAULT_ENABLE_OPTS};

#[test]
fn enable_opts_parses_pypy_names() {
    let all = PassSet::parse(DEFAULT_ENABLE_OPTS).unwrap();
    assert_eq!(all, PassSet::all());
    assert_eq!(
        all.to_string(),
        "intbounds:rewrite:virtualize:pure:heap:unroll"
    );
    let some = PassSet::parse("rewrite:heap").unwrap();
    assert!(some.has(Pass::Rewrite) && some.has(Pass::Heap));
    assert!(!some.has(Pass::Unroll) && !some.has(Pass::IntBounds));
    assert_eq!(PassSet::parse("").unwrap(), PassSet::none());
    assert_eq!(PassSet::parse("all").unwrap(), PassSet::all());
    let err = PassSet::parse("rewrite:bogus").unwrap_err();
    assert!(err.contains("bogus"), "{err}");
    for p in ALL_PASSES {
        assert_eq!(PassSet::parse(p.name()).unwrap(), PassSet::none().with(*p));
        assert!(!PassSet::all().without(*p).has(*p));
    }
}

#[test]
fn stats_count_and_print() {
    let t = parse(
        "[p0, i1]\n\
         label(p0, i1, descr=TargetToken(1))\n\
         guard_class(p0, ConstClass(3), descr=<Guard0x0>) [p0, i1]\n\
         p2 = new_with_vtable(descr=<SizeDescr P 16 vtable=3>)\n\
         setfield_gc(p2, i1, descr=<FieldS P.x 8>)\n\
         i3 = int_lt(i1, 10)\n\
         guard_true(i3, descr=<Guard0x1>) [p2, i1]\n\
         i4 = int_add(i1, 1)\n\
         jump(p0, i4, descr=TargetToken(1))\n",
    )
    .unwrap();
    let (_, s) = optimize(&t, PassSet::all()).unwrap();
    assert_eq!(s.ops_before, 8, "label and jump count");
    assert_eq!(s.guards_before, 2);
    assert_eq!(s.guards_after, 3, "guard_class stays in the preamble only");
    assert_eq!(s.virtuals, 2, "one per copy of the body");
    assert_eq!(s.forced, 0);
    assert_eq!(s.guards_removed, 1);
    let text = s.to_string();
    assert!(text.contains("virtuals:\t2\n"), "{text}");
    assert_eq!(s.by_name("forced"), Some(0));
    assert!(s.pypy_summary().contains(&("nvirtuals", 2)));
    assert_eq!(s.by_name("nope"), None);
}

#[test]
fn errors_are_classified() {
    let bad = parse("[i0]\ni1 = int_add(i0, 1)\n").unwrap();
    assert!(matches!(
        optimize(&bad, PassSet::all()),
        Err(OptError::Malformed(_))
    ));
    let inv = parse("[i0]\nguard_true(0, descr=<Guard0x0>) [i0]\nfinish(i0)\n").unwrap();
    assert!(matches!(
        optimize(&inv, PassSet::all()),
        Err(OptError::Invalid(_))
    ));
    assert!(matches!(
        optimize_with(&inv, "nonsense"),
        Err(OptError::Malformed(_))
    ));
    // Without rewrite nothing decides the guard: the trace is kept as is.
    let (out, _) = optimize_with(&inv, "heap").unwrap();
    assert_eq!(out.num_guards(), 1);
}

#[test]
fn decisions_explain_the_result() {
    let t = parse(
        "[p0, i1]\n\
         label(p0, i1, descr=TargetToken(1))\n\
         guard_class(p0, ConstClass(3), descr=<Guard0x0>) [p0, i1]\n\
         i2 = getfield_gc_i(p0, descr=<FieldS A.n 8>)\n\
         i3 = int_lt(i1, i2)\n\
         guard_true(i3, descr=<Guard0x1>) [p0, i1]\n\
         i4 = int_add_ovf(i1, 1)\n\
         guard_no_overflow(descr=<Guard0x2>) [p0, i1]\n\
         jump(p0, i4, descr=TargetToken(1))\n",
    )
    .unwrap();
    let (_, stats, ds) = coil_opt::optimize_explained(&t, PassSet::all(), true).unwrap();
    let text: Vec<String> = ds.iter().map(|d| d.render(&t)).collect();
    let has = |s: &str| text.iter().any(|l| l.contains(s));
    assert!(has("op 3 guard_class(p0, ConstClass(3), descr=<Guard0x0>) [loop rewrite] guard removed: class already known"), "{text:#?}");
    assert!(
        has("[preamble intbounds] overflow check removed"),
        "{text:#?}"
    );
    assert!(
        has("[loop unroll] hoisted out of the loop: getfield_gc_i"),
        "{text:#?}"
    );
    assert_eq!(
        text.iter()
            .filter(|l| l.contains("overflow check removed"))
            .count() as u64,
        stats.ovf_removed
    );
    let annotated = coil_opt::annotate(&t, &ds);
    assert!(
        annotated.contains("guard_class(p0, ConstClass(3), descr=<Guard0x0>) [p0, i1]\n    # [loop rewrite] guard removed"),
        "{annotated}"
    );
    assert_eq!(
        parse(&annotated).unwrap().print(),
        t.print(),
        "annotations are comments"
    );
    let (_, _, none) = coil_opt::optimize_explained(&t, PassSet::all(), false).unwrap();
    assert!(none.is_empty());
}
