//! What compiled code looks like where it matters to the VM: scopes (fast/global/deref
//! ops, cells and free variables), flags, qualnames, docstrings, constant folding,
//! exception tables, and the structural invariants of `verify` over many snippets.

use coil_compiler::{compile_module, verify, CodeFlags, CodeObject, Const, Opcode};

fn compile(src: &str) -> CodeObject {
    let code = compile_module(src, "t.py").unwrap_or_else(|e| panic!("{}", e.render()));
    verify(&code).unwrap_or_else(|e| panic!("{e}\n{}", coil_compiler::disassemble(&code)));
    code
}

/// The nested code object with this qualname (depth first).
fn find<'c>(code: &'c CodeObject, qualname: &str) -> &'c CodeObject {
    fn walk<'c>(c: &'c CodeObject, q: &str) -> Option<&'c CodeObject> {
        if c.qualname == q {
            return Some(c);
        }
        c.consts.iter().find_map(|k| match k {
            Const::Code(inner) => walk(inner, q),
            _ => None,
        })
    }
    walk(code, qualname).unwrap_or_else(|| panic!("no code object {qualname}"))
}

fn ops(code: &CodeObject) -> Vec<Opcode> {
    code.code.iter().map(|i| i.op).collect()
}

fn loads_of(code: &CodeObject, name: &str) -> Vec<Opcode> {
    code.code
        .iter()
        .filter(|i| {
            let n = match i.op {
                Opcode::LOAD_FAST | Opcode::STORE_FAST => {
                    code.varnames.get(i.arg as usize).map(|s| s.as_str())
                }
                Opcode::LOAD_DEREF
                | Opcode::STORE_DEREF
                | Opcode::LOAD_CLASSDEREF
                | Opcode::LOAD_CLOSURE => code.cell_name(i.arg as usize),
                Opcode::LOAD_GLOBAL
                | Opcode::LOAD_NAME
                | Opcode::STORE_NAME
                | Opcode::STORE_GLOBAL => code.names.get(i.arg as usize).map(|s| s.as_str()),
                _ => None,
            };
            n == Some(name)
        })
        .map(|i| i.op)
        .collect()
}

#[test]
fn closures_make_cells_and_free_variables() {
    let code = compile(
        "def outer(a):\n    b = 1\n    def inner():\n        nonlocal b\n        b += a\n        return b\n    return inner\n",
    );
    let outer = find(&code, "outer");
    assert_eq!(outer.cellvars, ["a", "b"]);
    assert_eq!(outer.cell2arg, [Some(0), None]);
    assert_eq!(&ops(outer)[..2], [Opcode::MAKE_CELL, Opcode::MAKE_CELL]);
    let inner = find(&code, "outer.<locals>.inner");
    assert_eq!(inner.freevars, ["a", "b"]);
    assert_eq!(ops(inner)[0], Opcode::COPY_FREE_VARS);
    assert!(inner.flags.has(CodeFlags::NESTED));
    assert_eq!(
        loads_of(inner, "b"),
        [Opcode::LOAD_DEREF, Opcode::STORE_DEREF, Opcode::LOAD_DEREF]
    );
}

#[test]
fn globals_and_locals_pick_their_ops() {
    let code = compile("x = 1\ndef f(y):\n    global x\n    x = y\n    z = len(y)\n    return z\n");
    let f = find(&code, "f");
    assert_eq!(loads_of(f, "x"), [Opcode::STORE_GLOBAL]);
    assert_eq!(loads_of(f, "len"), [Opcode::LOAD_GLOBAL]);
    assert_eq!(loads_of(f, "z"), [Opcode::STORE_FAST, Opcode::LOAD_FAST]);
    // As in CPython, `global x` anywhere makes the module's own `x = 1` a STORE_GLOBAL.
    assert_eq!(loads_of(&code, "x"), [Opcode::STORE_GLOBAL]);
    let plain = compile("y = 1\n");
    assert_eq!(loads_of(&plain, "y"), [Opcode::STORE_NAME]);
}

#[test]
fn class_bodies_use_name_ops_and_classderef() {
    let code = compile(
        "def f():\n    v = 1\n    class C:\n        w = v\n        def m(self):\n            return super().m(), __class__\n    return C\n",
    );
    let c = find(&code, "f.<locals>.C");
    assert_eq!(loads_of(c, "v"), [Opcode::LOAD_CLASSDEREF]);
    assert_eq!(loads_of(c, "w"), [Opcode::STORE_NAME]);
    assert_eq!(c.cellvars, ["__class__"]);
    assert_eq!(c.freevars, ["v"]);
    assert_eq!(c.flags.0, 0);
    let m = find(&code, "f.<locals>.C.m");
    assert_eq!(m.freevars, ["__class__"]);
    // The class body returns its __class__ cell for __build_class__.
    assert!(c.names.iter().any(|n| n == "__classcell__"));
}

