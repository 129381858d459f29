print("init", __name__)
def helper(x):
    return x * 2
SECRET = "util-secret"
