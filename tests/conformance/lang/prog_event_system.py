"""An event dispatcher with decorators, closures, priorities and error isolation."""
import functools
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.log = []
    def on(self, event, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn))
            return fn
        return register
    def emit(self, event, **payload):
        results = []
        for prio, order, fn in sorted(self.handlers.get(event, []), key=lambda t: (-t[0], t[1])):
            try:
                results.append(fn(**payload))
            except Exception as e:
                self.log.append(f"{fn.__name__} failed: {type(e).__name__}: {e}")
        return results
bus = EventBus()
def logged(fn):
    @functools.wraps(fn)
    def wrapper(**kw):
        r = fn(**kw)
        bus.log.append(f"{fn.__name__}({', '.join(f'{k}={v!r}' for k, v in sorted(kw.items()))}) -> {r!r}")
        return r
    return wrapper
@bus.on("order", priority=5)
@logged
def validate(item, qty):
    if qty <= 0:
        raise ValueError(f"bad qty {qty}")
    return "valid"
@bus.on("order")
@logged
def bill(item, qty):
    return round(qty * {"pen": 1.2, "book": 12.5}[item], 2)
@bus.on("order", priority=10)
def audit(item, qty):
    return f"audit:{item}"
def make_counter():
    count = 0
    def counter(**kw):
        nonlocal count
        count += 1
        return count
    return counter
bus.on("order", priority=-1)(make_counter())
print(bus.emit("order", item="pen", qty=3))
print(bus.emit("order", item="book", qty=2))
print(bus.emit("order", item="cup", qty=1))
print(bus.emit("order", item="pen", qty=0))
print(bus.emit("nothing"))
for line in bus.log:
    print(line)
