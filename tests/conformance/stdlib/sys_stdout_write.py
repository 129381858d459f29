import sys
out = sys.stdout
print(out.write("abc"), out.write(""), out.write("é\n"))
out.writelines(["x\n", "y\n"])
sys.stdout.flush()
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "flush"))
err = sys.stderr
print(err.write("error line\n"))
sys.__stdout__.write("via __stdout__\n")
print("end")
