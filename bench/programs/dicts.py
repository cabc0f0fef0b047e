"""
Dicts: a dict-heavy workload on str and int keys (written for Typhon's suite). Each loop
counts words, builds an inverted index, merges and filters dicts, uses int keys (small,
negative, large, sparse) as a sparse vector and a memo table, and iterates keys/values/items.
Iteration order is insertion order, so the results do not depend on string hashing
(PYTHONHASHSEED). The program prints sizes and sums.
"""
# features: dict literals and dict(), d[k] get/set, `in`, dict.get with default,
#   setdefault, pop with default, popitem, del d[k], update, copy, keys/values/items
#   iteration, dict comprehensions, len, list values appended in place
#   (d.setdefault(k, []).append(v)), int keys incl. negative and > 2**31 (a few > 2**64: bigint hashing), tuple keys,
#   str keys built by concatenation and f-strings (fresh string objects, not interned),
#   sorted(d.items(), key=lambda) and max(d, key=d.get), sum, LCG int arithmetic (64-bit
#   masks: needs ints beyond 2**53), dict truthiness (while d), a nested recursive function
#   closing over a dict (closure cell), list(d) and list slicing with a step

LOOPS = 130

VOCAB = ("the quick brown fox jumps over lazy dog and runs into a dark forest where many "
         "old trees stand tall under grey sky while small birds sing their morning song "
         "near clear cold river").split()


def gen_words(seed, n):
    state = seed
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7fffffff
        w = VOCAB[(state >> 8) % len(VOCAB)]
        if state & 3 == 0:
            w = w + str((state >> 4) % 50)
        out.append(w)
    return out


def word_stats(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    firsts = {}
    for i, w in enumerate(words):
        firsts.setdefault(w[0], []).append(i)
    lengths = {}
    for w in words:
        lengths[len(w)] = lengths.get(len(w), 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    most = max(counts, key=counts.get)
    return counts, firsts, lengths, top, most


def int_keys(seed, n):
    sparse = {}
    state = seed
    for i in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xffffffffffffffff
        k = (state >> 40) - (1 << 23)
        sparse[k] = sparse.get(k, 0) + i
        sparse[i * 1000003] = i
        if i % 64 == 0:
            sparse[state << 8] = -i
    removed = 0
    for k in list(sparse.keys())[::3]:
        if sparse.pop(k, None) is not None:
            removed += 1
    memo = {0: 0, 1: 1}

    def fib(m):
        if m in memo:
            return memo[m]
        r = fib(m - 1) + fib(m - 2)
        memo[m] = r
        return r

    f = fib(90)
    total = 0
    for k, v in sparse.items():
        total = (total + k * 7 + v) & 0xffffffffffff
    return len(sparse), removed, f, total


def merge_filter(counts, lengths, loop):
    merged = dict(counts)
    merged.update({f"len{k}": v for k, v in lengths.items()})
    other = merged.copy()
    for k in list(other):
        if other[k] < 3:
            del other[k]
    inverted = {v: k for k, v in other.items()}
    grid = {}
    for x in range(20):
        for y in range(20):
            grid[(x, y)] = (x * y + loop) % 7
    hits = 0
    for x in range(20):
        for y in range(20):
            if grid[(y, x)] == grid[(x, y)]:
                hits += 1
    keys_total = 0
    for k in merged.keys():
        keys_total += len(k)
    values_total = sum(merged.values())
    last = None
    while other:
        last = other.popitem()
    return len(merged), len(inverted), hits, keys_total, values_total, last


def main():
    acc = 0
    summary = None
    for loop in range(LOOPS):
        words = gen_words(loop + 7, 4000)
        counts, firsts, lengths, top, most = word_stats(words)
        n_sparse, removed, f, total = int_keys(loop + 1, 3000)
        merged = merge_filter(counts, lengths, loop)
        fl = 0
        for letter in firsts:
            fl += len(firsts[letter]) * ord(letter)
        acc = (acc * 31 + len(counts) + fl + n_sparse + removed + total
               + merged[0] + merged[1] + merged[2] + merged[3] + merged[4]) & 0xffffffff
        summary = (len(counts), top[0], most, n_sparse, removed, f, merged[5])
    print("dicts", LOOPS, acc)
    print(summary)


main()
