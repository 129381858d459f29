//! UNROLL: loop peeling. One iteration becomes a preamble; the loop that follows runs
//! with what the preamble established, so loop-invariant guards, loads and allocations
//! stay in the preamble.
//!
//! A loop trace is `label(inputs, T) body jump(args, T)`. The body is optimized twice:
//!
//! 1. As the *preamble*, starting from nothing known. At its end the optimizer knows
//!    facts about the values that go round the loop (the jump arguments): ranges,
//!    classes, non-nullness, constants, and which of them are virtual objects (with
//!    what fields). It also remembers loads and pure results computed from loop
//!    invariants (inputs the jump passes back unchanged).
//! 2. As the *loop*, starting from a new label whose arguments are the jump arguments
//!    *exploded*: each virtual contributes its fields instead of itself (so a
//!    loop-carried object is never allocated; a second position holding the same virtual
//!    is an alias of the first and contributes nothing, so `prev = cur` keeps one object
//!    under two names), each constant contributes nothing. The
//!    loop body is optimized assuming the facts of step 1 (its shapes) hold at the label,
//!    and with the remembered loads/pure results available as extra label arguments
//!    ("extras"), so a repeated `getfield(p0, f)` on an invariant `p0` becomes a label
//!    argument instead of a load.
//!
//! The assumptions must hold on every later iteration too, so at the loop's jump each
//! one is checked against what is known there: a range that does not contain the new
//! range is widened, a class or non-nullness that is not re-established is dropped, a
//! constant that changed becomes a variable, a virtual that escaped (or changed shape)
//! becomes a real object, and each extra used by the loop is recomputed by re-running
//! its recipe (the load or pure op) on the new values, which the heap and pure caches
//! usually answer for free. If anything had to be weakened, step 2 is redone with the
//! weaker assumptions (a fixed point, reached in a few rounds; the weakest assumptions
//! always hold). This replaces PyPy's virtual-state comparison and short preamble with
//! one mechanism: re-optimization until the loop's entry assumptions are invariant.

use std::collections::BTreeSet;

use rustc_hash::{FxHashMap, FxHashSet};

use coil_ir::{Const, ConstId, Descr, FieldId, IrRef, Op, Opcode, Opnd, TargetId, Trace, Type};

use crate::info::{IntBound, PtrInfo};
use crate::optimizer::{BoxId, Decision, Optimizer, Stage};
use crate::pipeline::{OptError, Pass, PassSet};
use crate::stats::Stats;
use crate::virtualize::VKind;

const MAX_ATTEMPTS: usize = 8;
const MAX_EXTRAS: usize = 48;
const MAX_DEPTH: usize = 3;

/// What the loop assumes about one value at its label.
#[derive(Clone, Debug, PartialEq)]
enum Shape {
    /// A known constant (no label argument).
    Const(Const),
    /// A plain value with facts (one label argument).
    Leaf {
        ty: Type,
        bound: IntBound,
        class: Option<i64>,
        nonnull: bool,
        /// A tagged small int (refs only).
        tagged: bool,
    },
    /// The same virtual object as the label value at this earlier top-level position
    /// (two locals naming one loop-carried object; no label argument). Only at the top
    /// level, and only of a position whose shape is `Virtual`.
    Alias(usize),
    /// A virtual object (its fields' shapes; no allocation).
    Virtual {
        kind: VKind,
        fields: Vec<(FieldId, Shape)>,
        items: Vec<Shape>,
    },
}

impl Shape {
    fn bare(ty: Type) -> Shape {
        Shape::Leaf {
            ty,
            bound: IntBound::FULL,
            class: None,
            nonnull: false,
            tagged: false,
        }
    }
}

