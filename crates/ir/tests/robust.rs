//! Robustness: mangled text never panics the parser, verifier, printer or evaluator.

use coil_ir::{parse, verify, Machine, Type, Val};

const SEED_TEXT: &str = "\
descr xd = <FieldS P.x 8>
[p0, i1, f2]
label(p0, i1, f2, descr=TargetToken(1))
guard_nonnull_class(p0, ConstClass(3), descr=<Guard0x0>) [p0, i1] # frames 1@2:1 2@0:1
i3 = getfield_gc_i(p0, descr=xd)
i4 = int_add_ovf(i3, i1)
guard_no_overflow(descr=<Guard0x1>) [v0, i4] # v0 = new_with_vtable(descr=<SizeDescr P 24 vtable=3>) {<FieldS P.x 8>=i4}
p5 = new_array(2, descr=<ArrayF 8 fl base=16 len=8>)
setarrayitem_gc(p5, 1, f2, descr=<ArrayF 8 fl base=16 len=8>)
f6 = getarrayitem_gc_f(p5, 1, descr=<ArrayF 8 fl base=16 len=8>)
i7 = call_i(i4, descr=<Calli h(i) EF=pure>)
i8 = int_lt(i7, 100)
guard_true(i8, descr=<Guard0x2>) [p0, i7]
jump(p0, i7, f6, descr=TargetToken(1))
";

#[test]
fn mangled_text_never_panics() {
    let chars: Vec<char> = SEED_TEXT.chars().collect();
    let pieces = [
        "(", ")", "[", "]", ",", "=", "<", ">", "#", "i9", "p0", "v3", "-", "1e", "'", "descr=",
        " ", "\n",
    ];
    let mut state = 0x1234_5678_9abc_def1u64;
    let mut rnd = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut parsed = 0;
    for _ in 0..3000 {
        let mut text: Vec<char> = chars.clone();
        for _ in 0..1 + rnd() % 3 {
            let at = (rnd() as usize) % text.len();
            match rnd() % 3 {
                0 => {
                    text.remove(at);
                }
                1 => {
                    let p = pieces[(rnd() as usize) % pieces.len()];
                    for (k, c) in p.chars().enumerate() {
                        text.insert(at + k, c);
                    }
                }
                _ => {
                    text[at] = pieces[(rnd() as usize) % pieces.len()]
                        .chars()
                        .next()
                        .unwrap_or('x')
                }
            }
        }
        let text: String = text.into_iter().collect();
        let Ok(t) = parse(&text) else { continue };
        parsed += 1;
        let _ = t.print();
        if verify(&t).is_ok() {
            let again = parse(&t.print()).expect("printed text parses");
            assert_eq!(again.print(), t.print());
            let mut m = Machine::new();
            m.max_iterations = 20;
            let inputs: Vec<Val> = t
                .inputs()
                .iter()
                .map(|r| match t.op(*r).ty {
                    Type::Ref => Val::Ref(m.heap.alloc(3)),
                    Type::Float => Val::float(0.5),
                    _ => Val::Int(5),
                })
                .collect();
            let _ = m.run(&t, &inputs);
        }
    }
    assert!(
        parsed > 100,
        "the mutations should leave many texts parseable ({parsed})"
    );
}
