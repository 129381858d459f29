//! The random-trace fuzzer: generates valid traces (arithmetic, guards, allocations, field
//! and array traffic, calls, loops, snapshots with virtuals) over a random heap, and the
//! text form of a case (trace plus `# case ...` header lines for inputs and heap) used by
//! the regression files in `tests/regressions/`.

use coil_ir::eval::OBJ_ALIGN;
use coil_ir::{
    parse, ArrayDescr, CallDescr, Const, Descr, Effect, FieldDescr, Heap, IrRef, Opcode, Opnd,
    SizeDescr, SnapValue, Snapshot, TargetId, Trace, Type, Val, VirtId, VirtualDesc,
};

use crate::sim::Case;

/// xorshift64* — small, deterministic, good enough for test generation.
pub struct Rng(u64);

impl Rng {
    /// Seeded generator (seed 0 is remapped).
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    /// Next 64 random bits.
    pub fn bits(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in 0..n (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.bits() % n.max(1) as u64) as usize
    }
    /// True with probability `pct`%.
    pub fn chance(&mut self, pct: u64) -> bool {
        self.bits() % 100 < pct
    }
    /// An interesting int: edge values, small values or random words.
    pub fn int(&mut self) -> i64 {
        const EDGE: [i64; 12] = [
            0,
            1,
            -1,
            2,
            63,
            64,
            i64::MAX,
            i64::MIN,
            i32::MAX as i64,
            i32::MIN as i64,
            1 << 32,
            -(1 << 40),
        ];
        match self.below(3) {
            0 => EDGE[self.below(EDGE.len())],
            1 => self.below(200) as i64 - 100,
            _ => self.bits() as i64,
        }
    }
    /// An interesting float.
    pub fn float(&mut self) -> f64 {
        const EDGE: [f64; 9] = [
            0.0,
            -0.0,
            1.5,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e300,
            -9.3e18,
            5e-324,
        ];
        match self.below(3) {
            0 => EDGE[self.below(EDGE.len())],
            1 => (self.below(2000) as f64 - 1000.0) / 8.0,
            _ => f64::from_bits(self.bits()),
        }
    }
}

/// What the generator knows about a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum K {
    Int,
    Float,
    /// A non-null struct.
    S,
    /// A struct or null.
    Sn,
    /// An array of kind k (0 ints, 1 floats, 2 refs, 3 shorts) with at least 4 items.
    A(u8),
}

const STRUCT_LAYOUTS: [u32; 3] = [1, 2, 3];
const ARRAY_LAYOUTS: [u32; 4] = [10, 11, 12, 13];

/// The descrs every generated trace uses: fields a b f n c, arrays, sizes, helpers.
pub fn install_descrs(t: &mut Trace) {
    let f = |name: &str, off: i32, ty: Type, size: u8, signed: bool| FieldDescr {
        name: name.into(),
        offset: off,
        size,
        ty,
        signed,
        immutable: false,
    };
    t.descrs.field(f("S.a", 8, Type::Int, 8, true));
    t.descrs.field(f("S.b", 16, Type::Int, 4, true));
    t.descrs.field(f("S.f", 24, Type::Float, 8, true));
    t.descrs.field(f("S.n", 32, Type::Ref, 8, true));
    t.descrs.field(f("S.c", 40, Type::Int, 1, false));
    for (k, (name, ty, size)) in [
        ("ints", Type::Int, 8u8),
        ("floats", Type::Float, 8),
        ("refs", Type::Ref, 8),
        ("shorts", Type::Int, 2),
    ]
    .into_iter()
    .enumerate()
    {
        t.descrs.array(ArrayDescr {
            name: name.into(),
            base_offset: 16,
            item_size: size,
            len_offset: 8,
            item_ty: ty,
            signed: true,
            layout: ARRAY_LAYOUTS[k],
        });
    }
    for (k, l) in STRUCT_LAYOUTS.iter().enumerate() {
        t.descrs.size(SizeDescr {
            name: format!("S{k}"),
            size: 48,
            vtable: *l,
        });
    }
    for (name, args, result, effect, raise, collect) in [
        (
            "hii_i",
            vec![Type::Int, Type::Int],
            Type::Int,
            Effect::Pure,
            false,
            false,
        ),
        (
            "hf_f",
            vec![Type::Float],
            Type::Float,
            Effect::Pure,
            false,
            false,
        ),
        (
            "h8",
            vec![
                Type::Int,
                Type::Float,
                Type::Int,
                Type::Int,
                Type::Int,
                Type::Int,
                Type::Int,
                Type::Int,
            ],
            Type::Int,
            Effect::MayWrite,
            false,
            false,
        ),
        (
            "log_r",
            vec![Type::Ref],
            Type::Void,
            Effect::MayWrite,
            false,
            true,
        ),
        (
            "raise_neg",
            vec![Type::Int],
            Type::Int,
            Effect::MayWrite,
            true,
            false,
        ),
    ] {
        t.descrs.call(CallDescr {
            name: name.into(),
            addr: 0,
            args,
            result,
            effect,
            can_raise: raise,
            can_collect: collect,
        });
    }
}

struct Gen<'r> {
    r: &'r mut Rng,
    t: Trace,
    pool: Vec<(Opnd, K)>,
}

const INT_BIN: [Opcode; 18] = [
    Opcode::IntAdd,
    Opcode::IntSub,
    Opcode::IntMul,
    Opcode::IntAnd,
    Opcode::IntOr,
    Opcode::IntXor,
    Opcode::IntLshift,
    Opcode::IntRshift,
    Opcode::UintRshift,
    Opcode::IntLt,
    Opcode::IntLe,
    Opcode::IntEq,
    Opcode::IntNe,
    Opcode::IntGt,
    Opcode::IntGe,
    Opcode::UintLt,
    Opcode::UintGe,
    Opcode::UintGt,
];
const FLOAT_BIN: [Opcode; 10] = [
    Opcode::FloatAdd,
    Opcode::FloatSub,
    Opcode::FloatMul,
    Opcode::FloatTrueDiv,
    Opcode::FloatLt,
    Opcode::FloatLe,
    Opcode::FloatEq,
    Opcode::FloatNe,
    Opcode::FloatGt,
    Opcode::FloatGe,
];