/// An operand of an extra's recipe, relative to the loop label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum ERef {
    Leaf(usize),
    Extra(usize),
    Const(ConstId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum ExtraKind {
    Field,
    Raw,
    Item,
    Pure,
}

/// A value the preamble knows and the loop may reuse: a load or pure op on invariants.
#[derive(Clone, Debug)]
struct Extra {
    kind: ExtraKind,
    opcode: Opcode,
    args: Vec<ERef>,
    descr: Descr,
    /// Its value in the preamble.
    pre: Opnd,
    shape: Shape,
}

type ExtraKey = (Opcode, Vec<ERef>, Descr);

fn shape_of(o: &Optimizer, v: Opnd, depth: usize, shared: &FxHashSet<BoxId>) -> Shape {
    match o.get(v) {
        Opnd::Const(c) => Shape::Const(o.out.konst(c)),
        Opnd::Ref(b) => {
            if let Some(virt) = o.virt.get(b) {
                if depth < MAX_DEPTH && !shared.contains(&b) {
                    let virt = virt.clone();
                    return Shape::Virtual {
                        kind: virt.kind.clone(),
                        fields: virt
                            .fields
                            .iter()
                            .map(|(f, fv)| (*f, shape_of(o, *fv, depth + 1, shared)))
                            .collect(),
                        items: virt
                            .items
                            .iter()
                            .map(|iv| shape_of(o, *iv, depth + 1, shared))
                            .collect(),
                    };
                }
            }
            leaf_of(o, Opnd::Ref(b))
        }
    }
}

fn leaf_of(o: &Optimizer, v: Opnd) -> Shape {
    let v = o.get(v);
    if let Some(c) = o.konst(v) {
        return Shape::Const(c);
    }
    let ty = o.ty(v);
    let p = if ty == Type::Ref {
        o.ptr(v)
    } else {
        PtrInfo::default()
    };
    Shape::Leaf {
        ty,
        bound: if ty == Type::Int {
            o.bound(v)
        } else {
            IntBound::FULL
        },
        class: p.class,
        nonnull: p.nonnull,
        tagged: ty == Type::Ref && o.is_tagged(v),
    }
}

/// Virtual boxes reachable more than once from `vals` (they must stay real objects to
/// keep their identity). Positions marked in `skip` are left out (aliases of an earlier
/// position, which the label passes once).
fn shared_virtuals(o: &Optimizer, vals: &[Opnd], skip: &[bool]) -> FxHashSet<BoxId> {
    let mut seen = FxHashSet::default();
    let mut shared = FxHashSet::default();
    let mut work: Vec<Opnd> = vals
        .iter()
        .enumerate()
        .filter(|(k, _)| !skip.get(*k).copied().unwrap_or(false))
        .map(|(_, v)| *v)
        .collect();
    while let Some(v) = work.pop() {
        if let Some(b) = o.virtual_of(v) {
            if !seen.insert(b) {
                shared.insert(b);
                continue;
            }
            let virt = &o.virt.objs[&b];
            work.extend(virt.fields.iter().map(|f| f.1));
            work.extend(virt.items.iter().copied());
        }
    }
    shared
}

/// Top-level positions of `vals` holding the same virtual as an earlier position:
/// `alias[k] = Some(j)`, `j` the first position holding it.
fn top_aliases(o: &Optimizer, vals: &[Opnd]) -> Vec<Option<usize>> {
    let mut first: FxHashMap<BoxId, usize> = FxHashMap::default();
    vals.iter()
        .enumerate()
        .map(|(k, v)| {
            let b = o.virtual_of(*v)?;
            match first.get(&b) {
                Some(&j) => Some(j),
                None => {
                    first.insert(b, k);
                    None
                }
            }
        })
        .collect()
}

/// The shapes of the jump values `vals` at the end of the preamble.
fn shapes_at(o: &Optimizer, vals: &[Opnd]) -> Vec<Shape> {
    let alias = top_aliases(o, vals);
    let skip: Vec<bool> = alias.iter().map(Option::is_some).collect();
    let shared = shared_virtuals(o, vals, &skip);
    let mut shapes: Vec<Shape> = Vec::with_capacity(vals.len());
    for (k, v) in vals.iter().enumerate() {
        let s = match alias[k] {
            Some(j) if matches!(shapes[j], Shape::Virtual { .. }) => Shape::Alias(j),
            _ => shape_of(o, *v, 0, &shared),
        };
        shapes.push(s);
    }
    // A virtual also reachable through a field is shared: a leaf (one real object) at
    // every position.
    shapes
}

/// Label-argument values of `v` under `s`, in order (forcing leaf virtuals if `force`).
fn flatten(o: &mut Optimizer, s: &Shape, v: Opnd, force: bool, out: &mut Vec<Opnd>) {
    match s {
        Shape::Const(_) | Shape::Alias(_) => {}
        Shape::Leaf { .. } => {
            let v = if force { o.force_value(v) } else { o.get(v) };
            out.push(v);
        }
        Shape::Virtual { fields, items, .. } => {
            let virt = o.virtual_of(v).and_then(|b| o.virt.get(b).cloned());
            for (f, fs) in fields {
                let fv = match virt.as_ref().and_then(|x| x.field(*f)) {
                    Some(x) => x,
                    None => {
                        let ty = o.field_type(*f);
                        o.c(Const::zero(ty))
                    }
                };
                flatten(o, fs, fv, force, out);
            }
            for (k, is) in items.iter().enumerate() {
                let iv = match virt.as_ref().and_then(|x| x.items.get(k).copied()) {
                    Some(x) => x,
                    None => o.c_int(0),
                };
                flatten(o, is, iv, force, out);
            }
        }
    }
}

/// Creates the loop-entry value of a shape in the loop's optimizer.
fn build(o: &mut Optimizer, s: &Shape, leaves: &mut Vec<BoxId>) -> Opnd {
    match s {
        Shape::Const(c) => o.c(*c),
        // Resolved by the caller (top level only); a bare value is always correct.
        Shape::Alias(_) => {
            let b = o.new_input(Type::Ref);
            leaves.push(b);
            Opnd::Ref(b)
        }
        Shape::Leaf {
            ty,
            bound,
            class,
            nonnull,
            tagged,
        } => {
            let b = o.new_input(*ty);
            if *ty == Type::Int && *bound != IntBound::FULL {
                o.bounds.insert(b, *bound);
            }
            if *ty == Type::Ref && (*nonnull || class.is_some() || *tagged) {
                o.ptrs.insert(
                    b,
                    PtrInfo {
                        nonnull: *nonnull || class.is_some(),
                        class: *class,
                        last_guard: None,
                        tagged: *tagged,
                    },
                );
            }
            leaves.push(b);
            Opnd::Ref(b)
        }
        Shape::Virtual {
            kind,
            fields,
            items,
        } => {
            let fv: Vec<(FieldId, Opnd)> = fields
                .iter()
                .map(|(f, fs)| (*f, build(o, fs, leaves)))
                .collect();
            let iv: Vec<Opnd> = items.iter().map(|is| build(o, is, leaves)).collect();
            Opnd::Ref(o.new_virtual_box(kind.clone(), fv, iv))
        }
    }
}

/// Checks that `v` (at the loop's jump) satisfies shape `s`; returns the weakened shape
/// if not.
fn check(o: &mut Optimizer, s: &Shape, v: Opnd, shared: &FxHashSet<BoxId>) -> Option<Shape> {
    let v = o.get(v);
    match s {
        Shape::Const(c) => (o.konst(v) != Some(*c)).then(|| Shape::bare(c.ty())),
        // Checked by the caller against the aliased position.
        Shape::Alias(_) => None,
        Shape::Leaf {
            ty,
            bound,
            class,
            nonnull,
            tagged,
        } => {
            let (mut nb, mut nc, mut nn, mut nt) = (*bound, *class, *nonnull, *tagged);
            if *ty == Type::Int {
                let eb = o.bound(v);
                if !eb.within(*bound) {
                    nb = bound.widen(eb);
                }
            }
            if *ty == Type::Ref {
                let p = o.ptr(v);
                if class.is_some() && p.class != *class {
                    nc = None;
                }
                if *nonnull && !p.nonnull && nc.is_none() {
                    nn = false;
                }
                if *tagged && !o.is_tagged(v) {
                    nt = false;
                }
            }
            let n = Shape::Leaf {
                ty: *ty,
                bound: nb,
                class: nc,
                nonnull: nn || nc.is_some(),
                tagged: nt,
            };
            (n != *s).then_some(n)
        }
        Shape::Virtual {
            kind,
            fields,
            items,
        } => {
            let Some(vb) = o.virtual_of(v) else {
                return Some(Shape::bare(Type::Ref));
            };
            if shared.contains(&vb) {
                return Some(Shape::bare(Type::Ref));
            }
            let virt = o.virt.objs[&vb].clone();
            if virt.kind != *kind || virt.items.len() != items.len() {
                return Some(Shape::bare(Type::Ref));
            }
            let mut changed = false;
            let mut nf = fields.clone();
            for (f, fs) in nf.iter_mut() {
                let fv = match virt.field(*f) {
                    Some(x) => x,
                    None => {
                        let ty = o.field_type(*f);
                        o.c(Const::zero(ty))
                    }
                };
                if let Some(n) = check(o, fs, fv, shared) {
                    *fs = n;
                    changed = true;
                }
            }
            for (f, fv) in &virt.fields {
                if fields.iter().any(|x| x.0 == *f) {
                    continue;
                }
                let zero = Shape::Const(Const::zero(o.field_type(*f)));
                if let Some(n) = check(o, &zero, *fv, shared) {
                    nf.push((*f, n));
                    changed = true;
                }
            }
            let mut ni = items.clone();
            for (k, is) in ni.iter_mut().enumerate() {
                if let Some(n) = check(o, is, virt.items[k], shared) {
                    *is = n;
                    changed = true;
                }
            }
            changed.then(|| Shape::Virtual {
                kind: kind.clone(),
                fields: nf,
                items: ni,
            })
        }
    }
}

/// Facts of the preamble the loop may reuse, as recipes over invariant label values.
fn collect_extras(
    o1: &Optimizer,
    invariant_leaves: &[(usize, Opnd)],
    weakened: &FxHashMap<ExtraKey, Shape>,
) -> Vec<Extra> {
    let mut expr: FxHashMap<BoxId, ERef> = FxHashMap::default();
    for (idx, v) in invariant_leaves {
        if let Opnd::Ref(b) = v {
            expr.entry(*b).or_insert(ERef::Leaf(*idx));
        }
    }
    let mut extras: Vec<Extra> = Vec::new();
    let mut keys: FxHashSet<ExtraKey> = FxHashSet::default();
    let fields = o1.heap_field_entries();
    let items = o1.heap_item_entries();
    let raws = o1.heap_raw_entries();
    let pures = o1.pure_entries();
    loop {
        let mut progress = false;
        let eref = |expr: &FxHashMap<BoxId, ERef>, o: Opnd| match o {
            Opnd::Const(c) => Some(ERef::Const(c)),
            Opnd::Ref(b) => expr.get(&b).copied(),
        };
        let mut cands: Vec<(ExtraKind, Opcode, Vec<Opnd>, Descr, Opnd)> = Vec::new();
        for (f, obj, val) in &fields {
            cands.push((
                ExtraKind::Field,
                Opcode::getfield_for(o1.field_type(*f)),
                vec![*obj],
                Descr::Field(*f),
                *val,
            ));
        }
        for (f, addr, val) in &raws {
            let ty = o1.field_type(*f);
            cands.push((
                ExtraKind::Raw,
                if ty == Type::Float {
                    Opcode::GetfieldRawF
                } else {
                    Opcode::GetfieldRawI
                },
                vec![*addr],
                Descr::Field(*f),
                *val,
            ));
        }
        for (a, arr, idx, val) in &items {
            let ty = o1.out.descrs.a(*a).item_ty;
            cands.push((
                ExtraKind::Item,
                Opcode::getarrayitem_for(ty),
                vec![*arr, *idx],
                Descr::Array(*a),
                *val,
            ));
        }
        for ((opc, args, d), val) in &pures {
            cands.push((ExtraKind::Pure, *opc, args.to_vec(), *d, *val));
        }
        for (kind, opcode, args, descr, val) in cands {
            if extras.len() >= MAX_EXTRAS {
                break;
            }
            if o1.virtual_of(val).is_some() {
                continue;
            }
            let Some(eargs) = args
                .iter()
                .map(|a| eref(&expr, *a))
                .collect::<Option<Vec<ERef>>>()
            else {
                continue;
            };
            let key = (opcode, eargs.clone(), descr);
            if !keys.insert(key.clone()) {
                continue;
            }
            let shape = weakened
                .get(&key)
                .cloned()
                .unwrap_or_else(|| leaf_of(o1, val));
            if let Opnd::Ref(b) = val {
                expr.entry(b).or_insert(ERef::Extra(extras.len()));
            }
            extras.push(Extra {
                kind,
                opcode,
                args: eargs,
                descr,
                pre: val,
                shape,
            });
            progress = true;
        }
        if !progress || extras.len() >= MAX_EXTRAS {
            break;
        }
    }
    extras
}

struct Loop<'a> {
    o2: Optimizer<'a>,
    leaves_in: Vec<BoxId>,
    extra_in: Vec<Opnd>,
    leaf_end: Vec<Opnd>,
    used: Vec<usize>,
    extra_end: Vec<Option<Opnd>>,
}

