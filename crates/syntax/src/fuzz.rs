//! A small deterministic mutational fuzzer for the front end (decode + lex + parse +
//! render), usable on stable Rust: the `fuzz_driver` example runs it for a time budget,
//! the test suite for a few thousand cases, and `fuzz/` (cargo-fuzz) feeds libFuzzer's
//! inputs to [`check_one`].

use bumpalo::Bump;

/// Seed snippets covering the grammar; mutations start from these.
pub const SEEDS: &[&str] = &[
    "x = 1\n",
    "def f(a, b=2, *args, c, d=4, **kw) -> int:\n    return a + b * c ** -d\n",
    "class C(B, metaclass=M):\n    x: int = 3\n    async def g(self):\n        async with a as b, c:\n            await x\n",
    "for i in range(10):\n    if i % 2: continue\n    else:\n        break\nelse:\n    pass\n",
    "try:\n    pass\nexcept* (A, B) as e:\n    raise X from e\nfinally:\n    del a[1:2, ::3]\n",
    "x = [i for i in y if i] + {k: v for k, v in z} + {*a, *b} + (g for g in h)\n",
    "print(f\"{x!r:>{w}} {y=} {'a' 'b'} {{}}\")\n",
    "match p:\n    case [1, 2, *rest] if rest:\n        pass\n    case {\"a\": 1, **kw}:\n        pass\n    case Point(x=0) | None as q:\n        pass\n    case _:\n        pass\n",
    "lambda x, /, y=1, *, z: (x := y) if z else not z\n",
    "@dec(1)\n@other\ndef f(): yield from g()\n",
    "with (open(a) as f, open(b) as g):\n    global q; nonlocal r\n",
    "s = b'\\x00' rb'\\d'\nt = '''tri\nple''' r\"\\N\" '\\N{EM DASH}'\nn = [0x_ff, 1_000.5e-3j, 0o17, 0b1]\n",
    "import a.b.c as d\nfrom ..x import (y as z, w,)\nfrom . import *\n",
    "assert x, 'msg'\nwhile a < b <= c is not d not in e: a >>= 1\n",
    "if x:\n\tpass\n",
];

/// Byte-level mutation operators, driven by a xorshift generator.
pub struct Mutator {
    state: u64,
}

/// Fragments spliced in by mutations: brackets, quotes, keywords, layout.
const FRAGMENTS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", "\"", "'", "\"\"\"", "f'{", "}", "\n", "\n    ", "\t", "\\", ":",
    ",", "=", ":=", "*", "**", "lambda", "if", "else", "for", "in", "async", "await", "yield",
    "match", "case", "#", "0x", "1e", "j", "\u{e9}", "\u{20ac}", "\0", "\r", " ",
];

impl Mutator {
    pub fn new(seed: u64) -> Mutator {
        Mutator {
            state: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1,
        }
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.state;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.state = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// One mutated input: a seed (or two spliced) with a few random edits.
    pub fn input(&mut self) -> Vec<u8> {
        let mut v = SEEDS[self.below(SEEDS.len())].as_bytes().to_vec();
        let edits = 1 + self.below(6);
        for _ in 0..edits {
            let at = self.below(v.len() + 1);
            match self.below(6) {
                0 if !v.is_empty() => {
                    let end = (at + 1 + self.below(8)).min(v.len());
                    v.drain(at.min(end)..end);
                }
                1 => {
                    let f = FRAGMENTS[self.below(FRAGMENTS.len())];
                    v.splice(at..at, f.bytes());
                }
                2 if !v.is_empty() => {
                    let i = at.min(v.len() - 1);
                    v[i] = self.next_u64() as u8;
                }
                3 => {
                    let other = SEEDS[self.below(SEEDS.len())].as_bytes();
                    let from = self.below(other.len());
                    let len = self.below(other.len() - from + 1);
                    v.splice(at..at, other[from..from + len].iter().copied());
                }
                4 if !v.is_empty() => {
                    // Repeat a slice (deep nesting, long lines).
                    let from = self.below(v.len());
                    let len = 1 + self.below(4.min(v.len() - from));
                    let times = 1 + self.below(300);
                    let piece: Vec<u8> = v[from..from + len].to_vec();
                    for _ in 0..times {
                        v.splice(at..at, piece.iter().copied());
                    }
                }
                _ => {
                    let f = FRAGMENTS[self.below(FRAGMENTS.len())];
                    v.extend_from_slice(f.as_bytes());
                }
            }
        }
        v
    }
}

/// Runs the whole front end on `bytes` and renders any error; panics only on a bug.
pub fn check_one(bytes: &[u8]) {
    let arena = Bump::new();
    let result = crate::decode_source(bytes, "fuzz.py").and_then(|src| {
        let src = arena.alloc_str(&src);
        crate::parse_module(&arena, src, "fuzz.py").map(|m| crate::dump::module(&m).len())
    });
    if let Err(e) = result {
        let text = e.render();
        assert!(text.contains(&e.msg));
    }
    if let Ok(src) = std::str::from_utf8(bytes) {
        let arena = Bump::new();
        let src = arena.alloc_str(src);
        let _ = crate::parse_expression(&arena, src, "<string>");
        let _ = crate::parse_interactive(&arena, src, "<stdin>");
    }
}
