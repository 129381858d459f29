# time.process_time counts CPU time of the process: work advances it. (That sleeping does not
# cannot be checked here: the conformance runner runs programs in parallel threads of one
# process, whose CPU time they share.)
import time

t0 = time.process_time()
print("non-decreasing:", time.process_time() >= t0)
n0 = time.process_time_ns()
x = 0
while time.process_time_ns() - n0 < 20_000_000:
    x += 1
print("busy loop reached 20 ms of CPU:", time.process_time_ns() - n0 >= 20_000_000)
print("types:", type(time.process_time()).__name__, type(time.process_time_ns()).__name__)
