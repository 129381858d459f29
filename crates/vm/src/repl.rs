//! The interactive prompt: python3's `>>>`/`...` loop over one persistent `__main__`.
//!
//! Input comes from a `LineSource`: rustyline (line editing, history) on a terminal,
//! plain lines from stdin otherwise (`coil -i < file`, used by the tests). Each complete
//! input is compiled in "single" mode, so expression statements echo their repr through
//! `PRINT_EXPR`; errors print their traceback and the loop goes on; SystemExit and EOF end
//! the session.

use std::io::{BufRead, IsTerminal, Write};

use crate::value::Value;
use crate::vm::Vm;
use crate::RunOptions;

/// Where the prompt's lines come from.
pub trait LineSource {
    /// Shows `prompt` and reads one line without its newline; `None` at end of input.
    /// `Err(())` means the user pressed Ctrl-C.
    fn read_line(&mut self, prompt: &str) -> Option<Result<String, ()>>;
}

/// Lines from a non-terminal stdin; prompts go to stderr as python3 writes them.
struct PlainLines;

impl LineSource for PlainLines {
    fn read_line(&mut self, prompt: &str) -> Option<Result<String, ()>> {
        let mut err = std::io::stderr();
        let _ = err.write_all(prompt.as_bytes());
        let _ = err.flush();
        let mut line = String::new();
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => {
                while line.ends_with(['\n', '\r']) {
                    line.pop();
                }
                Some(Ok(line))
            }
        }
    }
}

/// Line editing and history on a terminal.
struct Editor(rustyline::DefaultEditor);

impl LineSource for Editor {
    fn read_line(&mut self, prompt: &str) -> Option<Result<String, ()>> {
        match self.0.readline(prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = self.0.add_history_entry(line.as_str());
                }
                Some(Ok(line))
            }
            Err(rustyline::error::ReadlineError::Interrupted) => Some(Err(())),
            Err(_) => None,
        }
    }
}

/// Runs the prompt to the end of input or SystemExit; returns the exit status.
pub fn run_repl(opts: &RunOptions) -> i32 {
    crate::with_main_vm(opts, vec![String::new()], None, move |vm, globals| {
        let mut source: Box<dyn LineSource> = if std::io::stdin().is_terminal() {
            eprint!(
                "coil {} (Python 3.11 compatible; tracing JIT)\n\
                 Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
                env!("CARGO_PKG_VERSION")
            );
            match rustyline::DefaultEditor::new() {
                Ok(ed) => Box::new(Editor(ed)),
                Err(_) => Box::new(PlainLines),
            }
        } else {
            Box::new(PlainLines)
        };
        session(vm, globals, source.as_mut())
    })
}

fn session(vm: &mut Vm, globals: Value, source: &mut dyn LineSource) -> i32 {
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        let line = match source.read_line(prompt) {
            None => {
                if std::io::stdin().is_terminal() {
                    eprintln!();
                }
                return 0;
            }
            Some(Err(())) => {
                buffer.clear();
                vm.stdout.flush();
                vm.stderr.write_str("\nKeyboardInterrupt\n");
                continue;
            }
            Some(Ok(line)) => line,
        };
        buffer.push_str(&line);
        buffer.push('\n');
        let arena = bumpalo::Bump::new();
        match coil_syntax::parse_interactive(&arena, &buffer, "<stdin>") {
            Err(coil_syntax::Interactive::Incomplete) => continue,
            Err(coil_syntax::Interactive::Error(e)) => {
                buffer.clear();
                vm.stdout.flush();
                vm.stderr.write_str(&e.render());
                continue;
            }
            Ok(_) => {}
        }
        let text = std::mem::take(&mut buffer);
        if text.trim().is_empty() {
            continue;
        }
        let code = match coil_compiler::compile_interactive(&text, "<stdin>") {
            Ok(c) => vm.load_code(std::rc::Rc::new(c)),
            Err(e) => {
                vm.stdout.flush();
                vm.stderr.write_str(&e.render());
                continue;
            }
        };
        let result = vm.run_code(code, globals, globals);
        vm.stdout.flush();
        if result.is_err() {
            let exc = vm.exc;
            let system_exit = vm.exc_type("SystemExit");
            if vm.isinstance(exc, system_exit) {
                return vm.handle_uncaught(exc);
            }
            let text = vm.format_exception(exc);
            vm.stderr.write_str(&text);
        }
    }
}
