//! Exception groups: `BaseExceptionGroup`/`ExceptionGroup` and the `except*` helpers are
//! Python (`excgroup.py`), run once into the hidden module `_coil_excgroup` the first
//! time a program names one of the classes (a builtins miss) or runs `except*`.

use crate::heap::{self, has_layout};
use crate::layout::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const SOURCE: &str = include_str!("excgroup.py");
const MODULE: &str = "_coil_excgroup";
const CLASSES: [&str; 2] = ["BaseExceptionGroup", "ExceptionGroup"];

impl Vm {
    /// The `_coil_excgroup` module's dict if it was made already.
    fn excgroup_loaded(&mut self) -> Option<Value> {
        let k = self.intern(MODULE);
        let m = self.dict_get_str(self.modules, k)?;
        has_layout(m, LayoutId::Module).then(|| self.module_dict(m))
    }

    /// The `_coil_excgroup` module's dict (made on first use; the classes then also
    /// become builtins).
    fn excgroup(&mut self) -> PyResult<Value> {
        if let Some(d) = self.excgroup_loaded() {
            return Ok(d);
        }
        let (_, d) = crate::modules::new_module(self, MODULE);
        crate::modules::exec_source(self, d, SOURCE, "<excgroup>")?;
        for name in CLASSES {
            crate::modules::set_class_module(self, d, name, "builtins");
            let k = self.intern(name);
            if let Some(c) = self.dict_get_str(d, k) {
                let b = self.builtins;
                self.dict_set_str(b, k, c);
            }
        }
        Ok(d)
    }

    /// A builtin made on first use: the exception group classes (None for other names).
    pub fn lazy_builtin(&mut self, name: Value) -> PyResult<Option<Value>> {
        let n = crate::objects::str::text(name);
        if !CLASSES.contains(&n) {
            return Ok(None);
        }
        let d = self.excgroup()?;
        Ok(self.dict_get_str(d, name))
    }

    fn excgroup_call(&mut self, name: &str, args: &[Value]) -> PyResult {
        let d = self.excgroup()?;
        let k = self.intern(name);
        match self.dict_get_str(d, k) {
            Some(f) => self.call(f, args),
            None => Err(self.not_supported("except*")),
        }
    }

    /// CHECK_EG_MATCH: (rest, match) of `exc` for an `except* match_type` clause.
    pub(crate) fn check_eg_match(
        &mut self,
        exc: Value,
        match_type: Value,
    ) -> PyResult<(Value, Value)> {
        let r = self.excgroup_call("_check_eg_match", &[exc, match_type])?;
        if has_layout(r, LayoutId::Tuple) && heap::items(r).len() == 2 {
            let it = heap::items(r);
            return Ok((it[0], it[1]));
        }
        Err(self.not_supported("except*"))
    }

    /// PREP_RERAISE_STAR: the exception to re-raise after the `except*` clauses (None:
    /// everything was handled).
    pub(crate) fn prep_reraise_star(&mut self, orig: Value, raised: Value) -> PyResult {
        self.excgroup_call("_prep_reraise_star", &[orig, raised])
    }

    /// Is `exc` an exception group (for the traceback's nested layout)?
    pub fn is_exception_group(&mut self, exc: Value) -> bool {
        let Some(d) = self.excgroup_loaded() else {
            return false;
        };
        let k = self.intern("BaseExceptionGroup");
        match self.dict_get_str(d, k) {
            Some(c) => crate::objects::types::is_type(c) && self.isinstance(exc, c),
            None => false,
        }
    }

    /// The sub-exceptions of an exception group.
    pub fn exception_group_items(&mut self, exc: Value) -> Vec<Value> {
        let k = self.intern("_coil_exceptions");
        match self.instance_get(exc, k) {
            Some(t) if has_layout(t, LayoutId::Tuple) => heap::items(t).to_vec(),
            _ => Vec::new(),
        }
    }
}
