//! Coroutines and async generators: awaitables, `async with`/`async for`, the asend object.
//!
//! A coroutine or async generator is a generator object (`GenData::kind` tells which)
//! driven by `send`/`throw`/`close`. An async generator's `__anext__()`/`asend(v)` returns
//! an asend object (a `Wrapper` of kind `AsyncGenASend`: `a` the generator, `b` the value
//! to send first, `c` its state) which resumes the generator when it is itself driven:
//! a value the generator yields (marked by ASYNC_GEN_WRAP) finishes the asend object with
//! StopIteration(value); anything an inner `await` yields passes through to the driver.
//! `athrow(e)`/`aclose()` return an athrow object (kind `AsyncGenAThrow`: `b` the
//! exception, None for aclose) that throws into the generator when first driven; for
//! aclose a yielded value is "ignored GeneratorExit" and the generator's end is a return.

use super::gen::{gen_data, GenKind, GenStep};
use crate::builtins::arity;
use crate::heap::{get, has_layout};
use crate::layout::*;
use crate::objects::types::WrapKind;
use crate::value::Value;
use crate::vm::{Kwargs, NativeFn, PyResult, Vm};

/// asend object states (`WrapperObj::c`).
const ASEND_INIT: i64 = 0;
const ASEND_ITER: i64 = 1;
const ASEND_CLOSED: i64 = 2;

pub fn is_coroutine(v: Value) -> bool {
    has_layout(v, LayoutId::Generator) && gen_data(v).kind == GenKind::Coroutine
}

/// A plain generator (not a coroutine or async generator): iterable, `next()`-able.
pub fn is_plain_generator(v: Value) -> bool {
    has_layout(v, LayoutId::Generator) && gen_data(v).kind == GenKind::Generator
}

pub fn is_asend(v: Value) -> bool {
    has_layout(v, LayoutId::Wrapper) && get::<WrapperObj>(v).kind == WrapKind::AsyncGenASend as u64
}

pub fn is_athrow(v: Value) -> bool {
    has_layout(v, LayoutId::Wrapper) && get::<WrapperObj>(v).kind == WrapKind::AsyncGenAThrow as u64
}

/// What `coroutine.__await__()` returns: an iterator driving the coroutine.
pub fn is_coro_wrapper(v: Value) -> bool {
    has_layout(v, LayoutId::Wrapper) && get::<WrapperObj>(v).kind == WrapKind::CoroWrapper as u64
}

/// An asend or athrow object or a coroutine wrapper: iterators with send/throw/close.
pub fn is_await_iter(v: Value) -> bool {
    is_asend(v) || is_athrow(v) || is_coro_wrapper(v)
}

impl Vm {
    /// Is `v` an iterator (for what `__await__` returns)?
    fn is_iterator(&self, v: Value) -> bool {
        if !v.is_ptr() {
            return false;
        }
        match crate::heap::layout_of(v) {
            LayoutId::Iter | LayoutId::RangeIter | LayoutId::File => true,
            LayoutId::Generator => gen_data(v).kind == GenKind::Generator,
            LayoutId::Wrapper => is_await_iter(v),
            _ => {
                let t = self.type_of(v);
                self.lookup(t, self.names.next).is_some()
            }
        }
    }

    /// GET_AWAITABLE: the iterator `await v` drives (`arg`: 0 await, 1 `__aenter__`,
    /// 2 `__aexit__`, for the message).
    pub(crate) fn get_awaitable(&mut self, v: Value, arg: u32) -> PyResult {
        if is_coroutine(v) || is_await_iter(v) {
            return Ok(v);
        }
        let t = self.type_of(v);
        let name = self.intern("__await__");
        let m = if has_layout(v, LayoutId::Generator) {
            None
        } else {
            self.lookup(t, name)
        };
        if m.is_none() {
            let tn = self.type_name(v);
            let msg = match arg {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {tn}"
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {tn}"
                ),
                _ => format!("object {tn} can't be used in 'await' expression"),
            };
            return Err(self.type_error(msg));
        }
        let it = self.call_special(v, name, &[])?.unwrap_or(Value::none());
        if is_coroutine(it) {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(it) {
            let tn = self.type_name(it);
            return Err(
                self.type_error(format!("__await__() returned non-iterator of type '{tn}'"))
            );
        }
        Ok(it)
    }

