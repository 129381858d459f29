"""enum: members, lookups, reprs/str/format, aliases, auto, Flag/IntFlag algebra,
functional API, errors."""


def classes(m):
    class Color(m.Enum):
        RED = 1
        GREEN = 2
        BLUE = 3
        ALIAS = 1

        def describe(self):
            return '%s=%s' % (self.name, self.value)

        @property
        def lower(self):
            return self.name.lower()

    class F(m.Flag):
        A = m.auto()
        B = m.auto()
        C = m.auto()

    class FA(m.Flag):
        A = 1
        B = 2
        AB = 3
        C = 4

    class I(m.IntEnum):
        X = 1
        Y = 2
        Z = 2

    class IF(m.IntFlag):
        R = 4
        W = 2
        X = 1

    class S(m.Enum):
        a = 'x'
        b = m.auto()

    class SE(m.StrEnum):
        a = 'x'
        b = m.auto()

    class E(str, m.Enum):
        a = 'x'

    class P(m.Enum):
        M = (1, 2)
        N = (3, 4)

        def __init__(self, a, b):
            self.a = a
            self.b = b

    class Miss(m.Enum):
        R = 1

        @classmethod
        def _missing_(cls, v):
            return cls.R if v == 'r' else None

    class Neg(m.Enum):
        A = -1
        B = 'b'
        C = [1]

    class Auto(m.Enum):
        A = m.auto()
        B = 10
        C = m.auto()
        D = m.auto()

    class Custom(m.Enum):
        def __new__(cls, v, label):
            obj = object.__new__(cls)
            obj._value_ = v
            obj.label = label
            return obj
        ONE = (1, 'one')
        TWO = (2, 'two')

    return dict(Color=Color, F=F, FA=FA, I=I, IF=IF, S=S, SE=SE, E=E, P=P, Miss=Miss, Neg=Neg,
                Auto=Auto, Custom=Custom, m=m)


EXPRS = [
    'Color.RED', 'str(Color.RED)', 'format(Color.RED)', 'f"{Color.RED}"', 'f"{Color.RED:>12}"', 'list(Color)',
    'Color(1)', 'Color["GREEN"]', 'Color(7)', 'Color["X"]', 'Color.ALIAS', 'Color.__members__', 'repr(Color)',
    'Color.RED.name', 'Color.RED.value', 'len(Color)', 'Color.RED in Color', 'hash(Color.RED) == hash("RED")',
    'Color.RED == 1', 'Color.RED is Color(1)', 'Color.RED < Color.GREEN', 'Color.RED.describe()', 'Color.BLUE.lower',
    'list(reversed(Color))', 'Color._member_names_', 'Color._value2member_map_', 'type(Color.RED)',
    'isinstance(Color.RED, Color)', 'Color.RED.__class__.__name__', 'Color.RED != Color.GREEN',
    '{Color.RED: 1}[Color.ALIAS]', 'sorted(Color.__members__)', 'bool(Color.RED)',
    'repr(F.A|F.B)', 'str(F.A|F.B)', 'F(7)', 'F(0)', 'str(F(0))', 'list(F.A|F.C)', 'F.A in (F.A|F.B)', '~F.A',
    'F(8)', 'F["A"]', '(F.A|F.B).name', 'F.A | 1', 'F.A & F.B', 'F.A ^ F.C', 'bool(F(0))', 'len(F.A|F.B)',
    'list(F)', 'repr(F)', 'F.A.value', 'F(0).name', 'F(3) is (F.A | F.B)', '~(F.A|F.B|F.C)',
    'list(FA)', 'FA._member_names_', 'FA.AB', 'FA.A | FA.B', 'FA(5).name', 'str(FA(5))', 'list(FA.__members__)', 'len(FA)',
    'I.X', 'str(I.X)', 'I.X + 1', 'format(I.X)', 'f"{I.X:>5}"', 'I(3)', 'I.X < I.Y', 'list(I)', 'I.Z', 'I(2)',
    'hash(I.X) == hash(1)', 'isinstance(I.X, int)', 'I.X.real', 'I.X == 1', 'repr(I.__members__)', '[0, 10, 20][I.Y]',
    'repr(IF.R|IF.W)', 'str(IF.R|IF.W)', 'IF(7)', 'IF.R | 8', 'repr(IF(0))', '~IF.R', 'IF(16)', 'IF(16).name',
    'IF.R + 1', 'IF.R & 6', 'str(IF.R)', 'format(IF.R)', 'str(IF(0))', 'IF.R == 4', 'list(IF.R | IF.X)',
    'S.b.value', 'S.b', 'str(S.a)', 'S("x")', 'SE.a', 'str(SE.a)', 'format(SE.a)', 'SE.b', 'SE.a == "x"', 'SE.a.upper()',
    'E.a', 'str(E.a)', 'format(E.a)', 'E.a == "x"', 'f"{E.a}"',
    'P.M.a', 'P.N.b', 'P.M.value', 'P((3, 4))', 'Miss("r")', 'Miss("q")', 'Neg([1])', 'Neg("b")', 'Neg([2])', 'Neg(-1)',
    'list(Auto)', 'Custom(2).label', 'Custom.ONE.value', 'Custom.TWO',
    'm.Enum("Anim", "CAT DOG")', 'list(m.Enum("Anim", "CAT DOG"))', 'm.IntEnum("N", [("a", 5), ("b", 6)]).b',
    'm.IntEnum("N", "a b", start=0).a', 'm.Enum("X", {"p": "q"}).p', 'm.Enum("X", "a,b").b', 'm.Enum("X", ["c", "d"]).d',
    'list(m.Flag("Perm", "R W X"))', 'Color.RED.__hash__() == hash("RED")', 'm.STRICT', 'm.KEEP',
]


