# printf-style formatting: str % args.
print("%s has %d items costing %.2f" % ("cart", 3, 9.5))
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#o|%o" % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8))
print("%e|%E|%f|%F|%g|%G|%.3g|%#g|%10.4f|%-10.2e|" % (1234.5678, 1234.5678, 1234.5678, 1e300, 0.00001234, 1e-20, 1234.5678, 2.0, 3.14159, 31.4159))
print("%s|%r|%a|%c|%c|%%" % ("é", "é", "é", 65, "z"))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30}, "%(x).1f" % {"x": 2.25})
print("%*d|%-*d|%.*f" % (6, 7, 6, 7, 3, 2.0), "%.3s|%5.1s|" % ("abcdef", "xyz"))
print("%d %i %u" % (3.99, -3.99, True), "%s" % [1, 2], "%s" % (("tuple",),), "no args" % ())
print("%.0f %.0f %.0f %.0f %.1f %.2f" % (0.5, 1.5, 2.5, -0.5, 0.25, 2.675))
for fmt, arg in [("%d", "x"), ("%s %s", ("a",)), ("%s", (1, 2)), ("%z", 1), ("%c", 2**30), ("%(k)s", 5), ("%", ())]:
    try:
        print(fmt % arg)
    except Exception as e:
        print(type(e).__name__, e)
