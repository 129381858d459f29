//! The opcode table: every bytecode instruction, defined once (name, argument kind, control
//! flow, inline-cache use, stack effect); the enum, names and the disassembler derive from it.
//!
//! Conventions (close to CPython 3.11, minus its quirks):
//! - Stack pictures read bottom -> top: `(a, b -- c)` pops `b` then `a`, pushes `c`.
//! - Jump arguments are ABSOLUTE instruction indices (not byte offsets, not relative).
//!   Every loop back-edge is a `JUMP_BACKWARD` (the VM's safepoint and hot-loop counter);
//!   conditional jumps only ever go forward.
//! - `NULL` is a non-object marker word the VM puts on the stack (only `LOAD_METHOD` pushes
//!   it and only `CALL_METHOD` consumes it).
//! - Instructions flagged `cache` carry an inline-cache slot index in `Instr::cache`,
//!   numbered densely from 0 per code object (`CodeObject::num_caches`).
//! - Frame layout: `varnames` slots (arguments first), then cell slots
//!   (`cellvars ++ freevars`); "cell i" arguments index that second group.

/// What an instruction's `arg` means (how the disassembler resolves it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// No argument (`arg` is 0).
    None,
    /// Index into `consts`.
    Const,
    /// Index into `names`.
    Name,
    /// Index into `varnames` (a fast local).
    Local,
    /// Index into `cellvars ++ freevars`.
    Cell,
    /// Absolute instruction index.
    Jump,
    /// A count or a small integer operand.
    Count,
    /// A `BinaryOp` operator number.
    BinOp,
    /// A `CompareOp` operator number.
    CmpOp,
    /// `FORMAT_VALUE` flags.
    Format,
}

/// How control leaves an instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// Falls through to the next instruction.
    Next,
    /// Either falls through or jumps to its argument.
    Branch,
    /// Always jumps to its argument.
    Jump,
    /// Leaves the frame (return or raise): no successor in this code.
    Exit,
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:expr])* $name:ident ($kind:ident, $flow:ident, $cache:literal) |$a:ident, $j:ident| $eff:expr; )*) => {
        /// One bytecode operation; see the table in `opcode.rs` for each stack effect.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Opcode {
            /// Every opcode, in table order (`ALL[op as usize] == op`).
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

            /// The opcode's name as the disassembler prints it.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* }
            }

            /// What the argument means.
            pub fn arg_kind(self) -> ArgKind {
                match self { $(Opcode::$name => ArgKind::$kind,)* }
            }

            /// How control leaves the instruction.
            pub fn flow(self) -> Flow {
                match self { $(Opcode::$name => Flow::$flow,)* }
            }

            /// True when the instruction owns an inline-cache slot.
            pub fn uses_cache(self) -> bool {
                match self { $(Opcode::$name => $cache,)* }
            }

            /// Net change of the stack depth when executed with `arg`; `jump` selects the
            /// effect on the branch edge of a `Branch` instruction.
            #[allow(unused_variables, clippy::identity_op)]
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                match self {
                    $(Opcode::$name => { let $a = arg as i32; let $j = jump; $eff })*
                }
            }
        }
    };
}

