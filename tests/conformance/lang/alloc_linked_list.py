class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
head = None
for i in range(2000):
    head = Node(i, head)
def length(n):
    c = 0
    while n is not None:
        c += 1
        n = n.next
    return c
def reverse(n):
    prev = None
    while n is not None:
        n.next, prev, n = prev, n, n.next
    return prev
print(length(head), head.val)
head = reverse(head)
print(head.val, head.next.val, length(head))
n = head
total = 0
while n:
    total += n.val
    n = n.next
print(total)
garbage = [Node(i) for i in range(3000)]
del garbage
print(head.val, head.next.next.val, length(head))
