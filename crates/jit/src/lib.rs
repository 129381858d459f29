//! coil-jit: the tracing JIT wired into the VM through `coil_vm::JitHooks`: hot-loop
//! counters, the recorder, optimization and compilation, entering compiled loops,
//! deoptimization, aborts and blacklisting, PYPYLOG logs and counters.
//!
//! Flow: the interpreter counts back-edges per loop header; at `threshold` it calls
//! [`Jit::on_hot_loop`], which starts a [`recorder::Recorder`] (the interpreter then
//! reports every instruction to it). When the recording reaches the loop's back-edge
//! the trace is optimized (`coil_opt`), compiled (`coil_x64`) and stored; from then on
//! each back-edge to that header enters the machine code, and a guard exit rebuilds the
//! frame from the guard's snapshot ([`deopt`]) and resumes the interpreter at the exact
//! instruction. A guard that fails `bridge_threshold` times grows a bridge ([`bridge`]):
//! recorded from its resume point until the loop header, compiled, and the guard's exit
//! jump patched to it; bridges of bridges likewise. A loop and its bridges share one
//! `JitFrame`; an exit names the trace that left ([`coil_x64::ExitId::trace`]).
//!
//! **Architecture Invariant:** nothing the JIT does changes what a program prints; what
//! the recorder does not model aborts the recording.

pub mod abort;
pub mod bridge;
pub mod call_assembler;
pub mod deopt;
pub mod exits;
pub mod function;
pub mod log;
pub mod params;
pub mod recorder;
pub mod warm;

use abort::{Abort, AbortKind};
use coil_ir::{TargetId, Trace};
use coil_vm::interp::code::code_data;
use coil_vm::{JitHooks, Value, Vm};
use coil_x64::{CompileParams, CompiledTrace, JitFrame, TraceKind};
use log::Log;
use params::Params;
use recorder::{Kind, Recorder, Watch};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::AtomicU64;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

/// Installs the JIT configured by `--jit` items into `vm` ([`coil_vm::JitInstall`]).
pub fn install(vm: &mut Vm, spec: &[String]) {
    let params = match Params::parse(spec) {
        Ok(p) => p,
        Err(e) => {
            vm.stderr.write_str(&format!("coil: {e}\n"));
            Params {
                off: true,
                ..Params::default()
            }
        }
    };
    if params.off {
        vm.jit_threshold = u32::MAX;
        return;
    }
    vm.jit_threshold = params.counter_step();
    vm.jit = Box::new(JitHandle(Rc::new(RefCell::new(Jit::new(params, vm))), None));
}

/// The JIT as the VM holds it: a shared handle, so that Python code a trace calls (a
/// residual call runs a function in the VM) can enter compiled code itself while the
/// outer trace waits in its helper call (PyPy's JIT is re-entrant the same way). The
/// machine code runs outside any borrow of the [`Jit`]. The second field is the handle
/// the VM holds while this one runs compiled code, kept between runs: entering a
/// compiled loop (every resumption of a generator whose loop is compiled) allocates
/// nothing.
pub struct JitHandle(Rc<RefCell<Jit>>, Option<Box<dyn JitHooks>>);

/// What a hot back-edge asks of the handle.
enum Hot {
    /// Nothing to run; whether the interpreter state changed.
    Done(bool),
    /// Run this compiled loop on this frame (inputs written), then `after_run`.
    Run(coil_x64::Entry, JitFrame, RunMark),
}

/// The loop a run of compiled code entered and its iteration count then: an exit that
/// ends a run which completed an iteration is the loop's normal end, not one that
/// counts against it (`note_bad_exit`). A function's entry trace only leads into its
/// loop: `into` is that loop and its count then, so a run through the entry trace that
/// leaves the loop before completing an iteration of it still counts.
#[derive(Clone, Copy, Debug)]
struct RunMark {
    lp: usize,
    iters: i64,
    into: Option<(usize, i64)>,
}

/// One compiled trace of a loop's family: the loop itself (piece 0) or a bridge.
pub struct Piece {
    /// Trace id baked into this trace's exit ids.
    pub trace_id: u32,
    /// The optimized trace.
    pub trace: Trace,
    /// Machine code.
    pub compiled: CompiledTrace,
    /// Failures per exit index (an exit patched to a bridge stops counting).
    pub exit_counts: Vec<u64>,
    /// Per exit: bridge recordings that aborted.
    exit_aborts: Vec<u32>,
    /// Per exit: patched to a bridge.
    bridged: Vec<bool>,
    /// Per `guard_value` exit that failed: failures per value ([`exits`]).
    values: FxHashMap<usize, exits::ValueCounts>,
    /// What the snapshot frames are (inlined calls).
    pub frames: Vec<recorder::FrameInfo>,
    /// Bridges only: bridge number, parent piece and exit, entry counter.
    bridge: Option<BridgeOf>,
    /// A bridge ending at the loop function's return: its finish exit.
    finish: Option<recorder::FinishExit>,
    /// Per exit: what it is, decided once at compile time.
    classes: Vec<ExitClass>,
}

/// What an exit is, decided when its trace is compiled (an exit taken often must not
/// inspect the trace each time).
struct ExitClass {
    /// A version guard: the word it checks and whether it is a dict's.
    version: Option<(u64, bool)>,
    /// May grow a bridge (`bridge::eligible`).
    eligible: bool,
    /// A bridge's finish at the loop function's return.
    finish: bool,
    /// Applied without decoding (one frame, no virtuals).
    plan: Option<deopt::ResumePlan>,
    /// A `guard_value`: the io word of the value it checks (`exits::promoted_slot`).
    promoted: Option<u32>,
}

struct BridgeOf {
    number: u32,
    parent: usize,
    exit: usize,
    /// Incremented by the bridge's code on entry when jit-backend-counts is logged.
    counter: Box<AtomicU64>,
}

impl Piece {
    fn new(
        trace_id: u32,
        trace: Trace,
        compiled: CompiledTrace,
        frames: Vec<recorder::FrameInfo>,
        watch: &recorder::Watch,
        finish: Option<recorder::FinishExit>,
    ) -> Piece {
        let n = compiled.exits.len();
        let classes = compiled
            .exits
            .iter()
            .map(|x| {
                let fin = finish
                    .as_ref()
                    .filter(|_| matches!(x.kind, coil_x64::ExitKind::Finish));
                ExitClass {
                    version: bridge::version_word(&trace, x),
                    eligible: bridge::eligible(&trace, x, watch),
                    finish: fin.is_some(),
                    promoted: exits::promoted_slot(&trace, x),
                    plan: match fin {
                        Some(f) => deopt::finish_plan(&trace, x, f.pc, &f.slots),
                        None => deopt::guard_plan(&trace, x),
                    },
                }
            })
            .collect();
        Piece {
            classes,
            trace_id,
            trace,
            compiled,
            exit_counts: vec![0; n],
            exit_aborts: vec![0; n],
            bridged: vec![false; n],
            values: FxHashMap::default(),
            frames,
            bridge: None,
            finish,
        }
    }
}

