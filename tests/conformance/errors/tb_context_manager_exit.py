class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, *exc):
        print("release, exception type:", exc[0].__name__ if exc[0] else None)
        return False
with Resource():
    print("working")
    raise OSError("disk full")
