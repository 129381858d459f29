//! Printing uncaught exceptions exactly as CPython 3.11 does: the chain (cause/context),
//! `File "...", line N, in name`, the stripped source line, the caret line (with `~`/`^`
//! anchors for binary operators and subscripts), repeated-frame folding, notes.

use super::code::code_data;
use crate::heap::{self, get, has_layout};
use crate::layout::*;
use crate::objects::str::{is_str, text};
use crate::objects::types::type_data;
use crate::value::Value;
use crate::vm::Vm;

const RECURSIVE_CUTOFF: usize = 3;
const TRACEBACK_LIMIT: usize = 1000;

fn byte_to_char(line: &str, byte: usize) -> usize {
    let b = byte.min(line.len());
    let b = (0..=b)
        .rev()
        .find(|i| line.is_char_boundary(*i))
        .unwrap_or(0);
    line[..b].chars().count()
}

/// Anchors (left_end, right_start) inside `segment` (char offsets) for `a op b` and `a[b]`.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let arena = bumpalo::Bump::new();
    let expr = coil_syntax::parse_expression(&arena, segment, "<segment>").ok()?;
    let bytes = segment.as_bytes();
    let ws = |c: u8| c == b' ' || c == b'\t' || c == b'\x0c';
    match expr.kind {
        coil_syntax::ast::ExprKind::BinOp { left, right, .. } => {
            if left.loc.end_line != 1 || right.loc.line != 1 {
                return None;
            }
            let (l, r) = (left.loc.end_col as usize, right.loc.col as usize);
            let mut la = None;
            let mut i = l;
            while i < r.min(bytes.len()) {
                if ws(bytes[i]) {
                    i += 1;
                    continue;
                }
                let mut ra = i + 1;
                if i + 1 < r && !ws(bytes[i + 1]) {
                    ra += 1;
                }
                la = Some((i, ra));
                if i + 1 < r && bytes[i] == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            la.map(|(a, b)| (byte_to_char(segment, a), byte_to_char(segment, b)))
        }
        coil_syntax::ast::ExprKind::Subscript { value, slice } => {
            if value.loc.end_line != 1 || slice.loc.end_line != 1 {
                return None;
            }
            let n = bytes.len();
            let mut l = value.loc.end_col as usize;
            let mut r = slice.loc.end_col as usize + 1;
            while l < n && (ws(bytes[l]) || bytes[l] != b'[') {
                l += 1;
            }
            while r < n && (ws(bytes[r]) || bytes[r] != b']') {
                r += 1;
            }
            if r < n {
                r += 1;
            }
            Some((byte_to_char(segment, l), byte_to_char(segment, r)))
        }
        _ => None,
    }
}

/// CPython's limits on printing nested exception groups.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Where an exception is printed inside exception groups (traceback.py's
/// `_ExceptionPrintContext`).
#[derive(Default)]
struct GroupCtx {
    depth: usize,
    need_close: bool,
}

impl GroupCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// `text` with the indent and margin before every line.
    fn emit(&self, text: &str, margin: char) -> String {
        if self.depth == 0 {
            return text.to_string();
        }
        let prefix = format!("{}{margin} ", self.indent());
        let mut out = String::with_capacity(text.len() + 8);
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
        out
    }
}

