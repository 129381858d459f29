//! The import system: native modules from sys.modules (lazily created ones on first
//! import), then `NAME.py` / `NAME/__init__.py` along sys.path (script directory, then
//! the pure-Python `lib/`, embedded in the binary by build.rs and found under the
//! pseudo-directory `<coil-lib>` unless `COIL_LIB` names a directory to use instead);
//! directories without `__init__.py` become namespace packages (PEP 420) when nothing
//! else of the name is found.

use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::objects::str::{is_str, text};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::path::PathBuf;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_lib.rs"));
}

/// The sys.path entry (and file-name prefix) standing for the embedded `lib/`.
pub const EMBEDDED_ROOT: &str = "<coil-lib>";

/// The source of an embedded lib file by its full pseudo-path (`<coil-lib>/json/__init__.py`).
pub fn embedded_source(path: &str) -> Option<&'static str> {
    let rel = path.strip_prefix(EMBEDDED_ROOT)?.strip_prefix('/')?;
    embedded::EMBEDDED_LIB
        .binary_search_by(|(p, _)| (*p).cmp(rel))
        .ok()
        .map(|i| embedded::EMBEDDED_LIB[i].1)
}

impl Vm {
    /// The directories searched for modules (sys.path as strings).
    fn search_path(&mut self) -> Vec<PathBuf> {
        let key = self.intern("path");
        let d = self.module_dict(self.sys);
        let mut out = Vec::new();
        if let Some(p) = self.dict_get_str(d, key) {
            if has_layout(p, LayoutId::List) {
                for &mut v in crate::objects::seq::list_items(p) {
                    if is_str(v) {
                        out.push(PathBuf::from(text(v)));
                    }
                }
            }
        }
        out
    }

    /// Import the fully qualified module `name` (parents first); returns the module.
    pub fn import_module(&mut self, name: &str) -> PyResult {
        let key = self.intern(name);
        if let Some(m) = self.dict_get_str(self.modules, key) {
            if m.is_none() {
                // CPython: a None entry blocks the import.
                let cls = self.exc_type("ModuleNotFoundError");
                let msg = self.new_str(&format!("import of {name} halted; None in sys.modules"));
                let e = self.new_exception(cls, &[msg]);
                let n = self.new_str(name);
                let k = self.intern("name");
                self.instance_set(e, k, n);
                return Err(self.raise(e));
            }
            return Ok(m);
        }
        if crate::modules::load_lazy(self, name) {
            if let Some(m) = self.dict_get_str(self.modules, key) {
                return Ok(m);
            }
        }
        let (parent, leaf) = match name.rfind('.') {
            Some(i) => (Some(&name[..i]), &name[i + 1..]),
            None => (None, name),
        };
        let dirs: Vec<PathBuf> = match parent {
            Some(p) => {
                let pm = self.import_module(p)?;
                if let Some(m) = self.dict_get_str(self.modules, key) {
                    return Ok(m);
                }
                let pk = self.intern("__path__");
                let pd = self.module_dict(pm);
                match self.dict_get_str(pd, pk) {
                    Some(l) if has_layout(l, LayoutId::List) => crate::objects::seq::list_items(l)
                        .iter()
                        .filter(|v| is_str(**v))
                        .map(|v| PathBuf::from(text(*v)))
                        .collect(),
                    _ => {
                        return Err(self.module_not_found(name, Some(p)));
                    }
                }
            }
            None => self.search_path(),
        };
        // Directories named `leaf` without an `__init__.py`: the portions of a namespace
        // package (PEP 420), used only when no module or regular package is found.
        let mut portions: Vec<PathBuf> = Vec::new();
        for dir in dirs {
            let ds = dir.to_string_lossy();
            if ds.starts_with(EMBEDDED_ROOT) {
                let pkg = format!("{ds}/{leaf}/__init__.py");
                if let Some(src) = embedded_source(&pkg) {
                    let pkg_dir = format!("{ds}/{leaf}");
                    return self.exec_module_source(name, pkg, src.to_string(), Some(pkg_dir));
                }
                let file = format!("{ds}/{leaf}.py");
                if let Some(src) = embedded_source(&file) {
                    return self.exec_module_source(name, file, src.to_string(), None);
                }
                continue;
            }
            let file = dir.join(format!("{leaf}.py"));
            let pkg = dir.join(leaf).join("__init__.py");
            if pkg.is_file() {
                return self.exec_module_file(name, &pkg, Some(dir.join(leaf)));
            }
            if file.is_file() {
                return self.exec_module_file(name, &file, None);
            }
            let sub = dir.join(leaf);
            if sub.is_dir() {
                portions.push(std::fs::canonicalize(&sub).unwrap_or(sub));
            }
        }
        if !portions.is_empty() {
            return Ok(self.namespace_package(name, &portions));
        }
        Err(self.module_not_found(name, None))
    }