enum Attempt<'a> {
    Done(Box<Loop<'a>>),
    /// Weaker shapes, weaker extras, and whether `guard_not_invalidated` may still be
    /// assumed at the label.
    Weaken(Vec<Shape>, Vec<(usize, Shape)>, bool),
    Invalid(String),
}

fn extra_end(
    o2: &mut Optimizer,
    extras: &[Extra],
    leaf_end: &[Opnd],
    end: &mut Vec<Option<Opnd>>,
    e: usize,
) -> Opnd {
    if let Some(v) = end[e] {
        return v;
    }
    let args: Vec<Opnd> = extras[e]
        .args
        .iter()
        .map(|r| match r {
            ERef::Leaf(j) => leaf_end[*j],
            ERef::Extra(d) => extra_end(o2, extras, leaf_end, end, *d),
            ERef::Const(c) => Opnd::Const(*c),
        })
        .collect();
    let v = o2.emit_new(
        Stage::IntBounds,
        Op::new(extras[e].opcode, &args, extras[e].descr),
    );
    let v = o2.force_value(v);
    end[e] = Some(v);
    v
}

fn attempt<'a>(
    input: &'a Trace,
    passes: PassSet,
    explain: bool,
    pools: Trace,
    shapes: &[Shape],
    extras: &[Extra],
    assume_valid: bool,
) -> Attempt<'a> {
    let n_in = input.num_inputs();
    let last = input.ops.len() - 1;
    let mut o2 = Optimizer::new(input, pools, passes);
    o2.explain = explain;
    o2.phase = "loop";
    o2.rw.not_invalidated = assume_valid;
    let mut leaves_in = Vec::new();
    for (k, s) in shapes.iter().enumerate() {
        let v = match s {
            Shape::Alias(j) => o2.map[*j].expect("aliased position built first"),
            _ => build(&mut o2, s, &mut leaves_in),
        };
        o2.map[k] = Some(v);
    }
    let mut extra_in: Vec<Opnd> = Vec::new();
    for (i, e) in extras.iter().enumerate() {
        let mut dummy = Vec::new();
        let v = build(&mut o2, &e.shape, &mut dummy);
        let args: Vec<Opnd> = e
            .args
            .iter()
            .map(|r| match r {
                ERef::Leaf(j) => Opnd::Ref(leaves_in[*j]),
                ERef::Extra(d) => extra_in[*d],
                ERef::Const(c) => Opnd::Const(*c),
            })
            .collect();
        match (e.kind, e.descr) {
            (ExtraKind::Field, Descr::Field(f)) => o2.heap_import_field(f, args[0], v, i),
            (ExtraKind::Raw, Descr::Field(f)) => o2.heap_import_raw(f, args[0], v, i),
            (ExtraKind::Item, Descr::Array(a)) => o2.heap_import_item(a, args[0], args[1], v, i),
            _ => {
                let key = o2.pure_key(e.opcode, &args, e.descr);
                o2.pure_import(key, v, i);
            }
        }
        extra_in.push(v);
    }
    for r in n_in + 1..last {
        o2.process(IrRef::new(r));
    }
    o2.cur = Some(IrRef::new(last));
    if let Some(why) = o2.invalid.take() {
        return Attempt::Invalid(why);
    }
    let jargs: Vec<Opnd> = input.ops[last]
        .args
        .iter()
        .map(|a| o2.map_arg(*a))
        .collect();
    // An alias holds when its position names the same virtual as the aliased one.
    let skip: Vec<bool> = shapes
        .iter()
        .enumerate()
        .map(|(k, s)| match s {
            Shape::Alias(j) => {
                o2.virtual_of(jargs[k]).is_some()
                    && o2.virtual_of(jargs[k]) == o2.virtual_of(jargs[*j])
            }
            _ => false,
        })
        .collect();
    let shared = shared_virtuals(&o2, &jargs, &skip);
    let mut new_shapes = shapes.to_vec();
    let mut changed = false;
    for (k, s) in shapes.iter().enumerate() {
        if matches!(s, Shape::Alias(_)) && !skip[k] {
            new_shapes[k] = Shape::bare(Type::Ref);
            changed = true;
        } else if let Some(n) = check(&mut o2, s, jargs[k], &shared) {
            new_shapes[k] = n;
            changed = true;
        }
    }
    // An alias of a position that stopped being virtual becomes a plain value.
    for k in 0..new_shapes.len() {
        if let Shape::Alias(j) = new_shapes[k] {
            if !matches!(new_shapes[j], Shape::Virtual { .. }) {
                new_shapes[k] = Shape::bare(Type::Ref);
                changed = true;
            }
        }
    }
    if changed {
        return Attempt::Weaken(new_shapes, vec![], assume_valid);
    }
    let mut leaf_end = Vec::new();
    for (k, s) in shapes.iter().enumerate() {
        flatten(&mut o2, s, jargs[k], true, &mut leaf_end);
    }
    let mut end: Vec<Option<Opnd>> = vec![None; extras.len()];
    let mut used: BTreeSet<usize> = BTreeSet::new();
    loop {
        let hits: Vec<usize> = o2
            .heap
            .hits
            .drain(..)
            .chain(o2.pure.hits.drain(..))
            .collect();
        let fresh: Vec<usize> = hits.into_iter().filter(|h| used.insert(*h)).collect();
        let todo: Vec<usize> = used.iter().copied().filter(|e| end[*e].is_none()).collect();
        if fresh.is_empty() && todo.is_empty() {
            break;
        }
        for e in todo {
            extra_end(&mut o2, extras, &leaf_end, &mut end, e);
        }
    }
    let mut weak = Vec::new();
    for &e in &used {
        if let Some(v) = end[e] {
            if let Some(n) = check(&mut o2, &extras[e].shape, v, &FxHashSet::default()) {
                weak.push((e, n));
            }
        }
    }
    if let Some(why) = o2.invalid.take() {
        return Attempt::Invalid(why);
    }
    // Nothing in the loop may invalidate what the label assumes.
    let still_valid = assume_valid && o2.rw.not_invalidated;
    if !weak.is_empty() || still_valid != assume_valid {
        return Attempt::Weaken(shapes.to_vec(), weak, still_valid);
    }
    Attempt::Done(Box::new(Loop {
        o2,
        leaves_in,
        extra_in,
        leaf_end,
        used: used.into_iter().collect(),
        extra_end: end,
    }))
}

