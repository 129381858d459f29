//! Ctrl-C: SIGINT sent to a `coil` process looping forever raises KeyboardInterrupt at the
//! next safepoint, prints CPython's traceback, runs `finally` blocks, and the process ends
//! by SIGINT (a shell reports status 130), with the JIT off and on.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long the child may take to start and to die after SIGINT before the test fails
/// (and kills it), so a missed interrupt can never hang the test run.
const LIMIT: Duration = Duration::from_secs(30);

const SCRIPT: &str = "\
import sys


def spin():
    n = 0
    try:
        while True:
            n += 1
    finally:
        print('finally', n > 0, flush=True)


print('ready', flush=True)
spin()
";

fn script(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("coil-ctrlc-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("spin.py");
    std::fs::write(&path, SCRIPT).expect("write script");
    path
}

/// `jit`: the `--jit` argument, or None for the default (JIT on; the loop is in a
/// function so that it compiles).
fn interrupt_run(tag: &str, jit: Option<&str>) {
    let path = script(tag);
    // coil installs its SIGINT handler whatever disposition it inherits (a test run in
    // the background inherits SIGINT ignored), so the child needs no reset.
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_coil"));
    if let Some(j) = jit {
        cmd.args(["--jit", j]);
    }
    let mut child = cmd
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn coil");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut first = String::new();
        let _ = stdout.read_line(&mut first);
        let _ = tx.send(first);
        let mut rest = String::new();
        let _ = stdout.read_to_string(&mut rest);
        rest
    });
    let mut stderr_pipe = child.stderr.take().expect("stderr");
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr_pipe.read_to_string(&mut s);
        s
    });
    // The loop runs once "ready" is printed; let it spin into the JIT's compiled loop.
    let first = rx.recv_timeout(LIMIT).unwrap_or_default();
    if first == "ready\n" {
        std::thread::sleep(Duration::from_millis(500));
        let status = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -INT failed");
    }
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("try_wait") {
            break s;
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("coil (--jit {jit:?}) did not end within {LIMIT:?} of SIGINT (first line {first:?})");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let rest = reader.join().expect("stdout reader");
    let stderr = err_reader.join().expect("stderr reader");
    let _ = std::fs::remove_dir_all(path.parent().expect("dir"));
    assert_eq!(first, "ready\n", "stderr: {stderr}");
    assert_eq!(rest, "finally True\n", "stderr: {stderr}");
    // CPython's traceback: the interrupt lands on the loop's back-edge (line 7) or in
    // its body (line 8).
    let file = path.to_string_lossy();
    let at = |line: &str, text: &str| {
        format!(
            "Traceback (most recent call last):\n  File \"{file}\", line 14, in <module>\n    spin()\n  File \"{file}\", line {line}, in spin\n    {text}\nKeyboardInterrupt\n"
        )
    };
    assert!(
        stderr == at("7", "while True:") || stderr == at("8", "n += 1"),
        "stderr: {stderr}"
    );
    // Death by SIGINT, as CPython's: a shell reports 128 + 2.
    assert_eq!(
        status.signal(),
        Some(2),
        "status {status:?}, stderr: {stderr}"
    );
}

#[test]
fn sigint_raises_keyboard_interrupt_jit_off() {
    interrupt_run("off", Some("off"));
}

#[test]
fn sigint_raises_keyboard_interrupt_jit_on() {
    interrupt_run("on", None);
}
