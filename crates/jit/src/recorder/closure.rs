//! Recording closures: cells are heap objects (`Cell.value` read and written with
//! getfield/setfield), created by MAKE_CELL as fresh objects the optimizer keeps virtual
//! while they do not escape, and copied from the function's closure by COPY_FREE_VARS
//! (the function is a guarded constant, so its cells are constants too), and
//! MAKE_FUNCTION of closures and lambdas inside the loop: a fresh function object the
//! optimizer keeps virtual while only the trace calls it (its calls are inlined through
//! its code, its cells read from its closure tuple).
//!
//! A call of a function the trace does not know as a constant (a closure or a function
//! made since the last collection, read from an attribute, a local or an argument: a
//! `for_each(fn)` called with a fresh closure, a task's process function) guards the
//! function's code and globals instead of its identity ([`Recorder::guard_callee`]):
//! every closure of that code takes the inlined path, its cells read through its closure
//! tuple, where an identity guard would fail on each new closure.
//!
//! A closure's own traces (a function trace, a loop's entry trace, a call_assembler
//! run) start before its COPY_FREE_VARS: whoever enters them fills the free slots from
//! the function's closure first ([`fill_free_cells`]), so the cells are inputs like any
//! local and COPY_FREE_VARS in the trace's own frame is a no-op. The cells are read from
//! the frame, never embedded: two functions made from one code share its traces.

use super::{u, Recorder};
use crate::abort::{Abort, AbortKind};
use coil_ir::{Descr, FieldDescr, Opcode, Opnd, SizeDescr, Type};
use coil_vm::heap::{get, has_layout, items};
use coil_vm::interp::code::code_data;
use coil_vm::layout::{off, CellObj, FunctionObj, LayoutId};
use coil_vm::{Value, Vm};

/// The free slots (after varnames and cellvars) of a frame of function `func` whose
/// slots are `vals`, filled with its closure's cells as COPY_FREE_VARS would (which
/// then rewrites the same cells): a trace that starts at the function's entry takes
/// them as inputs.
fn fill_free_cells(func: Value, vals: &mut [Value]) {
    if !func.is_ptr() || !has_layout(func, LayoutId::Function) {
        return;
    }
    let fo = get::<FunctionObj>(func);
    if fo.closure.is_empty() {
        return;
    }
    let cd = code_data(fo.code);
    let start = cd.nvarnames + cd.ncellvars;
    for (j, &c) in items(fo.closure).iter().enumerate() {
        if let Some(s) = vals.get_mut(start + j) {
            *s = c;
        }
    }
}

/// [`fill_free_cells`] for the interpreter's top frame (just pushed, at its entry).
pub(crate) fn fill_top_free_cells(vm: &mut Vm) {
    let Some(f) = vm.frames.last() else {
        return;
    };
    let (func, base) = (f.func, f.base);
    let n = code_data(f.code).nslots;
    if let Some(vals) = vm.stack.get_mut(base..base + n) {
        fill_free_cells(func, vals);
    }
}

impl Recorder {
    fn cell_descr(&mut self) -> Descr {
        self.fd(FieldDescr::new("Cell.value", off::CELL_VALUE, Type::Ref))
    }

    /// Mirror index of cell slot `arg` (cellvars ++ freevars) of the current frame.
    fn cell_slot(&self, arg: usize) -> Result<usize, Abort> {
        let cd = code_data(self.cur_code());
        let i = self.fbase + cd.nvarnames + arg;
        if i >= self.nslots {
            return Err(u(AbortKind::Unsupported, "cell index out of the frame"));
        }
        Ok(i)
    }

    /// The concrete cell in cell slot `arg` of the interpreter's top frame.
    fn concrete_cell(vm: &Vm, arg: usize) -> Option<Value> {
        let f = vm.frames.last()?;
        let cd = code_data(f.code);
        let c = *vm.stack.get(f.base + cd.nvarnames + arg)?;
        (c.is_ptr() && has_layout(c, LayoutId::Cell)).then_some(c)
    }

