/**
 * str. The text is a JS string (UTF-16; astral characters as surrogate pairs); the code-point length and the
 * hash are computed once and cached, as CPython caches the hash.
 * CPython 3.12: Objects/unicodeobject.c
 */
import { PyBaseObject, PyObject, PyTypeObject, Py_TYPE, _PyType_NewStatic, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_UNICODE_SUBCLASS, Py_TPFLAGS_IMMUTABLETYPE, Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE, PyType_IsSubtype, type PyMethodDefLike } from "./object.js";

/** CPython 3.12: Objects/unicodeobject.c (PyUnicode_Type) */
export const PyUnicode_Type: PyTypeObject = _PyType_NewStatic("str", {
  tp_flags: Py_TPFLAGS_BASETYPE | Py_TPFLAGS_UNICODE_SUBCLASS | Py_TPFLAGS_IMMUTABLETYPE,
  tp_doc:
    "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.",
});

/** CPython 3.12: Include/cpython/unicodeobject.h */
export class PyUnicodeObject extends PyBaseObject {
  /** Cached hash; -1 until computed (as CPython's `hash` field). */
  hash = -1;
  /** Code-point length; -1 until computed. */
  _length = -1;
  constructor(
    type: PyTypeObject,
    public value: string,
  ) {
    super(type);
  }
}

/** CPython 3.12: Objects/unicodeobject.c */
export function PyUnicode_FromString(s: string): PyUnicodeObject {
  return new PyUnicodeObject(PyUnicode_Type, s);
}

const interned = new Map<string, PyUnicodeObject>();
/** CPython 3.12: Objects/unicodeobject.c (PyUnicode_InternFromString) */
export function PyUnicode_InternFromString(s: string): PyUnicodeObject {
  let o = interned.get(s);
  if (o === undefined) {
    o = new PyUnicodeObject(PyUnicode_Type, s);
    interned.set(s, o);
  }
  return o;
}
/** CPython 3.12: Objects/unicodeobject.c (PyUnicode_InternInPlace), returning the interned object. */
export function PyUnicode_InternInPlace(o: PyUnicodeObject): PyUnicodeObject {
  if (o.ob_type !== PyUnicode_Type) return o;
  const prior = interned.get(o.value);
  if (prior !== undefined) return prior;
  interned.set(o.value, o);
  return o;
}
/** `&_Py_ID(name)`: the interned str for an identifier. */
export function _Py_ID(name: string): PyUnicodeObject {
  return PyUnicode_InternFromString(name);
}

/** CPython 3.12: Include/unicodeobject.h */
export function PyUnicode_Check(o: PyObject): o is PyUnicodeObject {
  return typeof o === "object" && (o.ob_type.tp_flags & Py_TPFLAGS_UNICODE_SUBCLASS) !== 0;
}
export function PyUnicode_CheckExact(o: PyObject): o is PyUnicodeObject {
  return typeof o === "object" && o.ob_type === PyUnicode_Type;
}
/** CPython 3.12: Objects/unicodeobject.c (PyUnicode_AsUTF8): here, the JS string. */
export function PyUnicode_AsUTF8(o: PyObject): string {
  return (o as PyUnicodeObject).value;
}

/** Code-point length. CPython 3.12: Objects/unicodeobject.c (PyUnicode_GET_LENGTH) */
export function PyUnicode_GET_LENGTH(o: PyUnicodeObject): number {
  let n = o._length;
  if (n < 0) {
    const s = o.value;
    n = s.length;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          n--;
          i++;
        }
      }
    }
    o._length = n;
  }
  return n;
}

/**
 * The str hash: FNV-1a over UTF-16 code units mixed to 53 bits. CPython's str hash is SipHash with a random
 * per-process key, so no program can depend on its values; Typhon's is fixed unless PyConfig sets a seed.
 */
export function unicode_hash(o: PyObject): number {
  const u = o as PyUnicodeObject;
  let h = u.hash;
  if (h !== -1) return h;
  const s = u.value;
  let h1 = 0x811c9dc5 ^ hashSeed;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h1 >>> 15);
  }
  h = (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
  if (h >= 2 ** 52) h -= 2 ** 53;
  if (h === -1) h = -2;
  u.hash = h;
  return h;
}
let hashSeed = 0;
export function _PyUnicode_SetHashSeed(seed: number): void {
  hashSeed = seed | 0;
}


// ---- The Unicode character database (CPython 3.12: Objects/unicodectype.c, Unicode 15.0.0) ----
const UNASSIGNED_15 = "1ov,1p3,2fw,2jg,5an-e,5b4-b,5e6-1,5fj,5mx-1,6gx,753-2,8ly,9h8-3,9us-1,9v3,x57-4,x5e,x5g,x5m-2,x69,1dqb-f,1e34-1,1e4o-6,1fpc-1f,1ge8-p,1h6o-11,1h7t-s,1h8u-1,1hhe-5,1hhs-8,1hiy-2,1if4-9,1iff,1ifi,1ifk-11,1ign-9,1igy,1ih1,1ih3-3,1ih8-9,1ihj-1,1iht-1,1j2o-j,1jz4-7,1k1s-x,1k34-9,1kfk-17,1kgw-9,1kre,1oww-32y,1xq8-1l,205c-1l,20f4-o,20fv-o,20oi-4,25fc-7,26f3,26fd-l,26io-36,2iv4-70,2j28-c3,2jei-m,2jfk-g,2nyo-16,2nzz,2o5c-u,2o68-l,2o72-1,2rbs,2rg7-3,2roy-9,2rpc-1,2rps-8,2s0k-3,2s21-1,2s26-1,2s3i,2s3q,2s3s,2s3x,2s4c,2s4f,2s4p-1,2s4v,2saz-10,2sca,3tbu-5,3xya-b,43qo-h9,4er4-3bd";
const DIGIT_ONLY = "4y-1,55,3u1-8,53u,6eo,6es-5,6f4-9,76o-8,778-8,77s-8,7ai,7at-8,7b3,7sm-8,7sw-8,7t6-8,1glc-3,1heo-8,1hsi-8,2q68-a";
const NUMERIC_ONLY = "58-2,1ys-5,29e-5,2cw-2,2go-6,2mw-6,2nk-8,2zu-9,3ua-a,4j2-2,4q8-9,6kw-1e,6md-4,76x-a,77h-a,781-a,7aj-9,7b2,7sv,7t5,7tf,8vx,9hj,9i9-8,9iw-2,9si-3,9wg-9,9xk-7,9xt-e,9z4-9,a0h-e,a9x,adf,b3e,bpp,feo,fer,fev,fex,fh9,fik,fis,fiu,fjz-1,fkv,fl4,fm5,fow,g04,g1y,g2x,g2z,g31,gg1,gg3-2,ggc,gjl-3,h5n,hkh,hkp,inu,iri-1,irw-2,is0,jjy,jm4,kia,lxi,mty,nem,pdy,q3w,rse,rsj,rw0,tnl,tom,tos,tq0,tti,wyu-9,x80-5,1d9n,1d9v,1da0,1dbm,1dch,1dcj,1ddp,1err-18,1etc-1k,1eve-1,1f4x-q,1f6o-3,1f7l,1f7u,1fbl-4,1g7s-7,1g8p-6,1g9z-8,1gcb-4,1gd2-5,1gho-1,1ghs-f,1gia-19,1glg-4,1gn1-1,1gnx-2,1gq3-4,1gt4-7,1gu0-7,1gvd-6,1h4q-5,1hex-l,1hjx-9,1hld-3,1hol-6,1hsr-a,1i3l-j,1j5m-1,1jhm-8,1k62-i,1ku8-k,1log-32,1zrv-6,20e8-m,2k74-j,2k80-j,2kbk-o,2ojr-8,2p9t-1m,2pbh-2,2pbl-3,2pdt-18,2pf3-e,2q6j-1,2t4x,2t7o,2tb6,2tcx,2uy2,2v0j,2v0s,2v18,2vai,2vb1,2vbt,305s,31co,34t7,3ckt,468g";
const TITLE_MAP = "67:2b.37,ck:cl,cl:cl,cm:cl,cn:co,co:co,cp:co,cq:cr,cr:cr,cs:cr,dt:du,du:du,dv:du,13b:111.136,3bk:3bk,3bl:3bl,3bm:3bm,3bn:3bn,3bo:3bo,3bp:3bp,3bq:3bq,3br:3br,3bs:3bs,3bt:3bt,3bu:3bu,3bv:3bv,3bw:3bw,3bx:3bx,3by:3by,3bz:3bz,3c0:3c0,3c1:3c1,3c2:3c2,3c3:3c3,3c4:3c4,3c5:3c5,3c6:3c6,3c7:3c7,3c8:3c8,3c9:3c9,3ca:3ca,3cb:3cb,3cc:3cc,3cd:3cd,3ce:3ce,3cf:3cf,3cg:3cg,3ch:3ch,3ci:3ci,3cj:3cj,3ck:3ck,3cl:3cl,3cm:3cm,3cn:3cn,3co:3co,3cp:3cp,3cq:3cq,3ct:3ct,3cu:3cu,3cv:3cv,680:688,681:689,682:68a,683:68b,684:68c,685:68d,686:68e,687:68f,688:688,689:689,68a:68a,68b:68b,68c:68c,68d:68d,68e:68e,68f:68f,68g:68o,68h:68p,68i:68q,68j:68r,68k:68s,68l:68t,68m:68u,68n:68v,68o:68o,68p:68p,68q:68q,68r:68r,68s:68s,68t:68t,68u:68u,68v:68v,68w:694,68x:695,68y:696,68z:697,690:698,691:699,692:69a,693:69b,694:694,695:695,696:696,697:697,698:698,699:699,69a:69a,69b:69b,69e:69m.n9,69f:69o,69g:p2.n9,69j:pd.n6.n9,69o:69o,69u:6a2.n9,69v:6a4,69w:p5.n9,69z:pj.n6.n9,6a4:6a4,6b6:6be.n9,6b7:6bg,6b8:pb.n9,6bb:q1.n6.n9,6bg:6bg,1dkw:1y.2u,1dkx:1y.2x,1dky:1y.30,1dkz:1y.2u.2x,1dl0:1y.2u.30,1dl1:2b.38,1dl2:2b.38,1dlf:11g.12u,1dlg:11g.12d,1dlh:11g.12j,1dli:11q.12u,1dlj:11g.12l";
const FOLD_MAP = "51:qk,67:37.37,95:jg.32,an:37,ds:2y.lo,n9:qh,pc:qh.lk.ld,q8:qt.lk.ld,qq:qr,r4:qa,r5:qg,r9:qu,ra:qo,s0:qi,s1:qp,s5:qd,13b:12d.136,3vk:3vk,3vl:3vl,3vm:3vm,3vn:3vn,3vo:3vo,3vp:3vp,3vq:3vq,3vr:3vr,3vs:3vs,3vt:3vt,3vu:3vu,3vv:3vv,3vw:3vw,3vx:3vx,3vy:3vy,3vz:3vz,3w0:3w0,3w1:3w1,3w2:3w2,3w3:3w3,3w4:3w4,3w5:3w5,3w6:3w6,3w7:3w7,3w8:3w8,3w9:3w9,3wa:3wa,3wb:3wb,3wc:3wc,3wd:3wd,3we:3we,3wf:3wf,3wg:3wg,3wh:3wh,3wi:3wi,3wj:3wj,3wk:3wk,3wl:3wl,3wm:3wm,3wn:3wn,3wo:3wo,3wp:3wp,3wq:3wq,3wr:3wr,3ws:3ws,3wt:3wt,3wu:3wu,3wv:3wv,3ww:3ww,3wx:3wx,3wy:3wy,3wz:3wz,3x0:3x0,3x1:3x1,3x2:3x2,3x3:3x3,3x4:3x4,3x5:3x5,3x6:3x6,3x7:3x7,3x8:3x8,3x9:3x9,3xa:3xa,3xb:3xb,3xc:3xc,3xd:3xd,3xe:3xe,3xf:3xf,3xg:3xg,3xh:3xh,3xi:3xi,3xj:3xj,3xk:3xk,3xl:3xl,3xm:3xm,3xn:3xn,3xo:3xo,3xp:3xp,3xq:3xq,3xr:3xr,3xs:3xs,3xt:3xt,3xu:3xu,3xv:3xv,3xw:3xw,3xx:3xx,3y0:3xs,3y1:3xt,3y2:3xu,3y3:3xv,3y4:3xw,3y5:3xx,5mo:tu,5mp:tw,5mq:u6,5mr:u9,5ms:ua,5mt:ua,5mu:ui,5mv:v7,5mw:wuj,61i:2w.mp,61j:38.lk,61k:3b.lm,61l:3d.lm,61m:2p.ji,61n:601,61q:37.37,66o:qt.lv,66q:qt.lv.lc,66s:qt.lv.ld,66u:qt.lv.n6,680:64g.qh,681:64h.qh,682:64i.qh,683:64j.qh,684:64k.qh,685:64l.qh,686:64m.qh,687:64n.qh,688:64g.qh,689:64h.qh,68a:64i.qh,68b:64j.qh,68c:64k.qh,68d:64l.qh,68e:64m.qh,68f:64n.qh,68g:65c.qh,68h:65d.qh,68i:65e.qh,68j:65f.qh,68k:65g.qh,68l:65h.qh,68m:65i.qh,68n:65j.qh,68o:65c.qh,68p:65d.qh,68q:65e.qh,68r:65f.qh,68s:65g.qh,68t:65h.qh,68u:65i.qh,68v:65j.qh,68w:674.qh,68x:675.qh,68y:676.qh,68z:677.qh,690:678.qh,691:679.qh,692:67a.qh,693:67b.qh,694:674.qh,695:675.qh,696:676.qh,697:677.qh,698:678.qh,699:679.qh,69a:67a.qh,69b:67b.qh,69e:67k.qh,69f:q9.qh,69g:q4.qh,69i:q9.n6,69j:q9.n6.qh,69o:q9.qh,69q:qh,69u:67o.qh,69v:qf.qh,69w:q6.qh,69y:qf.n6,69z:qf.n6.qh,6a4:qf.qh,6aa:qh.lk.lc,6ab:qh.lk.ld,6ae:qh.n6,6af:qh.lk.n6,6aq:qt.lk.lc,6ar:qt.lk.ld,6as:qp.lv,6au:qt.n6,6av:qt.lk.n6,6b6:67w.qh,6b7:qx.qh,6b8:r2.qh,6ba:qx.n6,6bb:qx.n6.qh,6bg:qx.qh,xv4:3vk,xv5:3vl,xv6:3vm,xv7:3vn,xv8:3vo,xv9:3vp,xva:3vq,xvb:3vr,xvc:3vs,xvd:3vt,xve:3vu,xvf:3vv,xvg:3vw,xvh:3vx,xvi:3vy,xvj:3vz,xvk:3w0,xvl:3w1,xvm:3w2,xvn:3w3,xvo:3w4,xvp:3w5,xvq:3w6,xvr:3w7,xvs:3w8,xvt:3w9,xvu:3wa,xvv:3wb,xvw:3wc,xvx:3wd,xvy:3we,xvz:3wf,xw0:3wg,xw1:3wh,xw2:3wi,xw3:3wj,xw4:3wk,xw5:3wl,xw6:3wm,xw7:3wn,xw8:3wo,xw9:3wp,xwa:3wq,xwb:3wr,xwc:3ws,xwd:3wt,xwe:3wu,xwf:3wv,xwg:3ww,xwh:3wx,xwi:3wy,xwj:3wz,xwk:3x0,xwl:3x1,xwm:3x2,xwn:3x3,xwo:3x4,xwp:3x5,xwq:3x6,xwr:3x7,xws:3x8,xwt:3x9,xwu:3xa,xwv:3xb,xww:3xc,xwx:3xd,xwy:3xe,xwz:3xf,xx0:3xg,xx1:3xh,xx2:3xi,xx3:3xj,xx4:3xk,xx5:3xl,xx6:3xm,xx7:3xn,xx8:3xo,xx9:3xp,xxa:3xq,xxb:3xr,1dkw:2u.2u,1dkx:2u.2x,1dky:2u.30,1dkz:2u.2u.2x,1dl0:2u.2u.30,1dl1:37.38,1dl2:37.38,1dlf:12s.12u,1dlg:12s.12d,1dlh:12s.12j,1dli:132.12u,1dlj:12s.12l";

