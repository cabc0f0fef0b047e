# The formatting cases whose CPython results tests/golden/format/format.json records. Run by gen.mjs through the
# oracle (CPython 3.12.7); prints one JSON document. Values travel as tagged strings:
#   ["i", "123"] int, ["b", "True"] bool, ["f", repr] float, ["s", text] str, ["c", repr(real), repr(imag)] complex,
#   ["n"] None, ["t", [values]] tuple, ["l", [values]] list, ["d", [[key, value], ...]] dict (keys are str).
# A result is ["ok", text] or ["err", "ExceptionType: message"].
import json, math

def enc(v):
    if v is None: return ["n"]
    if isinstance(v, bool): return ["b", repr(v)]
    if isinstance(v, int): return ["i", str(v)]
    if isinstance(v, float): return ["f", repr(v)]
    if isinstance(v, complex): return ["c", repr(v.real), repr(v.imag)]
    if isinstance(v, str): return ["s", v]
    if isinstance(v, tuple): return ["t", [enc(x) for x in v]]
    if isinstance(v, list): return ["l", [enc(x) for x in v]]
    if isinstance(v, dict): return ["d", [[k, enc(x)] for k, x in v.items()]]
    raise TypeError(type(v))

def res(f):
    try:
        return ["ok", f()]
    except Exception as e:
        return ["err", f"{type(e).__name__}: {e}"]

INTS = [0, 1, -1, 7, 42, -42, 65, 255, -255, 1000, 1234567, -1234567, 2**31, 2**53 + 1, -(2**64), 10**30, 0x10ffff, True, False]
INT_SPECS = ["", "d", "b", "o", "x", "X", "n", "c", "5", "<5", ">8", "^9", "=8", "*^11", "0>6", "+", "-", " ", "+d", " d",
    "#b", "#o", "#x", "#X", "#010x", "08", "+08d", "-08d", " 08", "010,", ",", "_", "_b", "_x", "_o", "#_x", "12,", "+,d",
    "015_", "e", "E", ".3e", "f", ".2f", "F", "g", ".3g", "G", "%", ".1%", "n", "x<10", "0=+12,d", "s", "z", ".2", ",x",
    "_n", ",c", "+c", "#c", ",_", "_,", "q", "10.2", "=^5"]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 0.125, 0.375, 1.5, 2.5, -2.5, 0.1, 0.7, 1/3, 2/3, 3.14159, 9.995, 0.0005, 1e-5,
    1.23456789e-7, 123456.789, 12345.5, 999999.5, 1e15, 1e16, 1e22, 1.7976931348623157e308, 5e-324,
    2.2250738585072014e-308, 1e100, 100.0, 0.000123456, 1234567.0, 6.02214076e23, -123.456, float("inf"), float("-inf"),
    float("nan")]
FLOAT_SPECS = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0e", ".1e", ".3e", ".10e", ".17e", ".0f", ".1f", ".2f", ".3f",
    ".5f", ".10f", ".20f", ".0g", ".1g", ".2g", ".3g", ".6g", ".10g", ".16g", ".17g", ".20g", ".0%", ".2%", ".1", ".3",
    ".12", ".17", "#", "#.0", "#.0e", "#.0f", "#g", "#.3g", "#.10g", "z", "z.1f", "z.0f", "z.2e", "+", " ", "+.2f",
    " .3e", "-f", "10", "<12", ">12.3f", "^14.2e", "=+12.1f", "012.2f", "+015.4e", "0=10", "*^15g", ",", ",.2f", "_.3f",
    "015,.1f", ",g", ",e", ",.3%", "12,.0f", ".3n", "n", "d", "x", "s", "c", ".2d", ",n", "_n", "010", "%.2", "#x"]
STRS = ["", "a", "abc", "hello world", "h\u00e9llo", "\U0001F600x", "\u00df", "tab\there", "12345"]
STR_SPECS = ["", "s", "5", "<5", ">5", "^6", "^7", "*^7", "-<8", ".0", ".2", ".10", "10.3", "0>5", "05", "010", "0<6",
    "\u00e9^9", "\U0001F600>4", "<", "d", "x", "+", " ", "-", "#", "=5", "z", ",", "_", ".", "5.", "q", "10.2s",
    "\x01", "\u0105"]
COMPLEXES = [1+2j, -1.5-0.5j, 0j, complex(-0.0, 1.0), complex(0.0, -0.0), 1e20j, 3.14159+2.71828j, complex(1e-7, 1e7),
    complex(float("inf"), float("nan")), complex(-float("inf"), 1.0)]
