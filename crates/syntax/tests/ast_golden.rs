//! The AST of each `tests/ast/NAME.py` (shapes, field order and locations) must equal
//! CPython 3.11's, recorded in `NAME.ast` by `tools/regen_ast_golden.sh`.

use std::path::PathBuf;

#[test]
fn ast_matches_cpython() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/ast");
    let mut n = 0;
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/ast") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        n += 1;
        let src = std::fs::read_to_string(&path).expect("source");
        let want = std::fs::read_to_string(path.with_extension("ast")).expect("golden .ast");
        let arena = bumpalo::Bump::new();
        let got = match coil_syntax::parse_module(&arena, &src, "t.py") {
            Ok(m) => coil_syntax::dump::module(&m),
            Err(e) => e.render(),
        };
        if got.trim() != want.trim() {
            let i = got
                .bytes()
                .zip(want.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            failures.push(format!(
                "{}: differs at byte {i}\n  coil:    {}\n  cpython: {}",
                path.display(),
                &got[i.saturating_sub(80)..(i + 120).min(got.len())],
                &want[i.saturating_sub(80)..(i + 120).min(want.len())],
            ));
        }
    }
    assert!(n >= 5, "golden files missing");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