/// Optimizes a trace: with loop peeling if it is a loop and `unroll` is on, else in
/// one sweep.
pub fn run(
    input: &Trace,
    passes: PassSet,
    explain: bool,
) -> Result<(Trace, Stats, Vec<Decision>), OptError> {
    let n_in = input.num_inputs();
    let ops = &input.ops;
    let is_loop = passes.has(Pass::Unroll)
        && ops.len() > n_in + 1
        && ops[n_in].opcode == Opcode::Label
        && ops[n_in].args.len() == n_in
        && ops[n_in]
            .args
            .iter()
            .enumerate()
            .all(|(k, a)| *a == Opnd::Ref(IrRef::new(k)))
        && ops
            .last()
            .is_some_and(|l| l.opcode == Opcode::Jump && l.descr == ops[n_in].descr)
        && !ops[n_in + 1..].iter().any(|o| o.opcode == Opcode::Label);
    if !is_loop {
        return straight(input, passes, explain);
    }
    let last = ops.len() - 1;
    let max_target = ops
        .iter()
        .filter_map(|o| match o.descr {
            Descr::Target(t) => Some(t.0),
            _ => None,
        })
        .max()
        .unwrap_or(0);
    let loop_target = TargetId(max_target + 1);

    // Step 1: the preamble.
    let mut o1 = Optimizer::new(input, Optimizer::pools_of(input), passes);
    o1.explain = explain;
    o1.phase = "preamble";
    for (k, op) in ops.iter().enumerate().take(n_in) {
        let b = o1.new_input(op.ty);
        o1.map[k] = Some(Opnd::Ref(b));
    }
    let inputs: Vec<Opnd> = (0..n_in).map(|k| o1.mapped(IrRef::new(k))).collect();
    let lb = o1.new_box(Op::new(Opcode::Label, &inputs, ops[n_in].descr));
    o1.emit(lb);
    for r in n_in + 1..last {
        o1.process(IrRef::new(r));
    }
    if let Some(why) = o1.invalid.take() {
        return Err(OptError::Invalid(why));
    }
    let jvals: Vec<Opnd> = ops[last].args.iter().map(|a| o1.map_arg(*a)).collect();
    let mut shapes: Vec<Shape> = shapes_at(&o1, &jvals);
    let mut weakened: FxHashMap<ExtraKey, Shape> = FxHashMap::default();
    let mut notes: Vec<Decision> = Vec::new();
    let mut unroll_note = |what: String| {
        if explain {
            notes.push(Decision {
                at: None,
                phase: "loop",
                pass: Pass::Unroll,
                what,
            });
        }
    };
    let mut assume_valid = o1.rw.not_invalidated;
    let mut stats_attempts = 0;
    let mut result = None;
    for round in 0..=MAX_ATTEMPTS {
        stats_attempts += 1;
        // The last round assumes nothing, which always holds.
        let weakest = round == MAX_ATTEMPTS;
        if weakest {
            shapes = jvals.iter().map(|v| Shape::bare(o1.ty(*v))).collect();
        }
        // Leaves of positions the loop passes back unchanged are invariant.
        let mut leaf_vals = Vec::new();
        let mut invariant = Vec::new();
        for (k, s) in shapes.iter().enumerate() {
            let start = leaf_vals.len();
            flatten(&mut o1, s, jvals[k], false, &mut leaf_vals);
            let passes_back = ops[last].args[k] == Opnd::Ref(IrRef::new(k));
            if passes_back && matches!(s, Shape::Leaf { .. }) {
                invariant.push((start, leaf_vals[start]));
            }
        }
        let extras = if weakest {
            vec![]
        } else {
            collect_extras(&o1, &invariant, &weakened)
        };
        if weakest {
            assume_valid = false;
        }
        match attempt(
            input,
            passes,
            explain,
            o1.out.clone(),
            &shapes,
            &extras,
            assume_valid,
        ) {
            Attempt::Done(l) => {
                result = Some((l, extras));
                break;
            }
            Attempt::Weaken(ns, we, valid) => {
                let moved: Vec<String> = ns
                    .iter()
                    .zip(&shapes)
                    .enumerate()
                    .filter(|(_, (a, b))| a != b)
                    .map(|(k, (a, b))| format!("input {k}: {} -> {}", show_shape(b), show_shape(a)))
                    .collect();
                unroll_note(format!(
                    "round {round}: loop entry assumptions do not hold at the jump, weakened: {}{}{}",
                    moved.join(", "),
                    if we.is_empty() { String::new() } else { format!(" ({} hoisted values)", we.len()) },
                    if valid != assume_valid { " (guard_not_invalidated no longer assumed)" } else { "" }
                ));
                shapes = ns;
                assume_valid = valid;
                for (e, n) in we {
                    let x = &extras[e];
                    weakened.insert((x.opcode, x.args.clone(), x.descr), n);
                }
            }
            Attempt::Invalid(why) => {
                // Every assumption is a fact about the second iteration's entry, so a
                // guard that must fail under them fails on every second iteration:
                // the loop can never go round (PyPy's InvalidLoop).
                return Err(OptError::Invalid(format!("loop body: {why}")));
            }
        }
    }
    let Some((mut lp, extras)) = result else {
        return Err(OptError::Internal("unroll did not converge".into()));
    };

    // The preamble's end: label arguments.
    let mut pre_vals = Vec::new();
    o1.cur = Some(IrRef::new(last));
    for (k, s) in shapes.iter().enumerate() {
        flatten(&mut o1, s, jvals[k], true, &mut pre_vals);
    }
    let mut jump_vals = lp.leaf_end.clone();
    let mut body_in: Vec<BoxId> = lp.leaves_in.clone();
    for &e in &lp.used {
        if matches!(extras[e].shape, Shape::Leaf { .. }) {
            pre_vals.push(extras[e].pre);
            jump_vals.push(lp.extra_end[e].unwrap_or(extras[e].pre));
            if let Opnd::Ref(b) = lp.extra_in[e] {
                body_in.push(b);
            }
        }
    }
    let label_vals = o1.label_args(&pre_vals);
    let jb = lp.o2.new_box(Op::new(
        Opcode::Jump,
        &jump_vals,
        Descr::Target(loop_target),
    ));
    lp.o2.emit(jb);

    let mut out = Optimizer::pools_of(input);
    let m1 = o1.assemble_into(&mut out, &FxHashMap::default(), false, &label_vals)?;
    let label_refs: Vec<IrRef> = label_vals
        .iter()
        .map(|v| match v {
            Opnd::Ref(b) => m1
                .get(b)
                .copied()
                .ok_or_else(|| OptError::Internal("label argument not emitted".into())),
            Opnd::Const(_) => Err(OptError::Internal("constant label argument".into())),
        })
        .collect::<Result<_, _>>()?;
    let largs: Vec<Opnd> = label_refs.iter().map(|r| Opnd::Ref(*r)).collect();
    out.push(Op::new(Opcode::Label, &largs, Descr::Target(loop_target)));
    let pre: FxHashMap<BoxId, IrRef> = body_in
        .iter()
        .copied()
        .zip(label_refs.iter().copied())
        .collect();
    lp.o2.assemble_into(&mut out, &pre, true, &[])?;
    let mut stats = o1.stats.clone();
    stats += &lp.o2.stats;
    stats.unroll_attempts = stats_attempts;
    stats.invariant = lp.used.len() as u64;
    for &e in &lp.used {
        let x = &extras[e];
        let d = match x.descr {
            Descr::None => String::new(),
            d => format!(", descr={}", o1.out.fmt_descr(d)),
        };
        unroll_note(format!(
            "hoisted out of the loop: {}(..{d})",
            x.opcode.name()
        ));
    }
    unroll_note(format!(
        "loop entry: {} label arguments for {} loop inputs; shapes {}",
        largs.len(),
        shapes.len(),
        shapes.iter().map(show_shape).collect::<Vec<_>>().join(", ")
    ));
    let mut decisions = std::mem::take(&mut o1.decisions);
    decisions.append(&mut lp.o2.decisions);
    decisions.extend(notes);
    Ok((out, stats, decisions))
}