COMPLEX_SPECS = ["", "e", "E", "f", "F", "g", "G", "n", ".2f", ".0e", ".3g", "+", " ", "+.1f", "^20", "<30.2e", ">25",
    "*^25.2f", "#", "#.0f", "z.1f", ",", ",.2f", "_.1f", "%", "05", "=10", "d", "x", "s", "010.2f"]
OTHERS = [None, (1, 2), [1, "a"], {"k": 1}]
OTHER_SPECS = ["", "s", "10", "d"]

cases = []
for v in INTS:
    for s in INT_SPECS:
        cases.append([enc(v), s, res(lambda: format(v, s))])
for v in FLOATS:
    for s in FLOAT_SPECS:
        cases.append([enc(v), s, res(lambda: format(v, s))])
for v in STRS:
    for s in STR_SPECS:
        cases.append([enc(v), s, res(lambda: format(v, s))])
for v in COMPLEXES:
    for s in COMPLEX_SPECS:
        cases.append([enc(v), s, res(lambda: format(v, s))])
for v in OTHERS:
    for s in OTHER_SPECS:
        cases.append([enc(v), s, res(lambda: format(v, s))])

# printf-style: [format, argument, result]
PCT = [
    ("%d", 42), ("%d", -42), ("%i", 3.99), ("%u", 7), ("%5d", 42), ("%-5d|", 42), ("%05d", -42), ("%+d", 5), ("% d", 5),
    ("%+05d", 3), ("%.3d", 7), ("%.5d", -42), ("%8.3d", 5), ("%-8.3d|", -5), ("%x", 255), ("%X", 255), ("%#x", 255),
    ("%#X", 255), ("%#o", 8), ("%o", -8), ("%#5x", 255), ("%#05x", 255), ("%-#8X|", 255), ("%+x", 255), ("%x", 2**100),
    ("%d", 10**30), ("%d", True), ("%x", True), ("%e", 12345.678), ("%.2e", 0.000123), ("%E", 1e300), ("%f", 3.14159),
    ("%.0f", 2.5), ("%.0f", 3.5), ("%#.0f", 2.0), ("%.1f", 0.25), ("%.2f", 1.005), ("%10.4f|", -3.14159),
    ("%-10.2e|", 1234.5), ("%010.3f", -3.14159), ("%+.3f", 2.0), ("% .3f", 2.0), ("%g", 1e-10), ("%g", 123456789.0),
    ("%#g", 1.0), ("%.10g", 1/3), ("%G", 1e-20), ("%10.4g|", 1e-10), ("%f", float("inf")), ("%e", float("-inf")),
    ("%010f", float("nan")), ("%+f", float("inf")), ("%f", 10**20), ("%g", 7), ("%.3f", True), ("%s", "x"), ("%s", 1.5),
    ("%s", None), ("%s", (1,)), ("%r", "x"), ("%a", "\u00e9\U0001F600"), ("%5s|", "ab"), ("%-5s|", "ab"), ("%.2s", "abcdef"),
    ("%5.2s|", "abcdef"), ("%05s", "ab"), ("%c", 65), ("%c", "z"), ("%5c|", 65), ("%-3c|", "\u00e9"), ("%c", 0x1F600),
    ("%%", ()), ("%5%", ()), ("%s%%", "a"), ("%(a)s-%(b)d", {"a": "x", "b": 2}), ("%(a)s", {"a": 1, "b": 2}),
    ("%(a)5.1f|", {"a": 2.25}), ("%s", [1, 2]), ("abc", [1]), ("abc", {}), ("%s %s", ("a", "b")), ("%*d|", (5, 42)),
    ("%-*d|", (-5, 42)), ("%.*f", (2, 3.14159)), ("%*.*f|", (8, 3, 2.5)), ("%ld %hd %Lf", (1, 2, 3.0)),
    # errors
    ("%d", "x"), ("%x", 1.5), ("%c", "ab"), ("%c", 1.5), ("%c", -1), ("%c", 2**70), ("%s %s", ("a",)), ("%s", ()),
    ("%s", (1, 2)), ("abc", 5), ("%", ()), ("%(a", {"a": 1}), ("%(a)s", 5), ("%y", 1), ("%\u1234", 1), ("%*d", ("a", 1)),
    ("%.*f", (2**40, 1.0)), ("%(a)s %s", {"a": 1}), ("%d", 1+2j), ("%f", "1"), ("%.2147483648f", 1.0), ("%5", 1),
    ("%(a)", {"a": 1}), ("%.", 1), ("%z", 1), ("%d", [1]), ("%o", 1.0), ("%X", None), ("%i", None),
]
pct = [[p, enc(a), res(lambda: p % a)] for p, a in PCT]

