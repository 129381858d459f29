//! A real-memory mirror of the evaluator's simulated heap, test helpers with the
//! evaluator's call semantics, and the differential runner: evaluator vs machine code.
//!
//! Every object of an evaluator [`Heap`] becomes a real block (header word, fields at
//! their descr offsets, array length and items); the nursery is a test buffer filled with
//! garbage (so missing initialisation shows). After the run the reachable real objects are
//! read back into evaluator format (existing objects keep their synthetic addresses, new
//! ones get fresh ones) so [`coil_ir::equivalent`] can compare the two runs field by field.

use std::cell::{Cell, RefCell};

use coil_ir::eval::OBJ_ALIGN;
use coil_ir::{
    equivalent, ArrayDescr, Effect, EvalError, Exit, FieldDescr, Heap, Machine, Object, Trace,
    Type, Val,
};
use rustc_hash::FxHashMap;

use crate::asm::{compile, TraceKind};
use crate::exit::{decode_exit, narrow};
use crate::frame::{CompileParams, JitFrame};

/// Garbage written into fresh nursery and slow-path memory.
pub const POISON: u64 = 0xdead_beef_dead_beef;
/// Words of a mirrored struct.
pub const STRUCT_WORDS: usize = 64;
/// The write-barrier flag bit used in tests (bit 0 of the GC-flag half).
pub const WB_FLAG_BIT: u8 = 32;

thread_local! {
    static EXC: Cell<u64> = const { Cell::new(0) };
    static CALL_LOG: RefCell<Vec<(String, Vec<Val>)>> = const { RefCell::new(Vec::new()) };
    static SLOW_CHUNKS: RefCell<Vec<Box<[u64]>>> = const { RefCell::new(Vec::new()) };
    static WB_LOG: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// The evaluator's default call result (FNV-1a over the name and argument words).
pub fn default_hash(name: &str, args: &[u64], ty: Type) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for byte in name.bytes().map(u64::from).chain(args.iter().copied()) {
        h ^= byte;
        h = h.wrapping_mul(0x100000001b3);
    }
    match ty {
        Type::Float => ((h % 1000) as f64 / 8.0).to_bits(),
        Type::Ref => 0,
        _ => h % 10007,
    }
}

fn log(name: &str, args: Vec<Val>) {
    CALL_LOG.with(|l| l.borrow_mut().push((name.to_string(), args)));
}

extern "sysv64" fn h_ii_i(a: i64, b: i64) -> i64 {
    EXC.with(|e| e.set(0));
    log("hii_i", vec![Val::Int(a), Val::Int(b)]);
    default_hash("hii_i", &[a as u64, b as u64], Type::Int) as i64
}

extern "sysv64" fn h_f_f(a: f64) -> f64 {
    EXC.with(|e| e.set(0));
    log("hf_f", vec![Val::float(a)]);
    f64::from_bits(default_hash("hf_f", &[a.to_bits()], Type::Float))
}

#[allow(clippy::too_many_arguments)]
extern "sysv64" fn h_8(a: i64, b: f64, c: i64, d: i64, e: i64, f: i64, g: i64, h: i64) -> i64 {
    EXC.with(|x| x.set(0));
    let w = [
        a as u64,
        b.to_bits(),
        c as u64,
        d as u64,
        e as u64,
        f as u64,
        g as u64,
        h as u64,
    ];
    log(
        "h8",
        vec![
            Val::Int(a),
            Val::float(b),
            Val::Int(c),
            Val::Int(d),
            Val::Int(e),
            Val::Int(f),
            Val::Int(g),
            Val::Int(h),
        ],
    );
    default_hash("h8", &w, Type::Int) as i64
}

extern "sysv64" fn log_r(p: u64) {
    EXC.with(|e| e.set(0));
    log("log_r", vec![Val::Ref(p)]);
}

extern "sysv64" fn raise_neg(a: i64) -> i64 {
    log("raise_neg", vec![Val::Int(a)]);
    if a < 0 {
        EXC.with(|e| e.set(1));
        0
    } else {
        EXC.with(|e| e.set(0));
        default_hash("raise_neg", &[a as u64], Type::Int) as i64
    }
}

extern "sysv64" fn malloc_slowpath(size: u64) -> u64 {
    let words = (size as usize).div_ceil(8).max(1);
    let mut b = vec![POISON; words].into_boxed_slice();
    let p = b.as_mut_ptr() as u64;
    SLOW_CHUNKS.with(|c| c.borrow_mut().push(b));
    p
}

