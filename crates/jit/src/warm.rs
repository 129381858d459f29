//! Whether a hot loop is worth compiling now: a `for` loop whose iterator says this entry
//! of the loop has only a few iterations left waits for a later entry (PyPy's answer to
//! programs that run many distinct loops once each, just past the threshold).
//!
//! Recording, optimizing and assembling a loop costs about as much as interpreting it
//! for several hundred iterations (measured on bench/warmup_many_loops.py: ~100-200 µs
//! per short loop against ~0.2 µs per interpreted iteration), so a loop that became hot
//! on an entry that ends a few iterations later would pay the compile for nothing if
//! it is never entered again. The length is known for iterators over ranges, lists and
//! tuples (the FOR_ITER at the loop header has its iterator on top of the stack); other
//! loops (`while`, generators) compile as before. A deferred loop stays hot: the next
//! report from a *different* entry (another iterator object, or the same address after
//! a collection) records it at once, so a loop entered many times with short runs is
//! delayed by one entry only.

use coil_compiler::opcode::Opcode as Bc;
use coil_vm::heap::{self, get};
use coil_vm::interp::code::code_data;
use coil_vm::layout::{IterObj, LayoutId, RangeIterObj};
use coil_vm::objects::seq::list_len;
use coil_vm::objects::types::IterKind;
use coil_vm::{Value, Vm};

/// Iterations left in the current entry of the loop whose header is `pc` of `code` (the
/// top frame), when its FOR_ITER's iterator knows them.
pub fn remaining(vm: &Vm, code: Value, pc: u32) -> Option<(i64, Value)> {
    let op = code_data(code).code.code.get(pc as usize)?.op;
    if op != Bc::FOR_ITER {
        return None;
    }
    let f = vm.frames.last()?;
    if vm.stack.len() <= f.base {
        return None;
    }
    let it = *vm.stack.last()?;
    if !it.is_ptr() {
        return None;
    }
    let left = match heap::layout_of(it) {
        LayoutId::RangeIter => get::<RangeIterObj>(it).remaining,
        LayoutId::Iter => {
            let o = get::<IterObj>(it);
            let len = match IterKind::from_u64(o.kind) {
                IterKind::List if heap::layout_of(o.src) == LayoutId::List => {
                    list_len(o.src) as i64
                }
                IterKind::Tuple if heap::layout_of(o.src) == LayoutId::Tuple => {
                    heap::items(o.src).len() as i64
                }
                _ => return None,
            };
            len - o.index
        }
        _ => return None,
    };
    Some((left.max(0), it))
}

/// The fewest iterations left in an entry for a loop to be compiled during it:
/// `defer_below`, at most half the threshold (so that low test thresholds compile
/// everything as before).
pub fn defer_limit(defer_below: u32, threshold: u32) -> i64 {
    defer_below.min(threshold / 2) as i64
}
