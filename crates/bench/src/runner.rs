//! The measurement loop: every selected benchmark under every installed peer,
//! interleaved run by run (A B C D A B C D ...), outputs checked against the reference.

use std::path::Path;

use crate::measure::{self, RunConfig};
use crate::peers::Peer;
use crate::programs::Program;
use crate::results::{BenchResult, Metric, PeerResult, Status};
use crate::stats::summarize;

/// How many runs and in which mode.
pub struct Plan<'a> {
    pub quick: bool,
    pub warmup: usize,
    pub runs: usize,
    pub cfg: RunConfig,
    pub bench_dir: &'a Path,
}

/// The running state of one peer on one benchmark.
struct Track {
    status: Status,
    samples: Vec<f64>,
    max_rss: Option<u64>,
    note: Option<String>,
    /// The first output it printed (compared with the reference at the end).
    first_output: Option<String>,
}

/// Median wall time of 5 runs of an empty script under `peer` (its start-up cost, which
/// every benchmark run includes); `None` if it fails to run one.
pub fn startup_time(peer: &Peer, cfg: &RunConfig) -> Option<f64> {
    let path = std::env::temp_dir().join(format!("coil-bench-empty-{}.py", std::process::id()));
    std::fs::write(&path, "").ok()?;
    let mut samples = Vec::new();
    for _ in 0..5 {
        match measure::run(&peer.command_line(&path, None), cfg) {
            Ok(o) if o.succeeded() => samples.push(o.wall.as_secs_f64()),
            _ => break,
        }
    }
    let _ = std::fs::remove_file(&path);
    (samples.len() == 5)
        .then(|| summarize(&samples).map(|s| s.median))
        .flatten()
}

/// Where two outputs first differ, for the report.
pub fn first_difference(expected: &str, got: &str) -> String {
    let (e, g): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), got.lines().collect());
    for i in 0..e.len().max(g.len()) {
        let (a, b) = (e.get(i).copied(), g.get(i).copied());
        if a != b {
            let show = |x: Option<&str>| match x {
                Some(s) => format!("{:?}", s.chars().take(80).collect::<String>()),
                None => "end of output".into(),
            };
            return format!("line {}: expected {}, got {}", i + 1, show(a), show(b));
        }
    }
    "outputs differ in trailing whitespace or newlines".into()
}

