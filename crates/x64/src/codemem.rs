//! Code memory: pages mapped writable to copy code in, then executable, never both (W^X).
//!
//! Each compiled trace owns one [`CodeMemory`] region. Patching (a guard's exit jump
//! redirected to a bridge) flips the region back to read-write, writes the bytes and flips
//! it to read-execute again; the region is never writable and executable at once.

use std::ptr::NonNull;

/// A region of executable memory holding one compiled trace.
pub struct CodeMemory {
    ptr: NonNull<u8>,
    /// Bytes mapped (a whole number of pages).
    mapped: usize,
    /// Bytes of code.
    len: usize,
}

// The region is only read through `&self` (execution) and written through `&mut self`.
unsafe impl Send for CodeMemory {}

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

impl CodeMemory {
    /// Maps fresh pages, copies `code` in, applies `fixups` (each an offset in `code` where
    /// the absolute address `base + target_offset` is written as a little-endian u64), and
    /// makes the pages read-execute.
    pub fn new(code: &[u8], fixups: &[(usize, usize)]) -> Result<CodeMemory, CodeMemError> {
        let ps = page_size();
        let mapped = code.len().max(1).div_ceil(ps) * ps;
        // SAFETY: an anonymous private mapping with no address hint; the result is checked.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                mapped,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED || p.is_null() {
            return Err(CodeMemError("mmap failed".into()));
        }
        let ptr = NonNull::new(p as *mut u8).ok_or_else(|| CodeMemError("null map".into()))?;
        let mut mem = CodeMemory {
            ptr,
            mapped,
            len: code.len(),
        };
        // SAFETY: the mapping is `mapped >= code.len()` bytes, writable, and fresh.
        unsafe { std::ptr::copy_nonoverlapping(code.as_ptr(), ptr.as_ptr(), code.len()) };
        let base = ptr.as_ptr() as u64;
        for &(at, target) in fixups {
            mem.write_u64(at, base + target as u64)?;
        }
        mem.protect(libc::PROT_READ | libc::PROT_EXEC)?;
        Ok(mem)
    }

    fn write_u64(&mut self, at: usize, v: u64) -> Result<(), CodeMemError> {
        if at + 8 > self.len {
            return Err(CodeMemError(format!("patch at {at} outside the code")));
        }
        // SAFETY: `at + 8 <= len <= mapped`; callers make the pages writable first.
        unsafe { std::ptr::write_unaligned(self.ptr.as_ptr().add(at) as *mut u64, v) };
        Ok(())
    }

    fn protect(&mut self, prot: libc::c_int) -> Result<(), CodeMemError> {
        // SAFETY: the range is exactly our own mapping.
        let r =
            unsafe { libc::mprotect(self.ptr.as_ptr() as *mut libc::c_void, self.mapped, prot) };
        if r != 0 {
            return Err(CodeMemError("mprotect failed".into()));
        }
        Ok(())
    }

    /// Overwrites the u64 at `at` (an absolute-address immediate) with `v`: maps the
    /// region writable (not executable), writes, maps it executable again.
    pub fn patch_u64(&mut self, at: usize, v: u64) -> Result<(), CodeMemError> {
        self.protect(libc::PROT_READ | libc::PROT_WRITE)?;
        let r = self.write_u64(at, v);
        self.protect(libc::PROT_READ | libc::PROT_EXEC)?;
        r
    }

    /// Start address.
    pub fn addr(&self) -> u64 {
        self.ptr.as_ptr() as u64
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
        // SAFETY: the mapping is readable in both protection states and `len` bytes long.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl Drop for CodeMemory {
    fn drop(&mut self) {
        // SAFETY: unmapping exactly the region mapped in `new`.
        unsafe { libc::munmap(self.ptr.as_ptr() as *mut libc::c_void, self.mapped) };
    }
}