/// A compiled loop and its bridges.
pub struct LoopTrace {
    /// Loop number (`# Loop N`).
    pub number: u32,
    /// The code object and header pc.
    pub code: Value,
    /// Header pc.
    pub header: u32,
    /// Entry kinds of the frame slots.
    pub entry: Vec<Kind>,
    /// The loop (piece 0) and its bridges.
    pub pieces: Vec<Piece>,
    /// Its first label (the preamble's): the interpreter-visible frame as inputs. Bridges
    /// and other loops' traces that reach its header jump here.
    pub target: TargetId,
    /// Loops whose code this family's traces jump into (their headers are reached by
    /// its traces); dropping one of those drops this one too.
    jumps_into: Vec<usize>,
    /// Iterations its traces completed from an entry (the backend's iteration-count
    /// word: where the preamble falls into the peeled loop, and at each bridge's jump
    /// back; the loop body's own back-edges are not counted, so they cost nothing).
    iters: Box<AtomicI64>,
    /// Exits through guards that cannot get a bridge since the last `drop_ratio` check,
    /// and the iteration count at that check.
    bad_exits: u32,
    iters_mark: i64,
    /// Runs that ended at a finish (the function's return): with the iterations, what
    /// a trace without a back-edge completes (`progress`).
    finishes: i64,
    /// Times entered.
    pub entered: u64,
    /// Its trace ends with a `finish` at the function's return (a function trace, whose
    /// `header` is `function::FUNC_ENTRY`, or a loop recorded to its function's return):
    /// an entry counts as an iteration and the finish is not an exit against it.
    pub linear: bool,
}

impl LoopTrace {
    /// What its traces completed so far: iterations, and for a trace without a
    /// back-edge (whose entries count as iterations) its returns and bridges jumping
    /// back instead of its entries.
    fn progress(&self) -> i64 {
        let it = self.iters.load(Ordering::Relaxed);
        if self.linear {
            it - self.entered as i64 + self.finishes
        } else {
            it
        }
    }
}

/// Bridge trace ids: this bit set, the bridge number below (loops use their number).
const BRIDGE_ID: u32 = 0x8000_0000;

/// What is being recorded.
#[derive(Clone, Copy, Debug)]
enum Recording {
    /// A loop from its header.
    Loop,
    /// A function from its entry (`function.rs`).
    Function,
    /// A bridge out of exit `exit` of piece `piece` of loop `lp`.
    Bridge {
        lp: usize,
        piece: usize,
        exit: usize,
    },
}

#[derive(Clone, Copy, Debug)]
enum LoopState {
    Compiled(usize),
    /// Aborted this many times; blacklisted at `max_aborts`.
    Aborted(u32),
}

#[derive(Default)]
struct Summary {
    tracing: u32,
    tracing_time: Duration,
    optimizing_time: Duration,
    /// Per compiled trace: name, tracing, optimization and assembly time.
    per_trace: Vec<(String, Duration, Duration, Duration)>,
    backend: u32,
    backend_time: Duration,
    recorded_ops: u64,
    recorded_guards: u64,
    opt_ops: u64,
    opt_guards: u64,
    aborts: FxHashMap<&'static str, u64>,
    opt: coil_opt::Stats,
    exits: u64,
    /// Of `exits`, finishes at the function's return (a call ending normally).
    finishes: u64,
    bridges: u32,
    invalidated: u64,
    dropped: u64,
    /// Exits through marked guards (`exits.rs`): they reached the interpreter.
    unbridged: u64,
    /// `guard_value` exits marked for failing with too many different values.
    spread: u64,
    /// Loops compiled without peeling (their peeled body could never run).
    unpeeled: u64,
    /// Hot loops left for a later entry (too few iterations left).
    deferred: u64,
    /// Entries into compiled loops refused because a safepoint had work.
    refused: u64,
}

/// The JIT: trace cache, recorder, counters, log.
pub struct Jit {
    params: Params,
    log: Log,
    loops: Vec<LoopTrace>,
    state: FxHashMap<(usize, u32), LoopState>,
    codes: Vec<Value>,
    recording: Option<(Recorder, Instant, Recording)>,
    /// The loop whose header the finished recording jumps into, if not its own.
    closed_into: Option<usize>,
    /// Frames for compiled code not in use (a trace may jump into another loop's code,
    /// so each fits every trace: spill words, io words); a run takes one, and a run
    /// nested in an outer trace's helper call takes another.
    frames: Vec<JitFrame>,
    frame_size: (u32, u32),
    /// The frame size for direct calls' native-stack frames, their pending exit and the
    /// frames below the current run (`call_assembler`).
    direct_words: Rc<coil_x64::DirectWords>,
    /// Per code object with a function trace called directly: its direct-call cell.
    cells: FxHashMap<usize, Box<coil_x64::DirectCell>>,
    /// The iteration word of cells whose trace counts no iteration per entry.
    no_iters: Box<AtomicI64>,
    /// Runs of compiled code in progress (more than one: nested in residual calls).
    nested: u32,
    /// Which loop and piece each trace id is.
    owner: FxHashMap<u32, (usize, usize)>,
    watch: Watch,
    fail_counter: Box<AtomicI64>,
    summary: Summary,
    /// The entry counter of the bridge being recorded.
    pending_counter: Option<Box<AtomicU64>>,
    /// Invalidations per loop location.
    invalidations: FxHashMap<(usize, u32), u32>,
    /// Invalidations per dict version word (`recorder/globals.rs`).
    version_fails: FxHashMap<u64, u32>,
    /// Recordings per loop location that ended with the loop's function returning.
    loop_exits: FxHashMap<(usize, u32), u32>,
    /// Loops not hot yet: decayed back-edge count, the minor collection it dates from, and
    /// where their interpreter counter restarted.
    warmth: FxHashMap<(usize, u32), (f64, u64, u32)>,
    /// Hot loops left for a later entry ([`warm`]): the iterator of the entry that was
    /// too short, and the collection count then (the same address after a collection
    /// may be another iterator).
    deferred: FxHashMap<(usize, u32), (Value, u64)>,
}

impl Jit {
    /// A JIT for `vm` with these parameters (log from PYPYLOG).
    pub fn new(params: Params, vm: &Vm) -> Jit {
        let log = params
            .log
            .as_deref()
            .map(Log::from_spec)
            .unwrap_or_else(Log::from_env);
        let fail_counter = Box::new(AtomicI64::new(params.fail_every as i64));
        let watch = Watch {
            // One word for collection requests, Ctrl-C and cancellation.
            flags: [vm.heap.attention.as_ptr() as u64],
            fail_counter: if params.fail_every > 0 {
                fail_counter.as_ptr() as u64
            } else {
                0
            },
        };
        Jit {
            params,
            log,
            loops: vec![],
            state: FxHashMap::default(),
            codes: vec![],
            recording: None,
            closed_into: None,
            frames: vec![],
            frame_size: (0, 1),
            direct_words: {
                let w = Rc::new(coil_x64::DirectWords::default());
                w.set_frame_size(0, 1);
                w
            },
            cells: FxHashMap::default(),
            no_iters: Box::new(AtomicI64::new(0)),
            nested: 0,
            owner: FxHashMap::default(),
            watch,
            fail_counter,
            summary: Summary::default(),
            pending_counter: None,
            warmth: FxHashMap::default(),
            invalidations: FxHashMap::default(),
            version_fails: FxHashMap::default(),
            loop_exits: FxHashMap::default(),
            deferred: FxHashMap::default(),
        }
    }

    fn code_id(&mut self, code: Value) -> u32 {
        if let Some(i) = self.codes.iter().position(|c| *c == code) {
            return i as u32;
        }
        self.codes.push(code);
        (self.codes.len() - 1) as u32
    }