# str.format / format_map: [format string, positional args, keyword args, result]
class Obj:
    pass
FMT = [
    ("{}", (1,), {}), ("{} {}", ("a", "b"), {}), ("{1} {0}", ("a", "b"), {}), ("{0}{0}", ("x",), {}), ("{a}", (), {"a": 1}),
    ("{a!r}", (), {"a": "x"}), ("{0!s:>5}", (12,), {}), ("{0!a}", ("\u00e9",), {}), ("{:>{}}", ("x", 5), {}),
    ("{:{w}.{p}f}", (3.14159,), {"w": 10, "p": 2}), ("{0:{1}}", ("abc", "^7"), {}), ("{{}}", (), {}), ("{{{}}}", (5,), {}),
    ("{0[1]}", ([1, 2],), {}), ("{0[a]}", ({"a": 5},), {}), ("{0[0][1]}", ([[1, 2]],), {}), ("{0.__class__.__name__}", (3+4j,), {}),
    ("{0.__class__.__name__:>9}", (3.5,), {}), ("{a[0]}", (), {"a": "xyz"}), ("{:,}", (1234567,), {}), ("{:_x}", (2**32,), {}),
    ("{:%}", (0.25,), {}), ("{:e}", (0,), {}), ("{!r:^10}", ("a",), {}), ("x{}y{}z", (1, 2), {}), ("", (), {}),
    ("no fields", (), {}), ("{0}", (None,), {}), ("{0:}", (1.5,), {}), ("{:d}", (True,), {}), ("{:s}", ("s",), {}),
    ("{0[-1]}", ({"-1": "neg"},), {}), ("{0[ 1]}", ({" 1": "sp"},), {}), ("\u00e9{}\U0001F600", ("\u00df",), {}),
    # errors
    ("{", (), {}), ("}", (), {}), ("a}b", (), {}), ("{0", (1,), {}), ("{0!}", (1,), {}), ("{0!x}", (1,), {}),
    ("{0!rr}", (1,), {}), ("{0:{1:{2}}}", (1, 2, 3), {}), ("{} {1}", (1, 2), {}), ("{1} {}", (1, 2), {}), ("{2}", (1,), {}),
    ("{a}", (), {}), ("{0[}", ([1],), {}), ("{0.}", (1,), {}), ("{0[0]x}", ([1],), {}), ("{0.foo}", (1,), {}),
    ("{0[5]}", ([1],), {}), ("{0:x}", ("s",), {}), ("{:.2}", (1,), {}), ("{0{}}", (1,), {}), ("{!", (1,), {}),
    ("{0:}}", (1,), {}), ("{:{}", (1, 2), {}), ("{0[a]}", ([1],), {}), ("{99999999999999999999}", (1,), {}),
    ("{0!\u00e9}", (1,), {}), ("{a.b}", (), {"a": None}),
]
fmt = [[f, [enc(x) for x in a], [[k, enc(v)] for k, v in kw.items()], res(lambda: f.format(*a, **kw))] for f, a, kw in FMT]
FMAP = [("{a} {b}", {"a": 1, "b": "x"}), ("{a:>4}", {"a": 7}), ("{}", {}), ("{0}", {"0": 1}), ("{x}", {}), ("{a[0]}", {"a": [9]})]
fmap = [[f, enc(m), res(lambda: f.format_map(m))] for f, m in FMAP]

# the formatting builtins: [function, [args], result]
bl = []
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 2.675, 1e300, -0.0, 1e16 + 1, 7, -7, 12345, True, float("inf"), float("nan"), 5e-324]:
    for n in [None, 0, 1, 2, -1, -2, 5, 400, -400, 2**70]:
        args = (v,) if n is None else (v, n)
        bl.append(["round", [enc(a) for a in args], res(lambda: repr(round(*args)))])
for args in [(1.5, "x"), ("x",), (), (1, 2, 3), (None,)]:
    bl.append(["round", [enc(a) for a in args], res(lambda: repr(round(*args)))])
for v in ["abc", "caf\u00e9", "\U0001F600\n", 1.5, ["\u00e9"], None]:
    bl.append(["ascii", [enc(v)], res(lambda: ascii(v))])
for args in [(1.5, ".2f"), ("x", ">4"), (255, "#x"), (1, 2), (1,), (1, "", 3), (None, "x")]:
    bl.append(["format", [enc(a) for a in args], res(lambda: format(*args))])

print(json.dumps({"format": cases, "percent": pct, "str_format": fmt, "format_map": fmap, "builtins": bl}, ensure_ascii=True, indent=None, separators=(",", ":")))
