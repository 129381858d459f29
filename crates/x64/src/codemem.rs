//! Code memory: pages mapped writable to copy code in, then executable, never both (W^X).
//!
//! Compiled traces are packed into per-thread chunks (256 KiB mapped at once, pages
//! faulted in as code is written), so compiling a trace costs two `mprotect` calls on
//! its own pages instead of a fresh mapping, a protection change and an unmapping. A
//! [`CodeMemory`] is one trace's range in a chunk; the chunk is unmapped when its last
//! trace is dropped and the thread has moved on to another chunk.
//!
//! Writing (a new trace, or a guard's exit jump redirected to a bridge) flips only the
//! pages the bytes lie on to read-write and back to read-execute; no page is ever
//! writable and executable at once. A page may hold the end of one trace and the start
//! of the next: while it is writable the older trace cannot run, which is safe because
//! chunks are per thread and a thread compiles or patches only while none of its traces
//! is running.

use std::cell::RefCell;
use std::ptr::NonNull;
use std::sync::Arc;

/// Bytes mapped per chunk (traces larger than this get a chunk of their own size).
const CHUNK_BYTES: usize = 256 * 1024;
/// Alignment of each trace's start.
const CODE_ALIGN: usize = 16;

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if p <= 0 {
        4096
    } else {
        p as usize
    }
}

/// Mapping or protection failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeMemError(pub String);

/// One mapping traces are packed into.
struct Chunk {
    ptr: NonNull<u8>,
    mapped: usize,
}

// SAFETY: the chunk's bytes are written only through `CodeMemory::new`/`patch_u64` on the thread
// that owns the chunk (see the module doc); elsewhere they are only read or executed.
unsafe impl Send for Chunk {}
unsafe impl Sync for Chunk {}

impl Chunk {
    fn map(bytes: usize) -> Result<Chunk, CodeMemError> {
        let ps = page_size();
        let mapped = bytes.max(1).div_ceil(ps) * ps;
        // SAFETY: an anonymous private mapping with no address hint; the result is checked.
        // Read-only until code is written: never writable and executable at once.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                mapped,
                libc::PROT_READ,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED || p.is_null() {
            return Err(CodeMemError("mmap failed".into()));
        }
        let ptr = NonNull::new(p as *mut u8).ok_or_else(|| CodeMemError("null map".into()))?;
        Ok(Chunk { ptr, mapped })
    }

    /// Sets the protection of the pages covering `[off, off + len)`.
    fn protect(&self, off: usize, len: usize, prot: libc::c_int) -> Result<(), CodeMemError> {
        let ps = page_size();
        let start = off / ps * ps;
        let end = (off + len.max(1)).div_ceil(ps) * ps;
        if end > self.mapped {
            return Err(CodeMemError("protect outside the chunk".into()));
        }
        // SAFETY: `[start, end)` is page-aligned and inside our own mapping.
        let r = unsafe {
            libc::mprotect(
                self.ptr.as_ptr().add(start) as *mut libc::c_void,
                end - start,
                prot,
            )
        };
        if r != 0 {
            return Err(CodeMemError("mprotect failed".into()));
        }
        Ok(())
    }
}

impl Drop for Chunk {
    fn drop(&mut self) {
        // SAFETY: unmapping exactly the region mapped in `Chunk::map`; no trace in it
        // remains (each holds an `Arc` to the chunk).
        unsafe { libc::munmap(self.ptr.as_ptr() as *mut libc::c_void, self.mapped) };
    }
}

thread_local! {
    /// This thread's chunk being filled and the offset of its first free byte.
    static CURRENT: RefCell<Option<(Arc<Chunk>, usize)>> = const { RefCell::new(None) };
}

/// Executable memory holding one compiled trace (a range of a chunk).
pub struct CodeMemory {
    chunk: Arc<Chunk>,
    /// Offset of the code in the chunk.
    off: usize,
    /// Bytes of code.
    len: usize,
}

impl CodeMemory {
    /// Copies `code` into this thread's current chunk (a new chunk when it is full),
    /// applies `fixups` (each an offset in `code` where the absolute address
    /// `base + target_offset` is written as a little-endian u64), and makes its pages
    /// read-execute.
    pub fn new(code: &[u8], fixups: &[(usize, usize)]) -> Result<CodeMemory, CodeMemError> {
        let (chunk, off) = CURRENT.with(|c| -> Result<(Arc<Chunk>, usize), CodeMemError> {
            let mut cur = c.borrow_mut();
            let fits = cur
                .as_ref()
                .is_some_and(|(ch, free)| free + code.len() <= ch.mapped);
            if !fits {
                let chunk = Arc::new(Chunk::map(CHUNK_BYTES.max(code.len()))?);
                *cur = Some((chunk, 0));
            }
            let (ch, free) = cur.as_mut().expect("a current chunk");
            let off = *free;
            *free = (off + code.len()).div_ceil(CODE_ALIGN) * CODE_ALIGN;
            Ok((ch.clone(), off))
        })?;
        let mut mem = CodeMemory {
            chunk,
            off,
            len: code.len(),
        };
        mem.chunk
            .protect(off, code.len(), libc::PROT_READ | libc::PROT_WRITE)?;
        // SAFETY: `[off, off + len)` lies in the chunk (checked above) and its pages were
        // just made writable; nothing else owns these bytes.
        unsafe {
            std::ptr::copy_nonoverlapping(code.as_ptr(), mem.base_ptr(), code.len());
        }
        let base = mem.addr();
        for &(at, target) in fixups {
            mem.write_u64(at, base + target as u64)?;
        }
        mem.chunk
            .protect(off, code.len(), libc::PROT_READ | libc::PROT_EXEC)?;
        Ok(mem)
    }

    fn base_ptr(&self) -> *mut u8 {
        // SAFETY: `off` is inside the chunk's mapping.
        unsafe { self.chunk.ptr.as_ptr().add(self.off) }
    }

    fn write_u64(&mut self, at: usize, v: u64) -> Result<(), CodeMemError> {
        if at + 8 > self.len {
            return Err(CodeMemError(format!("patch at {at} outside the code")));
        }
        // SAFETY: `at + 8 <= len`, inside the trace's range; callers make the pages
        // writable first.
        unsafe { std::ptr::write_unaligned(self.base_ptr().add(at) as *mut u64, v) };
        Ok(())
    }

    /// Overwrites the u64 at `at` (an absolute-address immediate) with `v`: maps the
    /// pages it lies on writable (not executable), writes, maps them executable again.
    pub fn patch_u64(&mut self, at: usize, v: u64) -> Result<(), CodeMemError> {
        if at + 8 > self.len {
            return Err(CodeMemError(format!("patch at {at} outside the code")));
        }
        let start = self.off + at;
        self.chunk
            .protect(start, 8, libc::PROT_READ | libc::PROT_WRITE)?;
        let r = self.write_u64(at, v);
        self.chunk
            .protect(start, 8, libc::PROT_READ | libc::PROT_EXEC)?;
        r
    }

    /// Start address.
    pub fn addr(&self) -> u64 {
        self.base_ptr() as u64
    }

    /// Code size in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Is there no code.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The code bytes (for disassembly and tests).
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: the chunk is readable in every protection state and the range is
        // `len` bytes inside it.
        unsafe { std::slice::from_raw_parts(self.base_ptr(), self.len) }
    }
}
