//! The garbage census behind `gc.collect()`'s return value: how many unreachable
//! objects CPython's cycle collector would have found.
//!
//! CPython frees an object the moment its reference count drops to zero, so its cycle
//! collector only ever sees garbage that sits on a reference cycle or hangs off one.
//! coil's tracing collector frees all garbage alike, so the census recomputes that set:
//! mark what the roots reach (young and old objects alike, without moving anything),
//! list every object of the nursery and the old space that was not reached, then peel
//! off, as reference counting would, every dead object no other dead object refers to,
//! repeatedly. What remains is cyclic garbage and what it holds; the census counts the
//! container objects among it (the kinds CPython's collector tracks).

use super::collect::{object_size, trace_object, RootVisitor};
use super::{header, Heap};
use crate::layout::{flags, LayoutId};
use crate::value::Value;
use std::collections::{HashMap, HashSet};

/// Objects CPython's cycle collector tracks (and so counts when it frees them).
fn is_container(l: LayoutId) -> bool {
    matches!(
        l,
        LayoutId::Tuple
            | LayoutId::List
            | LayoutId::Dict
            | LayoutId::Set
            | LayoutId::FrozenSet
            | LayoutId::Function
            | LayoutId::BoundMethod
            | LayoutId::Cell
            | LayoutId::Module
            | LayoutId::Type
            | LayoutId::Instance
            | LayoutId::Iter
            | LayoutId::Traceback
            | LayoutId::Generator
            | LayoutId::Wrapper
    )
}

fn valid_layout(addr: usize) -> Option<LayoutId> {
    LayoutId::from_u32(header(Value::from_addr(addr)).layout)
}

impl Heap {
    /// Every object in the nursery (walked object by object through each chunk's used
    /// extent), the young large objects and the old space. None if a nursery walk meets
    /// a header it cannot read (then the census is not taken).
    fn all_objects(&self) -> Option<Vec<usize>> {
        let mut out = Vec::new();
        let mut ranges = self.nursery.retired_ranges.clone();
        ranges.push((self.nursery.start, self.nursery.top));
        for (start, end) in ranges {
            let mut addr = start;
            while addr < end {
                valid_layout(addr)?;
                // A young object at a safepoint carries no flag but SHADOW.
                if header(Value::from_addr(addr)).flags & !flags::SHADOW != 0 {
                    return None;
                }
                let size = object_size(Value::from_addr(addr));
                if size == 0 || addr + size > end {
                    return None;
                }
                out.push(addr);
                addr += size;
            }
        }
        out.extend(self.young_large.iter().map(|&(addr, _)| addr));
        self.old.for_each_object(|addr| out.push(addr));
        Some(out)
    }

    /// The number of container objects that are unreachable and on or below a
    /// reference cycle of unreachable objects. Must run at a safepoint (all objects
    /// initialized); changes nothing. 0 if the nursery could not be walked.
    pub fn cyclic_garbage(&self, roots: &mut RootVisitor<'_>) -> usize {
        let mut reached: HashSet<usize> = HashSet::new();
        let mut stack: Vec<Value> = Vec::new();
        let reach = |v: Value, reached: &mut HashSet<usize>, stack: &mut Vec<Value>| {
            if v.is_ptr() && header(v).flags & flags::IMMORTAL == 0 && reached.insert(v.addr()) {
                stack.push(v);
            }
        };
        roots(&mut |slot: &mut Value| reach(*slot, &mut reached, &mut stack));
        while let Some(obj) = stack.pop() {
            trace_object(obj, &mut |slot: &mut Value| {
                reach(*slot, &mut reached, &mut stack)
            });
        }
        let Some(all) = self.all_objects() else {
            return 0;
        };
        let dead: Vec<usize> = all.into_iter().filter(|a| !reached.contains(a)).collect();
        drop(reached);
        let index: HashMap<usize, usize> = dead.iter().enumerate().map(|(i, &a)| (a, i)).collect();
        let children = |i: usize, f: &mut dyn FnMut(usize)| {
            trace_object(Value::from_addr(dead[i]), &mut |slot: &mut Value| {
                if slot.is_ptr() {
                    if let Some(&j) = index.get(&slot.addr()) {
                        f(j);
                    }
                }
            });
        };
        let mut indegree = vec![0u32; dead.len()];
        for i in 0..dead.len() {
            children(i, &mut |j| indegree[j] += 1);
        }
        // Reference counting's view: free what nothing dead refers to, repeatedly.
        let mut freed = vec![false; dead.len()];
        let mut work: Vec<usize> = (0..dead.len()).filter(|&i| indegree[i] == 0).collect();
        while let Some(i) = work.pop() {
            freed[i] = true;
            children(i, &mut |j| {
                indegree[j] -= 1;
                if indegree[j] == 0 {
                    work.push(j);
                }
            });
        }
        (0..dead.len())
            .filter(|&i| !freed[i] && valid_layout(dead[i]).is_some_and(is_container))
            .count()
    }
}
