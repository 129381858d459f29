# difflib: SequenceMatcher, unified/context diffs, ndiff with hints, close matches.
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
print(list(difflib.SequenceMatcher(None, "qabxcd", "abycdf").get_grouped_opcodes(1)))

a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n",
     "nine\n", "ten\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "five\n", "six\n", "seven\n", "eight\n",
     "nine\n", "ten\n", "eleven\n"]
print("".join(difflib.unified_diff(a, b, "before.py", "after.py")), end="")
print("".join(difflib.unified_diff(a, b, n=1, fromfiledate="d1", tofiledate="d2")), end="")
print("".join(difflib.context_diff(a, b, "before.py", "after.py")), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.unified_diff(a, a)))

x = ["one\n", "two\n", "three\n"]
y = ["ore\n", "tree\n", "emu\n"]
delta = list(difflib.ndiff(x, y))
print("".join(delta), end="")
print("".join(difflib.restore(delta, 1)), end="")
print("".join(difflib.restore(delta, 2)), end="")
print("".join(difflib.ndiff(["\tabc def\n", "same\n"], ["\tabd deg\n", "same\n", "new\n"])), end="")
print("".join(difflib.Differ().compare(["1\n", "2\n"], ["1\n", "3\n", "2\n"])), end="")

words = ["ape", "apple", "peach", "puppy", "appel", "applet", "grape"]
print(difflib.get_close_matches("appel", words))
print(difflib.get_close_matches("apple", words, n=2, cutoff=0.8))
print(difflib.get_close_matches("xyz", words))
try:
    difflib.get_close_matches("a", words, n=0)
except ValueError as e:
    print("ValueError:", e)
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x\n"), difflib.IS_CHARACTER_JUNK(" "))
big_a = [str(i % 7) for i in range(210)]
big_b = [str(i % 5) for i in range(205)]
sm = difflib.SequenceMatcher(None, big_a, big_b)
print(sorted(sm.bpopular), round(sm.ratio(), 6), len(sm.get_opcodes()))
sm = difflib.SequenceMatcher(None, big_a[:60], big_b[:50], autojunk=False)
print(round(sm.ratio(), 6), len(sm.get_opcodes()))
try:
    list(difflib.unified_diff([b"a"], [b"b"]))
except TypeError as e:
    print("TypeError:", e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"])))
