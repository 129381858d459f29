# time.process_time counts CPU time of the process: sleeping does not advance it, work does.
import time

t0 = time.process_time()
time.sleep(0.3)
t1 = time.process_time()
print("sleep adds under 0.15 s of CPU:", t1 - t0 < 0.15)
n0 = time.process_time_ns()
x = 0
while time.process_time_ns() - n0 < 20_000_000:
    x += 1
print("busy loop reached 20 ms of CPU:", time.process_time_ns() - n0 >= 20_000_000)
print("types:", type(time.process_time()).__name__, type(time.process_time_ns()).__name__)