impl Vm {
    pub fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        if line == 0 {
            return None;
        }
        if let Some(lines) = self.sources.get(filename) {
            return lines.get(line as usize - 1).cloned();
        }
        let text = std::fs::read_to_string(filename).ok()?;
        text.lines().nth(line as usize - 1).map(|s| s.to_string())
    }

    /// One traceback entry: the File line, the source line and the carets.
    fn format_tb_entry(&self, tb: Value) -> (String, (String, i64, String)) {
        let t = get::<TracebackObj>(tb);
        self.format_code_entry(t.code, t.lineno, t.lasti)
    }

    /// The entry of `code` at `lineno` with the instruction `lasti` (carets from its
    /// source position; none when `lasti` is negative): also serves lib/traceback.py.
    pub fn format_code_entry(
        &self,
        code: Value,
        lineno: i64,
        lasti: i64,
    ) -> (String, (String, i64, String)) {
        let cd = code_data(code);
        let filename = cd.code.filename.clone();
        let name = cd.code.name.clone();
        let mut out = format!("  File \"{}\", line {}, in {}\n", filename, lineno, name);
        if let Some(src) = self.source_line(&filename, lineno as u32) {
            let stripped = src.trim_start_matches([' ', '\t', '\x0c']);
            let lead = src.chars().count() - stripped.chars().count();
            let stripped = stripped.trim_end();
            if !stripped.is_empty() {
                out.push_str("    ");
                out.push_str(stripped);
                out.push('\n');
                let pos = cd
                    .code
                    .positions
                    .get(lasti.max(0) as usize)
                    .copied()
                    .unwrap_or_default();
                if lasti >= 0 && pos.line as i64 == lineno && (pos.col != 0 || pos.end_col != 0) {
                    let start = byte_to_char(&src, pos.col as usize);
                    let mut end = byte_to_char(&src, pos.end_col as usize);
                    let mut anch = None;
                    if pos.end_line == pos.line {
                        let seg_start = pos.col as usize;
                        let seg_end = (pos.end_col as usize).min(src.len());
                        if seg_start < seg_end
                            && src.is_char_boundary(seg_start)
                            && src.is_char_boundary(seg_end)
                        {
                            anch = anchors(&src[seg_start..seg_end])
                                .map(|(a, b)| (a + start, b + start));
                        }
                    } else {
                        end = lead + stripped.chars().count();
                    }
                    let stripped_len = stripped.chars().count();
                    if end > start && !(end - start == stripped_len && anch.is_none()) {
                        let mut line = String::from("    ");
                        for off in lead..end {
                            let c = if off < start {
                                ' '
                            } else if let Some((l, r)) = anch {
                                if off >= l && off < r {
                                    '^'
                                } else {
                                    '~'
                                }
                            } else {
                                '^'
                            };
                            line.push(c);
                        }
                        out.push_str(&line);
                        out.push('\n');
                    }
                }
            }
        }
        (out, (filename, lineno, name))
    }

    /// The traceback section (header + entries) of one exception.
    fn format_traceback(&self, tb: Value) -> String {
        let mut entries = Vec::new();
        let mut cur = tb;
        while !cur.is_empty() && has_layout(cur, LayoutId::Traceback) {
            entries.push(cur);
            cur = get::<TracebackObj>(cur).next;
        }
        if entries.is_empty() {
            return String::new();
        }
        if entries.len() > TRACEBACK_LIMIT {
            entries.drain(..entries.len() - TRACEBACK_LIMIT);
        }
        let mut out = String::from("Traceback (most recent call last):\n");
        let mut last: Option<(String, i64, String)> = None;
        let mut count = 0usize;
        for tb in entries {
            let (text, key) = self.format_tb_entry(tb);
            if last.as_ref() != Some(&key) {
                if count > RECURSIVE_CUTOFF {
                    let n = count - RECURSIVE_CUTOFF;
                    out.push_str(&format!(
                        "  [Previous line repeated {} more time{}]\n",
                        n,
                        if n > 1 { "s" } else { "" }
                    ));
                }
                last = Some(key);
                count = 0;
            }
            count += 1;
            if count > RECURSIVE_CUTOFF {
                continue;
            }
            out.push_str(&text);
        }
        if count > RECURSIVE_CUTOFF {
            let n = count - RECURSIVE_CUTOFF;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n > 1 { "s" } else { "" }
            ));
        }
        out
    }

    /// `Type: message` (plus notes) for one exception.
    fn format_exception_only(&mut self, exc: Value) -> String {
        let t = self.type_of(exc);
        let d = type_data(t);
        let qual = if d.module == "builtins" || d.module == "__main__" || d.module.is_empty() {
            d.qualname.clone()
        } else {
            format!("{}.{}", d.module, d.qualname)
        };
        let rk = self.intern("__coil_rendered__");
        if let Some(r) = self.instance_get(exc, rk) {
            if is_str(r) {
                return text(r).to_string();
            }
        }
        let mut msg = match self.str_string(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if let Some(s) = self.exc_suggestion(exc) {
            msg.push_str(&format!(". Did you mean: '{s}'?"));
        }
        let mut out = if msg.is_empty() {
            format!("{qual}\n")
        } else {
            format!("{qual}: {msg}\n")
        };
        let nk = self.intern("__notes__");
        if let Some(notes) = self.instance_get(exc, nk) {
            if has_layout(notes, LayoutId::List) {
                for &mut n in crate::objects::seq::list_items(notes) {
                    if is_str(n) {
                        out.push_str(text(n));
                        out.push('\n');
                    }
                }
            }
        }
        out
    }

    /// The full report CPython prints for an uncaught exception.
    pub fn format_exception(&mut self, exc: Value) -> String {
        let mut seen = Vec::new();
        let mut ctx = GroupCtx::default();
        self.format_chain(exc, &mut seen, &mut ctx)
    }

    /// One exception with its chain; inside an exception group every line carries the
    /// group's margin (CPython's `print_exception_recursive`).
    fn format_chain(&mut self, exc: Value, seen: &mut Vec<Value>, ctx: &mut GroupCtx) -> String {
        seen.push(exc);
        let mut out = String::new();
        let (ck, xk, sk) = (
            self.names.cause,
            self.names.context,
            self.names.suppress_context,
        );
        let cause = self.instance_get(exc, ck).filter(|c| !c.is_none());
        let context = self.instance_get(exc, xk).filter(|c| !c.is_none());
        let suppress = self.instance_get(exc, sk).is_some_and(|s| s.is_true_obj());
        if let Some(c) = cause {
            if self.is_exception_instance(c) && !seen.contains(&c) {
                out.push_str(&self.format_chain(c, seen, ctx));
                out.push_str(&ctx.emit(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                    '|',
                ));
            }
        } else if let Some(c) = context {
            if !suppress && self.is_exception_instance(c) && !seen.contains(&c) {
                out.push_str(&self.format_chain(c, seen, ctx));
                out.push_str(&ctx.emit(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                    '|',
                ));
            }
        }
        let tb = self.exc_traceback(exc);
        if !self.is_exception_group(exc) {
            out.push_str(&ctx.emit(&self.format_traceback(tb), '|'));
            let only = self.format_exception_only(exc);
            out.push_str(&ctx.emit(&only, '|'));
            return out;
        }
        if ctx.depth > MAX_GROUP_DEPTH {
            out.push_str(&ctx.emit(
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                '|',
            ));
            return out;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        let tbtext = self.format_traceback(tb);
        if let Some((_, entries)) = tbtext.split_once('\n') {
            out.push_str(&ctx.emit(
                "Exception Group Traceback (most recent call last):\n",
                if toplevel { '+' } else { '|' },
            ));
            out.push_str(&ctx.emit(entries, '|'));
        }
        let only = self.format_exception_only(exc);
        out.push_str(&ctx.emit(&only, '|'));
        let excs = self.exception_group_items(exc);
        let n = if excs.len() <= MAX_GROUP_WIDTH {
            excs.len()
        } else {
            MAX_GROUP_WIDTH + 1
        };
        ctx.need_close = false;
        for i in 0..n {
            let last = i + 1 == n;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            out.push_str(&format!(
                "{}{}+---------------- {title} ----------------\n",
                ctx.indent(),
                if i == 0 { "+-" } else { "  " }
            ));
            ctx.depth += 1;
            if truncated {
                let more = excs.len() - MAX_GROUP_WIDTH;
                out.push_str(&ctx.emit(
                    &format!(
                        "and {more} more exception{}\n",
                        if more > 1 { "s" } else { "" }
                    ),
                    '|',
                ));
            } else {
                out.push_str(&self.format_chain(excs[i], seen, ctx));
            }
            if last && ctx.need_close {
                out.push_str(&format!(
                    "{}+------------------------------------\n",
                    ctx.indent()
                ));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
        out
    }

    /// What CPython's default `sys.unraisablehook` prints for an exception it cannot
    /// raise (`msg: repr(obj)`, the traceback without the chain, `Type: str(value)`;
    /// the type is qualified by its module unless builtins or __main__).
    pub fn format_unraisable(&mut self, msg: &str, obj: Value, exc: Value) -> String {
        let r = self
            .repr_string(obj)
            .unwrap_or_else(|_| "<object repr() failed>".to_string());
        let mut out = format!("{msg}: {r}\n");
        let tb = self.exc_traceback(exc);
        out.push_str(&self.format_traceback(tb));
        let d = type_data(self.type_of(exc));
        if !d.module.is_empty() && d.module != "builtins" && d.module != "__main__" {
            out.push_str(&d.module);
            out.push('.');
        }
        out.push_str(&d.qualname);
        let s = self
            .str_string(exc)
            .unwrap_or_else(|_| "<exception str() failed>".to_string());
        out.push_str(": ");
        out.push_str(&s);
        out.push('\n');
        out
    }

    /// Print an uncaught exception to stderr (flushing stdout first).
    pub fn print_exception(&mut self, exc: Value) {
        self.stdout.flush();
        let s = self.format_exception(exc);
        self.stderr.write_str(&s);
    }

    /// The process exit status for an uncaught exception, printing as CPython does.
    pub fn handle_uncaught(&mut self, exc: Value) -> i32 {
        let se = self.exc_type("SystemExit");
        if self.isinstance(exc, se) {
            let args = self.exc_args(exc);
            let code = if args.is_empty() || heap::items(args).is_empty() {
                Value::none()
            } else {
                heap::items(args)[0]
            };
            if code.is_none() {
                return 0;
            }
            if let Some(n) = code.as_small() {
                return n as i32;
            }
            if code.is_bool() {
                return get::<BoolObj>(code).value as i32;
            }
            self.stdout.flush();
            let s = self.str_string(code).unwrap_or_default();
            self.stderr.write_str(&format!("{s}\n"));
            return 1;
        }
        self.print_exception(exc);
        let ki = self.exc_type("KeyboardInterrupt");
        if self.isinstance(exc, ki) {
            self.died_of_interrupt = true;
            return 130;
        }
        1
    }
}
