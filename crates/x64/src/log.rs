//! Machine-code offsets in logs: a trace printed with PyPy's `+N:` prefixes.

use coil_ir::Trace;

use crate::asm::CompiledTrace;

/// The trace as `Trace::print` prints it, each op that produced code prefixed with its
/// machine-code offset (`+24: i5 = int_add(i3, 1)`), the form `jit-log-opt` sections use.
/// The result parses back with `coil_ir::parse`.
pub fn print_with_offsets(t: &Trace, c: &CompiledTrace) -> String {
    let plain = t.print();
    let n_in = t.num_inputs();
    let mut out = String::new();
    let mut lines = plain.lines();
    // Header lines and the inputs line come first, unchanged.
    for line in lines.by_ref() {
        out += line;
        out.push('\n');
        if line.starts_with('[') {
            break;
        }
    }
    for (k, line) in lines.enumerate() {
        let pos = n_in + k;
        match c.op_offsets.get(pos) {
            Some(&off) if off != u32::MAX => out += &format!("+{off}: {line}\n"),
            _ => {
                out += line;
                out.push('\n');
            }
        }
    }
    out
}
