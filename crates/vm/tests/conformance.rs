//! Conformance corpus: every `tests/conformance/**/*.py` runs in-process, once normally and once
//! under GC stress, and must print exactly what CPython 3.11 printed (`.out`, `.err`, `.code`).
//!
//! `tests/conformance/KNOWN_FAILURES` lists programs coil does not pass yet (one path per
//! line, relative to tests/conformance). The test fails when a program outside that list
//! fails, and reports listed programs that now pass. `COIL_BLESS=1` rewrites that list from
//! the current results; it never touches the CPython expectations (tests/regen.sh does).
//! `COIL_CONFORMANCE=substring` restricts the run to matching programs and prints every
//! failure, listed ones included.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

fn corpus_dir() -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance");
    std::fs::canonicalize(&p).unwrap_or(p)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if name.starts_with('_') || name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            collect(&p, out);
        } else if name.ends_with(".py") && p.with_extension("out").exists() {
            out.push(p);
        }
    }
}

fn first_diff(kind: &str, want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i).copied(), g.get(i).copied());
        if a != b {
            return format!(
                "{kind} line {}: want {:?}, got {:?}",
                i + 1,
                a.unwrap_or("<eof>"),
                b.unwrap_or("<eof>")
            );
        }
    }
    format!("{kind}: differs in trailing newline")
}

/// Programs whose checks need the process's working directory to be their own directory
/// (as tests/regen.sh runs CPython). The in-process runner shares one cwd between its
/// threads, so these run in a child process: this test binary again, in that directory,
/// running only `conformance_child`.
const CWD_PROGRAMS: &[&str] = &["stdlib/os_basics.py"];

/// What one run printed: stdout, stderr, exit status.
type Printed = (Vec<u8>, Vec<u8>, i32);

fn run_program(path: &Path, stress: bool) -> Printed {
    let opts = coil_vm::RunOptions {
        gc_stress: stress,
        time_limit: Some(std::time::Duration::from_secs(if stress { 60 } else { 30 })),
        ..Default::default()
    };
    let o = coil_vm::run_file_captured(path, vec![path.to_string_lossy().to_string()], &opts);
    (o.stdout, o.stderr, o.code)
}

/// Run `path` in a child process whose cwd is the program's directory.
fn run_in_child(path: &Path, stress: bool) -> Result<Printed, String> {
    let dir = path.parent().expect("parent");
    let tmp = std::env::temp_dir().join(format!(
        "coil-conformance-{}-{}-{}",
        std::process::id(),
        path.file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default(),
        stress
    ));
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let status = std::process::Command::new(exe)
        .args([
            "conformance_child",
            "--exact",
            "--test-threads=1",
            "--quiet",
        ])
        .current_dir(dir)
        .env("COIL_CONFORMANCE_CHILD", path)
        .env("COIL_CONFORMANCE_CHILD_OUT", &tmp)
        .env(
            "COIL_CONFORMANCE_CHILD_STRESS",
            if stress { "1" } else { "0" },
        )
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err(format!("child process failed: {status}"));
    }
    let read = |ext: &str| std::fs::read(tmp.with_extension(ext)).unwrap_or_default();
    let (out, err, code) = (read("out"), read("err"), read("code"));
    for ext in ["out", "err", "code"] {
        let _ = std::fs::remove_file(tmp.with_extension(ext));
    }
    let code = String::from_utf8_lossy(&code).trim().parse().unwrap_or(-1);
    Ok((out, err, code))
}

/// The child side of `run_in_child`: runs one program, writes what it printed to files.
#[test]
fn conformance_child() {
    let (Ok(path), Ok(out)) = (
        std::env::var("COIL_CONFORMANCE_CHILD"),
        std::env::var("COIL_CONFORMANCE_CHILD_OUT"),
    ) else {
        return;
    };
    let stress = std::env::var("COIL_CONFORMANCE_CHILD_STRESS").is_ok_and(|v| v == "1");
    let (o, e, c) = run_program(Path::new(&path), stress);
    let out = PathBuf::from(out);
    std::fs::write(out.with_extension("out"), o).expect("write out");
    std::fs::write(out.with_extension("err"), e).expect("write err");
    std::fs::write(out.with_extension("code"), c.to_string()).expect("write code");
}

/// `hay` with every occurrence of `from` replaced by `to`.
fn replace_bytes(hay: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(hay.len());
    let mut i = 0;
    while i < hay.len() {
        if !from.is_empty() && hay[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(hay[i]);
            i += 1;
        }
    }
    out
}

/// One program run: its name, whether under GC stress, and the first difference.
type Outcome = (String, bool, Result<(), String>);

