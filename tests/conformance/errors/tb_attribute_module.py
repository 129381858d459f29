import math
print(math.pi)
print(math.tau2)
