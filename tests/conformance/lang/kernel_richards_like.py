class Task:
    def __init__(self, name, prio, work):
        self.name, self.prio, self.work, self.done = name, prio, work, 0
    def run(self, budget):
        step = min(budget, self.work - self.done)
        self.done += step
        return step
    def finished(self):
        return self.done >= self.work
class Scheduler:
    def __init__(self, tasks):
        self.tasks = sorted(tasks, key=lambda t: -t.prio)
        self.trace = []
    def schedule(self, quantum):
        tick = 0
        while any(not t.finished() for t in self.tasks):
            for t in self.tasks:
                if t.finished():
                    continue
                used = t.run(quantum + t.prio)
                tick += used
                self.trace.append((tick, t.name, used))
        return tick
s = Scheduler([Task("idle", 0, 7), Task("worker", 2, 25), Task("handler", 3, 12), Task("device", 1, 9)])
print(s.schedule(3))
print(s.trace[:8])
print(len(s.trace), s.trace[-1])
