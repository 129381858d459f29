//! The PYPYLOG writer: `PYPYLOG=CATS:FILE` sections `[hex] {cat ... [hex] cat}`.

use std::io::Write;

/// Where log sections go and which categories are on.
pub struct Log {
    cats: Vec<String>,
    /// Only section boundaries (`PYPYLOG=FILE` without categories).
    bare: bool,
    out: Option<Box<dyn Write>>,
    t0: std::time::Instant,
}

impl Log {
    /// A log that writes nothing.
    pub fn off() -> Log {
        Log {
            cats: vec![],
            bare: false,
            out: None,
            t0: std::time::Instant::now(),
        }
    }

    /// From a PYPYLOG value (`CATS:FILE`, `-` for stderr, or bare `FILE`).
    pub fn from_spec(spec: &str) -> Log {
        let mut l = Log::off();
        let (cats, file) = match spec.rsplit_once(':') {
            Some((c, f)) => (Some(c), f),
            None => (None, spec),
        };
        l.out = if file == "-" {
            Some(Box::new(std::io::stderr()))
        } else {
            match std::fs::File::create(file) {
                Ok(f) => Some(Box::new(std::io::BufWriter::new(f))),
                Err(_) => None,
            }
        };
        match cats {
            Some(c) => l.cats = c.split(',').map(|s| s.trim().to_string()).collect(),
            None => l.bare = true,
        }
        l
    }

    /// From the environment.
    pub fn from_env() -> Log {
        match std::env::var("PYPYLOG") {
            Ok(s) if !s.is_empty() => Log::from_spec(&s),
            _ => Log::off(),
        }
    }

    /// Is the category selected (by prefix, as PyPy does)?
    pub fn on(&self, cat: &str) -> bool {
        self.out.is_some() && (self.bare || self.cats.iter().any(|c| cat.starts_with(c.as_str())))
    }

    fn stamp(&self) -> String {
        format!("{:x}", self.t0.elapsed().as_nanos())
    }

    /// Writes a whole section (body printed only when the category is selected).
    pub fn section(&mut self, cat: &str, body: impl FnOnce() -> String) {
        if !self.on(cat) {
            return;
        }
        let text = if self.bare { String::new() } else { body() };
        let (a, b) = (self.stamp(), self.stamp());
        if let Some(o) = self.out.as_mut() {
            let _ = write!(o, "[{a}] {{{cat}\n{text}");
            if !text.is_empty() && !text.ends_with('\n') {
                let _ = writeln!(o);
            }
            let _ = writeln!(o, "[{b}] {cat}}}");
        }
    }

    /// Flushes the output.
    pub fn flush(&mut self) {
        if let Some(o) = self.out.as_mut() {
            let _ = o.flush();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_match_by_prefix() {
        let dir = std::env::temp_dir().join(format!("coil-log-{}", std::process::id()));
        let path = dir.with_extension("txt");
        let mut l = Log::from_spec(&format!("jit-log-opt,jit-summary:{}", path.display()));
        assert!(l.on("jit-log-opt-loop"));
        assert!(!l.on("jit-abort-log"));
        l.section("jit-summary", || "x:\t1\n".into());
        l.section("jit-abort-log", || "nope".into());
        l.flush();
        drop(l);
        let s = std::fs::read_to_string(&path).unwrap();
        let _ = std::fs::remove_file(&path);
        assert!(s.contains("{jit-summary\nx:\t1\n["), "{s}");
        assert!(s.contains("] jit-summary}"), "{s}");
        assert!(!s.contains("nope"));
    }
}
