// The parser-mode front-end of the tokenizer (what CPython's PEG parser sees):
//  * for every snippet of tests/corpus/tokens, the error the tokenizer raises (as pegen reports it: type, msg,
//    lineno, offset, end_lineno, end_offset) must be CPython's compile() error (tests/golden/tokens/
//    corpus_parser.json, from the oracle); snippets that CPython rejects only in the parser are listed below
//  * unit tests of the token records (UTF-8 byte columns, exact types, levels, f-string metadata, type comments)
//  * the whole stdlib tokenizes without error, and quickly
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadStdlib } from "../../../tests/support/stdlib.js";
import * as T from "../src/Parser/token.js";
import {
  createParserTokenizer,
  E_DECODE,
  E_EOF,
  E_LINECONT,
  pyRepr,
  type Token,
  tokenizeForParser,
  TokenizerError,
} from "../src/Parser/tokenizer.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const corpusDir = path.join(root, "tests/corpus/tokens");
type Expected =
  | "OK"
  | [string, string, number | null, number | null, number | null, number | null]
  | [string, string, string];
const golden: Record<string, Expected> = JSON.parse(
  readFileSync(path.join(root, "tests/golden/tokens/corpus_parser.json"), "utf8")
);

/**
 * Snippets whose compile() error comes from the parser, not the tokenizer: name -> [why, the tokenizer's own
 * outcome (null: it accepts the snippet; else the message of the error it raises later, which CPython does not
 * report because the parser's error comes first or wins)].
 */
const PARSER_LEVEL: Record<string, [string, string | null]> = {
  "char_backtick_only.py": ["'`' is an OP token; invalid syntax", null],
  "char_dollar.py": ["'$' is an OP token; invalid syntax", null],
  "enc_cookie_line2_after_code.py": ["string literal decoding (cookie ignored after code)", null],
  "enc_invalid_utf8_line1.py": ["string literal decoding", null],
  "enc_invalid_utf8_line2.py": ["string literal decoding", null],
  "enc_invalid_utf8_line2_code.py": ["string literal decoding", null],
  "enc_invalid_utf8_line3.py": ["string literal decoding", null],
  "enc_invalid_utf8_truncated.py": ["string literal decoding", null],
  "fstr_err_expr_newline.py": ["invalid syntax. Perhaps you forgot a comma?", null],
  "fstr_lambda.py": ["f-string: lambda expressions are not allowed without parentheses", null],
  "indent_unexpected.py": ["unexpected indent (an INDENT token the grammar does not accept)", null],
  "kw_async.py": ["async/await as names", null],
  "misc_global.py": ["nonlocal at module level", null],
  "num_warn_keywords.py": ["`1else` without `if`", null],
  "ops_all.py": ["a def without body", null],
  "ops_bang.py": ["'!' outside f-strings", null],
  "ops_ellipsis_edge.py": ["'..'", null],
  "ops_ne_barry.py": ["'<>' without barry_as_FLUFL", null],
  "str_prefixes.py": ["ur'', bu'', fb'' ... are NAME + STRING", null],
  "edge_dedent_eof_in_fstring.py": [
    "unexpected indent on line 1; a later error inside an f-string does not replace it",
    "f-string: unmatched ')'",
  ],
  "edge_dedent_eof_in_fstring_short.py": ["unexpected indent on line 1 (as above)", "f-string: unmatched ')'"],
  "edge_fstring_debug_cut_utf8.py": ["expected 'else' after 'if' expression", null],
  "edge_fstring_debug_first_end.py": ["expected 'else' after 'if' expression", null],
  "edge_fstring_debug_negative.py": ["expected 'else' after 'if' expression", null],
};

function tokens(src: string | Uint8Array, opts: { typeComments?: boolean } = {}): Token[] {
  return tokenizeForParser(src, opts);
}

function brief(src: string | Uint8Array, opts: { typeComments?: boolean } = {}) {
  const tok = createParserTokenizer(src, opts);
  const out: [string, string, number, number, number, number][] = [];
  for (;;) {
    const t = tok.getToken();
    if (t.type === T.ERRORTOKEN) throw tok.error!;
    out.push([T.tok_name[t.type]!, tok.text(t), t.lineno, t.col_offset, t.end_lineno, t.end_col_offset]);
    if (t.type === T.ENDMARKER) return out;
  }
}

