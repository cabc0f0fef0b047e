/**
 * The `math` module.
 *
 * Where CPython calls the C library, Typhon uses the host's Math functions (V8's are fdlibm ports) or, where the
 * host has none, ports of fdlibm (erf, erfc) -- the same code as the musl libc the reference WebAssembly build
 * links. gamma/lgamma are CPython's own Lanczos implementations. Errors follow CPython's math_1/math_2 rules.
 * Where a 32-bit build differs (factorial's limit, ...), Typhon behaves as 64-bit CPython.
 *
 * CPython 3.12: Modules/mathmodule.c
 */
import { PyObject, Py_TYPE } from "../Objects/object.js";
import { METH_O, METH_FASTCALL, METH_KEYWORDS, type PyMethodDef } from "../Objects/methodobject.js";
import type { PyModuleObject } from "../Objects/moduleobject.js";

const PI = 3.141592653589793;
const LOGPI = 1.1447298858494002;

function domainError(): never {
  PyErr_RaiseFormat(PyExc_ValueError, "math domain error");
}
function rangeError(): never {
  PyErr_RaiseFormat(PyExc_OverflowError, "math range error");
}
/** The double value of an argument (clinic's `double` converter, PyFloat_AsDouble). */
function asDouble(o: PyObject): number {
  if (typeof o === "number") return o;
  if (typeof o === "object" && o.ob_type === PyFloat_Type) return (o as PyFloatObject).ob_fval;
  return PyFloat_AsDouble(o);
}

// ---- math_1 / math_2 (CPython's error conventions for wrapped libm functions) ----

/** CPython 3.12: Modules/mathmodule.c (math_1): NaN from non-NaN -> ValueError; inf from finite -> Overflow/Value. */
function math_1(arg: PyObject, func: (x: number) => number, can_overflow: boolean): PyObject {
  const x = asDouble(arg);
  const r = func(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
    if (can_overflow) rangeError();
    domainError();
  }
  return PyFloat_FromDouble(r);
}
/** errno as set by the wrapped function: 0, EDOM or ERANGE. */
let errno = 0;
const EDOM = 33;
const ERANGE = 34;
/** CPython 3.12: Modules/mathmodule.c (is_error): raise unless an ERANGE result is an underflow. */
function is_error(x: number): boolean {
  if (errno === EDOM) domainError();
  if (errno === ERANGE) {
    if (Math.abs(x) < 1.5) return false;
    rangeError();
  }
  return false;
}
/** CPython 3.12: Modules/mathmodule.c (math_1a): for functions that set errno themselves. */
function math_1a(arg: PyObject, func: (x: number) => number): PyObject {
  const x = asDouble(arg);
  errno = 0;
  const r = func(x);
  if (errno) is_error(r);
  return PyFloat_FromDouble(r);
}
/** CPython 3.12: Modules/mathmodule.c (math_2) */
function math_2(args: PyObject[], nargs: number, func: (x: number, y: number) => number, funcname: string): PyObject {
  _PyArg_CheckPositional(funcname, nargs, 2, 2);
  const x = asDouble(args[0]);
  const y = asDouble(args[1]);
  const r = func(x, y);
  errno = 0;
  if (Number.isNaN(r)) errno = !Number.isNaN(x) && !Number.isNaN(y) ? EDOM : 0;
  else if (!Number.isFinite(r)) errno = Number.isFinite(x) && Number.isFinite(y) ? ERANGE : 0;
  if (errno) is_error(r);
  return PyFloat_FromDouble(r);
}
function FUNC1(name: string, func: (x: number) => number, can_overflow: boolean, doc: string): PyMethodDef {
  return { ml_name: name, ml_meth: (_m: PyObject | null, x: PyObject) => math_1(x, func, can_overflow), ml_flags: METH_O, ml_doc: doc };
}
function FUNC1A(name: string, func: (x: number) => number, doc: string): PyMethodDef {
  return { ml_name: name, ml_meth: (_m: PyObject | null, x: PyObject) => math_1a(x, func), ml_flags: METH_O, ml_doc: doc };
}
function FUNC2(name: string, func: (x: number, y: number) => number, doc: string): PyMethodDef {
  return { ml_name: name, ml_meth: (_m: PyObject | null, a: PyObject[], n: number) => math_2(a, n, func, name), ml_flags: METH_FASTCALL, ml_doc: doc };
}

// ---- Bits of doubles ----

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const u64 = new BigUint64Array(f64.buffer);
function HI(x: number): number {
  f64[0] = x;
  return u32[1] | 0;
}
/** x with its low 32 bits cleared (fdlibm's SET_LOW_WORD(z, 0)). */
function clearLow(x: number): number {
  f64[0] = x;
  u32[0] = 0;
  return f64[0];
}
/** C's frexp: [m, e] with x = m * 2**e, 0.5 <= |m| < 1 (x finite and nonzero). */
function frexp(x: number): [number, number] {
  f64[0] = x;
  let hi = u32[1];
  let e = (hi >>> 20) & 0x7ff;
  if (e === 0) {
    // subnormal: scale up by 2**54 first
    f64[0] = x * 18014398509481984;
    hi = u32[1];
    e = ((hi >>> 20) & 0x7ff) - 54;
  }
  u32[1] = (hi & 0x800fffff) | (1022 << 20);
  return [f64[0], e - 1022];
}
/** C's ldexp, correctly rounded (one rounding, even into the subnormal range). */
function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, k] = frexp(x);
  const t = k + e; // x * 2**e = m * 2**t, 0.5 <= |m| < 1
  if (t > 1024) return m < 0 ? -Infinity : Infinity;
  if (t >= -1021) return t > 1000 ? m * 2 ** (t - 1000) * 2 ** 1000 : m * 2 ** t;
  if (t + 1074 < 0) return m < 0 ? -0 : 0;
  return m * 2 ** (t + 1074) * 5e-324;
}
/** C's nextafter. */
function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  f64[0] = x;
  if (x < y === x > 0) u64[0] += 1n;
  else u64[0] -= 1n;
  return f64[0];
}

// ---- Special functions ----

/** CPython 3.12: Modules/mathmodule.c (m_sinpi): sin(pi*x), accurate near integers. */
function m_sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0:
      r = libm_sin(PI * y);
      break;
    case 1:
      r = libm_cos(PI * (y - 0.5));
      break;
    case 2:
      r = libm_sin(PI * (1.0 - y));
      break;
    case 3:
      r = -libm_cos(PI * (y - 1.5));
      break;
    default:
      r = libm_sin(PI * (y - 2.0));
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

