//! coil-bench: one reproducible command for every speed claim (see bench/README.md).

mod chart;
mod compare;
mod markdown;
mod measure;
mod peers;
mod programs;
mod results;
mod runner;
mod stats;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

use clap::Parser;

use measure::RunConfig;
use peers::{PeerId, PeerPaths};
use results::{geomeans, Metric, PeerInfo, Report};

/// Run bench/*.py under coil (JIT off and on), CPython and PyPy, interleaved, and
/// report times, ratios, peak RSS, output checks, a JSON file and an SVG chart.
#[derive(Parser, Debug)]
#[command(name = "coil-bench", version)]
struct Args {
    /// Small sizes (each program's `# quick:` argument) and fewer runs.
    #[arg(long)]
    quick: bool,
    /// Only these benchmarks: exact names, categories (seed/numeric/object/other) or `prefix*`.
    #[arg(long, num_args = 1..)]
    only: Vec<String>,
    /// Measured runs per benchmark and peer (default 5, quick 3, callgrind 1).
    #[arg(long)]
    runs: Option<usize>,
    /// Warm-up runs, not measured (default 1, callgrind 0).
    #[arg(long)]
    warmup: Option<usize>,
    /// Per-run timeout in seconds (default 120, quick 30).
    #[arg(long)]
    timeout: Option<f64>,
    /// The coil binary (default: the release build of this workspace, built first).
    #[arg(long)]
    coil: Option<PathBuf>,
    /// Do not run `cargo build --release -p coil` before measuring.
    #[arg(long)]
    no_build: bool,
    /// CPython interpreter (name in $PATH or a path).
    #[arg(long, default_value = "python3")]
    python: String,
    /// PyPy interpreter (name in $PATH or a path).
    #[arg(long, default_value = "pypy3")]
    pypy: String,
    /// Peers to run, comma-separated: coil-nojit,coil,cpython,pypy.
    #[arg(long, value_delimiter = ',')]
    peers: Vec<String>,
    /// Extra environment for every run, KEY=VALUE (repeatable).
    #[arg(long = "env", value_name = "KEY=VALUE")]
    env: Vec<String>,
    /// Count instructions with valgrind --tool=callgrind instead of timing.
    #[arg(long)]
    callgrind: bool,
    /// Where to write the JSON data (default: <target>/coil-bench/latest.json).
    #[arg(long)]
    json: Option<PathBuf>,
    /// Where to write the SVG chart (default: <target>/coil-bench/latest.svg).
    #[arg(long)]
    svg: Option<PathBuf>,
    /// Compare with an earlier JSON file of this runner (default with --write-results:
    /// the bench/results.json being replaced).
    #[arg(long, value_name = "JSON")]
    compare: Option<PathBuf>,
    /// Also write bench/RESULTS.md, bench/results.json and bench/results.svg.
    #[arg(long)]
    write_results: bool,
    /// Regenerate bench/expected/*.out from CPython (full and quick sizes), then stop.
    #[arg(long)]
    bless: bool,
    /// Pin every run to these CPUs (`taskset -c LIST`, e.g. `1`), away from other load.
    #[arg(long, value_name = "CPUS")]
    pin: Option<String>,
    /// Exit with status 1 when any coil result is not OK (ERROR, MISMATCH, TIMEOUT,
    /// MISSING): for CI smoke tests with --quick.
    #[arg(long)]
    strict: bool,
    /// List the benchmarks and stop.
    #[arg(long)]
    list: bool,
    /// Directory of the benchmark programs.
    #[arg(long)]
    bench_dir: Option<PathBuf>,
}

/// The workspace root (this crate lives in crates/bench).
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
}

/// Cargo's target directory: the one this binary was built into (`<target>/release/`),
/// else `$CARGO_TARGET_DIR`, else `<workspace>/target`.
fn target_dir(root: &Path) -> PathBuf {
    let from_exe = std::env::current_exe().ok().and_then(|exe| {
        let dir = exe.parent()?;
        let profile = dir.file_name()?.to_str()?;
        matches!(profile, "release" | "debug").then(|| dir.parent().map(Path::to_path_buf))?
    });
    if let Some(t) = from_exe {
        return t;
    }
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(d) => PathBuf::from(d),
        None => root.join("target"),
    }
}

