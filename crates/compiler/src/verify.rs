//! Structural invariants of code objects, checked by tests and available to the VM in
//! debug builds: the contract the interpreter and the JIT recorder rely on.

use crate::code::{CodeObject, Const};
use crate::opcode::{ArgKind, Flow, Opcode};

/// Checks `code` and every nested code object; the error names the first violation.
pub fn verify(code: &CodeObject) -> Result<(), String> {
    verify_one(code).map_err(|e| format!("{} ({}): {e}", code.qualname, code.filename))?;
    for c in &code.consts {
        if let Const::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}

fn verify_one(code: &CodeObject) -> Result<(), String> {
    let n = code.code.len() as u32;
    if code.positions.len() != code.code.len() {
        return Err("one position per instruction".into());
    }
    let mut next_cache = 0;
    for (pc, ins) in code.code.iter().enumerate() {
        let pc = pc as u32;
        let bad = |what: &str| Err(format!("pc {pc} {}: {what}", ins.op.name()));
        let limit = match ins.op.arg_kind() {
            ArgKind::Const => Some(code.consts.len()),
            ArgKind::Name => Some(code.names.len()),
            ArgKind::Local => Some(code.varnames.len()),
            ArgKind::Cell => Some(code.cellvars.len() + code.freevars.len()),
            ArgKind::Jump => Some(n as usize),
            _ => None,
        };
        if limit.is_some_and(|l| ins.arg as usize >= l) {
            return bad("argument out of range");
        }
        match ins.op.flow() {
            Flow::Branch if ins.arg <= pc => return bad("conditional jumps go forward"),
            Flow::Jump => {
                let backward = ins.arg <= pc;
                let is_back = matches!(
                    ins.op,
                    Opcode::JUMP_BACKWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT
                );
                if backward != is_back {
                    return bad("jump direction does not match the opcode");
                }
            }
            _ => {}
        }
        if ins.op == Opcode::JUMP_BACKWARD_NO_INTERRUPT
            && code.code.get(ins.arg as usize).map(|i| i.op) != Some(Opcode::SEND)
        {
            return bad("JUMP_BACKWARD_NO_INTERRUPT only closes a SEND loop");
        }
        if ins.op.uses_cache() {
            if ins.cache.0 != next_cache {
                return bad("cache slots are numbered densely in order");
            }
            next_cache += 1;
        } else if ins.cache.index().is_some() {
            return bad("cache slot on an op without a cache");
        }
    }
    if next_cache != code.num_caches {
        return Err("num_caches".into());
    }
    if let Some(last) = code.code.last() {
        if last.op.flow() == Flow::Next || last.op.flow() == Flow::Branch {
            return Err("control falls off the end of the code".into());
        }
    }
    let mut prev_end = 0;
    for e in &code.exception_table {
        if e.start >= e.end || e.start < prev_end || e.end > n || e.target >= n {
            return Err(format!("bad exception-table entry {e:?}"));
        }
        if e.depth + e.lasti as u32 + 1 > code.max_stack {
            return Err(format!("handler depth above max_stack: {e:?}"));
        }
        prev_end = e.end;
    }
    if code.cell2arg.len() != code.cellvars.len() {
        return Err("cell2arg has one entry per cellvar".into());
    }
    Ok(())
}