    /// The mirrored cell of cell slot `arg` with its concrete object.
    fn cell_of(&mut self, vm: &Vm, arg: usize) -> Result<(Opnd, Value), Abort> {
        let i = self.cell_slot(arg)?;
        let (Some(c), Some(cv)) = (self.slots[i], Self::concrete_cell(vm, arg)) else {
            return Err(u(AbortKind::Unsupported, "cell slot without a cell"));
        };
        if self.ty(c) != Type::Ref {
            return Err(u(AbortKind::TypeUnstable, "cell slot is unboxed"));
        }
        Ok((c, cv))
    }

    /// MAKE_CELL: a fresh cell holding the slot's (or its argument's) value.
    pub(super) fn make_cell(&mut self, vm: &Vm, arg: usize) -> Result<(), Abort> {
        let cd = code_data(self.cur_code());
        let slot = self.cell_slot(arg)?;
        let f = vm.frames.last().expect("frame");
        let src = match cd.code.cell2arg.get(arg).copied().flatten() {
            Some(a) => a as usize,
            None => cd.nvarnames + arg,
        };
        let init = self.slots[self.fbase + src];
        let cv = vm.stack[f.base + src];
        let sd = self.trace.descrs.size(SizeDescr {
            name: "Cell".into(),
            size: std::mem::size_of::<CellObj>() as u32,
            vtable: LayoutId::Cell as u32,
        });
        let w = match init {
            None => None,
            Some(o) => {
                self.check(o, cv)?;
                if cv.is_bool() && self.ty(o) != Type::Ref {
                    return Err(u(AbortKind::Unsupported, "cell of an unboxed bool"));
                }
                Some(self.box_word(o)?)
            }
        };
        let c = Opnd::Ref(self.trace.emit(Opcode::NewWithVtable, &[], Descr::Size(sd)));
        if let Some(w) = w {
            let d = self.cell_descr();
            self.trace.emit(Opcode::SetfieldGc, &[c, w], d);
        }
        self.slots[slot] = Some(c);
        Ok(())
    }