    fn location(code: Value, pc: u32) -> String {
        let cd = code_data(code);
        let (pc, entry) = if pc == function::FUNC_ENTRY {
            (0, " (function entry)")
        } else {
            (pc, "")
        };
        format!(
            "{};{}:{}-{}~#{} {}{entry}",
            cd.code.name,
            cd.code.filename,
            cd.code.first_line,
            cd.code.line_of(pc as usize),
            pc,
            cd.code
                .code
                .get(pc as usize)
                .map(|i| i.op.name())
                .unwrap_or("?")
        )
    }

    fn abort(&mut self, vm: &mut Vm, a: Abort) {
        vm.jit_tracing = false;
        let Some((rec, _, what)) = self.recording.take() else {
            return;
        };
        match what {
            Recording::Loop => self.note_abort(vm, rec.code, rec.header, a),
            Recording::Function => self.note_abort(vm, rec.code, function::FUNC_ENTRY, a),
            Recording::Bridge { lp, piece, exit } => self.note_bridge_abort(lp, piece, exit, a),
        }
    }

    fn note_abort(&mut self, vm: &mut Vm, code: Value, header: u32, a: Abort) {
        *self.summary.aborts.entry(a.kind.text()).or_default() += 1;
        let key = (code.addr(), header);
        // A recording that began on the loop's last iteration, or met an inner loop
        // that has no trace yet, says little about the loop: only every fourth such
        // abort counts toward blacklisting.
        let counts = !matches!(a.kind, AbortKind::LoopExit | AbortKind::InnerLoop) || {
            let t = self.loop_exits.entry(key).or_default();
            *t += 1;
            t.is_multiple_of(4)
        };
        if let Some(inner) = a.inner {
            self.warm_up(vm, code, inner);
        }
        let n = match self.state.get(&key) {
            Some(LoopState::Aborted(n)) => n + counts as u32,
            _ => counts as u32,
        };
        self.state.insert(key, LoopState::Aborted(n));
        let loc = Self::location(code, header);
        let max = self.params.max_aborts;
        self.log.section("jit-abort-log", || {
            format!(
                "ABORT: {}: {} at {loc}{}\n",
                a.kind.text(),
                a.detail,
                if n >= max { " (blacklisted)" } else { "" }
            )
        });
        // Back off: the counter restarts, and a blacklisted loop is never recorded again
        // (a loop asked to record again at once keeps the counter `warm_up` set).
        if a.inner != Some(header) {
            if let Some(c) = function::counter(code, header) {
                *c = 0;
            }
        }
    }

    /// Makes the loop at `header` of `code` record at its next back-edge (an outer
    /// loop's recording stopped at it: the inner loop compiles first, and the outer
    /// loop's next recording jumps into it). Nothing for a loop compiled or blacklisted.
    fn warm_up(&mut self, vm: &Vm, code: Value, header: u32) {
        if self.state.contains_key(&(code.addr(), header))
            && !matches!(
                self.state.get(&(code.addr(), header)),
                Some(LoopState::Aborted(n)) if *n < self.params.max_aborts
            )
        {
            return;
        }
        let Some(c) = code_data(code).counters.get_mut(header as usize) else {
            return;
        };
        let step = self.params.counter_step();
        *c = step.saturating_sub(1);
        let now = if vm.heap.stress {
            0
        } else {
            vm.heap.stats.minor
        };
        let threshold = self.params.threshold as f64;
        self.warmth
            .insert((code.addr(), header), ((threshold - 1.0).max(0.0), now, *c));
    }

    /// A loop header's counter reached `counter_step`: adds it to the loop's warmth (which
    /// decays by `decay`/1000 per minor collection since it was last seen) and restarts
    /// the counter; true when the warmth reaches `threshold` (record the loop now). A
    /// loop that runs rarely between collections never gets there.
    fn warm_enough(&mut self, vm: &mut Vm, code: Value, pc: u32) -> bool {
        let Some(c) = function::counter(code, pc) else {
            return false;
        };
        let threshold = if pc == function::FUNC_ENTRY {
            self.params.function_threshold
        } else {
            self.params.threshold
        };
        if self.params.decay == 0 && *c >= threshold {
            *c = 0;
            return true;
        }
        // Under GC stress every safepoint collects: no decay there, or nothing compiles.
        let now = if vm.heap.stress {
            0
        } else {
            vm.heap.stats.minor
        };
        let keep = 1.0 - (self.params.decay.min(1000) as f64) / 1000.0;
        let w = self
            .warmth
            .entry((code.addr(), pc))
            .or_insert((0.0, now, 0));
        let threshold = threshold as f64;
        let n = c.saturating_sub(w.2) as f64;
        let gcs = now.saturating_sub(w.1).min(i32::MAX as u64) as i32;
        w.0 = w.0 * keep.powi(gcs) + n;
        w.1 = now;
        if w.0 >= threshold {
            *c = 0;
            self.warmth.remove(&(code.addr(), pc));
            return true;
        }
        // The next report comes after `step` back-edges, or exactly when the warmth would
        // reach the threshold if nothing decays meanwhile (the counter starts part-way).
        let step = self.params.counter_step();
        let missing = (threshold - w.0).ceil() as u32;
        w.2 = step.saturating_sub(missing);
        *c = w.2;
        false
    }

    /// A hot loop whose current entry ends within `defer_below` iterations waits for a
    /// later entry ([`warm`]); it stays hot, so the next report of another entry records
    /// it. True: do not record now.
    fn defer(&mut self, vm: &mut Vm, code: Value, pc: u32) -> bool {
        let limit = warm::defer_limit(self.params.defer_below, self.params.threshold);
        if limit == 0 {
            return false;
        }
        let key = (code.addr(), pc);
        let Some((left, it)) = warm::remaining(vm, code, pc) else {
            self.deferred.remove(&key);
            return false;
        };
        let gcs = vm.heap.stats.minor + vm.heap.stats.major;
        let same_entry = match self.deferred.get(&key) {
            Some(&(v, g)) if v == it && g == gcs => true,
            Some(_) => {
                // Deferred in an earlier entry: this one records it.
                self.deferred.remove(&key);
                return false;
            }
            None => false,
        };
        if left >= limit {
            self.deferred.remove(&key);
            return false;
        }
        if !same_entry {
            self.deferred.insert(key, (it, gcs));
            self.summary.deferred += 1;
        }
        // Still hot: the next report (a counter step later) finds the warmth at the
        // threshold.
        let now = if vm.heap.stress {
            0
        } else {
            vm.heap.stats.minor
        };
        self.warmth
            .insert(key, (self.params.threshold as f64, now, 0));
        true
    }

    /// A bridge recording or compilation out of `exit` of `piece` failed: the guard
    /// counts its failures again from zero, and stops trying after `max_aborts`.
    fn note_bridge_abort(&mut self, lp: usize, piece: usize, exit: usize, a: Abort) {
        *self.summary.aborts.entry(a.kind.text()).or_default() += 1;
        let max = self.params.max_aborts;
        let l = &mut self.loops[lp];
        let p = &mut l.pieces[piece];
        p.exit_aborts[exit] += 1;
        p.exit_counts[exit] = 0;
        if let Some(vc) = p.values.get_mut(&exit) {
            vc.clear();
        }
        let n = p.exit_aborts[exit];
        let guard = bridge::guard_descr(&p.compiled.exits[exit]).unwrap_or(0);
        let loc = Self::location(l.code, l.header);
        let number = l.number;
        self.log.section("jit-abort-log", || {
            format!(
                "ABORT: {}: {} in a bridge out of Guard 0x{guard:x} (Loop {number}, {loc}){}\n",
                a.kind.text(),
                a.detail,
                if n >= max { " (blacklisted)" } else { "" }
            )
        });
    }

