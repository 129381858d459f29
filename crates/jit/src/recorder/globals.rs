//! Globals of a dict whose version keeps changing: read by a lookup and checked by value
//! instead of being embedded behind the dict's version word.
//!
//! A trace embeds a global as a constant behind a guard on its dict's version, which
//! changes when any *watched* key of that dict is rebound (the interpreter's LOAD_GLOBAL
//! caches watch every name they read). A program that rebinds one global again and again
//! (deltablue's `planner = Planner()` in every round) thus invalidates every loop that
//! reads any other global of its module. Once a dict's version guards have invalidated
//! loops `mutable_after` times ([`crate::Jit`] counts them per version word), later recordings read
//! that dict's globals with `h_global` (the LOAD_GLOBAL lookup, globals then builtins)
//! and guard the word it returns against the value recorded: the trace still uses the
//! value as a constant, and a rebinding of this very name fails a guard that may grow a
//! bridge, while rebinding other names no longer touches the trace (PyPy's
//! quasi-immutable fields that became mutable). The lookup starts at the entry where the
//! name was when recording (`h_global_at`), and a trace reads each name once until it
//! calls something that may run Python code.

use super::{is_stable, Recorder};
use crate::abort::Abort;
use coil_ir::{CallDescr, Descr, Effect, Opcode, Opnd, Type};
use coil_vm::objects::dict::dict_data;
use coil_vm::objects::str::str_hash;
use coil_vm::Value;

/// LOAD_GLOBAL's lookup for compiled code: the value word of interned str `name` in
/// `globals`, else in `builtins`, else 0 (reads only; never raises or collects).
extern "sysv64" fn h_global(globals: u64, builtins: u64, name: u64) -> u64 {
    let key = Value(name);
    let h = str_hash(key);
    for d in [globals, builtins] {
        let data = dict_data(Value(d));
        if let Ok(Some(i)) = data.find_native(h, key) {
            return data.entries[i].value.0;
        }
    }
    0
}

/// `h_global` with a hint: the index of `name`'s entry in `globals` when the trace was
/// recorded (an entry still holding that very key is read directly; else the lookup).
extern "sysv64" fn h_global_at(globals: u64, builtins: u64, name: u64, at: u64) -> u64 {
    let data = dict_data(Value(globals));
    match data.entries.get(at as usize) {
        Some(e) if e.key.0 == name => e.value.0,
        _ => h_global(globals, builtins, name),
    }
}

impl Recorder {
    /// Is `d`'s version word one whose guards keep failing (read its globals by lookup)?
    pub(super) fn version_unstable(&self, d: Value) -> bool {
        let addr = &dict_data(d).version as *const u64 as u64;
        self.unstable_versions.contains(&addr)
    }

    /// LOAD_GLOBAL of `name` (found as `v`) through `h_global` and a guard on the word it
    /// returns. False (nothing emitted) when `v` is a young object, whose word changes
    /// when it moves: the caller embeds it behind the version guard instead.
    pub(super) fn load_global_by_lookup(
        &mut self,
        globals: Value,
        builtins: Value,
        name: Value,
        v: Value,
    ) -> Result<bool, Abort> {
        if v.is_ptr() && !is_stable(v) || !is_stable(name) {
            return Ok(false);
        }
        let c = self.constant(v)?;
        let read = (globals.0, name.0);
        if self.globals_read.contains(&read) {
            // Read and guarded before in this trace, and not rebound since.
            self.push(c);
            return Ok(true);
        }
        self.globals_read.push(read);
        let mut args = vec![];
        for d in [globals, builtins, name] {
            self.keep.push(d);
            args.push(self.trace.ptr(d.addr() as u64));
        }
        let at = dict_data(globals)
            .entries
            .iter()
            .position(|e| e.key == name)
            .unwrap_or(usize::MAX);
        args.push(self.trace.int(at as i64));
        let cd = self.trace.descrs.call(CallDescr {
            name: "h_global_at".into(),
            addr: h_global_at as *const () as u64,
            args: vec![Type::Ref, Type::Ref, Type::Ref, Type::Int],
            result: Type::Int,
            effect: Effect::Readonly,
            can_raise: false,
            can_collect: false,
        });
        let w = Opnd::Ref(self.trace.emit(Opcode::CallI, &args, Descr::Call(cd)));
        let want = self.trace.int(v.0 as i64);
        self.guard(Opcode::GuardValue, &[w, want]);
        self.push(c);
        Ok(true)
    }
}