    /// COPY_FREE_VARS: the function's closure cells become constants in the free slots
    /// (read from the closure tuple of a function the trace made or guarded by its code).
    pub(super) fn copy_free_vars(&mut self, vm: &mut Vm, arg: usize) -> Result<(), Abort> {
        if self.mframes.len() < 2 {
            // The trace's own frame: its entry filled the free slots (fill_free_cells),
            // they are inputs holding the cells already.
            let cd = code_data(self.cur_code());
            let start = self.fbase + cd.nvarnames + cd.ncellvars;
            let f = vm.frames.last().expect("frame");
            let func = f.func;
            if !has_layout(func, LayoutId::Function) {
                return Err(u(
                    AbortKind::Unsupported,
                    "COPY_FREE_VARS without a function",
                ));
            }
            let closure = get::<FunctionObj>(func).closure;
            let cells: &[Value] = if closure.is_empty() {
                &[]
            } else {
                items(closure)
            };
            for j in 0..arg {
                let filled = cells.get(j).copied() == vm.stack.get(f.base + start + j).copied();
                if start + j >= self.nslots || self.slots[start + j].is_none() || !filled {
                    return Err(u(
                        AbortKind::Unsupported,
                        "COPY_FREE_VARS in the loop's frame",
                    ));
                }
            }
            return Ok(());
        }
        if let Some(Some(fo)) = self.slots.get(self.fbase - 1).copied() {
            // A function this trace made, or one guarded by its code (`guard_callee`):
            // its cells come from its closure tuple.
            if self.is_made_function(fo) || self.trace.as_const(fo).is_none() {
                let cd = code_data(self.cur_code());
                let start = self.fbase + cd.nvarnames + cd.ncellvars;
                let d = self.fd(FieldDescr::new(
                    "Function.closure",
                    off::FUNCTION_CLOSURE,
                    Type::Ref,
                ));
                let t = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcR, &[fo], d));
                let td = self.tuple_descr();
                for j in 0..arg {
                    if start + j >= self.nslots {
                        return Err(u(AbortKind::Unsupported, "free variable out of the frame"));
                    }
                    let k = self.trace.int(j as i64);
                    let c = Opnd::Ref(self.trace.emit(Opcode::GetarrayitemGcR, &[t, k], td));
                    self.slots[start + j] = Some(c);
                }
                return Ok(());
            }
        }
        let func = vm.frames.last().expect("frame").func;
        if !has_layout(func, LayoutId::Function) {
            return Err(u(
                AbortKind::Unsupported,
                "COPY_FREE_VARS without a function",
            ));
        }
        let closure = get::<FunctionObj>(func).closure;
        if closure.is_empty() {
            return Ok(());
        }
        let cells: Vec<Value> = items(closure).iter().copied().take(arg).collect();
        let cd = code_data(self.cur_code());
        let start = self.fbase + cd.nvarnames + cd.ncellvars;
        for (j, c) in cells.into_iter().enumerate() {
            if start + j >= self.nslots {
                return Err(u(AbortKind::Unsupported, "free variable out of the frame"));
            }
            let k = self.pin(vm, c)?;
            self.slots[start + j] = Some(k);
        }
        Ok(())
    }

    /// The operand an inlined call of function `fv` (mirrored by `fo`) uses as the callee:
    /// a function this trace made is its mirror; a constant stays; a closure or a young
    /// function (likely made anew for each call) is guarded by its layout, code and
    /// globals and stays the object (its cells are read through it, `copy_free_vars`);
    /// another function is guarded by identity and becomes a constant.
    pub(super) fn guard_callee(&mut self, vm: &mut Vm, fo: Opnd, fv: Value) -> Result<Opnd, Abort> {
        if self.is_made_function(fo) {
            return Ok(fo);
        }
        if self.trace.as_const(fo).is_some() {
            return self.pin(vm, fv);
        }
        let f = get::<FunctionObj>(fv);
        if f.closure.is_empty() && super::is_stable(fv) {
            let k = self.pin(vm, fv)?;
            self.guard(Opcode::GuardValue, &[fo, k]);
            return Ok(k);
        }
        if !super::is_stable(f.globals) {
            return Err(u(AbortKind::Unsupported, "globals dict in the nursery"));
        }
        let lay = self.trace.int(LayoutId::Function as i64);
        self.guard(Opcode::GuardClass, &[fo, lay]);
        for (name, offset, v) in [
            (
                "Function.code",
                std::mem::offset_of!(FunctionObj, code),
                f.code,
            ),
            (
                "Function.globals",
                std::mem::offset_of!(FunctionObj, globals),
                f.globals,
            ),
        ] {
            let d = self.fd(FieldDescr::new(name, offset as i32, Type::Ref));
            let cur = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcR, &[fo], d));
            let k = self.pin(vm, v)?;
            self.guard(Opcode::GuardValue, &[cur, k]);
        }
        Ok(fo)
    }

    /// Is `o` a function object this trace made (MAKE_FUNCTION)?
    pub(super) fn is_made_function(&self, o: Opnd) -> bool {
        matches!(o, Opnd::Ref(r) if self.made_functions.contains(&r))
    }

    /// MAKE_FUNCTION with a closure and/or defaults tuple (no annotations or keyword
    /// defaults): the function object's fields as `Vm::new_function` sets them; its
    /// module comes from the globals' `__name__` (guarded by the dict's version).
    pub(super) fn make_function(&mut self, vm: &mut Vm, arg: usize) -> Result<(), Abort> {
        if arg & 6 != 0 {
            return Err(u(
                AbortKind::Unsupported,
                "MAKE_FUNCTION with annotations or kwdefaults",
            ));
        }
        let code = Self::concrete(vm, 0);
        if !code.is_ptr() || !has_layout(code, LayoutId::Code) || !super::is_stable(code) {
            return Err(u(AbortKind::Unsupported, "MAKE_FUNCTION of this code"));
        }
        let mut k = 1;
        let closure = if arg & 8 != 0 {
            k += 1;
            Some(self.peek(k - 1)?)
        } else {
            None
        };
        let defaults = if arg & 1 != 0 {
            k += 1;
            Some(self.peek(k - 1)?)
        } else {
            None
        };
        for t in [closure, defaults].into_iter().flatten() {
            if self.ty(t) != Type::Ref {
                return Err(u(AbortKind::Unsupported, "MAKE_FUNCTION operands"));
            }
        }
        let globals = vm.frames.last().expect("frame").globals;
        let found = vm.dict_get_str(globals, vm.names.name);
        let module = found.unwrap_or(Value::none());
        // A dict whose version keeps changing (deltablue rebinds `planner` every round):
        // `__name__` is read by lookup and checked by value, as its globals are.
        let by_lookup = found.is_some()
            && super::is_stable(globals)
            && self.version_unstable(globals)
            && self.load_global_by_lookup(globals, vm.builtins, vm.names.name, module)?;
        if by_lookup {
            self.pop()?;
        } else {
            // The trace embeds `__name__`: rebinding it must change the version.
            coil_vm::objects::dict::dict_data(globals)
                .watch(coil_vm::objects::str::str_hash(vm.names.name));
            self.guard_dict_unchanged(vm, globals)?;
        }
        let cdata = code_data(code);
        let (name, qualname) = (cdata.name, cdata.qualname);
        let mut fields: Vec<(&str, usize, Opnd)> = vec![];
        for (n, o, v) in [
            (
                "Function.code",
                std::mem::offset_of!(FunctionObj, code),
                code,
            ),
            (
                "Function.globals",
                std::mem::offset_of!(FunctionObj, globals),
                globals,
            ),
            (
                "Function.name",
                std::mem::offset_of!(FunctionObj, name),
                name,
            ),
            (
                "Function.qualname",
                std::mem::offset_of!(FunctionObj, qualname),
                qualname,
            ),
            (
                "Function.module",
                std::mem::offset_of!(FunctionObj, module),
                module,
            ),
        ] {
            let c = self.pin(vm, v)?;
            fields.push((n, o, c));
        }
        if let Some(d) = defaults {
            fields.push(("Function.defaults", off::FUNCTION_DEFAULTS as usize, d));
        }
        if let Some(c) = closure {
            fields.push(("Function.closure", off::FUNCTION_CLOSURE as usize, c));
        }
        let sd = self.trace.descrs.size(SizeDescr {
            name: "Function".into(),
            size: std::mem::size_of::<FunctionObj>() as u32,
            vtable: LayoutId::Function as u32,
        });
        let f = self.trace.emit(Opcode::NewWithVtable, &[], Descr::Size(sd));
        for (n, o, v) in fields {
            let d = self.fd(FieldDescr::new(n, o as i32, Type::Ref));
            self.trace.emit(Opcode::SetfieldGc, &[Opnd::Ref(f), v], d);
        }
        self.keep.push(code);
        self.made_functions.push(f);
        for _ in 0..k {
            self.pop()?;
        }
        self.push(Opnd::Ref(f));
        Ok(())
    }

    /// LOAD_CLOSURE: pushes the cell itself.
    pub(super) fn load_closure(&mut self, arg: usize) -> Result<(), Abort> {
        let i = self.cell_slot(arg)?;
        let c = self.slots[i]
            .ok_or_else(|| u(AbortKind::Unsupported, "LOAD_CLOSURE of an empty slot"))?;
        self.push(c);
        Ok(())
    }

    /// LOAD_DEREF: the cell's value (an empty cell raises: left to the interpreter).
    pub(super) fn load_deref(&mut self, vm: &Vm, arg: usize) -> Result<(), Abort> {
        let (c, cv) = self.cell_of(vm, arg)?;
        let v = get::<CellObj>(cv).value;
        if v.is_empty() {
            return Err(u(AbortKind::Unsupported, "LOAD_DEREF of an empty cell"));
        }
        let d = self.cell_descr();
        let w = Opnd::Ref(self.trace.emit(Opcode::GetfieldGcR, &[c], d));
        let r = self.unbox_word(w, v)?;
        self.push(r);
        Ok(())
    }

    /// STORE_DEREF: stores the boxed value into the cell.
    pub(super) fn store_deref(&mut self, vm: &Vm, arg: usize) -> Result<(), Abort> {
        let (c, _) = self.cell_of(vm, arg)?;
        let val = self.top()?;
        let cv = Self::concrete(vm, 0);
        self.check(val, cv)?;
        if cv.is_bool() && self.ty(val) != Type::Ref {
            return Err(u(AbortKind::Unsupported, "storing an unboxed bool"));
        }
        let w = self.box_word(val)?;
        let d = self.cell_descr();
        self.trace.emit(Opcode::SetfieldGc, &[c, w], d);
        self.pop()?;
        Ok(())
    }
}
