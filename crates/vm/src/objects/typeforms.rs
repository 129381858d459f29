//! `X | Y` union types and `list[int]` generic aliases: `types.UnionType` and
//! `types.GenericAlias` are Python classes (`typeforms.py`) run once, on first use, into
//! the hidden module `_coil_typeforms`.

use crate::heap::has_layout;
use crate::layout::*;
use crate::objects::types::is_type;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const SOURCE: &str = include_str!("typeforms.py");
const MODULE: &str = "_coil_typeforms";

impl Vm {
    /// The `_coil_typeforms` module's dict (made on first use).
    fn typeforms(&mut self) -> PyResult<Value> {
        let k = self.intern(MODULE);
        if let Some(m) = self.dict_get_str(self.modules, k) {
            if has_layout(m, LayoutId::Module) {
                return Ok(self.module_dict(m));
            }
        }
        let (_, d) = crate::modules::new_module(self, MODULE);
        crate::modules::exec_source(self, d, SOURCE, "<typeforms>")?;
        for name in ["GenericAlias", "UnionType"] {
            crate::modules::set_class_module(self, d, name, "types");
        }
        Ok(d)
    }

    fn typeforms_call(&mut self, name: &str, args: &[Value]) -> PyResult {
        let d = self.typeforms()?;
        let k = self.intern(name);
        match self.dict_get_str(d, k) {
            Some(f) => self.call(f, args),
            None => Err(self.not_supported(format!("types.{name}"))),
        }
    }

    /// `cls[args]` for a class without `__class_getitem__`: a `types.GenericAlias`.
    pub fn generic_alias(&mut self, cls: Value, args: Value) -> PyResult {
        self.typeforms_call("GenericAlias", &[cls, args])
    }

    /// `a | b` when neither operand handles it: a `types.UnionType` when both are
    /// classes or None (None otherwise: the caller raises its TypeError).
    pub fn union_or(&mut self, a: Value, b: Value) -> PyResult<Option<Value>> {
        let ok = |v: Value| is_type(v) || v.is_none();
        if !(ok(a) && ok(b)) {
            return Ok(None);
        }
        let r = self.typeforms_call("_union", &[a, b])?;
        Ok(if r.is_not_implemented() {
            None
        } else {
            Some(r)
        })
    }
}
