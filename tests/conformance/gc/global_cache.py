# A LOAD_GLOBAL (and method) inline cache lives in the old code object: caching a young
# value there needs the write barrier, or a minor collection leaves the cache pointing at
# the object's old nursery address (deltablue's `planner` global).
class Planner:
    def __init__(self):
        self.mark = 0

    def new_mark(self):
        self.mark += 1
        return self.mark


planner = None


def use():
    return planner.new_mark()


def churn():
    for _ in range(1200):
        t = tuple(range(1000))
    return t[-1]


def run(rounds):
    global planner
    total = 0
    for _ in range(rounds):
        churn()
        planner = Planner()
        total += use()
        churn()
        total += use()
        total += use()
    return total


print(run(3))


def make_method_holder():
    class Fresh:
        def get(self):
            return "fresh"
    return Fresh()


def call_get(o):
    return o.get()


for _ in range(3):
    churn()
    o = make_method_holder()
    print(call_get(o))
    churn()
    print(call_get(o))
