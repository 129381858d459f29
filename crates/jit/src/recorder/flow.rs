//! Recording control flow: the truth of a value (`if x:`, `while node:`, `not x`,
//! `and`/`or`), conditional jumps, inner loops (traced through while they go round at
//! most `UNROLL_ITERATIONS` times), and where a recording meets the header of a loop that
//! already has compiled code (it ends there with a jump to that loop's entry).
//!
//! Truth is decided the way `Vm::truthy` decides it, behind guards that fix the answer:
//! small ints and floats compare with zero, `True`/`False`/`None` are guarded by value,
//! lists, tuples, strings, dicts and sets by exact layout and `len != 0`, and instances of a
//! plain class without `__bool__` and `__len__` by class (and class version, so a later
//! `C.__bool__ = ...` leaves the trace): always true. Every guard resumes at the
//! instruction that asks, with the value still on the operand stack.

use super::{u, FinishExit, Kind, Recorder};
use crate::abort::{Abort, AbortKind};
use coil_compiler::opcode::Opcode as Bc;
use coil_ir::{FieldDescr, Flags, Opcode, Opnd, TargetId, Type};
use coil_vm::heap::{self, get};
use coil_vm::interp::code::code_data;
use coil_vm::layout::{off, InstanceObj, LayoutId};
use coil_vm::objects::float::float_value;
use coil_vm::objects::types::type_data;
use coil_vm::{Value, Vm};

impl Recorder {
    /// Emits a guard of the truth `t` of the 0/1-or-compare value `nz`.
    fn guard_truth(&mut self, t: bool, nz: Opnd) {
        self.guard(
            if t {
                Opcode::GuardTrue
            } else {
                Opcode::GuardFalse
            },
            &[nz],
        );
    }

