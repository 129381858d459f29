log = []
def t(name, v=None):
    log.append(name)
    return v if v is not None else name
d = {}
d[t("key")] = t("value")
print(log); log.clear()
t("f", lambda *a, **k: None)(t("a1"), t("a2"), k=t("kw"))
print(log); log.clear()
x = t("left", 1) + t("right", 2) * t("third", 3)
print(x, log); log.clear()
l = [t("e1"), t("e2"), *[t("e3")]]
print(log); log.clear()
dd = {t("k1"): t("v1"), t("k2"): t("v2")}
print(log); log.clear()
a = [0, 0, 0]
i = 0
def idx():
    global i
    i += 1
    return i
a[idx()] = idx()
print(a)
obj = type("O", (), {})()
t("target", obj).attr = t("val")
print(log); log.clear()
print(t("c1", 1) if t("cond", True) else t("c2", 2), log); log.clear()
f"{t('f1')}{t('f2')}"
print(log); log.clear()
y = t("a", 1), t("b", 2)
print(log)
