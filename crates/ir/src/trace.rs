//! The trace: a flat SSA array of ops with typed results, a constant pool, descr tables
//! and snapshots; plus the builder API the recorder and tests use.

use rustc_hash::FxHashMap;
use smallvec::SmallVec;

use crate::descr::{Descr, Descrs};
use crate::op::Opcode;
use crate::snapshot::Snapshot;
use crate::types::{Const, ConstId, IrRef, Opnd, SnapId, TargetId, TextId, Type};

/// Operand list of an op.
pub type Args = SmallVec<[Opnd; 3]>;

/// One operation. Its result (if `ty != Void`) is named by its position, an [`IrRef`].
#[derive(Clone, Debug, PartialEq)]
pub struct Op {
    /// What it does.
    pub opcode: Opcode,
    /// Result type (from the table, except for `input`, which carries its own).
    pub ty: Type,
    /// Operands.
    pub args: Args,
    /// Descr (field/array/size/call/target/text).
    pub descr: Descr,
    /// For guards: the snapshot to resume to.
    pub snap: Option<SnapId>,
}

impl Op {
    /// An op with the table's result type.
    pub fn new(opcode: Opcode, args: &[Opnd], descr: Descr) -> Op {
        Op {
            opcode,
            ty: opcode.result(),
            args: SmallVec::from_slice(args),
            descr,
            snap: None,
        }
    }
}

/// The constant pool: each distinct constant once.
#[derive(Clone, Debug, Default)]
pub struct ConstPool {
    list: Vec<Const>,
    map: FxHashMap<Const, ConstId>,
}

impl ConstPool {
    /// Interns a constant.
    pub fn add(&mut self, c: Const) -> ConstId {
        if let Some(&id) = self.map.get(&c) {
            return id;
        }
        let id = ConstId::new(self.list.len());
        self.list.push(c);
        self.map.insert(c, id);
        id
    }
    /// The constant.
    pub fn get(&self, id: ConstId) -> Const {
        self.list[id.index()]
    }
    /// Number of constants.
    pub fn len(&self) -> usize {
        self.list.len()
    }
    /// Is the pool empty.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// How `guard_class` reads the class of an object: the word at `offset`, of `size` bytes
/// (default: the u32 layout id in the low half of the header word at offset 0).
/// The optimizer treats an object's class as fixed for its lifetime (a second
/// `guard_class` on the same object is removed even across calls), so this must name a
/// word that never changes; check mutable words such as an instance's map with
/// `getfield` + `guard_value`, which the heap pass invalidates correctly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClassField {
    /// Byte offset in the object.
    pub offset: i32,
    /// 4 or 8.
    pub size: u8,
}

impl Default for ClassField {
    fn default() -> Self {
        ClassField { offset: 0, size: 4 }
    }
}

/// A trace: inputs (ops of kind `input`, first), then the ops, ending in jump or finish.
#[derive(Clone, Debug, Default)]
pub struct Trace {
    /// Ops in order; inputs first.
    pub ops: Vec<Op>,
    /// Constants.
    pub consts: ConstPool,
    /// Descr tables.
    pub descrs: Descrs,
    /// Snapshots.
    pub snaps: Vec<Snapshot>,
    /// Texts (debug_merge_point locations).
    pub texts: Vec<String>,
    /// Where guard_class finds the class.
    pub class_field: ClassField,
    /// Optional `# ...` header line(s) printed before the inputs (without the `# `).
    pub header: Vec<String>,
    /// Classes (layout ids) of constant objects the trace mentions, as the recorder saw
    /// them: `(address, class)`. Lets the optimizer decide `guard_class` on constants
    /// and merge a `guard_class` into a later `guard_value`. Printed as a
    /// `# const_classes 0x1000=3 ...` line. Only meaningful with the default class field
    /// (the layout id never changes for an object).
    pub const_classes: Vec<(u64, u32)>,
}

