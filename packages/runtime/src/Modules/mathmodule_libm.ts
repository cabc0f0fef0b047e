/**
 * The C library functions the math module calls (CPython: libm through Modules/mathmodule.c), taken from the
 * host's Math object. V8's routines (fdlibm-derived) are within 1 ulp and can differ from glibc's in the last
 * bit for some inputs; a correctly rounded implementation of our own is future work (issue 9).
 */
export const libm_exp = Math.exp;
export const libm_exp2 = (x: number): number => Math.pow(2, x);
export const libm_expm1 = Math.expm1;
export const libm_log = Math.log;
export const libm_log2 = Math.log2;
export const libm_log10 = Math.log10;
export const libm_log1p = Math.log1p;
export const libm_pow = Math.pow;
export const libm_sin = Math.sin;
export const libm_cos = Math.cos;
export const libm_tan = Math.tan;
export const libm_asin = Math.asin;
export const libm_acos = Math.acos;
export const libm_atan = Math.atan;
export const libm_atan2 = Math.atan2;
export const libm_sinh = Math.sinh;
export const libm_cosh = Math.cosh;
export const libm_tanh = Math.tanh;
export const libm_asinh = Math.asinh;
export const libm_acosh = Math.acosh;
export const libm_atanh = Math.atanh;
export const libm_cbrt = Math.cbrt;