    /// BEFORE_ASYNC_WITH: the bound `__aexit__` and the result of `__aenter__()`.
    pub(crate) fn before_async_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let t = self.type_of(mgr);
        let (en, ex) = (self.intern("__aenter__"), self.intern("__aexit__"));
        let tn = self.type_name(mgr);
        let Some(enter) = self.lookup(t, en) else {
            return Err(self.type_error(format!(
                "'{tn}' object does not support the asynchronous context manager protocol"
            )));
        };
        let Some(exit) = self.lookup(t, ex) else {
            return Err(self.type_error(format!(
                "'{tn}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
            )));
        };
        let exit_b = self.bind_descriptor(exit, mgr, t)?;
        let enter_b = self.bind_descriptor(enter, mgr, t)?;
        let r = self.call(enter_b, &[])?;
        Ok((exit_b, r))
    }

    /// GET_AITER: `v.__aiter__()`, which must have `__anext__`.
    pub(crate) fn get_aiter(&mut self, v: Value) -> PyResult {
        let name = self.intern("__aiter__");
        let Some(it) = self.call_special(v, name, &[])? else {
            let tn = self.type_name(v);
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {tn}"
            )));
        };
        let t = self.type_of(it);
        let anext = self.intern("__anext__");
        if self.lookup(t, anext).is_none() {
            let tn = self.type_name(it);
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {tn}"
            )));
        }
        Ok(it)
    }

    /// GET_ANEXT: the awaitable of `aiter.__anext__()`.
    pub(crate) fn get_anext(&mut self, aiter: Value) -> PyResult {
        if has_layout(aiter, LayoutId::Generator) && gen_data(aiter).kind == GenKind::AsyncGenerator
        {
            self.async_gen_first_use(aiter)?;
            return Ok(self.new_asend(aiter, Value::none()));
        }
        let name = self.intern("__anext__");
        let Some(next) = self.call_special(aiter, name, &[])? else {
            let tn = self.type_name(aiter);
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {tn}"
            )));
        };
        match self.get_awaitable(next, 0) {
            Ok(a) => Ok(a),
            Err(_) => {
                let tn = self.type_name(next);
                Err(self.type_error(format!(
                    "'async for' received an invalid object from __anext__: {tn}"
                )))
            }
        }
    }

    /// ASYNC_GEN_WRAP: the async generator running in the top frame yields a value
    /// (not an inner await's).
    pub(crate) fn async_gen_wrap(&mut self, g: Value) {
        if has_layout(g, LayoutId::Generator) {
            gen_data(g).wrapped = true;
        }
    }

    /// Before an async generator's first `__anext__`/`asend`/`athrow`/`aclose`: call
    /// the `firstiter` hook set by `sys.set_asyncgen_hooks` (kept by lib/_sysinfo.py),
    /// as CPython does (asyncio's loop records the generator to aclose it at shutdown).
    pub(crate) fn async_gen_first_use(&mut self, agen: Value) -> PyResult<()> {
        if !has_layout(agen, LayoutId::Generator) || gen_data(agen).hooks_done {
            return Ok(());
        }
        gen_data(agen).hooks_done = true;
        let key = self.intern("_sysinfo");
        let Some(info) = self.dict_get_str(self.modules, key) else {
            return Ok(());
        };
        let k = self.intern("_hooks");
        let hooks = self.getattr(info, k)?;
        let first = crate::objects::seq::seq_items(hooks).first().copied();
        if let Some(f) = first.filter(|f| !f.is_none()) {
            self.call(f, &[agen])?;
        }
        Ok(())
    }

    pub fn new_asend(&mut self, agen: Value, v: Value) -> Value {
        self.new_wrapper(WrapKind::AsyncGenASend, agen, v, Value::small(ASEND_INIT))
    }

    /// What the async generator did, as the asend object's step: its `yield v` ends
    /// the asend (Return(v)), an inner await's value passes through (Yield), its end is
    /// StopAsyncIteration.
    fn asend_result(&mut self, a: Value, r: PyResult<GenStep>) -> PyResult<GenStep> {
        let w = get::<WrapperObj>(a);
        let agen = w.a;
        match r {
            Ok(GenStep::Yield(y)) => {
                let d = gen_data(agen);
                if d.wrapped {
                    d.wrapped = false;
                    get::<WrapperObj>(a).c = Value::small(ASEND_CLOSED);
                    Ok(GenStep::Return(y))
                } else {
                    Ok(GenStep::Yield(y))
                }
            }
            Ok(GenStep::Return(_)) => {
                w.c = Value::small(ASEND_CLOSED);
                let cls = self.exc_type("StopAsyncIteration");
                let e = self.new_exception(cls, &[]);
                Err(self.raise(e))
            }
            Err(e) => {
                get::<WrapperObj>(a).c = Value::small(ASEND_CLOSED);
                Err(e)
            }
        }
    }

    fn asend_closed_error(&mut self) -> crate::vm::Raised {
        self.raise_msg(
            "RuntimeError",
            "cannot reuse already awaited __anext__()/asend()",
        )
    }

    /// What the async generator did, as the athrow object's step: a value it yields
    /// ends athrow (Return(v)) and is an error for aclose; its end is StopAsyncIteration
    /// for athrow and a return for aclose, which also swallows GeneratorExit and
    /// StopAsyncIteration; an inner await's value passes through (Yield).
    fn athrow_result(&mut self, a: Value, r: PyResult<GenStep>) -> PyResult<GenStep> {
        let w = get::<WrapperObj>(a);
        let (agen, aclose) = (w.a, w.b.is_none());
        if !matches!(r, Ok(GenStep::Yield(_))) || gen_data(agen).wrapped {
            w.c = Value::small(ASEND_CLOSED);
        }
        match r {
            Ok(GenStep::Yield(y)) => {
                let d = gen_data(agen);
                if !d.wrapped {
                    return Ok(GenStep::Yield(y));
                }
                d.wrapped = false;
                if aclose {
                    return Err(
                        self.raise_msg("RuntimeError", "async generator ignored GeneratorExit")
                    );
                }
                Ok(GenStep::Return(y))
            }
            Ok(GenStep::Return(_)) if aclose => Ok(GenStep::Return(Value::none())),
            Ok(GenStep::Return(_)) => {
                let cls = self.exc_type("StopAsyncIteration");
                let e = self.new_exception(cls, &[]);
                Err(self.raise(e))
            }
            Err(e) => {
                let ge = self.exc_type("GeneratorExit");
                let sai = self.exc_type("StopAsyncIteration");
                if aclose && (self.isinstance(self.exc, ge) || self.isinstance(self.exc, sai)) {
                    return Ok(GenStep::Return(Value::none()));
                }
                Err(e)
            }
        }
    }

    /// SEND into an athrow object: the first step throws (GeneratorExit for aclose).
    fn athrow_send_step(&mut self, recv: Value, v: Value) -> PyResult<GenStep> {
        let w = get::<WrapperObj>(recv);
        let (agen, exc, state) = (w.a, w.b, w.c.small_value());
        if state == ASEND_CLOSED {
            return Err(self.raise_msg(
                "RuntimeError",
                "cannot reuse already awaited aclose()/athrow()",
            ));
        }
        self.gc_inhibit += 1;
        let r = if state == ASEND_INIT {
            if gen_data(agen).state == super::gen::GenState::Done {
                self.gc_inhibit -= 1;
                w.c = Value::small(ASEND_CLOSED);
                return Ok(GenStep::Return(Value::none()));
            }
            if !v.is_none() {
                self.gc_inhibit -= 1;
                return Err(self.raise_msg(
                    "RuntimeError",
                    "can't send non-None value to a just-started coroutine",
                ));
            }
            w.c = Value::small(ASEND_ITER);
            let e = if exc.is_none() {
                let ge = self.exc_type("GeneratorExit");
                self.new_exception(ge, &[])
            } else {
                exc
            };
            self.gen_throw(agen, e)
        } else {
            self.gen_resume(agen, v, None)
        };
        self.gc_inhibit -= 1;
        self.athrow_result(recv, r)
    }

    /// SEND into an asend or athrow object (None when `recv` is neither).
    pub(crate) fn asend_send_step(&mut self, recv: Value, v: Value) -> Option<PyResult<GenStep>> {
        if is_athrow(recv) {
            return Some(self.athrow_send_step(recv, v));
        }
        if is_coro_wrapper(recv) {
            let coro = get::<WrapperObj>(recv).a;
            self.gc_inhibit += 1;
            let r = self.gen_resume(coro, v, None);
            self.gc_inhibit -= 1;
            return Some(r);
        }
        if !is_asend(recv) {
            return None;
        }
        let w = get::<WrapperObj>(recv);
        let state = w.c.small_value();
        if state == ASEND_CLOSED {
            return Some(Err(self.asend_closed_error()));
        }
        let sent = if state == ASEND_INIT && v.is_none() {
            w.b
        } else {
            v
        };
        w.c = Value::small(ASEND_ITER);
        let agen = w.a;
        self.gc_inhibit += 1;
        let r = self.gen_resume(agen, sent, None);
        self.gc_inhibit -= 1;
        Some(self.asend_result(recv, r))
    }

    /// throw() into an asend or athrow object (None when `recv` is neither).
    pub(crate) fn asend_throw_step(&mut self, recv: Value, e: Value) -> Option<PyResult<GenStep>> {
        if is_athrow(recv) {
            let w = get::<WrapperObj>(recv);
            if w.c.small_value() == ASEND_CLOSED {
                return Some(Err(self.asend_closed_error()));
            }
            let agen = w.a;
            self.gc_inhibit += 1;
            let r = self.gen_throw(agen, e);
            self.gc_inhibit -= 1;
            return Some(self.athrow_result(recv, r));
        }
        if is_coro_wrapper(recv) {
            let coro = get::<WrapperObj>(recv).a;
            self.gc_inhibit += 1;
            let r = self.gen_throw(coro, e);
            self.gc_inhibit -= 1;
            return Some(r);
        }
        if !is_asend(recv) {
            return None;
        }
        let w = get::<WrapperObj>(recv);
        if w.c.small_value() == ASEND_CLOSED {
            return Some(Err(self.asend_closed_error()));
        }
        let agen = w.a;
        self.gc_inhibit += 1;
        let r = self.gen_throw(agen, e);
        self.gc_inhibit -= 1;
        Some(self.asend_result(recv, r))
    }

    /// close() of an asend object or coroutine wrapper (None when `v` is neither).
    pub(crate) fn asend_close(&mut self, v: Value) -> Option<PyResult<()>> {
        if is_coro_wrapper(v) {
            let coro = get::<WrapperObj>(v).a;
            return Some(self.gen_close(coro));
        }
        if !is_asend(v) && !is_athrow(v) {
            return None;
        }
        get::<WrapperObj>(v).c = Value::small(ASEND_CLOSED);
        Some(Ok(()))
    }

    fn not_await_iter(&mut self, v: Value) -> crate::vm::Raised {
        let tn = self.type_name(v);
        self.type_error(format!("'{tn}' object is not an awaitable iterator"))
    }
}

