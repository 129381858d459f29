//! Abort reasons (one table): why a recording stopped without producing a trace.

macro_rules! aborts {
    ($( $name:ident = $text:literal; )*) => {
        /// Why a recording was abandoned.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum AbortKind { $($name,)* }
        impl AbortKind {
            /// All kinds, in table order.
            pub const ALL: &'static [AbortKind] = &[$(AbortKind::$name,)*];
            /// The jit-summary / jit-abort-log text.
            pub fn text(self) -> &'static str {
                match self { $(AbortKind::$name => $text,)* }
            }
        }
    };
}

aborts! {
    TooLong = "trace too long";
    Unsupported = "unsupported operation";
    ControlFlow = "exception or unexpected control flow during recording";
    Recursion = "call or return during recording";
    LoopExit = "the loop ended during recording (its function returned)";
    InnerLoop = "an inner loop is not compiled yet";
    TypeUnstable = "bad loop";
    Overflow = "int overflow during recording";
    Invalid = "optimizer proved a guard always fails";
    Compiling = "compiling";
}

/// An abort: the kind and a detail for jit-abort-log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Abort {
    /// Kind (counted in jit-summary).
    pub kind: AbortKind,
    /// Detail.
    pub detail: String,
    /// A loop header (in the recorded loop's code) to record at its next back-edge:
    /// `InnerLoop`'s inner loop, or the recorded loop's own header when the recording
    /// met the end of a generator's loop (`recorder/generator.rs`).
    pub inner: Option<u32>,
}

impl Abort {
    /// An abort of `kind` with a detail text.
    pub fn new(kind: AbortKind, detail: impl Into<String>) -> Abort {
        Abort {
            kind,
            detail: detail.into(),
            inner: None,
        }
    }
}
