# str methods and operators: the cases tests/golden/format/str.json records (CPython 3.12's results). Run by
# str_gen.mjs through the oracle; prints one JSON document of [receiver, method, args, kwargs, result] cases, with
# values encoded as in cases.py and result ["ok", repr(result)] or ["err", "ExceptionType: message"].
import json

def enc(v):
    if v is None: return ["n"]
    if isinstance(v, bool): return ["b", repr(v)]
    if isinstance(v, int): return ["i", str(v)]
    if isinstance(v, float): return ["f", repr(v)]
    if isinstance(v, str): return ["s", v]
    if isinstance(v, tuple): return ["t", [enc(x) for x in v]]
    if isinstance(v, list): return ["l", [enc(x) for x in v]]
    if isinstance(v, dict): return ["d", [[enc(k), enc(x)] for k, x in v.items()]]
    if isinstance(v, slice): return ["sl", enc(v.start), enc(v.stop), enc(v.step)]
    raise TypeError(type(v))

def res(f):
    try:
        return ["ok", repr(f())]
    except Exception as e:
        return ["err", f"{type(e).__name__}: {e}"]

S = ['', 'a', 'abc', 'Hello World', '  spaced  out  ', '\tx\ny\r\nz\x0b\x0c\x1c\x85\u2028w', 'ΑΣ', 'ὈΔΥΣΣΕΎΣ', 'ß',
     'ǅungla', 'ﬁne', 'İstanbul', '𝔘𝔫𝔦 😀 x😀y', 'a😀b😀c', '12345', '١٢٣', '½²³', '一二三', 'x_1', '1x', 'déjà vu',
     'hello_world Foo-bar', "they're bill's friends", 'aaa', 'abcabcabc', 'ABC def GHI', 'ǈ', 'Ꭰꭰ', 'MASSE', 'ΣΑΣ Σ',
     'aΣ b', 'Σ', 'ⅷ', '\U0001d7ce\U0001d7d9', '\xa0\u3000x\u2003', '-0042', '+7', 'a\tb\tc', 'ab\n\ncd\r', '\ud800x']
NOARG = ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold', 'isdigit', 'isalpha', 'isalnum', 'isspace',
         'isupper', 'islower', 'isdecimal', 'isnumeric', 'isidentifier', 'isprintable', 'isascii', 'istitle', 'split',
         'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'expandtabs', '__len__', '__str__', '__repr__', '__hash__x']
