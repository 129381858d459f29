//! Bridges (a guard's exit patched to a later trace that jumps back into the loop), code
//! memory protection and per-op offsets.

use coil_ir::{parse, Heap, Val};
use coil_x64::sim::{RealHeap, Schema};
use coil_x64::{compile, CompileParams, JitFrame, TraceKind};
use rustc_hash::FxHashMap;

const LOOP: &str = "\
descr a = <FieldS S.a 8>
[p0, i1]
label(p0, i1, descr=TargetToken(1))
i2 = int_add(i1, 1)
i3 = int_lt(i2, 50)
guard_true(i3) [p0, i2]
i4 = int_and(i2, 7)
i5 = int_ne(i4, 0)
guard_true(i5) [p0, i2]
jump(p0, i2, descr=TargetToken(1))
";

const BRIDGE: &str = "\
descr a = <FieldS S.a 8>
[p0, i1]
i2 = getfield_gc_i(p0, descr=a)
i3 = int_add(i2, 1)
setfield_gc(p0, i3, descr=a)
i4 = int_add(i1, 1)
jump(p0, i4, descr=TargetToken(1))
";

fn perms_of(addr: u64) -> String {
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap_or_default();
    for line in maps.lines() {
        let mut it = line.split_whitespace();
        let (Some(range), Some(perms)) = (it.next(), it.next()) else {
            continue;
        };
        let Some((lo, hi)) = range.split_once('-') else {
            continue;
        };
        let (lo, hi) = (
            u64::from_str_radix(lo, 16).unwrap_or(0),
            u64::from_str_radix(hi, 16).unwrap_or(0),
        );
        if (lo..hi).contains(&addr) {
            return perms.to_string();
        }
    }
    String::new()
}

#[test]
fn guard_patched_to_bridge_jumps_back_into_loop() {
    let lp = parse(LOOP).unwrap();
    let br = parse(BRIDGE).unwrap();
    let mut heap = Heap::default();
    let obj = heap.alloc(3);
    let rh = RealHeap::mirror(&heap, &Schema::of(&lp), 64, &[]).unwrap();
    let p = CompileParams {
        loop_budget_addr: 0,
        ..rh.params()
    };
    let mut lc = compile(&lp, &p, TraceKind::Loop, &FxHashMap::default()).unwrap();
    let real = rh.to_real(Val::Ref(obj)).bits();

    // Without the bridge: leaves through the second guard at i2 == 8.
    let mut frame = JitFrame::new(lc.spill_words as usize, 4);
    frame.io_mut()[0] = real;
    frame.io_mut()[1] = 0;
    let id = unsafe { lc.run(&mut frame) }.unwrap();
    assert_eq!(id.trace(), 0);
    assert_eq!(id.index(), 1);
    assert_eq!(&frame.io()[..2], &[real, 8]);

    // Compile the bridge (trace 1) after the loop's spill slots and patch guard 1.
    let bp = CompileParams {
        spill_base: lc.spill_words,
        trace_id: 1,
        ..p.clone()
    };
    let bc = compile(&br, &bp, TraceKind::Bridge, &lc.labels).unwrap();
    lc.patch_exit(1, bc.addr()).unwrap();
    assert_eq!(
        perms_of(lc.addr()),
        "r-xp",
        "code is never writable and executable"
    );
    assert_eq!(perms_of(bc.addr()), "r-xp");

    let words = lc.spill_words.max(bc.spill_words) as usize;
    let mut frame = JitFrame::new(words, 4);
    frame.io_mut()[0] = real;
    frame.io_mut()[1] = 0;
    let id = unsafe { lc.run(&mut frame) }.unwrap();
    // Now it runs until the loop bound: guard 0 with i2 == 50, the bridge ran 6 times.
    assert_eq!((id.trace(), id.index()), (0, 0));
    assert_eq!(&frame.io()[..2], &[real, 50]);
    let count = unsafe { *((real + 8) as *const i64) };
    assert_eq!(count, 6);
    // An exit that is not a guard cannot be patched.
    assert!(lc.patch_exit(7, 0).is_err());
}

