data = {"users": [{"name": "ann"}, {"name": "bob"}]}
def get_name(d, i):
    return d["users"][i]["name"]
print(get_name(data, 1))
print(get_name(data, 5))
