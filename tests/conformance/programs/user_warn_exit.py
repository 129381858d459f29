import warnings, sys
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    warnings.warn("something odd")
old_api()
warnings.warn("user level", UserWarning)
warnings.warn("again")  # same location twice? no, different line
for i in range(3):
    warnings.warn("in a loop")
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", e)
print("to stdout", flush=True)
sys.stderr.write("direct stderr\n")
sys.exit("fatal: giving up")
