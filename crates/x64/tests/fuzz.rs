//! The random-trace fuzzer, a few seconds' worth with fixed seeds, and every regression
//! case it ever found (`tests/regressions/**/*.trace`). The long run is
//! `cargo run --release -p coil-x64 --example fuzz -- --minutes 30`.

use coil_ir::Trace;
use coil_x64::fuzz::{
    case_from_text, case_to_text, check_bridge, check_case_with, gen_case, Failure, Optimize,
    Outcome,
};

fn optimize(t: &Trace) -> Result<Option<Trace>, String> {
    match coil_opt::optimize(t, coil_opt::PassSet::all()) {
        Ok((t, _)) => Ok(Some(t)),
        Err(coil_opt::OptError::Invalid(_)) => Ok(None),
        Err(e) => Err(e.to_string()),
    }
}

const OPT: Optimize = &optimize;

/// Evaluator vs machine code on generated traces, unoptimized and optimized.
#[test]
fn random_traces_agree_with_the_evaluator() {
    let n: u64 = std::env::var("COIL_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400);
    let mut agree = 0;
    for seed in 0..n {
        let c = gen_case(seed);
        match check_case_with(&c, Some(OPT), true) {
            Ok(Outcome::Agree | Outcome::EarlierExit) => agree += 1,
            Ok(Outcome::Skipped) => {}
            Err(e) => panic!("seed {seed}: {e}\n{}", case_to_text(&c)),
        }
    }
    // Most generated cases must be defined (otherwise the generator tests nothing).
    assert!(agree * 10 >= n * 7, "only {agree} of {n} cases compared");
}

/// Loop + bridge (a guard's exit patched to the rest of the trace, jumping back into the
/// loop's label) against the evaluator on the unsplit trace.
#[test]
fn bridges_agree_with_the_evaluator() {
    let mut agree = 0;
    for seed in 0..300u64 {
        let c = gen_case(seed);
        match check_bridge(&c, seed as usize) {
            Ok(Outcome::Agree) => agree += 1,
            Ok(Outcome::Skipped | Outcome::EarlierExit) => {}
            Err(e) => panic!("seed {seed}: {e}\n{}", case_to_text(&c)),
        }
    }
    assert!(agree >= 100, "only {agree} bridge cases compared");
}

#[test]
fn case_text_round_trips() {
    for seed in 0..50 {
        let c = gen_case(seed);
        let text = case_to_text(&c);
        let back = case_from_text(&text).unwrap();
        assert_eq!(case_to_text(&back), text);
        assert_eq!(back.inputs, c.inputs);
        assert_eq!(back.heap, c.heap);
    }
}

fn cases_in(sub: &str) -> Vec<(std::path::PathBuf, coil_x64::sim::Case)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/regressions")
        .join(sub);
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("regressions dir") {
        let path = entry.expect("dir entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("trace") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable");
        let c = case_from_text(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        out.push((path, c));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Cases the fuzzer found against the backend: all three runs must agree.
#[test]
fn backend_regressions() {
    let cases = cases_in("");
    assert!(!cases.is_empty());
    for (path, c) in cases {
        if let Err(e) = check_case_with(&c, Some(OPT), true) {
            panic!("{}: {e}", path.display());
        }
        // Bridge cases name the guard to split at (`# bridge-pick N`).
        let pick = c
            .trace
            .header
            .iter()
            .find_map(|h| h.strip_prefix("bridge-pick "))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0);
        if let Err(e) = check_bridge(&c, pick) {
            panic!("{} (bridge): {e}", path.display());
        }
    }
}

/// Cases where the optimizer changed behaviour: the backend must still agree with the
/// evaluator on the original and on the optimized trace.
#[test]
fn optimizer_regressions_backend_side() {
    for (path, c) in cases_in("opt") {
        if let Err(e) = check_case_with(&c, Some(OPT), false) {
            panic!("{}: {e}", path.display());
        }
    }
}

/// The same cases, three-way: the optimized trace behaves like the original (or leaves
/// legally earlier through a strengthened guard, `coil_ir::earlier_exit_matches`).
#[test]
fn optimizer_regressions_three_way() {
    let mut bad = Vec::new();
    for (path, c) in cases_in("opt") {
        if let Err(Failure::Optimizer(e)) = check_case_with(&c, Some(OPT), true) {
            bad.push(format!(
                "{}: {}",
                path.display(),
                e.lines().next().unwrap_or("")
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "{} optimizer mismatches:\n{}",
        bad.len(),
        bad.join("\n")
    );
}