extern "sysv64" fn wb_slowpath(obj: u64) {
    WB_LOG.with(|l| l.borrow_mut().push(obj));
    // SAFETY: compiled code passes the address of a live object whose header is a word.
    unsafe {
        let h = obj as *mut u64;
        *h &= !(1u64 << WB_FLAG_BIT);
    }
}

/// The simulated functions tests may call: (name, address, argument types, result type).
pub fn helpers() -> Vec<(&'static str, u64, Vec<Type>, Type)> {
    use Type::*;
    vec![
        ("hii_i", h_ii_i as *const () as u64, vec![Int, Int], Int),
        ("hf_f", h_f_f as *const () as u64, vec![Float], Float),
        (
            "h8",
            h_8 as *const () as u64,
            vec![Int, Float, Int, Int, Int, Int, Int, Int],
            Int,
        ),
        ("log_r", log_r as *const () as u64, vec![Ref], Void),
        ("raise_neg", raise_neg as *const () as u64, vec![Int], Int),
    ]
}

/// Points every call descr at the helper of the same name.
pub fn resolve_calls(t: &mut Trace) -> Result<(), String> {
    let hs = helpers();
    for c in &mut t.descrs.calls {
        match hs.iter().find(|h| h.0 == c.name) {
            Some(h) => c.addr = h.1,
            None => return Err(format!("no test helper named {}", c.name)),
        }
    }
    Ok(())
}

/// A machine with the simulated functions whose behaviour differs from the default.
pub fn machine(heap: Heap, invalidated: bool) -> Machine {
    let mut m = Machine::new();
    m.heap = heap;
    m.invalidated = invalidated;
    m.register("raise_neg", |_, a| {
        if a[0].int() < 0 {
            Err(())
        } else {
            Ok(Val::Int(
                default_hash("raise_neg", &[a[0].bits()], Type::Int) as i64,
            ))
        }
    });
    m
}

/// Which fields structs have and which layouts are arrays (from a trace's descrs).
#[derive(Clone, Debug, Default)]
pub struct Schema {
    /// Struct fields, one per offset.
    pub fields: Vec<FieldDescr>,
    /// Array descrs by layout id.
    pub arrays: FxHashMap<u32, ArrayDescr>,
}

impl Schema {
    /// The schema a trace's descrs imply.
    pub fn of(t: &Trace) -> Schema {
        let mut s = Schema::default();
        for f in &t.descrs.fields {
            if f.offset > 0
                && (f.offset as usize) + 8 <= STRUCT_WORDS * 8
                && !s.fields.iter().any(|g| g.offset == f.offset)
            {
                s.fields.push(f.clone());
            }
        }
        for a in &t.descrs.arrays {
            s.arrays.entry(a.layout).or_insert_with(|| a.clone());
        }
        s
    }
}

/// The real-memory mirror.
pub struct RealHeap {
    _blocks: Vec<Box<[u64]>>,
    /// Real address of evaluator object k.
    pub addr_of: Vec<u64>,
    nursery: Box<[u64]>,
    /// [free, top] words.
    pub ptrs: Box<[u64; 2]>,
    /// The invalidation word.
    pub invalid: Box<u64>,
    /// The loop budget word (the evaluator's iteration cap).
    pub budget: Box<u64>,
    schema: Schema,
}

/// Reads `size` bytes at `addr` with the given extension.
///
/// # Safety
/// `addr` must be readable for `size` bytes.
unsafe fn read(addr: u64, size: u8, signed: bool) -> u64 {
    let p = addr as *const u8;
    let raw = match size {
        1 => *p as u64,
        2 => std::ptr::read_unaligned(p as *const u16) as u64,
        4 => std::ptr::read_unaligned(p as *const u32) as u64,
        _ => std::ptr::read_unaligned(p as *const u64),
    };
    narrow(raw, size, signed)
}

/// Writes the low `size` bytes of `v` at `addr`.
///
/// # Safety
/// `addr` must be writable for `size` bytes.
unsafe fn write(addr: u64, size: u8, v: u64) {
    let p = addr as *mut u8;
    match size {
        1 => *p = v as u8,
        2 => std::ptr::write_unaligned(p as *mut u16, v as u16),
        4 => std::ptr::write_unaligned(p as *mut u32, v as u32),
        _ => std::ptr::write_unaligned(p as *mut u64, v),
    }
}

