//! `_coil_ast`: the syntax tree of a source text for lib/ast.py, as the text of
//! `coil_syntax::dump` (lib/ast.py builds the node objects from it).
//!
//! `dump(source, filename, mode)`: mode "exec" dumps a `Module`, "eval" the expression;
//! a syntax error raises SyntaxError as `compile()` does.

use crate::builtins::arity;
use crate::objects::str::is_str;
use crate::value::Value;
use crate::vm::{Kwargs, PyResult, Vm};

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "_coil_ast").is_some() {
        return;
    }
    let (_, d) = super::new_module(vm, "_coil_ast");
    vm.def_fn(d, "dump", dump);
}

fn dump(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "dump", args, 3, 3)?;
    if !args.iter().all(|&a| is_str(a)) {
        return Err(vm.type_error("dump() arguments must be str"));
    }
    let source = crate::heap::str_text(args[0]).to_string();
    let filename = crate::heap::str_text(args[1]).to_string();
    let mode = crate::heap::str_text(args[2]).to_string();
    let arena = bumpalo::Bump::new();
    let text = match mode.as_str() {
        "exec" => coil_syntax::parse_module(&arena, &source, &filename)
            .map(|m| coil_syntax::dump::module(&m)),
        "eval" => coil_syntax::parse_expression(&arena, &source, &filename)
            .map(|e| coil_syntax::dump::expression(&e)),
        _ => {
            return Err(vm.raise_msg(
                "ValueError",
                "coil's ast.parse supports the modes 'exec' and 'eval'",
            ))
        }
    };
    match text {
        Ok(t) => Ok(vm.new_str(&t)),
        Err(e) => Err(vm.syntax_error(&e)),
    }
}
