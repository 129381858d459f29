"""typing: reprs of aliases, Union/Optional, TypeVar, Generic, Protocol,
NamedTuple, TypedDict, helpers."""


def env(m):
    T = m.TypeVar('T')

    class G(m.Generic[T]):
        def __init__(self, v=None):
            self.v = v

    class NT(m.NamedTuple):
        a: int
        b: str = 'x'

        def both(self):
            return '%s%s' % (self.a, self.b)

    class TD(m.TypedDict):
        a: int

    @m.runtime_checkable
    class Closable(m.Protocol):
        def close(self):
            ...

    class HasClose:
        def close(self):
            pass

    return dict(m=m, T=T, G=G, NT=NT, TD=TD, Closable=Closable, HasClose=HasClose)


EXPRS = [
    'm.List[int]', 'm.Dict[str, m.List[int]]', 'm.Optional[int]', 'm.Union[int, str]', 'm.Callable[[int], str]',
    'm.Any', 'm.TypeVar("T")', 'm.TypeVar("T", covariant=True)', 'm.TypeVar("T", contravariant=True)',
    'm.Tuple[int, ...]', 'm.List', 'm.Union[int, None]', 'm.Optional[m.Union[int, str]]', 'm.Literal[1, "a"]',
    'm.Callable[..., int]', 'm.Iterable[int]', 'm.Type[int]', 'm.Set', 'm.ClassVar[int]', 'm.Final[int]',
    'm.Union[int, int]', 'm.Union[int]', 'm.List[int].__origin__', 'm.List[int].__args__', 'm.get_origin(m.List[int])',
    'm.get_args(m.Dict[str, int])', 'isinstance([], m.List)', 'isinstance(1, m.Hashable)', 'isinstance([], m.List[int])',
    'm.Tuple[()]', 'm.Dict[str, "Foo"]', 'm.Optional["X"]', 'm.Union[int, m.Union[str, float]]',
    'm.Union[int, str] == m.Union[str, int]', 'm.List[int] == m.List[int]', 'hash(m.List[int]) == hash(m.List[int])',
    'G[int]', 'G.__mro__', 'G(3).v', 'G[int](5).v', 'm.Generic[T]', 'G.__parameters__',
    'NT(1)', 'NT._fields', 'NT.__annotations__', 'NT._field_defaults', 'NT(2, "y").both()', 'NT(1) == (1, "x")',
    'm.NamedTuple("N2", [("p", int), ("q", float)])(1, 2.0)', 'm.cast(int, "a")', 'm.TYPE_CHECKING',
    'm.get_type_hints(NT)', 'TD(a=1)', 'type(TD(a=1))', 'TD.__required_keys__', 'm.is_typeddict(TD)',
    'isinstance(HasClose(), Closable)', 'isinstance(1, Closable)', 'Closable()', 'm.Text', 'm.AnyStr',
    'm.Sequence[int]', 'm.Mapping[str, int]', 'm.Iterator[int]', 'm.Generator[int, None, None]', 'm.Deque[int]',
    'm.DefaultDict[str, int]', 'm.Counter[str]', 'm.FrozenSet[int]', 'm.NoReturn', 'm.List[int](x for x in [1])',
    'm.get_args(m.Callable[[int, str], float])', 'm.get_args(m.Optional[int])', 'm.get_origin(m.Union[int, str])',
    'm.get_origin(int)', 'm.get_args(int)', 'm.Dict[int]', 'm.Union[()]', 'm.Optional[m.List[m.Dict[str, int]]]',
    'm.List[m.Tuple[int, str]]', 'm.Union[int, str, None]', 'm.Literal["x"]', 'm.Annotated[int, "meta"]',
    'm.NewType("UserId", int)(5)', 'm.overload(lambda: 1)()', 'm.final(3)', 'm.Any()', 'm.Union()', 'm.List()',
    'issubclass(list, m.Sequence)', 'm.ForwardRef("X")', 'm.Callable[[], None]', 'm.SupportsInt', 'isinstance(1, m.SupportsInt)',
    'isinstance("a", m.SupportsInt)', 'm.Optional[int] == m.Union[int, None]', 'm.Dict[m.T, int]' if False else 'm.Dict[T, int]',
    'm.Dict[T, int][str]', 'm.List[T][int]',
]


def run(t):
    for expr in EXPRS:
        t.same(expr, lambda m: eval(expr, env(m)))

    def nt_bad(m):
        class N(m.NamedTuple):
            a: int = 1
            b: int
    t.same('namedtuple default order', nt_bad)

    def generic_sub(m):
        T = m.TypeVar('T')
        K = m.TypeVar('K')

        class Base(m.Generic[T, K]):
            pass

        class Sub(Base[int, str]):
            pass
        return [c.__name__ for c in Sub.__mro__], Base.__parameters__

    t.same('generic subclass', generic_sub)

    def protocol_sub(m):
        class P(m.Protocol):
            def meth(self) -> int:
                ...

        class Impl(P):
            def meth(self):
                return 3
        return Impl().meth(), isinstance(Impl(), P) if False else 'skip'
    t.same('protocol subclass', protocol_sub)

    t.same('NewType repr', lambda m: repr(m.NewType('UserId', int)))
    t.same('NamedTuple functional module', lambda m: m.NamedTuple('N', [('a', int)]).__module__)
    t.same('TypedDict functional module', lambda m: m.TypedDict('TD', {'a': int}).__module__)
    t.same('TypeVar module', lambda m: m.TypeVar('Q').__module__)
