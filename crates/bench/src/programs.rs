//! The benchmark programs: finding bench/*.py, reading their headers, selecting them.
//!
//! Every program starts with comment lines the runner reads:
//! ```text
//! # category: numeric        (seed | numeric | object | other)
//! # quick: 20                (the size argument used by --quick)
//! ```
//! The full size is the program's own default (no argument passed).

use std::fmt;
use std::path::{Path, PathBuf};

/// Benchmark categories, in report order. The JIT goal is measured over numeric+object.
macro_rules! category_table {
    ($m:ident) => {
        $m! {
            Seed,    "seed";
            Numeric, "numeric";
            Object,  "object";
            Other,   "other";
        }
    };
}

macro_rules! define_categories {
    ($($id:ident, $key:literal;)*) => {
        /// The category tag of a program.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Category { $($id),* }

        impl Category {
            pub const ALL: &'static [Category] = &[$(Category::$id),*];
            pub fn key(self) -> &'static str {
                match self { $(Category::$id => $key),* }
            }
            pub fn from_key(s: &str) -> Option<Category> {
                match s { $($key => Some(Category::$id),)* _ => None }
            }
        }
    };
}
category_table!(define_categories);

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// One benchmark program.
#[derive(Clone, Debug)]
pub struct Program {
    pub name: String,
    pub path: PathBuf,
    pub category: Category,
    /// Size argument for --quick.
    pub quick: String,
    /// One-line description (the first comment line after the tags).
    pub about: String,
}

impl Program {
    /// The size argument to pass, `None` for the program's default (full) size.
    pub fn size_arg(&self, quick: bool) -> Option<&str> {
        quick.then_some(self.quick.as_str())
    }

    /// Where the blessed CPython output for this program and mode lives.
    pub fn expected_path(&self, bench_dir: &Path, quick: bool) -> PathBuf {
        let suffix = if quick { "quick.out" } else { "out" };
        bench_dir
            .join("expected")
            .join(format!("{}.{}", self.name, suffix))
    }
}

/// Parse the header of one program's source. Errors name the missing piece.
pub fn parse_header(name: &str, source: &str) -> Result<(Category, String, String), String> {
    let mut category = None;
    let mut quick = None;
    let mut about = String::new();
    for line in source.lines().take(12) {
        let Some(rest) = line.strip_prefix('#') else {
            break;
        };
        let rest = rest.trim();
        if let Some(v) = rest.strip_prefix("category:") {
            let v = v.trim();
            category = Some(
                Category::from_key(v).ok_or_else(|| format!("{name}: unknown category `{v}`"))?,
            );
        } else if let Some(v) = rest.strip_prefix("quick:") {
            let v = v.trim();
            if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("{name}: quick size `{v}` is not a number"));
            }
            quick = Some(v.to_string());
        } else if about.is_empty() && !rest.is_empty() {
            about = rest.to_string();
        }
    }
    let category = category.ok_or_else(|| format!("{name}: no `# category:` line"))?;
    let quick = quick.ok_or_else(|| format!("{name}: no `# quick:` line"))?;
    Ok((category, quick, about))
}

/// Every benchmark in `dir` (files `*.py` that carry a header), in report order:
/// by category, then by name. Helper scripts without a header are skipped.
pub fn discover(dir: &Path) -> Result<Vec<Program>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut progs = Vec::new();
    for e in entries {
        let path = e.map_err(|e| e.to_string())?.path();
        if path.extension().and_then(|s| s.to_str()) != Some("py") {
            continue;
        }
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let source =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        if !source.starts_with("# category:") {
            continue; // a helper script such as compile_stdlib.py
        }
        let (category, quick, about) = parse_header(&name, &source)?;
        progs.push(Program {
            name,
            path,
            category,
            quick,
            about,
        });
    }
    progs.sort_by(|a, b| (a.category, &a.name).cmp(&(b.category, &b.name)));
    Ok(progs)
}

