import os
import _mainguard
print(__name__)
print(_mainguard.whoami())
print(os.path.basename(__file__))
if __name__ == "__main__":
    print("running as main")
def f():
    return __name__
print(f())
