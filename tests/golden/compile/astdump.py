# Dump Python 3.12 ASTs as JSON for the Typhon compiler tests (used while the TS parser is not available).
# usage: python3.12 astdump.py FILE...  -> prints {"file": ast, ...}
import ast, json, sys

SIMPLE = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)

def const(v):
    if v is None: return ["None"]
    if v is Ellipsis: return ["Ellipsis"]
    if isinstance(v, bool): return ["bool", v]
    if isinstance(v, int): return ["int", str(v)]
    if isinstance(v, float): return ["float", repr(v)]
    if isinstance(v, complex): return ["complex", repr(v.real), repr(v.imag)]
    if isinstance(v, str): return ["str", v]
    if isinstance(v, bytes): return ["bytes", v.hex()]
    if isinstance(v, tuple): return ["tuple", [const(x) for x in v]]
    if isinstance(v, frozenset): return ["frozenset", [const(x) for x in v]]
    raise TypeError(type(v))

def conv(n):
    if isinstance(n, list): return [conv(x) for x in n]
    if isinstance(n, SIMPLE): return type(n).__name__
    if isinstance(n, ast.AST):
        d = {"_t": type(n).__name__}
        for f in n._fields:
            v = getattr(n, f, None)
            if isinstance(n, ast.Constant) and f == "value": d[f] = const(v)
            elif f == "conversion": d[f] = v
            else: d[f] = conv(v)
        for a in n._attributes:
            if hasattr(n, a): d[a] = getattr(n, a)
        return d
    return n

out = {}
for f in sys.argv[1:]:
    with open(f, "rb") as fh:
        src = fh.read()
    try:
        out[f] = conv(ast.parse(src, f))
    except SyntaxError as e:
        out[f] = {"_error": str(e)}
sys.stdout.write(json.dumps(out, ensure_ascii=True))
