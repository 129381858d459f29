class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt

head = None
for i in range(60000):
    head = Node(i, head)
    if i % 1000 == 0:
        junk = [str(j) for j in range(20)]
total = 0
count = 0
node = head
while node is not None:
    total += node.value
    count += 1
    node = node.next
print(count, total)