const LANCZOS_N = 13;
const lanczos_g = 6.024680040776729583740234375;
const lanczos_g_minus_half = 5.524680040776729583740234375;
const lanczos_num_coeffs = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const lanczos_den_coeffs = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const NGAMMA_INTEGRAL = 23;
const gamma_integral = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0,
  87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
  2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];
/** CPython 3.12: Modules/mathmodule.c (lanczos_sum) */
function lanczos_sum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = LANCZOS_N; --i >= 0; ) {
      num = num * x + lanczos_num_coeffs[i];
      den = den * x + lanczos_den_coeffs[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczos_num_coeffs[i];
      den = den / x + lanczos_den_coeffs[i];
    }
  }
  return num / den;
}
/** CPython 3.12: Modules/mathmodule.c (m_tgamma) */
function m_tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0.0) return x;
    errno = EDOM;
    return NaN;
  }
  if (x === 0.0) {
    errno = EDOM;
    return Object.is(x, -0) ? -Infinity : Infinity;
  }
  if (x === Math.floor(x)) {
    if (x < 0.0) {
      errno = EDOM;
      return NaN;
    }
    if (x <= NGAMMA_INTEGRAL) return gamma_integral[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) errno = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / m_sinpi(x);
    errno = ERANGE;
    return Infinity;
  }
  const y = absx + lanczos_g_minus_half;
  let z: number;
  if (absx > lanczos_g_minus_half) {
    const q = y - absx;
    z = q - lanczos_g_minus_half;
  } else {
    const q = y - lanczos_g_minus_half;
    z = q - absx;
  }
  z = (z * lanczos_g) / y;
  let r: number;
  if (x < 0.0) {
    r = ((-PI / m_sinpi(absx) / absx) * libm_exp(y)) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) r /= libm_pow(y, absx - 0.5);
    else {
      const sqrtpow = libm_pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / libm_exp(y);
    r += z * r;
    if (absx < 140.0) r *= libm_pow(y, absx - 0.5);
    else {
      const sqrtpow = libm_pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) errno = ERANGE;
  return r;
}
/** CPython 3.12: Modules/mathmodule.c (m_lgamma) */
function m_lgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return x;
    return Infinity;
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      errno = EDOM;
      return Infinity;
    }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm_log(absx);
  let r = libm_log(lanczos_sum(absx)) - lanczos_g;
  r += (absx - 0.5) * (libm_log(absx + lanczos_g - 0.5) - 1);
  if (x < 0.0) r = LOGPI - libm_log(Math.abs(m_sinpi(absx))) - libm_log(absx) - r;
  if (!Number.isFinite(r)) errno = ERANGE;
  return r;
}

// fdlibm s_erf.c (Sun Microsystems, 1993; as in musl), coefficients exactly as there.
const erx = 8.45062911510467529297e-1;
const efx8 = 1.02703333676410069053e0;
const pp0 = 1.28379167095512558561e-1, pp1 = -3.25042107247001499370e-1, pp2 = -2.84817495755985104766e-2, pp3 = -5.77027029648944159157e-3, pp4 = -2.37630166566501626084e-5;
const qq1 = 3.97917223959155352819e-1, qq2 = 6.50222499887672944485e-2, qq3 = 5.08130628187576562776e-3, qq4 = 1.32494738004321644526e-4, qq5 = -3.96022827877536812320e-6;
const pa0 = -2.36211856075265944077e-3, pa1 = 4.14856118683748331666e-1, pa2 = -3.72207876035701323847e-1, pa3 = 3.18346619901161753674e-1, pa4 = -1.10894694282396677476e-1, pa5 = 3.54783043256182359371e-2, pa6 = -2.16637559486879084300e-3;
const qa1 = 1.06420880400844228286e-1, qa2 = 5.40397917702171048937e-1, qa3 = 7.18286544141962662868e-2, qa4 = 1.26171219808761642112e-1, qa5 = 1.36370839120290507362e-2, qa6 = 1.19844998467991074170e-2;
const ra0 = -9.86494403484714822705e-3, ra1 = -6.93858572707181764372e-1, ra2 = -1.05586262253232909814e1, ra3 = -6.23753324503260060396e1, ra4 = -1.62396669462573470355e2, ra5 = -1.84605092906711035994e2, ra6 = -8.12874355063065934246e1, ra7 = -9.81432934416914548592e0;
const sa1 = 1.96512716674392571292e1, sa2 = 1.37657754143519042600e2, sa3 = 4.34565877475229228821e2, sa4 = 6.45387271733267880336e2, sa5 = 4.29008140027567833386e2, sa6 = 1.08635005541779435134e2, sa7 = 6.57024977031928170135e0, sa8 = -6.04244152148580987438e-2;
const rb0 = -9.86494292470009928597e-3, rb1 = -7.99283237680523006574e-1, rb2 = -1.77579549177547519889e1, rb3 = -1.60636384855821916062e2, rb4 = -6.37566443368389627722e2, rb5 = -1.02509513161107724954e3, rb6 = -4.83519191608651397019e2;
const sb1 = 3.03380607434824582924e1, sb2 = 3.25792512996573918826e2, sb3 = 1.53672958608443695994e3, sb4 = 3.19985821950859553908e3, sb5 = 2.55305040643316442583e3, sb6 = 4.74528541206955367215e2, sb7 = -2.24409524465858183362e1;

