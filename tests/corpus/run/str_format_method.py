# str.format and format_map: numbering, keys, attributes, indexing, conversions, nested specs.
print("{} and {}".format("spam", "eggs"))
print("{1} and {0}".format("spam", "eggs"), "{0}{1}{0}".format("abra", "cad"))
print("{name} is {age} years old".format(name="Ada", age=36))
point = {"x": 3, "y": -4}
print("x={0[x]}, y={0[y]}".format(point), "{p[x]}".format(p=point), "{0[1]}{0[0]}".format("ab"))
print("{0!r} {0!s} {0!a}".format("café"), "{!r:>10}".format("x"))
print("{:<10}|{:^10}|{:>10}|".format("left", "center", "right"), "{:*^15}".format(" mid "))
print("{:+d} {:+d} {: d} {:,} {:_} {:_b}".format(42, -42, 42, 1234567, 1234567, 255))
print("{:.2f} {:.3e} {:.4g} {:%} {:.1%} {:g}".format(3.14159, 12345.678, 0.000123456, 0.25, 0.125, 1e20))
print("{:08.3f} {:<8.2f}| {:^+9.1f}| {:=+9.1f}|".format(-3.14159, 2.5, 7.25, -7.25))
print("{:x} {:X} {:#x} {:o} {:#o} {:b} {:#b} {:c}".format(255, 255, 255, 8, 8, 5, 5, 97))
print("{:{w}.{p}f}|".format(3.14159, w=10, p=3), "{:>{}}|".format("ab", 6))
print("{{literal}} {}".format("value"), "{0}{{}}".format(1))
print("{a} {b}".format_map({"a": 1, "b": [2, 3]}))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        return f"P({self.x:{spec}}, {self.y:{spec}})" if spec else f"P({self.x}, {self.y})"
p = Point(1.5, -2)
print("{0.x} {0.y}".format(p), "{}".format(p), "{:.2f}".format(p), format(p, "06.1f"))
for bad in ["{", "}", "{0!z}", "{0:d}", "{} {1}", "{5}", "{missing}"]:
    try:
        print(bad.format("s"))
    except Exception as e:
        print(type(e).__name__, e)