impl RealHeap {
    /// Mirrors `heap`; objects whose index is in `flagged` get the write-barrier flag.
    pub fn mirror(
        heap: &Heap,
        schema: &Schema,
        nursery_words: usize,
        flagged: &[usize],
    ) -> Result<RealHeap, String> {
        let mut blocks = Vec::new();
        let mut addr_of = Vec::new();
        for o in &heap.objs {
            let words = match &o.items {
                Some(items) => {
                    let ad = schema
                        .arrays
                        .get(&o.layout)
                        .ok_or_else(|| format!("array layout {} unknown", o.layout))?;
                    let end = ad.base_offset as usize + items.len() * ad.item_size as usize;
                    end.div_ceil(8).max(ad.len_offset as usize / 8 + 1) + 1
                }
                None => STRUCT_WORDS,
            };
            let mut b = vec![0u64; words].into_boxed_slice();
            b[0] = o.layout as u64;
            addr_of.push(b.as_mut_ptr() as u64);
            blocks.push(b);
        }
        let tr = |v: Val, addr_of: &[u64]| -> u64 {
            match v {
                Val::Ref(p) if p != 0 => {
                    let k = (p / OBJ_ALIGN) as usize;
                    if p % OBJ_ALIGN == 0 && k >= 1 && k <= addr_of.len() {
                        addr_of[k - 1]
                    } else {
                        p
                    }
                }
                v => v.bits(),
            }
        };
        for (k, o) in heap.objs.iter().enumerate() {
            let base = addr_of[k];
            match &o.items {
                Some(items) => {
                    let ad = &schema.arrays[&o.layout];
                    // SAFETY: the block was sized for the length word and every item.
                    unsafe {
                        write(base + ad.len_offset as u64, 8, items.len() as u64);
                        for (i, v) in items.iter().enumerate() {
                            let at =
                                base + ad.base_offset as u64 + (i * ad.item_size as usize) as u64;
                            write(at, ad.item_size, tr(*v, &addr_of));
                        }
                    }
                }
                None => {
                    for (off, v) in &o.fields {
                        if *off <= 0 || *off as usize + 8 > STRUCT_WORDS * 8 {
                            return Err(format!("field offset {off} outside the mirror"));
                        }
                        // SAFETY: in bounds of the STRUCT_WORDS block (checked above).
                        unsafe { write(base + *off as u64, 8, tr(*v, &addr_of)) };
                    }
                }
            }
            if flagged.contains(&k) {
                blocks[k][0] |= 1 << WB_FLAG_BIT;
            }
        }
        let mut nursery = vec![POISON; nursery_words.max(1)].into_boxed_slice();
        let start = nursery.as_mut_ptr() as u64;
        let ptrs = Box::new([start, start + 8 * nursery_words as u64]);
        Ok(RealHeap {
            _blocks: blocks,
            addr_of,
            nursery,
            ptrs,
            invalid: Box::new(0),
            budget: Box::new(0),
            schema: schema.clone(),
        })
    }

    /// Compile parameters pointing at this heap and the test helpers.
    pub fn params(&self) -> CompileParams {
        CompileParams {
            nursery_free: &self.ptrs[0] as *const u64 as u64,
            nursery_top: &self.ptrs[1] as *const u64 as u64,
            malloc_slowpath: malloc_slowpath as *const () as u64,
            wb_slowpath: wb_slowpath as *const () as u64,
            wb_flag_bit: WB_FLAG_BIT,
            exc_addr: EXC.with(|e| e.as_ptr() as u64),
            invalidated_addr: &*self.invalid as *const u64 as u64,
            spill_base: 0,
            trace_id: 0,
            loop_budget_addr: &*self.budget as *const u64 as u64,
            iter_count_addr: 0,
            return_finish: false,
            direct: None,
        }
    }

    /// An evaluator value translated to this heap's addresses.
    pub fn to_real(&self, v: Val) -> Val {
        match v {
            Val::Ref(p) if p != 0 && p % OBJ_ALIGN == 0 => {
                let k = (p / OBJ_ALIGN) as usize;
                match self.addr_of.get(k.wrapping_sub(1)) {
                    Some(a) => Val::Ref(*a),
                    None => v,
                }
            }
            v => v,
        }
    }

    fn is_new(&self, a: u64) -> bool {
        let start = self.nursery.as_ptr() as u64;
        if a >= start && a < self.ptrs[0] && a < start + 8 * self.nursery.len() as u64 {
            return true;
        }
        SLOW_CHUNKS.with(|c| c.borrow().iter().any(|b| b.as_ptr() as u64 == a))
    }