#[test]
fn op_offsets_are_ordered_and_inside_the_code() {
    let lp = parse(LOOP).unwrap();
    let heap = Heap::default();
    let rh = RealHeap::mirror(&heap, &Schema::of(&lp), 64, &[]).unwrap();
    let c = compile(&lp, &rh.params(), TraceKind::Loop, &FxHashMap::default()).unwrap();
    let offs: Vec<u32> = c
        .op_offsets
        .iter()
        .copied()
        .filter(|&o| o != u32::MAX)
        .collect();
    assert_eq!(offs.len(), lp.ops.len() - lp.num_inputs());
    assert!(offs.windows(2).all(|w| w[0] <= w[1]));
    assert!(offs.iter().all(|&o| (o as usize) < c.code_size()));
    // The log form with `+N:` prefixes parses back to the same trace.
    let text = coil_x64::print_with_offsets(&lp, &c);
    assert!(
        text.contains(&format!("+{}: i3 = int_add(i1, 1)", c.op_offsets[3])),
        "{text}"
    );
    assert_eq!(parse(&text).unwrap().print(), lp.print());
    // Guard jumps lie within the ops' code, stubs after it.
    for x in &c.exits {
        assert!(x.stub_offset >= x.jump_offset);
    }
}

thread_local! {
    static FRAME: std::cell::Cell<*const u64> = const { std::cell::Cell::new(std::ptr::null()) };
    static SEEN: std::cell::RefCell<Vec<u64>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A helper that snapshots the frame header and spill area while it runs.
extern "sysv64" fn peek(x: i64) -> i64 {
    FRAME.with(|f| {
        let p = f.get();
        // SAFETY: the test points FRAME at a live JitFrame of 4 + 16 words.
        let words: Vec<u64> = (0..20).map(|k| unsafe { *p.add(k) }).collect();
        SEEN.with(|s| *s.borrow_mut() = words);
    });
    x + 1
}

#[test]
fn call_sites_name_the_live_refs_in_the_spill_area() {
    let text = "\
descr a = <FieldS S.a 8>
descr pk = <Calli peek(i) EF=write collect>
[p0, i1]
i2 = getfield_gc_i(p0, descr=a)
i3 = call_i(i2, descr=pk)
i4 = int_add(i3, i1)
setfield_gc(p0, i4, descr=a)
finish(p0, i4)
";
    let mut t = parse(text).unwrap();
    t.descrs.calls[0].addr = peek as *const () as u64;
    let mut heap = Heap::default();
    let obj = heap.alloc(3);
    heap.get_mut(obj).unwrap().fields.insert(8, Val::Int(40));
    let rh = RealHeap::mirror(&heap, &Schema::of(&t), 64, &[]).unwrap();
    let p = CompileParams {
        trace_id: 5,
        ..rh.params()
    };
    let c = compile(&t, &p, TraceKind::Loop, &FxHashMap::default()).unwrap();
    assert!(c.spill_words <= 16);
    let real = rh.to_real(Val::Ref(obj)).bits();
    let mut frame = JitFrame::new(16, 4);
    frame.io_mut()[0] = real;
    frame.io_mut()[1] = 2;
    FRAME.with(|f| f.set(frame.as_mut_ptr()));
    let id = unsafe { c.run(&mut frame) }.unwrap();
    assert_eq!(c.exits[id.index()].kind, coil_x64::ExitKind::Finish);
    assert_eq!(&frame.io()[..2], &[real, 43]);
    let seen = SEEN.with(|s| s.borrow().clone());
    // The call-site word named call 0 of trace 5 while the helper ran.
    assert_eq!(seen[2], (5u64 << 32) | 1);
    assert_eq!(c.call_sites.len(), 1);
    let site = &c.call_sites[0];
    // p0 (a ref live after the call) and i1 were in their spill slots during the call.
    assert_eq!(site.ref_slots.len(), 1);
    assert_eq!(seen[4 + site.ref_slots[0] as usize], real);
    let i1_slot = site.live.iter().find(|(r, _)| r.0 == 1).unwrap().1;
    assert_eq!(seen[4 + i1_slot as usize], 2);
    assert_eq!(frame.call_site(), Some((5, 0)));
}
