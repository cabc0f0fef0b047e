# str methods: splitting, joining, searching, case, padding, predicates (code points, not UTF-16 units).
text = "  The quick brown fox jumps over the lazy dog  "
words = text.split()
print(words, len(words))
print("-".join(words), "|".join(reversed(words)))
print(text.strip(), "[" + text.lstrip() + "]", "[" + text.rstrip() + "]")
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "  a  b  ".split(None, 1))
print("line1\nline2\r\nline3\rline4".splitlines(), "x\ny\n".splitlines(True))
print(text.find("fox"), text.rfind("o"), text.count("o"), text.index("quick"), "fox" in text)
print(text.upper(), text.lower(), text.title(), text.swapcase().strip())
print("hello world".capitalize(), "ß".upper(), "ΑΣ".lower(), "ǆemal".title(), "Straße".casefold())
print("42".zfill(6), "-42".zfill(6), "abc".center(9, "*"), "abc".ljust(6, ".") + "|", "abc".rjust(6) + "|")
print("x".join("abc"), "".join([]), ", ".join(str(i) for i in range(5)))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "abc".replace("", "-"))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="))
print("file.tar.gz".removesuffix(".gz"), "file.tar.gz".removeprefix("file."), "abc".removeprefix("x"))
print("abc".startswith("ab"), "abc".endswith(("x", "c")), "abc".startswith("b", 1), "abc".endswith("b", 0, 2))
for s in ["123", "12.3", "abc", "abc123", "   ", "", "ABC", "Title Case", "snake_case", "٣", "²", "½", "x\u0301"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
emoji = "a😀b😀c"
print(len(emoji), emoji[1], emoji[-2], emoji[::-1], emoji[1:4], list(emoji), emoji.find("b"), emoji.count("😀"))
print("\tindented\tline".expandtabs(4), "a\tb".expandtabs())
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table), sorted(table.items()))
print("héllo wörld".encode(), "héllo".encode("latin-1"), "héllo".encode("ascii", "replace"), "😀".encode("utf-16-le"))
print(str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(12.5), str(None), str([1, "a"]))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", max("hello"), min("hello"), sorted("banana"))