/// Keep the programs named by `--only`: an exact name, a category, or a prefix ending in `*`.
/// A pattern that selects nothing is an error (a typo should not silently run nothing).
pub fn select(progs: Vec<Program>, only: &[String]) -> Result<Vec<Program>, String> {
    if only.is_empty() {
        return Ok(progs);
    }
    let matches = |p: &Program, pat: &str| {
        if let Some(prefix) = pat.strip_suffix('*') {
            p.name.starts_with(prefix)
        } else {
            p.name == pat || p.category.key() == pat
        }
    };
    for pat in only {
        if !progs.iter().any(|p| matches(p, pat)) {
            return Err(format!(
                "--only {pat}: no benchmark of that name, category or prefix"
            ));
        }
    }
    Ok(progs
        .into_iter()
        .filter(|p| only.iter().any(|pat| matches(p, pat)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_parses() {
        let src = "# category: numeric\n# quick: 50\n# The n-body problem.\nimport sys\n";
        let (c, q, about) = parse_header("nbody", src).unwrap();
        assert_eq!(c, Category::Numeric);
        assert_eq!(q, "50");
        assert_eq!(about, "The n-body problem.");
    }

    #[test]
    fn header_errors_are_reported() {
        assert!(parse_header("x", "# category: fast\n# quick: 1\n").is_err());
        assert!(parse_header("x", "# category: seed\n")
            .unwrap_err()
            .contains("quick"));
        assert!(parse_header("x", "# category: seed\n# quick: ten\n").is_err());
        assert!(parse_header("x", "import sys\n# category: seed\n").is_err());
    }

    fn prog(name: &str, category: Category) -> Program {
        Program {
            name: name.into(),
            path: PathBuf::from(format!("{name}.py")),
            category,
            quick: "1".into(),
            about: String::new(),
        }
    }

    #[test]
    fn select_by_name_category_and_prefix() {
        let all = vec![
            prog("seed_fib", Category::Seed),
            prog("nbody", Category::Numeric),
            prog("awfy_nbody", Category::Numeric),
            prog("awfy_richards", Category::Object),
        ];
        let names = |v: Vec<Program>| v.into_iter().map(|p| p.name).collect::<Vec<_>>();
        assert_eq!(
            names(select(all.clone(), &["nbody".into()]).unwrap()),
            ["nbody"]
        );
        assert_eq!(
            names(select(all.clone(), &["awfy_*".into()]).unwrap()),
            ["awfy_nbody", "awfy_richards"]
        );
        assert_eq!(
            names(select(all.clone(), &["seed".into()]).unwrap()),
            ["seed_fib"]
        );
        assert!(select(all.clone(), &["nbdy".into()]).is_err());
        assert_eq!(select(all, &[]).unwrap().len(), 4);
    }

    /// Every program in the repository's bench/ has a valid header, and its blessed
    /// reference outputs exist (regenerate with `coil-bench --bless`).
    #[test]
    fn repository_programs_are_well_formed() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench");
        let progs = discover(&dir).unwrap();
        assert!(progs.len() >= 13, "found only {} programs", progs.len());
        if std::env::var("COIL_BLESS").as_deref() == Ok("1") {
            let cfg = crate::measure::RunConfig {
                timeout: std::time::Duration::from_secs(120),
                env: Vec::new(),
                callgrind: false,
                pin: None,
            };
            let code = crate::bless(&progs, &dir, "python3", &cfg);
            assert_eq!(code, std::process::ExitCode::SUCCESS, "blessing failed");
        }
        for p in &progs {
            for quick in [false, true] {
                let exp = p.expected_path(&dir, quick);
                let text = std::fs::read_to_string(&exp)
                    .unwrap_or_else(|e| panic!("{}: {e} (run coil-bench --bless)", exp.display()));
                assert!(!text.trim().is_empty(), "{} is empty", exp.display());
            }
        }
    }
}