impl Trace {
    /// An empty trace.
    pub fn new() -> Trace {
        Trace::default()
    }
    /// The op.
    pub fn op(&self, r: IrRef) -> &Op {
        &self.ops[r.index()]
    }
    /// The constant.
    pub fn konst(&self, id: ConstId) -> Const {
        self.consts.get(id)
    }
    /// Number of inputs (leading `input` ops).
    pub fn num_inputs(&self) -> usize {
        self.ops
            .iter()
            .take_while(|o| o.opcode == Opcode::Input)
            .count()
    }
    /// The inputs.
    pub fn inputs(&self) -> Vec<IrRef> {
        (0..self.num_inputs()).map(IrRef::new).collect()
    }
    /// The type of an operand.
    pub fn ty(&self, o: Opnd) -> Type {
        match o {
            Opnd::Ref(r) => self.ops[r.index()].ty,
            Opnd::Const(c) => self.consts.get(c).ty(),
        }
    }
    /// The constant behind an operand, if any.
    pub fn as_const(&self, o: Opnd) -> Option<Const> {
        match o {
            Opnd::Const(c) => Some(self.consts.get(c)),
            Opnd::Ref(_) => None,
        }
    }
    /// Interns a constant and returns it as an operand.
    pub fn c(&mut self, c: Const) -> Opnd {
        Opnd::Const(self.consts.add(c))
    }
    /// An int constant operand.
    pub fn int(&mut self, v: i64) -> Opnd {
        self.c(Const::Int(v))
    }
    /// A float constant operand.
    pub fn float(&mut self, v: f64) -> Opnd {
        self.c(Const::float(v))
    }
    /// A pointer constant operand.
    pub fn ptr(&mut self, v: u64) -> Opnd {
        self.c(Const::Ptr(v))
    }
    /// Adds a text (interned).
    pub fn text(&mut self, s: &str) -> TextId {
        if let Some(i) = self.texts.iter().position(|t| t == s) {
            return TextId::new(i);
        }
        self.texts.push(s.to_string());
        TextId::new(self.texts.len() - 1)
    }
    /// Adds an input of the given type. Inputs must come before other ops.
    pub fn input(&mut self, ty: Type) -> IrRef {
        self.ops.push(Op {
            opcode: Opcode::Input,
            ty,
            args: SmallVec::new(),
            descr: Descr::None,
            snap: None,
        });
        IrRef::new(self.ops.len() - 1)
    }
    /// The recorded class of a constant object, if known.
    pub fn const_class(&self, addr: u64) -> Option<u32> {
        self.const_classes.iter().find(|c| c.0 == addr).map(|c| c.1)
    }
    /// Appends an op and returns its ref.
    pub fn push(&mut self, op: Op) -> IrRef {
        self.ops.push(op);
        IrRef::new(self.ops.len() - 1)
    }
    /// Appends an op built from opcode, operands and descr.
    pub fn emit(&mut self, opcode: Opcode, args: &[Opnd], descr: Descr) -> IrRef {
        self.push(Op::new(opcode, args, descr))
    }
    /// Appends a guard resuming to `snap`.
    pub fn guard(&mut self, opcode: Opcode, args: &[Opnd], snap: SnapId) -> IrRef {
        let mut op = Op::new(opcode, args, Descr::None);
        op.snap = Some(snap);
        self.push(op)
    }
    /// Adds a snapshot (reusing an identical existing one is the caller's choice).
    pub fn snapshot(&mut self, s: Snapshot) -> SnapId {
        self.snaps.push(s);
        SnapId::new(self.snaps.len() - 1)
    }
    /// The snapshot.
    pub fn snap(&self, id: SnapId) -> &Snapshot {
        &self.snaps[id.index()]
    }
    /// Appends `label(args, descr=TargetToken(t))`.
    pub fn label(&mut self, args: &[Opnd], t: TargetId) -> IrRef {
        self.emit(Opcode::Label, args, Descr::Target(t))
    }
    /// Appends `jump(args, descr=TargetToken(t))`.
    pub fn jump(&mut self, args: &[Opnd], t: TargetId) -> IrRef {
        self.emit(Opcode::Jump, args, Descr::Target(t))
    }
    /// Position of the label with target `t`, if in this trace.
    pub fn find_label(&self, t: TargetId) -> Option<IrRef> {
        self.ops
            .iter()
            .position(|o| o.opcode == Opcode::Label && o.descr == Descr::Target(t))
            .map(IrRef::new)
    }
    /// Counts ops other than inputs and debug_merge_points.
    pub fn num_ops(&self) -> usize {
        self.ops
            .iter()
            .filter(|o| !matches!(o.opcode, Opcode::Input | Opcode::DebugMergePoint))
            .count()
    }
    /// Counts guards.
    pub fn num_guards(&self) -> usize {
        self.ops.iter().filter(|o| o.opcode.is_guard()).count()
    }
}
