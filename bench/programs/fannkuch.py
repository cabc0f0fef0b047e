"""
Fannkuch-redux: pancake flips over all permutations (pyperformance bm_fannkuch).

The Computer Language Benchmarks Game
Contributed by Sokolov Yura, modified by Tupteq.

Adapted for Typhon's benchmark suite: the pyperf harness is removed; fannkuch(ARG) runs
LOOPS times and the program prints the maximum flip count.
"""
# features: while loops incl. while/else and `while 1`, break, list(range()), bound methods
#   stored in locals (perm1.insert / perm1.pop), list.insert, list.pop(0), list copy by slice
#   (perm1[:]), slice assignment (perm[:k + 1] = ...), negative-step slicing (perm[k::-1]),
#   subscript augmented assignment, int truthiness, comparisons, repr of a list (print)

LOOPS = 2
DEFAULT_ARG = 9


def fannkuch(n):
    count = list(range(1, n + 1))
    max_flips = 0
    m = n - 1
    r = n
    perm1 = list(range(n))
    perm = list(range(n))
    perm1_ins = perm1.insert
    perm1_pop = perm1.pop

    while 1:
        while r != 1:
            count[r - 1] = r
            r -= 1

        if perm1[0] != 0 and perm1[m] != m:
            perm = perm1[:]
            flips_count = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips_count += 1
                k = perm[0]

            if flips_count > max_flips:
                max_flips = flips_count

        while r != n:
            perm1_ins(r, perm1_pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return max_flips


results = []
for _ in range(LOOPS):
    results.append(fannkuch(DEFAULT_ARG))
print("fannkuch", DEFAULT_ARG, results)