/// A step as a method's result: a yield is returned, a return raises StopIteration.
fn step_result(vm: &mut Vm, step: GenStep) -> PyResult {
    match step {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => {
            let stop = vm.exc_type("StopIteration");
            let e = if v.is_none() {
                vm.new_exception(stop, &[])
            } else {
                vm.new_exception(stop, &[v])
            };
            Err(vm.raise(e))
        }
    }
}

/// throw(typ[, val[, tb]]) arguments as an exception instance.
pub fn throw_arg(vm: &mut Vm, args: &[Value]) -> PyResult {
    let mut e = args[0];
    if crate::objects::types::is_type(e) {
        let a: Vec<Value> = args
            .get(1)
            .filter(|v| !v.is_none())
            .map(|v| vec![*v])
            .unwrap_or_default();
        e = vm.call(e, &a)?;
    }
    if !vm.is_exception_instance(e) {
        return Err(vm.type_error("exceptions must derive from BaseException"));
    }
    Ok(e)
}

fn coro_send(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "send", &args[1..], 1, 1)?;
    vm.gc_inhibit += 1;
    let r = vm.gen_resume(args[0], args[1], None);
    vm.gc_inhibit -= 1;
    step_result(vm, r?)
}

fn coro_throw(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "throw", &args[1..], 1, 3)?;
    let e = throw_arg(vm, &args[1..])?;
    vm.gc_inhibit += 1;
    let r = vm.gen_throw(args[0], e);
    vm.gc_inhibit -= 1;
    step_result(vm, r?)
}

