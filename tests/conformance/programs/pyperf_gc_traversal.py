"""gc_traversal benchmark: build cyclic structures, gc.collect()."""
import gc
import time


class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []
        self.parent = None


def create_recursive_containers(n_levels):
    current_list = []
    for n in range(n_levels):
        new_list = [None] * n
        for index in range(n):
            new_list[index] = current_list
        current_list = new_list
    return current_list


def make_cycles(n):
    nodes = [Node(i) for i in range(n)]
    for i, node in enumerate(nodes):
        node.edges.append(nodes[(i + 1) % n])
        node.edges.append(nodes[(i * 7) % n])
        node.parent = nodes[i // 2]
    return nodes


def benchmark_collection(loops, n_levels):
    total_time = 0
    all_cycles = create_recursive_containers(n_levels)
    for _ in range(loops):
        gc.collect()
        t0 = time.perf_counter()
        collected = gc.collect()
        total_time += time.perf_counter() - t0
        assert collected is None or collected >= 0
    return total_time, all_cycles


if __name__ == "__main__":
    gc.collect()
    dt, containers = benchmark_collection(3, 30)
    print(len(containers), len(containers[-1]))
    nodes = make_cycles(1000)
    print(sum(len(n.edges) for n in nodes), nodes[10].parent.name)
    del nodes
    n = gc.collect()
    print(type(n).__name__, n > 0)
    print(gc.isenabled())
    gc.disable()
    print(gc.isenabled())
    gc.enable()
    print(gc.isenabled(), type(gc.get_count()).__name__, len(gc.get_count()), len(gc.get_threshold()))
    a = []
    a.append(a)
    print(gc.is_tracked(a), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked({}))
    del a
    print(gc.collect() >= 1)
    print(gc.collect(0) >= 0, gc.collect(generation=2) >= 0)
    gc.freeze()
    gc.unfreeze()
    print(type(gc.get_stats()).__name__, gc.garbage)
    gc.set_threshold(700, 10, 10)
    print(gc.get_threshold())
