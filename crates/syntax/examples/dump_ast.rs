//! Prints the AST of one Python file in `coil_syntax::dump`'s format (compared with
//! CPython's by `crates/syntax/tools/ast_dump.py --compare`).

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump_ast FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_default();
    let arena = bumpalo::Bump::new();
    let result = coil_syntax::decode_source(&bytes, &path).and_then(|src| {
        let src = arena.alloc_str(&src);
        coil_syntax::parse_module(&arena, src, &path).map(|m| coil_syntax::dump::module(&m))
    });
    match result {
        Ok(text) => println!("{text}"),
        Err(e) => {
            eprint!("{}", e.render());
            std::process::exit(1);
        }
    }
}
