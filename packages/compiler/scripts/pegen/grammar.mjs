// Reader for pegen grammar files (the metagrammar of CPython's Tools/peg_generator, PEP 617),
// plus the analyses pegen performs: nullable rules, left-recursion (SCCs and leaders).
//
// IR (plain objects):
//   Grammar { rules: Map<name, Rule>, metas: Map<name, string|null> }
//   Rule    { name, type: string|null, memo: bool, rhs: Rhs, leftRecursive, leader, nullable }
//   Rhs     { k: "rhs", alts: Alt[] }
//   Alt     { k: "alt", items: NamedItem[], action: string|null }
//   NamedItem { k: "named", name: string|null, type: string|null, item }
//   item kinds: {k:"name", value}  {k:"string", value /* with quotes */}  {k:"group", rhs}
//               {k:"opt", node}  {k:"rep0", node}  {k:"rep1", node}  {k:"gather", sep, node}
//               {k:"poslook", node}  {k:"neglook", node}  {k:"forced", node}  {k:"cut"}

export function lexGrammar(src) {
  const toks = [];
  let i = 0,
    line = 1,
    col = 0,
    lineStart = 0;
  const n = src.length;
  const push = (k, v, start) => toks.push({ k, v, line, col: start - lineStart });
  while (i < n) {
    const c = src[i];
    if (c === "\n") {
      push("NL", "\n", i);
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") {
      i++;
      continue;
    }
    if (c === "#") {
      while (i < n && src[i] !== "\n") i++;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const s = i;
      while (i < n && /[A-Za-z0-9_]/.test(src[i])) i++;
      push("NAME", src.slice(s, i), s);
      // annotation directly attached to a name: name[type]
      if (src[i] === "[") {
        const s2 = i;
        let depth = 0;
        do {
          if (src[i] === "[") depth++;
          else if (src[i] === "]") depth--;
          i++;
        } while (depth > 0);
        push("ANNOT", src.slice(s2 + 1, i - 1).trim(), s2);
      }
      continue;
    }
    if (c === "'" || c === '"') {
      const s = i;
      if (src.startsWith(c.repeat(3), i)) {
        const end = src.indexOf(c.repeat(3), i + 3);
        const body = src.slice(i + 3, end);
        for (const ch of body) if (ch === "\n") line++;
        i = end + 3;
        lineStart = src.lastIndexOf("\n", i - 1) + 1;
        toks.push({ k: "STRING", v: src.slice(s, i), triple: body, line, col: 0 });
        continue;
      }
      i++;
      while (src[i] !== c) {
        if (src[i] === "\\") i++;
        i++;
      }
      i++;
      push("STRING", src.slice(s, i), s);
      continue;
    }
    if (c === "{") {
      // action: balanced braces, skipping C string and char literals
      const s = i;
      let depth = 0;
      for (;;) {
        const ch = src[i];
        if (ch === '"' || ch === "'") {
          i++;
          while (src[i] !== ch) {
            if (src[i] === "\\") i++;
            i++;
          }
          i++;
          continue;
        }
        if (ch === "\n") {
          line++;
          lineStart = i + 1;
        }
        if (ch === "{") depth++;
        else if (ch === "}") {
          depth--;
          if (depth === 0) {
            i++;
            break;
          }
        }
        i++;
      }
      toks.push({ k: "ACTION", v: src.slice(s + 1, i - 1).trim(), line, col: 0 });
      continue;
    }
    if (src.startsWith("&&", i)) {
      push("OP", "&&", i);
      i += 2;
      continue;
    }
    if ("()[]|:=&!~?*+.@$".includes(c)) {
      push("OP", c, i);
      i++;
      continue;
    }
    throw new Error(`grammar: unexpected character ${JSON.stringify(c)} at line ${line}`);
  }
  push("NL", "\n", i);
  push("EOF", "", i);
  return toks;
}

