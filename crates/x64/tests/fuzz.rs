//! The random-trace fuzzer, a few seconds' worth with fixed seeds, and every regression
//! case it ever found (`tests/regressions/*.trace`). The long run is
//! `cargo run --release -p coil-x64 --example fuzz -- --minutes 30`.

use coil_x64::fuzz::{case_from_text, case_to_text, check_case, gen_case, Outcome};

#[test]
fn random_traces_agree_with_the_evaluator() {
    let n: u64 = std::env::var("COIL_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400);
    let mut agree = 0;
    for seed in 0..n {
        let c = gen_case(seed);
        match check_case(&c) {
            Ok(Outcome::Agree) => agree += 1,
            Ok(Outcome::Skipped) => {}
            Err(e) => panic!("seed {seed}: {e}\n{}", case_to_text(&c)),
        }
    }
    // Most generated cases must be defined (otherwise the generator tests nothing).
    assert!(agree * 10 >= n * 7, "only {agree} of {n} cases compared");
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

#[test]
fn regressions() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("regressions dir") {
        let path = entry.expect("dir entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("trace") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable");
        let c = case_from_text(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        match check_case(&c) {
            Ok(_) => n += 1,
            Err(e) => panic!("{}: {e}", path.display()),
        }
    }
    let _ = n;
}
