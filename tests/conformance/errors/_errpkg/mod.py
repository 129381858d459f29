class PackageError(Exception):
    pass
def fail(msg):
    raise PackageError(msg)