/** Sorted [lo, hi] code-point ranges from the compact base-36 form "lo-span,cp,...". */
function decodeRanges(s: string): Int32Array {
  const parts = s.split(",");
  const r = new Int32Array(parts.length * 2);
  parts.forEach((p, i) => {
    const dash = p.indexOf("-");
    const lo = parseInt(dash < 0 ? p : p.slice(0, dash), 36);
    r[2 * i] = lo;
    r[2 * i + 1] = dash < 0 ? lo : lo + parseInt(p.slice(dash + 1), 36);
  });
  return r;
}
function inRanges(r: Int32Array, cp: number): boolean {
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]) hi = mid - 1;
    else if (cp > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}
function decodeMap(s: string): Map<number, string> {
  const m = new Map<number, string>();
  for (const e of s.split(",")) {
    const [k, v] = e.split(":");
    m.set(parseInt(k, 36), String.fromCodePoint(...v.split(".").map((x) => parseInt(x, 36))));
  }
  return m;
}
/** Code points the host's (newer) Unicode assigns but 15.0.0 does not: CPython 3.12 treats them as Cn. */
const unassigned15 = decodeRanges(UNASSIGNED_15);
const digitOnly = decodeRanges(DIGIT_ONLY);
const numericOnly = decodeRanges(NUMERIC_ONLY);
/** Titlecase mappings that differ from the uppercase ones (full mappings, SpecialCasing.txt included). */
const titleMap = decodeMap(TITLE_MAP);
/** Full case foldings that differ from the full lowercase mappings. */
const foldMap = decodeMap(FOLD_MAP);
function isUnassigned15(cp: number): boolean {
  return cp >= 0x88f && inRanges(unassigned15, cp);
}
/** Any character whose properties differ between the host's Unicode tables and Unicode 15.0.0. */
const UNICODE_DIFF_RE = new RegExp(
  "[" +
    Array.from({ length: unassigned15.length / 2 }, (_, i) => `\\u{${unassigned15[2 * i].toString(16)}}-\\u{${unassigned15[2 * i + 1].toString(16)}}`).join("") +
    "\\u019b\\u0264\\u0295\\u200c\\u200d\\u30fb\\uff65\\ua7d3\\ua7d5]",
  "u",
);

const RE_ALPHA = /\p{L}/u;
const RE_DECIMAL = /\p{Nd}/u;
const RE_UPPER = /\p{Uppercase}/u;
const RE_LOWER = /\p{Lowercase}/u;
const RE_TITLE = /\p{Lt}/u;
const RE_CASED = /\p{Cased}/u;
const RE_CASE_IGNORABLE = /\p{Case_Ignorable}/u;
const RE_XID_START = /\p{XID_Start}/u;
const RE_XID_CONTINUE = /\p{XID_Continue}/u;
const RE_NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function prop(re: RegExp, cp: number): boolean {
  return re.test(String.fromCodePoint(cp)) && !isUnassigned15(cp);
}
/** CPython 3.12: Objects/unicodectype.c (_PyUnicode_IsWhitespace): bidirectional WS/B/S or category Zs. */
export function Py_UNICODE_ISSPACE(cp: number): boolean {
  if (cp < 128) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
  return (
    cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 ||
    cp === 0x202f || cp === 0x205f || cp === 0x3000
  );
}
/** Line boundaries for str.splitlines (CPython 3.12: Py_UNICODE_ISLINEBREAK). */
export function Py_UNICODE_ISLINEBREAK(cp: number): boolean {
  return (cp >= 0x0a && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1e) || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}
/** Categories Lu Ll Lt Lm Lo. */
export function Py_UNICODE_ISALPHA(cp: number): boolean {
  if (cp < 128) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  return prop(RE_ALPHA, cp);
}
/** Category Nd. */
export function Py_UNICODE_ISDECIMAL(cp: number): boolean {
  if (cp < 128) return cp >= 0x30 && cp <= 0x39;
  return prop(RE_DECIMAL, cp);
}
/** Numeric_Type=Decimal or Digit. */
export function Py_UNICODE_ISDIGIT(cp: number): boolean {
  if (cp < 128) return cp >= 0x30 && cp <= 0x39;
  return Py_UNICODE_ISDECIMAL(cp) || inRanges(digitOnly, cp);
}
/** Numeric_Type=Decimal, Digit or Numeric. */
export function Py_UNICODE_ISNUMERIC(cp: number): boolean {
  if (cp < 128) return cp >= 0x30 && cp <= 0x39;
  return Py_UNICODE_ISDIGIT(cp) || inRanges(numericOnly, cp);
}
export function Py_UNICODE_ISALNUM(cp: number): boolean {
  return Py_UNICODE_ISALPHA(cp) || Py_UNICODE_ISNUMERIC(cp);
}
/** The derived property Uppercase. */
export function Py_UNICODE_ISUPPER(cp: number): boolean {
  if (cp < 128) return cp >= 0x41 && cp <= 0x5a;
  return prop(RE_UPPER, cp);
}
/** The derived property Lowercase. */
export function Py_UNICODE_ISLOWER(cp: number): boolean {
  if (cp < 128) return cp >= 0x61 && cp <= 0x7a;
  return cp === 0x295 || prop(RE_LOWER, cp);
}
/** Category Lt. */
export function Py_UNICODE_ISTITLE(cp: number): boolean {
  if (cp < 0x1c5) return false;
  return prop(RE_TITLE, cp);
}
function Py_UNICODE_ISCASED(cp: number): boolean {
  if (cp < 128) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  return prop(RE_CASED, cp);
}
function Py_UNICODE_ISCASEIGNORABLE(cp: number): boolean {
  if (cp < 128) return cp === 0x27 || cp === 0x2e || cp === 0x3a || cp === 0x5e || cp === 0x60;
  return prop(RE_CASE_IGNORABLE, cp);
}
function Py_UNICODE_ISXIDSTART(cp: number): boolean {
  if (cp < 128) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  return prop(RE_XID_START, cp);
}
function Py_UNICODE_ISXIDCONTINUE(cp: number): boolean {
  if (cp < 128) return ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x5f;
  if (cp === 0x200c || cp === 0x200d || cp === 0x30fb || cp === 0xff65) return false;
  return prop(RE_XID_CONTINUE, cp);
}
/** Unicode "printable" per CPython's Py_UNICODE_ISPRINTABLE (not Cc Cf Cs Co Cn Zl Zp Zs, except space). */
export function Py_UNICODE_ISPRINTABLE(cp: number): boolean {
  if (cp === 0x20) return true;
  if (cp < 0x7f) return cp > 0x20;
  return !RE_NON_PRINTABLE.test(String.fromCodePoint(cp)) && !isUnassigned15(cp);
}

