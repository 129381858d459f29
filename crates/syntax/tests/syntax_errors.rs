//! Conformance: each `tests/syntax_errors/NAME.py` must fail with exactly the stderr
//! CPython 3.11 printed for it (`NAME.err`, made by `tests/syntax_errors/regen.sh`,
//! with the directory written as `<DIR>`).

use std::path::PathBuf;

fn render(bytes: &[u8], filename: &str) -> String {
    let arena = bumpalo::Bump::new();
    let result =
        coil_syntax::decode_with(bytes, filename, coil_syntax::Flavour::Script).and_then(|src| {
            let src = arena.alloc_str(&src);
            coil_syntax::parse_module(&arena, src, filename).map(|_| ())
        });
    match result {
        Ok(()) => "(no error)\n".to_string(),
        Err(e) => e.render(),
    }
}

#[test]
fn syntax_errors_match_cpython() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/syntax_errors");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/syntax_errors exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".py").map(str::to_string))
        .collect();
    names.sort();
    assert!(
        names.len() >= 50,
        "expected the error corpus, found {} cases",
        names.len()
    );
    let mut failures = Vec::new();
    for name in &names {
        let bytes = std::fs::read(dir.join(format!("{name}.py"))).unwrap_or_default();
        let want = std::fs::read_to_string(dir.join(format!("{name}.err"))).unwrap_or_default();
        // Parse on a thread with a known stack, as the `coil` binary's main thread has.
        let filename = format!("<DIR>/{name}.py");
        let got = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || render(&bytes, &filename))
            .and_then(|h| {
                h.join()
                    .map_err(|_| std::io::Error::other("parser panicked"))
            })
            .unwrap_or_else(|e| format!("{e}\n"));
        if got != want {
            failures.push(format!("--- {name}\nwant:\n{want}got:\n{got}"));
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} of {} error cases differ from CPython:\n{}",
            failures.len(),
            names.len(),
            failures.join("\n")
        );
    }
}
