//! Running one child process: wall time, peak RSS (GNU time's `%M`, i.e. the child's
//! `ru_maxrss`), output, timeout, and the instruction count under valgrind's callgrind.
//!
//! Peak RSS comes from wrapping the child in `/usr/bin/time -f %M -o FILE` (the Debian
//! package `time`), which keeps this crate free of `unsafe` (the project allows it only in
//! the heap and the JIT backend); the wrapper's fork+exec costs well under a millisecond
//! and is the same for every peer.

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// What one run of a child produced.
#[derive(Clone, Debug)]
pub struct RunOutcome {
    pub wall: Duration,
    /// Peak resident set size of the child in KiB (Linux `ru_maxrss`).
    pub max_rss_kib: u64,
    /// Exit code, or `None` when killed by a signal.
    pub exit_code: Option<i32>,
    pub timed_out: bool,
    pub stdout: String,
    pub stderr: String,
    /// Instructions executed (callgrind mode only).
    pub instructions: Option<u64>,
}

impl RunOutcome {
    pub fn succeeded(&self) -> bool {
        !self.timed_out && self.exit_code == Some(0)
    }

    /// A one-line reason for a failed run.
    pub fn failure_reason(&self) -> String {
        if self.timed_out {
            return format!("timed out after {:.1} s", self.wall.as_secs_f64());
        }
        let last = self
            .stderr
            .lines()
            .rev()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("=="))
            .unwrap_or("(no stderr)");
        let last: String = last.chars().take(160).collect();
        match self.exit_code {
            Some(c) => format!("exit code {c}: {last}"),
            None => format!("killed by a signal: {last}"),
        }
    }
}

/// How to run children.
#[derive(Clone, Debug)]
pub struct RunConfig {
    pub timeout: Duration,
    /// Extra environment for every child (`--env K=V`).
    pub env: Vec<(String, String)>,
    /// Count instructions with valgrind instead of timing.
    pub callgrind: bool,
    /// Pin every child to these CPUs (`taskset -c LIST`), e.g. "1".
    pub pin: Option<String>,
}

static TMP_COUNTER: AtomicU32 = AtomicU32::new(0);

/// Run `argv` once and measure it. An error means the child could not be started.
pub fn run(argv: &[String], cfg: &RunConfig) -> Result<RunOutcome, String> {
    let mut full: Vec<String> = Vec::new();
    if let Some(cpus) = &cfg.pin {
        full.extend(["taskset".to_string(), "-c".to_string(), cpus.clone()]);
    }
    full.extend(argv.iter().cloned());
    let (program, args) = full.split_first().ok_or("empty command")?;
    if !program_exists(program) {
        return Err(format!("cannot start {program}: not found"));
    }
    let mut callgrind_out: Option<PathBuf> = None;
    let mut rss_out: Option<PathBuf> = None;
    let tmp = |what: &str| {
        std::env::temp_dir().join(format!(
            "coil-bench-{what}.{}.{}",
            std::process::id(),
            TMP_COUNTER.fetch_add(1, Ordering::Relaxed)
        ))
    };
    let mut cmd = if cfg.callgrind {
        let out = tmp("callgrind");
        let mut c = Command::new("valgrind");
        c.arg("--tool=callgrind")
            // JIT compilers write code at run time: make valgrind notice it.
            .arg("--smc-check=all-non-file")
            // Follow launchers that exec the real program.
            .arg("--trace-children=yes")
            .arg(format!("--callgrind-out-file={}", out.display()))
            .arg(program)
            .args(args);
        callgrind_out = Some(out);
        c
    } else {
        let out = tmp("rss");
        let mut c = Command::new(TIME);
        c.args(["-f", "%M", "-o"])
            .arg(&out)
            .arg("--")
            .arg(program)
            .args(args);
        rss_out = Some(out);
        c
    };
    // Its own process group, so a timeout kills the wrapper and the program alike.
    cmd.process_group(0);
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // CPython randomizes str hashes per process; pin them so runs are comparable.
    cmd.env("PYTHONHASHSEED", "0");
    for (k, v) in &cfg.env {
        cmd.env(k, v);
    }

    let start = Instant::now();
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {program}: {e}"))?;
    let pid = child.id();
    let mut out_pipe = child.stdout.take().ok_or("no stdout pipe")?;
    let mut err_pipe = child.stderr.take().ok_or("no stderr pipe")?;
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let r = child.wait();
        let _ = tx.send((r, Instant::now()));
    });

    let mut timed_out = false;
    let (waited, end) = match rx.recv_timeout(cfg.timeout) {
        Ok(v) => v,
        Err(_) => {
            timed_out = true;
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{pid}")])
                .stderr(Stdio::null())
                .status();
            rx.recv()
                .map_err(|_| "waiter thread vanished".to_string())?
        }
    };
    let status = waited.map_err(|e| format!("waiting for {program}: {e}"))?;
    let wall = end - start;
    // GNU time writes "Command terminated by signal N" / "Command exited with non-zero
    // status N" lines before the %M line when the program did not exit with 0.
    let rss_text = rss_out
        .map(|p| {
            let t = std::fs::read_to_string(&p).unwrap_or_default();
            let _ = std::fs::remove_file(&p);
            t
        })
        .unwrap_or_default();
    let max_rss_kib = rss_text
        .lines()
        .filter_map(|l| l.trim().parse::<u64>().ok())
        .next_back()
        .unwrap_or(0);
    let signalled = timed_out || rss_text.contains("terminated by signal");
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    let instructions = callgrind_out.and_then(|p| {
        let text = std::fs::read_to_string(&p).ok();
        let _ = std::fs::remove_file(&p);
        text.as_deref().and_then(parse_callgrind_total)
    });
    let exit_code = if signalled { None } else { status.code() };
    Ok(RunOutcome {
        wall,
        max_rss_kib,
        exit_code,
        timed_out,
        stdout,
        stderr,
        instructions,
    })
}