// ---- Case mappings (full mappings, SpecialCasing.txt included) ----

/** The code point at UTF-16 index i (a lone surrogate is its own code point). */
function cpAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return c;
}
/** The code point ending just before UTF-16 index i. */
function cpBefore(s: string, i: number): number {
  const d = s.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = s.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return d;
}
function cpWidth(cp: number): number {
  return cp >= 0x10000 ? 2 : 1;
}
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}
/** CPython 3.12: Objects/unicodeobject.c (handle_capital_sigma): final or medial sigma for U+03A3 at index i. */
function handle_capital_sigma(s: string, i: number): string {
  let j = i;
  let c = 0;
  let found = false;
  while (j > 0) {
    c = cpBefore(s, j);
    j -= cpWidth(c);
    if (!Py_UNICODE_ISCASEIGNORABLE(c)) {
      found = true;
      break;
    }
  }
  let final_sigma = found && Py_UNICODE_ISCASED(c);
  if (final_sigma && i + 1 < s.length) {
    let k = i + 1;
    let atEnd = true;
    while (k < s.length) {
      c = cpAt(s, k);
      k += cpWidth(c);
      if (!Py_UNICODE_ISCASEIGNORABLE(c)) {
        atEnd = false;
        break;
      }
    }
    final_sigma = atEnd || !Py_UNICODE_ISCASED(c);
  }
  return final_sigma ? "\u03c2" : "\u03c3";
}
/** Lowercase of the character at index i of s (CPython: lower_ucs4, with the Final_Sigma rule). */
function lowerAt(s: string, i: number, cp: number): string {
  if (cp === 0x3a3) return handle_capital_sigma(s, i);
  if (cp < 128) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  const ch = String.fromCodePoint(cp);
  if (isUnassigned15(cp)) return ch;
  return ch.toLowerCase();
}
function upperChar(cp: number): string {
  if (cp < 128) return cp >= 0x61 && cp <= 0x7a ? String.fromCharCode(cp - 32) : String.fromCharCode(cp);
  const ch = String.fromCodePoint(cp);
  if (isUnassigned15(cp) || cp === 0x19b || cp === 0x264 || cp === 0xa7d3 || cp === 0xa7d5) return ch;
  return ch.toUpperCase();
}
function titleChar(cp: number): string {
  const t = titleMap.get(cp);
  return t !== undefined ? t : upperChar(cp);
}
function foldChar(cp: number): string {
  const f = foldMap.get(cp);
  if (f !== undefined) return f;
  if (cp < 128) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  const ch = String.fromCodePoint(cp);
  return isUnassigned15(cp) ? ch : ch.toLowerCase();
}
/** CPython 3.12: Objects/unicodeobject.c (do_lower) */
export function _PyUnicode_Lower(s: string): string {
  if (isAscii(s) || !UNICODE_DIFF_RE.test(s)) return s.toLowerCase();
  let out = "";
  for (let i = 0; i < s.length; ) {
    const cp = cpAt(s, i);
    out += lowerAt(s, i, cp);
    i += cpWidth(cp);
  }
  return out;
}
/** CPython 3.12: Objects/unicodeobject.c (do_upper) */
export function _PyUnicode_Upper(s: string): string {
  if (isAscii(s) || !UNICODE_DIFF_RE.test(s)) return s.toUpperCase();
  let out = "";
  for (let i = 0; i < s.length; ) {
    const cp = cpAt(s, i);
    out += upperChar(cp);
    i += cpWidth(cp);
  }
  return out;
}
/** CPython 3.12: Objects/unicodeobject.c (do_casefold) */
function do_casefold(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  let out = "";
  for (let i = 0; i < s.length; ) {
    const cp = cpAt(s, i);
    out += foldChar(cp);
    i += cpWidth(cp);
  }
  return out;
}
/** CPython 3.12: Objects/unicodeobject.c (do_title) */
function do_title(s: string): string {
  let out = "";
  let previous_is_cased = false;
  for (let i = 0; i < s.length; ) {
    const cp = cpAt(s, i);
    out += previous_is_cased ? lowerAt(s, i, cp) : titleChar(cp);
    previous_is_cased = Py_UNICODE_ISCASED(cp);
    i += cpWidth(cp);
  }
  return out;
}
/** CPython 3.12: Objects/unicodeobject.c (do_capitalize): the first character titlecased, the rest lowercased. */
function do_capitalize(s: string): string {
  if (s.length === 0) return s;
  const cp0 = cpAt(s, 0);
  let out = titleChar(cp0);
  for (let i = cpWidth(cp0); i < s.length; ) {
    const cp = cpAt(s, i);
    out += lowerAt(s, i, cp);
    i += cpWidth(cp);
  }
  return out;
}
/** CPython 3.12: Objects/unicodeobject.c (do_swapcase) */
function do_swapcase(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; ) {
    const cp = cpAt(s, i);
    if (Py_UNICODE_ISUPPER(cp)) out += lowerAt(s, i, cp);
    else if (Py_UNICODE_ISLOWER(cp)) out += upperChar(cp);
    else out += String.fromCodePoint(cp);
    i += cpWidth(cp);
  }
  return out;
}

/** CPython 3.12: Objects/unicodeobject.c (unicode_repr) */
export function _PyUnicode_Repr(s: string): string {
  let quote = "'";
  if (s.includes("'") && !s.includes('"')) quote = '"';
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (cp === quote.charCodeAt(0) || cp === 0x5c) out += "\\" + String.fromCharCode(cp);
    else if (cp === 0x09) out += "\\t";
    else if (cp === 0x0a) out += "\\n";
    else if (cp === 0x0d) out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x7f) out += String.fromCharCode(cp);
    else if (Py_UNICODE_ISPRINTABLE(cp)) out += String.fromCodePoint(cp);
    else if (cp <= 0xff) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp <= 0xffff) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out + quote;
}
function unicode_repr(o: PyObject): PyObject {
  return PyUnicode_FromString(_PyUnicode_Repr((o as PyUnicodeObject).value));
}
function unicode_str(o: PyObject): PyObject {
  return PyUnicode_CheckExact(o) ? o : PyUnicode_FromString((o as PyUnicodeObject).value);
}

/** Compare by code points (JS `<` compares UTF-16 units, which differs only when surrogates are involved). */
export function _PyUnicode_Compare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys) return xs ? 1 : -1; // a surrogate (astral) outranks any BMP unit above U+DFFF
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
function unicode_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!PyUnicode_Check(b)) return Py_NotImplemented;
  const x = (a as PyUnicodeObject).value;
  const y = b.value;
  if (op === Py_EQ) return x === y ? Py_True : Py_False;
  if (op === Py_NE) return x !== y ? Py_True : Py_False;
  const c = _PyUnicode_Compare(x, y);
  let r: boolean;
  switch (op) {
    case Py_LT: r = c < 0; break;
    case Py_LE: r = c <= 0; break;
    case Py_GT: r = c > 0; break;
    default: r = c >= 0; break;
  }
  void Py_GE;
  return r ? Py_True : Py_False;
}

/** CPython 3.12: Objects/unicodeobject.c (PyUnicode_Concat) */
export function PyUnicode_Concat(a: PyObject, b: PyObject): PyObject {
  if (!PyUnicode_Check(b)) {
    PyErr_RaiseFormat(PyExc_TypeError, `can only concatenate str (not "${Py_TYPE(b).tp_name}") to str`);
  }
  return PyUnicode_FromString((a as PyUnicodeObject).value + b.value);
}
function unicode_length(o: PyObject): number {
  return PyUnicode_GET_LENGTH(o as PyUnicodeObject);
}
function unicode_repeat(o: PyObject, n: number): PyObject {
  const s = (o as PyUnicodeObject).value;
  if (n <= 0 || s.length === 0) return PyUnicode_FromString("");
  if (s.length * n > Number.MAX_SAFE_INTEGER) PyErr_RaiseFormat(PyExc_OverflowError, "repeated string is too long");
  if (s.length * n > 0x1fffffe8) PyErr_NoMemory();
  return PyUnicode_FromString(s.repeat(n));
}
function unicode_contains(o: PyObject, sub: PyObject): boolean {
  if (!PyUnicode_Check(sub)) {
    PyErr_RaiseFormat(PyExc_TypeError, `'in <string>' requires string as left operand, not ${Py_TYPE(sub).tp_name}`);
  }
  return (o as PyUnicodeObject).value.includes(sub.value);
}
function unicode_bool(o: PyObject): boolean {
  return (o as PyUnicodeObject).value.length !== 0;
}

// ---- Code-point indexing over UTF-16 text ----

/** True when every UTF-16 unit of `u` is one code point (no surrogate pairs): indices need no translation. */
function isNarrow(u: PyUnicodeObject): boolean {
  return PyUnicode_GET_LENGTH(u) === u.value.length;
}
/** The UTF-16 index of code point `cp` (0 <= cp <= code-point length). */
function unitIndex(s: string, cp: number): number {
  let i = 0;
  for (let k = 0; k < cp && i < s.length; k++) i += cpWidth(cpAt(s, i));
  return i;
}
/** The number of code points in s[0:unit]. */
function cpIndex(s: string, unit: number): number {
  let n = 0;
  for (let i = 0; i < unit; n++) i += cpWidth(cpAt(s, i));
  return n;
}
function newStr(s: string): PyUnicodeObject {
  return new PyUnicodeObject(PyUnicode_Type, s);
}
/** CPython 3.12: Objects/unicodeobject.c (unicode_result_unchanged): self if exact, else a plain copy. */
function unchanged(u: PyUnicodeObject): PyUnicodeObject {
  return u.ob_type === PyUnicode_Type ? u : newStr(u.value);
}
/** The part of u.value between code points start and end (0 <= start <= end <= len). */
function cpSlice(u: PyUnicodeObject, start: number, end: number): string {
  if (isNarrow(u)) return u.value.slice(start, end);
  const s = u.value;
  const a = unitIndex(s, start);
  let b = a;
  for (let k = start; k < end && b < s.length; k++) b += cpWidth(cpAt(s, b));
  return s.slice(a, b);
}
function strArg(o: PyObject, msg: () => string): PyUnicodeObject {
  if (!PyUnicode_Check(o)) PyErr_RaiseFormat(PyExc_TypeError, msg());
  return o;
}
/** An index-sized argument (clinic's Py_ssize_t converter): OverflowError beyond the 64-bit range. */
function ssizeArg(o: PyObject): number {
  const v = _PyLong_Value(PyNumber_Index(o));
  if (typeof v === "number") return v;
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) {
    PyErr_RaiseFormat(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return Number(v);
}
/** start/end arguments of find-like methods (None = default). */
function sliceIdx(o: PyObject | undefined, dflt: number): number {
  if (o === undefined) return dflt;
  const v = _PyEval_SliceIndex(o);
  return v === undefined ? dflt : v;
}
const PY_SSIZE_T_MAX = Number.MAX_SAFE_INTEGER;
/** CPython 3.12: Objects/stringlib/find.h (ADJUST_INDICES) */
function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}
/** CPython 3.12: Objects/bytes_methods.c (stringlib_parse_args_finds): (sub, start, end) with "O|OO:name". */
function parse_args_finds(name: string, args: PyObject[], nargs: number): [PyObject, number, number] {
  if (nargs < 1) PyErr_RaiseFormat(PyExc_TypeError, `${name}() takes at least 1 argument (0 given)`);
  if (nargs > 3) PyErr_RaiseFormat(PyExc_TypeError, `${name}() takes at most 3 arguments (${nargs} given)`);
  const start = sliceIdx(nargs > 1 ? args[1] : undefined, 0);
  const end = sliceIdx(nargs > 2 ? args[2] : undefined, PY_SSIZE_T_MAX);
  return [args[0], start, end];
}

