# The math module: constants, rounding, number theory, exact sums, special functions, error handling.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.hypot(3, 4), math.hypot(1, 2, 3), math.dist((0, 0), (3, 4)))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(math.floor(10**20 + 0.0), math.floor(7), math.ceil(True), type(math.floor(1.5)).__name__)
print(math.factorial(0), math.factorial(20), math.factorial(30), math.comb(10, 3), math.perm(10, 3), math.perm(5))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-12, 18, 27), math.lcm(4, 6), math.lcm(2, 3, 4), math.isqrt(10**20 + 1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.prod([1, 2, 3, 4]), math.prod([0.5] * 3))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(7.5, 2), math.fmod(-7.5, 2), math.remainder(7, 2), math.modf(-3.25))
print(math.frexp(1024), math.frexp(0.1), math.ldexp(0.75, 4), math.ldexp(1, -1074), math.ulp(1.0), math.nextafter(1, 2))
print(math.degrees(math.pi / 2), math.radians(90), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isfinite(1e308), math.isinf(1e308 * 10), math.isnan(float("nan")), math.isinf(-math.inf))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(1000), math.log(2**2000))
print(math.exp(0), math.exp(1), math.exp(-1), math.expm1(1e-10), math.log1p(1e-10), math.pow(2, 10), math.pow(2, -1))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 6), math.cos(math.pi / 3), math.atan2(1, 1), math.atan(1))
print(math.asin(1), math.acos(0), math.sinh(0), math.cosh(0), math.tanh(0.5), math.asinh(1), math.acosh(1), math.atanh(0.5))
print(math.gamma(5), math.gamma(0.5), math.lgamma(10), math.erf(0.5), math.erfc(0.5), math.erf(0))
for expr in ["math.sqrt(-1)", "math.log(0)", "math.log(-5)", "math.exp(1000)", "math.factorial(-1)", "math.factorial(2.5)",
             "math.acos(2)", "math.pow(0, -1)", "math.fmod(1, 0)", "math.comb(-1, 1)", "math.isqrt(-4)", "math.gamma(0)",
             "math.ldexp(1, 5000)", "math.fsum([1e308, 1e308])", "math.floor(float('inf'))", "math.dist((1,), (1, 2))"]:
    try:
        print(expr, "->", eval(expr))
    except (ValueError, OverflowError, TypeError) as e:
        print(expr, "->", type(e).__name__, e)
