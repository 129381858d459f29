//! The thin emit layer: typed registers, condition codes and the x86-64 instructions the
//! lowering uses, each one dynasm-rs invocation. Everything that spells machine code is here.
#![allow(clippy::useless_conversion)] // inside dynasm! expansions

use dynasmrt::x64::X64Relocation;
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi, VecAssembler};

/// A general-purpose register number (0 = rax .. 15 = r15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Gpr(pub u8);
/// An SSE register number (xmm0 .. xmm15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Xmm(pub u8);

/// Scratch registers never handed out by the allocator.
pub const RAX: Gpr = Gpr(0);
/// Second scratch (also `idiv`'s high half).
pub const RDX: Gpr = Gpr(2);
/// Third scratch.
pub const R11: Gpr = Gpr(11);
/// The frame pointer register.
pub const RBP: Gpr = Gpr(5);
/// rcx (shift counts).
pub const RCX: Gpr = Gpr(1);
/// Scratch SSE register.
pub const XTMP: Xmm = Xmm(15);
/// Second scratch SSE register.
pub const XTMP2: Xmm = Xmm(14);

/// Allocatable GPRs, callee-saved first (they are cheaper to keep across nothing, but
/// the order only affects which register a value gets).
pub const ALLOC_GPRS: [u8; 11] = [3, 12, 13, 14, 15, 1, 6, 7, 8, 9, 10];
/// Caller-saved allocatable GPRs (saved around slow-path calls).
pub const CALLER_SAVED_GPRS: [u8; 6] = [1, 6, 7, 8, 9, 10];
/// Allocatable SSE registers.
pub const ALLOC_XMMS: [u8; 14] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
/// Integer argument registers of the System V ABI.
pub const ARG_GPRS: [u8; 6] = [7, 6, 2, 1, 8, 9];

/// A condition code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cond {
    /// Equal / zero.
    E,
    /// Not equal.
    Ne,
    /// Signed less.
    L,
    /// Signed less or equal.
    Le,
    /// Signed greater.
    G,
    /// Signed greater or equal.
    Ge,
    /// Unsigned below.
    B,
    /// Unsigned below or equal.
    Be,
    /// Unsigned above.
    A,
    /// Unsigned above or equal.
    Ae,
    /// Overflow.
    O,
    /// No overflow.
    No,
}

impl Cond {
    /// The opposite condition.
    pub fn negate(self) -> Cond {
        use Cond::*;
        match self {
            E => Ne,
            Ne => E,
            L => Ge,
            Ge => L,
            Le => G,
            G => Le,
            B => Ae,
            Ae => B,
            Be => A,
            A => Be,
            O => No,
            No => O,
        }
    }
}

/// The assembler: a byte vector with labels, plus absolute-address fixups.
pub struct Emitter {
    /// The dynasm assembler.
    pub ops: VecAssembler<X64Relocation>,
}

impl Default for Emitter {
    fn default() -> Self {
        Emitter::new()
    }
}

impl Emitter {
    /// An empty buffer.
    pub fn new() -> Emitter {
        Emitter {
            ops: VecAssembler::new(0),
        }
    }
    /// Current offset.
    pub fn offset(&self) -> usize {
        self.ops.offset().0
    }
    /// A fresh label.
    pub fn label(&mut self) -> DynamicLabel {
        self.ops.new_dynamic_label()
    }
    /// Binds a label here.
    pub fn bind(&mut self, l: DynamicLabel) {
        dynasm!(self.ops ; .arch x64 ; =>l);
    }

    // ---- prologue / epilogue ----

    /// Saves callee-saved registers, aligns the stack, loads the frame pointer from rdi.
    pub fn prologue(&mut self) {
        dynasm!(self.ops ; .arch x64
            ; push rbp ; push rbx ; push r12 ; push r13 ; push r14 ; push r15
            ; sub rsp, 8 ; mov rbp, rdi);
    }
    /// Undoes the prologue and returns (rax holds the exit index).
    pub fn epilogue(&mut self) {
        dynasm!(self.ops ; .arch x64
            ; add rsp, 8 ; pop r15 ; pop r14 ; pop r13 ; pop r12 ; pop rbx ; pop rbp ; ret);
    }

    // ---- moves ----

