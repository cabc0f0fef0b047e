"""
Spectral norm of an infinite matrix (pyperformance bm_spectral_norm).

MathWorld: "Hundred-Dollar, Hundred-Digit Challenge Problems", Challenge #3.
The Computer Language Benchmarks Game
Contributed by Sebastien Loisel
Fixed by Isaac Gouy
Sped up by Josh Goldfoot
Dirtily sped up by Simon Descarpentries
Concurrency by Jason Stitt

Adapted for Typhon's benchmark suite: the pyperf harness is removed; the workload runs
LOOPS times and the program prints sqrt(vBv / vv) (computed as ** 0.5) to 9 decimals.
"""
# features: functions as first-class values (passed as arguments), list comprehension,
#   tuple packing/unpacking of arguments, enumerate, zip, list(), list * int, range, len,
#   int arithmetic (+ * //) mixed with float (/ *), chained assignment (a = b = 0),
#   float ** 0.5, %-formatting (%.9f)

LOOPS = 6
DEFAULT_N = 130


def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_times_u(func, u):
    return [func((i, u)) for i in range(len(list(u)))]


def eval_AtA_times_u(u):
    return eval_times_u(part_At_times_u, eval_times_u(part_A_times_u, u))


def part_A_times_u(i_u):
    i, u = i_u
    partial_sum = 0
    for j, u_j in enumerate(u):
        partial_sum += eval_A(i, j) * u_j
    return partial_sum


def part_At_times_u(i_u):
    i, u = i_u
    partial_sum = 0
    for j, u_j in enumerate(u):
        partial_sum += eval_A(j, i) * u_j
    return partial_sum


def bench_spectral_norm(loops):
    for _ in range(loops):
        u = [1] * DEFAULT_N

        for dummy in range(10):
            v = eval_AtA_times_u(u)
            u = eval_AtA_times_u(v)

        vBv = vv = 0

        for ue, ve in zip(u, v):
            vBv += ue * ve
            vv += ve * ve

    return (vBv / vv) ** 0.5


print("spectral_norm %.9f" % bench_spectral_norm(LOOPS))