fn return_self(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(args[0])
}

fn agen_anext(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__anext__", &args[1..], 0, 0)?;
    vm.async_gen_first_use(args[0])?;
    Ok(vm.new_asend(args[0], Value::none()))
}

fn agen_asend(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "asend", &args[1..], 1, 1)?;
    vm.async_gen_first_use(args[0])?;
    Ok(vm.new_asend(args[0], args[1]))
}

fn agen_athrow(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "athrow", &args[1..], 1, 3)?;
    let e = throw_arg(vm, &args[1..])?;
    vm.async_gen_first_use(args[0])?;
    let init = Value::small(ASEND_INIT);
    Ok(vm.new_wrapper(WrapKind::AsyncGenAThrow, args[0], e, init))
}

fn agen_aclose(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "aclose", &args[1..], 0, 0)?;
    vm.async_gen_first_use(args[0])?;
    let init = Value::small(ASEND_INIT);
    Ok(vm.new_wrapper(WrapKind::AsyncGenAThrow, args[0], Value::none(), init))
}

fn asend_send(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "send", &args[1..], 1, 1)?;
    match vm.asend_send_step(args[0], args[1]) {
        Some(r) => step_result(vm, r?),
        None => Err(vm.not_await_iter(args[0])),
    }
}

fn asend_next(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__next__", &args[1..], 0, 0)?;
    match vm.asend_send_step(args[0], Value::none()) {
        Some(r) => step_result(vm, r?),
        None => Err(vm.not_await_iter(args[0])),
    }
}