    /// Logs a recorded (unoptimized) trace under `cat` with the header `head` gives,
    /// building neither unless that category is on.
    fn log_noopt(&mut self, cat: &str, trace: &Trace, head: impl FnOnce() -> String) {
        if self.log.on(cat) {
            let mut noopt = trace.clone();
            noopt.header = vec![head()];
            self.log.section(cat, || noopt.print());
        }
    }

    /// The machine code of a compiled trace in PyPy's jit-backend-dump form (hex bytes
    /// at their address; `objdump -D -b binary -mi386:x86-64` reads them back).
    fn log_dump(&mut self, c: &CompiledTrace) {
        self.log.section("jit-backend-dump", || {
            let hex: String = c.code().iter().map(|b| format!("{b:02X}")).collect();
            format!(
                "BACKEND x86_64\nSYS_EXECUTABLE coil\nCODE_DUMP @{:x} +0  {hex}\n",
                c.addr()
            )
        });
    }

    /// Optimizes a recorded loop or bridge, adding the time to jit-summary's total;
    /// an optimizer error becomes the abort it stands for. A loop whose peeled body
    /// cannot run (a guard the preamble's facts make fail on every second iteration: the
    /// recorded iteration ends in a state its own start excludes, e.g. an instance with
    /// inline attributes where the iteration began with one whose attributes overflow)
    /// is compiled without peeling, its end jumping back to its own first label (PyPy's
    /// jump to the preamble after an InvalidLoop in the peeled loop).
    fn optimize_timed(
        &mut self,
        trace: &Trace,
        loop_loc: Option<&str>,
    ) -> Result<(Trace, coil_opt::Stats, Duration), Abort> {
        let t0 = Instant::now();
        let passes = self.passes();
        let mut optimized = coil_opt::optimize(trace, passes);
        if let Err(coil_opt::OptError::Invalid(e)) = &optimized {
            if let Some(loc) = loop_loc
                .filter(|_| passes.has(coil_opt::Pass::Unroll) && e.starts_with("loop body:"))
            {
                let why = format!("{e} at {loc}");
                self.summary.unpeeled += 1;
                self.log.section("jit-abort-log", || {
                    format!(
                        "NOT PEELED: {why}: compiled as one iteration jumping to its own start\n"
                    )
                });
                optimized = coil_opt::optimize(trace, passes.without(coil_opt::Pass::Unroll));
            }
        }
        let took = t0.elapsed();
        self.summary.optimizing_time += took;
        match optimized {
            Ok((t, stats)) => Ok((t, stats, took)),
            Err(coil_opt::OptError::Invalid(e)) => Err(Abort::new(AbortKind::Invalid, e)),
            Err(e) => Err(Abort::new(AbortKind::Compiling, format!("{e:?}"))),
        }
    }

    fn passes(&self) -> coil_opt::PassSet {
        coil_opt::PassSet::parse(&self.params.enable_opts).unwrap_or(coil_opt::PassSet::all())
    }

    fn keep_alive(vm: &mut Vm, keep: &[Value]) {
        for v in keep {
            if !vm.misc_roots.contains(v) {
                vm.misc_roots.push(*v);
            }
        }
    }

    /// Dict version words whose guards invalidated loops `mutable_after` times:
    /// recordings read those dicts' globals by lookup (`recorder/globals.rs`).
    fn unstable_versions(&self) -> Vec<u64> {
        self.version_fails
            .iter()
            .filter(|(_, n)| self.params.mutable_after > 0 && **n >= self.params.mutable_after)
            .map(|(w, _)| *w)
            .collect()
    }

    /// The headers of `code`'s compiled loops (a recording may end at them).
    fn compiled_headers(&self, code: Value) -> Vec<u32> {
        self.state
            .iter()
            .filter(|((c, _), s)| *c == code.addr() && matches!(s, LoopState::Compiled(_)))
            .map(|((_, pc), _)| *pc)
            .collect()
    }

    /// Makes the frames fit `c` (every trace may be reached from every run: traces
    /// jump into each other). False while runs are in progress and their frames are too
    /// small: `c` cannot be used now. Frames grow by half again, so that a recursive
    /// program's nested compilations rarely meet this.
    fn fit_frame(&mut self, c: &CompiledTrace) -> bool {
        let (s, i) = self.frame_size;
        if c.spill_words <= s && c.io_words <= i {
            return true;
        }
        if self.nested > 0 {
            return false;
        }
        let grow = |have: u32, need: u32| {
            if need <= have {
                have
            } else {
                need.max(64) * 3 / 2
            }
        };
        self.frame_size = (grow(s, c.spill_words), grow(i, c.io_words));
        let (s, i) = self.frame_size;
        self.direct_words.set_frame_size(s as usize, i as usize);
        self.frames.clear();
        true
    }

    fn compile(&mut self, vm: &mut Vm, rec: Recorder, started: Instant) {
        let function = rec.function;
        let (code, rec_target) = (rec.code, rec.target);
        let header = if function {
            function::FUNC_ENTRY
        } else {
            rec.header
        };
        let into = self.closed_into.take();
        let recorded = rec.finish();
        self.summary.tracing += 1;
        self.summary.tracing_time += started.elapsed();
        self.summary.recorded_ops += recorded.recorded_ops as u64;
        self.summary.recorded_guards += recorded.trace.num_guards() as u64;
        let tracing = started.elapsed();
        let number = self.loops.len() as u32 + 1;
        let loc = Self::location(code, header);
        let what = if function { "entry bridge" } else { "loop" };
        self.log_noopt("jit-log-noopt-loop", &recorded.trace, || {
            format!(
                "Loop {number} ({loc}) : {what} with {} ops",
                recorded.trace.num_ops()
            )
        });
        let (mut opt, stats, optimizing) = match self.optimize_timed(&recorded.trace, Some(&loc)) {
            Ok(r) => r,
            Err(a) => return self.note_abort(vm, code, header, a),
        };
        let iters = Box::new(AtomicI64::new(0));
        let own = function.then_some((code, &recorded.entry[..]));
        let params = CompileParams {
            trace_id: number,
            iter_count_addr: iters.as_ptr() as u64,
            return_finish: call_assembler::return_finish(&recorded.finish),
            direct: self.direct_env(vm, &opt, own),
            ..recorder::compile_params(vm)
        };
        let externals = into
            .map(|i| self.loops[i].pieces[0].compiled.labels.clone())
            .unwrap_or_default();
        let t1 = Instant::now();
        let compiled = match coil_x64::compile(&opt, &params, TraceKind::Loop, &externals) {
            Ok(c) => c,
            Err(e) => {
                return self.note_abort(vm, code, header, Abort::new(AbortKind::Compiling, e.0))
            }
        };
        let backend = t1.elapsed();
        self.summary.backend += 1;
        self.summary.backend_time += backend;
        self.summary
            .per_trace
            .push((format!("Loop {number}"), tracing, optimizing, backend));
        self.log_dump(&compiled);
        self.summary.opt_ops += opt.num_ops() as u64;
        self.summary.opt_guards += opt.num_guards() as u64;
        self.summary.opt += &stats;
        if self.log.on("jit-log-opt-loop") {
            opt.header = vec![format!(
                "Loop {number} ({loc}) : {what} with {} ops",
                opt.num_ops()
            )];
            let text = with_offsets(&opt, &compiled.op_offsets);
            self.log.section("jit-log-opt-loop", || text);
        }
        if !self.fit_frame(&compiled) {
            let a = Abort::new(AbortKind::Compiling, "frame of a running trace too small");
            return self.note_abort(vm, code, header, a);
        }
        Self::keep_alive(vm, &recorded.keep);
        self.owner.insert(number, (self.loops.len(), 0));
        let linear = recorded.finish.is_some();
        let piece = Piece::new(
            number,
            opt,
            compiled,
            recorded.frames,
            &self.watch,
            recorded.finish,
        );
        self.loops.push(LoopTrace {
            number,
            code,
            header,
            linear,
            entry: recorded.entry,
            pieces: vec![piece],
            target: rec_target,
            jumps_into: into.into_iter().collect(),
            iters,
            bad_exits: 0,
            iters_mark: 0,
            finishes: 0,
            entered: 0,
        });
        self.state.insert(
            (code.addr(), header),
            LoopState::Compiled(self.loops.len() - 1),
        );
        self.fill_cell(self.loops.len() - 1);
    }

