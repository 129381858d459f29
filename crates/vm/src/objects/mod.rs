//! The object model: one file per type family plus the generic operations on values.

pub mod attr;
pub mod bigrange;
pub mod bytes;
pub mod codecs;
pub mod complex;
pub mod dict;
pub mod exc;
pub mod excgroup;
pub mod finalize;
pub mod float;
pub mod format;
pub mod instance;
pub mod int;
pub mod iter;
pub mod ops;
pub mod seq;
pub mod set;
pub mod slots;
pub mod str;
pub mod typeforms;
pub mod types;