    /// Create and register the namespace package `name` spanning `portions` (no code
    /// runs; `__file__` is None and `__path__` lists the directories).
    fn namespace_package(&mut self, name: &str, portions: &[PathBuf]) -> Value {
        let m = self.new_module(name);
        let d = self.module_dict(m);
        let fk = self.names.file;
        self.dict_set_str(d, fk, Value::none());
        let dirs: Vec<Value> = portions
            .iter()
            .map(|p| self.new_str(&p.to_string_lossy()))
            .collect();
        let list = self.new_list(&dirs);
        let pk = self.intern("__path__");
        self.dict_set_str(d, pk, list);
        let pv = self.new_str(name);
        let pkk = self.intern("__package__");
        self.dict_set_str(d, pkk, pv);
        let key = self.intern(name);
        let mods = self.modules;
        self.dict_set_str(mods, key, m);
        if let Some((parent, leaf)) = name.rsplit_once('.') {
            let pk = self.intern(parent);
            if let Some(pm) = self.dict_get_str(self.modules, pk) {
                let lk = self.intern(leaf);
                let pd = self.module_dict(pm);
                self.dict_set_str(pd, lk, m);
            }
        }
        m
    }

    fn module_not_found(&mut self, name: &str, parent: Option<&str>) -> crate::vm::Raised {
        let msg = match parent {
            Some(p) => format!("No module named '{name}'; '{p}' is not a package"),
            None => format!("No module named '{name}'"),
        };
        let cls = self.exc_type("ModuleNotFoundError");
        let m = self.new_str(&msg);
        let e = self.new_exception(cls, &[m]);
        let n = self.new_str(name);
        let k = self.intern("name");
        self.instance_set(e, k, n);
        self.raise(e)
    }

