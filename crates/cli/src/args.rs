//! Command-line grammar of `coil`: python3-like modes plus coil's own options.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

/// Run Python 3.11 scripts with a tracing JIT.
#[derive(Parser, Debug)]
#[command(
    name = "coil",
    version,
    about = "Run Python 3.11 scripts; hot loops are compiled by a tracing JIT.",
    after_help = "Arguments after FILE, -c CODE or -m MODULE are passed to the program in sys.argv.\n\
                  With no FILE, coil starts an interactive prompt; FILE '-' reads the program from stdin."
)]
struct RawArgs {
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE", conflicts_with_all = ["module", "check", "dis"])]
    command: Option<String>,
    /// Run a library module as a script (found on sys.path).
    #[arg(short = 'm', value_name = "MODULE", conflicts_with_all = ["check", "dis"])]
    module: Option<String>,
    /// Compile only: print each file's syntax errors; exit 1 if any file fails.
    #[arg(long, value_name = "FILE", num_args = 1.., conflicts_with = "dis")]
    check: Option<Vec<PathBuf>>,
    /// Print a disassembly of FILE's bytecode with line numbers.
    #[arg(long, value_name = "FILE")]
    dis: Option<PathBuf>,
    /// JIT settings: `off`, or `threshold=N,trace_limit=N,enable_opts=a:b:...`.
    #[arg(long, value_name = "SPEC")]
    jit: Vec<String>,
    /// At exit, print inline-cache, GC and JIT statistics on stderr.
    #[arg(long)]
    stats: bool,
    /// Start the interactive prompt even when stdin is not a terminal.
    #[arg(short = 'i')]
    interactive: bool,
    /// FILE (or '-') followed by the program's arguments.
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "FILE [ARGS]"
    )]
    rest: Vec<String>,
}

/// What the command was asked to do.
#[derive(Debug)]
pub enum Mode {
    Check(Vec<PathBuf>),
    Dis(PathBuf),
    Run { file: PathBuf, argv: Vec<String> },
    Command { code: String, argv: Vec<String> },
    Module { name: String, argv: Vec<String> },
    Stdin { argv: Vec<String> },
    Repl,
}

#[derive(Debug)]
pub struct Cli {
    pub mode: Mode,
    pub jit: Vec<String>,
    pub stats: bool,
}

impl Cli {
    /// Parses `std::env::args`; on `--help`, `--version` or a usage error, prints what clap
    /// prints and returns the exit code to use.
    pub fn parse_env() -> Result<Cli, ExitCode> {
        let raw = match RawArgs::try_parse() {
            Ok(raw) => raw,
            Err(e) => {
                let _ = e.print();
                return Err(if e.use_stderr() {
                    ExitCode::from(2)
                } else {
                    ExitCode::SUCCESS
                });
            }
        };
        let mode = if let Some(files) = raw.check {
            Mode::Check(files)
        } else if let Some(file) = raw.dis {
            Mode::Dis(file)
        } else if let Some(code) = raw.command {
            Mode::Command {
                code,
                argv: raw.rest,
            }
        } else if let Some(name) = raw.module {
            Mode::Module {
                name,
                argv: raw.rest,
            }
        } else {
            let mut rest = raw.rest.into_iter();
            match rest.next() {
                // python3 reads a program from a non-terminal stdin unless -i is given.
                None if raw.interactive || std::io::stdin().is_terminal() => Mode::Repl,
                None => Mode::Stdin { argv: Vec::new() },
                Some(first) if first == "-" => Mode::Stdin {
                    argv: rest.collect(),
                },
                Some(first) => Mode::Run {
                    file: PathBuf::from(first),
                    argv: rest.collect(),
                },
            }
        };
        Ok(Cli {
            mode,
            jit: raw.jit,
            stats: raw.stats,
        })
    }

    pub fn run_options(&self) -> coil_vm::RunOptions {
        let mut opts = coil_vm::RunOptions::from_env();
        opts.stats = self.stats;
        opts.jit_spec = self.jit.clone();
        opts.jit_install = Some(coil_jit::install);
        opts
    }
}
