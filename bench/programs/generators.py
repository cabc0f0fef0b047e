"""
Generators: recursive generators traversing a binary tree (pyperformance bm_generators).

Author: Kumar Aditya

Adapted for Typhon's benchmark suite: the pyperf harness is removed; type annotations (and the
`from __future__ import annotations` / collections.abc imports they needed) are dropped; the
traversal of tree(range(100000)) runs LOOPS times, summing the values, and the program prints
the sums.
"""
# features: generator functions, `yield from` (nested ~17 deep), __iter__ implemented as a
#   generator, iterating over a user object, truthiness of instances (no __bool__/__len__),
#   range objects: len(), indexing, slicing (range[:i], range[i + 1:]), recursion,
#   list(generator) and list(range) equality, assert, integer floor division

LOOPS = 6


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(input):
    n = len(input)
    if n == 0:
        return None
    i = n // 2
    return Tree(tree(input[:i]), input[i], tree(input[i + 1:]))


def bench_generators(loops):
    assert list(tree(range(10))) == list(range(10))
    sums = []
    for _ in range(loops):
        total = 0
        for v in tree(range(100000)):
            total += v
        sums.append(total)
    return sums


print("generators", bench_generators(LOOPS))