fn asend_throw(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "throw", &args[1..], 1, 3)?;
    let e = throw_arg(vm, &args[1..])?;
    match vm.asend_throw_step(args[0], e) {
        Some(r) => step_result(vm, r?),
        None => Err(vm.not_await_iter(args[0])),
    }
}

fn asend_close(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "close", &args[1..], 0, 0)?;
    match vm.asend_close(args[0]) {
        Some(r) => r.map(|()| Value::none()),
        None => Err(vm.not_await_iter(args[0])),
    }
}

fn coro_await(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity(vm, "__await__", &args[1..], 0, 0)?;
    Ok(vm.new_wrapper(WrapKind::CoroWrapper, args[0], Value::none(), Value::none()))
}

/// The methods of `coroutine`, `async_generator`, `async_generator_asend` and
/// `coroutine_wrapper`.
pub fn install(vm: &mut Vm) {
    let t = vm.types.coroutine;
    for &(n, f) in &[
        ("send", coro_send as NativeFn),
        ("throw", coro_throw),
        ("close", crate::builtins::methods::gen_close),
        ("__await__", coro_await),
    ] {
        vm.add_method(t, n, f);
    }
    let t = vm.types.async_generator;
    for &(n, f) in &[
        ("__aiter__", return_self as NativeFn),
        ("__anext__", agen_anext),
        ("asend", agen_asend),
        ("athrow", agen_athrow),
        ("aclose", agen_aclose),
    ] {
        vm.add_method(t, n, f);
    }
    for t in [
        vm.types.async_generator_asend,
        vm.types.async_generator_athrow,
        vm.types.coroutine_wrapper,
    ] {
        for &(n, f) in &[
            ("send", asend_send as NativeFn),
            ("throw", asend_throw),
            ("close", asend_close),
            ("__next__", asend_next),
            ("__iter__", return_self),
        ] {
            vm.add_method(t, n, f);
        }
    }
    for t in [
        vm.types.async_generator_asend,
        vm.types.async_generator_athrow,
    ] {
        vm.add_method(t, "__await__", return_self);
    }
}