#[test]
fn private_names_are_mangled() {
    let code = compile("class K:\n    __a = 1\n    def m(self):\n        return self.__b, __c\n");
    let k = find(&code, "K");
    assert!(k.names.iter().any(|n| n == "_K__a"));
    let m = find(&code, "K.m");
    assert!(m.names.iter().any(|n| n == "_K__b"));
    assert!(m.names.iter().any(|n| n == "_K__c"));
}

#[test]
fn comprehension_scopes() {
    let code = compile("def f(xs, k):\n    return [x * k for x in xs if (last := x)], last\n");
    let comp = find(&code, "f.<locals>.<listcomp>");
    assert_eq!(comp.varnames[0], ".0");
    assert_eq!(comp.argcount, 1);
    assert_eq!(comp.freevars, ["k", "last"]);
    let f = find(&code, "f");
    assert_eq!(f.cellvars, ["k", "last"]);
}

#[test]
fn generator_and_coroutine_flags() {
    let code = compile(
        "def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\nh = (i for i in ())\n",
    );
    assert!(find(&code, "g").flags.has(CodeFlags::GENERATOR));
    assert!(find(&code, "c").flags.has(CodeFlags::COROUTINE));
    assert!(find(&code, "ag").flags.has(CodeFlags::ASYNC_GENERATOR));
    assert!(find(&code, "<genexpr>").flags.has(CodeFlags::GENERATOR));
}

#[test]
fn argument_counts_and_varnames_order() {
    let code = compile("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    z = 0\n");
    let f = find(&code, "f");
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (3, 2, 2));
    assert_eq!(f.varnames, ["a", "b", "c", "d", "e", "args", "kw", "z"]);
    assert!(f.flags.has(CodeFlags::VARARGS) && f.flags.has(CodeFlags::VARKEYWORDS));
    assert_eq!(f.total_args(), 7);
}

#[test]
fn docstrings() {
    let code = compile(
        "'mod doc'\ndef f():\n    'f doc'\n    return 1\ndef g():\n    return 'not a doc'\n",
    );
    assert_eq!(find(&code, "f").docstring(), Some("f doc"));
    assert_eq!(find(&code, "g").docstring(), None);
    assert!(code.names.iter().any(|n| n == "__doc__"));
}

#[test]
fn constant_folding_is_observable_as_cpython_does() {
    let code =
        compile("a = 2 ** 64\nb = -(1 << 3)\nc = 'ab' * 2\nd = (1, (2, 3))\ne = 2 ** 1000\n");
    assert!(code
        .consts
        .contains(&Const::BigInt("18446744073709551616".into())));
    assert!(code.consts.contains(&Const::Int(-8)));
    assert!(code.consts.contains(&Const::Str("abab".into())));
    assert!(code.consts.contains(&Const::Tuple(vec![
        Const::Int(1),
        Const::Tuple(vec![Const::Int(2), Const::Int(3)])
    ])));
    // 2 ** 1000 is over CPython's folding limit: computed at run time.
    assert!(ops(&code).contains(&Opcode::BINARY_OP));
}

#[test]
fn equal_constants_are_shared_but_types_are_kept_apart() {
    let code = compile("a = 1\nb = 1.0\nc = True\nd = 1\ne = -0.0\nf = 0.0\n");
    let count = |c: &Const| code.consts.iter().filter(|k| *k == c).count();
    assert_eq!(count(&Const::Int(1)), 1);
    assert_eq!(count(&Const::Float(1.0)), 1);
    assert_eq!(count(&Const::Bool(true)), 1);
    assert_eq!(count(&Const::Float(-0.0)), 1);
    assert_eq!(count(&Const::Float(0.0)), 1);
}

#[test]
fn only_the_last_in_operand_of_a_chain_becomes_a_tuple() {
    // `1 in [1, 2] in [[1, 2]]` is True: the middle list must stay a list.
    let code = compile("r = 1 in [1, 2] in [[1, 2]]\n");
    assert!(!code
        .consts
        .contains(&Const::Tuple(vec![Const::Int(1), Const::Int(2)])));
    let code = compile("r = x in [1, 2]\n");
    assert!(code
        .consts
        .contains(&Const::Tuple(vec![Const::Int(1), Const::Int(2)])));
}

#[test]
fn loops_have_one_backward_jump_each() {
    let code = compile("for i in x:\n    if i: continue\n    while i:\n        i -= 1\n");
    let backs = ops(&code)
        .iter()
        .filter(|o| **o == Opcode::JUMP_BACKWARD)
        .count();
    assert!(backs >= 2);
    for (pc, ins) in code.code.iter().enumerate() {
        if ins.op == Opcode::JUMP_BACKWARD {
            let target = code.code[ins.arg as usize].op;
            assert!(
                matches!(target, Opcode::FOR_ITER) || ins.arg as usize <= pc,
                "back-edge at {pc} targets {target:?}"
            );
        }
    }
}

