//! Parses the Python files named on the command line and prints each SyntaxError as
//! CPython renders it; `--quiet` prints only the summary, `--time` the time spent.
//!
//! Run: `cargo run --release -p coil-syntax --example parse_files -- FILES...`

use std::time::Instant;

fn main() {
    let mut quiet = false;
    let mut time = false;
    let mut files = Vec::new();
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--quiet" => quiet = true,
            "--time" => time = true,
            // Accepted so that tests/stdlib_check.py can drive this example like `coil`.
            "--check" => quiet = true,
            _ => files.push(a),
        }
    }
    let (mut ok, mut bad) = (0, 0);
    let start = Instant::now();
    let mut arena = bumpalo::Bump::new();
    for f in &files {
        let bytes = match std::fs::read(f) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{f}: {e}");
                bad += 1;
                continue;
            }
        };
        arena.reset();
        let res = coil_syntax::decode_source(&bytes, f).and_then(|src| {
            coil_syntax::parse_module(&arena, arena.alloc_str(&src), f).map(|_| ())
        });
        match res {
            Ok(()) => ok += 1,
            Err(e) => {
                bad += 1;
                if !quiet {
                    println!("REJECT {f}");
                    print!("{}", e.render());
                } else {
                    println!("REJECT {f}: {}", e.msg);
                    eprint!("{}", e.render());
                }
            }
        }
    }
    if files.len() != 1 || time {
        println!("{ok} parsed, {bad} rejected");
    }
    if time {
        println!("time: {:.3}s", start.elapsed().as_secs_f64());
    }
    if bad > 0 {
        std::process::exit(1);
    }
}