/// `path` relative to the workspace root when it lies inside it (for readable reports).
fn relative_to(path: &str, root: &Path) -> String {
    Path::new(path)
        .strip_prefix(root)
        .map_or_else(|_| path.to_string(), |p| p.display().to_string())
}

/// Civil UTC date and time from seconds since the epoch (Howard Hinnant's algorithm).
fn utc_string(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    utc_string(secs)
}

fn git_commit(root: &Path) -> String {
    let run = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .output()
            .ok()
    };
    let Some(out) = run(&["rev-parse", "--short", "HEAD"]).filter(|o| o.status.success()) else {
        return "unknown".into();
    };
    let mut c = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let dirty = run(&[
        "status",
        "--porcelain",
        "--untracked-files=no",
        "--",
        "crates",
    ])
    .is_some_and(|o| !o.stdout.is_empty());
    if dirty {
        c.push_str(" (+ uncommitted changes under crates/)");
    }
    c
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    format!("{cpu}, {cores} cores, Linux {}", kernel.trim())
}

/// `cargo build --release -p coil`; false when the build failed.
fn build_coil(root: &Path) -> bool {
    eprintln!("coil-bench: building coil (cargo build --release -p coil) ...");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    match Command::new(cargo)
        .current_dir(root)
        .args(["build", "--release", "-p", "coil"])
        .status()
    {
        Ok(s) if s.success() => true,
        Ok(s) => {
            eprintln!("coil-bench: coil build FAILED ({s}); coil columns will say so");
            false
        }
        Err(e) => {
            eprintln!("coil-bench: cannot run cargo: {e}");
            false
        }
    }
}