/** musl erfc1: erfc(|x|) for 0.84375 <= |x| < 1.25. */
function erfc1(x: number): number {
  const s = Math.abs(x) - 1;
  const P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
  const Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
  return 1 - erx - P / Q;
}
/** musl erfc2: erfc(|x|) for 0.84375 <= |x| < 28. */
function erfc2(ix: number, x: number): number {
  if (ix < 0x3ff40000) return erfc1(x);
  x = Math.abs(x);
  const s = 1 / (x * x);
  let R: number;
  let S: number;
  if (ix < 0x4006db6d) {
    R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
    S = 1.0 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
  } else {
    R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
    S = 1.0 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
  }
  const z = clearLow(x);
  return (libm_exp(-z * z - 0.5625) * libm_exp((z - x) * (z + x) + R / S)) / x;
}
/** musl/fdlibm erf */
function m_erf(x: number): number {
  const hx = HI(x);
  const ix = hx & 0x7fffffff;
  const sign = hx < 0;
  if (ix >= 0x7ff00000) return 1 - 2 * (sign ? 1 : 0) + 1 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) return 0.125 * (8 * x + efx8 * x);
    const z = x * x;
    const r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
    const s = 1.0 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
    const y = r / s;
    return x + x * y;
  }
  const y = ix < 0x40180000 ? 1 - erfc2(ix, x) : 1 - 2.2250738585072014e-308;
  return sign ? -y : y;
}
/** musl/fdlibm erfc */
function m_erfc(x: number): number {
  const hx = HI(x);
  const ix = hx & 0x7fffffff;
  const sign = hx < 0;
  if (ix >= 0x7ff00000) return 2 * (sign ? 1 : 0) + 1 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1.0 - x;
    const z = x * x;
    const r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
    const s = 1.0 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
    const y = r / s;
    if (sign || ix < 0x3fd00000) return 1.0 - (x + x * y);
    return 0.5 - (x - 0.5 + x * y);
  }
  if (ix < 0x403c0000) return sign ? 2 - erfc2(ix, x) : erfc2(ix, x);
  return sign ? 2 - 2.2250738585072014e-308 : 2.2250738585072014e-308 * 2.2250738585072014e-308;
}

/** CPython 3.12: Modules/mathmodule.c (m_atan2) */
function m_atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const xpos = x > 0 || Object.is(x, 0);
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return Math.sign(y) * (xpos ? 0.25 * PI : 0.75 * PI);
    return Math.sign(y) * 0.5 * PI;
  }
  if (!Number.isFinite(x) || y === 0) {
    const neg = y < 0 || Object.is(y, -0);
    if (xpos) return neg ? -0 : 0;
    return neg ? -PI : PI;
  }
  return libm_atan2(y, x);
}
/** CPython 3.12: Modules/mathmodule.c (m_remainder) */
function m_remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0.0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}
function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && HI(y) < 0);
  const ax = Math.abs(x);
  return neg ? -ax : ax;
}
/** CPython 3.12: Modules/mathmodule.c (m_log) */
function m_log(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0.0) return libm_log(x);
    errno = EDOM;
    return x === 0.0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x)) return x;
  if (x > 0.0) return x;
  errno = EDOM;
  return NaN;
}
function m_log2(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0.0) return x;
    errno = EDOM;
    return NaN;
  }
  if (x > 0.0) return libm_log2(x);
  errno = EDOM;
  return x === 0.0 ? -Infinity : NaN;
}
function m_log10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0.0) return libm_log10(x);
    errno = EDOM;
    return x === 0.0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x)) return x;
  if (x > 0.0) return x;
  errno = EDOM;
  return NaN;
}
/** CPython 3.12: Modules/mathmodule.c (m_log1p) */
function m_log1p(x: number): number {
  if (x === 0) return x;
  return libm_log1p(x);
}

/** CPython 3.12: Modules/mathmodule.c (loghelper): logs of ints of any size. */
function loghelper(arg: PyObject, func: (x: number) => number): number {
  if (PyLong_Check(arg)) {
    const v = _PyLong_Value(arg);
    if (v <= 0) domainError();
    const x = Number(v);
    if (Number.isFinite(x)) return func(x);
    // _PyLong_Frexp: x ~= m * 2**e with 0.5 <= m < 1
    const b = v as bigint;
    const bits = b.toString(2).length;
    const m = _PyLong_TrueDivideBig(b, 1n << BigInt(bits));
    return func(m) + func(2.0) * bits;
  }
  const x = asDouble(arg);
  errno = 0;
  const r = func(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) domainError();
  return r;
}
/** CPython 3.12: Modules/mathmodule.c (math_log_impl): log(x[, base]) */
function math_log(_m: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("log", nargs, 1, 2);
  const num = loghelper(args[0], m_log);
  if (nargs === 1) return PyFloat_FromDouble(num);
  const den = loghelper(args[1], m_log);
  return PyNumber_TrueDivide(PyFloat_FromDouble(num), PyFloat_FromDouble(den));
}

/** CPython 3.12: Modules/mathmodule.c (math_pow_impl) */
function m_pow(x: number, y: number): number {
  let r: number;
  errno = 0;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) r = y === 0 ? 1 : x;
    else if (Number.isNaN(y)) r = x === 1 ? 1 : y;
    else if (!Number.isFinite(x)) {
      const odd_y = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
      if (y > 0) r = odd_y ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = odd_y ? copysign(0, x) : 0;
    } else {
      if (Math.abs(x) === 1.0) r = 1;
      else if (y > 0 && Math.abs(x) > 1.0) r = y;
      else if (y < 0 && Math.abs(x) < 1.0) r = -y;
      else r = 0;
    }
  } else {
    r = libm_pow(x, y);
    if (!Number.isFinite(r)) {
      if (Number.isNaN(r)) errno = EDOM;
      else errno = x === 0 ? EDOM : ERANGE;
    }
  }
  return r;
}
function math_pow(_m: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("pow", nargs, 2, 2);
  const r = m_pow(asDouble(args[0]), asDouble(args[1]));
  if (errno) is_error(r);
  return PyFloat_FromDouble(r);
}
/** CPython 3.12: Modules/mathmodule.c (math_fmod_impl) */
function math_fmod(_m: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("fmod", nargs, 2, 2);
  const x = asDouble(args[0]);
  const y = asDouble(args[1]);
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return PyFloat_FromDouble(x);
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError();
  return PyFloat_FromDouble(r);
}

// ---- Rounding to integers ----