impl Gen<'_> {
    fn of(&mut self, k: K) -> Option<Opnd> {
        let c: Vec<Opnd> = self
            .pool
            .iter()
            .filter(|p| p.1 == k || (k == K::Sn && p.1 == K::S))
            .map(|p| p.0)
            .collect();
        if c.is_empty() {
            None
        } else {
            Some(c[self.r.below(c.len())])
        }
    }

    fn int(&mut self) -> Opnd {
        if self.r.chance(25) {
            let v = self.r.int();
            return self.t.int(v);
        }
        match self.of(K::Int) {
            Some(o) => o,
            None => {
                let v = self.r.int();
                self.t.int(v)
            }
        }
    }

    fn float(&mut self) -> Opnd {
        if self.r.chance(20) {
            let v = self.r.float();
            return self.t.float(v);
        }
        match self.of(K::Float) {
            Some(o) => o,
            None => {
                let v = self.r.float();
                self.t.float(v)
            }
        }
    }

    fn push(&mut self, op: Opcode, args: &[Opnd], d: Descr, k: K) -> Opnd {
        let r = Opnd::Ref(self.t.emit(op, args, d));
        self.pool.push((r, k));
        r
    }

    fn snapshot(&mut self) -> coil_ir::SnapId {
        let mut s = Snapshot::default();
        let mut slots = Vec::new();
        let n = self.r.below(6);
        for _ in 0..n {
            let v = match self.r.below(10) {
                0 => SnapValue::Dead,
                1 => {
                    let v = self.r.int();
                    SnapValue::Const(self.t.consts.add(Const::Int(v)))
                }
                2 | 3 => SnapValue::Virtual(self.virtual_(&mut s, 0)),
                _ => {
                    let refs: Vec<IrRef> = self.pool.iter().filter_map(|p| p.0.as_ref()).collect();
                    if refs.is_empty() {
                        SnapValue::Dead
                    } else {
                        SnapValue::Ref(refs[self.r.below(refs.len())])
                    }
                }
            };
            slots.push(v);
        }
        s.frames.push(coil_ir::Frame {
            code: self.r.below(3) as u32,
            pc: self.r.below(50) as u32,
            slots,
        });
        if self.r.chance(20) {
            s.frames.push(coil_ir::Frame {
                code: 7,
                pc: 3,
                slots: vec![SnapValue::Dead],
            });
        }
        self.t.snapshot(s)
    }

    fn snap_of(&mut self, k: K) -> SnapValue {
        let o = match k {
            K::Int => self.int(),
            K::Float => self.float(),
            _ => self.of(k).unwrap_or_else(|| self.t.ptr(0)),
        };
        match o {
            Opnd::Ref(r) => SnapValue::Ref(r),
            Opnd::Const(c) => SnapValue::Const(c),
        }
    }

    fn virtual_(&mut self, s: &mut Snapshot, depth: u32) -> VirtId {
        let id = VirtId::new(s.virtuals.len());
        s.virtuals.push(VirtualDesc::Array {
            descr: coil_ir::ArrayId(0),
            items: vec![],
        });
        let desc = if self.r.chance(60) {
            let mut fields = vec![
                (coil_ir::FieldId(0), self.snap_of(K::Int)),
                (coil_ir::FieldId(2), self.snap_of(K::Float)),
            ];
            if self.r.chance(50) {
                fields.push((coil_ir::FieldId(1), self.snap_of(K::Int)));
            }
            let n = if depth < 2 && self.r.chance(30) {
                SnapValue::Virtual(self.virtual_(s, depth + 1))
            } else {
                self.snap_of(K::Sn)
            };
            fields.push((coil_ir::FieldId(3), n));
            VirtualDesc::Struct {
                size: coil_ir::SizeId(self.r.below(3) as u32),
                vtable: true,
                fields,
            }
        } else {
            let kind = self.r.below(2) as u32;
            let n = 1 + self.r.below(4);
            let items = (0..n)
                .map(|_| self.snap_of(if kind == 0 { K::Int } else { K::Float }))
                .collect();
            VirtualDesc::Array {
                descr: coil_ir::ArrayId(kind),
                items,
            }
        };
        s.virtuals[id.index()] = desc;
        id
    }

    fn guard(&mut self, op: Opcode, args: &[Opnd]) {
        let s = self.snapshot();
        self.t.guard(op, args, s);
    }

    fn index(&mut self) -> Opnd {
        if self.r.chance(50) {
            let v = self.r.below(4) as i64;
            self.t.int(v)
        } else {
            let x = self.int();
            let three = self.t.int(3);
            self.push(Opcode::IntAnd, &[x, three], Descr::None, K::Int)
        }
    }

    fn step(&mut self) {
        match self.r.below(24) {
            0..=4 => {
                let op = INT_BIN[self.r.below(INT_BIN.len())];
                let (a, b) = (self.int(), self.int());
                let res = self.push(op, &[a, b], Descr::None, K::Int);
                if op.is_cmp() && self.r.chance(60) {
                    let g = if self.r.chance(50) {
                        Opcode::GuardTrue
                    } else {
                        Opcode::GuardFalse
                    };
                    self.guard(g, &[res]);
                }
            }
            5 => {
                let op = [Opcode::IntFloorDiv, Opcode::IntMod][self.r.below(2)];
                let (a, b) = (self.int(), self.int());
                let one = self.t.int(1);
                let nz = self.push(Opcode::IntOr, &[b, one], Descr::None, K::Int);
                self.push(op, &[a, nz], Descr::None, K::Int);
            }
            6 => {
                let op = [Opcode::IntAddOvf, Opcode::IntSubOvf, Opcode::IntMulOvf][self.r.below(3)];
                let (a, b) = (self.int(), self.int());
                self.push(op, &[a, b], Descr::None, K::Int);
                let g = if self.r.chance(85) {
                    Opcode::GuardNoOverflow
                } else {
                    Opcode::GuardOverflow
                };
                self.guard(g, &[]);
            }
            7 => {
                let op = [
                    Opcode::IntNeg,
                    Opcode::IntInvert,
                    Opcode::IntIsZero,
                    Opcode::IntIsTrue,
                    Opcode::IntForceGeZero,
                    Opcode::SameAsI,
                ][self.r.below(6)];
                let a = self.int();
                self.push(op, &[a], Descr::None, K::Int);
            }
            8 | 9 => {
                let op = FLOAT_BIN[self.r.below(FLOAT_BIN.len())];
                let (a, b) = (self.float(), self.float());
                let k = if op.is_cmp() { K::Int } else { K::Float };
                let res = self.push(op, &[a, b], Descr::None, k);
                if op.is_cmp() && self.r.chance(50) {
                    self.guard(Opcode::GuardFalse, &[res]);
                }
            }
            10 => match self.r.below(4) {
                0 => {
                    let a = self.int();
                    self.push(Opcode::CastIntToFloat, &[a], Descr::None, K::Float);
                }
                1 => {
                    let a = self.float();
                    self.push(Opcode::CastFloatToInt, &[a], Descr::None, K::Int);
                }
                2 => {
                    let a = self.float();
                    let op = [Opcode::FloatNeg, Opcode::FloatAbs, Opcode::SameAsF][self.r.below(3)];
                    self.push(op, &[a], Descr::None, K::Float);
                }
                _ => {
                    if self.r.chance(30) {
                        let a = self.int();
                        let b = self.int();
                        self.guard(Opcode::GuardValue, &[a, b]);
                    } else {
                        self.guard(Opcode::GuardNotInvalidated, &[]);
                    }
                }
            },
            11 | 12 => {
                let Some(p) = self.of(K::S) else { return };
                let f = self.r.below(5);
                let (op, k) = match f {
                    2 => (Opcode::GetfieldGcF, K::Float),
                    3 => (Opcode::GetfieldGcR, K::Sn),
                    _ => (Opcode::GetfieldGcI, K::Int),
                };
                self.push(op, &[p], Descr::Field(coil_ir::FieldId(f as u32)), k);
            }
            13 | 14 => {
                let Some(p) = self.of(K::S) else { return };
                let f = self.r.below(5);
                let v = match f {
                    2 => self.float(),
                    3 => {
                        if self.r.chance(20) {
                            self.t.ptr(0)
                        } else {
                            self.of(K::Sn).unwrap_or_else(|| self.t.ptr(0))
                        }
                    }
                    _ => self.int(),
                };
                self.t.emit(
                    Opcode::SetfieldGc,
                    &[p, v],
                    Descr::Field(coil_ir::FieldId(f as u32)),
                );
            }
            15 => {
                let kind = self.r.below(4) as u8;
                let Some(a) = self.of(K::A(kind)) else { return };
                let d = Descr::Array(coil_ir::ArrayId(kind as u32));
                match self.r.below(3) {
                    0 => {
                        self.push(Opcode::ArraylenGc, &[a], d, K::Int);
                    }
                    1 => {
                        let i = self.index();
                        let (op, k) = match kind {
                            1 => (Opcode::GetarrayitemGcF, K::Float),
                            2 => (Opcode::GetarrayitemGcR, K::Sn),
                            _ => (Opcode::GetarrayitemGcI, K::Int),
                        };
                        self.push(op, &[a, i], d, k);
                    }
                    _ => {
                        let i = self.index();
                        let v = match kind {
                            1 => self.float(),
                            2 => self.of(K::Sn).unwrap_or_else(|| self.t.ptr(0)),
                            _ => self.int(),
                        };
                        self.t.emit(Opcode::SetarrayitemGc, &[a, i, v], d);
                    }
                }
            }
            16 => {
                let sz = self.r.below(3) as u32;
                let op = if self.r.chance(50) {
                    Opcode::NewWithVtable
                } else {
                    Opcode::New
                };
                self.push(op, &[], Descr::Size(coil_ir::SizeId(sz)), K::S);
            }
            17 => {
                let kind = self.r.below(4) as u8;
                let len = if self.r.chance(50) {
                    let v = 4 + self.r.below(5) as i64;
                    self.t.int(v)
                } else {
                    let x = self.int();
                    let seven = self.t.int(7);
                    let m = self.push(Opcode::IntAnd, &[x, seven], Descr::None, K::Int);
                    let four = self.t.int(4);
                    self.push(Opcode::IntAdd, &[m, four], Descr::None, K::Int)
                };
                let op = if self.r.chance(50) {
                    Opcode::NewArray
                } else {
                    Opcode::NewArrayClear
                };
                self.push(
                    op,
                    &[len],
                    Descr::Array(coil_ir::ArrayId(kind as u32)),
                    K::A(kind),
                );
            }
            18 => match self.r.below(5) {
                0 => {
                    let (a, b) = (self.int(), self.int());
                    self.push(
                        Opcode::CallI,
                        &[a, b],
                        Descr::Call(coil_ir::CallId(0)),
                        K::Int,
                    );
                }
                1 => {
                    let a = self.float();
                    self.push(
                        Opcode::CallF,
                        &[a],
                        Descr::Call(coil_ir::CallId(1)),
                        K::Float,
                    );
                }
                2 => {
                    let mut args = vec![self.int(), self.float()];
                    for _ in 0..6 {
                        args.push(self.int());
                    }
                    self.push(
                        Opcode::CallI,
                        &args,
                        Descr::Call(coil_ir::CallId(2)),
                        K::Int,
                    );
                }
                3 => {
                    let p = self.of(K::Sn).unwrap_or_else(|| self.t.ptr(0));
                    self.t
                        .emit(Opcode::CallN, &[p], Descr::Call(coil_ir::CallId(3)));
                }
                _ => {
                    let a = self.int();
                    let op = if self.r.chance(50) {
                        Opcode::CallI
                    } else {
                        Opcode::CallMayForceI
                    };
                    self.push(op, &[a], Descr::Call(coil_ir::CallId(4)), K::Int);
                    if op == Opcode::CallMayForceI {
                        self.guard(Opcode::GuardNotForced, &[]);
                    }
                    self.guard(Opcode::GuardNoException, &[]);
                }
            },
            19 => {
                let Some(p) = self.of(K::S) else { return };
                let c = STRUCT_LAYOUTS[self.r.below(3)] as i64;
                let c = self.t.int(c);
                self.guard(Opcode::GuardClass, &[p, c]);
            }
            20 => {
                let Some(p) = self.of(K::Sn) else { return };
                let op = if self.r.chance(80) {
                    Opcode::GuardNonnull
                } else {
                    Opcode::GuardIsnull
                };
                self.guard(op, &[p]);
                if op == Opcode::GuardNonnull {
                    for e in &mut self.pool {
                        if e.0 == p {
                            e.1 = K::S;
                        }
                    }
                }
            }
            21 => {
                let (Some(a), Some(b)) = (self.of(K::Sn), self.of(K::Sn)) else {
                    return;
                };
                let op = if self.r.chance(50) {
                    Opcode::PtrEq
                } else {
                    Opcode::PtrNe
                };
                let res = self.push(op, &[a, b], Descr::None, K::Int);
                if self.r.chance(50) {
                    self.guard(Opcode::GuardTrue, &[res]);
                }
            }
            _ => {
                let Some(p) = self.of(K::Sn) else { return };
                let c = STRUCT_LAYOUTS[self.r.below(3)] as i64;
                let c = self.t.int(c);
                self.guard(Opcode::GuardNonnullClass, &[p, c]);
                for e in &mut self.pool {
                    if e.0 == p {
                        e.1 = K::S;
                    }
                }
            }
        }
    }
}