/** Find `sub` in u[start:end] (code points, already adjusted): the code-point index or -1. */
function findIn(u: PyUnicodeObject, sub: string, start: number, end: number, dir: 1 | -1): number {
  const len = PyUnicode_GET_LENGTH(u);
  [start, end] = adjustIndices(start, end, len);
  const subLen = sub.length === 0 ? 0 : isAscii(sub) ? sub.length : [...sub].length;
  if (end - start < subLen) return -1;
  if (subLen === 0) return dir > 0 ? start : end;
  const s = u.value;
  if (isNarrow(u)) {
    if (dir > 0) {
      const i = s.indexOf(sub, start);
      return i < 0 || i + sub.length > end ? -1 : i;
    }
    const i = s.lastIndexOf(sub, end - sub.length);
    return i < start ? -1 : i;
  }
  const us = unitIndex(s, start);
  const ue = unitIndex(s, end);
  if (dir > 0) {
    const i = s.indexOf(sub, us);
    return i < 0 || i + sub.length > ue ? -1 : cpIndex(s, i);
  }
  const i = s.lastIndexOf(sub, ue - sub.length);
  return i < us ? -1 : cpIndex(s, i);
}
/** CPython 3.12: Objects/unicodeobject.c (PyUnicode_Count) over code points [start, end). */
function countIn(u: PyUnicodeObject, sub: string, start: number, end: number, max = Infinity): number {
  const len = PyUnicode_GET_LENGTH(u);
  [start, end] = adjustIndices(start, end, len);
  if (sub.length === 0) return end < start ? 0 : Math.min(end - start + 1, max);
  if (end - start < (isAscii(sub) ? sub.length : [...sub].length)) return 0;
  const s = u.value;
  const us = isNarrow(u) ? start : unitIndex(s, start);
  const ue = isNarrow(u) ? end : unitIndex(s, end);
  let n = 0;
  for (let i = s.indexOf(sub, us); i >= 0 && i + sub.length <= ue && n < max; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

function unicode_find(self: PyObject | null, args: PyObject[], nargs: number): PyObject {
  const [sub, start, end] = parse_args_finds("find", args, nargs);
  return findIn(self as PyUnicodeObject, strArg(sub, () => `must be str, not ${Py_TYPE(sub).tp_name}`).value, start, end, 1);
}
function unicode_rfind(self: PyObject | null, args: PyObject[], nargs: number): PyObject {
  const [sub, start, end] = parse_args_finds("rfind", args, nargs);
  return findIn(self as PyUnicodeObject, strArg(sub, () => `must be str, not ${Py_TYPE(sub).tp_name}`).value, start, end, -1);
}
function unicode_index(self: PyObject | null, args: PyObject[], nargs: number): PyObject {
  const [sub, start, end] = parse_args_finds("index", args, nargs);
  const r = findIn(self as PyUnicodeObject, strArg(sub, () => `must be str, not ${Py_TYPE(sub).tp_name}`).value, start, end, 1);
  if (r < 0) PyErr_RaiseFormat(PyExc_ValueError, "substring not found");
  return r;
}
function unicode_rindex(self: PyObject | null, args: PyObject[], nargs: number): PyObject {
  const [sub, start, end] = parse_args_finds("rindex", args, nargs);
  const r = findIn(self as PyUnicodeObject, strArg(sub, () => `must be str, not ${Py_TYPE(sub).tp_name}`).value, start, end, -1);
  if (r < 0) PyErr_RaiseFormat(PyExc_ValueError, "substring not found");
  return r;
}
function unicode_count(self: PyObject | null, args: PyObject[], nargs: number): PyObject {
  const [sub, start, end] = parse_args_finds("count", args, nargs);
  return countIn(self as PyUnicodeObject, strArg(sub, () => `must be str, not ${Py_TYPE(sub).tp_name}`).value, start, end);
}

/** CPython 3.12: Objects/unicodeobject.c (tailmatch) */
function tailmatch(u: PyUnicodeObject, sub: PyUnicodeObject, start: number, end: number, dir: 1 | -1): boolean {
  const len = PyUnicode_GET_LENGTH(u);
  const subLen = PyUnicode_GET_LENGTH(sub);
  [start, end] = adjustIndices(start, end, len);
  end -= subLen;
  if (end < start) return false;
  if (subLen === 0) return true;
  const s = u.value;
  if (isNarrow(u)) return s.startsWith(sub.value, dir > 0 ? start : end);
  return s.startsWith(sub.value, unitIndex(s, dir > 0 ? start : end));
}
function startsEnds(name: "startswith" | "endswith", dir: 1 | -1) {
  return (self: PyObject | null, args: PyObject[], nargs: number): PyObject => {
    const [subobj, start, end] = parse_args_finds(name, args, nargs);
    const u = self as PyUnicodeObject;
    if (PyTuple_Check(subobj)) {
      for (const sub of subobj.ob_item) {
        if (!PyUnicode_Check(sub)) {
          PyErr_RaiseFormat(PyExc_TypeError, `tuple for ${name} must only contain str, not ${Py_TYPE(sub).tp_name}`);
        }
        if (tailmatch(u, sub, start, end, dir)) return Py_True;
      }
      return Py_False;
    }
    if (!PyUnicode_Check(subobj)) {
      PyErr_RaiseFormat(PyExc_TypeError, `${name} first arg must be str or a tuple of str, not ${Py_TYPE(subobj).tp_name}`);
    }
    return tailmatch(u, subobj, start, end, dir) ? Py_True : Py_False;
  };
}

// ---- join, split, partition ----

/** CPython 3.12: Objects/unicodeobject.c (PyUnicode_Join) */
export function PyUnicode_Join(separator: PyObject, iterable: PyObject): PyObject {
  let items: PyObject[];
  if (PyList_CheckExact(iterable) || PyTuple_CheckExact(iterable)) items = (iterable as PyTupleObject).ob_item;
  else {
    if (Py_TYPE(iterable).tp_iter === null && Py_TYPE(iterable).sq_item === null) {
      PyErr_RaiseFormat(PyExc_TypeError, "can only join an iterable");
    }
    items = _PySequence_ToArray(iterable);
  }
  const n = items.length;
  if (n === 1 && PyUnicode_CheckExact(items[0])) return items[0];
  const sep = (separator as PyUnicodeObject).value;
  const parts: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const it = items[i];
    if (!PyUnicode_Check(it)) {
      PyErr_RaiseFormat(PyExc_TypeError, `sequence item ${i}: expected str instance, ${Py_TYPE(it).tp_name} found`);
    }
    parts[i] = it.value;
  }
  return newStr(parts.join(sep));
}
function unicode_join(self: PyObject | null, iterable: PyObject): PyObject {
  return PyUnicode_Join(self as PyObject, iterable);
}

function sepArg(o: PyObject | undefined): string | null {
  if (o === undefined || o === Py_None) return null;
  if (!PyUnicode_Check(o)) PyErr_RaiseFormat(PyExc_TypeError, `must be str or None, not ${Py_TYPE(o).tp_name}`);
  if (o.value.length === 0) PyErr_RaiseFormat(PyExc_ValueError, "empty separator");
  return o.value;
}
/** CPython 3.12: Objects/stringlib/split.h (split_whitespace, split) */
export function _PyUnicode_Split(u: PyUnicodeObject, sep: string | null, maxsplit: number): PyObject[] {
  const s = u.value;
  const n = s.length;
  if (maxsplit < 0) maxsplit = PY_SSIZE_T_MAX;
  const out: PyObject[] = [];
  if (sep === null) {
    let i = 0;
    let j: number;
    while (maxsplit-- > 0) {
      while (i < n && Py_UNICODE_ISSPACE(s.charCodeAt(i))) i++;
      if (i === n) break;
      j = i;
      i++;
      while (i < n && !Py_UNICODE_ISSPACE(s.charCodeAt(i))) i++;
      if (j === 0 && i === n && u.ob_type === PyUnicode_Type) {
        out.push(u);
        return out;
      }
      out.push(newStr(s.slice(j, i)));
    }
    if (i < n) {
      while (i < n && Py_UNICODE_ISSPACE(s.charCodeAt(i))) i++;
      if (i !== n) out.push(newStr(s.slice(i)));
    }
    return out;
  }
  let i = 0;
  while (maxsplit-- > 0) {
    const k = s.indexOf(sep, i);
    if (k < 0) break;
    out.push(newStr(s.slice(i, k)));
    i = k + sep.length;
  }
  if (i === 0 && u.ob_type === PyUnicode_Type) out.push(u);
  else out.push(newStr(s.slice(i)));
  return out;
}
/** CPython 3.12: Objects/stringlib/split.h (rsplit_whitespace, rsplit) */
export function _PyUnicode_RSplit(u: PyUnicodeObject, sep: string | null, maxsplit: number): PyObject[] {
  const s = u.value;
  if (maxsplit < 0) maxsplit = PY_SSIZE_T_MAX;
  const out: PyObject[] = [];
  if (sep === null) {
    let i = s.length - 1;
    let j: number;
    while (maxsplit-- > 0) {
      while (i >= 0 && Py_UNICODE_ISSPACE(s.charCodeAt(i))) i--;
      if (i < 0) break;
      j = i;
      i--;
      while (i >= 0 && !Py_UNICODE_ISSPACE(s.charCodeAt(i))) i--;
      if (j === s.length - 1 && i < 0 && u.ob_type === PyUnicode_Type) {
        out.push(u);
        return out;
      }
      out.push(newStr(s.slice(i + 1, j + 1)));
    }
    if (i >= 0) {
      while (i >= 0 && Py_UNICODE_ISSPACE(s.charCodeAt(i))) i--;
      if (i >= 0) out.push(newStr(s.slice(0, i + 1)));
    }
    return out.reverse();
  }
  let j = s.length;
  while (maxsplit-- > 0) {
    const k = j - sep.length < 0 ? -1 : s.lastIndexOf(sep, j - sep.length);
    if (k < 0) break;
    out.push(newStr(s.slice(k + sep.length, j)));
    j = k;
  }
  if (j === s.length && u.ob_type === PyUnicode_Type) out.push(u);
  else out.push(newStr(s.slice(0, j)));
  return out.reverse();
}
const split_kwlist = ["sep", "maxsplit"];
function splitArgs(name: string, args: PyObject[], nargs: number, kwnames: PyObject | null): [string | null, number] {
  if (kwnames === null && nargs <= 2) {
    return [sepArg(nargs > 0 ? args[0] : undefined), nargs > 1 ? ssizeArg(args[1]) : -1];
  }
  const a = _PyArg_UnpackKeywords(name, args, nargs, kwnames, split_kwlist, 0, 0, 2);
  return [sepArg(a[0]), a[1] === undefined ? -1 : ssizeArg(a[1])];
}
function unicode_split(self: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [sep, maxsplit] = splitArgs("split", args, nargs, kwnames);
  return PyList_New(_PyUnicode_Split(self as PyUnicodeObject, sep, maxsplit));
}
function unicode_rsplit(self: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [sep, maxsplit] = splitArgs("rsplit", args, nargs, kwnames);
  return PyList_New(_PyUnicode_RSplit(self as PyUnicodeObject, sep, maxsplit));
}
/** CPython 3.12: Objects/stringlib/split.h (splitlines) */
function unicode_splitlines(self: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const a = kwnames === null && nargs <= 1 ? args : _PyArg_UnpackKeywords("splitlines", args, nargs, kwnames, ["keepends"], 0, 0, 1);
  const keepends = a[0] !== undefined && (nargs > 0 || kwnames !== null) ? PyObject_IsTrue(a[0]) : false;
  const u = self as PyUnicodeObject;
  const s = u.value;
  const n = s.length;
  const out: PyObject[] = [];
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !Py_UNICODE_ISLINEBREAK(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    if (j === 0 && eol === n && u.ob_type === PyUnicode_Type) {
      out.push(u);
      break;
    }
    out.push(newStr(s.slice(j, eol)));
  }
  return PyList_New(out);
}
function partitionArg(o: PyObject): string {
  if (!PyUnicode_Check(o)) PyErr_RaiseFormat(PyExc_TypeError, `must be str, not ${Py_TYPE(o).tp_name}`);
  if (o.value.length === 0) PyErr_RaiseFormat(PyExc_ValueError, "empty separator");
  return o.value;
}
/** CPython 3.12: Objects/stringlib/partition.h */
function unicode_partition(self: PyObject | null, sepobj: PyObject): PyObject {
  const u = self as PyUnicodeObject;
  const sep = partitionArg(sepobj);
  const i = u.value.indexOf(sep);
  if (i < 0) return _PyTuple_FromArray([unchanged(u), newStr(""), newStr("")]);
  return _PyTuple_FromArray([newStr(u.value.slice(0, i)), sepobj, newStr(u.value.slice(i + sep.length))]);
}
function unicode_rpartition(self: PyObject | null, sepobj: PyObject): PyObject {
  const u = self as PyUnicodeObject;
  const sep = partitionArg(sepobj);
  const i = u.value.lastIndexOf(sep);
  if (i < 0) return _PyTuple_FromArray([newStr(""), newStr(""), unchanged(u)]);
  return _PyTuple_FromArray([newStr(u.value.slice(0, i)), sepobj, newStr(u.value.slice(i + sep.length))]);
}

// ---- strip, replace, padding ----

/** CPython 3.12: Objects/unicodeobject.c (do_strip, _PyUnicode_XStrip); striptype 0 left, 1 right, 2 both. */
function do_argstrip(name: string, striptype: 0 | 1 | 2) {
  return (self: PyObject | null, args: PyObject[], nargs: number): PyObject => {
    _PyArg_CheckPositional(name, nargs, 0, 1);
    const u = self as PyUnicodeObject;
    const s = u.value;
    let i = 0;
    let j = s.length;
    const chars = nargs > 0 ? args[0] : Py_None;
    if (chars === Py_None) {
      if (striptype !== 1) while (i < j && Py_UNICODE_ISSPACE(s.charCodeAt(i))) i++;
      if (striptype !== 0) while (j > i && Py_UNICODE_ISSPACE(s.charCodeAt(j - 1))) j--;
    } else {
      if (!PyUnicode_Check(chars)) PyErr_RaiseFormat(PyExc_TypeError, `${name} arg must be None or str`);
      const set = chars.value;
      if (isNarrow(chars) && isNarrow(u)) {
        if (striptype !== 1) while (i < j && set.includes(s[i])) i++;
        if (striptype !== 0) while (j > i && set.includes(s[j - 1])) j--;
      } else {
        const cps = new Set(Array.from(set, (c) => c.codePointAt(0)!));
        if (striptype !== 1) {
          while (i < j) {
            const cp = cpAt(s, i);
            if (!cps.has(cp)) break;
            i += cpWidth(cp);
          }
        }
        if (striptype !== 0) {
          while (j > i) {
            const cp = cpBefore(s, j);
            if (!cps.has(cp)) break;
            j -= cpWidth(cp);
          }
        }
      }
    }
    if (i === 0 && j === s.length) return unchanged(u);
    return newStr(s.slice(i, j));
  };
}

/** CPython 3.12: Objects/unicodeobject.c (replace) */
export function _PyUnicode_Replace(u: PyUnicodeObject, old: string, sub: string, maxcount: number): PyUnicodeObject {
  const s = u.value;
  if (maxcount < 0) maxcount = PY_SSIZE_T_MAX;
  if (maxcount === 0 || s.length < old.length) return unchanged(u);
  if (old.length === 0) {
    // Insert `sub` before every code point and at the end, at most maxcount times.
    let out = "";
    let n = 0;
    let i = 0;
    while (i < s.length && n < maxcount) {
      const w = cpWidth(cpAt(s, i));
      out += sub + s.slice(i, i + w);
      i += w;
      n++;
    }
    if (i === s.length && n < maxcount) return newStr(out + sub);
    return newStr(out + s.slice(i));
  }
  if (old === sub) return unchanged(u);
  if (maxcount >= s.length) {
    if (!s.includes(old)) return unchanged(u);
    return newStr(s.split(old).join(sub));
  }
  let out = "";
  let i = 0;
  let n = 0;
  while (n < maxcount) {
    const k = s.indexOf(old, i);
    if (k < 0) break;
    out += s.slice(i, k) + sub;
    i = k + old.length;
    n++;
  }
  if (n === 0) return unchanged(u);
  return newStr(out + s.slice(i));
}
function unicode_replace(self: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("replace", nargs, 2, 3);
  const old = args[0];
  const sub = args[1];
  if (!PyUnicode_Check(old)) PyErr_RaiseFormat(PyExc_TypeError, `replace() argument 1 must be str, not ${Py_TYPE(old).tp_name}`);
  if (!PyUnicode_Check(sub)) PyErr_RaiseFormat(PyExc_TypeError, `replace() argument 2 must be str, not ${Py_TYPE(sub).tp_name}`);
  const count = nargs > 2 ? ssizeArg(args[2]) : -1;
  return _PyUnicode_Replace(self as PyUnicodeObject, old.value, sub.value, count);
}
function unicode_removeprefix(self: PyObject | null, prefix: PyObject): PyObject {
  const u = self as PyUnicodeObject;
  if (!PyUnicode_Check(prefix)) PyErr_RaiseFormat(PyExc_TypeError, `removeprefix() argument must be str, not ${Py_TYPE(prefix).tp_name}`);
  if (prefix.value.length !== 0 && u.value.startsWith(prefix.value)) return newStr(u.value.slice(prefix.value.length));
  return unchanged(u);
}
function unicode_removesuffix(self: PyObject | null, suffix: PyObject): PyObject {
  const u = self as PyUnicodeObject;
  if (!PyUnicode_Check(suffix)) PyErr_RaiseFormat(PyExc_TypeError, `removesuffix() argument must be str, not ${Py_TYPE(suffix).tp_name}`);
  if (suffix.value.length !== 0 && u.value.endsWith(suffix.value)) return newStr(u.value.slice(0, u.value.length - suffix.value.length));
  return unchanged(u);
}

function checkWidth(n: number): void {
  if (n > 0x1fffffe8) PyErr_NoMemory();
}
/** The fill character argument of center/ljust/rjust (clinic's Py_UCS4 converter). */
function fillArg(o: PyObject | undefined): string {
  if (o === undefined) return " ";
  if (!PyUnicode_Check(o)) PyErr_RaiseFormat(PyExc_TypeError, `The fill character must be a unicode character, not ${Py_TYPE(o).tp_name}`);
  if (PyUnicode_GET_LENGTH(o) !== 1) PyErr_RaiseFormat(PyExc_TypeError, "The fill character must be exactly one character long");
  return o.value;
}
/** CPython 3.12: Objects/unicodeobject.c (pad) */
function pad(u: PyUnicodeObject, left: number, right: number, fill: string): PyUnicodeObject {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left === 0 && right === 0) return unchanged(u);
  checkWidth(left + right + u.value.length);
  return newStr(fill.repeat(left) + u.value + fill.repeat(right));
}
function padder(name: string, kind: 0 | 1 | 2) {
  return (self: PyObject | null, args: PyObject[], nargs: number): PyObject => {
    _PyArg_CheckPositional(name, nargs, 1, 2);
    const width = ssizeArg(args[0]);
    const fill = fillArg(nargs > 1 ? args[1] : undefined);
    const u = self as PyUnicodeObject;
    const len = PyUnicode_GET_LENGTH(u);
    if (len >= width) return unchanged(u);
    const marg = width - len;
    if (kind === 0) return pad(u, 0, marg, fill);
    if (kind === 1) return pad(u, marg, 0, fill);
    const left = Math.floor(marg / 2) + (marg & width & 1);
    return pad(u, left, marg - left, fill);
  };
}
/** CPython 3.12: Objects/unicodeobject.c (unicode_zfill_impl) */
function unicode_zfill(self: PyObject | null, widthobj: PyObject): PyObject {
  const width = ssizeArg(widthobj);
  const u = self as PyUnicodeObject;
  const len = PyUnicode_GET_LENGTH(u);
  if (len >= width) return unchanged(u);
  const fill = width - len;
  checkWidth(width);
  const s = u.value;
  if (s.length > 0 && (s[0] === "+" || s[0] === "-")) return newStr(s[0] + "0".repeat(fill) + s.slice(1));
  return newStr("0".repeat(fill) + s);
}
/** CPython 3.12: Objects/unicodeobject.c (unicode_expandtabs_impl) */
function unicode_expandtabs(self: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const a = kwnames === null && nargs <= 1 ? args : _PyArg_UnpackKeywords("expandtabs", args, nargs, kwnames, ["tabsize"], 0, 0, 1);
  const tabsize = a[0] !== undefined && (nargs > 0 || kwnames !== null) ? PyLong_AsInt(a[0]) : 8;
  const u = self as PyUnicodeObject;
  const s = u.value;
  if (!s.includes("\t")) return unchanged(u);
  let out = "";
  let line_pos = 0;
  for (let i = 0; i < s.length; ) {
    const cp = cpAt(s, i);
    const w = cpWidth(cp);
    if (cp === 0x09) {
      if (tabsize > 0) {
        const incr = tabsize - (line_pos % tabsize);
        line_pos += incr;
        checkWidth(out.length + incr);
        out += " ".repeat(incr);
      }
    } else {
      line_pos++;
      out += s.slice(i, i + w);
      if (cp === 0x0a || cp === 0x0d) line_pos = 0;
    }
    i += w;
  }
  return newStr(out);
}
/** CPython 3.12: Objects/longobject.c (_PyLong_AsInt) */
function PyLong_AsInt(o: PyObject): number {
  const v = _PyLong_Value(PyNumber_Index(o));
  if (typeof v === "bigint" || v > 0x7fffffff || v < -0x80000000) {
    PyErr_RaiseFormat(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return v;
}

// ---- Case and character-class methods ----

function caseMethod(f: (s: string) => string) {
  return (self: PyObject | null): PyObject => newStr(f((self as PyUnicodeObject).value));
}
function allChars(pred: (cp: number) => boolean) {
  return (self: PyObject | null): PyObject => {
    const s = (self as PyUnicodeObject).value;
    if (s.length === 0) return Py_False;
    for (let i = 0; i < s.length; ) {
      const cp = cpAt(s, i);
      if (!pred(cp)) return Py_False;
      i += cpWidth(cp);
    }
    return Py_True;
  };
}
/** CPython 3.12: Objects/unicodeobject.c (unicode_isupper_impl, unicode_islower_impl) */
function caseClass(want: (cp: number) => boolean, other: (cp: number) => boolean) {
  return (self: PyObject | null): PyObject => {
    const s = (self as PyUnicodeObject).value;
    let cased = false;
    for (let i = 0; i < s.length; ) {
      const cp = cpAt(s, i);
      if (other(cp) || Py_UNICODE_ISTITLE(cp)) return Py_False;
      if (!cased && want(cp)) cased = true;
      i += cpWidth(cp);
    }
    return cased ? Py_True : Py_False;
  };
}
/** CPython 3.12: Objects/unicodeobject.c (unicode_istitle_impl) */
function unicode_istitle(self: PyObject | null): PyObject {
  const s = (self as PyUnicodeObject).value;
  let cased = false;
  let previous_is_cased = false;
  for (let i = 0; i < s.length; ) {
    const cp = cpAt(s, i);
    if (Py_UNICODE_ISUPPER(cp) || Py_UNICODE_ISTITLE(cp)) {
      if (previous_is_cased) return Py_False;
      previous_is_cased = true;
      cased = true;
    } else if (Py_UNICODE_ISLOWER(cp)) {
      if (!previous_is_cased) return Py_False;
      previous_is_cased = true;
      cased = true;
    } else previous_is_cased = false;
    i += cpWidth(cp);
  }
  return cased ? Py_True : Py_False;
}
function unicode_isascii(self: PyObject | null): PyObject {
  return isAscii((self as PyUnicodeObject).value) ? Py_True : Py_False;
}
function unicode_isprintable(self: PyObject | null): PyObject {
  const s = (self as PyUnicodeObject).value;
  for (let i = 0; i < s.length; ) {
    const cp = cpAt(s, i);
    if (!Py_UNICODE_ISPRINTABLE(cp)) return Py_False;
    i += cpWidth(cp);
  }
  return Py_True;
}
/** CPython 3.12: Objects/unicodeobject.c (PyUnicode_IsIdentifier) */
export function _PyUnicode_IsIdentifier(s: string): boolean {
  if (s.length === 0) return false;
  const c0 = cpAt(s, 0);
  if (!Py_UNICODE_ISXIDSTART(c0) && c0 !== 0x5f) return false;
  for (let i = cpWidth(c0); i < s.length; ) {
    const cp = cpAt(s, i);
    if (!Py_UNICODE_ISXIDCONTINUE(cp)) return false;
    i += cpWidth(cp);
  }
  return true;
}
function unicode_isidentifier(self: PyObject | null): PyObject {
  return _PyUnicode_IsIdentifier((self as PyUnicodeObject).value) ? Py_True : Py_False;
}

// ---- translate / maketrans ----

/** CPython 3.12: Objects/unicodeobject.c (unicode_maketrans_impl) */
function unicode_maketrans(_cls: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("maketrans", nargs, 1, 3);
  const x = args[0];
  const newdict = PyDict_New();
  if (nargs >= 2) {
    const y = args[1];
    if (!PyUnicode_Check(y)) PyErr_RaiseFormat(PyExc_TypeError, `maketrans() argument 2 must be str, not ${Py_TYPE(y).tp_name}`);
    let z: PyUnicodeObject | null = null;
    if (nargs === 3) {
      const zo = args[2];
      if (!PyUnicode_Check(zo)) PyErr_RaiseFormat(PyExc_TypeError, `maketrans() argument 3 must be str, not ${Py_TYPE(zo).tp_name}`);
      z = zo;
    }
    if (!PyUnicode_Check(x)) PyErr_RaiseFormat(PyExc_TypeError, "first maketrans argument must be a string if there is a second argument");
    const xs = Array.from(x.value);
    const ys = Array.from(y.value);
    if (xs.length !== ys.length) {
      PyErr_RaiseFormat(PyExc_ValueError, "the first two maketrans arguments must have equal length");
    }
    for (let i = 0; i < xs.length; i++) PyDict_SetItem(newdict, xs[i].codePointAt(0)!, ys[i].codePointAt(0)!);
    if (z !== null) for (const c of z.value) PyDict_SetItem(newdict, c.codePointAt(0)!, Py_None);
    return newdict;
  }
  if (!PyDict_CheckExact(x) && !PyDict_Check(x)) {
    PyErr_RaiseFormat(PyExc_TypeError, "if you give only one argument to maketrans it must be a dict");
  }
  const pos = { pos: 0 };
  for (let kv = PyDict_Next(x, pos); kv !== undefined; kv = PyDict_Next(x, pos)) {
    const [key, value] = kv;
    if (PyUnicode_Check(key)) {
      if (PyUnicode_GET_LENGTH(key) !== 1) PyErr_RaiseFormat(PyExc_ValueError, "string keys in translate table must be of length 1");
      PyDict_SetItem(newdict, key.value.codePointAt(0)!, value);
    } else if (PyLong_Check(key)) {
      PyDict_SetItem(newdict, key, value);
    } else {
      PyErr_RaiseFormat(PyExc_TypeError, "keys in translate table must be strings or integers");
    }
  }
  return newdict;
}
/** CPython 3.12: Objects/unicodeobject.c (_PyUnicode_TranslateCharmap with charmaptranslate_lookup) */
function unicode_translate(self: PyObject | null, table: PyObject): PyObject {
  const s = (self as PyUnicodeObject).value;
  let out = "";
  const cache = new Map<number, string | null>();
  for (let i = 0; i < s.length; ) {
    const cp = cpAt(s, i);
    const w = cpWidth(cp);
    let rep = cp < 128 ? cache.get(cp) : undefined;
    if (rep === undefined) {
      let v: PyObject | undefined;
      try {
        v = PyObject_GetItem(table, cp);
      } catch (e) {
        if (PyExceptionInstance_Check(e) && PyType_IsSubtype(e.ob_type, PyExc_LookupError)) v = undefined;
        else throw e;
      }
      if (v === undefined) rep = s.slice(i, i + w);
      else if (v === Py_None) rep = null;
      else if (PyLong_Check(v)) {
        const n = _PyLong_Value(v);
        if (n < 0 || n > 0x10ffff) PyErr_RaiseFormat(PyExc_ValueError, "character mapping must be in range(0x110000)");
        rep = String.fromCodePoint(Number(n));
      } else if (PyUnicode_Check(v)) rep = v.value;
      else PyErr_RaiseFormat(PyExc_TypeError, "character mapping must return integer, None or str");
      if (cp < 128) cache.set(cp, rep);
    }
    if (rep !== null) out += rep;
    i += w;
  }
  return newStr(out);
}

// ---- Codecs: utf-8, ascii, latin-1, utf-16/32 (CPython 3.12: Objects/unicodeobject.c, Python/codecs.c) ----

/** CPython 3.12: Lib/encodings/__init__.py (normalize_encoding) + aliases, for the built-in codecs. */
export function _PyCodec_Normalize(encoding: string): string | null {
  const e = encoding.toLowerCase().replace(/[-\s]/g, "_");
  switch (e) {
    case "utf_8": case "utf8": case "u8": case "utf": case "cp65001": case "utf8_ucs2": case "utf8_ucs4":
      return "utf-8";
    case "ascii": case "us_ascii": case "646": case "us": case "ansi_x3.4_1968": case "ansi_x3_4_1968": case "ansi_x3.4_1986": case "cp367": case "csascii": case "ibm367": case "iso646_us": case "iso_646.irv_1991": case "iso_ir_6":
      return "ascii";
    case "latin_1": case "latin1": case "latin": case "l1": case "iso8859_1": case "iso_8859_1": case "8859": case "cp819": case "iso_ir_100": case "csisolatin1": case "ibm819": case "iso_8859_1_1987":
      return "latin-1";
    case "utf_16": case "utf16": case "u16":
      return "utf-16";
    case "utf_16_le": case "utf_16le": case "unicodelittleunmarked":
      return "utf-16-le";
    case "utf_16_be": case "utf_16be": case "unicodebigunmarked":
      return "utf-16-be";
    case "utf_32": case "utf32": case "u32":
      return "utf-32";
    case "utf_32_le": case "utf_32le":
      return "utf-32-le";
    case "utf_32_be": case "utf_32be":
      return "utf-32-be";
  }
  return null;
}
const ERROR_HANDLERS = ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "surrogateescape", "surrogatepass", "namereplace"];
function codecEncodeError(encoding: string, s: string, start: number, end: number, reason: string): never {
  const cps = Array.from(s);
  const what =
    end - start === 1
      ? `character '${escapeCp(cps[start].codePointAt(0)!)}' in position ${start}`
      : `characters in position ${start}-${end - 1}`;
  PyErr_RaiseFormat(PyExc_UnicodeEncodeError, `'${encoding}' codec can't encode ${what}: ${reason}`);
}
function escapeCp(cp: number): string {
  if (cp < 0x100) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp < 0x10000) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}