    /// A length field of `o` (layout `layout`, guarded here) compared with zero.
    fn nonempty(&mut self, o: Opnd, layout: LayoutId, name: &str, offset: i32) -> Opnd {
        let lay = self.trace.int(layout as i64);
        self.guard(Opcode::GuardClass, &[o, lay]);
        let mut fd = FieldDescr::int(name, offset);
        // Tuples and strings never change length; lists do.
        fd.immutable = layout != LayoutId::List;
        let d = self.fd(fd);
        let n = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcI, &[o], d));
        let zero = self.trace.int(0);
        self.emit(Opcode::IntNe, &[n, zero])
    }

    /// The truth of the value on top of the operand stack (left there), as
    /// `Vm::truthy` computes it, guarded so the trace only runs where it is the same.
    pub(super) fn truth_of_top(&mut self, vm: &mut Vm) -> Result<bool, Abort> {
        let c = self.top()?;
        let cv = Self::concrete(vm, 0);
        self.check(c, cv)?;
        match self.ty(c) {
            Type::Int => {
                let t = if cv.is_bool() {
                    cv.is_true_obj()
                } else {
                    cv.small_value() != 0
                };
                let nz = match c {
                    Opnd::Ref(r) if self.trace.op(r).opcode.info().flags.has(Flags::CMP) => c,
                    _ => {
                        let zero = self.trace.int(0);
                        self.emit(Opcode::IntNe, &[c, zero])
                    }
                };
                self.guard_truth(t, nz);
                Ok(t)
            }
            Type::Float => {
                let t = float_value(cv) != 0.0;
                let zero = self.trace.float(0.0);
                let nz = self.emit(Opcode::FloatNe, &[c, zero]);
                self.guard_truth(t, nz);
                Ok(t)
            }
            _ if cv.is_bool() || cv.is_none() => {
                let k = self.constant(cv)?;
                self.guard(Opcode::GuardValue, &[c, k]);
                Ok(cv.is_true_obj())
            }
            _ => {
                let (nz, t) = match heap::layout_of(cv) {
                    LayoutId::List => {
                        let t = coil_vm::objects::seq::list_len(cv) != 0;
                        (
                            self.nonempty(c, LayoutId::List, "List.len", off::LIST_LEN),
                            t,
                        )
                    }
                    LayoutId::Tuple => {
                        let t = !heap::items(cv).is_empty();
                        (
                            self.nonempty(c, LayoutId::Tuple, "Tuple.len", off::TUPLE_LEN),
                            t,
                        )
                    }
                    LayoutId::Str => {
                        let t = get::<coil_vm::layout::StrObj>(cv).byte_len != 0;
                        (
                            self.nonempty(c, LayoutId::Str, "Str.byte_len", off::STR_BYTE_LEN),
                            t,
                        )
                    }
                    LayoutId::Dict => {
                        let data = coil_vm::objects::dict::dict_data(cv);
                        let t = data.used != 0;
                        let lay = self.trace.int(LayoutId::Dict as i64);
                        self.guard(Opcode::GuardClass, &[c, lay]);
                        let dd = self.fd(FieldDescr::int(
                            "Dict.data",
                            std::mem::offset_of!(coil_vm::layout::DictObj, data) as i32,
                        ));
                        let p = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcI, &[c], dd));
                        let ud = self.fd(FieldDescr::int(
                            "DictData.used",
                            std::mem::offset_of!(coil_vm::objects::dict::DictData, used) as i32,
                        ));
                        let n = Opnd::Ref(self.trace.emit(Opcode::GetfieldRawI, &[p], ud));
                        let zero = self.trace.int(0);
                        (self.emit(Opcode::IntNe, &[n, zero]), t)
                    }
                    l @ (LayoutId::Set | LayoutId::FrozenSet) => {
                        // Both keep their table behind a `data` word at the same offset.
                        let t = coil_vm::objects::set::set_data(cv).used != 0;
                        let lay = self.trace.int(l as i64);
                        self.guard(Opcode::GuardClass, &[c, lay]);
                        let dd = self.fd(FieldDescr::int(
                            "Set.data",
                            if l == LayoutId::Set {
                                std::mem::offset_of!(coil_vm::layout::SetObj, data)
                            } else {
                                std::mem::offset_of!(coil_vm::layout::FrozenSetObj, data)
                            } as i32,
                        ));
                        let p = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcI, &[c], dd));
                        let ud = self.fd(FieldDescr::int(
                            "SetData.used",
                            std::mem::offset_of!(coil_vm::objects::set::SetData, used) as i32,
                        ));
                        let n = Opnd::Ref(self.trace.emit(Opcode::GetfieldRawI, &[p], ud));
                        let zero = self.trace.int(0);
                        (self.emit(Opcode::IntNe, &[n, zero]), t)
                    }
                    LayoutId::Instance => {
                        self.guard_plain_instance(vm, c, cv)?;
                        return Ok(true);
                    }
                    _ => {
                        return Err(u(
                            AbortKind::Unsupported,
                            format!("truth of an object ({})", vm.type_name(cv)),
                        ))
                    }
                };
                self.guard_truth(t, nz);
                Ok(t)
            }
        }
    }

    /// Guards that `o` (mirroring the instance `inst`) is an instance of `inst`'s class,
    /// a plain class (not a builtin's subclass) without `__bool__` and `__len__`, whose
    /// version is unchanged: such an instance is always true.
    fn guard_plain_instance(&mut self, vm: &Vm, o: Opnd, inst: Value) -> Result<(), Abort> {
        let cls = get::<InstanceObj>(inst).cls;
        let d = type_data(cls);
        if !d.base_value_type.is_empty()
            || vm.lookup(cls, vm.names.bool).is_some()
            || vm.lookup(cls, vm.names.len).is_some()
        {
            return Err(u(
                AbortKind::Unsupported,
                "truth of an instance with __bool__ or __len__",
            ));
        }
        let lay = self.trace.int(LayoutId::Instance as i64);
        self.guard(Opcode::GuardClass, &[o, lay]);
        let cd = self.fd(FieldDescr::new(
            "Instance.cls",
            off::INSTANCE_CLS,
            Type::Ref,
        ));
        let c = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcR, &[o], cd));
        let ck = self.constant(cls)?;
        self.guard(Opcode::GuardValue, &[c, ck]);
        self.guard_class_version(cls)
    }

    /// POP_JUMP_IF_FALSE/TRUE, JUMP_IF_FALSE_OR_POP/JUMP_IF_TRUE_OR_POP and UNARY_NOT at
    /// `pc` with argument `arg`: returns the next pc.
    pub(super) fn truth_op(
        &mut self,
        vm: &mut Vm,
        op: Bc,
        pc: u32,
        arg: u32,
    ) -> Result<u32, Abort> {
        let on_true = matches!(op, Bc::POP_JUMP_IF_TRUE | Bc::JUMP_IF_TRUE_OR_POP);
        if matches!(op, Bc::JUMP_IF_FALSE_OR_POP | Bc::JUMP_IF_TRUE_OR_POP) {
            let c = self.top()?;
            if self.ty(c) == Type::Int && Self::concrete(vm, 0).is_bool() {
                // A 0/1 standing for a bool must not stay on the stack as an int.
                return Err(u(AbortKind::Unsupported, "`and`/`or` of a comparison"));
            }
        }
        let t = self.truth_of_top(vm)?;
        match op {
            Bc::UNARY_NOT => {
                self.pop()?;
                let k = self.constant(Value::bool(!t))?;
                self.push(k);
                Ok(pc + 1)
            }
            Bc::JUMP_IF_FALSE_OR_POP | Bc::JUMP_IF_TRUE_OR_POP => {
                if t == on_true {
                    Ok(arg)
                } else {
                    self.pop()?;
                    Ok(pc + 1)
                }
            }
            _ => {
                self.pop()?;
                Ok(if t == on_true { arg } else { pc + 1 })
            }
        }
    }
}

