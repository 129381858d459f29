import os
os.environ["COLUMNS"] = "80"
import argparse
p = argparse.ArgumentParser(prog="prog")
p.add_argument("num", type=int)
p.add_argument("--color", choices=["red", "blue"])
for argv in [["5"], ["x"], [], ["1", "--color", "green"], ["1", "--unknown"]]:
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