/**
 * CPython 3.12: Objects/unicodeobject.c (PyUnicode_AsEncodedString) for the built-in codecs: the bytes of `s`.
 * Raises LookupError for other encodings or unknown error handlers.
 */
export function _PyUnicode_Encode(s: string, encoding: string, errors: string): Uint8Array {
  const enc = _PyCodec_Normalize(encoding);
  if (enc === null) PyErr_RaiseFormat(PyExc_LookupError, `unknown encoding: ${encoding}`);
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  const limit = enc === "ascii" ? 0x80 : enc === "latin-1" ? 0x100 : 0x110000;
  const out: number[] = [];
  const wide = enc.startsWith("utf-16") || enc.startsWith("utf-32");
  const be = enc.endsWith("-be");
  const put = (cp: number) => {
    if (enc === "utf-8") {
      if (cp < 0x80) out.push(cp);
      else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
      else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    } else if (enc.startsWith("utf-16")) {
      const units = cp >= 0x10000 ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp];
      for (const u of units) out.push(...(be ? [u >> 8, u & 255] : [u & 255, u >> 8]));
    } else if (enc.startsWith("utf-32")) {
      const b = [cp & 255, (cp >> 8) & 255, (cp >> 16) & 255, cp >>> 24];
      out.push(...(be ? b.reverse() : b));
    } else out.push(cp);
  };
  if (enc === "utf-16") out.push(0xff, 0xfe);
  if (enc === "utf-32") out.push(0xff, 0xfe, 0, 0);
  const reason = enc === "ascii" ? "ordinal not in range(128)" : enc === "latin-1" ? "ordinal not in range(256)" : "surrogates not allowed";
  const bad = (cp: number) => cp >= limit || (!(enc === "ascii" || enc === "latin-1") && cp >= 0xd800 && cp <= 0xdfff);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (!bad(cp)) {
      put(cp);
      continue;
    }
    let j = i + 1;
    while (j < cps.length && bad(cps[j])) j++;
    switch (errors) {
      case "strict":
        codecEncodeError(enc === "latin-1" ? "latin-1" : enc, s, i, j, reason);
      case "ignore":
        break;
      case "replace":
        for (let k = i; k < j; k++) out.push(0x3f);
        break;
      case "xmlcharrefreplace":
        if (!wide && enc !== "utf-8") for (let k = i; k < j; k++) for (const c of `&#${cps[k]};`) out.push(c.charCodeAt(0));
        else codecEncodeError(enc, s, i, j, reason);
        break;
      case "backslashreplace":
        for (let k = i; k < j; k++) for (const c of escapeCp(cps[k])) put(c.charCodeAt(0));
        break;
      case "surrogateescape":
        for (let k = i; k < j; k++) {
          if (cps[k] >= 0xdc80 && cps[k] <= 0xdcff) out.push(cps[k] - 0xdc00);
          else codecEncodeError(enc, s, k, k + 1, reason);
        }
        break;
      case "surrogatepass":
        for (let k = i; k < j; k++) {
          if (cps[k] >= 0xd800 && cps[k] <= 0xdfff && enc !== "ascii" && enc !== "latin-1") {
            const c = cps[k];
            if (enc === "utf-8") out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
            else put(c);
          } else codecEncodeError(enc, s, k, k + 1, reason);
        }
        break;
      default:
        PyErr_RaiseFormat(PyExc_LookupError, `unknown error handler name '${errors}'`);
    }
    i = j - 1;
  }
  return Uint8Array.from(out);
}
function codecDecodeError(encoding: string, data: Uint8Array, start: number, end: number, reason: string): never {
  const what = end - start === 1 ? `byte 0x${data[start].toString(16).padStart(2, "0")} in position ${start}` : `bytes in position ${start}-${end - 1}`;
  PyErr_RaiseFormat(PyExc_UnicodeDecodeError, `'${encoding}' codec can't decode ${what}: ${reason}`);
}
/** CPython 3.12: Objects/unicodeobject.c (PyUnicode_Decode) for the built-in codecs. */
export function PyUnicode_Decode(data: Uint8Array, encoding: string, errors: string): string {
  const enc = _PyCodec_Normalize(encoding);
  if (enc === null) PyErr_RaiseFormat(PyExc_LookupError, `unknown encoding: ${encoding}`);
  if (!ERROR_HANDLERS.includes(errors)) PyErr_RaiseFormat(PyExc_LookupError, `unknown error handler name '${errors}'`);
  let out = "";
  const onError = (start: number, end: number, reason: string): void => {
    switch (errors) {
      case "strict":
        codecDecodeError(enc === "latin-1" ? "latin-1" : enc, data, start, end, reason);
      case "ignore":
        return;
      case "replace":
        out += "\ufffd";
        return;
      case "backslashreplace":
        for (let k = start; k < end; k++) out += "\\x" + data[k].toString(16).padStart(2, "0");
        return;
      case "surrogateescape":
        for (let k = start; k < end; k++) {
          if (data[k] < 0x80) codecDecodeError(enc, data, start, end, reason);
          out += String.fromCharCode(0xdc00 + data[k]);
        }
        return;
      default:
        codecDecodeError(enc, data, start, end, reason);
    }
  };
  if (enc === "latin-1") {
    for (let i = 0; i < data.length; i++) out += String.fromCharCode(data[i]);
    return out;
  }
  if (enc === "ascii") {
    for (let i = 0; i < data.length; i++) {
      if (data[i] < 0x80) out += String.fromCharCode(data[i]);
      else onError(i, i + 1, "ordinal not in range(128)");
    }
    return out;
  }
  if (enc === "utf-8") {
    let i = 0;
    const n = data.length;
    while (i < n) {
      const c = data[i];
      if (c < 0x80) {
        out += String.fromCharCode(c);
        i++;
        continue;
      }
      let need: number;
      let lo = 0x80;
      let hi = 0xbf;
      if (c >= 0xc2 && c <= 0xdf) need = 1;
      else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        if (c === 0xe0) lo = 0xa0;
        if (c === 0xed) hi = 0x9f;
      } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        if (c === 0xf0) lo = 0x90;
        if (c === 0xf4) hi = 0x8f;
      } else {
        if (errors === "surrogatepass" && c === 0xed) need = 2;
        else {
          onError(i, i + 1, "invalid start byte");
          i++;
          continue;
        }
      }
      if (errors === "surrogatepass" && c === 0xed) hi = 0xbf;
      let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
      let k = 1;
      let ok = true;
      for (; k <= need; k++) {
        if (i + k >= n) {
          onError(i, n, "unexpected end of data");
          i = n;
          ok = false;
          break;
        }
        const b = data[i + k];
        if (b < (k === 1 ? lo : 0x80) || b > (k === 1 ? hi : 0xbf)) {
          onError(i, i + k, "invalid continuation byte");
          i += k;
          ok = false;
          break;
        }
        cp = (cp << 6) | (b & 0x3f);
      }
      if (!ok) continue;
      out += String.fromCodePoint(cp);
      i += need + 1;
    }
    return out;
  }
  // utf-16 / utf-32
  const unit = enc.startsWith("utf-16") ? 2 : 4;
  let be = enc.endsWith("-be");
  let i = 0;
  if (enc === "utf-16" || enc === "utf-32") {
    if (unit === 2 && data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) [be, i] = [true, 2];
    else if (unit === 2 && data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) i = 2;
    else if (unit === 4 && data.length >= 4 && data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) [be, i] = [true, 4];
    else if (unit === 4 && data.length >= 4 && data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) i = 4;
  }
  for (; i + unit <= data.length; i += unit) {
    let v = 0;
    for (let k = 0; k < unit; k++) v = v * 256 + data[be ? i + k : i + unit - 1 - k];
    if (v > 0x10ffff) onError(i, i + unit, "code point not in range(0x110000)");
    else out += String.fromCharCode(v);
  }
  if (i < data.length) onError(i, data.length, "truncated data");
  return unit === 2 ? out : out;
}
const encode_kwlist = ["encoding", "errors"];
function unicode_encode(self: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const a = _PyArg_UnpackKeywords("encode", args, nargs, kwnames, encode_kwlist, 0, 0, 2);
  let encoding = "utf-8";
  let errors = "strict";
  if (a[0] !== undefined) {
    if (!PyUnicode_Check(a[0])) PyErr_RaiseFormat(PyExc_TypeError, `encode() argument 'encoding' must be str, not ${Py_TYPE(a[0]).tp_name}`);
    encoding = a[0].value;
  }
  if (a[1] !== undefined) {
    if (!PyUnicode_Check(a[1])) PyErr_RaiseFormat(PyExc_TypeError, `encode() argument 'errors' must be str, not ${Py_TYPE(a[1]).tp_name}`);
    errors = a[1].value;
  }
  return PyBytes_FromStringAndSize(_PyUnicode_Encode((self as PyUnicodeObject).value, encoding, errors));
}