    /// Starts recording a bridge out of exit `exit` of `piece` of loop `lp` (the
    /// interpreter has just resumed at the guard's pc).
    fn start_bridge(&mut self, vm: &mut Vm, lp: usize, piece: usize, exit: usize) {
        let counter = Box::new(AtomicU64::new(0));
        let counter_addr = if self.log.on("jit-backend-counts") {
            counter.as_ptr() as u64
        } else {
            0
        };
        let l = &self.loops[lp];
        let p = &l.pieces[piece];
        let start = match bridge::start_of(
            &p.trace,
            &p.compiled.exits[exit],
            &p.frames,
            vm,
            &l.entry,
            counter_addr,
            l.target,
        ) {
            Ok(s) => s,
            Err(a) => return self.note_bridge_abort(lp, piece, exit, a),
        };
        let (code, header) = (l.code, l.header);
        let id = self.code_id(code);
        // The loop's frame is below the inlined frames the exit pushed.
        let depth = vm.frames.len() - start.inlined.len();
        let rec = Recorder::new_bridge(
            code,
            header,
            depth,
            id,
            self.params.trace_limit as usize,
            self.watch,
            start,
        );
        let mut rec = rec;
        rec.unstable_versions = self.unstable_versions();
        self.pending_counter = Some(counter);
        self.recording = Some((rec, Instant::now(), Recording::Bridge { lp, piece, exit }));
        vm.jit_tracing = true;
    }

    fn compile_bridge(
        &mut self,
        vm: &mut Vm,
        rec: Recorder,
        started: Instant,
        (lp, piece, exit): (usize, usize, usize),
    ) {
        let into = self.closed_into.take();
        let recorded = rec.finish();
        let counter = self
            .pending_counter
            .take()
            .unwrap_or_else(|| Box::new(AtomicU64::new(0)));
        let tracing = started.elapsed();
        self.summary.tracing += 1;
        self.summary.tracing_time += tracing;
        self.summary.recorded_ops += recorded.recorded_ops as u64;
        self.summary.recorded_guards += recorded.trace.num_guards() as u64;
        let l = &self.loops[lp];
        let guard = bridge::guard_descr(&l.pieces[piece].compiled.exits[exit]).unwrap_or(0);
        let number = self.summary.bridges + 1;
        let whence = format!(
            "Loop {}, {}, bridge {number}",
            l.number,
            Self::location(l.code, l.header)
        );
        self.log_noopt("jit-log-noopt-bridge", &recorded.trace, || {
            format!(
                "bridge out of Guard 0x{guard:x} with {} ops ({whence})",
                recorded.trace.num_ops()
            )
        });
        let (mut opt, stats, optimizing) = match self.optimize_timed(&recorded.trace, None) {
            Ok(r) => r,
            Err(a) => return self.note_bridge_abort(lp, piece, exit, a),
        };
        let direct = self.direct_env(vm, &opt, None);
        let l = &self.loops[lp];
        let params = CompileParams {
            trace_id: BRIDGE_ID | number,
            spill_base: l.pieces[0].compiled.spill_words,
            iter_count_addr: l.iters.as_ptr() as u64,
            return_finish: call_assembler::return_finish(&recorded.finish),
            direct,
            ..recorder::compile_params(vm)
        };
        let t1 = Instant::now();
        let compiled = match coil_x64::compile(
            &opt,
            &params,
            TraceKind::Bridge,
            &self.loops[into.unwrap_or(lp)].pieces[0].compiled.labels,
        ) {
            Ok(c) => c,
            Err(e) => {
                return self.note_bridge_abort(
                    lp,
                    piece,
                    exit,
                    Abort::new(AbortKind::Compiling, e.0),
                )
            }
        };
        // The frame must fit the bridge before the guard can reach it.
        if !self.fit_frame(&compiled) {
            let a = Abort::new(AbortKind::Compiling, "frame of a running trace too small");
            return self.note_bridge_abort(lp, piece, exit, a);
        }
        let l = &mut self.loops[lp];
        if let Err(e) = l.pieces[piece].compiled.patch_exit(exit, compiled.addr()) {
            return self.note_bridge_abort(lp, piece, exit, Abort::new(AbortKind::Compiling, e.0));
        }
        l.pieces[piece].bridged[exit] = true;
        if let Some(i) = into.filter(|i| *i != lp && !l.jumps_into.contains(i)) {
            l.jumps_into.push(i);
        }
        self.summary.bridges = number;
        let backend = t1.elapsed();
        self.summary.backend += 1;
        self.summary.backend_time += backend;
        self.summary
            .per_trace
            .push((format!("Bridge {number}"), tracing, optimizing, backend));
        self.log_dump(&compiled);
        self.summary.opt_ops += opt.num_ops() as u64;
        self.summary.opt_guards += opt.num_guards() as u64;
        self.summary.opt += &stats;
        if self.log.on("jit-log-opt-bridge") {
            opt.header = vec![format!(
                "bridge out of Guard 0x{guard:x} with {} ops ({whence})",
                opt.num_ops()
            )];
            let text = with_offsets(&opt, &compiled.op_offsets);
            self.log.section("jit-log-opt-bridge", || text);
        }
        Self::keep_alive(vm, &recorded.keep);
        self.owner
            .insert(BRIDGE_ID | number, (lp, self.loops[lp].pieces.len()));
        let mut p = Piece::new(
            BRIDGE_ID | number,
            opt,
            compiled,
            recorded.frames,
            &self.watch,
            recorded.finish,
        );
        p.bridge = Some(BridgeOf {
            number,
            parent: piece,
            exit,
            counter,
        });
        self.loops[lp].pieces.push(p);
    }

