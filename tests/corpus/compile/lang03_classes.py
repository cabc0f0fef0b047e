import functools

def deco(f):
    return f

class Base:
    x = 1
    def __init__(self, v):
        self.v = v
    def m(self):
        return self.v

@deco
class Child(Base, metaclass=type):
    """Child doc."""
    y: int = 2
    __private = 3
    def __init__(self, v):
        super().__init__(v)
        self.__secret = v
    @property
    def prop(self):
        return self.__secret + self.__private
    @staticmethod
    def s(a, b):
        return a + b
    @classmethod
    def c(cls):
        return cls
    def uses_class(self):
        return __class__
    def sup2(self):
        return super(Child, self).m()
    @functools.lru_cache(maxsize=None)
    def cached(self, n):
        return n

class Empty:
    pass

class K(*[Base], **{}):
    def f(self):
        return [self for _ in range(3)]
    z = [x for x in range(3)]
