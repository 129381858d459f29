//! No input makes the front end panic, hang or overflow the stack: deep nesting at and
//! past CPython's limits, and a few thousand mutated inputs, on a 2 MiB thread stack.

fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("front end panicked")
}

fn outcome(src: String) -> Result<(), String> {
    on_small_stack(move || {
        let arena = bumpalo::Bump::new();
        let src = arena.alloc_str(&src);
        coil_syntax::parse_module(&arena, src, "deep.py")
            .map(|_| ())
            .map_err(|e| e.msg)
    })
}

#[test]
fn nesting_limits() {
    // CPython accepts 199 nested parentheses and rejects 201 in the tokenizer.
    assert_eq!(
        outcome(format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199))),
        Ok(())
    );
    assert_eq!(
        outcome(format!("x = {}1{}\n", "[".repeat(199), "]".repeat(199))),
        Ok(())
    );
    assert_eq!(
        outcome(format!("x = {}1{}\n", "(".repeat(201), ")".repeat(201))),
        Err("too many nested parentheses".to_string())
    );
    // Long operator chains without brackets parse, or fail cleanly past the limit.
    assert_eq!(outcome(format!("x = {}1\n", "-".repeat(300))), Ok(()));
    assert_eq!(outcome(format!("x = {}1\n", "not ".repeat(300))), Ok(()));
    assert!(outcome(format!("x = {}1\n", "-".repeat(5000))).is_err());
    assert!(outcome(format!("x = {}1\n", "lambda: ".repeat(5000))).is_err());
    assert!(outcome(format!("x = {}1\n", "a if b else ".repeat(5000))).is_err());
    // Left-associative chains parse iteratively; like CPython's compiler, the front end
    // refuses trees deeper than its limit (`validate::MAX_AST_DEPTH`).
    assert_eq!(outcome(format!("x = 1{}\n", " + 1".repeat(900))), Ok(()));
    assert!(outcome(format!("x = 1{}\n", " + 1".repeat(20000))).is_err());
    assert!(outcome(format!("x = a{}\n", ".b".repeat(20000))).is_err());
    assert!(outcome(format!("x = f{}\n", "()".repeat(20000))).is_err());
    // Indentation: CPython's limit is 100 levels.
    let mut s = String::new();
    for i in 0..99 {
        s.push_str(&" ".repeat(i));
        s.push_str("if x:\n");
    }
    s.push_str(&" ".repeat(99));
    s.push_str("pass\n");
    assert_eq!(outcome(s.clone()), Ok(()));
    // 99 blocks with deep expressions inside: an error, not a crash.
    s.truncate(s.len() - 5);
    s.push_str(&format!("x = {}1{}\n", "(-".repeat(199), ")".repeat(199)));
    let _ = outcome(s);
}

#[test]
fn mutated_inputs_do_not_crash() {
    on_small_stack(|| {
        let mut m = coil_syntax::fuzz::Mutator::new(7);
        for _ in 0..3000 {
            coil_syntax::fuzz::check_one(&m.input());
        }
    });
}

#[test]
fn seeds_parse() {
    for seed in coil_syntax::fuzz::SEEDS {
        let arena = bumpalo::Bump::new();
        let src = arena.alloc_str(seed);
        if let Err(e) = coil_syntax::parse_module(&arena, src, "seed.py") {
            panic!("seed does not parse: {seed:?}\n{}", e.render());
        }
    }
}

#[test]
fn fuzz_regressions() {
    // A caret inside a multi-byte character (found by the fuzz driver, seed 2).
    let input: &[u8] = &[
        109, 97, 116, 99, 104, 32, 112, 58, 10, 32, 32, 32, 32, 99, 97, 115, 101, 32, 91, 49, 44,
        32, 50, 44, 32, 42, 114, 101, 115, 116, 93, 32, 105, 102, 32, 114, 101, 115, 116, 58, 10,
        32, 32, 32, 32, 32, 32, 32, 32, 112, 97, 115, 115, 10, 32, 32, 32, 32, 99, 97, 115, 101,
        32, 123, 34, 97, 34, 58, 32, 49, 44, 32, 195, 169, 42, 42, 107, 119, 125, 58, 10, 32, 32,
        32, 32, 32, 32, 32, 32, 112, 97, 115, 115, 10, 32, 32, 32, 32, 99, 97, 115, 101, 32, 80,
        111, 105, 110, 116, 40, 120, 61, 48, 41, 32, 124, 32, 78, 111, 110, 101, 32, 97, 115, 32,
        113, 58, 10, 32, 32, 32, 32, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32,
        10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10,
        32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32,
        10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10,
        32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32,
        10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10,
        32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32,
        10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10,
        32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32,
        10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10,
        32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32,
        10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10,
        32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32,
        10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 10,
        32, 10, 32, 10, 32, 10, 32, 10, 32, 10, 32, 32, 32, 32, 112, 97, 115, 115, 10, 32, 32, 32,
        32, 10, 32, 32, 32, 32, 32, 32, 32, 32, 112, 97, 115, 115, 10,
    ];
    on_small_stack(move || coil_syntax::fuzz::check_one(input));
}