    /// Reads the objects back into evaluator format; returns the heap and the map from
    /// real to synthetic addresses. `roots` are real addresses that must be mapped.
    pub fn read_back(&self, roots: &[u64]) -> Result<(Heap, FxHashMap<u64, u64>), String> {
        let mut heap = Heap::default();
        let mut map: FxHashMap<u64, u64> = FxHashMap::default();
        let mut work: Vec<(u64, usize)> = Vec::new();
        for (k, &a) in self.addr_of.iter().enumerate() {
            heap.objs.push(Object {
                layout: 0,
                fields: Default::default(),
                items: None,
            });
            map.insert(a, (k as u64 + 1) * OBJ_ALIGN);
            work.push((a, k));
        }
        let mut pending: Vec<u64> = roots.to_vec();
        loop {
            while let Some(a) = pending.pop() {
                if a == 0 || map.contains_key(&a) {
                    continue;
                }
                if !self.is_new(a) {
                    return Err(format!("foreign address {a:#x}"));
                }
                let k = heap.objs.len();
                heap.objs.push(Object {
                    layout: 0,
                    fields: Default::default(),
                    items: None,
                });
                map.insert(a, (k as u64 + 1) * OBJ_ALIGN);
                work.push((a, k));
            }
            let Some((a, k)) = work.pop() else { break };
            // SAFETY: `a` is a mirrored block or a nursery/slow-path object of a known
            // layout; reads stay within the sizes those layouts give.
            let layout = unsafe { read(a, 4, false) } as u32;
            let obj = &mut heap.objs[k];
            obj.layout = layout;
            if let Some(ad) = self.schema.arrays.get(&layout) {
                let len = unsafe { read(a + ad.len_offset as u64, 8, false) } as usize;
                if len > 1 << 20 {
                    return Err(format!("array at {a:#x} has length {len}"));
                }
                let mut items = Vec::with_capacity(len);
                for i in 0..len {
                    let at = a + ad.base_offset as u64 + (i * ad.item_size as usize) as u64;
                    let bits = unsafe { read(at, ad.item_size, ad.signed) };
                    let v = Val::from_bits(ad.item_ty, bits);
                    if let Val::Ref(p) = v {
                        pending.push(p);
                    }
                    items.push(v);
                }
                obj.items = Some(items);
            } else {
                for f in &self.schema.fields {
                    let size = if f.ty == Type::Int { f.size } else { 8 };
                    let bits = unsafe { read(a + f.offset as u64, size, f.signed) };
                    let v = Val::from_bits(f.ty, bits);
                    if let Val::Ref(p) = v {
                        pending.push(p);
                    }
                    obj.fields.insert(f.offset, v);
                }
            }
        }
        // Translate refs inside objects.
        for o in &mut heap.objs {
            for v in o.fields.values_mut() {
                if let Val::Ref(p) = v {
                    *p = map.get(p).copied().unwrap_or(*p);
                }
            }
            if let Some(items) = &mut o.items {
                for v in items {
                    if let Val::Ref(p) = v {
                        *p = map.get(p).copied().unwrap_or(*p);
                    }
                }
            }
        }
        Ok((heap, map))
    }
}

/// One differential test case.
#[derive(Clone, Debug)]
pub struct Case {
    /// The trace (call descrs are resolved to the test helpers by name).
    pub trace: Trace,
    /// Input values (refs are evaluator addresses).
    pub inputs: Vec<Val>,
    /// The initial heap.
    pub heap: Heap,
    /// guard_not_invalidated fails.
    pub invalidated: bool,
    /// Evaluator objects with the write-barrier flag set.
    pub flagged: Vec<usize>,
    /// Nursery size in words (small values exercise the slow path).
    pub nursery_words: usize,
}

/// Runs the evaluator.
pub fn run_eval(c: &Case, t: &Trace) -> Result<(Exit, Machine), EvalError> {
    let mut m = machine(c.heap.clone(), c.invalidated);
    let e = m.run(t, &c.inputs)?;
    Ok((e, m))
}

/// Compiles and runs `t`, then reads everything back into evaluator format.
pub fn run_jit(c: &Case, t: &Trace) -> Result<(Exit, Machine, usize), String> {
    run_jit_with_bridge(c, t, None)
}

