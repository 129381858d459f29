//! Optimizes a trace written in the log syntax and prints the result, the counters and
//! every decision taken:
//! `cargo run -p coil-opt --example optimize -- FILE [ENABLE_OPTS]` (FILE `-` = stdin).

use std::io::Read;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: optimize FILE [ENABLE_OPTS]");
        std::process::exit(2);
    };
    let mut text = String::new();
    let read = if path == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(path).map(|t| text = t)
    };
    if let Err(e) = read {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    }
    let trace = match coil_ir::parse(&text) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let opts = args
        .get(2)
        .map(String::as_str)
        .unwrap_or(coil_opt::DEFAULT_ENABLE_OPTS);
    let passes = match coil_opt::PassSet::parse(opts) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    match coil_opt::optimize_explained(&trace, passes, true) {
        Ok((out, stats, decisions)) => {
            print!("{out}");
            println!("--- {opts}");
            print!("{stats}");
            println!("--- the input, annotated with each decision");
            print!("{}", coil_opt::annotate(&trace, &decisions));
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
