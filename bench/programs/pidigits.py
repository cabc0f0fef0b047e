"""
Pidigits: digits of pi with a spigot algorithm on big integers (pyperformance bm_pidigits,
adapted from the Computer Language Benchmarks Game). This benchmark stresses big integer
arithmetic.

Adapted for Typhon's benchmark suite: the pyperf harness is removed; itertools.count and
itertools.islice are replaced by a plain generator and a loop calling next() (no imports);
calc_ndigits(DIGITS) runs LOOPS times and the program prints a digest of the digits.
"""
# features: big integers (multiplication, addition, floor division of multi-thousand-digit
#   ints, negative bigints), generators (yield in an infinite `while 1` loop), map() with a
#   lambda over a generator, next(), tuple packing/unpacking, nested functions returning
#   tuples, list.append, str(int) and "".join, int(str) of a long digit string, % and //

LOOPS = 3
DIGITS = 2000


def icount(start):
    while 1:
        yield start
        start += 1


def gen_x():
    return map(lambda k: (k, 4 * k + 2, 0, 2 * k + 1), icount(1))


def compose(a, b):
    aq, ar, as_, at = a
    bq, br, bs, bt = b
    return (aq * bq,
            aq * br + ar * bt,
            as_ * bq + at * bs,
            as_ * br + at * bt)


def extract(z, j):
    q, r, s, t = z
    return (q * j + r) // (s * j + t)


def gen_pi_digits():
    z = (1, 0, 0, 1)
    x = gen_x()
    while 1:
        y = extract(z, 3)
        while y != extract(z, 4):
            z = compose(z, next(x))
            y = extract(z, 3)
        z = compose((10, -10 * y, 0, 1), z)
        yield y


def calc_ndigits(n):
    digits = []
    gen = gen_pi_digits()
    for _ in range(n):
        digits.append(next(gen))
    return digits


for _ in range(LOOPS):
    digits = calc_ndigits(DIGITS)
text = "".join([str(d) for d in digits])
print("pidigits", len(text), text[:12], text[-12:], sum(digits), int(text) % 1000000007)
