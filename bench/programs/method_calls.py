"""
Method calls: many small method calls on instances.

Part 1 is pyperformance's former bm_call_method (python/performance, bm_call_method.py):
"Microbenchmark for method call overhead. This measures simple method calls that are
predictable, do not use varargs or kwargs, and do not use tuple unpacking." Foo.foo makes
20 calls of bar, which makes 20 of baz, ... down to qux: 168,420 method calls per foo().
Part 2 calls small methods that do some work (getters, setters, a method calling another
through self, a @property, a @staticmethod, a method inherited from a base class, a
method of a __slots__ class) so that the output checks the calls happened.

Adapted for Typhon's benchmark suite: the pyperf/time harness is removed; part 1 runs
test_calls() LOOPS times, part 2 runs WORK_LOOPS iterations; the program prints part 2's totals.
"""
# features: classes, method calls through self (LOAD_ATTR method + CALL), positional
#   arguments, instance attributes, @property, @staticmethod, inheritance (method resolution
#   through a base class), __slots__ instances, attribute augmented assignment, int arithmetic
#   (+ // % &), chained method calls, call with *args unpacking (print), for over range

LOOPS = 8
WORK_LOOPS = 200000


class Foo(object):

    def foo(self, a, b, c, d):
        # 20 calls
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)
        self.bar(a, b, c)

    def bar(self, a, b, c):
        # 20 calls
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)
        self.baz(a, b)

    def baz(self, a, b):
        # 20 calls
        self.quux(a)
        self.quux(a)
        self.quux(a)
        self.quux(a)
        self.quux(a)
        self.quux(a)
        self.quux(a)
        self.quux(a)
        self.quux(a)
        self.quux(a)
        self.quux(a)
        self.quux(a)
        self.quux(a)
        self.quux(a)
        self.quux(a)
        self.quux(a)
        self.quux(a)
        self.quux(a)
        self.quux(a)
        self.quux(a)

    def quux(self, a):
        # 20 calls
        self.qux()
        self.qux()
        self.qux()
        self.qux()
        self.qux()
        self.qux()
        self.qux()
        self.qux()
        self.qux()
        self.qux()
        self.qux()
        self.qux()
        self.qux()
        self.qux()
        self.qux()
        self.qux()
        self.qux()
        self.qux()
        self.qux()
        self.qux()

    def qux(self):
        pass


def test_calls():
    f = Foo()
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    f.foo(1, 2, 3, 4)
    return


class Account(object):

    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
        self.ops = 0

    def deposit(self, amount):
        self.balance += amount
        self.ops += 1
        return self

    def withdraw(self, amount):
        if amount <= self.balance:
            self.balance -= amount
            self.ops += 1
            return True
        return False

    def get_balance(self):
        return self.balance

    @property
    def activity(self):
        return self.ops

    @staticmethod
    def fee(amount):
        return amount // 100 + 1

    def charge(self, amount):
        return self.withdraw(amount + self.fee(amount))


class SavingsAccount(Account):

    def add_interest(self, rate_per_mille):
        self.deposit(self.get_balance() * rate_per_mille // 1000)


class Cell(object):
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value

    def set(self, value):
        self.value = value


def test_work(n):
    a = Account("alice")
    s = SavingsAccount("bob")
    c = Cell(0)
    refused = 0
    for i in range(n):
        a.deposit(i % 7)
        s.deposit(i % 5).deposit(1)
        if not a.charge(i % 11):
            refused += 1
        if i % 1000 == 0:
            s.add_interest(3)
        c.set((c.get() + a.get_balance()) & 0xffff)
    return a.get_balance(), a.activity, s.get_balance(), s.activity, c.get(), refused


for _ in range(LOOPS):
    test_calls()
print("method_calls", *test_work(WORK_LOOPS))
