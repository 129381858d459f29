//! The interpreters a benchmark runs under (the "peers"), defined once in one table.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The peer table: id, short key (CLI and JSON), column title, role.
/// Order here is the run order inside one round (A B C D A B C D ...).
macro_rules! peer_table {
    ($m:ident) => {
        $m! {
            CoilNoJit, "coil-nojit", "coil --jit off";
            Coil,      "coil",       "coil";
            CPython,   "cpython",    "CPython";
            PyPy,      "pypy",       "PyPy";
        }
    };
}

macro_rules! define_peers {
    ($($id:ident, $key:literal, $title:literal;)*) => {
        /// One interpreter the runner compares.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum PeerId { $($id),* }

        impl PeerId {
            /// Every peer, in run order.
            pub const ALL: &'static [PeerId] = &[$(PeerId::$id),*];
            /// Short key used on the command line and in JSON.
            pub fn key(self) -> &'static str {
                match self { $(PeerId::$id => $key),* }
            }
            /// Column title in the tables and the chart legend.
            pub fn title(self) -> &'static str {
                match self { $(PeerId::$id => $title),* }
            }
            /// Parse a short key.
            pub fn from_key(s: &str) -> Option<PeerId> {
                match s { $($key => Some(PeerId::$id),)* _ => None }
            }
        }
    };
}
peer_table!(define_peers);

/// A peer as found on this machine.
#[derive(Clone, Debug)]
pub struct Peer {
    pub id: PeerId,
    /// Program to execute; `None` when the peer is not installed.
    pub program: Option<PathBuf>,
    /// Arguments placed before the script path.
    pub pre_args: Vec<String>,
    /// `--version` text (first line), or why the peer is missing.
    pub version: String,
}

impl Peer {
    pub fn available(&self) -> bool {
        self.program.is_some()
    }

    /// The full command line for one script and optional size argument.
    pub fn command_line(&self, script: &Path, size: Option<&str>) -> Vec<String> {
        let mut v = Vec::new();
        if let Some(p) = &self.program {
            v.push(p.display().to_string());
        }
        v.extend(self.pre_args.iter().cloned());
        v.push(script.display().to_string());
        if let Some(s) = size {
            v.push(s.to_string());
        }
        v
    }
}

/// Where to find each interpreter.
pub struct PeerPaths {
    pub coil: PathBuf,
    pub python: String,
    pub pypy: String,
}

/// Look every requested peer up; missing ones come back with `program: None`.
pub fn discover(paths: &PeerPaths, wanted: &[PeerId]) -> Vec<Peer> {
    wanted
        .iter()
        .map(|&id| match id {
            PeerId::CoilNoJit | PeerId::Coil => {
                let pre_args = if id == PeerId::CoilNoJit {
                    vec!["--jit".to_string(), "off".to_string()]
                } else {
                    Vec::new()
                };
                if paths.coil.is_file() {
                    let version =
                        version_of(&paths.coil).unwrap_or_else(|| "coil (no --version)".into());
                    Peer {
                        id,
                        program: Some(paths.coil.clone()),
                        pre_args,
                        version,
                    }
                } else {
                    Peer {
                        id,
                        program: None,
                        pre_args,
                        version: format!("not found at {}", paths.coil.display()),
                    }
                }
            }
            PeerId::CPython | PeerId::PyPy => {
                let name = if id == PeerId::CPython {
                    &paths.python
                } else {
                    &paths.pypy
                };
                match find_in_path(name).map(|p| real_executable(&p)) {
                    Some(p) => {
                        let version = version_of(&p).unwrap_or_else(|| "unknown version".into());
                        Peer {
                            id,
                            program: Some(p),
                            pre_args: Vec::new(),
                            version,
                        }
                    }
                    None => Peer {
                        id,
                        program: None,
                        pre_args: Vec::new(),
                        version: format!("{name} not installed (see bench/README.md)"),
                    },
                }
            }
        })
        .collect()
}

/// Resolve a program name the way a shell would: a path with a slash as is, else via $PATH.
pub fn find_in_path(name: &str) -> Option<PathBuf> {
    if name.contains('/') {
        let p = PathBuf::from(name);
        return p.is_file().then_some(p);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// The interpreter behind a launcher: version-manager shims (pyenv) are shell scripts
/// that cost tens of milliseconds per start and hide the process from valgrind, so ask
/// the interpreter for `sys.executable` and run that directly.
fn real_executable(program: &Path) -> PathBuf {
    let out = Command::new(program)
        .args(["-c", "import sys; print(sys.executable)"])
        .output();
    match out {
        Ok(o) if o.status.success() => {
            let p = PathBuf::from(String::from_utf8_lossy(&o.stdout).trim());
            if p.is_file() {
                p
            } else {
                program.to_path_buf()
            }
        }
        _ => program.to_path_buf(),
    }
}

/// The first non-empty line `PROGRAM --version` prints (PyPy prints two lines).
fn version_of(program: &Path) -> Option<String> {
    let out = Command::new(program).arg("--version").output().ok()?;
    if !out.status.success() {
        return None;
    }
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    match lines.as_slice() {
        [] => None,
        [one] => Some(one.to_string()),
        [first, second, ..] if second.starts_with('[') => Some(format!("{first} {second}")),
        [first, ..] => Some(first.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_are_unique() {
        for &p in PeerId::ALL {
            assert_eq!(PeerId::from_key(p.key()), Some(p));
        }
        assert_eq!(PeerId::from_key("jython"), None);
        assert_eq!(PeerId::ALL.len(), 4);
    }

    #[test]
    fn command_line_puts_flags_before_script() {
        let p = Peer {
            id: PeerId::CoilNoJit,
            program: Some(PathBuf::from("/x/coil")),
            pre_args: vec!["--jit".into(), "off".into()],
            version: String::new(),
        };
        let cmd = p.command_line(Path::new("b.py"), Some("10"));
        assert_eq!(cmd, ["/x/coil", "--jit", "off", "b.py", "10"]);
    }

    #[test]
    fn missing_program_is_not_found() {
        assert!(find_in_path("definitely-not-a-real-program-xyz").is_none());
        assert!(find_in_path("/nonexistent/dir/python3").is_none());
    }
}
