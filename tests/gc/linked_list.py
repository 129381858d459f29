# A linked structure of N nodes (argument, default 1000000) built while collections run,
# then walked and checked node by node; garbage is made between the links.
import gc
import sys
n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000

class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.label = str(value)
        self.nxt = nxt

head = None
for i in range(n):
    if i % 3 == 0:
        head = Node(i, head)
    else:
        head = (i, head)
    if i % 200000 == 0:
        gc.collect()
    junk = [i, (i,)]
bad = 0
count = 0
total = 0
node = head
i = n
while node is not None:
    i -= 1
    if type(node) is tuple:
        v, node = node
    else:
        if node.label != str(node.value):
            bad += 1
        v, node = node.value, node.nxt
    if v != i:
        bad += 1
    total += v
    count += 1
print(count, total, bad)
