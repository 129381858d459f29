def whoami():
    return __name__
if __name__ == "__main__":
    print("should not print when imported")
else:
    print("imported as", __name__)
