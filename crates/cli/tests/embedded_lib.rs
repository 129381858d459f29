//! The pure-Python stdlib is embedded in the `coil` binary: a copy of the binary in a
//! directory of its own still imports it, and `COIL_LIB` still overrides it.

use std::path::PathBuf;
use std::process::Command;

/// A fresh directory under the system temp dir holding a copy of the `coil` binary.
fn copied_binary(tag: &str) -> (PathBuf, PathBuf) {
    let dir = std::env::temp_dir().join(format!("coil-embed-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bin = dir.join("coil");
    std::fs::copy(env!("CARGO_BIN_EXE_coil"), &bin).expect("copy coil");
    (dir, bin)
}

/// Run a freshly copied binary. Another test thread that forks while the copy's write
/// descriptor is open holds it until its child execs, and exec of the copy then fails
/// with ETXTBSY for that moment: retry briefly.
fn output(cmd: &mut Command) -> std::process::Output {
    for _ in 0..100 {
        match cmd.output() {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy => {
                std::thread::sleep(std::time::Duration::from_millis(20))
            }
            r => return r.expect("run coil"),
        }
    }
    panic!("the copied coil binary stayed busy (ETXTBSY)");
}

#[test]
fn copied_binary_imports_embedded_lib() {
    let (dir, bin) = copied_binary("plain");
    let script = dir.join("prog.py");
    std::fs::write(
        &script,
        "import enum, json, collections, collections.abc, dataclasses, functools\n\
         class C(enum.Enum):\n    A = 1\n\
         print(C.A, json.dumps({'k': [1, 2]}), collections.Counter('aab').most_common(1))\n\
         print(issubclass(list, collections.abc.Sequence), enum.__file__)\n",
    )
    .expect("write script");
    let out = output(
        Command::new(&bin)
            .arg(&script)
            .current_dir(&dir)
            .env_remove("COIL_LIB"),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        stdout,
        "C.A {\"k\": [1, 2]} [('a', 2)]\nTrue <coil-lib>/enum.py\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn coil_lib_overrides_embedded_lib() {
    let (dir, bin) = copied_binary("override");
    let lib = dir.join("mylib");
    std::fs::create_dir_all(&lib).expect("lib dir");
    std::fs::write(lib.join("heapq.py"), "WHO = 'override'\n").expect("write module");
    let script = dir.join("prog.py");
    std::fs::write(&script, "import heapq\nprint(heapq.WHO)\n").expect("write script");
    let out = output(
        Command::new(&bin)
            .arg(&script)
            .current_dir(&dir)
            .env("COIL_LIB", &lib),
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "override\n");
    let _ = std::fs::remove_dir_all(&dir);
}