export function parseGrammar(src) {
  const toks = lexGrammar(src);
  let pos = 0;
  const peek = (o = 0) => toks[pos + o];
  const next = () => toks[pos++];
  const isOp = (t, v) => t.k === "OP" && t.v === v;
  const expectOp = (v) => {
    const t = next();
    if (!isOp(t, v)) throw new Error(`grammar: expected '${v}' at line ${t.line}, got ${t.k} ${JSON.stringify(t.v)}`);
    return t;
  };
  const skipNL = () => {
    while (peek().k === "NL") pos++;
  };

  const rules = new Map();
  const metas = new Map();

  // A rule starts with a NAME at column 0. Its body extends until the next NAME at column 0.
  function atRuleEnd() {
    // skip newlines; a rule ends when the next non-NL token is at column 0 (new rule / meta / EOF)
    let o = 0;
    while (peek(o).k === "NL") o++;
    const t = peek(o);
    return t.k === "EOF" || (t.col === 0 && (t.k === "NAME" || isOp(t, "@")));
  }

  function parseAlts() {
    const alts = [parseAlt()];
    for (;;) {
      // alternatives may continue on the next line
      let o = 0;
      while (peek(o).k === "NL") o++;
      if (isOp(peek(o), "|") && peek(o).col !== 0) {
        pos += o + 1;
        alts.push(parseAlt());
        continue;
      }
      break;
    }
    return { k: "rhs", alts };
  }

  function parseAlt() {
    const items = [];
    let action = null;
    for (;;) {
      const t = peek();
      if (t.k === "NL" || t.k === "EOF" || isOp(t, "|") || isOp(t, ")") || isOp(t, "]")) break;
      if (t.k === "ACTION") {
        next();
        action = t.v;
        break;
      }
      if (isOp(t, "$")) {
        next();
        items.push({ k: "named", name: null, type: null, item: { k: "name", value: "ENDMARKER" } });
        continue;
      }
      items.push(parseNamedItem());
    }
    if (items.length === 0) throw new Error(`grammar: empty alternative at line ${peek().line}`);
    return { k: "alt", items, action };
  }

  function parseNamedItem() {
    const t = peek();
    // NAME [annot] '=' item
    if (t.k === "NAME") {
      let o = 1,
        type = null;
      if (peek(1).k === "ANNOT") {
        type = peek(1).v;
        o = 2;
      }
      if (isOp(peek(o), "=")) {
        pos += o + 1;
        return { k: "named", name: t.v, type, item: parseItem() };
      }
    }
    if (isOp(t, "&&")) {
      next();
      return { k: "named", name: null, type: null, item: { k: "forced", node: parseAtom() } };
    }
    if (isOp(t, "&")) {
      next();
      return { k: "named", name: null, type: null, item: { k: "poslook", node: parseAtom() } };
    }
    if (isOp(t, "!")) {
      next();
      return { k: "named", name: null, type: null, item: { k: "neglook", node: parseAtom() } };
    }
    if (isOp(t, "~")) {
      next();
      return { k: "named", name: null, type: null, item: { k: "cut" } };
    }
    return { k: "named", name: null, type: null, item: parseItem() };
  }

  function parseItem() {
    const t = peek();
    if (isOp(t, "[")) {
      next();
      const rhs = parseAltsInBrackets("]");
      return { k: "opt", node: { k: "group", rhs } };
    }
    const atom = parseAtom();
    const t2 = peek();
    if (isOp(t2, "?")) {
      next();
      return { k: "opt", node: atom };
    }
    if (isOp(t2, "*")) {
      next();
      return { k: "rep0", node: atom };
    }
    if (isOp(t2, "+")) {
      next();
      return { k: "rep1", node: atom };
    }
    if (isOp(t2, ".") ) {
      next();
      const node = parseAtom();
      expectOp("+");
      return { k: "gather", sep: atom, node };
    }
    return atom;
  }

  function parseAltsInBrackets(close) {
    const alts = [];
    for (;;) {
      skipNL();
      alts.push(parseAlt());
      skipNL();
      if (isOp(peek(), "|")) {
        next();
        continue;
      }
      expectOp(close);
      break;
    }
    return { k: "rhs", alts };
  }

  function parseAtom() {
    const t = next();
    if (isOp(t, "(")) {
      const rhs = parseAltsInBrackets(")");
      return { k: "group", rhs };
    }
    if (t.k === "NAME") return { k: "name", value: t.v };
    if (t.k === "STRING") return { k: "string", value: t.v };
    throw new Error(`grammar: unexpected ${t.k} ${JSON.stringify(t.v)} at line ${t.line}`);
  }

  for (;;) {
    skipNL();
    const t = peek();
    if (t.k === "EOF") break;
    if (isOp(t, "@")) {
      next();
      const name = next().v;
      let value = null;
      if (peek().k === "STRING" || peek().k === "NAME") {
        const v = next();
        value = v.triple ?? v.v;
      }
      metas.set(name, value);
      continue;
    }
    if (t.k !== "NAME" || t.col !== 0) throw new Error(`grammar: expected a rule at line ${t.line}`);
    next();
    const name = t.v;
    let type = null;
    if (peek().k === "ANNOT") type = next().v;
    let memo = false;
    if (isOp(peek(), "(") && peek(1).k === "NAME" && peek(1).v === "memo" && isOp(peek(2), ")")) {
      pos += 3;
      memo = true;
    }
    expectOp(":");
    let rhs;
    if (peek().k === "NL") {
      // alternatives on the following lines, each starting with '|'
      skipNL();
      expectOp("|");
      rhs = parseAlts();
    } else {
      if (isOp(peek(), "|")) next();
      rhs = parseAlts();
    }
    if (!atRuleEnd()) throw new Error(`grammar: junk after rule ${name} at line ${peek().line}: ${JSON.stringify(peek().v)}`);
    if (rules.has(name)) throw new Error(`grammar: duplicate rule ${name}`);
    rules.set(name, { name, type, memo, rhs, leftRecursive: false, leader: false, nullable: false });
  }
  return { rules, metas };
}