    /// Compile and run a module file, registering it in sys.modules first.
    fn exec_module_file(
        &mut self,
        name: &str,
        path: &std::path::Path,
        pkg_dir: Option<PathBuf>,
    ) -> PyResult {
        let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let fname = abs.to_string_lossy().to_string();
        let src = match std::fs::read(&abs) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(_) => return Err(self.raise_msg("ImportError", format!("cannot read {fname}"))),
        };
        let pkg_dir = pkg_dir.map(|d| d.to_string_lossy().to_string());
        self.exec_module_source(name, fname, src, pkg_dir)
    }

    /// Run a module's source as module `name` (file name `fname`; `pkg_dir` for a package).
    fn exec_module_source(
        &mut self,
        name: &str,
        fname: String,
        src: String,
        pkg_dir: Option<String>,
    ) -> PyResult {
        let m = self.new_module(name);
        let d = self.module_dict(m);
        let fv = self.new_str(&fname);
        let fk = self.names.file;
        self.dict_set_str(d, fk, fv);
        let bk = self.names.builtins;
        let bkey = self.intern("builtins");
        let bm = self
            .dict_get_str(self.modules, bkey)
            .unwrap_or(Value::none());
        self.dict_set_str(d, bk, bm);
        let package = match &pkg_dir {
            Some(dir) => {
                let l = self.new_str(dir);
                let list = self.new_list(&[l]);
                let pk = self.intern("__path__");
                self.dict_set_str(d, pk, list);
                name.to_string()
            }
            None => name
                .rsplit_once('.')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default(),
        };
        let pv = self.new_str(&package);
        let pkk = self.intern("__package__");
        self.dict_set_str(d, pkk, pv);
        let key = self.intern(name);
        let mods = self.modules;
        self.dict_set_str(mods, key, m);
        let code = match self.compile_file_source(&src, &fname) {
            Ok(c) => c,
            Err(e) => {
                let _ = self.dict_del(mods, key);
                return Err(e);
            }
        };
        self.gc_inhibit += 1;
        let r = self.run_code(code, d, d);
        self.gc_inhibit -= 1;
        if let Err(e) = r {
            let _ = self.dict_del(mods, key);
            return Err(e);
        }
        // Bind the submodule on its parent package.
        if let Some((parent, leaf)) = name.rsplit_once('.') {
            let pk = self.intern(parent);
            if let Some(pm) = self.dict_get_str(self.modules, pk) {
                let lk = self.intern(leaf);
                let pd = self.module_dict(pm);
                self.dict_set_str(pd, lk, m);
            }
        }
        Ok(self.dict_get_str(self.modules, key).unwrap_or(m))
    }

    /// Compile source text to a loaded code object (SyntaxError on failure).
    pub fn compile_file_source(&mut self, src: &str, filename: &str) -> PyResult {
        self.sources.insert(
            filename.to_string(),
            src.lines().map(|l| l.to_string()).collect(),
        );
        match coil_compiler::compile_module_with_warnings(src, filename) {
            Ok((code, warnings)) => {
                for w in &warnings {
                    self.stdout.flush();
                    self.stderr.write_str(&w.render());
                }
                Ok(self.load_code(std::rc::Rc::new(code)))
            }
            Err(e) => Err(self.syntax_error(&e)),
        }
    }

    /// Raise a SyntaxError built from the compiler's error.
    pub fn syntax_error(&mut self, e: &coil_compiler::SyntaxError) -> crate::vm::Raised {
        let cls = self.exc_type(e.kind.class_name());
        let m = self.new_str(&e.msg);
        let fname = self.new_str(&e.filename);
        let text_v = match &e.text {
            Some(t) => self.new_str(t),
            None => Value::none(),
        };
        let detail = self.new_tuple(&[
            fname,
            Value::small(e.line as i64),
            Value::small(e.offset as i64),
            text_v,
            Value::small(e.end_line as i64),
            Value::small(e.end_offset as i64),
        ]);
        let exc = self.new_exception(cls, &[m, detail]);
        for (k, v) in [
            ("msg", m),
            ("filename", fname),
            ("lineno", Value::small(e.line as i64)),
            ("offset", Value::small(e.offset as i64)),
            ("text", text_v),
            ("end_lineno", Value::small(e.end_line as i64)),
            ("end_offset", Value::small(e.end_offset as i64)),
        ] {
            let key = self.intern(k);
            self.instance_set(exc, key, v);
        }
        let rendered = self.new_str(&e.render());
        let rk = self.intern("__coil_rendered__");
        self.instance_set(exc, rk, rendered);
        self.raise(exc)
    }

    /// IMPORT_NAME.
    pub fn import_name(
        &mut self,
        name: Value,
        fromlist: Value,
        level: Value,
        globals: Value,
    ) -> PyResult {
        let mut full = text(name).to_string();
        let level = level.as_small().unwrap_or(0);
        if level > 0 {
            let pk = self.intern("__package__");
            let mut package = match self.dict_get_str(globals, pk) {
                Some(p) if is_str(p) => text(p).to_string(),
                _ => String::new(),
            };
            if package.is_empty() {
                let nk = self.names.name;
                if let Some(n) = self.dict_get_str(globals, nk) {
                    let n = text(n).to_string();
                    let pathk = self.intern("__path__");
                    package = if self.dict_get_str(globals, pathk).is_some() {
                        n
                    } else {
                        n.rsplit_once('.')
                            .map(|(p, _)| p.to_string())
                            .unwrap_or_default()
                    };
                }
            }
            if package.is_empty() {
                return Err(self.raise_msg(
                    "ImportError",
                    "attempted relative import with no known parent package",
                ));
            }
            let mut base = package.as_str();
            for _ in 1..level {
                match base.rfind('.') {
                    Some(i) => base = &base[..i],
                    None => {
                        return Err(self.raise_msg(
                            "ImportError",
                            "attempted relative import beyond top-level package",
                        ))
                    }
                }
            }
            full = if full.is_empty() {
                base.to_string()
            } else {
                format!("{base}.{full}")
            };
        }
        let m = self.import_module(&full)?;
        let has_fromlist = !fromlist.is_none()
            && (!has_layout(fromlist, LayoutId::Tuple) || !heap::items(fromlist).is_empty());
        if has_fromlist {
            return Ok(m);
        }
        if level > 0 {
            return Ok(m);
        }
        let top = full.split('.').next().unwrap_or(&full).to_string();
        self.import_module(&top)
    }

    /// IMPORT_FROM.
    pub fn import_from(&mut self, m: Value, name: Value) -> PyResult {
        if let Some(v) = self.getattr_opt(m, name)? {
            return Ok(v);
        }
        if has_layout(m, LayoutId::Module) {
            let mname = text(get::<ModuleObj>(m).name).to_string();
            let sub = format!("{mname}.{}", text(name));
            let pk = self.intern("__path__");
            let md = self.module_dict(m);
            if self.dict_get_str(md, pk).is_some() {
                if let Ok(v) = self.import_module(&sub) {
                    return Ok(v);
                }
            }
            let fk = self.names.file;
            let file = self
                .dict_get_str(md, fk)
                .filter(|f| is_str(*f))
                .map(|f| text(f).to_string());
            let n = text(name).to_string();
            let msg = match file {
                Some(f) => format!("cannot import name '{n}' from '{mname}' ({f})"),
                None => format!("cannot import name '{n}' from '{mname}' (unknown location)"),
            };
            return Err(self.raise_msg("ImportError", msg));
        }
        Err(self.no_attribute(m, name))
    }

    /// IMPORT_STAR.
    pub fn import_star(&mut self, m: Value, target: Value) -> PyResult<()> {
        let d = self.module_dict(m);
        let allk = self.intern("__all__");
        if let Some(all) = self.dict_get_str(d, allk) {
            for n in self.collect_iterable(all)? {
                let n = self.intern_value(n);
                let v = self.getattr(m, n)?;
                self.mapping_set(target, n, v)?;
            }
            return Ok(());
        }
        for (k, v) in self.dict_items_vec(d) {
            if is_str(k) && !text(k).starts_with('_') {
                self.mapping_set(target, k, v)?;
            }
        }
        Ok(())
    }
}
