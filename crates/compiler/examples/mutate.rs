//! `cargo run --release -p coil-compiler --example mutate DIR [ROUNDS]`: a cheap fuzzer.
//! Deletes, duplicates and re-indents random lines of the `.py` files under DIR and
//! compiles the result, reporting any input that makes the compiler panic or break a
//! `verify` invariant (parse errors and SyntaxErrors are expected and ignored).

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

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| ".".into());
    let rounds: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(3);
    let mut files = Vec::new();
    walk(Path::new(&dir), &mut files);
    files.sort();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut compiled, mut bad) = (0usize, 0usize);
    std::panic::set_hook(Box::new(|_| {}));
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        let lines: Vec<&str> = src.lines().collect();
        if lines.is_empty() {
            continue;
        }
        for _ in 0..rounds {
            let mut m: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
            for _ in 0..1 + rng.below(3) {
                let i = rng.below(m.len());
                match rng.below(4) {
                    0 => {
                        m.remove(i);
                    }
                    1 => {
                        let l = m[i].clone();
                        m.insert(i, l);
                    }
                    2 => m[i] = format!("    {}", m[i]),
                    _ => m[i] = m[i].trim_start().to_string(),
                }
                if m.is_empty() {
                    break;
                }
            }
            let text = m.join("\n") + "\n";
            match std::panic::catch_unwind(|| coil_compiler::compile_module(&text, "m.py")) {
                Ok(Ok(code)) => {
                    compiled += 1;
                    if let Err(e) = coil_compiler::verify(&code) {
                        bad += 1;
                        println!("INVARIANT {}: {e}", f.display());
                    }
                }
                Ok(Err(_)) => {}
                Err(_) => {
                    bad += 1;
                    let out = format!("/tmp/mutate_panic_{bad}.py");
                    let _ = std::fs::write(&out, &text);
                    println!("PANIC {} (input saved to {out})", f.display());
                }
            }
        }
    }
    println!("{compiled} mutants compiled, {bad} problems");
}