    /// Prepares a run of compiled loop `idx` from the top frame's state: its code and a
    /// frame holding the inputs; `Done(false)` if the state does not match the trace's
    /// entry types (the interpreter goes on).
    fn enter(&mut self, vm: &mut Vm, idx: usize) -> Hot {
        if vm.jit_safepoint_pending() {
            // A collection this nesting may run, Ctrl-C or a cancellation pending: the
            // trace would leave at its header at once.
            self.summary.refused += 1;
            return Hot::Done(false);
        }
        let f = vm.frames.last().expect("frame");
        match self.prepare(idx, &vm.stack[f.base..]) {
            Some((e, frame)) => {
                let mark = self.mark(idx);
                Hot::Run(e, frame, mark)
            }
            None => Hot::Done(false),
        }
    }

    /// The run mark of an entry into loop `idx` now.
    fn mark(&self, idx: usize) -> RunMark {
        let l = &self.loops[idx];
        let into = if l.header == function::FUNC_ENTRY && !l.linear {
            l.jumps_into
                .first()
                .map(|&t| (t, self.loops[t].iters.load(Ordering::Relaxed)))
        } else {
            None
        };
        RunMark {
            lp: idx,
            iters: l.iters.load(Ordering::Relaxed),
            into,
        }
    }

    /// The entry of compiled loop `idx` and a frame holding its inputs, from the frame
    /// slots `vals`; None if they do not match the trace's entry types.
    fn prepare(&mut self, idx: usize, vals: &[Value]) -> Option<(coil_x64::Entry, JitFrame)> {
        self.prepare_with(idx, vals.len(), |i| vals[i])
    }

    /// [`Jit::prepare`] from `n` frame slots whose values `slot` gives (a direct call
    /// computes them from its arguments without building the frame).
    fn prepare_with(
        &mut self,
        idx: usize,
        n: usize,
        slot: impl Fn(usize) -> Value,
    ) -> Option<(coil_x64::Entry, JitFrame)> {
        let (s, i) = self.frame_size;
        let mut frame = match self.frames.pop() {
            Some(f) => f,
            None => JitFrame::new(s as usize, i as usize),
        };
        let lt = &mut self.loops[idx];
        if n != lt.entry.len() {
            self.frames.push(frame);
            return None;
        }
        let mut k = 0;
        {
            let io = frame.io_mut();
            for (i, kind) in lt.entry.iter().enumerate() {
                let v = &slot(i);
                let word = match kind {
                    Kind::Dead => continue,
                    Kind::Int if v.is_small() => Some(v.small_value() as u64),
                    Kind::Float if coil_vm::objects::float::is_float(*v) => {
                        Some(coil_vm::objects::float::float_value(*v).to_bits())
                    }
                    Kind::Ref if v.is_ptr() && !coil_vm::objects::float::is_float(*v) => {
                        Some(v.addr() as u64)
                    }
                    _ => None,
                };
                let Some(word) = word else {
                    self.frames.push(frame);
                    return None;
                };
                io[k] = word;
                k += 1;
            }
        }
        lt.entered += 1;
        if lt.linear {
            // A trace without a back-edge: an entry is its iteration.
            lt.iters.fetch_add(1, Ordering::Relaxed);
        }
        match lt.pieces[0].compiled.entry() {
            Some(e) => Some((e, frame)),
            None => {
                self.frames.push(frame);
                None
            }
        }
    }

    /// After a run of compiled code on `frame`: rebuilds the interpreter's frames from
    /// the exit, counts it (bridges, exit policy, invalidation), returns the frame to
    /// the pool. True: the interpreter state changed.
    fn after_run(
        &mut self,
        vm: &mut Vm,
        exit: Result<coil_x64::ExitId, coil_x64::CompileError>,
        frame: JitFrame,
        mark: RunMark,
    ) -> bool {
        let changed = self.handle_exit(vm, exit, &frame, mark);
        self.frames.push(frame);
        changed
    }

    fn handle_exit(
        &mut self,
        vm: &mut Vm,
        exit: Result<coil_x64::ExitId, coil_x64::CompileError>,
        frame: &JitFrame,
        mark: RunMark,
    ) -> bool {
        let Ok(exit) = exit else {
            return false;
        };
        let i = exit.index();
        let Some(&(owner, pi)) = self.owner.get(&exit.trace()) else {
            vm.stderr
                .write_str("coil: internal JIT error: exit from an unknown trace\n");
            std::process::abort();
        };
        let lt = &mut self.loops[owner];
        let room = lt.pieces.len() <= self.params.max_bridges as usize;
        let p = &mut lt.pieces[pi];
        let mut hot = false;
        let mut bad = false;
        let class = p.classes.get(i);
        let stale = class.and_then(|x| x.version);
        let finished = class.is_some_and(|x| x.finish);
        if let (Some(c), Some(x)) = (p.exit_counts.get_mut(i), class) {
            *c += 1;
            // A `guard_value` counts per failing value (`exits.rs`).
            let value = match x.promoted {
                Some(k) if x.eligible && !p.bridged[i] => frame
                    .io()
                    .get(k as usize)
                    .map(|w| (p.values.entry(i).or_default(), *w)),
                _ => None,
            };
            let j = exits::judge(
                exits::Failure {
                    eligible: x.eligible,
                    bridged: p.bridged[i],
                    failures: *c,
                    aborts: p.exit_aborts[i],
                    room,
                    value,
                },
                self.params.bridge_threshold,
                self.params.max_aborts,
                self.params.promote_spread,
            );
            hot = j.bridge;
            // Exits that will keep reaching the interpreter. (A finish at the function's
            // return ends the call: the interpreter only returns, or a direct call hands
            // the value back.)
            bad = j.marked;
            self.summary.unbridged += j.marked as u64;
            self.summary.spread += j.newly_spread as u64;
        }
        if finished {
            lt.finishes += 1;
            self.summary.finishes += 1;
        }
        // A run that completed an iteration of the loop it entered (or went on into
        // another loop) ended normally: a short loop leaving at its end (a `for` over a
        // few items, then the function's return) is not one the machine code loses on.
        let iters = |l: usize| self.loops[l].iters.load(Ordering::Relaxed);
        let productive = match mark.into {
            _ if mark.lp == owner => iters(owner) != mark.iters,
            Some((l, n)) if l == owner => iters(owner) != n,
            _ => true,
        };
        let bad = bad && !productive;
        self.count_exit();
        let lt = &self.loops[owner];
        let p = &lt.pieces[pi];
        let plan = p.classes.get(i).and_then(|x| x.plan.as_ref());
        let done = match plan {
            Some(plan) if vm.frames.last().is_some_and(|f| f.code == lt.code) => {
                deopt::resume_planned(vm, plan, frame)
            }
            _ => match (&p.finish, p.compiled.exits.get(i).map(|x| &x.kind)) {
                (Some(f), Some(coil_x64::ExitKind::Finish)) => {
                    bridge::resume_finish(vm, f, &p.compiled.exits[i], &p.trace, frame)
                }
                _ => deopt::resume(vm, &p.trace, &p.compiled, frame, i, lt.code, &p.frames),
            },
        };
        if let Err(e) = done {
            // Cannot happen for traces this recorder builds.
            vm.stderr
                .write_str(&format!("coil: internal JIT error at exit: {e}\n"));
            std::process::abort();
        }
        if let Some((word, dict)) = stale {
            if dict {
                *self.version_fails.entry(word).or_default() += 1;
            }
            self.invalidate(owner);
        } else if hot && !vm.jit_raise {
            self.start_bridge(vm, owner, pi, i);
        } else if bad {
            self.note_bad_exit(owner);
        }
        true
    }

