def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return [g for g in groups.values() if len(g) > 1]
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a)):
        for j in range(len(b)):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    return dp[-1][-1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))
print(caesar("Hello, World!", 13), caesar(caesar("Hello, World!", 13), 13))
print(rle("aaabccddddde"), rle(""), rle("x"))
print(anagrams(["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "dog"]))
print(lcs("ABCBDAB", "BDCABA"), lcs("kitten", "sitting"))
words = "the rain in spain stays mainly in the plain".split()
print(sorted(set(words)), max(words, key=len), [w for w in words if "ain" in w])
print(" ".join(w[::-1] for w in words), "".join(w[0] for w in words).upper())