fn rand_val(r: &mut Rng, k: K, structs: &[u64], arrays: &[(u64, u8)]) -> Val {
    match k {
        K::Int => Val::Int(r.int()),
        K::Float => Val::float(r.float()),
        K::S => Val::Ref(structs[r.below(structs.len())]),
        K::Sn => {
            if r.chance(30) {
                Val::Ref(0)
            } else {
                Val::Ref(structs[r.below(structs.len())])
            }
        }
        K::A(kind) => {
            let c: Vec<u64> = arrays.iter().filter(|a| a.1 == kind).map(|a| a.0).collect();
            Val::Ref(c[r.below(c.len())])
        }
    }
}

/// A random valid case from `seed`.
pub fn gen_case(seed: u64) -> Case {
    gen_case_sized(seed, None)
}

/// A random valid case with about `n_ops` generation steps (random when `None`).
pub fn gen_case_sized(seed: u64, n_ops: Option<usize>) -> Case {
    let mut r = Rng::new(seed);
    // The heap: structs, then one or two arrays of each kind.
    let mut heap = Heap::default();
    let mut structs = Vec::new();
    for _ in 0..2 + r.below(4) {
        structs.push(heap.alloc(STRUCT_LAYOUTS[r.below(3)]));
    }
    for &s in &structs.clone() {
        let a = Val::Int(r.int());
        let b = Val::Int(r.int() as i32 as i64);
        let f = Val::float(r.float());
        let n = rand_val(&mut r, K::Sn, &structs, &[]);
        let c = Val::Int(r.below(256) as i64);
        let o = heap.get_mut(s).expect("just allocated");
        for (off, v) in [(8, a), (16, b), (24, f), (32, n), (40, c)] {
            o.fields.insert(off, v);
        }
    }
    let mut arrays = Vec::new();
    for kind in 0..4u8 {
        for _ in 0..1 + r.below(2) {
            let len = 4 + r.below(5);
            let ty = [Type::Int, Type::Float, Type::Ref, Type::Int][kind as usize];
            let a = heap.alloc_array(ARRAY_LAYOUTS[kind as usize], ty, len);
            let items: Vec<Val> = (0..len)
                .map(|_| match kind {
                    0 => Val::Int(r.int()),
                    1 => Val::float(r.float()),
                    2 => rand_val(&mut r, K::Sn, &structs, &[]),
                    _ => Val::Int(r.int() as i16 as i64),
                })
                .collect();
            heap.get_mut(a).expect("just allocated").items = Some(items);
            arrays.push((a, kind));
        }
    }
    let mut g = Gen {
        r: &mut r,
        t: Trace::new(),
        pool: Vec::new(),
    };
    install_descrs(&mut g.t);
    let mut inputs = Vec::new();
    let kinds = [
        K::Int,
        K::Int,
        K::Float,
        K::S,
        K::Sn,
        K::A(0),
        K::A(1),
        K::A(2),
        K::A(3),
    ];
    let n_in = 2 + g.r.below(7);
    let looping = g.r.chance(50);
    for k in 0..n_in {
        let kind = if k == 0 {
            K::Int
        } else {
            kinds[g.r.below(kinds.len())]
        };
        let r = g.t.input(match kind {
            K::Int => Type::Int,
            K::Float => Type::Float,
            _ => Type::Ref,
        });
        g.pool.push((Opnd::Ref(r), kind));
        let v = if k == 0 && looping {
            Val::Int(g.r.below(5) as i64)
        } else {
            rand_val(g.r, kind, &structs, &arrays)
        };
        inputs.push(v);
    }
    let n_ops = n_ops.unwrap_or_else(|| 5 + g.r.below(40));
    if looping {
        for _ in 0..g.r.below(6) {
            g.step();
        }
        // Label: a subset of the pool (the counter first), pool narrows to it.
        let mut args = vec![g.pool[0]];
        for e in g.pool.clone().into_iter().skip(1) {
            if e.0.as_ref().is_some() && g.r.chance(60) && !args.iter().any(|a| a.0 == e.0) {
                args.push(e);
            }
        }
        let counter = args[0].0;
        // The counter must be the first label argument and an int.
        g.pool = args.clone();
        let la: Vec<Opnd> = args.iter().map(|a| a.0).collect();
        g.t.label(&la, TargetId(1));
        for _ in 0..n_ops {
            g.step();
        }
        let one = g.t.int(1);
        let next = Opnd::Ref(g.t.emit(Opcode::IntAdd, &[counter, one], Descr::None));
        let bound = 2 + g.r.below(15) as i64;
        let bound = g.t.int(bound);
        let c = Opnd::Ref(g.t.emit(Opcode::IntLt, &[next, bound], Descr::None));
        g.guard(Opcode::GuardTrue, &[c]);
        let mut ja = vec![next];
        for a in args.iter().skip(1) {
            let v = if g.r.chance(50) {
                g.of(a.1).unwrap_or(a.0)
            } else {
                a.0
            };
            ja.push(v);
        }
        g.t.jump(&ja, TargetId(1));
    } else {
        for _ in 0..n_ops {
            g.step();
        }
        let mut fa = Vec::new();
        for _ in 0..g.r.below(5) {
            let e = g.pool[g.r.below(g.pool.len())];
            fa.push(e.0);
        }
        if g.r.chance(20) {
            let v = g.r.int();
            fa.push(g.t.int(v));
        }
        g.t.emit(Opcode::Finish, &fa, Descr::None);
    }
    let t = g.t;
    let flagged = (0..structs.len()).filter(|_| r.chance(30)).collect();
    let mut c = Case {
        trace: t,
        inputs,
        heap,
        invalidated: r.chance(10),
        flagged,
        nursery_words: if r.chance(30) { 5 + r.below(40) } else { 4096 },
    };
    if r.chance(85) {
        deepen(&mut c);
    }
    c
}