/// Write CPython's output of every program (full and quick) into bench/expected/.
fn bless(progs: &[programs::Program], bench_dir: &Path, python: &str, cfg: &RunConfig) -> ExitCode {
    let Some(py) = peers::find_in_path(python) else {
        eprintln!("coil-bench: --bless needs CPython ({python} not found)");
        return ExitCode::FAILURE;
    };
    let _ = std::fs::create_dir_all(bench_dir.join("expected"));
    let mut failed = false;
    for p in progs {
        for quick in [true, false] {
            let mut argv = vec![py.display().to_string(), p.path.display().to_string()];
            argv.extend(p.size_arg(quick).map(str::to_string));
            match measure::run(&argv, cfg) {
                Ok(o) if o.succeeded() => {
                    let path = p.expected_path(bench_dir, quick);
                    if let Err(e) = std::fs::write(&path, &o.stdout) {
                        eprintln!("{}: {e}", path.display());
                        failed = true;
                    } else {
                        eprintln!("blessed {} ({:.2} s)", path.display(), o.wall.as_secs_f64());
                    }
                }
                Ok(o) => {
                    eprintln!("{} failed under CPython: {}", p.name, o.failure_reason());
                    failed = true;
                }
                Err(e) => {
                    eprintln!("{}: {e}", p.name);
                    failed = true;
                }
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn write_file(path: &Path, text: &str) -> Result<(), String> {
    if let Some(d) = path.parent() {
        std::fs::create_dir_all(d).map_err(|e| format!("{}: {e}", d.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn main() -> ExitCode {
    let args = Args::parse();
    match real_main(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("coil-bench: {e}");
            ExitCode::FAILURE
        }
    }
}

fn real_main(args: Args) -> Result<ExitCode, String> {
    let root = workspace_root();
    let bench_dir = args.bench_dir.clone().unwrap_or_else(|| root.join("bench"));
    let progs = programs::select(programs::discover(&bench_dir)?, &args.only)?;
    if args.list {
        for p in &progs {
            println!(
                "{:<28} {:<8} quick={:<9} {}",
                p.name, p.category, p.quick, p.about
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut env = Vec::new();
    for kv in &args.env {
        let (k, v) = kv
            .split_once('=')
            .ok_or_else(|| format!("--env {kv}: expected KEY=VALUE"))?;
        env.push((k.to_string(), v.to_string()));
    }
    let timeout = args
        .timeout
        .unwrap_or(if args.quick { 30.0 } else { 120.0 });
    if !(timeout > 0.0 && timeout.is_finite()) {
        return Err(format!(
            "--timeout {timeout}: must be a positive number of seconds"
        ));
    }
    let cfg = RunConfig {
        timeout: Duration::from_secs_f64(timeout),
        env,
        callgrind: args.callgrind,
        pin: args.pin.clone(),
    };
    if args.pin.is_some() && peers::find_in_path("taskset").is_none() {
        return Err("--pin needs taskset (apt-get install util-linux)".into());
    }
    if args.bless {
        return Ok(bless(&progs, &bench_dir, &args.python, &cfg));
    }
    if args.callgrind && peers::find_in_path("valgrind").is_none() {
        return Err("--callgrind needs valgrind (apt-get install valgrind)".into());
    }

    let wanted: Vec<PeerId> = if args.peers.is_empty() {
        PeerId::ALL.to_vec()
    } else {
        let mut v = Vec::new();
        for k in &args.peers {
            v.push(PeerId::from_key(k).ok_or_else(|| {
                format!("--peers {k}: unknown (use coil-nojit, coil, cpython, pypy)")
            })?);
        }
        v.sort();
        v.dedup();
        v
    };
    let wants_coil = wanted
        .iter()
        .any(|p| matches!(p, PeerId::Coil | PeerId::CoilNoJit));
    let target = target_dir(&root);
    let mut build_failed = false;
    let coil_path = match &args.coil {
        Some(p) => p.clone(),
        None => {
            if wants_coil && !args.no_build {
                build_failed = !build_coil(&root);
            }
            target.join("release/coil")
        }
    };
    let paths = PeerPaths {
        coil: coil_path,
        python: args.python.clone(),
        pypy: args.pypy.clone(),
    };
    let mut found = peers::discover(&paths, &wanted);
    for p in &mut found {
        // A stale binary from an earlier build must not stand in for a failed one.
        if build_failed && matches!(p.id, PeerId::Coil | PeerId::CoilNoJit) {
            p.program = None;
            p.version = "cargo build --release -p coil failed".into();
        }
        if !p.available() {
            let what = match p.id {
                PeerId::Coil | PeerId::CoilNoJit => "its results say MISSING",
                _ => "its column is left out",
            };
            eprintln!(
                "coil-bench: {} is missing ({}); {what}",
                p.id.title(),
                p.version
            );
        }
    }

    let runs = args.runs.unwrap_or(if args.callgrind {
        1
    } else if args.quick {
        3
    } else {
        5
    });
    let warmup = args.warmup.unwrap_or(if args.callgrind { 0 } else { 1 });
    if runs == 0 {
        return Err("--runs must be at least 1".into());
    }
    let startups: Vec<Option<f64>> = found
        .iter()
        .map(|p| {
            if !p.available() || cfg.callgrind {
                return None;
            }
            let t = runner::startup_time(p, &cfg);
            if let Some(t) = t {
                eprintln!("coil-bench: {} starts in {:.1} ms", p.id.title(), t * 1e3);
            }
            t
        })
        .collect();
    let plan = runner::Plan {
        quick: args.quick,
        warmup,
        runs,
        cfg,
        bench_dir: &bench_dir,
    };
    let mut benches = Vec::new();
    for (i, prog) in progs.iter().enumerate() {
        eprintln!(
            "[{}/{}] {} ({})",
            i + 1,
            progs.len(),
            prog.name,
            prog.category
        );
        let b = runner::run_benchmark(prog, &found, &plan);
        for r in &b.results {
            let what = match (r.status, r.summary) {
                (s, Some(sm)) if s.valid() => format!(
                    "{}{}",
                    markdown::fmt_value(
                        if args.callgrind {
                            Metric::Instructions
                        } else {
                            Metric::Seconds
                        },
                        sm.median
                    ),
                    if s == results::Status::Unchecked {
                        " (unchecked)"
                    } else {
                        ""
                    }
                ),
                (results::Status::Missing, _) => continue,
                (s, _) => {
                    format!(
                        "{} {}",
                        format!("{s:?}").to_uppercase(),
                        r.note.as_deref().unwrap_or("")
                    )
                }
            };
            eprintln!("    {:<15} {what}", r.id.title());
        }
        benches.push(b);
    }

    let peer_infos = found
        .iter()
        .zip(&startups)
        .map(|(p, startup)| PeerInfo {
            id: p.id,
            startup_s: *startup,
            key: p.id.key(),
            title: p.id.title(),
            available: p.available(),
            version: p.version.clone(),
            command: p
                .command_line(Path::new("BENCH.py"), None)
                .iter()
                .map(|a| relative_to(a, &root))
                .collect::<Vec<_>>()
                .join(" "),
        })
        .collect();
    let command = std::iter::once("coil-bench".to_string())
        .chain(std::env::args().skip(1))
        .collect::<Vec<_>>()
        .join(" ");
    let report = Report {
        generated_utc: now_utc(),
        git_commit: git_commit(&root),
        command,
        machine: machine(),
        quick: args.quick,
        metric: if args.callgrind {
            Metric::Instructions
        } else {
            Metric::Seconds
        },
        runs,
        warmup,
        timeout_s: timeout,
        peers: peer_infos,
        geomeans: geomeans(&benches),
        benchmarks: benches,
    };

    println!("{}", markdown::times_table(&report));
    println!("Geometric means (benchmarks counted / in group):\n");
    println!("{}", markdown::geomean_table(&report));
    println!("Failures:\n\n{}", markdown::failures(&report));
    let baseline_path = args.compare.clone().or_else(|| {
        let p = bench_dir.join("results.json");
        (args.write_results && p.is_file()).then_some(p)
    });
    let comparison = match &baseline_path {
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            let base = compare::Baseline::parse(&text)?;
            let t = compare::table(&report, &base);
            println!("Change:\n\n{t}");
            Some(t)
        }
        None => None,
    };

    let json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
    let out_dir = target.join("coil-bench");
    let json_path = args
        .json
        .clone()
        .unwrap_or_else(|| out_dir.join("latest.json"));
    let svg_path = args
        .svg
        .clone()
        .unwrap_or_else(|| out_dir.join("latest.svg"));
    write_file(&json_path, &json)?;
    eprintln!("coil-bench: wrote {}", json_path.display());
    match chart::draw(&report, &svg_path) {
        Ok(()) => eprintln!("coil-bench: wrote {}", svg_path.display()),
        Err(e) => eprintln!("coil-bench: {e}"),
    }
    if args.write_results {
        write_file(&bench_dir.join("results.json"), &json)?;
        let chart_ok = chart::draw(&report, &bench_dir.join("results.svg")).is_ok();
        let mut doc = markdown::document(&report, chart_ok.then_some("results.svg"));
        if let Some(t) = &comparison {
            doc.push_str("\n## Change since the previous results\n\n");
            doc.push_str(t);
        }
        write_file(&bench_dir.join("RESULTS.md"), &doc)?;
        eprintln!("coil-bench: wrote bench/RESULTS.md, bench/results.json, bench/results.svg");
    }
    let coil_failed = report.benchmarks.iter().any(|b| {
        b.results
            .iter()
            .any(|r| matches!(r.id, PeerId::Coil | PeerId::CoilNoJit) && !r.status.valid())
    });
    if args.strict && coil_failed {
        eprintln!("coil-bench: --strict: some coil results are not OK (see Failures)");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_inside_the_workspace_are_shown_relative() {
        let root = Path::new("/w/main");
        assert_eq!(
            relative_to("/w/main/target/release/coil", root),
            "target/release/coil"
        );
        assert_eq!(relative_to("/usr/bin/pypy3", root), "/usr/bin/pypy3");
        assert_eq!(relative_to("--jit", root), "--jit");
    }

    #[test]
    fn utc_dates() {
        assert_eq!(utc_string(0), "1970-01-01 00:00:00");
        assert_eq!(utc_string(951_782_400), "2000-02-29 00:00:00");
        assert_eq!(utc_string(1_700_000_000), "2023-11-14 22:13:20");
    }

    #[test]
    fn cli_parses() {
        let a = Args::try_parse_from([
            "coil-bench",
            "--quick",
            "--only",
            "nbody",
            "go",
            "--runs",
            "3",
            "--env",
            "A=1",
            "--peers",
            "coil,cpython",
        ])
        .unwrap();
        assert!(a.quick);
        assert_eq!(a.only, ["nbody", "go"]);
        assert_eq!(a.runs, Some(3));
        assert_eq!(a.peers, ["coil", "cpython"]);
    }
}