fn show_shape(s: &Shape) -> String {
    match s {
        Shape::Const(c) => coil_ir::printer::fmt_const(*c),
        Shape::Alias(j) => format!("same as input {j}"),
        Shape::Leaf {
            ty,
            bound,
            class,
            nonnull,
            tagged,
        } => {
            let mut t = ty.prefix().to_string();
            if *tagged {
                t += " tagged";
            }
            if *ty == Type::Int && *bound != IntBound::FULL {
                t += &bound.to_string();
            }
            if let Some(c) = class {
                t += &format!(" class {c}");
            } else if *nonnull {
                t += " nonnull";
            }
            t
        }
        Shape::Virtual { fields, items, .. } => {
            let inner: Vec<String> = fields
                .iter()
                .map(|f| show_shape(&f.1))
                .chain(items.iter().map(show_shape))
                .collect();
            format!("virtual{{{}}}", inner.join(", "))
        }
    }
}

/// One sweep over the whole trace.
fn straight(
    input: &Trace,
    passes: PassSet,
    explain: bool,
) -> Result<(Trace, Stats, Vec<Decision>), OptError> {
    let mut o = Optimizer::new(input, Optimizer::pools_of(input), passes);
    o.explain = explain;
    for k in 0..input.num_inputs() {
        let b = o.new_input(input.ops[k].ty);
        o.map[k] = Some(Opnd::Ref(b));
    }
    for r in input.num_inputs()..input.ops.len() {
        o.process(IrRef::new(r));
    }
    if let Some(why) = o.invalid.take() {
        return Err(OptError::Invalid(why));
    }
    let mut out = Optimizer::pools_of(input);
    o.assemble_into(&mut out, &FxHashMap::default(), false, &[])?;
    Ok((out, o.stats.clone(), std::mem::take(&mut o.decisions)))
}