/// Makes a case run further: while the evaluator leaves through a guard, flips that
/// guard's polarity (or class constant), or drops it when it cannot be flipped.
fn deepen(c: &mut Case) {
    for _ in 0..12 {
        let Ok((e, _)) = crate::sim::run_eval(c, &c.trace) else {
            return;
        };
        let coil_ir::ExitKind::Guard { at, .. } = e.kind else {
            return;
        };
        let k = at.index();
        if c.trace.ops.last().map(|o| o.opcode) == Some(Opcode::Jump) && k + 2 == c.trace.ops.len()
        {
            return; // the loop's exit condition
        }
        let mut cand = c.clone();
        let op = &mut cand.trace.ops[k];
        match op.opcode {
            Opcode::GuardTrue => op.opcode = Opcode::GuardFalse,
            Opcode::GuardFalse => op.opcode = Opcode::GuardTrue,
            Opcode::GuardOverflow => op.opcode = Opcode::GuardNoOverflow,
            Opcode::GuardNoOverflow => op.opcode = Opcode::GuardOverflow,
            Opcode::GuardClass | Opcode::GuardNonnullClass => {
                let a1 = op.args[1];
                let Some(Const::Int(v)) = cand.trace.as_const(a1) else {
                    return;
                };
                let next = STRUCT_LAYOUTS[(STRUCT_LAYOUTS
                    .iter()
                    .position(|&l| l as i64 == v)
                    .unwrap_or(0)
                    + 1)
                    % 3];
                let o = cand.trace.int(next as i64);
                cand.trace.ops[k].args[1] = o;
            }
            Opcode::GuardValue | Opcode::GuardNotInvalidated | Opcode::GuardNoException => {
                match remove_op(&cand, k) {
                    Some(x) => cand = x,
                    None => return,
                }
            }
            _ => return,
        }
        if coil_ir::verify(&cand.trace).is_err() {
            return;
        }
        *c = cand;
    }
}