/// Run one program; Err(description of the first difference).
fn check(path: &Path, stress: bool) -> Result<(), String> {
    let dir = path.parent().expect("parent").to_string_lossy().to_string();
    let in_child = CWD_PROGRAMS.iter().any(|p| path.ends_with(Path::new(p)));
    let (stdout, stderr, code) = if in_child {
        run_in_child(path, stress)?
    } else {
        run_program(path, stress)
    };
    // Compared as bytes (a program may print bytes that are not UTF-8, e.g. a binary PBM);
    // the lossy text is only for describing a difference.
    let norm = |b: &[u8]| replace_bytes(b, dir.as_bytes(), b"<DIR>");
    let (out, err) = (norm(&stdout), norm(&stderr));
    let want = |ext: &str| std::fs::read(path.with_extension(ext)).unwrap_or_default();
    let (want_out, want_err) = (want("out"), want("err"));
    let want_code: i32 = std::fs::read_to_string(path.with_extension("code"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    for (what, want, got) in [("stdout", &want_out, &out), ("stderr", &want_err, &err)] {
        if want != got {
            let (w, g) = (String::from_utf8_lossy(want), String::from_utf8_lossy(got));
            return Err(if w == g {
                format!("{what}: same text but different bytes (not UTF-8)")
            } else {
                first_diff(what, &w, &g)
            });
        }
    }
    if code != want_code {
        return Err(format!("exit status: want {want_code}, got {code}"));
    }
    Ok(())
}

#[test]
fn conformance_corpus() {
    let root = corpus_dir();
    let mut progs = Vec::new();
    collect(&root, &mut progs);
    if let Ok(f) = std::env::var("COIL_CONFORMANCE") {
        progs.retain(|p| p.to_string_lossy().contains(&f));
    }
    let rel = |p: &Path| {
        p.strip_prefix(&root)
            .unwrap_or(p)
            .to_string_lossy()
            .to_string()
    };
    let known_path = root.join("KNOWN_FAILURES");
    let known: Vec<String> = std::fs::read_to_string(&known_path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    // All normal runs, then all stress runs: the two runs of one program share a process
    // (and so `os.getpid()`), so they must not run at the same time.
    let jobs: Arc<Mutex<Vec<(PathBuf, bool)>>> = Arc::new(Mutex::new(
        progs
            .iter()
            .map(|p| (p.clone(), false))
            .chain(progs.iter().map(|p| (p.clone(), true)))
            .rev()
            .collect(),
    ));
    let results: Arc<Mutex<Vec<Outcome>>> = Arc::new(Mutex::new(Vec::new()));
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .min(4);
    let mut handles = Vec::new();
    for _ in 0..workers {
        let (jobs, results) = (jobs.clone(), results.clone());
        let root = root.clone();
        handles.push(std::thread::spawn(move || loop {
            let Some((p, stress)) = jobs.lock().expect("jobs").pop() else {
                break;
            };
            let r = check(&p, stress);
            let name = p
                .strip_prefix(&root)
                .unwrap_or(&p)
                .to_string_lossy()
                .to_string();
            results.lock().expect("results").push((name, stress, r));
        }));
    }
    for h in handles {
        h.join().expect("worker");
    }
    let results = results.lock().expect("results");
    let mut failing: Vec<String> = Vec::new();
    let mut unexpected = Vec::new();
    let mut passed = 0;
    for (name, stress, r) in results.iter() {
        match r {
            Ok(()) => passed += 1,
            Err(e) => {
                if std::env::var("COIL_CONFORMANCE").is_ok() {
                    eprintln!("{name}{}: {e}", if *stress { " [gc stress]" } else { "" });
                }
                if !failing.contains(name) {
                    failing.push(name.clone());
                }
                if !known.contains(name) {
                    unexpected.push(format!(
                        "{name}{}: {e}",
                        if *stress { " [gc stress]" } else { "" }
                    ));
                }
            }
        }
    }
    failing.sort();
    let now_passing: Vec<&String> = known
        .iter()
        .filter(|k| progs.iter().any(|p| &rel(p) == *k) && !failing.contains(k))
        .collect();
    eprintln!(
        "conformance: {passed}/{} runs passed ({} programs, {} failing)",
        results.len(),
        progs.len(),
        failing.len()
    );
    if std::env::var("COIL_BLESS").is_ok_and(|v| v == "1")
        && std::env::var("COIL_CONFORMANCE").is_err()
    {
        let mut text = String::from("# Conformance programs coil does not pass yet (regenerate: COIL_BLESS=1 cargo test -p coil-vm --test conformance).\n");
        for f in &failing {
            text.push_str(f);
            text.push('\n');
        }
        std::fs::write(&known_path, text).expect("write KNOWN_FAILURES");
        eprintln!("wrote {}", known_path.display());
        return;
    }
    for n in &now_passing {
        eprintln!("now passing (remove from KNOWN_FAILURES): {n}");
    }
    if !unexpected.is_empty() {
        unexpected.sort();
        panic!(
            "{} unexpected failures:\n{}",
            unexpected.len(),
            unexpected.join("\n")
        );
    }
}
