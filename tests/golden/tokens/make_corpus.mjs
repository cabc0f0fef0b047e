#!/usr/bin/env node
// Writes the hand-written tokenizer snippets tests/corpus/tokens/*.py (their bytes are given exactly here; the
// files are committed, this script documents and recreates them):
//
//   node tests/golden/tokens/make_corpus.mjs && node tests/golden/tokens/regen.mjs corpus
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../corpus/tokens");
mkdirSync(dir, { recursive: true });
const u = (s) => Buffer.from(s, "utf8");
const b = (s) => Buffer.from(s, "latin1");
const C = {};
// ---- numbers
C.num_valid = u(
  "a = 0\nb = 00\nc = 0_0\nd = 123\ne = 1_000_000\nf = 0x1F\ng = 0XdeadBEEF\nh = 0x_1_f\ni = 0o17\nj = 0O_7\nk = 0b101\nl = 0B_1_0\nm = 1.5\nn = .5\no = 5.\np = 1e10\nq = 1E-5\nr = 1e+5\ns = 1.5e3\nt = 1_0.0_1e1_0\nu = 1j\nv = 1.5J\nw = 1e5j\nx = 0j\ny = 0.0\nz = 00.5\naa = 0e0\nab = 09.5\nac = 09e1\nad = 09j\nae = 1 .real\naf = 1..real\nag = x.y\nah = ...\nai = 1if 1else 2\naj = [0x1for x in y]\nak = 1_2j\n"
);
C.num_err_hex = u("x = 0x\n");
C.num_err_hex2 = u("x = 0x1_\n");
C.num_err_hex3 = u("x = 0xg\n");
C.num_err_hex_end = u("x = 0x1fg\n");
C.num_err_oct = u("x = 0o8\n");
C.num_err_oct2 = u("x = 0o\n");
C.num_err_oct3 = u("x = 0o17_\n");
C.num_err_oct4 = u("x = 0o179\n");
C.num_err_oct_end = u("x = 0o1z\n");
C.num_err_bin = u("x = 0b2\n");
C.num_err_bin2 = u("x = 0b\n");
C.num_err_bin3 = u("x = 0b102\n");
C.num_err_bin_end = u("x = 0b1a\n");
C.num_err_dec = u("x = 1_\n");
C.num_err_dec2 = u("x = 1__0\n");
C.num_err_dec3 = u("x = 1abc\n");
C.num_err_dec4 = u("x = 0_\n");
C.num_err_dec5 = u("x = 0_a\n");
C.num_err_exp = u("x = 1e+\n");
C.num_err_exp2 = u("x = 1e-a\n");
C.num_err_exp3 = u("x = 1ex\n");
C.num_err_imag = u("x = 1jx\n");
C.num_err_frac = u("x = 1.5_\n");
C.num_err_leading_zero = u("x = 0777\n");
C.num_err_leading_zero2 = u("x = 00_7\n");
C.num_err_leading_zero_u = u("s = 'é'; x = 0777\n");
C.num_warn_keywords = u("a = 1and 2\nb = 1or 2\nc = 1in x\nd = 1is x\ne = 0x1for x in y\nf = 1not in x\ng = 1else\n");
C.num_dot_edge = u("x = 1.e5\ny = 1.j\nz = 1._5\n");
// ---- strings
C.str_prefixes = u(
  "a = ''\nb = \"\"\nc = 'x'\nd = \"x\"\ne = r'\\d'\nf = R\"x\"\ng = b'x'\nh = B'x'\ni = u'x'\nj = U\"x\"\nk = rb'x'\nl = bR'x'\nm = Rb\"x\"\nn = BR'x'\no = br\"\"\np = f'x'\nq = F\"x\"\nr = fr'x'\ns = Rf'x'\nt = rF\"x\"\nu = FR''\nv = ur''\nw = bu''\nx = ub''\ny = fb''\nz = rr''\n"
);
C.str_triple = u(
  "a = '''x'''\nb = \"\"\"x\"\"\"\nc = '''multi\nline\n'''\nd = \"\"\"a \"quoted\" \"\" b\"\"\"\ne = r'''\\'''\nf = ''''''\ng = ''' '' ' '''\nh = b\"\"\"\nbytes\n\"\"\" + x\n"
);
C.str_escapes = u(
  "a = 'it\\'s'\nb = \"a\\\"b\"\nc = 'a\\\\'\nd = 'line\\\ncontinued'\ne = '\\n\\t\\x00\\u1234\\N{BULLET}'\nf = r'\\''\ng = '\\d'\n"
);
C.str_quotes_repr = u("a = \"'\"\nb = '\"'\nc = '\\'\"'\nd = \"it's\"\n");
C.str_unterminated = u("x = 'abc\ny = 1\n");
C.str_unterminated2 = u('x = "abc');
C.str_unterminated3 = u("x = 'abc\\\n");
C.str_unterminated_triple = u("x = '''abc\n\ndef\n");
C.str_unterminated_triple2 = u('x = 1\ny = """abc\ndef');
C.str_unterminated_line3 = u("a = 1\nb = 2\nc = 'xyz\n");
C.str_unicode = u("s = 'héllo wörld'; t = 1\nu = '日本語' + x\nv = '😀😀' + y\nw = 'a\\u00e9'\n");
C.str_nonprintable = u("a = '\u00a0\u200b\u2028'\nb = '\u0085'\nc = 'tab\there'\nd = '\x7f'\ne = '\u00ad'\n");
C.str_crlf_escape = b("x = 'a\\\r\nb'\r\ny = 1\r\n");
// ---- f-strings
C.fstr_basic = u(
  "a = f'{x}'\nb = f\"{x!r}\"\nc = f'{x:>10}'\nd = f'{x!s:^{w}}'\ne = f'{{literal}}'\nf = f'a{{b}}c{d}e'\ng = f''\nh = f'{x}{y}'\ni = f'{x=}'\nj = f'{x = }'\nk = f'{x=!r:>10}'\nl = f'{ x + 1 = }'\n"
);
C.fstr_nested = u(
  "a = f'{f\"{x}\"}'\nb = f\"{'a' if x else 'b'}\"\nc = f'{f'{f'{x}'}'}'\nd = f\"{x:{y}{z}}\"\ne = f'{x:{y:{z}}}'\nf = f'{\"\\n\".join(a)}'\ng = f'{{{x}}}'\nh = f'{d[\"k\"]}'\ni = f'{ {\"a\": 1}[\"a\"] }'\nj = f'{(lambda: 1)()}'\nk = f'{x!r}' f'{y}' 'z'\n"
);
C.fstr_triple = u(
  "a = f'''\n{x}\n{y!r:>{w}}\n'''\nb = f\"\"\"{x\n+ y}\"\"\"\nc = f'''{x:\n}'''\nd = rf'''\\{x}\\n'''\ne = f'''{'''a'''}'''\n"
);
C.fstr_format_spec = u(
  "a = f'{x:%Y-%m-%d}'\nb = f'{x:{{}}>10}'\nc = f'{x:=^10}'\nd = f'{x:!<10}'\ne = f'{x::}'\nf = f'{x:{y}:{z}}'\ng = f'{x:a{{b}}c}'\nh = f'{x:}'\ni = f'{x!r:}'\n"
);
C.fstr_escapes = u(
  "a = f'\\n{x}\\t'\nb = f'\\N{BULLET} {x}'\nc = rf'\\N{x}'\nd = f'\\x7b{x}'\ne = f'\\'{x}\\''\nf = f'{x}\\\\'\ng = fr'\\{x}'\n"
);
C.fstr_warn_escape = u("x = f\"\\{x}\"\ny = f'\\}}'\nz = f'a\\{{b'\n");
C.fstr_walrus = u("a = f'{(x:=10)}'\nb = f'{x:=10}'\nc = f'{x!=y}'\nd = f'{x==y=}'\ne = f'{x<y}'\n");
C.fstr_comment_multiline = u("a = f'''{x # comment\n}'''\nb = f'''{\n  x\n  +\n  y\n}'''\n");
C.fstr_err_expecting = u('f"{"\n');
C.fstr_err_single_close = u('f"}"\n');
C.fstr_err_single_close2 = u("f'{x}}'\n");
C.fstr_err_unmatched = u("f'{)}'\n");
C.fstr_err_unmatched2 = u("f'{x)}'\n");
C.fstr_err_unterminated = u("x = f'abc\n");
C.fstr_err_unterminated_triple = u("x = f'''abc\n{x}\n");
C.fstr_err_unterminated_expr = u('f"{x\n');
C.fstr_err_nested_deep = u("f'{x:{y:{z:{w}}}}'\n");
C.fstr_err_expr_newline = u("x = f'{a\nb}'\n");
C.fstr_spec_newline = u('x = f"{x:\n}"\n');
C.fstr_lambda = u("x = f'{lambda x:x}'\n");
C.fstr_backslash_expr = u("x = f'{\"\\\\\".join(y)}'\n");
C.fstr_many_nested = u("x = f'{f\"{f'{f\"{1}\"}'}\"}'\n");
// ---- indentation
C.indent_basic = u("if x:\n    a\n    if y:\n        b\n    c\nd\n");
C.indent_tabs = u("if x:\n\ta\n\tif y:\n\t\tb\n\tc\nd\n");
C.indent_tabs_spaces_ok = u("if x:\n\ta\n\tif y:\n\t    b\n");
C.indent_taberror = u("if x:\n\tif y:\n        z\n");
C.indent_taberror2 = u("def f():\n\tx\n        y\n");
C.indent_taberror3 = u("if x:\n        a\n\tb\n");
C.indent_dedent_error = u("if x:\n    y\n  z\n");
C.indent_dedent_error_u = u("if x:\n    y\n  'é'; z\n");
C.indent_unexpected = u("x = 1\n  y = 2\n");
C.indent_eof_dedents = u("if a:\n  if b:\n    if c:\n      d");
C.indent_blank_lines = u("if x:\n\n    a\n  \n\t\n    # comment\n        # deeper comment\n    b\n");
C.indent_formfeed = u("if x:\n\f    a\n    \fb\nc\f= 1\n\fd\n");
C.indent_backslash = u("if x:\n    a = \\\n  1\n    \\\n        b\n");
C.indent_paren_ignored = u("x = (1,\n  2,\n      3)\ny = [\n]\n");
C.indent_too_deep = u(
  Array.from({ length: 101 }, (_, i) => " ".repeat(i) + "if x:\n").join("") + " ".repeat(101) + "pass\n"
);
C.indent_99 = u(Array.from({ length: 99 }, (_, i) => " ".repeat(i) + "if x:\n").join("") + " ".repeat(99) + "pass\n");
// ---- line joining
C.join_backslash = u("x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\ny = \\\n\\\n3\n");
C.join_backslash_err = u("x = 1 \\ 2\n");
C.join_backslash_err_u = u("x = 'é' + \\ y\n");
C.join_backslash_eof = u("x = \\\n");
C.join_backslash_eof2 = u("x = 1 + \\");
C.join_implicit = u(
  "x = (1,\n     2)\ny = [a\n  for a in b]\nz = {\n  'k':\n    'v'\n}\nf(a,\n  # comment inside\n  b)\n"
);
C.eof_multiline = u("x = (1,\n");
C.eof_multiline_nonl = u("x = (1,\n2");
C.eof_multiline_u = u("x = 'é' + (\n");
C.eof_multiline_line2 = u("a = 1\nb = foo(x,\n  y,\n");
C.eof_bracket_in_fstring = u("f'{x'\n");
// ---- parentheses
C.paren_unmatched = u("x = )\n");
C.paren_unmatched2 = u("x = 1]\n");
C.paren_unmatched3 = u("}\n");
C.paren_mismatch = u("x = (]\n");
C.paren_mismatch_lines = u("x = (\n]\n");
C.paren_mismatch3 = u("x = [1, {2: 3)]\n");
C.paren_too_many = u("x = " + "(".repeat(201) + ")".repeat(201) + "\n");
C.paren_200 = u("x = " + "[".repeat(200) + "]".repeat(200) + "\n");
// ---- characters
C.char_euro = u("a € b\n");
C.char_euro_in_name = u("x = ab€cd\n");
C.char_nbsp = u("a \u00a0 b\n");
C.char_zwsp = u("a\u200b = 1\n");
C.char_emoji = u("x = 1 + 😀\n");
C.char_control = u("x = 1 \x01 2\n");
C.char_del = u("x = 1 \x7f 2\n");
C.char_dollar = u("x = $a ? `b`\n");
C.char_backtick_only = u("`\n");
C.char_nul = b("x = 'a\0b'\n");
C.char_nul_line2 = b("x = 1\n\0\n");
C.char_invalid_start = u("x = 1\n\u00b7a = 1\n");
C.ident_unicode = u("café = 1\nπ = 3.14\n日本 = '語'\nℌ = 1\nx_ñ = ñ_x + café\n_\u00e9 = 0\n\u0300a = 1\n");
C.ident_unicode_cols = u("é = 'ü'; ß = 'ẞ'; 😀x\n");
C.ident_astral = u("𝔘𝔫𝔦 = 1\nx = '𝔘' + 𝔘𝔫𝔦\n");
C.ident_combining = u("a\u0301b = 1\n");
// ---- operators
C.ops_all = u(
  "a + b - c * d / e // f % g ** h @ i\na += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1\na &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1\na & b | c ^ ~d << e >> f\na < b > c <= d >= e == f != g\nf(x) -> y; a[1:2]; a.b; a, b; a; ...\n(x := 1)\n{a: b}\nx = a if b else c\n@dec\ndef f(*a, **k) -> int: pass\n"
);
C.ops_ne_barry = u("x <> y\n");
C.ops_bang = u("x = !y\n");
C.ops_ellipsis_edge = u("x = ..\ny = ....\nz = . . .\n");
// ---- keywords & soft keywords
C.kw_async = u(
  "async def f():\n    await x\n    async with a as b:\n        pass\n    async for i in y:\n        pass\nasync = 1\nawait = 2\nasyncx = 3\n"
);
C.kw_soft = u("match x:\n    case [1, 2]:\n        pass\n    case _:\n        pass\ntype X = int\nmatch = 1\n");
// ---- newlines, comments, whitespace
C.nl_crlf = b("if 1:\r\n  x = 1\r\n\r\n  # c\r\n  y = (1,\r\n    2)\r\n");
C.nl_cr_only = b("a\rb\n");
C.nl_cr_comment = b("# comment\rx = 1\n");
C.nl_mixed = b("a = 1\r\nb = 2\nc = 3\r\n");
C.nl_no_trailing = u("x = 1");
C.nl_no_trailing_comment = u("x = 1 # c");
C.nl_no_trailing_indent = u("if x:\n  y");
C.nl_only_comment = u("# c");
C.nl_empty = u("");
C.nl_only_newlines = u("\n\n\n");
C.nl_only_spaces = u("   ");
C.nl_only_spaces_nl = u("   \n  \n");
C.nl_trailing_ws = u("x = 1   \ny = 2\t\n");
C.comments = u(
  "# top\nx = 1  # trailing\n    # indented comment\n#\n#!shebang-like\nif x: # c\n    pass # c\n# type: ignore\nx = 1 # type: int\n"
);
C.comment_at_eof_indent = u("if x:\n    y\n    # trailing comment");
C.continuation_comment = u("x = 1 + \\\n  2 # c\n");
// ---- encodings
C.enc_bom = b("\xef\xbb\xbfx = 1\n");
C.enc_bom_utf8_cookie = b("\xef\xbb\xbf# -*- coding: utf-8 -*-\nx = 'é'\n".replace("é", "\xc3\xa9"));
C.enc_bom_latin1_cookie = b("\xef\xbb\xbf# coding: latin-1\nx = 1\n");
C.enc_latin1 = b("# -*- coding: latin-1 -*-\nx = '\xe9'\n");
C.enc_latin1_line2 = b("#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nx = '\xe9\xff'\n");
C.enc_cookie_line2_after_code = b("x = 1\n# coding: latin-1\ny = '\xe9'\n");
C.enc_ascii = b("# coding: ascii\nx = 1\n");
C.enc_ascii_bad = b("# coding: ascii\nx = '\xe9'\n");
C.enc_cp1252 = b("# coding: cp1252\nx = '\x80\xe9'\n");
C.enc_utf8_cookie = b("# coding=utf8\nx = '\xc3\xa9'\n");
C.enc_unknown = b("# coding: foobar\nx = 1\n");
C.enc_unknown_line2 = b("\n# coding: foobar\nx = 1\n");
C.enc_latin1_variants = b("# coding: latin1\nx = '\xe9'\n");
C.enc_iso_latin = b("# coding: ISO_8859-1\nx = '\xe9'\n");
C.enc_utf8_variant = b("# coding: UTF-8-unix\nx = '\xc3\xa9'\n");
C.enc_invalid_utf8_line1 = b("x = '\xff'\n");
C.enc_invalid_utf8_line2 = b("# comment\nx = '\xff'\n");
C.enc_invalid_utf8_line2_code = b("x = 1\ny = '\xff'\n");
C.enc_invalid_utf8_line3 = b("x = 1\ny = 2\nz = '\xff\xfe'\n");
C.enc_invalid_utf8_ident = b("x = 1\n\xff = 2\n");
C.enc_invalid_utf8_truncated = b("x = 1\ny = 2\nz = '\xe4\xb8'\n");
C.enc_cookie_not_comment = b("x = 1 # coding: latin-1\ny = '\xc3\xa9'\n");
C.enc_cookie_in_string = b("'# coding: latin-1'\n");
// ---- misc
C.misc_semicolons = u("a = 1; b = 2;\nc = 3 ;\n");
C.misc_decorators_class = u(
  "@a.b(c)\nclass C(B, metaclass=M):\n    '''doc'''\n    x: int = 1\n    def f(self, /, a, *, b=2) -> None:\n        return (yield from g())\n"
);
C.misc_lambda_star = u("f = lambda *a, **k: (a, k)\nprint(*x, **y, sep='')\n[*a, *b]\n{**a, 'b': 1}\n");
C.misc_global = u("global x\nnonlocal y\ndel z\nassert a, 'msg'\nraise E from e\n");
C.misc_long_line = u("x = [" + Array.from({ length: 2000 }, (_, i) => `'é${i}'`).join(", ") + "]\n");
// ---- corner cases found by differential fuzzing against the oracle
C.edge_cr_before_nonascii = u("a\ré = 1\n"); // tokenize: OP '\r\xc3' -> UnicodeDecodeError
C.edge_nul_in_indentation = b("if x:\n    y\n\0\n"); // tokenize: DEDENT with a pending exception -> SystemError
C.edge_dedent_eof_in_fstring = u("\tf'''{\n0)xxxxxxxx\n"); // tokenize: ValueError walking past ""
C.edge_dedent_eof_in_fstring_short = u("\tf'''{\n0)x\n");
C.edge_fstring_debug_negative = u("x = F'''{{{ éé if F\"\"\"{\n1}\"\"\"=!r:        }'''\n"); // SystemError
C.edge_fstring_debug_cut_utf8 = u("x = F'''{{{ éé if F\"\"\"{\n1}\"\"\"=!r:     }'''\n"); // UnicodeDecodeError
C.edge_fstring_debug_first_end = u("x = F'''{{{ éé if F\"\"\"{\n1}\"\"\"=!r:       }'''\n");
C.edge_fstring_debug_multiline = u('f"""{ 1 = !r\n}                 """\n');
C.edge_fspec_nested_then_newline = u("f'{0:{x}\n");
C.edge_fspec_nested_rbraces = u("f'{x:{y}}}'\nf'{x:{{y}}}'\nf'{x:{y}{{}}}'\n");
C.edge_newline_cr_at_eof = b("x = 1\r");
C.edge_crlf_continuation_in_fstring = b("f'{x:\\\r\n}'\r\n");
for (const [k, v] of Object.entries(C)) writeFileSync(`${dir}/${k}.py`, v);
console.log(Object.keys(C).length, "files");