    /// `mov d, s`.
    pub fn mov_rr(&mut self, d: Gpr, s: Gpr) {
        if d != s {
            dynasm!(self.ops ; .arch x64 ; mov Rq(d.0), Rq(s.0));
        }
    }
    /// `mov d, imm` (shortest form).
    pub fn mov_ri(&mut self, d: Gpr, v: i64) {
        if v == 0 {
            dynasm!(self.ops ; .arch x64 ; xor Rd(d.0), Rd(d.0));
        } else if (0..=u32::MAX as i64).contains(&v) {
            dynasm!(self.ops ; .arch x64 ; mov Rd(d.0), v as i32);
        } else if i32::try_from(v).is_ok() {
            dynasm!(self.ops ; .arch x64 ; mov Rq(d.0), v as i32);
        } else {
            dynasm!(self.ops ; .arch x64 ; mov Rq(d.0), QWORD v);
        }
    }
    /// `mov d, imm64` always 10 bytes; returns the offset of the immediate (for patching).
    pub fn mov_ri64_patchable(&mut self, d: Gpr, v: i64) -> usize {
        dynasm!(self.ops ; .arch x64 ; mov Rq(d.0), QWORD v);
        self.offset() - 8
    }
    /// `mov d, [b + off]` (8 bytes).
    pub fn load64(&mut self, d: Gpr, b: Gpr, off: i32) {
        if let Ok(o) = i8::try_from(off) {
            dynasm!(self.ops ; .arch x64 ; mov Rq(d.0), QWORD [BYTE Rq(b.0) + o]);
        } else {
            dynasm!(self.ops ; .arch x64 ; mov Rq(d.0), QWORD [Rq(b.0) + off]);
        }
    }
    /// `mov [b + off], s` (8 bytes).
    pub fn store64(&mut self, b: Gpr, off: i32, s: Gpr) {
        if let Ok(o) = i8::try_from(off) {
            dynasm!(self.ops ; .arch x64 ; mov QWORD [BYTE Rq(b.0) + o], Rq(s.0));
        } else {
            dynasm!(self.ops ; .arch x64 ; mov QWORD [Rq(b.0) + off], Rq(s.0));
        }
    }
    /// `mov qword [b + off], imm32` (sign-extended).
    pub fn store64_imm(&mut self, b: Gpr, off: i32, v: i32) {
        if let Ok(o) = i8::try_from(off) {
            dynasm!(self.ops ; .arch x64 ; mov QWORD [BYTE Rq(b.0) + o], v);
        } else {
            dynasm!(self.ops ; .arch x64 ; mov QWORD [Rq(b.0) + off], v);
        }
    }
    /// `mov dword [b + off], imm32`.
    pub fn store32_imm(&mut self, b: Gpr, off: i32, v: i32) {
        dynasm!(self.ops ; .arch x64 ; mov DWORD [Rq(b.0) + off], v);
    }
    /// Integer load of `size` bytes with sign or zero extension.
    pub fn load_int(&mut self, d: Gpr, b: Gpr, off: i32, size: u8, signed: bool) {
        match (size, signed) {
            (1, true) => dynasm!(self.ops ; .arch x64 ; movsx Rq(d.0), BYTE [Rq(b.0) + off]),
            (1, false) => dynasm!(self.ops ; .arch x64 ; movzx Rd(d.0), BYTE [Rq(b.0) + off]),
            (2, true) => dynasm!(self.ops ; .arch x64 ; movsx Rq(d.0), WORD [Rq(b.0) + off]),
            (2, false) => dynasm!(self.ops ; .arch x64 ; movzx Rd(d.0), WORD [Rq(b.0) + off]),
            (4, true) => dynasm!(self.ops ; .arch x64 ; movsxd Rq(d.0), DWORD [Rq(b.0) + off]),
            (4, false) => dynasm!(self.ops ; .arch x64 ; mov Rd(d.0), DWORD [Rq(b.0) + off]),
            _ => self.load64(d, b, off),
        }
    }
    /// Integer store of the low `size` bytes of `s` (goes through rax for narrow sizes).
    pub fn store_int(&mut self, b: Gpr, off: i32, s: Gpr, size: u8) {
        match size {
            1 => {
                self.mov_rr(RAX, s);
                dynasm!(self.ops ; .arch x64 ; mov BYTE [Rq(b.0) + off], al);
            }
            2 => {
                self.mov_rr(RAX, s);
                dynasm!(self.ops ; .arch x64 ; mov WORD [Rq(b.0) + off], ax);
            }
            4 => dynasm!(self.ops ; .arch x64 ; mov DWORD [Rq(b.0) + off], Rd(s.0)),
            _ => self.store64(b, off, s),
        }
    }
    /// `movsd x, [b + off]`.
    pub fn load_f(&mut self, x: Xmm, b: Gpr, off: i32) {
        if let Ok(o) = i8::try_from(off) {
            dynasm!(self.ops ; .arch x64 ; movsd Rx(x.0), QWORD [BYTE Rq(b.0) + o]);
        } else {
            dynasm!(self.ops ; .arch x64 ; movsd Rx(x.0), QWORD [Rq(b.0) + off]);
        }
    }
    /// `movsd [b + off], x`.
    pub fn store_f(&mut self, b: Gpr, off: i32, x: Xmm) {
        if let Ok(o) = i8::try_from(off) {
            dynasm!(self.ops ; .arch x64 ; movsd QWORD [BYTE Rq(b.0) + o], Rx(x.0));
        } else {
            dynasm!(self.ops ; .arch x64 ; movsd QWORD [Rq(b.0) + off], Rx(x.0));
        }
    }
    /// `movq x, r`.
    pub fn movq_xr(&mut self, x: Xmm, r: Gpr) {
        dynasm!(self.ops ; .arch x64 ; movq Rx(x.0), Rq(r.0));
    }
    /// `movq r, x`.
    pub fn movq_rx(&mut self, r: Gpr, x: Xmm) {
        dynasm!(self.ops ; .arch x64 ; movq Rq(r.0), Rx(x.0));
    }
    /// `movapd d, s`.
    pub fn mov_xx(&mut self, d: Xmm, s: Xmm) {
        if d != s {
            dynasm!(self.ops ; .arch x64 ; movapd Rx(d.0), Rx(s.0));
        }
    }
    /// Loads float bits into `x` (through rax).
    pub fn mov_xi(&mut self, x: Xmm, bits: u64) {
        if bits == 0 {
            dynasm!(self.ops ; .arch x64 ; xorpd Rx(x.0), Rx(x.0));
        } else {
            self.mov_ri(RAX, bits as i64);
            self.movq_xr(x, RAX);
        }
    }
    /// `lea d, [b + i * scale + disp]`.
    pub fn lea_index(&mut self, d: Gpr, b: Gpr, i: Gpr, scale: u8, disp: i32) {
        match scale {
            1 => dynasm!(self.ops ; .arch x64 ; lea Rq(d.0), [Rq(b.0) + Rq(i.0) + disp]),
            2 => dynasm!(self.ops ; .arch x64 ; lea Rq(d.0), [Rq(b.0) + Rq(i.0) * 2 + disp]),
            4 => dynasm!(self.ops ; .arch x64 ; lea Rq(d.0), [Rq(b.0) + Rq(i.0) * 4 + disp]),
            _ => dynasm!(self.ops ; .arch x64 ; lea Rq(d.0), [Rq(b.0) + Rq(i.0) * 8 + disp]),
        }
    }
    /// `lea d, [b + disp]`.
    pub fn lea(&mut self, d: Gpr, b: Gpr, disp: i32) {
        if let Ok(o) = i8::try_from(disp) {
            dynasm!(self.ops ; .arch x64 ; lea Rq(d.0), [BYTE Rq(b.0) + o]);
        } else {
            dynasm!(self.ops ; .arch x64 ; lea Rq(d.0), [Rq(b.0) + disp]);
        }
    }

