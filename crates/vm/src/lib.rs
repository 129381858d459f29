//! coil-vm: tagged values, the generational GC heap, the object model, the interpreter loop
//! with inline caches, builtins, and the entry points the `coil` command calls.
//!
//! **Architecture Invariant:** the VM knows the JIT only through the `JitHooks` trait.
//! **Architecture Invariant:** `unsafe` lives only in `heap/`.

pub mod builtins;
pub mod heap;
pub mod interp;
pub mod layout;
pub mod modules;
pub mod objects;
pub mod repl;
pub mod value;
pub mod vm;

pub use repl::run_repl;
pub use value::Value;
pub use vm::{JitHooks, NoJit, PyResult, Raised, Sink, Vm};

use std::path::Path;

/// How to run a program.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// Print cache and GC statistics to stderr at exit (`--stats`).
    pub stats: bool,
    /// Collect at every safepoint and poison the nursery (`COIL_GC_STRESS=1`).
    pub gc_stress: bool,
    /// Nursery size in bytes (`COIL_GC_NURSERY`, default 4 MiB).
    pub nursery: usize,
    pub recursion_limit: usize,
    /// Native stack of the interpreter thread, in bytes. Rust-to-Python calls raise
    /// RecursionError when it runs low, whatever the recursion limit.
    pub native_stack: usize,
    /// Install a SIGINT handler so Ctrl-C raises KeyboardInterrupt.
    pub handle_sigint: bool,
    /// Stop the program (exit status 124) after this long (test harnesses).
    pub time_limit: Option<std::time::Duration>,
    /// Installs a JIT as the VM's hooks (`coil_jit::install`), given `jit_spec`.
    pub jit_install: Option<JitInstall>,
    /// The `--jit` settings (`off`, `threshold=N`, ...), one entry per comma-separated item.
    pub jit_spec: Vec<String>,
    /// Standard input for the program (None: the process's stdin). A captured run of a
    /// file without one reads the file's `NAME.in` sibling, or nothing.
    pub stdin: Option<Vec<u8>>,
}

/// Installs a JIT into a fresh VM from the `--jit` settings.
pub type JitInstall = fn(&mut Vm, &[String]);

impl Default for RunOptions {
    fn default() -> RunOptions {
        RunOptions {
            stats: false,
            gc_stress: false,
            nursery: heap::DEFAULT_NURSERY,
            recursion_limit: 1000,
            native_stack: 512 << 20,
            handle_sigint: true,
            time_limit: None,
            jit_install: None,
            jit_spec: Vec::new(),
            stdin: None,
        }
    }
}

impl RunOptions {
    /// Defaults overridden by COIL_GC_STRESS and COIL_GC_NURSERY.
    pub fn from_env() -> RunOptions {
        let mut o = RunOptions::default();
        if std::env::var("COIL_GC_STRESS").is_ok_and(|v| v == "1") {
            o.gc_stress = true;
        }
        if let Ok(n) = std::env::var("COIL_GC_NURSERY") {
            if let Some(b) = parse_size(&n) {
                o.nursery = b;
            }
        }
        o
    }
}

/// "4M", "512k", "1048576" -> bytes.
pub fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let (num, mul) = match s.chars().last()? {
        'k' | 'K' => (&s[..s.len() - 1], 1024),
        'm' | 'M' => (&s[..s.len() - 1], 1 << 20),
        'g' | 'G' => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    num.trim().parse::<usize>().ok().map(|n| n * mul)
}

/// What a program run produced (the captured form is for tests).
pub struct Outcome {
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// It ended with an uncaught KeyboardInterrupt (`code` is 130).
    pub interrupted: bool,
}

impl Outcome {
    /// The exit status for the process; after an uncaught KeyboardInterrupt the process
    /// ends here by SIGINT, as CPython's does.
    fn status(self) -> i32 {
        if self.interrupted {
            heap::exit_by_signal(libc::SIGINT);
        }
        self.code
    }
}

/// The pure-Python library's sys.path entry: `COIL_LIB` when set (a directory, for
/// development), else the library embedded in the binary (`interp::import::EMBEDDED_ROOT`).
fn lib_dir() -> std::path::PathBuf {
    match std::env::var("COIL_LIB") {
        Ok(p) => p.into(),
        Err(_) => interp::import::EMBEDDED_ROOT.into(),
    }
}

extern "C" fn on_sigint(_sig: libc::c_int) {
    interp::eval::INTERRUPTED.store(true, std::sync::atomic::Ordering::SeqCst);
    heap::signal_attention();
}

