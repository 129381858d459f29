//! Finds how deeply nested input parses within a given thread stack size, to size
//! `parser::MAX_DEPTH`. Run: `cargo run -p coil-syntax --example stack_probe -- KIB`

/// Parses `src` on a thread with `stack` bytes; a stack overflow aborts the process.
fn outcome(src: String, stack: usize) -> String {
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let arena = bumpalo::Bump::new();
            let src = arena.alloc_str(&src);
            match coil_syntax::parse_module(&arena, src, "probe") {
                Ok(_) => "ok".to_string(),
                Err(e) => e.msg,
            }
        })
        .map(|h| h.join().unwrap_or_else(|_| "panic".to_string()))
        .unwrap_or_default()
}

fn main() {
    let kib: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2048);
    type Shape = (&'static str, fn(usize) -> String);
    let shapes: [Shape; 8] = [
        ("lambdas", |n| format!("x = {}1\n", "lambda: ".repeat(n))),
        ("ifexp", |n| format!("x = {}1\n", "a if b else ".repeat(n))),
        ("blocks+parens", |n| {
            let mut s = String::new();
            for i in 0..99 {
                s.push_str(&" ".repeat(i));
                s.push_str("if x:\n");
            }
            s.push_str(&" ".repeat(99));
            s.push_str(&format!(
                "x = {}-1{}\n",
                "(-".repeat(n.min(199)),
                ")".repeat(n.min(199))
            ));
            s
        }),
        ("parens", |n| {
            format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n))
        }),
        ("lists", |n| {
            format!("x = {}1{}\n", "[".repeat(n), "]".repeat(n))
        }),
        ("unary", |n| format!("x = {}1\n", "-".repeat(n))),
        ("not", |n| format!("x = {}1\n", "not ".repeat(n))),
        ("blocks", |n| {
            let mut s = String::new();
            for i in 0..n {
                s.push_str(&" ".repeat(i));
                s.push_str("if x:\n");
            }
            s.push_str(&" ".repeat(n));
            s.push_str("pass\n");
            s
        }),
    ];
    for (name, make) in shapes {
        for n in [50, 100, 199, 300, 1000, 5000] {
            println!("{name} x{n} in {kib} KiB: {}", outcome(make(n), kib * 1024));
        }
    }
}