fn fmt_val(v: Val) -> String {
    match v {
        Val::Int(i) => format!("i:{i}"),
        Val::Float(b) => format!("f:{b:#x}"),
        Val::Ref(p) => format!("r:{p:#x}"),
    }
}

fn parse_val(s: &str) -> Result<Val, String> {
    let (k, v) = s.split_once(':').ok_or_else(|| format!("bad value {s}"))?;
    let hex = |v: &str| u64::from_str_radix(v.trim_start_matches("0x"), 16);
    Ok(match k {
        "i" => Val::Int(v.parse().map_err(|_| format!("bad int {v}"))?),
        "f" => Val::Float(hex(v).map_err(|_| format!("bad float {v}"))?),
        "r" => Val::Ref(hex(v).map_err(|_| format!("bad ref {v}"))?),
        _ => return Err(format!("bad value {s}")),
    })
}

/// The text form of a case: `# case ...` header lines, then the trace.
pub fn case_to_text(c: &Case) -> String {
    let mut t = c.trace.clone();
    let mut h = vec![format!(
        "case inputs {}",
        c.inputs
            .iter()
            .map(|v| fmt_val(*v))
            .collect::<Vec<_>>()
            .join(" ")
    )];
    for o in &c.heap.objs {
        match &o.items {
            Some(items) => h.push(format!(
                "case array {} {}",
                o.layout,
                items
                    .iter()
                    .map(|v| fmt_val(*v))
                    .collect::<Vec<_>>()
                    .join(" ")
            )),
            None => h.push(format!(
                "case struct {} {}",
                o.layout,
                o.fields
                    .iter()
                    .map(|(k, v)| format!("{k}={}", fmt_val(*v)))
                    .collect::<Vec<_>>()
                    .join(" ")
            )),
        }
    }
    h.push(format!(
        "case flags invalidated={} nursery={} flagged={}",
        c.invalidated as u8,
        c.nursery_words,
        c.flagged
            .iter()
            .map(|k| k.to_string())
            .collect::<Vec<_>>()
            .join(",")
    ));
    h.extend(t.header.drain(..).filter(|l| !l.starts_with("case ")));
    let mut out = String::new();
    for l in &h {
        out += &format!("# {l}\n");
    }
    // Declare every descr, so layouts the trace no longer uses stay known to the heap.
    for (k, a) in t.descrs.arrays.iter().enumerate() {
        out += &format!("descr array{k} = {}\n", a.repr());
    }
    for (k, f) in t.descrs.fields.iter().enumerate() {
        out += &format!("descr field{k} = {}\n", f.repr());
    }
    for (k, s) in t.descrs.sizes.iter().enumerate() {
        out += &format!("descr size{k} = {}\n", s.repr());
    }
    for (k, c) in t.descrs.calls.iter().enumerate() {
        out += &format!("descr call{k} = {}\n", c.repr());
    }
    out + &t.print()
}