CALLS = [
    ('splitlines', (True,), {}), ('split', (' ',), {}), ('rsplit', (' ', 1), {}), ('split', (None, 1), {}),
    ('rsplit', (), {'maxsplit': 1}), ('split', ('a', 2), {}), ('rsplit', ('b',), {}), ('split', (), {'sep': 'c'}),
    ('center', (12, '*'), {}), ('ljust', (9, '😀'), {}), ('rjust', (11,), {}), ('zfill', (8,), {}),
    ('expandtabs', (3,), {}), ('expandtabs', (), {'tabsize': 0}), ('find', ('a',), {}), ('rfind', ('a',), {}),
    ('find', ('😀',), {}), ('rfind', ('😀', 1), {}), ('count', ('a',), {}), ('count', ('',), {}), ('find', ('', 2), {}),
    ('rfind', ('c', -3), {}), ('count', ('b', 1, -1), {}), ('find', ('y', -4, -1), {}), ('index', ('b',), {}),
    ('rindex', ('b', None, 5), {}), ('partition', (' ',), {}), ('rpartition', ('a',), {}), ('partition', ('😀',), {}),
    ('replace', ('a', 'A'), {}), ('replace', ('', '.'), {}), ('replace', ('', '-', 2), {}), ('replace', ('b', '', 1), {}),
    ('replace', ('😀', 'E'), {}), ('startswith', ('a',), {}), ('startswith', (('x', 'H'),), {}), ('endswith', ('c',), {}),
    ('startswith', ('b', 1), {}), ('endswith', ('😀', 0, 3), {}), ('startswith', ('', 50), {}), ('endswith', (('', 'x'), -2), {}),
    ('strip', ('a😀',), {}), ('lstrip', (' ab',), {}), ('rstrip', ('cz',), {}), ('strip', (None,), {}),
    ('removeprefix', ('a',), {}), ('removesuffix', ('c',), {}), ('join', (['1', '2', '3'],), {}), ('join', ('xyz',), {}),
    ('encode', (), {}), ('encode', ('utf-16-le',), {}), ('encode', ('latin-1', 'replace'), {}), ('encode', ('ascii', 'ignore'), {}),
    ('encode', ('ascii', 'backslashreplace'), {}), ('encode', ('ascii', 'xmlcharrefreplace'), {}), ('encode', ('ascii',), {}),
    ('encode', (), {'errors': 'surrogatepass'}), ('translate', ({97: 'AA', 98: None, 0x1f600: 'smile'},), {}),
    ('translate', ({ord('a'): ord('z')},), {}), ('__getitem__', (0,), {}), ('__getitem__', (-1,), {}),
    ('__getitem__', (slice(None, None, -1),), {}), ('__getitem__', (slice(1, -1),), {}), ('__getitem__', (slice(None, None, 2),), {}),
    ('__getitem__', (slice(5, 1, -2),), {}), ('__getitem__', (slice(-3, None),), {}), ('__contains__', ('a',), {}),
    ('__contains__', ('😀',), {}), ('*', (2,), {}), ('*', (0,), {}), ('*', (-1,), {}), ('+', ('x',), {}),
    ('__lt__', ('b',), {}), ('__ge__', ('ab',), {}), ('__eq__', ('abc',), {}), ('__ne__', (1,), {}), ('__mod__', ((),), {}),
    ('format', (1, 2), {}), ('__format__', ('>10',), {}), ('__format__', ('',), {}), ('__getnewargs__', (), {}),
]
ERRS = [
    ('split', (1,), {}), ('split', (',', 1, 2), {}), ('split', (), {'maxsplit': 'x'}), ('split', (), {'maxsplit': 2**64}),
    ('split', (), {'foo': 1}), ('split', ('',), {}), ('rsplit', ('',), {}), ('join', (1,), {}), ('join', ([1],), {}),
    ('join', (['x', 2],), {}), ('strip', (1,), {}), ('strip', ('a', 'b'), {}), ('lstrip', (1,), {}), ('rstrip', (1,), {}),
    ('replace', (1, 'b'), {}), ('replace', ('a', 1), {}), ('replace', ('a',), {}), ('replace', ('a', 'b', 'c'), {}),
    ('replace', ('a', 'b'), {'count': 1}), ('startswith', (1,), {}), ('startswith', (), {}), ('startswith', ('a', 1, 2, 3), {}),
    ('startswith', (('a', 1),), {}), ('startswith', ('a', 'x'), {}), ('endswith', (1,), {}), ('find', (1,), {}), ('find', (), {}),
    ('find', ('a', 'x'), {}), ('count', (1,), {}), ('index', ('q',), {}), ('rindex', ('q',), {}), ('index', (1,), {}),
    ('center', (), {}), ('center', (5, 'ab'), {}), ('center', (5, 1), {}), ('center', ('x',), {}), ('ljust', (5, ''), {}),
    ('rjust', (2**70,), {}), ('zfill', ('x',), {}), ('zfill', (), {}), ('partition', ('',), {}), ('partition', (1,), {}),
    ('rpartition', (1,), {}), ('upper', (1,), {}), ('title', (), {'x': 1}), ('expandtabs', ('x',), {}), ('encode', ('foo',), {}),
    ('encode', (1,), {}), ('encode', ('ascii', 'foo'), {}), ('encode', (), {'errors': 1}), ('removeprefix', (1,), {}),
    ('removesuffix', (1,), {}), ('translate', (1,), {}), ('translate', ({97: 2**40},), {}), ('translate', ({97: 1.5},), {}),
    ('__format__', (1,), {}), ('__format__', (), {}), ('format_map', (1,), {}), ('__getitem__', (99,), {}),
    ('__getitem__', ('x',), {}), ('__getitem__', (slice(1, 2, 0),), {}), ('__getitem__', (2**70,), {}), ('__contains__', (1,), {}),
    ('*', ('b',), {}), ('*', (1.5,), {}), ('+', (1,), {}), ('%', (1,), {}), ('%', ((1, 2),), {}), ('__lt__', (1,), {}), ('__mod__', (1,), {}), ('count', ('a', 1, 2, 3), {}),
    ('splitlines', (), {'keepends': 1, 'x': 2}), ('zfill', (2**63,), {}),
]
cases = []
def add(s, m, a, kw):
    if m == '__hash__x':
        cases.append([enc(s), '__hash__', [], [], res(lambda: hash(s) == hash(s[:] + ''))])
        return
    ops = {'+': lambda x: s + x, '*': lambda x: s * x, '%': lambda x: s % x}
    f = (lambda: ops[m](*a)) if m in ops else (lambda: getattr(s, m)(*a, **kw))
    cases.append([enc(s), m, [enc(x) for x in a], [[k, enc(v)] for k, v in kw.items()], res(f)])
for s in S:
    for m in NOARG:
        add(s, m, (), {})
    for m, a, kw in CALLS:
        add(s, m, a, kw)
for m, a, kw in ERRS:
    add('abc', m, a, kw)
# str.maketrans and str()
static = []
for a in [({'a': 'b', 98: None},), ('ab', 'cd'), ('abc', 'xyz', 'q'), ('😀a', 'b😀'), (1,), ({'ab': 1},), ('ab', 'c'), ('a', 'b', 1),
          ({1.5: 1},), ('a',), (), ({},), (1, 'a'), ('a', 1)]:
    static.append(['maketrans', [enc(x) for x in a], [], res(lambda: str.maketrans(*a))])
for a, kw in [((), {}), (('x',), {}), ((12,), {}), ((1.5,), {}), ((None,), {}), (([1, 'a'],), {}), ((), {'object': 'q'}),
              (('a', 'b', 'c', 'd'), {}), (('x',), {'encoding': 'utf-8'}), ((1,), {'errors': 'strict'}), ((), {'encoding': 1}),
              ((), {'foo': 1})]:
    static.append(['str', [enc(x) for x in a], [[k, enc(v)] for k, v in kw.items()], res(lambda: str(*a, **kw))])
print(json.dumps({"methods": cases, "static": static}, ensure_ascii=True, separators=(",", ":")))