/// Like [`run_jit`], with `bridge` (a side trace and the position of the guard of `t` it
/// is attached to) compiled as trace 1 and patched onto that guard's exit.
pub fn run_jit_with_bridge(
    c: &Case,
    t: &Trace,
    bridge: Option<(&Trace, usize)>,
) -> Result<(Exit, Machine, usize), String> {
    let mut t = t.clone();
    resolve_calls(&mut t)?;
    let bridge = match bridge {
        Some((b, at)) => {
            let mut b = b.clone();
            resolve_calls(&mut b)?;
            Some((b, at))
        }
        None => None,
    };
    let schema = Schema::of(&t);
    let rh = RealHeap::mirror(&c.heap, &schema, c.nursery_words, &c.flagged)?;
    let mut rh = rh;
    *rh.invalid = c.invalidated as u64;
    *rh.budget = Machine::new().max_iterations;
    let params = rh.params();
    let mut ct = compile(&t, &params, TraceKind::Loop, &FxHashMap::default()).map_err(|e| e.0)?;
    let (mut spill, mut io_words) = (ct.spill_words, ct.io_words);
    let mut bc = None;
    if let Some((b, at)) = &bridge {
        let bp = CompileParams {
            spill_base: ct.spill_words,
            trace_id: 1,
            ..params.clone()
        };
        let compiled = compile(b, &bp, TraceKind::Bridge, &ct.labels).map_err(|e| e.0)?;
        let idx = ct
            .exits
            .iter()
            .position(
                |x| matches!(x.kind, crate::asm::ExitKind::Guard { at: g, .. } if g.index() == *at),
            )
            .ok_or("bridge guard has no exit")?;
        ct.patch_exit(idx, compiled.addr()).map_err(|e| e.0)?;
        spill = spill.max(compiled.spill_words);
        io_words = io_words.max(compiled.io_words);
        bc = Some(compiled);
    }
    let mut frame = JitFrame::new(spill as usize, io_words as usize);
    for (k, v) in c.inputs.iter().enumerate() {
        frame.io_mut()[k] = rh.to_real(*v).bits();
    }
    CALL_LOG.with(|l| l.borrow_mut().clear());
    WB_LOG.with(|l| l.borrow_mut().clear());
    EXC.with(|e| e.set(0));
    // SAFETY: the inputs point at mirrored objects of the layouts the trace's descrs
    // describe (the evaluator ran the same trace on them without error), and the helper
    // addresses are the test helpers above; the bridge outlives the run.
    let id = unsafe { ct.run(&mut frame) }.map_err(|e| e.0)?;
    let (t, ct) = match (&bridge, &bc) {
        (Some((b, _)), Some(bc)) if id.trace() == 1 => (b.clone(), bc),
        _ => (t, &ct),
    };
    let info = ct
        .exits
        .get(id.index())
        .ok_or_else(|| format!("bad exit id {id:?}"))?
        .clone();
    let io: Vec<u64> = frame.io()[..info.values.len()].to_vec();
    let log = CALL_LOG.with(|l| std::mem::take(&mut *l.borrow_mut()));
    let mut roots = Vec::new();
    for (o, w) in info.values.iter().zip(&io) {
        if t.ty(*o) == Type::Ref {
            roots.push(*w);
        }
    }
    for (_, args) in &log {
        for a in args {
            if let Val::Ref(p) = a {
                roots.push(*p);
            }
        }
    }
    let (mut heap, map) = rh.read_back(&roots)?;
    let io_syn: Vec<u64> = info
        .values
        .iter()
        .zip(&io)
        .map(|(o, w)| {
            if t.ty(*o) == Type::Ref {
                map.get(w).copied().unwrap_or(*w)
            } else {
                *w
            }
        })
        .collect();
    let exit = decode_exit(&t, &info, &io_syn, &mut heap)?;
    let mut m = machine(heap, c.invalidated);
    for (name, args) in log {
        let eff = t
            .descrs
            .calls
            .iter()
            .find(|d| d.name == name)
            .map(|d| d.effect)
            .unwrap_or(Effect::MayWrite);
        if matches!(eff, Effect::Pure | Effect::Readonly) {
            continue;
        }
        let args = args
            .into_iter()
            .map(|v| match v {
                Val::Ref(p) => Val::Ref(map.get(&p).copied().unwrap_or(p)),
                v => v,
            })
            .collect();
        m.calls.push((name, args));
    }
    let size = ct.code_size();
    Ok((exit, m, size))
}

/// The write-barrier slow-path calls of the last [`run_jit`] on this thread.
pub fn wb_log() -> Vec<u64> {
    WB_LOG.with(|l| l.borrow().clone())
}

/// Compares the evaluator and the machine code on `t`. `Ok(false)`: the evaluator
/// rejected the case (undefined behaviour in the trace), nothing to compare.
pub fn check(c: &Case, t: &Trace) -> Result<bool, String> {
    let Ok((ee, em)) = run_eval(c, t) else {
        return Ok(false);
    };
    let (je, jm, _) = run_jit(c, t)?;
    if ee.kind != je.kind {
        return Err(format!(
            "exits differ: evaluator {:?}, machine code {:?}",
            ee.kind, je.kind
        ));
    }
    equivalent((&ee, &em), (&je, &jm), &c.inputs).map_err(|e| {
        format!(
            "evaluator and machine code differ: {e}\n  evaluator exit: {:?}\n  machine exit: {:?}",
            ee.kind, je.kind
        )
    })?;
    Ok(true)
}
