//! `range` objects whose bounds or length do not fit in 63 bits: a `Wrapper` of kind
//! `BigRange` (`a` start, `b` stop, `c` step, all ints) whose class is `range`. The
//! operations are Python functions (`bigrange.py`, run on first use into the hidden
//! module `_coil_bigrange`); the `LayoutId::Range` object the JIT knows stays i64-only.

use crate::heap::{get, has_layout};
use crate::layout::*;
use crate::objects::int::{as_int, Int};
use crate::objects::types::WrapKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const SOURCE: &str = include_str!("bigrange.py");
const MODULE: &str = "_coil_bigrange";

/// Is `v` a range with bounds or length outside 63 bits?
pub fn is_big_range(v: Value) -> bool {
    has_layout(v, LayoutId::Wrapper) && get::<WrapperObj>(v).kind == WrapKind::BigRange as u64
}

/// (start, stop, step) of a big range.
pub fn big_range_parts(v: Value) -> [Value; 3] {
    let w = get::<WrapperObj>(v);
    [w.a, w.b, w.c]
}

impl Vm {
    /// Call `name` of the `_coil_bigrange` module (made on first use).
    pub fn bigrange_call(&mut self, name: &str, args: &[Value]) -> PyResult {
        let k = self.intern(MODULE);
        let d = match self.dict_get_str(self.modules, k) {
            Some(m) if has_layout(m, LayoutId::Module) => self.module_dict(m),
            _ => {
                let (_, d) = crate::modules::new_module(self, MODULE);
                crate::modules::exec_source(self, d, SOURCE, "<bigrange>")?;
                crate::modules::set_class_module(self, d, "longrange_iterator", "builtins");
                d
            }
        };
        let k = self.intern(name);
        match self.dict_get_str(d, k) {
            Some(f) => self.call(f, args),
            None => Err(self.not_supported(format!("range operation {name}"))),
        }
    }

    /// A range operation on a big range `r` with extra arguments.
    pub fn big_range_op(&mut self, name: &str, r: Value, extra: &[Value]) -> PyResult {
        let mut args = big_range_parts(r).to_vec();
        args.extend_from_slice(extra);
        self.bigrange_call(name, &args)
    }

    /// range(start, stop, step) from int values (step non-zero): the i64 object when
    /// the bounds and the length fit, else a big range.
    pub fn make_range(&mut self, start: Value, stop: Value, step: Value) -> PyResult {
        if let (Some(Int::S(a)), Some(Int::S(b)), Some(Int::S(c))) =
            (as_int(start), as_int(stop), as_int(step))
        {
            let (lo, hi, st) = if c > 0 {
                (a as i128, b as i128, c as i128)
            } else {
                (b as i128, a as i128, -(c as i128))
            };
            let len = if lo >= hi { 0 } else { (hi - lo - 1) / st + 1 };
            if len <= i64::MAX as i128 {
                return Ok(self.new_range(a, b, c));
            }
        }
        Ok(self.new_wrapper(WrapKind::BigRange, start, stop, step))
    }

    /// len() of a big range: OverflowError beyond ssize_t like CPython.
    pub fn big_range_len(&mut self, r: Value) -> PyResult<usize> {
        let n = self.big_range_op("length", r, &[])?;
        match as_int(n) {
            Some(Int::S(n)) if n >= 0 => Ok(n as usize),
            _ => Err(self.overflow_error("Python int too large to convert to C ssize_t")),
        }
    }

    /// repr() of a big range.
    pub fn big_range_repr(&mut self, r: Value) -> PyResult<String> {
        let [a, b, c] = big_range_parts(r);
        let (sa, sb) = (self.repr_string(a)?, self.repr_string(b)?);
        if as_int(c).is_some_and(|c| matches!(c, Int::S(1))) {
            return Ok(format!("range({sa}, {sb})"));
        }
        let sc = self.repr_string(c)?;
        Ok(format!("range({sa}, {sb}, {sc})"))
    }

    /// (start, stop, step) of any range as int values.
    pub fn range_parts(&mut self, r: Value) -> [Value; 3] {
        if is_big_range(r) {
            return big_range_parts(r);
        }
        let o = get::<RangeObj>(r);
        let (a, b, c) = (o.start, o.stop, o.step);
        [self.new_int(a), self.new_int(b), self.new_int(c)]
    }

    /// `==` between two ranges of which at least one is big.
    pub fn big_range_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let pa = self.range_parts(a);
        let pb = self.range_parts(b);
        let (ta, tb) = (self.new_tuple(&pa), self.new_tuple(&pb));
        let r = self.bigrange_call("equal", &[ta, tb])?;
        Ok(r == Value::true_())
    }
}
