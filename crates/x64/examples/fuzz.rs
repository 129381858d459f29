//! Long fuzz run: `cargo run --release -p coil-x64 --example fuzz -- [--minutes M | --seconds S]
//! [--seed S] [--print N]`. Generates random traces, runs the evaluator and the machine
//! code, and on a mismatch minimizes the case and writes it to
//! crates/x64/tests/regressions/fuzz-SEED.trace (then keeps going). Optimizer-only
//! mismatches go to opt-SEED.trace (move them to tests/regressions/opt/; at most
//! `--max-opt-files`, default 5, per run). `--no-opt` compares evaluator and machine
//! code only; `--print SEED` prints a generated case; `--stats N` shows how deep cases run;
//! `--size N` generates about N ops per trace (register pressure, long loops).

use std::time::{Duration, Instant};

use coil_x64::fuzz::{
    case_to_text, check_bridge, check_case_with, gen_case, minimize, Failure, Outcome,
};

/// The seed being checked, reported if machine code crashes the process.
static CURRENT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

extern "C" fn on_crash(sig: libc::c_int) {
    // Only async-signal-safe calls: format the seed by hand and write(2) it.
    let seed = CURRENT.load(std::sync::atomic::Ordering::Relaxed);
    let mut buf = *b"\nfuzz: machine code crashed (signal   ) on seed                     \n";
    buf[36] = b'0' + (sig / 10 % 10) as u8;
    buf[37] = b'0' + (sig % 10) as u8;
    let mut k = 67;
    let mut v = seed;
    loop {
        buf[k] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 || k == 48 {
            break;
        }
        k -= 1;
    }
    // SAFETY: write and _exit are async-signal-safe; the buffer is valid.
    unsafe {
        libc::write(2, buf.as_ptr() as *const libc::c_void, buf.len());
        libc::_exit(3);
    }
}

fn optimize(t: &coil_ir::Trace) -> Result<Option<coil_ir::Trace>, String> {
    match coil_opt::optimize(t, coil_opt::PassSet::all()) {
        Ok((t, _)) => Ok(Some(t)),
        Err(coil_opt::OptError::Invalid(_)) => Ok(None),
        Err(e) => Err(e.to_string()),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let get = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse::<u64>().ok())
    };
    let secs = get("--seconds").unwrap_or(60 * get("--minutes").unwrap_or(1));
    let mut seed = get("--seed").unwrap_or(1_000_000);
    let print = get("--print");
    let size = get("--size");
    if let Some(n) = get("--stats") {
        // How deep do generated cases run before they exit?
        let (mut fin, mut guard, mut depth, mut len, mut iters) = (0, 0, 0usize, 0usize, 0u64);
        for s in seed..seed + n {
            let c = gen_case(s);
            if let Ok((e, _)) = coil_x64::sim::run_eval(&c, &c.trace) {
                len += c.trace.ops.len();
                iters += e.iterations;
                match e.kind {
                    coil_ir::ExitKind::Guard { at, .. } => {
                        guard += 1;
                        depth += at.index();
                    }
                    _ => {
                        fin += 1;
                        depth += c.trace.ops.len();
                    }
                }
            }
        }
        println!("finish/jump {fin}  guard exits {guard}  mean exit position {}  mean length {}  loop iterations {iters}", depth / n as usize, len / n as usize);
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "--upgrade") {
        // Rewrites regression files in the current text form (all descrs declared).
        for path in &args[i + 1..] {
            let text = std::fs::read_to_string(path).expect("readable");
            let first = text.lines().next().unwrap_or("").to_string();
            let mut c = coil_x64::fuzz::case_from_text(&text).expect("parses");
            coil_x64::fuzz::install_descrs(&mut c.trace);
            let mut out = case_to_text(&c);
            if first.starts_with("# seed") && !out.starts_with(&first) {
                out = format!("{first}\n{out}");
            }
            std::fs::write(path, out).expect("writable");
        }
        return;
    }
    if let Some(s) = print {
        println!("{}", case_to_text(&gen_case(s)));
        return;
    }
    for sig in [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE, libc::SIGILL] {
        // SAFETY: installing a handler that only calls async-signal-safe functions.
        unsafe { libc::signal(sig, on_crash as *const () as libc::sighandler_t) };
    }
    let start = Instant::now();
    let limit = Duration::from_secs(secs);
    let no_opt = args.iter().any(|a| a == "--no-opt");
    let opt: Option<coil_x64::fuzz::Optimize> = if no_opt { None } else { Some(&optimize) };
    let (mut agree, mut skipped, mut failed, mut ops) = (0u64, 0u64, 0u64, 0usize);
    let (mut opt_failed, mut earlier) = (0u64, 0u64);
    // Optimizer mismatches are common while coil-opt matures: keep only a few files.
    let max_opt_files = get("--max-opt-files").unwrap_or(5);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut last_report = Instant::now();
    while start.elapsed() < limit {
        CURRENT.store(seed, std::sync::atomic::Ordering::Relaxed);
        let c = match size {
            Some(n) => coil_x64::fuzz::gen_case_sized(seed, Some(n as usize)),
            None => gen_case(seed),
        };
        ops += c.trace.num_ops();
        let bridged = check_bridge(&c, seed as usize);
        let result = match check_case_with(&c, opt, true) {
            Ok(o @ (Outcome::Agree | Outcome::EarlierExit)) => bridged.map(|b| match b {
                Outcome::Agree => o,
                b => b,
            }),
            other => other,
        };
        match result {
            Ok(Outcome::Agree) => agree += 1,
            Ok(Outcome::EarlierExit) => {
                agree += 1;
                earlier += 1;
            }
            Ok(Outcome::Skipped) => skipped += 1,
            Err(e) => {
                let prefix = match &e {
                    Failure::Backend(_) => {
                        failed += 1;
                        "fuzz"
                    }
                    Failure::Optimizer(_) => {
                        opt_failed += 1;
                        "opt"
                    }
                };
                let e = e.to_string();
                eprintln!("seed {seed}: {}", e.lines().next().unwrap_or(""));
                let same_kind = |c: &coil_x64::sim::Case| match check_case_with(c, opt, true)
                    .and_then(|_| check_bridge(c, seed as usize))
                {
                    Err(Failure::Backend(_)) => prefix == "fuzz",
                    Err(Failure::Optimizer(_)) => prefix == "opt",
                    _ => false,
                };
                if prefix == "opt" && opt_failed > max_opt_files {
                    seed += 1;
                    continue;
                }
                let small = minimize(&c, &same_kind);
                let path = dir.join(format!("{prefix}-{seed}.trace"));
                let text = format!(
                    "# seed {seed}: {}\n{}",
                    e.lines().next().unwrap_or(""),
                    case_to_text(&small)
                );
                let _ = std::fs::write(&path, text);
                eprintln!("  minimized case written to {}", path.display());
            }
        }
        seed += 1;
        if last_report.elapsed() > Duration::from_secs(60) {
            last_report = Instant::now();
            println!(
                "{:>5}s  cases {}  agree {agree} (earlier exits {earlier})  skipped {skipped}  backend mismatches {failed}  optimizer mismatches {opt_failed}  ops {ops}",
                start.elapsed().as_secs(),
                agree + skipped + failed + opt_failed
            );
        }
    }
    println!(
        "done in {}s: cases {}  agree {agree} (earlier exits {earlier})  skipped {skipped}  backend mismatches {failed}  optimizer mismatches {opt_failed}  ops {ops}  last seed {seed}",
        start.elapsed().as_secs(),
        agree + skipped + failed + opt_failed
    );
    if failed + opt_failed > 0 {
        std::process::exit(1);
    }
}