/// Parses [`case_to_text`]'s output.
pub fn case_from_text(text: &str) -> Result<Case, String> {
    let mut t = parse(text).map_err(|e| format!("{e:?}"))?;
    let mut c = Case {
        trace: Trace::new(),
        inputs: vec![],
        heap: Heap::default(),
        invalidated: false,
        flagged: vec![],
        nursery_words: 4096,
    };
    for line in &t.header {
        let mut words = line.split_whitespace();
        if words.next() != Some("case") {
            continue;
        }
        match words.next() {
            Some("inputs") => {
                for w in words {
                    c.inputs.push(parse_val(w)?);
                }
            }
            Some("struct") => {
                let layout: u32 = words
                    .next()
                    .and_then(|w| w.parse().ok())
                    .ok_or("bad struct layout")?;
                let a = c.heap.alloc(layout);
                for w in words {
                    let (k, v) = w.split_once('=').ok_or("bad field")?;
                    let off: i32 = k.parse().map_err(|_| "bad offset")?;
                    let v = parse_val(v)?;
                    if let Some(o) = c.heap.get_mut(a) {
                        o.fields.insert(off, v);
                    }
                }
            }
            Some("array") => {
                let layout: u32 = words
                    .next()
                    .and_then(|w| w.parse().ok())
                    .ok_or("bad array layout")?;
                let items = words.map(parse_val).collect::<Result<Vec<_>, _>>()?;
                let a = c.heap.alloc_array(layout, Type::Int, 0);
                if let Some(o) = c.heap.get_mut(a) {
                    o.items = Some(items);
                }
            }
            Some("flags") => {
                for w in words {
                    let (k, v) = w.split_once('=').ok_or("bad flag")?;
                    match k {
                        "invalidated" => c.invalidated = v == "1",
                        "nursery" => c.nursery_words = v.parse().map_err(|_| "bad nursery")?,
                        "flagged" => {
                            c.flagged = v
                                .split(',')
                                .filter(|s| !s.is_empty())
                                .map(|s| s.parse().map_err(|_| "bad flagged"))
                                .collect::<Result<_, _>>()?
                        }
                        _ => return Err(format!("unknown flag {k}")),
                    }
                }
            }
            _ => return Err(format!("bad case line {line}")),
        }
    }
    t.header.retain(|l| !l.starts_with("case "));
    let _ = OBJ_ALIGN;
    c.trace = t;
    Ok(c)
}

/// Shrinks a failing case: drops ops (and snapshot slots) while `still_fails` holds.
pub fn minimize(c: &Case, still_fails: &dyn Fn(&Case) -> bool) -> Case {
    let mut best = c.clone();
    let mut progress = true;
    while progress {
        progress = false;
        let n_in = best.trace.num_inputs();
        let mut k = best.trace.ops.len();
        while k > n_in {
            k -= 1;
            if best.trace.ops[k].opcode.is_final() || best.trace.ops[k].opcode == Opcode::Label {
                continue;
            }
            let Some(cand) = remove_op(&best, k) else {
                continue;
            };
            if coil_ir::verify(&cand.trace).is_ok() && still_fails(&cand) {
                best = cand;
                progress = true;
            }
        }
    }
    best
}

