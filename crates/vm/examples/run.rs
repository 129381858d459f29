//! Developer runner: `cargo run -p coil-vm --example run -- FILE [ARGS]` (the real CLI is crates/cli).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut opts = coil_vm::RunOptions::from_env();
    let mut rest = args.as_slice();
    if rest.first().map(|s| s.as_str()) == Some("--stats") {
        opts.stats = true;
        rest = &rest[1..];
    }
    let Some(file) = rest.first() else {
        eprintln!("usage: run [--stats] FILE [ARGS] | -c CODE");
        std::process::exit(2);
    };
    let code = if file == "-c" {
        coil_vm::run_source(
            rest.get(1).map(|s| s.as_str()).unwrap_or(""),
            "<string>",
            vec!["-c".into()],
            &opts,
        )
    } else {
        coil_vm::run_file(std::path::Path::new(file), rest.to_vec(), &opts)
    };
    std::process::exit(code);
}