/* ------------------------------------------------------------------ printing (as pegen's __str__) */

export function itemStr(it) {
  switch (it.k) {
    case "named":
      return it.name ? `${it.name}=${itemStr(it.item)}` : itemStr(it.item);
    case "name":
      return it.value;
    case "string":
      return it.value;
    case "group":
      return `(${rhsStr(it.rhs)})`;
    case "opt": {
      const s = itemStr(it.node);
      return it.node.k === "group" ? `[${rhsStr(it.node.rhs)}]` : `${s}?`;
    }
    case "rep0":
      return `${itemStr(it.node)}*`;
    case "rep1":
      return `${itemStr(it.node)}+`;
    case "gather":
      return `${itemStr(it.sep)}.${itemStr(it.node)}+`;
    case "poslook":
      return `&${itemStr(it.node)}`;
    case "neglook":
      return `!${itemStr(it.node)}`;
    case "forced":
      return `&&${itemStr(it.node)}`;
    case "cut":
      return "~";
    case "alt":
      return it.items.map(itemStr).join(" ");
    default:
      throw new Error(`itemStr: ${it.k}`);
  }
}
export const rhsStr = (rhs) => rhs.alts.map(itemStr).join(" | ");

/* ------------------------------------------------------------------ analyses (pegen's parser_generator.py) */

const isTokenName = (s) => /^[A-Z_][A-Z_0-9]*$/.test(s);

/** NullableVisitor: marks rules that can match the empty string. Mirrors pegen, including the fact
 * that lookaheads are not considered nullable (pegen has no visit_PositiveLookahead). */
export function computeNullables(rules) {
  const visited = new Set();
  function visitRule(rule) {
    if (visited.has(rule)) return rule.nullable;
    visited.add(rule);
    if (visitRhs(rule.rhs)) rule.nullable = true;
    return rule.nullable;
  }
  function visitRhs(rhs) {
    for (const alt of rhs.alts) if (visitAlt(alt)) return true;
    return false;
  }
  function visitAlt(alt) {
    for (const it of alt.items) if (!visitItem(it)) return false;
    return true;
  }
  function visitItem(it) {
    switch (it.k) {
      case "named":
        return visitItem(it.item);
      case "forced":
        return true;
      case "poslook":
      case "neglook":
        // pegen: GrammarVisitor.generic_visit returns None (falsy)
        visitItem(it.node);
        return false;
      case "opt":
      case "rep0":
        visitItem(it.node);
        return true;
      case "rep1":
        visitItem(it.node);
        return false;
      case "gather":
        visitItem(it.node);
        return false;
      case "cut":
        return false;
      case "group":
        return visitRhs(it.rhs);
      case "name":
        if (rules.has(it.value)) return visitRule(rules.get(it.value));
        return false;
      case "string":
        return it.value === "''" || it.value === '""';
      default:
        throw new Error(it.k);
    }
  }
  for (const r of rules.values()) visitRule(r);
}

