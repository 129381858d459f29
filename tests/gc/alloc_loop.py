# Allocates about MEGABYTES (argument, default 100) of short-lived objects in total; peak
# RSS must stay flat however large the total (the full-size run is 20000 = 20 GB).
# Per iteration: a 12-tuple (16-byte header + 12 words = 112 bytes), a 2-list (24-byte
# list object + 32-byte item array) and a 1-tuple (24 bytes): 192 bytes of heap;
# `coil --stats` prints the allocated total.
import sys
megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 100
n = megabytes * 1024 * 1024 // 192
keep = None
checksum = 0
for i in range(n):
    t = (i, i, i, i, i, i, i, i, i, i, i, i)
    l = [t, i]
    keep = (l,)
    checksum += t[11] & 7
print(n, checksum, keep[0][1] == n - 1)
