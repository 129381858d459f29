config = {"host": "localhost"}
def get(key):
    return config[key]
print(get("host"))
get("port")