function initialNames(rules, rhs) {
  const names = new Set();
  const nullableItem = (it) => {
    switch (it.k) {
      case "named":
        return nullableItem(it.item);
      case "forced":
        return true;
      case "poslook":
      case "neglook":
        return false;
      case "opt":
      case "rep0":
        return true;
      case "rep1":
      case "gather":
      case "cut":
        return false;
      case "group":
        return it.rhs.alts.some((a) => a.items.every(nullableItem));
      case "name":
        return rules.has(it.value) ? rules.get(it.value).nullable : false;
      case "string":
        return false;
    }
    return false;
  };
  function visit(it) {
    switch (it.k) {
      case "rhs":
        for (const a of it.alts) visit(a);
        return;
      case "alt":
        for (const x of it.items) {
          visit(x);
          if (!nullableItem(x)) break;
        }
        return;
      case "named":
        return visit(it.item);
      case "forced":
        return;
      // pegen has visit_LookAhead, never called: lookaheads go through generic_visit
      case "poslook":
      case "neglook":
        return visit(it.node);
      case "opt":
      case "rep0":
      case "rep1":
        return visit(it.node);
      case "gather":
        // generic_visit over (separator, node)
        visit(it.sep);
        visit(it.node);
        return;
      case "group":
        return visit(it.rhs);
      case "name":
        names.add(it.value);
        return;
      case "string":
      case "cut":
        return;
    }
  }
  visit(rhs);
  return names;
}

function stronglyConnectedComponents(vertices, edges) {
  // Tarjan
  const identified = new Set();
  const stack = [];
  const index = new Map();
  const boundaries = [];
  const out = [];
  function dfs(v) {
    index.set(v, stack.length);
    stack.push(v);
    boundaries.push(index.get(v));
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) dfs(w);
      else if (!identified.has(w)) while (index.get(w) < boundaries[boundaries.length - 1]) boundaries.pop();
    }
    if (boundaries[boundaries.length - 1] === index.get(v)) {
      boundaries.pop();
      const scc = new Set(stack.slice(index.get(v)));
      stack.length = index.get(v);
      for (const x of scc) identified.add(x);
      out.push(scc);
    }
  }
  for (const v of vertices) if (!index.has(v)) dfs(v);
  return out;
}

function* findCyclesInScc(graph, scc, start) {
  // pegen sccutils.find_cycles_in_scc
  const dfs = function* (node, path) {
    if (path.includes(node)) {
      if (node === start) yield [...path, node];
      return;
    }
    path = [...path, node];
    for (const child of graph.get(node) ?? []) if (scc.has(child)) yield* dfs(child, path);
  };
  yield* dfs(start, []);
}

export function computeLeftRecursives(rules) {
  const graph = new Map();
  const vertices = new Set();
  for (const [name, rule] of rules) {
    const names = initialNames(rules, rule.rhs);
    graph.set(name, names);
    for (const v of names) vertices.add(v);
  }
  for (const v of vertices) if (!graph.has(v)) graph.set(v, new Set());
  const sccs = stronglyConnectedComponents([...graph.keys()], graph);
  for (const scc of sccs) {
    if (scc.size > 1) {
      for (const name of scc) rules.get(name).leftRecursive = true;
      let leaders = new Set(scc);
      for (const start of [...scc].sort()) {
        for (const cycle of findCyclesInScc(graph, scc, start)) {
          const cyc = new Set(cycle);
          leaders = new Set([...leaders].filter((x) => cyc.has(x)));
          if (leaders.size === 0) throw new Error(`SCC ${[...scc]} has no leadership candidate`);
        }
      }
      const leader = [...leaders].sort()[0];
      rules.get(leader).leader = true;
    } else {
      const name = [...scc][0];
      if (graph.get(name).has(name)) {
        const r = rules.get(name);
        if (r) {
          r.leftRecursive = true;
          r.leader = true;
        }
      }
    }
  }
}

export { isTokenName };
