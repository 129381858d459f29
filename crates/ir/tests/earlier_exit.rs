//! The rule for an optimized trace that leaves earlier than its original through a
//! strengthened guard (`earlier_exit_matches`): accepted only from a state the original
//! really went through, and only when the original fails too.

use coil_ir::*;

/// Checks `i0 != 0` at pc 1, then `i0 == 7` at pc 2 (after computing `i2 = i1 + 1`).
const ORIGINAL: &str = "\
[i0, i1]
i2 = int_add(i1, 1)
guard_true(i0, descr=<Guard0x0>) [i0, i1] # frames 0@1:2
i3 = int_eq(i0, 7)
guard_true(i3, descr=<Guard0x1>) [i0, i2] # frames 0@2:2
finish(i2)
";

/// Both checks strengthened into one `guard_value` at the first guard's position, with
/// the first guard's snapshot: legal.
const STRENGTHENED: &str = "\
[i0, i1]
i2 = int_add(i1, 1)
guard_value(i0, 7, descr=<Guard0x0>) [i0, i1] # frames 0@1:2
finish(i2)
";

/// The same guard, but its snapshot claims the state after `i2` at pc 1: the original
/// never was in that state at pc 1, so resuming there would count twice.
const WRONG_STATE: &str = "\
[i0, i1]
i2 = int_add(i1, 1)
guard_value(i0, 7, descr=<Guard0x0>) [i0, i2] # frames 0@1:2
finish(i2)
";

/// Stronger than the original: fails for i0 == 7, where the original finishes.
const TOO_STRONG: &str = "\
[i0, i1]
i2 = int_add(i1, 1)
guard_value(i0, 8, descr=<Guard0x0>) [i0, i1] # frames 0@1:2
finish(i2)
";

fn run(t: &Trace, inputs: &[Val]) -> (Exit, Machine) {
    let mut m = Machine::new();
    let e = m.run(t, inputs).expect("runs");
    (e, m)
}

fn check(opt: &str, inputs: &[Val]) -> Result<u64, String> {
    let orig = parse(ORIGINAL).unwrap();
    let opt = parse(opt).unwrap();
    verify(&orig).unwrap();
    verify(&opt).unwrap();
    let (ea, ma) = run(&orig, inputs);
    let (eb, mb) = run(&opt, inputs);
    assert!(
        equivalent((&ea, &ma), (&eb, &mb), inputs).is_err(),
        "the exits differ strictly"
    );
    earlier_exit_matches(&orig, inputs, &mut Machine::new, (&ea, &ma), (&eb, &mb))
}

#[test]
fn strengthened_guard_leaving_earlier_is_accepted() {
    // i0 = 3: the original passes guard 0 and fails guard 1; the optimized trace fails
    // at guard 0 in exactly the state the original had there.
    assert_eq!(check(STRENGTHENED, &[Val::Int(3), Val::Int(10)]), Ok(0));
}

#[test]
fn earlier_exit_with_a_state_the_original_never_had_is_rejected() {
    let err = check(WRONG_STATE, &[Val::Int(3), Val::Int(10)]).unwrap_err();
    assert!(err.contains("slot 1"), "{err}");
}

#[test]
fn earlier_exit_where_the_original_runs_through_is_rejected() {
    let err = check(TOO_STRONG, &[Val::Int(7), Val::Int(10)]).unwrap_err();
    assert!(err.contains("only legal when both"), "{err}");
}

#[test]
fn forced_failure_reports_the_state_at_that_guard() {
    let orig = parse(ORIGINAL).unwrap();
    let mut m = Machine::new();
    m.force_fail = Some(1);
    // i0 = 7 passes both guards normally; forcing the second to fail exits at pc 2.
    let e = m.run(&orig, &[Val::Int(7), Val::Int(10)]).unwrap();
    assert_eq!(e.frames[0].pc, 2);
    assert_eq!(
        e.frames[0].slots,
        vec![Some(Val::Int(7)), Some(Val::Int(11))]
    );
    let mut m = Machine::new();
    let e = m.run(&orig, &[Val::Int(7), Val::Int(10)]).unwrap();
    assert_eq!(e.kind, ExitKind::Finish);
    assert_eq!(m.guards_passed, 2);
}
