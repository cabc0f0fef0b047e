"""
Float: artificial, floating point-heavy benchmark originally used by Factor
(pyperformance bm_float).

Adapted for Typhon's benchmark suite: the pyperf harness is removed; benchmark(POINTS) runs
LOOPS times and the program prints the maximized point, rounded to 9 decimals (sin/cos may
differ in the last ulp between C libm implementations, so the full repr is not compared).
This is the one program of the suite that needs an import: math.sin/cos/sqrt.
"""
# features: `from math import sin, cos, sqrt` (the math module), classes with __slots__,
#   chained assignment to attribute and local (self.x = x = ...), attribute augmented
#   assignment (self.x /= norm), conditional expressions, list * int, list slicing,
#   subscript assignment, float arithmetic, int -> float conversion in sin/cos,
#   %-formatting (%.9f)

from math import sin, cos, sqrt

LOOPS = 8
POINTS = 100000


class Point(object):
    __slots__ = ('x', 'y', 'z')

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    next = points[0]
    for p in points[1:]:
        next = next.maximize(p)
    return next


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


for _ in range(LOOPS):
    p = benchmark(POINTS)
print("float %.9f %.9f %.9f" % (p.x, p.y, p.z))
