count = 5
def first(x):
    return x[0]
print(first([9]))
print(first(count))