// ---- Formatting (the engines live in unicode_format.ts) ----

function unicode_format(self: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  return _PyUnicode_FormatMethod(self as PyUnicodeObject, args, nargs, kwnames);
}
function unicode_format_map(self: PyObject | null, mapping: PyObject): PyObject {
  return _PyUnicode_FormatMap(self as PyUnicodeObject, mapping);
}
function unicode___format__(self: PyObject | null, spec: PyObject): PyObject {
  if (!PyUnicode_Check(spec)) PyErr_RaiseFormat(PyExc_TypeError, `__format__() argument must be str, not ${Py_TYPE(spec).tp_name}`);
  return _PyUnicode_FormatAdvanced(self as PyUnicodeObject, spec.value);
}
/** CPython 3.12: Objects/unicodeobject.c (unicode_mod) */
function unicode_mod(v: PyObject, w: PyObject): PyObject {
  if (!PyUnicode_Check(v)) return Py_NotImplemented;
  return PyUnicode_Format(v, w);
}

// ---- Small methods and slots ----

function unicode_getnewargs(self: PyObject | null): PyObject {
  return _PyTuple_FromArray([newStr((self as PyUnicodeObject).value)]);
}
/** CPython 3.12: Objects/unicodeobject.c (unicode___sizeof___impl) for a compact string on a 64-bit build. */
function unicode_sizeof(self: PyObject | null): PyObject {
  const u = self as PyUnicodeObject;
  const s = u.value;
  let max = 0;
  for (let i = 0; i < s.length; i++) max = Math.max(max, s.charCodeAt(i));
  const len = PyUnicode_GET_LENGTH(u);
  if (max < 0x80) return 40 + len + 1;
  const kind = !isNarrow(u) ? 4 : max < 0x100 ? 1 : 2;
  return 56 + (len + 1) * kind;
}
function unicode_getitem(o: PyObject, i: number): PyObject {
  return _PyUnicode_GetItem(o, i);
}
function unicode_subscript(o: PyObject, item: PyObject): PyObject {
  return _PyUnicode_Subscript(o, item);
}
function unicode_iter(o: PyObject): PyObject {
  return _PyUnicode_Iter(o);
}