    /// One more exit (jit-summary); in the `fail_every` test mode, the next forced
    /// failure is `fail_every` guard checks away.
    fn count_exit(&mut self) {
        self.summary.exits += 1;
        if self.params.fail_every > 0 && self.fail_counter.load(Ordering::Relaxed) <= 0 {
            self.fail_counter
                .store(self.params.fail_every as i64, Ordering::Relaxed);
        }
    }

    /// An exit of loop `idx`'s family through a guard that cannot get a bridge, ending a
    /// run that completed no iteration: every `drop_window` of them, the loop is dropped
    /// (with the loops that jump into it) if it ran fewer than `drop_ratio` iterations
    /// per such exit since the last check, which costs more than the interpreter
    /// running those iterations.
    fn note_bad_exit(&mut self, idx: usize) {
        let (window, ratio) = (self.params.drop_window, self.params.drop_ratio);
        let l = &mut self.loops[idx];
        l.bad_exits += 1;
        if ratio == 0 || l.bad_exits < window.max(1) {
            return;
        }
        let now = l.progress();
        let ran = now.saturating_sub(l.iters_mark);
        let exits = l.bad_exits as i64;
        l.bad_exits = 0;
        l.iters_mark = now;
        if ran >= exits * ratio as i64 {
            return;
        }
        let loc = Self::location(l.code, l.header);
        let number = l.number;
        let what = if l.linear {
            "iterations and returns"
        } else {
            "iterations"
        };
        self.log.section("jit-abort-log", || {
            format!(
                "DROPPED: Loop {number} ({loc}): {ran} {what} for {exits} exits through guards without bridges (blacklisted)\n"
            )
        });
        for d in self.dependents(idx) {
            let (code, header) = (self.loops[d].code, self.loops[d].header);
            let key = (code.addr(), header);
            if !matches!(self.state.get(&key), Some(LoopState::Compiled(i)) if *i == d) {
                continue;
            }
            self.summary.dropped += 1;
            // The loop itself is blacklisted; those jumping into it may be retraced.
            let n = if d == idx { self.params.max_aborts } else { 0 };
            self.state.insert(key, LoopState::Aborted(n));
            self.clear_cell(code, header);
            self.warmth.remove(&key);
            if let Some(c) = function::counter(code, header) {
                *c = 0;
            }
        }
    }

    /// Loop `idx` and every loop whose traces reach it (transitively): the trace trees
    /// that must be dropped with it.
    fn dependents(&self, idx: usize) -> Vec<usize> {
        let mut out = vec![idx];
        let mut k = 0;
        while k < out.len() {
            let x = out[k];
            for (j, l) in self.loops.iter().enumerate() {
                if l.jumps_into.contains(&x) && !out.contains(&j) {
                    out.push(j);
                }
            }
            k += 1;
        }
        out
    }

    /// A version guard of loop `idx` failed: a global, builtin or class it embeds changed,
    /// so the loop and its bridges are dropped from use and the loop is retraced when it
    /// is hot again (blacklisted after `max_invalidations`); so is every loop whose
    /// traces jump into it.
    fn invalidate(&mut self, idx: usize) {
        for d in self.dependents(idx) {
            self.invalidate_one(d);
        }
    }

    fn invalidate_one(&mut self, idx: usize) {
        let l = &self.loops[idx];
        let (code, header, number) = (l.code, l.header, l.number);
        let key = (code.addr(), header);
        if !matches!(self.state.get(&key), Some(LoopState::Compiled(i)) if *i == idx) {
            return; // dropped already
        }
        let n = {
            let n = self.invalidations.entry(key).or_default();
            *n += 1;
            *n
        };
        self.summary.invalidated += 1;
        let max = self.params.max_invalidations;
        self.state.insert(
            key,
            LoopState::Aborted(if n >= max { self.params.max_aborts } else { 0 }),
        );
        self.clear_cell(code, header);
        self.warmth.remove(&key);
        if let Some(c) = function::counter(code, header) {
            *c = 0;
        }
        let loc = Self::location(code, header);
        self.log.section("jit-abort-log", || {
            format!(
                "INVALIDATED: Loop {number} ({loc}): a global, builtin or class it embeds changed{}\n",
                if n >= max { " (blacklisted)" } else { "" }
            )
        });
    }

    fn summary_text(&self) -> String {
        let s = &self.summary;
        let mut o = String::new();
        o += &format!(
            "Tracing:      \t{}\t{:.6}\n",
            s.tracing,
            s.tracing_time.as_secs_f64()
        );
        o += &format!(
            "Optimizing:   \t{}\t{:.6}\n",
            s.backend,
            s.optimizing_time.as_secs_f64()
        );
        o += &format!(
            "Backend:      \t{}\t{:.6}\n",
            s.backend,
            s.backend_time.as_secs_f64()
        );
        o += &format!(
            "TOTAL:      \t\t{:.6}\n",
            (s.tracing_time + s.optimizing_time + s.backend_time).as_secs_f64()
        );
        o += &format!("ops:             \t{}\n", s.recorded_ops);
        o += &format!("recorded ops:    \t{}\n", s.recorded_ops);
        o += &format!("guards:          \t{}\n", s.recorded_guards);
        o += &format!("opt ops:         \t{}\n", s.opt_ops);
        o += &format!("opt guards:      \t{}\n", s.opt_guards);
        for (name, v) in s.opt.pypy_summary().into_iter().skip(2) {
            o += &format!("{name}:\t{v}\n");
        }
        for k in AbortKind::ALL {
            let n = s.aborts.get(k.text()).copied().unwrap_or(0);
            o += &format!("abort: {}:\t{n}\n", k.text());
        }
        o += &format!("guard exits:     \t{}\n", s.exits);
        o += &format!("of which finishes:\t{}\n", s.finishes);
        o += &format!("invalidated:     \t{}\n", s.invalidated);
        o += &format!("dropped:         \t{}\n", s.dropped);
        o += &format!("exits without bridge:\t{}\n", s.unbridged);
        o += &format!("spread guard_values:\t{}\n", s.spread);
        o += &format!("not peeled:      \t{}\n", s.unpeeled);
        o += &format!("deferred:        \t{}\n", s.deferred);
        o += &format!("entries refused: \t{}\n", s.refused);
        o += &format!("Total # of loops:\t{}\n", self.loops.len());
        o += &format!("Total # of bridges:\t{}\n", s.bridges);
        // Per compiled trace: tracing, optimization and assembly seconds.
        for (name, t, op, b) in &s.per_trace {
            o += &format!(
                "{name}:\ttracing {:.6}\toptimizing {:.6}\tbackend {:.6}\n",
                t.as_secs_f64(),
                op.as_secs_f64(),
                b.as_secs_f64()
            );
        }
        o
    }
}

/// The optimized trace with `+N:` machine-code offsets, as PyPy prints it.
fn with_offsets(t: &Trace, offsets: &[u32]) -> String {
    let text = t.print();
    let n = t.num_inputs();
    let mut out = String::new();
    let mut op = None;
    for line in text.lines() {
        match op {
            None => {
                out += line;
                out.push('\n');
                if line.starts_with('[') {
                    op = Some(n);
                }
            }
            Some(i) => {
                match offsets.get(i) {
                    Some(&off) if off != u32::MAX => out += &format!("+{off}: {line}\n"),
                    _ => out += &format!("{line}\n"),
                }
                op = Some(i + 1);
            }
        }
    }
    out
}