    // ---- integer arithmetic ----

    /// A two-operand integer ALU op `d = d OP s`.
    pub fn alu_rr(&mut self, op: Alu, d: Gpr, s: Gpr) {
        match op {
            Alu::Add => dynasm!(self.ops ; .arch x64 ; add Rq(d.0), Rq(s.0)),
            Alu::Sub => dynasm!(self.ops ; .arch x64 ; sub Rq(d.0), Rq(s.0)),
            Alu::And => dynasm!(self.ops ; .arch x64 ; and Rq(d.0), Rq(s.0)),
            Alu::Or => dynasm!(self.ops ; .arch x64 ; or Rq(d.0), Rq(s.0)),
            Alu::Xor => dynasm!(self.ops ; .arch x64 ; xor Rq(d.0), Rq(s.0)),
            Alu::Cmp => dynasm!(self.ops ; .arch x64 ; cmp Rq(d.0), Rq(s.0)),
            Alu::Imul => dynasm!(self.ops ; .arch x64 ; imul Rq(d.0), Rq(s.0)),
        }
    }
    /// `d = d OP imm32`.
    pub fn alu_ri(&mut self, op: Alu, d: Gpr, v: i32) {
        if let Ok(w) = i8::try_from(v) {
            match op {
                Alu::Add => dynasm!(self.ops ; .arch x64 ; add Rq(d.0), BYTE w),
                Alu::Sub => dynasm!(self.ops ; .arch x64 ; sub Rq(d.0), BYTE w),
                Alu::And => dynasm!(self.ops ; .arch x64 ; and Rq(d.0), BYTE w),
                Alu::Or => dynasm!(self.ops ; .arch x64 ; or Rq(d.0), BYTE w),
                Alu::Xor => dynasm!(self.ops ; .arch x64 ; xor Rq(d.0), BYTE w),
                Alu::Cmp => dynasm!(self.ops ; .arch x64 ; cmp Rq(d.0), BYTE w as i32),
                Alu::Imul => dynasm!(self.ops ; .arch x64 ; imul Rq(d.0), Rq(d.0), BYTE w),
            }
            return;
        }
        match op {
            Alu::Add => dynasm!(self.ops ; .arch x64 ; add Rq(d.0), v),
            Alu::Sub => dynasm!(self.ops ; .arch x64 ; sub Rq(d.0), v),
            Alu::And => dynasm!(self.ops ; .arch x64 ; and Rq(d.0), v),
            Alu::Or => dynasm!(self.ops ; .arch x64 ; or Rq(d.0), v),
            Alu::Xor => dynasm!(self.ops ; .arch x64 ; xor Rq(d.0), v),
            Alu::Cmp => dynasm!(self.ops ; .arch x64 ; cmp Rq(d.0), v),
            Alu::Imul => dynasm!(self.ops ; .arch x64 ; imul Rq(d.0), Rq(d.0), v),
        }
    }
    /// `imul d, s, imm32` (three-operand form; sets OF like the two-operand one).
    pub fn imul_rri(&mut self, d: Gpr, s: Gpr, v: i32) {
        if let Ok(w) = i8::try_from(v) {
            dynasm!(self.ops ; .arch x64 ; imul Rq(d.0), Rq(s.0), BYTE w);
        } else {
            dynasm!(self.ops ; .arch x64 ; imul Rq(d.0), Rq(s.0), v);
        }
    }
    /// `cmp qword [b + off], imm32`.
    pub fn cmp_mi(&mut self, b: Gpr, off: i32, v: i32) {
        match (i8::try_from(off), i8::try_from(v)) {
            (Ok(o), Ok(w)) => {
                dynasm!(self.ops ; .arch x64 ; cmp QWORD [BYTE Rq(b.0) + o], BYTE w as i32)
            }
            _ => dynasm!(self.ops ; .arch x64 ; cmp QWORD [Rq(b.0) + off], v),
        }
    }
    /// `cmp dword [b + off], imm32`.
    pub fn cmp32_mi(&mut self, b: Gpr, off: i32, v: i32) {
        match (i8::try_from(off), i8::try_from(v)) {
            (Ok(o), Ok(w)) => {
                dynasm!(self.ops ; .arch x64 ; cmp DWORD [BYTE Rq(b.0) + o], BYTE w as i32)
            }
            _ => dynasm!(self.ops ; .arch x64 ; cmp DWORD [Rq(b.0) + off], v),
        }
    }
    /// `cmp r, [b + off]`.
    pub fn cmp_rm(&mut self, r: Gpr, b: Gpr, off: i32) {
        dynasm!(self.ops ; .arch x64 ; cmp Rq(r.0), QWORD [Rq(b.0) + off]);
    }
    /// `sub qword [b + off], 1`.
    pub fn inc_mem(&mut self, b: Gpr, off: i32) {
        dynasm!(self.ops ; .arch x64 ; add QWORD [Rq(b.0) + off], 1);
    }
    /// `sub qword [b + off], 1`.
    pub fn dec_mem(&mut self, b: Gpr, off: i32) {
        dynasm!(self.ops ; .arch x64 ; sub QWORD [Rq(b.0) + off], 1);
    }
    /// `add d, qword [b + off]`.
    pub fn alu_rm_add(&mut self, d: Gpr, b: Gpr, off: i32) {
        dynasm!(self.ops ; .arch x64 ; add Rq(d.0), QWORD [Rq(b.0) + off]);
    }
    /// `add qword [b + off], imm32` (negative: a subtraction).
    pub fn add_mi(&mut self, b: Gpr, off: i32, v: i32) {
        dynasm!(self.ops ; .arch x64 ; add QWORD [Rq(b.0) + off], v);
    }
    /// `test r, imm32` (sign-extended).
    pub fn test_ri(&mut self, r: Gpr, v: i32) {
        dynasm!(self.ops ; .arch x64 ; test Rq(r.0), v);
    }
    /// `test byte [b + off], imm8`.
    pub fn test8_mi(&mut self, b: Gpr, off: i32, v: i8) {
        dynasm!(self.ops ; .arch x64 ; test BYTE [Rq(b.0) + off], v);
    }
    /// `cmp {byte,word,dword,qword} [b + off], 0` for a `size`-byte integer.
    pub fn cmp_mem_zero(&mut self, b: Gpr, off: i32, size: u8) {
        match size {
            1 => dynasm!(self.ops ; .arch x64 ; cmp BYTE [Rq(b.0) + off], 0),
            2 => dynasm!(self.ops ; .arch x64 ; cmp WORD [Rq(b.0) + off], 0),
            4 => dynasm!(self.ops ; .arch x64 ; cmp DWORD [Rq(b.0) + off], 0),
            _ => dynasm!(self.ops ; .arch x64 ; cmp QWORD [Rq(b.0) + off], 0),
        }
    }
    /// `test r, r`.
    pub fn test_rr(&mut self, r: Gpr) {
        dynasm!(self.ops ; .arch x64 ; test Rq(r.0), Rq(r.0));
    }
    /// `neg r`.
    pub fn neg(&mut self, r: Gpr) {
        dynasm!(self.ops ; .arch x64 ; neg Rq(r.0));
    }
    /// `not r`.
    pub fn not(&mut self, r: Gpr) {
        dynasm!(self.ops ; .arch x64 ; not Rq(r.0));
    }
    /// Shift `d` by `cl` (kind: 0 shl, 1 sar, 2 shr).
    pub fn shift_cl(&mut self, kind: u8, d: Gpr) {
        match kind {
            0 => dynasm!(self.ops ; .arch x64 ; shl Rq(d.0), cl),
            1 => dynasm!(self.ops ; .arch x64 ; sar Rq(d.0), cl),
            _ => dynasm!(self.ops ; .arch x64 ; shr Rq(d.0), cl),
        }
    }
    /// Shift `d` by an immediate count (taken mod 64).
    pub fn shift_imm(&mut self, kind: u8, d: Gpr, n: u8) {
        let n = (n & 63) as i8;
        if n == 0 {
            return;
        }
        match kind {
            0 => dynasm!(self.ops ; .arch x64 ; shl Rq(d.0), n),
            1 => dynasm!(self.ops ; .arch x64 ; sar Rq(d.0), n),
            _ => dynasm!(self.ops ; .arch x64 ; shr Rq(d.0), n),
        }
    }
    /// `imul s` (one-operand: rdx:rax = rax * s, signed).
    pub fn imul_wide(&mut self, s: Gpr) {
        dynasm!(self.ops ; .arch x64 ; imul Rq(s.0));
    }
    /// `cqo ; idiv s` (rdx:rax / s).
    pub fn cqo_idiv(&mut self, s: Gpr) {
        dynasm!(self.ops ; .arch x64 ; cqo ; idiv Rq(s.0));
    }
    /// `cmovl d, s`.
    pub fn cmovl(&mut self, d: Gpr, s: Gpr) {
        dynasm!(self.ops ; .arch x64 ; cmovl Rq(d.0), Rq(s.0));
    }
    /// `d = cond ? 1 : 0` (through al).
    pub fn setcc(&mut self, c: Cond, d: Gpr) {
        use Cond::*;
        match c {
            E => dynasm!(self.ops ; .arch x64 ; sete al),
            Ne => dynasm!(self.ops ; .arch x64 ; setne al),
            L => dynasm!(self.ops ; .arch x64 ; setl al),
            Le => dynasm!(self.ops ; .arch x64 ; setle al),
            G => dynasm!(self.ops ; .arch x64 ; setg al),
            Ge => dynasm!(self.ops ; .arch x64 ; setge al),
            B => dynasm!(self.ops ; .arch x64 ; setb al),
            Be => dynasm!(self.ops ; .arch x64 ; setbe al),
            A => dynasm!(self.ops ; .arch x64 ; seta al),
            Ae => dynasm!(self.ops ; .arch x64 ; setae al),
            O => dynasm!(self.ops ; .arch x64 ; seto al),
            No => dynasm!(self.ops ; .arch x64 ; setno al),
        }
        dynasm!(self.ops ; .arch x64 ; movzx Rd(d.0), al);
    }
    /// Float `==` into `d` (ZF and not PF); flags from a preceding ucomisd.
    pub fn set_float_eq(&mut self, d: Gpr, eq: bool) {
        if eq {
            dynasm!(self.ops ; .arch x64 ; sete al ; setnp dl ; and al, dl ; movzx Rd(d.0), al);
        } else {
            dynasm!(self.ops ; .arch x64 ; setne al ; setp dl ; or al, dl ; movzx Rd(d.0), al);
        }
    }
    /// Conditional jump to a label.
    pub fn jcc(&mut self, c: Cond, l: DynamicLabel) {
        use Cond::*;
        match c {
            E => dynasm!(self.ops ; .arch x64 ; je =>l),
            Ne => dynasm!(self.ops ; .arch x64 ; jne =>l),
            L => dynasm!(self.ops ; .arch x64 ; jl =>l),
            Le => dynasm!(self.ops ; .arch x64 ; jle =>l),
            G => dynasm!(self.ops ; .arch x64 ; jg =>l),
            Ge => dynasm!(self.ops ; .arch x64 ; jge =>l),
            B => dynasm!(self.ops ; .arch x64 ; jb =>l),
            Be => dynasm!(self.ops ; .arch x64 ; jbe =>l),
            A => dynasm!(self.ops ; .arch x64 ; ja =>l),
            Ae => dynasm!(self.ops ; .arch x64 ; jae =>l),
            O => dynasm!(self.ops ; .arch x64 ; jo =>l),
            No => dynasm!(self.ops ; .arch x64 ; jno =>l),
        }
    }
    /// `jmp label`.
    pub fn jmp(&mut self, l: DynamicLabel) {
        dynasm!(self.ops ; .arch x64 ; jmp =>l);
    }
    /// `jmp r`.
    pub fn jmp_r(&mut self, r: Gpr) {
        dynasm!(self.ops ; .arch x64 ; jmp Rq(r.0));
    }
    /// `call r`.
    pub fn call_r(&mut self, r: Gpr) {
        dynasm!(self.ops ; .arch x64 ; call Rq(r.0));
    }
    /// `push r`.
    pub fn push(&mut self, r: Gpr) {
        dynasm!(self.ops ; .arch x64 ; push Rq(r.0));
    }
    /// `pop r`.
    pub fn pop(&mut self, r: Gpr) {
        dynasm!(self.ops ; .arch x64 ; pop Rq(r.0));
    }
    /// `push qword [b + off]`.
    pub fn push_m(&mut self, b: Gpr, off: i32) {
        dynasm!(self.ops ; .arch x64 ; push QWORD [Rq(b.0) + off]);
    }
    /// `pop qword [b + off]`.
    pub fn pop_m(&mut self, b: Gpr, off: i32) {
        dynasm!(self.ops ; .arch x64 ; pop QWORD [Rq(b.0) + off]);
    }
    /// `add rsp, n` / `sub rsp, n`.
    pub fn adjust_rsp(&mut self, delta: i32) {
        if delta > 0 {
            dynasm!(self.ops ; .arch x64 ; add rsp, delta);
        } else if delta < 0 {
            dynasm!(self.ops ; .arch x64 ; sub rsp, -delta);
        }
    }
    /// `movsd [rsp + off], x`.
    pub fn store_f_rsp(&mut self, off: i32, x: Xmm) {
        dynasm!(self.ops ; .arch x64 ; movsd QWORD [rsp + off], Rx(x.0));
    }
    /// `movsd x, [rsp + off]`.
    pub fn load_f_rsp(&mut self, x: Xmm, off: i32) {
        dynasm!(self.ops ; .arch x64 ; movsd Rx(x.0), QWORD [rsp + off]);
    }
    /// `mov eax, imm32` (exit index).
    pub fn mov_eax(&mut self, v: u32) {
        dynasm!(self.ops ; .arch x64 ; mov eax, v as i32);
    }

