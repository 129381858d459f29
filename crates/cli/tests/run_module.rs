//! `coil -m NAME` runs a module or a package's `__main__` as `__main__` inside its
//! package, which is imported first (CPython's runpy): relative imports work.
//! The expected outputs are what CPython 3.11 prints for the same tree.

use std::path::PathBuf;
use std::process::Command;

/// A fresh directory holding `pkg/{__init__,__main__,helper}.py` and `pkg/sub/leaf.py`.
fn package_tree(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("coil-runmod-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("pkg/sub")).expect("temp dir");
    let files = [
        ("pkg/__init__.py", "print('pkg init')\n"),
        (
            "pkg/__main__.py",
            "from . import helper\nprint('main of pkg', __name__, __package__, helper.X)\n",
        ),
        ("pkg/helper.py", "X = 5\n"),
        ("pkg/sub/__init__.py", "print('sub init')\n"),
        (
            "pkg/sub/leaf.py",
            "from .. import helper\nimport sys\n\
             print('leaf', __name__, __package__, helper.X, sys.argv[1:])\n",
        ),
        ("top.py", "print(__name__, repr(__package__))\n"),
    ];
    for (path, text) in files {
        std::fs::write(dir.join(path), text).expect("write module");
    }
    dir
}

fn run(dir: &PathBuf, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_coil"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run coil");
    assert!(
        out.status.success(),
        "coil {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn dash_m_runs_modules_inside_their_packages() {
    let dir = package_tree("pkgs");
    assert_eq!(
        run(&dir, &["-m", "pkg"]),
        "pkg init\nmain of pkg __main__ pkg 5\n"
    );
    assert_eq!(
        run(&dir, &["-m", "pkg.sub.leaf", "x"]),
        "pkg init\nsub init\nleaf __main__ pkg.sub 5 ['x']\n"
    );
    assert_eq!(run(&dir, &["-m", "top"]), "__main__ ''\n");
    let _ = std::fs::remove_dir_all(&dir);
}