/// The case without op `k`, if nothing uses its result.
fn remove_op(c: &Case, k: usize) -> Option<Case> {
    let t = &c.trace;
    let used = t
        .ops
        .iter()
        .any(|o| o.args.contains(&Opnd::Ref(IrRef::new(k))))
        || t.snaps.iter().any(|s| s.refs().any(|r| r.index() == k));
    if used {
        return None;
    }
    let mut nt = t.clone();
    nt.ops.remove(k);
    let fix = |r: IrRef| {
        if r.index() > k {
            IrRef::new(r.index() - 1)
        } else {
            r
        }
    };
    for op in &mut nt.ops {
        for a in &mut op.args {
            if let Opnd::Ref(r) = a {
                *r = fix(*r);
            }
        }
    }
    for s in &mut nt.snaps {
        let fixv = |v: &mut SnapValue| {
            if let SnapValue::Ref(r) = v {
                *r = fix(*r);
            }
        };
        for f in &mut s.frames {
            f.slots.iter_mut().for_each(fixv);
        }
        for v in &mut s.virtuals {
            match v {
                VirtualDesc::Struct { fields, .. } => {
                    fields.iter_mut().for_each(|f| fixv(&mut f.1))
                }
                VirtualDesc::Array { items, .. } => items.iter_mut().for_each(fixv),
            }
        }
    }
    // Drop snapshots no guard uses any more, renumbering the rest.
    let mut used: Vec<Option<usize>> = vec![None; nt.snaps.len()];
    let mut snaps = Vec::new();
    for op in &mut nt.ops {
        if let Some(s) = op.snap {
            let k = *used[s.index()].get_or_insert_with(|| {
                snaps.push(nt.snaps[s.index()].clone());
                snaps.len() - 1
            });
            op.snap = Some(coil_ir::SnapId::new(k));
        }
    }
    nt.snaps = snaps;
    Some(Case {
        trace: nt,
        ..c.clone()
    })
}

/// What happened to one generated case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Evaluator and machine code agree.
    Agree,
    /// The evaluator rejected the case (undefined behaviour); nothing compared.
    Skipped,
    /// All agree, and the optimized trace leaves through a strengthened guard earlier than
    /// the original, in a state the original went through
    /// ([`coil_ir::earlier_exit_matches`]).
    EarlierExit,
}

/// An optimizer for the three-way comparison: `Ok(None)` when it declines the trace
/// (e.g. a loop that can never complete), `Err` for an optimizer error.
pub type Optimize<'a> = &'a dyn Fn(&Trace) -> Result<Option<Trace>, String>;

/// Who disagreed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// Machine code differs from the evaluator on the same trace.
    Backend(String),
    /// The optimized trace behaves differently from the original in the evaluator.
    Optimizer(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Backend(m) => write!(f, "backend: {m}"),
            Failure::Optimizer(m) => write!(f, "optimizer: {m}"),
        }
    }
}

/// Verifies and checks one case (evaluator vs machine code); `Err` describes a mismatch
/// (or an invalid trace).
pub fn check_case(c: &Case) -> Result<Outcome, String> {
    check_case_with(c, None, true).map_err(|e| e.to_string())
}

/// The three-way check: evaluator on the original trace, evaluator on the optimized
/// trace, machine code of both. All must exit the same way with the same resume values
/// (virtuals materialized and compared field by field). Unless `strict`, optimizer
/// disagreements are not reported; the optimized trace is then only checked against its
/// own machine code (a pure backend property).
pub fn check_case_with(c: &Case, opt: Option<Optimize>, strict: bool) -> Result<Outcome, Failure> {
    coil_ir::verify(&c.trace)
        .map_err(|e| Failure::Backend(format!("generated trace does not verify: {e}")))?;
    if !crate::sim::check(c, &c.trace).map_err(Failure::Backend)? {
        return Ok(Outcome::Skipped);
    }
    let Some(opt) = opt else {
        return Ok(Outcome::Agree);
    };
    let Ok((e0, m0)) = crate::sim::run_eval(c, &c.trace) else {
        return Ok(Outcome::Skipped);
    };
    if matches!(e0.kind, coil_ir::ExitKind::IterationLimit) {
        return Ok(Outcome::Agree);
    }
    let t2 = match opt(&c.trace) {
        Ok(Some(t2)) => t2,
        Ok(None) => return Ok(Outcome::Agree),
        Err(e) if strict => return Err(Failure::Optimizer(e)),
        Err(_) => return Ok(Outcome::Agree),
    };
    if !strict {
        crate::sim::check(c, &t2).map_err(|e| {
            Failure::Backend(format!("on the optimized trace: {e}\n{}", t2.print()))
        })?;
        return Ok(Outcome::Agree);
    }
    let (e1, m1) = crate::sim::run_eval(c, &t2).map_err(|e| {
        Failure::Optimizer(format!(
            "optimized trace fails in the evaluator: {e}\n{}",
            t2.print()
        ))
    })?;
    let mut outcome = Outcome::Agree;
    if let Err(strict_diff) = coil_ir::equivalent((&e0, &m0), (&e1, &m1), &c.inputs) {
        // A strengthened guard may leave earlier, in a state the original went through.
        let mut fresh = || crate::sim::machine(c.heap.clone(), c.invalidated);
        outcome = Outcome::EarlierExit;
        coil_ir::earlier_exit_matches(&c.trace, &c.inputs, &mut fresh, (&e0, &m0), (&e1, &m1))
            .map_err(|why| {
                Failure::Optimizer(format!(
                    "optimized trace differs: {strict_diff}\n(not a legal earlier exit: {why})\n{}",
                    t2.print()
                ))
            })?;
    }
    // The machine code must do exactly what the evaluator does on the same trace.
    let (e2, m2, _) = crate::sim::run_jit(c, &t2).map_err(Failure::Backend)?;
    coil_ir::equivalent((&e1, &m1), (&e2, &m2), &c.inputs).map_err(|e| {
        Failure::Backend(format!(
            "machine code of the optimized trace differs: {e}\n{}",
            t2.print()
        ))
    })?;
    Ok(outcome)
}

