//! Embeds the pure-Python standard library (`lib/` at the repository root) into the
//! binary: generates `$OUT_DIR/embedded_lib.rs`, a table of (relative path, source)
//! built from `include_str!`, so a `coil` binary copied anywhere keeps its stdlib.

use std::path::{Path, PathBuf};

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
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
        // `_test` holds the CPython-side probes; dot-files and caches are not modules.
        if name.starts_with('.') || name == "_test" || name == "__pycache__" {
            continue;
        }
        if p.is_dir() {
            collect(root, &p, out);
        } else if name.ends_with(".py") {
            let rel = p
                .strip_prefix(root)
                .expect("under lib/")
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, p));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let lib = manifest.join("../../lib");
    let lib = std::fs::canonicalize(&lib).unwrap_or(lib);
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut files = Vec::new();
    collect(&lib, &lib, &mut files);
    let mut src = String::from(
        "/// The embedded `lib/`: (path relative to lib/, source text), sorted by path.\n\
         pub static EMBEDDED_LIB: &[(&str, &str)] = &[\n",
    );
    for (rel, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        src.push_str(&format!(
            "    ({rel:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    src.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("out dir")).join("embedded_lib.rs");
    std::fs::write(out, src).expect("write embedded_lib.rs");
}
