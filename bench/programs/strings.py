"""
Strings: a string-heavy workload (written for Typhon's suite, in the spirit of the
string-processing parts of pyperformance's templating/logging benchmarks). Each loop builds a
small text from a word list with a deterministic LCG, then splits, joins, cases, searches,
replaces, pads, slices, formats (f-strings with format specs, %-formatting, str.format) and
transforms it character by character. The program prints lengths and a hash of the results.
"""
# features: str methods (split, join, upper, lower, title, capitalize, swapcase, replace,
#   strip/lstrip/rstrip, startswith/endswith, find/rfind, index, count, partition,
#   splitlines, center/ljust/rjust/zfill, isdigit/isalpha/isupper, format), `in` on str,
#   slicing incl. [::-1], str * int, += concatenation, f-strings with conversions and format
#   specs ({x!r}, {n:>6}, {f:.3f}, {i:04d}, {i:x}, {s:<8}), %-formatting (%s %d %5.2f %-6s
#   %x), ord/chr, sorted() of str (str comparisons), sorted(key=len), list comprehensions,
#   enumerate, len, str(int), int(str), &-masked int hash arithmetic

LOOPS = 700

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron "
         "pi rho sigma tau upsilon phi chi psi omega typhon python bytecode frame stack "
         "token parser compiler opcode").split()


def make_text(seed, nwords):
    state = seed
    out = []
    for i in range(nwords):
        state = (state * 1103515245 + 12345) & 0x7fffffff
        w = WORDS[(state >> 8) % len(WORDS)]
        if state & 16:
            w = w.capitalize()
        out.append(w)
        if (state >> 5) % 9 == 0:
            out.append(str(state % 1000))
    lines = []
    for i in range(0, len(out), 12):
        lines.append("  " + " ".join(out[i:i + 12]) + " ")
    return "\n".join(lines)


def str_hash(s, acc):
    for ch in s:
        acc = (acc * 131 + ord(ch)) & 0xffffffff
    return acc


def caesar(s, k):
    res = []
    for ch in s:
        if "a" <= ch <= "z":
            res.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            res.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            res.append(ch)
    return "".join(res)


def process(text):
    acc = 0
    lines = text.splitlines()
    stripped = [line.strip() for line in lines]
    words = text.split()
    numbers = [int(w) for w in words if w.isdigit()]
    alpha = [w for w in words if w.isalpha()]
    caps = [w for w in alpha if w[0].isupper()]

    upper = text.upper()
    lower = text.lower()
    title = text.title()
    swapped = text.swapcase()
    acc = (acc + upper.count("A") + lower.count("a") + title.count(" T")
           + swapped.count("a")) & 0xffffffff

    replaced = lower.replace("a", "4").replace("e", "3").replace("typhon", "TYPHON")
    acc = (acc + len(replaced) + replaced.find("TYPHON") + replaced.rfind("p")) & 0xffffffff

    report = []
    for i, line in enumerate(stripped):
        first, sep, rest = line.partition(" ")
        if line.startswith("Ty") or line.endswith("on") or "stack" in line:
            acc += 1
        name = first[:8]
        report.append(f"{i:04d}|{name:<8}|{len(rest):>6}|{len(line) / 7:.3f}|{i * 2654435761 & 0xffff:x}|{name!r}")
        report.append("%-6s %d %5.2f %x %s" % (name[:6], len(line), len(words) / (i + 1), i, sep == " "))
        report.append("{0}-{1}:{2}".format(first.lower(), rest.count(" "), line[::-1][:5]))
        report.append(name.center(12, "*") + name.ljust(10, ".") + name.rjust(10) + str(i).zfill(5))
    body = "\n".join(report)

    s = ""
    for w in caps:
        s += w[:3]
        s += "-"
    s = s.rstrip("-").lstrip("A")

    ordered = sorted(alpha)
    by_len = sorted(alpha, key=len)
    rot = caesar(" ".join(ordered[:40]), 13)
    back = caesar(rot, 13)
    assert back == " ".join(ordered[:40])
    idx = body.index("|")

    acc = str_hash(body[-200:], acc)
    acc = str_hash(s[:100], acc)
    acc = str_hash(rot[:100], acc)
    acc = str_hash(by_len[-1] + ordered[0] + ordered[-1], acc)
    return len(body) + len(s) + idx, sum(numbers), len(caps), acc


def main():
    results = []
    for loop in range(LOOPS):
        text = make_text(loop + 1, 600)
        results.append(process(text))
    total_len = 0
    total_num = 0
    acc = 0
    for length, num, ncaps, h in results:
        total_len += length
        total_num += num + ncaps
        acc = (acc * 31 + h) & 0xffffffff
    print(f"strings {LOOPS} {total_len} {total_num} {acc}")


main()
