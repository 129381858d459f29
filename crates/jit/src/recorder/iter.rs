//! Recording iteration: GET_ITER (range, list and tuple iterators built in the trace,
//! where the optimizer can keep them virtual; other iterables through the VM's
//! `get_iter`) and FOR_ITER over iterators the recorder does not specialise, generators
//! included, through the VM's `iter_next` (a helper returning the next item or 0 at
//! exhaustion; the guard on that sentinel is the loop's exit).

use super::residual::{Helper, Pending};
use super::{range_field, u, Recorder};
use crate::abort::{Abort, AbortKind};
use coil_compiler::opcode::Opcode as Bc;
use coil_ir::{Descr, FieldDescr, Opcode, Opnd, SizeDescr, Type};
use coil_vm::heap::{get, has_layout};
use coil_vm::interp::code::code_data;
use coil_vm::layout::{IterObj, LayoutId, RangeIterObj, RangeObj};
use coil_vm::objects::types::IterKind;
use coil_vm::{Value, Vm};

/// Layouts GET_ITER leaves to the VM's `get_iter` (their iterators are `Iter` objects).
const ITERABLE_LAYOUTS: &[LayoutId] = &[
    LayoutId::Dict,
    LayoutId::Set,
    LayoutId::FrozenSet,
    LayoutId::Str,
    LayoutId::Bytes,
    LayoutId::ByteArray,
    LayoutId::Wrapper,
];

fn layout_of(v: Value) -> Option<LayoutId> {
    v.is_ptr()
        .then(|| coil_vm::heap::header(v).layout)
        .and_then(LayoutId::from_u32)
}

impl Recorder {
    fn iter_field(&mut self, name: &str, offset: usize, ty: Type, immutable: bool) -> Descr {
        let mut d = FieldDescr::new(name, offset as i32, ty);
        d.immutable = immutable;
        self.fd(d)
    }

    /// GET_ITER.
    pub(super) fn get_iter(&mut self, vm: &Vm) -> Result<(), Abort> {
        let v = Self::concrete(vm, 0);
        let o = self.top()?;
        if self.ty(o) != Type::Ref {
            return Err(u(AbortKind::Unsupported, "GET_ITER on an unboxed value"));
        }
        let Some(layout) = layout_of(v) else {
            return Err(u(AbortKind::Unsupported, "GET_ITER on this value"));
        };
        let next = code_data(self.cur_code())
            .code
            .code
            .get(self.cur_pc as usize + 1)
            .map(|i| i.op);
        let header = self.cur_pc + 1;
        if !self.bridge && next == Some(Bc::FOR_ITER) && !self.merge_headers.contains(&header) {
            // An inner `for` loop without a trace: traced through, its iterations
            // unrolled, until it goes round more than `UNROLL_ITERATIONS` times
            // (`flow.rs`); then it gets a trace of its own first. Once it is compiled,
            // this recording ends with a jump into it at its header.
            if self.mframes.len() > 1 {
                return Err(u(AbortKind::Unsupported, "loop in an inlined function"));
            }
            if header == self.header {
                // The recording began on the loop's last iteration and came round to
                // its GET_ITER again.
                return Err(u(
                    AbortKind::LoopExit,
                    "the loop was left and entered again",
                ));
            }
        }
        let lay = self.trace.int(layout as i64);
        match layout {
            LayoutId::Iter | LayoutId::RangeIter | LayoutId::Generator => {
                // iter(it) is it.
                self.guard(Opcode::GuardClass, &[o, lay]);
            }
            LayoutId::Range => {
                self.guard(Opcode::GuardClass, &[o, lay]);
                let mut fields = vec![];
                for (name, off) in [
                    ("Range.start", std::mem::offset_of!(RangeObj, start)),
                    ("Range.step", std::mem::offset_of!(RangeObj, step)),
                    ("Range.len", std::mem::offset_of!(RangeObj, len)),
                ] {
                    let d = self.iter_field(name, off, Type::Int, true);
                    fields.push(Opnd::Ref(self.trace.emit(Opcode::GetfieldGcI, &[o], d)));
                }
                let sd = self.trace.descrs.size(SizeDescr {
                    name: "RangeIter".into(),
                    size: std::mem::size_of::<RangeIterObj>() as u32,
                    vtable: LayoutId::RangeIter as u32,
                });
                let it = Opnd::Ref(self.trace.emit(Opcode::NewWithVtable, &[], Descr::Size(sd)));
                for (k, (name, off)) in [
                    ("next", std::mem::offset_of!(RangeIterObj, next)),
                    ("step", std::mem::offset_of!(RangeIterObj, step)),
                    ("remaining", std::mem::offset_of!(RangeIterObj, remaining)),
                ]
                .into_iter()
                .enumerate()
                {
                    let d = Descr::Field(self.trace.descrs.field(range_field(name, off)));
                    self.trace.emit(Opcode::SetfieldGc, &[it, fields[k]], d);
                }
                self.pop()?;
                self.push(it);
            }
            LayoutId::List | LayoutId::Tuple => {
                self.guard(Opcode::GuardClass, &[o, lay]);
                let kind = if layout == LayoutId::List {
                    IterKind::List
                } else {
                    IterKind::Tuple
                };
                let sd = self.trace.descrs.size(SizeDescr {
                    name: "Iter".into(),
                    size: std::mem::size_of::<IterObj>() as u32,
                    vtable: LayoutId::Iter as u32,
                });
                let it = Opnd::Ref(self.trace.emit(Opcode::NewWithVtable, &[], Descr::Size(sd)));
                let kd = self.iter_field(
                    "Iter.kind",
                    std::mem::offset_of!(IterObj, kind),
                    Type::Int,
                    true,
                );
                let k = self.trace.int(kind as i64);
                self.trace.emit(Opcode::SetfieldGc, &[it, k], kd);
                let sd = self.iter_field(
                    "Iter.src",
                    std::mem::offset_of!(IterObj, src),
                    Type::Ref,
                    true,
                );
                self.trace.emit(Opcode::SetfieldGc, &[it, o], sd);
                self.pop()?;
                self.push(it);
            }
            l if ITERABLE_LAYOUTS.contains(&l) => {
                self.guard(Opcode::GuardClass, &[o, lay]);
                let r = self.residual(Helper::GetIter, &[o]);
                self.pop()?;
                self.push_pending(r, true);
            }
            _ => return Err(u(AbortKind::Unsupported, "GET_ITER on this type")),
        }
        Ok(())
    }