opcodes! {
    /// `( -- )` Does nothing.
    NOP(None, Next, false) |a, j| 0;
    /// `(x -- )`
    POP_TOP(None, Next, false) |a, j| -1;
    /// `(..., x_n, ..., x_1 -- ..., x_n, ..., x_1, x_n)` Pushes a copy of the n-th item
    /// (1 = top).
    COPY(Count, Next, false) |a, j| 1;
    /// `(..., x_n, ..., x_1 -- ..., x_1, ..., x_n)` Swaps the top with the n-th item.
    SWAP(Count, Next, false) |a, j| 0;
    /// `( -- consts[i])`
    LOAD_CONST(Const, Next, false) |a, j| 1;
    /// `( -- local)` Raises UnboundLocalError when the slot is empty.
    LOAD_FAST(Local, Next, false) |a, j| 1;
    /// `(x -- )`
    STORE_FAST(Local, Next, false) |a, j| -1;
    /// `( -- )` Empties the slot (UnboundLocalError when already empty).
    DELETE_FAST(Local, Next, false) |a, j| 0;
    /// `( -- x)` Looks up locals dict, then globals, then builtins (module/class code).
    LOAD_NAME(Name, Next, false) |a, j| 1;
    /// `(x -- )` Stores into the locals dict.
    STORE_NAME(Name, Next, false) |a, j| -1;
    /// `( -- )`
    DELETE_NAME(Name, Next, false) |a, j| 0;
    /// `( -- x)` Globals then builtins; cached on the dicts' versions.
    LOAD_GLOBAL(Name, Next, true) |a, j| 1;
    /// `(x -- )`
    STORE_GLOBAL(Name, Next, false) |a, j| -1;
    /// `( -- )`
    DELETE_GLOBAL(Name, Next, false) |a, j| 0;
    /// `( -- )` Creates the cell for `cellvars[i]`; when that name is also an argument,
    /// the cell starts with the argument's value (`CodeObject::cell2arg[i]`). Emitted at
    /// the start of a code object, before anything else runs.
    MAKE_CELL(Cell, Next, false) |a, j| 0;
    /// `( -- )` Copies the function's `n` closure cells into the freevar slots. First
    /// instruction of a code object with free variables.
    COPY_FREE_VARS(Count, Next, false) |a, j| 0;
    /// `( -- cell)` Pushes the cell object itself (to build a closure tuple).
    LOAD_CLOSURE(Cell, Next, false) |a, j| 1;
    /// `( -- x)` The cell's content (NameError/UnboundLocalError when empty).
    LOAD_DEREF(Cell, Next, false) |a, j| 1;
    /// `( -- x)` Class bodies: the locals dict first, then the cell.
    LOAD_CLASSDEREF(Cell, Next, false) |a, j| 1;
    /// `(x -- )`
    STORE_DEREF(Cell, Next, false) |a, j| -1;
    /// `( -- )`
    DELETE_DEREF(Cell, Next, false) |a, j| 0;
    /// `(obj -- obj.name)` Cached: type version / instance map -> slot.
    LOAD_ATTR(Name, Next, true) |a, j| 0;
    /// `(value, obj -- )` `obj.name = value`. Cached: map -> slot.
    STORE_ATTR(Name, Next, true) |a, j| -2;
    /// `(obj -- )`
    DELETE_ATTR(Name, Next, false) |a, j| -1;
    /// `(obj -- meth, obj)` when `name` is a plain function found on the type (unbound
    /// method, `obj` becomes the first argument), else `(obj -- NULL, obj.name)`.
    /// Cached: type version -> function. Always followed (after the arguments) by
    /// `CALL_METHOD`.
    LOAD_METHOD(Name, Next, true) |a, j| 1;
    /// `(container, key -- container[key])`
    BINARY_SUBSCR(None, Next, false) |a, j| -1;
    /// `(value, container, key -- )` `container[key] = value`.
    STORE_SUBSCR(None, Next, false) |a, j| -3;
    /// `(container, key -- )`
    DELETE_SUBSCR(None, Next, false) |a, j| -2;
    /// `(start, stop -- slice)` (arg 2) or `(start, stop, step -- slice)` (arg 3).
    BUILD_SLICE(Count, Next, false) |a, j| 1 - a;
    /// `(x -- +x)`
    UNARY_POSITIVE(None, Next, false) |a, j| 0;
    /// `(x -- -x)`
    UNARY_NEGATIVE(None, Next, false) |a, j| 0;
    /// `(x -- not x)`
    UNARY_NOT(None, Next, false) |a, j| 0;
    /// `(x -- ~x)`
    UNARY_INVERT(None, Next, false) |a, j| 0;
    /// `(a, b -- a op b)` `arg` is a `BinaryOp` (in-place variants for augmented
    /// assignment).
    BINARY_OP(BinOp, Next, false) |a, j| -1;
    /// `(a, b -- a op b)` `arg` is a `CompareOp` (`<`, `<=`, `==`, `!=`, `>`, `>=`).
    COMPARE_OP(CmpOp, Next, false) |a, j| -1;
    /// `(a, b -- bool)` `a is b`, or `a is not b` when arg is 1.
    IS_OP(Count, Next, false) |a, j| -1;
    /// `(a, b -- bool)` `a in b`, or `a not in b` when arg is 1.
    CONTAINS_OP(Count, Next, false) |a, j| -1;
    /// `(x -- iter(x))`
    GET_ITER(None, Next, false) |a, j| 0;
    /// `(iter -- iter, next)`; when exhausted `(iter -- )` and jump to the target.
    FOR_ITER(Jump, Branch, false) |a, j| if j { -1 } else { 1 };
    /// `( -- )` Unconditional forward jump.
    JUMP_FORWARD(Jump, Jump, false) |a, j| 0;
    /// `( -- )` Loop back-edge: safepoint, hot-loop counter, then jump.
    JUMP_BACKWARD(Jump, Jump, false) |a, j| 0;
    /// `( -- )` Backward jump that is not a loop (the `SEND` loop of `yield from`/`await`).
    JUMP_BACKWARD_NO_INTERRUPT(Jump, Jump, false) |a, j| 0;
    /// `(x -- )` Jumps when `x` is false.
    POP_JUMP_IF_FALSE(Jump, Branch, false) |a, j| -1;
    /// `(x -- )` Jumps when `x` is true.
    POP_JUMP_IF_TRUE(Jump, Branch, false) |a, j| -1;
    /// `(x -- )` Jumps when `x is None`.
    POP_JUMP_IF_NONE(Jump, Branch, false) |a, j| -1;
    /// `(x -- )` Jumps when `x is not None`.
    POP_JUMP_IF_NOT_NONE(Jump, Branch, false) |a, j| -1;
    /// `(x -- x)` and jump when `x` is false, else `(x -- )`.
    JUMP_IF_FALSE_OR_POP(Jump, Branch, false) |a, j| if j { 0 } else { -1 };
    /// `(x -- x)` and jump when `x` is true, else `(x -- )`.
    JUMP_IF_TRUE_OR_POP(Jump, Branch, false) |a, j| if j { 0 } else { -1 };
    /// `(x -- )` Returns `x` to the caller (or finishes a generator with StopIteration).
    RETURN_VALUE(None, Exit, false) |a, j| -1;
    /// `(callable, arg_1, ..., arg_n -- result)` When a `KW_NAMES` precedes, the last
    /// `len(kwnames)` arguments are keyword arguments.
    CALL(Count, Next, false) |a, j| -a;
    /// `(meth_or_NULL, self_or_callable, arg_1, ..., arg_n -- result)` After
    /// `LOAD_METHOD`: calls `meth(self, args...)`, or `callable(args...)` under a NULL.
    CALL_METHOD(Count, Next, false) |a, j| -a - 1;
    /// `( -- )` `consts[i]` is the tuple of keyword names for the next `CALL`/`CALL_METHOD`.
    KW_NAMES(Const, Next, false) |a, j| 0;
    /// `(callable, args_tuple -- result)`, or with arg 1
    /// `(callable, args_tuple, kwargs_dict -- result)`.
    CALL_FUNCTION_EX(Count, Next, false) |a, j| -1 - (a & 1);
    /// `([defaults], [kwdefaults], [annotations], [closure], code -- function)` Flags:
    /// 1 defaults tuple, 2 kw-only defaults dict, 4 annotations tuple
    /// (name, value, name, value ...), 8 closure tuple of cells. Qualname comes from the code.
    MAKE_FUNCTION(Count, Next, false) |a, j| -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1));
    /// `(x_1, ..., x_n -- tuple)`
    BUILD_TUPLE(Count, Next, false) |a, j| 1 - a;
    /// `(x_1, ..., x_n -- list)`
    BUILD_LIST(Count, Next, false) |a, j| 1 - a;
    /// `(x_1, ..., x_n -- set)`
    BUILD_SET(Count, Next, false) |a, j| 1 - a;
    /// `(k_1, v_1, ..., k_n, v_n -- dict)`
    BUILD_MAP(Count, Next, false) |a, j| 1 - 2 * a;
    /// `(v_1, ..., v_n, keys_tuple -- dict)`
    BUILD_CONST_KEY_MAP(Count, Next, false) |a, j| -a;
    /// `(s_1, ..., s_n -- str)` Concatenates n strings (f-strings).
    BUILD_STRING(Count, Next, false) |a, j| 1 - a;
    /// `(list, x_{n-1}, ..., x_1, v -- list, ...)` Appends `v` to the list at `stack[-n]`
    /// (counted after popping `v`).
    LIST_APPEND(Count, Next, false) |a, j| -1;
    /// `(set, ..., v -- set, ...)` As `LIST_APPEND`, for sets.
    SET_ADD(Count, Next, false) |a, j| -1;
    /// `(dict, ..., k, v -- dict, ...)` `dict[k] = v` for the dict at `stack[-n]` (after
    /// popping `k` and `v`).
    MAP_ADD(Count, Next, false) |a, j| -2;
    /// `(list, ..., iterable -- list, ...)` `list.extend(iterable)`.
    LIST_EXTEND(Count, Next, false) |a, j| -1;
    /// `(set, ..., iterable -- set, ...)` `set.update(iterable)`.
    SET_UPDATE(Count, Next, false) |a, j| -1;
    /// `(dict, ..., mapping -- dict, ...)` `dict.update(mapping)` (`{**m}`).
    DICT_UPDATE(Count, Next, false) |a, j| -1;
    /// `(dict, ..., mapping -- dict, ...)` As `DICT_UPDATE` but raises on duplicate keys
    /// (`f(**m)`: "got multiple values for keyword argument").
    DICT_MERGE(Count, Next, false) |a, j| -1;
    /// `(list -- tuple)`
    LIST_TO_TUPLE(None, Next, false) |a, j| 0;
    /// `(seq -- x_n, ..., x_1)` Unpacks exactly n items, the first on top.
    UNPACK_SEQUENCE(Count, Next, false) |a, j| a - 1;
    /// `(seq -- after..., list, before...)` Star unpacking: arg = before | (after << 8);
    /// pushes `before + 1 + after` values, the first item on top.
    UNPACK_EX(Count, Next, false) |a, j| (a & 0xff) + (a >> 8);
    /// `(value -- str)` or `(value, spec -- str)` Flags: `& 3` conversion (0 none, 1 str,
    /// 2 repr, 3 ascii), `& 4` a format spec is on the stack.
    FORMAT_VALUE(Format, Next, false) |a, j| if a & 4 != 0 { -1 } else { 0 };
    /// `(x -- )` REPL mode: prints `repr(x)` unless None and sets `builtins._`.
    PRINT_EXPR(None, Next, false) |a, j| -1;
    /// `( -- builtins.__build_class__)`
    LOAD_BUILD_CLASS(None, Next, false) |a, j| 1;
    /// `(level, fromlist -- module)` `__import__(names[i], globals, None, fromlist, level)`.
    IMPORT_NAME(Name, Next, false) |a, j| -1;
    /// `(module -- module, module.name)` (falls back to `sys.modules`; ImportError).
    IMPORT_FROM(Name, Next, false) |a, j| 1;
    /// `(module -- )` `from module import *` into the locals.
    IMPORT_STAR(None, Next, false) |a, j| -1;
    /// `( -- )` Creates `__annotations__` in the locals dict if missing.
    SETUP_ANNOTATIONS(None, Next, false) |a, j| 0;
    /// `( -- AssertionError)`
    LOAD_ASSERTION_ERROR(None, Next, false) |a, j| 1;
    /// `( -- )` bare `raise` (re-raise the handled exception), `(exc -- )`, or
    /// `(exc, cause -- )` for arg 0, 1, 2.
    RAISE_VARARGS(Count, Exit, false) |a, j| -a;
    /// `(exc -- )` Re-raises `exc`. With arg n > 0, first restores the frame's current
    /// instruction from the int `stack[-n]` (after popping `exc`; the `lasti` pushed by
    /// the unwinder) so tracebacks show the original line.
    RERAISE(Count, Exit, false) |a, j| -1;
    /// `(exc -- prev_exc, exc)` Makes `exc` the handled exception (`sys.exc_info()`),
    /// saving the previous one below it.
    PUSH_EXC_INFO(None, Next, false) |a, j| 1;
    /// `(prev_exc -- )` Restores the handled exception saved by `PUSH_EXC_INFO`.
    POP_EXCEPT(None, Next, false) |a, j| -1;
    /// `(exc, type -- exc, bool)` Does `exc` match `type`? TypeError when `type` is not an
    /// exception class or a tuple of them.
    CHECK_EXC_MATCH(None, Next, false) |a, j| 0;
    /// `(exc_group, type -- rest, match)` `except*` splitting (`match` is None when nothing
    /// matched).
    CHECK_EG_MATCH(None, Next, false) |a, j| 0;
    /// `(orig, list_of_raised -- exc_or_None)` `except*`: the exception to re-raise.
    PREP_RERAISE_STAR(None, Next, false) |a, j| -1;
    /// `(mgr -- exit, mgr.__enter__())` Pushes the bound `__exit__`.
    BEFORE_WITH(None, Next, false) |a, j| 1;
    /// `(mgr -- aexit, mgr.__aenter__())` Pushes the bound `__aexit__`.
    BEFORE_ASYNC_WITH(None, Next, false) |a, j| 1;
    /// `(exit, lasti, prev_exc, exc -- exit, lasti, prev_exc, exc, res)`
    /// `res = exit(type(exc), exc, exc.__traceback__)`.
    WITH_EXCEPT_START(None, Next, false) |a, j| 1;
    /// `(x -- awaitable)` `arg` tells what is awaited (0 await, 1 `__aenter__`, 2 `__aexit__`)
    /// for the error message.
    GET_AWAITABLE(Count, Next, false) |a, j| 0;
    /// `(x -- x.__aiter__())`
    GET_AITER(None, Next, false) |a, j| 0;
    /// `(aiter -- aiter, awaitable)` `awaitable = aiter.__anext__()`.
    GET_ANEXT(None, Next, false) |a, j| 1;
    /// `(aiter, exc -- )` End of `async for`: swallows StopAsyncIteration, re-raises
    /// anything else.
    END_ASYNC_FOR(None, Next, false) |a, j| -2;
    /// `(x -- wrapped)` Marks a value yielded by an async generator.
    ASYNC_GEN_WRAP(None, Next, false) |a, j| 0;
    /// `(x -- iter)` `iter(x)` unless `x` is a generator/coroutine (yield from).
    GET_YIELD_FROM_ITER(None, Next, false) |a, j| 0;
    /// `(receiver, value -- receiver, yielded)` Sends `value` into the sub-iterator
    /// (`next()` when value is None and the receiver is not a generator/coroutine);
    /// when it returns (StopIteration): `(receiver, value -- result)` and jump to the
    /// target. The loop is always `SEND exit; YIELD_VALUE; JUMP_BACKWARD_NO_INTERRUPT`
    /// back to the SEND, so a generator suspended at a YIELD_VALUE followed by
    /// JUMP_BACKWARD_NO_INTERRUPT is inside `yield from`/`await` and its delegate is on
    /// top of its stack: `gen.throw()`/`close()` go to the delegate first; if the
    /// delegate's `throw` finishes with StopIteration(v), pop the receiver, push v and
    /// resume at this SEND's target (as CPython's `gen_throw`).
    SEND(Jump, Branch, false) |a, j| if j { -1 } else { 0 };
    /// `(x -- sent)` Suspends the generator yielding `x`; resumes with the sent value
    /// pushed (`throw()` instead raises at this instruction). A fresh generator frame
    /// starts at pc 0 with an empty stack and its first `send` value, which must be
    /// None, is not pushed. Calling a code object flagged GENERATOR, COROUTINE or
    /// ASYNC_GENERATOR creates the generator/coroutine object without running any code;
    /// `RETURN_VALUE` in it finishes the generator (StopIteration(value)).
    YIELD_VALUE(None, Next, false) |a, j| 0;
    /// `(subject -- subject, len(subject))`
    GET_LEN(None, Next, false) |a, j| 1;
    /// `(subject -- subject, bool)` Is `subject` a mapping (for `match`)?
    MATCH_MAPPING(None, Next, false) |a, j| 1;
    /// `(subject -- subject, bool)` Is `subject` a sequence (not str/bytes/bytearray)?
    MATCH_SEQUENCE(None, Next, false) |a, j| 1;
    /// `(subject, keys -- subject, keys, values_tuple_or_None)`
    MATCH_KEYS(None, Next, false) |a, j| 1;
    /// `(subject, cls, names -- attrs_tuple_or_None)` `arg` positional sub-patterns.
    MATCH_CLASS(Count, Next, false) |a, j| -2;
}

