//! `cargo run -p coil-compiler --example dis FILE.py`: prints the disassembly of a file.

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "-".into());
    let source = if path == "-" {
        std::io::read_to_string(std::io::stdin()).unwrap_or_default()
    } else {
        std::fs::read_to_string(&path).unwrap_or_default()
    };
    match coil_compiler::compile_module(&source, &path) {
        Ok(code) => print!("{}", coil_compiler::disassemble(&code)),
        Err(e) => {
            eprint!("{}", e.render());
            std::process::exit(1);
        }
    }
}