    /// FOR_ITER at `pc` (exit `exit`) over an iterator other than a range iterator: list
    /// and tuple iterators in-line (`for_iter_seq`), other builtin iterators through
    /// `iter_next`, whose outcome the next instruction resolves.
    pub(super) fn for_iter(
        &mut self,
        vm: &Vm,
        it: Value,
        pc: u32,
        exit: u32,
        next: &mut u32,
    ) -> Result<(), Abort> {
        let _ = vm;
        let o = self.top()?;
        if has_layout(it, LayoutId::Generator) && self.ty(o) == Type::Ref {
            return self.for_iter_generator(o, pc, exit, next);
        }
        if !has_layout(it, LayoutId::Iter) || self.ty(o) != Type::Ref {
            return Err(u(AbortKind::Unsupported, "FOR_ITER over this iterator"));
        }
        let kind = IterKind::from_u64(get::<IterObj>(it).kind);
        if matches!(kind, IterKind::List | IterKind::Tuple) {
            return self.for_iter_seq(it, exit, next);
        }
        let lay = self.trace.int(LayoutId::Iter as i64);
        self.guard(Opcode::GuardClass, &[o, lay]);
        let w = self.residual(Helper::IterNext, &[o]);
        self.pending = Some(Pending::ForIter { w, pc, exit });
        *next = pc + 1;
        Ok(())
    }

    /// FOR_ITER over a generator: resumed by the VM through `iter_next` (the generator's
    /// frame runs in the interpreter inside the helper call, unrecorded); the consumer's
    /// loop body is traced around it. Only in the loop's own frame: the generator's
    /// frame then sits where the interpreter would put it, so the recursion limit counts
    /// it the same.
    fn for_iter_generator(
        &mut self,
        o: Opnd,
        pc: u32,
        exit: u32,
        next: &mut u32,
    ) -> Result<(), Abort> {
        if self.mframes.len() > 1 {
            return Err(u(
                AbortKind::Unsupported,
                "FOR_ITER over a generator in an inlined function",
            ));
        }
        let lay = self.trace.int(LayoutId::Generator as i64);
        self.guard(Opcode::GuardClass, &[o, lay]);
        let w = self.residual(Helper::IterNext, &[o]);
        self.pending = Some(Pending::ForIter { w, pc, exit });
        self.python_residual = true;
        *next = pc + 1;
        Ok(())
    }
}