/// Renumbers every op reference (operands and snapshots) through `f`.
fn remap(t: &mut Trace, f: &dyn Fn(IrRef) -> IrRef) {
    for op in &mut t.ops {
        for a in &mut op.args {
            if let Opnd::Ref(r) = a {
                *r = f(*r);
            }
        }
    }
    for s in &mut t.snaps {
        let fix = |v: &mut SnapValue| {
            if let SnapValue::Ref(r) = v {
                *r = f(*r);
            }
        };
        for fr in &mut s.frames {
            fr.slots.iter_mut().for_each(fix);
        }
        for v in &mut s.virtuals {
            match v {
                VirtualDesc::Struct { fields, .. } => fields.iter_mut().for_each(|x| fix(&mut x.1)),
                VirtualDesc::Array { items, .. } => items.iter_mut().for_each(fix),
            }
        }
    }
}

/// Splits a case's trace C at one of its boolean guards g into a loop L and a bridge B
/// with the same behaviour once B is attached: L is C with the inverted guard g' (whose
/// snapshot holds every value live after g) inserted before g, B is C's ops after g
/// (inputs: those live values; a final jump goes to L's label). Returns (L, B, position
/// of g' in L).
pub fn split_for_bridge(c: &Case, pick: usize) -> Option<(Trace, Trace, usize)> {
    let t = &c.trace;
    let label = t.ops.iter().position(|o| o.opcode == Opcode::Label);
    let cands: Vec<usize> = (t.num_inputs()..t.ops.len())
        .filter(|&k| {
            matches!(
                t.ops[k].opcode,
                Opcode::GuardTrue | Opcode::GuardFalse | Opcode::GuardNonnull | Opcode::GuardIsnull
            ) && label.is_none_or(|l| k > l)
        })
        .collect();
    if cands.is_empty() {
        return None;
    }
    let k = cands[pick % cands.len()];
    // Values defined before g and used after it.
    let mut live: Vec<IrRef> = Vec::new();
    let mut note = |r: IrRef| {
        if r.index() < k && !live.contains(&r) {
            live.push(r);
        }
    };
    for op in &t.ops[k + 1..] {
        for a in &op.args {
            if let Opnd::Ref(r) = a {
                note(*r);
            }
        }
        if let Some(s) = op.snap {
            t.snap(s).refs().for_each(&mut note);
        }
    }
    live.sort();
    // L: insert g' before g.
    let mut l = t.clone();
    remap(&mut l, &|r: IrRef| {
        if r.index() >= k {
            IrRef::new(r.index() + 1)
        } else {
            r
        }
    });
    let g = &t.ops[k];
    let inv = match g.opcode {
        Opcode::GuardTrue => Opcode::GuardFalse,
        Opcode::GuardFalse => Opcode::GuardTrue,
        Opcode::GuardNonnull => Opcode::GuardIsnull,
        _ => Opcode::GuardNonnull,
    };
    let snap = l.snapshot(Snapshot::single(
        live.iter().map(|r| SnapValue::Ref(*r)).collect(),
    ));
    let mut gp = coil_ir::Op::new(inv, &g.args, Descr::None);
    gp.snap = Some(snap);
    l.ops.insert(k, gp);
    // B: the ops after g over inputs `live`.
    let mut b = Trace::new();
    b.descrs = t.descrs.clone();
    b.texts = t.texts.clone();
    b.class_field = t.class_field;
    for r in &live {
        b.input(t.ops[r.index()].ty);
    }
    let n_in = live.len();
    let map = |r: IrRef| -> Option<IrRef> {
        if r.index() < k {
            live.iter().position(|x| *x == r).map(IrRef::new)
        } else {
            Some(IrRef::new(n_in + r.index() - (k + 1)))
        }
    };
    for op in &t.ops[k + 1..] {
        let mut nop = op.clone();
        for a in &mut nop.args {
            *a = match *a {
                Opnd::Ref(r) => Opnd::Ref(map(r)?),
                Opnd::Const(cid) => b.c(t.konst(cid)),
            };
        }
        if let Some(s) = op.snap {
            let mut ns = t.snap(s).clone();
            let mut fix = |v: &mut SnapValue| -> Option<()> {
                match *v {
                    SnapValue::Ref(r) => *v = SnapValue::Ref(map(r)?),
                    SnapValue::Const(cid) => {
                        *v = SnapValue::Const(b.consts.add(t.konst(cid)));
                    }
                    _ => {}
                }
                Some(())
            };
            for fr in &mut ns.frames {
                for v in &mut fr.slots {
                    fix(v)?;
                }
            }
            for v in &mut ns.virtuals {
                match v {
                    VirtualDesc::Struct { fields, .. } => {
                        for x in fields {
                            fix(&mut x.1)?;
                        }
                    }
                    VirtualDesc::Array { items, .. } => {
                        for x in items {
                            fix(x)?;
                        }
                    }
                }
            }
            nop.snap = Some(b.snapshot(ns));
        }
        b.ops.push(nop);
    }
    if coil_ir::verify(&l).is_err() || coil_ir::verify(&b).is_err() {
        return None;
    }
    Some((l, b, k))
}

/// Bridge check: the evaluator on the case's trace vs machine code of the split loop with
/// the bridge patched onto its inverted guard.
pub fn check_bridge(c: &Case, pick: usize) -> Result<Outcome, Failure> {
    let Some((l, b, at)) = split_for_bridge(c, pick) else {
        return Ok(Outcome::Skipped);
    };
    let Ok((e0, m0)) = crate::sim::run_eval(c, &c.trace) else {
        return Ok(Outcome::Skipped);
    };
    let (e1, m1, _) = crate::sim::run_jit_with_bridge(c, &l, Some((&b, at)))
        .map_err(|e| Failure::Backend(format!("bridge run: {e}")))?;
    coil_ir::equivalent((&e0, &m0), (&e1, &m1), &c.inputs).map_err(|e| {
        Failure::Backend(format!(
            "loop + bridge differ from the evaluator: {e}\nloop:\n{}bridge:\n{}",
            l.print(),
            b.print()
        ))
    })?;
    Ok(Outcome::Agree)
}
