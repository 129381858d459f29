//! `cargo run -p coil-compiler --example compile_all DIR...`: compiles every `.py` file
//! under the directories, reporting files that fail (or make the compiler panic) and the
//! total time, and checks `verify` on every code object. A robustness check over large
//! corpora such as the standard library. `COIL_PARSE_ONLY=1` stops after parsing (to
//! measure the compiler's share of the time).

use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

fn main() {
    let mut files = Vec::new();
    for d in std::env::args().skip(1) {
        walk(Path::new(&d), &mut files);
    }
    files.sort();
    let parse_only = std::env::var_os("COIL_PARSE_ONLY").is_some();
    let start = std::time::Instant::now();
    let (mut ok, mut failed, mut panicked) = (0, 0, 0);
    for f in &files {
        let Ok(bytes) = std::fs::read(f) else {
            continue;
        };
        let name = f.display().to_string();
        let Ok(src) = coil_syntax::decode_source(&bytes, &name) else {
            continue;
        };
        let src = src.into_owned();
        if parse_only {
            let arena = bumpalo::Bump::new();
            match coil_syntax::parse_module(&arena, &src, &name) {
                Ok(_) => ok += 1,
                Err(_) => failed += 1,
            }
            continue;
        }
        match std::panic::catch_unwind(|| coil_compiler::compile_module(&src, &name)) {
            Ok(Ok(code)) => match coil_compiler::verify(&code) {
                Ok(()) => ok += 1,
                Err(e) => {
                    failed += 1;
                    println!("INVARIANT {name}: {e}");
                }
            },
            Ok(Err(e)) => {
                failed += 1;
                println!("ERR {name}:{}: {}", e.line, e.msg);
            }
            Err(_) => {
                panicked += 1;
                println!("PANIC {name}");
            }
        }
    }
    println!(
        "{ok} ok, {failed} errors, {panicked} panics, {} files in {:.2?}",
        files.len(),
        start.elapsed()
    );
}