/// Measure one benchmark under the given peers.
pub fn run_benchmark(prog: &Program, peers: &[Peer], plan: &Plan) -> BenchResult {
    let size = prog.size_arg(plan.quick);
    let expected = std::fs::read_to_string(prog.expected_path(plan.bench_dir, plan.quick)).ok();
    let mut tracks: Vec<Track> = peers
        .iter()
        .map(|p| Track {
            status: if p.available() {
                Status::Ok
            } else {
                Status::Missing
            },
            samples: Vec::new(),
            max_rss: None,
            note: None,
            first_output: None,
        })
        .collect();
    let metric = if plan.cfg.callgrind {
        Metric::Instructions
    } else {
        Metric::Seconds
    };
    for round in 0..plan.warmup + plan.runs {
        let measured = round >= plan.warmup;
        for (peer, t) in peers.iter().zip(tracks.iter_mut()) {
            if t.status != Status::Ok {
                continue; // missing, or failed once: do not spend more time on it
            }
            let argv = peer.command_line(&prog.path, size);
            let out = match measure::run(&argv, &plan.cfg) {
                Ok(o) => o,
                Err(e) => {
                    t.status = Status::Error;
                    t.note = Some(e);
                    continue;
                }
            };
            if !plan.cfg.callgrind {
                t.max_rss = Some(t.max_rss.unwrap_or(0).max(out.max_rss_kib));
            }
            if !out.succeeded() {
                t.status = if out.timed_out {
                    Status::Timeout
                } else {
                    Status::Error
                };
                t.note = Some(out.failure_reason());
                continue;
            }
            match &t.first_output {
                None => t.first_output = Some(out.stdout.clone()),
                Some(first) if *first != out.stdout => {
                    t.status = Status::Mismatch;
                    t.note = Some(format!(
                        "output changed between runs (nondeterministic): {}",
                        first_difference(first, &out.stdout)
                    ));
                    continue;
                }
                Some(_) => {}
            }
            if let Some(exp) = &expected {
                if *exp != out.stdout {
                    t.status = Status::Mismatch;
                    t.note = Some(first_difference(exp, &out.stdout));
                    continue;
                }
            }
            if measured {
                let v = match metric {
                    Metric::Seconds => Some(out.wall.as_secs_f64()),
                    Metric::Instructions => out.instructions.map(|i| i as f64),
                };
                match v {
                    Some(v) => t.samples.push(v),
                    None => {
                        t.status = Status::Error;
                        t.note = Some("valgrind wrote no instruction total".into());
                    }
                }
            }
        }
    }
    // Without a blessed reference, CPython's output of this run is the reference.
    if expected.is_none() {
        let reference = peers
            .iter()
            .zip(&tracks)
            .find(|(p, t)| p.id == crate::peers::PeerId::CPython && t.status == Status::Ok)
            .and_then(|(_, t)| t.first_output.clone());
        for t in tracks.iter_mut().filter(|t| t.status == Status::Ok) {
            match (&reference, &t.first_output) {
                (Some(r), Some(o)) if r != o => {
                    t.status = Status::Mismatch;
                    t.note = Some(first_difference(r, o));
                }
                (None, _) => {
                    t.status = Status::Unchecked;
                    t.note =
                        Some("no reference output (no bench/expected file, no CPython)".into());
                }
                _ => {}
            }
        }
    }
    let results = peers
        .iter()
        .zip(tracks)
        .map(|(p, t)| PeerResult {
            id: p.id,
            peer: p.id.key(),
            status: t.status,
            summary: if t.status.valid() {
                summarize(&t.samples)
            } else {
                None
            },
            samples: t.samples,
            max_rss_kib: t.max_rss,
            note: t.note,
        })
        .collect();
    BenchResult {
        name: prog.name.clone(),
        category: prog.category,
        size: size.map(str::to_string),
        about: prog.about.clone(),
        results,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::peers::PeerId;
    use crate::programs::Category;
    use std::path::PathBuf;
    use std::time::Duration;

    #[test]
    fn differences_are_located() {
        assert_eq!(
            first_difference("a\nb\n", "a\nc\n"),
            "line 2: expected \"b\", got \"c\""
        );
        assert_eq!(
            first_difference("a\n", "a\nb\n"),
            "line 2: expected end of output, got \"b\""
        );
    }

    /// Drive the loop with `sh` scripts standing in for interpreters: one prints the
    /// reference, one prints something else, one fails, one is missing.
    #[test]
    fn statuses_from_fake_peers() {
        let dir = std::env::temp_dir().join(format!("coil-bench-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("expected")).unwrap();
        let script = dir.join("b.py");
        std::fs::write(&script, "# category: seed\n# quick: 1\n").unwrap();
        std::fs::write(dir.join("expected/b.quick.out"), "checksum 1\n").unwrap();
        // Run through `sh FILE` rather than exec'ing a freshly written file, which can
        // fail with ETXTBSY while other test threads fork.
        let fake = |id: PeerId, body: &str| {
            let path = dir.join(format!("{}.sh", id.key()));
            std::fs::write(&path, format!("{body}\n")).unwrap();
            Peer {
                id,
                program: Some(PathBuf::from("/bin/sh")),
                pre_args: vec![path.display().to_string()],
                version: String::new(),
            }
        };
        let peers = vec![
            fake(PeerId::CoilNoJit, "echo 'checksum 2'"),
            fake(PeerId::Coil, "echo boom >&2; exit 1"),
            fake(PeerId::CPython, "[ \"$2\" = 1 ] && echo 'checksum 1'"),
            Peer {
                id: PeerId::PyPy,
                program: None,
                pre_args: vec![],
                version: String::new(),
            },
        ];
        let prog = Program {
            name: "b".into(),
            path: script,
            category: Category::Seed,
            quick: "1".into(),
            about: String::new(),
        };
        let plan = Plan {
            quick: true,
            warmup: 1,
            runs: 2,
            cfg: RunConfig {
                timeout: Duration::from_secs(10),
                env: vec![],
                callgrind: false,
                pin: None,
            },
            bench_dir: &dir,
        };
        let r = run_benchmark(&prog, &peers, &plan);
        let st = |id| r.get(id).unwrap().status;
        assert_eq!(st(PeerId::CoilNoJit), Status::Mismatch);
        assert_eq!(st(PeerId::Coil), Status::Error);
        assert_eq!(st(PeerId::CPython), Status::Ok);
        assert_eq!(st(PeerId::PyPy), Status::Missing);
        assert_eq!(r.get(PeerId::CPython).unwrap().samples.len(), 2);
        assert!(r
            .get(PeerId::Coil)
            .unwrap()
            .note
            .as_deref()
            .unwrap()
            .contains("boom"));
        assert_eq!(r.ratio(PeerId::CoilNoJit, PeerId::CPython), None);
        let _ = std::fs::remove_dir_all(PathBuf::from(&dir));
    }
}
