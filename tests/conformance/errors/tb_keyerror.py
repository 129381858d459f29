inventory = {"apple": 3}
def take(item):
    inventory[item] -= 1
take("apple")
print(inventory)
take("pear")