def run(t):
    for expr in EXPRS:
        t.same(expr, lambda m: eval(expr, classes(m)))

    def redefine(m):
        class Bad(m.Enum):
            A = 1
            A = 2
    t.same('redefine', redefine)

    def uniq(m):
        @m.unique
        class Bad2(m.Enum):
            A = 1
            B = 1
            C = 2
            D = 2
    t.same('unique', uniq)

    def uniq_ok(m):
        @m.unique
        class Ok(m.Enum):
            A = 1
            B = 2
        return list(Ok)
    t.same('unique ok', uniq_ok)

    def reassign(m):
        classes(m)['Color'].RED = 5
    t.same('reassign', reassign)

    def extend(m):
        class Sub(classes(m)['Color']):
            pass
    t.same('extend', extend)

    def extend_empty(m):
        class Base(m.Enum):
            def hello(self):
                return 'hi ' + self.name

        class Sub(Base):
            A = 1
        return Sub.A.hello(), repr(Sub.A)
    t.same('extend empty', extend_empty)

    def method_member(m):
        class D(m.Enum):
            A = 1

            def A(self):
                pass
    t.same('member then method', method_member)

    def contains_value(m):
        return 1 in classes(m)['Color']
    t.same('contains non-member', contains_value)

    def in_switch(m):
        C = classes(m)['Color']
        out = []
        for c in C:
            if c is C.RED:
                out.append('r')
            elif c == C.GREEN:
                out.append('g')
            else:
                out.append(c.name)
        return out
    t.same('identity use', in_switch)

    def flagbits(m):
        class Perm(m.IntFlag):
            R = 4
            W = 2
            X = 1
        p = Perm.R | Perm.W
        return [p, p & Perm.R, bool(p & Perm.X), Perm.R in p, list(p), p | 1, p ^ Perm.R, int(p), p + 0]
    t.same('intflag ops', flagbits)

    def gen_next(m):
        class G(m.Enum):
            def _generate_next_value_(name, start, count, last_values):
                return name * 2
            A = m.auto()
            B = m.auto()
        return list(G)
    t.same('custom _generate_next_value_', gen_next)

    t.same('functional module', lambda m: (m.Enum('Anim', 'CAT DOG').__module__,
                                           repr(type(m.Enum('Anim', 'CAT DOG').CAT))))