function errorOf(
  src: string | Uint8Array
): [string, string, number | null, number | null, number | null, number | null] {
  try {
    tokenizeForParser(src, {});
  } catch (e) {
    if (e instanceof TokenizerError) return [e.pyType, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
    throw e;
  }
  throw new Error("no error");
}

const snippets = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".py"))
  .sort();

describe("parser-mode tokenizer: errors of the snippets match compile() of CPython 3.12.7", () => {
  for (const name of snippets) {
    it(name, () => {
      const file = path.join(corpusDir, name);
      const expected = golden[name];
      expect(expected).toBeDefined();
      let mine: Expected;
      try {
        tokenizeForParser(new Uint8Array(readFileSync(file)), { filename: file });
        mine = "OK";
      } catch (e) {
        if (!(e instanceof TokenizerError)) throw e;
        mine = [e.pyType, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
      }
      if (name in PARSER_LEVEL) {
        const tokenizerMsg = PARSER_LEVEL[name]![1];
        expect(mine === "OK" ? null : mine[1]).toBe(tokenizerMsg);
        expect(expected).not.toBe("OK");
        expect(expected).not.toEqual(mine);
      } else {
        expect(mine).toEqual(expected);
      }
    });
  }
});

describe("parser-mode tokenizer: token records", () => {
  it("gives UTF-8 byte columns, exact operator types, and no COMMENT/NL", () => {
    // (as in CPython, a NEWLINE that follows a comment starts at the comment and carries its text)
    expect(brief("x = 'é' + y  # c\n\n(a,\n b)\n")).toEqual([
      ["NAME", "x", 1, 0, 1, 1],
      ["EQUAL", "=", 1, 2, 1, 3],
      ["STRING", "'é'", 1, 4, 1, 8],
      ["PLUS", "+", 1, 9, 1, 10],
      ["NAME", "y", 1, 11, 1, 12],
      ["NEWLINE", "# c", 1, 14, 1, 18],
      ["LPAR", "(", 3, 0, 3, 1],
      ["NAME", "a", 3, 1, 3, 2],
      ["COMMA", ",", 3, 2, 3, 3],
      ["NAME", "b", 4, 1, 4, 2],
      ["RPAR", ")", 4, 2, 4, 3],
      ["NEWLINE", "", 4, 3, 4, 4],
      ["ENDMARKER", "", 4, -1, 4, -1],
    ]);
  });
  it("has INDENT/DEDENT without positions, keywords as NAME, async/await as ASYNC/AWAIT, '<>' as NOTEQUAL", () => {
    expect(brief("if x:\n    async def f(): await (a <> b)\n").map((t) => t.slice(0, 4))).toEqual([
      ["NAME", "if", 1, 0],
      ["NAME", "x", 1, 3],
      ["COLON", ":", 1, 4],
      ["NEWLINE", "", 1, 5],
      ["INDENT", "", 2, -1],
      ["ASYNC", "async", 2, 4],
      ["NAME", "def", 2, 10],
      ["NAME", "f", 2, 14],
      ["LPAR", "(", 2, 15],
      ["RPAR", ")", 2, 16],
      ["COLON", ":", 2, 17],
      ["AWAIT", "await", 2, 19],
      ["LPAR", "(", 2, 25],
      ["NAME", "a", 2, 26],
      ["NOTEQUAL", "<>", 2, 28],
      ["NAME", "b", 2, 31],
      ["RPAR", ")", 2, 32],
      ["NEWLINE", "", 2, 33],
      ["DEDENT", "", 2, -1],
      ["ENDMARKER", "", 2, -1],
    ]);
  });
  it("records the parenthesis level", () => {
    const toks = tokens("f(a, [b])\n");
    expect(toks.map((t) => t.level)).toEqual([0, 1, 1, 1, 2, 2, 1, 0, 0, 0]);
  });
  it("splits f-strings and attaches the debug text of {expr=} to the closing token", () => {
    const src = "f'{x=}' f'{y!r:>{w}}' f'''{ a + b = !r}'''";
    const tok = createParserTokenizer(src);
    const got: [string, string, string | null][] = [];
    for (;;) {
      const t = tok.getToken();
      got.push([T.tok_name[t.type]!, tok.text(t), t.metadata]);
      if (t.type === T.ENDMARKER || t.type === T.ERRORTOKEN) break;
    }
    expect(got).toEqual([
      ["FSTRING_START", "f'", null],
      ["LBRACE", "{", null],
      ["NAME", "x", null],
      ["EQUAL", "=", null],
      ["RBRACE", "}", "x="],
      ["FSTRING_END", "'", null],
      ["FSTRING_START", "f'", null],
      ["LBRACE", "{", null],
      ["NAME", "y", null],
      ["EXCLAMATION", "!", null],
      ["NAME", "r", null],
      ["COLON", ":", null],
      ["FSTRING_MIDDLE", ">", null],
      ["LBRACE", "{", null],
      ["NAME", "w", null],
      ["RBRACE", "}", null],
      ["FSTRING_MIDDLE", "", null],
      ["RBRACE", "}", null],
      ["FSTRING_END", "'", null],
      ["FSTRING_START", "f'''", null],
      ["LBRACE", "{", null],
      ["NAME", "a", null],
      ["PLUS", "+", null],
      ["NAME", "b", null],
      ["EQUAL", "=", null],
      ["EXCLAMATION", "!", " a + b = "],
      ["NAME", "r", null],
      ["RBRACE", "}", " a + b = "],
      ["FSTRING_END", "'''", null],
      ["NEWLINE", "", null],
      ["ENDMARKER", "", null],
    ]);
  });
  it("strips comments from the debug text like CPython 3.12.7", () => {
    const tok = createParserTokenizer("f'''{1 # c\n=}'''\n");
    let meta: string | null = null;
    for (let t = tok.getToken(); t.type !== T.ENDMARKER; t = tok.getToken()) if (t.metadata) meta = t.metadata;
    expect(meta).toBe("1 \n=");
  });
  it("emits TYPE_COMMENT and TYPE_IGNORE when asked", () => {
    const src = "x = 1  # type: int\n# type: ignore[abc]\ndef f(a, # type: int\n):  pass\n";
    expect(brief(src, { typeComments: true }).filter((t) => t[0].startsWith("TYPE_"))).toEqual([
      ["TYPE_COMMENT", "int", 1, 15, 1, 18],
      ["TYPE_IGNORE", "[abc]", 2, 14, 2, 20],
      ["TYPE_COMMENT", "int", 3, 17, 3, 20],
    ]);
    expect(brief(src).some((t) => t[0].startsWith("TYPE_"))).toBe(false);
  });
  it("translates newlines and appends a final one like compile()", () => {
    expect(brief("a\r\nb\rc").map((t) => [t[0], t[2], t[3]])).toEqual([
      ["NAME", 1, 0],
      ["NEWLINE", 1, 1],
      ["NAME", 2, 0],
      ["NEWLINE", 2, 1],
      ["NAME", 3, 0],
      ["NEWLINE", 3, 1],
      ["ENDMARKER", 3, -1],
    ]);
  });
  it("decodes bytes with a coding cookie (positions are in the UTF-8 of the decoded text)", () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode("# coding: latin-1\nx = '"), 0xe9, 0x27, 0x0a]);
    const tok = createParserTokenizer(latin1);
    expect(tok.encoding).toBe("iso-8859-1");
    const toks = brief(latin1);
    expect(toks[2]).toEqual(["STRING", "'é'", 2, 4, 2, 8]);
    // a str source ignores cookies
    expect(createParserTokenizer("# coding: latin-1\n").encoding).toBe("utf-8");
  });
  it("skips a UTF-8 BOM", () => {
    expect(brief(Uint8Array.from([0xef, 0xbb, 0xbf, 0x78, 0x0a]))[0]).toEqual(["NAME", "x", 1, 0, 1, 1]);
  });
  it("warns about numbers followed by keywords, and can turn the warning into an error", () => {
    const tok = createParserTokenizer("x = 1if y else 2\n");
    while (tok.getToken().type !== T.ENDMARKER);
    expect(tok.warnings).toEqual([{ category: "SyntaxWarning", message: "invalid decimal literal", lineno: 1 }]);
    const strict = createParserTokenizer("x = 1if y else 2\n", { onWarning: () => true });
    let t = strict.getToken();
    while (t.type !== T.ERRORTOKEN && t.type !== T.ENDMARKER) t = strict.getToken();
    expect(t.type).toBe(T.ERRORTOKEN);
    expect(strict.error!.msg).toBe("invalid decimal literal");
  });
});

