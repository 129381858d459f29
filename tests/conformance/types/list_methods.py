l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); l.extend(range(2)); l.extend("ab"); print(l)
l.insert(0, "first"); l.insert(-1, "neg"); l.insert(100, "end"); l.insert(-100, "start"); print(l)
print(l.pop(), l.pop(0), l.pop(-3), l)
l.remove("neg"); print(l)
print(l.index(1), l.index(1, 3), l.count(1), l.count("zz"))
l2 = [5, 2, 8, 1]
l2.sort(); print(l2)
l2.sort(reverse=True); print(l2)
l2.reverse(); print(l2)
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
c = l2.copy(); c.append(0); print(l2, c)
c.clear(); print(c)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, "a"].sort()]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
pairs = [(1, "b"), (0, "c"), (1, "a"), (0, "a")]
pairs.sort(key=lambda p: p[0]); print(pairs)
print(sorted(pairs))