    // ---- floats ----

    /// A two-operand SSE op `d = d OP s`.
    pub fn fop(&mut self, op: Fop, d: Xmm, s: Xmm) {
        match op {
            Fop::Add => dynasm!(self.ops ; .arch x64 ; addsd Rx(d.0), Rx(s.0)),
            Fop::Sub => dynasm!(self.ops ; .arch x64 ; subsd Rx(d.0), Rx(s.0)),
            Fop::Mul => dynasm!(self.ops ; .arch x64 ; mulsd Rx(d.0), Rx(s.0)),
            Fop::Div => dynasm!(self.ops ; .arch x64 ; divsd Rx(d.0), Rx(s.0)),
            Fop::Xor => dynasm!(self.ops ; .arch x64 ; xorpd Rx(d.0), Rx(s.0)),
            Fop::And => dynasm!(self.ops ; .arch x64 ; andpd Rx(d.0), Rx(s.0)),
        }
    }
    /// `op d, [rip + l]`: the second operand from the constant pool.
    pub fn fop_label(&mut self, op: Fop, d: Xmm, l: DynamicLabel) {
        match op {
            Fop::Add => dynasm!(self.ops ; .arch x64 ; addsd Rx(d.0), QWORD [=>l]),
            Fop::Sub => dynasm!(self.ops ; .arch x64 ; subsd Rx(d.0), QWORD [=>l]),
            Fop::Mul => dynasm!(self.ops ; .arch x64 ; mulsd Rx(d.0), QWORD [=>l]),
            Fop::Div => dynasm!(self.ops ; .arch x64 ; divsd Rx(d.0), QWORD [=>l]),
            Fop::Xor => dynasm!(self.ops ; .arch x64 ; xorpd Rx(d.0), OWORD [=>l]),
            Fop::And => dynasm!(self.ops ; .arch x64 ; andpd Rx(d.0), OWORD [=>l]),
        }
    }
    /// `movsd x, [rip + l]`.
    pub fn load_f_label(&mut self, x: Xmm, l: DynamicLabel) {
        dynasm!(self.ops ; .arch x64 ; movsd Rx(x.0), QWORD [=>l]);
    }
    /// The float constant pool: one 16-byte aligned slot per constant (its word, then
    /// zero), so packed operations may read a slot too.
    pub fn const_pool(&mut self, consts: &[(u64, DynamicLabel)]) {
        if consts.is_empty() {
            return;
        }
        dynasm!(self.ops ; .arch x64 ; .align 16);
        for &(bits, l) in consts {
            dynasm!(self.ops ; .arch x64 ; =>l ; .u64 bits ; .u64 0u64);
        }
    }
    /// `ucomisd a, b`.
    pub fn ucomisd(&mut self, a: Xmm, b: Xmm) {
        dynasm!(self.ops ; .arch x64 ; ucomisd Rx(a.0), Rx(b.0));
    }
    /// `xorpd d, d ; cvtsi2sd d, s`.
    pub fn cvtsi2sd(&mut self, d: Xmm, s: Gpr) {
        dynasm!(self.ops ; .arch x64 ; xorpd Rx(d.0), Rx(d.0) ; cvtsi2sd Rx(d.0), Rq(s.0));
    }
    /// `cvttsd2si d, s`.
    pub fn cvttsd2si(&mut self, d: Gpr, s: Xmm) {
        dynasm!(self.ops ; .arch x64 ; cvttsd2si Rq(d.0), Rx(s.0));
    }
    /// The finished bytes.
    pub fn finish(self) -> Result<Vec<u8>, String> {
        self.ops.finalize().map_err(|e| format!("{e:?}"))
    }
}

/// Integer ALU operations with register and immediate forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alu {
    /// add
    Add,
    /// sub
    Sub,
    /// and
    And,
    /// or
    Or,
    /// xor
    Xor,
    /// cmp
    Cmp,
    /// imul
    Imul,
}

/// Scalar double operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fop {
    /// addsd
    Add,
    /// subsd
    Sub,
    /// mulsd
    Mul,
    /// divsd
    Div,
    /// xorpd (sign flip)
    Xor,
    /// andpd (abs)
    And,
}