/// The GNU time binary that measures peak RSS.
const TIME: &str = "/usr/bin/time";

/// Is `program` an existing file, or found on PATH?
fn program_exists(program: &str) -> bool {
    crate::peers::find_in_path(program).is_some()
}

/// The total instruction count of a callgrind output file (`totals:` or `summary:` line).
pub fn parse_callgrind_total(text: &str) -> Option<u64> {
    text.lines()
        .filter_map(|l| {
            l.strip_prefix("totals:")
                .or_else(|| l.strip_prefix("summary:"))
        })
        .filter_map(|rest| rest.split_whitespace().next()?.parse().ok())
        .next_back()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(timeout_ms: u64) -> RunConfig {
        RunConfig {
            timeout: Duration::from_millis(timeout_ms),
            env: vec![],
            callgrind: false,
            pin: None,
        }
    }
    fn sh(script: &str) -> Vec<String> {
        vec!["sh".into(), "-c".into(), script.into()]
    }

    #[test]
    fn captures_output_exit_code_and_env() {
        let mut c = cfg(10_000);
        c.env.push(("COIL_BENCH_T".into(), "42".into()));
        let r = run(&sh("echo out $COIL_BENCH_T; echo err >&2; exit 3"), &c).unwrap();
        assert_eq!(r.stdout, "out 42\n");
        assert_eq!(r.stderr, "err\n");
        assert_eq!(r.exit_code, Some(3));
        assert!(!r.succeeded());
        assert_eq!(r.failure_reason(), "exit code 3: err");
    }

    #[test]
    fn measures_wall_time_and_rss() {
        let r = run(&sh("sleep 0.2"), &cfg(10_000)).unwrap();
        assert!(r.succeeded());
        assert!(r.wall >= Duration::from_millis(200), "{:?}", r.wall);
        assert!(r.max_rss_kib > 0);
    }

    #[test]
    fn rss_is_the_programs_not_the_wrappers() {
        let r = run(
            &sh("x=$(head -c 60000000 /dev/zero | tr '\\0' a); echo ${#x}"),
            &cfg(10_000),
        )
        .unwrap();
        assert!(r.succeeded(), "{}", r.stderr);
        assert_eq!(r.stdout, "60000000\n");
        assert!(r.max_rss_kib > 50_000, "{} KiB", r.max_rss_kib);
        let small = run(&sh("exit 0"), &cfg(10_000)).unwrap();
        assert!(
            small.max_rss_kib < r.max_rss_kib / 4,
            "{} KiB",
            small.max_rss_kib
        );
    }

    #[test]
    fn death_by_signal_has_no_exit_code() {
        let r = run(&sh("kill -9 $$"), &cfg(10_000)).unwrap();
        assert_eq!(r.exit_code, None);
        assert!(!r.timed_out);
        assert!(r.failure_reason().starts_with("killed by a signal"));
    }

    #[test]
    fn kills_on_timeout() {
        let t = Instant::now();
        let r = run(&sh("exec sleep 30"), &cfg(300)).unwrap();
        assert!(r.timed_out);
        assert!(t.elapsed() < Duration::from_secs(10));
        assert!(r.failure_reason().starts_with("timed out"));
    }

    #[test]
    fn pinning_restricts_the_cpus() {
        if crate::peers::find_in_path("taskset").is_none() {
            return; // util-linux is absent: nothing to check
        }
        let mut c = cfg(10_000);
        c.pin = Some("0".into());
        let r = run(&sh("grep Cpus_allowed_list /proc/self/status"), &c).unwrap();
        assert!(r.succeeded(), "{}", r.stderr);
        assert_eq!(
            r.stdout.split_whitespace().last(),
            Some("0"),
            "{}",
            r.stdout
        );
    }

    #[test]
    fn missing_program_is_an_error() {
        assert!(run(&["/nonexistent/coil".into()], &cfg(1000)).is_err());
    }

    #[test]
    fn callgrind_totals() {
        let text = "events: Ir\nfl=x\n1 5\nsummary: 1234\ntotals: 98765\n";
        assert_eq!(parse_callgrind_total(text), Some(98765));
        assert_eq!(parse_callgrind_total("summary: 77\n"), Some(77));
        assert_eq!(parse_callgrind_total("events: Ir\n"), None);
    }
}
