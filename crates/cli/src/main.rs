//! The `coil` command: argument parsing and dispatch to check, disassemble or run.

mod args;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use args::{Cli, Mode};

/// mimalloc: the front end allocates many small short-lived vectors and strings, and
/// glibc's malloc cost about 15% of `coil --check` (see ARCHITECTURE.md, dependencies).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match Cli::parse_env() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let status = match &cli.mode {
        Mode::Check(files) => check_files(files),
        Mode::Dis(file) => disassemble_file(file),
        Mode::Run { file, argv } => run_file(&cli, file, argv.clone()),
        Mode::Command { code, argv } => run_command(&cli, code, argv.clone()),
        Mode::Module { name, argv } => run_module(&cli, name, argv.clone()),
        Mode::Stdin { argv } => run_stdin(&cli, argv.clone()),
        Mode::Repl => run_repl(&cli),
    };
    ExitCode::from(status.clamp(0, 255) as u8)
}

/// The path CPython would show for a main script: absolute, not canonicalised.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Reads and decodes a source file, reporting failures as CPython does.
fn read_source(path: &Path, shown: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| {
        format!(
            "coil: can't open file '{}': [Errno {}] {}\n",
            path.display(),
            e.raw_os_error().unwrap_or(2),
            errno_text(&e)
        )
    })?;
    coil_syntax::decode_source(&bytes, shown)
        .map(|s| s.into_owned())
        .map_err(|e| e.render())
}

/// The strerror text CPython shows after `[Errno N]`.
fn errno_text(e: &std::io::Error) -> String {
    let text = e.to_string();
    // Rust appends " (os error N)"; CPython prints only the message.
    match text.rfind(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

fn check_files(files: &[PathBuf]) -> i32 {
    let mut failed = false;
    for file in files {
        let shown = absolute(file).display().to_string();
        let result = read_source(file, &shown)
            .and_then(|src| coil_compiler::compile_module(&src, &shown).map_err(|e| e.render()));
        if let Err(text) = result {
            eprint!("{text}");
            failed = true;
        }
    }
    i32::from(failed)
}

fn disassemble_file(file: &Path) -> i32 {
    let shown = absolute(file).display().to_string();
    let result = read_source(file, &shown)
        .and_then(|src| coil_compiler::compile_module(&src, &shown).map_err(|e| e.render()));
    match result {
        Ok(code) => {
            print!("{}", coil_compiler::disassemble(&code));
            0
        }
        Err(text) => {
            eprint!("{text}");
            1
        }
    }
}

fn run_file(cli: &Cli, file: &Path, mut argv: Vec<String>) -> i32 {
    argv.insert(0, file.display().to_string());
    coil_vm::run_file(file, argv, &cli.run_options())
}

fn run_command(cli: &Cli, code: &str, mut argv: Vec<String>) -> i32 {
    argv.insert(0, "-c".to_string());
    coil_vm::run_source(code, "<string>", argv, &cli.run_options())
}

fn run_module(cli: &Cli, name: &str, argv: Vec<String>) -> i32 {
    coil_vm::run_module(name, argv, &cli.run_options())
}

fn run_stdin(cli: &Cli, mut argv: Vec<String>) -> i32 {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        eprintln!("coil: can't read standard input: {e}");
        return 2;
    }
    let source = match coil_syntax::decode_source(&bytes, "<stdin>") {
        Ok(s) => s.into_owned(),
        Err(e) => {
            eprint!("{}", e.render());
            return 1;
        }
    };
    argv.insert(0, "-".to_string());
    coil_vm::run_source(&source, "<stdin>", argv, &cli.run_options())
}

fn run_repl(cli: &Cli) -> i32 {
    coil_vm::run_repl(&cli.run_options())
}
