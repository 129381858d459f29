people = [("alice", 30, 5.5), ("bob", 25, 6.1), ("carol", 35, 5.2), ("dave", 25, 5.9)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], -p[2])))
print(sorted(people, key=lambda p: p[0][-1]))
print([p[0] for p in sorted(people, key=lambda p: p[2], reverse=True)])
import operator
print(sorted(people, key=operator.itemgetter(1, 0)))
print(sorted("The quick Brown fox".split(), key=str.lower))
print(sorted("The quick Brown fox".split(), key=len))
print(sorted([3, -1, -4, 1, 5, -9], key=abs, reverse=True))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]))
print(sorted([[3, 1], [2], [1, 5, 0]], key=sum), sorted([[3, 1], [2], [1, 5, 0]], key=len))
print(sorted(range(10), key=lambda x: (x % 3, -x)))
