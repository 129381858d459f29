café = "coffee"
naïve = 1
π = 3.14159
Δx = 0.5
print(café, naïve, π * 2, Δx)
def größe(länge):
    return länge * 2
print(größe(21))
class Ünïcödé:
    ñ = "enye"
print(Ünïcödé.ñ, Ünïcödé.__name__)
d = {"ключ": "значение", "鍵": "値"}
for k in d:
    print(k, d[k], len(k))
print("Ä".lower(), "ß".upper(), "ǆ".title(), "İ".lower().encode())