/** CPython 3.12: Objects/unicodeobject.c (unicode_new_impl): str(object='') and str(object=b'', encoding, errors). */
function unicode_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  const argv = (args as PyTupleObject).ob_item;
  let obj: PyObject | undefined;
  let encoding: PyObject | undefined;
  let errors: PyObject | undefined;
  if (kwds === null || PyDict_Size(kwds) === 0) {
    if (argv.length > 3) PyErr_RaiseFormat(PyExc_TypeError, `str() takes at most 3 arguments (${argv.length} given)`);
    [obj, encoding, errors] = argv;
  } else {
    const names: PyObject[] = [];
    const values: PyObject[] = [...argv];
    const pos = { pos: 0 };
    for (let kv = PyDict_Next(kwds, pos); kv !== undefined; kv = PyDict_Next(kwds, pos)) {
      names.push(kv[0]);
      values.push(kv[1]);
    }
    [obj, encoding, errors] = _PyArg_UnpackKeywords("str", values, argv.length, _PyTuple_FromArray(names), ["object", "encoding", "errors"], 0, 0, 3);
  }
  if (encoding !== undefined && !PyUnicode_Check(encoding)) {
    PyErr_RaiseFormat(PyExc_TypeError, `str() argument 'encoding' must be str, not ${Py_TYPE(encoding).tp_name}`);
  }
  if (errors !== undefined && !PyUnicode_Check(errors)) {
    PyErr_RaiseFormat(PyExc_TypeError, `str() argument 'errors' must be str, not ${Py_TYPE(errors).tp_name}`);
  }
  let s: string;
  if (obj === undefined) s = "";
  else if (encoding === undefined && errors === undefined) s = PyObject_Str(obj).value;
  else {
    if (PyUnicode_Check(obj)) PyErr_RaiseFormat(PyExc_TypeError, "decoding str is not supported");
    if (!PyBytes_Check(obj)) {
      PyErr_RaiseFormat(PyExc_TypeError, `decoding to str: need a bytes-like object, ${Py_TYPE(obj).tp_name} found`);
    }
    s = PyUnicode_Decode(obj.ob_sval, encoding === undefined ? "utf-8" : (encoding as PyUnicodeObject).value, errors === undefined ? "strict" : (errors as PyUnicodeObject).value);
  }
  return type === PyUnicode_Type ? newStr(s) : new PyUnicodeObject(type, s);
}

