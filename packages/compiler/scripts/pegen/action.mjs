// Translation of the C actions of CPython's python.gram into TypeScript expressions.
//
// The actions are C expressions over a small vocabulary (AST constructors, _PyPegen_* helpers,
// RAISE_* macros, casts, `->` member access). The translation works on C tokens:
//   casts `(T *)x` are dropped, `a->v.Name.id` becomes `a.id`, `x->kind == Tuple_kind` becomes
//   `x._kind === NodeKind.Tuple`, `_PyAST_Foo(..., EXTRA)` becomes `new ast.Foo(..., <4 locations>)`,
//   `CHECK(type, e)` becomes `e` (errors are exceptions in Typhon), RAISE_* macros become helper calls
//   taking the parser, `NULL` becomes `null`, `==` becomes `===`.

const TYPE_RE =
  /^(asdl_\w+|\w+_ty|Token|void|KeyValuePair|KeyPatternPair|CmpopExprPair|NameDefaultPair|SlashWithDefault|StarEtc|AugOperator|KeywordOrStarred|ResultTokenWithMetadata|PyObject)$/;

function lexC(src) {
  const toks = [];
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const s = i;
      while (i < n && /\w/.test(src[i])) i++;
      toks.push({ k: "id", v: src.slice(s, i) });
      continue;
    }
    if (/[0-9]/.test(c)) {
      const s = i;
      while (i < n && /[0-9a-fA-FxX.]/.test(src[i])) i++;
      toks.push({ k: "num", v: src.slice(s, i) });
      continue;
    }
    if (c === '"') {
      const s = i;
      i++;
      while (src[i] !== '"') {
        if (src[i] === "\\") i++;
        i++;
      }
      i++;
      toks.push({ k: "str", v: src.slice(s, i) });
      continue;
    }
    if (c === "'") {
      const s = i;
      i++;
      while (src[i] !== "'") {
        if (src[i] === "\\") i++;
        i++;
      }
      i++;
      toks.push({ k: "str", v: src.slice(s, i) });
      continue;
    }
    const two = src.slice(i, i + 2);
    if (["->", "==", "!=", "<=", ">=", "&&", "||"].includes(two)) {
      toks.push({ k: "op", v: two });
      i += 2;
      continue;
    }
    if ("()[],.?:*+-!<>=%/&|{};".includes(c)) {
      toks.push({ k: "op", v: c });
      i++;
      continue;
    }
    throw new Error(`action: unexpected ${JSON.stringify(c)} in ${JSON.stringify(src)}`);
  }
  return toks;
}

/** index of the matching close paren for toks[i] === '(' */
function matchParen(toks, i) {
  let depth = 0;
  for (let j = i; j < toks.length; j++) {
    if (toks[j].v === "(" || toks[j].v === "[") depth++;
    else if (toks[j].v === ")" || toks[j].v === "]") {
      depth--;
      if (depth === 0) return j;
    }
  }
  throw new Error("unbalanced parentheses in action");
}

/** split toks[open+1 .. close-1] on top-level commas */
function splitArgs(toks, open, close) {
  const args = [];
  let depth = 0,
    start = open + 1;
  for (let j = open + 1; j < close; j++) {
    const v = toks[j].v;
    if (v === "(" || v === "[") depth++;
    else if (v === ")" || v === "]") depth--;
    else if (v === "," && depth === 0 && toks[j].k === "op") {
      args.push(toks.slice(start, j));
      start = j + 1;
    }
  }
  if (close > open + 1) args.push(toks.slice(start, close));
  return args;
}

export class ActionTranslator {
  constructor({ simpleSingletons, astClasses, extraNames }) {
    this.simpleSingletons = simpleSingletons; // Set of names: Load, Add, ...
    this.astClasses = astClasses; // Set of ASDL constructor names
    this.extraNames = extraNames; // the 4 EXTRA location variable names
    this.helpers = new Set(); // helper function names referenced
    this.runtime = new Set(); // runtime names referenced (Py_None...)
  }

  translate(src) {
    return this.emit(lexC(src));
  }

