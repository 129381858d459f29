import itertools as it
print(list(it.product("ab", [1, 2])), list(it.product([0, 1], repeat=2)))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)))
print(list(it.combinations(range(4), 2)), list(it.combinations("abc", 0)), list(it.combinations("ab", 3)))
print(list(it.combinations_with_replacement("ab", 2)))
print(len(list(it.permutations(range(6)))), len(list(it.product(range(3), repeat=4))))
print(list(it.product()), list(it.product([])))