/** CPython 3.12: Modules/mathmodule.c (math_floor / math_ceil) */
function floorCeil(name: "__floor__" | "__ceil__", f: (x: number) => number) {
  return (_m: PyObject | null, number: PyObject): PyObject => {
    let x: number;
    if (typeof number === "object" && number.ob_type === PyFloat_Type) x = (number as PyFloatObject).ob_fval;
    else {
      if (typeof number !== "object") return number;
      const method = _PyObject_LookupSpecial(number, name);
      if (method !== undefined) return PyObject_CallNoArgs(method);
      if (PyLong_Check(number)) return _PyLong_Value(number);
      x = PyFloat_AsDouble(number);
    }
    return PyLong_FromNumber(f(x));
  };
}
/** CPython 3.12: Modules/mathmodule.c (math_trunc) */
function math_trunc(_m: PyObject | null, x: PyObject): PyObject {
  if (typeof x === "object" && x.ob_type === PyFloat_Type) return PyLong_FromNumber(Math.trunc((x as PyFloatObject).ob_fval));
  const trunc = _PyObject_LookupSpecial(x, "__trunc__");
  if (trunc === undefined) {
    if (PyLong_Check(x)) return _PyLong_Value(x);
    if (PyFloat_Check(x)) return PyLong_FromNumber(Math.trunc(x.ob_fval));
    PyErr_RaiseFormat(PyExc_TypeError, `type ${Py_TYPE(x).tp_name} doesn't define __trunc__ method`);
  }
  return PyObject_CallNoArgs(trunc);
}

// ---- fsum, prod, sumprod ----