  emit(toks) {
    const out = [];
    let i = 0;
    while (i < toks.length) {
      const t = toks[i];
      // casts: ( TYPE [*]* ) followed by an operand
      if (t.v === "(" && toks[i + 1]?.k === "id" && TYPE_RE.test(toks[i + 1].v)) {
        let j = i + 2;
        while (toks[j]?.v === "*") j++;
        if (toks[j]?.v === ")" && toks[j + 1] && (toks[j + 1].k === "id" || toks[j + 1].v === "(")) {
          i = j + 1;
          continue;
        }
      }
      if (t.k === "id") {
        const nxt = toks[i + 1];
        switch (t.v) {
          case "NULL":
            out.push("null");
            i++;
            continue;
          case "EXTRA":
            out.push(this.extraNames.join(", "));
            i++;
            continue;
          case "PyExc_SyntaxError":
            out.push('"SyntaxError"');
            i++;
            continue;
          case "PyExc_IndentationError":
            out.push('"IndentationError"');
            i++;
            continue;
          case "Py_None":
          case "Py_True":
          case "Py_False":
          case "Py_Ellipsis":
            this.runtime.add(t.v);
            out.push(t.v);
            i++;
            continue;
          case "CHECK":
          case "CHECK_NULL_ALLOWED": {
            const close = matchParen(toks, i + 1);
            const args = splitArgs(toks, i + 1, close);
            if (args.length !== 2) throw new Error(`${t.v} with ${args.length} args`);
            out.push(`(${this.emit(args[1])})`);
            i = close + 1;
            continue;
          }
          case "CHECK_VERSION": {
            const close = matchParen(toks, i + 1);
            const args = splitArgs(toks, i + 1, close);
            this.helpers.add("CHECK_VERSION");
            out.push(`CHECK_VERSION(p, ${args.slice(1).map((a) => this.emit(a)).join(", ")})`);
            i = close + 1;
            continue;
          }
          case "PyPegen_first_item":
          case "PyPegen_last_item": {
            const close = matchParen(toks, i + 1);
            const args = splitArgs(toks, i + 1, close);
            this.helpers.add(t.v);
            out.push(`${t.v}(${this.emit(args[0])})`);
            i = close + 1;
            continue;
          }
          case "RAISE_SYNTAX_ERROR":
          case "RAISE_INDENTATION_ERROR":
          case "RAISE_SYNTAX_ERROR_KNOWN_LOCATION":
          case "RAISE_SYNTAX_ERROR_KNOWN_RANGE":
          case "RAISE_SYNTAX_ERROR_STARTING_FROM":
          case "RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN":
          case "RAISE_SYNTAX_ERROR_INVALID_TARGET": {
            const close = matchParen(toks, i + 1);
            const args = splitArgs(toks, i + 1, close);
            this.helpers.add(t.v);
            out.push(`${t.v}(p, ${args.map((a) => this.emit(a)).join(", ")})`);
            i = close + 1;
            continue;
          }
          case "STAR_TARGETS":
          case "DEL_TARGETS":
          case "FOR_TARGETS":
            this.helpers.add("TARGETS_TYPE");
            out.push(`TARGETS_TYPE.${t.v}`);
            i++;
            continue;
        }
        if (t.v.startsWith("_PyAST_")) {
          const cls = t.v.slice(7);
          if (!this.astClasses.has(cls)) throw new Error(`unknown AST constructor ${t.v}`);
          const close = matchParen(toks, i + 1);
          const args = splitArgs(toks, i + 1, close).filter((a) => !(a.length === 3 && a[0].v === "p" && a[1].v === "->" && a[2].v === "arena"));
          out.push(`new ast.${cls === "arguments" ? "arguments_" : cls}(${args.map((a) => this.emit(a)).join(", ")})`);
          i = close + 1;
          continue;
        }
        if (/_kind$/.test(t.v) && this.astClasses.has(t.v.slice(0, -5))) {
          out.push(`ast.NodeKind.${t.v.slice(0, -5)}`);
          i++;
          continue;
        }
        if (this.simpleSingletons.has(t.v) && nxt?.v !== "(") {
          out.push(`ast.${t.v}.instance`);
          i++;
          continue;
        }
        if (/^(_PyPegen_|RAISE_|NEW_TYPE_COMMENT$|asdl_seq_|PyBytes_AS_STRING$|PyErr_Occurred$|_RAISE)/.test(t.v)) {
          if (t.v !== "PyErr_Occurred") this.helpers.add(t.v);
          if (t.v === "PyErr_Occurred") {
            // errors are JS exceptions: when an action runs, no error is pending
            out.push("false");
            i += 3; // PyErr_Occurred ( )
            continue;
          }
          out.push(t.v);
          i++;
          continue;
        }
        // member access: a->v.Name.id  =>  a.id ; x->kind == Y_kind  => x._kind === ...
        out.push(t.v);
        i++;
        continue;
      }
      if (t.v === "->") {
        // ->v.Type.field
        if (toks[i + 1]?.v === "v" && toks[i + 2]?.v === "." && toks[i + 4]?.v === ".") {
          out.push(".");
          i += 5;
          continue;
        }
        if (toks[i + 1]?.v === "kind" && (toks[i + 2]?.v === "==" || toks[i + 2]?.v === "!=") && /_kind$/.test(toks[i + 3]?.v ?? "")) {
          out.push("._kind");
          i += 2;
          continue;
        }
        if (toks[i + 1]?.v === "bytes") {
          out.push(".string");
          i += 2;
          continue;
        }
        out.push(".");
        i++;
        continue;
      }
      if (t.v === "==") {
        out.push(" === ");
        i++;
        continue;
      }
      if (t.v === "!=") {
        out.push(" !== ");
        i++;
        continue;
      }
      if (t.k === "str") {
        // adjacent C string literals concatenate
        out.push(t.v);
        if (toks[i + 1]?.k === "str") out.push(" + ");
        i++;
        continue;
      }
      if (t.v === "," ) {
        out.push(", ");
        i++;
        continue;
      }
      if (t.v === "?" || t.v === ":" || t.v === "&&" || t.v === "||" || t.v === "<" || t.v === ">" || t.v === "<=" || t.v === ">=" || t.v === "-" || t.v === "+") {
        out.push(` ${t.v} `);
        i++;
        continue;
      }
      out.push(t.v);
      i++;
    }
    return out.join("");
  }
}
