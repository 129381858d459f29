import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("code", repr(e.code))
try:
    sys.exit("message")
except SystemExit as e:
    print("code", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("code", repr(e.code))
try:
    sys.exit([1, 2])
except SystemExit as e:
    print("code", repr(e.code))
print(sys.argv[1:])