describe("parser-mode tokenizer: errors", () => {
  it("raises TokenizerError with CPython's attributes", () => {
    expect(errorOf("x = 'abc\n")).toEqual([
      "SyntaxError",
      "unterminated string literal (detected at line 1)",
      1,
      5,
      1,
      5,
    ]);
    expect(errorOf("if x:\n\tif y:\n        z\n")).toEqual([
      "TabError",
      "inconsistent use of tabs and spaces in indentation",
      3,
      1,
      3,
      0,
    ]);
    expect(errorOf("if x:\n    y\n  z\n")[0]).toBe("IndentationError");
    expect(errorOf("x = (\n")).toEqual(["SyntaxError", "'(' was never closed", 1, 5, 1, 0]);
    expect(errorOf("a € b\n")).toEqual(["SyntaxError", "invalid character '€' (U+20AC)", 1, 3, 1, 3]);
    expect(errorOf("a \u00a0 b\n")[1]).toBe("invalid non-printable character U+00A0");
    const e = (() => {
      try {
        tokenizeForParser("x = 1\n  0777 + 'é'\n");
      } catch (err) {
        return err as TokenizerError;
      }
      throw new Error("no error");
    })();
    expect(e).toBeInstanceOf(TokenizerError);
    expect(e.text).toBe("  0777 + 'é'");
  });
  it("rejects null bytes like compile()", () => {
    expect(errorOf(Uint8Array.from([0x78, 0x00, 0x0a]))).toEqual([
      "SyntaxError",
      "source code string cannot contain null bytes",
      null,
      null,
      null,
      null,
    ]);
  });
  it("reports encoding problems like _PyPegen_raise_tokenizer_init_error", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(errorOf(enc("# coding: foobar\n"))).toEqual(["SyntaxError", "unknown encoding: foobar", 0, -1, null, null]);
    expect(errorOf(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc("# coding: latin-1\n")]))[1]).toBe(
      "encoding problem: iso-8859-1 with BOM"
    );
    expect(errorOf(Uint8Array.from([...enc("# coding: ascii\nx = '"), 0xe9, 0x27, 0x0a]))[1]).toBe(
      "'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)"
    );
  });
  it("has `python3 FILE` messages in file mode (checked against CPython 3.12.1 running the files)", () => {
    const fileError = (bytes: number[]) => {
      try {
        tokenizeForParser(Uint8Array.from(bytes), { filename: "/tmp/x.py", inputKind: "file" });
      } catch (e) {
        const err = e as TokenizerError;
        return [err.msg, err.lineno, err.offset, err.text];
      }
      throw new Error("no error");
    };
    const enc = (s: string) => [...new TextEncoder().encode(s)];
    expect(fileError([...enc("x = 1\n"), 0xff, ...enc(" = 2\n")])).toEqual([
      "Non-UTF-8 code starting with '\\xff' in file /tmp/x.py on line 2, but no encoding declared; " +
        "see https://peps.python.org/pep-0263/ for details",
      null,
      null,
      null,
    ]);
    expect(fileError(enc('x = 1\ny = "\0"\n'))).toEqual(["source code cannot contain null bytes", 2, 0, 'y = "']);
    expect(fileError(enc("# coding: foobar\nx = 1\n"))[0]).toBe("encoding problem: foobar");
    expect(fileError([...enc("# coding: ascii\nx = '"), 0xe9, ...enc("'\n")])[0]).toBe("encoding problem: ascii");
  });
  it("tells done-code errors from exceptions (for _PyPegen_tokenize_full_source_to_check_for_errors)", () => {
    const run = (src: string | Uint8Array) => {
      const tok = createParserTokenizer(src);
      let t = tok.getToken();
      while (t.type !== T.ERRORTOKEN && t.type !== T.ENDMARKER) t = tok.getToken();
      return tok;
    };
    const eof = run("x = \\\n");
    expect([eof.done, eof.errorIsException, eof.error!.msg]).toEqual([E_EOF, false, "unexpected EOF while parsing"]);
    const cont = run("x = 1 \\ 2\n");
    expect([cont.done, cont.errorIsException]).toEqual([E_LINECONT, false]);
    const str = run("x = 'a\n");
    expect([str.errorIsException, str.exception!.msg]).toEqual([
      true,
      "unterminated string literal (detected at line 1)",
    ]);
    const dec = run(Uint8Array.from([0x2c, 0xff, 0x0a]));
    expect([dec.done, dec.errorIsException, dec.exception!.pyType, dec.error!.msg]).toEqual([
      E_DECODE,
      true,
      "UnicodeDecodeError",
      "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
    ]);
    const paren = run("f(a,\n");
    expect([paren.level, paren.parenstack[0], paren.parenlinenostack[0], paren.parencolstack[0]]).toEqual([
      1, 0x28, 1, 1,
    ]);
  });
  it("limits nesting without recursion", () => {
    expect(errorOf("x = " + "(".repeat(201) + ")".repeat(201) + "\n")[1]).toBe("too many nested parentheses");
    expect(tokens("x = " + "[".repeat(200) + "]".repeat(200) + "\n").length).toBe(404);
    expect(errorOf("x = " + "f'{".repeat(151) + "}'".repeat(151) + "\n")[1]).toBe("too many nested f-strings");
    const deep = Array.from({ length: 101 }, (_, i) => " ".repeat(i) + "if x:\n").join("") + " ".repeat(101) + "pass\n";
    expect(errorOf(deep)).toEqual(["IndentationError", "too many levels of indentation", 101, 1, 101, 0]);
  });
  it("handles very long inputs in linear time", () => {
    const big = "x = [" + "1, ".repeat(200000) + "]\n" + "'''" + "a\n".repeat(100000) + "'''\n";
    const t0 = performance.now();
    const n = tokens(big).length;
    expect(n).toBe(3 + 400000 + 5);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe("parser-mode tokenizer: CPython 3.12.7 stdlib", () => {
  it("tokenizes all 490 files without error", async () => {
    const files = await loadStdlib();
    let count = 0;
    const t0 = performance.now();
    for (const [name, data] of files) {
      try {
        count += tokenizeForParser(data, { filename: name }).length;
      } catch (e) {
        throw new Error(`${name}: ${(e as Error).message}`);
      }
    }
    const ms = performance.now() - t0;
    expect(files.size).toBe(490);
    expect(count).toBeGreaterThan(1_000_000);
    console.log(`parser-mode tokenization of the stdlib: ${count} tokens in ${ms.toFixed(0)} ms`);
  });
});

describe("pyRepr", () => {
  it("quotes and escapes like Python's repr(str)", () => {
    expect(pyRepr("a")).toBe("'a'");
    expect(pyRepr("it's")).toBe('"it\'s"');
    expect(pyRepr("'\"")).toBe("'\\'\"'");
    expect(pyRepr("\\\n\t\r\x00\x7f")).toBe("'\\\\\\n\\t\\r\\x00\\x7f'");
    expect(pyRepr("é€😀")).toBe("'é€😀'");
    expect(pyRepr("\u00a0\u00ad\u200b\u2028\ud800")).toBe("'\\xa0\\xad\\u200b\\u2028\\ud800'");
    expect(pyRepr("\u{e0001}")).toBe("'\\U000e0001'");
  });
});
