//! The public entry points: eval expressions, interactive input, decoding + parsing.

use coil_syntax::ast::{Constant, ExprKind, StmtKind};
use coil_syntax::{parse_expression, parse_interactive, parse_module, Interactive};

#[test]
fn eval_expressions() {
    let arena = bumpalo::Bump::new();
    let e = parse_expression(&arena, "1 + 2", "<string>").unwrap();
    assert!(matches!(e.kind, ExprKind::BinOp { .. }));
    let e = parse_expression(&arena, "  x, y\n\n", "<string>").unwrap();
    assert!(matches!(e.kind, ExprKind::Tuple(items) if items.len() == 2));
    assert!(parse_expression(&arena, "x = 1", "<string>").is_err());
    assert!(parse_expression(&arena, "", "<string>").is_err());
}

#[test]
fn interactive_input() {
    let arena = bumpalo::Bump::new();
    let incomplete = |s: &str| {
        matches!(
            parse_interactive(&arena, arena.alloc_str(s), "<stdin>"),
            Err(Interactive::Incomplete)
        )
    };
    assert!(parse_interactive(&arena, "x = 1\n", "<stdin>").is_ok());
    assert!(incomplete("if x:\n"));
    assert!(incomplete("x = (1,\n"));
    assert!(incomplete("s = '''abc\n"));
    assert!(incomplete("if x:\n    y = 1\n"));
    assert!(parse_interactive(&arena, "if x:\n    y = 1\n\n", "<stdin>").is_ok());
    assert!(incomplete("def f(): pass\n"));
    assert!(parse_interactive(&arena, "def f(): pass\n\n", "<stdin>").is_ok());
    assert!(matches!(
        parse_interactive(&arena, "x = = 1\n", "<stdin>"),
        Err(Interactive::Error(e)) if e.msg == "invalid syntax"
    ));
}

#[test]
fn module_shapes() {
    let arena = bumpalo::Bump::new();
    let m = parse_module(
        &arena,
        "x = 1\nif x:\n    pass\nelif y:\n    pass\n",
        "m.py",
    )
    .unwrap();
    assert_eq!(m.body.len(), 2);
    match m.body[0].kind {
        StmtKind::Assign { targets, value } => {
            assert_eq!(targets.len(), 1);
            assert!(matches!(value.kind, ExprKind::Constant(Constant::Int(1))));
        }
        _ => panic!("not an assignment"),
    }
    match m.body[1].kind {
        StmtKind::If { orelse, .. } => assert!(matches!(orelse[0].kind, StmtKind::If { .. })),
        _ => panic!("not an if"),
    }
    // Big ints keep their digits.
    let e = parse_expression(&arena, "0x1_0000_0000_0000_0000", "<s>").unwrap();
    assert!(matches!(
        e.kind,
        ExprKind::Constant(Constant::BigInt {
            digits: "10000000000000000",
            radix: 16
        })
    ));
    // f"{x=}" expands to text plus a repr'd value.
    let e = parse_expression(&arena, "f'{x=}'", "<s>").unwrap();
    match e.kind {
        ExprKind::JoinedStr(parts) => {
            assert!(matches!(
                parts[0].kind,
                ExprKind::Constant(Constant::Str("x="))
            ));
            assert!(matches!(
                parts[1].kind,
                ExprKind::FormattedValue {
                    conversion: Some('r'),
                    ..
                }
            ));
        }
        _ => panic!("not an f-string"),
    }
    // Decoding and parsing together.
    let src = coil_syntax::decode_source(b"\xef\xbb\xbf# coding: utf-8\nx = '\xc3\xa9'\n", "d.py")
        .unwrap();
    let src = arena.alloc_str(&src);
    let m = parse_module(&arena, src, "d.py").unwrap();
    match m.body[0].kind {
        StmtKind::Assign { value, .. } => assert!(matches!(
            value.kind,
            ExprKind::Constant(Constant::Str("\u{e9}"))
        )),
        _ => panic!("not an assignment"),
    }
}