#[test]
fn exception_table_covers_try_bodies() {
    let code = compile("try:\n    f()\nexcept E as e:\n    g(e)\nfinally:\n    h()\n");
    let call = code
        .code
        .iter()
        .position(|i| i.op == Opcode::CALL)
        .unwrap_or(0) as u32;
    let h = code.handler_for(call).expect("the try body is protected");
    assert_eq!(code.code[h.target as usize].op, Opcode::PUSH_EXC_INFO);
    assert!(code.exception_table.iter().any(|e| e.lasti));
}

#[test]
fn line_positions_follow_the_source() {
    let code = compile("x = 1\n\ny = (x +\n     2)\n");
    let lines: Vec<u32> = code.positions.iter().map(|p| p.line).collect();
    assert_eq!(lines[0], 1);
    assert!(lines.contains(&3));
    let add = code
        .code
        .iter()
        .position(|i| i.op == Opcode::BINARY_OP)
        .unwrap();
    let p = code.positions[add];
    assert_eq!((p.line, p.end_line, p.col), (3, 4, 5));
}

#[test]
fn inline_caches_are_numbered_per_code_object() {
    let code = compile("def f(o):\n    return o.a + o.b(g)\n");
    let f = find(&code, "f");
    assert_eq!(f.num_caches, 3);
    let slots: Vec<u32> = f
        .code
        .iter()
        .filter_map(|i| i.cache.index().map(|s| s as u32))
        .collect();
    assert_eq!(slots, [0, 1, 2]);
}

#[test]
fn interactive_mode_prints_expressions() {
    let code = coil_compiler::compile_interactive("1 + 1\nx = 2\n", "<stdin>").expect("compiles");
    assert!(ops(&code).contains(&Opcode::PRINT_EXPR));
    let e = coil_compiler::compile_expression("a + 1", "<string>").expect("compiles");
    assert_eq!(*ops(&e).last().unwrap(), Opcode::RETURN_VALUE);
}

#[test]
fn many_constructs_satisfy_the_invariants() {
    let snippets = [
        "while True:\n    try:\n        break\n    finally:\n        continue\n",
        "for x in y:\n    with a as b, c:\n        if x: break\n        return_ = 1\n",
        "def f():\n    for x in y:\n        try:\n            return x\n        except E:\n            continue\n        finally:\n            pass\n",
        "def f():\n    with a:\n        with b:\n            return 1\n",
        "def f():\n    try:\n        pass\n    except E as e:\n        return e\n    else:\n        return 2\n",
        "async def f():\n    async with a as b:\n        async for x in b:\n            await x\n            break\n    return [y async for y in z]\n",
        "x = [*a, *b]\ny = {**c, 'k': 1, **d}\nz = f(*a, k=1, **d)\nw = (*a,)\n",
        "a, (b, *c), d = e\n[x, y] = z\n",
        "match p:\n    case {'k': [1, *r]} | {'j': [*r]}:\n        pass\n    case C(a, b=[c, d]):\n        pass\n",
        "def g():\n    x = yield\n    y = yield from x\n    return y\n",
        "try:\n    pass\nexcept* A:\n    pass\nexcept* B as e:\n    raise\n",
        "lambda *a, k=1, **kw: (a, k, kw)\n",
        "assert x, 'msg'\nassert y\ndel a, b.c, d[e]\n",
        "i = 0\nwhile i < 10 and not done or i == 3:\n    i += 1\nelse:\n    pass\n",
        "x = a if b else c if d else e\nf = 1 < x < 3 < y\n",
        "print(f'{x!r:>{w}} {y=} {z:.2f}')\n",
        "import a.b.c as d\nfrom . import e\nfrom .f import (g as h, i)\nfrom j import *\n",
        "class A(B, metaclass=M, **kw):\n    x: int = 1\n    def __init__(self):\n        super().__init__()\n",
    ];
    for s in snippets {
        compile(s);
    }
}

#[test]
fn deeply_nested_code_is_an_error_not_a_crash() {
    let src = format!("x = {}\n", vec!["a"; 5000].join(" + "));
    let e = compile_module(&src, "t.py").expect_err("too deep");
    // The parser or the symbol-table pass (whichever limit is lower) refuses it.
    assert!(
        e.msg.contains(coil_compiler::symtable::RECURSION_MSG),
        "{}",
        e.msg
    );
    let ok = format!("x = {}\n", vec!["a"; 200].join(" + "));
    compile(&ok);
}

#[test]
fn folding_never_panics_on_extreme_operands() {
    let src = "a = (-9223372036854775807 - 1) / 2\nb = -(-9223372036854775807 - 1)\nc = '' * 10**18\nd = () * -5\ne = 2 ** -1074\nf = 10 ** 400 // 7\ng = 1 << 200\nh = -1 >> 10**30\ni = 1e308 * 10\nj = 'ab'[-(2**63)]\n";
    let code = compile(src);
    assert!(code
        .consts
        .contains(&Const::BigInt("9223372036854775808".into())));
    assert!(code.consts.contains(&Const::Str(String::new())));
    assert!(code.consts.contains(&Const::Float(f64::INFINITY)));
}
