//! `cargo run -p coil-compiler --example dump_codes FILE.py...`: one line per code object
//! (qualname, first line, argument counts, flags, variable tables, names, docstring), in
//! the format of `tools/dump_codes.py`, to compare coil's symbol tables with CPython's.

use coil_compiler::{CodeFlags, CodeObject, Const};

fn sorted(v: &[String]) -> String {
    let mut v = v.to_vec();
    v.sort();
    v.dedup();
    v.join(",")
}

fn walk(path: &str, code: &CodeObject, out: &mut Vec<String>) {
    let doc = if code.flags.has(CodeFlags::OPTIMIZED) {
        if matches!(code.consts.first(), Some(Const::Str(_))) {
            "doc"
        } else {
            "nodoc"
        }
    } else {
        ""
    };
    let nargs = code.total_args();
    let mut all_vars = code.varnames.clone();
    // CPython lists a cell that is not an argument only among cellvars.
    all_vars.retain(|v| !code.cellvars.contains(v) || code.varnames[..nargs].contains(v));
    out.push(
        [
            path.to_string(),
            code.qualname.clone(),
            code.first_line.to_string(),
            code.argcount.to_string(),
            code.posonlyargcount.to_string(),
            code.kwonlyargcount.to_string(),
            format!("{:#x}", code.flags.0 & 0x3ff),
            code.varnames[..nargs.min(code.varnames.len())].join(","),
            sorted(&all_vars),
            sorted(&code.cellvars),
            sorted(&code.freevars),
            sorted(&code.names),
            doc.to_string(),
        ]
        .join("|"),
    );
    for c in &code.consts {
        if let Const::Code(inner) = c {
            walk(path, inner, out);
        }
    }
}

fn main() {
    for path in std::env::args().skip(1) {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let src = match coil_syntax::decode_source(&bytes, &path) {
            Ok(s) => s.into_owned(),
            Err(_) => {
                println!("{path}|ERROR");
                continue;
            }
        };
        match coil_compiler::compile_module(&src, &path) {
            Ok(code) => {
                let mut out = Vec::new();
                walk(&path, &code, &mut out);
                println!("{}", out.join("\n"));
            }
            Err(_) => println!("{path}|ERROR"),
        }
    }
}