/// `BINARY_OP` operators, numbered as CPython's `NB_*` (in-place = plain + 13).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinaryOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
}

/// Operator symbols by `BINARY_OP` argument (0..26), as the disassembler prints them.
pub const BINARY_OP_SYMBOLS: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/// Added to a `BinaryOp` number for the in-place (`+=`) form.
pub const BINARY_OP_INPLACE: u32 = 13;

/// `COMPARE_OP` operators, numbered as CPython's `Py_LT` ...
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

/// Operator symbols by `COMPARE_OP` argument.
pub const COMPARE_OP_SYMBOLS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// `FORMAT_VALUE` flag: a format spec is on the stack above the value.
pub const FORMAT_HAS_SPEC: u32 = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_order_matches_discriminants() {
        for (i, op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i, "{}", op.name());
        }
    }

    #[test]
    fn jumps_take_jump_arguments() {
        for op in Opcode::ALL {
            let jumps = matches!(op.flow(), Flow::Branch | Flow::Jump);
            assert_eq!(jumps, op.arg_kind() == ArgKind::Jump, "{}", op.name());
        }
    }

    #[test]
    fn stack_effects() {
        assert_eq!(Opcode::CALL.stack_effect(3, false), -3);
        assert_eq!(Opcode::MAKE_FUNCTION.stack_effect(0b1011, false), -3);
        assert_eq!(Opcode::UNPACK_EX.stack_effect(1 | (2 << 8), false), 3);
        assert_eq!(Opcode::FOR_ITER.stack_effect(0, true), -1);
        assert_eq!(Opcode::FOR_ITER.stack_effect(0, false), 1);
        assert!(Opcode::LOAD_GLOBAL.uses_cache());
        assert!(!Opcode::LOAD_FAST.uses_cache());
    }
}