fn run_in_vm(
    source: Result<String, (String, i32)>,
    filename: String,
    argv: Vec<String>,
    script_dir: Option<String>,
    opts: RunOptions,
    capture: bool,
) -> Outcome {
    run_vm_thread(opts, capture, move |vm| {
        run_main(vm, source, &filename, argv, script_dir, None)
    })
}

/// The fraction (1/N) of the native stack kept free below `Vm::stack_floor`, for the
/// Rust code that runs between two entries into Python.
const STACK_RESERVE: usize = 8;

/// Runs `main` on a fresh VM in a thread with a large stack (deep Python recursion is
/// bounded by the recursion limit, not by Rust's stack), then flushes the output and
/// prints `--stats`.
fn run_vm_thread(
    opts: RunOptions,
    capture: bool,
    main: impl FnOnce(&mut Vm) -> i32 + Send + 'static,
) -> Outcome {
    let stack_size = opts.native_stack.max(1 << 20);
    let body = move || {
        let (out, err) = if capture {
            (Sink::Buffer(Vec::new()), Sink::Buffer(Vec::new()))
        } else {
            (
                Sink::Stdout(std::io::BufWriter::with_capacity(
                    1 << 16,
                    std::io::stdout(),
                )),
                Sink::Stderr,
            )
        };
        let mut vm = Vm::new(opts.nursery, opts.gc_stress, out, err);
        vm.recursion_limit = opts.recursion_limit;
        if opts.handle_sigint {
            heap::register_signal_attention(&vm.heap);
        }
        if let Some(data) = &opts.stdin {
            vm.stdin_feed = Some(modules::stdio::StdinFeed {
                data: data.clone(),
                pos: 0,
            });
        }
        let marker = 0u8;
        vm.stack_floor = (std::ptr::addr_of!(marker) as usize)
            .saturating_sub(stack_size - stack_size / STACK_RESERVE);
        if let Some(install) = opts.jit_install {
            install(&mut vm, &opts.jit_spec);
        }
        let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        if let Some(limit) = opts.time_limit {
            let flag = vm.cancel.clone();
            let attention = vm.heap.attention.clone();
            let done2 = done.clone();
            std::thread::spawn(move || {
                let t0 = std::time::Instant::now();
                while t0.elapsed() < limit {
                    if done2.load(std::sync::atomic::Ordering::Relaxed) {
                        return;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                flag.store(true, std::sync::atomic::Ordering::SeqCst);
                attention.store(true, std::sync::atomic::Ordering::SeqCst);
            });
        }
        let mut code = main(&mut vm);
        // After the program ended, normally, by SystemExit or by an uncaught exception
        // (whose traceback `main` printed), as CPython's finalization does.
        // A run stopped by its time limit skips them.
        if !vm.cancel.load(std::sync::atomic::Ordering::Relaxed) {
            modules::atexit::run_exit_hooks(&mut vm);
            vm.finalize_at_exit();
        }
        done.store(true, std::sync::atomic::Ordering::Relaxed);
        if vm.cancel.load(std::sync::atomic::Ordering::Relaxed) {
            code = 124;
        }
        builtins::io::flush_writers();
        vm.stdout.flush();
        if opts.stats {
            let s = vm.stats_report();
            vm.stderr.write_str(&s);
        }
        let take = |s: &mut Sink| match s {
            Sink::Buffer(b) => std::mem::take(b),
            _ => Vec::new(),
        };
        let (o, e) = (take(&mut vm.stdout), take(&mut vm.stderr));
        Outcome {
            code,
            stdout: o,
            stderr: e,
            interrupted: vm.died_of_interrupt,
        }
    };
    let handle = std::thread::Builder::new()
        .name("coil-main".into())
        .stack_size(stack_size)
        .spawn(body);
    match handle {
        Ok(h) => match h.join() {
            Ok(o) => o,
            Err(_) => Outcome {
                code: 70,
                stdout: Vec::new(),
                stderr: b"coil: internal error (panic)\n".to_vec(),
                interrupted: false,
            },
        },
        Err(_) => Outcome {
            code: 71,
            stdout: Vec::new(),
            stderr: b"coil: cannot start the interpreter thread\n".to_vec(),
            interrupted: false,
        },
    }
}

/// Fills in sys.argv and sys.path and creates `__main__`; returns its dict.
fn setup_main(
    vm: &mut Vm,
    argv: Vec<String>,
    script_dir: Option<String>,
    filename: Option<&str>,
) -> Value {
    // sys.argv and sys.path.
    let sysd = vm.module_dict(vm.sys);
    let args: Vec<Value> = argv.iter().map(|a| vm.new_str(a)).collect();
    let l = vm.new_list(&args);
    vm.def_value(sysd, "argv", l);
    let mut path = Vec::new();
    if let Some(d) = script_dir {
        path.push(vm.new_str(&d));
    }
    for d in std::env::var("PYTHONPATH").unwrap_or_default().split(':') {
        if !d.is_empty() {
            path.push(vm.new_str(d));
        }
    }
    let lib = lib_dir().to_string_lossy().to_string();
    path.push(vm.new_str(&lib));
    let pl = vm.new_list(&path);
    vm.def_value(sysd, "path", pl);
    vm.argv = argv;
    let m = vm.new_module("__main__");
    vm.main_module = m;
    let d = vm.module_dict(m);
    let mods = vm.modules;
    let mk = vm.names.main;
    vm.dict_set_str(mods, mk, m);
    if let Some(filename) = filename.filter(|f| *f != "<string>") {
        let f = vm.new_str(filename);
        vm.def_value(d, "__file__", f);
    }
    let bk = vm.intern("builtins");
    let bm = vm.dict_get_str(vm.modules, bk).unwrap_or(Value::none());
    vm.def_value(d, "__builtins__", bm);
    let none = Value::none();
    vm.def_value(d, "__package__", none);
    vm.def_value(d, "__doc__", none);
    vm.def_value(d, "__spec__", none);
    d
}

/// Runs `body` with a fresh VM whose `__main__` is set up (sys.argv, sys.path), passing
/// the `__main__` dict; used by the interactive prompt.
pub(crate) fn with_main_vm(
    opts: &RunOptions,
    argv: Vec<String>,
    script_dir: Option<String>,
    body: impl FnOnce(&mut Vm, Value) -> i32 + Send + 'static,
) -> i32 {
    install_sigint(opts);
    run_vm_thread(opts.clone(), false, move |vm| {
        let d = setup_main(vm, argv, script_dir, None);
        body(vm, d)
    })
    .code
}

fn run_main(
    vm: &mut Vm,
    source: Result<String, (String, i32)>,
    filename: &str,
    argv: Vec<String>,
    script_dir: Option<String>,
    package: Option<&str>,
) -> i32 {
    let src = match source {
        Ok(s) => s,
        Err((msg, code)) => {
            vm.stderr.write_str(&msg);
            return code;
        }
    };
    let d = setup_main(vm, argv, script_dir, Some(filename));
    // `coil -m`: the module runs as __main__ inside its package, imported first
    // (CPython's runpy).
    if let Some(p) = package {
        let pv = vm.new_str(p);
        let pk = vm.intern("__package__");
        vm.dict_set_str(d, pk, pv);
        if !p.is_empty() {
            let name = vm.intern(p);
            if vm
                .import_name(name, Value::none(), Value::small(0), d)
                .is_err()
            {
                let e = vm.exc;
                return vm.handle_uncaught(e);
            }
        }
    }
    let code = match vm.compile_file_source(&src, filename) {
        Ok(c) => c,
        Err(_) => {
            let e = vm.exc;
            // SyntaxErrors of the main script print without a traceback header.
            vm.stdout.flush();
            let s = vm.format_exception(e);
            vm.stderr.write_str(&s);
            return 1;
        }
    };
    match vm.run_code(code, d, d) {
        Ok(_) => 0,
        Err(_) => {
            let e = vm.exc;
            vm.handle_uncaught(e)
        }
    }
}

fn read_script(path: &Path) -> (Result<String, (String, i32)>, String, Option<String>) {
    let ps = path.to_string_lossy().to_string();
    if let Some(src) = interp::import::embedded_source(&ps) {
        let dir = path.parent().map(|p| p.to_string_lossy().to_string());
        return (Ok(src.to_string()), ps, dir);
    }
    let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let fname = abs.to_string_lossy().to_string();
    let dir = abs.parent().map(|p| p.to_string_lossy().to_string());
    let src = match std::fs::read(&abs) {
        Ok(b) => match coil_syntax::decode_source(&b, &fname) {
            Ok(s) => Ok(s.into_owned()),
            Err(e) => Err((e.render(), 1)),
        },
        Err(e) => Err((
            format!(
                "coil: can't open file '{}': [Errno {}] {}\n",
                path.display(),
                e.raw_os_error().unwrap_or(2),
                if e.kind() == std::io::ErrorKind::NotFound {
                    "No such file or directory".to_string()
                } else {
                    e.to_string()
                }
            ),
            2,
        )),
    };
    (src, fname, dir)
}

fn install_sigint(opts: &RunOptions) {
    if opts.handle_sigint {
        let h = on_sigint as extern "C" fn(libc::c_int);
        heap::install_signal_handler(libc::SIGINT, h as usize);
    }
}

/// Run a script file; returns the process exit status.
pub fn run_file(path: &Path, argv: Vec<String>, opts: &RunOptions) -> i32 {
    install_sigint(opts);
    let (src, fname, dir) = read_script(path);
    let mut argv = argv;
    if argv.is_empty() {
        argv.push(path.to_string_lossy().to_string());
    }
    run_in_vm(src, fname, argv, dir, opts.clone(), false).status()
}

/// Run a module found on the search path as `__main__` (`coil -m NAME [ARGS]`): the
/// current directory, then PYTHONPATH, then the bundled `lib/`; a package runs its
/// `__main__.py`.
pub fn run_module(name: &str, mut argv: Vec<String>, opts: &RunOptions) -> i32 {
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let mut dirs = vec![cwd.clone()];
    for d in std::env::var("PYTHONPATH").unwrap_or_default().split(':') {
        if !d.is_empty() {
            dirs.push(d.into());
        }
    }
    dirs.push(lib_dir());
    let rel = name.replace('.', "/");
    let found = dirs.iter().find_map(|d| {
        let file = d.join(format!("{rel}.py"));
        let pkg = d.join(&rel).join("__main__.py");
        [file, pkg].into_iter().find(|p| {
            p.is_file() || interp::import::embedded_source(&p.to_string_lossy()).is_some()
        })
    });
    let Some(path) = found else {
        eprintln!("coil: No module named {name}");
        return 1;
    };
    install_sigint(opts);
    let (src, fname, _) = read_script(&path);
    argv.insert(0, fname.clone());
    let dir = Some(cwd.to_string_lossy().to_string());
    let package = if path.ends_with("__main__.py") {
        name.to_string()
    } else {
        name.rsplit_once('.')
            .map_or(String::new(), |(p, _)| p.to_string())
    };
    run_vm_thread(opts.clone(), false, move |vm| {
        run_main(vm, src, &fname, argv, dir, Some(&package))
    })
    .status()
}

/// Run source text (`coil -c CODE`, stdin); returns the process exit status.
pub fn run_source(code: &str, filename: &str, argv: Vec<String>, opts: &RunOptions) -> i32 {
    install_sigint(opts);
    let dir = std::env::current_dir()
        .ok()
        .map(|d| d.to_string_lossy().to_string());
    run_in_vm(
        Ok(code.to_string()),
        filename.to_string(),
        argv,
        dir,
        opts.clone(),
        false,
    )
    .status()
}

/// Run a script with stdout/stderr captured in memory (tests and tools).
pub fn run_file_captured(path: &Path, argv: Vec<String>, opts: &RunOptions) -> Outcome {
    let (src, fname, dir) = read_script(path);
    let mut argv = argv;
    if argv.is_empty() {
        argv.push(path.to_string_lossy().to_string());
    }
    let mut o = opts.clone();
    o.handle_sigint = false;
    if o.stdin.is_none() {
        // Test corpora keep a program's standard input beside it (tests/regen.sh feeds
        // the same file to CPython); without one the program reads an empty stdin.
        o.stdin = Some(std::fs::read(path.with_extension("in")).unwrap_or_default());
    }
    run_in_vm(src, fname, argv, dir, o, true)
}

/// Run source text with captured output.
pub fn run_source_captured(code: &str, filename: &str, opts: &RunOptions) -> Outcome {
    let dir = std::env::current_dir()
        .ok()
        .map(|d| d.to_string_lossy().to_string());
    let mut o = opts.clone();
    o.handle_sigint = false;
    run_in_vm(
        Ok(code.to_string()),
        filename.to_string(),
        vec!["-c".into()],
        dir,
        o,
        true,
    )
}

impl Vm {
    /// The `--stats` report: hits/misses/deopts per inline-cache kind, then the number
    /// and total time of minor and major collections.
    pub fn stats_report(&self) -> String {
        let c = &self.cache_stats;
        let g = &self.heap.stats;
        let mut out = String::from("coil stats:\n");
        for (kind, hits, misses, deopts) in [
            (
                "LOAD_GLOBAL",
                c.global_hits,
                c.global_misses,
                c.global_deopts,
            ),
            ("ATTR", c.attr_hits, c.attr_misses, c.attr_deopts),
            ("METHOD", c.method_hits, c.method_misses, c.method_deopts),
        ] {
            out += &format!("  cache {kind:<13} hits {hits} misses {misses} deopts {deopts}\n");
        }
        out += &format!(
            "  gc minor {} ({:.3} ms)  major {} ({:.3} ms)  copied {} bytes  old {} bytes  allocated {} bytes  external peak {} bytes\n",
            g.minor,
            g.minor_time.as_secs_f64() * 1000.0,
            g.major,
            g.major_time.as_secs_f64() * 1000.0,
            g.copied_bytes,
            self.heap.old_bytes(),
            self.heap.allocated_bytes(),
            g.peak_external,
        );
        out
    }
}