const F = METH_FASTCALL;
const FK = METH_FASTCALL | METH_KEYWORDS;
/** CPython 3.12: Objects/unicodeobject.c (unicode_methods) */
const unicode_methods: PyMethodDefLike[] = [
  { ml_name: "encode", ml_meth: unicode_encode, ml_flags: FK, ml_doc: "Encode the string using the codec registered for encoding." },
  { ml_name: "replace", ml_meth: unicode_replace, ml_flags: F, ml_doc: "Return a copy with all occurrences of substring old replaced by new." },
  { ml_name: "split", ml_meth: unicode_split, ml_flags: FK, ml_doc: "Return a list of the substrings in the string, using sep as the separator string." },
  { ml_name: "rsplit", ml_meth: unicode_rsplit, ml_flags: FK, ml_doc: "Return a list of the substrings in the string, using sep as the separator string." },
  { ml_name: "join", ml_meth: unicode_join, ml_flags: METH_O, ml_doc: "Concatenate any number of strings." },
  { ml_name: "capitalize", ml_meth: caseMethod(do_capitalize), ml_flags: METH_NOARGS, ml_doc: "Return a capitalized version of the string." },
  { ml_name: "casefold", ml_meth: caseMethod(do_casefold), ml_flags: METH_NOARGS, ml_doc: "Return a version of the string suitable for caseless comparisons." },
  { ml_name: "title", ml_meth: caseMethod(do_title), ml_flags: METH_NOARGS, ml_doc: "Return a version of the string where each word is titlecased." },
  { ml_name: "center", ml_meth: padder("center", 2), ml_flags: F, ml_doc: "Return a centered string of length width." },
  { ml_name: "count", ml_meth: unicode_count, ml_flags: F, ml_doc: "S.count(sub[, start[, end]]) -> int" },
  { ml_name: "expandtabs", ml_meth: unicode_expandtabs, ml_flags: FK, ml_doc: "Return a copy where all tab characters are expanded using spaces." },
  { ml_name: "find", ml_meth: unicode_find, ml_flags: F, ml_doc: "S.find(sub[, start[, end]]) -> int" },
  { ml_name: "partition", ml_meth: unicode_partition, ml_flags: METH_O, ml_doc: "Partition the string into three parts using the given separator." },
  { ml_name: "index", ml_meth: unicode_index, ml_flags: F, ml_doc: "S.index(sub[, start[, end]]) -> int" },
  { ml_name: "ljust", ml_meth: padder("ljust", 0), ml_flags: F, ml_doc: "Return a left-justified string of length width." },
  { ml_name: "lower", ml_meth: caseMethod(_PyUnicode_Lower), ml_flags: METH_NOARGS, ml_doc: "Return a copy of the string converted to lowercase." },
  { ml_name: "lstrip", ml_meth: do_argstrip("lstrip", 0), ml_flags: F, ml_doc: "Return a copy of the string with leading whitespace removed." },
  { ml_name: "rfind", ml_meth: unicode_rfind, ml_flags: F, ml_doc: "S.rfind(sub[, start[, end]]) -> int" },
  { ml_name: "rindex", ml_meth: unicode_rindex, ml_flags: F, ml_doc: "S.rindex(sub[, start[, end]]) -> int" },
  { ml_name: "rjust", ml_meth: padder("rjust", 1), ml_flags: F, ml_doc: "Return a right-justified string of length width." },
  { ml_name: "rstrip", ml_meth: do_argstrip("rstrip", 1), ml_flags: F, ml_doc: "Return a copy of the string with trailing whitespace removed." },
  { ml_name: "rpartition", ml_meth: unicode_rpartition, ml_flags: METH_O, ml_doc: "Partition the string into three parts using the given separator." },
  { ml_name: "splitlines", ml_meth: unicode_splitlines, ml_flags: FK, ml_doc: "Return a list of the lines in the string, breaking at line boundaries." },
  { ml_name: "strip", ml_meth: do_argstrip("strip", 2), ml_flags: F, ml_doc: "Return a copy of the string with leading and trailing whitespace removed." },
  { ml_name: "swapcase", ml_meth: caseMethod(do_swapcase), ml_flags: METH_NOARGS, ml_doc: "Convert uppercase characters to lowercase and lowercase characters to uppercase." },
  { ml_name: "translate", ml_meth: unicode_translate, ml_flags: METH_O, ml_doc: "Replace each character in the string using the given translation table." },
  { ml_name: "upper", ml_meth: caseMethod(_PyUnicode_Upper), ml_flags: METH_NOARGS, ml_doc: "Return a copy of the string converted to uppercase." },
  { ml_name: "startswith", ml_meth: startsEnds("startswith", 1), ml_flags: F, ml_doc: "S.startswith(prefix[, start[, end]]) -> bool" },
  { ml_name: "endswith", ml_meth: startsEnds("endswith", -1), ml_flags: F, ml_doc: "S.endswith(suffix[, start[, end]]) -> bool" },
  { ml_name: "removeprefix", ml_meth: unicode_removeprefix, ml_flags: METH_O, ml_doc: "Return a str with the given prefix string removed if present." },
  { ml_name: "removesuffix", ml_meth: unicode_removesuffix, ml_flags: METH_O, ml_doc: "Return a str with the given suffix string removed if present." },
  { ml_name: "isascii", ml_meth: unicode_isascii, ml_flags: METH_NOARGS, ml_doc: "Return True if all characters in the string are ASCII, False otherwise." },
  { ml_name: "islower", ml_meth: caseClass(Py_UNICODE_ISLOWER, Py_UNICODE_ISUPPER), ml_flags: METH_NOARGS, ml_doc: "Return True if the string is a lowercase string, False otherwise." },
  { ml_name: "isupper", ml_meth: caseClass(Py_UNICODE_ISUPPER, Py_UNICODE_ISLOWER), ml_flags: METH_NOARGS, ml_doc: "Return True if the string is an uppercase string, False otherwise." },
  { ml_name: "istitle", ml_meth: unicode_istitle, ml_flags: METH_NOARGS, ml_doc: "Return True if the string is a title-cased string, False otherwise." },
  { ml_name: "isspace", ml_meth: allChars(Py_UNICODE_ISSPACE), ml_flags: METH_NOARGS, ml_doc: "Return True if the string is a whitespace string, False otherwise." },
  { ml_name: "isdecimal", ml_meth: allChars(Py_UNICODE_ISDECIMAL), ml_flags: METH_NOARGS, ml_doc: "Return True if the string is a decimal string, False otherwise." },
  { ml_name: "isdigit", ml_meth: allChars(Py_UNICODE_ISDIGIT), ml_flags: METH_NOARGS, ml_doc: "Return True if the string is a digit string, False otherwise." },
  { ml_name: "isnumeric", ml_meth: allChars(Py_UNICODE_ISNUMERIC), ml_flags: METH_NOARGS, ml_doc: "Return True if the string is a numeric string, False otherwise." },
  { ml_name: "isalpha", ml_meth: allChars(Py_UNICODE_ISALPHA), ml_flags: METH_NOARGS, ml_doc: "Return True if the string is an alphabetic string, False otherwise." },
  { ml_name: "isalnum", ml_meth: allChars(Py_UNICODE_ISALNUM), ml_flags: METH_NOARGS, ml_doc: "Return True if the string is an alpha-numeric string, False otherwise." },
  { ml_name: "isidentifier", ml_meth: unicode_isidentifier, ml_flags: METH_NOARGS, ml_doc: "Return True if the string is a valid Python identifier, False otherwise." },
  { ml_name: "isprintable", ml_meth: unicode_isprintable, ml_flags: METH_NOARGS, ml_doc: "Return True if the string is printable, False otherwise." },
  { ml_name: "zfill", ml_meth: unicode_zfill, ml_flags: METH_O, ml_doc: "Pad a numeric string with zeros on the left, to fill a field of the given width." },
  { ml_name: "format", ml_meth: unicode_format, ml_flags: FK, ml_doc: "S.format(*args, **kwargs) -> str" },
  { ml_name: "format_map", ml_meth: unicode_format_map, ml_flags: METH_O, ml_doc: "S.format_map(mapping) -> str" },
  { ml_name: "__format__", ml_meth: unicode___format__, ml_flags: METH_O, ml_doc: "Return a formatted version of the string as described by format_spec." },
  { ml_name: "maketrans", ml_meth: unicode_maketrans, ml_flags: F | METH_STATIC, ml_doc: "Return a translation table usable for str.translate()." },
  { ml_name: "__sizeof__", ml_meth: unicode_sizeof, ml_flags: METH_NOARGS, ml_doc: "Return the size of the string in memory, in bytes." },
  { ml_name: "__getnewargs__", ml_meth: unicode_getnewargs, ml_flags: METH_NOARGS },
];

import { Py_NotImplemented, Py_None } from "./noneobject.js";
import { Py_True, Py_False, PyLong_Check, _PyLong_Value } from "./longobject.js";
import { PyErr_RaiseFormat, PyErr_NoMemory, PyExceptionInstance_Check } from "../Python/errors.js";
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_LookupError, PyExc_UnicodeEncodeError, PyExc_UnicodeDecodeError } from "./exceptions.js";
import { PyObject_Str, PyObject_IsTrue, PyObject_GetItem, PyNumber_Index, _PySequence_ToArray } from "./abstract.js";
import { PyTupleObject, PyTuple_Check, PyTuple_CheckExact, _PyTuple_FromArray, _PyArg_UnpackKeywords, _PyArg_CheckPositional } from "./tupleobject.js";
import { PyList_New, PyList_CheckExact } from "./listobject.js";
import { PyDict_New, PyDict_SetItem, PyDict_Check, PyDict_CheckExact, PyDict_Next, PyDict_Size } from "./dictobject.js";
import { PyBytes_Check, PyBytes_FromStringAndSize } from "./bytesobject.js";
import { _PyEval_SliceIndex, _PyUnicode_Subscript } from "./sliceobject.js";
import { _PyUnicode_Iter, _PyUnicode_GetItem } from "./iterobject.js";
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, METH_STATIC } from "./methodobject.js";
import { _PyUnicode_FormatMethod, _PyUnicode_FormatMap, _PyUnicode_FormatAdvanced, PyUnicode_Format } from "./unicode_format.js";

Object.assign(PyUnicode_Type, {
  tp_repr: unicode_repr,
  tp_str: unicode_str,
  tp_hash: unicode_hash,
  tp_richcompare: unicode_richcompare,
  tp_iter: unicode_iter,
  tp_new: unicode_new,
  tp_methods: unicode_methods,
  nb_remainder: unicode_mod,
  nb_bool: unicode_bool,
  sq_length: unicode_length,
  sq_concat: PyUnicode_Concat,
  sq_repeat: unicode_repeat,
  sq_item: unicode_getitem,
  sq_contains: unicode_contains,
  mp_length: unicode_length,
  mp_subscript: unicode_subscript,
});