/** CPython 3.12: Modules/mathmodule.c (math_fsum): Shewchuk's exact partials, correctly rounded. */
function math_fsum(_m: PyObject | null, seq: PyObject): PyObject {
  const it = PyObject_GetIter(seq);
  const p: number[] = [];
  let special_sum = 0.0;
  let inf_sum = 0.0;
  for (;;) {
    const item = PyIter_Next(it);
    if (item === undefined) break;
    let x = asDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) PyErr_RaiseFormat(PyExc_OverflowError, "intermediate overflow in fsum");
        if (!Number.isNaN(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (special_sum !== 0.0) {
    if (Number.isNaN(inf_sum)) PyErr_RaiseFormat(PyExc_ValueError, "-inf + inf in fsum");
    return PyFloat_FromDouble(special_sum);
  }
  let hi = 0.0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return PyFloat_FromDouble(hi);
}
/** CPython 3.12: Modules/mathmodule.c (math_prod_impl): prod(iterable, /, *, start=1) */
function math_prod(_m: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const a = _PyArg_UnpackKeywords("prod", args, nargs, kwnames, ["", "start"], 1, 1, 1);
  let result: PyObject = a[1] ?? 1;
  const it = PyObject_GetIter(a[0]!);
  for (;;) {
    const item = PyIter_Next(it);
    if (item === undefined) return result;
    result = PyNumber_Multiply(result, item);
  }
}
/** CPython 3.12: Modules/mathmodule.c (math_sumprod_impl), with exactly rounded float accumulation. */
function math_sumprod(_m: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("sumprod", nargs, 2, 2);
  const p = PyObject_GetIter(args[0]);
  const q = PyObject_GetIter(args[1]);
  let total: PyObject = 0;
  const ps: PyObject[] = [];
  const qs: PyObject[] = [];
  for (;;) {
    const x = PyIter_Next(p);
    const y = PyIter_Next(q);
    if (x === undefined || y === undefined) {
      if (x !== undefined || y !== undefined) PyErr_RaiseFormat(PyExc_ValueError, "Inputs are not the same length");
      break;
    }
    ps.push(x);
    qs.push(y);
  }
  const isNum = (o: PyObject) => PyLong_CheckExact(o) || (typeof o === "object" && o.ob_type === PyFloat_Type) || o === Py_True || o === Py_False;
  if (ps.every(isNum) && qs.every(isNum) && (ps.some((o) => typeof o === "object" && o.ob_type === PyFloat_Type) || qs.some((o) => typeof o === "object" && o.ob_type === PyFloat_Type))) {
    // Exact rational sum of exact products, rounded once.
    let acc = { m: 0n, e: 0 };
    let special: number | null = null;
    for (let i = 0; i < ps.length; i++) {
      const x = typeof ps[i] === "object" && (ps[i] as PyFloatObject).ob_type === PyFloat_Type ? (ps[i] as PyFloatObject).ob_fval : _PyLong_Value(ps[i]);
      const y = typeof qs[i] === "object" && (qs[i] as PyFloatObject).ob_type === PyFloat_Type ? (qs[i] as PyFloatObject).ob_fval : _PyLong_Value(qs[i]);
      if ((typeof x === "number" && !Number.isFinite(x)) || (typeof y === "number" && !Number.isFinite(y))) {
        special = (special ?? 0) + Number(x) * Number(y);
        continue;
      }
      const a = exactOf(x);
      const b = exactOf(y);
      acc = addExact(acc, { m: a.m * b.m, e: a.e + b.e });
    }
    if (special !== null) return PyFloat_FromDouble(special);
    return PyFloat_FromDouble(acc.e >= 0 ? Number(acc.m << BigInt(acc.e)) : _PyLong_TrueDivideBig(acc.m, 1n << BigInt(-acc.e)));
  }
  for (let i = 0; i < ps.length; i++) total = PyNumber_Add(total, PyNumber_Multiply(ps[i], qs[i]));
  return total;
}
function exactOf(v: number | bigint): { m: bigint; e: number } {
  if (typeof v === "bigint") return { m: v, e: 0 };
  if (Number.isInteger(v) && Math.abs(v) < 2 ** 53) return { m: BigInt(v), e: 0 };
  if (v === 0) return { m: 0n, e: 0 };
  const [m, e] = frexp(v);
  return { m: BigInt(m * 2 ** 53), e: e - 53 };
}
function addExact(a: { m: bigint; e: number }, b: { m: bigint; e: number }): { m: bigint; e: number } {
  if (a.m === 0n) return b;
  if (b.m === 0n) return a;
  if (a.e > b.e) return { m: (a.m << BigInt(a.e - b.e)) + b.m, e: b.e };
  return { m: a.m + (b.m << BigInt(b.e - a.e)), e: a.e };
}

// ---- hypot, dist (CPython 3.12: vector_norm) ----

/** Dekker's error-free product: [hi, lo] with hi + lo == x*y exactly. */
function dl_mul(x: number, y: number): [number, number] {
  const split = (v: number): [number, number] => {
    const t = v * 134217729.0;
    const hi = t - (t - v);
    return [hi, v - hi];
  };
  const [xh, xl] = split(x);
  const [yh, yl] = split(y);
  const p = xh * yh;
  const q = xh * yl + xl * yh;
  const z = p + q;
  const zz = p - z + q + xl * yl;
  return [z, zz];
}
/** CPython 3.12: Modules/mathmodule.c (vector_norm) */
function vector_norm(vec: number[], max: number, found_nan: boolean): number {
  const n = vec.length;
  if (!Number.isFinite(max) && !Number.isNaN(max)) return max;
  if (found_nan) return NaN;
  if (max === 0.0 || n <= 1) return max;
  const max_e = frexp(max)[1];
  if (max_e < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    return DBL_MIN * vector_norm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, found_nan);
  }
  const scale = 2 ** -max_e;
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = vec[i] * scale;
    const [ph, pl] = dl_mul(x, x);
    const s = csum + ph;
    const sl = csum - s + ph;
    csum = s;
    frac1 += pl;
    frac2 += sl;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [ph, pl] = dl_mul(-h, h);
  const s = csum + ph;
  const sl = csum - s + ph;
  csum = s;
  frac1 += pl;
  frac2 += sl;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}
function math_hypot(_m: PyObject | null, args: PyObject[], nargs: number): PyObject {
  const coords: number[] = [];
  let max = 0.0;
  let found_nan = false;
  for (let i = 0; i < nargs; i++) {
    const x = Math.abs(asDouble(args[i]));
    coords.push(x);
    if (Number.isNaN(x)) found_nan = true;
    if (x > max) max = x;
  }
  return PyFloat_FromDouble(vector_norm(coords, max, found_nan));
}
function math_dist(_m: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("dist", nargs, 2, 2);
  const p = PyTuple_Check(args[0]) ? args[0].ob_item : _PySequence_ToArray(PySequence_Tuple(args[0]));
  const q = PyTuple_Check(args[1]) ? args[1].ob_item : _PySequence_ToArray(PySequence_Tuple(args[1]));
  if (p.length !== q.length) PyErr_RaiseFormat(PyExc_ValueError, "both points must have the same number of dimensions");
  const diffs: number[] = [];
  let max = 0.0;
  let found_nan = false;
  for (let i = 0; i < p.length; i++) {
    const x = Math.abs(asDouble(p[i]) - asDouble(q[i]));
    diffs.push(x);
    if (Number.isNaN(x)) found_nan = true;
    if (x > max) max = x;
  }
  return PyFloat_FromDouble(vector_norm(diffs, max, found_nan));
}
function PySequence_Tuple(o: PyObject): PyObject {
  return _PyTuple_FromArray(_PySequence_ToArray(o).slice());
}

// ---- Integer functions ----

function bigOf(o: PyObject): bigint {
  const v = _PyLong_Value(PyNumber_Index(o));
  return typeof v === "bigint" ? v : BigInt(v);
}
function absBig(v: bigint): bigint {
  return v < 0n ? -v : v;
}
function gcdBig(a: bigint, b: bigint): bigint {
  a = absBig(a);
  b = absBig(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
function gcdNum(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
/** CPython 3.12: Modules/mathmodule.c (math_gcd) */
function math_gcd(_m: PyObject | null, args: PyObject[], nargs: number): PyObject {
  if (nargs === 0) return 0;
  let res: number | bigint = _PyLong_Value(PyNumber_Index(args[0]));
  if (typeof res === "number") res = Math.abs(res);
  else res = absBig(res);
  for (let i = 1; i < nargs; i++) {
    const x = _PyLong_Value(PyNumber_Index(args[i]));
    if (res === 1) continue;
    if (typeof res === "number" && typeof x === "number") res = gcdNum(res, x);
    else res = PyLong_FromBigInt(gcdBig(BigInt(res), BigInt(x)));
  }
  return res;
}
/** CPython 3.12: Modules/mathmodule.c (math_lcm) */
function math_lcm(_m: PyObject | null, args: PyObject[], nargs: number): PyObject {
  if (nargs === 0) return 1;
  let res = bigOf(args[0]);
  res = absBig(res);
  for (let i = 1; i < nargs; i++) {
    const x = bigOf(args[i]);
    if (res === 0n) continue;
    if (x === 0n) {
      res = 0n;
      continue;
    }
    res = absBig((res / gcdBig(res, x)) * x);
  }
  return PyLong_FromBigInt(res);
}
/** CPython 3.12: Modules/mathmodule.c (math_isqrt) */
export function _PyMath_ISqrt(n: bigint): bigint {
  if (n < 0n) PyErr_RaiseFormat(PyExc_ValueError, "isqrt() argument must be nonnegative");
  if (n === 0n) return 0n;
  if (n < 4503599627370496n) {
    let a = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (a * a > n) a--;
    while ((a + 1n) * (a + 1n) <= n) a++;
    return a;
  }
  const c = BigInt((n.toString(2).length - 1) >> 1);
  let a = 1n;
  let d = 0n;
  for (let s = c.toString(2).length - 1; s >= 0; s--) {
    const e = d;
    d = c >> BigInt(s);
    a = (a << (d - e - 1n)) + (n >> (2n * c - e - d + 1n)) / a;
  }
  return a * a > n ? a - 1n : a;
}
function math_isqrt(_m: PyObject | null, n: PyObject): PyObject {
  return PyLong_FromBigInt(_PyMath_ISqrt(bigOf(n)));
}
/** product of the odd numbers in [start, stop) (both odd), by binary splitting. */
function oddProduct(start: bigint, stop: bigint): bigint {
  const n = (stop - start) / 2n;
  if (n <= 8n) {
    let t = 1n;
    for (let j = start; j < stop; j += 2n) t *= j;
    return t;
  }
  const mid = (start + n) | 1n;
  return oddProduct(start, mid) * oddProduct(mid, stop);
}
/** CPython 3.12: Modules/mathmodule.c (math_factorial): the odd part times a power of two. */
export function _PyMath_Factorial(x: number): bigint {
  if (x < 21) {
    let r = 1n;
    for (let i = 2n; i <= BigInt(x); i++) r *= i;
    return r;
  }
  let inner = 1n;
  let outer = 1n;
  let upper = 3n;
  const n = BigInt(x);
  const bits = n.toString(2).length;
  for (let i = bits - 2; i >= 0; i--) {
    const v = n >> BigInt(i);
    if (v <= 2n) continue;
    const lower = upper;
    upper = (v + 1n) | 1n;
    inner *= oddProduct(lower, upper);
    outer *= inner;
  }
  let setBits = 0;
  for (let t = x; t > 0; t = Math.floor(t / 2)) setBits += t % 2;
  return outer << BigInt(x - setBits);
}
function math_factorial(_m: PyObject | null, arg: PyObject): PyObject {
  const v = _PyLong_Value(PyNumber_IndexForLong(arg));
  if (typeof v === "bigint") {
    if (v > 0n) PyErr_RaiseFormat(PyExc_OverflowError, "factorial() argument should not exceed 9223372036854775807");
    PyErr_RaiseFormat(PyExc_ValueError, "factorial() not defined for negative values");
  }
  if (v < 0) PyErr_RaiseFormat(PyExc_ValueError, "factorial() not defined for negative values");
  return PyLong_FromBigInt(_PyMath_Factorial(v));
}
/** PyLong_AsLongAndOverflow's argument check: ints and __index__ (no floats). */
function PyNumber_IndexForLong(o: PyObject): PyObject {
  return PyNumber_Index(o);
}
/** CPython 3.12: Modules/mathmodule.c (perm_comb): product of range(n, n - k, -1) // (k! when comb). */
function perm_comb(n: bigint, k: bigint, comb: boolean): bigint {
  if (k === 0n) return 1n;
  if (k === 1n) return n;
  // Binary splitting: P(n, k) = P(n, j) * P(n - j, k - j)
  const j = k / 2n;
  const a = perm_comb(n, j, comb);
  const b = perm_comb(n - j, k - j, comb);
  if (!comb) return a * b;
  return (a * b) / binomialDenomFix(j, k);
}
/** comb(n, k) = comb(n, j) * comb(n - j, k - j) / comb(k, j). */
function binomialDenomFix(j: bigint, k: bigint): bigint {
  return perm_comb(k, j, true);
}
const LLONG_MAX = 9223372036854775807n;
function math_perm(_m: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("perm", nargs, 1, 2);
  if (nargs === 1 || args[1] === Py_None) return math_factorial(null, args[0]);
  const n = bigOf(args[0]);
  const k = bigOf(args[1]);
  if (n < 0n) PyErr_RaiseFormat(PyExc_ValueError, "n must be a non-negative integer");
  if (k < 0n) PyErr_RaiseFormat(PyExc_ValueError, "k must be a non-negative integer");
  if (k > n) return 0;
  if (k > LLONG_MAX) PyErr_RaiseFormat(PyExc_OverflowError, `k must not exceed ${LLONG_MAX}`);
  return PyLong_FromBigInt(perm_comb(n, k, false));
}
function math_comb(_m: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("comb", nargs, 2, 2);
  const n = bigOf(args[0]);
  let k = bigOf(args[1]);
  if (n < 0n) PyErr_RaiseFormat(PyExc_ValueError, "n must be a non-negative integer");
  if (k < 0n) PyErr_RaiseFormat(PyExc_ValueError, "k must be a non-negative integer");
  if (k > n) return 0;
  if (n - k < k) k = n - k;
  if (k > LLONG_MAX) PyErr_RaiseFormat(PyExc_OverflowError, `min(n - k, k) must not exceed ${LLONG_MAX}`);
  return PyLong_FromBigInt(perm_comb(n, k, true));
}

// ---- Miscellaneous ----

function math_frexp(_m: PyObject | null, arg: PyObject): PyObject {
  const x = asDouble(arg);
  if (Number.isNaN(x) || !Number.isFinite(x) || x === 0) return _PyTuple_FromArray([PyFloat_FromDouble(x), 0]);
  const [m, e] = frexp(x);
  return _PyTuple_FromArray([PyFloat_FromDouble(m), e]);
}
function math_ldexp(_m: PyObject | null, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional("ldexp", nargs, 2, 2);
  const x = asDouble(args[0]);
  const i = args[1];
  if (!PyLong_Check(i)) PyErr_RaiseFormat(PyExc_TypeError, "Expected an int as second argument to ldexp.");
  const ev = _PyLong_Value(i);
  const exp = typeof ev === "bigint" ? (ev > 0n ? Infinity : -Infinity) : ev;
  let r: number;
  if (x === 0 || !Number.isFinite(x)) r = x;
  else if (exp > 2147483647) rangeError();
  else if (exp < -2147483648) r = copysign(0, x);
  else {
    r = ldexp(x, exp);
    if (!Number.isFinite(r)) rangeError();
  }
  return PyFloat_FromDouble(r);
}
function math_modf(_m: PyObject | null, arg: PyObject): PyObject {
  const x = asDouble(arg);
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return _PyTuple_FromArray([PyFloat_FromDouble(x), PyFloat_FromDouble(x)]);
    return _PyTuple_FromArray([PyFloat_FromDouble(copysign(0, x)), PyFloat_FromDouble(x)]);
  }
  const ip = Math.trunc(x);
  const neg = x < 0 || Object.is(x, -0);
  return _PyTuple_FromArray([PyFloat_FromDouble(copysign(x - ip, neg ? -1 : 1)), PyFloat_FromDouble(copysign(ip, neg ? -1 : 1))]);
}
/** CPython 3.12: Modules/mathmodule.c (math_isclose_impl) */
function math_isclose(_m: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [ao, bo, rt, at] = _PyArg_UnpackKeywords("isclose", args, nargs, kwnames, ["a", "b", "rel_tol", "abs_tol"], 0, 2, 2);
  const a = asDouble(ao!);
  const b = asDouble(bo!);
  const rel_tol = rt === undefined ? 1e-9 : asDouble(rt);
  const abs_tol = at === undefined ? 0.0 : asDouble(at);
  if (rel_tol < 0.0 || abs_tol < 0.0) PyErr_RaiseFormat(PyExc_ValueError, "tolerances must be non-negative");
  if (a === b) return Py_True;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Py_False;
  const diff = Math.abs(b - a);
  return (diff <= Math.abs(rel_tol * b) || diff <= Math.abs(rel_tol * a)) || diff <= abs_tol ? Py_True : Py_False;
}
/** CPython 3.12: Modules/mathmodule.c (math_nextafter_impl): nextafter(x, y, /, *, steps=None) */
function math_nextafter(_m: PyObject | null, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [xo, yo, so] = _PyArg_UnpackKeywords("nextafter", args, nargs, kwnames, ["", "", "steps"], 2, 2, 2);
  const x = asDouble(xo!);
  const y = asDouble(yo!);
  if (so === undefined || so === Py_None) return PyFloat_FromDouble(nextafter(x, y));
  const steps = bigOf(so);
  if (steps < 0n) PyErr_RaiseFormat(PyExc_ValueError, "steps must be a non-negative integer");
  if (steps === 0n) return PyFloat_FromDouble(x);
  if (Number.isNaN(x)) return PyFloat_FromDouble(x);
  if (Number.isNaN(y)) return PyFloat_FromDouble(y);
  const usteps = steps > 0xffffffffffffffffn ? 0xffffffffffffffffn : steps;
  const bits = (v: number): bigint => {
    f64[0] = v;
    return u64[0];
  };
  const fromBits = (b: bigint): number => {
    u64[0] = b;
    return f64[0];
  };
  const uxi = bits(x);
  const uyi = bits(y);
  if (uxi === uyi) return PyFloat_FromDouble(x);
  const sign_bit = 1n << 63n;
  const ax = uxi & ~sign_bit;
  const ay = uyi & ~sign_bit;
  if ((uxi ^ uyi) & sign_bit) {
    if (ax + ay <= usteps) return PyFloat_FromDouble(y);
    if (ax < usteps) return PyFloat_FromDouble(fromBits((uyi & sign_bit) | (usteps - ax)));
    return PyFloat_FromDouble(fromBits(uxi - usteps));
  }
  if (ax > ay) return PyFloat_FromDouble(ax - ay >= usteps ? fromBits(uxi - usteps) : y);
  return PyFloat_FromDouble(ay - ax >= usteps ? fromBits(uxi + usteps) : y);
}
/** CPython 3.12: Modules/mathmodule.c (math_ulp_impl) */
function math_ulp(_m: PyObject | null, arg: PyObject): PyObject {
  let x = asDouble(arg);
  if (Number.isNaN(x)) return PyFloat_FromDouble(x);
  x = Math.abs(x);
  if (!Number.isFinite(x)) return PyFloat_FromDouble(x);
  const x2 = nextafter(x, Infinity);
  if (!Number.isFinite(x2)) return PyFloat_FromDouble(x - nextafter(x, -Infinity));
  return PyFloat_FromDouble(x2 - x);
}
function boolFn(f: (x: number) => boolean) {
  return (_m: PyObject | null, arg: PyObject): PyObject => (f(asDouble(arg)) ? Py_True : Py_False);
}
const degToRad = PI / 180.0;
const radToDeg = 180.0 / PI;

const math_methods: PyMethodDef[] = [
  FUNC1("acos", (x) => libm_acos(x), false, "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi."),
  FUNC1("acosh", (x) => libm_acosh(x), false, "Return the inverse hyperbolic cosine of x."),
  FUNC1("asin", (x) => libm_asin(x), false, "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."),
  FUNC1("asinh", (x) => libm_asinh(x), false, "Return the inverse hyperbolic sine of x."),
  FUNC1("atan", (x) => libm_atan(x), false, "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."),
  FUNC2("atan2", m_atan2, "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered."),
  FUNC1("atanh", (x) => libm_atanh(x), false, "Return the inverse hyperbolic tangent of x."),
  FUNC1("cbrt", (x) => libm_cbrt(x), false, "Return the cube root of x."),
  { ml_name: "ceil", ml_meth: floorCeil("__ceil__", Math.ceil), ml_flags: METH_O, ml_doc: "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x." },
  { ml_name: "comb", ml_meth: math_comb, ml_flags: METH_FASTCALL, ml_doc: "Number of ways to choose k items from n items without repetition and without order." },
  FUNC2("copysign", copysign, "Return a float with the magnitude (absolute value) of x but the sign of y.\n\nOn platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n"),
  FUNC1("cos", (x) => libm_cos(x), false, "Return the cosine of x (measured in radians)."),
  FUNC1("cosh", (x) => libm_cosh(x), true, "Return the hyperbolic cosine of x."),
  { ml_name: "degrees", ml_meth: (_m: PyObject | null, x: PyObject) => PyFloat_FromDouble(asDouble(x) * radToDeg), ml_flags: METH_O, ml_doc: "Convert angle x from radians to degrees." },
  { ml_name: "dist", ml_meth: math_dist, ml_flags: METH_FASTCALL, ml_doc: "Return the Euclidean distance between two points p and q." },
  FUNC1A("erf", m_erf, "Error function at x."),
  FUNC1A("erfc", m_erfc, "Complementary error function at x."),
  FUNC1("exp", (x) => libm_exp(x), true, "Return e raised to the power of x."),
  FUNC1("exp2", (x) => libm_exp2(x), true, "Return 2 raised to the power of x."),
  FUNC1("expm1", (x) => libm_expm1(x), true, "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x."),
  FUNC1("fabs", Math.abs, false, "Return the absolute value of the float x."),
  { ml_name: "factorial", ml_meth: math_factorial, ml_flags: METH_O, ml_doc: "Find n!.\n\nRaise a ValueError if x is negative or non-integral." },
  { ml_name: "floor", ml_meth: floorCeil("__floor__", Math.floor), ml_flags: METH_O, ml_doc: "Return the floor of x as an Integral.\n\nThis is the largest integer <= x." },
  { ml_name: "fmod", ml_meth: math_fmod, ml_flags: METH_FASTCALL, ml_doc: "Return fmod(x, y), according to platform C.\n\nx % y may differ." },
  { ml_name: "frexp", ml_meth: math_frexp, ml_flags: METH_O, ml_doc: "Return the mantissa and exponent of x, as pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0." },
  { ml_name: "fsum", ml_meth: math_fsum, ml_flags: METH_O, ml_doc: "Return an accurate floating point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating point arithmetic." },
  FUNC1A("gamma", m_tgamma, "Gamma function at x."),
  { ml_name: "gcd", ml_meth: math_gcd, ml_flags: METH_FASTCALL, ml_doc: "Greatest Common Divisor." },
  { ml_name: "hypot", ml_meth: math_hypot, ml_flags: METH_FASTCALL, ml_doc: "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point." },
  { ml_name: "isclose", ml_meth: math_isclose, ml_flags: METH_FASTCALL | METH_KEYWORDS, ml_doc: "Determine whether two floating point numbers are close in value." },
  { ml_name: "isfinite", ml_meth: boolFn(Number.isFinite), ml_flags: METH_O, ml_doc: "Return True if x is neither an infinity nor a NaN, and False otherwise." },
  { ml_name: "isinf", ml_meth: boolFn((x) => x === Infinity || x === -Infinity), ml_flags: METH_O, ml_doc: "Return True if x is a positive or negative infinity, and False otherwise." },
  { ml_name: "isnan", ml_meth: boolFn(Number.isNaN), ml_flags: METH_O, ml_doc: "Return True if x is a NaN (not a number), and False otherwise." },
  { ml_name: "isqrt", ml_meth: math_isqrt, ml_flags: METH_O, ml_doc: "Return the integer part of the square root of the input." },
  { ml_name: "lcm", ml_meth: math_lcm, ml_flags: METH_FASTCALL, ml_doc: "Least Common Multiple." },
  { ml_name: "ldexp", ml_meth: math_ldexp, ml_flags: METH_FASTCALL, ml_doc: "Return x * (2**i).\n\nThis is essentially the inverse of frexp()." },
  FUNC1A("lgamma", m_lgamma, "Natural logarithm of absolute value of Gamma function at x."),
  { ml_name: "log", ml_meth: math_log, ml_flags: METH_FASTCALL, ml_doc: "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of x." },
  FUNC1("log1p", m_log1p, false, "Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero."),
  { ml_name: "log10", ml_meth: (_m: PyObject | null, x: PyObject) => PyFloat_FromDouble(loghelper(x, m_log10)), ml_flags: METH_O, ml_doc: "Return the base 10 logarithm of x." },
  { ml_name: "log2", ml_meth: (_m: PyObject | null, x: PyObject) => PyFloat_FromDouble(loghelper(x, m_log2)), ml_flags: METH_O, ml_doc: "Return the base 2 logarithm of x." },
  { ml_name: "modf", ml_meth: math_modf, ml_flags: METH_O, ml_doc: "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats." },
  { ml_name: "pow", ml_meth: math_pow, ml_flags: METH_FASTCALL, ml_doc: "Return x**y (x to the power of y)." },
  { ml_name: "radians", ml_meth: (_m: PyObject | null, x: PyObject) => PyFloat_FromDouble(asDouble(x) * degToRad), ml_flags: METH_O, ml_doc: "Convert angle x from degrees to radians." },
  FUNC2("remainder", m_remainder, "Difference between x and the closest integer multiple of y.\n\nReturn x - n*y where n*y is the closest integer multiple of y.\nIn the case where x is exactly halfway between two multiples of\ny, the nearest even value of n is used. The result is always exact."),
  FUNC1("sin", (x) => libm_sin(x), false, "Return the sine of x (measured in radians)."),
  FUNC1("sinh", (x) => libm_sinh(x), true, "Return the hyperbolic sine of x."),
  FUNC1("sqrt", Math.sqrt, false, "Return the square root of x."),
  FUNC1("tan", (x) => libm_tan(x), false, "Return the tangent of x (measured in radians)."),
  FUNC1("tanh", (x) => libm_tanh(x), false, "Return the hyperbolic tangent of x."),
  { ml_name: "sumprod", ml_meth: math_sumprod, ml_flags: METH_FASTCALL, ml_doc: "Return the sum of products of values from two iterables p and q." },
  { ml_name: "trunc", ml_meth: math_trunc, ml_flags: METH_O, ml_doc: "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method." },
  { ml_name: "prod", ml_meth: math_prod, ml_flags: METH_FASTCALL | METH_KEYWORDS, ml_doc: "Calculate the product of all the elements in the input iterable." },
  { ml_name: "perm", ml_meth: math_perm, ml_flags: METH_FASTCALL, ml_doc: "Number of ways to choose k items from n items without repetition and with order." },
  { ml_name: "nextafter", ml_meth: math_nextafter, ml_flags: METH_FASTCALL | METH_KEYWORDS, ml_doc: "Return the floating-point value the given number of steps after x towards y." },
  { ml_name: "ulp", ml_meth: math_ulp, ml_flags: METH_O, ml_doc: "Return the value of the least significant bit of the float x." },
];

/** CPython 3.12: Modules/mathmodule.c (math_exec) */
function math_exec(m: PyModuleObject): void {
  PyModule_AddObjectRef(m, "pi", PyFloat_FromDouble(PI));
  PyModule_AddObjectRef(m, "e", PyFloat_FromDouble(2.718281828459045));
  PyModule_AddObjectRef(m, "tau", PyFloat_FromDouble(6.283185307179586));
  PyModule_AddObjectRef(m, "inf", PyFloat_FromDouble(Infinity));
  PyModule_AddObjectRef(m, "nan", PyFloat_FromDouble(NaN));
}

/** CPython 3.12: Modules/mathmodule.c (PyInit_math) */
export function PyInit_math(): PyObject {
  return PyModule_Create({
    m_name: "math",
    m_doc: "This module provides access to the mathematical functions\ndefined by the C standard.",
    m_methods: math_methods,
    m_exec: math_exec,
  });
}

import { PyErr_RaiseFormat } from "../Python/errors.js";
import { PyExc_ValueError, PyExc_OverflowError, PyExc_TypeError } from "../Objects/exceptions.js";
import { PyFloat_Type, PyFloatObject, PyFloat_FromDouble, PyFloat_AsDouble, PyFloat_Check } from "../Objects/floatobject.js";
import { libm_exp, libm_exp2, libm_expm1, libm_log, libm_log2, libm_log10, libm_log1p, libm_pow, libm_sin, libm_cos, libm_tan, libm_asin, libm_acos, libm_atan, libm_atan2, libm_sinh, libm_cosh, libm_tanh, libm_asinh, libm_acosh, libm_atanh, libm_cbrt } from "./mathmodule_libm.js";
import { PyLong_Check, PyLong_CheckExact, _PyLong_Value, PyLong_FromNumber, PyLong_FromBigInt, Py_True, Py_False, _PyLong_TrueDivideBig } from "../Objects/longobject.js";
import { PyNumber_Index, PyNumber_TrueDivide, PyNumber_Multiply, PyNumber_Add, PyObject_GetIter, PyIter_Next, _PySequence_ToArray } from "../Objects/abstract.js";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords, _PyTuple_FromArray, PyTuple_Check } from "../Objects/tupleobject.js";
import { _PyObject_LookupSpecial } from "../Objects/listobject.js";
import { PyObject_CallNoArgs } from "../Objects/call.js";
import { Py_None } from "../Objects/noneobject.js";
import { PyModule_Create, PyModule_AddObjectRef } from "../Objects/moduleobject.js";