impl JitHooks for JitHandle {
    fn on_hot_loop(&mut self, vm: &mut Vm, code: Value, target: u32) -> bool {
        let hot = self.0.borrow_mut().hot_loop(vm, code, target);
        self.run(vm, hot)
    }

    fn on_hot_call(&mut self, vm: &mut Vm, code: Value) -> bool {
        let hot = self.0.borrow_mut().hot_call(vm, code);
        self.run(vm, hot)
    }

    fn on_instruction(&mut self, vm: &mut Vm, pc: u32) {
        self.0.borrow_mut().on_instruction(vm, pc)
    }
}

impl JitHandle {
    /// Runs the compiled code `hot` names, if any, outside any borrow of the JIT.
    fn run(&mut self, vm: &mut Vm, hot: Hot) -> bool {
        match hot {
            Hot::Done(changed) => changed,
            Hot::Run(trace, mut frame, mark) => {
                // Python code the trace calls sees the JIT (nested runs of other loops).
                let inner = self
                    .1
                    .take()
                    .unwrap_or_else(|| Box::new(JitHandle(self.0.clone(), None)));
                let outer = std::mem::replace(&mut vm.jit, inner);
                let words = {
                    let mut j = self.0.borrow_mut();
                    j.nested += 1;
                    j.direct_words.clone()
                };
                call_assembler::push_active(&self.0);
                // Direct calls count the frames below this run against the recursion limit.
                let base = words
                    .frames_base
                    .swap(vm.frames.len() as u64, Ordering::Relaxed);
                let exit = execute(vm, trace, &mut frame);
                words.frames_base.store(base, Ordering::Relaxed);
                call_assembler::pop_active();
                self.1 = Some(std::mem::replace(&mut vm.jit, outer));
                let mut j = self.0.borrow_mut();
                j.nested -= 1;
                j.after_run(vm, exit, frame, mark)
            }
        }
    }
}

/// Runs compiled code from `entry` on `frame` (inputs written) against `vm`: the one call
/// into machine code.
fn execute(
    vm: &mut Vm,
    entry: coil_x64::Entry,
    frame: &mut JitFrame,
) -> Result<coil_x64::ExitId, coil_x64::CompileError> {
    coil_vm::heap::jit::enter_jit_vm(vm);
    // The trace's exception word: only its helper calls set it.
    vm.exc = Value::EMPTY;
    // SAFETY: the trace was recorded against this VM's layouts (descr offsets
    // come from `coil_vm::layout`), its inputs were just checked against the
    // entry kinds (refs are live heap objects, no collection runs while it
    // executes: its helpers never collect, and Python code they run does so
    // under `gc_inhibit`), every trace it can reach (its bridges, and the
    // loops they jump into, with their bridges) is alive in `loops` (never
    // freed; a bridge compiled by a nested run is patched in while this one
    // waits in a helper call, not executing that code), the frame is this
    // run's own and fits all of them (`fit_frame` refuses a trace that needs
    // more while runs are in progress), and its only raw reads are the VM's
    // flag words and version fields, which outlive it.
    unsafe { entry.run(frame) }
}

impl Jit {
    /// A hot back-edge: enter the compiled loop, or start recording it when warm.
    fn hot_loop(&mut self, vm: &mut Vm, code: Value, target: u32) -> Hot {
        if self.recording.is_some() {
            return Hot::Done(false);
        }
        match self.state.get(&(code.addr(), target)).copied() {
            Some(LoopState::Compiled(idx)) => self.enter(vm, idx),
            Some(LoopState::Aborted(n)) if n >= self.params.max_aborts => {
                if let Some(c) = function::counter(code, target) {
                    *c = 0;
                }
                Hot::Done(false)
            }
            _ => {
                if !self.warm_enough(vm, code, target) || self.defer(vm, code, target) {
                    return Hot::Done(false);
                }
                let id = self.code_id(code);
                let rec = Recorder::new(
                    code,
                    target,
                    vm.frames.len(),
                    id,
                    self.params.trace_limit as usize,
                    self.watch,
                    // Loop N's labels are targets 2N-2 (entry) and 2N-1 (peeled loop).
                    TargetId(2 * self.loops.len() as u32),
                );
                let mut rec = rec;
                rec.merge_headers = self.compiled_headers(code);
                rec.may_return = self
                    .loop_exits
                    .get(&(code.addr(), target))
                    .is_some_and(|n| *n >= 1);
                rec.unstable_versions = self.unstable_versions();
                self.recording = Some((rec, Instant::now(), Recording::Loop));
                vm.jit_tracing = true;
                Hot::Done(false)
            }
        }
    }

    fn on_instruction(&mut self, vm: &mut Vm, pc: u32) {
        let Some((rec, _, what)) = self.recording.as_mut() else {
            vm.jit_tracing = false;
            return;
        };
        // The header of another compiled loop of this frame: end there, jumping to it.
        let mut closed = false;
        let mut step = None;
        if rec.at_merge_point(vm, pc) {
            let own = match *what {
                Recording::Bridge { lp, .. } => Some(lp),
                Recording::Loop | Recording::Function => None,
            };
            if let Some(LoopState::Compiled(idx)) = self.state.get(&(rec.code.addr(), pc)) {
                let l = &self.loops[*idx];
                if Some(*idx) != own {
                    let filled = match what {
                        Recording::Function => rec.fill_dead_locals(pc, &l.entry),
                        _ => Ok(()),
                    };
                    let closed_now = match filled {
                        Ok(()) => rec.close_into(vm, pc, l.target, &l.entry),
                        Err(a) => Err(a),
                    };
                    match closed_now {
                        Ok(true) => {
                            self.closed_into = Some(*idx);
                            closed = true;
                        }
                        Ok(false) => {}
                        Err(a) => step = Some(Err(a)),
                    }
                }
            }
        }
        let step = match step {
            Some(s) => s,
            None if closed => Ok(true),
            None => rec.step(vm, pc),
        };
        match step {
            Ok(false) => {}
            Ok(true) => {
                vm.jit_tracing = false;
                let (rec, started, what) = self.recording.take().expect("recording");
                match what {
                    Recording::Loop | Recording::Function => self.compile(vm, rec, started),
                    Recording::Bridge { lp, piece, exit } => {
                        self.compile_bridge(vm, rec, started, (lp, piece, exit))
                    }
                }
            }
            Err(a) => self.abort(vm, a),
        }
    }
}

impl Drop for Jit {
    fn drop(&mut self) {
        let text = self.summary_text();
        self.log.section("jit-summary", || text);
        let mut counts = String::new();
        for l in &self.loops {
            counts += &format!("entry {}:{}\n", l.number, l.entered);
            counts += &format!(
                "iterations {}:{}\n",
                l.number,
                l.iters.load(Ordering::Relaxed)
            );
            for p in &l.pieces {
                let name = match &p.bridge {
                    None => format!("{}", l.number),
                    Some(b) => {
                        counts += &format!(
                            "bridge {}:{}\n",
                            b.number,
                            b.counter.load(Ordering::Relaxed)
                        );
                        let _ = (b.parent, b.exit);
                        format!("{}.b{}", l.number, b.number)
                    }
                };
                for (i, c) in p.exit_counts.iter().enumerate() {
                    if *c > 0 {
                        counts += &format!("exit {name}.{i}:{c}\n");
                    }
                }
            }
        }
        self.log.section("jit-backend-counts", || counts);
        self.log.flush();
    }
}
