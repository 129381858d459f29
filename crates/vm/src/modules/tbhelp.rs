//! `_coil_traceback`: what lib/traceback.py needs from the VM's own traceback printer
//! (`interp/traceback.rs`), so that both print an entry the same way.
//!
//! `format_entry(code, lineno, lasti)` is one entry's text (File line, source line,
//! caret line); `tb_info(tb)` is `(code, lineno, lasti, end_lineno, colno, end_colno)`
//! of a traceback entry (`lasti` an instruction index, columns UTF-8 byte offsets as in
//! CPython's `co_positions()`); `code_positions(code, lasti)` the same four positions.

use crate::builtins::arity;
use crate::heap::{get, has_layout};
use crate::layout::{LayoutId, TracebackObj};
use crate::value::Value;
use crate::vm::{Kwargs, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "_coil_traceback").is_some() {
        return;
    }
    let (_, d) = super::new_module(vm, "_coil_traceback");
    vm.def_fn(d, "format_entry", format_entry);
    vm.def_fn(d, "tb_info", tb_info);
    vm.def_fn(d, "code_positions", code_positions);
}

fn code_arg(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if has_layout(v, LayoutId::Code) {
        Ok(v)
    } else {
        Err(vm.type_error("a code object is required"))
    }
}

fn format_entry(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "format_entry", args, 3, 3)?;
    let code = code_arg(vm, args[0])?;
    let lineno = vm.to_i64_index(args[1], "")?;
    let lasti = vm.to_i64_index(args[2], "")?;
    let (text, _) = vm.format_code_entry(code, lineno, lasti);
    Ok(vm.new_str(&text))
}

/// `(lineno, end_lineno, colno, end_colno)` of instruction `lasti` (Nones when unknown).
fn positions(code: Value, lasti: i64) -> [Value; 4] {
    let cd = crate::interp::code::code_data(code);
    let none = Value::none();
    match cd.code.positions.get(lasti.max(0) as usize).copied() {
        Some(p) if lasti >= 0 && p.line != 0 => [
            Value::small(p.line as i64),
            Value::small(p.end_line as i64),
            Value::small(p.col as i64),
            Value::small(p.end_col as i64),
        ],
        _ => [none, none, none, none],
    }
}

fn code_positions(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "code_positions", args, 2, 2)?;
    let code = code_arg(vm, args[0])?;
    let lasti = vm.to_i64_index(args[1], "")?;
    let p = positions(code, lasti);
    Ok(vm.new_tuple(&p))
}

fn tb_info(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "tb_info", args, 1, 1)?;
    if !has_layout(args[0], LayoutId::Traceback) {
        return Err(vm.type_error("a traceback object is required"));
    }
    let t = get::<TracebackObj>(args[0]);
    let (code, lineno, lasti) = (t.code, t.lineno, t.lasti);
    let [_, end, col, end_col] = positions(code, lasti);
    Ok(vm.new_tuple(&[
        code,
        Value::small(lineno),
        Value::small(lasti),
        end,
        col,
        end_col,
    ]))
}
