"""
Coroutines: recursive coroutines (pyperformance bm_coroutines).

Author: Kumar Aditya

Adapted for Typhon's benchmark suite: the pyperf harness is removed; type annotations are
dropped; driving fibonacci(25) to completion with coro.send(None) runs LOOPS times and the
program prints the results (taken from StopIteration.value).
"""
# features: async def, await on a coroutine (recursive, ~25 deep), coroutine.send(None),
#   StopIteration carrying the return value (e.value), try/except around a while True loop,
#   int arithmetic and comparisons

LOOPS = 24


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


def bench_coroutines(loops):
    results = []
    for _ in range(loops):
        coro = fibonacci(25)
        try:
            while True:
                coro.send(None)
        except StopIteration as e:
            results.append(e.value)
    return results


results = bench_coroutines(LOOPS)
print("coroutines", len(results), results[0], sum(results))