/// Back-edges of one inner loop a loop recording traces through (its iterations
/// unrolled) before it stops to let that loop compile a trace of its own first.
pub const UNROLL_ITERATIONS: u32 = 4;

impl Recorder {
    /// A back-edge to `header`, the header of a loop inside the recorded one (the
    /// recording goes on at `header`): after `UNROLL_ITERATIONS` of them the recording
    /// aborts as `InnerLoop` (the JIT makes that loop record next, and the outer
    /// loop's next recording ends at its header with a jump into its trace). Bridges
    /// trace through inner loops whatever their length.
    pub(super) fn inner_back_edge(&mut self, header: u32) -> Result<(), Abort> {
        if self.bridge {
            return Ok(());
        }
        let n = match self.inner_edges.iter_mut().find(|e| e.0 == header) {
            Some(e) => {
                e.1 += 1;
                e.1
            }
            None => {
                self.inner_edges.push((header, 1));
                1
            }
        };
        if n > UNROLL_ITERATIONS {
            let mut a = u(
                AbortKind::InnerLoop,
                format!("an inner loop went round {n} times"),
            );
            a.inner = Some(header);
            return Err(a);
        }
        Ok(())
    }

    /// The arguments of a jump to a label taking a frame of kinds `entry` at header `pc`:
    /// the mirrored frame's slots, which must be set exactly where the entry's are, with
    /// its types; a local the entry has empty may be set when it is dead at the header
    /// (written before it is read on every path, `crate::function::dead_at`: a variable
    /// first assigned inside the loop), and is not passed.
    pub(super) fn jump_args(&self, entry: &[Kind], pc: u32) -> Result<Vec<Opnd>, Abort> {
        if self.slots.len() != entry.len() {
            return Err(u(
                AbortKind::TypeUnstable,
                "stack depth differs at the back-edge",
            ));
        }
        let mut args = vec![];
        for (i, k) in entry.iter().enumerate() {
            match (k, self.slots[i]) {
                (Kind::Dead, None) => {}
                (Kind::Dead, Some(_)) => {
                    let cd = code_data(self.code);
                    if i >= cd.nvarnames || !crate::function::dead_at(&cd.code, pc, i) {
                        return Err(u(AbortKind::TypeUnstable, "a slot empty at entry is set"));
                    }
                }
                (_, None) => {
                    return Err(u(AbortKind::TypeUnstable, "a slot set at entry is emptied"))
                }
                (k, Some(o)) => {
                    if self.ty(o) != k.ty() {
                        return Err(u(
                            AbortKind::TypeUnstable,
                            format!("slot {i} changes type around the loop"),
                        ));
                    }
                    args.push(o);
                }
            }
        }
        Ok(args)
    }

    /// Is the recording, about to record `pc`, in its loop's frame (no inlined call, not
    /// inside Python code a helper runs) after at least one instruction, where the
    /// interpreter is? Then `pc` may be the header of another compiled loop it can end in.
    pub fn at_merge_point(&self, vm: &Vm, pc: u32) -> bool {
        self.started
            && self.recorded > 0
            && self.mframes.len() == 1
            && pc == self.expect
            && vm.frames.len() == self.depth
            && vm.frames.last().is_some_and(|f| f.code == self.code)
    }

    /// Ends the recording at the header of another compiled loop (PyPy's jump to an
    /// existing loop's entry): a jump to its entry label `target` with the frame as
    /// the interpreter has it there. False (nothing emitted) when the frame does not
    /// fit that loop's entry kinds: the recording goes on through the loop.
    pub fn close_into(
        &mut self,
        vm: &Vm,
        pc: u32,
        target: TargetId,
        entry: &[Kind],
    ) -> Result<bool, Abort> {
        // The previous instruction's helper result is resolved first (its guards are
        // the header's state, as `step` would emit them).
        self.in_residual = false;
        self.resolve_pending(vm, pc)?;
        let Ok(args) = self.jump_args(entry, pc) else {
            return Ok(false);
        };
        self.trace.jump(&args, target);
        Ok(true)
    }
}

impl Recorder {
    /// A bridge reached `RETURN_VALUE` (at `pc`) of the loop's own function: it ends with
    /// a `finish` exit carrying the frame, which resumes the interpreter at the return
    /// (the loop is done; that exit is not bridged again).
    pub(super) fn finish_at_return(&mut self, pc: u32) -> Result<(), Abort> {
        if self.slots.len() <= self.nslots {
            return Err(u(AbortKind::Unsupported, "return without a value"));
        }
        let mut args = vec![];
        let mut slots = vec![];
        for s in &self.slots {
            slots.push(s.map(|o| self.ty(o)));
            if let Some(o) = s {
                args.push(*o);
            }
        }
        self.trace
            .emit(coil_ir::Opcode::Finish, &args, coil_ir::Descr::None);
        self.finish = Some(FinishExit { pc, slots });
        Ok(())
    }
}
