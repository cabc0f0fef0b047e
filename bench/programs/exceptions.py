"""
Exceptions: a raise/except-heavy workload (written for Typhon's suite; pyperformance has no
counterpart). Every iteration raises and handles several exceptions: built-in exceptions
raised by the runtime (int() ValueError, dict KeyError, list IndexError, ZeroDivisionError,
next() StopIteration), user-defined exception classes, exceptions unwinding through a
recursion of 10 frames, chaining (raise ... from ...), re-raising, and a context manager
that suppresses exceptions. The program prints the counters.
"""
# features: try/except/else/finally, except (A, B) tuples, `except E as e`, bare `raise`
#   re-raise, raise Class / raise instance, raise ... from e / from None (__cause__,
#   __context__, __suppress_context__), user exception classes (class hierarchy, zero-arg
#   super().__init__, extra attributes, __str__ override), built-in hierarchy matching
#   (IndexError/KeyError < LookupError), e.args, str(e), type(e).__name__, isinstance,
#   issubclass with a tuple, `with` and __exit__ returning True, *args parameters,
#   exceptions raised by builtins (int('x'), d[k], l[i], a // 0, next(it)), recursion,
#   continue/break inside try/finally, dict counters

LOOPS = 180000


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key

    def __str__(self):
        return "not found: %s" % (self.key,)


class Invalid(AppError):
    pass


class Suppress(object):
    def __init__(self, *types):
        self.types = types
        self.count = 0

    def __enter__(self):
        return self

    def __exit__(self, tp, val, tb):
        if tp is not None and issubclass(tp, self.types):
            self.count += 1
            return True
        return False


WORDS = ["12", "x7", "40", "", "-3", "3.5", "0", "nine"]
TABLE = {"a": 1, "b": 2, "c": 3, "d": 4}
KEYS = ["a", "z", "b", "y", "c", "d", "q"]
counts = {"parse_fail": 0, "not_found": 0, "deep": 0, "div": 0, "finally": 0,
          "lookup": 0, "other": 0, "invalid": 0, "stop": 0, "msg_len": 0}


def parse(s):
    try:
        return int(s)
    except ValueError:
        counts["parse_fail"] += 1
        return -1


def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise NotFound(key) from None


def deep(n):
    if n == 0:
        raise Invalid("bottom")
    return deep(n - 1) + 1


def checked_div(a, b):
    try:
        q = a // b
    except ZeroDivisionError as e:
        raise AppError("div", a) from e
    else:
        return q
    finally:
        counts["finally"] += 1


def reraise(i):
    try:
        try:
            k = i % 3
            if k == 0:
                raise TypeError("t")
            if k == 1:
                raise IndexError
            raise AttributeError("a", i)
        except (TypeError, IndexError):
            raise
    except LookupError:
        return 1
    except Exception as e:
        if isinstance(e, TypeError):
            return 2
        return len(e.args) + 1


def first_negative(values):
    it = iter(values)
    while True:
        try:
            v = next(it)
        except StopIteration:
            counts["stop"] += 1
            return None
        if v < 0:
            return v


def run(n):
    suppress = Suppress(KeyError, IndexError)
    total = 0
    small = [1, 2, 3]
    for i in range(n):
        total += parse(WORDS[i % len(WORDS)])

        key = KEYS[i % len(KEYS)]
        try:
            total += lookup(TABLE, key)
        except NotFound as e:
            counts["not_found"] += 1
            if e.__cause__ is None and e.__suppress_context__:
                counts["msg_len"] += len(str(e))

        if i % 16 == 0:
            try:
                deep(10)
            except Invalid as e:
                counts["deep"] += 1
                counts["msg_len"] += len(e.args[0])
            except AppError:
                counts["other"] += 1

        try:
            total += checked_div(i, i % 4)
        except AppError as e:
            if type(e.__cause__).__name__ == "ZeroDivisionError" and e.args[1] == i:
                counts["div"] += 1

        r = reraise(i)
        if r == 1:
            counts["lookup"] += 1
        else:
            total += r

        with suppress:
            if i % 2:
                small[i % 5]
            else:
                TABLE[i]

        try:
            if i % 7 == 0:
                raise Invalid
            continue
        except Invalid as e:
            counts["invalid"] += 1
            if e.__context__ is not None:
                counts["other"] += 1
        finally:
            total += 1

        v = first_negative(small)
        if v is not None:
            total += v
    return total, suppress.count


total, suppressed = run(LOOPS)
print("exceptions", total, suppressed)
print(" ".join(["%s=%d" % (k, v) for k, v in counts.items()]))
