//! Stable-Rust fuzz driver: feeds mutated snippets (and, with `--corpus DIR`, mutated
//! lines of real files) to the front end for a time budget, on a 2 MiB thread stack.
//! A panic or stack overflow stops the run and the input is written to
//! `fuzz-crash.py`.
//!
//! Run: `cargo run --release -p coil-syntax --example fuzz_driver -- SECONDS [SEED]`

use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let secs: u64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(60);
    let seed: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(1);
    let deadline = Instant::now() + Duration::from_secs(secs);
    let mut m = coil_syntax::fuzz::Mutator::new(seed);
    let mut n: u64 = 0;
    while Instant::now() < deadline {
        let batch: Vec<Vec<u8>> = (0..256).map(|_| m.input()).collect();
        let copy = batch.clone();
        let ok = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || {
                for input in &batch {
                    coil_syntax::fuzz::check_one(input);
                }
            })
            .map(|h| h.join().is_ok())
            .unwrap_or(false);
        if !ok {
            // Find the failing input and save it.
            for input in copy {
                let keep = input.clone();
                let ok = std::thread::Builder::new()
                    .stack_size(2 << 20)
                    .spawn(move || coil_syntax::fuzz::check_one(&input))
                    .map(|h| h.join().is_ok())
                    .unwrap_or(false);
                if !ok {
                    let _ = std::fs::write("fuzz-crash.py", &keep);
                    eprintln!("crash after {n} inputs; input saved to fuzz-crash.py");
                    std::process::exit(1);
                }
            }
        }
        n += 256;
    }
    println!("{n} inputs, no crash ({secs} s, seed {seed})");
}
