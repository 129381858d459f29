//! Snapshots: the interpreter state a guard resumes to (frames of slots, virtual objects).

use crate::types::{ArrayId, ConstId, FieldId, IrRef, SizeId, VirtId};

/// One slot of a resumed frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SnapValue {
    /// The value of an op of the trace.
    Ref(IrRef),
    /// A constant.
    Const(ConstId),
    /// A virtual object described in the snapshot (materialized on exit).
    Virtual(VirtId),
    /// A dead slot (printed `None`).
    Dead,
}

/// One interpreter frame to rebuild: code object, the pc to resume at, and its slots
/// (locals then operand stack, as the recorder lays them out).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Frame {
    /// Code object id (the VM's).
    pub code: u32,
    /// Bytecode offset to resume at.
    pub pc: u32,
    /// Slot values.
    pub slots: Vec<SnapValue>,
}

/// What a virtual object is: a struct (from `new`/`new_with_vtable`) or an array.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum VirtualDesc {
    /// An object allocated by `new` (`vtable == false`) or `new_with_vtable`.
    Struct {
        /// Its size descr.
        size: SizeId,
        /// Allocated with new_with_vtable (header layout id set from the descr).
        vtable: bool,
        /// Initialised fields (others are zero).
        fields: Vec<(FieldId, SnapValue)>,
    },
    /// An array allocated by `new_array`/`new_array_clear`, with all its items.
    Array {
        /// Its array descr.
        descr: ArrayId,
        /// Items, `items.len()` is the length.
        items: Vec<SnapValue>,
    },
}

/// The resume state of a guard, shared between guards that resume identically.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Snapshot {
    /// Frames, outermost first.
    pub frames: Vec<Frame>,
    /// Virtual objects referenced by `SnapValue::Virtual` in frames or in other virtuals.
    pub virtuals: Vec<VirtualDesc>,
}

impl Snapshot {
    /// A snapshot of one frame (code 0, pc 0), as tests and bridges build them.
    pub fn single(slots: Vec<SnapValue>) -> Snapshot {
        Snapshot {
            frames: vec![Frame {
                code: 0,
                pc: 0,
                slots,
            }],
            virtuals: vec![],
        }
    }
    /// All slots of all frames, outermost frame first: PyPy's fail args.
    pub fn fail_args(&self) -> impl Iterator<Item = SnapValue> + '_ {
        self.frames.iter().flat_map(|f| f.slots.iter().copied())
    }
    /// Every value mentioned, including inside virtuals.
    pub fn all_values(&self) -> impl Iterator<Item = SnapValue> + '_ {
        self.fail_args()
            .chain(self.virtuals.iter().flat_map(|v| match v {
                VirtualDesc::Struct { fields, .. } => {
                    Box::new(fields.iter().map(|f| f.1)) as Box<dyn Iterator<Item = SnapValue>>
                }
                VirtualDesc::Array { items, .. } => Box::new(items.iter().copied()),
            }))
    }
    /// Every op referenced (slots and virtual fields).
    pub fn refs(&self) -> impl Iterator<Item = IrRef> + '_ {
        self.all_values().filter_map(|v| match v {
            SnapValue::Ref(r) => Some(r),
            _ => None,
        })
    }
    /// Is the snapshot the default single frame (code 0, pc 0) without virtuals?
    pub fn is_plain(&self) -> bool {
        self.virtuals.is_empty()
            && self.frames.len() == 1
            && self.frames[0].code == 0
            && self.frames[0].pc == 0
    }
}
