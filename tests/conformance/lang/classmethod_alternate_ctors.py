class Color:
    def __init__(self, r, g, b): self.rgb = (r, g, b)
    @classmethod
    def from_hex(cls, s):
        s = s.lstrip("#")
        return cls(*(int(s[i:i + 2], 16) for i in (0, 2, 4)))
    @classmethod
    def gray(cls, v): return cls(v, v, v)
    @staticmethod
    def clamp(v): return max(0, min(255, v))
    def __repr__(self): return f"{type(self).__name__}{self.rgb}"
    def hex(self): return "#" + "".join(f"{c:02x}" for c in self.rgb)
class NamedColor(Color):
    pass
print(Color.from_hex("#ff8000"), NamedColor.from_hex("0a0b0c"), Color.gray(7), Color.clamp(300), Color.clamp(-5))
print(Color.from_hex("#123456").hex(), Color(1, 2, 3).from_hex("ffffff"))
